"""Business settings kept in the database (one row per key, so devices can sync them key by key)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import phonenumbers
from pydantic import field_validator
from sqlmodel import Session, SQLModel, select

from crm_desktop.domain.enums import Priority
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.models import Setting
from crm_desktop.domain.money import check_currency, parse_rate
from crm_desktop.i18n import _
from crm_desktop.services.changes import ChangeRecorder, Outcome
from crm_desktop.services.context import ServiceContext

DEFAULT_SLA_HOURS: dict[str, int] = {
    Priority.URGENT.value: 4,
    Priority.HIGH.value: 24,
    Priority.NORMAL.value: 72,
    Priority.LOW.value: 168,
}


class BusinessSettings(SQLModel):
    business_name: str = ""
    business_address: str = ""
    logo_path: str = ""
    base_currency: str = "USD"
    default_region: str = "US"  # ISO 3166 region for phone numbers typed without a country code
    language: str = "en"
    calendar: str = "gregorian"  # gregorian | hijri | jalali: how dates are shown
    sla_hours: dict[str, int] = DEFAULT_SLA_HOURS
    # 1 unit of the currency = rate units of the base currency, as decimal text
    currency_rates: dict[str, str] = {}
    quote_terms: str = ""
    quote_validity_days: int = 30

    @field_validator("base_currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        return check_currency(value, "base_currency")

    @field_validator("calendar")
    @classmethod
    def _calendar(cls, value: str) -> str:
        if value not in ("gregorian", "hijri", "jalali"):
            raise ValueError(_("calendar must be gregorian, hijri or jalali"))
        return value

    @field_validator("default_region")
    @classmethod
    def _region(cls, value: str) -> str:
        value = value.strip().upper()
        if len(value) != 2 or not value.isalpha() or value not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError(_("a region is a two-letter country code like SA, IR, TR or US"))
        return value

    @field_validator("currency_rates")
    @classmethod
    def _rates(cls, value: dict[str, str]) -> dict[str, str]:
        return {
            check_currency(code, "currency_rates"): str(parse_rate(rate, f"currency_rates.{code}"))
            for code, rate in value.items()
        }

    @field_validator("sla_hours")
    @classmethod
    def _sla(cls, value: dict[str, int]) -> dict[str, int]:
        hours = dict(DEFAULT_SLA_HOURS)
        for priority, number in value.items():
            if priority not in DEFAULT_SLA_HOURS:
                raise ValueError(_("unknown priority {priority}").format(priority=priority))
            if int(number) <= 0:
                raise ValueError(_("SLA hours must be positive"))
            hours[priority] = int(number)
        return hours

    def rate_to_base(self, currency: str) -> Decimal:
        """Base units per one unit of ``currency``; a ValidationError when no rate is known."""
        if currency == self.base_currency:
            return Decimal(1)
        rate = self.currency_rates.get(currency)
        if rate is None:
            raise ValidationError(
                {
                    "currency": _(
                        "No exchange rate from {currency} to {base} is set. Add one in Settings, "
                        "or give the rate with the amount."
                    ).format(currency=currency, base=self.base_currency)
                }
            )
        return Decimal(rate)


def read_settings(session: Session) -> BusinessSettings:
    stored = {row.key: row.value for row in session.scalars(select(Setting))}
    known = {k: v for k, v in stored.items() if k in BusinessSettings.model_fields}
    return BusinessSettings.model_validate(known)


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self) -> BusinessSettings:
        with self.ctx.db.read() as session:
            return read_settings(session)

    def update(self, **values: Any) -> Outcome[BusinessSettings]:
        """Change some settings; unknown keys and bad values raise ValidationError."""
        unknown = set(values) - set(BusinessSettings.model_fields)
        if unknown:
            raise ValidationError(
                {key: _("There is no setting called “{key}”.").format(key=key) for key in unknown}
            )
        with self.ctx.db.write() as session:
            current = read_settings(session).model_dump()
            current.update(values)
            from crm_desktop.services.records import parse_input

            checked = parse_input(BusinessSettings, current)
            recorder = ChangeRecorder()
            dumped = checked.model_dump()
            for key in values:
                row = session.get(Setting, key) or Setting(key=key)
                row.value = dumped[key]
                row.updated_at = self.ctx.clock()
                session.add(row)
                recorder.update("setting", key)
        return Outcome(checked, recorder.freeze())
