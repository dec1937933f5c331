"""Events: a "with" that belongs to a noun set after the event word names no participant."""
from __future__ import annotations

import pytest

from test_extract import facts, graph_of


@pytest.mark.parametrize("text,outsider", [
    pytest.param("date: 2026-03-03\nSummit\n\nPrime Minister Lars Berg did not attend the summit in solidarity with "
                 "U.S. President Pablo Ruiz.", "Pablo Ruiz", id="did-not-attend-in-solidarity-with"),
    pytest.param("date: 2026-03-03\nSummit\n\nPrime Minister Lars Berg did not attend the summit in Lima in solidarity "
                 "with ally Ruiz.", "Ruiz", id="did-not-attend-in-a-city-in-solidarity-with"),
    pytest.param("date: 2026-03-03\nSummit\n\nPresident Ana Souza held a summit in Lima in solidarity with Ukraine on "
                 "Monday.", "Ukraine", id="held-in-solidarity-with"),
])
def test_with_of_another_noun_is_no_participant(nlp, text, outsider):
    got = facts(graph_of(nlp, text))
    assert not [f for f in got if f[1] == "participant" and f[2] == outsider], got


@pytest.mark.parametrize("text,guest", [
    pytest.param("date: 2026-03-03\nTalks\n\nPresident Ana Souza held talks in Lima with President Marco Conti on "
                 "Monday.", "Marco Conti", id="guard-held-talks-with"),
    pytest.param("date: 2026-03-03\nTalks\n\nPresident Ana Souza held a meeting with Ukraine's foreign minister Oleh "
                 "Marchenko in Lima on Monday.", "Oleh Marchenko", id="guard-meeting-with"),
])
def test_with_of_the_event_still_names_the_guest(nlp, text, guest):
    got = facts(graph_of(nlp, text))
    assert [f for f in got if f[1] == "participant" and f[2] == guest], got
