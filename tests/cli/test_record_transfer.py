"""``crm import --type deals|products|sales``: counts as JSON, rejects, dry runs and undo."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.cli.runner import CrmRunner

KEYS = ("batch", "created", "updated", "skipped", "rejected", "rejects_file")

PRODUCTS = "SKU,Product Name,Unit price,Cost,VAT %\nTEA-01,Green tea,12.50,8,15\nCUP-03,Cup,5,abc,15\n"
SALES = (
    "Invoice No,Date,Customer,SKU,Item,Qty,Unit Price,Line Total\n"
    "INV-1,2026-03-01,Omar Haddad,TEA-01,,2,,25.00\n"
    "INV-1,2026-03-01,Omar Haddad,,Gift box,1,15,15.00\n"
    "INV-2,2026-03-02,Kaya Ltd,TEA-01,,two,,\n"
    "INV-2,2026-03-02,Kaya Ltd,,Gift box,1,15,15.00\n"
)
DEALS = 'Deal Name,Organization,Stage,Value\nWebsite,Kaya Ltd,Proposal,"10,000"\nShop,Atlas,Signed,500\n'


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_products_then_sales_as_json(crm_cli: CrmRunner, tmp_path: Path) -> None:
    products = write(tmp_path, "products.csv", PRODUCTS)
    data = crm_cli.json("import", str(products), "--type", "products")
    assert {key: data[key] for key in KEYS[1:]} == {
        "created": 1, "updated": 0, "skipped": 0, "rejected": 1,
        "rejects_file": str(tmp_path / "products.rejects.csv"),
    }  # fmt: skip
    assert data["batch"] and data["mapping"]["Cost"] == "unit_cost"
    sales = write(tmp_path, "sales.csv", SALES)
    data = crm_cli.json("import", str(sales), "--type", "sales")
    assert set(KEYS) <= set(data)
    assert (data["created"], data["rejected"]) == (1, 1)
    with Path(data["rejects_file"]).open(encoding="utf-8-sig") as stream:
        rows = list(csv.reader(stream))
    assert [row[0] for row in rows[1:]] == ["4", "5"]  # both rows of the refused invoice
    assert rows[1][-1] == "the sale is not imported: row 4: Quantity: “two” is not a number"
    listed = crm_cli.json("sale", "list")
    assert [(sale["number"], sale["total_minor"]) for sale in listed] == [("INV-1", 4000)]
    again = crm_cli.json("import", str(sales), "--type", "sales")
    assert (again["created"], again["skipped"], again["rejected"]) == (0, 1, 1)  # upsert by number
    crm_cli.ok("import", "undo", data["batch"])
    assert crm_cli.json("sale", "list") == []


def test_deals_dry_run_and_a_match_key_of_another_kind(crm_cli: CrmRunner, tmp_path: Path) -> None:
    deals = write(tmp_path, "deals.csv", DEALS)
    result = crm_cli.ok("import", str(deals), "--type", "deals", "--dry-run")
    assert "row 2: create" in result.out and "row 3: reject (Stage: there is no stage “Signed”" in result.out
    assert crm_cli.json("deal", "list") == []
    data = crm_cli.json("import", str(deals), "--type", "deals", "--dry-run")
    assert data["batch"] is None and [row["action"] for row in data["rows"]] == ["create", "reject"]
    assert data["rows"][0]["changes"]["stage_id"] == [None, "Proposal"]
    result = crm_cli("import", str(deals), "--type", "deals", "--match", "email")
    assert result.code == 2 and "These records are matched by Title and customer." in result.err
