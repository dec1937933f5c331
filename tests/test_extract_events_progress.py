"""Events: talks told as making way after a meeting go on through it; the meeting is no earlier event."""
from __future__ import annotations

import pytest

from test_extract import facts, graph_of


@pytest.mark.parametrize("text", [
    pytest.param("date: 2026-03-03\nTrade\n\nTrade talks between India and Peru made headway after crucial meetings "
                 "in Delhi last week.", id="made-headway-after"),
    pytest.param("date: 2026-03-03\nTrade\n\nNegotiations between Chile and Japan gained momentum following a round "
                 "in Tokyo on Monday.", id="gained-momentum-following"),
    pytest.param("date: 2026-03-03\nTrade\n\nThe talks between Ghana and Togo stalled after a meeting in Lome on "
                 "Friday.", id="stalled-after"),
    pytest.param("date: 2026-03-03\nTrade\n\nThe current round of trade talks between India and Peru made some "
                 "headway on Thursday after crucial meetings in Delhi.", id="round-of-talks-made-headway"),
])
def test_talks_making_way_are_not_after_their_meetings(nlp, text):
    got = facts(graph_of(nlp, text))
    assert not [f for f in got if f[1] == "precedes"], [f for f in got if f[1] == "precedes"]


@pytest.mark.parametrize("text", [
    pytest.param("date: 2026-03-03\nTrade\n\nGhana and Togo held talks in Accra after a meeting in Lome on Friday.",
                 id="guard-held-talks-after"),
    pytest.param("date: 2026-03-03\nTrade\n\nThe talks between Ghana and Togo opened in Accra on Tuesday after a "
                 "meeting of experts in Lome on Friday.", id="guard-opened-after"),
])
def test_talks_held_after_a_meeting_still_follow_it(nlp, text):
    got = facts(graph_of(nlp, text))
    assert [f for f in got if f[1] == "precedes" and f[2].startswith("talks")], got
