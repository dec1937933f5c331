"""The stages wired together: articles -> validated graph. Used by the CLI, the tests and the benchmark.

`build` runs everything at once (tests, small inputs). `stream` is what
`kg build` runs: articles go through in *windows* (``window`` articles each),
so memory stays flat however many articles there are:

1. extract + resolve a window (spaCy's ``nlp.pipe``; in worker processes with ``jobs > 1``);
2. `Registry.remap` (in the main process, windows in input order) makes the window agree
   with everything built before it: the same IRI for the same event or person, one label per
   node, one value for single-valued properties;
3. map + SHACL-validate + serialize the window (in a worker with ``jobs > 1``);
4. the caller writes it (`NTriplesDeduper` drops node descriptions already written).

Cross-window resolution is global but compact: node IRIs are minted from
normalized names, so persons, countries, places, organizations, goods and
measures merge by IRI; events merge through an index of event summaries keyed
by pairs of what ties them (place, month, person, side), bounded by
``max_events`` (oldest forgotten first). What a window cannot change is what
earlier windows already wrote: the first label, date and place written for a
node win (later ones become skos:altLabel or are dropped), and a surname-only
mention ("Trump") joins a full name seen in the same or an earlier window, not
a later one. A single window (up to ``window`` articles) gives exactly `build`'s graph.
"""
from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import os
import signal
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field, replace
from hashlib import blake2b
from typing import Callable, Iterable, Iterator, NamedTuple

import numpy as np
from rdflib import Graph

from . import arrays
from .extract import extract_articles
from .map import to_graph
from .model import (COUNTRY, DELEGATION, EVENT_KINDS, PERSON, Article, Evidence, Extraction, Node, Resolved, Span,
                    Triple)
from .names import normalize_name, short_hash
from .namespace import DEFAULT_BASE_IRI
from .resolve import resolve

WINDOW = 64
MAX_EVENTS = 200_000
_SINGLE_VALUED = frozenset({"location", "startDate", "endDate", "represents"})
_MAX_MONTHS = 12  # an event spanning more months is indexed under its first twelve
_MAX_DAYS = 31  # an event spanning more days is indexed by month (see Registry._keys)


@dataclass(frozen=True)
class BuildResult:
    resolved: Resolved
    graph: Graph


def build(articles: Iterable[Article], nlp, base_iri: str = DEFAULT_BASE_IRI, batch_size: int = 64,
          provenance: str = "reification") -> BuildResult:
    resolved = resolve(extract_articles(articles, nlp, batch_size=batch_size))
    return BuildResult(resolved, to_graph(resolved, base_iri, provenance))


def _written(remapped: Resolved) -> tuple[tuple[Article, ...], Counter]:
    """What `_finish` needs of a remapped window rendered elsewhere: its articles and `_counts`."""
    return remapped.articles, _counts(remapped)


def _counts(resolved: Resolved) -> Counter:
    counts: Counter = Counter()
    for node in resolved.nodes:
        counts[node.kind] += 1
    counts["relations"] += sum(1 for t in resolved.triples if not t.literal)
    counts["unmapped"] += len(resolved.unmapped)
    return counts


# -- validation: kg.validate does it (fast compiled shapes first, pySHACL on violations) -------------

from .validate import ValidationResult as Validation  # noqa: E402
from .validate import validate as validate_graph  # noqa: E402


# -- the registry: what earlier windows decided ---------------------------------------------------

