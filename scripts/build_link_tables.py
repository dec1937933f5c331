#!/usr/bin/env python3
"""Build kg's offline linking tables (kg/data/links/*.tsv) from public data.

    python scripts/build_link_tables.py [--data ../shared/data] [--out kg/data/links]

Every Wikidata / GeoNames ID is copied from the source files named in
SOURCES; none is typed here. The output is deterministic (sorted rows,
UTF-8, LF) so that a rebuild can be checked byte for byte.

country_aliases.tsv in the same folder is written by hand and is not
touched by this script.
"""
from __future__ import annotations

import argparse
import csv
import difflib
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from kg.names import normalize_name  # noqa: E402  (one notion of "same name" for build and lookup)

# Upstream of each file, copied from the data folder's README.md (checked in main()).
SOURCES = {
    "country-codes.csv": ("https://github.com/datasets/country-codes", "data/country-codes.csv",
                          "caa72d1e", "ODC-PDDL-1.0 (public domain)"),
    "ne_50m_populated_places.json": ("https://github.com/martynafford/natural-earth-geojson",
                                     "Natural Earth 50m populated places", "0b9a6ceb",
                                     "public domain (Made with Natural Earth)"),
    "supraverden_general_list.yaml": ("https://github.com/confirmordeny/supraverden",
                                      "data/general_list.yaml", "59ab4fa0", "CC BY-SA 4.0"),
    "world-leaders-all.csv": ("https://github.com/open-data-archive/world-leaders-current",
                              "data/current/world-leaders-all.csv", "b06a1440", "CC BY-SA 4.0"),
    "world-leaders-by-position.json": ("https://github.com/open-data-archive/world-leaders-current",
                                       "data/current/world-leaders-by-position.json", "b06a1440",
                                       "CC BY-SA 4.0"),
    "world-leaders-wikidata-all-countries.csv": ("https://github.com/every-politician-scrapers/world-leaders-2021",
                                                 "data/wikidata.csv", "05e3baa2", "Wikidata data, CC0"),
    "nsi-brands-bank.json": ("https://github.com/osmlab/name-suggestion-index", "data/brands/amenity/bank.json",
                             "c8b272ef", "BSD-3-Clause"),
    "nsi-brands-fuel.json": ("https://github.com/osmlab/name-suggestion-index", "data/brands/amenity/fuel.json",
                             "c8b272ef", "BSD-3-Clause"),
}

# CLDR's short name is the best news label except where it is a code or a
# "Congo - X" disambiguator. These are names, not IDs.
LABEL_OVERRIDES = {
    "US": "United States",
    "GB": "United Kingdom",
    "CG": "Republic of the Congo",
    "CD": "Democratic Republic of the Congo",
}

QID = re.compile(r"(Q\d+)$")
SHARED_NAME = re.compile(r"^(.+?) - \S")  # CLDR's "Congo - Kinshasa": a shared short name and a capital


def qid(value: str | None) -> str:
    """Bare Q-id from "Q148" or ".../wiki/Q148"; "" for placeholders like "[No code found.]"."""
    match = QID.search((value or "").strip())
    return match.group(1) if match else ""


def clean(value) -> str:
    """One TSV cell: no tabs, newlines or the alias separator, single spaces."""
    text = unicodedata.normalize("NFC", str(value or ""))
    return re.sub(r"[\t\r\n|\s]+", " ", text).strip()


def unterm(value: str) -> str:
    """UNTERM names carry "(the)", a leading "the" and footnote stars: drop them."""
    text = clean(value).rstrip("* ").replace(" (the)", "")
    return re.sub(r"^the ", "", text)


def aliases(label: str, candidates) -> str:
    """Distinct names other than the label, in source order, "|"-joined."""
    seen = {normalize_name(label)}
    out = []
    for name in map(clean, candidates):
        key = normalize_name(name)
        if len(key) >= 2 and key not in seen:
            seen.add(key)
            out.append(name)
    return "|".join(out)


