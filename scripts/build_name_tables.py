#!/usr/bin/env python3
"""Build kg's tables of given names and common family names (kg/data/names/) from public data.

    python scripts/build_name_tables.py [--data ../shared/data] [--census DIR] [--words FILE] [--out kg/data/names]

Sources (SOURCES below): the US Census Bureau's 1990 name files (public domain; the copy in the `names`
package on PyPI, a test dependency) and the first words of the names of the world's heads of state and
government in Wikidata (CC0; the data folder's world-leaders-wikidata-all-countries.csv). No name is typed
here. The output is deterministic (sorted rows, UTF-8, LF) so that a rebuild can be checked byte for byte.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
from build_link_tables import ascii_fold, clean, leader_name  # noqa: E402  (one reading of Wikidata's labels)
from kg.names import normalize_name  # noqa: E402  (one notion of "same name" for build and lookup)
from kg.tables import (HONORIFICS, LEADER_TITLES, NAME_PARTICLES, TITLE_HEAD_WORDS,  # noqa: E402
                       TITLE_MODIFIER_WORDS)

SOURCES = {
    "census-1990": ("US Census Bureau, 1990 census name files dist.male.first, dist.female.first, dist.all.last",
                    "https://www2.census.gov/topics/genealogy/1990surnames/, read from the `names` package 0.3.0 "
                    "on PyPI (names/dist.*)", "public domain (a work of the US government)"),
    "wikidata-leaders": ("world-leaders-wikidata-all-countries.csv",
                         "https://github.com/every-politician-scrapers/world-leaders-2021, data/wikidata.csv "
                         "(commit 05e3baa2)", "Wikidata data, CC0"),
}
CENSUS_FILES = {"census-1990-male": "dist.male.first", "census-1990-female": "dist.female.first"}
# A name the census finds more often as a family name than as a given name opens a firm's name as often as a
# person's ("Johnson Controls", "Warner Bros", "Parker Hannifin"): left out (share of the sample, in %).
CENSUS_SURNAMES = "dist.all.last"
LEADERS = "world-leaders-wikidata-all-countries.csv"
# A word of two letters opens a company's or a place's name as often as a person's ("Al Jazeera", "Le Monde").
MIN_LETTERS = 3


def census_names(folder: Path) -> dict[str, set[str]]:
    def shares(file: str) -> dict[str, float]:
        rows = (line.split() for line in (folder / file).read_text(encoding="ascii").splitlines())
        return {row[0]: float(row[1]) for row in rows}

    surnames = shares(CENSUS_SURNAMES)
    found: dict[str, set[str]] = {}
    for source, file in CENSUS_FILES.items():
        for name, share in shares(file).items():
            if share >= surnames.get(name, 0.0):
                found.setdefault(name.capitalize(), set()).add(source)
    return found


# A family name this common is many people's: a sitting leader who bears it ("Lee", "Wong") is not named by it
# alone unless the article says so (kg.resolve).
COMMON_SURNAME_RANKS = 1000
# ... and one of the census's 10,000 commonest family names (two in three Americans bear one) is far likelier a
# surname than a firm's name: "spoke with Kovacs" names a person, though not one of the 1,000 commonest. Past that
# the list holds more firms' names (Siemens ranks 13,160, Toyota 77,018): family_names.tsv keeps all 88,799 in
# rank order, for kg.tables to take the first 10,000 of, or all where any family name will do.
FAMILY_NAME_RANKS = 10_000


def family_names(folder: Path) -> list[str]:
    """All the census's family names, normalized, in its rank order (dist.all.last is)."""
    lines = (folder / CENSUS_SURNAMES).read_text(encoding="ascii").splitlines()
    return list(dict.fromkeys(normalize_name(line.split()[0]) for line in lines))


def leader_first_names(data: Path) -> dict[str, set[str]]:
    """First words of the names of every head of state and government in the file ("Recep" of "Recep Tayyip
    Erdoğan"). Where a family name comes first (Xi Jinping) it is a family name: still a word that opens a
    person's name, which is what the table is read for."""
    found: dict[str, set[str]] = {}
    with (data / LEADERS).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            words = leader_name(row["officeholderLabel"]).split()
            if len(words) >= 2:  # a one-word name (a monarch's) says nothing about where a name starts
                found.setdefault(clean(words[0]), set()).add("wikidata-leaders")
    return found


def common_words(path: Path) -> set[str]:
    """Lower-case entries of a spelling word list: SCOWL's size-50 American English list (Debian's wamerican),
    the words a spell checker takes as common English."""
    return {w for w in path.read_text(encoding="utf-8").split() if w.islower()}


# A city this big is named in the news more often than people who bear its name ("Dallas", "Santiago"); a smaller
# one is not ("David" in Panama, "Nancy" in France, "George" in South Africa).
MIN_CITY_POPULATION = 1_000_000


