"""Resolve stage: many `Extraction`s -> one `Resolved` graph where each real thing is one node.

Persons merge by name ("Trump" into "Donald Trump" when that is the only
full name with the word); countries, cities and organizations by their
gazetteer name; events across articles when nothing contradicts them (kind,
place, dates) and something ties them (same place, overlapping dates,
shared people). Links to Wikidata and GeoNames come from the gazetteer only.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable

from .dates import DateRange
from .link import gazetteer
from .model import (COUNTRY, DELEGATION, EVENT_KINDS, GOODS, MEASURE_KINDS, ORGANIZATION, PERSON, PLACE, VESSEL, Entity,
                    Evidence,
                    Extraction, Node, Resolved, Triple)
from .names import normalize_name, short_hash, slugify, standalone_name_words
from .tables import COMMON_SURNAMES, LEADER_TITLES, UNDATED_EVENT_GAP_DAYS, is_given_name
from .namespace import GEONAMES, WIKIDATA

_SEGMENT = {PERSON: "person", ORGANIZATION: "organization", COUNTRY: "country", PLACE: "place", GOODS: "goods",
            DELEGATION: "delegation", VESSEL: "vessel"}
# Properties with one value per node: the strongest or most specific value wins.
_SINGLE_VALUED = ("startDate", "endDate", "location", "represents")


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve(extractions: Iterable[Extraction]) -> Resolved:
    extractions = sorted(extractions, key=lambda x: x.article.id)
    gaz = gazetteer()
    node_of: dict[tuple[str, str], str] = {}  # (article id, entity key) -> node id
    entity_of: dict[tuple[str, str], Entity] = {}
    for x in extractions:
        for e in x.entities:
            entity_of[(x.article.id, e.key)] = e

    # -- named things -------------------------------------------------------
    persons, by_leader = _person_names(extractions, gaz)
    for x in extractions:
        for e in x.entities:
            if e.kind == PERSON:
                norm = normalize_name(e.label)
                name = persons[norm]
                if norm in by_leader and (norm in COMMON_SURNAMES or is_given_name(norm)) \
                        and not _leader_named_alone(x, e, by_leader[norm]):
                    name = e.label  # "Okafor met Lee": a common name, and no sign of South Korea's president
                node_of[(x.article.id, e.key)] = "person/" + slugify(name)
            elif e.kind in _SEGMENT and e.kind != DELEGATION:
                # "China's commerce ministry" is not India's: a body with a common name carries its owner (kg.extract)
                # and a venue the city it is in: the Shangri-La Hotel of Singapore is not Manila's (kg.extract)
                owner = "".join(slugify(o) + "-" for o in e.attribute("owner" if e.kind == ORGANIZATION else "in"))
                node_of[(x.article.id, e.key)] = f"{_SEGMENT[e.kind]}/{owner}{slugify(_canonical_label(e, gaz))}"

    # -- events across articles ----------------------------------------------
    events = [(x, e) for x in extractions for e in x.entities if e.kind in EVENT_KINDS]
    facts_by_subject = defaultdict(list)
    for x in extractions:
        for f in x.facts:
            facts_by_subject[(x.article.id, f.subject)].append(f)
    summaries = [_event_summary(x, e, facts_by_subject, node_of, entity_of) for x, e in events]
    uf = _UnionFind()
    for i in range(len(events)):
        uf.find(i)
    # the meetings one article keeps apart ("held meetings with A and B") stay apart: no other article's
    # event, like each of them, joins them into one. Each joins first the events most like it (the most shared
    # people); without such meetings the order changes nothing
    apart = {i: {events[i][0].article.id} if summaries[i]["apart"] else set() for i in range(len(events))}
    pairs = [(i, j) for i, j in _candidate_pairs(summaries, gaz)
             if events[i][0].article.id != events[j][0].article.id and same_event(summaries[i], summaries[j], gaz)]
    pairs.sort(key=lambda p: (not (apart[p[0]] or apart[p[1]]),
                              -len(summaries[p[0]]["people"] & summaries[p[1]]["people"])))
    for i, j in pairs:
        ri, rj = uf.find(i), uf.find(j)
        if ri != rj and not apart[ri] & apart[rj]:
            uf.union(ri, rj)
            apart[uf.find(i)] = apart[ri] | apart[rj]
    groups = defaultdict(list)
    for i in range(len(events)):
        groups[uf.find(i)].append(i)
    named = []
    for members in groups.values():
        merged = _merge_summaries([summaries[i] for i in members])
        place = merged["location"]
        parts = [merged["kind"].lower()]
        if place:
            parts.append(place.split("/", 1)[1])
        if merged["start"]:
            parts.append(merged["start"])
        named.append((members, "event/" + "-".join(parts),
                      not place or not merged["start"] or any(summaries[i]["apart"] for i in members)))
    # "A will meet B and C in Osaka on Friday. He will also meet D and E in Osaka on Friday": events kept apart
    # that share kind, place and day are still two nodes
    taken = Counter(event_id for _, event_id, hashed in named if not hashed)
    for members, event_id, hashed in named:
        # "held meetings with A and B in London on Tuesday": two meetings of one place and day, each its own node
        if hashed or taken[event_id] > 1:
            first = min((events[i][0].article.id, events[i][1].key) for i in members)
            event_id += "-" + short_hash("|".join(first), 8)
        for i in members:
            x, e = events[i]
            node_of[(x.article.id, e.key)] = event_id

    # -- delegations and measures, named after what they belong to --------------
    for x in extractions:
        for e in x.entities:
            key = (x.article.id, e.key)
            if e.kind == DELEGATION:
                side = node_of.get((x.article.id, e.attribute("represents")[0])) if e.attribute("represents") else None
                event = next((node_of.get((x.article.id, f.subject)) for f in x.facts
                              if f.predicate == "participant" and f.object == e.key), None)
                suffix = event.split("/", 1)[1] if event else x.article.id[:8]
                node_of[key] = f"delegation/{(side or 'unknown').split('/', 1)[-1]}-at-{suffix}"
            elif e.kind in MEASURE_KINDS:
                node_of[key] = "measure/" + _measure_slug(x, e, node_of)

    # -- triples ---------------------------------------------------------------
    evidence_for: dict[tuple, list[Evidence]] = defaultdict(list)
    literal_info: dict[tuple, tuple[bool, str]] = {}
    for x in extractions:
        a = x.article
        for f in x.facts:
            subject = node_of.get((a.id, f.subject))
            obj = f.object if f.literal else node_of.get((a.id, f.object))
            if subject is None or obj is None:
                continue
            triple_key = (subject, f.predicate, obj)
            literal_info[triple_key] = (f.literal, f.datatype)
            text = a.text[f.sentence.start:f.sentence.end]
            evidence_for[triple_key].append(Evidence(a.id, f.sentence, text, f.confidence, f.rule))

    nodes = _build_nodes(extractions, node_of, gaz)
    _name_events_by_place(nodes, evidence_for)
    _add_leader_affiliations(nodes, evidence_for, literal_info, gaz)
    _add_implied_countries(extractions, node_of, nodes, evidence_for, literal_info, gaz)
    _territories_as_places(nodes, evidence_for, gaz)
    triples = _single_valued(evidence_for, literal_info, nodes)
    return Resolved(articles=tuple(x.article for x in extractions), nodes=tuple(sorted(nodes.values(), key=lambda n: n.id)),
                    triples=triples, unmapped=tuple((x.article.id, u) for x in extractions for u in x.unmapped))


def _record(kind: str, label: str, gaz):
    """The gazetteer entry for a node of this kind, or None: the one place kinds meet tables."""
    lookup = {COUNTRY: gaz.country, PLACE: gaz.city, ORGANIZATION: gaz.organization, PERSON: gaz.leader}.get(kind)
    return lookup(label) if lookup else None


def _canonical_label(e: Entity, gaz) -> str:
    record = _record(e.kind, e.label, gaz) if e.kind != PERSON else None
    if record:
        return gaz.city_label(record) if e.kind == PLACE else record.label
    return organization_core_name(e.label) if e.kind == ORGANIZATION else e.label


_ORG_DESCRIPTORS = re.compile(r"\s+(news agency|agency|corporation|corp|inc|ltd|limited|co|company|group|plc)$")
_BODY_FIRST = re.compile(r"^(\w+(?: \w+)?) (ministry|department)$")


def organization_core_name(label: str) -> str:
    """One key for the names of one body: "Xinhua news agency" -> "xinhua", "Commerce Ministry" -> "ministry of commerce"."""
    name = normalize_name(label)
    name = _ORG_DESCRIPTORS.sub("", name) or name
    match = _BODY_FIRST.match(name)
    return f"{match.group(2)} of {match.group(1)}" if match else name


def _person_names(extractions, gaz) -> tuple[dict[str, str], dict]:
    """normalized person name -> the full name it stands for across all articles; and the lone names that stand
    for a sitting leader only by the gazetteer (no full name of the window has the word) -> that leader."""
    names = {e.label for x in extractions for e in x.entities if e.kind == PERSON}
    full = [n for n in names if len(n.split()) > 1]
    by_word = defaultdict(set)
    for name in full:
        # not "bin" nor the father's name after it: "Faisal" alone is not "Omar bin Faisal"
        for _, word in standalone_name_words(name):
            by_word[normalize_name(word)].add(name)
    # "Trump" with no full name anywhere: a sitting leader whose name has that word, if only one does
    by_leader = {}
    for word, leaders in gaz.leader_words().items():
        if word not in by_word and len(leaders) == 1 and len(word) > 2:
            by_word[word] = {leaders[0].label}
            by_leader[word] = leaders[0]
    out = {}
    for name in names:
        norm = normalize_name(name)
        leader = gaz.leader(name)
        if leader:
            out[norm] = leader.label
        elif len(name.split()) == 1 and len(by_word.get(norm, ())) == 1:
            out[norm] = next(iter(by_word[norm]))
        else:
            out[norm] = name
    return out, {norm: leader for norm, leader in by_leader.items() if norm in out}


# the words of a head of state's or government's title ("prime", not "minister": a trade minister is none)
_LEADER_TITLE_WORDS = frozenset(w for title in LEADER_TITLES for w in title.split()) - {"minister"}


def _leader_named_alone(x, person: Entity, leader) -> bool:
    """Whether an article's lone common name ("Lee", "Mark") is the sitting leader whose name has the word: the
    article names the leader's country, or titles the person with a word of the leader's post ("President Lee").
    A common name is many people's: "Okafor met Lee in Lagos" is not South Korea's president."""
    if leader.country and any(e.kind == COUNTRY and e.label == leader.country for e in x.entities):
        return True
    post = set(normalize_name(leader.position).split()) & _LEADER_TITLE_WORDS
    return any(post & set(normalize_name(f.object).split())
               for f in x.facts if f.subject == person.key and f.predicate == "title")


def _event_summary(x, e, facts_by_subject, node_of, entity_of) -> dict:
    s = {"kind": e.kind, "kinds": {e.kind, *e.attribute("alsoKind")}, "location": None, "start": None, "end": None,
         "people": set(), "sides": set(), "label": e.label, "order": (x.article.id, e.key),
         "families": {x.article.near_duplicate_of or x.article.id}, "apart": bool(e.attribute("oneOfSeveral")),
         "published": (x.article.date, x.article.date) if x.article.date else None}
    for f in facts_by_subject[(x.article.id, e.key)]:
        target = node_of.get((x.article.id, f.object)) if not f.literal else f.object
        if f.predicate == "location":
            s["location"] = target
        elif f.predicate == "startDate":
            s["start"] = min(filter(None, (s["start"], f.object)))
        elif f.predicate == "endDate":
            s["end"] = max(filter(None, (s["end"], f.object)))
        elif f.predicate == "participant":
            other = entity_of.get((x.article.id, f.object))
            if other is None:
                continue
            if other.kind == PERSON:
                s["people"].add(target)
            elif other.kind == COUNTRY:
                s["sides"].add(target)
            elif other.kind == DELEGATION and other.attribute("represents"):
                s["sides"].add(node_of.get((x.article.id, other.attribute("represents")[0])))
    return s


def _candidate_pairs(summaries, gaz):
    """Pairs of events worth comparing: those sharing a country of location, a person or both sides.

    Comparing every pair is quadratic in the number of articles. Two mentions
    of one event share at least one of these keys (else `same_event` finds
    too few ties), so blocking on them loses nothing; within a key, dated
    events meet only events of the same month, and undated ones meet all.
    """
    dated: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    undated: dict[tuple, list[int]] = defaultdict(list)
    for i, s in enumerate(summaries):
        keys = [("person", person) for person in s["people"]]
        if s["location"]:
            keys.append(("place", country_of(s["location"], gaz)))
        if len(s["sides"] - {None}) > 1:
            keys.append(("sides", tuple(sorted(s["sides"] - {None}))))
        for key in keys:
            if s["start"]:
                dated[key][s["start"][:7]].append(i)
            else:
                undated[key].append(i)
    seen = set()

    def pairs(left, right):
        for a in left:
            for b in right:
                pair = (max(a, b), min(a, b))
                if a != b and pair not in seen:
                    seen.add(pair)
                    yield pair

    for key in set(dated) | set(undated):
        months = dated.get(key, {})
        for members in months.values():
            yield from pairs(members, members)
        everyone = [i for members in months.values() for i in members] + undated.get(key, [])
        yield from pairs(undated.get(key, []), everyone)


def country_of(place_id: str, gaz) -> str:
    if place_id.startswith("country/"):
        return place_id
    city = gaz.city(place_id.split("/", 1)[1].replace("-", " "))
    record = gaz.country(city.country) if city and city.country else None
    return "country/" + slugify(record.label) if record else place_id


@lru_cache(maxsize=1 << 14)  # the registry compares one event with many earlier ones: the same dates again and again
def _date_range(start: str, end: str | None) -> DateRange:
    import datetime as dt
    return DateRange(dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None)


def _place_relation(a: str, b: str, gaz) -> bool:
    """The same place, or a city and the country it is in."""
    if a == b:
        return True
    kinds = {a.split("/")[0], b.split("/")[0]}
    return kinds == {"country", "place"} and country_of(a, gaz) == country_of(b, gaz)


def place_and_dates_agree(a_location: str | None, a_start: str | None, a_end: str | None,
                          b_location: str | None, b_start: str | None, b_end: str | None, gaz) -> bool:
    """Two of `same_event`'s refusals, from plain values: places that are neither one place nor a city
    and its country, dates that do not overlap. The registry asks this first of each earlier event an
    index key brings, most of which it refuses, before it unpacks the event's summary."""
    if a_location and b_location and not _place_relation(a_location, b_location, gaz):
        return False
    return not (a_start and b_start) or _date_range(a_start, a_end).overlaps(_date_range(b_start, b_end))


