"""Input formats: bytes in, `Article`s (or a clear `Problem`) out.

The CLI is the only place that opens files; these readers take the bytes (or,
for JSON Lines, an iterable of byte lines, so a large file streams) and the
name to report them by:

- ``.txt``: one article, plain text (``title:``/``date:``/``url:`` header lines optional);
- ``.html``/``.htm``: one web page, its main text found by trafilatura;
- ``.jsonl``: one article per line, ``{"text": ..., "title": ..., "date": ..., "url": ...}``;
- ``-`` (stdin): any of the above, told apart by its first bytes.

Every problem names its source (and line, for JSON Lines) and says whether the
article was skipped (an error) or built anyway (a warning).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from typing import Iterable, Iterator, Union

from .dates import parse_full_date
from .errors import BadJsonLine, BinaryInput, EmptyInput, InputError, LongParagraph, TooLarge
from .model import Article
from .read import parse_article

SUFFIX_FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
                  ".jsonl": "jsonl", ".ndjson": "jsonl"}
FORMAT_NAMES = ("txt", "html", "jsonl")
# A news article is tens of kilobytes; a bigger "article" is a dump to split, and spaCy's parser needs
# about 1 GB of working memory per 100,000 characters of one paragraph.
MAX_ARTICLE_BYTES = 2_000_000
MAX_PARAGRAPH_CHARS = 100_000
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"\xd0\xcf\x11\xe0",
                 b"\x7fELF", b"BZh", b"7z\xbc\xaf")


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input: `skipped` errors lose the article, warnings do not."""

    source: str
    reason: str
    hint: str = ""
    line: int | None = None
    code: str = InputError.code
    skipped: bool = True

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def message(self) -> str:
        text = f"[{self.code}] {self.where}: {self.reason}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text

    def to_json(self) -> str:
        record = {k: v for k, v in asdict(self).items() if v not in (None, "")}
        record["skipped"] = self.skipped
        return json.dumps(record, ensure_ascii=False, sort_keys=True)


Item = Union[Article, Problem]


def format_for(name: str, forced: str | None = None) -> str | None:
    """The reader for a file name: by its suffix unless a format is forced; None when unknown."""
    if forced and forced != "auto":
        return forced
    dot = name.rfind(".")
    return SUFFIX_FORMATS.get(name[dot:].lower()) if dot > name.rfind("/") else None


def sniff_format(head: bytes) -> str:
    """Tell JSON Lines, HTML and text apart by their first bytes (for stdin)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<article", b"<!--")):
        return "html"
    return "txt"


def too_large(source: str, size: int, limit: int = MAX_ARTICLE_BYTES) -> Problem:
    return Problem(source, f"too large for one article ({_mb(size)}; the limit is {_mb(limit)})", code=TooLarge.code,
                   hint="split it into articles (one .txt each, or one JSON line each), or raise --max-article-size")


def read_input(data: bytes, source: str, fmt: str, default_date: dt.date | None = None) -> Iterator[Item]:
    """One whole input (a .txt or .html file, or stdin) -> its article and any warnings."""
    if fmt == "jsonl":
        yield from read_jsonl(data.splitlines(keepends=True), source, default_date)
    elif fmt == "html":
        yield from read_html(data, source, default_date)
    else:
        yield from read_text(data, source, default_date)


def read_text(data: bytes, source: str, default_date: dt.date | None = None) -> Iterator[Item]:
    try:
        text, warnings = decode(data, source)
    except InputError as exc:
        yield _problem(source, exc)
        return
    yield from warnings
    yield from _article(text, source, default_date)


def read_html(data: bytes, source: str, default_date: dt.date | None = None) -> Iterator[Item]:
    """A web page: trafilatura finds the main text and its metadata (title, date, url)."""
    try:
        html, warnings = decode(data, source, kind="HTML")
    except InputError as exc:
        yield _problem(source, exc)
        return
    yield from warnings
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        yield Problem(source, f"the HTML could not be parsed ({type(exc).__name__}: {exc})",
                      hint="check that the file is a web page")
        return
    if doc is None:
        yield Problem(source, "no article text found in the HTML",
                      hint="the page may be an index or a script-only page; save the article page itself")
        return
    meta = doc if isinstance(doc, dict) else doc.as_dict()
    body = (meta.get("text") or "").strip()
    if not body:
        yield Problem(source, "no article text found in the HTML",
                      hint="the page may be an index or a script-only page; save the article page itself")
        return
    yield from _article(with_header(body, title=meta.get("title"), date=meta.get("date"), url=meta.get("url")),
                        source, default_date)


def read_jsonl(lines: Iterable[bytes], source: str, default_date: dt.date | None = None,
               max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Item]:
    """One article per line: {"text": ..., "title": ..., "date": "YYYY-MM-DD", "url": ...}."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        if len(raw) > max_bytes:
            yield _at(too_large(source, len(raw), max_bytes), number)
            continue
        try:
            line, warnings = decode(raw, source, line=number)
            record = json.loads(line)
        except InputError as exc:
            yield _problem(source, exc, number)
            continue
        except json.JSONDecodeError as exc:
            yield Problem(source, f"not valid JSON ({exc.msg} at column {exc.colno})", line=number, code=BadJsonLine.code,
                          hint='each line must be one JSON object: {"text": "...", "title": "...", "date": "YYYY-MM-DD"}')
            continue
        yield from warnings
        if not isinstance(record, dict):
            yield Problem(source, f"expected a JSON object, got {type(record).__name__}", line=number, code=BadJsonLine.code,
                          hint='each line must be one JSON object: {"text": "...", "title": "..."}')
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield Problem(source, 'no "text" (or it is empty or not a string)', line=number, code=BadJsonLine.code,
                          hint='give the article body in a "text" field')
            continue
        fields = {}
        for name in ("title", "date", "url"):
            value = record.get(name)
            if value is not None and not isinstance(value, str):
                yield Problem(source, f'"{name}" is not a string; ignored', line=number, skipped=False)
            elif value:
                fields[name] = value
        if "date" in fields and parse_full_date(fields["date"]) is None:
            yield Problem(source, f'"date" {fields.pop("date")!r} is not a date; ignored', line=number,
                          hint="use YYYY-MM-DD", skipped=False)
        yield from _article(with_header(text, **fields), source, default_date, number)


