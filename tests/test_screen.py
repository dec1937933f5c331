"""Screening computed away from the reader (kg.screen; a Dask build's workers) decides as screening in place.

The verdicts (language, near-duplicate signature) of chunks of articles, given back to the reader in
input order, must give the same near-copies, the same skipped articles and the same problems, in
the same order, as the reader screening each article itself.
"""
from __future__ import annotations

import json

import numpy as np
import pytest

from kg.cli import _Inputs
from kg.dedupe import NearDuplicates
from kg.inputs import Problem, Unparsed, read_jsonl
from kg.pipeline import NTriplesDeduper, line_index
from kg.read import cleaned, parse_article
from kg.screen import screen, screen_chunk
from test_dedupe import BODY, OTHER, copy

GERMAN = ("BERLIN, 3. März 2026 - Die Bundesregierung hat am Montag neue Zölle auf Stahl aus China angekündigt. "
          "Der Wirtschaftsminister sagte, die Maßnahme sei notwendig, um die heimische Industrie zu schützen. "
          "Die chinesische Regierung kündigte Gegenmaßnahmen an und drohte mit Exportkontrollen für seltene Erden. "
          "Die Gespräche sollen nächste Woche in Genf fortgesetzt werden, teilte das Ministerium mit.")
SHORT = "Talks resume in Oslo on Monday, officials said."

# (text, title) in input order: an original, a German article, an unrelated story, two copies of the
# original (a copy of a copy names the first), a short article, and a copy of the unrelated story.
TEXTS = [(copy(0), None), (GERMAN, "Zölle"), (OTHER, None), (copy(1), None), (SHORT, "Short"), (copy(2), None),
         (OTHER + "\nEditing by Tom Hale\n", "Copper talks end")]


def articles() -> list:
    return [parse_article(text if title is None else f"{title}\n\n{text}", source=f"a{i}.txt")
            for i, (text, title) in enumerate(TEXTS)]


@pytest.mark.parametrize("chunk", [1, 2, 3, len(TEXTS)])
def test_chunk_verdicts_give_the_near_copies_checking_in_place_gives(chunk):
    here, there = NearDuplicates(), NearDuplicates()
    expected = [None if screen(a).foreign else here.check(a) for a in articles()]
    found = []
    items = articles()
    for start in range(0, len(items), chunk):
        verdicts = screen_chunk(items[start:start + chunk])
        for i, article in enumerate(items[start:start + chunk]):
            verdict = verdicts[i]
            found.append(None if verdict.foreign else there.check_signature(article, verdict.signature, verdict.keys))
    assert [m and m.original for m in found] == [m and m.original for m in expected]
    assert found == expected
    assert [m is not None for m in found] == [False, False, False, True, False, True, True]


def test_a_foreign_article_gets_a_language_and_no_signature_a_short_one_neither():
    verdicts = screen_chunk(articles())
    assert verdicts[1].foreign.code == "de" and verdicts[1].signature is None
    assert verdicts[4].foreign is None and verdicts[4].signature is None
    assert verdicts[0].signature is not None and len(verdicts[0].keys) == 32
    assert len(verdicts) == len(TEXTS)


UNDATED = "Ministers met again on Monday and said the talks would go on, a spokesman for the ministry told reporters."


def _corpus(tmp_path):
    """A JSON Lines file with the texts above and problems between them: a bad line, an empty text, an exact
    copy (a note), an article with no date (a warning, found parsing it) and its exact copy, and a bad line
    after the last article."""
    lines = []
    for i, (text, title) in enumerate(TEXTS):
        lines.append(json.dumps({"text": text, **({"title": title} if title else {}), "date": "2026-04-08"}))
        if i == 1:
            lines.append("{not json")
        if i == 3:
            lines.append(json.dumps({"text": ""}))
            lines.append(lines[0])
        if i == 4:
            lines += [json.dumps({"text": UNDATED})] * 2
    lines.append("[1, 2]")
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _inputs(path, told, dedupe):
    return _Inputs([str(path)], "auto", None, 1 << 20, set(), told.append, dedupe=dedupe)


