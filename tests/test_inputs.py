"""kg.inputs: the input formats and the answers bad input gets (no spaCy needed)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from kg.errors import InputError
from kg.inputs import (MAX_PARAGRAPH_CHARS, Problem, decode, format_for, read_html, read_input, read_jsonl, read_text,
                       sniff_format, too_large, with_header)
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


def test_byte_order_mark_is_dropped():
    articles, problems = split(read_text(b"\xef\xbb\xbf" + ARTICLE.encode(), "bom.txt"))
    assert problems == [] and articles[0].title == "Talks in Geneva"


def test_no_date_is_a_warning_not_a_failure():
    articles, problems = split(read_text(b"Talks\n\nNegotiators met in Geneva on Tuesday.\n", "nodate.txt"))
    assert len(articles) == 1 and articles[0].date is None
    assert [p.skipped for p in problems] == [False] and "no date" in problems[0].reason
    articles, problems = split(read_text(b"Talks\n\nNegotiators met.\n", "nodate.txt", dt.date(2025, 1, 2)))
    assert problems == [] and articles[0].date == dt.date(2025, 1, 2)


def test_a_paragraph_too_long_for_spacy_is_refused():
    data = ("word " * (MAX_PARAGRAPH_CHARS // 5 + 10)).encode()
    articles, problems = split(read_text(data, "wall.txt"))
    assert articles == [] and "paragraph" in problems[0].reason and problems[0].skipped


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
