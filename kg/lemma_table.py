"""The model's lemmatizer, answered from a table of the lemmas it has given.

spaCy's rule lemmatizer caches its answers only for inflected words: for a
base form (a singular noun, an infinitive: most tokens) it reads the token's
morphology as a dict on every call. Its answer depends only on the token's
text, part of speech and morphology, and its tables never change, so the
lemma is looked up by (ORTH, POS, MORPH) and the lemmatizer is asked only for
a combination it has not answered before: a fifth of its time on news text.
`tests/test_lemma_table.py` compares every token's lemma with the stock
component's. A lemmatizer whose answer could depend on anything else (a mode
other than "rule" or "lookup", a subclass of our own) keeps running itself.
"""
from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

_EXACT_MODES = {"rule", "lookup"}
_STOCK_CLASSES = (Lemmatizer, EnglishLemmatizer)
_MAX_CACHED = 1 << 18
_KEY_ATTRS = [ORTH, POS, MORPH, LEMMA]
_LEMMA = [LEMMA]


class LemmaTable:
    """A pipeline component equal in output to a given `Lemmatizer`."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.overwrite = lemmatizer.overwrite
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # Keys and lemmas read from one array and written back with one `from_array` (no Token, no MorphAnalysis
        # per token); a token the table has not answered is read as a Token once
        orths, poses, morphs, before = doc.to_array(_KEY_ATTRS).T.tolist()
        written = list(map(self._lemmas.get, zip(orths, poses, morphs)))
        if not self.overwrite and any(before):
            # the attribute ruler's lemmas stand, as in the stock component
            written = [old or new for old, new in zip(before, written)]
        if None in written:
            for i, lemma in enumerate(written):
                if lemma is None:
                    key = (orths[i], poses[i], morphs[i])
                    written[i] = self._remember(key, self.lemmatizer.lemmatize(doc[i])[0], doc)
        doc.from_array(_LEMMA, numpy.array(written, dtype=numpy.uint64))
        return doc

    def _remember(self, key: tuple[int, int, int], lemma: str, doc: Doc) -> int:
        if len(self._lemmas) >= _MAX_CACHED:  # a corpus's vocabulary only grows: start again
            self._lemmas.clear()
        found = self._lemmas[key] = doc.vocab.strings.add(lemma)
        return found


@Language.factory("kg_lemma_table")
def make_lemma_table(nlp: Language, name: str, source: str = "lemmatizer"):
    return LemmaTable(nlp.get_pipe(source))


def use_lemma_table(nlp: Language) -> bool:
    """Put the table in place of the model's lemmatizer; False (the lemmatizer kept) when it cannot be exact."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if type(lemmatizer) not in _STOCK_CLASSES or lemmatizer.mode not in _EXACT_MODES:
        return False
    nlp.add_pipe("kg_lemma_table", before="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    return True
