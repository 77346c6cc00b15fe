"""Importing products and deals: headers in four languages, amounts as people write them,
matching and modes, customers found or made, stages by name, rejects and undo."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from crm_desktop.domain.models import Stage
from crm_desktop.services.crm import Crm
from crm_desktop.services.custom_fields import CustomFieldInput
from crm_desktop.services.imports import CREATE, REJECT, SKIP, UPDATE, ImportOptions, ImportReport
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.sales import ProductInput
from crm_desktop.transfer.fields import guess_mapping
from crm_desktop.transfer.reading import Table, read_table
from tests.services.helpers import query_all


def run_file(
    crm: Crm, path: Path, entity: str, match: str, mode: str = "upsert", *, dry: bool = False
) -> ImportReport:
    with read_table(path) as table:
        mapping = guess_mapping(table.headers, entity, crm.imports.custom_fields(entity))
        options = ImportOptions(entity, mapping, match=match, mode=mode)
        if dry:
            return crm.imports.dry_run(table, options)
        rejects = path.with_name(path.stem + ".rejects.csv")
        return crm.imports.run(table, options, file_name=path.name, rejects_to=rejects)


def run_rows(
    crm: Crm, entity: str, match: str, headers: list[str], rows: list[list[str]], mode: str = "upsert"
) -> ImportReport:
    options = ImportOptions(entity, guess_mapping(headers, entity, crm.imports.custom_fields(entity)),
                            match=match, mode=mode)  # fmt: skip
    return crm.imports.run(Table("csv", headers, iter(rows)), options, file_name="rows.csv")


def dry_rows(
    crm: Crm, entity: str, match: str, headers: list[str], rows: list[list[str]], mode: str = "upsert"
) -> ImportReport:
    options = ImportOptions(entity, guess_mapping(headers, entity, crm.imports.custom_fields(entity)),
                            match=match, mode=mode)  # fmt: skip
    return crm.imports.dry_run(Table("csv", headers, iter(rows)), options)


def rejected(path: Path) -> dict[str, str]:
    """Row number -> reason, from an import's rejects file."""
    with path.open(encoding="utf-8-sig") as stream:
        return {row[0]: row[-1] for row in list(csv.reader(stream))[1:]}


# --- products ----------------------------------------------------------------------------------

# what Excel's "CSV UTF-8" writes from an Arabic sheet: a BOM, semicolons, the sheet's own digits
ARABIC_PRODUCTS = (
    "\ufeffرمز المنتج;اسم المنتج;الوصف;السعر;التكلفة;الضريبة;نشط\n"
    "TEA-01;شاي أخضر;علبة ١٠٠ غرام;١٬٢٥٠٫٥٠ ر.س;٩٠٠;١٥٪;نعم\n"
    'COF-02;قهوة عربية;;"45,75";30;15%;لا\n'
    "CUP-03;فنجان;;عشرة;5;15;نعم\n"
    "DATE-04;تمر;;60;40;عشرون;نعم\n"
    "BAG-05;كيس;;5;2;0;ربما\n"
)


def test_a_products_sheet_with_arabic_headers(crm: Crm, tmp_path: Path) -> None:
    source = tmp_path / "منتجات.csv"
    source.write_text(ARABIC_PRODUCTS, encoding="utf-8")
    report = run_file(crm, source, "products", "sku")
    assert (report.created, report.rejected) == (2, 3)
    tea = crm.products.by_sku("TEA-01")
    assert tea is not None
    assert (tea.name, tea.description, tea.currency) == ("شاي أخضر", "علبة ١٠٠ غرام", "SAR")
    assert (tea.unit_price_minor, tea.unit_cost_minor, tea.tax_bp, tea.active) == (125050, 90000, 1500, True)
    coffee = crm.products.by_sku("COF-02")
    assert coffee is not None and (coffee.unit_price_minor, coffee.active) == (4575, False)
    reasons = rejected(Path(report.rejects_file))
    assert reasons["4"] == "Unit price: “عشرة” is not an amount"
    assert reasons["5"] == "Tax %: “عشرون” is not a percentage"
    assert reasons["6"] == "Active: “ربما” is not yes or no"


