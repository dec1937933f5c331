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
    # guard: the lower-case summit still reads
    pytest.param("date: 2026-07-03\nSummit\n\nThe leaders held a summit in Lima on Saturday.",
                 {("summit in Lima", "a", "Summit")}, set(), id="guard-lower-case-summit"),
]


@pytest.mark.parametrize("text,present,absent", NAMED_SUMMIT_CASES)
def test_named_summit(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