@pytest.mark.parametrize("dedupe", [False, True])
@pytest.mark.parametrize("chunk", [1, 3, 64])
@pytest.mark.parametrize("at_once", [False, True])
def test_admitting_verdicts_in_order_is_screening_in_place(tmp_path, capsys, dedupe, chunk, at_once):
    path = _corpus(tmp_path)
    told_here: list = []
    here = [(a.id, a.near_duplicate_of) for a in _inputs(path, told_here, dedupe)]
    notes_here = capsys.readouterr().err

    told_there: list = []
    source = _inputs(path, told_there, dedupe)
    unscreened = list(source.unscreened())
    there = []
    for start in range(0, len(unscreened), chunk):
        part = unscreened[start:start + chunk]
        verdicts = screen_chunk(part)
        admitted = (source.admit_chunk(part, verdicts) if at_once else
                    [source.admit(article, verdicts[i]) for i, article in enumerate(part)])
        there += [(kept.id, kept.near_duplicate_of) for kept in admitted if kept is not None]
    source.admitted_all()
    assert there == here
    assert [p.message() for p in told_there] == [p.message() for p in told_here]
    assert capsys.readouterr().err == notes_here
    assert [p.code for p in told_here] == ["E110", "E106", "E120", "E106", "E100", "E100", "E120", "E120", "E106"]
    assert all(isinstance(item, Unparsed) for item in unscreened)
    assert "same text as" in notes_here


def test_problems_wait_for_the_next_article_to_be_admitted(tmp_path):
    told: list = []
    source = _inputs(_corpus(tmp_path), told, False)
    read = source.unscreened()
    first, second = next(read), next(read)
    next(read)  # the bad line after the second article has been read: held back
    assert told == []
    source.admit(first, screen_chunk([first])[0])
    assert told == []
    source.admit(second, screen_chunk([second])[0])
    assert [p.code for p in told] == ["E110"]  # the German article; the bad line comes before the third


def test_the_deduper_counts_the_lines_it_writes():
    fresh = (b"<https://x/article/",)
    windows = [b"<a> <p> <b> .\n<https://x/article/1> <p> <b> .\n\n<c> <p> <d> .\n",
               b"<a> <p> <b> .\n<e> <p> <f> .\n<e> <p> <f> .\n<https://x/article/2> <p> <b> .",
               b"<a> <p> <b> .\n"]
    deduper = NTriplesDeduper("https://x/")
    written = b""
    for data in windows:
        written += deduper(data, line_index(data, fresh))
    assert deduper.lines == written.count(b"\n") == 4
    assert written.count(b"<a> <p> <b> .") == 1 and written.count(b"<e> <p> <f> .") == 1


def test_line_index_counts_every_line_end():
    data = b"<a> <p> <b> .\n\n<https://x/article/1> <p> <b> .\n"
    index = line_index(data, (b"<https://x/article/",))
    assert index.newlines == 3 and np.array_equal(index.keys == 0, [False, True])


@pytest.mark.parametrize("raw", ["Title\r\n\r\nLISBON, March 3, 2026 - Talks\rresumed.\x07\n",
                                 "Cafe\u0301 talks\n\nBody with a lone \ud800 surrogate and \x1b escape.\n",
                                 "title: Talks\ndate: 2026-03-03\n\nBody.\n"])
def test_an_article_parsed_from_its_cleaned_text_is_the_article(raw):
    assert cleaned(cleaned(raw)) == cleaned(raw)
    assert parse_article(cleaned(raw), source="a.txt") == parse_article(raw, source="a.txt")


def test_unparsed_articles_parse_to_what_reading_gives(tmp_path):
    lines = _corpus(tmp_path).read_bytes().splitlines(keepends=True)
    read = list(read_jsonl(lines, "c.jsonl", None))
    unparsed = list(read_jsonl(lines, "c.jsonl", None, parse=False))
    articles = [item for item in read if not isinstance(item, Problem)]
    assert [u.parse() for u in unparsed if isinstance(u, Unparsed)] == articles
    assert [(u.id, u.source) for u in unparsed if isinstance(u, Unparsed)] == [(a.id, a.source) for a in articles]
    # the no-date warnings are found parsing: not while reading unparsed
    assert [p for p in unparsed if isinstance(p, Problem)] == [p for p in read if isinstance(p, Problem)
                                                              and "no date found" not in p.reason]