def ascii_fold(text: str) -> str:
    """"Tô Lâm" -> "To Lam": English news often drops diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> int:
    rows = sorted({tuple(r) for r in rows})  # sorted and de-duplicated: rebuilds are byte-identical
    if bad := [r for r in rows if any("\t" in c or "\n" in c for c in r)]:
        raise SystemExit(f"{path.name}: tab or newline inside a cell: {bad[:3]}")
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    return len(rows)


def build_countries(data: Path) -> list[list[str]]:
    with (data / "country-codes.csv").open(encoding="utf-8", newline="") as f:
        records = list(csv.DictReader(f))
    # CLDR tells apart two countries that share a short name by their capitals ("Congo - Kinshasa",
    # "Congo - Brazzaville"): that short name alone is neither country, whatever other sources call it.
    shared = {normalize_name(m.group(1)) for r in records
              if (m := SHARED_NAME.match(clean(r["CLDR display name"])))}
    rows = []
    for r in records:
        iso2 = r["ISO3166-1-Alpha-2"].strip()
        cldr = clean(r["CLDR display name"])
        label = LABEL_OVERRIDES.get(iso2) or cldr or clean(r["official_name_en"])
        names = [cldr, r["official_name_en"], unterm(r["UNTERM English Short"]),
                 unterm(r["UNTERM English Formal"])]
        names = [n for n in names if normalize_name(clean(n)) not in shared]
        rows.append([label, aliases(label, names), iso2, r["ISO3166-1-Alpha-3"].strip(),
                     qid(r["wikidata_id"]), r["Geoname ID"].strip(),
                     "1" if r["is_independent"].strip() == "Yes" else "0", "country-codes.csv"])
    return rows


def build_cities(data: Path, countries: list[list[str]]) -> list[list[str]]:
    label_of = {row[2]: row[0] for row in countries}
    features = json.loads((data / "ne_50m_populated_places.json").read_text(encoding="utf-8"))["features"]
    names_of, alternatives_of = {}, {}  # each city's names, to tell its alternative names from another city's
    for feature in features:
        p = feature["properties"]
        key = qid(p.get("wikidataid")) or p["NAME"]
        names_of.setdefault(key, set()).update(_fold(n) for n in (p.get("NAME_EN"), p["NAME"], p["NAMEASCII"]) if n)
        for n in (p.get("NAMEALT") or "").split("|"):
            alternatives_of.setdefault(_fold(n), set()).add(key)
    # an alternative name two cities share ("Gauhati" for Guwahati and for Dispur) names neither for sure
    shared = {name for name, keys in alternatives_of.items() if len(keys) > 1}
    rows = []
    for feature in features:
        p = feature["properties"]
        # NAME_EN is the English Wikipedia title ("Copenhagen", not "København").
        label = clean(p.get("NAME_EN") or p["NAME"])
        names = [p["NAME"], p["NAMEASCII"]]
        names += city_alternatives(label, p, names_of, shared)
        # "Washington, D.C." is "Washington" in running text.
        names += [n.split(",")[0] for n in (label, p["NAME"]) if "," in n]
        iso2 = p["ISO_A2"] if p["ISO_A2"] in label_of else ""  # "-99": Kosovo, Somaliland
        geonames = p.get("GEONAMEID")
        rows.append([label, aliases(label, names), iso2, label_of.get(iso2) or clean(p["ADM0NAME"]),
                     qid(p.get("wikidataid")), str(int(geonames)) if geonames and geonames > 0 else "",
                     "1" if p["FEATURECLA"].startswith("Admin-0 capital") else "0",
                     str(int(p["POP_MAX"] or 0)), "ne_50m_populated_places.json",
                     # the first-level region ("Alabama", "Western Australia"): "Perth, Western Australia" says
                     # which Perth; Natural Earth writes some in their own language ("Bayern")
                     clean(p.get("ADM1NAME") or "")])
    return rows


def _fold(name: str) -> str:
    return ascii_fold(normalize_name(name))


def _spelling_of(name: str, label: str) -> bool:
    """ "Torino" for "Turin", "Kwangju" for "Gwangju", "Al-Basrah" for "Basra": the same name spelt another way."""
    a, b = _fold(name), _fold(label)
    return a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= 0.6


def city_alternatives(label: str, p: dict, names_of: dict, shared: frozenset | set = frozenset()) -> list[str]:
    """Natural Earth's alternative names (NAMEALT) that name the city itself.

    The column also holds the first-level region's names ("Pinang|Penang" for George Town, in the state of Pulau
    Pinang) and other cities' names ("Gauhati" for Dispur, "Dongguan" for Guangzhou): as aliases they would
    relabel the state or the other city as this one. A cell with a name of the region in it lists the region's
    names; only a name spelt like the city's own stays from it. A name of another city of the table goes."""
    cell = [n for n in (p.get("NAMEALT") or "").split("|") if n and not n.startswith("Formerly")]
    region = _fold(p.get("ADM1NAME") or "").split()
    key = qid(p.get("wikidataid")) or p["NAME"]
    others = {n for k, names in names_of.items() if k != key for n in names} - names_of.get(key, set())

    def names_region(name: str) -> bool:
        words = _fold(name).split()
        return bool(words) and any(region[i:i + len(words)] == words for i in range(len(region)))

    if any(names_region(n) and not _spelling_of(n, label) for n in cell):
        cell = [n for n in cell if _spelling_of(n, label)]
    return [n for n in cell if _fold(n) not in others and _fold(n) not in shared]


