"""Near-duplicate articles (kg.dedupe): syndicated copies give one set of events, different stories do not merge."""
from __future__ import annotations

import json
import re

import numpy as np
import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, URIRef

from kg.cli import main
from kg.dedupe import MIN_SHINGLES, NearDuplicates, mark, shingles, signature, similarity
from kg.read import parse_article

KG = "https://w3id.org/kg-news/ontology#"


def unwrap(text: str) -> str:
    """One line per paragraph, as articles come (the texts below are wrapped to fit the source)."""
    return re.sub(r"(?<!\n)\n(?!\n)", " ", text)

# A wire story written for these tests. Its third round has a place but no date: only a near-copy tie
# merges it across copies (one shared place is not enough for two unrelated articles).
BODY = """OSLO, April 8, 2026 - Norway and Iceland ended a second round of fisheries negotiations in Oslo on Wednesday
without agreeing how to share this year's mackerel quota, officials from both governments said.

Norwegian Fisheries Minister Eirik Haugland led his country's delegation, while Iceland was represented by
its Minister of Industries Sigrun Magnusdottir. The two sides said the gap between their proposals had narrowed.

It followed a first round held in Reykjavik in January, and a third round will take place in Bergen in June,
Norway's fisheries ministry said in a statement. Fishing groups in both countries have urged a deal before the
summer season opens.
"""
BODY = unwrap(BODY)
HEADLINES = ["Norway, Iceland fail to agree mackerel quota", "Mackerel talks in Oslo end without a deal",
             "UPDATE 2-Norway and Iceland still apart on mackerel"]
BYLINES = ["By Kari Lund", "By Jon Einarsson and Mette Berg", "Staff reporter"]
TRAILERS = ["", "\nReporting by Kari Lund; Editing by Tom Hale\n",
            "\nThe ministry did not respond to a request for further comment on Thursday.\n"]


def copy(i: int) -> str:
    return f"{HEADLINES[i]}\n\n{BYLINES[i]}\n\n{BODY}{TRAILERS[i]}"


# The same kind of story about other talks, written with the same phrases (a template an outlet reuses).
OTHER = """Chile and Peru close copper talks in Lima

By Ana Rojas

LIMA, April 8, 2026 - Chile and Peru ended a second round of mining negotiations in Lima on Wednesday
without agreeing how to share the costs of a cross-border railway for copper ore, officials from both governments said.

Chilean Mining Minister Rodrigo Vera led his country's delegation, while Peru was represented by its Minister
of Energy and Mines Lucia Paredes. Both said several questions on financing were still open.

It followed a first round held in Santiago in January, and a third round will take place in Bergen in June,
Peru's mining ministry said in a statement, after a technical study of the route.
"""
OTHER = unwrap(OTHER)
# The Oslo talks retold by another reporter: the same event, different words.
RETOLD = """Mackerel row drags on after Oslo meeting

OSLO, April 8, 2026 - Two days of negotiations between Iceland and Norway over the mackerel catch broke up on
Wednesday in Oslo. Eirik Haugland, Norway's fisheries minister, told reporters that Reykjavik's latest offer
still asked for too large a share. Sigrun Magnusdottir, speaking for Iceland, called the Norwegian position
unrealistic but said she was ready to keep talking. No date has been set for another meeting.
"""
RETOLD = unwrap(RETOLD)


def article(text: str, source: str):
    return parse_article(text, source=source)


@pytest.mark.parametrize("i", [1, 2])
def test_copies_with_another_headline_byline_and_trailing_line_match(i):
    index = NearDuplicates()
    first = article(copy(0), "a.txt")
    assert index.check(first) is None
    match = index.check(article(copy(i), f"{i}.txt"))
    assert match is not None and match.original == first.id and match.source == "a.txt"
    assert match.similarity >= 0.8


@pytest.mark.parametrize("text", [OTHER, RETOLD], ids=["same template, other story", "same event, retold"])
def test_different_stories_do_not_match(text):
    index = NearDuplicates()
    index.check(article(copy(0), "a.txt"))
    assert index.check(article(text, "b.txt")) is None


