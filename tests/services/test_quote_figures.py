"""A quote's figures: line amounts after discount, tax per line, totals in the deal's currency."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlmodel import col, select

from crm_desktop.domain.errors import NotFoundError
from crm_desktop.domain.models import DealLine
from crm_desktop.services.crm import Crm
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.quote_figures import quote_figures, tax_of
from crm_desktop.services.sales import ProductInput, SaleLineInput


def test_lines_discount_tax_and_totals(crm: Crm) -> None:
    shelf = crm.products.create(
        ProductInput(sku="SH-1", name="Shelf", unit_price="250", unit_cost="100", tax_pct="15")
    ).value
    deal = crm.deals.create(
        DealInput(
            title="Shelves",
            lines=[
                SaleLineInput(product_id=shelf.id, quantity="3", discount_pct="10"),
                SaleLineInput(description="Fitting", unit_price="99.99", quantity="1.5"),
            ],
        )
    ).value
    figures = quote_figures(crm.ctx, deal.id)
    assert figures.currency == "SAR" and figures.from_lines
    shelf_line, fitting = figures.lines
    # 3 × 250.00 = 750.00, less 10 % = 675.00; tax 15 % (the product's rate) = 101.25
    assert (shelf_line.code, shelf_line.name, shelf_line.description) == ("SH-1", "Shelf", "")
    assert (shelf_line.gross.minor, shelf_line.net.minor, shelf_line.tax_bp, shelf_line.tax.minor) == (
        75000,
        67500,
        1500,
        10125,
    )
    # 1.5 × 99.99 = 149.985, half-even to 149.98; a typed line has no tax
    assert (fitting.code, fitting.name, fitting.net.minor, fitting.tax.minor) == ("", "Fitting", 14998, 0)
    assert figures.gross.minor == 75000 + 14998
    assert figures.subtotal.minor == 67500 + 14998 == deal.amount_minor
    assert figures.discount.minor == 7500
    assert figures.tax.minor == 10125
    assert figures.total.minor == 67500 + 14998 + 10125


def test_a_rate_stored_on_the_line_wins_over_the_product(crm: Crm) -> None:
    product = crm.products.create(ProductInput(name="Tea", unit_price="10", tax_pct="15")).value
    deal = crm.deals.create(DealInput(title="Tea", lines=[SaleLineInput(product_id=product.id)])).value
    with crm.db.write() as session:
        for line in session.scalars(select(DealLine).where(col(DealLine.deal_id) == deal.id)):
            line.tax_bp = 500
            line.description = "Green tea, loose"
    (line,) = quote_figures(crm.ctx, deal.id).lines
    assert (line.tax_bp, line.tax.minor) == (500, 50)
    assert (line.name, line.description) == ("Tea", "Green tea, loose")


def test_a_deal_without_lines_is_one_line_of_its_amount(crm: Crm) -> None:
    deal = crm.deals.create(DealInput(title="Yearly service", amount="1200.50", currency="USD")).value
    figures = quote_figures(crm.ctx, deal.id)
    assert not figures.from_lines
    (line,) = figures.lines
    assert (line.name, line.quantity, line.unit_price.minor, line.net.minor) == (
        "Yearly service",
        Decimal(1),
        120050,
        120050,
    )
    assert figures.currency == "USD"
    assert (figures.subtotal.minor, figures.discount.minor, figures.tax.minor, figures.total.minor) == (
        120050,
        0,
        0,
        120050,
    )


def test_unknown_or_deleted_deal(crm: Crm) -> None:
    with pytest.raises(NotFoundError, match="No deal with id nope"):
        quote_figures(crm.ctx, "nope")
    deal = crm.deals.create(DealInput(title="Gone", amount="5")).value
    crm.deals.delete(deal.id)
    with pytest.raises(NotFoundError):
        quote_figures(crm.ctx, deal.id)


def test_tax_rounds_half_even() -> None:
    assert tax_of(1050, 1000) == 105
    assert tax_of(25, 1000) == 2  # 2.5 → 2
    assert tax_of(35, 1000) == 4  # 3.5 → 4
    assert tax_of(1000, 0) == 0
