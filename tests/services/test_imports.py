"""Importing contacts and companies: modes, matching, bad rows, dry runs, cancel and undo."""

from __future__ import annotations

import csv
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text as sql_text

from crm_desktop.domain.enums import Lifecycle
from crm_desktop.domain.errors import DatabaseError, NotFoundError, ValidationError
from crm_desktop.domain.models import Contact
from crm_desktop.services import imports
from crm_desktop.services.crm import Crm
from crm_desktop.services.custom_fields import CustomFieldInput
from crm_desktop.services.imports import CREATE, SKIP, UPDATE, Cancelled, ImportOptions, parse_date
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.transfer.fields import guess_mapping
from crm_desktop.transfer.reading import Table, read_table
from tests.services.helpers import query_all

HEADERS = [
    "First Name",
    "Last Name",
    "E-mail Address",
    "Mobile Phone",
    "Company",
    "Job Title",
    "City",
    "Categories",
]


def table(rows: list[list[str]], headers: list[str] = HEADERS) -> Table:
    return Table("csv", list(headers), iter(rows))


def options(mode: str = "upsert", match: str = "email", headers: list[str] = HEADERS) -> ImportOptions:
    return ImportOptions("contacts", guess_mapping(headers, "contacts"), match=match, mode=mode)


def names(crm: Crm) -> list[str]:
    return sorted(row.display_name for row in crm.contacts.list().items)


OMAR = ["Omar", "Haddad", "omar@example.com", "050 123 4567", "Kaya Ltd", "Buyer", "Riyadh", "VIP; Wholesale"]


def test_rows_become_contacts_with_their_company_phones_and_tags(crm: Crm, tmp_path: Path) -> None:
    report = crm.imports.run(table([OMAR]), options(), file_name="people.csv")
    assert (report.created, report.updated, report.rejected) == (1, 0, 0)
    omar = crm.contacts.list().items[0]
    assert (omar.display_name, omar.job_title, omar.city) == ("Omar Haddad", "Buyer", "Riyadh")
    assert crm.companies.get(omar.company_id or "").name == "Kaya Ltd"
    points = crm.contacts.contact_points([omar.id])[omar.id]
    assert points.phones == ("+966 50 123 4567",)  # read in the business's region (SA)
    assert crm.tags.names_for([omar.id])[omar.id] == ["VIP", "Wholesale"]
    assert crm.search.contacts("Haddad")[0].id == omar.id


def test_an_update_fills_in_and_adds_never_blanks(crm: Crm) -> None:
    crm.imports.run(table([OMAR]), options(), file_name="a.csv")
    again = ["Omar", "", "omar@example.com", "055 999 8888", "", "Manager", "", "Partner"]
    report = crm.imports.run(table([again]), options(), file_name="b.csv")
    assert report.updated == 1
    omar = crm.contacts.list().items[0]
    assert (omar.family_name, omar.job_title, omar.city) == ("Haddad", "Manager", "Riyadh")
    points = crm.contacts.contact_points([omar.id])[omar.id]
    assert len(points.phones) == 2
    assert crm.tags.names_for([omar.id])[omar.id] == ["Partner", "VIP", "Wholesale"]
    report = crm.imports.run(table([again]), options(), file_name="c.csv")
    assert (report.updated, report.skipped) == (0, 1)  # nothing new


def test_modes(crm: Crm) -> None:
    crm.contacts.create(ContactInput(given_name="Omar", emails=["omar@example.com"]))
    leyla = ["Leyla", "Demir", "leyla@example.com", "", "", "", "", ""]
    report = crm.imports.dry_run(table([OMAR, leyla]), options("create"))
    assert [row.action for row in report.rows] == [SKIP, CREATE]
    report = crm.imports.dry_run(table([OMAR, leyla]), options("update"))
    assert [row.action for row in report.rows] == [UPDATE, SKIP]
    assert report.rows[1].reason == "no saved record matches it"
    report = crm.imports.dry_run(table([OMAR, leyla]), options("upsert"))
    assert [row.action for row in report.rows] == [UPDATE, CREATE]
    assert set(report.rows[0].changes) >= {"family_name", "job_title", "phones"}
    assert names(crm) == ["Omar"]  # a dry run saves nothing


def test_matching_by_phone_and_by_name_and_company(crm: Crm) -> None:
    kaya = crm.companies.create(CompanyInput(name="Kaya Ltd")).value
    crm.contacts.create(
        ContactInput(given_name="Omar", family_name="Haddad", company_id=kaya.id, phones=["0501234567"])
    )
    by_phone = ["", "", "", "+966501234567", "", "Owner", "", ""]
    assert crm.imports.dry_run(table([by_phone]), options(match="phone")).rows[0].action == UPDATE
    by_name = ["OMAR", "haddad", "", "", "kaya ltd", "Owner", "", ""]
    assert crm.imports.dry_run(table([by_name]), options(match="name")).rows[0].action == UPDATE
    other_company = ["Omar", "Haddad", "", "", "Atlas", "Owner", "", ""]
    assert crm.imports.dry_run(table([other_company]), options(match="name")).rows[0].action == CREATE


def test_the_same_person_twice_in_one_file(crm: Crm) -> None:
    report = crm.imports.run(table([OMAR, OMAR]), options("create"), file_name="dup.csv")
    assert (report.created, report.skipped) == (1, 1)
    report = crm.imports.dry_run(table([OMAR, OMAR]), options("create"))
    assert report.rows[1].reason == "the same as row 2"
    twice = [OMAR, [*OMAR[:5], "CEO", *OMAR[6:]]]
    report = crm.imports.run(table(twice), options("upsert"), file_name="dup2.csv")
    assert (report.created, report.updated) == (0, 1)
    assert crm.contacts.list().items[0].job_title == "CEO"