class Registry:
    """The compact global state that makes windows agree (see the module docstring)."""

    def __init__(self, max_events: int = MAX_EVENTS) -> None:
        from .link import gazetteer

        self.gaz = gazetteer()
        self.labels = _HashedMap()  # node id -> the label written for it
        self.single = _HashedMap()  # (node id, predicate) -> the value written
        self.person_words: dict[str, set[str]] = defaultdict(set)  # word -> ids of multi-word persons
        # event id -> summary (packed: `Registry._pack`, a third of a dict of sets), oldest first (a dict keeps
        # insertion order: an OrderedDict would add a linked-list node an event)
        self.events: dict[str, tuple] = {}
        self._seen = 0  # events first seen so far: each summary keeps its number ("seen": ties go to the oldest)
        # `_keys` -> the events filed under it: one event id alone (most keys), else a list of them
        self.event_index: dict[int, str | list[str]] = {}
        # article (the first of a family of near-copies, kg.dedupe) -> its events (a tuple: one or two),
        # so later copies find them; least recently used first
        self.family_events: dict[str, tuple[str, ...]] = {}
        self._shared: dict = {}  # one copy of each value the event summaries repeat (`_pack`)
        self.max_events = max_events
        self.counts: Counter = Counter()  # distinct nodes by kind, relations, unmapped mentions
        self._relations = _SortedKeys()
        self._recent_keys: dict[tuple, list[int]] = {}  # an event's ties -> its index keys (`_keys`)
        self._countries: dict[str, str] = {}  # place id -> its country (resolve.country_of)

    # .. the one public step: decide, apply the decisions, remember what was written ..
    def remap(self, resolved: Resolved) -> Resolved:
        return self.remap_deciding(resolved)[0]

    def remap_deciding(self, resolved: Resolved) -> tuple[Resolved, "Decisions"]:
        """`remap`, with the decisions it applied (a Dask worker applies them to the whole partition)."""
        decisions = self.decide(resolved)
        remapped = apply_decisions(resolved, decisions)
        self.remember(remapped)
        return remapped, decisions

    def decide(self, resolved: Resolved) -> "Decisions":
        """What this window must change to agree with the earlier ones. Reads the evidence only for the
        articles it names, so an outline of the window (`outline`) gets the same decisions."""
        nodes = {n.id: n for n in resolved.nodes}
        mapping: dict[str, str] = {}
        self._map_persons(nodes, mapping)
        self._map_events(nodes, resolved.triples, mapping, resolved.articles)
        self._map_delegations(nodes, resolved.triples, mapping)
        labels = self.labels.found({mapping.get(i, i) for i in nodes})
        single = self.single.found({(mapping.get(t.subject, t.subject), t.predicate) for t in resolved.triples
                                    if t.predicate in _SINGLE_VALUED})
        return Decisions(mapping, labels, single)

    def remember(self, remapped: Resolved) -> None:
        """Record a remapped window as written: its labels, single values, persons' words and counts."""
        self._remember(remapped.nodes, remapped.triples)
        self.counts["unmapped"] += len(remapped.unmapped)

    # .. persons: "Trump" joins the one full name with that word seen before ..
    def _map_persons(self, nodes: dict[str, Node], mapping: dict[str, str]) -> None:
        for node in nodes.values():
            if node.kind != PERSON or len(node.label.split()) != 1 or node.id in self.labels:
                continue
            full = self.person_words.get(normalize_name(node.label), ())
            if len(full) == 1:
                target = next(iter(full))
                if target != node.id:
                    mapping[node.id] = target

    # .. events: merged through the global index ..
    def _map_events(self, nodes: dict[str, Node], triples: tuple[Triple, ...], mapping: dict[str, str],
                    articles: tuple[Article, ...] = ()) -> None:
        from .resolve import place_and_dates_agree, same_event

        summaries = _event_summaries(nodes, triples, mapping)
        _add_articles(summaries, triples, articles)
        new = {}
        for event_id in sorted(summaries):
            s = summaries[event_id]
            target = None
            # only events of earlier windows: resolve already compared this window's. One of the same name (kind,
            # place, day) is the first asked, but is this one only if it agrees as any other would
            for candidate in self._named_first(event_id, s):
                packed = self.events[candidate]
                if s["apart"].intersection(packed[_APART]):
                    continue  # "held meetings with A and B": an event already holding the other one
                if (place_and_dates_agree(s["location"], s["start"], s["end"], packed[_PLACE], packed[_START],
                                          packed[_END], self.gaz)
                        and same_event(s, dict(zip(_SUMMARY, packed)), self.gaz)):
                    target = candidate
                    break
            if target is None and event_id in self.events:
                # two meetings in one city on one day, told in different windows: the later one is named apart,
                # as resolve names them apart within a window (the written one keeps its name)
                renamed = _renamed_apart(event_id, s, self.events)
                mapping[event_id] = renamed
                event_id = renamed
            self._remember_families(s["families"], target or event_id)
            if target is None:
                new[event_id] = s
                continue
            if target != event_id:
                mapping[event_id] = target
            known = _unpack(self.events[target])
            grown = {**known, "kinds": known["kinds"] | s["kinds"], "people": known["people"] | s["people"],
                     "sides": known["sides"] | s["sides"], "families": known["families"] | s["families"],
                     "published": _spanning(known["published"], s["published"]), "apart": known["apart"] | s["apart"]}
            for name in ("location", "start", "end"):
                grown[name] = known[name] or s[name]
            if all(grown[name] == known[name] for name in _TIES):  # filed under the same keys: the index stays
                del self.events[target]  # ... and it becomes the newest, as when filed again
                self.events[target] = self._pack(grown)
            else:
                self._drop_event(target)
                self._add_event(target, grown)
        for event_id, s in new.items():
            self._add_event(event_id, s)

    def _features(self, s: dict) -> list[tuple]:
        features = [("person", p) for p in s["people"]] + [("side", x) for x in s["sides"] if x]
        if s["location"]:
            features.append(("place", self._country(s["location"])))
        return sorted(set(features))

    def _keys(self, s: dict) -> tuple[list[int], list[int]]:
        """The keys an event is filed under in the index, and those its matches are looked for under.

        Two mentions of one event share at least two ties (see resolve.same_event): two of these
        features (people, sides, the place's country), or a date and one of them. Two dated events
        tie on their dates only if their ranges overlap, so a dated event looks among the dated ones
        only on its own days (a key per day and feature; an event of more than ``_MAX_DAYS``, rare, by
        month instead) and among the undated ones by pairs of features; an undated one looks at both
        kinds by pairs. An archive of years so never compares an event with every other one between
        the same two countries, each on another date.

        An event spanning more than ``_MAX_MONTHS`` is keyed under its first months only, so it also
        files and looks as an undated one: no candidate is lost that a month beyond those would have
        found. A key is a hash (an int, not tuples): two sharing one only add candidates, which
        same_event still compares in full. A new event's keys are asked for twice in a row (to look it
        up, to index it): remembered briefly."""
        ties = (s["people"], s["sides"], s["location"], s["start"], s["end"])
        keys = self._recent_keys.get(ties)
        if keys is not None:
            return keys
        features = self._features(s)
        pairs = [(a, b) for i, a in enumerate(features) for b in features[i + 1:]]
        undated = [hash(("undated", a, b)) & _MASK60 for a, b in pairs]
        dated = [hash(("dated", a, b)) & _MASK60 for a, b in pairs]
        if not s["start"]:
            keys = (undated, undated + dated)
        else:
            months = _months(s["start"], s["end"])
            days = _days(s["start"], s["end"])
            long = [hash(("long", m, x)) & _MASK60 for m in months for x in features]
            if days is not None:  # short: filed by day; looks for short events by day, long ones by month
                by_day = [hash((d, x)) & _MASK60 for d in days for x in features]
                keys = (by_day + dated, by_day + long + undated)
            else:  # long: filed by month; looks for long events by month, short ones on each of its days
                by_day = [hash((d, x)) & _MASK60 for d in _days(s["start"], s["end"], months) for x in features]
                if len(months) < _MAX_MONTHS:
                    keys = (long + dated, long + by_day + undated)
                else:
                    keys = (long + undated, long + by_day + undated + dated)
        if len(self._recent_keys) >= _MEMO_KEYS:
            self._recent_keys.clear()
        self._recent_keys[ties] = keys
        return keys

    def _country(self, place: str) -> str:
        from .resolve import country_of

        country = self._countries.get(place)
        if country is None:
            if len(self._countries) >= _MEMO:
                self._countries.clear()
            country = self._countries[place] = country_of(place, self.gaz)
        return country

    def _candidates(self, s: dict) -> list[str]:
        found: dict[str, None] = {}
        for key in self._keys(s)[1]:
            for event_id in _members(self.event_index.get(key, ())):
                if event_id in self.events:
                    found[event_id] = None
        return sorted(found, key=lambda e: self.events[e][_SEEN]) if len(found) > 1 else list(found)

    def _named_first(self, event_id: str, s: dict) -> Iterator[str]:
        """The earlier event of this name first, then the index's and the families' candidates: looked up only
        if it does not agree (a generator, so a follow-up told under the same name costs no index look-up)."""
        if event_id in self.events:
            yield event_id
        for candidate in self._candidates(s) + self._family_candidates(s):
            if candidate != event_id:
                yield candidate

    def _family_candidates(self, s: dict) -> list[str]:
        return [e for f in sorted(s["families"]) for e in self.family_events.get(f, ()) if e in self.events]

    def _remember_families(self, families, event_id: str) -> None:
        for family in families:
            events = self.family_events.pop(family, ())  # put back last: the most recently used
            self.family_events[family] = events if event_id in events else events + (event_id,)
        while len(self.family_events) > self.max_events:
            del self.family_events[next(iter(self.family_events))]

    def _add_event(self, event_id: str, s: dict) -> None:
        if "seen" not in s:  # a new event (one filed again keeps its number)
            s = {**s, "seen": self._seen}
            self._seen += 1
        self.events[event_id] = self._pack(s)
        index = self.event_index
        for key in self._keys(s)[0]:
            members = index.get(key)
            if members is None:
                index[key] = event_id
            elif isinstance(members, str):
                index[key] = [members, event_id]
            else:
                members.append(event_id)
        while len(self.events) > self.max_events:
            oldest = next(iter(self.events))
            self._drop_event(oldest)

    def _drop_event(self, event_id: str) -> None:
        s = _unpack(self.events.pop(event_id))
        index = self.event_index
        for key in self._keys(s)[0]:
            if key not in index:
                continue
            rest = [m for m in _members(index[key]) if m != event_id]
            if len(rest) > 1:
                index[key] = rest
            elif rest:
                index[key] = rest[0]
            else:
                del index[key]

    # .. delegations are named after their event ..
    @staticmethod
    def _map_delegations(nodes: dict[str, Node], triples: tuple[Triple, ...], mapping: dict[str, str]) -> None:
        for t in triples:
            if t.predicate != "participant" or t.subject not in mapping or t.object not in nodes:
                continue
            if nodes[t.object].kind != DELEGATION:
                continue
            old, new = t.subject.split("/", 1)[1], mapping[t.subject].split("/", 1)[1]
            if t.object.endswith("-at-" + old) and t.object not in mapping:
                mapping[t.object] = t.object[: -len(old)] + new

    def _pack(self, s: dict) -> tuple:
        """An event summary as the registry keeps it, in `_SUMMARY`'s order: a tuple, its sets as tuples, each
        field but the families the registry's one copy of a value many summaries repeat (places, dates,
        kinds, tuples of ids): each window's outline brings its own copies, which would otherwise stay
        alive in the summaries. Families are articles' own ids: rarely repeated, so not shared."""
        if len(self._shared) >= _MAX_SHARED:
            self._shared.clear()  # only copies are lost: the values stay in the summaries that hold them
        one = self._shared.setdefault
        kind, kinds, location, start, end = s["kind"], tuple(s["kinds"]), s["location"], s["start"], s["end"]
        people, sides, label, published = tuple(s["people"]), tuple(s["sides"]), s["label"], s["published"]
        apart = tuple(s["apart"])  # articles' own ids, as the families: not shared (mostly the empty tuple)
        return (one(kind, kind), one(kinds, kinds), one(location, location), one(start, start), one(end, end),
                one(people, people), one(sides, sides), one(label, label), tuple(s["families"]),
                one(published, published), apart, s["seen"])

    def _remember(self, nodes: Iterable[Node], triples: tuple[Triple, ...]) -> None:
        nodes = list(nodes)
        added = self.labels.add_new([n.id for n in nodes], [n.label for n in nodes])
        for node, new in zip(nodes, added):
            if new:
                self.counts[node.kind] += 1
            if node.kind == PERSON and len(node.label.split()) > 1:
                for word in node.label.split():
                    self.person_words[normalize_name(word)].add(node.id)
        single = [t for t in triples if t.predicate in _SINGLE_VALUED]
        self.single.add_new([(t.subject, t.predicate) for t in single], [t.object for t in single])
        relations = set()
        for t in triples:
            if not t.literal:
                relations.add(hash((t.subject, t.predicate, t.object)) & _MASK)
        self.counts["relations"] += self._relations.add(np.fromiter(relations, dtype=np.uint64, count=len(relations)),
                                                        distinct=True)