def _published_apart(a, b) -> bool:
    """Whether two events' articles (each a range of publication dates: the first and the last article that
    tells it) are more than ``UNDATED_EVENT_GAP_DAYS`` apart."""
    if not a or not b:
        return False
    return max((b[0] - a[1]).days, (a[0] - b[1]).days) > UNDATED_EVENT_GAP_DAYS


def same_event(a, b, gaz) -> bool:
    """Whether two event summaries tell one event. ``a``'s collections are sets; ``b``'s may be any
    (the registry passes the tuples it keeps, not sets made for one comparison)."""
    shared_people = a["people"].intersection(b["people"])
    if a["kinds"].isdisjoint(b["kinds"]) and len(shared_people) < 2:
        return False
    if not a["start"] and not b["start"] and _published_apart(a.get("published"), b.get("published")):
        return False  # undated, told by articles months apart: two meetings of the same people
    if not place_and_dates_agree(a["location"], a["start"], a["end"], b["location"], b["start"], b["end"], gaz):
        return False
    ties = bool(a["location"] and b["location"]) + bool(a["start"] and b["start"])
    if a["people"] and b["people"] and not shared_people:
        return False
    ties += len(shared_people) + len(a["sides"].intersection(b["sides"]) - {None})
    # copies of one story (kg.dedupe) tell the same events: one tie, so a shared place or date still must agree
    ties += not a.get("families", set()).isdisjoint(b.get("families", ()))
    return ties >= 2


