"""A raise of a measure suspended or paused ("suspending higher tariffs on X") is held before it comes: told, never
in force (announced), not lifted. (text, present, absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


CASES = [
    pytest.param("date: 2026-07-03\nLaos\n\nThe president signed an order suspending higher tariffs on Laos for 90 days.",
                 {("*", "status", "announced")}, {("*", "status", "lifted")}, id="order-suspending-higher"),
    pytest.param("date: 2026-07-03\nWine\n\nCanada paused steeper duties on Chilean wine.",
                 {("*", "status", "announced")}, {("*", "status", "lifted")}, id="paused-steeper"),
    pytest.param("date: 2026-07-03\nSugar\n\nThe higher levies on Peruvian sugar were suspended by Japan.",
                 {("*", "status", "announced")}, {("*", "status", "lifted")}, id="higher-were-suspended"),
    # guards: a measure suspended, a raise removed: lifted
    pytest.param("date: 2026-07-03\nRum\n\nBrazil suspended tariffs on Cuban rum.",
                 {("*", "status", "lifted")}, set(), id="keep-suspended"),
    pytest.param("date: 2026-07-03\nRice\n\nIndia removed higher duties on Thai rice.",
                 {("*", "status", "lifted")}, set(), id="keep-removed-higher"),
]


@pytest.mark.parametrize("text, present, absent", CASES)
def test_raise_held(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