_MASK = (1 << 64) - 1
_MASK60 = (1 << 60) - 1  # an int below 2**60 is two 30-bit digits: 16 bytes less than a 64-bit one
_MEMO = 4096  # entries in each of the registry's small caches (cleared when full)
_MEMO_KEYS = 1024  # events whose index keys are remembered: more than a window's new events
_MAX_SHARED = 1 << 14  # values `Registry._pack` keeps one copy of (cleared when full: ~1 MB at most)
# "apart": the articles the event is one of several meetings of (resolve's oneOfSeveral): another event of such an
# article ("held meetings with A and B") never joins it
# "seen": when the registry first saw the event (a number: candidates are compared oldest first)
_SUMMARY = ("kind", "kinds", "location", "start", "end", "people", "sides", "label", "families", "published", "apart",
            "seen")
_TIES = ("people", "sides", "location", "start", "end")  # what an event's index keys are made of (Registry._keys)
_PLACE, _START, _END, _APART, _SEEN = (_SUMMARY.index(field) for field in ("location", "start", "end", "apart", "seen"))


def _renamed_apart(event_id: str, s: dict, taken) -> str:
    """A name for an event that shares its kind, place and day with another one: the name with a hash of the
    first article telling it (an article is in one window, so no other event of that name is renamed so)."""
    first = min(s["articles"], default="")
    renamed, tries = event_id, 0
    while renamed in taken:
        renamed = f"{event_id}-{short_hash(f'{first}|{tries}' if tries else first, 8)}"
        tries += 1
    return renamed


def _members(filed) -> tuple[str, ...] | list[str]:
    """The events filed under one key of `Registry.event_index`."""
    return (filed,) if isinstance(filed, str) else filed


def _unpack(packed: tuple) -> dict:
    kind, kinds, location, start, end, people, sides, label, families, published, apart, seen = packed
    return {"kind": kind, "kinds": frozenset(kinds), "location": location, "start": start, "end": end,
            "people": frozenset(people), "sides": frozenset(sides), "label": label, "families": frozenset(families),
            "published": published, "apart": frozenset(apart), "seen": seen}


