"""The customer sheet from demo data, in English and Arabic, checked against SQL over the demo file."""

from __future__ import annotations

import sqlite3
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pytest
from babel.numbers import get_currency_precision

from crm_desktop.domain.errors import CrmError
from crm_desktop.reports import customer
from crm_desktop.reports.registry import check_request, report
from crm_desktop.reports.request import ReportRequest
from crm_desktop.services.crm import Crm
from crm_desktop.services.customer_scope import Customer
from crm_desktop.services.customer_summary import recent_activities
from tests.reports.pdf_text import as_extracted, build_in, pdf_text

LIVE_CASE = "('new', 'open', 'waiting')"


def _amount(minor: int, currency: str = "USD") -> str:
    """The digits of an amount as Babel writes them in en and ar (``3,571.39``); USD is the base."""
    digits = get_currency_precision(currency)
    return f"{Decimal(minor).scaleb(-digits):,.{digits}f}"


def _scope(kind: str, record_id: str, table: str = "") -> tuple[str, tuple[str, ...]]:
    """The customer_scope rule written out again in SQL: a contact's rows, or a company's rows and
    those of its live people that name no company (``table``: the alias of the scoped table)."""
    at = f"{table}." if table else ""
    if kind == "contact":
        return f"{at}contact_id = ?", (record_id,)
    return (
        f"({at}company_id = ? OR (coalesce({at}company_id, '') = '' AND {at}contact_id IN "
        "(SELECT id FROM contacts WHERE company_id = ? AND deleted_at IS NULL)))",
        (record_id, record_id),
    )


def _rich_contact(sql: sqlite3.Connection) -> str:
    """A demo contact with three phones and emails or more, sales and an open deal."""
    row = sql.execute(
        """
        SELECT c.id FROM contacts c
        WHERE c.deleted_at IS NULL
          AND (SELECT count(*) FROM contact_methods m WHERE m.contact_id = c.id AND m.deleted_at IS NULL) >= 3
          AND EXISTS (SELECT 1 FROM deals d JOIN stages st ON st.id = d.stage_id
            WHERE d.contact_id = c.id AND st.kind = 'open' AND d.deleted_at IS NULL)
        ORDER BY (SELECT count(*) FROM sales s WHERE s.contact_id = c.id AND s.deleted_at IS NULL) DESC, c.id
        LIMIT 1
        """
    ).fetchone()
    return str(row[0])


def _largest_company(sql: sqlite3.Connection) -> str:
    row = sql.execute(
        """
        SELECT co.id FROM companies co WHERE co.deleted_at IS NULL
        ORDER BY (SELECT count(*) FROM contacts c WHERE c.company_id = co.id AND c.deleted_at IS NULL) DESC,
                 co.id
        LIMIT 1
        """
    ).fetchone()
    return str(row[0])


def _build(demo: Crm, out: Path, language: str, **ids: str) -> Path:
    build_in(customer.build, demo, out, ReportRequest(language=language, **ids))
    return out


def _year_totals(sql: sqlite3.Connection, kind: str, record_id: str) -> list[tuple[str, int, int]]:
    where, args = _scope(kind, record_id)
    return [
        (str(year), int(count), int(total))
        for year, count, total in sql.execute(
            f"SELECT strftime('%Y', sold_on), count(*), sum(base_total_minor) FROM sales "
            f"WHERE deleted_at IS NULL AND {where} GROUP BY 1",
            args,
        )
    ]


def _product_totals(sql: sqlite3.Connection, kind: str, record_id: str) -> dict[str, int]:
    """Per product: each group of lines sold in one currency at one rate, converted half-even."""
    where, args = _scope(kind, record_id, "s")
    totals: dict[str, int] = {}
    for name, total, currency, rate in sql.execute(
        f"""
        SELECT coalesce(p.name, l.description), sum(l.line_total_minor), s.currency, s.rate_to_base
        FROM sale_lines l JOIN sales s ON s.id = l.sale_id LEFT JOIN products p ON p.id = l.product_id
        WHERE l.deleted_at IS NULL AND s.deleted_at IS NULL AND {where}
        GROUP BY l.product_id, CASE WHEN l.product_id IS NULL THEN l.description END,
          s.currency, s.rate_to_base
        """,
        args,
    ):
        major = Decimal(total).scaleb(-get_currency_precision(currency))
        base = (major * Decimal(rate)).scaleb(2).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)  # USD cents
        totals[name] = totals.get(name, 0) + int(base)
    return totals


