"""Dates in the calendar the business chose: Gregorian, Hijri (Islamic civil) or Jalali (Solar Hijri).

The window shows dates through Qt's QCalendar; reports and the command line have
no Qt, so they convert with convertdate (Hijri: the same arithmetic civil calendar
as Qt's) and jdatetime (Jalali; convertdate's astronomical Persian calendar takes
7 ms a date, too slow for a report of thousands). jdatetime's Jalali years agree
with Qt's until 2058, the first year they part; tests/ui checks both agree day
by day before then.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import jdatetime  # type: ignore[import-untyped]
from convertdate import islamic  # type: ignore[import-untyped]

CALENDARS = ("gregorian", "hijri", "jalali")


class CalendarDate(NamedTuple):
    year: int
    month: int
    day: int


def in_calendar(day: date, calendar: str) -> CalendarDate:
    """``day`` as year, month and day of ``calendar`` (an unknown name counts as Gregorian)."""
    if calendar == "hijri":
        return CalendarDate(*islamic.from_gregorian(day.year, day.month, day.day))
    if calendar == "jalali":
        jalali = jdatetime.date.fromgregorian(date=day)
        return CalendarDate(jalali.year, jalali.month, jalali.day)
    return CalendarDate(day.year, day.month, day.day)
