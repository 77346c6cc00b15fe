"""Exporting products, deals and sales: a file a shop owner reads, that imports again as it was.

The shop sells in Kuwaiti dinars (three decimals) and in riyals, names things in Arabic and
Turkish, gives discounts and refunds. Every exported column carries something the records
would lose without it, so the round trip fails when a column is dropped (tested: each
column dropped in turn must change what comes back).
"""

from __future__ import annotations

import contextlib
import csv
import json
from collections.abc import Iterator
from datetime import UTC, date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlmodel import col, select, update

from crm_desktop.domain.enums import CustomFieldType, StageKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.models import Company, Contact, Pipeline, SaleLine, Stage
from crm_desktop.services.crm import Crm
from crm_desktop.services.custom_fields import CustomFieldInput
from crm_desktop.services.imports import ImportOptions, ImportReport
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.records import ListQuery
from crm_desktop.services.sales import ProductInput, SaleInput, SaleLineInput
from crm_desktop.transfer.fields import ENTITIES, guess_mapping
from crm_desktop.transfer.reading import read_table
from tests.conftest import FakeClock, copy_database

ALL = ListQuery(limit=500)


def prepare(crm: Crm) -> None:
    """What both shops have before records come in: rates, a second pipeline, deal fields."""
    crm.settings.update(currency_rates={"USD": "3.75", "EUR": "4.1", "KWD": "12.2"})
    crm.pipelines.create_with_stages(
        "Wholesale",
        [
            ("Enquiry", 20, StageKind.OPEN),
            ("Offer sent", 60, StageKind.OPEN),
            ("Won", 100, StageKind.WON),
            ("Lost", 0, StageKind.LOST),
        ],
    )
    for key, kind in (("pallets", CustomFieldType.NUMBER), ("export", CustomFieldType.BOOL)):
        crm.custom_fields.create(CustomFieldInput(entity="deal", key=key, label=key.title(), field_type=kind))


def stage(crm: Crm, pipeline: str, name: str) -> tuple[str, str]:
    with crm.db.read() as session:
        found = session.exec(
            select(Pipeline.id, Stage.id)
            .join(Stage, col(Stage.pipeline_id) == col(Pipeline.id))
            .where(col(Pipeline.name) == pipeline, col(Stage.name) == name)
        ).one()
    return found[0], found[1]


@pytest.fixture
def shop(crm: Crm) -> Crm:
    prepare(crm)
    omar = crm.contacts.create(
        ContactInput(given_name="عمر", family_name="حداد", emails=["omar@example.com"])
    ).value
    kaya = crm.companies.create(CompanyInput(name="Kaya Tekstil A.Ş.")).value
    ayse = crm.contacts.create(
        ContactInput(given_name="Ayşe", family_name="Yılmaz", emails=["ayse@kaya.com.tr"], company_id=kaya.id)
    ).value
    nour = crm.companies.create(CompanyInput(name="مؤسسة النور للتجارة")).value
    tea = crm.products.create(
        ProductInput(
            sku="TEA-01",
            name="شاي أخضر",
            description="علبة ٥٠٠ غرام",
            unit_price="1.250",
            unit_cost="0.800",
            tax_pct="0.5",
            currency="KWD",
        )
    ).value
    big_tea = crm.products.create(  # the same name, another size: only the code tells them apart
        ProductInput(
            sku="TEA-02",
            name="شاي أخضر",
            description="علبة كيلو",
            unit_price="2.000",
            unit_cost="1.400",
            currency="KWD",
        )
    ).value
    crm.products.create(
        ProductInput(sku="-RET", name="=Refund voucher", unit_price="-5.000", currency="KWD", active=False)
    )
    cup = crm.products.create(
        ProductInput(name="فنجان", unit_price="12.50", unit_cost="4", tax_pct="15")
    ).value
    pipeline, offer = stage(crm, "Wholesale", "Offer sent")
    crm.deals.create(
        DealInput(
            title="طلبية رمضان",
            contact_id=omar.id,
            stage_id=stage(crm, "Sales", "Proposal")[1],
            amount="1234.567",
            currency="KWD",
            expected_close=date(2026, 6, 30),
            probability_override=40,
            notes="=1+1 no formula",
            tags=["VIP", "جملة"],
            custom={"pallets": "-3.5", "export": True},
        )
    )
    crm.deals.create(
        DealInput(
            title="Kumaş siparişi",
            contact_id=ayse.id,
            company_id=kaya.id,
            pipeline_id=pipeline,
            stage_id=offer,
            amount="98000",
        )
    )
    crm.deals.create(
        DealInput(
            title="توريد فناجين",
            company_id=nour.id,
            stage_id=stage(crm, "Sales", "Lost")[1],
            amount="0",
            lost_reason="السعر مرتفع",
        )
    )
    crm.sales.create(
        SaleInput(
            number="ف-1001",
            contact_id=omar.id,
            sold_on=date(2026, 2, 14),
            currency="KWD",
            notes="توصيل إلى الفرع",
            lines=[
                SaleLineInput(
                    product_id=tea.id,
                    description="شاي أخضر - هدية",
                    quantity="3",
                    unit_price="1.200",
                    unit_cost="0.700",
                    discount_pct="12.5",
                ),
                SaleLineInput(description="توصيل", unit_price="2.000", unit_cost="1.500"),
                SaleLineInput(description="استرجاع", quantity="2", unit_price="-0.750"),
            ],
        )
    )
    crm.sales.create(
        SaleInput(
            number="S-77",
            company_id=nour.id,
            sold_on=date(2026, 1, 31),
            lines=[
                SaleLineInput(product_id=cup.id, quantity="1.125"),  # a weight: not 1125
                SaleLineInput(product_id=big_tea.id, unit_price="9"),
            ],
        )
    )
    return crm


