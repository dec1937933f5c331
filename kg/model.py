"""Typed intermediates passed between stages: read -> extract -> resolve -> map.

Everything is frozen so a stage cannot change what an earlier stage produced;
character offsets always refer to `Article.text`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    span: Span
    role: str  # "body", "title", "caption", "heading", "furniture", "dateline"


@dataclass(frozen=True)
class Article:
    id: str  # content hash: the same text always gets the same id
    text: str
    title: str
    date: dt.date | None
    date_source: str  # "header", "dateline", "option", "text" or "" when unknown
    source: str  # where it was read from (a path, "-" or a URL)
    paragraphs: tuple[Paragraph, ...]
    dateline_place: str = ""
    url: str = ""
    # id of an earlier article whose body this one nearly copies (kg.dedupe): their events are tied
    near_duplicate_of: str = ""

    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.role == "body")


# Entity kinds are the local names of ontology classes (see ontology/kg.ttl).
PERSON, ORGANIZATION, COUNTRY, PLACE = "Person", "Organization", "Country", "Place"
DELEGATION, MEETING, SUMMIT, EVENT = "Delegation", "Meeting", "Summit", "Event"
MEASURE, TARIFF, EXPORT_CONTROL, SANCTION = "Measure", "Tariff", "ExportControl", "Sanction"
GOODS = "Goods"
VESSEL = "Vessel"
EVENT_KINDS = frozenset({MEETING, SUMMIT, EVENT})
MEASURE_KINDS = frozenset({MEASURE, TARIFF, EXPORT_CONTROL, SANCTION})
AGENT_KINDS = frozenset({PERSON, ORGANIZATION, COUNTRY})


@dataclass(frozen=True)
class Entity:
    """One thing an article talks about, with every place it is mentioned."""

    key: str  # unique within the article, e.g. "Person:he lifeng", "Meeting:1"
    kind: str
    label: str
    mentions: tuple[Span, ...] = ()
    aliases: tuple[str, ...] = ()
    # literal attributes (predicate local name -> values), e.g. ("startDate", ("2025-10-24",))
    attributes: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def attribute(self, name: str) -> tuple[str, ...]:
        return dict(self.attributes).get(name, ())


@dataclass(frozen=True)
class Fact:
    """A relation read from one sentence. `object` is an entity key, or a literal when `literal`."""

    subject: str
    predicate: str  # ontology property local name, e.g. "leads"
    object: str
    sentence: Span
    confidence: float
    rule: str  # which extraction rule produced it, for debugging and reports
    literal: bool = False
    datatype: str = ""  # "date", "decimal" or "" for a plain string


@dataclass(frozen=True)
class Unmapped:
    """Something recognised in the text that no table could map: reported, never dropped silently."""

    text: str
    span: Span
    reason: str


@dataclass(frozen=True)
class Extraction:
    article: Article
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    unmapped: tuple[Unmapped, ...] = ()


@dataclass(frozen=True)
class Node:
    """A resolved real-world thing: one per thing across all articles."""

    id: str  # IRI path below the base, e.g. "person/he-lifeng"
    kind: str
    label: str
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()  # full IRIs (Wikidata, GeoNames)
    attributes: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Evidence:
    article_id: str
    sentence: Span
    text: str
    confidence: float
    rule: str


@dataclass(frozen=True)
class Triple:
    subject: str  # node id
    predicate: str
    object: str  # node id, or a literal when literal
    literal: bool = False
    datatype: str = ""
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Resolved:
    """The whole graph before it becomes RDF: nodes, triples, and the articles they came from."""

    articles: tuple[Article, ...]
    nodes: tuple[Node, ...]
    triples: tuple[Triple, ...]
    unmapped: tuple[tuple[str, Unmapped], ...] = field(default=())
