"""Extract stage: `Article` -> `Extraction` (entities and facts with sentence offsets).

The spaCy `Doc` lives only inside this package. Rules are grouped by what
they read (one module each): mentions, people, delegations, events,
measures; the tables they use are in `kg.tables`.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from ..blas import one_thread
from ..link import gazetteer
from ..model import COUNTRY, DELEGATION, ORGANIZATION, PERSON, PLACE, Article, Extraction, Span
from ..names import normalize_name
from ..nlp import even_batches
from ..tables import (ADJECTIVES_OF_A_NAMED_BODY, CONFIDENCE, GENERIC_BODY_WORDS, GOVERNMENT_BODY_WORDS,
                      NATIONAL_BODIES,
                      ORGANIZATION_ADJECTIVES, TITLE_HEAD_WORDS)
from .collector import Collector
from .delegations import delegation_sides, read_delegations
from .events import emit_event_facts, fold_events, main_event, read_event_mentions, read_precedes
from .measures import fold_measures, read_measures
from .mentions import ArticleEntities, ParagraphContext, collect_mentions, country_named_before, is_venue_name
from .people import affiliate_by_post, read_titles
from .syntax import sentences as mended_sentences

_SIDE_NOUNS = frozenset({"official", "officials", "government", "administration", "side", "negotiator", "negotiators",
                         "authorities", "leaders", "leader", "diplomats", "ministry", "regulators", "delegation", "team",
                         "counterpart", "counterparts"})
_GROUP_PRONOUNS = frozenset({"it", "its"})


def extract_articles(articles: Iterable[Article], nlp, batch_size: int = 64) -> Iterator[Extraction]:
    """Extract many articles, feeding spaCy one stream of paragraphs (nlp.pipe) for speed."""
    articles = iter(articles)
    while True:
        batch = [a for _, a in zip(range(batch_size), articles)]
        if not batch:
            return
        texts, owners = [], []
        for index, article in enumerate(batch):
            for paragraph in article.body():
                texts.append(article.text[paragraph.span.start:paragraph.span.end])
                owners.append((index, paragraph.span.start))
        docs: list[list[ParagraphContext]] = [[] for _ in batch]
        for (index, offset), text, doc in zip(owners, texts, _pipe(nlp, texts)):
            docs[index].append(ParagraphContext(doc, offset, text=text))
        for article, contexts in zip(batch, docs):
            yield ArticleState(article).run(contexts)


# spaCy works on a batch of texts at once, with memory that grows with the characters in it: a batch
# is at most about 256 texts and this many characters (kg.read cuts paragraphs to 5,000), and batches
# are cut even (`kg.nlp.even_batches`).
PIPE_BATCH_CHARS = 100_000


def _pipe(nlp, texts: list[str], batch_size: int = 256, max_chars: int = PIPE_BATCH_CHARS):
    with one_thread():  # kg's parallelism is processes: the matrix products of each stay on one core (kg.blas)
        for start, end in even_batches([len(text) for text in texts], batch_size, max_chars):
            yield from nlp.pipe(texts[start:end], batch_size=end - start)


def _token_span(token, ctx: ParagraphContext) -> Span:
    """A token's place in the article."""
    return ctx.span(token.idx, token.idx + len(token.text))


def extract_article(article: Article, nlp) -> Extraction:
    return next(extract_articles([article], nlp))