def test_a_copy_of_a_copy_names_the_first_article():
    index = NearDuplicates()
    first, second, third = (article(copy(i), f"{i}.txt") for i in range(3))
    index.check(first)
    assert index.check(second).original == first.id
    assert index.check(third).original == first.id


def test_short_bodies_are_not_compared():
    index = NearDuplicates()
    short = "Talks\n\nMinisters met in Oslo on Wednesday to talk about fish quotas.\n"
    assert len(shingles(short)) < MIN_SHINGLES
    index.check(article(short, "a.txt"))
    assert index.check(article("Other headline\n\n" + short.split("\n\n", 1)[1], "b.txt")) is None


def test_signatures_are_deterministic():
    a = shingles(BODY)
    assert (signature(a) == signature(set(a))).all()


# Pairs from near-identical to unrelated: the signatures' estimate follows the exact Jaccard similarity.
PAIRS = [
    (BODY, BODY + " One more sentence about the weather in Bergen that day."),
    (BODY, BODY + " " + TRAILERS[2] + " " + TRAILERS[1]),
    (BODY, BODY.split("\n\n")[0] + "\n\n" + BODY.split("\n\n")[1]),  # the last paragraph dropped
    (BODY, BODY.split("\n\n")[0] + "\n\n" + OTHER.split("\n\n")[-2]),
    (BODY, OTHER),
    (BODY, RETOLD),
]


@pytest.mark.parametrize("a, b", PAIRS, ids=range(len(PAIRS)))
def test_signatures_estimate_jaccard(a, b):
    x, y = shingles(a), shingles(b)
    exact = len(x & y) / len(x | y)
    assert abs(similarity(signature(x), signature(y)) - exact) < 0.08


def test_oldest_articles_are_forgotten():
    index = NearDuplicates(max_articles=1)
    index.check(article(copy(0), "a.txt"))
    index.check(article(OTHER, "b.txt"))
    assert index.check(article(copy(1), "c.txt")) is None


def test_copies_are_found_after_the_index_merges_its_recent_articles(monkeypatch):
    monkeypatch.setattr(NearDuplicates, "_MERGE", 2)  # merge after every second article
    index = NearDuplicates()
    first = article(copy(0), "a.txt")
    assert index.check(first) is None
    assert index.check(article(copy(1), "b.txt")).original == first.id  # found among the recent articles
    assert index.check(article(OTHER, "c.txt")) is None  # the first two were merged before this one
    match = index.check(article(copy(2), "d.txt"))  # found in the merged arrays
    assert match.original == first.id and match.source == "a.txt"


def test_signatures_are_taken_from_several_blocks_in_the_order_asked(monkeypatch):
    import numpy as np

    from kg.dedupe import PERMUTATIONS, _SignatureBlocks

    monkeypatch.setattr(_SignatureBlocks, "BLOCK", 3)
    blocks = _SignatureBlocks()
    sigs = np.arange(11 * PERMUTATIONS, dtype=np.uint32).reshape(11, PERMUTATIONS)
    for row, sig in enumerate(sigs):
        blocks.put(row, sig)
    blocks.forget_below(4)  # the first block (rows 0-2) goes
    for rows in ([5], [4, 5], [10, 4, 7, 5], [9, 3 + 3, 10, 8]):
        assert (blocks.take(np.array(rows)) == sigs[rows]).all()


def test_copies_are_found_across_signature_blocks_and_merges(monkeypatch):
    from kg.dedupe import _SignatureBlocks

    monkeypatch.setattr(_SignatureBlocks, "BLOCK", 2)
    monkeypatch.setattr(NearDuplicates, "_MERGE", 3)
    index = NearDuplicates()
    first = article(copy(0), "a.txt")
    assert index.check(first) is None
    other = article(OTHER, "other.txt")
    expected = [(other, None), (article(copy(1), "b.txt"), first.id), (article(OTHER + "\nMore.", "c.txt"), other.id),
                (article(copy(2), "d.txt"), first.id), (article(copy(0) + "\nMore.", "e.txt"), first.id)]
    for item, original in expected:  # rows in five blocks by the end, three merges
        match = index.check(item)
        assert (match.original if match else None) == original