def _merge_summaries(summaries) -> dict:
    kinds = [s["kind"] for s in summaries]
    kind = max(set(kinds), key=lambda k: (kinds.count(k), k))
    locations = [s["location"] for s in summaries if s["location"]]
    location = None
    for loc in sorted(locations):
        if location is None or (location.startswith("country/") and loc.startswith("place/")):
            location = loc
    starts = [s["start"] for s in summaries if s["start"]]
    return {"kind": kind, "location": location, "start": min(starts) if starts else None}


def _measure_slug(x, e, node_of) -> str:
    imposer = next((node_of.get((x.article.id, f.subject)) for f in x.facts
                    if f.object == e.key and f.predicate in ("imposes", "proposes")), None)
    goods = sorted(node_of.get((x.article.id, f.object), "") for f in x.facts
                   if f.subject == e.key and f.predicate == "appliesTo")
    parts = [slugify(e.kind)]
    if imposer:
        parts.append(imposer.split("/", 1)[1])
    if goods:
        parts.append(goods[0].split("/", 1)[1])
    else:
        # with no goods, whom it targets tells two measures of one imposer apart (the UK's sanctions on Iran are
        # not its sanctions on Russia); with neither, nor an imposer, it is its article's own
        targets = sorted(node_of.get((x.article.id, f.object), "") for f in x.facts
                         if f.subject == e.key and f.predicate == "targets")
        if targets and targets[0]:
            parts.append(targets[0].split("/", 1)[1])
        elif not imposer:
            parts.append(x.article.id[:8])
    status = e.attribute("status")
    if status:
        parts.append(slugify(status[0]))
    return "-".join(parts)


