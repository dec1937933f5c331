"""Meetings named one by one after "meetings with several leaders" take the place and day told with those; visits to
a list of places are one visit to each; a continent is no event's place.

Every text is written for these tests.
"""
from __future__ import annotations

import pytest

from test_extract import graph_of
from test_extract_events_split import events_of


# "X will hold meetings with several leaders in Oslo on Monday. He will meet A, B and C": every meeting named after,
# not only the first, is held in Oslo on Monday (rows: text, counterparts, place, day)
SEVERAL_PLACED_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Donald Trump will hold bilateral meetings with several leaders "
                 "in Oslo on Monday. He will meet President Emmanuel Macron, Chancellor Friedrich Merz and Prime "
                 "Minister Keir Starmer.",
                 ["Emmanuel Macron", "Friedrich Merz", "Keir Starmer"], "Oslo", "2026-07-06", id="will-meet-in-oslo"),
    pytest.param("date: 2026-07-03\nTalks\n\nPrime Minister Narendra Modi held meetings with other heads of government "
                 "in Lisbon on Wednesday. He met Prime Minister Anthony Albanese and Prime Minister Mark Carney.",
                 ["Anthony Albanese", "Mark Carney"], "Lisbon", "2026-07-01", id="met-in-lisbon"),
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Cyril Ramaphosa travelled to Madrid on Thursday for the G20 "
                 "summit. On the sidelines, he held bilateral talks with various leaders. He met Chancellor Friedrich "
                 "Merz, President Lula and Prime Minister Keir Starmer.",
                 ["Friedrich Merz", "Luiz Inácio Lula da Silva", "Keir Starmer"], "Madrid", None,
                 id="sidelines-in-madrid"),
]


@pytest.mark.parametrize("text, counterparts, place, day", SEVERAL_PLACED_CASES)
def test_each_meeting_after_several_keeps_place_and_day(nlp, text, counterparts, place, day):
    events = events_of(graph_of(nlp, text))
    for person in counterparts:
        mine = [(where, when) for who, where, when in events if person in who]
        assert mine and all(where == place for where, _ in mine), (person, events)
        if day is not None:
            assert all(when == day for _, when in mine), (person, events)


# "visits to Kabul and Tehran": a visit to each place by whoever makes them; with no visitor named, no meeting of
# others is one of those visits (rows: text, a meeting that must keep its own people and place, a visitor or None)
TRIP_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nChinese Foreign Minister Wang Yi will pay visits to Afghanistan and Iran "
                 "next week. In Kabul, Prime Minister Hasan Akhund met Pakistani envoy Tariq Rana on Tuesday.",
                 ({"Hasan Akhund", "Tariq Rana"}, "Kabul"), "Wang Yi", id="pay-visits"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe envoy Omar Sadiq is on a regional tour with visits to Kenya and "
                 "Uganda. In Nairobi, President William Ruto met Tanzanian minister Ali Juma on Monday.",
                 ({"William Ruto", "Ali Juma"}, "Nairobi"), None, id="tour-with-visits"),
    pytest.param("date: 2026-07-03\nTalks\n\nForeign Minister Ana Lima made visits to Peru and Chile this week. In "
                 "Santiago, President Gabriel Boric met Argentine minister Pablo Ruiz on Wednesday.",
                 ({"Gabriel Boric", "Pablo Ruiz"}, "Santiago"), "Ana Lima", id="made-visits"),
    pytest.param("date: 2026-07-03\nTalks\n\nVice President Kofi Mensah undertook visits to Togo and Benin last "
                 "week. In Lome, President Faure Gnassingbe received Nigerian minister Musa Bello on Friday.",
                 ({"Faure Gnassingbe", "Musa Bello"}, "Lomé"), "Kofi Mensah", id="undertook-visits"),
]


@pytest.mark.parametrize("text, meeting, visitor", TRIP_CASES)
def test_visits_to_places_apart_from_others_meeting(nlp, text, meeting, visitor):
    events = events_of(graph_of(nlp, text))
    people, place = meeting
    held = [(who, where) for who, where, _ in events if people <= who]
    assert held and all(where == place and (visitor is None or visitor not in who) for who, where in held), events
    if visitor is not None:
        visits = {where for who, where, _ in events if visitor in who}
        assert len(visits) == 2, events  # one visit to each country, neither in the other


