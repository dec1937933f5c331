"""A measure word coordinated with a list of measures after it names a list too ("under either sanctions or export
control lists"), and "either"/"both" before a pair tell the pair, not the measure's label. (text, present, absent)
tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


SHARED_LIST_CASES = [
    pytest.param("date: 2026-07-03\nBrokers\n\nOttawa placed the three Zorvian brokers under either sanctions or "
                 "export control lists.", set(), {("*", "a", "Sanction"), ("*", "a", "ExportControl")}, id="either-or-lists"),
    pytest.param("date: 2026-07-03\nTraders\n\nAustralia put the Dravian traders under sanctions or export controls "
                 "lists on Friday.", set(), {("*", "a", "Sanction"), ("*", "a", "ExportControl")},
                 id="and-lists"),
    pytest.param("date: 2026-07-03\nLists\n\nNorway put the Dravian firm on its sanction and export control lists.",
                 set(), {("*", "a", "Sanction"), ("*", "a", "ExportControl")}, id="keeps-lists"),
    # guard: a measure coordinated with a measure stays one
    pytest.param("date: 2026-07-03\nDravia\n\nJapan imposed sanctions and export controls on Dravia.",
                 {("*", "a", "Sanction"), ("Japan", "imposes", "*")}, set(), id="keep-measures"),
]


@pytest.mark.parametrize("text, present, absent", SHARED_LIST_CASES)
def test_shared_list_head(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


PAIR_CASES = [
    pytest.param("date: 2026-07-03\nBrokers\n\nThe EU hit the Zorvian brokers with both sanctions and travel bans.",
                 {("sanctions", "a", "Sanction")}, {("both sanctions", "a", "Sanction")}, id="both-and"),
    pytest.param("date: 2026-07-03\nMills\n\nItaly hit the Dravian mills with either tariffs or quotas.",
                 {("tariffs", "a", "Tariff")}, {("either tariffs", "a", "Tariff")}, id="either-or"),
    pytest.param("date: 2026-07-03\nBanks\n\nThe EU imposed both sanctions and travel bans on Belarus.",
                 {("sanctions", "a", "Sanction")}, {("both sanctions", "a", "Sanction")},
                 id="both-and-freezes"),
    # guard: a lone measure keeps its words
    pytest.param("date: 2026-07-03\nWine\n\nPeru imposed new tariffs on Chilean wine.",
                 {("new tariffs", "a", "Tariff")}, set(), id="keep-label"),
]


@pytest.mark.parametrize("text, present, absent", PAIR_CASES)
def test_pair_words_not_in_label(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
