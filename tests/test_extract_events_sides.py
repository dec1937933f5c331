"""Events: a word telling how many sides meet ("bilateral", "trilateral") keeps two meetings apart."""
from __future__ import annotations

import pytest

from test_extract import facts, graph_of

SIDE_COUNT_CASES = [
    pytest.param("date: 2026-03-03\nVisit\n\nForeign Minister Lars Berg hosted Estonian Acting Foreign Minister Mari "
                 "Tamm at the ministry. Long discussions on trade were held between the two sides. Besides holding "
                 "bilateral meetings, the Estonian minister also took part in the 3rd Norway-Estonia-Latvia Trilateral "
                 "Foreign Ministers' Dialogue yesterday, with the participation of the Latvian foreign minister.",
                 "discussions", "Latvia", id="bilateral-then-trilateral-dialogue"),
    pytest.param("date: 2026-03-03\nVisit\n\nPortugal and Spain held bilateral consultations in Lisbon. Portugal, "
                 "Spain and Morocco held a trilateral session there on Tuesday.",
                 "consultations", "Morocco", id="bilateral-then-trilateral-session"),
    pytest.param("date: 2026-03-03\nVisit\n\nThe tripartite talks between Kenya, Uganda and Tanzania opened in Arusha "
                 "on Monday. Bilateral talks between Kenya and Uganda were held in Arusha.",
                 "bilateral talks", "Tanzania", id="tripartite-then-bilateral"),
    pytest.param("date: 2026-03-03\nVisit\n\nGhana and Togo held bilateral talks in Accra on Monday. A multilateral "
                 "meeting with Benin and Niger followed.",
                 "bilateral", "Benin", id="bilateral-then-multilateral"),
]


@pytest.mark.parametrize("text,event_word,other_side", SIDE_COUNT_CASES)
def test_meetings_of_other_side_counts_stay_apart(nlp, text, event_word, other_side):
    got = facts(graph_of(nlp, text))
    assert any(event_word in f[0].lower() for f in got if f[1] == "a" and f[2] == "Meeting"), got
    leaked = [f for f in got if event_word in f[0].lower() and f[1] == "participant" and f[2] == other_side]
    assert not leaked, leaked


@pytest.mark.parametrize("text,event_word,sides", [
    pytest.param("date: 2026-03-03\nVisit\n\nNorway and Estonia held bilateral talks in Oslo on Monday. The bilateral "
                 "talks focused on energy.", "bilateral talks", {"Norway", "Estonia"}, id="guard-bilateral-twice"),
    pytest.param("date: 2026-03-03\nVisit\n\nKenya, Uganda and Tanzania held trilateral talks in Arusha on Monday. The "
                 "talks focused on the border.", "talks", {"Kenya", "Uganda", "Tanzania"}, id="guard-trilateral-then-talks"),
])
def test_one_meeting_told_again_keeps_its_sides(nlp, text, event_word, sides):
    got = facts(graph_of(nlp, text))
    events = {f[0] for f in got if f[1] == "a" and f[2] == "Meeting"}
    assert len(events) == 1, events
    assert sides <= {f[2] for f in got if f[1] == "participant"}, got
