"""Meetings with several counterparts one by one ("held meetings with A and B in London on Tuesday"): one node for each,
each with the place and day the sentence gives. Labels alone do not tell such nodes apart (both are "meeting in
London"), so these tests read the event nodes themselves.

Every text is written for these tests.
"""
from __future__ import annotations

import pytest
from rdflib import RDFS

from kg.namespace import KG
from test_extract import graph_of


def events_of(graph) -> list[tuple[frozenset, str | None, str | None]]:
    """(participant labels, place label, start date) of every event node, sorted."""
    def label(node):
        return str(graph.value(node, RDFS.label))
    out = []
    for node in set(graph.subjects(KG.participant, None)):
        if (node, KG.startDate, None) not in graph and (node, KG.location, None) not in graph \
                and not any(str(o).endswith(("Meeting", "Summit")) for o in graph.objects(node, None)):
            continue
        place = graph.value(node, KG.location)
        start = graph.value(node, KG.startDate)
        out.append((frozenset(label(p) for p in graph.objects(node, KG.participant) if (p, RDFS.label, None) in graph),
                    label(place) if place is not None else None, str(start) if start is not None else None))
    return sorted(out, key=lambda e: sorted(e[0]))


def _has(events, people: set, place: str, start: str) -> bool:
    return any(people <= who and where == place and when == start for who, where, when in events)


SPLIT_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto held meetings with King Abdullah II and "
                 "Prime Minister Keir Starmer in London on Tuesday.",
                 [{"William Ruto", "Abdullah II"}, {"William Ruto", "Keir Starmer"}], "London", "2026-06-30",
                 id="held-meetings-with-two-in-london"),
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Emmanuel Macron held separate talks with Chancellor Friedrich "
                 "Merz and Prime Minister Giorgia Meloni in Paris on Monday.",
                 [{"Emmanuel Macron", "Friedrich Merz"}, {"Emmanuel Macron", "Giorgia Meloni"}], "Paris", "2026-06-29",
                 id="held-separate-talks-in-paris"),
    pytest.param("date: 2026-07-03\nTalks\n\nUN Secretary-General Antonio Guterres met separately with President "
                 "Volodymyr Zelensky and President Recep Tayyip Erdogan in Geneva on Wednesday.",
                 [{"Antonio Guterres", "Volodymyr Zelensky"}, {"Antonio Guterres", "Recep Tayyip Erdoğan"}], "Geneva",
                 "2026-07-01", id="met-separately-in-geneva"),
    pytest.param("date: 2026-07-03\nTalks\n\nIndonesian President Prabowo Subianto held bilateral meetings with Prime "
                 "Minister Anthony Albanese, Prime Minister Mark Carney and President Cyril Ramaphosa in Jakarta on "
                 "Thursday.",
                 [{"Prabowo Subianto", "Anthony Albanese"}, {"Prabowo Subianto", "Mark Carney"},
                  {"Prabowo Subianto", "Cyril Ramaphosa"}], "Jakarta", "2026-07-02", id="bilateral-meetings-with-three"),
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Lula held individual meetings with Prime Minister Narendra "
                 "Modi and President Cyril Ramaphosa in Brasilia on Monday, the foreign ministry said.",
                 [{"Luiz Inácio Lula da Silva", "Narendra Modi"}, {"Luiz Inácio Lula da Silva", "Cyril Ramaphosa"}],
                 "Brasília", "2026-06-29", id="individual-meetings-in-brasilia"),
]


@pytest.mark.parametrize("text, groups, place, start", SPLIT_CASES)
def test_each_split_meeting_keeps_place_and_day(nlp, text, groups, place, start):
    events = events_of(graph_of(nlp, text))
    for people in groups:
        assert _has(events, people, place, start), f"no meeting of {sorted(people)} in {place} on {start}: {events}"
    # one node for each counterpart: none has two of them
    for who, _, _ in events:
        assert sum(people <= who for people in groups) <= 1, f"one node holds two counterparts: {events}"
    assert sum(1 for e in events if e[1] == place) == len(groups)


