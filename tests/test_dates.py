"""Date expressions: absolute dates, ranges, year-less dates and weekdays relative to the article's date."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.dates import DateRange, parse_full_date, resolve_date, resolve_month, weekday_date

D = dt.date
WED = D(2025, 10, 22)  # the article's date in most rows: a Wednesday
MON, TUE, THU, FRI, SAT, SUN = 0, 1, 3, 4, 5, 6


def test_anchor_is_a_wednesday():
    assert WED.weekday() == 2


# (text, anchor, tense, expected (start, end) or None)
RESOLVE = [
    # absolute dates in several formats; the anchor does not matter
    ("October 24, 2025", None, "", (D(2025, 10, 24), None)),
    ("on October 24, 2025 in Vienna", WED, "past", (D(2025, 10, 24), None)),
    ("24 October 2025", None, "", (D(2025, 10, 24), None)),
    ("Oct. 24, 2025", None, "", (D(2025, 10, 24), None)),
    ("Oct 24 2025", None, "", (D(2025, 10, 24), None)),
    ("24th Oct 2025", None, "", (D(2025, 10, 24), None)),
    ("Sept. 3rd, 2025", None, "", (D(2025, 9, 3), None)),
    ("2025-10-24", None, "", (D(2025, 10, 24), None)),
    ("february 29, 2024", None, "", (D(2024, 2, 29), None)),
    ("October 24, 2025 to October 27, 2025", None, "", (D(2025, 10, 24), D(2025, 10, 27))),
    # ranges
    ("October 24 to 27", WED, "", (D(2025, 10, 24), D(2025, 10, 27))),
    ("Oct 24-27", WED, "", (D(2025, 10, 24), D(2025, 10, 27))),
    ("Oct. 24 through 27", WED, "", (D(2025, 10, 24), D(2025, 10, 27))),
    ("October 24\u201327", WED, "", (D(2025, 10, 24), D(2025, 10, 27))),
    ("October 30 to November 2", WED, "", (D(2025, 10, 30), D(2025, 11, 2))),
    ("October 24 until Nov. 2", WED, "", (D(2025, 10, 24), D(2025, 11, 2))),
    ("Oct 27-24", WED, "", (D(2025, 10, 27), None)),  # a backwards range keeps only its start
    # year-less dates take the year that puts them nearest the article's date
    ("October 24", WED, "", (D(2025, 10, 24), None)),
    ("March 5th", WED, "", (D(2026, 3, 5), None)),
    ("January 3", D(2025, 12, 29), "", (D(2026, 1, 3), None)),
    ("December 30", D(2026, 1, 2), "", (D(2025, 12, 30), None)),
    ("Dec 31 - Jan 2", D(2025, 12, 20), "", (D(2025, 12, 31), D(2026, 1, 2))),
    ("December 30 to January 2", D(2026, 1, 5), "", (D(2025, 12, 30), D(2026, 1, 2))),
    ("February 29", D(2025, 3, 1), "", (D(2024, 2, 29), None)),
    # ... unless the tense puts them on the other side, more than a month off: "will meet on November 22-23" written
    # in May is this November; "met on June 1" written in December is last June
    ("November 22-23", D(2026, 5, 5), "future", (D(2026, 11, 22), D(2026, 11, 23))),
    ("Nov. 20", D(2026, 5, 10), "future", (D(2026, 11, 20), None)),
    ("June 1", D(2026, 12, 10), "past", (D(2026, 6, 1), None)),
    ("August 3", D(2026, 1, 20), "past", (D(2025, 8, 3), None)),
    ("April 30", D(2026, 5, 5), "future", (D(2026, 4, 30), None)),  # days off: a tense misread, not a year away
    # today / yesterday / tomorrow
    ("today", WED, "", (WED, None)),
    ("Tonight", WED, "future", (WED, None)),
    ("yesterday", WED, "", (D(2025, 10, 21), None)),
    # parts of the article's own day, and the night before it
    ("this morning", WED, "past", (D(2025, 10, 22), None)),
    ("earlier this afternoon", WED, "past", (D(2025, 10, 22), None)),
    ("This evening", WED, "future", (D(2025, 10, 22), None)),
    ("late last night", WED, "past", (D(2025, 10, 21), None)),
    ("this morning", None, "", None),
    ("this week", WED, "", None),  # a week is no day
    ("Tomorrow", WED, "past", (D(2025, 10, 23), None)),
    ("yesterday", D(2026, 1, 1), "", (D(2025, 12, 31), None)),
    # bare weekdays follow the tense; without one, the nearer occurrence
    ("Friday", WED, "past", (D(2025, 10, 17), None)),
    ("on Friday", WED, "future", (D(2025, 10, 24), None)),
    ("Friday", WED, "", (D(2025, 10, 24), None)),
    ("Monday", WED, "", (D(2025, 10, 20), None)),
    ("Monday", WED, "future", (D(2025, 10, 27), None)),
    ("Wednesday", WED, "past", (WED, None)),
    ("Wednesday", WED, "future", (WED, None)),
    ("5 p.m. on Saturday", WED, "future", (D(2025, 10, 25), None)),
    ("Sunday", D(2025, 12, 31), "future", (D(2026, 1, 4), None)),
    # last / next override the tense
    ("last Friday", WED, "future", (D(2025, 10, 17), None)),
    ("previous Tuesday", WED, "", (D(2025, 10, 21), None)),
    ("next Monday", WED, "past", (D(2025, 10, 27), None)),
    ("coming Tuesday", WED, "", (D(2025, 10, 28), None)),
    # cannot be pinned to a day
    ("this year", WED, "", None),
    ("later this month", WED, "", None),
    ("mid-October", WED, "", None),
    ("the 24th", WED, "", None),
    ("May", WED, "", None),
    ("May 2025", WED, "", None),
    ("next week", WED, "future", None),
    ("", WED, "", None),
    ("February 30, 2025", WED, "", None),
    ("2025-13-01", WED, "", None),
    ("April 31", WED, "", None),
    # a run of weekdays ends on the second one, a week's days on from the first
    ("Tuesday to Thursday", WED, "future", (D(2025, 10, 28), D(2025, 10, 30))),
    ("Monday through Wednesday", WED, "past", (D(2025, 10, 20), D(2025, 10, 22))),
    ("Friday-Monday", WED, "future", (D(2025, 10, 24), D(2025, 10, 27))),
    ("Friday and Saturday", WED, "future", (D(2025, 10, 24), None)),
    # a weekday then "to" a month's day is the day of an act and the day it sets: the weekday alone
    ("Friday to November 1", WED, "past", (D(2025, 10, 17), None)),
    ("Monday until December 15", WED, "past", (D(2025, 10, 20), None)),
    ("Tuesday - November 4", WED, "future", (D(2025, 10, 28), None)),
    ("Monday, October 27 to October 29", WED, "future", (D(2025, 10, 27), D(2025, 10, 29))),
    # a year written after a range's end is the whole range's (the start a year earlier when its month comes later)
    ("November 28 - December 2, 2024", D(2026, 7, 3), "past", (D(2024, 11, 28), D(2024, 12, 2))),
    ("March 30-April 1, 2023", D(2026, 7, 3), "", (D(2023, 3, 30), D(2023, 4, 1))),
    ("June 9 to 11, 2022", D(2026, 7, 3), "past", (D(2022, 6, 9), D(2022, 6, 11))),
    ("December 29 - January 3, 2024", D(2026, 7, 3), "", (D(2023, 12, 29), D(2024, 1, 3))),
    ("June 9 to 11", D(2026, 7, 3), "", (D(2026, 6, 9), D(2026, 6, 11))),
    ("June 9 to 11, 40 delegates", D(2026, 7, 3), "", (D(2026, 6, 9), D(2026, 6, 11))),
    # relative expressions need the article's date
    ("Friday", None, "past", None),
    ("yesterday", None, "", None),
    ("October 24", None, "", None),
    ("October 24 to 27", None, "", None),
]


@pytest.mark.parametrize("text, anchor, tense, expected", RESOLVE, ids=[f"{r[0]!r}-{r[1]}-{r[2]}" for r in RESOLVE])
def test_resolve_date(text, anchor, tense, expected):
    found = resolve_date(text, anchor, tense)
    assert (found if found is None else (found.start, found.end)) == expected


@pytest.mark.parametrize("text, relative", [
    ("October 24, 2025", False), ("2025-10-24", False), ("October 24", True), ("Oct 24-27", True),
    ("Friday", True), ("yesterday", True), ("next Monday", True),
])
def test_relative_flag(text, relative):
    assert resolve_date(text, WED, "past").relative is relative


# Day-first ranges and week-relative weekdays: each a real way news text gives a date.
WEEK_AND_RANGE = [
    ("24 to 27 October", WED, "", (D(2025, 10, 24), D(2025, 10, 27)),
     "a day-first range is read as month-first"),
    ("24-27 October", WED, "", (D(2025, 10, 24), D(2025, 10, 27)),
     "with a hyphen too"),
    ("last Wednesday", WED, "", (D(2025, 10, 15), None),
     "'last' + the article's own weekday is a week earlier"),
    ("next Wednesday", WED, "", (D(2025, 10, 29), None),
     "'next' + the article's own weekday is a week later"),
    ("on Friday last week", WED, "", (D(2025, 10, 17), None),
     "'last week' after a weekday names the previous calendar week"),
]


@pytest.mark.parametrize("text, anchor, tense, expected, reason", WEEK_AND_RANGE, ids=[g[0] for g in WEEK_AND_RANGE])
def test_day_first_ranges_and_week_relative_weekdays(text, anchor, tense, expected, reason):
    found = resolve_date(text, anchor, tense)
    assert found is not None and (found.start, found.end) == expected


@pytest.mark.parametrize("text, expected", [
    ("October 24, 2025", D(2025, 10, 24)),
    ("Oct. 24, 2025", D(2025, 10, 24)),
    ("24 Oct 2025", D(2025, 10, 24)),
    ("24th of October 2025", None),  # "of" is not read
    ("2025-10-24", D(2025, 10, 24)),
    ("2024-02-29", D(2024, 2, 29)),
    ("2025-02-29", None),
    ("Published Dec. 1, 2025 10:00 GMT", D(2025, 12, 1)),
    ("  June 12, 2026  ", D(2026, 6, 12)),
    ("October 24", None),
    ("Friday", None),
    ("sometime soon", None),
    ("", None),
    ("13/10/2025", None),
])
def test_parse_full_date(text, expected):
    assert parse_full_date(text) == expected


@pytest.mark.parametrize("weekday, anchor, direction, expected", [
    (FRI, WED, "past", D(2025, 10, 17)),
    (FRI, WED, "future", D(2025, 10, 24)),
    (FRI, WED, "", D(2025, 10, 24)),       # two days ahead beats five days back
    (MON, WED, "", D(2025, 10, 20)),       # two days back beats five days ahead
    (SAT, WED, "", D(2025, 10, 25)),
    (SUN, WED, "", D(2025, 10, 19)),
    (TUE, WED, "future", D(2025, 10, 28)),
    (THU, WED, "past", D(2025, 10, 16)),
    (2, WED, "past", WED),                 # the article's own weekday is the article's date
    (2, WED, "future", WED),
    (THU, D(2025, 12, 31), "future", D(2026, 1, 1)),
    (TUE, D(2026, 1, 1), "past", D(2025, 12, 30)),
    (SUN, D(2024, 2, 28), "future", D(2024, 3, 3)),
])
def test_weekday_date(weekday, anchor, direction, expected):
    found = weekday_date(weekday, anchor, direction)
    assert found == expected
    assert found.weekday() == weekday
    assert abs((found - anchor).days) < 7


@pytest.mark.parametrize("anchor", [D(2025, 10, 20) + dt.timedelta(days=i) for i in range(7)], ids=str)
@pytest.mark.parametrize("direction", ["past", "future", ""])
def test_weekday_date_direction_holds_for_every_anchor(anchor, direction):
    for weekday in range(7):
        found = weekday_date(weekday, anchor, direction)
        assert found.weekday() == weekday
        if direction == "past":
            assert found <= anchor
        elif direction == "future":
            assert found >= anchor
        else:
            assert abs((found - anchor).days) <= 3


@pytest.mark.parametrize("a, b, overlap", [
    (DateRange(D(2025, 10, 24), D(2025, 10, 27)), DateRange(D(2025, 10, 27)), True),
    (DateRange(D(2025, 10, 24), D(2025, 10, 27)), DateRange(D(2025, 10, 28)), False),
    (DateRange(D(2025, 10, 24)), DateRange(D(2025, 10, 24)), True),
    (DateRange(D(2025, 10, 20), D(2025, 10, 22)), DateRange(D(2025, 10, 21), D(2025, 10, 30)), True),
])
def test_range_overlaps(a, b, overlap):
    assert a.overlaps(b) is overlap and b.overlaps(a) is overlap


# Counts of days and weeks from the article's date, and the two-day words (issue 8.8).
COUNTED = [
    ("two days ago", WED, "", (D(2025, 10, 20), None)),
    ("3 days ago", WED, "future", (D(2025, 10, 19), None)),  # "ago" overrides the tense
    ("a week ago", WED, "", (D(2025, 10, 15), None)),
    ("Two weeks ago", WED, "", (D(2025, 10, 8), None)),
    ("a couple of days ago", WED, "", (D(2025, 10, 20), None)),
    ("in two weeks", WED, "", (D(2025, 11, 5), None)),
    ("in three days' time", WED, "", (D(2025, 10, 25), None)),
    ("in 10 days", WED, "past", (D(2025, 11, 1), None)),
    ("in a week", D(2025, 12, 28), "", (D(2026, 1, 4), None)),
    ("the day before yesterday", WED, "", (D(2025, 10, 20), None)),
    ("The day before yesterday", D(2026, 1, 1), "", (D(2025, 12, 30), None)),
    ("the day after tomorrow", WED, "", (D(2025, 10, 24), None)),
    ("two days ago", None, "", None),   # needs the article's date
    ("in two months", WED, "", None),   # a month count names no day
    ("within two weeks", WED, "", None),  # a deadline, not a date
    ("two years ago", WED, "", None),
]


@pytest.mark.parametrize("text, anchor, tense, expected", COUNTED, ids=[f"{r[0]!r}-{r[1]}" for r in COUNTED])
def test_counted_days_and_weeks(text, anchor, tense, expected):
    found = resolve_date(text, anchor, tense)
    assert (found if found is None else (found.start, found.end)) == expected
    if found:
        assert found.relative and found.precision == "day"


# Day-first ranges whose ends are in different months (or years).
CROSS_MONTH = [
    ("from 30 June to 2 July", D(2026, 6, 20), (D(2026, 6, 30), D(2026, 7, 2))),
    ("30 June - 2 July 2026", None, (D(2026, 6, 30), D(2026, 7, 2))),
    ("28 Feb\u20133 March", D(2026, 2, 1), (D(2026, 2, 28), D(2026, 3, 3))),
    ("31st October through 2nd November", WED, (D(2025, 10, 31), D(2025, 11, 2))),
    ("30 December to 2 January", D(2025, 12, 20), (D(2025, 12, 30), D(2026, 1, 2))),
    ("30 December to 2 January 2027", None, (D(2026, 12, 30), D(2027, 1, 2))),
]


@pytest.mark.parametrize("text, anchor, expected", CROSS_MONTH, ids=[r[0] for r in CROSS_MONTH])
def test_day_first_ranges_across_months(text, anchor, expected):
    found = resolve_date(text, anchor, "")
    assert found is not None and (found.start, found.end) == expected


# Month precision: a month and year, never an invented day.
MONTHS_ONLY = [
    ("next month", WED, "", (2025, 11)),
    ("last month", WED, "", (2025, 9)),
    ("earlier this month", WED, "", (2025, 10)),
    ("next month", D(2025, 12, 15), "", (2026, 1)),
    ("last month", D(2026, 1, 15), "", (2025, 12)),
    ("in July", WED, "future", (2026, 7)),
    ("in July", WED, "past", (2025, 7)),
    ("July", WED, "", (2025, 7)),          # three months back is nearer than nine ahead
    ("in February", WED, "", (2026, 2)),   # four months ahead is nearer than eight back
    ("October", WED, "future", (2025, 10)),  # the article's own month
    ("October", WED, "past", (2025, 10)),
    ("mid-November", WED, "", (2025, 11)),
    ("July 2024", WED, "future", (2024, 7)),  # a written year wins over the tense
    ("in Sept. 2026", None, "", (2026, 9)),
    # the word before or after the month says which year, whatever the tense or the nearer one
    ("last November", WED, "", (2024, 11)),
    ("last July", WED, "future", (2025, 7)),
    ("next March", WED, "past", (2026, 3)),
    ("in November last year", WED, "", (2024, 11)),
]


@pytest.mark.parametrize("text, anchor, tense, expected", MONTHS_ONLY, ids=[f"{r[0]!r}-{r[1]}-{r[2]}" for r in MONTHS_ONLY])
def test_resolve_month(text, anchor, tense, expected):
    found = resolve_month(text, anchor, tense)
    assert found is not None and found.precision == "month"
    assert (found.start.year, found.start.month) == expected
    assert found.start.day == 1 and found.end.month == found.start.month
    assert (found.end + dt.timedelta(days=1)).day == 1  # the last day of that month
    assert resolve_date(text, anchor, tense) is None  # no day is invented


@pytest.mark.parametrize("text, anchor", [
    ("October 24", WED),        # names a day: resolve_date's job
    ("two days ago", WED),
    ("next month", None),       # relative, and no article date
    ("July", None),
    ("this year", WED),
    ("sometime soon", WED),
])
def test_resolve_month_refuses(text, anchor):
    assert resolve_month(text, anchor, "") is None


def test_month_overlaps_a_day_in_it():
    month = resolve_month("next month", WED)
    assert month.overlaps(DateRange(D(2025, 11, 30))) and not month.overlaps(DateRange(D(2025, 12, 1)))


@pytest.mark.parametrize("text, start, end", [
    ("next week", "2026-10-19", "2026-10-25"),
    ("this week", "2026-10-12", "2026-10-18"),
    ("last week", "2026-10-05", "2026-10-11"),
])
def test_a_week_without_a_day_is_a_week_range(text, start, end):
    from kg.dates import resolve_week

    found = resolve_week(text, dt.date(2026, 10, 16))
    assert (found.start.isoformat(), found.end.isoformat(), found.precision) == (start, end, "week")


def test_a_week_with_a_day_is_left_to_resolve_date():
    from kg.dates import resolve_week

    assert resolve_week("Tuesday next week", dt.date(2026, 10, 16)) is None


@pytest.mark.parametrize("text, expected", [
    ("last year", (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
    ("next year", (dt.date(2027, 1, 1), dt.date(2027, 12, 31))),
    ("a year ago", (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
    ("in 2019", (dt.date(2019, 1, 1), dt.date(2019, 12, 31))),
    ("2019", (dt.date(2019, 1, 1), dt.date(2019, 12, 31))),
    ("next year's", None),      # the year of something else ("next year's quota")
    ("March 2019", None),       # a month: resolve_month's
    ("last week", None),
    ("20 years", None),
])
def test_resolve_year(text, expected):
    from kg.dates import resolve_year
    found = resolve_year(text, dt.date(2026, 6, 9))
    assert (None if found is None else (found.start, found.end)) == expected
    if found is not None:
        assert found.precision == "year"
