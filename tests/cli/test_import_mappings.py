"""``crm import`` with saved mappings (--save-mapping, --mapping, import mappings, delete-mapping)
and the external id as the match key."""

from __future__ import annotations

from pathlib import Path

from tests.cli.runner import CrmRunner

OLD_SYSTEM = (
    "Kunden-Nr,Vorname,Nachname,Mail,Ort\n"
    "K-1,Omar,Haddad,omar@example.com,Riyadh\n"
    "K-2,Leyla,Demir,,Istanbul\n"
)
MAPS = [
    "--map",
    "Vorname=given_name",
    "--map",
    "Nachname=family_name",
    "--map",
    "Mail=email",
    "--map",
    "Ort=city",
]


def test_save_a_mapping_and_import_the_next_export_with_it(crm_cli: CrmRunner, tmp_path: Path) -> None:
    first = tmp_path / "january.csv"
    first.write_text(OLD_SYSTEM, encoding="utf-8")
    text = crm_cli.ok(
        "import", str(first), *MAPS, "--map", "Kunden-Nr=external_id", "--match", "external_id",
        "--save-mapping", "Old system",
    ).out  # fmt: skip
    assert "The columns are saved as the mapping “Old system”" in text
    listed = crm_cli.json("import", "mappings")
    assert [(m["name"], m["entity"]) for m in listed] == [("Old system", "contacts")]
    assert listed[0]["columns"] == {
        "Kunden-Nr": "external_id", "Vorname": "given_name", "Nachname": "family_name", "Mail": "email",
        "Ort": "city",
    }  # fmt: skip
    table = crm_cli.ok("import", "mappings").out
    assert "Old system" in table and "contacts" in table

    # next month: columns moved, one added; Omar moved to Jeddah and lost his email column
    second = tmp_path / "february.csv"
    second.write_text("Ort,Kunden-Nr,Vorname,Telefon\nJeddah,K-1,Omar,0501234567\n", encoding="utf-8")
    data = crm_cli.json("import", str(second), "--mapping", "old SYSTEM", "--match", "external_id")
    assert data["mapping"] == {
        "Ort": "city",
        "Kunden-Nr": "external_id",
        "Vorname": "given_name",
        "Telefon": "phone",
    }
    assert (data["created"], data["updated"]) == (0, 1)
    people = {c["external_id"]: c for c in crm_cli.json("contact", "list")}
    assert sorted(people) == ["K-1", "K-2"] and people["K-1"]["city"] == "Jeddah"

    # --map still changes what the saved mapping says
    data = crm_cli.json(
        "import",
        str(second),
        "--mapping",
        "Old system",
        "--map",
        "Ort=",
        "--match",
        "external_id",
        "--dry-run",
    )
    assert data["mapping"]["Ort"] is None

    assert "Deleted the mapping “Old system”" in crm_cli.ok("import", "delete-mapping", "Old system").out
    assert crm_cli.json("import", "mappings") == []
    assert "No mapping saved yet." in crm_cli.ok("import", "mappings").out


def test_save_mapping_replaces_and_names_are_per_record_kind(crm_cli: CrmRunner, tmp_path: Path) -> None:
    firms = tmp_path / "firms.csv"
    firms.write_text("Cari Kodu,Firma Adı,Not\nF-7,Kaya Ltd,x\n", encoding="utf-8")
    by_id = ["--type", "companies", "--match", "external_id"]
    crm_cli.ok("import", str(firms), *by_id, "--save-mapping", "Logo")
    crm_cli.ok("import", str(firms), *by_id, "--map", "Not=", "--save-mapping", "Logo")
    listed = crm_cli.json("import", "mappings")
    assert len(listed) == 1 and listed[0]["columns"]["Not"] is None and listed[0]["entity"] == "companies"
    assert crm_cli.json("company", "list")[0]["external_id"] == "F-7"  # guessed from "Cari Kodu"
    result = crm_cli("import", str(firms), "--mapping", "Logo")  # contacts (the default) have no "Logo"
    assert result.code == 2 and "There is no saved mapping for contacts yet." in result.err


def test_mistakes_with_mappings_get_a_clear_message(crm_cli: CrmRunner, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text(OLD_SYSTEM, encoding="utf-8")
    result = crm_cli("import", str(source), "--save-mapping", "X", "--dry-run")
    assert result.code == 2 and "A dry run saves nothing" in result.err
    result = crm_cli("import", str(source), *MAPS, "--save-mapping", "   ")
    assert result.code == 2 and "A mapping needs a name" in result.err
    assert crm_cli.ok("import", "list", "--json").json() == []  # refused before importing
    crm_cli.ok("import", str(source), *MAPS, "--save-mapping", "Old system")
    result = crm_cli("import", str(source), "--mapping", "Nope")
    assert result.code == 2 and "no saved mapping “Nope” for contacts; saved: Old system" in result.err
    result = crm_cli("import", "delete-mapping")
    assert result.code == 2 and "Give the mapping to delete" in result.err
    result = crm_cli("import", "delete-mapping", "Nope")
    assert result.code == 2 and "no saved mapping “Nope”" in result.err
    result = crm_cli(
        "import", str(source), "--map", "Mail=email", "--match", "external_id", "--mode", "update"
    )
    assert result.code == 2 and "No column is mapped to External ID" in result.err
