"""A customer's purchases per year and product (base currency), open deals and open cases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from crm_desktop.domain.enums import CaseStatus, Priority
from crm_desktop.domain.money import Money
from crm_desktop.services.cases import CaseInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.customer_scope import Customer
from crm_desktop.services.customer_summary import open_cases, open_deals, purchases
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.sales import ProductInput, SaleInput, SaleLineInput
from tests.conftest import FakeClock


def test_purchases_per_year_and_product_in_the_base_currency(crm: Crm) -> None:
    ali = crm.contacts.create(ContactInput(given_name="Ali")).value.id
    oil = crm.products.create(ProductInput(name="Olive oil", unit_price="10")).value.id
    soap = crm.products.create(ProductInput(name="Soap", unit_price="2")).value.id
    crm.sales.create(
        SaleInput(
            contact_id=ali,
            sold_on=date(2025, 5, 1),
            lines=[SaleLineInput(product_id=oil, quantity="3"), SaleLineInput(product_id=soap, quantity="5")],
        )
    )
    # in dollars at 3.75: 4 USD of oil is 15 SAR
    crm.sales.create(
        SaleInput(
            contact_id=ali,
            sold_on=date(2026, 2, 1),
            currency="USD",
            lines=[
                SaleLineInput(product_id=oil, unit_price="4"),
                SaleLineInput(description="Gift wrap", unit_price="1"),
            ],
        )
    )
    gone = crm.sales.create(
        SaleInput(contact_id=ali, sold_on=date(2026, 2, 2), lines=[SaleLineInput(product_id=oil)])
    ).value.id
    crm.sales.delete(gone)
    other = crm.contacts.create(ContactInput(given_name="Other")).value.id
    crm.sales.create(SaleInput(contact_id=other, lines=[SaleLineInput(product_id=oil)]))

    bought = purchases(crm.ctx, Customer(contact_id=ali))

    assert bought.base_currency == "SAR"
    assert (bought.sales, bought.total) == (2, Money(4000 + 1875, "SAR"))
    assert (bought.first_sold_on, bought.last_sold_on) == (date(2025, 5, 1), date(2026, 2, 1))
    assert [(y.year, y.sales, y.total.minor) for y in bought.per_year] == [(2026, 1, 1875), (2025, 1, 4000)]
    assert [(p.name, p.lines, p.total.minor) for p in bought.per_product] == [
        ("Olive oil", 2, 3000 + 1500),
        ("Soap", 1, 1000),
        ("Gift wrap", 1, 375),
    ]


def test_a_customer_without_sales_has_empty_purchases(crm: Crm) -> None:
    ali = crm.contacts.create(ContactInput(given_name="Ali")).value.id
    bought = purchases(crm.ctx, Customer(contact_id=ali))
    assert (bought.sales, bought.total, bought.per_year, bought.per_product) == (0, Money(0, "SAR"), [], [])
    assert bought.last_sold_on is None


def test_a_companys_purchases_include_its_peoples(crm: Crm) -> None:
    kaya = crm.companies.create(CompanyInput(name="Kaya Ltd.")).value.id
    mehmet = crm.contacts.create(ContactInput(given_name="Mehmet", company_id=kaya)).value.id
    crm.sales.create(SaleInput(company_id=kaya, lines=[SaleLineInput(description="A", unit_price="7")]))
    crm.sales.create(SaleInput(contact_id=mehmet, lines=[SaleLineInput(description="B", unit_price="3")]))
    assert purchases(crm.ctx, Customer(company_id=kaya)).total == Money(1000, "SAR")
    assert purchases(crm.ctx, Customer(contact_id=mehmet)).total == Money(300, "SAR")


def test_open_deals_nearest_close_first_without_won_or_lost(crm: Crm) -> None:
    ali = crm.contacts.create(ContactInput(given_name="Ali")).value.id
    stages = {s.name: s for s in crm.pipelines.stages(crm.pipelines.default().id)}
    later = crm.deals.create(
        DealInput(title="Later", contact_id=ali, amount="200", expected_close=date(2026, 6, 1))
    ).value.id
    undated = crm.deals.create(DealInput(title="Undated", contact_id=ali, amount="50")).value.id
    soon = crm.deals.create(
        DealInput(
            title="Soon",
            contact_id=ali,
            amount="100",
            currency="USD",
            expected_close=date(2026, 4, 1),
            stage_id=stages["Proposal"].id,
        )
    ).value.id
    won = crm.deals.create(DealInput(title="Won", contact_id=ali, stage_id=stages["Won"].id)).value.id
    deals = open_deals(crm.ctx, Customer(contact_id=ali))
    assert [d.id for d in deals] == [soon, later, undated]
    assert won not in [d.id for d in deals]
    first = deals[0]
    assert (first.stage_name, first.probability, first.amount) == ("Proposal", 50, Money(10000, "USD"))
    assert first.base_amount == Money(37500, "SAR") and first.weighted_base == Money(18750, "SAR")


def test_open_cases_in_working_order_with_overdue_marked(crm: Crm, clock: FakeClock) -> None:
    ali = crm.contacts.create(ContactInput(given_name="Ali")).value.id
    low = crm.cases.create(CaseInput(subject="Low", contact_id=ali, priority=Priority.LOW)).value.id
    urgent = crm.cases.create(CaseInput(subject="Urgent", contact_id=ali, priority=Priority.URGENT)).value.id
    done = crm.cases.create(CaseInput(subject="Done", contact_id=ali)).value.id
    crm.cases.set_status(done, CaseStatus.RESOLVED, resolution="Replaced")
    clock.advance(hours=5)  # past the urgent case's 4 hours
    cases = open_cases(crm.ctx, Customer(contact_id=ali))
    assert [(c.id, c.overdue) for c in cases] == [(urgent, True), (low, False)]
    assert cases[0].sla_due_at is not None
    assert cases[0].sla_due_at < datetime(2026, 3, 2, 9, tzinfo=UTC) + timedelta(hours=5)