# guards: talks with two together stay one meeting; a meeting without "separately" is one
TOGETHER_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Lula held talks with Prime Minister Narendra Modi and President "
                 "Cyril Ramaphosa in Brasilia on Monday.",
                 {"Luiz Inácio Lula da Silva", "Narendra Modi", "Cyril Ramaphosa"}, "Brasília", id="talks-together"),
    pytest.param("date: 2026-07-03\nTalks\n\nUN Secretary-General Antonio Guterres met with President Volodymyr "
                 "Zelensky and President Recep Tayyip Erdogan in Geneva on Wednesday.",
                 {"Antonio Guterres", "Volodymyr Zelensky", "Recep Tayyip Erdoğan"}, "Geneva", id="met-with-two-together"),
]


@pytest.mark.parametrize("text, people, place", TOGETHER_CASES)
def test_meeting_with_several_together_is_one(nlp, text, people, place):
    events = events_of(graph_of(nlp, text))
    assert len(events) == 1 and people <= events[0][0] and events[0][1] == place, events


def test_split_meetings_each_join_their_own_report(nlp):
    """Two other articles each telling one of the meetings: each joins its own meeting, not both one node."""
    events = events_of(graph_of(
        nlp,
        "date: 2026-07-03\nTalks\n\nKenyan President William Ruto held meetings with King Abdullah II and Prime "
        "Minister Keir Starmer in London on Tuesday.",
        "date: 2026-07-04\nLondon\n\nKenyan President William Ruto met Prime Minister Keir Starmer in London on "
        "Tuesday, June 30.",
        "date: 2026-07-04\nLondon talks\n\nKing Abdullah II met Kenyan President William Ruto in London on Tuesday, "
        "June 30."))
    london = [who for who, where, _ in events if where == "London"]
    assert len(london) == 2, events
    assert not any({"Abdullah II", "Keir Starmer"} <= who for who in london), events


def test_ordinary_reports_still_merge(nlp):
    """Three articles telling one meeting make one node."""
    events = events_of(graph_of(
        nlp,
        "date: 2026-07-03\nTalks\n\nKenyan President William Ruto met Prime Minister Keir Starmer in London on Tuesday.",
        "date: 2026-07-04\nLondon\n\nKenyan President William Ruto and Prime Minister Keir Starmer held talks in "
        "London on Tuesday, June 30.",
        "date: 2026-07-04\nLondon talks\n\nPrime Minister Keir Starmer met William Ruto in London on June 30."))
    assert len([e for e in events if e[1] == "London"]) == 1, events


# "A and B met. It was the first meeting between A and C": a definite meeting word naming one of them and someone new
# is another meeting, not the one told (rows: text, the meeting told, the other one).
NEW_PAIR_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nPrime Minister Keir Starmer and President Emmanuel Macron met briefly. "
                 "It will be the first meeting between Starmer and Chancellor Friedrich Merz since the election.",
                 {"Keir Starmer", "Emmanuel Macron"}, {"Keir Starmer", "Friedrich Merz"}, id="first-meeting-between"),
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Lula and President Cyril Ramaphosa held talks. The talks between "
                 "Lula and Prime Minister Narendra Modi were shorter.",
                 {"Luiz Inácio Lula da Silva", "Cyril Ramaphosa"}, {"Luiz Inácio Lula da Silva", "Narendra Modi"},
                 id="the-talks-between"),
    pytest.param("date: 2026-07-03\nTalks\n\nChancellor Friedrich Merz and Prime Minister Giorgia Meloni met over lunch. "
                 "The meeting between Merz and President Emmanuel Macron came later.",
                 {"Friedrich Merz", "Giorgia Meloni"}, {"Friedrich Merz", "Emmanuel Macron"}, id="the-meeting-between"),
    pytest.param("date: 2026-07-03\nTalks\n\nChancellor Friedrich Merz and Prime Minister Giorgia Meloni met over lunch. "
                 "It was the first meeting between Merz and President Emmanuel Macron this year.",
                 {"Friedrich Merz", "Giorgia Meloni"}, {"Friedrich Merz", "Emmanuel Macron"},
                 id="first-meeting-between-this-year"),
]


@pytest.mark.parametrize("text, told, other", NEW_PAIR_CASES)
def test_meeting_between_one_of_them_and_another_is_another(nlp, text, told, other):
    events = events_of(graph_of(nlp, text))
    assert any(told <= who for who, _, _ in events) and any(other <= who for who, _, _ in events), events
    assert not any(told | other <= who for who, _, _ in events), f"one node holds both meetings: {events}"


