"""Amounts, percentages and yes/no as shop owners and spreadsheets write them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.transfer.values import (
    CellError,
    currency_code,
    read_flag,
    read_number,
    read_percent,
    split_amount,
)


def amount(cell: str, *, three_places: bool = False) -> tuple[Decimal, str]:
    number, currency, negative = split_amount(cell)
    value = read_number(number, grouping_of_three=not three_places)
    return (-value if negative else value), currency


@pytest.mark.parametrize(
    ("cell", "value", "currency"),
    [
        ("1,234.50", "1234.50", ""),
        ("1.234,50", "1234.50", ""),
        ("1 234,50", "1234.50", ""),
        ("1\u00a0234,50", "1234.50", ""),  # a no-break space, as French and Persian Excel group
        ("1'234.50", "1234.50", ""),
        ("١٬٢٣٤٫٥٠", "1234.50", ""),  # Arabic-Indic digits, Arabic separators
        ("۱۲۳۴٫۵", "1234.5", ""),  # Persian digits
        ("SAR 1,234.50", "1234.50", "SAR"),
        ("12,50 €", "12.50", "€"),
        ("١٥٠ ر.س", "150", "ر.س"),
        ("\u200f١٥٠٫٢٥ ر.س.\u200f", "150.25", "ر.س."),  # direction marks copied from a document
        ("₺1.250", "1250", "₺"),  # a Turkish thousand
        ("1,250", "1250", ""),
        ("0.250", "0.250", ""),  # a leading zero is never a thousand
        ("12,5", "12.5", ""),
        ("1,234,567.89", "1234567.89", ""),
        ("-$12.50", "-12.50", "$"),
        ("(12.50)", "-12.50", ""),  # accountants' negative
        ("11.499999999999998", "11.5", ""),  # a spreadsheet's binary fraction
    ],
)
def test_amounts_written_every_way(cell: str, value: str, currency: str) -> None:
    assert amount(cell) == (Decimal(value), currency)


def test_three_decimal_currencies_keep_their_fils() -> None:
    assert amount("1.250", three_places=True) == (Decimal("1.250"), "")
    assert amount("1,250", three_places=True) == (Decimal("1.250"), "")


@pytest.mark.parametrize("cell", ["abc", "1e5", "12 - 15", "1,2,3", "SAR", ""])
def test_what_is_no_amount(cell: str) -> None:
    with pytest.raises(CellError):
        amount(cell)


@pytest.mark.parametrize(
    ("cell", "value"),
    [("15", "15"), ("15%", "15"), ("٪١٥", "15"), ("12,5 %", "12.5"), ("0.15", "15"), ("1.5", "1.5")],
)
def test_percentages(cell: str, value: str) -> None:
    assert read_percent(cell) == Decimal(value)


def test_a_percentage_that_is_no_number() -> None:
    with pytest.raises(CellError, match="is not a percentage"):
        read_percent("a lot")


@pytest.mark.parametrize(
    ("cell", "value"),
    [("yes", True), ("No", False), ("1", True), ("0", False), ("نعم", True), ("لا", False),
     ("بله", True), ("خیر", False), ("Evet", True), ("HAYIR", False), ("inactive", False)],
)  # fmt: skip
def test_yes_and_no_in_four_languages(cell: str, value: bool) -> None:
    assert read_flag(cell) is value


def test_neither_yes_nor_no() -> None:
    with pytest.raises(CellError, match="is not yes or no"):
        read_flag("perhaps")


@pytest.mark.parametrize(
    ("text", "preferred", "code"),
    [
        ("SAR", "USD", "SAR"),
        ("usd", "SAR", "USD"),
        ("€", "SAR", "EUR"),
        ("ر.س.\u200f", "USD", "SAR"),
        ("ر.س", "USD", "SAR"),
        ("TL", "SAR", "TRY"),
        ("₺", "SAR", "TRY"),
        ("د.إ", "SAR", "AED"),
        ("ريال", "SAR", "SAR"),  # shared by several: the business's own
        ("﷼", "IRR", "IRR"),
        ("$", "SAR", "USD"),
        ("$", "CAD", "CAD"),  # a dollar sign in a Canadian shop's file
    ],
)
def test_currencies_by_code_or_symbol(text: str, preferred: str, code: str) -> None:
    assert currency_code(text, preferred) == code


def test_a_symbol_several_currencies_share_or_none_has() -> None:
    with pytest.raises(CellError, match=r"could be .*SAR"):
        currency_code("ريال", "EUR")
    with pytest.raises(CellError, match="is not a currency code"):
        currency_code("shells", "SAR")