def test_upsert_by_sku_updates_instead_of_duplicating(crm: Crm) -> None:
    headers = ["SKU", "Name", "Price", "Cost"]
    run_rows(crm, "products", "sku", headers, [["TEA-01", "Green tea", "12.50", "9"]])
    again = [["tea-01", "", "14", ""], ["CUP-03", "Cup", "5", "2"]]
    verdicts = dry_rows(crm, "products", "sku", headers, again).rows
    assert [(row.action, row.changes) for row in verdicts[:1]] == [
        (UPDATE, {"unit_price": ("12.50", "14.00")})
    ]
    assert verdicts[1].action == CREATE
    report = run_rows(crm, "products", "sku", headers, again)
    assert (report.created, report.updated) == (1, 1)
    products = {p.sku: p for p in crm.products.list().items}
    assert sorted(products) == ["CUP-03", "TEA-01"]
    assert (products["TEA-01"].name, products["TEA-01"].unit_price_minor) == ("Green tea", 1400)
    assert products["TEA-01"].unit_cost_minor == 900  # an empty cell never blanks a field
    report = run_rows(crm, "products", "sku", headers, again)
    assert (report.updated, report.skipped) == (0, 2)
    assert dry_rows(crm, "products", "sku", headers, again).rows[0].reason == "nothing new"


def test_modes_and_the_same_product_twice_in_one_file(crm: Crm) -> None:
    crm.products.create(ProductInput(sku="TEA-01", name="Tea", unit_price="10"))
    headers = ["SKU", "Name", "Price"]
    rows = [["TEA-01", "Tea", "11"], ["NEW-1", "Spoon", "3"], ["NEW-1", "Spoon", "4"]]
    assert [r.action for r in dry_rows(crm, "products", "sku", headers, rows, "create").rows] == [
        SKIP,
        CREATE,
        SKIP,
    ]
    assert dry_rows(crm, "products", "sku", headers, rows, "create").rows[2].reason == "the same as row 3"
    assert [r.action for r in dry_rows(crm, "products", "sku", headers, rows, "update").rows] == [
        UPDATE,
        SKIP,
        SKIP,
    ]
    assert [r.action for r in dry_rows(crm, "products", "sku", headers, rows).rows] == [
        UPDATE,
        CREATE,
        UPDATE,
    ]
    assert [p.sku for p in crm.products.list().items] == ["TEA-01"]  # a dry run saves nothing


def test_products_matched_by_name_and_a_code_another_has(crm: Crm) -> None:
    crm.products.create(ProductInput(sku="A-1", name="Green Tea", unit_price="10"))
    crm.products.create(ProductInput(sku="B-2", name="Coffee", unit_price="20"))
    headers = ["Product", "Code", "Price"]
    report = dry_rows(crm, "products", "name", headers, [["GREEN TEA", "", "11"], ["Coffee", "A-1", "20"]])
    assert report.rows[0].action == UPDATE
    assert report.rows[1].action == REJECT
    assert report.rows[1].reason == "SKU: Another product already has the code A-1."


def test_amounts_in_another_currency(crm: Crm) -> None:
    headers = ["SKU", "Name", "Price", "Cost", "Currency"]
    report = run_rows(crm, "products", "sku", headers, [
        ["U-1", "Import", "$12.50", "$8", ""],
        ["E-1", "Euro", "12,50 €", "8", ""],
        ["X-1", "Clash", "USD 12", "", "EUR"],
        ["X-2", "Mixed", "USD 12", "8 €", ""],
        ["X-3", "Riyal", "15 ريال", "", "KWD"],
    ])  # fmt: skip
    assert (report.created, report.rejected) == (2, 3)
    usd = crm.products.by_sku("U-1")
    euro = crm.products.by_sku("E-1")
    assert usd is not None and (usd.currency, usd.unit_price_minor, usd.unit_cost_minor) == ("USD", 1250, 800)
    assert euro is not None and (euro.currency, euro.unit_cost_minor) == ("EUR", 800)
    reasons = [r.reason for r in dry_rows(crm, "products", "sku", headers, [
        ["X-1", "Clash", "USD 12", "", "EUR"], ["X-2", "Mixed", "USD 12", "8 €", ""],
        ["X-4", "Fils", "1.2345", "", "KWD"],
    ]).rows]  # fmt: skip
    assert reasons[0] == "Unit price: the amount is in USD, the currency column says EUR"
    assert reasons[1] == "Currency: the amounts are in different currencies (EUR, USD)"
    assert reasons[2] == "Unit price: KWD amounts have at most 3 decimal places."