class ArticleState:
    """Everything the rules share while reading one article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.gaz = gazetteer()
        self.collector = Collector(article)
        self.entities = ArticleEntities(self.collector, self.gaz)
        self.event_mentions = []
        self.measure_mentions = []
        self.trigger_token_of = {}
        self.event_info = {}
        self.represented_by: dict[str, list] = {}
        self._delegation_sentences: list[tuple[str, Span]] = []
        self._venue_cities: dict = {}  # place key -> the city record the article sets that venue in (or None)
        self.last_delegation: str | None = None  # what "It included ..." in the next sentence refers to
        # what later rules read back (kg.extract.people, kg.extract.measures)
        self.reporting_bodies: dict[str, set[str]] = {}  # body with no owner named -> the country whose act it reports
        self.facing_pairs: list = []  # people set face to face in a sentence, for bilateral affiliations
        self.stand_ins: list = []  # (stand-in, the one stood in for, sentence)
        self.person_groups: list = []  # (noun, count, person keys, position) of the groups of people named so far

    def run(self, contexts: list[ParagraphContext]) -> Extraction:
        for ctx in contexts:
            collect_mentions(ctx)
        self.entities.learn(contexts)
        for ctx in contexts:
            self.entities.assign(ctx)
        self.entities.fold_acronyms()
        sentences = []
        for ctx in contexts:
            for sent in mended_sentences(ctx.doc, ctx.lowers):
                span = ctx.span(sent.start_char, sent.end_char)
                sentences.append((span, ctx.text[sent.start_char:sent.end_char]))
                read_titles(self, ctx, sent)
                read_delegations(self, ctx, sent)
                self.event_mentions.extend(read_event_mentions(self, ctx, sent))
                read_measures(self, ctx, sent)
        fold_events(self, self.event_mentions)
        self._attach_delegations()
        emit_event_facts(self)
        read_precedes(self, sentences)
        self._affiliate_delegation_members()
        affiliate_by_post(self)
        self._place_hierarchy([span for span, _ in sentences])
        fold_measures(self)
        self._own_generic_bodies()
        return self.collector.freeze()

    # -- lookups the rules share ----------------------------------------------
    def kind(self, key: str) -> str:
        return self.collector.entities[self.collector.canonical(key)].kind

    def label(self, key: str) -> str:
        return self.collector.entities[self.collector.canonical(key)].label

    def country(self, record, span: Span | None = None) -> str:
        key = self.collector.entity(COUNTRY, record.label, span)
        return key

    def agent_key(self, token, ctx, allow_people: bool = True) -> str | None:
        """The agent a token names: an entity, a capital acting for its country, a demonym, "Chinese officials"."""
        key = ctx.tok_entity.get(token.i)
        if key:
            key = self.collector.canonical(key)
            kind = self.kind(key)
            if kind == PLACE:
                acting = self.entities.acting_for(self.label(key))
                if acting:
                    return self.collector.entity(acting[0], acting[1], _token_span(token, ctx))
                return self._named_body_for(token, ctx)
            if kind == PERSON and not allow_people:
                return None
            return key if kind in (PERSON, ORGANIZATION, COUNTRY) else None
        if allow_people:
            person = self.entities.pronoun_person(token, ctx)
            if person:
                return person
        text = token.text
        if text in ORGANIZATION_ADJECTIVES and token.dep_ in ("amod", "compound"):
            return self.collector.entity(ORGANIZATION, ORGANIZATION_ADJECTIVES[text], _token_span(token, ctx))
        body = self._named_body_for(token, ctx)
        if body:
            return body
        record = None
        lower = token.lower_
        # a title word is never a country, even when it spells a country code ("Deputy PM" is not "PM")
        if text[:1].isupper() and lower not in TITLE_HEAD_WORDS:
            previous = token.doc[token.i - 1] if token.i > 0 else None
            candidates = [text]
            if previous is not None and previous.text[:1].isupper() and previous.dep_ in ("compound", "amod", "nmod"):
                candidates.insert(0, f"{previous.text} {text}")  # "South Korean"
            for candidate in candidates:
                record = self.gaz.country_by_demonym(candidate) or self.gaz.country(candidate)
                if record:
                    break
        if record:
            return self.country(record, _token_span(token, ctx))
        if lower in _SIDE_NOUNS:
            for child in token.children:
                if child.dep_ in ("amod", "compound", "poss", "nmod"):
                    for t in [child] + [c for c in child.children if c.dep_ == "conj"]:
                        found = self.agent_key(t, ctx, allow_people=False)
                        if found and self.kind(found) == COUNTRY:
                            return found
        return None

    def _named_body_for(self, token, ctx) -> str | None:
        """ "Andean negotiators": an adjective of ADJECTIVES_OF_A_NAMED_BODY before a noun, where the article names
        the body."""
        if token.text not in ADJECTIVES_OF_A_NAMED_BODY or token.dep_ not in ("amod", "compound"):
            return None
        body = ADJECTIVES_OF_A_NAMED_BODY[token.text]
        known = self.gaz.organization(body)
        for name in ([known.label] if known else []) + [body]:
            named = self.collector.canonical(f"{ORGANIZATION}:{normalize_name(name)}")
            if named in self.collector.entities:
                return self.collector.entity(ORGANIZATION, name, _token_span(token, ctx), key=named)
        return None

    def person_key(self, token, ctx) -> str | None:
        key = self.agent_key(token, ctx, allow_people=True)
        if key is None and token.dep_ == "conj" and token.pos_ == "PROPN" and token.i not in ctx.tok_entity \
                and token.lower_ not in TITLE_HEAD_WORDS:
            # "Pablo Rojas and Sofia Diaz": a proper name coordinated with a person is a person NER missed
            if self.person_key(token.head, ctx):
                start = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
                name = token.doc[start:token.i + 1]
                key = self.collector.entity(PERSON, name.text, ctx.span(name.start_char, name.end_char))
                for i in range(start, token.i + 1):
                    ctx.tok_entity[i] = key
        if key is None:
            key = self._person_beside_title(token, ctx)
        return key if key and self.kind(key) == PERSON else None

    def _person_beside_title(self, token, ctx) -> str | None:
        """ "Japan's Vice Minister for Trade, Kenta Mori, led the team": a title stands for the name set beside it."""
        if token.lower_ not in TITLE_HEAD_WORDS:
            return None
        return next((k for c in token.children if c.dep_ == "appos"
                     if (k := self.agent_key(c, ctx, allow_people=True)) and self.kind(k) == PERSON), None)

    def participant_key(self, token, ctx) -> str | None:
        key = ctx.tok_entity.get(token.i)
        if key and self.kind(key) == DELEGATION:
            return key
        sides = delegation_sides(self, ctx, token)
        if sides:
            return self.delegation(sides[0], ctx.span(token.idx, token.idx + len(token.text)), None)
        return self.agent_key(token, ctx, allow_people=True) or self._person_beside_title(token, ctx)

    def place_key(self, key: str) -> str:
        return self.collector.canonical(key)

    def _country_of_place(self, key: str) -> str | None:
        if self.kind(key) == COUNTRY:
            return self.label(key)
        city = self.gaz.city(self.label(key)) or self._venue_city(key)
        return city.country if city else None

    def _venue_city(self, key: str):
        """The city (a gazetteer record) the article sets a venue in: "the Grand Hotel in Stockholm", "Lancaster
        House, London", else the city of the article's dateline; None for a place that is no venue."""
        key = self.collector.canonical(key)
        if key in self._venue_cities:
            return self._venue_cities[key]
        found = None
        if self.kind(key) == PLACE and is_venue_name(self.label(key), self.gaz):
            # written after it (kg.extract.mentions.city_written_after)
            found = next((c for k, c in self.entities.venue_cities.items() if self.collector.canonical(k) == key), None)
            if found is None and self.article.dateline_place:
                found = self.gaz.city(self.article.dateline_place)
        self._venue_cities[key] = found
        return found

    def place_relation(self, a: str, b: str) -> str | None:
        """'same', 'inside' (one within the other) or None when the places exclude each other."""
        a, b = self.collector.canonical(a), self.collector.canonical(b)
        if a == b:
            return "same"
        kinds = (self.kind(a), self.kind(b))
        if COUNTRY in kinds and kinds != (COUNTRY, COUNTRY):
            country, place = (a, b) if kinds[0] == COUNTRY else (b, a)
            if self._country_of_place(place) == self.label(country):
                return "inside"
        elif kinds == (PLACE, PLACE):
            # a venue and the city the article sets it in ("met in Stockholm", "talks at the Grand Hotel")
            for venue, city in ((a, b), (b, a)):
                found = self._venue_city(venue)
                if found is not None and self.gaz.city(self.label(city)) == found:
                    return "inside"
        return None

    def more_specific(self, current: str | None, new: str) -> str:
        if current is None:
            return new
        if self.place_relation(current, new) == "inside" and (
                self.kind(current) == COUNTRY or self._venue_city(new) is not None):
            return new  # the city before the country, the venue before the city
        return current

    def side_of(self, key: str) -> str | None:
        key = self.collector.canonical(key)
        kind = self.kind(key)
        if kind == COUNTRY:
            return key
        if kind == DELEGATION:
            return self.collector.entities[key].attributes.get("represents", [None])[0]
        if kind == ORGANIZATION:
            return key
        return None

    def delegation(self, country: str, span: Span | None, sentence: Span | None) -> str:
        country = self.collector.canonical(country)
        key = self.collector.entity(DELEGATION, f"delegation of {self.label(country)}", span, key=f"Delegation:{country}")
        if not self.collector.entities[key].attributes.get("represents"):
            self.collector.attribute(key, "represents", country)
        if sentence is not None:
            self._delegation_sentences.append((key, sentence))
        return key

    def delegation_of(self, person: str | None) -> str | None:
        if person is None:
            return None
        for fact in self.collector.facts:
            if fact.subject == person and fact.predicate in ("leads", "memberOf"):
                return fact.object
        return None

    def acting_country(self, key: str) -> str | None:
        """The agent a measure is credited to: a person acts for their country."""
        key = self.collector.canonical(key)
        if self.kind(key) == ORGANIZATION:
            return self._government_of(key) or key
        if self.kind(key) != PERSON:
            return key
        for fact in self.collector.facts:
            if fact.subject == key and fact.predicate == "affiliatedWith" and self.kind(fact.object) == COUNTRY:
                return fact.object
        leader = self.gaz.leader(self.label(key))
        if leader and leader.country:
            record = self.gaz.country(leader.country)
            if record:
                return self.country(record)
        return None

    def _government_of(self, organization: str) -> str | None:
        """ "U.S. Treasury", "China's Ministry of Commerce": a national body acting is its country acting."""
        label = self.label(organization)
        national = NATIONAL_BODIES.get(normalize_name(label))
        record = self.gaz.country(national) if national else None
        if record:
            return self.country(record)  # "the State Department"
        words = normalize_name(label).split()
        if not set(words) & GOVERNMENT_BODY_WORDS:
            return None
        # "South Korea's Ministry of Foreign Affairs": the country named as its owner where it is mentioned
        for mention in self.collector.entities[self.collector.canonical(organization)].mentions:
            record = self._owner_country_before(mention.start)
            if record:
                return self.country(record)
        for size in (3, 2, 1):
            record = self.gaz.country(" ".join(label.split()[:size]))
            if record:
                return self.country(record)
        return None

    def _own_generic_bodies(self) -> None:
        """ "China's commerce ministry" and, in another article, "India's Ministry of Commerce" are two bodies: a
        body whose name is only a government's common words is marked with the one country the article names as
        its owner, which its IRI then carries (kg.resolve); the label stays as written."""
        for key, draft in list(self.collector.entities.items()):
            if draft.kind != ORGANIZATION or key != self.collector.canonical(key) or NATIONAL_BODIES.get(
                    normalize_name(draft.label)):
                continue
            words = set(normalize_name(draft.label).split())
            if not words & GOVERNMENT_BODY_WORDS or words - GENERIC_BODY_WORDS:
                continue  # a name of its own ("Ministry of Foreign Trade and Tourism of Peru" says whose)
            owners = self.owners_named(key) or self._sole_country()
            if len(owners) == 1:
                self.collector.attribute(key, "owner", owners.pop())

    def _sole_country(self) -> set[str]:
        """The one country of an article that names no other, by name or by its dateline's city ("BEIJING - The
        Commerce Ministry said ..."): the owner of a body it names with no owner (so the body is the node that
        "China's Commerce Ministry" of another article is); empty when the article names none or several."""
        countries = {d.label for k, d in self.collector.entities.items()
                     if d.kind == COUNTRY and k == self.collector.canonical(k) and d.mentions}
        if self.article.dateline_place:
            record = self.gaz.country(self.article.dateline_place) or self.gaz.city_country(self.article.dateline_place)
            if record is not None:
                countries.add(record.label)
        return countries if len(countries) == 1 else set()

    def owners_named(self, organization: str) -> set[str]:
        """The countries named as owner before the body's mentions ("Chile's Ministry of Finance"): more than
        one when one name serves bodies of several countries."""
        out = set()
        for mention in self.collector.entities[self.collector.canonical(organization)].mentions:
            record = self._owner_country_before(mention.start)
            if record:
                out.add(record.label)
        return out

    def _owner_country_before(self, start: int):
        """The country named as owner right before offset `start` (kg.extract.mentions.country_named_before)."""
        return country_named_before(self.article.text, start, self.gaz)

    # -- article-level steps ----------------------------------------------------
    def _attach_delegations(self) -> None:
        """Delegations take part in the event their sentence names, else in the article's main event."""
        main = main_event(self)
        by_sentence = {}
        for mention in self.event_mentions:
            by_sentence.setdefault(mention.sentence, mention)
        for key, sentence in self._delegation_sentences:
            represents = self.collector.entities[self.collector.canonical(key)].attributes["represents"][0]
            self.collector.fact(key, "represents", represents, sentence, CONFIDENCE["syntax"], "delegation-side")
            mention = by_sentence.get(sentence)
            event = mention.event if mention else main
            if event:
                rule = "delegation-event" if mention else "delegation-main-event"
                conf = CONFIDENCE["pattern"] if mention else CONFIDENCE["default"]
                self.collector.fact(event, "participant", key, sentence, conf, rule)
        # a team "represented by" people nobody is said to lead is led by the first named
        for delegation, people in self.represented_by.items():
            if not any(f.predicate == "leads" and self.collector.canonical(f.object) == delegation for f in self.collector.facts):
                person, sentence = people[0]
                self.collector.fact(person, "leads", delegation, sentence, CONFIDENCE["default"], "lead-first-named")

    def _affiliate_delegation_members(self) -> None:
        """A team's leader and members act for its side, unless the text already names the country they serve
        (a ministry they belong to does not say which country: the side does)."""
        affiliated = {f.subject for f in self.collector.facts if f.predicate == "affiliatedWith"
                      and self.kind(f.object) == COUNTRY}
        for fact in list(self.collector.facts):
            if fact.predicate in ("leads", "memberOf") and fact.subject not in affiliated:
                country = self.side_of(fact.object)  # a country or an organization
                if country:
                    self.collector.fact(fact.subject, "affiliatedWith", country, fact.sentence,
                                        CONFIDENCE["default"], "affiliation-delegation")
                    affiliated.add(fact.subject)

    def _place_hierarchy(self, sentences: list[Span]) -> None:
        """A city is in its country (from the gazetteer); the evidence is the sentence naming the city. A venue's IRI
        carries the city the article sets it in (kg.resolve: "the Shangri-La Hotel in Singapore" and the hotel of
        that name in Manila are two places, and so are the Presidential Palaces of two datelines), and a venue is in
        the city written right after it."""
        written = {self.collector.canonical(k): c for k, c in self.entities.venue_cities.items()}
        for key, draft in list(self.collector.entities.items()):
            if draft.kind != PLACE or not draft.mentions or key != self.collector.canonical(key):
                continue
            city = self._venue_city(key)  # written after it, else the dateline's
            if city is None:
                continue
            self.collector.attribute(key, "in", self.gaz.city_label(city))
            place = next((k for k, d in self.collector.entities.items() if d.kind in (PLACE, COUNTRY) and d.mentions
                          and k != key and k == self.collector.canonical(k) and self.gaz.city(d.label) == city), None) \
                if written.get(key) == city else None
            sentence = next((s for s in sentences if s.start <= draft.mentions[0].start < s.end), None)
            if place is not None and sentence is not None:
                self.collector.fact(key, "locatedIn", place, sentence, CONFIDENCE["syntax"], "venue-in-city")
        for key, draft in list(self.collector.entities.items()):
            if draft.kind == PLACE and draft.mentions:
                city = self.gaz.city(draft.label)
                record = self.gaz.country(city.country) if city and city.country else None
                if record and f"{COUNTRY}:{normalize_name(record.label)}" not in self.collector.entities:
                    continue  # an unnamed country would answer "which countries?" wrongly
                mention = draft.mentions[0]
                sentence = next((s for s in sentences if s.start <= mention.start < s.end), None)
                if record and sentence:
                    country = self.country(record)
                    self.collector.fact(key, "locatedIn", country, sentence, CONFIDENCE["gazetteer"],
                                        "place-in-country")


__all__ = ["extract_articles", "extract_article", "ArticleState"]
