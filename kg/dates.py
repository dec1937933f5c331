"""Dates in news text: absolute, ranges, and relative to the article's date.

Pure functions over strings, so every rule is testable without spaCy.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
FULL_DATE_RE = (
    rf"(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
)
MONTH_DAY_RE = rf"{_MONTH}\s+{_DAY}"
_MONTH_DAY = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>{_DAY})\b(?:,?\s+(?P<year>\d{{4}}))?", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b(?P<day>{_DAY})\s+(?P<month>{_MONTH})\b(?:,?\s+(?P<year>\d{{4}}))?", re.IGNORECASE)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
# "October 24 to 27", "Oct 24-27", "24 to 27 October"
_RANGE_TAIL = re.compile(r"^\s*(?:to|through|until|till|-|\u2013|\u2014)\s*(?:(?P<month>" + _MONTH + r")\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\b", re.IGNORECASE)
_DAY_RANGE_MONTH = re.compile(
    rf"\b(?P<first>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:to|through|until|-|\u2013|\u2014)\s*(?P<last>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"\s+(?P<month>{_MONTH})\b(?:,?\s+(?P<year>\d{{4}}))?", re.IGNORECASE)
_WEEK = re.compile(r"\b(last|next|this|previous|coming)\s+week\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:(?P<which>last|next|this|coming|previous)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(today|yesterday|tomorrow|tonight)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    start: dt.date
    end: dt.date | None = None
    relative: bool = False  # resolved against the article's date: less certain

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


def resolve_date(text: str, anchor: dt.date | None, tense: str = "") -> DateRange | None:
    """The date (or range) a date expression names.

    `anchor` is the article's date; `tense` ("past" or "future") decides which
    way a bare weekday points. Returns None when the expression cannot be
    pinned to a day ("this year", "later this month").
    """
    match = _ISO.search(text)
    if match:
        day = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
        return DateRange(day) if day else None
    match = _DAY_RANGE_MONTH.search(text)
    if match:  # "24 to 27 October": read as "October 24 to 27"
        text = f'{match["month"]} {match["first"]} to {match["last"]}' + (f', {match["year"]}' if match["year"] else "")
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(text)
        if not match:
            continue
        month, day_number = _month(match["month"]), _day(match["day"])
        if match["year"]:
            start = _safe_date(int(match["year"]), month, day_number)
            relative = False
        elif anchor:
            start = _nearest_year(month, day_number, anchor)
            relative = True
        else:
            return None
        if start is None:
            return None
        end = None
        tail = _RANGE_TAIL.match(text[match.end():])
        if tail and pattern is _MONTH_DAY:
            end_month = _month(tail["month"]) if tail["month"] else month
            end = _safe_date(start.year + (1 if end_month < month else 0), end_month, int(tail["day"]))
            if end and end < start:
                end = None
        return DateRange(start, end, relative)
    if anchor is None:
        return None
    match = _RELATIVE.search(text)
    if match:
        return DateRange(anchor + dt.timedelta(days=RELATIVE_DAYS[match.group(1).lower()]), relative=True)
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
        return DateRange(day, relative=True)
    return None


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
