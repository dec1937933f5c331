"""Input formats: bytes in, `Article`s (or a clear `Problem`) out.

The CLI is the only place that opens files; these readers take the bytes (or,
for JSON Lines, an iterable of byte lines, so a large file streams) and the
name to report them by:

- ``.txt``: one article, plain text (``title:``/``date:``/``url:`` header lines optional);
- ``.html``/``.htm``: one web page, its main text found by trafilatura;
- ``.jsonl``: one article per line, ``{"text": ..., "title": ..., "date": ..., "url": ...}``;
- ``-`` (stdin): any of the above, told apart by its first bytes.

Every problem names its source (and line, for JSON Lines) and says whether the
article was skipped (an error) or built anyway (a warning). One bad line never
costs the other lines of its file, and nothing is read whole that could be
larger than the article size limit (`bounded_lines`, `read_bounded`).
"""
from __future__ import annotations

import codecs
import datetime as dt
import io
import json
from dataclasses import asdict, dataclass, replace
from typing import BinaryIO, Iterable, Iterator, Union

from .dates import parse_full_date
from .errors import BadJsonLine, BinaryInput, EmptyInput, InputError, TooLarge
from .model import Article
from .read import article_id, cleaned, parse_article

SUFFIX_FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
                  ".jsonl": "jsonl", ".ndjson": "jsonl"}
FORMAT_NAMES = ("txt", "html", "jsonl")
# A news article is tens of kilobytes; a bigger "article" is a dump to split. Long paragraphs are
# cut into sentence-sized pieces before spaCy (kg.read.MAX_PIECE_CHARS), so an article's cost grows
# with its size only.
MAX_ARTICLE_BYTES = 2_000_000
_BINARY_MAGIC = {b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (or a .docx/.odt document)",
                 b"\x89PNG": "a PNG image", b"GIF8": "a GIF image", b"\xff\xd8\xff": "a JPEG image",
                 b"\x1f\x8b": "gzip-compressed", b"\xd0\xcf\x11\xe0": "an old Office document",
                 b"\x7fELF": "a program", b"BZh": "bzip2-compressed", b"7z\xbc\xaf": "a 7-Zip archive",
                 b"\xfd7zXZ\x00": "xz-compressed", b"\x28\xb5\x2f\xfd": "zstd-compressed"}
_COMPRESSED_HINT = "decompress it first (gunzip, bunzip2, unxz, unzstd), then give the .jsonl, .txt or .html inside"
# longest first: a UTF-32 mark starts with the UTF-16 one
_BYTE_ORDER_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


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
        text = f"[{self.code}] {printable(self.where)}: {printable(self.reason)}"
        return f"{text}\n  hint: {printable(self.hint)}" if self.hint else text

    def to_json(self) -> str:
        record = {k: printable(v) if isinstance(v, str) else v
                  for k, v in asdict(self).items() if v not in (None, "")}
        record["skipped"] = self.skipped
        return json.dumps(record, ensure_ascii=False, sort_keys=True)


def printable(text: str) -> str:
    """Text as it can be shown and written as UTF-8: a file name that is not valid UTF-8 (which
    Python holds as lone surrogates) gets its undecodable bytes as \\xNN."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


Item = Union[Article, "Unparsed", Problem]


def format_for(name: str, forced: str | None = None) -> str | None:
    """The reader for a file name: by its suffix unless a format is forced; None when unknown."""
    if forced and forced != "auto":
        return forced
    dot = name.rfind(".")
    return SUFFIX_FORMATS.get(name[dot:].lower()) if dot > name.rfind("/") else None


def sniff_format(head: bytes) -> str:
    """Tell JSON Lines, HTML and text apart by their first bytes (for stdin)."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if head.startswith(mark):
            head = head[:len(head) - len(head) % 4].decode(encoding, "ignore").encode("utf-8")
            break
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<article", b"<!--")):
        return "html"
    return "txt"


def too_large(source: str, size: int, limit: int = MAX_ARTICLE_BYTES, *, at_least: bool = False) -> Problem:
    """`at_least`: the size is what was read before stopping (standard input is not read to its end)."""
    how_big = f"more than {_mb(limit)}" if at_least else _mb(size)
    return Problem(source, f"too large for one article ({how_big}; the limit is {_mb(limit)})", code=TooLarge.code,
                   hint="split it into articles (one .txt each, or one JSON line each), or raise --max-article-size")


def read_bounded(handle: BinaryIO, limit: int) -> tuple[bytes, bool]:
    """At most `limit` bytes of a stream, and whether there was more (the rest is not read)."""
    data = handle.read(limit + 1)
    chunks = [data]
    while data and sum(map(len, chunks)) <= limit:  # a pipe or a terminal may give less than asked
        data = handle.read(limit + 1 - sum(map(len, chunks)))
        chunks.append(data)
    data = b"".join(chunks)
    return data[:limit], len(data) > limit


