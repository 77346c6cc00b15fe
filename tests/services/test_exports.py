"""Exporting contacts and companies: each format imports again as it was; no formula runs."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services import exports
from crm_desktop.services.activities import ActivityInput
from crm_desktop.services.cases import CaseInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.custom_fields import CustomFieldInput
from crm_desktop.services.imports import ImportOptions
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.records import ListQuery
from crm_desktop.services.sales import ProductInput
from crm_desktop.services.tasks import TaskInput
from crm_desktop.transfer.fields import guess_mapping
from crm_desktop.transfer.reading import read_table
from tests.conftest import FakeClock


@pytest.fixture
def filled(crm: Crm) -> Crm:
    crm.custom_fields.create(CustomFieldInput(entity="contact", key="loyalty_no", label="Loyalty number"))
    kaya = crm.companies.create(CompanyInput(name="Kaya Tekstil", phones=["+90 212 555 0000"])).value
    crm.contacts.create(
        ContactInput(
            given_name="عمر",
            family_name="حداد",
            company_id=kaya.id,
            job_title="مدير",
            emails=["omar@example.com", "o.haddad@example.com"],
            phones=["0501234567"],
            city="الرياض",
            birthday=date(1985, 4, 12),
            notes="met at the fair\nin March",
            tags=["VIP", "Wholesale"],
            custom={"loyalty_no": "L-77"},
        )
    )
    crm.contacts.create(
        ContactInput(given_name='=HYPERLINK("http://x")', family_name="-1+2", emails=["x@example.com"])
    )
    return crm


def people(crm: Crm) -> list[tuple[object, ...]]:
    found = []
    for contact in crm.contacts.list(ListQuery(limit=100)).items:
        points = crm.contacts.contact_points([contact.id])[contact.id]
        company = crm.companies.get(contact.company_id).name if contact.company_id else ""
        found.append(
            (
                contact.given_name,
                contact.family_name,
                contact.job_title,
                contact.city,
                contact.birthday,
                contact.notes,
                company,
                sorted(points.emails),
                sorted(points.phones),
                crm.tags.names_for([contact.id])[contact.id],
                contact.custom.get("loyalty_no"),
            )
        )
    return sorted(found, key=repr)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "vcf", "json"])
def test_an_export_imports_again_as_it_was(filled: Crm, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"contacts.{fmt}"
    assert filled.exports.export("contacts", fmt, path).records == 2
    target = Crm.open(tmp_path / "other.sqlite3", clock=filled.ctx.clock)
    try:
        target.settings.update(default_region="SA")
        target.custom_fields.create(CustomFieldInput(entity="contact", key="loyalty_no", label="Loyalty no."))
        with read_table(path) as table:
            mapping = guess_mapping(table.headers, "contacts", target.imports.custom_fields("contacts"))
            report = target.imports.run(table, ImportOptions("contacts", mapping), file_name=path.name)
        assert (report.created, report.rejected) == (2, 0)
        expected = people(filled)
        if fmt == "vcf":  # a vCard has no place for a business's own fields
            expected = [(*person[:-1], None) for person in expected]
        assert people(target) == expected
    finally:
        target.close()


def test_spreadsheet_cells_never_run_as_formulas(filled: Crm, tmp_path: Path) -> None:
    filled.exports.export("contacts", "csv", tmp_path / "c.csv")
    with (tmp_path / "c.csv").open(encoding="utf-8-sig") as stream:
        cells = [cell for row in csv.reader(stream) for cell in row]
    assert '\'=HYPERLINK("http://x")' in cells and "'-1+2" in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    filled.exports.export("contacts", "xlsx", tmp_path / "c.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    assert sheet is not None
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type == "s" for cell in cells if cell.value is not None)  # text, never a formula
    values = {cell.value for cell in cells}
    assert '=HYPERLINK("http://x")' in values  # shown as typed
    assert "+966 50 123 4567" in values  # no apostrophe to see


def test_json_and_companies_and_a_filter(filled: Crm, tmp_path: Path) -> None:
    filled.exports.export("contacts", "json", tmp_path / "c.json", ListQuery(text="omar"))
    records = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert [r["company"] for r in records] == ["Kaya Tekstil"]
    assert records[0]["email"] == ["omar@example.com", "o.haddad@example.com"]
    assert records[0]["birthday"] == "1985-04-12"
    result = filled.exports.export("companies", "csv", tmp_path / "firms.csv")
    assert result.records == 1
    with read_table(tmp_path / "firms.csv") as table:
        assert guess_mapping(table.headers, "companies")[:2] == ["name", "industry"]
        assert next(table.rows)[0] == "Kaya Tekstil"


def test_a_failed_export_leaves_no_file(filled: Crm, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match="csv, xlsx, vcf or json"):
        filled.exports.export("contacts", "pdf", out / "c.pdf")
    with pytest.raises(CrmError, match="could not be written"):
        filled.exports.export("contacts", "csv", out / "missing" / "c.csv")

    def full_disk(*_args: object) -> int:
        (out / "c.xlsx.part").write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(exports._WRITERS, "xlsx", full_disk)
        with pytest.raises(CrmError, match="No space left on device"):
            filled.exports.export("contacts", "xlsx", out / "c.xlsx")
    assert list(out.iterdir()) == []


def test_deals_cases_products_sales_and_tasks_as_tables(filled: Crm, tmp_path: Path) -> None:
    contact = filled.contacts.list().items[0]
    filled.deals.create(DealInput(title="Fabric order", contact_id=contact.id, amount="1000"))
    filled.cases.create(CaseInput(subject="Late delivery", contact_id=contact.id))
    filled.tasks.create(TaskInput(title="=cmd|' /C calc'!A0", contact_id=contact.id))
    for entity, title_column in (("cases", "subject"), ("tasks", "title")):  # a column per stored one
        result = filled.exports.export(entity, "csv", tmp_path / f"{entity}.csv")
        assert result.records == 1
        with (tmp_path / f"{entity}.csv").open(encoding="utf-8-sig") as stream:
            rows = list(csv.DictReader(stream))
        assert rows[0]["contact_id"] == contact.id and rows[0][title_column]
    assert rows[0]["title"].startswith("'=")  # the task's title cannot run in a spreadsheet
    filled.exports.export("deals", "csv", tmp_path / "deals.csv")  # as the import reads them
    with (tmp_path / "deals.csv").open(encoding="utf-8-sig") as stream:
        deal = next(csv.DictReader(stream))
    assert (deal["title"], deal["contact"], deal["amount"], deal["currency"]) == (
        "Fabric order",
        exports.neutralised(contact.display_name),  # a name that could run is text
        "1000.00",
        "SAR",
    )
    records = json.loads(
        (filled.exports.export("deals", "json", tmp_path / "deals.json").path).read_text(encoding="utf-8")
    )
    assert records[0]["title"] == "Fabric order" and records[0]["amount"] == "1000.00"
    assert filled.exports.export("products", "xlsx", tmp_path / "products.xlsx").records == 0


def test_tasks_and_meetings_as_icalendar(filled: Crm, tmp_path: Path, clock: FakeClock) -> None:
    contact = filled.contacts.list().items[0].id
    due = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)
    filled.tasks.create(TaskInput(title="Send the catalogue", due_at=due, contact_id=contact))
    meeting = ActivityInput(
        kind=ActivityKind.MEETING, subject="Visit the showroom", contact_id=contact, occurred_at=due
    )
    filled.activities.create(meeting.model_copy(update={"duration_minutes": 90}))
    filled.activities.create(ActivityInput(kind=ActivityKind.CALL, subject="A call", contact_id=contact))
    filled.exports.export("tasks", "ics", tmp_path / "tasks.ics")
    filled.exports.export("meetings", "ics", tmp_path / "meetings.ics")
    import vobject

    todo = vobject.readOne((tmp_path / "tasks.ics").read_text(encoding="utf-8")).vtodo
    assert (todo.summary.value, todo.due.value, todo.status.value) == (
        "Send the catalogue",
        due,
        "NEEDS-ACTION",
    )
    calendar = vobject.readOne((tmp_path / "meetings.ics").read_text(encoding="utf-8"))
    events = calendar.contents["vevent"]
    assert [e.summary.value for e in events] == ["Visit the showroom"]  # the call is no meeting
    assert events[0].dtend.value - events[0].dtstart.value == timedelta(minutes=90)
    with pytest.raises(ValidationError, match="iCalendar"):
        filled.exports.export("deals", "ics", tmp_path / "deals.ics")


def test_a_selection_writes_exactly_those_records_in_that_order(filled: Crm, tmp_path: Path) -> None:
    kept = filled.contacts.create(ContactInput(given_name="Leyla", family_name="Demir")).value
    gone = filled.contacts.create(ContactInput(given_name="Deniz", family_name="Aydın")).value
    filled.contacts.delete(gone.id)
    omar = filled.contacts.list(ListQuery(text="omar")).items[0]
    wanted = [kept.id, omar.id, gone.id, kept.id]  # the deleted one left out, the double written once
    result = filled.exports.export("contacts", "json", tmp_path / "c.json", ids=wanted)
    records = json.loads(result.path.read_text(encoding="utf-8"))
    assert result.records == 2
    assert [r["id"] for r in records] == [kept.id, omar.id]
    assert records[1]["email"] == ["omar@example.com", "o.haddad@example.com"]  # rows as whole as ever
    assert filled.exports.export("contacts", "csv", tmp_path / "none.csv", ids=[]).records == 0

    contact = omar.id
    tasks = [filled.tasks.create(TaskInput(title=f"Task {n}", contact_id=contact)).value for n in range(3)]
    chosen = [tasks[2].id, tasks[0].id]
    filled.exports.export("tasks", "csv", tmp_path / "tasks.csv", ids=chosen)
    with (tmp_path / "tasks.csv").open(encoding="utf-8-sig") as stream:
        assert [row["id"] for row in csv.DictReader(stream)] == chosen
    call = filled.activities.create(
        ActivityInput(kind=ActivityKind.CALL, subject="A call", contact_id=contact)
    )
    meeting = filled.activities.create(
        ActivityInput(kind=ActivityKind.MEETING, subject="Showroom", contact_id=contact)
    )
    ids = [call.value.id, meeting.value.id]
    assert filled.exports.export("meetings", "ics", tmp_path / "m.ics", ids=ids).records == 1


def test_products_and_sales_are_searched_as_their_lists_search(filled: Crm, tmp_path: Path) -> None:
    filled.products.create(ProductInput(name="Cotton fabric", sku="CF-1", unit_price="12"))
    filled.products.create(ProductInput(name="Silk", sku="SK-2", unit_price="40"))
    result = filled.exports.export("products", "csv", tmp_path / "p.csv", ListQuery(text="cotton"))
    with result.path.open(encoding="utf-8-sig") as stream:
        assert [row["name"] for row in csv.DictReader(stream)] == ["Cotton fabric"]
    by_code = filled.exports.export("products", "json", tmp_path / "p.json", ListQuery(text="SK"))
    assert [r["name"] for r in json.loads(by_code.path.read_text(encoding="utf-8"))] == ["Silk"]


@pytest.mark.parametrize("entity", ["contacts", "companies", "deals", "cases", "products", "sales", "tasks"])
def test_the_formats_offered_are_those_written(filled: Crm, tmp_path: Path, entity: str) -> None:
    offered = exports.formats_for(entity)
    for fmt in ("csv", "xlsx", "vcf", "json", "ics"):
        path = tmp_path / f"{entity}.{fmt}"
        if fmt in offered:
            assert filled.exports.export(entity, fmt, path).path == path
        else:
            with pytest.raises(ValidationError):
                filled.exports.export(entity, fmt, path)
    assert exports.formats_for("tasks") == ("csv", "xlsx", "json", "ics")
    assert exports.formats_for("pipelines") == ()
