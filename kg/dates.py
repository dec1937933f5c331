"""Dates in news text: absolute, ranges, and relative to the article's date.

Pure functions over strings, so every rule is testable without spaCy.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0,
                 "the day before yesterday": -2, "the day after tomorrow": 2,
                 # a part of the article's own day, as live pages and same-day wires write it
                 "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1}
# Counts written as words in news copy ("two days ago", "in a week").
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2}
UNIT_DAYS = {"day": 1, "week": 7}

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
FULL_DATE_RE = (
    rf"(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
)
MONTH_DAY_RE = rf"{_MONTH}\s+{_DAY}"
# "BERLIN, Thursday 12 November 2026 - ...": a dateline may name the weekday before its date
_WEEK_OF = re.compile(r"\bweek\s+(?:of|beginning|starting|commencing)\b", re.IGNORECASE)
# ... when NER splits it off: "the week beginning" + "22 February" (the text just before a date)
WEEK_OF_BEFORE = re.compile(r"\bweek\s+(?:of|beginning|starting|commencing)\s*$", re.IGNORECASE)
WEEKDAY_PREFIX_RE = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
_MONTH_DAY = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>{_DAY})\b(?:,?\s+(?P<year>\d{{4}}))?", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b(?P<day>{_DAY})\s+(?P<month>{_MONTH})\b(?:,?\s+(?P<year>\d{{4}}))?", re.IGNORECASE)
_TAIL_YEAR = re.compile(r"^,?\s+(?P<year>\d{4})\b")  # the year after a range's end: "November 30 - December 1, 2025"
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
# "March 3 to 5", "Mar 3-5", "3 to 5 March"
_RANGE_TAIL = re.compile(r"^\s*(?:to|through|until|till|-|\u2013|\u2014)\s*(?:(?P<month>" + _MONTH + r")\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\b", re.IGNORECASE)
_DAY_RANGE_MONTH = re.compile(
    rf"\b(?P<first>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:to|through|until|-|\u2013|\u2014)\s*(?P<last>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"\s+(?P<month>{_MONTH})\b(?:,?\s+(?P<year>\d{{4}}))?", re.IGNORECASE)
_WEEK = re.compile(r"\b(last|next|this|previous|coming)\s+week\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:(?P<which>last|next|this|coming|previous)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
# A weekday then "to" and a month's day: "extended the pause on Friday to July 1", the day of the act and the day set.
_WEEKDAY_TO_DATE = re.compile(rf"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*"
                              rf"(?:to|through|until|till|-|\u2013|\u2014)\s*(?={_MONTH}\s+{_DAY}\b)", re.IGNORECASE)
# The longer phrases first, so "the day before yesterday" is not read as "yesterday".
# "from Tuesday to Thursday", "Monday through Wednesday": the weekday a run of days ends on
WEEKDAY_RANGE_TAIL = re.compile(r"^\s*(?:to|through|until|till|-|\u2013|\u2014)\s*(?P<weekday>monday|tuesday|wednesday"
                                 r"|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(the day before yesterday|the day after tomorrow|this morning|this afternoon|this evening"
                       r"|last night|today|yesterday|tomorrow|tonight)\b",
                       re.IGNORECASE)
_COUNT = r"(?P<count>\d{1,2}|a couple of|" + "|".join(sorted((w for w in NUMBER_WORDS if w != "a couple of"), key=len, reverse=True)) + r")"
# "two days ago", "a week ago" / "in two weeks", "in three days' time": a count of days from the article's date.
_AGO = re.compile(rf"\b{_COUNT}\s+(?P<unit>day|week)s?\s+ago\b", re.IGNORECASE)
_IN_COUNT = re.compile(rf"\bin\s+{_COUNT}\s+(?P<unit>day|week)s?(?:'|\u2019)?(?:\s+time)?\b", re.IGNORECASE)
# "30 June to 2 July": a day-first range whose ends are in different months.
_DAY_MONTH_RANGE = re.compile(
    rf"\b(?P<day>{_DAY})\s+(?P<month>{_MONTH})\s*(?:to|through|until|till|-|\u2013|\u2014)\s*"
    rf"(?P<day2>{_DAY})\s+(?P<month2>{_MONTH})\b(?:,?\s+(?P<year>\d{{4}}))?", re.IGNORECASE)
# Month-precision expressions (see resolve_month).
_MONTH_OFFSET = re.compile(r"\b(?P<which>last|next|this|previous|coming)\s+month\b", re.IGNORECASE)
_MONTH_ALONE = re.compile(rf"\b(?P<month>{_MONTH})(?:\s+(?P<year>\d{{4}}))?\b", re.IGNORECASE)
_MONTH_WHICH = re.compile(rf"\b(?P<which>last|previous|next|coming|this)\s+(?:{_MONTH})\b"
                          rf"|\b(?:{_MONTH})\s+(?P<year_which>last|previous|next|this)\s+year\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    start: dt.date
    end: dt.date | None = None
    relative: bool = False  # resolved against the article's date: less certain
    precision: str = "day"  # "day"; "week", "month" or "year" when only that is known (start..end is all of it)

    def overlaps(self, other: "DateRange") -> bool:
        a_end = self.end or self.start
        b_end = other.end or other.start
        return self.start <= b_end and other.start <= a_end


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_full_date(text: str) -> dt.date | None:
    """A date that names its year: "October 24, 2025", "24 Oct 2025", "2025-10-24"."""
    text = text.strip()
    match = _ISO.search(text)
    if match:
        return _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(text)
        if match and match["year"]:
            return _safe_date(int(match["year"]), _month(match["month"]), _day(match["day"]))
    return None


def _nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    # A year-less date is the one closest to the article's date.
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))]
    return min(candidates, key=lambda d: abs((d - anchor).days)) if candidates else None


# resolve_month, resolve_year and resolve_week each ask first whether the text names a day, and the rules ask about
# the same few date expressions of an article again: answers (frozen DateRanges) are kept
@lru_cache(maxsize=1 << 12)
def resolve_date(text: str, anchor: dt.date | None, tense: str = "") -> DateRange | None:
    """The date (or range) a date expression names.

    `anchor` is the article's date; `tense` ("past" or "future") decides which
    way a bare weekday points. Returns None when the expression cannot be
    pinned to a day ("this year", "later this month").
    """
    if _WEEK_OF.search(text):
        return None  # "the week of Feb. 15": some day of that week (`resolve_week`), not the 15th
    match = _WEEKDAY_TO_DATE.search(text)
    if match:
        text = text[:match.end("weekday")]  # "on Friday to July 1" (extended on Friday to July 1): Friday, no more
    match = _ISO.search(text)
    if match:
        day = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
        return DateRange(day) if day else None
    match = _DAY_MONTH_RANGE.search(text)
    if match:  # "30 June to 2 July": read as "June 30 to July 2"
        year = ""
        if match["year"]:  # the year is written after the end: "30 December to 2 January 2027" starts in 2026
            year = ", " + str(int(match["year"]) - (_month(match["month2"]) < _month(match["month"])))
        text = f'{match["month"]} {match["day"]}{year} to {match["month2"]} {match["day2"]}'
    match = _DAY_RANGE_MONTH.search(text)
    if match:  # "3 to 5 March": read as "March 3 to 5"
        text = f'{match["month"]} {match["first"]} to {match["last"]}' + (f', {match["year"]}' if match["year"] else "")
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(text)
        if not match:
            continue
        month, day_number = _month(match["month"]), _day(match["day"])
        tail = _RANGE_TAIL.match(text[match.end():]) if pattern is _MONTH_DAY else None
        # "November 30 - December 1, 2025": the year written after the end is the range's (a year earlier for a
        # start in a later month)
        tail_year = _TAIL_YEAR.match(text[match.end() + tail.end():]) if tail and not match["year"] else None
        if match["year"] or tail_year:
            year = int(match["year"]) if match["year"] else int(tail_year["year"]) - (
                tail["month"] is not None and _month(tail["month"]) < month)
            start = _safe_date(year, month, day_number)
            relative = False
        elif anchor:
            start = _nearest_year(month, day_number, anchor)
            # "will meet on November 22", written in May: this November, though last November is nearer (a day a
            # few weeks off on the wrong side is more likely a tense misread than a year away)
            if start is not None and tense in ("future", "past") \
                    and (start - anchor).days * (1 if tense == "future" else -1) < -31:
                start = _safe_date(start.year + (1 if tense == "future" else -1), month, day_number) or start
            relative = True
        else:
            return None
        if start is None:
            return None
        end = None
        if tail:
            end_month = _month(tail["month"]) if tail["month"] else month
            end = _safe_date(start.year + (1 if end_month < month else 0), end_month, int(tail["day"]))
            if end and end < start:
                end = None
        return DateRange(start, end, relative)
    if anchor is None:
        return None
    match = _RELATIVE.search(text)
    if match:
        return DateRange(anchor + dt.timedelta(days=RELATIVE_DAYS[" ".join(match.group(1).lower().split())]), relative=True)
    for pattern, sign in ((_AGO, -1), (_IN_COUNT, 1)):
        match = pattern.search(text)
        if match:
            days = _count(match["count"]) * UNIT_DAYS[match["unit"].lower()]
            return DateRange(anchor + dt.timedelta(days=sign * days), relative=True)
    match = _WEEKDAY.search(text)
    if match:
        weekday = WEEKDAYS[match["weekday"].lower()]
        week = _WEEK.search(text)
        if week:  # "Friday last week": that weekday in the named calendar week
            shift = {"last": -7, "previous": -7, "next": 7, "coming": 7}.get(week.group(1).lower(), 0)
            monday = anchor - dt.timedelta(days=anchor.weekday())
            return DateRange(monday + dt.timedelta(days=shift + weekday), relative=True)
        which = (match["which"] or "").lower()
        direction = {"last": "past", "previous": "past", "next": "future", "coming": "future"}.get(which, tense)
        day = weekday_date(weekday, anchor, direction)
        if day == anchor and which in ("last", "previous", "next", "coming"):
            # "last Wednesday" written on a Wednesday is a week away, not today
            day = anchor + dt.timedelta(days=-7 if direction == "past" else 7)
        tail = WEEKDAY_RANGE_TAIL.match(text[match.end():])
        days = (WEEKDAYS[tail["weekday"].lower()] - weekday) % 7 if tail else 0
        return DateRange(day, day + dt.timedelta(days=days) if days else None, relative=True)
    return None


def _count(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _month_range(year: int, month: int, relative: bool) -> DateRange:
    start = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return DateRange(start, following - dt.timedelta(days=1), relative, precision="month")


@lru_cache(maxsize=1 << 12)
def resolve_month(text: str, anchor: dt.date | None, tense: str = "") -> DateRange | None:
    """The month an expression names when it names no day: "next month", "in July", "July 2026".

    Returns a DateRange over the whole month with precision "month", so it can
    be compared with other dates (overlaps) but never gives an invented day:
    write no startDate from it. An expression that names a day is left to
    resolve_date (None here). A bare month takes the year the tense points to
    (past: the latest such month not after the article; future: the next one
    not before it), else the nearer one.
    """
    if resolve_date(text, anchor, tense) is not None:
        return None
    match = _MONTH_OFFSET.search(text)
    if match:
        if anchor is None:
            return None
        shift = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(match["which"].lower(), 0)
        index = anchor.year * 12 + anchor.month - 1 + shift
        return _month_range(index // 12, index % 12 + 1, True)
    match = _MONTH_ALONE.search(text)
    if not match:
        return None
    # "May" is also a verb: alone it is a month only where spaCy tagged a date, so callers pass DATE entities.
    month = _month(match["month"])
    if match["year"]:
        return _month_range(int(match["year"]), month, False)
    if anchor is None:
        return None
    past = anchor.year if month <= anchor.month else anchor.year - 1
    future = anchor.year if month >= anchor.month else anchor.year + 1
    # "last November", "next March", "this June", "in November last year": the word says which, whatever the tense
    which = _MONTH_WHICH.search(text)
    if which is not None:
        word = (which["which"] or which["year_which"]).lower()
        if which["year_which"]:
            return _month_range(anchor.year + {"last": -1, "previous": -1, "next": 1}.get(word, 0), month, True)
        if word in ("last", "previous"):
            return _month_range(anchor.year if month < anchor.month else anchor.year - 1, month, True)
        if word in ("next", "coming"):
            return _month_range(anchor.year if month > anchor.month else anchor.year + 1, month, True)
        return _month_range(anchor.year, month, True)
    if tense == "past":
        year = past
    elif tense == "future":
        year = future
    else:  # the nearer of the two; a tie (the article's own month) is that month
        distance = lambda y: abs((y * 12 + month) - (anchor.year * 12 + anchor.month))  # noqa: E731
        year = min((past, future), key=lambda y: (distance(y), -y if y == anchor.year else 0))
    return _month_range(year, month, True)


_YEAR_OFFSET = re.compile(r"\b(?P<which>last|next|this|previous|coming)\s+year\b|\b(?P<ago>a|one)\s+year\s+ago\b",
                          re.IGNORECASE)
_YEAR_ALONE = re.compile(r"^(?:(?:in|during|since|early|late|mid|the)[\s-]+)*(?P<year>(?:19|20)\d{2})$", re.IGNORECASE)


def resolve_year(text: str, anchor: dt.date | None) -> DateRange | None:
    """The year an expression names when it names no month or day: "last year", "next year", "a year ago",
    "in 2019". Like resolve_month, for telling events apart ("a deal signed in Cordoba last year" is not the
    round in London next week), never for a startDate."""
    if resolve_date(text, anchor) is not None or resolve_month(text, anchor) is not None:
        return None
    if text.rstrip().endswith(("'s", "\u2019s", "'", "\u2019")):
        return None  # "next year's catch": the year of something else, not when an event is
    match = _YEAR_OFFSET.search(text)
    if match and anchor is not None:
        shift = -1 if match["ago"] else {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(
            match["which"].lower(), 0)
        year = anchor.year + shift
        return DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), True, precision="year")
    match = _YEAR_ALONE.match(text.strip())
    if match:
        year = int(match["year"])
        return DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), False, precision="year")
    return None


def resolve_week(text: str, anchor: dt.date | None) -> DateRange | None:
    """ "this week", "next week", "last week" with no day: Monday to Sunday of that week, precision "week".

    Like resolve_month, for telling events apart and ordering them, never for a startDate.
    """
    if anchor is None or resolve_date(text, anchor) is not None:
        return None
    week_of = _WEEK_OF.search(text)
    if week_of:
        day = resolve_date(text[week_of.end():], anchor)
        if day is None:
            return None
        monday = day.start - dt.timedelta(days=day.start.weekday())
        return DateRange(monday, monday + dt.timedelta(days=6), day.relative, precision="week")
    match = _WEEK.search(text)
    if not match:
        return None
    shift = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(match.group(1).lower(), 0)
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift)
    return DateRange(monday, monday + dt.timedelta(days=6), True, precision="week")


def weekday_date(weekday: int, anchor: dt.date, direction: str) -> dt.date:
    """The day called `weekday` nearest the anchor in the given direction.

    The article's own weekday is the article's date. Without a tense, the
    nearer of the previous and next occurrence wins (news mostly reports the
    recent past).
    """
    ahead = (weekday - anchor.weekday()) % 7
    if ahead == 0:
        return anchor
    after = anchor + dt.timedelta(days=ahead)
    before = anchor - dt.timedelta(days=7 - ahead)
    if direction == "future":
        return after
    if direction == "past":
        return before
    return after if ahead < 7 - ahead else before