# guard: one visit to one place still takes its visitor and place
def test_one_visit_keeps_visitor_and_place(nlp):
    events = events_of(graph_of(nlp, "date: 2026-07-03\nTalks\n\nForeign Minister Ana Lima paid a visit to Peru on "
                                     "Monday and met President Dina Boluarte in Lima."))
    assert any("Ana Lima" in who for who, _, _ in events), events


# "on the sidelines of a summit in Antarctica": a continent, whatever a gazetteer says of it, places no event
@pytest.mark.parametrize("region", ["Eurasia", "Antarctica", "Australasia"])
def test_continent_places_no_event(nlp, region):
    events = events_of(graph_of(nlp, f"date: 2026-07-03\nTalks\n\nForeign Minister Tom Reyes met his Japanese "
                                     f"counterpart Ken Sato on the sidelines of a summit in {region} on Tuesday."))
    assert events and all(where is None for _, where, _ in events), events


def _meetings(nlp, text):
    from rdflib import RDFS
    from kg.namespace import KG
    graph = graph_of(nlp, text)
    label = lambda n: str(graph.value(n, RDFS.label))  # noqa: E731
    return graph, [(frozenset(label(p) for p in graph.objects(e, KG.participant)),
                    str(graph.value(e, KG.startDate)) if graph.value(e, KG.startDate) is not None else None,
                    frozenset(label(o) for o in graph.objects(e, KG.precedes)))
                   for e in set(graph.subjects(KG.participant, None))]


# "will visit Oslo and return home on May 2": the day of going back is no day of the visit (rows: text, the visitor,
# the day that must not be the event's)
GOING_HOME_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nForeign Minister Tariq Rana will visit Norway and return home on July 9.",
                 "Tariq Rana", "2026-07-09", id="visit-and-return-home"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana met Ine Eriksen Soreide in Oslo and returned to Pakistan on "
                 "Thursday.", "Tariq Rana", "2026-07-02", id="met-and-returned"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana met Ine Eriksen Soreide in Oslo and left for Stockholm on "
                 "Wednesday.", "Tariq Rana", "2026-07-01", id="met-and-left-for"),
]


@pytest.mark.parametrize("text, person, day", GOING_HOME_CASES)
def test_day_of_going_home_is_not_the_events(nlp, text, person, day):
    _, events = _meetings(nlp, text)
    assert any(person in who for who, _, _ in events), events
    assert not any(person in who and when == day for who, when, _ in events), events


# guards: the day on the event's own verb, or on the verb of going to it, stays the event's
GOING_THERE_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana met Ine Eriksen Soreide in Oslo on Thursday and returned home.",
                 "Tariq Rana", "2026-07-02", id="met-on-thursday-and-returned"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana will fly to Oslo on Monday for talks with Ine Eriksen Soreide.",
                 "Tariq Rana", "2026-07-06", id="fly-to-oslo-for-talks"),
]


@pytest.mark.parametrize("text, person, day", GOING_THERE_CASES)
def test_day_of_the_event_or_going_there_kept(nlp, text, person, day):
    _, events = _meetings(nlp, text)
    assert any(person in who and when == day for who, when, _ in events), events


# "A met his Chinese counterpart in Beijing. Before leaving, A had a discussion with B": the counterpart unnamed, B
# (no side of that meeting) met A at another meeting, and that one is not after the Beijing one
UNNAMED_COUNTERPART_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nForeign Minister Tariq Rana met his Chinese counterpart in Beijing on "
                 "Friday. He said he had a discussion with Prime Minister Omar Sadiq before leaving.",
                 id="discussion-before-leaving"),
    pytest.param("date: 2026-07-03\nTalks\n\nForeign Minister Tariq Rana met his Chinese counterpart in Beijing on "
                 "Friday. Before his departure, Rana held a meeting with Prime Minister Omar Sadiq.",
                 id="meeting-before-departure"),
    pytest.param("date: 2026-07-03\nTalks\n\nForeign Minister Tariq Rana met his Japanese counterpart in Tokyo on "
                 "Friday. Ahead of his departure, he met Prime Minister Omar Sadiq.", id="met-ahead-of-departure"),
]