def test_a_new_currency_needs_the_price_in_it(crm: Crm) -> None:
    crm.products.create(ProductInput(sku="T-1", name="Tea", unit_price="10", unit_cost="6"))
    headers = ["SKU", "Currency", "Price"]
    rows = [["T-1", "USD", ""], ["T-1", "USD", "3"], ["T-1", "USD", "10.00"]]
    report = dry_rows(crm, "products", "sku", headers, rows)
    assert report.rows[0].reason == "Unit price: give it in USD too: the product's currency changes; " \
        "Unit cost: give it in USD too: the product's currency changes"  # fmt: skip
    assert report.rows[1].reason == "Unit cost: give it in USD too: the product's currency changes"
    run_rows(crm, "products", "sku", [*headers, "Cost"], [["T-1", "USD", "10.00", "6"]])  # the same figures
    tea = crm.products.by_sku("T-1")
    assert tea is not None and (tea.currency, tea.unit_price_minor, tea.unit_cost_minor) == ("USD", 1000, 600)


def test_undo_of_products_created_and_updated(crm: Crm) -> None:
    saved = crm.products.create(ProductInput(sku="T-1", name="Tea", unit_price="10", tax_pct="5")).value
    headers = ["SKU", "Name", "Price", "Tax"]
    report = run_rows(crm, "products", "sku", headers, [["T-1", "Tea", "12", "15"], ["C-1", "Cup", "3", ""]])
    assert (report.created, report.updated) == (1, 1) and report.batch is not None
    crm.products.update(saved.id, ProductInput(tax_pct="7"))  # someone's edit after the import
    crm.imports.undo(report.batch)
    assert [p.sku for p in crm.products.list().items] == ["T-1"]
    tea = crm.products.get(saved.id)
    assert (tea.unit_price_minor, tea.tax_bp) == (1000, 700)  # the price back, the later edit kept


# --- deals -------------------------------------------------------------------------------------

DEAL_HEADERS = ["Deal Name", "Organization", "Contact Person", "Email", "Stage", "Value", "Probability",
                "Expected Close Date", "Lost Reason", "Tags"]  # fmt: skip


def stage_names(crm: Crm) -> dict[str, str]:
    pipeline = crm.pipelines.default()
    return {stage.id: stage.name for stage in crm.pipelines.stages(pipeline.id)}


def test_deals_with_stages_by_name(crm: Crm) -> None:
    kaya = crm.companies.create(CompanyInput(name="Kaya Ltd")).value
    omar = crm.contacts.create(
        ContactInput(given_name="Omar", family_name="Haddad", emails=["omar@example.com"])
    ).value
    rows = [
        ["Website", "KAYA LTD", "", "", "proposal", "SAR 10,000", "60%", "2026-05-01", "", "web; VIP"],
        ["Shop fit-out", "", "Someone Else", "omar@example.com", "", "7.500,50", "", "01/06/2026", "", ""],
        ["Annual order", "Atlas Trading", "Leyla Demir", "leyla@example.com", "Won", "$2,000", "", "", "",
         ""],
    ]  # fmt: skip
    report = run_rows(crm, "deals", "title", DEAL_HEADERS, rows)
    assert (report.created, report.rejected) == (3, 0)
    deals = {d.title: d for d in crm.deals.list().items}
    stages = stage_names(crm)
    website, shop, annual = deals["Website"], deals["Shop fit-out"], deals["Annual order"]
    assert (website.company_id, stages[website.stage_id], website.amount_minor) == (
        kaya.id,
        "Proposal",
        1000000,
    )
    assert (website.probability_override, str(website.expected_close)) == (60, "2026-05-01")
    assert crm.tags.names_for([website.id])[website.id] == ["VIP", "web"]
    assert (shop.contact_id, stages[shop.stage_id], shop.amount_minor) == (omar.id, "New", 750050)  # by email
    assert str(shop.expected_close) == "2026-06-01"
    assert (annual.currency, annual.amount_minor, stages[annual.stage_id]) == ("USD", 200000, "Won")
    assert annual.base_amount_minor == 750000  # at the settings' rate, 3.75
    atlas = crm.companies.get(annual.company_id or "")
    leyla = crm.contacts.get(annual.contact_id or "")
    assert (atlas.name, leyla.display_name, leyla.company_id) == ("Atlas Trading", "Leyla Demir", atlas.id)
    assert crm.contacts.contact_points([leyla.id])[leyla.id].emails == ("leyla@example.com",)