def build_organizations(data: Path) -> list[list[str]]:
    orgs = yaml.safe_load((data / "supraverden_general_list.yaml").read_text(encoding="utf-8"))
    rows = []
    for key, org in orgs.items():
        label = clean(org.get("Name_en") or key)
        # Current names only: former names can have passed to another body.
        fields = sorted(f for f in org if re.fullmatch(r"(Abbreviation|Name_other)(_other)?(_\d)?_en", f))
        names = [key] + [org[f] for f in fields if org[f]]
        # A body and its secretariat are two things with two Wikidata items: the "Asia-Pacific Economic
        # Cooperation Secretariat" entry lists "APEC" as its abbreviation, the Council of the Baltic Sea States
        # its secretariat as another name. A name takes the entry only when both or neither name a secretariat.
        secretariat = bool(_SECRETARIAT.search(label))
        names = [n for n in names if bool(_SECRETARIAT.search(str(n))) == secretariat]
        rows.append([label, aliases(label, names), qid(org.get("Wikidata_code")),
                     "supraverden_general_list.yaml"])
    return rows


# A secretariat's own name: "X Secretariat", "(General) Secretariat of X"; not "Commonwealth Secretariat
# Arbitral Tribunal", a tribunal.
_SECRETARIAT = re.compile(r"\bsecretariat\s*$|^(?:the\s+)?(?:general\s+)?secretariat\s+of\b", re.IGNORECASE)


def combine_titles(titles: list[str]) -> str:
    """["Sultan", "Sultan and Prime Minister"] -> "Sultan and Prime Minister"."""
    unique = list(dict.fromkeys(clean(t) for t in titles if t))
    kept = [t for t in unique if not any(t != o and t.lower() in o.lower() for o in unique)]
    return " and ".join(kept)


# Titles come from the CSV, Wikidata IDs from the JSON.
LEADER_SOURCE = "world-leaders-all.csv,world-leaders-by-position.json"


def build_leaders(data: Path, countries: list[list[str]]) -> list[list[str]]:
    label_of = {row[2]: row[0] for row in countries}
    by_position = json.loads((data / "world-leaders-by-position.json").read_text(encoding="utf-8"))
    people: dict[str, dict] = {}
    for entries in by_position.values():
        for e in entries:
            person = people.setdefault(e["name_en"], {"qids": set(), "local": []})
            person["qids"].add(qid(e["wikidata_id"]))
            if e.get("name_local"):
                person["local"].append(e["name_local"])
    if bad := {n: p["qids"] for n, p in people.items() if len(p["qids"]) != 1}:
        raise SystemExit(f"leaders: one name, several Wikidata IDs: {bad}")

    with (data / "world-leaders-all.csv").open(encoding="utf-8", newline="") as f:
        records = list(csv.DictReader(f))
    rows = []
    for r in records:
        iso2 = r["ISO"] if r["ISO"] in label_of else ""  # "EU", "AU_AF" are not countries
        country = label_of.get(iso2) or clean(r["Country"])
        holders: dict[str, list[str]] = {}
        for name_col, title_col in (("Head of State", "HoS Title"), ("Head of Government", "HoG Title")):
            if r[name_col]:
                holders.setdefault(r[name_col], []).append(r[title_col])
        for name, titles in holders.items():
            person = people.get(name, {"qids": {""}, "local": []})
            label = clean(name)
            rows.append([label, aliases(label, person["local"] + [ascii_fold(label)]), country, iso2,
                         combine_titles(titles), next(iter(person["qids"])), LEADER_SOURCE])
    return rows


# -- leaders of every country (Wikidata's head-of-state and head-of-government offices) ------------------