class _HashedMap:
    """A map from strings (or tuples of strings) to strings for the registry's long-lived state, compact:
    a key is kept as its 64-bit hash in a sorted array beside a 32-bit code of its value, each distinct
    value once: 12 bytes an entry where a dict of strings took ~150. New entries wait in a small dict and
    are merged into the arrays ``_MERGE`` at a time, so an insert does not copy the arrays. Two keys
    sharing a 64-bit hash would share a value: among a million keys, a chance of about 3e-8."""

    _MERGE = 1024

    def __init__(self) -> None:
        self._hashes = np.empty(0, dtype=np.uint64)  # sorted
        self._codes = np.empty(0, dtype=np.uint32)  # the value of each hash, as an index into _values
        self._recent: dict[int, int] = {}  # hash -> value code, not merged yet
        self._values: list[str] = []
        self._code_of: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._hashes) + len(self._recent)

    def __contains__(self, key) -> bool:
        return self._codes_of([_hash64(key)])[0] >= 0

    def __eq__(self, other) -> bool:
        return isinstance(other, _HashedMap) and self._as_dict() == other._as_dict()

    def found(self, keys) -> dict:
        """{key: value} for those of ``keys`` that are in the map (one search for all of them)."""
        keys = list(keys)
        codes = self._codes_of([_hash64(k) for k in keys])
        return {k: self._values[c] for k, c in zip(keys, codes) if c >= 0}

    def add_new(self, keys: list, values: list) -> list[bool]:
        """Set each key that is not in the map yet (the first value given wins); which keys were new."""
        hashes = [_hash64(k) for k in keys]
        added = []
        for h, value, code in zip(hashes, values, self._codes_of(hashes)):
            new = code < 0 and h not in self._recent
            if new:
                self._recent[h] = self._code(value)
            added.append(new)
        if len(self._recent) >= self._MERGE:
            self._merge()
        return added

    def _code(self, value: str) -> int:
        code = self._code_of.get(value)
        if code is None:
            code = self._code_of[value] = len(self._values)
            self._values.append(value)
        return code

    def _codes_of(self, hashes: list[int]) -> list[int]:
        """Each hash's value code, -1 for a hash not in the map."""
        if len(self._hashes) and hashes:
            at, found = _lookup(self._hashes, np.array(hashes, dtype=np.uint64))
            codes = np.where(found, self._codes[at].astype(np.int64), -1).tolist()
        else:
            codes = [-1] * len(hashes)
        recent = self._recent
        return [recent.get(h, c) for h, c in zip(hashes, codes)] if recent else codes

    def _merge(self) -> None:
        hashes = np.fromiter(self._recent.keys(), dtype=np.uint64, count=len(self._recent))
        codes = np.fromiter(self._recent.values(), dtype=np.uint32, count=len(self._recent))
        order = np.argsort(hashes)
        at = np.searchsorted(self._hashes, hashes[order])
        self._hashes = arrays.insert(self._hashes, at, hashes[order])
        self._codes = arrays.insert(self._codes, at, codes[order])
        self._recent = {}

    def _as_dict(self) -> dict[int, str]:
        codes = dict(zip(self._hashes.tolist(), self._codes.tolist()))
        codes.update(self._recent)
        return {h: self._values[c] for h, c in codes.items()}


def _hash64(key) -> int:
    return hash(key) & _MASK


class _SortedKeys:
    """A set of 64-bit keys in sorted arrays: 8 bytes a key, where a Python set of ints takes ~70.

    New keys go into a smaller sorted array, merged into the main one once it holds a quarter as many:
    inserting into one array copied all of it for every window, a cost that grew with the build."""

    def __init__(self) -> None:
        self._keys = np.empty(0, dtype=np.uint64)
        self._recent = np.empty(0, dtype=np.uint64)

    def has(self, keys: np.ndarray) -> np.ndarray:
        """Elementwise: which of ``keys`` are in the set."""
        return _member(self._keys, keys) | _member(self._recent, keys)

    def add(self, keys: np.ndarray, distinct: bool = False) -> int:
        """Add keys (``distinct``: no key twice among them, which saves sorting them once more); the number
        that were new."""
        new = keys if distinct else np.unique(keys)
        new = new[~self.has(new)]
        self.add_new(np.sort(new) if distinct else new)
        return len(new)

    def add_new(self, new: np.ndarray) -> None:
        """Add sorted keys, distinct and not in the set yet."""
        self._recent = np.insert(self._recent, np.searchsorted(self._recent, new), new)
        if len(self._recent) > max(_RECENT_KEYS, len(self._keys) // 4):
            self._keys = arrays.insert(self._keys, np.searchsorted(self._keys, self._recent), self._recent)
            self._recent = np.empty(0, dtype=np.uint64)


_RECENT_KEYS = 1 << 16


def _member(sorted_keys: np.ndarray, keys: np.ndarray) -> np.ndarray:
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=bool)
    return _lookup(sorted_keys, keys)[1]