def test_unknown_stages_and_pipelines_name_the_known_ones(crm: Crm) -> None:
    headers = ["Title", "Pipeline", "Stage", "Amount"]
    rows = [["A", "", "Signed", "1"], ["B", "Wholesale", "", "1"], ["C", "sales", "NEGOTIATION", "1"]]
    report = dry_rows(crm, "deals", "title", headers, rows)
    assert report.rows[0].reason == (
        "Stage: there is no stage “Signed” in Sales "
        "(its stages: New, Qualified, Proposal, Negotiation, Won, Lost)"
    )
    assert report.rows[1].reason == "Pipeline: there is no pipeline “Wholesale” (the pipelines: Sales)"
    assert report.rows[2].action == CREATE


def test_a_lost_deal_needs_its_reason(crm: Crm) -> None:
    headers = ["Title", "Stage", "Lost reason"]
    report = run_rows(crm, "deals", "title", headers, [["A", "Lost", ""], ["B", "Lost", "Too expensive"]])
    assert (report.created, report.rejected) == (1, 1)
    assert crm.deals.list().items[0].lost_reason == "Too expensive"


def test_bad_amounts_dates_and_probabilities_are_rejected(crm: Crm) -> None:
    headers = ["Title", "Amount", "Close date", "Probability", "Currency"]
    rows = [
        ["A", "ten thousand", "", "", ""],
        ["B", "100", "someday", "", ""],
        ["C", "100", "", "150%", ""],
        ["D", "100", "", "", "Dinars"],
        ["E", "-5", "", "", ""],
        ["F", "100", "31/04/2026", "", ""],
    ]
    reasons = [row.reason for row in dry_rows(crm, "deals", "title", headers, rows).rows]
    assert reasons == [
        "Amount: “ten thousand” is not an amount",
        "Expected close: “someday” is not a date",
        "Probability %: A percentage is between 0 and 100.",
        "Currency: “Dinars” is not a currency code (like EUR, SAR, TRY).",
        "Amount: An amount cannot be negative.",
        "Expected close: “31/04/2026” is not a date",
    ]


def test_hijri_and_jalali_dates_in_the_business_calendar(crm: Crm) -> None:
    headers = ["Title", "Close date"]
    rows = [["A", "1447/09/01"]]
    assert dry_rows(crm, "deals", "title", headers, rows).rows[0].reason == (
        "Expected close: “1447/09/01” looks like a Hijri or Jalali date: "
        "choose that calendar in the settings to import it"
    )
    crm.settings.update(calendar="jalali")
    run_rows(crm, "deals", "title", headers, [["Jalali", "۱۴۰۵/۰۲/۳۱"]])  # 31 Ordibehesht: no Gregorian day
    crm.settings.update(calendar="hijri")
    run_rows(crm, "deals", "title", headers, [["Hijri", "01/09/1447"]])
    closes = {d.title: str(d.expected_close) for d in crm.deals.list().items}
    assert closes == {"Jalali": "2026-05-21", "Hijri": "2026-02-18"}