# guards: "the meeting" of the two told, or attended by others, is the one told
SAME_MEETING_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nPrime Minister Keir Starmer and President Emmanuel Macron met briefly. "
                 "The meeting between Starmer and Macron lasted an hour.", {"Keir Starmer", "Emmanuel Macron"},
                 id="the-meeting-between-the-two"),
    pytest.param("date: 2026-07-03\nTalks\n\nPrime Minister Keir Starmer and President Emmanuel Macron met briefly. "
                 "The meeting, also attended by Chancellor Friedrich Merz and Prime Minister Giorgia Meloni, lasted an "
                 "hour.", {"Keir Starmer", "Emmanuel Macron", "Friedrich Merz", "Giorgia Meloni"},
                 id="the-meeting-also-attended-by"),
]


@pytest.mark.parametrize("text, people", SAME_MEETING_CASES)
def test_the_meeting_of_those_told_is_the_one_told(nlp, text, people):
    events = events_of(graph_of(nlp, text))
    assert len(events) == 1 and people <= events[0][0], events


# Undated meetings of the same people told by articles months apart are two meetings (rows: the two texts).
MONTHS_APART_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nPrime Minister Keir Starmer and President Emmanuel Macron met briefly.",
                 "date: 2025-11-02\nTalks\n\nPrime Minister Keir Starmer and President Emmanuel Macron held talks.",
                 id="met-briefly-months-apart"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni.",
                 "date: 2024-02-10\nTalks\n\nUgandan President Yoweri Museveni held talks with Kenyan President "
                 "William Ruto.", id="met-years-apart"),
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Lula held a meeting with Prime Minister Narendra Modi.",
                 "date: 2026-01-15\nTalks\n\nPrime Minister Narendra Modi and President Lula had a meeting.",
                 id="meeting-half-a-year-apart"),
]


@pytest.mark.parametrize("first, second", MONTHS_APART_CASES)
def test_undated_meetings_months_apart_are_two(nlp, first, second):
    events = events_of(graph_of(nlp, first, second))
    assert len(events) == 2, events


def test_undated_meetings_days_apart_are_one(nlp):
    events = events_of(graph_of(
        nlp, "date: 2026-07-03\nTalks\n\nPrime Minister Keir Starmer and President Emmanuel Macron met briefly.",
        "date: 2026-07-04\nTalks\n\nPrime Minister Keir Starmer and President Emmanuel Macron held talks."))
    assert len(events) == 1, events


@pytest.mark.parametrize("first, second", MONTHS_APART_CASES[:2])
def test_undated_meetings_months_apart_are_two_across_windows(first, second):
    """The registry (an article a window) keeps them apart as resolve does within one window."""
    import kg

    builder = kg.Builder(batch_size=1)
    assert len(events_of(builder([first, second]))) == 2
    close = [text.replace(text[len("date: "):len("date: 2026-07-03")], "2026-07-02") for text in (first, second)]
    assert len(events_of(builder(close))) == 1  # the same texts a day apart: one meeting


# Meetings told one by one in a later window (rows: an earlier article of one meeting, the article of several).
SPLIT_ACROSS_WINDOWS_CASES = [
    pytest.param("date: 2026-07-02\nLondon\n\nKenyan President William Ruto held talks in London on Tuesday, June 30.",
                 "date: 2026-07-03\nTalks\n\nKenyan President William Ruto held meetings with King Abdullah II and "
                 "Prime Minister Keir Starmer in London on Tuesday.", {"Abdullah II", "Keir Starmer"},
                 id="held-meetings-after-talks-told-alone"),
    pytest.param("date: 2026-07-01\nParis\n\nPresident Emmanuel Macron met foreign leaders in Paris on Monday.",
                 "date: 2026-07-03\nTalks\n\nPresident Emmanuel Macron held separate talks with Chancellor Friedrich "
                 "Merz and Prime Minister Giorgia Meloni in Paris on Monday.", {"Friedrich Merz", "Giorgia Meloni"},
                 id="separate-talks-after-a-meeting-told-alone"),
    pytest.param("date: 2026-07-02\nGeneva\n\nUN Secretary-General Antonio Guterres was in Geneva on Wednesday for "
                 "talks.", "date: 2026-07-03\nTalks\n\nUN Secretary-General Antonio Guterres met separately with "
                 "President Volodymyr Zelensky and President Recep Tayyip Erdogan in Geneva on Wednesday.",
                 {"Volodymyr Zelensky", "Recep Tayyip Erdoğan"}, id="met-separately-after-talks-told-alone"),
]