WIKIDATA_LEADER_SOURCE = "world-leaders-wikidata-all-countries.csv"
# A person's name: letters (any script), spaces, hyphens, apostrophes and initials' periods.
_PERSON_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[ '\u2019.\-])*[^\W\d_.]?\.?")


def leader_name(label: str) -> str:
    """A usable name from a Wikidata label, or "" when the label is not one.

    "Albert II, Prince of Monaco" -> "Albert II"; 'Philip "Brave" Davis' -> "Philip Davis";
    a bare QID, digits or anything else that is not a name -> "" (labels are data to distrust).
    """
    text = clean(label).split(",")[0]
    text = re.sub(r'\s*"[^"]*"\s*', " ", text).strip()
    text = re.sub(r"^(.+ [IVX]+) of [A-Z].*$", r"\1", text)  # "Harald V of Norway" -> "Harald V"
    words = text.split()
    if not 1 <= len(words) <= 6 or not _PERSON_NAME.fullmatch(text):
        return ""
    return " ".join(words)


def current_office_holders(data: Path) -> list[dict]:
    """Rows of the current holder of each office: no end year; of several, the one who started last.

    An office whose latest start year has two different holders (co-presidents, two claimants, a
    missing end date) is left out: nothing is linked on a guess.
    """
    with (data / WIKIDATA_LEADER_SOURCE).open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if not r["end_year"].strip()]
    by_office: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        by_office.setdefault((r["countryid"], r["position"]), []).append(r)
    current = []
    for office, holders in sorted(by_office.items()):
        latest = max(int(h["start_year"] or 0) for h in holders)
        newest = [h for h in holders if int(h["start_year"] or 0) == latest]
        if len({qid(h["officeholder"]) for h in newest}) == 1:
            current.append(newest[0])
    return current


def build_world_leaders(data: Path, countries: list[list[str]], curated: list[list[str]]) -> list[list[str]]:
    """Sitting heads of state and government of every country, from Wikidata's offices.

    Countries the curated table (world-leaders-all.csv) knows keep its rows: it is newer and its names
    are checked. Names come from the curated JSON where it knows the person's QID, else from a
    Wikidata label that looks like a name. A name held by two people is left out.
    """
    by_qid = {row[4]: row for row in countries if row[4]}
    by_name = {normalize_name(n): row for row in countries for n in [row[0], *row[1].split("|")] if n}
    curated_iso = {row[3] for row in curated}
    curated_people = {row[5] for row in curated}
    known_names = {}
    for entries in json.loads((data / "world-leaders-by-position.json").read_text(encoding="utf-8")).values():
        for e in entries:
            known_names[qid(e["wikidata_id"])] = e["name_en"]
    rows, holders_of = [], {}
    for r in current_office_holders(data):
        country = by_qid.get(qid(r["countryid"])) or by_name.get(normalize_name(clean(r["country"])))
        iso2 = country[2] if country else ""
        if iso2 and iso2 in curated_iso:
            continue
        person = qid(r["officeholder"])
        label = clean(known_names.get(person, "")) or leader_name(r["officeholderLabel"])
        if not label or not person or person in curated_people:
            continue  # a curated leader keeps the curated row (Macron is also co-prince of Andorra)
        full = clean(r["officeholderLabel"])
        position = clean(r["positionLabel"])
        if country:
            for name in [country[0], *country[1].split("|")]:
                position = re.sub(rf"\s+of\s+(?:the\s+)?{re.escape(name)}$", "", position)
        holders_of.setdefault(normalize_name(label), set()).add(person)
        extra = [full] if re.fullmatch(r".+ [IVX]+ of [A-Z].*", full) else []
        rows.append([label, aliases(label, [ascii_fold(label), *extra]), country[0] if country else clean(r["country"]),
                     iso2, position, person, WIKIDATA_LEADER_SOURCE])
    return [row for row in rows if len(holders_of[normalize_name(row[0])]) == 1]


# -- big banks and energy companies (name-suggestion-index brands) ----------------------------------

NSI_FILES = ("nsi-brands-bank.json", "nsi-brands-fuel.json")
# Wikidata items above this number were mostly made for OpenStreetMap brands (the data's README: Shell's
# is Q110716465, a brand item, not the company); they are left out rather than linked to the wrong thing.
NEWEST_COMPANY_QID = 100_000_000
EARLY_QID = 1_000_000
# Brand names that are distinctive in English but name other things too (general knowledge, like
# kg.link._COMMON_WORDS; extend it when the data grows): a place (Piraeus, Argenta), a word in another
# language (Erste, Mercantil, Sparkassen, Elan, Arco, Avia, Agil, Cosmo, Helios, Globus, Zenit), or
# unrelated companies of one name (Safeway, Metro). Left unlinked rather than linked on a guess.
AMBIGUOUS_COMPANY_NAMES = frozenset(normalize_name(n) for n in (
    "Piraeus", "Argenta", "Erste", "Mercantil", "Sparkassen", "Elan", "Arco", "Avia", "Agil", "Cosmo",
    "Helios", "Globus", "Zenit", "Safeway", "Metro"))
