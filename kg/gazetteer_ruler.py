"""The gazetteer's names as entities NER missed: the countries, organizations and big cities of the linking tables.

The same matches, and the same choice among them, as spaCy's `EntityRuler` with phrase patterns on ORTH and
`overwrite_ents=False`, without a pattern `Doc` per name: the ruler tokenized ~2,400 names on every start and
made a lexeme for each new word, 60 ms of each process's start-up. A name of plain words (letters only, none a
tokenizer special case) tokenizes as its words, so only the other names (~1 in 10: "Guinea-Bissau", "St. Kitts")
go through the tokenizer. tests/test_gazetteer_ruler.py holds the two equal on the linking tables' names and on
texts.
"""
from __future__ import annotations

from typing import Iterable

from spacy.attrs import ENT_TYPE, ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span


def name_words(name: str, tokenizer) -> list[str]:
    """The tokens `tokenizer` makes of `name`; plain words without asking it (it makes no lexeme then)."""
    words = name.split(" ")
    if all(word.isalpha() for word in words) and not any(word in tokenizer.rules for word in words):
        return words
    return [token.text for token in tokenizer(name)]


class GazetteerRuler:
    """Adds each (label, name) pattern found in a doc as an entity, where NER found none on its tokens."""

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        # first token's ORTH hash -> [(all tokens' ORTH hashes, label hash)]: most tokens start no name
        self._by_first: dict[int, list[tuple[tuple[int, ...], int]]] = {}
        self.size = 0

    def add_patterns(self, patterns: Iterable[tuple[str, str]]) -> None:
        for label, name in patterns:
            hashes = tuple(hash_string(word) for word in name_words(name, self._nlp.tokenizer) if word)
            if hashes:
                self._by_first.setdefault(hashes[0], []).append((hashes, self._nlp.vocab.strings.add(label)))
                self.size += 1

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        orths = doc.to_array(ORTH).tolist()
        by_first = self._by_first
        firsts = by_first.keys() & orths  # found in C; for the widener, none in most paragraphs
        if not firsts:
            return doc
        found = set()
        for start, orth in enumerate(orths):
            if orth in firsts:
                for hashes, label in by_first[orth]:
                    end = start + len(hashes)
                    if tuple(orths[start:end]) == hashes:
                        found.add((label, start, end))
        if found:
            self._add_entities(doc, found)
        return doc

    @staticmethod
    def _add_entities(doc: Doc, found: set[tuple[int, int, int]]) -> None:
        # EntityRuler's order and choice: longest first, then the earliest; none over a token NER labelled;
        # none whose first or last token an earlier one took
        ent_types = doc.to_array(ENT_TYPE).tolist()
        taken: set[int] = set()
        added = []
        for label, start, end in sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True):
            if any(ent_types[start:end]) or start in taken or end - 1 in taken:
                continue
            added.append(Span(doc, start, end, label=label))
            taken.update(range(start, end))
        if added:
            doc.ents = list(doc.ents) + added


class GazetteerWidener(GazetteerRuler):
    """Replaces NER entities by a known name that strictly contains them: NER tags "Guinea" in "Guinea-Bissau",
    "Timor" in "Timor-Leste", and the ruler adds no name over an NER entity. Kept apart from the ruler, which
    stays equal to spaCy's EntityRuler."""

    @staticmethod
    def _add_entities(doc: Doc, found: set[tuple[int, int, int]]) -> None:
        # a one-word name has no entity strictly inside it: most names found change nothing
        found = {match for match in found if match[2] - match[1] > 1}
        if not found:
            return
        ents = list(doc.ents)
        changed = False
        for label, start, end in sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True):
            overlapping = [e for e in ents if e.start < end and start < e.end]
            # only over entities wholly inside the name and none the name itself: a name running into
            # another entity ("Guinea Fund") or one NER already found whole is left as it is
            if not overlapping or any(e.start < start or e.end > end or (e.start, e.end) == (start, end)
                                      for e in overlapping):
                continue
            ents = [e for e in ents if e not in overlapping] + [Span(doc, start, end, label=label)]
            changed = True
        if changed:
            doc.ents = sorted(ents, key=lambda e: e.start)


@Language.factory("kg_gazetteer_ruler")
def make_gazetteer_ruler(nlp: Language, name: str):
    return GazetteerRuler(nlp)


@Language.factory("kg_gazetteer_widener")
def make_gazetteer_widener(nlp: Language, name: str):
    return GazetteerWidener(nlp)