def products_of(crm: Crm) -> list[tuple[Any, ...]]:
    return sorted(
        (p.sku, p.name, p.description, p.unit_price_minor, p.unit_cost_minor, p.tax_bp, p.currency, p.active)
        for p in crm.products.list(ALL).items
    )


def customer_of(crm: Crm, record: Any) -> tuple[str, str, str]:
    """(contact's name, their first email, company's name) of a deal or a sale."""
    with crm.db.read() as session:
        contact = session.get(Contact, record.contact_id) if record.contact_id else None
        company = session.get(Company, record.company_id) if record.company_id else None
    emails = crm.contacts.contact_points([contact.id])[contact.id].emails if contact else ()
    return (contact.display_name if contact else "", next(iter(emails), ""), company.name if company else "")


def deals_of(crm: Crm) -> list[tuple[Any, ...]]:
    found = []
    for deal in crm.deals.list(ALL).items:
        with crm.db.read() as session:
            pipeline, stage_name = session.get(Pipeline, deal.pipeline_id), session.get(Stage, deal.stage_id)
        assert pipeline is not None and stage_name is not None
        found.append(
            (
                deal.title,
                customer_of(crm, deal),
                pipeline.name,
                stage_name.name,
                deal.amount_minor,
                deal.currency,
                deal.expected_close,
                deal.probability_override,
                deal.lost_reason,
                deal.notes,
                sorted(crm.tags.names_for([deal.id])[deal.id]),
                deal.custom,
            )
        )
    return sorted(found, key=repr)


def product_of(crm: Crm, product_id: str | None) -> tuple[str, str] | None:
    if product_id is None:
        return None
    product = crm.products.get(product_id)
    return product.sku, product.name


def sales_of(crm: Crm) -> list[tuple[Any, ...]]:
    found = []
    for sale in crm.sales.list(ALL).items:
        lines = [
            (
                product_of(crm, line.product_id),
                line.description,
                line.quantity,
                line.unit_price_minor,
                line.unit_cost_minor,
                line.discount_bp,
                line.line_total_minor,
            )
            for line in crm.sales.lines(sale.id)
        ]
        found.append(
            (
                sale.number,
                sale.sold_on,
                customer_of(crm, sale),
                sale.currency,
                sale.notes,
                sale.total_minor,
                sale.cost_minor,
                lines,
            )
        )
    return sorted(found, key=repr)


READERS = {"products": products_of, "deals": deals_of, "sales": sales_of}


def import_file(crm: Crm, entity: str, path: Path) -> ImportReport:
    """``path`` imported as the command line does it: the columns as guessed from their headers."""
    with read_table(path) as table:
        mapping = guess_mapping(table.headers, entity, crm.imports.custom_fields(entity))
        left_out = {header for header, field in zip(table.headers, mapping, strict=True) if field is None}
        # a JSON export also gives the records' ids here and the sums they add up to
        assert left_out <= ({"id", "total", "line_total"} if table.kind == "json" else set()), left_out
        options = ImportOptions(entity, mapping, match=ENTITIES[entity].match_keys[0])
        return crm.imports.run(table, options, file_name=path.name)


