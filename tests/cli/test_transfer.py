"""``crm import`` and ``crm export``: files in and out, dry runs, --map, undo, list."""

from __future__ import annotations

from pathlib import Path

from tests.cli.runner import CrmRunner

OUTLOOK = (
    "First Name,Last Name,E-mail Address,Mobile Phone,Company,Business City,Shoe Size\n"
    "Omar,Haddad,omar@example.com,0501234567,Kaya Ltd,Riyadh,44\n"
    "Leyla,Demir,leyla@,,,Istanbul,38\n"
    "Ali,,ali@example.com,,Kaya Ltd,Jeddah,42\n"
)


def test_import_prints_the_counts_as_json_and_writes_the_rejects(crm_cli: CrmRunner, tmp_path: Path) -> None:
    source = tmp_path / "outlook.csv"
    source.write_text(OUTLOOK, encoding="utf-8")
    data = crm_cli.json("import", str(source))
    assert {k: data[k] for k in ("created", "updated", "skipped", "rejected")} == {
        "created": 2,
        "updated": 0,
        "skipped": 0,
        "rejected": 1,
    }
    assert data["rejects_file"] == str(tmp_path / "outlook.rejects.csv")
    assert "leyla@" in Path(data["rejects_file"]).read_text(encoding="utf-8-sig")
    assert data["mapping"]["Shoe Size"] is None and data["mapping"]["Business City"] == "city"
    listed = crm_cli.json("import", "list")
    assert [batch["id"] for batch in listed] == [data["batch"]]
    text = crm_cli.ok("import", "undo", data["batch"]).out
    assert "2 new records deleted" in text
    again = crm_cli("import", "undo", data["batch"])
    assert again.code != 0 and "undone already" in again.err


def test_a_dry_run_with_a_mapping_given(crm_cli: CrmRunner, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text(OUTLOOK, encoding="utf-8")
    result = crm_cli.ok("import", str(source), "--dry-run", "--map", "Business City=", "--map", "7=notes")
    assert "row 2: create" in result.out and "row 3: reject" in result.out
    assert "A dry run: nothing was saved." in result.out
    assert "Left out: Business City" in result.out
    assert crm_cli.json("contact", "list") == []
    data = crm_cli.json("import", str(source), "--dry-run", "--map", "Business City=")
    assert data["batch"] is None and [row["action"] for row in data["rows"]] == ["create", "reject", "create"]


def test_mistakes_get_a_clear_message(crm_cli: CrmRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    result = crm_cli("import", str(empty))
    assert result.code != 0 and "is empty" in result.err
    source = tmp_path / "people.csv"
    source.write_text(OUTLOOK, encoding="utf-8")
    result = crm_cli("import", str(source), "--map", "Nope=email")
    assert result.code == 2 and "no column “Nope”" in result.err
    result = crm_cli("import", str(source), "--map", "Business City=shoe")
    assert result.code == 2 and "Unknown fields: shoe" in result.err
    result = crm_cli("import", "undo")
    assert result.code == 2 and "Give the import to undo" in result.err
    result = crm_cli("import", str(tmp_path / "missing.csv"))
    assert result.code != 0 and "cannot be opened" in result.err


def test_export_by_the_file_s_name_and_a_tag(crm_cli: CrmRunner, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text("Name,Email,Tags\nOmar,omar@example.com,VIP\nAli,ali@example.com,\n", encoding="utf-8")
    crm_cli.ok("import", str(source))
    data = crm_cli.json("export", "-o", str(tmp_path / "vip.xlsx"), "--tag", "VIP")
    assert data == {"file": str(tmp_path / "vip.xlsx"), "records": 1, "format": "xlsx"}
    text = crm_cli.ok("export", "-o", str(tmp_path / "all.vcf")).out
    assert "Wrote 2 records" in text
    assert (tmp_path / "all.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 2
    result = crm_cli("export", "-o", str(tmp_path / "x.csv"), "--tag", "Nope")
    assert result.code == 2 and "There is no tag “Nope”" in result.err


def test_sales_exported_with_their_lines_import_again(crm_cli: CrmRunner, tmp_path: Path) -> None:
    source = tmp_path / "invoices.csv"
    source.write_text(
        "Invoice No,Date,Customer,Item,Qty,Unit Price,Currency\n"
        'INV-1,2026-03-01,Nour Trading,Tea,2,"1,250",USD\n'
        "INV-1,2026-03-01,Nour Trading,Refund,1,-5,USD\n",
        encoding="utf-8",
    )
    assert crm_cli.json("import", str(source), "--type", "sales")["created"] == 1
    data = crm_cli.json("export", "--type", "sales", "-o", str(tmp_path / "sales.csv"))
    assert data["records"] == 1  # the sale, written as two rows
    text = (tmp_path / "sales.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[1:] == [
        "INV-1,2026-03-01,,,Nour Trading,USD,,,Tea,2,1250.00,0%,0.00,",  # no grouping, a dot
        "INV-1,2026-03-01,,,Nour Trading,USD,,,Refund,1,-5.00,0%,0.00,",
    ]
    again = crm_cli.json("import", str(tmp_path / "sales.csv"), "--type", "sales", "--dry-run")
    assert None not in again["mapping"].values()
    assert [row["action"] for row in again["rows"]] == ["skip"]  # nothing new: it is the same sale


def test_dedupe_scan(crm_cli: CrmRunner, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text(
        "Name,Email\nOmar Haddad,omar@example.com\nOmar Hadad,omar2@example.com\n", encoding="utf-8"
    )
    crm_cli.ok("import", str(source), "--match", "email")
    assert "No likely duplicates." in crm_cli.ok("dedupe", "scan").out
    data = crm_cli.json("dedupe", "scan", "--min-score", "0.5")
    assert [pair["reasons"] for pair in data["pairs"]] == [["similar_name"]]
    assert len(data["groups"]) == 1
    text = crm_cli.ok("dedupe", "scan", "--min-score", "0.5").out
    assert "similar names" in text and "1 pairs in 1 groups." in text


def test_dedupe_merge_and_unmerge(crm_cli: CrmRunner, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text(
        "Name,Email,City\nOmar Haddad,omar@example.com,Riyadh\nOmar Hadad,o2@example.com,Jeddah\n"
    )
    crm_cli.ok("import", str(source))
    pair = crm_cli.json("dedupe", "scan", "--min-score", "0.5")["pairs"][0]
    a, b = pair["a"], pair["b"]
    city_a, city_b = (crm_cli.json("contact", "show", record)["city"] for record in (a, b))
    info = crm_cli.json("dedupe", "merge", a, b, "--take", "city=B")
    assert (info["kept_id"], info["merged_id"]) == (a, b)
    assert crm_cli.json("contact", "show", a)["city"] == city_b
    assert crm_cli.json("contact", "show", b)["deleted_at"] is not None  # in the bin
    text = crm_cli.ok("dedupe", "unmerge", info["id"]).out
    assert "again" in text
    assert crm_cli.json("contact", "show", a)["city"] == city_a
    again = crm_cli("dedupe", "unmerge", info["id"])
    assert again.code != 0 and "undone already" in again.err
    wrong = crm_cli("dedupe", "merge", a, b, "--take", "city=C")
    assert wrong.code == 2 and "field=A or field=B" in wrong.err
