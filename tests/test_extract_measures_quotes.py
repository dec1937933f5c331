"""A measure's label does not start with a quote it does not close ('what it called "unjust tariffs imposed by X"'
-> 'unjust tariffs'); a quote it closes stays ('"reciprocal" tariffs'). (text, present, absent) tables; every text
is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


CASES = [
    pytest.param('date: 2026-07-03\nCars\n\nChile hit back at what it called "unjust tariffs imposed by Peru on its '
                 'copper."', {("unjust tariffs", "a", "Tariff")}, {('"unjust tariffs', "a", "Tariff")}, id="straight"),
    pytest.param("date: 2026-07-03\nCars\n\nChile hit back at what it called \u201cunjust tariffs imposed by Peru on its "
                 "copper.\u201d", {("unjust tariffs", "a", "Tariff")}, {("\u201cunjust tariffs", "a", "Tariff")},
                 id="curly"),
    pytest.param('date: 2026-07-03\nWine\n\nThe ministry condemned the "illegal sanctions imposed by Britain, which hurt '
                 'our people."', {("illegal sanctions", "a", "Sanction")}, {('"illegal sanctions', "a", "Sanction")},
                 id="sanctions"),
    # guard: a quote closed in the label stays
    pytest.param('date: 2026-07-03\nWine\n\nPeru imposed "reciprocal" tariffs on Chilean wine.',
                 {('"reciprocal" tariffs on Chilean wine', "a", "Tariff")}, set(), id="keep-closed-quote"),
]


@pytest.mark.parametrize("text, present, absent", CASES)
def test_label_opening_quote(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