class Oversized(int):
    """A JSON line longer than the limit, in place of its bytes (which were not kept): its size."""


def bounded_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | Oversized]:
    """The lines of a binary stream, never holding more than `limit` + 1 bytes: a longer line is
    read through in chunks and given as `Oversized(size)`. A stream that starts with a UTF-16 or
    UTF-32 byte order mark is decoded and its lines given as UTF-8."""
    if not hasattr(handle, "peek"):
        handle = io.BufferedReader(handle)  # type: ignore[arg-type]
    head = handle.peek(4)[:4]
    for mark, encoding in _BYTE_ORDER_MARKS:
        if head.startswith(mark):
            yield from _wide_lines(handle, encoding, limit)
            return
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while True:
                rest = handle.readline(1 << 20)
                size += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield Oversized(size)
        else:
            yield line


def _wide_lines(handle, encoding: str, limit: int) -> Iterator[bytes | Oversized]:
    text = io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline=None)
    try:
        while True:
            line = text.readline(limit + 1)
            if not line:
                return
            data = line.encode("utf-8", "replace")
            if len(line) > limit and not line.endswith("\n"):
                size = len(data)
                while True:
                    rest = text.readline(1 << 20)
                    size += len(rest.encode("utf-8", "replace"))
                    if not rest or rest.endswith("\n"):
                        break
                yield Oversized(size)
            else:
                yield data
    finally:
        text.detach()  # the caller closes the file


def read_input(data: bytes, source: str, fmt: str, default_date: dt.date | None = None,
               parse: bool = True) -> Iterator[Item]:
    """One whole input (a .txt or .html file, or stdin) -> its article and any warnings. ``parse=False``
    gives `Unparsed` articles (parsed where they are built)."""
    if fmt == "jsonl":
        yield from read_jsonl(data.splitlines(keepends=True), source, default_date, parse=parse)
    elif fmt == "html":
        yield from read_html(data, source, default_date, parse)
    else:
        yield from read_text(data, source, default_date, parse)


def read_text(data: bytes, source: str, default_date: dt.date | None = None, parse: bool = True) -> Iterator[Item]:
    try:
        text, warnings = decode(data, source)
    except InputError as exc:
        yield _problem(source, exc)
        return
    yield from warnings
    yield from _article(text, source, default_date, parse=parse)


def read_html(data: bytes, source: str, default_date: dt.date | None = None, parse: bool = True) -> Iterator[Item]:
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
                        source, default_date, parse=parse)


def read_jsonl(lines: Iterable[bytes | Oversized], source: str, default_date: dt.date | None = None,
               max_bytes: int = MAX_ARTICLE_BYTES, parse: bool = True) -> Iterator[Item]:
    """One article per line: {"text": ..., "title": ..., "date": "YYYY-MM-DD", "url": ...}.

    A bad line is that line's problem (named `file:line`); the other lines are read. A file that
    is not text at all (gzip, PDF, ...) is one problem, not one per pseudo-line."""
    first = True
    for number, raw in enumerate(lines, start=1):
        if not isinstance(raw, Oversized) and not raw.strip():
            continue
        if first:
            first = False
            kind = _binary_kind(raw) if not isinstance(raw, Oversized) else None
            if kind is not None:
                yield Problem(source, f"looks like a binary file ({kind}), not JSON Lines",
                              hint=_COMPRESSED_HINT if "compressed" in kind else
                              "give .jsonl files with one JSON object per line")
                return
        try:
            yield from _jsonl_line(raw, source, number, default_date, max_bytes, parse)
        except Exception as exc:  # a kg bug on one line must not lose the others
            yield Problem(source, f"the line could not be read ({type(exc).__name__}: {exc})", line=number,
                          code="E900", hint="please report this as a kg bug")


