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
    rows = []
    for r in records:
        iso2 = r["ISO3166-1-Alpha-2"].strip()
        cldr = clean(r["CLDR display name"])
        label = LABEL_OVERRIDES.get(iso2) or cldr or clean(r["official_name_en"])
        names = [cldr, r["official_name_en"], unterm(r["UNTERM English Short"]),
                 unterm(r["UNTERM English Formal"])]
        rows.append([label, aliases(label, names), iso2, r["ISO3166-1-Alpha-3"].strip(),
                     qid(r["wikidata_id"]), r["Geoname ID"].strip(),
                     "1" if r["is_independent"].strip() == "Yes" else "0", "country-codes.csv"])
    return rows


def build_cities(data: Path, countries: list[list[str]]) -> list[list[str]]:
    label_of = {row[2]: row[0] for row in countries}
    features = json.loads((data / "ne_50m_populated_places.json").read_text(encoding="utf-8"))["features"]
    rows = []
    for feature in features:
        p = feature["properties"]
        # NAME_EN is the English Wikipedia title ("Copenhagen", not "København").
        label = clean(p.get("NAME_EN") or p["NAME"])
        names = [p["NAME"], p["NAMEASCII"]]
        names += [n for n in (p.get("NAMEALT") or "").split("|") if not n.startswith("Formerly")]
        # "Washington, D.C." is "Washington" in running text.
        names += [n.split(",")[0] for n in (label, p["NAME"]) if "," in n]
        iso2 = p["ISO_A2"] if p["ISO_A2"] in label_of else ""  # "-99": Kosovo, Somaliland
        geonames = p.get("GEONAMEID")
        rows.append([label, aliases(label, names), iso2, label_of.get(iso2) or clean(p["ADM0NAME"]),
                     qid(p.get("wikidataid")), str(int(geonames)) if geonames and geonames > 0 else "",
                     "1" if p["FEATURECLA"].startswith("Admin-0 capital") else "0",
                     str(int(p["POP_MAX"] or 0)), "ne_50m_populated_places.json"])
    return rows


def build_organizations(data: Path) -> list[list[str]]:
    orgs = yaml.safe_load((data / "supraverden_general_list.yaml").read_text(encoding="utf-8"))
    rows = []
    for key, org in orgs.items():
        label = clean(org.get("Name_en") or key)
        # Current names only: former names can have passed to another body.
        fields = sorted(f for f in org if re.fullmatch(r"(Abbreviation|Name_other)(_other)?(_\d)?_en", f))
        names = [key] + [org[f] for f in fields if org[f]]
        rows.append([label, aliases(label, names), qid(org.get("Wikidata_code")),
                     "supraverden_general_list.yaml"])
    return rows


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
    "leaders.tsv": ["world-leaders-all.csv", "world-leaders-by-position.json"],
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
    tables = {
        "countries.tsv": (["label", "aliases", "iso2", "iso3", "wikidata", "geonames", "independent",
                           "source"], countries),
        "cities.tsv": (["label", "aliases", "country_iso2", "country_label", "wikidata", "geonames",
                        "is_capital", "population", "source"], build_cities(args.data, countries)),
        "organizations.tsv": (["label", "aliases", "wikidata", "source"], build_organizations(args.data)),
        "leaders.tsv": (["label", "aliases", "country_label", "country_iso2", "position", "wikidata",
                         "source"], build_leaders(args.data, countries)),
    }
    for name, (header, rows) in tables.items():
        count = write_tsv(args.out / name, header, rows)
        print(f"{name}: {count} rows")
    (args.out / "NOTICE").write_text(notice(), encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