def test_deals_match_by_title_and_customer(crm: Crm) -> None:
    kaya = crm.companies.create(CompanyInput(name="Kaya Ltd")).value
    atlas = crm.companies.create(CompanyInput(name="Atlas")).value
    omar = crm.contacts.create(
        ContactInput(given_name="Omar", company_id=kaya.id, emails=["omar@example.com"])
    ).value
    crm.deals.create(DealInput(title="Website", company_id=kaya.id, contact_id=omar.id, amount="100"))
    crm.deals.create(DealInput(title="Website", company_id=atlas.id, amount="200"))
    headers = ["Title", "Company", "Email", "Amount"]
    rows = [
        ["website", "Kaya Ltd", "", "150"],  # Kaya's
        ["Website", "", "omar@example.com", "100"],  # Kaya's too, by its contact: nothing new
        ["Website", "Atlas", "", "250"],  # Atlas's
        ["Website", "Nova", "", "50"],  # another customer: another deal
        ["Website", "", "", "10"],  # no customer: none of theirs
    ]
    verdicts = dry_rows(crm, "deals", "title", headers, rows).rows
    assert [(row.action, row.reason) for row in verdicts] == [
        (UPDATE, ""), (UPDATE, ""), (UPDATE, ""), (CREATE, ""), (CREATE, ""),
    ]  # fmt: skip
    assert verdicts[0].changes == {"amount": ("100.00", "150.00")}
    assert verdicts[1].changes == {"amount": ("150.00", "100.00")}  # after row 2's update, as a run would
    report = run_rows(crm, "deals", "title", headers, rows)
    assert (report.created, report.updated) == (2, 3)
    assert sorted(d.amount_minor for d in crm.deals.list().items) == [1000, 5000, 10000, 25000]


def test_how_customers_are_found_or_made(crm: Crm) -> None:
    crm.contacts.create(ContactInput(given_name="Ali", family_name="Hassan", emails=["ali1@example.com"]))
    crm.contacts.create(ContactInput(given_name="Ali", family_name="Hassan", emails=["ali2@example.com"]))
    headers = ["Title", "Customer", "Contact", "Email"]
    rows = [
        ["A", "", "Ali Hassan", ""],
        ["B", "", "Ali Hassan", "ali2@example.com"],
        ["C", "", "", "nobody@example.com"],
        ["D", "Nour Trading", "", ""],
        ["E", "شركة النور", "", ""],
        ["F", "Zahra Rezaei", "", ""],
        ["G", "", "", "not-an-email"],
    ]
    report = dry_rows(crm, "deals", "title", headers, rows)
    assert [row.action for row in report.rows] == [REJECT, CREATE, REJECT, CREATE, CREATE, CREATE, REJECT]
    assert (
        report.rows[0].reason
        == "Contact: 2 contacts are named “Ali Hassan”; add their email to tell them apart"
    )
    assert report.rows[2].reason == (
        "Contact email: no contact has the email nobody@example.com; "
        "add the contact's name to the row to add them"
    )
    assert report.rows[6].reason == "Contact email: “not-an-email” is not an email address."
    run_rows(crm, "deals", "title", headers, rows)
    assert sorted(c.name for c in crm.companies.list().items) == ["Nour Trading", "شركة النور"]
    assert "Zahra Rezaei" in {c.display_name for c in crm.contacts.list().items}


def test_a_namesake_at_another_company_is_someone_else(crm: Crm) -> None:
    kaya = crm.companies.create(CompanyInput(name="Kaya")).value.id
    nour = crm.companies.create(CompanyInput(name="Nour Trading")).value.id
    at_kaya = crm.contacts.create(
        ContactInput(given_name="Ali", family_name="Haddad", company_id=kaya)
    ).value.id
    alone = crm.contacts.create(ContactInput(given_name="Leyla", family_name="Demir")).value.id
    headers = ["Title", "Contact", "Company"]
    rows = [
        ["A", "Ali Haddad", "Nour Trading"],
        ["B", "Ali Haddad", "Yeni Ltd"],
        ["C", "Leyla Demir", "Nour Trading"],
    ]
    run_rows(crm, "deals", "title", headers, rows)
    deals = {deal.title: deal for deal in crm.deals.list().items}
    assert deals["A"].contact_id != at_kaya and deals["A"].company_id == nour
    assert crm.contacts.get(deals["A"].contact_id).company_id == nour  # a new Ali, at Nour
    assert deals["B"].contact_id not in (at_kaya, deals["A"].contact_id)  # and one at the new company
    assert deals["C"].contact_id == alone  # a contact of no company may well be Nour's


