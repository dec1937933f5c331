"""Where a measure's goods come from: the country is whom it is aimed at, the goods are goods (even when their name
is an acronym the tagger takes for a firm). (text, present, absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


# "on X imported from Y" / "on X from Y", the parser hanging the participle or the "from" on the verb of imposing
# (or on the measure's own verb when "on" hangs on the measure): Y is the target, X the goods, never a target.
ORIGIN_CASES = [
    pytest.param("date: 2026-07-03\nDuties\n\nPeru will impose anti-dumping duties on PTFE imported from Taiwan.",
                 {("*", "targets", "Taiwan"), ("*", "appliesTo", "PTFE")}, {("*", "targets", "PTFE")},
                 id="acronym-imported-from-participle-on-verb"),
    pytest.param("date: 2026-07-03\nDuties\n\nChile imposed duties on MEG from Kuwait for five years.",
                 {("*", "targets", "Kuwait"), ("*", "appliesTo", "MEG")}, {("*", "targets", "MEG")},
                 id="acronym-from-country-on-verb"),
    pytest.param("date: 2026-07-03\nDuties\n\nEgypt levied safeguard duties on HRC shipped from Ukraine.",
                 {("*", "targets", "Ukraine"), ("*", "appliesTo", "HRC")}, {("*", "targets", "HRC")},
                 id="acronym-shipped-from"),
    pytest.param("date: 2026-07-03\nSteel\n\nBrazil imposed tariffs on rebar from India in May.",
                 {("*", "targets", "India"), ("*", "appliesTo", "rebar")}, set(), id="from-country-hung-on-verb"),
    pytest.param("date: 2026-07-03\nSteel\n\nMorocco slapped a surtax on tiles from Spain.",
                 {("*", "targets", "Spain"), ("*", "appliesTo", "tiles")}, set(), id="from-country-measure-dobj"),
    pytest.param("date: 2026-07-03\nBeef\n\nKorea lifted its ban on pork from Denmark.",
                 {("*", "targets", "Denmark"), ("*", "status", "lifted")}, set(), id="lifted-from-country"),
    # guards: a time after "from" is no place; one asked for from a body is not where goods come from; a known firm
    # with no origin stays a target
    pytest.param("date: 2026-07-03\nSteel\n\nBrazil imposed tariffs on rebar from March.",
                 {("*", "appliesTo", "rebar")}, {("*", "targets", "*")}, id="keep-from-date"),
    pytest.param("date: 2026-07-03\nSugar\n\nKenya imposed tariffs on sugar after pressure from Uganda.",
                 {("*", "appliesTo", "sugar")}, {("*", "targets", "*")}, id="keep-from-not-after-goods"),
    pytest.param("date: 2026-07-03\nBanks\n\nBritain imposed sanctions on Gazprom.",
                 {("*", "targets", "Gazprom")}, set(), id="keep-firm-target"),
]


@pytest.mark.parametrize("text, present, absent", ORIGIN_CASES)
def test_origins(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
