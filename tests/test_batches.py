"""How a window's paragraphs are cut into batches for spaCy (`kg.nlp.even_batches`), and that the cut
changes nothing the rules read."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import extract
from kg.inputs import read_text
from kg.nlp import even_batches


@pytest.mark.parametrize("sizes, max_texts, max_chars, expected", [
    ([120] * 274, 256, 100_000, [(0, 137), (137, 274)]),  # not 256 and a remainder of 18
    ([120] * 68, 256, 100_000, [(0, 68)]),
    ([450] * 512, 256, 100_000, [(0, 171), (171, 341), (341, 512)]),  # by characters: 230,400 of them
    ([5_000] * 3 + [10] * 300, 256, 100_000, [(0, 134), (134, 303)]),  # the long texts weigh more
    ([], 256, 100_000, []),
    ([10 ** 8], 256, 100_000, [(0, 1)]),  # a text over the limit is a batch of its own
    ([1, 1], 1, 10, [(0, 1), (1, 2)]),
])
def test_even_batches(sizes, max_texts, max_chars, expected):
    assert even_batches(sizes, max_texts, max_chars) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 6_000), max_size=700), st.integers(1, 300), st.integers(1_000, 120_000))
def test_even_batches_are_few_contiguous_and_within_a_text_of_the_limits(sizes, max_texts, max_chars):
    bounds = even_batches(sizes, max_texts, max_chars)
    assert [i for start, end in bounds for i in range(start, end)] == list(range(len(sizes)))
    assert all(end > start for start, end in bounds)
    costs = [max(1 / max_texts, size / max_chars) for size in sizes]
    assert len(bounds) <= max(1, math.ceil(sum(costs) - 1e-9)) or not sizes
    for start, end in bounds:
        texts, chars = end - start, sum(sizes[start:end])
        biggest = max(sizes[start:end])
        assert texts <= max_texts + 1
        assert chars <= max_chars + biggest


def test_the_cut_changes_no_extraction(nlp, monkeypatch):
    text = ("date: 2026-05-04\nTalks\n\nGerman Finance Minister Klara Weiss met French officials in Paris on Monday.\n\n"
            "Omar Haddad, Jordan's foreign minister, arrived in Cairo for talks on Tuesday.\n\n"
            "Brazil imposed a 20 percent tariff on Chinese steel last year.\n")
    articles = [a for i in range(6) for a in read_text((text + f"\nNote {i}.\n").encode(), f"{i}.txt")]
    whole = list(extract.extract_articles(articles, nlp, batch_size=len(articles)))
    monkeypatch.setattr(extract._pipe, "__defaults__", (3, 150))  # batches of about three paragraphs
    cuts = []
    monkeypatch.setattr(extract, "even_batches", lambda *args: cuts.extend(even_batches(*args)) or cuts)
    cut = list(extract.extract_articles(articles, nlp, batch_size=len(articles)))
    assert len(cuts) > 5
    assert cut == whole
