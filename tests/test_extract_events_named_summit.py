"""Events: a summit named with a capital ("the Pacific Forum Summit") that NER takes for a body is a summit all the
same; its name makes no party to it."""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like

NAMED_SUMMIT_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Ana Rojas met Chilean President Luis Vera on the sidelines of "
                 "the Mercosur Summit in Asuncion on Friday.",
                 {("*Summit*", "a", "Summit")},
                 {("*Summit*", "participant", "*Summit*")}, id="sidelines-of-the-x-summit"),
    pytest.param("date: 2026-07-03\nSummit\n\nLeaders gathered in Nairobi on Friday for the African Union Summit.",
                 {("*Summit*", "a", "Summit")}, {("*Summit*", "participant", "*Summit*")}, id="gathered-for-the-x-summit"),
    pytest.param("date: 2026-07-03\nSummit\n\nThe G20 Summit opened in Lima on Saturday.",
                 {("*Summit*", "a", "Summit"), ("*Summit*", "location", "Lima")},
                 {("*Summit*", "participant", "*Summit*")}, id="the-x-summit-opened"),
    # the name is the gathering's, never a body's: a body named before its "Summit" is one of its own, and takes part
    pytest.param("date: 2026-07-03\nSummit\n\nThe NATO Summit in Oslo ended on Friday with a joint statement.",
                 {("North Atlantic Treaty Organisation", "a", "Organization"),
                  ("*Summit*", "participant", "North Atlantic Treaty Organisation")},
                 {("*Summit*", "a", "Organization")}, id="known-body-before-summit"),
    pytest.param("date: 2026-07-03\nSummit\n\nMinisters flew to Lima for the BRICS Summit on Friday.",
                 {("BRICS", "a", "Organization"), ("*Summit*", "participant", "BRICS")},
                 {("*Summit*", "a", "Organization")}, id="group-acronym-before-summit"),
    pytest.param("date: 2026-07-03\nSummit\n\nEnvoys prepared for the Mercosur Summit in Montevideo on Friday.",
                 {("Mercosur", "a", "Organization")}, {("*Summit*", "a", "Organization")}, id="summit-in-city-glued"),
    pytest.param("date: 2026-07-03\nSummit\n\nThe Nordic Summit opened in Helsinki on Friday.",
                 {("*Summit*", "a", "Summit"), ("*Summit*", "location", "Helsinki")},
                 {("*Summit*", "a", "Organization"), ("Nordic", "a", "Organization")}, id="region-before-summit"),
    pytest.param("date: 2026-07-03\nSummit\n\nLeaders met at the African Union Summit on Friday.",
                 {("African Union", "a", "Organization"), ("*Summit*", "participant", "African Union")},
                 {("*Summit*", "a", "Organization")}, id="union-before-summit"),
    # "Meeting" names a gathering as "Summit" does
    pytest.param("date: 2026-09-12\nTalks\n\nAna Souza and Ivan Petrov held a meeting on the sidelines of the Mercosur "
                 "Foreign Ministers' Meeting in Asuncion on September 9.",
                 {("meeting in Asunci\u00f3n", "location", "Asunci\u00f3n")},
                 {("*Meeting*", "a", "Organization")}, id="ministers-meeting-in-city"),
    pytest.param("date: 2026-09-12\nTalks\n\nThe Andean Ministerial Meeting opened in Quito on Monday.",
                 {("*Meeting*", "location", "Quito")}, {("*Meeting*", "a", "Organization")}, id="ministerial-meeting"),
    pytest.param("date: 2026-09-12\nTalks\n\nEnvoys arrived for the EU Leaders' Meeting in Brussels on Monday.",
                 {("European Union", "a", "Organization")}, {("*Meeting*", "a", "Organization")},
                 id="known-body-before-meeting"),
    pytest.param("date: 2026-09-12\nTalks\n\nDelegates gathered for the Pacific Trade Ministers' Meeting in Suva on "
                 "Monday.", {("*Meeting*", "location", "Suva")}, {("*Meeting*", "a", "Organization")},
                 id="ministers-meeting-gathered-for"),
    pytest.param("date: 2026-09-12\nTalks\n\nThe Nordic Energy Meeting ended in Oslo on Monday.",
                 {("*Meeting*", "location", "Oslo")}, {("*Meeting*", "a", "Organization")}, id="region-meeting-ended"),
    # guards: a body so named that says something stays a body
    pytest.param("date: 2026-09-12\nAid\n\nThe Philadelphia Yearly Meeting said on Monday it would help.",
                 {("Philadelphia Yearly Meeting", "a", "Organization")}, set(), id="guard-meeting-that-speaks"),
    # guards: a firm named with the word first keeps its name; a term's acronym is no body
    pytest.param("date: 2026-07-03\nBanks\n\nSummit Bank raised its rates in Lagos on Friday.",
                 {("Summit Bank", "a", "Organization")}, set(), id="guard-firm-named-summit"),
    pytest.param("date: 2026-07-03\nTech\n\nExperts met at the AI Summit in Seoul on Friday.",
                 {("*Summit*", "a", "Summit")}, {("AI", "a", "Organization"), ("*Summit*", "a", "Organization")},
                 id="guard-term-acronym-before-summit"),
    # guard: the lower-case summit still reads
    pytest.param("date: 2026-07-03\nSummit\n\nThe leaders held a summit in Lima on Saturday.",
                 {("summit in Lima", "a", "Summit")}, set(), id="guard-lower-case-summit"),
]


@pytest.mark.parametrize("text,present,absent", NAMED_SUMMIT_CASES)
def test_named_summit(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
