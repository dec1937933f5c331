"""A measure told as "no longer" there is lifted; one "no longer" planned is none. (text, present, absent) tables;
every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


NO_LONGER_CASES = [
    pytest.param("date: 2026-07-03\nRice\n\nJapan no longer imposes tariffs on Thai rice.",
                 {("*", "status", "lifted")}, {("*", "status", "in force")}, id="no-longer-imposes"),
    pytest.param("date: 2026-07-03\nShrimp\n\nCanada no longer bans imports of Thai shrimp.",
                 {("*", "status", "lifted")}, {("*", "status", "in force")}, id="no-longer-bans-verb"),
    pytest.param("date: 2026-07-03\nBank\n\nThe UN Security Council no longer sanctions the Basra Trading Bank.",
                 {("*", "status", "lifted")}, {("*", "status", "in force")}, id="no-longer-sanctions-verb"),
    pytest.param("date: 2026-07-03\nMaize\n\nZambia no longer has a ban on maize exports.",
                 {("*", "status", "lifted")}, {("*", "status", "in force")}, id="no-longer-has-ban"),
    pytest.param("date: 2026-07-03\nRice\n\nJapan no longer plans to impose tariffs on Thai rice.",
                 set(), {("*", "status", "proposed"), ("*", "status", "in force")}, id="no-longer-plans-to-impose"),
    # guards: "no longer" on an undoing leaves the measure on; without it, as before
    pytest.param("date: 2026-07-03\nRice\n\nJapan no longer suspends its tariffs on Thai rice.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="keep-no-longer-suspends"),
    pytest.param("date: 2026-07-03\nRice\n\nJapan no longer plans to lift its tariffs on Thai rice.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="keep-no-longer-plans-to-lift"),
    pytest.param("date: 2026-07-03\nRice\n\nJapan still imposes tariffs on Thai rice.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="keep-still-imposes"),
]


@pytest.mark.parametrize("text, present, absent", NO_LONGER_CASES)
def test_no_longer(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
