"""The sales report from demo data, in English and Arabic, checked against SQL over the demo file."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, timedelta, tzinfo
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.domain.errors import CrmError
from crm_desktop.reports import sales
from crm_desktop.reports.formatting import ReportFormat
from crm_desktop.reports.registry import report
from crm_desktop.reports.request import PERIOD, ReportRequest
from crm_desktop.reports.text import has_arabic
from crm_desktop.services.crm import Crm
from tests.reports.pdf_text import build_in, pdf_lines, report_format, row_count, words

DEFAULT_FIRST = date(2025, 12, 1)  # the demo's clock is 2026-11-23: the last twelve months
DEFAULT_LAST = date(2026, 11, 23)
# the demo's currencies and how many decimals each has (base: USD)
_DIGITS = {"USD": 2, "EUR": 2, "SAR": 2, "TRY": 2, "IRR": 0}


def _build(crm: Crm, out: Path, request: ReportRequest) -> Path:
    build_in(sales.build, crm, out, request)
    return out


@pytest.fixture(scope="module", params=["en", "ar"])
def built(
    demo: Crm, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path]:
    language = str(request.param)
    out = tmp_path_factory.mktemp(language) / "sales.pdf"
    return language, _build(demo, out, ReportRequest(language=language))


def _to_usd(minor: int, currency: str, rate: str) -> int:
    """An amount at the rate stored on its sale, in USD cents, rounded half-even (written out again)."""
    major = Decimal(minor).scaleb(-_DIGITS[currency]) * Decimal(rate)
    return int(major.scaleb(2).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


class Expected:
    """The report's figures summed again from the sales table."""

    def __init__(self, sql: sqlite3.Connection, first: date, last: date, owner: str | None = None) -> None:
        rows = sql.execute(
            """
            SELECT sold_on, coalesce('contact:' || contact_id, 'company:' || company_id), base_total_minor,
                   cost_minor, currency, rate_to_base
            FROM sales
            WHERE deleted_at IS NULL AND sold_on >= ? AND sold_on <= ? AND (? IS NULL OR owner_id = ?)
            """,
            (first.isoformat(), last.isoformat(), owner, owner),
        ).fetchall()
        self.sales = len(rows)
        self.revenue = sum(row[2] for row in rows)
        self.cost = sum(_to_usd(row[3], row[4], row[5]) for row in rows)
        self.customers = len({row[1] for row in rows})
        self.months: dict[str, list[int]] = {}
        month_customers: dict[str, set[str]] = {}
        for sold_on, customer, revenue, cost, currency, rate in rows:
            entry = self.months.setdefault(sold_on[:7], [0, 0, 0])
            entry[0] += 1
            entry[1] += revenue
            entry[2] += _to_usd(cost, currency, rate)
            month_customers.setdefault(sold_on[:7], set()).add(customer)
        self.month_customers = {month: len(who) for month, who in month_customers.items()}

    @property
    def profit(self) -> int:
        return self.revenue - self.cost


def _margin(fmt: ReportFormat, revenue: int, cost: int) -> str:
    return fmt.percent(Decimal(revenue - cost) / Decimal(revenue)) if revenue else "—"


def test_totals_match_sql(demo: Crm, sql: sqlite3.Connection, built: tuple[str, Path]) -> None:
    language, path = built
    lines = pdf_lines(path)
    fmt = report_format(demo, language)
    expected = Expected(sql, DEFAULT_FIRST, DEFAULT_LAST)
    assert expected.sales > 10 and expected.customers > 5
    money = [fmt.amount(m, "USD") for m in (expected.revenue, expected.cost, expected.profit)]
    margin = _margin(fmt, expected.revenue, expected.cost)
    per_customer = int((Decimal(expected.cost) / expected.customers).quantize(Decimal(1)))
    read = [words(line) for line in lines]
    for value in [*money, margin, fmt.amount(per_customer, "USD"), fmt.number(expected.customers)]:
        assert words(value) in read, value
    if language == "en":
        assert row_count(lines, ["Revenue", money[0]], rtl=False) == 1
        assert row_count(lines, ["Cost of sales", money[1]], rtl=False) == 1
        assert row_count(lines, ["Cost per customer", fmt.amount(per_customer, "USD")], rtl=False) == 1
        assert row_count(lines, ["Customers who bought", str(expected.customers)], rtl=False) == 1
    # the total rows: by month (with sales and customers), by customer (with sales), by product
    rtl = language == "ar"
    sales_count = fmt.number(expected.sales)
    customers = fmt.number(expected.customers)
    assert row_count(lines, [sales_count, customers, *money, margin], rtl=rtl) == 1
    assert row_count(lines, [sales_count, *money, margin], rtl=rtl) == 1
    assert row_count(lines, [*money, margin], rtl=rtl) == 3