_NAME_TAGS = ("brand:en", "name:en", "official_name:en", "brand", "name", "official_name")


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def _country_code(location) -> str:
    """An NSI locationSet entry as a country: "de" -> "de", "us-fl.geojson" -> "us" (a state is not a
    country), "001" (the world) and other UN region codes stay; coordinates -> ""."""
    if not isinstance(location, str):
        return ""
    code = location.lower().split(".")[0].split("-")[0]
    return code if re.fullmatch(r"[a-z]{2}|\d{3}", code) else ""


def english_words() -> set[str]:
    """Lower-case common words (Webster's Second International, public domain, via english-words)."""
    from english_words import get_english_words_set

    return {w for w in get_english_words_set(["web2"]) if w.islower()}


def distinctive(name: str, common: set[str], place_words: set[str]) -> bool:
    """A name that cannot be an ordinary phrase: "Sberbank", "Bank of China", "ADNOC" yes;
    "Gulf", "Central Bank", "Total", "BP" (too short to be safe) no."""
    words = re.findall(r"[^\W_]+", name)
    if not words:
        return False
    if len(words) == 1:
        word = words[0]
        if word.isupper():
            # an acronym: three letters collide too often, and "GATE" is a word
            return len(word) >= 4 and word.isalpha() and word.lower() not in common
        return len(word) >= 4 and word.lower() not in common
    if normalize_name(name) in place_words:
        return False
    return any(w.lower() in place_words or (len(w) >= 3 and w.lower() not in common) for w in words)


def build_companies(data: Path, taken: set[str], place_words: set[str], common: set[str]) -> list[list[str]]:
    """Big banks and energy companies: brands with a Wikidata company item, sold in three or more
    countries (or worldwide), known by an English name beside a name in another script (a national
    company, e.g. Rosneft), or with one of Wikidata's first million items (Pemex). Names must be distinctive and belong to one item only; names of countries,
    cities, international organizations and leaders (`taken`) stay theirs."""
    groups: dict[str, dict] = {}
    for file in NSI_FILES:
        for item in json.loads((data / file).read_text(encoding="utf-8"))["items"]:
            tags = item.get("tags", {})
            company = qid(tags.get("brand:wikidata"))
            if not company or int(company[1:]) >= NEWEST_COMPANY_QID:
                continue
            group = groups.setdefault(company, {"names": [], "countries": set(), "other_script": False,
                                                "files": set()})
            group["files"].add(file)
            group["countries"].update(filter(None, map(_country_code, item.get("locationSet", {}).get("include", []))))
            for tag in _NAME_TAGS:
                value = clean(tags.get(tag, ""))
                if value and _latin(value) and "(" not in value:
                    group["names"].append(value)
                elif value and not _latin(value) and tag in ("brand", "name"):
                    group["other_script"] = True
    owners: dict[str, set[str]] = {}
    for company, group in groups.items():
        for name in group["names"]:
            owners.setdefault(normalize_name(name), set()).add(company)
    rows = []
    for company, group in sorted(groups.items()):
        regions = {c for c in group["countries"] if c.isdigit()}  # "001" the world, "150" Europe...
        # an item among Wikidata's first million came from the first Wikipedia imports: a notable company
        big = bool(regions) or len(group["countries"]) >= 3 or int(company[1:]) < EARLY_QID
        english = group["other_script"] and any(group["names"])
        if not (big or english):
            continue
        names = [n for n in dict.fromkeys(group["names"])
                 if owners[normalize_name(n)] == {company} and normalize_name(n) not in taken
                 and normalize_name(n) not in AMBIGUOUS_COMPANY_NAMES
                 and distinctive(n, common, place_words)]
        if names:
            label = max(names, key=lambda n: (group["names"].count(n), -len(n), n))  # the most used, then shortest
            rows.append([label, aliases(label, names + [ascii_fold(n) for n in names]), company,
                         ",".join(sorted(group["files"]))])
    return rows


NOTICE_HEAD = """\
Linking tables for kg (owl:sameAs to Wikidata and GeoNames)

The *.tsv files here except country_aliases.tsv are generated by
scripts/build_link_tables.py from the public data files listed below;
every Wikidata and GeoNames ID in them is copied from those files.
Modifications: selected columns, cleaned names, reformatted as TSV.

"""

