"""Which city a name is, when the text says: "Paris, Texas", "London, Ontario", "Córdoba, Spain".

A city name alone is the most populous city of that name (`Gazetteer.city`). A city set before a
comma and a region or a country that is not that city's ("BIRMINGHAM, Alabama, June 9 -") is another
place: the city of that name in that country (its own node and links) or, when the tables hold no
such city, a namesake with no links at all. Linking it to the famous city would state a false fact
(a Wikidata ID, the wrong country) that every query then repeats.

The article's bare mentions of that name ("talks in Birmingham on Monday") are the same place, when
the article qualifies the name one way only.
"""
from __future__ import annotations

import re

from ..model import COUNTRY, ORGANIZATION, PLACE
from ..names import normalize_name
from ..tables import COUNTRY_NAMESAKE_WORDS, ORGANIZATION_HEAD_WORDS, REGION_DIVISION_WORDS, REGION_HOME_WORDS, REGION_NOUNS

_QUALIFIER_GAP = re.compile(r",\s*")
# NER tags a city GPE, sometimes LOC or ORG ("Bergen"); its qualifier GPE or LOC
_CITY_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC"})
_QUALIFIER_LABELS = frozenset({"GPE", "LOC"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})


class QualifiedPlaces:
    """The article's cities a region or country after a comma tells apart from their namesakes."""

    def __init__(self, gaz) -> None:
        self.gaz = gaz
        self.at: dict[int, str] = {}  # start offset of a qualified mention -> the place's label
        self.bare: dict[str, str] = {}  # normalized city name -> the label its bare mentions take
        # start offsets of qualifiers that are the city's region, though a country bears the name too
        # ("Atlanta, Georgia": the US state)
        self.regions: set[int] = set()
        # normalized country names the article uses for another country's region throughout ("Georgia" in a
        # story of Atlanta or of a US Senate race): see `_learn_namesake_regions`
        self.region_names: set[str] = set()

    def learn(self, contexts) -> None:
        readings: dict[str, set[str]] = {}
        for ctx in contexts:
            for mention, following in zip(ctx.mentions, ctx.mentions[1:]):
                label = self._qualified(mention, following, ctx)
                if label is None:
                    continue
                readings.setdefault(normalize_name(mention.text), set()).add(label)
                if label != self.gaz.city(mention.text).label:
                    self.at[mention.span.start] = label
        # bare mentions follow only an article that tells one place by that name
        default = {norm for norm, labels in readings.items() if self.gaz.city(norm).label in labels}
        self.bare = {norm: next(iter(labels)) for norm, labels in readings.items()
                     if len(labels) == 1 and norm not in default}
        self._learn_namesake_regions(contexts)

    def _learn_namesake_regions(self, contexts) -> None:
        """A country's name that also names a region of another country ("Georgia") is the region in all the
        article when the article shows that region or its country's home politics - the region written as one
        ("Atlanta, Georgia", "the US state of Georgia"), a city of the region (Atlanta, Savannah), or the
        other country named with words of its home politics (Republicans, a Senate race, a county) - and shows
        nothing of the country of that name: a city of it (Tbilisi), its demonym ("Georgian"), its own words
        (the Caucasus). A wrong country here gives the story a foreign country and its Wikidata ID."""
        gaz = self.gaz
        names: dict[str, tuple[str, set[str]]] = {}  # normalized name -> (the country, its namesake regions' countries)
        for ctx in contexts:
            for m in ctx.mentions:
                country = gaz.country(m.text) if m.ner in _PLACE_LABELS else None
                if country is None or normalize_name(m.text) != normalize_name(country.label):
                    continue
                others = gaz.region_countries(country.label) - {country.label}
                if others:
                    names[normalize_name(country.label)] = (country.label, others)
        if not names:
            return
        words = set().union(*(ctx.word_set for ctx in contexts))
        starts = {m.span.start: (m, ctx) for ctx in contexts for m in ctx.mentions}
        for norm, (label, others) in names.items():
            shown_as_region = any(normalize_name(m.text) == norm and (start in self.regions
                                                                       or self._after_region_noun(m, ctx)
                                                                       or _after_division(m, ctx, others))
                                  for start, (m, ctx) in starts.items())
            country_shown = bool(words & COUNTRY_NAMESAKE_WORDS.get(label, frozenset()))
            home_shown = False
            for m, ctx in starts.values():
                if m.ner == "NORP" and (found := gaz.country_by_demonym(m.text)) is not None and found.label == label:
                    country_shown = True
                city = gaz.city(m.text) if m.ner in _CITY_LABELS and gaz.country(m.text) is None else None
                if city is not None and city.country == label:
                    country_shown = True  # Tbilisi
                elif city is not None and city.country in others:
                    shown_as_region |= normalize_name(city.region or "") == norm  # Atlanta
                    home_shown |= bool(words & REGION_HOME_WORDS.get(city.country, frozenset()))
                elif (named := gaz.country(m.text)) is not None and named.label in others:
                    home_shown |= bool(words & REGION_HOME_WORDS.get(named.label, frozenset()))
            if (shown_as_region or home_shown) and not country_shown:
                self.region_names.add(norm)

    def reading(self, mention, ctx, kind: str | None, label: str) -> tuple[str | None, str]:
        """The (kind, label) of a mention once the places around it are read: a qualified city's label, a
        region named like a country ("Atlanta, Georgia", "the US state of Georgia") a place, a lower-case
        word NER took for a place ("fine china") none."""
        if kind in (COUNTRY, PLACE, "Demonym") and mention.ner in _PLACE_LABELS and mention.text.islower():
            return None, "a lower-case word, not a place's name"
        if kind == COUNTRY and (mention.span.start in self.regions or self._after_region_noun(mention, ctx)
                                or normalize_name(label) in self.region_names):
            return PLACE, mention.text
        if kind == ORGANIZATION and self._dateline_place(mention, ctx):
            return PLACE, _titled(mention.text)
        if kind == PLACE:
            found = self.at.get(mention.span.start)
            if found is None and self.bare:
                found = self.bare.get(normalize_name(mention.text))
            return kind, found or label
        return kind, label

    def _dateline_place(self, mention, ctx) -> bool:
        """ "JEJU, South Korea, May 22 (Yonhap) --": the name that opens a paragraph, set before a comma and a
        country, is the dateline's place, whatever NER tagged it (not a body named like an organization)."""
        if mention.start_token != 0 or mention.ner != "ORG" or self.gaz.organization(mention.text) is not None:
            return False
        if set(normalize_name(mention.text).split()) & ORGANIZATION_HEAD_WORDS:
            return False
        rest = ctx.text[mention.span.end - ctx.offset:]
        gap = _QUALIFIER_GAP.match(rest)
        if gap is None:
            return False
        after = rest[gap.end():]
        # the country closed by a comma, as a dateline goes on to its date ("South Korea, May 22"), not
        # "South Korea's biggest carmaker"
        return any(after.startswith(name) and after[len(name):].startswith(",")
                   for name in _country_names(self.gaz, after))

    def _after_region_noun(self, mention, ctx) -> bool:
        """ "the US state of Georgia", "the Mexican state of Mexico": a country's region, though a country
        bears its name. Only after a country's name or adjective: "the State of Qatar" is the country."""
        i = mention.start_token
        if i < 3 or ctx.lowers[i - 1] != "of" or ctx.lowers[i - 2] not in REGION_NOUNS:
            return False
        owner = ctx.doc[i - 3].text
        return self.gaz.country(owner) is not None or self.gaz.is_demonym(owner)

    def _qualified(self, mention, following, ctx) -> str | None:
        """The label "CITY, QUALIFIER" makes of the city, or None when it says nothing the name does not."""
        if mention.ner not in _CITY_LABELS or following.ner not in _QUALIFIER_LABELS:
            return None
        gap = ctx.text[mention.span.end - ctx.offset:following.span.start - ctx.offset]
        if not _QUALIFIER_GAP.fullmatch(gap):
            return None
        city = self.gaz.city(mention.text)
        if city is None or self.gaz.country(mention.text) is not None:
            return None
        known, record = self.gaz.qualified_city(mention.text, following.text)
        if not known:
            return None  # "Washington, D.C.", "Perth, Scotland": nothing the tables can check
        if record is not None and record.region and normalize_name(record.region) == normalize_name(following.text):
            self.regions.add(following.span.start)
        if record is not None:
            return self.gaz.city_label(record)
        return f"{city.label}, {_titled(following.text)}"


def _after_division(mention, ctx, countries: set[str]) -> bool:
    """ "Bryan County, Georgia": a capitalised division word of one of `countries` (REGION_DIVISION_WORDS) ends the
    name right before ", X"."""
    i = mention.start_token
    if i < 3 or ctx.lowers[i - 1] != "," or not ctx.doc[i - 2].text.istitle() or not ctx.doc[i - 3].text.istitle():
        return False
    return any(ctx.lowers[i - 2] in REGION_DIVISION_WORDS.get(country, ()) for country in countries)


def _country_names(gaz, text: str) -> list[str]:
    """The country names ``text`` opens with (the longest first: "South Korea" before "South")."""
    words = text.split()[:4]
    out = []
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).rstrip(",")
        if gaz.country(name) is not None:
            out.append(name)
    return out


def _titled(text: str) -> str:
    """A qualifier as a label writes it: "ALABAMA" in a dateline is "Alabama"."""
    return text.title() if text.isupper() and len(text) > 3 else text