def _lookup(sorted_keys: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of ``keys`` is or would go in a non-empty sorted array (clamped to it), and whether it is there."""
    at = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return at, sorted_keys[at] == keys


# -- applying the registry's decisions to a window (in the registry, or on the worker that holds it) ----

@dataclass(frozen=True)
class Decisions:
    """All a window needs of the registry to agree with the windows before it: small, so a cluster's
    client sends these to the worker holding the window rather than the remapped window itself."""

    mapping: dict[str, str]  # node id -> the id it takes (an earlier event, a full name, a renamed delegation)
    labels: dict[str, str]  # node id -> the label an earlier window wrote for it
    single: dict[tuple[str, str], str]  # (node id, single-valued predicate) -> the value an earlier window wrote


def apply_decisions(resolved: Resolved, decisions: Decisions) -> Resolved:
    nodes = _apply_to_nodes(resolved.nodes, decisions.mapping, decisions.labels)
    triples = _apply_to_triples(resolved.triples, decisions.mapping, decisions.single)
    return Resolved(resolved.articles, tuple(sorted(nodes.values(), key=lambda n: n.id)), triples, resolved.unmapped)


def _apply_to_nodes(window_nodes: tuple[Node, ...], mapping: dict[str, str], labels: dict[str, str]) -> dict[str, Node]:
    out: dict[str, Node] = {}
    for node in window_nodes:
        node_id = mapping.get(node.id, node.id)
        if node_id != node.id:  # replace() costs: only for the few nodes the mapping moves
            node = _replaced(node, id=node_id)
        out[node_id] = _merge_nodes(out[node_id], node) if node_id in out else node
    for node_id, node in out.items():
        written = labels.get(node_id)
        if written is not None and written != node.label:
            aliases = tuple(sorted((set(node.aliases) | {node.label}) - {written}))
            out[node_id] = _replaced(node, label=written, aliases=aliases)
    return out


def _apply_to_triples(window_triples, mapping: dict[str, str], single: dict[tuple[str, str], str]) -> tuple[Triple, ...]:
    merged: dict[tuple, Triple] = {}
    for t in window_triples:
        s = mapping.get(t.subject, t.subject)
        o = t.object if t.literal else mapping.get(t.object, t.object)
        if s == o and not t.literal and t.subject != t.object:
            continue  # two nodes the mapping made one: no relation to itself
        key = (s, t.predicate, o)
        if key in merged:
            evidence = tuple(sorted(set(merged[key].evidence) | set(t.evidence),
                                    key=lambda e: (e.article_id, e.sentence.start, e.rule)))
            merged[key] = _replaced(merged[key], evidence=evidence)
        elif s == t.subject and o == t.object:
            merged[key] = t
        else:
            merged[key] = _replaced(t, subject=s, object=o)
    out, chosen = [], {}
    for key in sorted(merged):
        s, p, o = key
        t = merged[key]
        if p in _SINGLE_VALUED:
            value = single.get((s, p), chosen.get((s, p)))
            if value is not None and value != o:
                continue  # an earlier window (or an earlier merge in this one) already gave its value
            chosen[(s, p)] = o
        out.append(t)
    return tuple(out)


def _replaced(item, **changes):
    """`dataclasses.replace` of a Node or Triple, or `_replace` of an outline's (`OutlineNode`, `OutlineTriple`)."""
    return item._replace(**changes) if isinstance(item, tuple) else replace(item, **changes)


class OutlineNode(NamedTuple):
    """A Node's fields as a named tuple: what a cluster's client unpickles for each node of an outline, in
    half the time and bytes of a dataclass (no attribute dict to rebuild)."""

    id: str
    kind: str
    label: str
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    attributes: tuple[tuple[str, tuple[str, ...]], ...] = ()


class OutlineTriple(NamedTuple):
    """A Triple's fields as a named tuple (see `OutlineNode`)."""

    subject: str
    predicate: str
    object: str
    literal: bool = False
    datatype: str = ""
    evidence: tuple[Evidence, ...] = ()


def outline(resolved: Resolved) -> Resolved:
    """A window as the registry reads it, at a fraction of the bytes: articles without their texts, the
    relations between nodes and the single-valued properties (no other literals), and evidence cut to
    one stub per article on events' triples only (which articles an event is read from ties
    near-copies' events), nodes without their aliases, links and attributes other than ``alsoKind``.
    The registry decides and remembers the same for it as for the whole window.

    A cluster's client unpickles one an outline a window: each value is made one object here (one stub
    an article, one string for each id however many triples name it), so that pickle writes it once."""
    events = {n.id for n in resolved.nodes if n.kind in EVENT_KINDS}
    one: dict = {}
    share = lambda value: one.setdefault(value, value)  # noqa: E731
    stub_of: dict[str, Evidence] = {}

    def stubs(evidence) -> tuple[Evidence, ...]:
        ids = sorted({e.article_id for e in evidence})
        return tuple(stub_of.get(a) or stub_of.setdefault(a, Evidence(share(a), _NO_SPAN, "", 0.0, "")) for a in ids)

    articles = tuple(replace(a, text="", paragraphs=()) for a in resolved.articles)
    nodes = tuple(OutlineNode(share(n.id), share(n.kind), n.label,
                              attributes=tuple(a for a in n.attributes if a[0] in ("alsoKind", "oneOfSeveralIn")))
                  for n in resolved.nodes)
    triples = tuple(OutlineTriple(share(t.subject), share(t.predicate), share(t.object), t.literal, t.datatype,
                                  stubs(t.evidence) if t.subject in events else ())
                    for t in resolved.triples if not t.literal or t.predicate in _SINGLE_VALUED)
    return Resolved(articles, nodes, triples, resolved.unmapped)


_NO_SPAN = Span(0, 0)


def _merge_nodes(a: Node, b: Node) -> Node:
    aliases = (set(a.aliases) | set(b.aliases) | {b.label}) - {a.label}
    attributes = defaultdict(set)
    for name, values in a.attributes + b.attributes:
        attributes[name].update(values)
    if b.kind != a.kind:
        attributes["alsoKind"].add(b.kind)
        attributes["alsoKind"].discard(a.kind)
    attrs = tuple(sorted((k, tuple(sorted(v))) for k, v in attributes.items() if v))
    return Node(a.id, a.kind, a.label, tuple(sorted(aliases)), tuple(sorted(set(a.same_as) | set(b.same_as))), attrs)


def _event_summaries(nodes: dict[str, Node], triples: tuple[Triple, ...], mapping: dict[str, str]) -> dict[str, dict]:
    """The summaries `resolve.same_event` compares, read back from a window's resolved events."""
    events = {i: n for i, n in nodes.items() if n.kind in EVENT_KINDS}
    represents = {t.subject: t.object for t in triples if t.predicate == "represents"}
    out = {}
    for event_id, node in events.items():
        out[event_id] = {"kind": node.kind, "kinds": {node.kind, *dict(node.attributes).get("alsoKind", ())},
                         "location": None, "start": None, "end": None, "people": set(), "sides": set(),
                         "label": node.label, "apart": frozenset(dict(node.attributes).get("oneOfSeveralIn", ()))}
    for t in triples:
        s = out.get(t.subject)
        if s is None:
            continue
        target = mapping.get(t.object, t.object)
        if t.predicate == "location":
            s["location"] = target
        elif t.predicate == "startDate":
            s["start"] = t.object
        elif t.predicate == "endDate":
            s["end"] = t.object
        elif t.predicate == "participant" and t.object in nodes:
            kind = nodes[t.object].kind
            if kind == PERSON:
                s["people"].add(target)
            elif kind == COUNTRY:
                s["sides"].add(target)
            elif kind == DELEGATION and t.object in represents:
                s["sides"].add(represents[t.object])
    for s in out.values():
        s["people"], s["sides"] = frozenset(s["people"]), frozenset(s["sides"])
    return out


def _add_articles(summaries: dict[str, dict], triples: tuple[Triple, ...], articles: tuple[Article, ...]) -> None:
    """Each event's families (the articles it is read from, a near-copy counted as its original: kg.dedupe) and
    the first and last of their dates (as `resolve.same_event` reads them: None when none is dated)."""
    root = {a.id: a.near_duplicate_of or a.id for a in articles}
    dated = {a.id: a.date for a in articles if a.date}
    for s in summaries.values():
        s["families"], s["articles"], s["published"] = set(), set(), None
    for t in triples:
        s = summaries.get(t.subject)
        if s is not None:
            for e in t.evidence:
                s["articles"].add(e.article_id)
                s["families"].add(root.get(e.article_id, e.article_id))
                date = dated.get(e.article_id)
                if date is not None:
                    s["published"] = _spanning(s["published"], (date, date))
    for s in summaries.values():
        s["families"] = frozenset(s["families"])


def _spanning(a: tuple | None, b: tuple | None) -> tuple | None:
    """The smallest range of dates holding both (either may be None: no date)."""
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), max(a[1], b[1]))