@pytest.mark.parametrize("first, second, counterparts", SPLIT_ACROSS_WINDOWS_CASES)
def test_split_meetings_of_a_later_window_stay_apart(first, second, counterparts):
    """The registry (an article a window) never joins two meetings one article keeps apart into one node."""
    import kg

    events = events_of(kg.Builder(batch_size=1)([first, second]))
    assert not any(counterparts <= who for who, _, _ in events), events
    assert all(any(c in who for who, _, _ in events) for c in counterparts), events


# Two lists of counterparts met in one place on one day, told in two sentences: two meetings the article keeps apart,
# never one node of everyone (rows: text, the people of each meeting)
TWO_LISTS_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nDonald Trump will meet with Angela Merkel, Narendra Modi and Shinzo Abe in "
                 "Osaka on Friday. He will also meet with Vladimir Putin and Recep Tayyip Erdogan in Osaka on Friday.",
                 [{"Angela Merkel", "Shinzo Abe"}, {"Vladimir Putin", "Recep Tayyip Erdoğan"}], id="two-lists-in-osaka"),
    pytest.param("date: 2026-07-03\nTalks\n\nJustin Trudeau will hold talks with Emmanuel Macron and Olaf Scholz in Rome "
                 "on Monday. Trudeau will also meet with Giorgia Meloni and Pedro Sanchez in Rome on Monday.",
                 [{"Emmanuel Macron", "Olaf Scholz"}, {"Giorgia Meloni", "Pedro Sánchez"}], id="talks-then-meet-in-rome"),
    pytest.param("date: 2026-07-03\nTalks\n\nDonald Trump met with Angela Merkel and Shinzo Abe in Osaka on Friday. He "
                 "also met with Vladimir Putin and Xi Jinping in Osaka on Friday.",
                 [{"Angela Merkel", "Shinzo Abe"}, {"Vladimir Putin", "Xi Jinping"}], id="two-lists-met-in-osaka"),
]


@pytest.mark.parametrize("text, groups", TWO_LISTS_CASES)
def test_two_lists_stay_two_meetings(nlp, text, groups):
    _assert_apart(events_of(graph_of(nlp, text)), groups, groups, "one node holds both lists")


# guard: one meeting told twice in one article (the same place and day) stays one node
def test_one_meeting_told_twice_stays_one(nlp):
    events = events_of(graph_of(nlp, "date: 2026-07-03\nTalks\n\nDonald Trump met with Angela Merkel in Osaka on Friday. "
                                     "The meeting in Osaka on Friday lasted an hour, Merkel said."))
    assert len(events) == 1, events


# "met A and B at separate meetings": one meeting with each (rows: text, the people of each meeting, the counterparts
# no one node may hold two of)
AT_SEPARATE_MEETINGS_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nVivian Balakrishnan met Norwegian Foreign Minister Ine Eriksen Soreide and "
                 "Turkish Foreign Minister Mevlut Cavusoglu at separate meetings on Monday.",
                 [{"Vivian Balakrishnan", "Ine Eriksen Soreide"}, {"Vivian Balakrishnan", "Mevlut Cavusoglu"}],
                 id="met-two-at-separate-meetings"),
    pytest.param("date: 2026-07-03\nTalks\n\nAli Khan met Ine Eriksen Soreide and Mevlut Cavusoglu at separate meetings.",
                 [{"Ali Khan", "Ine Eriksen Soreide"}, {"Ali Khan", "Mevlut Cavusoglu"}], id="met-at-separate-meetings"),
    pytest.param("date: 2026-07-03\nTalks\n\nPrime Minister Mark Carney met Chancellor Olaf Scholz and President Emmanuel "
                 "Macron at separate bilateral meetings in Rome.",
                 [{"Mark Carney", "Olaf Scholz"}, {"Mark Carney", "Emmanuel Macron"}], id="met-at-separate-bilaterals"),
]


