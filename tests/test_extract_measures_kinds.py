"""False measure facts seen running kg on news (kinds, owners of proposals, rates, snapbacks, moratoriums):
(text, present, absent) tables. Every text is invented; each table holds several phrasings of one pattern, and guard
rows for the true cases.
"""
from __future__ import annotations

import pytest

from test_extract import facts, graph_of


def _matches(fact, pattern) -> bool:
    return all(p == "*" or p == f for p, f in zip(pattern, fact))


def _check(nlp, text, present, absent):
    """As `assert_facts`, with "*" standing for any label."""
    found = facts(graph_of(nlp, text))
    missing = [p for p in present if not any(_matches(f, p) for f in found)]
    assert not missing, f"missing {sorted(missing)}\nfound {sorted(found)}"
    wrong = [f for f in found for p in absent if _matches(f, p)]
    assert not wrong, f"should not be there: {sorted(wrong)}"


# A ban or curb on the exports of goods is an export control, as an "export ban" on them is.
EXPORT_ON_CASES = [
    pytest.param("date: 2026-07-03\nNuts\n\nIndia imposed a ban on cashew exports.",
                 {("*", "a", "ExportControl"), ("*", "appliesTo", "cashew")}, {("*", "a", "Measure")},
                 id="ban-on-cashew-exports"),
    pytest.param("date: 2026-07-03\nOnions\n\nEgypt lifted its ban on onion exports on Monday.",
                 {("*", "a", "ExportControl"), ("*", "status", "lifted")}, {("*", "a", "Measure")},
                 id="lifted-ban-on-onion-exports"),
    pytest.param("date: 2026-07-03\nCopper\n\nZambia announced a ban on exports of raw copper.",
                 {("*", "a", "ExportControl"), ("*", "appliesTo", "raw copper")}, {("*", "a", "Measure")},
                 id="ban-on-exports-of"),
    pytest.param("date: 2026-07-03\nFertiliser\n\nMinsk introduced curbs on fertiliser exports last week.",
                 {("*", "a", "ExportControl")}, {("*", "a", "Measure")}, id="curbs-on-fertiliser-exports"),
    # guards: an export ban stays one; a ban on imports is no export control
    pytest.param("date: 2026-07-03\nNuts\n\nIndia imposed an export ban on cashews.",
                 {("*", "a", "ExportControl"), ("*", "appliesTo", "cashews")}, set(), id="keep-export-ban"),
    pytest.param("date: 2026-07-03\nBeef\n\nChina imposed a ban on beef imports from Brazil.",
                 {("*", "a", "Measure")}, {("*", "a", "ExportControl")}, id="keep-import-ban"),
]


@pytest.mark.parametrize("text, present, absent", EXPORT_ON_CASES)
def test_export_on(nlp, text, present, absent):
    _check(nlp, text, present, absent)
