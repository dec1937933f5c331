"""The registry's compact state (kg.pipeline): what it keeps must answer as the dicts it replaced would."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from kg.pipeline import _SEEN, Registry, _HashedMap, _members


def _filled(pairs, merge: int) -> _HashedMap:
    mapping = _HashedMap()
    mapping._MERGE = merge
    for keys, values in pairs:
        mapping.add_new(keys, values)
    return mapping


BATCHES = [
    (["person/kenji-sato", "place/geneva"], ["Kenji Sato", "Geneva"]),
    (["place/geneva", "country/japan"], ["Genf", "Japan"]),  # Geneva's first label stays
    ([("delegation/japan-at-x", "represents"), ("event/x", "startDate")], ["country/japan", "2026-03-03"]),
    ([("event/x", "startDate"), "person/sato", "person/sato"], ["2026-03-02", "Sato", "Mr Sato"]),
]


@pytest.mark.parametrize("merge", [1, 2, 3, 1024], ids=["merge each entry", "every 2", "every 3", "never merged"])
def test_a_hashed_map_answers_as_a_dict_of_first_values(merge):
    expected: dict = {}
    mapping = _HashedMap()
    mapping._MERGE = merge
    for keys, values in BATCHES:
        added = mapping.add_new(keys, values)
        new = []
        for key, value in zip(keys, values):
            new.append(key not in expected)
            expected.setdefault(key, value)
        assert added == new
    assert len(mapping) == len(expected)
    asked = list(expected) + ["person/nobody", ("event/x", "endDate")]
    assert mapping.found(asked) == expected
    assert all(key in mapping for key in expected) and "person/nobody" not in mapping


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_hashed_map_is_equal_however_its_entries_were_merged(seed):
    rng = random.Random(seed)
    pairs = [(f"node/{rng.randrange(40)}", f"label {rng.randrange(5)}") for _ in range(60)]
    batches = [([k for k, _ in pairs[i:i + 7]], [v for _, v in pairs[i:i + 7]]) for i in range(0, 60, 7)]
    assert _filled(batches, 1) == _filled(batches, 1024) == _filled(batches, rng.randrange(2, 9))
    assert _filled(batches + [(["node/new"], ["a label"])], 4) != _filled(batches, 4)
    assert _filled([(["node/1"], ["a label"])], 4) != _filled([(["node/1"], ["another label"])], 4)


def _summary(event: str, people=(), sides=(), place=None, start=None):
    return {"kind": "Meeting", "kinds": frozenset({"Meeting"}), "location": place, "start": start, "end": None,
            "people": frozenset(people), "sides": frozenset(sides), "label": f"talks {event}",
            "families": frozenset({f"article-{event}"}), "published": None, "apart": frozenset()}


THREE = [("event/a", _summary("a", sides={"country/japan", "country/peru"})),
         ("event/b", _summary("b", sides={"country/japan", "country/peru"}, start="2026-03-03")),
         ("event/c", _summary("c", sides={"country/japan", "country/peru"}, place="place/geneva"))]


@pytest.mark.parametrize("dropped", [[], ["event/a"], ["event/b"], ["event/c", "event/a"], ["event/a", "event/b", "event/c"]],
                         ids=["none", "the first", "the middle", "two", "all"])
def test_events_filed_under_one_key_are_found_until_dropped(dropped):
    registry = Registry()
    for event_id, summary in THREE:
        registry._add_event(event_id, summary)
    for event_id in dropped:
        registry._drop_event(event_id)
    wanted = _summary("new", sides={"country/japan", "country/peru"})
    left = [event_id for event_id, _ in THREE if event_id not in dropped]
    assert registry._candidates(wanted) == left  # oldest first
    for filed in registry.event_index.values():
        members = list(_members(filed))
        assert members and set(members) <= set(left)
        assert isinstance(filed, str) == (len(members) == 1)  # one event alone is kept as its id
    if not left:
        assert registry.event_index == {}


@pytest.mark.parametrize("shared", [1, 2, 1 << 14], ids=["cleared at each value", "every second", "kept"])
def test_an_event_summary_comes_back_as_it_was_packed(monkeypatch, shared):
    import kg.pipeline
    from kg.pipeline import _unpack

    monkeypatch.setattr(kg.pipeline, "_MAX_SHARED", shared)
    registry = Registry()
    for event_id, summary in THREE:
        registry._add_event(event_id, summary)
    registry._add_event("event/d", {**THREE[2][1], "label": "other talks"})
    for seen, (event_id, summary) in enumerate(THREE):
        assert _unpack(registry.events[event_id]) == {**summary, "seen": seen}  # numbered as first seen
    if shared > 4:
        first, second = registry.events["event/c"], registry.events["event/d"]
        assert first[6] is second[6] and first[2] is second[2]  # the same sides and place: one copy each


@pytest.mark.parametrize("families", [["article-1"], ["article-1", "article-2"]])
def test_a_familys_events_are_kept_once_each_most_recent_family_last(families):
    registry = Registry()
    for event_id in ("event/a", "event/b", "event/a"):
        registry._remember_families(families, event_id)
    registry._remember_families(["article-0"], "event/c")
    assert list(registry.family_events) == families + ["article-0"]
    assert all(registry.family_events[f] == ("event/a", "event/b") for f in families)


BASE = "https://w3id.org/kg-news/id/"
JAPAN = f"<{BASE}country/japan> <http://www.w3.org/2000/01/rdf-schema#label> \"Japan\" .\n".encode()
PERU = f"<{BASE}country/peru> <http://www.w3.org/2000/01/rdf-schema#label> \"Peru\" .\n".encode()
ARTICLE = f"<{BASE}article/abc> <http://www.w3.org/2000/01/rdf-schema#label> \"A\" .\n".encode()
WINDOWS = {
    "nothing repeated": [JAPAN + ARTICLE, PERU],
    "a line twice in a window": [JAPAN + ARTICLE + JAPAN + PERU],
    "lines of an earlier window": [JAPAN + PERU, ARTICLE + PERU + JAPAN + ARTICLE],
    "blank lines, no final newline": [JAPAN + b"\n" + PERU + b"\n" + JAPAN.rstrip(b"\n")],
    "everything already written": [JAPAN + PERU, PERU + JAPAN],
}


@pytest.mark.parametrize("windows", WINDOWS.values(), ids=WINDOWS.keys())
def test_writing_the_kept_spans_writes_what_the_deduper_keeps(windows):
    import io

    from kg.cli import _write_spans
    from kg.pipeline import NTriplesDeduper

    joined, spanned = NTriplesDeduper(BASE), NTriplesDeduper(BASE)
    written = b""
    for data in windows:
        expected = joined(data)
        out = io.BytesIO()
        _write_spans(out, data, spanned.spans(data))
        assert out.getvalue() == expected
        written += expected
    assert spanned.lines == joined.lines == written.count(b"\n")  # the lines written, counted from the index
    assert NTriplesDeduper(BASE)(JAPAN + JAPAN) == JAPAN  # the joined form still drops repeats


# .. the event index: by day for dated events, by pairs of features for undated ones (Registry._keys) ..

PEOPLE = [f"person/p{i}" for i in range(6)]
SIDES = ["country/japan", "country/peru", "country/kenya", "country/norway"]
PLACES = [None, "place/geneva", "place/lima", "country/peru", "country/japan"]


def _random_summary(rng: random.Random, event: str) -> dict:
    """A summary with few ties to choose from, so that many pairs of events match: undated, a day, a
    week, a few months (indexed by month), or over a year (indexed under its first twelve months)."""

    start = end = None
    span = rng.choice(["undated", "day", "week", "months", "years"])
    if span != "undated":
        first = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(540))
        days = {"day": 0, "week": 6, "months": rng.randrange(31, 200), "years": rng.randrange(400, 800)}[span]
        start, end = first.isoformat(), (first + dt.timedelta(days=days)).isoformat() if days else None
    summary = _summary(event, people=rng.sample(PEOPLE, rng.randrange(3)), sides=rng.sample(SIDES, rng.randrange(3)),
                       place=rng.choice(PLACES), start=start)
    return {**summary, "end": end, "kinds": frozenset({rng.choice(["Meeting", "Summit"])}), "families": frozenset()}


def _years(s: dict) -> bool:
    from kg.pipeline import _MAX_MONTHS, _months

    return bool(s["start"]) and len(_months(s["start"], s["end"])) >= _MAX_MONTHS


@pytest.mark.parametrize("seed", range(6))
def test_the_event_index_brings_every_earlier_event_that_matches(seed):
    from kg.resolve import same_event

    rng = random.Random(seed)
    registry = Registry()
    earlier = {}
    for i in range(150):
        event_id = f"event/{i}"
        earlier[event_id] = _random_summary(rng, str(i))
        registry._add_event(event_id, earlier[event_id])
    checked = 0
    for i in range(150):
        wanted = _random_summary(rng, f"new{i}")
        found = registry._candidates(wanted)
        assert found == sorted(found, key=lambda e: registry.events[e][_SEEN])  # oldest first, each once
        assert len(set(found)) == len(found)
        for event_id, summary in earlier.items():
            if not same_event(wanted, summary, registry.gaz):
                continue
            # one tie on a day past an event's first twelve months is all an index by month can miss
            if _years(wanted) or _years(summary):
                continue
            checked += 1
            assert event_id in found, (wanted, summary)
    assert checked > 20  # the random events do match, or this test would prove nothing


def test_dated_events_on_other_days_are_not_candidates():
    registry = Registry()
    for day in range(1, 29):
        registry._add_event(f"event/{day}", _summary(str(day), sides={"country/japan", "country/peru"},
                                                     start=f"2026-02-{day:02d}"))
    registry._add_event("event/undated", _summary("u", sides={"country/japan", "country/peru"}))
    registry._add_event("event/spring", {**_summary("s", sides={"country/japan"}, start="2026-02-01"),
                                         "end": "2026-04-30"})
    wanted = _summary("new", sides={"country/japan", "country/peru"}, start="2026-02-10")
    assert registry._candidates(wanted) == ["event/10", "event/undated", "event/spring"]
    undated = _summary("new", sides={"country/japan", "country/peru"})
    assert len(registry._candidates(undated)) == 29  # no date: any of them may be the one (not "spring": one side)


@pytest.mark.parametrize("end", ["2025-05-31", "2026-06-30"], ids=["months", "over a year"])
def test_a_long_event_finds_a_day_it_spans_and_is_found_from_it(end):
    registry = Registry()
    registry._add_event("event/day", _summary("d", sides={"country/japan"}, start="2025-03-05"))
    registry._add_event("event/other-day", _summary("o", sides={"country/japan"}, start="2024-12-05"))
    long = {**_summary("l", sides={"country/japan"}, start="2025-01-01"), "end": end}
    assert registry._candidates(long) == ["event/day"]  # a date and a side: two ties
    registry._add_event("event/long", long)
    assert registry._candidates(_summary("n", sides={"country/japan"}, start="2025-03-20")) == ["event/long"]


@pytest.mark.parametrize("recent", [1, 5, 1 << 16], ids=["merged each time", "merged now and then", "never merged"])
def test_sorted_keys_answer_as_a_set(monkeypatch, recent):
    import numpy as np

    import kg.pipeline
    from kg.pipeline import _SortedKeys

    monkeypatch.setattr(kg.pipeline, "_RECENT_KEYS", recent)
    rng = random.Random(recent)
    keys, expected = _SortedKeys(), set()
    for _ in range(40):
        batch = [rng.randrange(1, 300) for _ in range(rng.randrange(0, 12))]
        asked = np.array(batch + [rng.randrange(1, 300) for _ in range(5)], dtype=np.uint64)
        assert keys.has(asked).tolist() == [int(k) in expected for k in asked]
        assert keys.add(np.array(batch, dtype=np.uint64)) == len(set(batch) - expected)
        expected |= set(batch)
    assert sorted(keys._keys.tolist() + keys._recent.tolist()) == sorted(expected)


def test_a_packed_summary_is_in_the_order_summary_names_and_unpacks_to_itself():
    """`Registry._pack` and `_unpack` name the fields one by one: they must keep `_SUMMARY`'s order."""
    from kg.pipeline import _SUMMARY, Registry, _unpack

    summary = {"kind": "Meeting", "kinds": frozenset({"Meeting", "Summit"}), "location": "place/nairobi",
               "start": "2026-07-01", "end": "2026-07-02", "people": frozenset({"person/a"}),
               "sides": frozenset({"country/kenya", "country/uganda"}), "label": "talks in Nairobi",
               "families": frozenset({"article-1"}), "published": (dt.date(2026, 6, 30), dt.date(2026, 7, 2)),
               "apart": frozenset({"article-1"}), "seen": 7}
    packed = Registry()._pack(summary)
    assert len(packed) == len(_SUMMARY)
    assert {name: (frozenset(v) if isinstance(v, tuple) and name != "published" else v)
            for name, v in zip(_SUMMARY, packed)} == summary
    assert _unpack(packed) == summary


