"""The mutable scratchpad extraction fills in, frozen into an `Extraction` at the end."""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

from ..model import Article, Entity, Extraction, Fact, Span, Unmapped
from ..names import normalize_name


@dataclass
class EntityDraft:
    key: str
    kind: str
    label: str
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    attributes: dict[str, list[str]] = field(default_factory=dict)


class Collector:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.entities: dict[str, EntityDraft] = {}
        self.facts: list[Fact] = []
        self.unmapped: list[Unmapped] = []
        self._redirects: dict[str, str] = {}

    # -- entities -----------------------------------------------------------
    def entity(self, kind: str, label: str, span: Span | None = None, key: str | None = None) -> str:
        key = key or f"{kind}:{normalize_name(label)}"
        key = self.canonical(key)
        draft = self.entities.get(key)
        if draft is None:
            draft = self.entities[key] = EntityDraft(key, kind, label)

        if span is not None and span not in draft.mentions:
            draft.mentions.append(span)
        return key

    def attribute(self, key: str, name: str, value: str) -> None:
        values = self.entities[self.canonical(key)].attributes.setdefault(name, [])
        if value not in values:
            values.append(value)

    def canonical(self, key: str) -> str:
        while key in self._redirects:
            key = self._redirects[key]
        return key

    def merge(self, source: str, target: str) -> None:
        """Fold entity `source` into `target`; facts pointing at either now point at `target`."""
        source, target = self.canonical(source), self.canonical(target)
        if source == target:
            return
        moved = self.entities.pop(source)
        kept = self.entities[target]
        kept.mentions.extend(m for m in moved.mentions if m not in kept.mentions)
        kept.aliases |= moved.aliases | ({moved.label} if moved.label != kept.label else set())
        for name, values in moved.attributes.items():
            for value in values:
                if value not in kept.attributes.setdefault(name, []):
                    kept.attributes[name].append(value)
        self._redirects[source] = target

    # -- facts --------------------------------------------------------------
    def fact(self, subject: str, predicate: str, obj: str, sentence: Span, confidence: float, rule: str,
             *, literal: bool = False, datatype: str = "") -> None:
        self.facts.append(Fact(subject, predicate, obj, sentence, round(confidence, 3), rule, literal, datatype))

    def report(self, text: str, span: Span, reason: str) -> None:
        self.unmapped.append(Unmapped(text, span, reason))

    # -- freeze -------------------------------------------------------------
    def freeze(self) -> Extraction:
        entities = tuple(
            Entity(d.key, d.kind, d.label, tuple(sorted(d.mentions, key=attrgetter("start", "end"))),
                   tuple(sorted(d.aliases - {d.label})),
                   tuple(sorted((k, tuple(v)) for k, v in d.attributes.items())))
            for d in sorted(self.entities.values(), key=attrgetter("key"))
        )
        facts = []
        seen = set()  # each fact's fields as a plain tuple: what Fact's equality compares, hashed in C
        for f in self.facts:
            subject = self.canonical(f.subject)
            obj = f.object if f.literal else self.canonical(f.object)
            if not f.literal and subject == obj:
                continue
            sentence = f.sentence
            fields = (subject, f.predicate, obj, sentence.start, sentence.end, f.confidence, f.rule, f.literal, f.datatype)
            if fields not in seen:
                seen.add(fields)
                facts.append(f if subject == f.subject and obj == f.object else
                             Fact(subject, f.predicate, obj, sentence, f.confidence, f.rule, f.literal, f.datatype))
        return Extraction(self.article, entities, tuple(facts), tuple(self.unmapped))