def decode(data: bytes, source: str, kind: str = "text", line: int | None = None) -> tuple[str, list[Problem]]:
    """Bytes -> str: refuses empty and binary data, replaces invalid UTF-8 with a warning."""
    if not data.strip():
        raise EmptyInput(f"{source}: the {'line' if line else 'file'} is empty",
                         hint="remove it or add the article text")
    head = data[:8192]
    if b"\x00" in head or head.startswith(_BINARY_MAGIC):
        raise BinaryInput(f"{source}: looks like a binary file, not {kind}",
                         hint="give .txt, .html or .jsonl articles (convert PDFs and documents to text first)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    warnings = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        if bad > max(16, len(text) // 10):
            raise BinaryInput(f"{source}: looks like a binary file, not {kind} ({bad} undecodable bytes)",
                             hint="give UTF-8 text") from exc
        warnings.append(Problem(source, f"invalid UTF-8 (first at byte {exc.start}); "
                                        f"{bad} undecodable byte(s) replaced with U+FFFD", line=line,
                                hint="save the file as UTF-8", skipped=False))
    return text, warnings


def with_header(body: str, title: str | None = None, date: str | None = None, url: str | None = None) -> str:
    """Article text with the header lines `parse_article` reads (title:, date:, url:)."""
    header = []
    for name, value in (("title", title), ("date", date), ("url", url)):
        value = " ".join((value or "").split())
        if value:
            header.append(f"{name}: {value}\n")
    return "".join(header) + ("\n" if header else "") + body


def _article(text: str, source: str, default_date: dt.date | None, line: int | None = None) -> Iterator[Item]:
    """`source` names the file; the article's own source is "file:line" for a JSON line."""
    where = f"{source}:{line}" if line is not None else source
    longest = max((len(p) for p in text.split("\n")), default=0)
    if longest > MAX_PARAGRAPH_CHARS:
        yield Problem(source, f"a paragraph of {longest:,} characters is not article text "
                              f"(the limit is {MAX_PARAGRAPH_CHARS:,})",
                      hint="put each paragraph on its own line", line=line, code=LongParagraph.code)
        return
    article = parse_article(text, source=where, default_date=default_date)
    if not article.text.strip():
        yield Problem(source, "the article is empty", hint="remove it or add the article text", line=line)
        return
    if article.date is None:
        yield Problem(source, "no date found (dateline, 'date:' line or --date); relative dates in it are left out",
                      hint="add a 'date: YYYY-MM-DD' line or pass --date", line=line, skipped=False)
    yield article


def _problem(source: str, exc: InputError, line: int | None = None) -> Problem:
    reason = exc.message
    prefix = f"{source}: "
    if reason.startswith(prefix):
        reason = reason[len(prefix):]
    return Problem(source, reason, hint=exc.hint, line=line, code=exc.code)


def _at(problem: Problem, line: int) -> Problem:
    return Problem(problem.source, problem.reason, problem.hint, line, problem.code, problem.skipped)


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size:,} bytes"
