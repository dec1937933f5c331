"""kg.gazetteer_ruler: the linking tables' names as entities, equal to spaCy's EntityRuler on ORTH phrase patterns."""
from __future__ import annotations

import pytest

from kg.gazetteer_ruler import GazetteerRuler, name_words
from kg.nlp import _add_gazetteer_widener, _gazetteer_patterns

from conftest import REPO, stock_pipeline

TEXTS = [
    # names NER may miss, at a sentence's start, inside a longer name, twice, next to each other
    "Officials from Kazakhstan and Uzbekistan met in Tashkent on Monday.",
    "Guinea-Bissau and Timor-Leste joined the talks; St. Lucia sent an observer.",
    "The Hong Kong Policy Institute said the Asian Development Bank would lend more.",
    "ASEAN ministers met in Jakarta. ASEAN said the next meeting would be in Manila.",
    "the World Health Organization World Trade Organization joint note",
    "Bosnia and Herzegovina, Trinidad and Tobago and Côte d'Ivoire voted yes.",
    "A delegation from the U.S. and the United Kingdom arrived in Sao Paulo and São Paulo.",
    "",
    "Kazakhstan",
]


@pytest.fixture(scope="module")
def stock_nlp():
    """The model with spaCy's EntityRuler in the ruler's place, loaded as kg loads it otherwise (kg's widener after
    it, as after the ruler)."""
    stock = stock_pipeline()
    ruler = stock.add_pipe("entity_ruler", after="ner", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    with stock.select_pipes(enable=[]):
        ruler.add_patterns([{"label": label, "pattern": name} for label, name in _gazetteer_patterns()])
    _add_gazetteer_widener(stock, after="entity_ruler")
    return stock


def test_plain_names_tokenize_as_their_words(nlp):
    patterns = _gazetteer_patterns()
    assert len(patterns) > 2000
    for _, name in patterns:
        assert name_words(name, nlp.tokenizer) == [t.text for t in nlp.tokenizer(name)], name


def test_a_tokenizer_special_case_goes_through_the_tokenizer(nlp):
    assert name_words("Cannot Say", nlp.tokenizer) == [t.text for t in nlp.tokenizer("Cannot Say")] != ["Cannot", "Say"]


def _ents(doc):
    return [(e.start, e.end, e.label_, e.text) for e in doc.ents]


@pytest.mark.parametrize("text", TEXTS)
def test_same_entities_as_spacy_entity_ruler(nlp, stock_nlp, text):
    assert _ents(nlp(text)) == _ents(stock_nlp(text))


@pytest.mark.parametrize("path", sorted((REPO / "examples").glob("*.txt")), ids=lambda p: p.name)
def test_same_entities_as_spacy_entity_ruler_on_the_examples(nlp, stock_nlp, path):
    text = path.read_text(encoding="utf-8")
    assert _ents(nlp(text)) == _ents(stock_nlp(text))


def test_longest_name_first_and_no_name_over_an_entity(nlp):
    ruler = GazetteerRuler(nlp)
    ruler.add_patterns([("GPE", "Papua"), ("GPE", "Papua New Guinea"), ("ORG", "New Guinea Fund")])
    doc = nlp.make_doc("Papua New Guinea Fund said so.")
    ruler(doc)
    assert _ents(doc) == [(0, 3, "GPE", "Papua New Guinea")]
    doc = nlp.make_doc("Papua New Guinea Fund said so.")
    doc.ents = [doc.char_span(0, 5, label="PERSON")]
    ruler(doc)  # "Papua" is NER's: the longer names over it are not added, "New Guinea Fund" is
    assert _ents(doc) == [(0, 1, "PERSON", "Papua"), (1, 4, "ORG", "New Guinea Fund")]
