"""The Products & sales page's lists: products found by name or code, sales by number or customer."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.records import ListQuery
from crm_desktop.services.sales import ProductInput, SaleInput, SaleLineInput
from crm_desktop.services.sales_lists import ProductListing, SaleListing, like_pattern


@pytest.fixture
def products(crm: Crm) -> dict[str, str]:
    made = {}
    for key, sku, name, active in (
        ("tea", "TEA-250", "Black tea 250 g", True),
        ("green", "TEA-100", "Green tea 100 g", True),
        ("cup", "CUP-1", "Tea cup", False),
        ("rice", "RICE_10", "Rice 10 kg (100% basmati)", True),
        ("çay", "CAY-1", "Çay bardağı", True),
    ):
        made[key] = crm.products.create(
            ProductInput(sku=sku, name=name, unit_price="10", active=active)
        ).value.id
    return made


def names(listing: ProductListing, query: ListQuery) -> list[str]:
    return [p.name for p in listing.fetch(listing.ids(query))]


def test_like_patterns_match_what_was_typed_literally() -> None:
    assert like_pattern("100%", anywhere=True) == "%100\\%%"
    assert like_pattern("RICE_", anywhere=False) == "RICE\\_%"
    assert like_pattern("a\\b", anywhere=False) == "a\\\\b%"


def test_product_text_matches_the_name_anywhere_and_the_code_at_its_start(
    crm: Crm, products: dict[str, str]
) -> None:
    listing = ProductListing(crm.ctx)
    assert names(listing, ListQuery(text="tea")) == ["Black tea 250 g", "Green tea 100 g", "Tea cup"]
    assert names(listing, ListQuery(text="tea-1")) == ["Green tea 100 g"]  # the code, not the names
    assert names(listing, ListQuery(text="100%")) == ["Rice 10 kg (100% basmati)"]  # % is not a wildcard
    assert names(listing, ListQuery(text="RICE_")) == ["Rice 10 kg (100% basmati)"]
    assert names(listing, ListQuery(text="RICEX")) == []
    assert names(listing, ListQuery(text="bardağı")) == ["Çay bardağı"]
    assert listing.count(ListQuery(text="tea", filters={"active": True})) == 2
    crm.products.delete(products["green"])
    assert names(listing, ListQuery(text="tea")) == ["Black tea 250 g", "Tea cup"]


def test_the_product_picker_offers_active_products_only(crm: Crm, products: dict[str, str]) -> None:
    assert [p.name for p in ProductListing(crm.ctx).pick("tea")] == ["Black tea 250 g", "Green tea 100 g"]


@pytest.fixture
def sales(crm: Crm, products: dict[str, str]) -> dict[str, str]:
    kaya = crm.companies.create(CompanyInput(name="Kaya Ltd.")).value
    layla = crm.contacts.create(
        ContactInput(given_name="Layla", family_name="Haddad", company_id=kaya.id)
    ).value
    omar = crm.contacts.create(ContactInput(given_name="عمر", family_name="الفاروق")).value
    made = {}
    for key, number, contact, company, lines in (
        ("layla", "S-100", layla.id, kaya.id, 3),
        ("omar", "S-101", omar.id, None, 1),
        ("kaya", "INV-7", None, kaya.id, 2),
    ):
        made[key] = crm.sales.create(
            SaleInput(
                number=number,
                contact_id=contact,
                company_id=company,
                sold_on=date(2026, 2, len(made) + 1),
                lines=[SaleLineInput(product_id=products["tea"], quantity="2") for _ in range(lines)],
            )
        ).value.id
    return made


def test_sale_text_matches_the_number_or_the_customer(crm: Crm, sales: dict[str, str]) -> None:
    listing = SaleListing(crm.ctx)
    assert set(listing.ids(ListQuery(text="s-10"))) == {sales["layla"], sales["omar"]}
    assert set(listing.ids(ListQuery(text="layla"))) == {sales["layla"]}
    assert set(listing.ids(ListQuery(text="kaya"))) == {sales["layla"], sales["kaya"]}  # the company
    assert set(listing.ids(ListQuery(text="عمر"))) == {sales["omar"]}
    assert listing.ids(ListQuery(text="nobody")) == []
    assert listing.count(ListQuery(text="s-1", filters={"contact_id": None})) == 0


def test_sale_rows_name_the_customer_and_count_live_lines(crm: Crm, sales: dict[str, str]) -> None:
    listing = SaleListing(crm.ctx)
    order = listing.ids(ListQuery(sort="date", descending=True))
    assert order == [sales["kaya"], sales["omar"], sales["layla"]]
    rows = listing.rows(order)
    assert [(r.number, r.customer, r.lines, r.total_minor, r.currency) for r in rows] == [
        ("INV-7", "Kaya Ltd.", 2, 4000, "SAR"),
        ("S-101", "عمر الفاروق", 1, 2000, "SAR"),
        ("S-100", "Layla Haddad · Kaya Ltd.", 3, 6000, "SAR"),
    ]
    # replacing the lines tombstones the old ones: they are not counted
    crm.sales.update(sales["layla"], SaleInput(lines=[SaleLineInput(description="Pot", unit_price="5")]))
    assert listing.rows([sales["layla"]])[0].lines == 1
    assert listing.rows([]) == []
