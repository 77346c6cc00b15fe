"""Turning typed amounts into stored money: minor units, currency, rate and base amount."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import Any

from sqlmodel import Session

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import Money, check_currency, parse_rate
from crm_desktop.i18n import _
from crm_desktop.services.settings import read_settings


def currency_and_rate(
    session: Session, currency: str | None, rate: Decimal | str | None
) -> tuple[str, Decimal, str]:
    """(currency, rate to base, base currency): the rate given, or the one in settings."""
    settings = read_settings(session)
    code = check_currency(currency) if currency else settings.base_currency
    checked = parse_rate(rate, "rate_to_base") if rate not in (None, "") else settings.rate_to_base(code)
    return code, checked, settings.base_currency


def to_minor(amount: Any, currency: str, field: str) -> int:
    try:
        return Money.parse(amount, currency).minor
    except ValidationError as error:
        raise ValidationError({field: next(iter(error.errors.values()))}) from None


def percent_to_bp(value: Any, field: str) -> int:
    """A percentage typed by a user (``"12.5"``) in basis points (1250); 0..100 only."""
    try:
        number = Decimal(str(value).strip() or "0")
    except InvalidOperation:
        raise ValidationError({field: _("“{value}” is not a percentage.").format(value=value)}) from None
    if not number.is_finite() or not 0 <= number <= 100:
        raise ValidationError({field: _("A percentage is between 0 and 100.")})
    return int((number * 100).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def quantity_of(value: Any, field: str) -> Decimal:
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValidationError({field: _("“{value}” is not a quantity.").format(value=value)}) from None
    if not number.is_finite() or number <= 0:
        raise ValidationError({field: _("A quantity must be more than zero.")})
    return number


def line_total(quantity: Decimal, unit_minor: int, discount_bp: int = 0) -> int:
    """Quantity × unit price less the discount, rounded half-even to a minor unit."""
    gross = quantity * unit_minor * (Decimal(10000 - discount_bp) / Decimal(10000))
    return int(gross.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def base_of(minor: int, currency: str, rate: Decimal, base_currency: str) -> int:
    return Money(minor, currency).to_base(rate, base_currency).minor