def _days(start: str, end: str | None, months: list[str] | None = None) -> list[str] | None:
    """The days from ``start`` to ``end`` (ISO dates), or None for more than ``_MAX_DAYS`` of them; given
    ``months`` (the range's first, `_months`), every day of the range in those months."""
    first = dt.date.fromisoformat(start)
    last = max(first, dt.date.fromisoformat(end)) if end else first
    if months is None and (last - first).days >= _MAX_DAYS:
        return None
    out = []
    day = first
    while day <= last:
        iso = day.isoformat()
        if months is not None and iso[:7] > months[-1]:
            break
        out.append(iso)
        day += dt.timedelta(days=1)
    return out


def _months(start: str, end: str | None) -> list[str]:
    year, month = int(start[:4]), int(start[5:7])
    last = (int(end[:4]), int(end[5:7])) if end and end >= start else (year, month)
    out = []
    while (year, month) <= last and len(out) < _MAX_MONTHS:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


# -- writing N-Triples a window at a time -----------------------------------------------------------

class NTriplesDeduper:
    """Drops lines an earlier window already wrote. Article and statement triples are new by
    construction (their IRIs carry the article's content hash), so only node descriptions and
    relations between nodes are remembered, as 64-bit keys in one sorted array (8 bytes a line).

    A window's `LineIndex` may come with it (made where the window was rendered, a worker): then
    this process only looks its keys up, and cuts out the few lines already written."""

    def __init__(self, base_iri: str) -> None:
        self._fresh = fresh_prefixes(base_iri)
        self._seen = _SortedKeys()
        self.lines = 0  # line ends in what it returned: the triples written

    def __call__(self, data: bytes, index: "LineIndex | None" = None) -> bytes:
        spans = self.spans(data, index)
        if spans == [(0, len(data))]:
            return data
        view = memoryview(data)
        return b"".join([view[start:end] for start, end in spans])

    def spans(self, data: bytes, index: "LineIndex | None" = None) -> list[tuple[int, int]]:
        """The (start, end) byte spans of ``data`` to write, in order, and remember its lines as written.
        A writer can write these spans of the window's bytes rather than a copy of what is kept."""
        index = index if index is not None else line_index(data, self._fresh)
        keys = index.keys
        self.lines += index.newlines
        if not len(keys):
            return [(0, len(data))]
        repeated = np.ones(len(keys), dtype=bool)  # a line twice in this window: the first one is kept
        unique, first, where = np.unique(keys, return_index=True, return_inverse=True)
        repeated[first] = False
        seen = self._seen.has(unique)  # looked up once a distinct line
        drop = repeated | seen[where] | (keys == _BLANK)
        self._seen.add_new(unique[~seen & (unique != _BLANK)])
        if drop.any():  # the line ends cut out, counted from the index rather than by reading all of `data` again
            self.lines -= int(np.count_nonzero(np.frombuffer(data, np.uint8)[index.ends[drop] - 1] == _NEWLINE))
        out, at = [], 0
        for start, end in zip(index.starts[drop].tolist(), index.ends[drop].tolist()):
            if start > at:
                out.append((at, start))
            at = end
        out.append((at, len(data)))
        return out



@dataclass
class LineIndex:
    """The lines of a window's N-Triples that `NTriplesDeduper` must check: their 64-bit keys and byte spans."""

    keys: np.ndarray  # uint64; _BLANK for an empty line (never written)
    starts: np.ndarray
    ends: np.ndarray
    newlines: int  # in the whole of the N-Triples, indexed or not


_BLANK = np.uint64(0)
_NEWLINE = ord("\n")


def fresh_prefixes(base_iri: str) -> tuple[bytes, bytes]:
    return (f"<{base_iri}article/".encode(), f"<{base_iri}statement/".encode())


def line_index(data: bytes, fresh: tuple[bytes, ...]) -> LineIndex:
    """The index of every line not fresh by construction. Keys are blake2b digests, not `hash()`, so
    that workers and the writing process (other interpreters, other hash seeds) agree on them."""
    keys, starts, ends = [], [], []
    # sorted N-Triples hold each fresh prefix's lines (most lines) in one run: only the lines around the runs are
    # read one by one
    regions, at = [], 0
    for start, end in sorted(filter(None, (_run_of_lines(data, prefix) for prefix in fresh))):
        if start < at:  # (runs that overlap cannot be, but nothing is skipped twice)
            regions, at = [], 0
            break
        regions.append((at, start))
        at = end
    regions.append((at, len(data)))
    for region_start, region_end in regions:
        at = region_start
        for line in data[region_start:region_end].splitlines(keepends=True):
            end = at + len(line)
            if not line.startswith(fresh):
                keys.append(int.from_bytes(blake2b(line, digest_size=8).digest(), "little") or 1
                            if line.strip() else 0)
                starts.append(at)
                ends.append(end)
            at = end
    return LineIndex(np.array(keys, dtype=np.uint64), np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64),
                     _newlines(data, 0, len(data)))


def _newlines(data: bytes, start: int, end: int) -> int:
    """data.count(b"\\n", start, end), a few times faster on a window's megabytes."""
    return int(np.count_nonzero(np.frombuffer(data, dtype=np.uint8, count=end - start, offset=start) == _NEWLINE))


def _run_of_lines(data: bytes, prefix: bytes) -> tuple[int, int] | None:
    """(start, end) of the bytes from the first line starting with `prefix` to the end of the last, when every
    line between them starts with it too (and no carriage return makes other lines of them), else None."""
    first = 0 if data.startswith(prefix) else data.find(b"\n" + prefix) + 1
    if not first and not data.startswith(prefix):
        return None
    last = max(first, data.rfind(b"\n" + prefix) + 1)
    end = data.find(b"\n", last) + 1 or len(data)
    lines = 1 + _newlines(data, first, end - 1)
    if lines != 1 + data.count(b"\n" + prefix, first, end) or data.find(b"\r", first, end) >= 0:
        return None
    return first, end


# -- streaming --------------------------------------------------------------------------------------

@dataclass
class Timings:
    """Seconds spent in each stage, summed over every process (so shares add up to 100%)."""

    seconds: Counter = field(default_factory=Counter)

    def add(self, other: dict) -> None:
        self.seconds.update(other)

    def shares(self) -> dict[str, float]:
        total = sum(self.seconds.values()) or 1.0
        return {k: v / total for k, v in self.seconds.items()}