@pytest.fixture(scope="module")
def contact_id(sql: sqlite3.Connection) -> str:
    return _rich_contact(sql)


@pytest.fixture(scope="module")
def company_id(sql: sqlite3.Connection) -> str:
    return _largest_company(sql)


@pytest.fixture(scope="module")
def contact_en(demo: Crm, contact_id: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    return pdf_text(_build(demo, tmp_path_factory.mktemp("en") / "contact.pdf", "en", contact_id=contact_id))


@pytest.fixture(scope="module")
def contact_ar(demo: Crm, contact_id: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    return pdf_text(_build(demo, tmp_path_factory.mktemp("ar") / "contact.pdf", "ar", contact_id=contact_id))


@pytest.fixture(scope="module")
def company_en(demo: Crm, company_id: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    return pdf_text(_build(demo, tmp_path_factory.mktemp("en") / "company.pdf", "en", company_id=company_id))


@pytest.fixture(scope="module")
def company_ar(demo: Crm, company_id: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    return pdf_text(_build(demo, tmp_path_factory.mktemp("ar") / "company.pdf", "ar", company_id=company_id))


@pytest.mark.parametrize("language", ["en", "ar"])
def test_contact_sheet_holds_name_and_every_phone_and_email(
    sql: sqlite3.Connection, contact_id: str, contact_en: str, contact_ar: str, language: str
) -> None:
    text = contact_en if language == "en" else contact_ar
    name, job, company, owner = sql.execute(
        "SELECT c.display_name, c.job_title, co.name, u.name FROM contacts c "
        "LEFT JOIN companies co ON co.id = c.company_id LEFT JOIN users u ON u.id = c.owner_id "
        "WHERE c.id = ?",
        (contact_id,),
    ).fetchone()
    methods = [
        value
        for (value,) in sql.execute(
            "SELECT value FROM contact_methods WHERE contact_id = ? AND deleted_at IS NULL", (contact_id,)
        )
    ]
    assert len(methods) >= 3  # more than the primary phone and email
    for value in methods:
        assert value in text  # Latin phones and emails keep their order in Arabic too
    for expected in (name, job, company, owner):
        if expected:
            assert as_extracted(expected) in text
    assert "Demo Trading Co." in text


@pytest.mark.parametrize("language", ["en", "ar"])
def test_contact_purchase_totals_match_sql(
    sql: sqlite3.Connection, contact_id: str, contact_en: str, contact_ar: str, language: str
) -> None:
    text = contact_en if language == "en" else contact_ar
    years = _year_totals(sql, "contact", contact_id)
    assert years, "the chosen demo contact has sales"
    for year, _count, total in years:
        assert year in text
        assert _amount(total) in text
    assert _amount(sum(total for _y, _c, total in years)) in text
    products = _product_totals(sql, "contact", contact_id)
    for name, total in products.items():
        assert as_extracted(name) in text
        assert _amount(total) in text


def test_contact_sheet_lists_open_deals_and_recent_activities(
    sql: sqlite3.Connection, contact_id: str, contact_en: str
) -> None:
    deals = sql.execute(
        "SELECT d.title, d.amount_minor, d.currency FROM deals d JOIN stages st ON st.id = d.stage_id "
        "WHERE d.contact_id = ? AND st.kind = 'open' AND d.deleted_at IS NULL",
        (contact_id,),
    ).fetchall()
    assert deals
    for title, amount, currency in deals:
        assert as_extracted(title) in contact_en
        assert _amount(amount, currency) in contact_en
    assert "Preferences" in contact_en and "Preferred channel" in contact_en
    assert "Open cases" in contact_en and "Last activities" in contact_en


def test_company_sheet_covers_its_people_and_their_purchases(
    demo: Crm, sql: sqlite3.Connection, company_id: str, company_en: str, company_ar: str
) -> None:
    (name,) = sql.execute("SELECT name FROM companies WHERE id = ?", (company_id,)).fetchone()
    people = sql.execute(
        "SELECT display_name FROM contacts WHERE company_id = ? AND deleted_at IS NULL", (company_id,)
    ).fetchall()
    assert len(people) > 5
    for text in (company_en, company_ar):
        assert as_extracted(name) in text
        for (person,) in people:
            assert as_extracted(person) in text
        years = _year_totals(sql, "company", company_id)
        for _year, _count, total in years:
            assert _amount(total) in text
    assert "Preferences" not in company_en  # a company has no contact preferences


def test_company_sheet_shows_open_cases_of_its_scope(
    demo: Crm, sql: sqlite3.Connection, tmp_path: Path
) -> None:
    row = sql.execute(
        f"SELECT company_id, contact_id, subject FROM cases "
        f"WHERE status IN {LIVE_CASE} AND deleted_at IS NULL ORDER BY id LIMIT 1"
    ).fetchone()
    assert row is not None
    company, contact, subject = row
    ids = {"company_id": company} if company else {"contact_id": contact}
    text = pdf_text(_build(demo, tmp_path / "case.pdf", "en", **ids))
    assert as_extracted(subject) in text


def test_recent_activities_are_the_newest_twenty_of_the_scope(
    demo: Crm, sql: sqlite3.Connection, company_id: str
) -> None:
    where, args = _scope("company", company_id)
    expected = [
        row[0]
        for row in sql.execute(
            f"SELECT id FROM activities WHERE deleted_at IS NULL AND {where} "
            "ORDER BY occurred_at DESC, id DESC LIMIT 20",
            args,
        )
    ]
    assert len(expected) == 20  # the demo's largest company has more than twenty
    found = recent_activities(demo.ctx, Customer(company_id=company_id))
    assert [a.id for a in found] == expected
    assert all(a.owner_name for a in found)


def test_preferences_and_custom_fields_are_printed(
    demo: Crm, sql: sqlite3.Connection, tmp_path: Path
) -> None:
    contact_id, tier = sql.execute(
        "SELECT id, json_extract(custom, '$.loyalty_tier') FROM contacts "
        "WHERE do_not_call = 1 AND json_extract(custom, '$.loyalty_tier') IS NOT NULL ORDER BY id LIMIT 1"
    ).fetchone()
    text = pdf_text(_build(demo, tmp_path / "prefs.pdf", "en", contact_id=contact_id))
    assert "Do not call" in text
    assert "Loyalty tier" in text and tier in text


@pytest.mark.parametrize(
    "ids",
    [
        {"contact_id": "00000000-0000-0000-0000-000000000000"},
        {"company_id": "00000000-0000-0000-0000-000000000000"},
    ],
)
def test_unknown_customer_gives_a_clear_error_and_no_file(
    demo: Crm, tmp_path: Path, ids: dict[str, str]
) -> None:
    target = tmp_path / "missing.pdf"
    with pytest.raises(CrmError, match=r"No (contact|company) with id 00000000"):
        customer.build(demo, target, ReportRequest(**ids))
    assert list(tmp_path.iterdir()) == []


def test_a_customer_must_be_named_once(demo: Crm, tmp_path: Path, contact_id: str, company_id: str) -> None:
    with pytest.raises(CrmError, match="one contact or one company"):
        customer.build(demo, tmp_path / "x.pdf")
    with pytest.raises(CrmError, match="one contact or one company"):
        customer.build(demo, tmp_path / "x.pdf", ReportRequest(contact_id=contact_id, company_id=company_id))
    with pytest.raises(CrmError, match="no filter"):
        customer.build(demo, tmp_path / "x.pdf", ReportRequest(contact_id=contact_id, filters={"tag": "x"}))
    assert list(tmp_path.iterdir()) == []


def test_registry_entry() -> None:
    info = report("customer")
    assert info.options == info.needs == {"contact", "company"}
    check_request(info, ReportRequest(contact_id="x"))
    with pytest.raises(CrmError, match="needs"):
        check_request(info, ReportRequest())
    with pytest.raises(CrmError, match="does not take"):
        check_request(info, ReportRequest(contact_id="x", deal_id="y"))


def test_value_names_and_isolated_runs() -> None:
    from crm_desktop.domain.enums import Lifecycle, Priority

    assert customer.value_name(Lifecycle.CUSTOMER) == "Customer"
    assert customer.value_name(Priority.URGENT) == "Urgent"
    assert customer.value_name(None) == ""
    assert customer.ltr("+966 50 123 4567") == "\u2066+966 50 123 4567\u2069"
    assert customer.ltr("") == ""