def _build_nodes(extractions, node_of, gaz) -> dict[str, Node]:
    labels: dict[str, list[str]] = defaultdict(list)
    kinds: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, set[str]] = defaultdict(set)
    attributes: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for x in extractions:
        for e in x.entities:
            node = node_of.get((x.article.id, e.key))
            if node is None:
                continue
            kinds[node].add(e.kind)
            labels[node].append(e.label)
            aliases[node].update(e.aliases)
            if not e.attributes:  # most entities
                continue
            kinds[node].update(e.attribute("alsoKind"))
            for name, values in e.attributes:
                if name not in ("alsoKind", "represents", "owner", "in", "oneOfSeveral"):
                    attributes[node][name].update(values)
            if e.attribute("oneOfSeveral"):
                # the articles it is one of several meetings of: the registry keeps it apart from their others too
                attributes[node]["oneOfSeveralIn"].add(x.article.id)
    nodes = {}
    for node_id, node_kinds in kinds.items():
        kind = sorted(node_kinds)[0] if len(node_kinds) == 1 else _main_kind(node_kinds)
        label = _pick_label(node_id, kind, labels[node_id], gaz)
        same_as = _links(kind, label, gaz)
        extra = tuple(sorted(k for k in node_kinds if k != kind))
        attrs = {name: tuple(sorted(v)) for name, v in attributes[node_id].items()}
        if extra:
            attrs["alsoKind"] = extra
        nodes[node_id] = Node(node_id, kind, label, tuple(sorted((aliases[node_id] | set(labels[node_id])) - {label})),
                              same_as, tuple(sorted(attrs.items())))
    return nodes


