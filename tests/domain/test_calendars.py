"""Calendar conversion against dates whose Hijri and Jalali forms are well known."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.domain.calendars import CalendarDate, in_calendar


@pytest.mark.parametrize(
    ("day", "calendar", "expected"),
    [
        (date(2026, 11, 23), "gregorian", CalendarDate(2026, 11, 23)),
        # Nowruz 1405 falls on 21 March 2026
        (date(2026, 3, 21), "jalali", CalendarDate(1405, 1, 1)),
        (date(2026, 3, 20), "jalali", CalendarDate(1404, 12, 29)),
        # 1 Muharram 1448 is 17 June 2026 in the civil calendar (a day after Umm al-Qura's)
        (date(2026, 6, 17), "hijri", CalendarDate(1448, 1, 1)),
        (date(2000, 1, 1), "hijri", CalendarDate(1420, 9, 24)),
        (date(2000, 1, 1), "unknown", CalendarDate(2000, 1, 1)),
    ],
)
def test_known_dates(day: date, calendar: str, expected: CalendarDate) -> None:
    assert in_calendar(day, calendar) == expected
