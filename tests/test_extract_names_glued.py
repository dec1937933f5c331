"""Names NER glued to a word of something else, or read as the wrong kind: a host city before the group meeting
there ("the Lima G20 summit"). Each case is (article text, facts that must be in the graph, facts that must not)."""
from __future__ import annotations

import pytest

from test_extract_names import test_names as assert_names

HOST_PLACE_CASES = [
    pytest.param("date: 2026-05-04\nLeaders\n\nLeaders gathered at the Lima G20 summit on Friday to discuss debt.",
                 {("Lima", "a", "Place")}, {("Lima G20", "a", "Organization"), ("Lima G20", "a", "Person")},
                 id="city-before-numbered-group"),
    pytest.param("date: 2026-05-04\nLeaders\n\nThe Nagoya G7 summit closed with a short statement, said Ana Ruiz.",
                 set(), {("Nagoya G7", "a", "Organization"), ("Nagoya G7", "a", "Person")},
                 id="city-before-group-opening-a-sentence"),
    pytest.param("date: 2026-05-04\nFinance\n\nFinance ministers flew home after the Perth G-20 meeting, aides said.",
                 {("Perth", "a", "Place")}, {("Perth G-20", "a", "Organization"), ("Perth G-20", "a", "Person")},
                 id="city-before-hyphened-group"),
    pytest.param("date: 2026-05-04\nLeaders\n\nSeveral leaders skipped the Cairns G20 talks this year.",
                 {("Cairns", "a", "Place")}, {("Cairns G20", "a", "Organization"), ("Cairns G20", "a", "Person")},
                 id="city-before-group-talks"),
    # guards: a known body after a city; a body named for its city stays whole; a group with no city before it
    pytest.param("date: 2026-05-04\nAllies\n\nDefence ministers prepared for the Riga NATO meeting next week.",
                 {("Riga", "a", "Place")}, {("Riga NATO", "a", "Organization")}, id="negative-city-before-known-body"),
    pytest.param("date: 2026-05-04\nRates\n\nThe Dallas Fed said on Monday that rates would hold.",
                 {("Dallas Fed", "a", "Organization")}, set(), id="negative-body-named-for-its-city"),
    pytest.param("date: 2026-05-04\nLeaders\n\nLeaders met at the G20 summit in Lima on Friday.",
                 {("G20", "a", "Organization"), ("Lima", "a", "Place")}, set(), id="negative-group-then-city"),
]


@pytest.mark.parametrize("text, present, absent", HOST_PLACE_CASES)
def test_glued_names(nlp, text, present, absent):
    assert_names(nlp, text, present, absent)
