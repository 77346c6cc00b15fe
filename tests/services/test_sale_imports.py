"""Importing sales with their lines: rows gathered by the sale's number, totals by the sales
service, a bad line rejecting its whole sale, upsert by number, dry runs and undo."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from crm_desktop.services.crm import Crm
from crm_desktop.services.imports import CREATE, REJECT, SKIP, UPDATE, Cancelled, ImportOptions, ImportReport
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.sales import ProductInput, SaleInput, SaleLineInput
from crm_desktop.transfer.fields import guess_mapping
from crm_desktop.transfer.reading import Table, read_table

HEADERS = ["Invoice No", "Date", "Customer", "SKU", "Item", "Qty", "Unit Price", "Discount %", "Line Total"]


def run_rows(
    crm: Crm, rows: list[list[str]], headers: list[str] = HEADERS, mode: str = "upsert"
) -> ImportReport:
    options = ImportOptions("sales", guess_mapping(headers, "sales"), match="number", mode=mode)
    return crm.imports.run(Table("csv", headers, iter(rows)), options, file_name="sales.csv")


def dry_rows(
    crm: Crm, rows: list[list[str]], headers: list[str] = HEADERS, mode: str = "upsert"
) -> ImportReport:
    options = ImportOptions("sales", guess_mapping(headers, "sales"), match="number", mode=mode)
    return crm.imports.dry_run(Table("csv", headers, iter(rows)), options)


def sales_by_number(crm: Crm) -> dict[str, list[tuple[str, Decimal, int, int]]]:
    """Each sale's lines: (description, quantity, unit price, line total)."""
    return {
        sale.number: [
            (line.description, line.quantity, line.unit_price_minor, line.line_total_minor)
            for line in crm.sales.lines(sale.id)
        ]
        for sale in crm.sales.list().items
    }


def products(crm: Crm) -> dict[str, str]:
    tea = crm.products.create(
        ProductInput(sku="TEA-01", name="شاي أخضر", unit_price="12.50", unit_cost="8")
    ).value
    cup = crm.products.create(ProductInput(sku="CUP-03", name="فنجان", unit_price="5")).value
    return {"tea": tea.id, "cup": cup.id}


# Excel's "CSV (comma delimited)" on an Arabic Windows: Windows-1256, Arabic headers and names
ARABIC_SALES = (
    "رقم الفاتورة,التاريخ,العميل,رمز المنتج,الصنف,الكمية,سعر الوحدة,الخصم,الإجمالي\r\n"
    "ف-1001,05/03/2026,عمر حداد,TEA-01,,2,,10%,22.50\r\n"
    "ف-1001,05/03/2026,عمر حداد,,علبة هدايا,1,15,,15\r\n"
    "ف-1001,05/03/2026,عمر حداد,CUP-03,,6,4.75,,28.50\r\n"
    "ف-1002,06/03/2026,مؤسسة النور,TEA-01,,10,12,5,114\r\n"
    "ف-1003,07/03/2026,عمر حداد,TEA-01,,كثير,,,\r\n"
    "ف-1003,07/03/2026,عمر حداد,CUP-03,,1,,,5\r\n"
)


