"""The sales report's figures: revenue, cost and profit at each sale's own rate, by month, product and
customer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, ContactInput, UserInput
from crm_desktop.services.sales import ProductInput, SaleInput, SaleLineInput
from crm_desktop.services.sales_figures import sales_figures, split_minor

FIRST, LAST = date(2026, 1, 1), date(2026, 3, 31)


@pytest.mark.parametrize(
    ("total", "weights", "shares"),
    [
        (100, [1, 1, 1], [34, 33, 33]),
        (10, [0, 0], [10, 0]),
        (7, [], []),
        (1001, [500, 500, 1], [500, 500, 1]),
        (5, [3, 1], [4, 1]),
    ],
)
def test_split_minor_adds_up_exactly(total: int, weights: list[int], shares: list[int]) -> None:
    assert split_minor(total, weights) == shares
    assert sum(shares) == (total if weights else 0)


def _setup(crm: Crm) -> dict[str, str]:
    ids = {
        "ali": crm.contacts.create(ContactInput(given_name="Ali")).value.id,
        "mona": crm.contacts.create(ContactInput(given_name="Mona")).value.id,
        "acme": crm.companies.create(CompanyInput(name="Acme")).value.id,
        "sara": crm.users.create(UserInput(name="Sara")).value.id,
        "oil": crm.products.create(
            ProductInput(name="Olive oil", sku="OIL", unit_price="10", unit_cost="6")
        ).value.id,
        "soap": crm.products.create(
            ProductInput(name="Soap", sku="SOAP", unit_price="2", unit_cost="1")
        ).value.id,
    }
    line = SaleLineInput
    # SAR (the base): 3 oil + 5 soap = 40 SAR, cost 18 + 5 = 23
    crm.sales.create(
        SaleInput(
            contact_id=ids["ali"],
            sold_on=date(2026, 1, 1),
            owner_id=ids["sara"],
            lines=[line(product_id=ids["oil"], quantity="3"), line(product_id=ids["soap"], quantity="5")],
        )
    )
    # USD at the rate stored on the sale (4, not the settings' 3.75): 1 oil at 4 USD (cost 2.5) = 16 SAR,
    # a free-text line 1 USD = 4 SAR (no cost)
    crm.sales.create(
        SaleInput(
            contact_id=ids["ali"],
            sold_on=date(2026, 2, 15),
            currency="USD",
            rate_to_base="4",
            lines=[
                line(product_id=ids["oil"], unit_price="4", unit_cost="2.5"),
                line(description="Gift wrap", unit_price="1"),
            ],
        )
    )
    # a company's purchase on the last day: 2 soap = 4 SAR, cost 2
    crm.sales.create(
        SaleInput(company_id=ids["acme"], sold_on=LAST, lines=[line(product_id=ids["soap"], quantity="2")])
    )
    # outside the period, and deleted: never counted
    crm.sales.create(
        SaleInput(contact_id=ids["mona"], sold_on=date(2025, 12, 31), lines=[line(product_id=ids["oil"])])
    )
    crm.sales.create(
        SaleInput(contact_id=ids["mona"], sold_on=date(2026, 4, 1), lines=[line(product_id=ids["oil"])])
    )
    gone = crm.sales.create(
        SaleInput(contact_id=ids["mona"], sold_on=date(2026, 2, 1), lines=[line(product_id=ids["oil"])])
    ).value.id
    crm.sales.delete(gone)
    return ids


def test_totals_months_products_and_customers_in_the_base_currency(crm: Crm) -> None:
    ids = _setup(crm)
    crm.settings.update(currency_rates={"USD": "9.99"})  # today's rate changes nothing already sold

    figures = sales_figures(crm.ctx, FIRST, LAST)

    assert figures.base_currency == "SAR"
    totals = figures.totals
    assert (totals.sales, totals.revenue_minor, totals.cost_minor) == (
        3,
        4000 + 2000 + 400,
        2300 + 1000 + 200,
    )
    assert totals.profit_minor == 6400 - 3500
    assert totals.margin == Decimal(2900) / Decimal(6400)
    assert figures.customer_count == 2
    assert figures.cost_per_customer_minor == 1750
    assert [(m.month, m.totals.sales, m.totals.revenue_minor, m.customers) for m in figures.months] == [
        (date(2026, 1, 1), 1, 4000, 1),
        (date(2026, 2, 1), 1, 2000, 1),
        (date(2026, 3, 1), 1, 400, 1),
    ]
    assert [
        (p.name, p.sku, p.quantity, p.totals.sales, p.totals.revenue_minor, p.totals.cost_minor)
        for p in figures.products
    ] == [
        ("Olive oil", "OIL", Decimal(4), 2, 3000 + 1600, 1800 + 1000),
        ("Soap", "SOAP", Decimal(7), 2, 1000 + 400, 500 + 200),
        ("Gift wrap", "", Decimal(1), 1, 400, 0),
    ]
    assert sum(p.totals.revenue_minor for p in figures.products) == totals.revenue_minor
    assert [(c.name, c.totals.sales, c.totals.revenue_minor) for c in figures.customers] == [
        ("Ali", 2, 6000),
        ("Acme", 1, 400),
    ]
    assert figures.customers[1].key == f"company:{ids['acme']}"


def test_owner_and_product_filters(crm: Crm) -> None:
    ids = _setup(crm)

    hers = sales_figures(crm.ctx, FIRST, LAST, owner_id=ids["sara"])
    assert (hers.totals.sales, hers.totals.revenue_minor) == (1, 4000)

    soap = sales_figures(crm.ctx, FIRST, LAST, product_id=ids["soap"])
    # only the soap lines' share of each sale that had soap
    assert (soap.totals.sales, soap.totals.revenue_minor, soap.totals.cost_minor) == (2, 1400, 700)
    assert [p.name for p in soap.products] == ["Soap"]
    assert [c.name for c in soap.customers] == ["Ali", "Acme"]


def test_period_edges_and_an_empty_period(crm: Crm) -> None:
    _setup(crm)
    assert sales_figures(crm.ctx, LAST, LAST).totals.sales == 1
    assert sales_figures(crm.ctx, date(2025, 12, 31), date(2025, 12, 31)).totals.sales == 1
    assert sales_figures(crm.ctx, date(2026, 1, 2), date(2026, 2, 14)).totals.sales == 0
    empty = sales_figures(crm.ctx, date(2020, 1, 15), date(2020, 3, 2))
    assert empty.totals.margin is None and empty.cost_per_customer_minor is None
    assert [m.month for m in empty.months] == [date(2020, 1, 1), date(2020, 2, 1), date(2020, 3, 1)]


def test_a_sale_split_among_products_adds_up_to_its_stored_base_total(crm: Crm) -> None:
    ali = crm.contacts.create(ContactInput(given_name="Ali")).value.id
    names = ["A", "B", "C"]
    products = [crm.products.create(ProductInput(name=n, unit_price="0.01")).value.id for n in names]
    # 3 cents at 3.3333 SAR each: 0.099999 SAR is 10 halalas stored on the sale, a third of a halala each
    crm.sales.create(
        SaleInput(
            contact_id=ali,
            sold_on=FIRST,
            currency="USD",
            rate_to_base="3.3333",
            lines=[SaleLineInput(product_id=p, unit_price="0.01") for p in products],
        )
    )
    figures = sales_figures(crm.ctx, FIRST, LAST)
    assert figures.totals.revenue_minor == 10
    assert sorted(p.totals.revenue_minor for p in figures.products) == [3, 3, 4]
