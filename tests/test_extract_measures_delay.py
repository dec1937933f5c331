"""Putting off an act on a measure: "postponed imposing duties" (not in force yet), "delayed lifting its ban" (the
ban stays). (text, present, absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


DELAYED_ACT_CASES = [
    pytest.param("date: 2026-07-03\nSteel\n\nCanada postponed imposing duties on Korean steel.",
                 {("*", "status", "announced")}, {("*", "status", "in force")}, id="postponed-imposing"),
    pytest.param("date: 2026-07-03\nIran\n\nThe EU put off imposing sanctions on Belarus.",
                 {("*", "status", "announced")}, {("*", "status", "in force")}, id="put-off-imposing"),
    pytest.param("date: 2026-07-03\nCars\n\nThe president has delayed imposing the higher tariffs on Korean cars.",
                 {("*", "status", "announced")}, {("*", "status", "in force")}, id="delayed-imposing"),
    pytest.param("date: 2026-07-03\nWine\n\nPeru delayed lifting its ban on Chilean wine.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="delayed-lifting"),
    pytest.param("date: 2026-07-03\nRice\n\nGhana deferred raising its tariffs on Thai rice.",
                 {("*", "status", "in force")}, {("*", "status", "announced")}, id="deferred-raising-its"),
    # guards: a measure delayed as the object, as before; one imposed is in force
    pytest.param("date: 2026-07-03\nSteel\n\nCanada postponed its duties on Korean steel.",
                 {("*", "status", "announced")}, {("*", "status", "in force")}, id="keep-postponed-object"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada began imposing duties on Korean steel.",
                 {("*", "status", "in force")}, {("*", "status", "announced")}, id="keep-began-imposing"),
]


@pytest.mark.parametrize("text, present, absent", DELAYED_ACT_CASES)
def test_delayed_act(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
