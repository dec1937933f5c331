"""Events: a trip told by its length and the day it began (or ended) lasts those days."""
from __future__ import annotations

import pytest

from test_extract import facts, graph_of


@pytest.mark.parametrize("text,trip,start,end", [
    pytest.param("date: 2026-03-06\nVisit\n\nSousa arrived in Lima on Monday night on a four-day visit. President Ana "
                 "Rojas and Sousa held talks on Tuesday.", "four-day visit", "2026-03-02", "2026-03-05",
                 id="arrived-on-a-four-day-visit"),
    pytest.param("date: 2026-03-06\nVisit\n\nPresident Ana Rojas arrived in Lima on Monday on a three-day state visit. "
                 "She held talks with President Marco Conti on Tuesday.", "three-day state visit", "2026-03-02",
                 "2026-03-04", id="arrived-on-a-three-day-state-visit"),
    pytest.param("date: 2026-03-06\nVisit\n\nPresident Ana Rojas landed in Quito on Monday for a two-day trip.",
                 "two-day trip", "2026-03-02", "2026-03-03", id="landed-for-a-two-day-trip"),
])
def test_trip_lasts_its_length_and_precedes_nothing_held_during_it(nlp, text, trip, start, end):
    got = facts(graph_of(nlp, text))
    assert {(f[1], f[2]) for f in got if f[0].startswith(trip)} >= {("startDate", start), ("endDate", end)}, got
    assert not [f for f in got if f[1] == "precedes"], got


def test_meeting_after_the_trip_still_follows_it(nlp):
    got = facts(graph_of(nlp, "date: 2026-03-03\nVisit\n\nPresident Ana Rojas left for a two-day visit to Chile on "
                                 "Monday. She will meet President Marco Conti on Thursday."))
    assert ("two-day visit in Chile", "endDate", "2026-03-03") in got, got
    assert ("two-day visit in Chile", "precedes", "meeting") in got, got