def test_month_rows_match_sql(demo: Crm, sql: sqlite3.Connection, built: tuple[str, Path]) -> None:
    language, path = built
    lines = pdf_lines(path)
    fmt = report_format(demo, language)
    expected = Expected(sql, DEFAULT_FIRST, DEFAULT_LAST)
    assert len(expected.months) > 6
    month = DEFAULT_FIRST
    while month <= DEFAULT_LAST:  # every month of the period, the empty ones too
        key = month.isoformat()[:7]
        count, revenue, cost = expected.months.get(key, [0, 0, 0])
        cells = [
            fmt.month(month.year, month.month),
            fmt.number(count),
            fmt.number(expected.month_customers.get(key, 0)),
            fmt.amount(revenue, "USD"),
            fmt.amount(cost, "USD"),
            fmt.amount(revenue - cost, "USD"),
            _margin(fmt, revenue, cost),
        ]
        assert row_count(lines, cells, rtl=language == "ar") == 1, cells
        month = (month + timedelta(days=32)).replace(day=1)


def _amount_after(lines: Sequence[str], label: str, skip: int) -> Decimal:
    """The amount ``skip`` cells after the line ``label`` (English document), as a number."""
    index = lines.index(label)
    return Decimal(re.sub(r"[^0-9.\-]", "", lines[index + skip]))


def test_product_rows_match_their_lines(demo: Crm, sql: sqlite3.Connection, tmp_path: Path) -> None:
    out = _build(demo, tmp_path / "en.pdf", ReportRequest())
    lines = pdf_lines(out)
    rows = sql.execute(
        """
        SELECT p.name, p.sku, l.quantity, l.line_total_minor, s.currency, s.rate_to_base, s.id
        FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id
        WHERE s.deleted_at IS NULL AND l.deleted_at IS NULL AND s.sold_on >= ? AND s.sold_on <= ?
        """,
        (DEFAULT_FIRST.isoformat(), DEFAULT_LAST.isoformat()),
    ).fetchall()
    quantity: dict[tuple[str, str], Decimal] = {}
    per_sale: dict[tuple[str, str], dict[str, list[object]]] = {}
    for name, sku, qty, total, currency, rate, sale_id in rows:
        quantity[(name, sku)] = quantity.get((name, sku), Decimal(0)) + Decimal(qty)
        entry = per_sale.setdefault((name, sku), {}).setdefault(sale_id, [0, currency, rate])
        entry[0] = int(str(entry[0])) + total
    top = sorted(
        quantity,
        key=lambda key: -sum(_to_usd(int(str(v[0])), str(v[1]), str(v[2])) for v in per_sale[key].values()),
    )
    assert len(top) > sales.TOP_PRODUCTS  # some go to the "other products" row
    for name, sku in top[:5]:
        assert row_count(lines, [name, sku, str(quantity[(name, sku)])], rtl=False) == 1
        # each sale's base total is shared among its products: a product's revenue is its lines
        # converted sale by sale, give or take a cent per sale
        shown = _amount_after(lines, name, 3)
        converted = sum(_to_usd(int(str(v[0])), str(v[1]), str(v[2])) for v in per_sale[(name, sku)].values())
        assert abs(shown * 100 - converted) <= len(per_sale[(name, sku)])
    assert any(line.startswith("Other products (") for line in lines)


def _sale_day(sql: sqlite3.Connection) -> date:
    """The busiest day of the default period (by sales)."""
    row = sql.execute(
        """
        SELECT sold_on FROM sales WHERE deleted_at IS NULL AND sold_on >= ?
        GROUP BY sold_on ORDER BY count(*) DESC, sold_on LIMIT 1
        """,
        (DEFAULT_FIRST.isoformat(),),
    ).fetchone()
    return date.fromisoformat(row[0])


def _summary_holds(lines: Sequence[str], fmt: ReportFormat, expected: Expected) -> bool:
    return (
        row_count(lines, ["Sales", fmt.number(expected.sales)], rtl=False) == 1
        and row_count(lines, ["Revenue", fmt.amount(expected.revenue, "USD")], rtl=False) == 1
        and row_count(lines, ["Cost of sales", fmt.amount(expected.cost, "USD")], rtl=False) == 1
    )


def test_period_edges_hold_their_first_and_last_day(
    demo: Crm, sql: sqlite3.Connection, tmp_path: Path
) -> None:
    day = _sale_day(sql)
    fmt = report_format(demo, "en")
    cases = [
        (day, day),
        (day - timedelta(days=40), day - timedelta(days=1)),
        (day + timedelta(days=1), day + timedelta(days=40)),
        (day - timedelta(days=40), day),
        (day, day + timedelta(days=40)),
    ]
    counts = []
    for index, (first, last) in enumerate(cases):
        out = _build(demo, tmp_path / f"{index}.pdf", ReportRequest(start=first, end=last))
        expected = Expected(sql, first, last)
        counts.append(expected.sales)
        assert _summary_holds(pdf_lines(out), fmt, expected), (first, last)
    assert counts[0] > 0
    assert counts[3] == counts[0] + counts[1] and counts[4] == counts[0] + counts[2]


