"""Money: exact minor units per currency, half-even conversion, no mixing of currencies."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.money import Money, check_currency, minor_digits, parse_rate

# Amounts are stored in SQLite INTEGER columns: signed 64 bits.
INT64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)
CURRENCIES = ["JPY", "KRW", "EUR", "USD", "SAR", "TRY", "IRR", "KWD", "BHD", "OMR", "JOD"]


@pytest.mark.parametrize(("currency", "places"), [("JPY", 0), ("EUR", 2), ("SAR", 2), ("USD", 2), ("KWD", 3)])
def test_minor_digits_per_currency(currency: str, places: int) -> None:
    assert minor_digits(currency) == places


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [
        ("1234", "JPY", 1234),
        ("1234.", "JPY", 1234),
        ("1.0", "JPY", 1),
        ("12.5", "EUR", 1250),
        ("12.50", "EUR", 1250),
        ("0.01", "EUR", 1),
        ("0.1", "EUR", 10),
        ("1.234", "KWD", 1234),
        ("0.001", "KWD", 1),
        ("1.2", "KWD", 1200),
        ("1,234.50", "EUR", 123450),
        ("  7.25  ", "SAR", 725),
        ("-3.5", "EUR", -350),
        ("0", "EUR", 0),
        ("1e2", "EUR", 10000),
        ("١٢", "JPY", 12),  # Arabic-Indic digits
        ("۱۲.۵", "EUR", 1250),  # Persian digits
        ("92233720368547758.07", "EUR", 2**63 - 1),
    ],
)
def test_parse_reads_exact_minor_units(amount: str, currency: str, minor: int) -> None:
    assert Money.parse(amount, currency) == Money(minor, currency)


def test_parse_accepts_numbers_and_decimals() -> None:
    assert Money.parse(12, "EUR") == Money(1200, "EUR")
    assert Money.parse(Decimal("1.10"), "EUR") == Money(110, "EUR")
    assert Money.parse(Decimal("1.105"), "KWD") == Money(1105, "KWD")


def test_parse_normalises_currency_code() -> None:
    assert Money.parse("1", " eur ") == Money(100, "EUR")


def test_parse_is_exact_where_floats_are_not() -> None:
    # 0.1 + 0.2 is not 0.3 in binary floating point; in minor units it is.
    assert Money.parse("0.1", "EUR") + Money.parse("0.2", "EUR") == Money.parse("0.3", "EUR")
    assert Money.parse("1.005", "KWD").minor == 1005


@pytest.mark.parametrize(
    ("amount", "currency"),
    [("1.5", "JPY"), ("1.50", "JPY"), ("1.234", "EUR"), ("0.001", "USD"), ("1.2345", "KWD")],
)
def test_parse_rejects_too_many_decimals(amount: str, currency: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Money.parse(amount, currency)
    assert set(caught.value.errors) == {"amount"}
    assert currency in caught.value.errors["amount"]


@pytest.mark.parametrize(
    "amount", ["abc", "", "   ", "12abc", "1.2.3", "nan", "NaN", "inf", "-Infinity", "x1", "1 000"]
)
def test_parse_rejects_text_that_is_not_an_amount(amount: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Money.parse(amount, "EUR")
    assert set(caught.value.errors) == {"amount"}
    assert isinstance(caught.value, CrmError)


@pytest.mark.parametrize("currency", ["ZZZ", "EURO", "", "E", "12"])
def test_parse_rejects_unknown_currency_naming_the_field(currency: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Money.parse("1", currency)
    assert set(caught.value.errors) == {"currency"}
    assert str(caught.value).startswith("currency: ")


def test_check_currency_names_the_given_field() -> None:
    assert check_currency("sar") == "SAR"
    with pytest.raises(ValidationError) as caught:
        check_currency("QQQ", field="base_currency")
    assert set(caught.value.errors) == {"base_currency"}
    assert "QQQ" in caught.value.errors["base_currency"]


def test_major_is_an_exact_decimal() -> None:
    assert Money(1250, "EUR").major == Decimal("12.50")
    assert Money(1234, "KWD").major == Decimal("1.234")
    assert Money(1234, "JPY").major == Decimal(1234)
    assert Money(-5, "EUR").major == Decimal("-0.05")


@pytest.mark.parametrize(
    ("minor", "currency", "rate", "base", "expected"),
    [
        (125, "USD", "3.75", "SAR", 469),  # 4.6875 SAR -> 4.69
        (100, "USD", "3.75", "SAR", 375),
        (1, "EUR", "0.5", "EUR", 0),  # 0.5 cent -> 0 (even)
        (3, "EUR", "0.5", "EUR", 2),  # 1.5 cents -> 2 (even)
        (5, "EUR", "0.5", "EUR", 2),  # 2.5 cents -> 2 (even)
        (7, "EUR", "0.5", "EUR", 4),  # 3.5 cents -> 4 (even)
        (-3, "EUR", "0.5", "EUR", -2),  # half-even is symmetric around zero
        (-5, "EUR", "0.5", "EUR", -2),
        (1, "JPY", "0.005", "EUR", 0),  # 0.5 cent -> 0
        (3, "JPY", "0.005", "EUR", 2),  # 1.5 cents -> 2
        (1000, "JPY", "0.025", "SAR", 2500),
        (1, "KWD", "12.2", "SAR", 1),  # 0.001 KWD = 0.0122 SAR -> 0.01
        (5, "KWD", "1", "JPY", 0),  # 0.005 KWD at 1 = 0.005 JPY -> 0
        (1500, "KWD", "1", "JPY", 2),  # 1.5 KWD -> 2 JPY (even)
        (2500, "KWD", "1", "JPY", 2),  # 2.5 KWD -> 2 JPY (even)
        (1999, "EUR", "1", "KWD", 19990),
    ],
)
def test_to_base_rounds_half_even(minor: int, currency: str, rate: str, base: str, expected: int) -> None:
    assert Money(minor, currency).to_base(Decimal(rate), base) == Money(expected, base)


def test_format_shows_symbol_and_places() -> None:
    assert Money(125, "USD").format() == "$1.25"
    assert Money(123450, "EUR").format("en") == "€1,234.50"
    assert Money(1234, "KWD").format("en").endswith("1.234")
    assert "1,234" in Money(1234, "JPY").format("en")
    assert "." not in Money(1234, "JPY").format("en")


def test_format_follows_locale() -> None:
    turkish = Money(123450, "TRY").format("tr")
    assert "1.234,50" in turkish
    assert "₺" in turkish
    german = Money(123450, "EUR").format("de_DE")
    assert "1.234,50" in german


def test_adding_same_currency() -> None:
    assert Money(150, "SAR") + Money(275, "SAR") == Money(425, "SAR")


def test_adding_different_currencies_is_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        Money(100, "SAR") + Money(100, "USD")
    assert set(caught.value.errors) == {"currency"}
    assert "USD" in str(caught.value)
    assert "SAR" in str(caught.value)


def test_money_is_immutable() -> None:
    money = Money(1, "EUR")
    with pytest.raises(AttributeError):
        money.minor = 2  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "rate"),
    [("3.75", Decimal("3.75")), (" 4.1 ", Decimal("4.1")), ("1e-3", Decimal("0.001")), ("1", Decimal(1))],
)
def test_parse_rate_reads_positive_decimals(text: str, rate: Decimal) -> None:
    parsed = parse_rate(text)
    assert isinstance(parsed, Decimal)
    assert parsed == rate


def test_parse_rate_keeps_every_digit() -> None:
    assert str(parse_rate("0.266666666666666666666666667")) == "0.266666666666666666666666667"
    assert parse_rate(Decimal("3.75")) == Decimal("3.75")


@pytest.mark.parametrize("text", ["0", "0.0", "-1", "-0.5", "nan", "inf", "abc", "", "3,75x"])
def test_parse_rate_rejects_non_positive_or_bad_text(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_rate(text, field="rate_usd")
    assert set(caught.value.errors) == {"rate_usd"}


@settings(deadline=None)
@given(minor=INT64, currency=st.sampled_from(CURRENCIES))
def test_parse_of_major_round_trips_exactly(minor: int, currency: str) -> None:
    money = Money(minor, currency)
    assert Money.parse(str(money.major), currency) == money
    assert Money.parse(money.major, currency) == money


@settings(deadline=None)
@given(minor=INT64, currency=st.sampled_from(CURRENCIES))
def test_to_base_at_rate_one_in_same_places_is_identity(minor: int, currency: str) -> None:
    money = Money(minor, currency)
    assert money.to_base(Decimal(1), currency) == money
    same_places = next(c for c in CURRENCIES if c != currency and minor_digits(c) == minor_digits(currency))
    assert money.to_base(Decimal("1.000"), same_places) == Money(minor, same_places)


@settings(deadline=None)
@given(
    a=st.integers(min_value=-(2**61), max_value=2**61),
    b=st.integers(min_value=-(2**61), max_value=2**61),
    currency=st.sampled_from(CURRENCIES),
)
def test_addition_is_exact(a: int, b: int, currency: str) -> None:
    total = Money(a, currency) + Money(b, currency)
    assert total == Money(a + b, currency)
    assert total.major == Money(a, currency).major + Money(b, currency).major


def test_a_latin_currency_symbol_is_isolated_in_right_to_left_locales() -> None:
    # without the isolate, "US$" inside Arabic text is displayed as "$US"
    assert Money(16780934, "USD").format("ar") == "\u200f167,809.34\xa0\u2066US$\u2069"
    assert "\u2066" not in Money(16780934, "USD").format("en")
    assert "\u2066" not in Money(16780934, "SAR").format("ar")  # an Arabic symbol needs none
