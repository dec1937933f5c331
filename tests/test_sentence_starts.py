"""kg_sentence_starts: a lone full stop, "!" or "?" before a capitalised word ends the sentence."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, sentences", [
    ("Talks ended . Ministers left.", ["Talks ended .", "Ministers left."]),
    ("Was it over ? Nobody said ! The envoys left", ["Was it over ?", "Nobody said !", "The envoys left"]),
    ("The talks ended . NATO said nothing.", ["The talks ended .", "NATO said nothing."]),
    ("Talks ended. Amb. Lena Varga left.", ["Talks ended.", "Amb. Lena Varga left."]),  # an honorific's dot
    ("Hi", ["Hi"]),
    (".", ["."]),
])
def test_a_lone_full_stop_before_a_capital_ends_the_sentence(nlp, text, sentences):
    assert [s.text for s in nlp(text).sents] == sentences
