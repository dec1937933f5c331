"""Small helpers over spaCy's dependency parse, shared by the relation rules."""
from __future__ import annotations

import threading

from spacy.tokens import Span

from ..tables import ATTENDANCE_COPULAS, ATTENDANCE_OPENERS, EARLIER_PLAN_ADVERBS, FUTURE_CUES, INTENT_VERBS, UNLIKELY_WORDS

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def with_conjuncts(token) -> list:
    """The token and everything coordinated with it ("Li Chenggang and Liao Min"), but not what is coordinated
    as left out ("met Rubio, but not Trump", "Iran and not Iraq", "neither A nor B")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and not _negated(child):
            out.extend(with_conjuncts(child))
    return out


_NEGATIONS = frozenset({"not", "nor", "n't"})


def _negated(conjunct) -> bool:
    """A conjunct whose phrase opens with a negation, or comes right after one ("but not Milei")."""
    left = conjunct.left_edge
    doc = conjunct.doc
    return left.lower_ in _NEGATIONS or (left.i > 0 and doc[left.i - 1].lower_ in _NEGATIONS)


def with_listed(token) -> list:
    """`with_conjuncts`, plus a name the parser hung on a conjunct as a modifier though "and" joins them
    ("between Xi and US President Trump" parsed with Xi a modifier of Trump)."""
    return [w for t in with_conjuncts(token) for w in [t] + [
        c for c in t.lefts if c.dep_ in ("nmod", "compound") and any(g.dep_ == "cc" for g in c.children)]]


def subjects(verb) -> list:
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not found and verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and verb.head.i != verb.i:
        # "He led the side and was joined by ..." shares its subject; so does "She is due to meet X" (through "due")
        return subjects(verb.head)
    # "Ebrard, who headed the delegation": the relative pronoun stands for the noun it hangs on
    found = [verb.head if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else s for s in found]
    return [t for s in found for t in with_conjuncts(s)]


def agents(verb) -> list:
    """Objects of a passive "by" phrase."""
    out = []
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend(with_conjuncts(pobj))
    return out


def objects(verb) -> list:
    return [t for c in verb.children if c.dep_ in ("dobj", "attr", "oprd") for t in with_conjuncts(c)]


def prep_objects(token, *preps: str) -> list:
    out = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend(with_conjuncts(pobj))
    return out


def governing_verb(token):
    """The nearest verb (or auxiliary used as main verb) above a token, or None."""
    node = token
    while (head := node.head).i != node.i:  # (each `.head` makes a Token: read once a step)
        node = head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


# `tense` of each token of the doc last asked about (a pure function of the parse, asked several times of the same
# trigger by the event rules); one per thread, as a Dask worker's threads read docs side by side
_TENSES = threading.local()


def tense(token) -> str:
    """'future', 'past' or '' for the clause a token sits in."""
    doc = token.doc
    memo = _TENSES.__dict__
    if memo.get("doc") is not doc:
        memo["doc"], memo["tenses"] = doc, {}
    tenses = memo["tenses"]
    found = tenses.get(token.i)
    if found is None:
        found = tenses[token.i] = _tense(token)
    return found


def _tense(token) -> str:
    # "the talks, originally planned in Nairobi, opened on Monday": a plan given up tells nothing of the tense
    words = {c.lower_ for c in token.children if not (c.dep_ in ("acl", "relcl") and any(
        a.dep_ == "advmod" and a.lower_ in EARLIER_PLAN_ADVERBS for a in c.children))}
    verb = token if token.pos_ in ("VERB", "AUX") else governing_verb(token)
    chain = []
    node = verb
    while node is not None and len(chain) < 4:
        chain.append(node)
        node = node.head if node.head.i != node.i and node.dep_ in ("xcomp", "conj", "ccomp", "advcl", "acl", "relcl") else None
    own = set(words)
    for k, v in enumerate(chain):
        words |= {v.lower_} | {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass", "neg", "amod", "advmod")}
        if k == 0:
            own = set(words)
    # "met in Hanoi on Wednesday, a week later than planned": "later" on a past verb is no future
    if chain and chain[0].tag_ == "VBD" and not own - {"later"} & FUTURE_CUES:
        return "past"  # "Negotiators met on Monday; the ministers will meet next month": a past verb is past, whatever governs it
    if words & FUTURE_CUES or _intended(token, verb):
        return "future"
    if any(v.tag_ in ("VBD", "VBN") for v in chain[:1]) and not _present_progressive(chain[0]):
        return "past"
    return ""


def _present_progressive(verb) -> bool:
    """ "are being held", "is being hosted": a participle told in the present progressive, no past."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'re", "'s") for c in verb.children)


def _intended(token, verb) -> bool:
    """ "agreed to meet in Madrid", "decided to hold a summit", "hope to meet": an act set for later by an agreement
    or an intent told of it (the infinitive under a verb of INTENT_VERBS, or its object), whatever the tense of that
    verb; not what the infinitive's phrases tell ("agreed to extend the pause after talks in Lima")."""
    return verb is not None and (token.i == verb.i or token.dep_ == "dobj" and token.head.i == verb.i) \
        and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INTENT_VERBS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def attendance_list(sent) -> int | None:
    """ "Present at the talks for the Thai team were A and B": the index of the first token after the copula,
    where the list of who took part begins, or None when the sentence does not open that way."""
    i = sent.start
    if i < sent.end and sent.doc[i].lower_ == "also":
        i += 1
    if i >= sent.end or sent.doc[i].lower_ not in ATTENDANCE_OPENERS:
        return None
    for j in range(i + 1, min(sent.end, i + 16)):
        token = sent.doc[j]
        if token.lower_ in ATTENDANCE_COPULAS:
            return j + 1
        if token.text in (",", ";", ":") or (token.pos_ == "VERB" and token.tag_ != "VBG"):
            return None  # "Attending the talks, she said ...": a participle clause, no list
    return None


# What ends a sentence in written news; a parser's sentence that stops on anything else ends too early.
_SENTENCE_END_TEXTS = frozenset({".", "!", "?", "\u2026", "...", ":", ";"})
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]"})


def sentences(doc, lowers: list[str] | None = None) -> list:
    """The doc's sentences, with the parser's false breaks mended: a sentence whose last word is no full stop
    (nor "!", "?", ":", ";", an abbreviation's dot, or one of those before a closing quote) runs on into the
    next ("... Minister of Agriculture | Tran Van Duc ..." split before an unfamiliar name). `lowers`, each token's
    lower-case form (`ParagraphContext.lowers`), spares making Tokens: the marks read here have no case."""
    out = []
    start = None
    length = len(doc)
    for sent in doc.sents:
        if start is None:
            start = sent.start
        if lowers is None:
            last = next((t.text for t in reversed(sent) if t.text not in _CLOSERS and not t.is_space), None)
        else:
            last = next((lowers[i] for i in range(sent.end - 1, sent.start - 1, -1)
                         if lowers[i] not in _CLOSERS and not lowers[i].isspace()), None)
        if last is None or last in _SENTENCE_END_TEXTS or last.endswith(".") or sent.end == length:
            out.append(sent if start == sent.start else Span(doc, start, sent.end))
            start = None
    return out


def unlikely_above(verb) -> bool:
    """ "is unlikely to impose", "it is doubtful that Canada will impose": `verb` told as not to be expected."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.i == verb.i:
        return False
    return head.lower_ in UNLIKELY_WORDS or any(c.dep_ == "acomp" and c.lower_ in UNLIKELY_WORDS for c in head.children)
