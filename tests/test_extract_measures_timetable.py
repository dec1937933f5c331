"""A measure its imposer "is due", "is set", "is slated" or "is scheduled" to take, with a day told for it, is
fixed as one it "will" take on that day: announced (its imposer imposes it). Without a day, or "expected", or in the
past ("was due to"), it stays forecast: proposed. (text, present, absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


CASES = [
    pytest.param("date: 2026-07-03\nCars\n\nPeru is due to impose new tariffs on Chilean cars from Thursday.",
                 {("Peru", "imposes", "*"), ("*", "status", "announced")},
                 {("*", "status", "proposed"), ("*", "status", "in force")}, id="due-from-day"),
    pytest.param("date: 2026-07-03\nWine\n\nPeru is scheduled to impose duties on Chilean wine on August 2.",
                 {("Peru", "imposes", "*"), ("*", "status", "announced")},
                 {("*", "status", "proposed"), ("*", "status", "in force")}, id="scheduled-on-day"),
    pytest.param("date: 2026-07-03\nCars\n\nPeru is set to impose new tariffs on Chilean cars on Thursday.",
                 {("Peru", "imposes", "*"), ("*", "status", "announced")}, {("*", "status", "proposed")},
                 id="set-on-day"),
    pytest.param("date: 2026-07-03\nScrap\n\nChile is set to ban exports of copper scrap from Monday.",
                 {("Chile", "imposes", "*"), ("*", "status", "announced")}, {("*", "status", "proposed")},
                 id="set-ban-from-day"),
    # "is due to" names its imposer, if only as proposer
    pytest.param("date: 2026-07-03\nWine\n\nPeru is due to impose duties on Chilean wine.",
                 {("Peru", "proposes", "*"), ("*", "status", "proposed")}, set(), id="due-no-day"),
    # guards: no day, a forecast, the past, a lifting due
    pytest.param("date: 2026-07-03\nWine\n\nPeru is set to impose duties on Chilean wine.",
                 {("Peru", "proposes", "*"), ("*", "status", "proposed")}, {("*", "status", "announced")},
                 id="keep-set-no-day"),
    pytest.param("date: 2026-07-03\nWine\n\nPeru is expected to impose duties on Chilean wine on August 2.",
                 {("*", "status", "proposed")}, {("*", "status", "announced")}, id="keep-expected"),
    pytest.param("date: 2026-07-03\nWine\n\nPeru was due to impose duties on Chilean wine on August 2.",
                 {("*", "status", "proposed")}, {("*", "status", "announced")}, id="keep-was-due"),
    pytest.param("date: 2026-07-03\nWine\n\nPeru is due to lift its duties on Chilean wine on Friday.",
                 {("*", "status", "in force")}, {("*", "status", "lifted"), ("*", "status", "announced")},
                 id="keep-lifting-due"),
]


@pytest.mark.parametrize("text, present, absent", CASES)
def test_timetabled_measure(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