def test_a_windows_1256_sales_file_with_several_lines_per_invoice(crm: Crm, tmp_path: Path) -> None:
    ids = products(crm)
    omar = crm.contacts.create(ContactInput(given_name="عمر", family_name="حداد")).value
    source = tmp_path / "مبيعات.csv"
    source.write_bytes(ARABIC_SALES.encode("cp1256"))
    rejects = tmp_path / "مبيعات.rejects.csv"
    with read_table(source) as table:
        assert table.encoding == "cp1256"
        options = ImportOptions("sales", guess_mapping(table.headers, "sales"), match="number")
        report = crm.imports.run(table, options, file_name=source.name, rejects_to=rejects)
    assert (report.created, report.rejected) == (2, 1)  # sales, not rows
    sales = {sale.number: sale for sale in crm.sales.list().items}
    first, second = sales["ف-1001"], sales["ف-1002"]
    assert (first.contact_id, str(first.sold_on), first.currency) == (omar.id, "2026-03-05", "SAR")
    assert sales_by_number(crm)["ف-1001"] == [
        ("شاي أخضر", Decimal(2), 1250, 2250),  # the product's price, less 10 %
        ("علبة هدايا", Decimal(1), 1500, 1500),  # no such product: a line of its own text
        ("فنجان", Decimal(6), 475, 2850),
    ]
    lines = crm.sales.lines(first.id)
    assert [line.product_id for line in lines] == [ids["tea"], None, ids["cup"]]
    assert lines[0].unit_cost_minor == 800
    assert (first.total_minor, first.cost_minor) == (6600, 1600)
    nour = crm.companies.get(second.company_id or "")
    assert nour.name == "مؤسسة النور" and second.contact_id is None  # a company by its name
    assert second.total_minor == 11400
    with rejects.open(encoding="utf-8-sig") as stream:
        written = list(csv.reader(stream))
    assert [row[0] for row in written[1:]] == ["6", "7"]  # every row of the rejected sale
    assert (
        written[1][-1]
        == written[2][-1]
        == "the sale is not imported: row 6: Quantity: “كثير” is not a number"
    )


def test_totals_are_the_sales_service_s(crm: Crm) -> None:
    ids = products(crm)
    omar = crm.contacts.create(ContactInput(given_name="Omar")).value
    rows = [["S-1", "2026-03-05", "Omar", "TEA-01", "", "1.5", "", "12.5%", ""],
            ["S-1", "", "", "", "Delivery", "1", "7.3333", "", ""]]  # fmt: skip
    report = run_rows(crm, rows)
    assert report.rejected == 1  # 7.3333 has more places than riyals
    rows[1][6] = "7.33"
    run_rows(crm, rows)
    imported = crm.sales.list().items[0]
    typed = crm.sales.create(
        SaleInput(
            contact_id=omar.id,
            lines=[
                SaleLineInput(product_id=ids["tea"], quantity="1.5", discount_pct="12.5"),
                SaleLineInput(description="Delivery", unit_price="7.33"),
            ],
        )
    ).value
    assert (imported.total_minor, imported.cost_minor, imported.base_total_minor) == (
        typed.total_minor,
        typed.cost_minor,
        typed.base_total_minor,
    )


def test_lines_of_one_sale_need_not_be_together(crm: Crm) -> None:
    crm.contacts.create(ContactInput(given_name="Omar"))
    crm.contacts.create(ContactInput(given_name="Leyla"))
    rows = [
        ["S-1", "2026-03-01", "Omar", "", "Tea", "1", "10", "", ""],
        ["S-2", "2026-03-01", "Leyla", "", "Cup", "1", "5", "", ""],
        ["s-1", "", "", "", "Sugar", "2", "3", "", ""],  # the same sale, its number in another case
        ["", "", "", "", "Spoon", "1", "1", "", ""],  # a blank number: the sale of the row above
        ["S-2", "", "", "", "Saucer", "1", "4", "", ""],
    ]
    report = run_rows(crm, rows)
    assert (report.created, report.rejected) == (2, 0)
    lines = sales_by_number(crm)
    assert [line[0] for line in lines["S-1"]] == ["Tea", "Sugar", "Spoon"]
    assert [line[0] for line in lines["S-2"]] == ["Cup", "Saucer"]
    report = dry_rows(crm, [["", "2026-03-01", "Omar", "", "Tea", "1", "10", "", ""]])
    assert report.rows[0].reason == "the sale number is empty (the rows of one sale share its number)"