def _main_kind(kinds: set[str]) -> str:
    for preferred in ("Summit", "Meeting", "ExportControl", "Tariff", "Sanction", "Measure", "Event"):
        if preferred in kinds:
            return preferred
    return sorted(kinds)[0]


def _pick_label(node_id: str, kind: str, labels: list[str], gaz) -> str:
    if kind == PERSON:
        full = max(labels, key=lambda n: (len(n.split()), n))
        leader = gaz.leader(full)
        if leader is None and len(full.split()) == 1:
            # "President Trump" alone: `_person_names` gave the node the sitting leader's IRI; the label and
            # the links are that leader's too
            leader = gaz.leader_by_surname(full)
            if leader is not None and node_id != "person/" + slugify(leader.label):
                leader = None
        return leader.label if leader else full
    record = _record(kind, labels[0], gaz)
    if record:
        return gaz.city_label(record) if kind == PLACE else record.label
    if kind in MEASURE_KINDS:
        # one measure told in several articles keeps the phrase that says most of it: the one with its rate
        # ("additional 34 percent tariff", not another article's bare "tariffs"), then the most common, the longest
        return min(set(labels), key=lambda n: (not any(ch.isdigit() for ch in n), -labels.count(n), -len(n), n))
    # the most common surface form, ties broken by the shortest then alphabetically: deterministic
    return min(set(labels), key=lambda n: (-labels.count(n), len(n), n))


