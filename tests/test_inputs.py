"""kg.inputs: the input formats and the answers bad input gets (no spaCy needed)."""
from __future__ import annotations

import codecs
import datetime as dt
import gzip
import io
import json

import pytest

from kg.errors import InputError
from kg.inputs import (Oversized, Problem, bounded_lines, decode, format_for, printable, read_bounded, read_html,
                       read_input, read_jsonl, read_text, sniff_format, too_large, with_header)
from kg.model import Article

ARTICLE = "Talks in Geneva\n\nGENEVA, March 3, 2026 - Japanese and Korean negotiators opened talks in Geneva on Tuesday.\n"


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def test_text_article_is_read():
    articles, problems = split(read_text(ARTICLE.encode(), "a.txt"))
    assert problems == []
    assert articles[0].title == "Talks in Geneva"
    assert articles[0].date == dt.date(2026, 3, 3)
    assert articles[0].source == "a.txt"


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_input_is_refused(data):
    with pytest.raises(InputError, match="empty"):
        decode(data, "empty.txt")
    articles, problems = split(read_text(data, "empty.txt"))
    assert articles == [] and problems[0].skipped and problems[0].source == "empty.txt"


@pytest.mark.parametrize("data", [b"abc\x00def" * 10, b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n" + bytes(range(256))])
def test_binary_input_is_refused(data):
    articles, problems = split(read_text(data, "blob.txt"))
    assert articles == []
    assert "binary" in problems[0].reason and problems[0].skipped


def test_mostly_undecodable_bytes_count_as_binary():
    data = bytes(range(128, 256)) * 40
    _, problems = split(read_text(data, "latin.txt"))
    assert problems and problems[0].skipped and "binary" in problems[0].reason


def test_invalid_utf8_is_replaced_with_a_warning():
    data = ARTICLE.replace("Japanese", "Japan\xe9se").encode("latin-1")
    articles, problems = split(read_text(data, "latin1.txt"))
    assert len(articles) == 1 and "\ufffd" in articles[0].text
    assert len(problems) == 1 and not problems[0].skipped
    assert "invalid UTF-8" in problems[0].reason and "byte" in problems[0].reason


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(encoding):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    data = bom + ARTICLE.encode(encoding)
    articles, problems = split(read_text(data, "wide.txt"))
    assert problems == [] and articles[0].title == "Talks in Geneva" and articles[0].date == dt.date(2026, 3, 3)


def test_utf16_json_lines_are_decoded_line_by_line():
    lines = "".join(json.dumps({"text": t, "date": "2025-05-02"}) + "\r\n"
                    for t in ("Ministers met in Rome on Friday.", "Ministers met in Oslo on Friday."))
    handle = io.BytesIO(codecs.BOM_UTF16_LE + lines.encode("utf-16-le"))
    articles, problems = split(read_jsonl(bounded_lines(handle, 10_000), "wide.jsonl"))
    assert problems == [] and [a.source for a in articles] == ["wide.jsonl:1", "wide.jsonl:2"]


def test_a_gzip_file_named_jsonl_is_one_error():
    data = gzip.compress(b"".join(json.dumps({"text": f"Article {i}."}).encode() + b"\n" for i in range(500)))
    articles, problems = split(read_jsonl(bounded_lines(io.BytesIO(data), 10_000), "feed.jsonl"))
    assert articles == [] and len(problems) == 1
    assert "gzip" in problems[0].reason and problems[0].line is None and "gunzip" in problems[0].hint


def test_binary_kind_is_named():
    _, problems = split(read_text(b"%PDF-1.7\n" + bytes(range(256)), "paper.txt"))
    assert "PDF" in problems[0].reason
    _, problems = split(read_text(gzip.compress(ARTICLE.encode()), "a.txt"))
    assert "gzip" in problems[0].reason and "gunzip" in problems[0].hint


def test_a_deeply_nested_json_line_is_that_line_s_failure():
    deep = b'{"text": "x", "m": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    good = json.dumps({"text": "Ministers met in Rome on Friday.", "date": "2025-05-02"}).encode()
    articles, problems = split(read_jsonl([good, deep, good.replace(b"Rome", b"Oslo")], "feed.jsonl"))
    assert [a.source for a in articles] == ["feed.jsonl:1", "feed.jsonl:3"]
    assert [(p.line, p.skipped) for p in problems] == [(2, True)] and "nested too deeply" in problems[0].reason


def test_a_crash_on_one_json_line_is_that_line_s_failure(monkeypatch):
    import kg.inputs

    real = kg.inputs._article

    def crash_on_oslo(text, *args, **kwargs):
        if "Oslo" in text:
            raise ValueError("boom")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(kg.inputs, "_article", crash_on_oslo)
    good = json.dumps({"text": "Ministers met in Rome on Friday.", "date": "2025-05-02"}).encode()
    articles, problems = split(read_jsonl([good.replace(b"Rome", b"Oslo"), good], "feed.jsonl"))
    assert [a.source for a in articles] == ["feed.jsonl:2"]
    assert problems[0].line == 1 and problems[0].code == "E900" and "boom" in problems[0].reason


def test_json_error_messages_read_well():
    _, problems = split(read_jsonl([b'{"text": "unterminated'], "feed.jsonl"))
    assert "at at" not in problems[0].reason
    assert problems[0].reason == "not valid JSON (Unterminated string starting at column 10)"
    _, problems = split(read_jsonl([b'{"text": }'], "feed.jsonl"))
    assert problems[0].reason == "not valid JSON (Expecting value at column 10)"


def test_lone_surrogates_in_json_text_do_not_break_the_article():
    line = json.dumps({"text": "Ministers met in Rome \ud800 on Friday.", "title": "\udcff", "date": "2025-05-02"})
    [article], _ = split(read_jsonl([line.encode()], "feed.jsonl"))
    article.text.encode("utf-8")
    article.title.encode("utf-8")


def test_bounded_lines_never_hold_a_line_longer_than_the_limit():
    data = b"short\n" + b"x" * 50_000 + b"\n" + b"last"
    lines = list(bounded_lines(io.BytesIO(data), 1_000))
    assert lines[0] == b"short\n" and isinstance(lines[1], Oversized) and lines[1] == 50_001 and lines[2] == b"last"
    _, problems = split(read_jsonl(lines, "feed.jsonl", max_bytes=1_000))
    assert [p.line for p in problems] == [1, 2, 3] and "50,001 bytes" in problems[1].reason


def test_read_bounded_stops_at_the_limit():
    data, more = read_bounded(io.BytesIO(b"x" * 5_000), 1_000)
    assert data == b"x" * 1_000 and more
    assert read_bounded(io.BytesIO(b"x" * 1_000), 1_000) == (b"x" * 1_000, False)
    assert "more than 1,000 bytes" in too_large("-", 1_000, 1_000, at_least=True).reason


def test_names_that_are_not_utf8_are_shown_and_written_escaped():
    name = b"caf\xe9-\xff.txt".decode("utf-8", "surrogateescape")
    assert printable(name) == "caf\\xe9-\\xff.txt"
    problem = Problem(name, "looks like a binary file", line=None)
    assert "caf\\xe9" in problem.message()
    assert json.loads(problem.to_json())["source"] == "caf\\xe9-\\xff.txt"
    problem.to_json().encode("utf-8")


def test_byte_order_mark_is_dropped():
    articles, problems = split(read_text(b"\xef\xbb\xbf" + ARTICLE.encode(), "bom.txt"))
    assert problems == [] and articles[0].title == "Talks in Geneva"


def test_no_date_is_a_warning_not_a_failure():
    articles, problems = split(read_text(b"Talks\n\nNegotiators met in Geneva on Tuesday.\n", "nodate.txt"))
    assert len(articles) == 1 and articles[0].date is None
    assert [p.skipped for p in problems] == [False] and "no date" in problems[0].reason
    articles, problems = split(read_text(b"Talks\n\nNegotiators met.\n", "nodate.txt", dt.date(2025, 1, 2)))
    assert problems == [] and articles[0].date == dt.date(2025, 1, 2)


def test_a_paragraph_too_long_for_spacy_is_cut_into_sentence_sized_pieces():
    from kg.read import MAX_PIECE_CHARS

    sentence = "Negotiators from Chile and Peru met in Lima on Tuesday to talk about copper. "
    wall = sentence * (3 * MAX_PIECE_CHARS // len(sentence))
    articles, problems = split(read_text(("Copper talks\n\n" + wall).encode(), "wall.txt", dt.date(2025, 1, 2)))
    assert problems == []
    [article] = articles
    pieces = article.body()
    assert len(pieces) >= 3 and all(p.span.end - p.span.start <= MAX_PIECE_CHARS for p in pieces)
    for piece in pieces:  # cut at sentence ends, nothing lost between the pieces
        assert article.text[piece.span.start:piece.span.end].endswith("copper.")
    assert "".join(article.text[p.span.start:p.span.end] + " " for p in pieces) == wall


def test_a_paragraph_without_sentence_ends_is_cut_at_spaces_or_at_the_limit():
    from kg.read import MAX_PIECE_CHARS

    for wall in ("word " * MAX_PIECE_CHARS, "x" * (3 * MAX_PIECE_CHARS) + "."):
        [article], _ = split(read_text(("Title\n\n" + wall + " end of it.").encode(), "w.txt", dt.date(2025, 1, 2)))
        pieces = article.body()
        assert len(pieces) > 1 and all(0 < p.span.end - p.span.start <= MAX_PIECE_CHARS for p in pieces)
        assert "".join(article.text[p.span.start:p.span.end] for p in pieces).replace(" ", "") == \
            (wall + " end of it.").replace(" ", "")


def test_too_large_names_the_sizes():
    problem = too_large("big.txt", 50_000_000, 2_000_000)
    assert problem.skipped and "50.0 MB" in problem.reason and "2.0 MB" in problem.reason
    assert "split" in problem.hint


def test_jsonl_reads_one_article_a_line_with_metadata():
    lines = [json.dumps({"text": "Negotiators met in Geneva on Tuesday.", "title": "Geneva talks",
                         "date": "2026-03-03", "url": "https://example.org/a"}).encode() + b"\n",
             b"\n",
             json.dumps({"text": "Ministers met in Rome on Friday."}).encode() + b"\n"]
    articles, problems = split(read_jsonl(lines, "feed.jsonl"))
    assert [a.source for a in articles] == ["feed.jsonl:1", "feed.jsonl:3"]
    assert articles[0].title == "Geneva talks" and articles[0].date == dt.date(2026, 3, 3)
    assert articles[0].url == "https://example.org/a"
    assert [p.line for p in problems] == [3] and "no date" in problems[0].reason


@pytest.mark.parametrize("line, reason", [
    (b'{"text": "unterminated', "not valid JSON"),
    (b'["a", "list"]', "expected a JSON object"),
    (b'{"title": "no text"}', 'no "text"'),
    (b'{"text": ""}', 'no "text"'),
    (b'{"text": 42}', 'no "text"'),
    (b'{"text": "a\\u0000b \x00"}', "binary"),
])
def test_bad_jsonl_lines_are_skipped_and_named(line, reason):
    good = json.dumps({"text": "Ministers met in Rome on Friday.", "date": "2025-05-02"}).encode()
    articles, problems = split(read_jsonl([good, line, good.replace(b"Rome", b"Oslo")], "feed.jsonl"))
    assert [a.source for a in articles] == ["feed.jsonl:1", "feed.jsonl:3"]
    assert len(problems) == 1 and problems[0].line == 2 and problems[0].skipped
    assert reason in problems[0].reason
    assert problems[0].where == "feed.jsonl:2" and "feed.jsonl:2" in problems[0].message()


def test_jsonl_bad_date_and_field_types_are_warnings():
    line = json.dumps({"text": "Ministers met in Rome.", "date": "soon", "title": 5}).encode()
    articles, problems = split(read_jsonl([line], "feed.jsonl", default_date=dt.date(2025, 1, 1)))
    assert len(articles) == 1 and articles[0].date == dt.date(2025, 1, 1)
    assert {p.skipped for p in problems} == {False}
    assert any("'soon'" in p.reason for p in problems) and any('"title"' in p.reason for p in problems)


def test_jsonl_line_too_large():
    line = json.dumps({"text": "x " * 2000}).encode()
    _, problems = split(read_jsonl([line], "feed.jsonl", max_bytes=1000))
    assert problems[0].line == 1 and "too large" in problems[0].reason


def test_html_main_text_comes_from_trafilatura():
    html = b"""<html><head><title>Site | Talks</title><meta name="date" content="2026-03-03"></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now</nav>
    <article><h1>Japan and Korea open chip talks</h1>
    <p>GENEVA - Japanese and South Korean negotiators opened two days of talks in Geneva on Tuesday, trying to
    settle a year-long quarrel over semiconductor materials.</p>
    <p>Economy Minister Kenji Sato led the Japanese delegation and was joined by Deputy Trade Minister Aiko Mori.</p>
    </article><footer>Copyright 2026 Example News. All rights reserved.</footer></body></html>"""
    articles, problems = split(read_html(html, "page.html"))
    assert problems == []
    article = articles[0]
    assert article.title == "Japan and Korea open chip talks"
    assert article.date == dt.date(2026, 3, 3)
    assert "Kenji Sato" in article.text and "Subscribe" not in article.text and "Copyright" not in article.text


def test_html_without_article_text_is_skipped():
    _, problems = split(read_html(b"<html><body><script>var x = 1;</script></body></html>", "empty.html"))
    assert problems[0].skipped and "no article text" in problems[0].reason


def test_formats_by_suffix_and_by_first_bytes():
    assert format_for("a/b.TXT") == "txt" and format_for("x.htm") == "html" and format_for("f.jsonl") == "jsonl"
    assert format_for("paper.pdf") is None and format_for("dir.d/README") is None
    assert format_for("paper.pdf", "txt") == "txt"
    assert sniff_format(b'  {"text": "a"}') == "jsonl"
    assert sniff_format(b"<!DOCTYPE html><html>") == "html"
    assert sniff_format(b"Talks in Geneva\n") == "txt"


def test_read_input_dispatches_on_format():
    data = b'{"text": "Ministers met in Rome on Friday.", "date": "2025-05-02"}\n'
    articles, _ = split(read_input(data, "-", "jsonl"))
    assert articles[0].source == "-:1"
    articles, _ = split(read_input(ARTICLE.encode(), "-", "txt"))
    assert articles[0].source == "-"


def test_header_lines_are_one_line_each():
    text = with_header("Body.", title="A\ntwo-line  title", date="2025-01-02")
    assert text.startswith("title: A two-line title\ndate: 2025-01-02\n\nBody.")
    assert with_header("Body.") == "Body."


def test_problem_json_is_one_line():
    record = json.loads(Problem("f.jsonl", "not valid JSON", hint="h", line=4).to_json())
    assert record == {"source": "f.jsonl", "line": 4, "reason": "not valid JSON", "hint": "h", "code": "E100",
                      "skipped": True}
