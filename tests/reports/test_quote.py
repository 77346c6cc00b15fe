"""The quote from demo data, in English and Arabic; its totals recomputed from the deal's lines in SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import arabic_reshaper  # type: ignore[import-untyped]
import pytest
from babel.numbers import get_currency_precision
from bidi import get_display  # type: ignore[import-untyped]
from convertdate import islamic  # type: ignore[import-untyped]

from crm_desktop.domain.errors import CrmError
from crm_desktop.reports import quote
from crm_desktop.reports.registry import check_request, report
from crm_desktop.reports.request import ReportRequest
from crm_desktop.reports.text import has_arabic, visual_line
from crm_desktop.services.crm import Crm
from tests.reports.conftest import DEMO_NOW
from tests.reports.pdf_text import as_extracted, build_in, pdf_text

TERMS = "Payment within 30 days by bank transfer.\nPrices include delivery in Riyadh."


@pytest.fixture
def terms(demo: Crm) -> Iterator[str]:
    """Quote terms and a validity in the shared demo settings, put back afterwards."""
    before = demo.settings.get()
    demo.settings.update(quote_terms=TERMS, quote_validity_days=45)
    yield TERMS
    demo.settings.update(quote_terms=before.quote_terms, quote_validity_days=before.quote_validity_days)


def _digits(minor: int, currency: str) -> str:
    places = get_currency_precision(currency)
    return f"{Decimal(minor).scaleb(-places):,.{places}f}"


def _half_even(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def _deal_with_lines(sql: sqlite3.Connection, *, arabic: bool) -> str:
    """A demo deal of a company, with several lines and a discount; Arabic title or not."""
    rows = sql.execute(
        """
        SELECT d.id, d.title FROM deals d
        WHERE d.deleted_at IS NULL AND d.company_id IS NOT NULL
          AND (SELECT count(*) FROM deal_lines l WHERE l.deal_id = d.id AND l.deleted_at IS NULL) >= 2
          AND EXISTS (SELECT 1 FROM deal_lines l WHERE l.deal_id = d.id AND l.discount_bp > 0)
        ORDER BY d.id
        """
    ).fetchall()
    return str(next(deal for deal, title in rows if has_arabic(title) == arabic))


def _expected(sql: sqlite3.Connection, deal_id: str) -> dict[str, object]:
    """The quote's figures computed from the stored lines: net after discount, tax on the net."""
    currency, amount = sql.execute(
        "SELECT currency, amount_minor FROM deals WHERE id = ?", (deal_id,)
    ).fetchone()
    lines = []
    for sku, quantity, unit, discount, tax_bp, product_tax in sql.execute(
        "SELECT p.sku, l.quantity, l.unit_price_minor, l.discount_bp, l.tax_bp, p.tax_bp "
        "FROM deal_lines l LEFT JOIN products p ON p.id = l.product_id "
        "WHERE l.deal_id = ? AND l.deleted_at IS NULL ORDER BY l.position",
        (deal_id,),
    ):
        gross = _half_even(Decimal(quantity) * unit)
        net = _half_even(Decimal(quantity) * unit * (10000 - discount) / 10000)
        tax = _half_even(Decimal(net) * (tax_bp or product_tax or 0) / 10000)
        lines.append({"sku": sku, "gross": gross, "net": net, "tax": tax, "unit": unit})
    subtotal = sum(int(line["net"]) for line in lines)  # type: ignore[call-overload]
    tax = sum(int(line["tax"]) for line in lines)  # type: ignore[call-overload]
    gross = sum(int(line["gross"]) for line in lines)  # type: ignore[call-overload]
    return {
        "currency": currency,
        "amount": amount,
        "lines": lines,
        "subtotal": subtotal,
        "discount": gross - subtotal,
        "tax": tax,
        "total": subtotal + tax,
    }


def _build(demo: Crm, out: Path, language: str, deal_id: str) -> Path:
    build_in(quote.build, demo, out, ReportRequest(language=language, deal_id=deal_id))
    return out


@pytest.mark.parametrize("language", ["en", "ar"])
def test_quote_lines_and_totals_match_sql(
    demo: Crm, sql: sqlite3.Connection, tmp_path: Path, terms: str, language: str
) -> None:
    deal_id = _deal_with_lines(sql, arabic=language == "ar")
    text = pdf_text(_build(demo, tmp_path / "quote.pdf", language, deal_id))
    expected = _expected(sql, deal_id)
    currency = str(expected["currency"])
    assert expected["subtotal"] == expected["amount"]  # the demo's deal amounts are their lines' total
    assert expected["discount"] and expected["tax"]
    for line in expected["lines"]:  # type: ignore[attr-defined]
        assert line["sku"] in text  # a Latin code keeps its order in Arabic too
        assert _digits(line["net"], currency) in text
        assert _digits(line["unit"], currency) in text
    for key in ("subtotal", "discount", "tax", "total"):
        assert _digits(int(expected[key]), currency) in text, key  # type: ignore[call-overload]
    assert quote.quote_number(deal_id) in text
    assert "Demo Trading Co." in text
    for line_of_terms in terms.splitlines():
        assert line_of_terms in text