# Two meetings of one kind in one city on one day, each told by its own article (rows: the two articles). Within a
# window resolve keeps them apart; an article a window, the second must not join the first's node by its name.
SAME_NAME_CASES = [
    pytest.param("OSLO, March 3, 2026 - Prime Minister Ingrid Halvorsen met President Tomas Varga in Oslo on Tuesday.",
                 "OSLO, March 3, 2026 - Foreign Minister Aiko Tanabe met Chancellor Lukas Brenner in Oslo on Tuesday.",
                 id="two-meetings-in-oslo"),
    pytest.param("date: 2026-05-12\nTalks\n\nTrade Minister Rafael Ortega held talks with Commissioner Elena Vidal in "
                 "Madrid on Monday.", "date: 2026-05-12\nTalks\n\nDefence Minister Pieter de Wit held talks with General "
                 "Omar Haddad in Madrid on Monday.", id="two-talks-in-madrid"),
    pytest.param("date: 2026-09-20\nVisit\n\nPresident Amara Diallo met Prime Minister Jonas Berg in Nairobi on Friday.",
                 "date: 2026-09-21\nVisit\n\nOn Friday in Nairobi, Chancellor Felix Adler met with President Ruth Mwangi.",
                 id="met-and-met-with-in-nairobi"),
]


@pytest.mark.parametrize("first, second", SAME_NAME_CASES)
@pytest.mark.parametrize("batch_size", [1, 64], ids=["an article a window", "one window"])
def test_meetings_sharing_kind_place_and_day_stay_two(first, second, batch_size):
    import kg
    from test_extract_events_split import events_of

    graph = kg.Builder(batch_size=batch_size)([first, second])
    events = events_of(graph)
    assert len(events) == 2, events
    assert len({node for node in graph.subjects(kg.KG.participant, None)}) == 2


def test_a_meeting_told_again_in_a_later_window_is_one_node():
    import kg
    from test_extract_events_split import events_of

    first, _ = SAME_NAME_CASES[0].values
    again = ("OSLO, March 4, 2026 - Prime Minister Ingrid Halvorsen and President Tomas Varga met in Oslo on Tuesday, "
             "officials said.")
    events = events_of(kg.Builder(batch_size=1)([first, again]))
    assert len(events) == 1, events