def test_bad_rows_are_rejected_with_reasons_and_the_good_ones_import(crm: Crm, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text(
        "Name,Email,Phone,Birthday\n"
        "Omar Haddad,omar@example.com,0501234567,1985-04-12\n"
        "No Mail,not-an-email,,\n"
        "Bad Phone,bad@example.com,12,\n"
        'Broken,"quote,,\n'
        "Leyla Demir,leyla@example.com,,12/04/1990\n"
        "Odd Date,odd@example.com,,someday\n",
        encoding="utf-8",
    )
    rejects = tmp_path / "people.rejects.csv"
    with read_table(source) as found:
        mapping = guess_mapping(found.headers, "contacts")
        report = crm.imports.run(
            found, ImportOptions("contacts", mapping), file_name=source.name, rejects_to=rejects
        )
    assert (report.created, report.rejected) == (2, 4)
    assert names(crm) == ["Leyla Demir", "Omar Haddad"]
    leyla = next(c for c in crm.contacts.list().items if c.display_name == "Leyla Demir")
    assert leyla.birthday is not None and leyla.birthday.isoformat() == "1990-04-12"
    with rejects.open(encoding="utf-8-sig") as stream:
        written = list(csv.reader(stream))
    assert written[0] == ["Row", "Name", "Email", "Phone", "Birthday", "Reason"]
    reasons = {row[0]: row[-1] for row in written[1:]}
    assert "“not-an-email” is not an email address" in reasons["3"]
    assert "“12” is not a phone number" in reasons["4"]
    assert reasons["5"] == "a quote is not closed"
    assert "“someday” is not a date" in reasons["7"]


def test_undo_puts_back_creates_updates_and_new_companies(crm: Crm) -> None:
    saved = crm.contacts.create(
        ContactInput(given_name="Omar", family_name="Haddad", job_title="Buyer", emails=["omar@example.com"])
    ).value
    leyla = ["Leyla", "Demir", "leyla@example.com", "", "Atlas", "", "", ""]
    changed = ["Omar", "", "omar@example.com", "0509998888", "", "Owner", "Jeddah", "VIP"]
    report = crm.imports.run(table([changed, leyla]), options(), file_name="x.csv")
    assert (report.created, report.updated) == (1, 1)
    assert report.batch is not None
    info = crm.imports.undo(report.batch).value
    assert info.undone_at is not None
    assert names(crm) == ["Omar Haddad"]
    omar = crm.contacts.get(saved.id)
    assert (omar.job_title, omar.city) == ("Buyer", "")
    assert crm.contacts.contact_points([saved.id])[saved.id].phones == ()
    assert crm.tags.names_for([saved.id])[saved.id] == []
    assert [c.name for c in crm.companies.list().items] == []  # Atlas came with the import
    with pytest.raises(ValidationError, match="undone already"):
        crm.imports.undo(report.batch)
    with pytest.raises(NotFoundError):
        crm.imports.undo("no-such-batch")


def test_cancel_saves_nothing(crm: Crm) -> None:
    rows = [[f"P{n}", "", f"p{n}@example.com", "", "", "", "", ""] for n in range(500)]

    def stop_at_first_report(done: int) -> bool:
        return done < 200

    with pytest.raises(Cancelled, match="nothing was saved"):
        crm.imports.run(table(rows), options(), file_name="big.csv", progress=stop_at_first_report)
    assert names(crm) == []
    assert crm.imports.batches() == []


def test_cancel_after_batches_were_written_saves_nothing(crm: Crm, monkeypatch: pytest.MonkeyPatch) -> None:
    """New contacts are written a batch at a time inside the import's transaction: Cancel
    after some batches rolls all of them back."""
    monkeypatch.setattr(imports._NewContacts, "BATCH", 20)
    monkeypatch.setattr(imports._NewContacts, "SET_ASIDE_FROM", 40)
    rows = [[f"P{n}", "", f"p{n}@example.com", "", "", "", "", ""] for n in range(500)]
    with pytest.raises(Cancelled):
        crm.imports.run(table(rows), options(), file_name="big.csv", progress=lambda done: done < 400)
    assert names(crm) == []
    report = crm.imports.run(table(rows), options(), file_name="big.csv")  # the file still works
    assert report.created == 500
    assert query_all(crm, "SELECT count(*) FROM contacts WHERE deleted_at IS NULL") == [(500,)]


def test_a_batch_that_cannot_be_written_fails_the_import_whole(
    crm: Crm, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imports._NewContacts, "BATCH", 20)
    monkeypatch.setattr(imports._NewContacts, "SET_ASIDE_FROM", 40)

    def broken(_load: Any, connection: Any, docs: Any) -> None:
        connection.execute("INSERT INTO no_such_table (a) VALUES (1)")

    monkeypatch.setattr(imports.bulk_load.SearchLoad, "add", broken)
    rows = [[f"P{n}", "", f"p{n}@example.com", "", "", "", "", ""] for n in range(100)]
    with pytest.raises(DatabaseError, match="no_such_table"):
        crm.imports.run(table(rows), options(), file_name="big.csv")
    assert names(crm) == []
    assert crm.imports.batches() == []


def test_options_that_cannot_work(crm: Crm) -> None:
    with pytest.raises(ValidationError, match="match key"):
        crm.imports.dry_run(
            table([OMAR], ["Name", "City", *HEADERS[2:]]),
            options(match="phone", headers=["Name", "City", "A", "B", "C", "D", "E", "F"]),
        )
    with pytest.raises(ValidationError, match="Unknown fields: shoe_size"):
        crm.imports.dry_run(table([OMAR]), ImportOptions("contacts", ["shoe_size", *[None] * 7]))
    with pytest.raises(ValidationError, match="one field"):
        crm.imports.dry_run(table([OMAR]), ImportOptions("contacts", ["email"]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1985-04-12", "1985-04-12"),
        ("12/04/1985", "1985-04-12"),
        ("12.04.1985", "1985-04-12"),
        ("04/25/1985", "1985-04-25"),
        ("19850412", "1985-04-12"),
        ("1985-04-12T00:00:00", "1985-04-12"),
    ],
)
def test_dates_in_many_formats(text: str, expected: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None and parsed.isoformat() == expected


def test_an_update_adds_emails_and_keeps_the_saved_ones_as_they_are(crm: Crm) -> None:
    saved = crm.contacts.create(
        ContactInput(
            given_name="Omar",
            emails=[
                {"value": "main@example.com", "label": "home", "primary": True},
                {"value": "Home@Example.com", "label": "home"},
            ],
        )
    ).value.id
    row = ["Omar", "", "MAIN@example.com", "", "", "", "", ""]
    extra = ["Omar", "", "main@example.com; new@example.com", "", "", "", "", ""]
    report = crm.imports.run(table([row, extra]), options(), file_name="x.csv")  # found whatever the case
    assert (report.created, report.updated, report.skipped) == (0, 1, 1)
    with crm.db.read() as session:
        from crm_desktop.services.contact_methods import methods_of

        methods = [(m.value, m.label.value, m.is_primary) for m in methods_of(session, "contact", saved)]
    assert methods[:2] == [("main@example.com", "home", True), ("Home@example.com", "home", False)]
    assert methods[2][0] == "new@example.com" and methods[2][2] is False
    crm.contacts.update(saved, ContactInput(emails=[*(m[0] for m in methods), "later@example.com"]))
    assert report.batch is not None
    crm.imports.undo(report.batch)
    emails = crm.contacts.contact_points([saved])[saved].emails
    assert sorted(emails) == ["Home@example.com", "later@example.com", "main@example.com"]


def test_undo_keeps_later_edits_and_puts_dates_back(crm: Crm) -> None:
    saved = crm.contacts.create(ContactInput(given_name="Omar", emails=["omar@example.com"])).value.id
    headers = ["Email", "Birthday", "City", "Job title"]
    rows = [["omar@example.com", "1985-04-12", "Riyadh", "Buyer"]]
    report = crm.imports.run(
        table(rows, headers), ImportOptions("contacts", guess_mapping(headers, "contacts")), file_name="b.csv"
    )
    assert report.updated == 1 and report.batch is not None
    crm.contacts.update(saved, ContactInput(city="Jeddah"))  # someone's edit after the import
    crm.imports.undo(report.batch)
    contact = crm.contacts.get(saved)
    assert (contact.birthday, contact.job_title, contact.city) == (None, "", "Jeddah")


def test_names_match_whatever_their_case_in_any_script(crm: Crm) -> None:
    sirket = crm.companies.create(CompanyInput(name="Şirket Ltd")).value.id
    ayse = crm.contacts.create(
        ContactInput(given_name="Ayşe", family_name="Yılmaz", company_id=sirket)
    ).value.id
    headers = ["First Name", "Last Name", "Company", "Job Title"]
    report = crm.imports.run(
        table([["AYŞE", "YILMAZ", "ŞİRKET LTD", "Müdür"]], headers),
        ImportOptions("contacts", guess_mapping(headers, "contacts"), match="name"),
        file_name="tr.csv",
    )
    assert (report.created, report.updated) == (0, 1)
    assert crm.contacts.get(ayse).job_title == "Müdür"
    assert [c.name for c in crm.companies.list().items] == ["Şirket Ltd"]


def test_a_rejected_row_leaves_no_company_behind(crm: Crm) -> None:
    headers = ["Name", "Company", "Country"]
    report = crm.imports.run(
        table([["Omar", "Ghost Co", "Atlantis"]], headers),
        ImportOptions("contacts", guess_mapping(headers, "contacts"), match="name"),
        file_name="g.csv",
    )
    assert report.rejected == 1
    assert crm.companies.list().items == []
    # nor in the import's memory: a later row of the same company makes it again
    report = crm.imports.run(
        table([["Omar", "Ghost Co", "Atlantis"], ["Zahra", "ghost co", "SA"]], headers),
        ImportOptions("contacts", guess_mapping(headers, "contacts"), match="name"),
        file_name="g.csv",
    )
    assert (report.rejected, report.created) == (1, 1)
    (company,) = crm.companies.list().items
    assert company.name == "ghost co"
    assert crm.contacts.list().items[0].company_id == company.id


def test_a_folder_that_refuses_the_rejects_file_costs_only_the_file(crm: Crm, tmp_path: Path) -> None:
    bad = ["Bad", "", "not-an-email", "", "", "", "", ""]
    report = crm.imports.run(
        table([OMAR, bad]), options(), file_name="x.csv", rejects_to=tmp_path / "gone" / "x.rejects.csv"
    )
    assert (report.created, report.rejected) == (1, 1)
    assert Path(report.rejects_file).exists() and "gone" not in report.rejects_file
    assert crm.imports.batches()[0].rejects_file == report.rejects_file


def test_bulk_rows_hold_only_what_sqlite_stores_as_is(crm: Crm) -> None:
    """Timestamps, dates, enums, flags and JSON become text and numbers before sqlite3 sees
    them: its default adapters would write a timestamp without its microseconds when they are
    0, and another form than the ORM's."""
    whole_second = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with crm.db.write() as session:
        rows = imports._StoredRows(session, Contact, {"created_at": whole_second, "updated_at": whole_second})
        rows.add({"id": "c1", "display_name": "Omar", "birthday": date(1985, 4, 12), "custom": {"a": "1"},
                  "lifecycle": Lifecycle.CUSTOMER, "do_not_call": True})  # fmt: skip
        (row,) = rows.rows
        session.rollback()
    stored = dict(zip(rows.names, row, strict=True))
    assert {type(value) for value in row} <= {str, int, float, type(None)}
    assert stored["created_at"] == "2026-03-02 09:00:00.000000"
    assert (stored["birthday"], stored["custom"], stored["lifecycle"], stored["do_not_call"]) == (
        "1985-04-12",
        '{"a": "1"}',
        "customer",
        1,
    )


def test_new_contacts_in_bulk_are_what_the_service_makes(crm: Crm, tmp_path: Path) -> None:
    """Every column of every row the bulk path writes, against the same file imported one
    contact at a time through ContactService."""
    crm.custom_fields.create(CustomFieldInput(entity="contact", key="loyalty_no", label="Loyalty number"))
    headers = ["First Name", "Last Name", "Email", "Email 2", "Phone", "Company", "City", "Country",
               "Birthday", "Tags", "Notes", "Loyalty number", "Job Title"]  # fmt: skip
    rows = [
        ["عمر", "حداد", "omar@example.com", "o.h@example.com", "0501234567", "Kaya", "الرياض", "السعودية",
         "12/04/1985", "VIP; Wholesale", "met at the fair\nin March", "L-77", "مدير"],
        ["Ayşe", "Yılmaz", "", "", "+90 532 123 45 67", "", "İstanbul", "Türkiye", "", "vip", "", "", ""],
        ["", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["Zahra", "", "zahra@example.com", "", "", "Kaya", "", "", "", "", "", "", ""],
    ]  # fmt: skip
    mapping = guess_mapping(headers, "contacts", {"loyalty_no": "Loyalty number"})
    ways: dict[bool, object] = {}
    for bulk in (True, False):
        target = Crm.open(tmp_path / f"bulk-{bulk}.sqlite3", clock=crm.ctx.clock)
        try:
            target.settings.update(default_region="SA")
            target.custom_fields.create(
                CustomFieldInput(entity="contact", key="loyalty_no", label="Loyalty no")
            )
            target.custom_fields.create(CustomFieldInput(entity="company", key="tier", label="Tier"))
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(imports._Judge, "BULK", bulk)
                report = target.imports.run(
                    table(rows, headers), ImportOptions("contacts", mapping), file_name="f"
                )
            assert (report.created, report.skipped) == (3, 1)
            ways[bulk] = written(target)
        finally:
            target.close()
    assert ways[True] == ways[False]


def test_undo_deletes_new_contacts_and_companies_as_deleting_them_one_by_one_does(
    crm: Crm, tmp_path: Path
) -> None:
    """Undo deletes a batch's new contacts and companies many at a time: every row it leaves
    (tombstones of contacts, companies, emails, phones and taggings, the search index, and what
    a syncing device queues) is what deleting each through delete_in leaves."""
    from crm_desktop.services.people import _PartyService

    def one_by_one(service: Any, session: Any, record_ids: Any, recorder: Any) -> None:
        for record_id in record_ids:
            if service.model.__name__ == "Contact" and record_id == deleted_since:
                continue  # as delete_many_in leaves a record deleted since
            service.delete_in(session, record_id, recorder)

    ways: dict[bool, object] = {}
    for many in (True, False):
        target = Crm.open(tmp_path / f"undo-{many}.sqlite3", clock=crm.ctx.clock)
        try:
            target.settings.update(default_region="SA")
            with target.db.write() as session:
                session.execute(sql_text("UPDATE _sync_state SET seeded = 1"))
            report = target.imports.run(table([*people(40), OMAR]), options(), file_name="f.csv")
            assert report.batch is not None and report.created == 41
            deleted_since = target.contacts.list().items[0].id
            target.contacts.delete(deleted_since)
            with pytest.MonkeyPatch.context() as patch:
                if not many:
                    patch.setattr(_PartyService, "delete_many_in", one_by_one)
                target.imports.undo(report.batch)
            assert target.contacts.list().items == [] and target.companies.list().items == []
            ways[many] = written(target)
        finally:
            target.close()
    assert ways[True] == ways[False]


TIME_SHAPE = re.compile(r"\d")


def written(crm: Crm) -> dict[str, list[tuple[object, ...]]]:
    """The rows an import wrote (or its undo left), with ids replaced by names and times by their
    shape (the fake clock moves at each reading; the stored form must be the same)."""
    names = dict(query_all(crm, "SELECT id, display_name FROM contacts"))
    names |= dict(query_all(crm, "SELECT id, name FROM companies"))
    names |= dict(query_all(crm, "SELECT id, name FROM tags"))
    skip = {"id", "marketing_consent_at"}

    def rows(table_name: str, order: str) -> list[tuple[object, ...]]:
        with crm.db.read() as session:
            result = session.execute(sql_text(f"SELECT * FROM {table_name} ORDER BY {order}"))
            keys = list(result.keys())
            return sorted(
                tuple(TIME_SHAPE.sub("9", value) if key.endswith("_at") and isinstance(value, str)
                      else names.get(value, value) if isinstance(value, str) else value
                      for key, value in zip(keys, row, strict=True) if key not in skip)
                for row in result
            )  # fmt: skip

    return {
        "companies": rows("companies", "name"),
        "contacts": rows("contacts", "display_name"),
        "contact_methods": rows("contact_methods", "normalized"),
        "taggings": rows("taggings", "tag_id"),
        "search_docs": [
            (names[ref], body) for ref, body in query_all(crm, "SELECT ref_id, body FROM search_docs")
        ],
        "outbox": query_all(crm, "SELECT count(*) FROM _outbox"),
    }


# --- big imports: the indexes set aside while the rows go in ---------------------------------------

INDEXES_SQL = "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"


def people(count: int, start: int = 0) -> list[list[str]]:
    return [
        [
            f"P{n}",
            "Kaya",
            f"p{n}@example.com",
            f"05{n:08d}",
            f"Firm {n % 7}",
            "",
            "Riyadh",
            "VIP" if n % 3 else "",
        ]
        for n in range(start, start + count)
    ]


@pytest.fixture
def set_aside(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Small batches and threshold, so a test-sized import sets the indexes aside; the SQL of
    what each set-aside dropped."""
    monkeypatch.setattr(imports._NewContacts, "BATCH", 20)
    monkeypatch.setattr(imports._NewContacts, "SET_ASIDE_FROM", 40)
    dropped: list[list[str]] = []
    drop = imports.bulk_load.drop_indexes

    def spy(connection: Any, tables: Any, *, keep: Any = ()) -> list[str]:
        dropped.append(drop(connection, tables, keep=keep))
        return dropped[-1]

    monkeypatch.setattr(imports.bulk_load, "drop_indexes", spy)
    return dropped


def test_a_big_import_builds_the_indexes_it_set_aside_as_the_migrations_made_them(
    crm: Crm, set_aside: list[list[str]]
) -> None:
    made_by_migrations = query_all(crm, INDEXES_SQL)
    report = crm.imports.run(table(people(150)), options(mode="create"), file_name="big.csv")
    assert report.created == 150
    (dropped,) = set_aside
    assert {"ix_contacts_live_sort", "ix_contact_methods_normalized"} <= {
        re.findall(r"INDEX (\w+)", sql)[0] for sql in dropped
    }
    assert not any("ix_contact_methods_company" in sql for sql in dropped)  # read while loading
    assert query_all(crm, INDEXES_SQL) == made_by_migrations
    assert query_all(crm, "PRAGMA integrity_check") == [("ok",)]
    # the rows are found by what the indexes serve: search, the list's order, a match by email
    assert [row.display_name for row in crm.search.contacts("p149@example.com")] == ["P149 Kaya"]
    assert names(crm)[:2] == ["P0 Kaya", "P1 Kaya"]
    again = crm.imports.run(table(people(3, start=147)), options(), file_name="again.csv")
    assert (again.created, again.skipped) == (0, 3)


def test_the_indexes_are_set_aside_before_the_first_new_row_goes_in(
    crm: Crm, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows go into the indexes twice as slowly once indexes this transaction has written to are
    dropped: the first batch waits until the import is known to be big enough."""
    monkeypatch.setattr(imports._NewContacts, "BATCH", 20)
    monkeypatch.setattr(imports._NewContacts, "SET_ASIDE_FROM", 40)
    rows_then: list[int] = []
    drop = imports.bulk_load.drop_indexes

    def spy(connection: Any, tables: Any, *, keep: Any = ()) -> list[str]:
        rows_then.append(connection.execute("SELECT count(*) FROM contacts").fetchone()[0])
        return drop(connection, tables, keep=keep)

    monkeypatch.setattr(imports.bulk_load, "drop_indexes", spy)
    assert crm.imports.run(table(people(150)), options(mode="create"), file_name="big.csv").created == 150
    assert rows_then == [0]


def test_an_update_after_the_indexes_were_set_aside_builds_them_first(
    crm: Crm, set_aside: list[list[str]]
) -> None:
    made_by_migrations = query_all(crm, INDEXES_SQL)
    changed = people(1, start=5)[0]
    changed[5] = "Buyer"
    rows = [*people(100), changed, *people(100, start=100)]
    report = crm.imports.run(table(rows), options(), file_name="big.csv")
    assert (report.created, report.updated) == (200, 1)
    assert len(set_aside) == 1  # never dropped again once an update needed them
    assert query_all(crm, INDEXES_SQL) == made_by_migrations
    assert query_all(crm, "SELECT job_title FROM contacts WHERE display_name = 'P5 Kaya'") == [("Buyer",)]


def test_a_cancelled_or_failed_big_import_leaves_the_indexes_as_they_were(
    crm: Crm, set_aside: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    made_by_migrations = query_all(crm, INDEXES_SQL)
    with pytest.raises(Cancelled):
        crm.imports.run(table(people(500)), options(), file_name="big.csv", progress=lambda done: done < 400)
    assert set_aside and query_all(crm, INDEXES_SQL) == made_by_migrations
    assert names(crm) == []
    written = imports.bulk_load.SearchLoad.add
    batches = iter(range(1000))

    def fails_later(load: Any, connection: Any, docs: Any) -> None:
        if next(batches) == 5:  # after the indexes were dropped
            connection.execute("INSERT INTO no_such_table (a) VALUES (1)")
        written(load, connection, docs)

    monkeypatch.setattr(imports.bulk_load.SearchLoad, "add", fails_later)
    with pytest.raises(DatabaseError, match="no_such_table"):
        crm.imports.run(table(people(500)), options(), file_name="big.csv")
    assert len(set_aside) == 2 and query_all(crm, INDEXES_SQL) == made_by_migrations
    assert names(crm) == []


TRIGGERS_SQL = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"


def spy_on_capture_triggers(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The SQL of the sync triggers each call of drop_idle_capture_triggers dropped."""
    dropped: list[list[str]] = []
    drop = imports.bulk_load.drop_idle_capture_triggers

    def spy(connection: Any, tables: Any) -> list[str]:
        dropped.append(drop(connection, tables))
        return dropped[-1]

    monkeypatch.setattr(imports.bulk_load, "drop_idle_capture_triggers", spy)
    return dropped


def test_a_big_import_sets_the_idle_sync_triggers_aside_and_puts_them_back(
    crm: Crm, set_aside: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A device that has never synced captures nothing: the triggers that would only test so for
    every row are dropped while the rows go in, and are back as they were."""
    made_by_migrations = query_all(crm, TRIGGERS_SQL)
    dropped = spy_on_capture_triggers(monkeypatch)
    report = crm.imports.run(table(people(150)), options(mode="create"), file_name="big.csv")
    assert report.created == 150
    assert [sorted(re.findall(r"TRIGGER (\w+)", sql)[0] for sql in once) for once in dropped] == [
        ["_sync_companies_ai", "_sync_contact_methods_ai", "_sync_contacts_ai", "_sync_taggings_ai"]
    ]
    assert query_all(crm, TRIGGERS_SQL) == made_by_migrations
    assert query_all(crm, "SELECT count(*) FROM _outbox") == [(0,)]
    # a device that connects later still queues every row written meanwhile
    with crm.db.write() as session:
        session.execute(sql_text("UPDATE _sync_state SET seeded = 1"))
    crm.contacts.update(crm.contacts.list().items[0].id, ContactInput(job_title="Buyer"))
    assert query_all(crm, "SELECT count(*) FROM _outbox WHERE field = 'job_title'") == [(1,)]


def test_a_big_import_on_a_device_that_syncs_queues_every_new_row(
    crm: Crm, set_aside: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    with crm.db.write() as session:
        session.execute(sql_text("UPDATE _sync_state SET seeded = 1"))
    made_by_migrations = query_all(crm, TRIGGERS_SQL)
    dropped = spy_on_capture_triggers(monkeypatch)
    report = crm.imports.run(table(people(150)), options(mode="create"), file_name="big.csv")
    assert report.created == 150 and dropped == [[]]
    assert query_all(crm, TRIGGERS_SQL) == made_by_migrations
    queued = "SELECT table_name, count(DISTINCT row_id) FROM _outbox GROUP BY table_name"
    assert {"companies": 7, "contacts": 150, "contact_methods": 300, "taggings": 100}.items() <= dict(
        query_all(crm, queued)
    ).items()  # an email and a phone each, a tag on two in three


def test_a_small_import_into_a_bigger_table_keeps_the_indexes(crm: Crm, set_aside: list[list[str]]) -> None:
    """Building the indexes again would cost more than the saved rows' share of inserting."""
    crm.imports.run(table(people(100)), options(), file_name="first.csv")
    set_aside.clear()
    report = crm.imports.run(table(people(60, start=100)), options(), file_name="second.csv")
    assert report.created == 60 and set_aside == []


# --- rows judged ahead by a worker process ------------------------------------------------------------


def varied_rows(count: int) -> list[list[str]]:
    """Names in several scripts, several phones, bad emails and phones, a company spelled
    otherwise than saved (its search text is then made here), empty rows and repeats."""
    rows = []
    for n in range(count):
        given = ("عمر", "Ayşe", "Leyla", "زهرا")[n % 4]
        email = f"p{n}@Example.com" if n % 9 else "not an email"
        phone = f"050{n:07d}; +90 532 {n % 900 + 100} 45 67" if n % 5 else ("12" if n % 10 == 0 else "")
        company = ("Kaya Ltd", "KAYA LTD", "حداد", "")[n % 4]
        rows.append([given, f"F{n % 3}", email, phone, company, "مدير" if n % 2 else "", "İstanbul", "VIP"])
    rows[7] = [""] * 8
    rows[11] = list(rows[10])
    return rows


def _dies(mapping: Any, region: str, chunk: Any) -> Any:
    """Stands for a worker process that dies (imported by the worker, from this module)."""
    import multiprocessing
    import os

    if multiprocessing.parent_process() is None:  # never the test run itself
        raise AssertionError("a chunk the worker was to work out was worked out here")
    os._exit(3)


_CHUNKS_PRIMED = [0]  # in the worker process: chunks it worked out before _dies_at_the_third_chunk


def _dies_at_the_third_chunk(mapping: Any, region: str, chunk: Any) -> Any:
    """Stands for a worker process that dies after a while, other chunks waiting or sent."""

    _CHUNKS_PRIMED[0] += 1
    if _CHUNKS_PRIMED[0] == 3:
        _dies(mapping, region, chunk)
    return imports._prime(mapping, region, chunk)


def import_both_ways(
    crm: Crm, tmp_path: Path, rows: list[list[str]], patch_worker: Any = None
) -> dict[bool, tuple[object, ...]]:
    """The same file imported with the worker process and without it, each into a new database
    holding a company "Kaya Ltd"; what each wrote and reported, and how many rows the judge
    took primed."""
    ways: dict[bool, tuple[object, ...]] = {}
    for ahead in (True, False):
        target = Crm.open(tmp_path / f"ahead-{ahead}.sqlite3", clock=crm.ctx.clock)
        primed_rows: list[int] = []
        try:
            target.settings.update(default_region="SA")
            target.companies.create(CompanyInput(name="Kaya Ltd"))
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(imports, "_PRIME_CHUNK", 10 if ahead else 10**9)
                patch.setattr(imports, "_JUDGE_WHILE_WARMING", False)
                patch.setattr(imports, "_PRIME_HERE_WHEN_BEHIND", False)
                patch.setattr(imports, "_core_to_spare", lambda: True)  # however busy the machine
                if patch_worker is not None:
                    patch_worker(patch)
                row = imports._Judge._row

                def counting(
                    judge: Any,
                    number: int,
                    cells: Any,
                    primed: Any = None,
                    row: Any = row,
                    seen: Any = primed_rows,
                ) -> Any:
                    seen.extend([number] if primed is not None else [])
                    return row(judge, number, cells, primed)

                patch.setattr(imports._Judge, "_row", counting)
                report = target.imports.run(
                    table(rows), options(), file_name="f.csv", rejects_to=tmp_path / f"rejects-{ahead}.csv"
                )
            rejects = (tmp_path / f"rejects-{ahead}.csv").read_text(encoding="utf-8-sig")
            counts = (report.created, report.updated, report.skipped, report.rejected)
            ways[ahead] = (counts, rejects, written(target), len(primed_rows))
        finally:
            target.close()
    return ways


def test_rows_judged_ahead_by_a_worker_process_import_as_rows_judged_here(crm: Crm, tmp_path: Path) -> None:
    ways = import_both_ways(crm, tmp_path, varied_rows(120))
    assert ways[True][3] > 0 and ways[False][3] == 0  # the worker did judge rows ahead
    assert ways[True][:3] == ways[False][:3]
    counts, rejects, _written, _primed = ways[True]
    assert counts[3] > 0 and "is not an email address" in rejects  # reasons as written here


def test_a_worker_process_that_dies_cannot_start_or_would_share_a_core_costs_only_the_speed(
    crm: Crm, tmp_path: Path
) -> None:
    rows = varied_rows(80)

    def dies(patch: pytest.MonkeyPatch) -> None:
        patch.setattr(imports, "_prime", _dies)

    def cannot_start(patch: pytest.MonkeyPatch) -> None:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise OSError("no processes here")

        patch.setattr(imports, "ProcessPoolExecutor", refuse)

    def dies_later(patch: pytest.MonkeyPatch) -> None:
        patch.setattr(imports, "_prime", _dies_at_the_third_chunk)

    def busy_machine(patch: pytest.MonkeyPatch) -> None:
        patch.setattr(imports, "_core_to_spare", lambda: False)

    for trouble in (dies, dies_later, cannot_start, busy_machine):
        ways = import_both_ways(crm, tmp_path / trouble.__name__, rows, trouble)
        # every row judged here (after the worker's first two chunks, when it died later)
        assert (0 < ways[True][3] <= 20) if trouble is dies_later else ways[True][3] == 0
        assert ways[True][:3] == ways[False][:3]


def test_cancel_while_the_worker_judges_ahead_saves_nothing_and_stops_it(
    crm: Crm, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing
    import time

    monkeypatch.setattr(imports, "_PRIME_CHUNK", 20)
    monkeypatch.setattr(imports, "_JUDGE_WHILE_WARMING", False)
    monkeypatch.setattr(imports, "_PRIME_HERE_WHEN_BEHIND", False)
    monkeypatch.setattr(imports, "_core_to_spare", lambda: True)
    monkeypatch.setattr(imports._NewContacts, "BATCH", 20)
    monkeypatch.setattr(imports._NewContacts, "SET_ASIDE_FROM", 40)
    before = set(multiprocessing.active_children())
    with pytest.raises(Cancelled):
        crm.imports.run(
            table(people(2000)), options(), file_name="big.csv", progress=lambda done: done < 1200
        )
    assert names(crm) == [] and crm.imports.batches() == []
    for _wait in range(100):  # the worker leaves once told to (not a timing: it may take a while)
        if set(multiprocessing.active_children()) <= before:
            break
        time.sleep(0.1)
    assert set(multiprocessing.active_children()) <= before


def test_a_primed_search_text_is_taken_only_where_it_was_made_of_the_same_values(crm: Crm) -> None:
    """The worker takes the row's company cell for the company's saved name; where the saved
    name is another, the text is made here."""
    from crm_desktop.services.changes import ChangeRecorder

    kaya = crm.companies.create(CompanyInput(name="Kaya Holding")).value.id
    values = {"given_name": "Omar", "emails": ["o@example.com"], "phones": ["+966501234567"], "tags": []}
    with crm.db.write() as session:
        judge = crm.imports._judge(session, options(), ChangeRecorder(), None)
        new = judge.new_contacts
        for company_cell, expected in (
            ("Kaya Holding", "made ahead"),
            ("Kaya Ltd", "omar omar kaya holding"),
        ):
            primed = imports._Primed(
                dict(values),
                ("+966 50 123 4567",),
                imports._text_key({**values, "display_name": "Omar", "family_name": ""}, company_cell),
                "made ahead",
            )
            new.add({**values, "company_id": kaya}, primed)
            assert new.docs[-1][1].startswith(expected)
            assert new.methods.rows[-1][new.methods.names.index("value")] == "+966 50 123 4567"
        session.rollback()


@pytest.mark.parametrize(("cores", "spare"), [(1, False), (2, True), (8, True)])
def test_a_worker_process_only_with_a_second_processor(
    monkeypatch: pytest.MonkeyPatch, cores: int, spare: bool
) -> None:
    monkeypatch.setattr(imports.os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    monkeypatch.setattr(imports.os, "cpu_count", lambda: cores)
    assert imports._core_to_spare() is spare


@pytest.mark.parametrize(
    ("setting", "spare", "wanted"),
    [("on", False, True), ("1", False, True), ("off", True, False), ("no", True, False), ("", True, True)],
)
def test_the_worker_can_be_switched_on_or_off_whatever_the_load(
    monkeypatch: pytest.MonkeyPatch, setting: str, spare: bool, wanted: bool
) -> None:
    monkeypatch.setenv(imports.WORKER_ENV, setting)
    monkeypatch.setattr(imports, "_core_to_spare", lambda: spare)

    assert imports._worker_wanted() is wanted


@pytest.mark.parametrize("works_for", [0, 1, 2, 3, 5, 100])
def test_rows_come_in_their_order_whenever_the_worker_breaks(
    monkeypatch: pytest.MonkeyPatch, works_for: int
) -> None:
    """A pool that breaks after some chunks (submit then refuses, as a broken process pool
    does): every row still comes, once, in the file's order; those sent before, primed."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    class BreakingPool:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self.calls = 0

        def submit(self, function: Any, *args: Any) -> Future[Any]:
            self.calls += 1
            if self.calls > works_for + 1:  # the first call is the warm-up
                raise BrokenProcessPool("the worker is gone")
            future: Future[Any] = Future()
            future.set_result(function(*args))
            return future

        def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
            pass

    monkeypatch.setattr(imports, "ProcessPoolExecutor", BreakingPool)
    monkeypatch.setattr(imports, "_PRIME_CHUNK", 10)
    monkeypatch.setattr(imports, "_JUDGE_WHILE_WARMING", False)
    monkeypatch.setattr(imports, "_core_to_spare", lambda: True)
    rows = people(95)
    came = list(imports._primed_rows(iter(rows), options().mapping, "SA"))
    assert [cells for cells, _primed in came] == rows
    primed = [number for number, (_cells, p) in enumerate(came) if p is not None]
    # a prefix of the rows: those whose chunk was worked out before the pool broke
    assert primed == list(range(len(primed))) and len(primed) <= 10 * works_for
    if works_for == 100:  # never broke
        assert len(primed) == 95


def test_while_the_worker_is_behind_this_process_works_out_later_chunks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker that has not finished the chunk to be written next: a few chunks after those it
    has are worked out here meanwhile; every row comes once, in order, worked out once."""
    from concurrent.futures import Future

    here: list[str] = []  # the first name of each chunk worked out in this process
    there: list[str] = []  # ... and by the (stand-in) worker

    class SlowFuture(Future[Any]):
        """Done only once asked for its result: always behind until then."""

        def __init__(self, chunk: Any, args: Any) -> None:
            super().__init__()
            self.chunk, self.args = chunk, args

        def result(self, timeout: float | None = None) -> Any:
            if not self.done():
                there.append(self.chunk[0][0])
                self.set_result(prime(*self.args))
            return super().result(timeout)

    class SlowPool:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            pass

        def submit(self, function: Any, *args: Any) -> Future[Any]:
            if function is imports._warm_up:
                future: Future[Any] = Future()
                future.set_result(None)
                return future
            return SlowFuture(args[2], args)

        def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
            pass

    prime = imports._prime

    def primed_here(mapping: Any, region: str, chunk: Any) -> Any:
        here.append(chunk[0][0])
        return prime(mapping, region, chunk)

    monkeypatch.setattr(imports, "ProcessPoolExecutor", SlowPool)
    monkeypatch.setattr(imports, "_prime", primed_here)
    monkeypatch.setattr(imports, "_PRIME_CHUNK", 10)
    monkeypatch.setattr(imports, "_PRIME_AHEAD", 2)
    monkeypatch.setattr(imports, "_core_to_spare", lambda: True)
    rows = people(95)
    came = list(imports._primed_rows(iter(rows), options().mapping, "SA"))
    assert [cells for cells, _primed in came] == rows
    assert all(primed is not None and primed.values["emails"] for _cells, primed in came)
    # while the worker is behind with the next chunk, this process works out no more than
    # _PRIME_AHEAD (2) chunks past those it has, then waits for it; nothing is worked out twice
    assert there == ["P0", "P10", "P40", "P50", "P80", "P90"]
    assert here == ["P20", "P30", "P60", "P70"]


def test_a_required_company_field_refuses_only_the_rows_that_would_make_a_company(crm: Crm) -> None:
    """The service refuses a new company without a required custom field, so a row naming a
    company not saved yet is rejected; the others go in (the bulk path must not fail them all)."""
    crm.custom_fields.create(CustomFieldInput(entity="company", key="tier", label="Tier", required=True))
    no_company = ["Ali", "Kaya", "ali@example.com", "", "", "", "", ""]
    report = crm.imports.run(table([no_company, OMAR]), options(), file_name="f.csv")
    assert (report.created, report.rejected) == (1, 1)
    assert crm.companies.list().items == []


def test_a_required_contact_field_refuses_only_the_rows_that_lack_it(crm: Crm) -> None:
    crm.custom_fields.create(
        CustomFieldInput(entity="contact", key="loyalty_no", label="Loyalty number", required=True)
    )
    headers = ["First Name", "Email", "Loyalty number"]
    mapping = guess_mapping(headers, "contacts", {"loyalty_no": "Loyalty number"})
    rows = [["Ali", "ali@example.com", "L-1"], ["Omar", "omar@example.com", ""]]
    report = crm.imports.run(table(rows, headers), ImportOptions("contacts", mapping), file_name="f.csv")
    assert (report.created, report.rejected) == (1, 1)
    assert names(crm) == ["Ali"]