@pytest.fixture
def other_shop(tmp_path: Path, clock: FakeClock, migrated_template: Path) -> Iterator[Any]:
    """Empty databases set up as the shop's is (each call another one)."""
    opened: list[Crm] = []

    def make() -> Crm:
        path = copy_database(migrated_template, tmp_path / f"other-{len(opened)}.sqlite3")
        target = Crm.open(path, clock=clock, timezone=UTC)
        opened.append(target)
        target.settings.update(base_currency="SAR", default_region="SA")
        prepare(target)
        return target

    yield make
    for target in opened:
        target.close()


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_products_deals_and_sales_import_again_as_they_were(
    shop: Crm, other_shop: Any, tmp_path: Path, fmt: str
) -> None:
    target = other_shop()
    for entity, count in (("products", 4), ("deals", 3), ("sales", 2)):
        path = tmp_path / f"{entity}.{fmt}"
        assert shop.exports.export(entity, fmt, path).records == count  # sales, not their rows
        report = import_file(target, entity, path)
        assert (report.created, report.rejected) == (count, 0), report.rows
    assert products_of(target) == products_of(shop)
    assert deals_of(target) == deals_of(shop)
    assert sales_of(target) == sales_of(shop)
    dinars = next(sale for sale in sales_of(target) if sale[0] == "ف-1001")
    assert dinars[1:5] == (date(2026, 2, 14), ("عمر حداد", "omar@example.com", ""), "KWD", "توصيل إلى الفرع")
    assert dinars[7] == [
        (("TEA-01", "شاي أخضر"), "شاي أخضر - هدية", Decimal(3), 1200, 700, 1250, 3150),
        (None, "توصيل", Decimal(1), 2000, 1500, 0, 2000),
        (None, "استرجاع", Decimal(2), -750, 0, 0, -1500),  # the refund
    ]
    riyals = next(sale for sale in sales_of(target) if sale[0] == "S-77")
    assert [line[0] for line in riyals[7]] == [("", "فنجان"), ("TEA-02", "شاي أخضر")]  # by code, not name


def test_an_export_imported_into_its_own_database_changes_nothing(shop: Crm, tmp_path: Path) -> None:
    for entity in ("products", "deals", "sales"):
        path = tmp_path / f"{entity}.xlsx"
        shop.exports.export(entity, "xlsx", path)
        before = READERS[entity](shop)
        report = import_file(shop, entity, path)
        assert report.updated == report.rejected == 0, entity
        if entity == "products":  # one without a code has nothing to be found by under --match sku
            cup = next(product for product in before if product[1] == "فنجان")
            assert report.created == 1 and READERS[entity](shop) == sorted([*before, cup])
        else:
            assert report.created == 0 and READERS[entity](shop) == before, entity
        assert report.skipped == len(before) - report.created


def drop_column(source: Path, column: str, target: Path) -> None:
    with source.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    index = rows[0].index(column)
    with target.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream).writerows([row[:index] + row[index + 1 :] for row in rows])


@pytest.mark.parametrize("entity", ["products", "deals", "sales"])
def test_every_column_carries_something(shop: Crm, other_shop: Any, tmp_path: Path, entity: str) -> None:
    products = tmp_path / "products.csv"
    shop.exports.export("products", "csv", products)
    whole = tmp_path / f"{entity}.csv"
    shop.exports.export(entity, "csv", whole)
    with read_table(whole) as table:
        columns = table.headers
    expected = READERS[entity](shop)
    for column in columns:
        target = other_shop()
        if entity == "sales":
            import_file(target, "products", products)
        short = tmp_path / f"{entity}-without-{column}.csv"
        drop_column(whole, column, short)
        with contextlib.suppress(ValidationError):  # the match key's column: nothing to match by
            import_file(target, entity, short)
        assert READERS[entity](target) != expected, f"{column} carries nothing"


