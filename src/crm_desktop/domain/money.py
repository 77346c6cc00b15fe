"""Money: integer minor units and an ISO 4217 currency code. Never floats."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation, localcontext

from babel.core import Locale
from babel.numbers import format_currency, get_currency_precision, get_currency_symbol, list_currencies

from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import _

_KNOWN_CURRENCIES = frozenset(list_currencies())
# amounts are stored as 64-bit integers of minor units
MIN_MINOR, MAX_MINOR = -(2**63), 2**63 - 1


def check_currency(code: str, field: str = "currency") -> str:
    """The upper-case ISO 4217 code, or a ValidationError naming ``field``."""
    normalised = (code or "").strip().upper()
    if normalised not in _KNOWN_CURRENCIES:
        raise ValidationError(
            {field: _("“{code}” is not a currency code (like EUR, SAR, TRY).").format(code=code)}
        )
    return normalised


def minor_digits(currency: str) -> int:
    """How many decimal places the currency has (JPY 0, EUR 2, KWD 3)."""
    return int(get_currency_precision(currency))


@dataclass(frozen=True, slots=True)
class Money:
    minor: int
    currency: str

    @classmethod
    def parse(cls, amount: str | int | Decimal, currency: str) -> Money:
        """Read an amount typed in major units (``"12.50"``) into minor units, exactly."""
        code = check_currency(currency)
        try:
            value = Decimal(str(amount).strip().replace(",", ""))
        except InvalidOperation:
            raise ValidationError(
                {"amount": _("“{amount}” is not an amount.").format(amount=amount)}
            ) from None
        if not value.is_finite():
            raise ValidationError({"amount": _("“{amount}” is not an amount.").format(amount=amount)})
        places = minor_digits(code)
        with localcontext() as exact:
            # default precision (28 digits) would round long amounts silently
            exact.prec = 60
            scaled = value.scaleb(places)
        if not MIN_MINOR <= scaled <= MAX_MINOR:
            raise ValidationError({"amount": _("“{amount}” is too large an amount.").format(amount=amount)})
        if scaled != scaled.to_integral_value():
            raise ValidationError(
                {
                    "amount": _("{currency} amounts have at most {places} decimal places.").format(
                        currency=code, places=places
                    )
                }
            )
        return cls(int(scaled), code)

    @property
    def major(self) -> Decimal:
        return Decimal(self.minor).scaleb(-minor_digits(self.currency))

    def to_base(self, rate: Decimal, base_currency: str) -> Money:
        """This amount in ``base_currency`` at ``rate`` (base units per unit of ours), half-even."""
        base = (self.major * rate).scaleb(minor_digits(base_currency))
        return Money(int(base.quantize(Decimal(1), rounding=ROUND_HALF_EVEN)), base_currency)

    def format(self, locale: str = "en") -> str:
        """The amount as a reader of ``locale`` writes it (``SAR 1,234.50``, ``‏1,234.50 US$``).

        In right-to-left locales the currency symbol is isolated as a left-to-right run:
        left to the bidi algorithm, ``US$`` beside Arabic text comes out as ``$US``.
        """
        where = Locale.parse(locale)
        text = str(format_currency(self.major, self.currency, locale=where))
        if where.text_direction == "rtl":
            symbol = str(get_currency_symbol(self.currency, locale=where))
            if symbol.isascii() and symbol in text:
                text = text.replace(symbol, "\u2066" + symbol + "\u2069", 1)
        return text

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValidationError(
                {"currency": _("Cannot add {a} to {b}.").format(a=other.currency, b=self.currency)}
            )
        return Money(self.minor + other.minor, self.currency)


def parse_rate(text: str | Decimal, field: str = "rate") -> Decimal:
    """An exchange rate: a positive decimal, kept as text in the database."""
    try:
        rate = Decimal(str(text).strip())
    except InvalidOperation:
        raise ValidationError({field: _("“{rate}” is not an exchange rate.").format(rate=text)}) from None
    if not rate.is_finite() or rate <= 0:
        raise ValidationError({field: _("An exchange rate must be a positive number.")})
    return rate
