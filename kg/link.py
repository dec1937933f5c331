"""Offline gazetteer: names of countries, cities, organizations, companies and
leaders mapped to Wikidata / GeoNames IDs (for owl:sameAs).

The tables in kg/data/links/ are built by scripts/build_link_tables.py from
public data files (see kg/data/links/NOTICE); country_aliases.tsv is written
by hand and holds names only. Nothing here guesses an ID: a name that is
unknown or ambiguous gives None, and a record without an ID has wikidata "".

Matching uses kg.names.normalize_name, except for acronyms and codes: those
match case-sensitively, so the word "us" is not the United States while
"US" and "U.S." are, and "who" is not the World Health Organization.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.names import fold_accents, normalize_name, standalone_name_words
from kg.tables import NAME_PARTICLES, is_given_name

LINKS_DIR = Path(__file__).resolve().parent / "data" / "links"

# Acronyms of 4+ letters also match in any case ("Nato", "Asean") unless
# they spell a word or given name that news text uses on its own. Drawn from
# the current organizations table; extend it when the table grows.
_COMMON_WORDS = frozenset({"idea", "share", "sesame", "instruct", "eric", "irena", "acer", "epos"})

_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
WIKIDATA_LEADERS = "world-leaders-wikidata-all-countries.csv"  # leaders.tsv's source for every other country


@dataclass(frozen=True)
class LinkRecord:
    kind: str          # "country" | "city" | "organization" (also companies) | "leader"
    label: str         # preferred English name
    wikidata: str      # "Q148" or "" when the source has none
    geonames: str      # "" when none
    source: str        # the source file name
    country: str = ""  # for cities and leaders: the country's label
    position: str = "" # for leaders
    region: str = ""   # for cities: the first-level region ("Alabama", "Western Australia")


def _compact(surface: str) -> str:
    """"The U.S." -> "US": the form an acronym is compared in."""
    return _LEADING_THE.sub("", surface.strip()).replace(".", "").strip()


def _is_acronym(compact: str) -> bool:
    """Codes and abbreviations: one token, mostly capitals ("US", "NATO", "IsDB")."""
    if " " in compact:
        return False
    upper = sum(map(str.isupper, compact))
    return upper >= 2 and upper >= sum(map(str.islower, compact))


@lru_cache(maxsize=1 << 16)  # every lookup of a name the rules meet again
def match_keys(surface: str) -> tuple[str, ...]:
    """Index keys of a surface form, best first.

    Acronyms are keyed by their exact capitals ("=US"); only those of four
    or more letters that are not common words also get a case-free key.
    """
    compact = _compact(surface)
    if not _is_acronym(compact):
        key = normalize_name(surface)
        # "Bogotá" finds the table's "Bogota", "Asuncion" its "Asunción": news writes accents or leaves them out
        folded = fold_accents(key)
        return (key, folded) if folded != key else (key,) if key else ()
    folded = normalize_name(compact)
    if sum(c.isalpha() for c in compact) >= 4 and folded not in _COMMON_WORDS:
        return ("=" + compact, folded)
    return ("=" + compact,)


_MAX_ANSWERS = 1 << 16


class _Answers(dict):
    """question -> answer, each answer worked out once by `answer_of` (the rules ask the same few names again and
    again); at most _MAX_ANSWERS are kept, a long run's names only growing."""

    def __init__(self, answer_of) -> None:
        super().__init__()
        self._answer_of = answer_of

    def __missing__(self, question):
        if len(self) >= _MAX_ANSWERS:
            self.clear()
        answer = self[question] = self._answer_of(question)
        return answer


class _Index:
    """Surface-form keys -> records, with a rank so labels beat aliases."""

    def __init__(self) -> None:
        self._entries: dict[str, list[tuple[tuple, LinkRecord]]] = {}
        # answers already given: the rules ask about the same few names for every article
        self._answers = _Answers(lambda question: self._lookup(*question))
        # those asked with no `pick_best`, by the surface alone
        self._plain_answers = _Answers(lambda surface: self._lookup(surface, None))

    def add(self, surface: str, record: LinkRecord, rank: tuple) -> None:
        self._answers.clear()
        self._plain_answers.clear()
        for key in match_keys(surface):
            self._entries.setdefault(key, []).append((rank, record))

    def get(self, surface: str, pick_best=None) -> LinkRecord | None:
        if pick_best is None:  # most questions: one look-up keyed by the string, no tuple made and hashed
            return self._plain_answers[surface]
        return self._answers[surface, pick_best]

    def _lookup(self, surface: str, pick_best) -> LinkRecord | None:
        for key in match_keys(surface):
            entries = self._entries.get(key)
            if not entries:
                continue
            if pick_best:
                return pick_best([r for _, r in entries])
            top = min(rank for rank, _ in entries)
            best = [r for rank, r in entries if rank == top]
            # Two different things behind one name ("ECA", "ISA"): refuse to link.
            if len({r.wikidata or r.label for r in best}) > 1:
                return None
            return best[0]
        return None


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _split(aliases: str) -> list[str]:
    return [a for a in aliases.split("|") if a]