def _links(kind: str, label: str, gaz) -> tuple[str, ...]:
    record = _record(kind, label, gaz)
    if record is None:
        return ()
    links = []
    if record.wikidata:
        links.append(str(WIKIDATA[record.wikidata]))
    if record.geonames and kind in (COUNTRY, PLACE):
        links.append(str(GEONAMES[record.geonames + "/"]))
    return tuple(links)


def _name_events_by_place(nodes, evidence_for) -> None:
    """ "talks" alone says little in a list of events: "talks in Lima" says which."""
    for (s, p, o) in evidence_for:
        node = nodes.get(s)
        if p != "location" or node is None or node.kind not in EVENT_KINDS or o not in nodes:
            continue
        place = nodes[o].label
        if normalize_name(place) not in normalize_name(node.label):
            aliases = tuple(sorted(set(node.aliases) | {node.label}))
            nodes[s] = Node(node.id, node.kind, f"{node.label} in {place}", aliases, node.same_as, node.attributes)


def _add_leader_affiliations(nodes, evidence_for, literal_info, gaz) -> None:
    """A sitting head of state or government acts for their country (from the leaders table)."""
    affiliated = {s for (s, p, o) in evidence_for if p == "affiliatedWith" and o.startswith("country/")}
    for node in list(nodes.values()):
        if node.kind != PERSON or node.id in affiliated:
            continue
        leader = gaz.leader(node.label)
        if not leader or not leader.country:
            continue
        country = gaz.country(leader.country)
        if not country:
            continue
        country_id = "country/" + slugify(country.label)
        if country_id not in nodes:
            nodes[country_id] = Node(country_id, COUNTRY, country.label, (), _links(COUNTRY, country.label, gaz))
        triple_key = (node.id, "affiliatedWith", country_id)
        literal_info[triple_key] = (False, "")
        # supported by the reference table, not a sentence: evidence with an empty span is not reified
        evidence_for.setdefault(triple_key, [])


# A city's country taken from the gazetteer, not read in the text: weaker than a country the text names.
IMPLIED_COUNTRY_CONFIDENCE = 0.7
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019')]*\s+(?=[\"\u201c\u2018(]?[A-Z0-9])")


