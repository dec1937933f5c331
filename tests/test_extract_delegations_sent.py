"""Delegations: a side told as the one that sends its team ("Brazil sent a delegation headed by X")."""
from __future__ import annotations

import pytest

from test_extract import facts, graph_of

SENT_CASES = [
    pytest.param("date: 2026-03-03\nTalks\n\nBrazil sent a delegation headed by Trade Minister Paulo Ramos to the "
                 "talks in Geneva on Tuesday.",
                 {("Paulo Ramos", "leads", "delegation of Brazil")}, set(), id="sent-headed-by"),
    pytest.param("date: 2026-03-03\nTalks\n\nKenya has dispatched a team led by Finance Minister Jane Otieno to "
                 "Brussels for the negotiations.",
                 {("Jane Otieno", "leads", "delegation of Kenya")}, set(), id="dispatched-led-by"),
    pytest.param("date: 2026-03-03\nTalks\n\nPeru is sending a negotiating team headed by Vice Minister Ana Rojas "
                 "to the talks in Quito on Monday.",
                 {("Ana Rojas", "leads", "delegation of Peru")}, set(), id="sending-headed-by"),
    pytest.param("date: 2026-03-03\nTalks\n\nNorway will send a delegation to the talks in Quito, led by State "
                 "Secretary Lars Berg.",
                 {("Lars Berg", "leads", "delegation of Norway")}, set(), id="send-led-by-after-place"),
    # guards: a person who sends a team names no side; something other than a team sent makes none
    pytest.param("date: 2026-03-03\nTalks\n\nPresident Maria Lopes sent a delegation headed by Senator Ivo Dias to the "
                 "talks in Quito on Monday.",
                 set(), {("Ivo Dias", "leads", "delegation of Maria Lopes")}, id="guard-person-sends"),
    pytest.param("date: 2026-03-03\nTalks\n\nThe Chilean delegation, headed by Minister Clara Neves, met Argentine "
                 "officials on Tuesday.",
                 {("Clara Neves", "leads", "delegation of Chile")}, set(), id="guard-adjective-side"),
    pytest.param("date: 2026-03-03\nTalks\n\nBrazil sent the other side a list of demands before the talks in "
                 "Quito, which Minister Clara Neves led.",
                 set(), {("Clara Neves", "leads", "delegation of Brazil")}, id="guard-sent-the-other-side-a-list"),
]



NEW_TEAM_CASES = [
    # a sentence that opens on "A delegation"/"Another team" brings in a new team, not the one told before
    pytest.param("date: 2026-03-03\nTalks\n\nOmar Haddad, who heads Jordan's negotiating team, said the talks were "
                 "useful. A delegation led by Deputy Minister Rafael Soto will travel to Amman next week.",
                 {("Omar Haddad", "leads", "delegation of Jordan")}, {("Rafael Soto", "leads", "delegation of Jordan")},
                 id="a-delegation-led-by"),
    pytest.param("date: 2026-03-03\nTalks\n\nThe Jordanian delegation was headed by Omar Haddad. A team headed by "
                 "Rafael Soto arrived in Amman on Monday.",
                 {("Omar Haddad", "leads", "delegation of Jordan")}, {("Rafael Soto", "leads", "delegation of Jordan")},
                 id="a-team-headed-by"),
    pytest.param("date: 2026-03-03\nTalks\n\nThe Jordanian side was led by Omar Haddad. Another delegation, led by "
                 "Rafael Soto, is expected on Friday.",
                 {("Omar Haddad", "leads", "delegation of Jordan")}, {("Rafael Soto", "leads", "delegation of Jordan")},
                 id="another-delegation-led-by"),
    # guard: "The delegation ..." and "It ..." still go on about the team told before
    pytest.param("date: 2026-03-03\nTalks\n\nThe Jordanian delegation was headed by Omar Haddad. The delegation also "
                 "included Deputy Minister Lina Saleh.",
                 {("Omar Haddad", "leads", "delegation of Jordan"), ("Lina Saleh", "memberOf", "delegation of Jordan")},
                 set(), id="guard-the-delegation-included"),
    pytest.param("date: 2026-03-03\nTalks\n\nThe Jordanian delegation was headed by Omar Haddad. It included "
                 "Deputy Minister Lina Saleh.",
                 {("Lina Saleh", "memberOf", "delegation of Jordan")}, set(), id="guard-it-included"),
]