def test_what_the_columns_hold(shop: Crm, tmp_path: Path) -> None:
    shop.exports.export("sales", "csv", tmp_path / "sales.csv")
    with (tmp_path / "sales.csv").open(encoding="utf-8-sig") as stream:
        found = list(csv.DictReader(stream))
    rows = [row for row in found if row["number"] == "ف-1001"]  # a row per line
    assert len(rows) == 3 and len(found) == 5
    first = rows[0]
    assert {name: first[name] for name in ("sold_on", "contact", "contact_email", "company", "currency")} == {
        "sold_on": "2026-02-14",
        "contact": "عمر حداد",
        "contact_email": "omar@example.com",
        "company": "",
        "currency": "KWD",
    }
    assert [
        (r["sku"], r["product"], r["quantity"], r["unit_price"], r["discount_pct"]) for r in rows[:3]
    ] == [
        ("TEA-01", "شاي أخضر", "3", "1.200", "12.5%"),
        ("", "", "1", "2.000", "0%"),
        ("", "", "2", "-0.750", "0%"),  # a number stays a number: no apostrophe before the minus
    ]
    riyals = [row for row in found if row["number"] == "S-77"]
    assert [
        (r["company"], r["contact"], r["sku"], r["product"], r["quantity"], r["unit_price"]) for r in riyals
    ] == [
        ("مؤسسة النور للتجارة", "", "", "فنجان", "1.125", "12.50"),
        ("مؤسسة النور للتجارة", "", "TEA-02", "شاي أخضر", "1", "9.00"),
    ]
    shop.exports.export("products", "csv", tmp_path / "products.csv")
    with (tmp_path / "products.csv").open(encoding="utf-8-sig") as stream:
        products = {row["sku"] or row["name"]: row for row in csv.DictReader(stream)}
    assert products["TEA-01"]["tax_pct"] == "0.5%"  # "0.5" alone would come back as 50 %
    voucher = products["'-RET"]  # text that could run as a formula is neutralised
    assert (voucher["sku"], voucher["unit_price"], voucher["active"]) == ("'-RET", "-5.000", "no")
    shop.exports.export("deals", "csv", tmp_path / "deals.csv")
    with (tmp_path / "deals.csv").open(encoding="utf-8-sig") as stream:
        deals = {row["title"]: row for row in csv.DictReader(stream)}
    ramadan = deals["طلبية رمضان"]
    assert (ramadan["pipeline"], ramadan["stage"], ramadan["amount"], ramadan["probability"]) == (
        "Sales",
        "Proposal",
        "1234.567",
        "40%",
    )
    assert (ramadan["notes"], ramadan["tags"], ramadan["custom:pallets"], ramadan["custom:export"]) == (
        "'=1+1 no formula",
        "VIP; جملة",
        "-3.5",
        "yes",
    )
    assert deals["Kumaş siparişi"]["probability"] == ""  # the stage's: no override to write
    assert "id" not in ramadan and "stage_id" not in ramadan