def test_mark_sets_near_duplicate_of():
    marked = list(mark([article(copy(0), "a.txt"), article(OTHER, "b.txt"), article(copy(2), "c.txt")]))
    assert [a.near_duplicate_of for a in marked] == ["", "", marked[0].id]


# -- through kg build -----------------------------------------------------------------------------------

@pytest.fixture(scope="module", autouse=True)
def _model_loaded(nlp):
    """Load spaCy once (CliRunner runs the CLI in this process)."""


def build(folder, out, *options):
    return CliRunner().invoke(main, ["build", str(folder), "-o", str(out), *options], catch_exceptions=False)


def events(path) -> set[URIRef]:
    g = Graph().parse(path)
    kinds = {URIRef(KG + k) for k in ("Event", "Meeting", "Summit")}
    return {s for s, _, o in g.triples((None, RDF.type, None)) if o in kinds}


@pytest.mark.parametrize("options", [(), ("--batch-size", "1", "--jobs", "1")], ids=["one window", "a window each"])
def test_copies_give_the_events_of_one_article(tmp_path, options):
    one, many = tmp_path / "one", tmp_path / "many"
    one.mkdir(), many.mkdir()
    (one / "0.txt").write_text(copy(0))
    for i in range(3):
        (many / f"{i}.txt").write_text(copy(i))
    assert build(one, tmp_path / "one.ttl").exit_code == 0
    result = build(many, tmp_path / "many.ttl", *options)
    assert result.exit_code == 0, result.output  # a near-duplicate is a note, not an error
    single = events(tmp_path / "one.ttl")
    assert len(single) >= 2  # the Oslo talks and the round in Bergen
    assert len(events(tmp_path / "many.ttl")) == len(single)
    notes = [json.loads(line) for line in (tmp_path / "many.ttl.failures.jsonl").read_text().splitlines()]
    assert [(n["code"], n["skipped"]) for n in notes] == [("E120", False)] * 2
    assert all("0.txt" in n["reason"] for n in notes)