def _jsonl_line(raw: bytes | Oversized, source: str, number: int, default_date: dt.date | None,
                max_bytes: int, parse: bool = True) -> Iterator[Item]:
    if isinstance(raw, Oversized) or len(raw) > max_bytes:
        yield _at(too_large(source, int(raw) if isinstance(raw, Oversized) else len(raw), max_bytes), number)
        return
    try:
        line, warnings = decode(raw, source, line=number)
        record = json.loads(line)
    except InputError as exc:
        yield _problem(source, exc, number)
        return
    except json.JSONDecodeError as exc:
        where = f"{exc.msg} column {exc.colno}" if exc.msg.endswith(" at") else f"{exc.msg} at column {exc.colno}"
        yield Problem(source, f"not valid JSON ({where})", line=number, code=BadJsonLine.code,
                      hint='each line must be one JSON object: {"text": "...", "title": "...", "date": "YYYY-MM-DD"}')
        return
    except RecursionError:
        yield Problem(source, "the JSON is nested too deeply to read", line=number, code=BadJsonLine.code,
                      hint='each line must be one flat JSON object: {"text": "...", "title": "...", "date": "..."}')
        return
    yield from warnings
    if not isinstance(record, dict):
        yield Problem(source, f"expected a JSON object, got {type(record).__name__}", line=number, code=BadJsonLine.code,
                      hint='each line must be one JSON object: {"text": "...", "title": "..."}')
        return
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        yield Problem(source, 'no "text" (or it is empty or not a string)', line=number, code=BadJsonLine.code,
                      hint='give the article body in a "text" field')
        return
    fields = {}
    for name in ("title", "date", "url"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            yield Problem(source, f'"{name}" is not a string; ignored', line=number, skipped=False)
        elif value:
            fields[name] = value
    if "date" in fields and parse_full_date(fields["date"]) is None:
        yield Problem(source, f'"date" {fields.pop("date")[:80]!r} is not a date; ignored', line=number,
                      hint="use YYYY-MM-DD", skipped=False)
    yield from _article(with_header(text, **fields), source, default_date, number, parse)


def decode(data: bytes, source: str, kind: str = "text", line: int | None = None) -> tuple[str, list[Problem]]:
    """Bytes -> str: refuses empty and binary data, replaces invalid UTF-8 with a warning."""
    if not data.strip():
        raise EmptyInput(f"{source}: the {'line' if line else 'file'} is empty",
                         hint="remove it or add the article text")
    warnings: list[Problem] = []
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):  # UTF-16 or UTF-32 text, as Windows tools save it
            text = data.decode(encoding, errors="replace")
            if "\ufffd" in text:
                warnings.append(Problem(source, f"invalid {encoding.upper()}; undecodable bytes replaced with U+FFFD",
                                        line=line, hint="save the file as UTF-8", skipped=False))
            if not text.strip():
                raise EmptyInput(f"{source}: the {'line' if line else 'file'} is empty",
                                 hint="remove it or add the article text")
            if "\x00" in text:
                raise BinaryInput(f"{source}: looks like a binary file, not {kind}", hint="give UTF-8 text")
            return text, warnings
    what = _binary_kind(data)
    if what is not None:
        raise BinaryInput(f"{source}: looks like a binary file ({what}), not {kind}",
                         hint=_COMPRESSED_HINT if "compressed" in what else
                         "give .txt, .html or .jsonl articles (convert PDFs and documents to text first)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
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


def _binary_kind(data: bytes) -> str | None:
    """What binary data looks like ("a PDF document", "gzip-compressed", "NUL bytes"), None for text."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return what
    return "NUL bytes" if b"\x00" in data[:8192] else None


def with_header(body: str, title: str | None = None, date: str | None = None, url: str | None = None) -> str:
    """Article text with the header lines `parse_article` reads (title:, date:, url:)."""
    header = []
    for name, value in (("title", title), ("date", date), ("url", url)):
        value = " ".join((value or "").split())
        if value:
            header.append(f"{name}: {value}\n")
    return "".join(header) + ("\n" if header else "") + body


def _article(text: str, source: str, default_date: dt.date | None, line: int | None = None,
             parse: bool = True) -> Iterator[Item]:
    """`source` names the file; the article's own source is "file:line" for a JSON line."""
    where = f"{source}:{line}" if line is not None else source
    if not parse:
        text = cleaned(text)
        if not text.strip():
            yield _empty(source, line)
            return
        yield Unparsed(text, where, default_date, article_id(text), source, line)
        return
    article = parse_article(text, source=where, default_date=default_date)
    if not article.text.strip():
        yield _empty(source, line)
        return
    if article.date is None:
        yield undated(source, line)
    yield article


@dataclass(frozen=True)
class Unparsed:
    """An article read but not parsed (`parse_article` is the most of reading it): parsed where it is
    built, a Dask worker, while the reader needs only its id and where it comes from."""

    text: str  # `kg.read.cleaned`, as `Article.text`: its id is hashed from it
    source: str  # as `Article.source`: "file:line" for a JSON line
    default_date: dt.date | None
    id: str
    file: str  # the input it was read from, and its line there: where a problem found parsing it is told
    line: int | None
    near_duplicate_of: str = ""  # kg.dedupe: the original this article nearly copies

    def parse(self) -> Article:
        article = parse_article(self.text, source=self.source, default_date=self.default_date)
        return replace(article, near_duplicate_of=self.near_duplicate_of) if self.near_duplicate_of else article


def parsed(item: Article | Unparsed) -> Article:
    return item.parse() if isinstance(item, Unparsed) else item


def undated(source: str, line: int | None = None) -> Problem:
    return Problem(source, "no date found (dateline, 'date:' line or --date); relative dates in it are left out",
                   hint="add a 'date: YYYY-MM-DD' line or pass --date", line=line, skipped=False)


def _empty(source: str, line: int | None) -> Problem:
    return Problem(source, "the article is empty", hint="remove it or add the article text", line=line)


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
