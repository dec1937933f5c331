"""kg's attribute table must annotate exactly as the model's own attribute ruler does."""
from __future__ import annotations

import pytest

from conftest import REPO, SHARED, TEST_DATA, stock_pipeline
from kg.attribute_table import AttributeTable, UnsupportedPattern, use_attribute_table

# Sentences of our own that reach the ruler's rarer rules: contractions, two-token lemma rules
# ("gonna", "let's"), spaces and odd punctuation, possessives, modal "ai n't".
PHRASINGS = [
    "I ain't gonna sign it, the envoy said; let's wait, we gotta see the text.",
    "She's the minister who'd said they'd've agreed -- but won't.",
    "The U.S.-China 'framework' ... was (reportedly) agreed   on Sunday!\n\nNext paragraph:\tdone.",
    "Tariffs of 100% on $4.5bn of goods? No: 25 per cent, Oct. 30th, 2025 - officials wanna talk.",
    "Who'll lead? Whose team is it? Ya'll know, y'all do.",
    "  ",
    "Gonna gotta wanna lemme gimme.",
]


_stock = stock_pipeline


def _texts() -> list[str]:
    texts = list(PHRASINGS)
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "examples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(TEST_DATA.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((SHARED / "eval" / "dev2").glob("**/*.txt"))]
    return texts


def _annotations(doc) -> list[tuple]:
    return [(t.i, t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_the_table_annotates_every_token_as_the_ruler_does():
    stock, fast = _stock(), _stock()
    assert use_attribute_table(fast)
    assert "attribute_ruler" not in fast.pipe_names and "kg_attribute_table" in fast.pipe_names
    texts = _texts()
    compared = 0
    for expected, got in zip(stock.pipe(texts), fast.pipe(texts)):
        assert _annotations(got) == _annotations(expected)
        compared += len(expected)
    assert compared > 3000


def test_a_two_token_rule_sets_the_lemma_of_both_tokens():
    fast = _stock()
    use_attribute_table(fast)
    doc = fast("We are gonna wait.")
    assert [t.lemma_ for t in doc if t.lower_ in ("gon", "na")] == ["go", "to"]


def test_kg_pipeline_uses_the_table(nlp):
    assert "kg_attribute_table" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "talks", "OP": "+"}],  # operators: the match length varies
    [{"ENT_TYPE": "GPE"}],  # an attribute the table does not read
    [{"LOWER": {"FUZZY": "tarif"}}],  # an operator it does not know
])
def test_a_pattern_the_table_cannot_answer_keeps_the_stock_ruler(pattern):
    nlp = _stock()
    nlp.get_pipe("attribute_ruler").add([pattern], {"LEMMA": "x"})
    with pytest.raises(UnsupportedPattern):
        AttributeTable(nlp.get_pipe("attribute_ruler"))
    assert not use_attribute_table(nlp)
    assert "attribute_ruler" in nlp.pipe_names and "kg_attribute_table" not in nlp.pipe_names


def test_caches_that_start_again_when_full_give_the_same_answers(monkeypatch, nlp):
    """The per-token caches (the table's, the rules' lower-case forms) are cleared when full: a long run must
    read the same as a short one."""
    import kg.attribute_table as table_module
    import kg.extract.mentions as mentions_module
    import kg.lemma_table as lemma_module
    from kg.extract import extract_article
    from kg.read import parse_article

    article = parse_article((REPO / "examples" / "geneva-chip-talks.txt").read_text(encoding="utf-8"), source="x")
    usual = extract_article(article, nlp)
    monkeypatch.setattr(table_module, "_MAX_CACHED", 1)
    monkeypatch.setattr(mentions_module, "_MAX_LOWERED", 1)
    monkeypatch.setattr(lemma_module, "_MAX_CACHED", 1)
    assert extract_article(article, nlp) == usual
