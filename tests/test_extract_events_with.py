"""Events: a "with" that belongs to a noun set after the event word names no participant."""
from __future__ import annotations

import pytest

from test_extract import facts, graph_of


@pytest.mark.parametrize("text,name,takes_part", [
    pytest.param("date: 2026-03-03\nSummit\n\nPrime Minister Lars Berg did not attend the summit in solidarity with "
                 "U.S. President Pablo Ruiz.", "Pablo Ruiz", False, id="did-not-attend-in-solidarity-with"),
    pytest.param("date: 2026-03-03\nSummit\n\nPrime Minister Lars Berg did not attend the summit in Lima in solidarity "
                 "with ally Ruiz.", "Ruiz", False, id="did-not-attend-in-a-city-in-solidarity-with"),
    pytest.param("date: 2026-03-03\nSummit\n\nPresident Ana Souza held a summit in Lima in solidarity with Ukraine on "
                 "Monday.", "Ukraine", False, id="held-in-solidarity-with"),
    # guards: the event's own "with" still names its guest
    pytest.param("date: 2026-03-03\nTalks\n\nPresident Ana Souza held talks in Lima with President Marco Conti on "
                 "Monday.", "Marco Conti", True, id="guard-held-talks-with"),
    pytest.param("date: 2026-03-03\nTalks\n\nPresident Ana Souza held a meeting with Ukraine's foreign minister Oleh "
                 "Marchenko in Lima on Monday.", "Oleh Marchenko", True, id="guard-meeting-with"),
])
def test_with_of_another_noun_is_no_participant(nlp, text, name, takes_part):
    got = facts(graph_of(nlp, text))
    assert bool([f for f in got if f[1] == "participant" and f[2] == name]) == takes_part, got
