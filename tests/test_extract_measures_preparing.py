"""A measure being prepared ("preparations are on to impose curbs", "made preparations to ban imports") is not taken
yet: proposed. (text, present, absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


PREPARING_CASES = [
    pytest.param("date: 2026-07-03\nSugar\n\nPreparations are on to impose restrictions on sugar exports, an official "
                 "said.", {("*", "status", "proposed")}, {("*", "status", "in force")}, id="preparations-are-on"),
    pytest.param("date: 2026-07-03\nMaize\n\nKenya made preparations to ban imports of Ugandan maize.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="made-preparations"),
    pytest.param("date: 2026-07-03\nCement\n\nGhana has begun preparations to impose duties on Togolese cement.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="begun-preparations"),
    pytest.param("date: 2026-07-03\nOnions\n\nPreparations are under way to impose curbs on onion exports.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="preparations-under-way"),
    # guard: a ban told done is in force
    pytest.param("date: 2026-07-03\nMaize\n\nKenya banned imports of Ugandan maize.",
                 {("Kenya", "imposes", "*"), ("*", "status", "in force")}, set(), id="keep-banned"),
]


@pytest.mark.parametrize("text, present, absent", PREPARING_CASES)
def test_preparing(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
