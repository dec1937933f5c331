"""kg's lemma table must give exactly the lemmas of the model's own lemmatizer."""
from __future__ import annotations

import pytest

from test_attribute_table import _stock, _texts
from kg.lemma_table import use_lemma_table

# Our own sentences where one word form takes several parts of speech or morphologies, so the table's
# key must tell them apart: "leaves" (noun/verb), "saw", "meeting", "talks", "better", "lives".
PHRASINGS = [
    "The envoy leaves on Friday; the leaves fell as she saw the saw.",
    "The meeting was meeting its aims: talks on talks, better terms bettered.",
    "Their lives were saved; he lives in Lagos and was living there, having lived abroad.",
    "Ministers met, meets, will meet and had been meeting; the ministers' aides are meeting too.",
]


def _lemmas(doc) -> list[tuple]:
    return [(t.i, t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_the_table_gives_every_token_the_lemmatizers_lemma():
    stock, fast = _stock(), _stock()
    assert use_lemma_table(fast)
    assert "lemmatizer" not in fast.pipe_names and "kg_lemma_table" in fast.pipe_names
    texts = PHRASINGS + _texts()
    compared = 0
    for _ in range(2):  # the second pass answers from the table
        for expected, got in zip(stock.pipe(texts), fast.pipe(texts)):
            assert _lemmas(got) == _lemmas(expected)
            compared += len(expected)
    assert compared > 6000


def test_the_attribute_rulers_lemmas_stand():
    fast = _stock()
    use_lemma_table(fast)
    doc = fast("We are gonna wait.")  # the ruler's two-token rule lemmatizes "gonna" as "go to"
    assert [t.lemma_ for t in doc if t.lower_ in ("gon", "na")] == ["go", "to"]


def test_kg_pipeline_uses_the_table(nlp):
    assert "kg_lemma_table" in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names


@pytest.mark.parametrize("mode", ["pos_lookup", "my_own_mode"])
def test_a_lemmatizer_in_another_mode_keeps_running_itself(monkeypatch, mode):
    nlp = _stock()
    monkeypatch.setattr(nlp.get_pipe("lemmatizer"), "_mode", mode)
    assert not use_lemma_table(nlp)
    assert "lemmatizer" in nlp.pipe_names and "kg_lemma_table" not in nlp.pipe_names


def test_a_lemmatizer_subclass_keeps_running_itself():
    nlp = _stock()
    stock = nlp.get_pipe("lemmatizer")

    class Mine(type(stock)):
        pass

    stock.__class__ = Mine
    assert not use_lemma_table(nlp)
    assert "lemmatizer" in nlp.pipe_names