def test_different_stories_keep_their_own_events(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(copy(0))
    (folder / "b.txt").write_text(OTHER)
    build(folder, tmp_path / "both.ttl")
    for name in ("a", "b"):
        alone = tmp_path / name
        alone.mkdir()
        (alone / "x.txt").write_text((folder / f"{name}.txt").read_text())
        build(alone, tmp_path / f"{name}.ttl")
    # Both mention an undated round in Bergen: a shared place alone does not make them one event.
    assert len(events(tmp_path / "both.ttl")) == len(events(tmp_path / "a.ttl")) + len(events(tmp_path / "b.ttl"))
    assert not list(tmp_path.glob("*.failures.jsonl"))


def test_dedupe_skips_copies_and_says_so(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(copy(i))
    result = build(folder, tmp_path / "g.ttl", "--dedupe")
    assert result.exit_code == 0
    assert "1 article(s)" in result.stderr
    notes = [json.loads(line) for line in (tmp_path / "g.ttl.failures.jsonl").read_text().splitlines()]
    assert [(n["source"].rsplit("/", 1)[1], n["skipped"]) for n in notes] == [("1.txt", True), ("2.txt", True)]
    assert all("--dedupe" in n["reason"] for n in notes)


def test_a_long_run_forgets_the_oldest_and_still_finds_the_recent():
    """Past `max_articles` the oldest rows are forgotten; the per-row lists are trimmed a block at a time."""
    from types import SimpleNamespace

    import numpy as np

    from kg.dedupe import PERMUTATIONS

    rng = np.random.default_rng(7)
    index = NearDuplicates(max_articles=2)
    signatures = [rng.integers(0, 2**31, PERMUTATIONS, dtype=np.uint32) for _ in range(1500)]
    for i, sig in enumerate(signatures):
        assert index.check_signature(SimpleNamespace(id=f"a{i}", source=f"{i}.txt"), sig) is None
    found = index.check_signature(SimpleNamespace(id="copy", source="copy.txt"), signatures[-1].copy())
    assert found is not None and found.source == "1499.txt" and found.original == "a1499"
    assert index.check_signature(SimpleNamespace(id="old", source="old.txt"), signatures[0].copy()) is None


def _families_of_signatures(count: int, seed: int):
    """Signatures of ``count`` articles drawn from a few stories, each copy with some values changed: many
    near-copies, ties between equally close earlier copies, and pairs just above and below the threshold."""
    from types import SimpleNamespace

    import numpy as np

    from kg.dedupe import PERMUTATIONS

    rng = np.random.default_rng(seed)
    stories = rng.integers(0, 1000, size=(12, PERMUTATIONS)).astype(np.uint32)
    articles, signatures = [], []
    for i in range(count):
        sig = stories[rng.integers(0, len(stories))].copy()
        changed = rng.choice(PERMUTATIONS, size=rng.integers(0, 40), replace=False)
        sig[changed] = rng.integers(0, 4, size=len(changed))  # few values: copies tie with each other
        articles.append(SimpleNamespace(id=f"a{i}", source=f"{i}.txt"))
        signatures.append(sig)
    return articles, np.array(signatures)


@pytest.mark.parametrize("merge", [512, 7, 3])
@pytest.mark.parametrize("max_articles", [200_000, 400, 50])
@pytest.mark.parametrize("batch,chunk", [(128, 256), (5, 64), (2, 700), (128, 1)])
def test_checking_many_at_once_answers_as_checking_each_in_turn(monkeypatch, merge, max_articles, batch, chunk):
    from kg.dedupe import _band_keys

    monkeypatch.setattr(NearDuplicates, "_MERGE", merge)
    monkeypatch.setattr(NearDuplicates, "_BATCH", batch)
    monkeypatch.setattr(NearDuplicates, "_SCORED", 100)  # scored in several slices
    articles, signatures = _families_of_signatures(1500, seed=merge + max_articles)
    keys = np.array([_band_keys(sig) for sig in signatures])
    one_by_one = NearDuplicates(max_articles=max_articles)
    expected = [one_by_one.check_signature(a, s, k) for a, s, k in zip(articles, signatures, keys)]
    at_once = NearDuplicates(max_articles=max_articles)
    found = []
    for lo in range(0, len(articles), chunk):
        found += at_once.check_many(articles[lo:lo + chunk], signatures[lo:lo + chunk], keys[lo:lo + chunk])
    assert found == expected
    assert sum(m is not None for m in expected) > 300  # the case is one of many copies
    assert len({m.original for m in expected if m is not None}) > 1


@pytest.mark.parametrize("merge", [512, 7])
def test_checking_many_after_checking_one_by_one_sees_the_same_index(monkeypatch, merge):
    """Rows added one at a time between two batches are found by the next batch (its sorted copy of the recent
    keys is brought up to them)."""
    from kg.dedupe import _band_keys

    monkeypatch.setattr(NearDuplicates, "_MERGE", merge)
    monkeypatch.setattr(NearDuplicates, "_BATCH", 8)
    articles, signatures = _families_of_signatures(600, seed=merge)
    keys = np.array([_band_keys(sig) for sig in signatures])
    one_by_one = NearDuplicates()
    expected = [one_by_one.check_signature(a, s, k) for a, s, k in zip(articles, signatures, keys)]
    mixed, found = NearDuplicates(), []
    for lo in range(0, len(articles), 20):
        part = slice(lo, lo + 20)
        if lo // 20 % 2:
            found += mixed.check_many(articles[part], signatures[part], keys[part])
        else:
            found += [mixed.check_signature(a, s, k) for a, s, k in zip(articles[part], signatures[part], keys[part])]
    assert found == expected


def test_checking_many_articles_met_before_checks_each_in_turn():
    """An id already indexed is not indexed again (as `check_signature` does): the batch falls back."""
    articles, signatures = _families_of_signatures(6, seed=3)
    from kg.dedupe import _band_keys

    keys = np.array([_band_keys(sig) for sig in signatures])
    index = NearDuplicates()
    index.check_many(articles[:3], signatures[:3], keys[:3])
    again = NearDuplicates()
    again.check_many(articles[:3], signatures[:3], keys[:3])
    assert index.check_many(articles, signatures, keys) == [again.check_signature(a, s, k)
                                                           for a, s, k in zip(articles, signatures, keys)]
