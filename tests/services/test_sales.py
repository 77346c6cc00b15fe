"""Products and sales with lines: totals, cost, base totals, purchase history."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.models import Contact
from crm_desktop.services.crm import Crm
from crm_desktop.services.customer_scope import Customer
from crm_desktop.services.customer_summary import purchases
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.records import ListQuery
from crm_desktop.services.sales import ProductInput, SaleInput, SaleLineInput
from tests.conftest import FakeClock
from tests.services.helpers import unchanged


@pytest.fixture
def customer(crm: Crm) -> Contact:
    return crm.contacts.create(ContactInput(given_name="Fatima", family_name="Zahra")).value


# --- products ------------------------------------------------------------------


def test_create_product_in_the_base_currency(crm: Crm) -> None:
    outcome = crm.products.create(
        ProductInput(sku=" RICE-10 ", name="Rice 10 kg", unit_price="45.50", unit_cost="30", tax_pct="15")
    )
    product = outcome.value
    assert outcome.changes.created == {("product", product.id)}
    assert (product.sku, product.currency, product.unit_price_minor, product.unit_cost_minor) == (
        "RICE-10",
        "SAR",
        4550,
        3000,
    )
    assert product.tax_bp == 1500
    assert crm.products.by_sku("RICE-10") == crm.products.get(product.id)
    assert crm.products.by_sku("nothing") is None


def test_product_update_changes_only_given_fields(crm: Crm) -> None:
    product = crm.products.create(
        ProductInput(sku="LOOM", name="Loom", unit_price="100", unit_cost="60", currency="USD")
    ).value
    outcome = crm.products.update(product.id, ProductInput(unit_price="120"))
    assert outcome.changes.updated == {("product", product.id)}
    after = crm.products.get(product.id)
    assert (after.sku, after.name, after.currency, after.unit_price_minor, after.unit_cost_minor) == (
        "LOOM",
        "Loom",
        "USD",
        12000,
        6000,
    )


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": ""}, "name"),
        ({"currency": "XYZ"}, "currency"),
        ({"unit_price": "12.345"}, "unit_price"),
        ({"unit_price": "cheap"}, "unit_price"),
        ({"unit_cost": "1.001"}, "unit_cost"),
        ({"tax_pct": "101"}, "tax_pct"),
        ({"tax_pct": "-1"}, "tax_pct"),
        ({"tax_pct": "a lot"}, "tax_pct"),
    ],
)
def test_bad_products_are_refused(crm: Crm, values: dict[str, Any], field: str) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.products.create(ProductInput(**{"name": "Thing", **values}))
    assert set(error.value.errors) == {field}


def test_sku_is_unique_among_live_products(crm: Crm) -> None:
    first = crm.products.create(ProductInput(sku="A1", name="First")).value
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.products.create(ProductInput(sku="A1", name="Second"))
    assert set(error.value.errors) == {"sku"}
    assert "A1" in error.value.errors["sku"]
    crm.products.update(first.id, ProductInput(sku="A1", name="First again"))  # its own code is fine
    crm.products.delete(first.id)
    assert crm.products.create(ProductInput(sku="A1", name="Second")).value.sku == "A1"


def test_product_delete_restore_and_filters(crm: Crm) -> None:
    a = crm.products.create(ProductInput(name="A", currency="USD")).value
    b = crm.products.create(ProductInput(name="B", active=False)).value
    assert crm.products.ids(ListQuery(filters={"currency": "USD"})) == [a.id]
    assert crm.products.ids(ListQuery(filters={"active": False})) == [b.id]
    crm.products.delete(a.id)
    with pytest.raises(NotFoundError):
        crm.products.get(a.id)
    crm.products.restore(a.id)
    assert crm.products.ids(ListQuery(sort="name")) == [a.id, b.id]


# --- sales ---------------------------------------------------------------------


def test_sale_totals_cost_and_lines(crm: Crm, customer: Contact) -> None:
    rice = crm.products.create(ProductInput(name="Rice 10 kg", unit_price="45.50", unit_cost="30")).value
    outcome = crm.sales.create(
        SaleInput(
            contact_id=customer.id,
            sold_on=date(2026, 2, 14),
            lines=[
                SaleLineInput(product_id=rice.id, quantity="3"),
                SaleLineInput(description="Delivery", unit_price="20"),
                SaleLineInput(
                    description="Dates", quantity="2.5", unit_price="10", unit_cost="4", discount_pct="10"
                ),
            ],
        )
    )
    sale = outcome.value
    lines = crm.sales.lines(sale.id)
    assert [(line.description, line.line_total_minor) for line in lines] == [
        ("Rice 10 kg", 13650),
        ("Delivery", 2000),
        ("Dates", 2250),
    ]
    assert (sale.currency, sale.total_minor, sale.cost_minor, sale.base_total_minor) == (
        "SAR",
        17900,
        9000 + 1000,
        17900,
    )
    assert sale.number.startswith("S-")
    assert outcome.changes.created == {("sale", sale.id)} | {("sale_line", line.id) for line in lines}


def test_sale_date_defaults_to_today_by_the_clock(crm: Crm, customer: Contact) -> None:
    sale = crm.sales.create(
        SaleInput(contact_id=customer.id, lines=[SaleLineInput(description="x", unit_price="1")])
    ).value
    assert sale.sold_on == date(2026, 3, 2)


def test_sale_in_a_foreign_currency(crm: Crm, customer: Contact) -> None:
    loom = crm.products.create(
        ProductInput(name="Loom", unit_price="100", unit_cost="60", currency="USD")
    ).value
    sale = crm.sales.create(
        SaleInput(
            contact_id=customer.id,
            currency="USD",
            lines=[SaleLineInput(product_id=loom.id, quantity="2", discount_pct="10")],
        )
    ).value
    assert (sale.total_minor, sale.cost_minor, sale.rate_to_base, sale.base_total_minor) == (
        18000,
        12000,
        Decimal("3.75"),
        67500,
    )
    own_rate = crm.sales.create(
        SaleInput(
            contact_id=customer.id,
            currency="USD",
            rate_to_base="3.7",
            lines=[SaleLineInput(product_id=loom.id)],
        )
    ).value
    assert own_rate.base_total_minor == 37000


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"lines": []}, "lines"),
        ({"lines": [SaleLineInput(description="x")]}, "lines.1.unit_price"),
        ({"lines": [SaleLineInput(product_id="gone")]}, "lines.1.product_id"),
        ({"lines": [SaleLineInput(description="x", unit_price="1", quantity="0")]}, "lines.1.quantity"),
        ({"lines": [SaleLineInput(description="x", unit_price="1", quantity="two")]}, "lines.1.quantity"),
        (
            {"lines": [SaleLineInput(description="x", unit_price="1", discount_pct="150")]},
            "lines.1.discount_pct",
        ),
        ({"currency": "RIAL"}, "currency"),
        ({"currency": "GBP"}, "currency"),
        ({"contact_id": "nobody"}, "contact_id"),
        ({"contact_id": None}, "contact_id"),
        ({"deal_id": "no-deal"}, "deal_id"),
    ],
)
def test_bad_sales_are_refused_and_nothing_is_saved(
    crm: Crm, customer: Contact, values: dict[str, Any], field: str
) -> None:
    values = {"contact_id": customer.id, "lines": [SaleLineInput(description="x", unit_price="1")], **values}
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.sales.create(SaleInput(**values))
    assert set(error.value.errors) == {field}


def test_a_line_priced_in_another_currency_is_refused(crm: Crm, customer: Contact) -> None:
    loom = crm.products.create(ProductInput(name="Loom", unit_price="100", currency="USD")).value
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.sales.create(
            SaleInput(
                contact_id=customer.id,
                lines=[
                    SaleLineInput(description="ok", unit_price="5"),
                    SaleLineInput(product_id=loom.id, quantity="1"),
                ],
            )
        )
    assert set(error.value.errors) == {"lines.2.unit_price"}
    message = error.value.errors["lines.2.unit_price"]
    assert "Loom" in message and "USD" in message and "SAR" in message
    # with a price in the sale's currency the same product is fine
    sale = crm.sales.create(
        SaleInput(contact_id=customer.id, lines=[SaleLineInput(product_id=loom.id, unit_price="375")])
    ).value
    assert sale.total_minor == 37500


def test_every_bad_line_is_named(crm: Crm, customer: Contact) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.sales.create(
            SaleInput(
                contact_id=customer.id,
                lines=[
                    SaleLineInput(description="a", unit_price="1", quantity="-1"),
                    SaleLineInput(description="b", unit_price="1.999"),
                ],
            )
        )
    assert set(error.value.errors) == {"lines.1.quantity", "lines.2.unit_price"}


def test_update_without_lines_keeps_totals(crm: Crm, customer: Contact) -> None:
    sale = crm.sales.create(
        SaleInput(
            contact_id=customer.id, notes="first", lines=[SaleLineInput(description="x", unit_price="10")]
        )
    ).value
    line_ids = [line.id for line in crm.sales.lines(sale.id)]
    outcome = crm.sales.update(sale.id, SaleInput(notes="second"))
    assert outcome.changes.updated == {("sale", sale.id)}
    assert not outcome.changes.created and not outcome.changes.deleted
    after = crm.sales.get(sale.id)
    assert (after.notes, after.total_minor, after.number) == ("second", 1000, sale.number)
    assert [line.id for line in crm.sales.lines(sale.id)] == line_ids


def test_update_with_lines_replaces_them(crm: Crm, customer: Contact) -> None:
    sale = crm.sales.create(
        SaleInput(contact_id=customer.id, lines=[SaleLineInput(description="x", unit_price="10")])
    ).value
    (old_line,) = crm.sales.lines(sale.id)
    outcome = crm.sales.update(
        sale.id, SaleInput(lines=[SaleLineInput(description="y", unit_price="7", quantity="3")])
    )
    (new_line,) = crm.sales.lines(sale.id)
    assert outcome.changes.deleted == {("sale_line", old_line.id)}
    assert outcome.changes.created == {("sale_line", new_line.id)}
    assert crm.sales.get(sale.id).total_minor == 2100


def test_changing_the_currency_needs_the_lines_again(crm: Crm, customer: Contact) -> None:
    sale = crm.sales.create(
        SaleInput(contact_id=customer.id, lines=[SaleLineInput(description="x", unit_price="10")])
    ).value
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.sales.update(sale.id, SaleInput(currency="USD"))
    assert set(error.value.errors) == {"currency"}
    crm.sales.update(
        sale.id, SaleInput(currency="USD", lines=[SaleLineInput(description="x", unit_price="10")])
    )
    after = crm.sales.get(sale.id)
    assert (after.currency, after.total_minor, after.base_total_minor) == ("USD", 1000, 3750)


def test_delete_and_restore_a_sale_with_its_lines(crm: Crm, customer: Contact) -> None:
    sale = crm.sales.create(
        SaleInput(
            contact_id=customer.id,
            lines=[
                SaleLineInput(description="x", unit_price="10"),
                SaleLineInput(description="y", unit_price="5"),
            ],
        )
    ).value
    line_ids = {line.id for line in crm.sales.lines(sale.id)}
    deleted = crm.sales.delete(sale.id)
    assert deleted.changes.deleted == {("sale", sale.id)} | {("sale_line", i) for i in line_ids}
    assert crm.sales.lines(sale.id) == []
    assert crm.stats.counts()["sale_line"] == 0
    restored = crm.sales.restore(sale.id)
    assert {i for e, i in restored.changes.created if e == "sale_line"} == line_ids
    assert {line.id for line in crm.sales.lines(sale.id)} == line_ids


def test_purchase_history_per_year_and_product(crm: Crm, customer: Contact) -> None:
    rice = crm.products.create(ProductInput(name="Rice", unit_price="50")).value
    loom = crm.products.create(ProductInput(name="Loom", unit_price="100", currency="USD")).value
    other = crm.contacts.create(ContactInput(given_name="Other")).value

    def sell(when: date, currency: str | None, *lines: SaleLineInput, contact_id: str = customer.id) -> str:
        sale = crm.sales.create(
            SaleInput(contact_id=contact_id, sold_on=when, currency=currency, lines=list(lines))
        ).value
        return sale.id

    sell(date(2025, 6, 1), None, SaleLineInput(product_id=rice.id, quantity="2"))  # SAR 100
    sell(date(2026, 1, 5), None, SaleLineInput(product_id=rice.id))  # SAR 50
    sell(date(2026, 2, 5), "USD", SaleLineInput(product_id=loom.id))  # USD 100 = SAR 375
    gone = sell(date(2026, 2, 6), None, SaleLineInput(product_id=rice.id, quantity="10"))
    crm.sales.delete(gone)
    sell(date(2026, 2, 7), None, SaleLineInput(product_id=rice.id), contact_id=other.id)

    history = purchases(crm.ctx, Customer(contact_id=customer.id))

    assert [(y.year, y.total.minor, y.sales) for y in history.per_year] == [
        (2026, 5000 + 37500, 2),
        (2025, 10000, 1),
    ]
    per_product = {
        (p.product_id, p.total.currency): (p.name, p.total.minor, p.lines) for p in history.per_product
    }
    assert per_product == {  # every total in the base currency, at each sale's own rate
        (rice.id, "SAR"): ("Rice", 15000, 2),
        (loom.id, "SAR"): ("Loom", 37500, 1),
    }
    assert [p.product_id for p in history.per_product] == [loom.id, rice.id]  # biggest first


def test_purchase_history_adds_one_product_bought_in_two_currencies(crm: Crm, customer: Contact) -> None:
    tea = crm.products.create(ProductInput(name="Tea", unit_price="10")).value
    crm.sales.create(SaleInput(contact_id=customer.id, lines=[SaleLineInput(product_id=tea.id)]))  # SAR 10
    crm.sales.create(
        SaleInput(
            contact_id=customer.id,
            currency="USD",
            rate_to_base="3.8",
            lines=[SaleLineInput(product_id=tea.id, unit_price="2.50", quantity="3")],
        )
    )  # USD 7.50 at 3.8 = SAR 28.50
    [total] = purchases(crm.ctx, Customer(contact_id=customer.id)).per_product
    assert (total.total.currency, total.total.minor, total.lines) == ("SAR", 1000 + 2850, 2)
    with pytest.raises(ValidationError):
        Customer()


def test_sales_of_a_company_and_its_filters(crm: Crm) -> None:
    company = crm.companies.create(CompanyInput(name="Kaya")).value
    sale = crm.sales.create(
        SaleInput(company_id=company.id, lines=[SaleLineInput(description="x", unit_price="10")])
    ).value
    assert crm.sales.ids(ListQuery(filters={"company_id": company.id})) == [sale.id]
    [year] = purchases(crm.ctx, Customer(company_id=company.id)).per_year
    assert (year.year, year.total.minor, year.sales) == (2026, 1000, 1)


def test_deleting_and_restoring_a_sale_stamps_its_lines(
    crm: Crm, customer: Contact, clock: FakeClock
) -> None:
    sale = crm.sales.create(
        SaleInput(contact_id=customer.id, lines=[SaleLineInput(description="Tea", unit_price="5")])
    ).value
    [line] = crm.sales.lines(sale.id)
    clock.advance(hours=1)
    crm.sales.delete(sale.id)
    deleted = crm.sales.get(sale.id, include_deleted=True)
    assert crm.sales.lines(sale.id) == []
    clock.advance(hours=1)
    crm.sales.restore(sale.id)
    [restored] = crm.sales.lines(sale.id)
    assert restored.updated_at > deleted.updated_at > line.updated_at
