"""Events: a plan told in the past ("was to meet") that the sentence moves or calls off is no event held then."""
from __future__ import annotations

import pytest

from test_extract import facts, graph_of

GONE_PLAN_CASES = [
    pytest.param("date: 2026-03-03\nRome\n\nForeign Minister Ana Souza was to meet Italian Foreign Minister Marco "
                 "Conti in Rome on Friday, but officials said the talks would have to be moved.",
                 id="was-to-meet-would-have-to-be-moved"),
    pytest.param("date: 2026-03-03\nRome\n\nAna Souza and Marco Conti were to hold talks in Rome on Friday, but aides "
                 "said the talks would need to be rescheduled.", id="were-to-hold-would-need-rescheduling"),
    pytest.param("date: 2026-03-03\nRome\n\nAna Souza postponed her visit to Rome, where she was to hold talks with "
                 "Marco Conti.", id="postponed-visit-where-she-was-to"),
    pytest.param("date: 2026-03-03\nRome\n\nAna Souza cancelled her trip to Rome, where she was to meet Marco Conti on "
                 "Friday.", id="cancelled-trip-where-she-was-to"),
]


@pytest.mark.parametrize("text", GONE_PLAN_CASES)
def test_plan_moved_or_called_off_keeps_no_meeting(nlp, text):
    got = facts(graph_of(nlp, text))
    held = [f for f in got if f[1] in ("participant", "startDate") and ("meeting" in f[0] or "talks" in f[0])]
    assert not held, held


@pytest.mark.parametrize("text,day", [
    pytest.param("date: 2026-03-03\nRome\n\nAna Souza will meet Marco Conti in Rome on Friday, but the meeting could be "
                 "moved.", "2026-03-06", id="guard-could-be-moved"),
    pytest.param("date: 2026-03-03\nRome\n\nAna Souza made a trip to Rome, where she met Marco Conti on Friday.",
                 "2026-02-27", id="guard-trip-where-she-met"),
    pytest.param("date: 2026-03-03\nRome\n\nAna Souza was to meet Marco Conti in Rome on Friday. Aides said she was "
                 "ready for the talks.", "2026-03-06", id="guard-was-to-meet-kept"),
])
def test_plan_still_standing_keeps_its_meeting(nlp, text, day):
    got = facts(graph_of(nlp, text))
    assert any(f[1] == "startDate" and f[2] == day for f in got), got
    assert {"Ana Souza", "Marco Conti"} <= {f[2] for f in got if f[1] == "participant"}, got