def _add_implied_countries(extractions, node_of, nodes, evidence_for, literal_info, gaz) -> None:
    """A city the text places in no country is in the one the gazetteer gives ("talks in Geneva" are in
    Switzerland), when the name is not shared by cities of other countries. The statement's evidence is
    the sentence naming the city, with a lower confidence and its own rule; the country node has its
    label (its links come with the first article that names it)."""
    for x in extractions:
        placed = {f.subject for f in x.facts if f.predicate == "locatedIn"}
        for e in x.entities:
            node_id = node_of.get((x.article.id, e.key))
            if e.kind != PLACE or not e.mentions or e.key in placed or node_id not in nodes:
                continue
            country = gaz.city_country(nodes[node_id].label)
            if country is None:
                continue
            country_id = "country/" + slugify(country.label)
            if country_id == node_id:
                continue
            if country_id not in nodes:
                # typed kg:Place, not kg:Country, until some text names it: "which countries does the news
                # talk about?" must not list a country no article mentions (its node merges by IRI when one does)
                # and without links: a link says "this article is about this country", which it is not
                nodes[country_id] = Node(country_id, PLACE, country.label)
            sentence = _sentence_around(x.article, e.mentions[0])
            triple_key = (node_id, "locatedIn", country_id)
            literal_info[triple_key] = (False, "")
            evidence_for[triple_key].append(Evidence(x.article.id, sentence, x.article.text[sentence.start:sentence.end],
                                                     IMPLIED_COUNTRY_CONFIDENCE, "place-in-country-gazetteer"))


# Relations in which a node acts as an agent: predicate -> True when the agent is the subject, False the object
_AGENT_ROLES = {"imposes": True, "proposes": True, "participant": False, "targets": False, "represents": False,
                "affiliatedWith": False}


def _territories_as_places(nodes, evidence_for, gaz) -> None:
    """A territory of the gazetteer (Hong Kong, Macao, Guam: not independent) is no country: "which countries?"
    must not list it. It is a place, unless some text makes it act - a party to talks, a measure's target or
    imposer, a delegation's principal - where kg:Country is the one agent class a territory fits."""
    acting = {s if subject_side else o for (s, p, o) in evidence_for if (subject_side := _AGENT_ROLES.get(p)) is not None}
    for node_id, node in list(nodes.items()):
        if node.kind == COUNTRY and node_id not in acting and gaz.is_territory(gaz.country(node.label)):
            nodes[node_id] = Node(node.id, PLACE, node.label, node.aliases, node.same_as, node.attributes)


def _sentence_around(article, mention):
    """The sentence of its paragraph that holds a mention (a plain splitter: spaCy's sentences are gone here)."""
    from .model import Span

    paragraph = next((p.span for p in article.paragraphs if p.span.start <= mention.start < p.span.end),
                     Span(0, len(article.text)))
    start, end = paragraph.start, paragraph.end
    for match in _SENTENCE_END.finditer(article.text, paragraph.start, paragraph.end):
        if match.end() <= mention.start:
            start = match.end()
        elif match.start() >= mention.end - 1:
            end = match.start() + 1
            break
    return Span(start, end)


def _single_valued(evidence_for, literal_info, nodes) -> tuple[Triple, ...]:
    by_subject_predicate = defaultdict(list)
    for (s, p, o), evidence in evidence_for.items():
        by_subject_predicate[(s, p)].append((o, evidence))
    triples = []
    for (s, p), values in by_subject_predicate.items():
        if p in _SINGLE_VALUED and len(values) > 1:
            values = [_choose(p, values)]
        for o, evidence in values:
            literal, datatype = literal_info[(s, p, o)]
            if not literal and (o not in nodes or s not in nodes):
                continue
            evidence = tuple(evidence) if len(evidence) == 1 else tuple(  # (most have one)
                sorted(set(evidence), key=lambda e: (e.article_id, e.sentence.start, e.rule)))
            triples.append(Triple(s, p, o, literal, datatype, evidence))
    return tuple(sorted(triples, key=lambda t: (t.subject, t.predicate, t.object)))


def _choose(predicate, values):
    if predicate == "startDate":
        return min(values, key=lambda v: v[0])
    if predicate == "endDate":
        return max(values, key=lambda v: v[0])
    if predicate == "location":
        # the most specific place: a city before a country, then the best supported
        return min(values, key=lambda v: (not v[0].startswith("place/"), -len(v[1]), v[0]))
    return max(values, key=lambda v: (len(v[1]), v[0]))
