"""Tariff lines, headings and codes sort goods for duties; they are no duty and no goods ("tariffs on 150 tariff lines
of fruit": the goods are the fruit). (text, present, absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


CASES = [
    pytest.param("date: 2026-07-03\nFruit\n\nPeru lifted 25% tariffs on about 40 tariff lines of Chilean fruit.",
                 {("*", "appliesTo", "fruit")}, {("*", "appliesTo", "tariff lines"), ("*tariff lines of*", "a", "Tariff")},
                 id="lines-of-goods"),
    pytest.param("date: 2026-07-03\nWine\n\nPeru's tariff headings for Chilean wine were revised.",
                 set(), {("*", "a", "Tariff")}, id="tariff-headings"),
    pytest.param("date: 2026-07-03\nRice\n\nJapan's tariff classification of Thai rice changed.",
                 set(), {("*", "a", "Tariff")}, id="tariff-classification"),
    pytest.param("date: 2026-07-03\nRice\n\nGhana's tariff code for Thai rice was changed in May.",
                 set(), {("*", "a", "Tariff")}, id="tariff-code"),
    # guard: a tariff rate is a tariff
    pytest.param("date: 2026-07-03\nRice\n\nGhana raised its tariff rate on Thai rice to 20%.",
                 {("*", "a", "Tariff"), ("Ghana", "imposes", "*")}, set(), id="keep-tariff-rate"),
]


@pytest.mark.parametrize("text, present, absent", CASES)
def test_tariff_lines(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
