"""Delegations: whose leader a "led by"/"headed by" names when two sides stand in one sentence."""
from __future__ import annotations

import pytest

from test_extract import facts, graph_of

OTHER_PHRASE_CASES = [
    # "headed by" inside the other side's noun phrase names that phrase's head, not the team named first
    pytest.param("date: 2026-03-03\nTalks\n\nThe Japanese delegation met Korean trade officials headed by Deputy "
                 "Minister Min-ho Park in Lima on Monday.",
                 set(), {("Min-ho Park", "leads", "delegation of Japan")}, id="met-officials-headed-by"),
    pytest.param("date: 2026-03-03\nTalks\n\nThe Brazilian delegation sat down with an Argentine panel chaired by "
                 "Secretary Pablo Ruiz in Lima on Tuesday.",
                 set(), {("Pablo Ruiz", "leads", "delegation of Brazil")}, id="with-a-panel-chaired-by"),
    pytest.param("date: 2026-03-03\nTalks\n\nThe Canadian side held talks with a group of Mexican exporters led by "
                 "businessman Jorge Salas on Monday.",
                 set(), {("Jorge Salas", "leads", "delegation of Canada")}, id="group-of-exporters-led-by"),
    # guards: the team's own "headed by" still names its leader
    pytest.param("date: 2026-03-03\nTalks\n\nThe Brazilian delegation, headed by Minister Clara Neves, met Argentine "
                 "officials on Tuesday.",
                 {("Clara Neves", "leads", "delegation of Brazil")}, set(), id="guard-delegation-headed-by"),
    pytest.param("date: 2026-03-03\nTalks\n\nA Brazilian delegation of senior officials headed by Minister Clara "
                 "Neves met Argentine officials on Tuesday.",
                 {("Clara Neves", "leads", "delegation of Brazil")}, set(), id="guard-delegation-of-officials-headed-by"),
    pytest.param("date: 2026-03-03\nTalks\n\nA US delegation led by Assistant Trade Representative Tom Hale met "
                 "Indian trade officials headed by Chief Negotiator Ravi Menon in New Delhi on Monday.",
                 {("Tom Hale", "leads", "delegation of United States")},
                 {("Ravi Menon", "leads", "delegation of United States"), ("Ravi Menon", "affiliatedWith", "United States")},
                 id="guard-both-sides-headed"),
]


@pytest.mark.parametrize("text,present,absent", OTHER_PHRASE_CASES)
def test_led_by_inside_another_phrase(nlp, text, present, absent):
    got = facts(graph_of(nlp, text))
    assert present <= got, present - got
    assert not (absent & got), absent & got


MISSING_TEAM_CASES = [
    # a team told only as missing is no participant (and no team of the side is made up)
    pytest.param("date: 2026-03-03\nSummit\n\nThe summit opened in Lagos on Saturday in the absence of a Canadian "
                 "delegation.", "delegation of Canada", id="in-the-absence-of"),
    pytest.param("date: 2026-03-03\nSummit\n\nLeaders opened their summit in Lagos on Saturday. The gathering has been "
                 "overshadowed by the absence of an Australian delegation.", "delegation of Australia",
                 id="overshadowed-by-the-absence"),
    pytest.param("date: 2026-03-03\nTalks\n\nThe talks in Lagos went ahead on Saturday without the Chilean delegation.",
                 "delegation of Chile", id="without-the-team"),
    pytest.param("date: 2026-03-03\nTalks\n\nThe talks began in Lagos on Saturday, but the Peruvian delegation was "
                 "absent.", "delegation of Peru", id="team-was-absent"),
]


@pytest.mark.parametrize("text,team", MISSING_TEAM_CASES)
def test_missing_team_takes_no_part(nlp, text, team):
    got = facts(graph_of(nlp, text))
    assert not [f for f in got if team in (f[0], f[2])], [f for f in got if team in (f[0], f[2])]


@pytest.mark.parametrize("text,team", [
    pytest.param("date: 2026-03-03\nTalks\n\nThe talks began in Lagos on Saturday, and the Peruvian delegation, led "
                 "by Minister Ana Rojas, attended.", "delegation of Peru", id="guard-team-attended"),
    pytest.param("date: 2026-03-03\nTalks\n\nThe Chilean team held talks in Lagos on Saturday in the absence of the "
                 "Bolivian minister.", "delegation of Chile", id="guard-absence-of-another"),
])
def test_present_team_still_takes_part(nlp, text, team):
    got = facts(graph_of(nlp, text))
    assert any(f[1] == "participant" and f[2] == team for f in got), got
