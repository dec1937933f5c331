"""Who bears a measure is not who imposes it ("people who are subject to travel bans"), a sum of rates is no measure
of its own ("taking the total levy to 35%"), and a flow of a country's trade names no goods ("a tariff on Peruvian
exports" targets Peru, covers no goods "exports"). (text, present, absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


BEARER_CASES = [
    pytest.param("date: 2026-07-03\nBans\n\nVenezuelans were added to the roster of officials who are subject to "
                 "visa restrictions.", set(), {("Venezuela", "imposes", "*"), ("Venezuela", "proposes", "*")},
                 id="subject-to"),
    pytest.param("date: 2026-07-03\nBans\n\nMore Cubans were added to the list of individuals who are liable to "
                 "entry bans.", set(), {("Cuba", "imposes", "*"), ("Cuba", "proposes", "*")}, id="liable-to"),
    pytest.param("date: 2026-07-03\nBans\n\nNine Nicaraguans were added to the register of persons who are subject "
                 "to asset freezes, the ministry said.", set(), {("Nicaragua", "imposes", "*")},
                 id="subject-to-comma"),
    pytest.param("date: 2026-07-03\nBans\n\nEritreans were added to the list of firms that are exposed to the new "
                 "sanctions.", set(), {("Eritrea", "imposes", "*"), ("Eritrea", "proposes", "*")}, id="exposed-to"),
    # guard: the one imposing on them still imposes
    pytest.param("date: 2026-07-03\nBans\n\nCanada imposed travel bans on Belarusian officials.",
                 {("Canada", "imposes", "*"), ("*", "targets", "Belarus")}, set(), id="keep-imposer"),
]


@pytest.mark.parametrize("text, present, absent", BEARER_CASES)
def test_bearer_is_no_imposer(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)