def test_a_rejected_deal_leaves_no_customer_behind(crm: Crm) -> None:
    headers = ["Title", "Company", "Contact", "Stage"]
    report = run_rows(crm, "deals", "title", headers, [["A", "Ghost Co", "Casper", "Lost"]])  # no reason
    assert report.rejected == 1
    assert crm.companies.list().items == [] and crm.contacts.list().items == []
    logged = query_all(crm, f"SELECT count(*) FROM _import_rows WHERE batch_id = '{report.batch}'")
    assert logged == [(0,)]  # nor in the batch undo reads


def test_deal_custom_fields_and_tags_are_added(crm: Crm) -> None:
    crm.custom_fields.create(
        CustomFieldInput(entity="deal", key="po_date", label="PO date", field_type="date")
    )
    crm.custom_fields.create(CustomFieldInput(entity="deal", key="region", label="Region"))
    deal = crm.deals.create(DealInput(title="Fit-out", tags=["VIP"], custom={"region": "West"})).value
    headers = ["Title", "PO date", "Region", "Tags"]
    report = run_rows(crm, "deals", "title", headers, [["Fit-out", "12/03/2026", "", "urgent"]])
    assert report.updated == 1
    saved = crm.deals.get(deal.id)
    assert saved.custom == {"region": "West", "po_date": "2026-03-12"}
    assert crm.tags.names_for([deal.id])[deal.id] == ["urgent", "VIP"]


def test_undo_of_deals_puts_stages_customers_and_fields_back(crm: Crm) -> None:
    crm.custom_fields.create(CustomFieldInput(entity="deal", key="region", label="Region"))
    pipeline = crm.pipelines.default()
    stages = {stage.name: stage.id for stage in crm.pipelines.stages(pipeline.id)}
    lost = crm.deals.create(
        DealInput(title="Old", stage_id=stages["Lost"], lost_reason="Price", amount="10")
    ).value
    headers = ["Title", "Stage", "Value", "Region", "Company"]
    rows = [["Old", "Proposal", "20", "North", ""], ["New", "", "5", "", "Fresh Co"]]
    report = run_rows(crm, "deals", "title", headers, rows)
    assert (report.created, report.updated) == (1, 1) and report.batch is not None
    moved = crm.deals.get(lost.id)
    assert (moved.stage_id, moved.lost_reason, moved.custom) == (stages["Proposal"], "", {"region": "North"})
    crm.imports.undo(report.batch)
    back = crm.deals.get(lost.id)
    assert (back.stage_id, back.lost_reason, back.amount_minor, back.custom) == (
        stages["Lost"],
        "Price",
        1000,
        {},
    )
    assert [d.title for d in crm.deals.list().items] == ["Old"]
    assert crm.companies.list().items == []  # Fresh Co came with the import
    with crm.db.read() as session:
        assert session.get(Stage, stages["Lost"]) is not None


def test_options_for_these_records(crm: Crm) -> None:
    from crm_desktop.domain.errors import ValidationError

    headers = ["SKU", "Name"]
    with pytest.raises(ValidationError, match=r"These records are matched by SKU, Name\."):
        crm.imports.check(ImportOptions("products", ["sku", "name"], match="email"), headers)
    with pytest.raises(ValidationError, match="No column is mapped to SKU"):
        crm.imports.check(ImportOptions("products", [None, "name"], match="sku", mode="update"), headers)
    with pytest.raises(ValidationError, match="Unknown fields: email"):
        crm.imports.check(ImportOptions("products", ["sku", "email"], match="sku"), headers)
    with pytest.raises(ValidationError, match="deals, products or sales can be imported"):
        crm.imports.check(ImportOptions("tasks", ["sku", "name"], match="sku"), headers)
    assert crm.imports.custom_fields("products") == {}