def test_spreadsheets_get_numbers_and_text_that_never_runs(shop: Crm, tmp_path: Path) -> None:
    shop.exports.export("sales", "xlsx", tmp_path / "sales.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "sales.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows())
    header = [cell.value for cell in rows[0]]
    refund = next(
        dict(zip(header, row, strict=True))
        for row in rows
        if row[header.index("description")].value == "استرجاع"
    )
    assert (refund["unit_price"].data_type, refund["unit_price"].value) == ("n", -0.75)
    assert refund["unit_price"].number_format == "0.000"  # dinars show their fils
    assert refund["quantity"].value == 2 and refund["description"].value == "استرجاع"
    shop.exports.export("products", "xlsx", tmp_path / "products.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "products.xlsx").active
    assert sheet is not None
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert {cell.value for cell in cells if cell.data_type == "s"} >= {"=Refund voucher", "-RET", "0.5%"}
    assert all(cell.data_type in ("s", "n") for cell in cells)  # never a formula
    numbers = sorted(cell.value for cell in cells if cell.data_type == "n")
    assert numbers == [-5, 0, 0.8, 1.25, 1.4, 2, 4, 12.5]


def test_an_amount_longer_than_a_spreadsheet_number_stays_exact(
    shop: Crm, other_shop: Any, tmp_path: Path
) -> None:
    shop.products.create(
        ProductInput(sku="BIG", name="Tower", unit_price="12345678901234.567", currency="KWD")
    )
    shop.exports.export("products", "xlsx", tmp_path / "products.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "products.xlsx").active
    assert sheet is not None
    price = next(row[3] for row in sheet.iter_rows() if row[0].value == "BIG")
    assert (price.data_type, price.value) == ("s", "12345678901234.567")  # a float would round it
    target = other_shop()
    import_file(target, "products", tmp_path / "products.xlsx")
    tower = target.products.by_sku("BIG")
    assert tower is not None and tower.unit_price_minor == 12345678901234567


def test_json_nests_the_lines_and_keeps_ids(shop: Crm, tmp_path: Path) -> None:
    shop.exports.export("sales", "json", tmp_path / "sales.json")
    sales = {sale["number"]: sale for sale in json.loads((tmp_path / "sales.json").read_text("utf-8"))}
    sale = sales["ف-1001"]
    assert sale["id"] == next(s.id for s in shop.sales.list(ALL).items if s.number == "ف-1001")
    assert (sale["contact"], sale["currency"], sale["total"], sale["sold_on"]) == (
        "عمر حداد",
        "KWD",
        "3.650",
        "2026-02-14",
    )
    assert sale["lines"][0] == {
        "sku": "TEA-01",
        "product": "شاي أخضر",
        "description": "شاي أخضر - هدية",
        "quantity": "3",
        "unit_price": "1.200",
        "discount_pct": "12.5%",  # with its sign, as in the tables: "0.5" would read as 50 %
        "unit_cost": "0.700",
        "line_total": "3.150",
    }
    assert [line["unit_price"] for line in sale["lines"]] == ["1.200", "2.000", "-0.750"]
    shop.exports.export("products", "json", tmp_path / "products.json")
    products = {p["sku"] or p["name"]: p for p in json.loads((tmp_path / "products.json").read_text("utf-8"))}
    assert (products["-RET"]["active"], products["TEA-01"]["tax_pct"]) == (False, "0.5%")
    shop.exports.export("deals", "json", tmp_path / "deals.json")
    deals = {d["title"]: d for d in json.loads((tmp_path / "deals.json").read_text("utf-8"))}
    ramadan = deals["طلبية رمضان"]
    assert (ramadan["probability"], ramadan["tags"], ramadan["custom:pallets"]) == (
        "40%",
        ["VIP", "جملة"],
        "-3.5",
    )


def test_a_sale_without_lines_is_one_row(shop: Crm, tmp_path: Path) -> None:
    sale = next(s for s in shop.sales.list(ALL).items if s.number == "S-77")
    with shop.db.write() as session:  # as a sync from an older version could leave it
        session.execute(
            update(SaleLine).where(col(SaleLine.sale_id) == sale.id).values(deleted_at=shop.ctx.clock())
        )
    shop.exports.export("sales", "csv", tmp_path / "sales.csv")
    with (tmp_path / "sales.csv").open(encoding="utf-8-sig") as stream:
        rows = [row for row in csv.DictReader(stream) if row["number"] == "S-77"]
    assert len(rows) == 1
    assert rows[0]["company"] == "مؤسسة النور للتجارة" and rows[0]["sold_on"] == "2026-01-31"
    assert all(rows[0][name] == "" for name in ("sku", "product", "description", "quantity", "unit_price"))
    shop.exports.export("sales", "json", tmp_path / "sales.json")
    nested = json.loads((tmp_path / "sales.json").read_text("utf-8"))
    assert next(s["lines"] for s in nested if s["number"] == "S-77") == []


def test_a_filter_and_more_than_a_page(shop: Crm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.services import exports, record_exports

    monkeypatch.setattr(exports, "_PAGE", 2)
    monkeypatch.setattr(record_exports, "_CHUNK", 2)
    contact = next(s.contact_id for s in shop.sales.list(ALL).items if s.number == "ف-1001")
    for number in range(5):
        line = SaleLineInput(description="x", unit_price="1")
        shop.sales.create(SaleInput(number=f"B-{number}", contact_id=contact, lines=[line]))
    result = shop.exports.export("sales", "csv", tmp_path / "sales.csv")
    assert result.records == 7
    with (tmp_path / "sales.csv").open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted({row["number"] for row in rows}) == ["B-0", "B-1", "B-2", "B-3", "B-4", "S-77", "ف-1001"]
    assert all(row["contact"] == "عمر حداد" for row in rows if row["number"].startswith("B-"))
    result = shop.exports.export(
        "products", "json", tmp_path / "p.json", ListQuery(filters={"currency": "SAR"})
    )
    assert result.records == 1
    assert [p["name"] for p in json.loads((tmp_path / "p.json").read_text("utf-8"))] == ["فنجان"]