def test_a_sale_with_one_bad_line_is_rejected_whole(crm: Crm) -> None:
    crm.contacts.create(ContactInput(given_name="Omar"))
    rows = [
        ["S-1", "2026-03-01", "Omar", "", "Tea", "1", "10", "", ""],
        ["S-1", "", "", "", "Cup", "1", "", "", ""],  # no product, no price
        ["S-2", "2026-03-01", "Omar", "", "Tea", "1", "10", "", ""],
        ["S-3", "someday", "Omar", "", "Tea", "1", "10", "", ""],
        ["S-4", "2026-03-01", "Omar", "", "Tea", "1", "ten", "", ""],
        ["S-5", "2026-03-01", "Omar", "", "Tea", "0", "10", "", ""],
        ["S-6", "2026-03-01", "Omar", "", "Tea", "1", "10", "120", ""],
        ["S-7", "2026-03-01", "Omar", "", "Tea", "1", "10", "", ""],
        ["S-7", "2026-03-02", "Omar", "", "Cup", "1", "10", "", ""],
        ["S-8", "2026-03-01", "", "", "Tea", "1", "10", "", ""],
    ]
    report = dry_rows(crm, rows)
    verdicts = {row.number: (row.action, row.reason) for row in report.rows}
    assert verdicts == {
        2: (REJECT, "the sale is not imported: row 3: Unit price: A line without a product needs a price."),
        4: (CREATE, ""),
        5: (REJECT, "the sale is not imported: Date: “someday” is not a date"),
        6: (REJECT, "the sale is not imported: row 6: Unit price: “ten” is not an amount"),
        7: (REJECT, "the sale is not imported: row 7: Quantity: A quantity must be more than zero."),
        8: (REJECT, "the sale is not imported: row 8: Discount %: A percentage is between 0 and 100."),
        9: (REJECT, "the sale is not imported: "
                    "row 10: Date: “2026-03-02” here, “2026-03-01” in row 9: one sale has one"),
        11: (REJECT, "the sale is not imported: Contact: A sale belongs to a contact or a company."),
    }  # fmt: skip
    report = run_rows(crm, rows)
    assert (report.created, report.rejected) == (1, 7)
    assert list(sales_by_number(crm)) == ["S-2"]


def test_an_unreadable_row_rejects_the_sales_around_it(crm: Crm, tmp_path: Path) -> None:
    crm.contacts.create(ContactInput(given_name="Omar"))
    source = tmp_path / "sales.csv"
    source.write_text(
        "Invoice,Date,Customer,Item,Qty,Price\n"
        "S-1,2026-03-01,Omar,Tea,1,10\n"
        'S-1,2026-03-01,Omar,"Cup,1,5\n'
        "S-2,2026-03-01,Omar,Tea,1,10\n"
        "S-3,2026-03-01,Omar,Tea,1,10\n",
        encoding="utf-8",
    )
    with read_table(source) as table:
        options = ImportOptions("sales", guess_mapping(table.headers, "sales"), match="number")
        report = crm.imports.dry_run(table, options)
    verdicts = {row.number: (row.action, row.reason) for row in report.rows}
    assert verdicts[2] == (
        REJECT,
        "row 3 beside this sale's rows could not be read and may be one of its lines",
    )
    assert verdicts[3] == (REJECT, "a quote is not closed")
    assert verdicts[4][0] == REJECT and verdicts[5] == (CREATE, "")


def test_upsert_by_number_replaces_the_lines_instead_of_duplicating(crm: Crm) -> None:
    products(crm)
    crm.companies.create(CompanyInput(name="Kaya Ltd"))
    rows = [["INV-1", "2026-03-01", "Kaya Ltd", "TEA-01", "", "2", "", "", ""],
            ["INV-1", "", "", "CUP-03", "", "1", "", "", ""]]  # fmt: skip
    run_rows(crm, rows)
    changed = [["inv-1", "2026-03-01", "Kaya Ltd", "TEA-01", "", "3", "", "", ""],
               ["INV-1", "", "", "CUP-03", "", "1", "", "", ""]]  # fmt: skip
    verdict = dry_rows(crm, changed).rows[0]
    assert verdict.action == UPDATE
    assert verdict.changes == {"lines": (2, 2), "total": ("30.00", "42.50")}
    report = run_rows(crm, changed)
    assert (report.created, report.updated) == (0, 1)
    assert len(crm.sales.list().items) == 1
    assert [line[1] for line in sales_by_number(crm)["INV-1"]] == [Decimal(3), Decimal(1)]
    assert crm.sales.list().items[0].total_minor == 4250
    report = run_rows(crm, changed)
    assert (report.updated, report.skipped) == (0, 1)
    assert dry_rows(crm, changed, mode="create").rows[0].reason == "already saved"
    assert dry_rows(crm, [["INV-9", "2026-03-01", "Kaya Ltd", "TEA-01", "", "1", "", "", ""]],
                    mode="update").rows[0].action == SKIP  # fmt: skip