@dataclass
class Failed:
    article: Article
    code: str  # "E300" SHACL violations, "E900" extraction crashed
    reason: str
    report: str = ""


@dataclass
class WindowResult:
    """One window, ready to write: its articles, the graph (or its N-Triples), and what failed."""

    articles: list[Article]
    failed: list[Failed]
    counts: Counter
    triples: int
    graph: Graph | None = None
    ntriples: bytes | np.ndarray | None = None  # bytes, or a uint8 array of them (from a Dask worker)
    # mentions no table could map, with the source of their article: reported, never dropped silently
    unmapped: list = field(default_factory=list)
    index: LineIndex | None = None  # of `ntriples`, for NTriplesDeduper (made where it was rendered)


@dataclass
class StreamOptions:
    base_iri: str = DEFAULT_BASE_IRI
    validate: bool = True
    window: int = WINDOW
    jobs: int = 0  # worker processes; 0: one per core when the input is more than one window
    model: str | None = None
    ntriples: bool = True  # render each window as N-Triples (streamed) rather than keep its graph
    max_events: int = MAX_EVENTS
    provenance: str = "reification"  # kg.map.PROVENANCE_MODES


def stream(articles: Iterable[Article], options: StreamOptions, nlp=None, timings: Timings | None = None,
           registry: Registry | None = None, engine=None) -> Iterator[WindowResult]:
    """Build windows of articles; yields one `WindowResult` per window, in input order.

    ``engine``: an open `kg.engine_dask.DaskEngine` builds the windows on its cluster instead."""
    timings = timings if timings is not None else Timings()
    registry = registry or Registry(options.max_events)
    if engine is not None:
        yield from engine.stream(articles, options, timings, registry)
        return
    windows = _windows(articles, options.window)
    jobs = options.jobs
    if jobs <= 0:  # auto: a process per core, unless the whole input is one window
        first = next(windows, None)
        second = next(windows, None)
        windows = itertools.chain([first, second], windows) if second else iter([first] if first else [])
        jobs = (os.cpu_count() or 1) if second else 1
        options = replace(options, jobs=jobs)
    if jobs <= 1:
        if nlp is None:
            nlp = load_model(options.model, timings)
        for window in windows:
            extracted = _stage_extract(window, nlp)
            yield _finish(extracted, registry, options, timings, _InlineRenderer(options), nlp)
        return
    yield from _stream_parallel(windows, options, timings, registry)


def load_model(model: str | None = None, timings: Timings | None = None):
    """The spaCy pipeline for a build, loaded with the garbage collector paused, then frozen out of its
    sight (`kg.runtime`): the model lives as long as the process, and every full collection would scan
    all its objects again (on short articles that was a tenth of a build's CPU time)."""
    from .nlp import load_nlp
    from .runtime import collector_paused, settle_after_model_load

    t0 = time.perf_counter()
    with collector_paused(freeze=True):
        nlp = load_nlp(model)
    settle_after_model_load()
    if timings is not None:
        timings.add({"load spaCy model": time.perf_counter() - t0})
    return nlp