def place_words(links: Path) -> set[str]:
    """Names of countries, big first-level regions and cities of a million people or more (kg/data/links:
    countries.tsv, cities.tsv)."""
    names: set[str] = set()
    with (links / "countries.tsv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names.update(normalize_name(n) for n in [row["label"], *row["aliases"].split("|")] if n)
    regions: dict[str, int] = {}
    with (links / "cities.tsv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            regions[normalize_name(row["region"])] = regions.get(normalize_name(row["region"]), 0) + 1
            if int(row["population"] or 0) >= MIN_CITY_POPULATION:
                names.update(normalize_name(n) for n in [row["label"], *row["aliases"].split("|")] if n)
    # a region with two or more of the table's cities is a big one ("Victoria", "Virginia"); Turkmenistan's
    # province of Mary, with one, is not what "Mary" means
    names.update(region for region, cities in regions.items() if cities >= 2)
    return names - {""}


def not_name_words() -> set[str]:
    """Titles, honorifics and name particles: kg's own tables of the words around a name ("Sheikh", "King")."""
    words = set(TITLE_HEAD_WORDS) | set(TITLE_MODIFIER_WORDS) | set(NAME_PARTICLES)
    words |= {w for title in LEADER_TITLES for w in title.split()}
    words |= {w for honorific in HONORIFICS for w in honorific}
    return {normalize_name(w) for w in words}


def build(census: Path, data: Path, words: Path, links: Path) -> tuple[list[list[str]], dict[str, list[str]]]:
    """Rows (name, sources) and the names each filter dropped, by reason."""
    candidates: dict[str, set[str]] = {}
    for found in (census_names(census), leader_first_names(data)):
        for name, sources in found.items():
            for form in {name, ascii_fold(name)}:  # "José" and "Jose": news often drops diacritics
                candidates.setdefault(normalize_name(form), set()).update(sources)
    # A given name that is also a common English word, a title or a place opens other names as often as a
    # person's ("Grant Thornton", "Crystal Palace", "Sheikh Zayed Road", "Jordan Valley"): left out, so the
    # table says "person" only where the word does.
    filters = [("common English word", common_words(words)), ("title or particle", not_name_words()),
               ("place name", place_words(links))]
    dropped: dict[str, list[str]] = {reason: [] for reason, _ in filters}
    dropped["under three letters"] = []
    rows = []
    for name, sources in sorted(candidates.items()):
        if sum(c.isalpha() for c in name) < MIN_LETTERS:
            dropped["under three letters"].append(name)
            continue
        reason = next((reason for reason, words_ in filters if name in words_), None)
        if reason:
            dropped[reason].append(name)
            continue
        rows.append([name, ",".join(sorted(sources))])
    return rows, dropped


NOTICE = """\
Given names and common family names for kg (kg/data/names/)

given_names.tsv and family_names.tsv are generated by
scripts/build_name_tables.py; every name in them is copied from the
sources below (lower-cased; with a copy without diacritics where a given
name has them). Modifications: selected rows, normalised, merged,
filtered, reformatted as TSV. given_names.tsv's source column says where
each name came from.

census-1990-male, census-1990-female
  source:  {census[0]}
  from:    {census[1]}
  licence: {census[2]}
  rows:    given names the census found at least as often as the same
           family name (dist.all.last, same source)

family_names.tsv (same census source, dist.all.last)
  rows:    every family name of the file, in its rank order (the
           census's commonest first; kg reads its first {ranks:,} as the
           common ones)

wikidata-leaders
  source:  {leaders[0]}
  from:    {leaders[1]}
  licence: {leaders[2]}
  rows:    the first word of each office holder's name (two words or more)

Filters (no content copied): names of two letters, kg's own titles,
honorifics and name particles (kg/tables.py), names of countries, big
regions and cities of a million people or more (kg/data/links), and the
lower-case words of SCOWL's size-50 American English list (Debian's
wamerican; Copyright 2000-2011 Kevin Atkinson, permission to use, copy,
modify, distribute and sell granted without fee) are left out.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--census", type=Path, default=None,
                        help="folder of dist.male.first and dist.female.first (default: the `names` package's)")
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/american-english"))
    parser.add_argument("--links", type=Path, default=REPO / "kg" / "data" / "links")
    parser.add_argument("--out", type=Path, default=REPO / "kg" / "data" / "names")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the names each filter dropped")
    args = parser.parse_args(argv)
    if args.census is None:
        import names  # the census files ship inside it

        args.census = Path(names.__file__).resolve().parent
    rows, dropped = build(args.census, args.data, args.words, args.links)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "given_names.tsv").open("w", encoding="utf-8", newline="\n") as f:
        f.write("name\tsource\n")
        f.writelines(f"{name}\t{sources}\n" for name, sources in rows)
    family = family_names(args.census)
    with (args.out / "family_names.tsv").open("w", encoding="utf-8", newline="\n") as f:
        f.write("name\n")
        f.writelines(f"{name}\n" for name in family)
    print(f"family_names.tsv: {len(family)} rows")
    (args.out / "NOTICE").write_text(NOTICE.format(census=SOURCES["census-1990"], leaders=SOURCES["wikidata-leaders"],
                                                   ranks=COMMON_SURNAME_RANKS),
                                     encoding="utf-8", newline="\n")
    print(f"given_names.tsv: {len(rows)} rows")
    for reason, names_ in dropped.items():
        print(f"  dropped, {reason}: {len(names_)}" + (f": {' '.join(names_)}" if args.verbose else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
