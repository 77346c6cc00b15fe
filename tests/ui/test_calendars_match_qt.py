"""The reports' calendar conversion (no Qt) shows the same dates as the window's QCalendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCalendar, QDate

from crm_desktop.domain.calendars import in_calendar


@pytest.mark.parametrize(
    ("calendar", "system"),
    [("hijri", QCalendar.System.IslamicCivil), ("jalali", QCalendar.System.Jalali)],
)
def test_every_day_from_1990_to_2057_agrees(calendar: str, system: QCalendar.System) -> None:
    qt = QCalendar(system)
    day, last = date(1990, 1, 1), date(2057, 12, 31)
    while day <= last:
        parts = qt.partsFromDate(QDate(day.year, day.month, day.day))
        assert in_calendar(day, calendar) == (parts.year, parts.month, parts.day), day
        day += timedelta(days=1)