NOTICE_TAIL = """\
country_aliases.tsv
  Written by hand by the kg project: common English short names and
  demonyms of countries. It holds names only, no identifiers; each row
  points at a label in countries.tsv.

companies.tsv
  Adapted from the name-suggestion-index under the BSD 3-Clause licence:

    Copyright 2026, name-suggestion-index contributors
    All rights reserved.

    Redistribution and use in source and binary forms, with or without
    modification, are permitted provided that the following conditions are met:
    1. Redistributions of source code must retain the above copyright notice,
       this list of conditions and the following disclaimer.
    2. Redistributions in binary form must reproduce the above copyright notice,
       this list of conditions and the following disclaimer in the documentation
       and/or other materials provided with the distribution.
    3. Neither the name of the copyright holder nor the names of its contributors
       may be used to endorse or promote products derived from this software
       without specific prior written permission.

    THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
    AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
    IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
    DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
    FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
    DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
    SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
    CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
    OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
    OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.

  Common-word filter (no content copied): Webster's Second International
  word list (public domain), read through the english-words package (MIT).

leaders.tsv rows with source world-leaders-wikidata-all-countries.csv are
Wikidata data (CC0), from every-politician-scrapers/world-leaders-2021.

Share-alike: organizations.tsv and leaders.tsv are adapted from data
licensed under the Creative Commons Attribution-ShareAlike 4.0
International licence (https://creativecommons.org/licenses/by-sa/4.0/)
and are distributed under the same licence, with attribution to
  - supraverden, (c) its contributors, https://github.com/confirmordeny/supraverden
  - world-leaders-current, (c) open-data-archive and contributors,
    https://github.com/open-data-archive/world-leaders-current
    (itself built from Wikidata, CC0).
countries.tsv (ODC-PDDL) and cities.tsv (Natural Earth) are public domain.
"""

TABLES = {
    "countries.tsv": ["country-codes.csv"],
    "cities.tsv": ["ne_50m_populated_places.json"],
    "organizations.tsv": ["supraverden_general_list.yaml"],
    "leaders.tsv": ["world-leaders-all.csv", "world-leaders-by-position.json",
                    "world-leaders-wikidata-all-countries.csv"],
    "companies.tsv": ["nsi-brands-bank.json", "nsi-brands-fuel.json"],
}


def notice() -> str:
    parts = [NOTICE_HEAD]
    for table, files in TABLES.items():
        parts.append(f"{table}\n")
        for name in files:
            repo, path, commit, licence = SOURCES[name]
            parts.append(f"  source:  {name}\n  from:    {repo}, {path} (commit {commit})\n"
                         f"  licence: {licence}\n")
        parts.append("\n")
    parts.append(NOTICE_TAIL)
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=REPO / "kg" / "data" / "links")
    args = parser.parse_args(argv)

    readme = args.data / "README.md"
    if readme.exists():  # keep SOURCES honest against the data's own provenance notes
        text = readme.read_text(encoding="utf-8")
        if stale := [n for n, s in SOURCES.items() if s[2] not in text]:
            raise SystemExit(f"commit for {stale} not found in {readme}; update SOURCES")

    args.out.mkdir(parents=True, exist_ok=True)
    countries = build_countries(args.data)
    cities = build_cities(args.data, countries)
    organizations = build_organizations(args.data)
    curated = build_leaders(args.data, countries)
    leaders = curated + build_world_leaders(args.data, countries, curated)
    taken = {normalize_name(n) for rows in (countries, cities, organizations, leaders)
             for row in rows for n in [row[0], *row[1].split("|")] if n}
    place_words = {normalize_name(n) for rows in (countries, cities) for row in rows
                   for n in [row[0], *row[1].split("|")] if n}
    tables = {
        "countries.tsv": (["label", "aliases", "iso2", "iso3", "wikidata", "geonames", "independent",
                           "source"], countries),
        "cities.tsv": (["label", "aliases", "country_iso2", "country_label", "wikidata", "geonames",
                        "is_capital", "population", "source", "region"], cities),
        "organizations.tsv": (["label", "aliases", "wikidata", "source"], organizations),
        "leaders.tsv": (["label", "aliases", "country_label", "country_iso2", "position", "wikidata",
                         "source"], leaders),
        "companies.tsv": (["label", "aliases", "wikidata", "source"],
                          build_companies(args.data, taken, place_words, english_words())),
    }
    for name, (header, rows) in tables.items():
        count = write_tsv(args.out / name, header, rows)
        print(f"{name}: {count} rows")
    (args.out / "NOTICE").write_text(notice(), encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
