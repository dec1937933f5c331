"""A halt, pause or end told with "to" or "on" ("declared a halt to its duties", "a pause on the levies") lifts the
measure as "the suspension of" does. (text, present, absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


HALT_CASES = [
    pytest.param("date: 2026-07-03\nDuties\n\nHanoi declared an end to its counter-tariffs on Thai rice on Monday.",
                 {("*", "status", "lifted")}, {("*", "status", "announced")}, id="end-to"),
    pytest.param("date: 2026-07-03\nDuties\n\nLima declared a halt to its tariffs on Chilean copper on Friday.",
                 {("*", "status", "lifted")}, {("*", "status", "announced")}, id="halt-to"),
    pytest.param("date: 2026-07-03\nDuties\n\nQuito announced a pause on its levies on Colombian sugar.",
                 {("*", "status", "lifted")}, {("*", "status", "announced")}, id="pause-on"),
    # guards: an end only asked for leaves the measure in force; "the suspension of" lifts as before
    pytest.param("date: 2026-07-03\nDuties\n\nTokyo demanded an end to the duties on Japanese steel.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="keep-demanded-end"),
    pytest.param("date: 2026-07-03\nDuties\n\nQuito announced the suspension of its levies on Colombian sugar.",
                 {("*", "status", "lifted")}, set(), id="keep-suspension-of"),
]


@pytest.mark.parametrize("text, present, absent", HALT_CASES)
def test_halt_to_lifts(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


CALLED_OFF_CASES = [
    pytest.param("date: 2026-07-03\nDuties\n\nOttawa dropped its planned levies on US dairy.",
                 {("Canada", "proposes", "*"), ("*", "status", "proposed")},
                 {("Canada", "imposes", "*"), ("*", "status", "lifted")}, id="dropped-planned"),
    pytest.param("date: 2026-07-03\nDuties\n\nThe EU withdrew the threatened duties on American whiskey.",
                 {("*", "status", "threatened")}, {("*", "imposes", "*"), ("*", "status", "lifted")},
                 id="withdrew-threatened"),
    pytest.param("date: 2026-07-03\nDuties\n\nThe pact suspends the proposed 40% tariff on Bolivian tin.",
                 {("*", "status", "proposed")}, {("*", "status", "lifted")}, id="suspends-proposed"),
    # guard: a measure with no word of plan is lifted
    pytest.param("date: 2026-07-03\nDuties\n\nMexico scrapped its tariffs on Peruvian coffee.",
                 {("Mexico", "imposes", "*"), ("*", "status", "lifted")}, set(), id="keep-scrapped"),
]


@pytest.mark.parametrize("text, present, absent", CALLED_OFF_CASES)
def test_called_off_plan_was_never_in_force(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