def test_from_and_to_on_the_command_line(
    demo: Crm, sql: sqlite3.Connection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def utc_zone() -> tzinfo:
        return UTC

    monkeypatch.setattr("crm_desktop.services.crm.local_timezone", utc_zone)
    day = _sale_day(sql)
    first, last = day - timedelta(days=60), day
    out = tmp_path / "cli.pdf"
    command = ["--db", str(demo.db.path), "report", "sales", "-o", str(out)]
    assert main([*command, "--from", str(first), "--to", str(last)]) == 0
    fmt = report_format(demo, "en")
    lines = pdf_lines(out)
    assert _summary_holds(lines, fmt, Expected(sql, first, last))
    assert f"{fmt.day(first)} to {fmt.day(last)}" in lines


def test_owner_and_product_filters(demo: Crm, sql: sqlite3.Connection, tmp_path: Path) -> None:
    owner_id, owner_name = sql.execute(
        """
        SELECT u.id, u.name FROM users u JOIN sales s ON s.owner_id = u.id WHERE s.sold_on >= ?
        GROUP BY u.id ORDER BY count(*) DESC, u.id LIMIT 1
        """,
        (DEFAULT_FIRST.isoformat(),),
    ).fetchone()
    fmt = report_format(demo, "en")
    out = _build(demo, tmp_path / "owner.pdf", ReportRequest(filters={"owner": owner_id}))
    lines = pdf_lines(out)
    expected = Expected(sql, DEFAULT_FIRST, DEFAULT_LAST, owner=owner_id)
    assert 0 < expected.sales < Expected(sql, DEFAULT_FIRST, DEFAULT_LAST).sales
    assert _summary_holds(lines, fmt, expected)
    assert row_count(lines, ["Owner", owner_name], rtl=False) == 1

    sku, name, quantity, sold_in = sql.execute(
        """
        SELECT p.sku, p.name, sum(l.quantity), count(DISTINCT s.id) FROM sale_lines l
        JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id
        WHERE s.deleted_at IS NULL AND l.deleted_at IS NULL AND s.sold_on >= ? AND s.sold_on <= ?
        GROUP BY p.id ORDER BY count(DISTINCT s.id) DESC, p.id LIMIT 1
        """,
        (DEFAULT_FIRST.isoformat(), DEFAULT_LAST.isoformat()),
    ).fetchone()
    out = _build(demo, tmp_path / "product.pdf", ReportRequest(filters={"product": sku}))
    lines = pdf_lines(out)
    assert row_count(lines, ["Sales", str(sold_in)], rtl=False) == 1
    assert row_count(lines, [name, sku, fmt.number(quantity)], rtl=False) == 1
    assert not any(line.startswith("Other products") for line in lines)

    for filters, message in (
        ({"owner": "nobody"}, "No user"),
        ({"product": "SKU-NONE"}, "No product"),
        ({"colour": "red"}, "colour"),
    ):
        with pytest.raises(CrmError, match=message):
            sales.build(demo, tmp_path / "x.pdf", ReportRequest(filters=filters))
    assert not (tmp_path / "x.pdf").exists()


def test_top_customers_and_arabic_names(demo: Crm, sql: sqlite3.Connection, built: tuple[str, Path]) -> None:
    language, path = built
    lines = pdf_lines(path)
    fmt = report_format(demo, language)
    rows = sql.execute(
        """
        SELECT c.display_name, co.name, count(*), sum(s.base_total_minor) FROM sales s
        JOIN contacts c ON c.id = s.contact_id LEFT JOIN companies co ON co.id = s.company_id
        WHERE s.deleted_at IS NULL AND s.sold_on >= ? AND s.sold_on <= ?
        GROUP BY s.contact_id ORDER BY sum(s.base_total_minor) DESC LIMIT 5
        """,
        (DEFAULT_FIRST.isoformat(), DEFAULT_LAST.isoformat()),
    ).fetchall()
    read = [words(line) for line in lines]
    for contact, company, count, revenue in rows:
        name = " · ".join(part for part in (contact, company) if part)
        assert words(name) in read, name
        index = read.index(words(name))
        near = read[index - 6 : index + 7]
        assert words(fmt.amount(revenue, "USD")) in near and words(fmt.number(count)) in near
    if language == "ar":
        assert any(has_arabic(contact) for contact, *_rest in rows)


def test_registry_lists_sales_with_a_period() -> None:
    info = report("sales")
    assert info.filters == ("owner", "product")
    assert info.options == frozenset({PERIOD})


def test_a_period_without_sales_says_so(demo: Crm, tmp_path: Path) -> None:
    out = _build(demo, tmp_path / "none.pdf", ReportRequest(start=date(2020, 1, 1), end=date(2020, 3, 1)))
    lines = pdf_lines(out)
    assert "Nothing was sold in the period." in lines
    assert row_count(lines, ["Revenue", "$0.00"], rtl=False) == 1
