"""Entity kinds and affiliations on shapes met in real news: a US state that shares a country's name, lists of
leaders' surnames and of firms, kin before a name. Each case is (article text, facts that must be in the graph,
facts that must not), read back from the built graph as in test_extract."""
from __future__ import annotations

import pytest

from test_extract import facts, graph_of

US_STATE_CASES = [
    # a US state's post beside "Georgia" makes it the state, not the country, and no one is affiliated with it
    pytest.param("date: 2026-05-04\nBudget\n\nGeorgia Governor Brian Kemp said the state would cut taxes.",
                 {("Brian Kemp", "title", "Governor")},
                 {("Brian Kemp", "affiliatedWith", "Georgia"), ("Georgia", "a", "Country")}, id="state-governor"),
    pytest.param("date: 2026-05-04\nBill\n\nGeorgia Senator Jon Ossoff said on Tuesday the bill would pass.",
                 {("Jon Ossoff", "a", "Person")},
                 {("Jon Ossoff", "affiliatedWith", "Georgia"), ("Georgia", "a", "Country")}, id="state-senator"),
    pytest.param("date: 2026-05-04\nBudget\n\nThe Georgia governor, Brian Kemp, said on Monday that fuel taxes would "
                 "be suspended.", {("Brian Kemp", "a", "Person")},
                 {("Brian Kemp", "affiliatedWith", "Georgia"), ("Georgia", "a", "Country")},
                 id="the-state-governor-apposition"),
    pytest.param("date: 2026-05-04\nCourt\n\nGeorgia Attorney General Chris Carr filed the suit on Monday. Carr said "
                 "Georgia would win.", {("Chris Carr", "a", "Person")},
                 {("Chris Carr", "affiliatedWith", "Georgia"), ("Georgia", "a", "Country")},
                 id="state-attorney-general-all-through"),
    pytest.param("date: 2026-05-04\nPlant\n\nGov. Brian Kemp of Georgia said on Monday that the plant would open.",
                 {("Brian Kemp", "a", "Person")},
                 {("Brian Kemp", "affiliatedWith", "Georgia"), ("Georgia", "a", "Country")}, id="governor-of-state"),
    # guards: the country's own posts
    pytest.param("date: 2026-05-04\nTalks\n\nGeorgia President Mikheil Kavelashvili said on Monday the talks would "
                 "go on.", {("Mikheil Kavelashvili", "affiliatedWith", "Georgia"), ("Georgia", "a", "Country")},
                 set(), id="negative-the-country-president"),
    pytest.param("date: 2026-05-04\nTalks\n\nGeorgian Prime Minister Irakli Kobakhidze met officials in Tbilisi.",
                 {("Irakli Kobakhidze", "affiliatedWith", "Georgia")}, set(), id="negative-the-country-premier"),
]

CASES = US_STATE_CASES


@pytest.mark.parametrize("text, present, absent", CASES)
def test_entities(nlp, text, present, absent):
    got = facts(graph_of(nlp, text))
    assert present <= got, f"missing {present - got}\ngot {sorted(got)}"
    assert not absent & got, f"unexpected {absent & got}"
