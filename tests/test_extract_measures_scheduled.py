"""A measure told as scheduled, set, slated or due to start on a day after the article's is not in force yet
(announced); "directed" tariffs are ordered, as "ordered" ones are. (text, present, absent) tables; every text is
invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


SCHEDULED_CASES = [
    pytest.param("date: 2026-07-03\nWine\n\nChile imposed 10% duties on Argentine wine, scheduled to start next week.",
                 {("*", "status", "announced")}, {("*", "status", "in force")}, id="scheduled-to-start"),
    pytest.param("date: 2026-07-03\nWine\n\nChile imposed 10% duties on Argentine wine, due to start next week.",
                 {("*", "status", "announced")}, {("*", "status", "in force")}, id="due-to-start"),
    pytest.param("date: 2026-07-03\nWine\n\nChile imposed 10% duties on Argentine wine, slated to begin on August 2.",
                 {("*", "status", "announced")}, {("*", "status", "in force")}, id="slated-to-begin"),
    pytest.param("date: 2026-07-03\nCement\n\nThe ministry had directed 25% tariffs on imports of Peruvian cement, "
                 "scheduled to start Tuesday.", {("*", "status", "announced")}, {("*", "status", "in force")},
                 id="had-directed-scheduled"),
    # guard: a start gone by leaves it in force
    pytest.param("date: 2026-07-03\nWine\n\nChile imposed 10% duties on Argentine wine, set to take effect on June 2.",
                 {("*", "status", "in force")}, {("*", "status", "announced")}, id="keep-start-gone-by"),
]


@pytest.mark.parametrize("text, present, absent", SCHEDULED_CASES)
def test_scheduled_start(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


DIRECTED_CASES = [
    pytest.param("date: 2026-07-03\nCement\n\nThe ministry directed 15% duties on Thai cement.",
                 {("*", "status", "announced")}, {("*", "status", "in force")}, id="directed"),
    pytest.param("date: 2026-07-03\nCement\n\nThe cabinet directed a ban on Malaysian palm oil.",
                 {("*", "status", "announced")}, {("*", "status", "in force")}, id="directed-ban"),
    pytest.param("date: 2026-07-03\nCement\n\nThe ministry has directed curbs on exports of Nepali ginger.",
                 {("*", "status", "announced")}, {("*", "status", "in force")}, id="has-directed"),
    # guard: imposed stays in force
    pytest.param("date: 2026-07-03\nCement\n\nThe ministry imposed 15% duties on Thai cement.",
                 {("*", "status", "in force")}, set(), id="keep-imposed"),
]


@pytest.mark.parametrize("text, present, absent", DIRECTED_CASES)
def test_directed_is_ordered(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


NEXT_SENTENCE_CASES = [
    pytest.param("date: 2026-07-03\nBelarus\n\nEU members adopted new sanctions on Belarus. The new measures will come "
                 "into effect in days.", {("*", "status", "announced")}, {("*", "status", "in force")},
                 id="new-measures-will"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada imposed duties on Chinese steel. The measures will take effect on "
                 "August 1.", {("*", "status", "announced")}, {("*", "status", "in force")}, id="the-measures-will"),
    pytest.param("date: 2026-07-03\nWine\n\nPeru adopted fresh tariffs on Chilean wine. These new penalties will take "
                 "effect next month.", {("*", "status", "announced")}, {("*", "status", "in force")},
                 id="these-penalties-will"),
    # guard: measures told of otherwise leave it in force
    pytest.param("date: 2026-07-03\nWine\n\nPeru imposed tariffs on Chilean wine. The new measures hurt exporters.",
                 {("*", "status", "in force")}, {("*", "status", "announced")}, id="keep-in-force"),
]


@pytest.mark.parametrize("text, present, absent", NEXT_SENTENCE_CASES)
def test_measures_taking_effect_next(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