class Gazetteer:
    def __init__(self, directory: Path = LINKS_DIR) -> None:
        self._countries, self._demonyms = _Index(), _Index()
        self._cities, self._orgs, self._leaders = _Index(), _Index(), _Index()
        self._leader_records: dict[str, LinkRecord] = {}
        self._country_forms: list[str] = []
        self._org_forms: list[str] = []
        self._city_forms: list[str] = []
        self._population: dict[LinkRecord, int] = {}
        self._region_countries: dict[str, set[str]] = {}  # normalized region, no accents -> the countries it lies in
        self._leader_words: dict[str, tuple[LinkRecord, ...]] | None = None  # `leader_words`
        self._surnames: dict[str, tuple[LinkRecord, ...]] | None = None  # `leader_with_surname`
        self._capitals: set[LinkRecord] = set()
        self._territories: set[LinkRecord] = set()  # countries.tsv rows not independent: Hong Kong, Greenland
        # answers of `country`, `city` and `is_leader_surname` already given: the rules ask them of the same few
        # names again and again, and each asks several tables (the tables do not change once loaded)
        self._country_answers = _Answers(lambda name: self._countries.get(name) or self.country_by_demonym(name))
        self._city_answers = _Answers(self._city)
        self._leader_surname_answers = _Answers(
            lambda word: self.leader_by_surname(word) is not None or self.leader_with_surname(word) is not None)
        self._load_countries(directory)
        self._load_cities(directory)
        self._load_organizations(directory)
        self._load_leaders(directory)

    def _load_countries(self, directory: Path) -> None:
        by_label: dict[str, LinkRecord] = {}
        for row in _read(directory / "countries.tsv"):
            record = LinkRecord("country", row["label"], row["wikidata"], row["geonames"], row["source"])
            by_label[record.label] = record
            territory = row["independent"] != "1"  # independent countries win name clashes
            if territory:
                self._territories.add(record)
            self._countries.add(record.label, record, (0, territory))
            for alias in _split(row["aliases"]):
                self._countries.add(alias, record, (1, territory))
                self._country_forms.append(alias)
            # ISO codes are not names news writes: "AU" is the African Union, "SA" South Africa as often as
            # Saudi Arabia, "CAN" a word in a headline. The codes news does use ("US", "UK", "UAE", "DRC") are
            # in country_aliases.tsv.
            self._country_forms.append(record.label)
        for row in _read(directory / "country_aliases.tsv"):
            record = by_label.get(row["country_label"])
            if record is None:
                raise ValueError(f"country_aliases.tsv: no country labelled {row['country_label']!r}")
            if row["kind"] == "demonym":
                self._demonyms.add(row["alias"], record, (0,))
            else:
                self._countries.add(row["alias"], record, (1, False))
                self._country_forms.append(row["alias"])

    def _load_cities(self, directory: Path) -> None:
        for row in _read(directory / "cities.tsv"):
            record = LinkRecord("city", row["label"], row["wikidata"], row["geonames"], row["source"],
                                country=row["country_label"], region=row["region"])
            if record.region:  # keyed without accents: news often writes "Nuevo Leon" for "Nuevo León"
                self._region_countries.setdefault(fold_accents(normalize_name(record.region)), set()).add(record.country)
            population = int(row["population"] or 0)
            self._population[record] = population
            if row["is_capital"] == "1":
                self._capitals.add(record)
            for name in [record.label, *_split(row["aliases"])]:
                self._cities.add(name, record, (0,))
                self._city_forms.append(name)

    def _load_organizations(self, directory: Path) -> None:
        for row in _read(directory / "organizations.tsv"):
            record = LinkRecord("organization", row["label"], row["wikidata"], "", row["source"])
            self._orgs.add(record.label, record, (0,))
            self._org_forms.append(record.label)
            for alias in _split(row["aliases"]):
                self._orgs.add(alias, record, (1,))
                self._org_forms.append(alias)
        # Big banks and energy companies: linked when the text names one, but not added to the
        # gazetteer ruler's names (a brand name does not make a span an organization by itself).
        for row in _read(directory / "companies.tsv"):
            record = LinkRecord("organization", row["label"], row["wikidata"], "", row["source"])
            for rank, name in enumerate([record.label, *_split(row["aliases"])]):
                self._orgs.add(name, record, (2, min(rank, 1)))

    def _load_leaders(self, directory: Path) -> None:
        # Rows are sorted, so someone who leads several countries (Charles III)
        # resolves to the first; all of that person's rows share one QID.
        for row in _read(directory / "leaders.tsv"):
            record = LinkRecord("leader", row["label"], row["wikidata"], "", row["source"],
                                country=row["country_label"], position=row["position"])
            self._leaders.add(record.label, record, (0,))
            self._leader_records.setdefault(record.label, record)
            for alias in _split(row["aliases"]):
                self._leaders.add(alias, record, (1,))

    # -- lookups -------------------------------------------------------------

    def is_territory(self, record: LinkRecord | None) -> bool:
        """Whether a record of countries.tsv is a territory, not an independent country (Hong Kong, Guam)."""
        return record in self._territories

    def country(self, name: str) -> LinkRecord | None:
        return self._country_answers[name]

    def country_by_demonym(self, word: str) -> LinkRecord | None:
        found = self._demonyms.get(word)
        # "Americans" -> "American"; but "Laos" is a country, not a plural.
        if found is None and word.endswith("s") and self._countries.get(word) is None:
            found = self._demonyms.get(word[:-1])
        return found

    def is_demonym(self, word: str) -> bool:
        return self.country_by_demonym(word) is not None

    def city(self, name: str) -> LinkRecord | None:
        return self._city_answers[name]

    def _city(self, name: str) -> LinkRecord | None:
        # Same name, several cities: the most populous is the likely reading, unless the name says which
        # ("Córdoba, Spain"; "Paris, Texas" is none of the table's: None)
        found = self._cities.get(name, pick_best=self._most_populous)
        if found is None and ", " in name:
            head, _, qualifier = name.rpartition(", ")
            return self.qualified_city(head, qualifier)[1]
        return found

    def population(self, record: LinkRecord) -> int:
        """A city's population in the table; 0 for a record that is no city of it."""
        return self._population.get(record, 0)

    def city_label(self, record: LinkRecord) -> str:
        """The label of a city's node: its name, or "name, country" for a city its name alone does not
        give ("Córdoba, Spain" where "Córdoba" is Argentina's), so the two are two nodes."""
        return record.label if self.city(record.label) == record else f"{record.label}, {record.country}"

    def _most_populous(self, records: list[LinkRecord]) -> LinkRecord:
        return max(records, key=self._population.__getitem__)

    def qualified_city(self, name: str, qualifier: str) -> tuple[bool, LinkRecord | None]:
        """Which city "NAME, QUALIFIER" is ("Perth, Western Australia", "Paris, Texas", "Córdoba, Spain"):
        (False, None) when the qualifier is no region or country the tables know (nothing is said), else
        (True, the city of that name in that region or country, or None when the tables hold no such city:
        a namesake of the one `city` gives, which must not take its links)."""
        records = self._cities.get(name, pick_best=tuple) or ()
        wanted = fold_accents(normalize_name(qualifier))
        # the region first: "Atlanta, Georgia" is the US state, not the country
        in_region = [r for r in records if r.region and fold_accents(normalize_name(r.region)) == wanted]
        if in_region:
            return True, self._most_populous(in_region)
        country = self.country(qualifier)
        in_country = [r for r in records if country is not None and r.country == country.label]
        if in_country:
            return True, self._most_populous(in_country)
        if country is not None or wanted in self._region_countries:
            return True, None  # a country or region of the tables, but no city of this name in it
        return False, None

    def region_countries(self, name: str) -> set[str]:
        """The countries with a region of this name ("Georgia" -> {"United States"})."""
        return self._region_countries.get(fold_accents(normalize_name(name)), set())

    def city_country(self, city_name: str) -> LinkRecord | None:
        """The country a city name lies in, only when every city of that name lies in the same one.

        "Geneva" -> Switzerland; "Valencia" (Spain, Venezuela) -> None: nothing is placed on a guess.
        """
        records = self._cities.get(city_name, pick_best=tuple)
        if not records and ", " in city_name:  # "Paris, Texas": the country of the city or region named
            head, _, qualifier = city_name.rpartition(", ")
            known, record = self.qualified_city(head, qualifier)
            if not known:
                return None
            if record is not None:
                return self.country(record.country)
            countries = {c.label} if (c := self.country(qualifier)) else \
                self._region_countries.get(fold_accents(normalize_name(qualifier)), set())
            return self.country(next(iter(countries))) if len(countries) == 1 else None
        countries = {r.country for r in records or ()}
        return self.country(countries.pop()) if len(countries) == 1 and countries != {""} else None

    def capital_country(self, city_name: str) -> LinkRecord | None:
        """Country whose national capital the name most likely denotes."""
        city = self.city(city_name)
        if city is None or city not in self._capitals:
            return None
        return self.country(city.country)  # None for Kosovo, Somaliland: not in countries.tsv

    def organization(self, name: str) -> LinkRecord | None:
        return self._orgs.get(name)

    def leader(self, name: str) -> LinkRecord | None:
        return self._leaders.get(name)

    def leader_by_surname(self, word: str) -> LinkRecord | None:
        """The one sitting leader of the curated table whose name has this word ("Lula", "Albanese"), or None."""
        wanted = normalize_name(word)
        found = self.leader_words().get(wanted, ())
        return found[0] if len(found) == 1 and len(wanted) > 2 else None

    def is_leader_surname(self, word: str) -> bool:
        """Whether the word is a sitting leader's surname, by either table (`leader_by_surname`,
        `leader_with_surname`): the sign of a person the rules that untype doubtful names all ask for."""
        return self._leader_surname_answers[word]

    def leader_with_surname(self, word: str) -> LinkRecord | None:
        """The one sitting leader of any country whose name ends in this word ("Tinubu", "Ruto"), when the word is
        long and no given name ("Ahmed", "Dan" are not asked here): for telling a lone surname NER took for a body
        or a place from one, not for linking a name to that leader. Accents or not: news writes "Sanchez" for
        "Sánchez"."""
        wanted = fold_accents(normalize_name(word))
        if len(wanted) < 4 or is_given_name(wanted):
            return None
        if self._surnames is None:
            index: dict[str, list[LinkRecord]] = {}
            for record in self._leader_records.values():
                last = fold_accents(normalize_name(record.label.split()[-1])) if record.label.split() else ""
                if last and record not in index.get(last, []):
                    index.setdefault(last, []).append(record)
            self._surnames = {last: tuple(records) for last, records in index.items()}
        found = self._surnames.get(wanted, ())
        return found[0] if len(found) == 1 else None

    def leader_words(self) -> dict[str, tuple[LinkRecord, ...]]:
        """Each word of the curated leaders' names (normalized) that may name one alone -> the leaders whose name
        has it; built once. A father's name after "bin" ("Salman" in "Mohammed bin Salman": the king's own name) and
        a given name inside a name ("Ali" in "Mahamoud Ali Youssouf": a word that opens another leader's name) name
        someone else more often: left out."""
        if self._leader_words is None:
            index: dict[str, list[LinkRecord]] = {}
            openers = {normalize_name(r.label.split()[0]) for r in self._leader_records.values() if r.label.split()}
            for record in self.leaders():
                for word in dict.fromkeys(_standalone_words(record.label, openers)):
                    index.setdefault(word, []).append(record)
            self._leader_words = {word: tuple(records) for word, records in index.items()}
        return self._leader_words

    def leaders(self) -> list[LinkRecord]:
        """The curated table's sitting leaders (G20, ASEAN, EU, AU) once, in label order: the ones a
        surname alone may name ("Trump"). Leaders of every other country are found by full name only
        (`leader`): among two hundred names, a lone "Dan" or "Ahmed" is more often someone else."""
        return [r for label in sorted(self._leader_records)
                if WIKIDATA_LEADERS not in (r := self._leader_records[label]).source]

    # -- surface forms for the gazetteer ruler (kg.gazetteer_ruler) --------------
    # Only forms that resolve back to a record, so the ruler and the linker
    # agree. ISO codes are left out: "IN", "IT", "NO" are everyday words.

    def country_names(self) -> list[str]:
        return sorted({n for n in self._country_forms if self.country(n)})

    def organization_names(self) -> list[str]:
        return sorted({n for n in self._org_forms if self.organization(n)})

    def city_names(self, min_population: int = 0) -> list[str]:
        """City names; a name that also names a country ("Singapore") is left to country_names."""
        names = set()
        for name in self._city_forms:
            city = self.city(name)
            if city and self._population[city] >= min_population and self._countries.get(name) is None:
                names.add(name)
        return sorted(names)


def _standalone_words(label: str, given_names: set[str]) -> list[str]:
    """The words of a leader's name (normalized) that may stand alone for it: not a particle ("bin", "da"), not
    the father's name after "bin", not one of `given_names` between the first and the last word."""
    last = len(label.split()) - 1
    out = []
    for i, word in standalone_name_words(label):
        norm = normalize_name(word)
        if word.lower() in NAME_PARTICLES or (0 < i < last and norm in given_names):
            continue
        out.append(norm)
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
