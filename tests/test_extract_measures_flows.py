"""What a measure is on tells its kind when the parser hangs "on" on the verb of imposing rather than on the measure.
(text, present, absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


# "imposed curbs on exports of copper": the "on exports" the parser hangs on "imposed" makes the curbs an export
# control, as "curbs on copper exports" does; a measure on imports stays a plain measure.
VERB_ON_KIND_CASES = [
    pytest.param("date: 2026-07-03\nCopper\n\nLIMA - Peru imposed curbs on exports of copper.",
                 {("*", "a", "ExportControl"), ("*", "appliesTo", "copper")}, {("*", "a", "Measure")},
                 id="curbs-on-exports-of"),
    pytest.param("date: 2026-07-03\nSoya\n\nLILONGWE - Malawi imposed curbs on exports of soya to Kenya.",
                 {("*", "a", "ExportControl"), ("*", "appliesTo", "soya")}, {("*", "a", "Measure")},
                 id="curbs-on-exports-of-to"),
    pytest.param("date: 2026-07-03\nGold\n\nACCRA - Ghana slapped curbs on exports of gold bars.",
                 {("*", "a", "ExportControl"), ("*", "appliesTo", "gold bars")}, {("*", "a", "Measure")},
                 id="slapped-curbs-on-exports-of"),
    # guards: on imports, a plain measure; "on" hung on the measure reads as before
    pytest.param("date: 2026-07-03\nCopper\n\nLIMA - Peru imposed curbs on imports of copper.",
                 {("*", "a", "Measure")}, {("*", "a", "ExportControl")}, id="keep-curbs-on-imports"),
    pytest.param("date: 2026-07-03\nMaize\n\nLUSAKA - Zambia imposed a ban on exports of maize.",
                 {("*", "a", "ExportControl"), ("*", "appliesTo", "maize")}, set(), id="keep-ban-on-exports"),
]


@pytest.mark.parametrize("text, present, absent", VERB_ON_KIND_CASES)
def test_verb_on_kind(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
