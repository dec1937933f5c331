"""Read stage: raw article text -> `Article` (title, date, paragraphs with roles).

Only the CLI touches files; this module works on strings. Paragraph roles
keep page furniture (link lists, "Follow us", captions, bylines, headings)
out of extraction without deleting it, so offsets stay those of the input.
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import FULL_DATE_RE, MONTH_DAY_RE, WEEKDAY_PREFIX_RE, parse_full_date, resolve_date
from .model import Article, Paragraph, Span
from .names import clean_text, short_hash
from .tables import FURNITURE_PATTERNS, FURNITURE_TAIL_MARKERS

_HEADER_RE = re.compile(r"^(date|title|url|source)\s*:\s*(.*)$", re.IGNORECASE)
# "Lisbon, March 3, 2026" / "LISBON, March 3, 2026 - ..." / "NAIROBI:" / "BEIJING (Reuters) -" /
# "MOSCOW, Russia (Interfax) -" (a region or a country after the place)
_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'\u2019 -]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'\u2019 -]{1,30}?))?"
    r"(?:,\s*" + WEEKDAY_PREFIX_RE + r"?(?:(?P<date>" + FULL_DATE_RE + r")|(?P<short>" + MONTH_DAY_RE + r"))\.?)?"
    # the agency: "(Reuters)", or between slashes and closed by a full stop ("/TASS/. ") or a dash ("/PRNewswire/ --")
    r"\s*(?:\((?:[A-Za-z .]+)\)|(?P<slashed>/[A-Za-z][\w .-]{0,30}/\.?))?\s*"
    # (a dash with a space before it may touch the first word: "WASHINGTON, DC -Union Minister ...")
    r"(?P<sep>[:\u2013\u2014]|(?<=\s)-{1,2}(?=[A-Z])|-{1,2}(?!\w)|$|(?<=/\.)|(?<=/\.\s))"
)
# a photo credit: " - Bloomberg", " - AFP/Getty Images", "(Photo: ...)"; capitalised words, no full stop
_CREDIT_RE = re.compile(r"(?:\s[-\u2013\u2014]\s*[A-Z][\w&/]*(?:\s+[A-Z][\w&/]*){0,4}|\((?i:photo|image|file)[^)]*\)|(?i:\bphoto:).*)$")
# a first line longer than this, or ending with a full stop and as long as this, is body text (`_reads_as_headline`)
HEADLINE_MAX_WORDS = 40
LEAD_MIN_WORDS = 20
_FULL_STOP_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")
# a sentence's end inside a line: after a word of two lower-case letters or digits ("talks. The", not "U.S. Trade")
_INNER_SENTENCE_END_RE = re.compile(r"[a-z0-9]{2}[.!?][\"'\u201d\u2019)]*\s+[\"'\u201c\u2018]?[A-Z]")
_SENTENCE_END_RE = re.compile(r"[.!?\"'\u201d\u2019)]\s*$")
# spaCy's parser needs memory and time that grow faster than the length of one text (about 1 GB for
# 100,000 characters): a longer body paragraph goes to spaCy in pieces cut at sentence ends, so an
# article's cost grows with its size only. News paragraphs are far shorter; a cut never falls
# inside a sentence unless a "sentence" is itself longer than this.
MAX_PIECE_CHARS = 5_000
_PIECE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")


def cleaned(raw: str) -> str:
    """The text an article is read from, and its id hashed from (`article_id`): one kind of line end,
    safe for RDF literals. Cleaning it again changes nothing."""
    return clean_text(raw.replace("\r\n", "\n").replace("\r", "\n"))


def article_id(text: str) -> str:
    return short_hash(text, 16)


def parse_article(raw: str, source: str = "", default_date: dt.date | None = None) -> Article:
    """Split an article into paragraphs with roles and find its title and date."""
    text = cleaned(raw)
    header, body_start = _read_header(text)
    lines = _lines(text, body_start)
    roles: dict[int, str] = {}
    title = header.get("title", "")
    if not title and lines and _reads_as_headline(text[lines[0].start:lines[0].end]):
        title = text[lines[0].start:lines[0].end].strip()
        roles[0] = "title"
    date, date_source, place = _header_date(header)
    dateline_index = None
    for i, span in enumerate(lines[:8]):
        if i in roles:
            continue
        match = _DATELINE_RE.match(text[span.start:span.end])
        if match and (match.group("date") or _is_upper_place(match.group("place")) or _short_dated(match)):
            dateline_index = i
            place = place or match.group("place").strip().title()
            if place and match.group("region"):
                place = f"{place}, {match.group('region').strip()}"  # "Birmingham, Alabama": which Birmingham
            found = parse_full_date(match.group("date") or "")
            if not found and match.group("short") and default_date:
                # "TOKYO, Nov 14 (Reuters)": the year comes from --date
                short = resolve_date(match.group("short"), default_date)
                found = short.start if short else None
            if found and not date:
                date, date_source = found, "dateline"
            break
    if not date and default_date:
        date, date_source = default_date, "option"
    if not date:
        found = _first_full_date(text)
        if found:
            date, date_source = found, "text"
    paragraphs = _assign_roles(text, lines, roles, dateline_index)
    return Article(
        id=article_id(text), text=text, title=clean_text(title).strip(), date=date,
        date_source=date_source, source=source, paragraphs=paragraphs,
        dateline_place=place, url=header.get("url", ""),
    )


def _read_header(text: str) -> tuple[dict[str, str], int]:
    header: dict[str, str] = {}
    pos = 0
    for line in text.splitlines(keepends=True):
        match = _HEADER_RE.match(line.strip())
        if not match:
            break
        header[match.group(1).lower()] = match.group(2).strip()
        pos += len(line)
    return header, pos


def _header_date(header: dict[str, str]) -> tuple[dt.date | None, str, str]:
    value = header.get("date", "")
    if not value:
        return None, "", ""
    found = parse_full_date(value)
    return (found, "header", "") if found else (None, "", "")


def _lines(text: str, start: int) -> list[Span]:
    spans = []
    for match in re.finditer(r"[^\n]+", text[start:]):
        s, e = match.start() + start, match.end() + start
        stripped = text[s:e]
        lead = len(stripped) - len(stripped.lstrip())
        trail = len(stripped) - len(stripped.rstrip())
        if e - trail > s + lead:
            spans.append(Span(s + lead, e - trail))
    return spans


def _reads_as_headline(line: str) -> bool:
    """Whether a text's first line is its headline. A story pasted without one starts with its dateline
    or with a body paragraph: a paragraph taken for a title would be left out of extraction."""
    if _starts_with_dateline(line):
        return False
    words = len(line.split())
    if words > HEADLINE_MAX_WORDS:
        return False
    # a headline rarely ends with a full stop; a lead paragraph does, and is a long sentence or several
    return not (_FULL_STOP_END_RE.search(line) and (words >= LEAD_MIN_WORDS or _INNER_SENTENCE_END_RE.search(line)))


def _starts_with_dateline(line: str) -> bool:
    # "LISBON, March 3, 2026 - Foreign Minister ...": a story with no headline starts with its dateline
    match = _DATELINE_RE.match(line)
    return bool(match and (match.group("date") or match.group("short") or _is_upper_place(match.group("place")))
                and line[match.end():].strip())


def _short_dated(match: re.Match) -> bool:
    """"Lisbon, March 11 -- ...": a place in any case with a day and month, then a dash or colon, reads as a
    dateline as surely as one in capitals (a sentence does not start with a place, a date and a dash)."""
    return bool(match.group("short") and (match.group("sep") or match.group("slashed")))


def _is_upper_place(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


# A full date that is one end of a span ("November 17, 1954 - November 17, 2026", "from 3 May 1990 to ...")
_SPAN_NEXT_RE = re.compile(r"\s*(?:[-\u2013\u2014]|to|until|till|through)\s*(?:" + FULL_DATE_RE + r")", re.IGNORECASE)
_SPAN_PREV_RE = re.compile(r"(?:" + FULL_DATE_RE + r")\s*(?:[-\u2013\u2014]|to|until|till|through)\s*$", re.IGNORECASE)


def _first_full_date(text: str) -> dt.date | None:
    # Pages without a dateline usually carry their date near the top (caption, byline). A date inside
    # parentheses or one end of a span (a lifetime, an anniversary's "1954 - 2026", a term of office) is
    # history told in passing, never the day the page was written: read as that, it dates every
    # relative expression decades off.
    head = text[:2000]
    for match in re.finditer(FULL_DATE_RE, head):
        line_start = head.rfind("\n", 0, match.start()) + 1
        before = head[line_start:match.start()]
        if before.count("(") > before.count(")"):
            continue
        if _SPAN_NEXT_RE.match(head, match.end()) or _SPAN_PREV_RE.search(before):
            continue
        return parse_full_date(match.group(0))
    return None


def _assign_roles(text: str, lines: list[Span], roles: dict[int, str], dateline_index: int | None) -> tuple[Paragraph, ...]:
    out = []
    in_tail = False
    seen_body = False
    for i, span in enumerate(lines):
        line = text[span.start:span.end]
        role = roles.get(i)
        if role is None:
            if in_tail or any(p.match(line) for p in FURNITURE_PATTERNS):
                role = "furniture"
                in_tail = in_tail or any(m.match(line) for m in FURNITURE_TAIL_MARKERS)
            elif i == dateline_index:
                match = _DATELINE_RE.match(line)
                rest = line[match.end():].strip() if match else ""
                if rest and line.index(rest) == 0:
                    role = "body"  # "AAA - A": the pattern took no text of the line, there is no dateline to cut
                elif rest:
                    # "KUALA LUMPUR: US and Chinese officials ..." - the body starts after the dateline
                    offset = line.index(rest)
                    # a dateline with a region ("JEJU, South Korea, May 22 (Yonhap) --") is read on its own for the
                    # place it names, told apart by its region; the country in it takes no part in the first sentence
                    out.append(Paragraph(Span(span.start, span.start + len(line[:offset].rstrip())),
                                         "body" if match.group("region") else "dateline"))
                    span = Span(span.start + offset, span.end)
                    role = "body"
                else:
                    role = "dateline"
            elif not seen_body and (dateline_index is None or i < dateline_index) and _CREDIT_RE.search(line):
                role = "caption"
            elif not _SENTENCE_END_RE.search(line) and len(line.split()) < 25:
                role = "heading"
            else:
                role = "body"
        credit = None
        body = text[span.start:span.end]  # (after a dateline cut off)
        if role == "body" and (found := _TRAILING_CREDIT_RE.search(body)) and body[:found.start()].strip():
            # "... Yonhap reported. (Reporting by Hana Kim; Editing by Tom Hogue)": the wire's credit closes the
            # paragraph; its names are the desk's, not the story's
            credit = Paragraph(Span(span.start + found.start(), span.end), "furniture")
            span = Span(span.start, span.start + len(body[:found.start()].rstrip()))
        seen_body = seen_body or role == "body"
        if role == "body" and span.end - span.start > MAX_PIECE_CHARS:
            out.extend(Paragraph(piece, "body") for piece in _pieces(text, span))
        else:
            out.append(Paragraph(span, role))
        if credit is not None:
            out.append(credit)
    return tuple(out)


# a wire credit in brackets at the end of a body paragraph: "(Reporting by A in Seoul; Editing by B)"
_TRAILING_CREDIT_RE = re.compile(r"\((?:additional\s+)?(?:reporting|writing|editing|compiled|written|reported)"
                                 r"\s+by\b[^()]*\)\s*$", re.IGNORECASE)


def _pieces(text: str, span: Span, limit: int | None = None) -> list[Span]:
    """A long paragraph cut into spans of at most `limit` (MAX_PIECE_CHARS) characters: after the
    last sentence end before the limit, else at the last space, else at the limit."""
    limit = limit or MAX_PIECE_CHARS
    pieces = []
    start = span.start
    while span.end - start > limit:
        window = text[start:start + limit]
        cut = 0
        for match in _PIECE_END_RE.finditer(window):
            if match.end() < limit:
                cut = match.end()
        if cut < limit // 4:  # no sentence end in the first part: a space will do
            space = max(window.rfind(" "), window.rfind("\t"))
            cut = space + 1 if space > limit // 4 else limit
        end = start + cut
        while end > start and text[end - 1].isspace():
            end -= 1
        pieces.append(Span(start, end))
        start = start + cut
        while start < span.end and text[start].isspace():
            start += 1
    if start < span.end:
        pieces.append(Span(start, span.end))
    return pieces