@pytest.mark.parametrize("text", UNNAMED_COUNTERPART_CASES)
def test_meeting_before_departure_is_another(nlp, text):
    _, events = _meetings(nlp, text)
    placed = [(who, after) for who, when, after in events if "Tariq Rana" in who and when is not None]
    assert placed and not any("Omar Sadiq" in who for who, _ in placed), events
    assert not any(after for _, after in placed), events


# guard: the counterpart named later, of the counterpart's side, is in that meeting
def test_counterpart_named_later_joins(nlp):
    _, events = _meetings(nlp, "date: 2026-07-03\nTalks\n\nForeign Minister Tariq Rana met his Chinese counterpart in "
                               "Beijing on Friday. Rana and Chinese Foreign Minister Wang Yi discussed trade at the "
                               "meeting.")
    assert any({"Tariq Rana", "Wang Yi"} <= who for who, _, _ in events), events


# "A met B for the first time after peace talks broke down": the talks under "after" (marking their clause) are
# another event than the meeting, never one node with it
AFTER_CLAUSE_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana met Omar Sadiq on Friday for the first time after peace talks "
                 "broke down earlier this month.", id="after-talks-broke-down"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana met Omar Sadiq on Friday, days after negotiations collapsed "
                 "in Doha.", id="days-after-negotiations-collapsed"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana met Omar Sadiq on Friday before a summit opened in Lima.",
                 id="before-summit-opened"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana met Omar Sadiq on Friday, a week after talks ended without a "
                 "deal.", id="week-after-talks-ended"),
]


@pytest.mark.parametrize("text", AFTER_CLAUSE_CASES)
def test_event_of_a_marked_clause_is_apart(nlp, text):
    from rdflib import RDF
    from kg.namespace import KG
    graph, events = _meetings(nlp, text)
    nodes = {e for kind in (KG.Meeting, KG.Summit) for e in graph.subjects(RDF.type, kind)}
    assert len(nodes) == 2, events
    assert not any(graph.value(e, KG.location) is not None and (e, KG.participant, None) in graph
                   and graph.value(e, KG.startDate) is None for e in nodes), events


# "A held talks with B. He praised the meeting. He also met C": a "he" stands for whom the sentence naming people
# told as the subject, not for whoever an earlier pronoun was taken for; "also met" someone new is another meeting
ALSO_MET_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana held talks with the foreign minister of Tajikistan, Omar Sadiq. "
                 "He praised the short meeting. He also met Prime Minister Juan Perez of Peru.", id="praised-then-also"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana held talks with the foreign minister of Tajikistan, Omar Sadiq. "
                 "He said the meeting was useful. He also met Juan Perez in Lima on Friday.", id="said-then-also-in-lima"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana held talks with the Kenyan envoy, Omar Sadiq. He also met with "
                 "Juan Perez.", id="also-met-with"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana held talks with the defence minister of Chile, Omar Sadiq. He "
                 "called the talks frank. He also met Juan Perez on Monday.", id="called-then-also-on-monday"),
]


@pytest.mark.parametrize("text", ALSO_MET_CASES)
def test_also_met_someone_new_is_another_meeting(nlp, text):
    _, events = _meetings(nlp, text)
    perez = [who for who, _, _ in events if "Juan Perez" in who]
    assert perez and all("Tariq Rana" in who and "Omar Sadiq" not in who for who in perez), events
    assert any("Tariq Rana" in who and "Juan Perez" not in who for who, _, _ in events), events


# guard: someone also attending the meeting told is in it
def test_also_attended_joins(nlp):
    _, events = _meetings(nlp, "date: 2026-07-03\nTalks\n\nTariq Rana met Juan Perez in Lima on Friday. Pedro Ruiz "
                               "also attended the meeting.")
    assert any({"Tariq Rana", "Juan Perez", "Pedro Ruiz"} <= who for who, _, _ in events), events