@pytest.mark.parametrize("text, groups", AT_SEPARATE_MEETINGS_CASES)
def test_met_at_separate_meetings(nlp, text, groups):
    counterparts = [people - set.intersection(*groups) for people in groups]
    _assert_apart(events_of(graph_of(nlp, text)), groups, counterparts, "one node holds two counterparts")


def _assert_apart(events, groups, apart, problem):
    """Each group of people meets in some event, and no event holds people of two of ``apart``."""
    for people in groups:
        assert any(people <= who for who, _, _ in events), f"no meeting of {sorted(people)}: {events}"
    for who, _, _ in events:
        assert sum(bool(a & who) for a in apart) <= 1, f"{problem}: {events}"


# guard: "met A and B at the meetings" tells no one-by-one meetings: no node is made for each
def test_met_at_the_meetings_not_split(nlp):
    events = events_of(graph_of(nlp, "date: 2026-07-03\nTalks\n\nAli Khan met Ine Eriksen Soreide and Mevlut Cavusoglu "
                                     "at the meetings."))
    assert len(events) <= 1, events


# "held bilateral meetings with several leaders. He met A, B and C": counterparts told only as many, then named: a
# meeting with each of those named, as after "held meetings with A, B and C".
AFTER_SEVERAL_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Donald Trump will hold bilateral meetings with several leaders. "
                 "He will meet President Emmanuel Macron, Chancellor Friedrich Merz, Prime Minister Giorgia Meloni and "
                 "Prime Minister Keir Starmer.",
                 [{"Donald Trump", "Emmanuel Macron"}, {"Donald Trump", "Friedrich Merz"},
                  {"Donald Trump", "Giorgia Meloni"}, {"Donald Trump", "Keir Starmer"}], id="will-meet-four-after-several"),
    pytest.param("date: 2026-07-03\nTalks\n\nPrime Minister Narendra Modi held meetings with other heads of government "
                 "on Monday. He met with Prime Minister Anthony Albanese, Prime Minister Mark Carney and President Lula.",
                 [{"Narendra Modi", "Anthony Albanese"}, {"Narendra Modi", "Mark Carney"},
                  {"Narendra Modi", "Luiz Inácio Lula da Silva"}], id="met-with-three-after-other-heads"),
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Cyril Ramaphosa held bilateral talks with various leaders. He "
                 "met Chancellor Friedrich Merz and Prime Minister Keir Starmer.",
                 [{"Cyril Ramaphosa", "Friedrich Merz"}, {"Cyril Ramaphosa", "Keir Starmer"}],
                 id="met-two-after-bilateral-talks-with-various"),
]


@pytest.mark.parametrize("text, groups", AFTER_SEVERAL_CASES)
def test_counterparts_named_after_several_are_met_apart(nlp, text, groups):
    events = events_of(graph_of(nlp, text))
    for group in groups:
        assert any(group <= who for who, _, _ in events), (group, events)
    # no node holds two of the counterparts
    named = set().union(*groups) - set.intersection(*groups)
    assert not any(len(who & named) > 1 for who, _, _ in events), events


# guards: counterparts told by name before, or someone else meeting, keep the meeting of those named together
AFTER_NAMED_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nChancellor Friedrich Merz held meetings with Prime Minister Keir Starmer. "
                 "He met Prime Minister Giorgia Meloni and President Emmanuel Macron.",
                 {"Friedrich Merz", "Giorgia Meloni", "Emmanuel Macron"}, id="after-meetings-with-one-named"),
    pytest.param("date: 2026-07-03\nTalks\n\nChancellor Friedrich Merz held bilateral meetings with several leaders. "
                 "Prime Minister Giorgia Meloni met President Emmanuel Macron and Prime Minister Keir Starmer.",
                 {"Giorgia Meloni", "Emmanuel Macron", "Keir Starmer"}, id="another-meets-after-several"),
]


@pytest.mark.parametrize("text, people", AFTER_NAMED_CASES)
def test_counterparts_after_named_or_by_another_meet_together(nlp, text, people):
    events = events_of(graph_of(nlp, text))
    assert any(people <= who for who, _, _ in events), events
