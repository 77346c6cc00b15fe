"""Amounts, numbers and dates as a reader of the report's language expects them.

Amounts and numbers follow the report language's conventions (Babel) with the
business's region (``ar`` + ``SA`` is ``ar_SA``). Dates follow the calendar the
business chose in its settings, in the locale's short date order. Reports keep
Western digits throughout, as Babel writes them, so amounts, dates, phone
numbers and product codes on one page read alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.core import UnknownLocaleError
from babel.dates import format_skeleton, format_time
from babel.numbers import format_decimal, format_percent

from crm_desktop.domain.calendars import in_calendar
from crm_desktop.domain.money import Money
from crm_desktop.services.settings import BusinessSettings


@lru_cache(maxsize=32)
def report_locale(language: str, region: str = "") -> Locale:
    """``language`` with the business's region when CLDR knows that pair, else the language alone."""
    base = language.replace("-", "_").split("_")[0] or "en"
    for name in (f"{base}_{region.upper()}" if region else "", base, "en"):
        if not name:
            continue
        try:
            return Locale.parse(name)
        except (ValueError, UnknownLocaleError):
            continue
    return Locale.parse("en")


_RLM, _RLI, _PDI = "\u200f", "\u2067", "\u2069"
_FIELD = re.compile(r"'[^']*'|y+|M+|L+|d+|[A-Za-z]+")


@dataclass(frozen=True)
class ReportFormat:
    language: str = "en"
    region: str = ""
    calendar: str = "gregorian"
    timezone: tzinfo = field(default=UTC)

    @classmethod
    def of(cls, settings: BusinessSettings, language: str, timezone: tzinfo = UTC) -> ReportFormat:
        return cls(language, settings.default_region, settings.calendar, timezone)

    @property
    def locale(self) -> Locale:
        return report_locale(self.language, self.region)

    def money(self, amount: Money) -> str:
        return amount.format(str(self.locale))

    def amount(self, minor: int, currency: str) -> str:
        return self.money(Money(minor, currency))

    def number(self, value: int | float | Decimal, digits: int = 0) -> str:
        if digits:
            return str(format_decimal(value, format=f"#,##0.{'0' * digits}", locale=self.locale))
        return str(format_decimal(value, locale=self.locale))

    def percent(self, fraction: float | Decimal) -> str:
        """``0.125`` as ``12.5%`` (one decimal at most, the locale's sign and order)."""
        return str(format_percent(fraction, "#,##0.#%", locale=self.locale))

    def day(self, day: date | datetime | None) -> str:
        """A day in the business's calendar, in the locale's short order (``23/11/2026``, ``1405/09/02``)."""
        if day is None:
            return ""
        if isinstance(day, datetime):
            day = self.local(day).date()
        text = self._numeric(day)
        # An Arabic date ("23\u200f/11\u200f/2026") in a right-to-left isolate: it reads as one
        # piece, day on the right, whatever words stand around it in the sentence
        return f"{_RLI}{text}{_PDI}" if _RLM in text else text

    def moment(self, moment: datetime | None) -> str:
        if moment is None:
            return ""
        local = self.local(moment)
        return f"{self.day(local.date())} {format_time(local.time(), 'short', locale=self.locale)}"

    def month(self, year: int, month: int) -> str:
        """A Gregorian month as a heading (``Nov 2026``); forecasts bucket by Gregorian month."""
        return str(format_skeleton("yMMM", date(year, month, 1), locale=self.locale))

    def local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(self.timezone)

    def _numeric(self, day: date) -> str:
        """The locale's short date pattern filled with the calendar's year, month and day as numbers.

        Babel only knows the Gregorian calendar, so the pattern is filled here; the year is
        always written in full (``yy`` too), as a two-digit Hijri or Jalali year is ambiguous.
        """
        parts = in_calendar(day, self.calendar)
        pattern = _short_pattern(str(self.locale))

        def fill(match: re.Match[str]) -> str:
            token = match.group(0)
            if token.startswith("'"):
                return token[1:-1]
            letter = token[0]
            if letter == "y":
                return str(parts.year)
            if letter in "ML":
                return f"{parts.month:02d}" if len(token) >= 2 else str(parts.month)
            if letter == "d":
                return f"{parts.day:02d}" if len(token) >= 2 else str(parts.day)
            return token

        return _FIELD.sub(fill, pattern)


@lru_cache(maxsize=32)
def _short_pattern(locale_name: str) -> str:
    return str(Locale.parse(locale_name).date_formats["short"].pattern)
