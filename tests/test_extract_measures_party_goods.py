"""Countries, partners and nations a measure is on are no goods ("quotas on other countries"), nor is a modifier
telling how much or at what price it lets in ("volume limits", "quantity curbs", "price controls"). (text, present,
absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


CASES = [
    pytest.param("date: 2026-07-03\nQuotas\n\nCanada placed quotas on Chilean wine and on other countries.",
                 {("*", "appliesTo", "wine")}, {("*", "appliesTo", "countries")}, id="on-countries"),
    pytest.param("date: 2026-07-03\nTariffs\n\nPeru imposed tariffs on Chilean wine and other nations.",
                 {("*", "appliesTo", "wine")}, {("*", "appliesTo", "*nations")}, id="on-nations"),
    pytest.param("date: 2026-07-03\nSteel\n\nThe EU put volume limits on Chinese steel.",
                 {("*", "appliesTo", "steel")}, {("*", "appliesTo", "volume")}, id="volume-limits"),
    pytest.param("date: 2026-07-03\nShoes\n\nItaly imposed quantity restrictions on Chinese shoes.",
                 {("*", "appliesTo", "shoes")}, {("*", "appliesTo", "quantity")}, id="quantity-restrictions"),
    pytest.param("date: 2026-07-03\nRice\n\nGhana imposed price controls on Thai rice.",
                 {("*", "appliesTo", "rice")}, {("*", "appliesTo", "price")}, id="price-controls"),
    # guard: goods named as a modifier stay goods
    pytest.param("date: 2026-07-03\nSteel\n\nThe EU imposed steel quotas on Chinese mills.",
                 {("*", "appliesTo", "steel")}, set(), id="keep-steel-quotas"),
]


@pytest.mark.parametrize("text, present, absent", CASES)
def test_parties_and_kinds_no_goods(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
