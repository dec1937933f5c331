""""custom duties" (as "customs duties" is often written) name the tax, not goods. (text, present, absent) tables;
every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


CASES = [
    pytest.param("date: 2026-07-03\nDuties\n\nLIMA - Peru raised custom duties on Chilean steel.",
                 {("*", "appliesTo", "steel")}, {("*", "appliesTo", "custom")}, id="raised-custom-duties"),
    pytest.param("date: 2026-07-03\nDuties\n\nACCRA - Ghana imposed custom duties on Thai rice.",
                 {("*", "appliesTo", "rice")}, {("*", "appliesTo", "custom")}, id="imposed-custom-duties"),
    pytest.param("date: 2026-07-03\nDuties\n\nDHAKA - Bangladesh slapped custom duties on Indian onions.",
                 {("*", "appliesTo", "onions")}, {("*", "appliesTo", "custom")}, id="slapped-custom-duties"),
    # guards: named goods before the duty stay goods; a duty imposed is in force
    pytest.param("date: 2026-07-03\nDuties\n\nLIMA - Peru imposed steel duties on Chile.",
                 {("*", "appliesTo", "steel")}, set(), id="keep-goods-modifier"),
    pytest.param("date: 2026-07-03\nWine\n\nLIMA - Peru imposed duties on Chilean wine.",
                 {("*", "status", "in force")}, set(), id="keep-imposed"),
]


@pytest.mark.parametrize("text, present, absent", CASES)
def test_custom_duties(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
