"""Named import mappings: saved, listed, replaced only when asked, deleted, applied by header."""

from __future__ import annotations

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.services.custom_fields import CustomFieldInput
from crm_desktop.services.import_mappings import MappingExists, apply_saved, mapping_id
from crm_desktop.services.imports import ImportOptions
from crm_desktop.transfer.fields import guess_mapping
from crm_desktop.transfer.reading import Table
from tests.services.helpers import query_all

HEADERS = ["Kunden-Nr", "Vorname", "Nachname", "Mail", "Ort"]
FIELDS = ["external_id", "given_name", "family_name", "email", "city"]


def test_save_list_find_and_delete(crm: Crm) -> None:
    saved = crm.import_mappings.save("contacts", "  Old   shop ", HEADERS, FIELDS).value
    assert saved.name == "Old shop"  # spaces squeezed
    assert saved.columns == dict(zip(HEADERS, FIELDS, strict=True))
    crm.import_mappings.save("companies", "Old shop", ["Firma"], ["name"])
    assert [(m.entity, m.name) for m in crm.import_mappings.list()] == [
        ("companies", "Old shop"),
        ("contacts", "Old shop"),
    ]
    assert [m.name for m in crm.import_mappings.list("contacts")] == ["Old shop"]
    found = crm.import_mappings.find("contacts", "OLD SHOP")  # the name as typed another time
    assert found is not None and found.id == saved.id
    crm.import_mappings.delete("contacts", "old shop")
    assert crm.import_mappings.find("contacts", "Old shop") is None
    assert [m.entity for m in crm.import_mappings.list()] == ["companies"]
    with pytest.raises(ValidationError, match="There is no saved mapping for contacts yet"):
        crm.import_mappings.delete("contacts", "Old shop")


def test_a_taken_name_is_replaced_only_when_asked(crm: Crm) -> None:
    crm.import_mappings.save("contacts", "Monthly", HEADERS, FIELDS)
    changed = [*FIELDS[:4], None]
    with pytest.raises(MappingExists, match="“Monthly” is saved already"):
        crm.import_mappings.save("contacts", "monthly", HEADERS, changed)
    assert crm.import_mappings.get("contacts", "Monthly").columns["Ort"] == "city"
    outcome = crm.import_mappings.save("contacts", "monthly", HEADERS, changed, replace=True)
    assert outcome.value.name == "monthly" and outcome.value.columns["Ort"] is None
    assert len(crm.import_mappings.list()) == 1
    assert ("import_mapping", outcome.value.id) in outcome.changes.updated


def test_a_deleted_name_saved_again_is_the_same_row(crm: Crm) -> None:
    first = crm.import_mappings.save("contacts", "Monthly", HEADERS, FIELDS).value
    crm.import_mappings.delete("contacts", "Monthly")
    again = crm.import_mappings.save("contacts", "Monthly", ["Mail"], ["email"]).value  # no replace needed
    assert again.id == first.id == mapping_id("contacts", "monthly")
    assert again.columns == {"Mail": "email"}
    rows = query_all(crm, "SELECT count(*), sum(deleted_at IS NULL) FROM import_mappings")
    assert rows == [(1, 1)]


def test_bad_mappings_are_refused_with_a_reason(crm: Crm) -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        crm.import_mappings.save("contacts", "   ", HEADERS, FIELDS)
    with pytest.raises(ValidationError, match="at most 100 characters"):
        crm.import_mappings.save("contacts", "x" * 101, HEADERS, FIELDS)
    with pytest.raises(ValidationError, match="Unknown fields: shoe_size"):
        crm.import_mappings.save("contacts", "Shoes", ["Size"], ["shoe_size"])
    with pytest.raises(ValidationError, match="one field"):
        crm.import_mappings.save("contacts", "Short", HEADERS, FIELDS[:2])
    with pytest.raises(ValidationError, match="no headers"):
        crm.import_mappings.save("contacts", "Blank", ["", " "], ["email", "city"])
    with pytest.raises(ValidationError, match="There are no imports of deals-and-more"):
        crm.import_mappings.save("deals-and-more", "X", HEADERS, FIELDS)
    assert crm.import_mappings.list() == []


def test_custom_fields_can_be_saved(crm: Crm) -> None:
    crm.custom_fields.create(CustomFieldInput(entity="contact", key="loyalty", label="Loyalty card"))
    saved = crm.import_mappings.save("contacts", "Cards", ["Kart No"], ["custom:loyalty"]).value
    assert saved.columns == {"Kart No": "custom:loyalty"}


def test_a_deals_custom_field_can_be_saved(crm: Crm) -> None:
    crm.custom_fields.create(CustomFieldInput(entity="deal", key="pallets", label="Pallets"))
    saved = crm.import_mappings.save("deals", "Orders", ["Title", "Pallets"], ["title", "custom:pallets"])
    assert saved.value.columns == {"Title": "title", "Pallets": "custom:pallets"}
    with pytest.raises(ValidationError, match="Unknown fields: custom:pallets"):
        crm.import_mappings.check("sales", "Orders", ["Pallets"], ["custom:pallets"])  # sales have none


def test_applying_a_saved_mapping_by_header() -> None:
    saved = {"Kunden-Nr": "external_id", "ORT": "city", "Notizen": None, "Gone": "notes"}
    headers = ["Email", "kunden-nr ", "Ort", "Notizen", "Shoe size"]
    guessed = guess_mapping(headers, "contacts")
    assert guessed == ["email", None, None, None, None]
    # matched by header (case and spaces aside); the saved "Gone" the file lacks is ignored;
    # a column the mapping does not name keeps its guess; a saved "left out" stays left out
    assert apply_saved(saved, headers, guessed) == ["email", "external_id", "city", None, None]
    arabic = {"المدينة": "region"}  # a saved choice wins over the guess
    assert apply_saved(arabic, ["المدينة"], guess_mapping(["المدينة"], "contacts")) == ["region"]


def test_a_saved_mapping_imports_a_file_of_other_columns(crm: Crm) -> None:
    crm.import_mappings.save("contacts", "Old shop", HEADERS, FIELDS)
    headers = ["Ort", "Mail", "Kunden-Nr", "Vorname", "Telefon"]  # reordered, one new, one missing
    mapping = apply_saved(
        crm.import_mappings.get("contacts", "Old shop").columns, headers, guess_mapping(headers, "contacts")
    )
    assert mapping == ["city", "email", "external_id", "given_name", "phone"]
    rows = [["Riyadh", "omar@example.com", "K-1", "Omar", "0501234567"]]
    report = crm.imports.run(
        Table("csv", headers, iter(rows)), ImportOptions("contacts", mapping), file_name="x"
    )
    assert report.created == 1
    omar = crm.contacts.list().items[0]
    assert (omar.given_name, omar.city, omar.external_id) == ("Omar", "Riyadh", "K-1")


def test_a_missing_mapping_names_the_saved_ones(crm: Crm) -> None:
    crm.import_mappings.save("contacts", "Old shop", HEADERS, FIELDS)
    crm.import_mappings.save("contacts", "Google", ["E-mail 1 - Value"], ["email"])
    with pytest.raises(
        ValidationError, match="no saved mapping “Nope” for contacts; saved: Google, Old shop"
    ):
        crm.import_mappings.get("contacts", "Nope")
