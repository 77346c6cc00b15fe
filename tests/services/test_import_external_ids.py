"""Importing by external id: another system's export imported again updates, never duplicates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services import imports
from crm_desktop.services.crm import Crm
from crm_desktop.services.imports import CREATE, SKIP, UPDATE, ImportOptions
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.transfer.fields import guess_mapping
from crm_desktop.transfer.reading import Table, read_table

HEADERS = ["Customer ID", "Name", "Email", "City"]


def run(
    crm: Crm, rows: list[list[str]], mode: str = "upsert", headers: list[str] = HEADERS
) -> imports.ImportReport:
    options = ImportOptions("contacts", guess_mapping(headers, "contacts"), match="external_id", mode=mode)
    return crm.imports.run(Table("csv", list(headers), iter(rows)), options, file_name="old-system.csv")


@pytest.fixture(params=[True, False], ids=["bulk", "service"])
def both_ways(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """New contacts written in bulk (the default) and one by one through the service."""
    monkeypatch.setattr(imports._Judge, "BULK", request.param)


@pytest.mark.usefixtures("both_ways")
def test_the_updated_export_imported_again_updates_the_same_records(crm: Crm) -> None:
    assert guess_mapping(HEADERS, "contacts") == ["external_id", "display_name", "email", "city"]
    first = run(
        crm, [["C-001", "Omar Haddad", "", "Riyadh"], ["C-002", "Leyla Demir", "leyla@example.com", ""]]
    )
    assert (first.created, first.updated) == (2, 0)
    # a month later: Omar moved and got an email, Leyla's name was corrected, one customer is new
    second = run(
        crm,
        [
            ["C-001", "Omar Haddad", "omar@example.com", "Jeddah"],
            ["C-002", "Leyla Demir-Kaya", "", ""],
            ["C-003", "Ali Hassan", "", "Dammam"],
        ],
    )
    assert (second.created, second.updated, second.skipped) == (1, 2, 0)
    people = {c.external_id: c for c in crm.contacts.list().items}
    assert sorted(people) == ["C-001", "C-002", "C-003"]
    assert people["C-001"].city == "Jeddah"
    assert crm.contacts.contact_points([people["C-001"].id])[people["C-001"].id].emails == (
        "omar@example.com",
    )
    assert people["C-002"].display_name == "Leyla Demir-Kaya"
    assert run(crm, [["C-003", "Ali Hassan", "", "Dammam"]]).skipped == 1  # nothing new


@pytest.mark.usefixtures("both_ways")
def test_one_external_id_twice_in_a_file_is_one_record(crm: Crm) -> None:
    report = run(
        crm, [["C-001", "Omar Haddad", "", "Riyadh"], ["C-001", "Omar Haddad", "omar@example.com", ""]]
    )
    assert (report.created, report.updated) == (1, 1)
    [omar] = crm.contacts.list().items
    assert (omar.external_id, omar.city) == ("C-001", "Riyadh")
    report = crm.imports.dry_run(
        Table("csv", HEADERS, iter([["C-9", "A", "", ""], ["C-9", "A", "", ""]])),
        ImportOptions("contacts", guess_mapping(HEADERS, "contacts"), match="external_id", mode="create"),
    )
    assert [row.action for row in report.rows] == [CREATE, SKIP]
    assert report.rows[1].reason == "the same as row 2"


def test_a_row_without_an_external_id_can_only_be_created(crm: Crm) -> None:
    run(crm, [["", "Omar Haddad", "", "Riyadh"]])
    report = run(crm, [["", "Omar Haddad", "", "Riyadh"], ["", "Omar Haddad", "", "Riyadh"]])
    assert (report.created, report.updated) == (2, 0)  # nothing to tell them apart by
    assert len(crm.contacts.list().items) == 3
    assert run(crm, [["", "Omar Haddad", "", "Jeddah"]], mode="update").skipped == 1


def test_matching_is_by_the_id_as_written_and_only_among_live_records(crm: Crm) -> None:
    kept = crm.contacts.create(ContactInput(given_name="Omar", external_id=" C-001 ")).value
    assert kept.external_id == "C-001"  # a stray space never makes another id
    gone = crm.contacts.create(ContactInput(given_name="Old", external_id="C-002")).value
    crm.contacts.delete(gone.id)
    options = ImportOptions("contacts", guess_mapping(HEADERS, "contacts"), match="external_id")
    report = crm.imports.dry_run(
        Table(
            "csv",
            HEADERS,
            iter([["C-001", "", "", "Riyadh"], ["c-001", "X", "", ""], ["C-002", "Old", "", ""]]),
        ),
        options,
    )
    assert [row.action for row in report.rows] == [UPDATE, CREATE, CREATE]
    assert report.rows[0].record_id == kept.id


def test_companies_by_external_id_and_undo(crm: Crm) -> None:
    crm.companies.create(CompanyInput(name="Kaya Ltd", external_id="F-7", tax_id="111"))
    headers = ["Cari Kodu", "Firma Adı", "Vergi No"]
    mapping = guess_mapping(headers, "companies")
    assert mapping == ["external_id", "name", "tax_id"]
    options = ImportOptions("companies", mapping, match="external_id")
    table = Table("csv", headers, iter([["F-7", "Kaya Limited", "222"], ["F-8", "Atlas", ""]]))
    report = crm.imports.run(table, options, file_name="firms.csv")
    assert (report.created, report.updated) == (1, 1)
    names = {c.external_id: (c.name, c.tax_id) for c in crm.companies.list().items}
    assert names == {"F-7": ("Kaya Limited", "222"), "F-8": ("Atlas", "")}
    assert report.batch is not None
    crm.imports.undo(report.batch)
    assert [(c.external_id, c.name, c.tax_id) for c in crm.companies.list().items] == [
        ("F-7", "Kaya Ltd", "111")
    ]


def test_matching_by_external_id_needs_its_column(crm: Crm) -> None:
    headers = ["Name", "Email"]
    options = ImportOptions(
        "contacts", guess_mapping(headers, "contacts"), match="external_id", mode="update"
    )
    with pytest.raises(ValidationError, match="No column is mapped to External ID"):
        crm.imports.check(options, headers)
    with pytest.raises(ValidationError, match="matched by Email, Phone, Name, External ID"):
        crm.imports.check(ImportOptions("contacts", [None, None], match="tax_id"), headers)


def test_exports_carry_the_external_id(crm: Crm, tmp_path: Path) -> None:
    crm.contacts.create(ContactInput(given_name="Omar", external_id="C-001"))
    path = tmp_path / "out.csv"
    crm.exports.export("contacts", "csv", path)
    header, row = path.read_text(encoding="utf-8-sig").splitlines()
    columns = header.split(",")
    assert "external_id" in columns and "photo" not in columns
    assert row.split(",")[columns.index("external_id")] == "C-001"
    with read_table(path) as table:  # and it imports again onto the same contact
        options = ImportOptions("contacts", guess_mapping(table.headers, "contacts"), match="external_id")
        assert crm.imports.dry_run(table, options).rows[0].action == SKIP  # nothing new
    for fmt in ("xlsx", "json"):
        crm.exports.export("contacts", fmt, tmp_path / f"out.{fmt}")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))[0]["external_id"] == "C-001"
    with read_table(tmp_path / "out.xlsx") as table:
        assert "external_id" in table.headers and "C-001" in next(table.rows)
