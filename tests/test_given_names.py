"""The table of given names (kg/data/names/given_names.tsv): built by scripts/build_name_tables.py from public
data, sorted, one row a name, and free of the common words, titles and places its filters drop."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract.mentions import is_given_name
from kg.names import fold_accents
from kg.tables import GIVEN_NAMES

REPO = Path(__file__).resolve().parents[1]
NAMES_DIR = REPO / "kg" / "data" / "names"
DATA = REPO.parent / "shared" / "data"
WORDS = Path("/usr/share/dict/american-english")  # Debian's wamerican (.ci/run installs it)


def test_names_of_many_regions():
    # Turkish, South African, Indonesian, Pakistani, Ugandan, Salvadoran, Danish, Greek, Singaporean (Wikidata's
    # heads of state and government) and US-census names
    for name in ["recep", "cyril", "prabowo", "shehbaz", "yoweri", "nayib", "mette", "kyriakos", "tharman",
                 "guadalupe", "dolores", "lucinda", "svetlana"]:
        assert name in GIVEN_NAMES, name


def test_accented_given_names():
    """The census spells names without accents; a name written with them is found all the same."""
    assert fold_accents("José Zoë Ñuñez") == "Jose Zoe Nunez"
    for word in ["José", "Andrés", "Zoë", "INÉS", "Agnès", "Jose"]:
        assert is_given_name(word), word
    assert not is_given_name("Mitsotakis")


def test_builder_filters(tmp_path):
    """Common English words, titles, places, two-letter words and names more often a family name are dropped."""
    sys.path.insert(0, str(REPO / "scripts"))
    import build_name_tables as b

    census = tmp_path / "census"
    census.mkdir()
    (census / "dist.male.first").write_text("GRANT 0.036 1 1\nAL 0.023 1 2\nJORDAN 0.056 1 3\nPARKER 0.010 1 4\n"
                                            "OSWALDO 0.002 1 5\n", encoding="ascii")
    (census / "dist.female.first").write_text("CRYSTAL 0.066 1 1\nDALLAS 0.006 1 2\nMIREYA 0.003 1 3\n",
                                              encoding="ascii")
    (census / "dist.all.last").write_text("PARKER 0.099 1 1\nOSWALDO 0.001 1 2\n", encoding="ascii")
    data = tmp_path / "data"
    data.mkdir()
    (data / b.LEADERS).write_text("officeholderLabel\nSheikh Omar Faruk\nTunde Adebayo\nNaruhito\n", encoding="utf-8")
    words = tmp_path / "words"
    words.write_text("grant\ncrystal\nGrant\nMireya\n", encoding="utf-8")
    links = tmp_path / "links"
    links.mkdir()
    (links / "countries.tsv").write_text("label\taliases\nJordan\tHashemite Kingdom of Jordan\n", encoding="utf-8")
    (links / "cities.tsv").write_text("label\taliases\tpopulation\tregion\nDallas\t\t5000000\tTexas\n"
                                      "Oswaldo\t\t2000\tTexas\n", encoding="utf-8")
    rows, dropped = b.build(census, data, words, links)
    assert [row[0] for row in rows] == ["mireya", "oswaldo", "tunde"]  # a small town's name stays a name
    assert dropped["common English word"] == ["crystal", "grant"]
    assert dropped["place name"] == ["dallas", "jordan"] and dropped["title or particle"] == ["sheikh"]
    assert dropped["under three letters"] == ["al"]
    assert "parker" not in {row[0] for row in rows}  # the census finds it more often as a family name


def test_file_is_sorted_unique_and_normalised():
    lines = (NAMES_DIR / "given_names.tsv").read_text(encoding="utf-8").split("\n")
    assert lines[0] == "name\tsource" and lines[-1] == ""
    rows = [line.split("\t") for line in lines[1:-1]]
    names = [row[0] for row in rows]
    assert names == sorted(set(names)) and len({fold_accents(n) for n in names}) == len(GIVEN_NAMES) > 1000
    assert all(len(row) == 2 and row[1] for row in rows)
    from kg.names import normalize_name

    assert all(normalize_name(n) == n for n in names)
    assert (NAMES_DIR / "NOTICE").is_file()


@pytest.mark.skipif(not DATA.is_dir() or not WORDS.is_file() or importlib.util.find_spec("names") is None,
                    reason="needs ../shared/data, /usr/share/dict/american-english and the `names` package")
def test_rebuild_is_byte_identical(tmp_path):
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_name_tables.py"), "--data", str(DATA),
                    "--words", str(WORDS), "--out", str(tmp_path)], check=True, capture_output=True)
    for name in ["given_names.tsv", "family_names.tsv", "NOTICE"]:
        assert (tmp_path / name).read_bytes() == (NAMES_DIR / name).read_bytes(), name