# "X welcomed Y, who is on his first visit to Peru": "his" in a "who" clause is Y's, not the sentence subject's (rows:
# text, the visitor, the host)
WHO_CLAUSE_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nBefore the talks, Tariq Rana hosted a welcome ceremony for Omar Sadiq, who "
                 "is on his first official visit to Peru.", "Omar Sadiq", "Tariq Rana", id="ceremony-for-who-visit"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana greeted Prime Minister Omar Sadiq, who was making his second "
                 "trip to Chile.", "Omar Sadiq", "Tariq Rana", id="greeted-who-trip"),
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Ana Lima welcomed Omar Sadiq, who is on his first visit to "
                 "Bolivia since taking office.", "Omar Sadiq", "Ana Lima", id="welcomed-who-tour"),
]


@pytest.mark.parametrize("text, visitor, host", WHO_CLAUSE_CASES)
def test_possessive_in_who_clause_is_its_antecedents(nlp, text, visitor, host):
    events = events_of(graph_of(nlp, text))
    placed = [who for who, where, _ in events if where is not None]
    assert placed and all(visitor in who and host not in who for who in placed), events


# "A was due to meet B in Berlin, but the talks needed to be rescheduled", "the meeting had to be postponed": a plan
# given up is no meeting (rows: text); guard rows keep what was held
GIVEN_UP_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana was due to meet Omar Sadiq in Berlin but a spokesman said the "
                 "talks needed to be rescheduled.", id="said-needed-to-be-rescheduled"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana was to meet Omar Sadiq in Berlin on Tuesday, but the meeting had "
                 "to be postponed.", id="had-to-be-postponed"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana was scheduled to meet Omar Sadiq in Rome on Monday, but officials "
                 "said the meeting had to be cancelled.", id="said-had-to-be-cancelled"),
    # a trip called off takes the meeting told in its "where" clause with it
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana abruptly cancelled a visit to Germany, where he was scheduled "
                 "to meet Omar Sadiq.", id="cancelled-visit-where-scheduled"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana scrapped a trip to Oslo, where he was expected to meet Omar "
                 "Sadiq.", id="scrapped-trip-where-expected"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana called off his visit to Lima, where he was due to hold talks "
                 "with Omar Sadiq on Friday.", id="called-off-visit-where-due"),
]


@pytest.mark.parametrize("text", GIVEN_UP_CASES)
def test_meeting_given_up_is_none(nlp, text):
    _, events = _meetings(nlp, text)
    assert not any({"Tariq Rana", "Omar Sadiq"} <= who for who, _, _ in events), events


def test_meeting_held_then_talks_to_continue_kept(nlp):
    _, events = _meetings(nlp, "date: 2026-07-03\nTalks\n\nTariq Rana met Omar Sadiq in Oslo on Friday, but officials "
                               "said the talks needed to be continued.")
    assert any({"Tariq Rana", "Omar Sadiq"} <= who for who, _, _ in events), events


# "A will meet B on Friday. The meeting was moved to Monday.": the meeting is on Monday, not Friday to Monday; a move
# told only as possible leaves the day told (rows: text, the meeting's one day)
MOVED_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana will meet Omar Sadiq in Oslo on Tuesday. The meeting was moved "
                 "to Thursday.", "2026-07-09", id="was-moved-to-thursday"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana will meet Omar Sadiq in Oslo on Tuesday. The meeting had to be "
                 "moved to Thursday.", "2026-07-09", id="had-to-be-moved"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana will meet Omar Sadiq in Oslo on Tuesday. The meeting could be "
                 "moved to Thursday.", "2026-07-07", id="could-be-moved"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana will meet Omar Sadiq in Oslo on Tuesday. The meeting was pushed "
                 "back to Saturday.", "2026-07-11", id="pushed-back-to-saturday"),
    pytest.param("date: 2026-07-03\nTalks\n\nTariq Rana will meet Omar Sadiq in Oslo on Tuesday. The meeting was pushed "
                 "back to Friday.", "2026-07-10", id="pushed-back-to-friday-told-on-a-friday"),
]


@pytest.mark.parametrize("text, day", MOVED_CASES)
def test_meeting_moved_has_one_day(nlp, text, day):
    from rdflib import RDF
    from kg.namespace import KG
    graph = graph_of(nlp, text)
    meetings = [e for e in graph.subjects(RDF.type, KG.Meeting) if (e, KG.participant, None) in graph]
    assert len(meetings) == 1, meetings
    assert str(graph.value(meetings[0], KG.startDate)) == day
    assert graph.value(meetings[0], KG.endDate) is None