RESPECTIVE_CASES = [
    # each of those who "led their respective delegations" leads the team of the country they act for
    pytest.param("date: 2026-03-03\nTalks\n\nChilean Trade Minister Rosa Vidal and Peruvian Trade Minister Hugo "
                 "Quispe led their respective delegations.",
                 {("Rosa Vidal", "leads", "delegation of Chile"), ("Hugo Quispe", "leads", "delegation of Peru")},
                 set(), id="adjective-titles-respective"),
    pytest.param("date: 2026-03-03\nTalks\n\nTalks opened in Accra on Monday. Kenya's Trade Minister Jane Otieno "
                 "and her Ghanaian counterpart Kofi Mensah headed their teams.",
                 {("Jane Otieno", "leads", "delegation of Kenya"), ("Kofi Mensah", "leads", "delegation of Ghana")},
                 set(), id="counterpart-headed-their-teams"),
    pytest.param("date: 2026-03-03\nTalks\n\nRosa Vidal, Chile's trade minister, and Hugo Quispe, Peru's deputy "
                 "trade minister, headed the respective delegations at the talks in Lima.",
                 {("Rosa Vidal", "leads", "delegation of Chile"), ("Hugo Quispe", "leads", "delegation of Peru")},
                 set(), id="appositive-posts-respective"),
    # guards: no side known for one of them, or two of one country: no team is told
    pytest.param("date: 2026-03-03\nTalks\n\nRosa Vidal and Hugo Quispe led their respective delegations at the "
                 "talks in Lima.",
                 set(), {("Rosa Vidal", "leads", "delegation of Chile"), ("Hugo Quispe", "leads", "delegation of Peru")},
                 id="guard-no-side-known"),
    pytest.param("date: 2026-03-03\nTalks\n\nChilean Minister Rosa Vidal and Chilean envoy Hugo Quispe led their "
                 "respective delegations.",
                 set(), {("Rosa Vidal", "leads", "delegation of Chile"), ("Hugo Quispe", "leads", "delegation of Chile")},
                 id="guard-one-country"),
]



LEADER_SIDE_CASES = [
    # a delegation named with no side speaks for the country its one leader acts for
    pytest.param("date: 2026-03-03\nTalks\n\nA delegation led by Indonesian Trade Minister Budi Santoso will visit "
                 "Canberra for trade talks next week.",
                 {("Budi Santoso", "leads", "delegation of Indonesia")}, set(), id="a-delegation-led-by-adjective"),
    pytest.param("date: 2026-03-03\nTalks\n\nThe delegation, headed by Yuki Tanaka, Japan's deputy trade minister, "
                 "arrived in Canberra on Monday.",
                 {("Yuki Tanaka", "leads", "delegation of Japan")}, set(), id="the-delegation-headed-by-apposition"),
    pytest.param("date: 2026-03-03\nTalks\n\nTrade talks resumed in Canberra on Monday with a delegation led by "
                 "Vietnamese Deputy Minister Tran Van Long.",
                 {("Tran Van Long", "leads", "delegation of Vietnam")}, set(), id="with-a-delegation-led-by"),
    # guards: no side known for the leader, a joint team, or a team that is not a side's delegation
    pytest.param("date: 2026-03-03\nTalks\n\nA delegation led by Trade Minister Budi Santoso will visit Canberra for "
                 "trade talks next week.",
                 set(), {("Budi Santoso", "leads", "delegation of Australia")}, id="guard-no-side-known"),
    pytest.param("date: 2026-03-03\nTalks\n\nA joint delegation led by Indonesian Trade Minister Budi Santoso will "
                 "visit Canberra next week.",
                 set(), {("Budi Santoso", "leads", "delegation of Indonesia")}, id="guard-joint-delegation"),
    pytest.param("date: 2026-03-03\nTalks\n\nA team of researchers led by Indonesian professor Budi Santoso will "
                 "visit Canberra next week.",
                 set(), {("Budi Santoso", "leads", "delegation of Indonesia")}, id="guard-team-of-researchers"),
]


@pytest.mark.parametrize("text,present,absent", SENT_CASES + NEW_TEAM_CASES + RESPECTIVE_CASES
                         + LEADER_SIDE_CASES)
def test_team_side_told_around_it(nlp, text, present, absent):
    got = facts(graph_of(nlp, text))
    assert present <= got and not (absent & got), (present - got, absent & got)