def test_a_sale_in_another_currency(crm: Crm) -> None:
    crm.contacts.create(ContactInput(given_name="Omar"))
    rows = [["S-1", "2026-03-01", "Omar", "", "Tea", "2", "$10.00", "", ""],
            ["S-1", "", "", "", "Cup", "1", "5", "", ""],
            ["S-2", "2026-03-01", "Omar", "", "Tea", "1", "$10", "", ""],
            ["S-2", "", "", "", "Cup", "1", "5 €", "", ""]]  # fmt: skip
    report = run_rows(crm, rows)
    assert (report.created, report.rejected) == (1, 1)
    sale = crm.sales.list().items[0]
    assert (sale.currency, sale.total_minor, sale.base_total_minor) == ("USD", 2500, 9375)
    reason = dry_rows(crm, rows[2:]).rows[0].reason
    assert reason == "the sale is not imported: Currency: the amounts are in different currencies (EUR, USD)"


def test_undo_of_sales_created_and_updated(crm: Crm) -> None:
    products(crm)
    crm.contacts.create(ContactInput(given_name="Omar"))
    run_rows(crm, [["INV-1", "2026-03-01", "Omar", "TEA-01", "", "2", "", "", ""]])
    saved = crm.sales.list().items[0]
    rows = [["INV-1", "2026-03-02", "Omar", "TEA-01", "", "5", "", "", ""],
            ["INV-1", "", "", "CUP-03", "", "1", "", "", ""],
            ["INV-2", "2026-03-02", "Nour Trading", "CUP-03", "", "4", "", "", ""]]  # fmt: skip
    report = run_rows(crm, rows)
    assert (report.created, report.updated) == (1, 1) and report.batch is not None
    crm.imports.undo(report.batch)
    assert list(sales_by_number(crm)) == ["INV-1"]
    back = crm.sales.get(saved.id)
    assert (str(back.sold_on), back.total_minor) == ("2026-03-01", 2500)
    assert sales_by_number(crm)["INV-1"] == [("شاي أخضر", Decimal(2), 1250, 2500)]
    assert [c.name for c in crm.companies.list().items] == []  # Nour Trading came with the import
    with crm.db.read() as session:
        from sqlalchemy import text

        live_lines = session.execute(
            text("SELECT count(*) FROM sale_lines WHERE deleted_at IS NULL")
        ).scalar()
    assert live_lines == 1  # the deleted sale's lines went with it


def test_a_head_row_and_line_rows(crm: Crm) -> None:
    """Some programs write an invoice's own columns on a row of their own, its lines under it."""
    headers = ["Order No", "Order Date", "Client", "Client Email", "Notes", "Product", "Quantity", "Price"]
    rows = [
        ["77", "2026-03-09", "Leyla Demir", "leyla@example.com", "gift wrap", "", "", ""],
        ["77", "", "", "", "", "Tea", "1", "10"],
        ["77", "", "", "", "", "Cup", "2", "5"],
    ]
    report = run_rows(crm, rows, headers)
    assert report.created == 1
    sale = crm.sales.list().items[0]
    leyla = crm.contacts.get(sale.contact_id or "")
    assert (sale.number, sale.notes, sale.total_minor, leyla.display_name) == (
        "77",
        "gift wrap",
        2000,
        "Leyla Demir",
    )


def test_cancel_saves_nothing(crm: Crm) -> None:
    rows = [
        [f"S-{n // 2}", "2026-03-01", f"Customer {n // 2}", "", "Tea", "1", "10", "", ""] for n in range(600)
    ]

    def stop_at_first_report(done: int) -> bool:
        return done < 200

    options = ImportOptions("sales", guess_mapping(HEADERS, "sales"), match="number")
    with pytest.raises(Cancelled, match="nothing was saved"):
        crm.imports.run(
            Table("csv", HEADERS, iter(rows)), options, file_name="big.csv", progress=stop_at_first_report
        )
    assert crm.sales.list().items == [] and crm.contacts.list().items == []
    assert crm.imports.batches() == []