def _windows(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    window: list[Article] = []
    for article in articles:
        window.append(article)
        if len(window) >= size:
            yield window
            window = []
    if window:
        yield window


@dataclass
class _Extracted:
    extractions: list[Extraction]
    resolved: Resolved | None
    failed: list[Failed]
    seconds: dict


def _stage_extract(articles: list[Article], nlp=None) -> _Extracted:
    """Stage 1 for a window: spaCy + rules, then resolve."""
    extracted = _extract_chunk(articles, nlp)
    t0 = time.perf_counter()
    extracted.resolved = resolve(extracted.extractions) if extracted.extractions else None
    extracted.seconds["resolve"] = time.perf_counter() - t0
    return extracted


def _extract_chunk(articles: list[Article], nlp=None) -> _Extracted:
    """spaCy + rules for some articles (a worker's task). An article that crashes extraction
    fails alone: the chunk is retried an article at a time."""
    nlp = nlp if nlp is not None else _WORKER_NLP
    t0 = time.perf_counter()
    failed: list[Failed] = []
    try:
        extractions = list(extract_articles(articles, nlp, batch_size=len(articles)))
    except Exception:
        extractions = []
        for article in articles:
            try:
                extractions.append(next(extract_articles([article], nlp)))
            except Exception as exc:  # a rule bug must not sink the other articles
                failed.append(Failed(article, "E900", f"extraction failed ({type(exc).__name__}: {exc})"))
    return _Extracted(extractions, None, failed, {"extract (spaCy + rules)": time.perf_counter() - t0})


@dataclass
class _Rendered:
    graph: Graph | None
    ntriples: bytes | None
    triples: int
    validation: Validation | None
    seconds: dict
    index: LineIndex | None = None


def _stage_render(resolved: Resolved, base_iri: str, validate: bool, as_ntriples: bool,
                  provenance: str = "reification") -> _Rendered:
    """Worker stage 3: map a window to RDF, validate it, serialize it. The streamed formats, with the
    default provenance, skip the rdflib Graph: kg.emit makes the same triples as a set of terms and
    writes their N-Triples; other provenance modes go through kg.map."""
    if as_ntriples and provenance == "reification":
        from .emit import ntriples as write, triples as make
        from .validate import validate_triples as check
    else:
        from .serialize import serialize

        def make(resolved, base_iri):
            return to_graph(resolved, base_iri, provenance)

        check = validate_graph
        write = (lambda graph: serialize(graph, "nt")) if as_ntriples else None
    t0 = time.perf_counter()
    made = make(resolved, base_iri)
    t1 = time.perf_counter()
    validation = check(made) if validate else None
    t2 = time.perf_counter()
    seconds = {"map": t1 - t0, "SHACL validation": t2 - t1}
    data = index = None
    if write is not None and (validation is None or validation.conforms):
        data = write(made)
        index = line_index(data, fresh_prefixes(base_iri))  # here, so a worker does it, not the writer
        seconds["serialize"] = time.perf_counter() - t2
    return _Rendered(None if write else made, data, len(made), validation, seconds, index)


class _InlineRenderer:
    def __init__(self, options: StreamOptions) -> None:
        self.options = options

    def __call__(self, resolved: Resolved) -> _Rendered:
        return _stage_render(resolved, self.options.base_iri, self.options.validate, self.options.ntriples,
                             self.options.provenance)


def _finish(extracted: _Extracted, registry: Registry, options: StreamOptions, timings: Timings,
            render: Callable[[Resolved], _Rendered], nlp=None, rendered: _Rendered | None = None,
            written: tuple[tuple[Article, ...], Counter] | None = None) -> WindowResult:
    """Stages 2 and 3 for one window; on SHACL violations, each article is retried alone so
    only the articles that do not conform are left out. A window remapped and rendered elsewhere (a
    cluster) comes with its ``rendered`` result and ``written``: the remapped window's articles and
    `_counts`."""
    timings.add(extracted.seconds)
    if extracted.resolved is None:
        return WindowResult([], extracted.failed, Counter(), 0)
    if written is None:
        t0 = time.perf_counter()
        remapped = registry.remap(extracted.resolved)
        timings.add({"registry (cross-window)": time.perf_counter() - t0})
        written = _written(remapped)
        if rendered is None:
            rendered = render(remapped)
    timings.add(rendered.seconds)
    sources = {a.id: a.source for a in extracted.resolved.articles}
    unmapped = [(sources.get(article_id, ""), item) for article_id, item in extracted.resolved.unmapped]
    if rendered.validation is None or rendered.validation.conforms:
        return WindowResult(list(written[0]), extracted.failed, written[1], rendered.triples,
                            rendered.graph, rendered.ntriples, unmapped, rendered.index)
    # Violations: build the window's articles one by one and keep those that conform.
    merged = WindowResult([], list(extracted.failed), Counter(), 0, None, b"" if options.ntriples else None, unmapped)
    for x in extracted.extractions:
        t0 = time.perf_counter()
        one = registry.remap(resolve([x]))
        timings.add({"registry (cross-window)": time.perf_counter() - t0})
        result = _stage_render(one, options.base_iri, options.validate, options.ntriples, options.provenance)
        timings.add(result.seconds)
        if result.validation is not None and not result.validation.conforms:
            merged.failed.append(Failed(x.article, "E300", f"{result.validation.violations} SHACL violation(s); "
                                        "the article was left out", result.validation.report))
            continue
        merged.articles.append(x.article)
        merged.counts.update(_counts(one))
        merged.triples += result.triples
        if options.ntriples:
            merged.ntriples += result.ntriples
        elif merged.graph is None:
            merged.graph = result.graph  # keeps to_graph's prefixes for Turtle
        else:
            merged.graph += result.graph
    return merged


# .. worker processes ..

_WORKER_NLP = None


def _init_worker(model: str | None) -> None:
    global _WORKER_NLP
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    # the main process ends its workers with SIGTERM (Pool.terminate): they must die at once, even
    # blocked on the pool's queue lock, not run a Python handler inherited from the CLI
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if _WORKER_NLP is None:  # forked workers already hold the model the main process loaded
        _WORKER_NLP = load_model(model)


def _stream_parallel(windows: Iterator[list[Article]], options: StreamOptions, timings: Timings,
                     registry: Registry) -> Iterator[WindowResult]:
    """Extraction, resolution and rendering in a pool of `jobs` processes; the registry in order in this one.

    A worker extracts and resolves a whole window, so this process only unpickles it and applies the
    registry. The last `jobs` windows are cut into chunks instead (a quarter of a window for two
    workers, resolved here), so the workers share the end of the input, or a small input, evenly.
    At most about 2 x jobs windows are in flight, so memory does not grow with the input."""
    global _WORKER_NLP
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    if context.get_start_method() == "fork" and _WORKER_NLP is None:
        # loaded once here, the model is shared by every forked worker (copy-on-write) instead of
        # each worker loading its own: less CPU and memory, and the workers start at once
        _WORKER_NLP = load_model(options.model, timings)
    pool = context.Pool(options.jobs, initializer=_init_worker, initargs=(options.model,))
    chunk = max(1, -(-options.window // (2 * options.jobs)))
    limit = 2 * options.jobs + 1
    held: deque = deque()  # windows read but not sent: the last `jobs` of the input are sent in chunks
    extracting: deque = deque()  # per window, (resolved by the worker?, its AsyncResults), in input order
    rendering: deque = deque()  # (extracted, its remapped articles and counts, AsyncResult of _stage_render)
    exhausted = False
    try:
        while True:
            while len(extracting) + len(rendering) < limit and (held or not exhausted):
                while not exhausted and len(held) <= options.jobs:
                    window = next(windows, None)
                    if window is None:
                        exhausted = True
                    else:
                        held.append(window)
                if not held:
                    break
                window = held.popleft()
                if exhausted and len(held) < options.jobs:
                    extracting.append((False, [pool.apply_async(_extract_chunk, (window[i:i + chunk],))
                                               for i in range(0, len(window), chunk)]))
                else:
                    extracting.append((True, [pool.apply_async(_stage_extract, (window,))]))
            if rendering and (rendering[0][2].ready() or not extracting):
                extracted, written, pending = rendering.popleft()
                yield _finish(extracted, registry, options, timings, None, rendered=pending.get(), written=written)
                continue
            if extracting and (all(r.ready() for r in extracting[0][1]) or not rendering):
                resolved_there, results = extracting.popleft()
                extracted = _gather([r.get() for r in results])
                if not extracted.extractions:
                    rendering.append((extracted, None, _Done(None)))
                    continue
                t0 = time.perf_counter()
                if not resolved_there:
                    extracted.resolved = resolve(extracted.extractions)
                    timings.add({"resolve": time.perf_counter() - t0})
                    t0 = time.perf_counter()
                remapped = registry.remap(extracted.resolved)
                timings.add({"registry (cross-window)": time.perf_counter() - t0})
                pending = pool.apply_async(_stage_render, (remapped, options.base_iri, options.validate,
                                                           options.ntriples, options.provenance))
                rendering.append((extracted, _written(remapped), pending))
                continue
            if not extracting and not rendering:
                break
            (rendering[0][2] if rendering else extracting[0][1][0]).wait(0.02)
        pool.close()
        pool.join()
    finally:
        pool.terminate()


def _gather(parts: list[_Extracted]) -> _Extracted:
    """One window's extraction from its parts (a whole window, already resolved, is one part)."""
    if len(parts) == 1:
        return parts[0]
    extracted = _Extracted([x for p in parts for x in p.extractions], None, [f for p in parts for f in p.failed],
                           Counter())
    for p in parts:
        extracted.seconds.update(p.seconds)  # a Counter: the parts' seconds add up
    return extracted


class _Done:
    """An already-finished result, so the queues need no special case."""

    def __init__(self, value) -> None:
        self.value = value

    def ready(self) -> bool:
        return True

    def wait(self, timeout=None) -> None:
        return None

    def get(self):
        return self.value