@pytest.mark.parametrize("language", ["en", "ar"])
def test_quote_names_the_customer_with_address_and_email(
    demo: Crm, sql: sqlite3.Connection, tmp_path: Path, language: str
) -> None:
    deal_id = _deal_with_lines(sql, arabic=language == "ar")
    text = pdf_text(_build(demo, tmp_path / "quote.pdf", language, deal_id))
    company, city, contact, email = sql.execute(
        """
        SELECT co.name, co.city, c.display_name,
          (SELECT m.value FROM contact_methods m WHERE m.contact_id = c.id AND m.kind = 'email'
            AND m.deleted_at IS NULL ORDER BY m.is_primary DESC, m.position LIMIT 1)
        FROM deals d JOIN companies co ON co.id = d.company_id LEFT JOIN contacts c ON c.id = d.contact_id
        WHERE d.id = ?
        """,
        (deal_id,),
    ).fetchone()
    assert as_extracted(company) in text
    assert as_extracted(contact) in text
    assert as_extracted(city) in text
    assert email and email in text  # the email is read back whole, in its own order


def test_arabic_quote_keeps_latin_runs_in_order(demo: Crm, sql: sqlite3.Connection, tmp_path: Path) -> None:
    deal_id = _deal_with_lines(sql, arabic=True)
    (title,) = sql.execute("SELECT title FROM deals WHERE id = ?", (deal_id,)).fetchone()
    codes = [
        code
        for (code,) in sql.execute(
            "SELECT p.sku FROM deal_lines l JOIN products p ON p.id = l.product_id WHERE l.deal_id = ?",
            (deal_id,),
        )
    ]
    text = pdf_text(_build(demo, tmp_path / "quote.pdf", "ar", deal_id))
    assert as_extracted(title) in text
    # pypdf reads right-to-left runs back in logical order: a code drawn reversed would read
    # "0401-UKS"; found whole, it was drawn left to right
    for code in codes:
        assert code in text and code[::-1] not in text
    # inside an Arabic line the isolated code keeps its order and the Arabic starts at the right
    line = visual_line(f"الرمز {quote.ltr(codes[0])} الكمية 16")
    assert codes[0] in line and line.endswith(get_display(arabic_reshaper.reshape("الرمز")))
    assert quote.quote_number(deal_id) in text


def test_validity_is_today_plus_the_settings_days_in_the_business_calendar(
    demo: Crm, sql: sqlite3.Connection, tmp_path: Path, terms: str
) -> None:
    deal_id = _deal_with_lines(sql, arabic=False)
    before = demo.settings.get().calendar
    demo.settings.update(calendar="hijri")
    try:
        text = pdf_text(_build(demo, tmp_path / "quote.pdf", "en", deal_id))
    finally:
        demo.settings.update(calendar=before)
    today = DEMO_NOW.date()
    for day in (today, today + timedelta(days=45)):  # the date and the validity (45 days in `terms`)
        year, month, day_of_month = islamic.from_gregorian(day.year, day.month, day.day)
        assert year == 1448
        assert f"{month}/{day_of_month}/{year}" in text  # English short order, civil Hijri calendar
    assert "2026" not in text.split("Quote number")[1].split("Customer")[0]


def test_a_deal_without_lines_is_quoted_as_its_amount(
    demo: Crm, sql: sqlite3.Connection, tmp_path: Path
) -> None:
    deal_id, title, amount, currency = sql.execute(
        "SELECT id, title, amount_minor, currency FROM deals d WHERE deleted_at IS NULL AND amount_minor > 0 "
        "AND NOT EXISTS (SELECT 1 FROM deal_lines l WHERE l.deal_id = d.id) AND title NOT GLOB '*[ء-ي]*' "
        "ORDER BY id LIMIT 1"
    ).fetchone()
    text = pdf_text(_build(demo, tmp_path / "quote.pdf", "en", deal_id))
    assert title in text
    # unit price, line amount, subtotal and total: the one amount four times
    assert text.count(_digits(amount, currency)) >= 4


def test_unknown_deal_gives_a_clear_error_and_no_file(demo: Crm, tmp_path: Path) -> None:
    with pytest.raises(CrmError, match="No deal with id nothing-here"):
        quote.build(demo, tmp_path / "quote.pdf", ReportRequest(deal_id="nothing-here"))
    with pytest.raises(CrmError, match="one deal"):
        quote.build(demo, tmp_path / "quote.pdf", ReportRequest())
    assert list(tmp_path.iterdir()) == []


def test_quote_number_is_short_and_stable() -> None:
    assert quote.quote_number("0193e04a-4c28-73b1-bdb5-30ce06ce0a63") == "Q-06CE0A63"


def test_registry_entry() -> None:
    info = report("quote")
    assert info.options == info.needs == {"deal"}
    with pytest.raises(CrmError, match="needs"):
        check_request(info, ReportRequest())
    with pytest.raises(CrmError, match="does not take"):
        check_request(info, ReportRequest(deal_id="x", contact_id="y"))
