"""The outbox: every write reaches it (services and raw SQL alike), sealing, batches, upgrading."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.storage import migrator
from crm_desktop.storage.database import Database
from crm_desktop.storage.engine import make_engine
from crm_desktop.sync import outbox
from crm_desktop.sync.hlc import Stamp
from crm_desktop.sync.outbox import APPLIED, REJECTED, PushResult

from .conftest import query, raw_write

WHEN = "'2026-01-01 00:00:00.000000'"
TAG_INSERT = (
    "INSERT INTO tags (id, created_at, updated_at, deleted_at, name, sort_key, color) "
    f"VALUES ('tag-1', {WHEN}, {WHEN}, NULL, 'VIP', 'vip', '')"
)


def unsealed(crm: Crm, table: str, row_id: str) -> list[tuple[Any, ...]]:
    return query(
        crm,
        "SELECT field, value FROM _outbox WHERE table_name = ? AND row_id = ? AND stamp IS NULL ORDER BY id",
        (table, row_id),
    )


def row_as_pairs(crm: Crm, table: str, row_id: str) -> list[tuple[str, Any]]:
    connection = sqlite3.connect(crm.db.path)
    try:
        cursor = connection.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        values = cursor.fetchone()
        return [
            (d[0], v)
            for d, v in zip(cursor.description, values, strict=True)
            if v is not None and d[0] != "id"
        ]
    finally:
        connection.close()


@pytest.fixture
def crm(crm: Crm) -> Crm:
    """The root fixture's database as after its first connection to a server: writes are captured."""
    outbox.enqueue_existing(crm.db)
    return crm


def test_nothing_is_captured_before_the_first_connection(tmp_path: Path) -> None:
    """A shop that never syncs pays nothing: the triggers wait for the first connection."""
    never = Crm.open(tmp_path / "alone.sqlite3")
    try:
        contact = never.contacts.create(ContactInput(given_name="Ali", family_name="Kaya")).value
        raw_write(never, TAG_INSERT)
        assert query(never, "SELECT count(*) FROM _outbox") == [(0,)]
        queued = outbox.enqueue_existing(never.db)  # the first connection
        assert ("given_name", "Ali") in unsealed(never, "contacts", contact.id)
        assert queued > 0
        never.contacts.update(contact.id, ContactInput(given_name="Ali", family_name="Kaya", city="Bursa"))
        assert ("city", "Bursa") in unsealed(never, "contacts", contact.id)  # captured from now on
    finally:
        never.close()


def test_a_contact_created_through_the_services_is_in_the_outbox_field_by_field(crm: Crm) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Layla", family_name="Haddad", city="Riyadh")).value
    queued = unsealed(crm, "contacts", contact.id)
    assert sorted(queued) == sorted(row_as_pairs(crm, "contacts", contact.id))
    assert ("city", "Riyadh") in queued
    assert ("do_not_call", 0) in queued  # the value keeps its SQLite type
    assert not any(field == "deleted_at" for field, _value in queued)


def test_an_update_queues_only_the_columns_it_changed_and_a_delete_queues_deleted_at(crm: Crm) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Layla", city="Riyadh")).value
    before = len(unsealed(crm, "contacts", contact.id))
    crm.contacts.update(contact.id, ContactInput(city="Jeddah"))
    changed = unsealed(crm, "contacts", contact.id)[before:]
    assert sorted(field for field, _v in changed) == ["city", "updated_at"]
    assert ("city", "Jeddah") in changed

    crm.contacts.delete(contact.id)
    deleted_at = query(crm, "SELECT deleted_at FROM contacts WHERE id = ?", (contact.id,))[0][0]
    assert ("deleted_at", deleted_at) in unsealed(crm, "contacts", contact.id)


def test_raw_sql_repairs_are_caught_too(crm: Crm) -> None:
    company = crm.companies.create(CompanyInput(name="Kaya Ltd.")).value
    raw_write(crm, "UPDATE companies SET website = 'kaya.example' WHERE id = ?", (company.id,))
    raw_write(
        crm,
        TAG_INSERT,
    )
    raw_write(crm, "DELETE FROM tags WHERE id = 'tag-1'")

    assert ("website", "kaya.example") in unsealed(crm, "companies", company.id)
    tag_ops = unsealed(crm, "tags", "tag-1")
    assert ("name", "VIP") in tag_ops
    assert ("color", "") in tag_ops
    assert [field for field, _v in tag_ops][-1] == "deleted_at"  # the hard delete, as a tombstone
    assert tag_ops[-1][1] is not None


def test_an_update_that_changes_nothing_queues_nothing(crm: Crm) -> None:
    company = crm.companies.create(CompanyInput(name="Kaya Ltd.")).value
    before = query(crm, "SELECT count(*) FROM _outbox")
    raw_write(crm, "UPDATE companies SET name = name WHERE id = ?", (company.id,))
    assert query(crm, "SELECT count(*) FROM _outbox") == before


def test_writes_made_while_applying_are_not_queued(crm: Crm) -> None:
    company = crm.companies.create(CompanyInput(name="Kaya Ltd.")).value
    before = query(crm, "SELECT count(*) FROM _outbox")
    raw_write(crm, "UPDATE _sync_state SET applying = 1")
    raw_write(crm, "UPDATE companies SET name = 'Other' WHERE id = ?", (company.id,))
    raw_write(crm, "UPDATE _sync_state SET applying = 0")
    assert query(crm, "SELECT count(*) FROM _outbox") == before


def test_seal_keeps_the_last_write_of_a_field_and_stamps_in_write_order(crm: Crm) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Layla", city="Riyadh")).value
    crm.contacts.update(contact.id, ContactInput(city="Jeddah"))
    crm.contacts.update(contact.id, ContactInput(city="Dammam"))
    outbox.seal(crm.db)

    rows = query(
        crm,
        "SELECT field, value, stamp, base, wall_ms, op_id FROM _outbox WHERE row_id = ? ORDER BY id",
        (contact.id,),
    )
    city = [row for row in rows if row[0] == "city"]
    assert [row[1] for row in city] == ["Dammam"]
    assert city[0][3] == ""  # the first stamp this field ever had
    stamps = [Stamp.parse(row[2]) for row in rows]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert all(stamp.ms >= row[4] for stamp, row in zip(stamps, rows, strict=True))
    assert len({row[5] for row in rows}) == len(rows)
    recorded = query(
        crm,
        "SELECT stamp FROM _field_stamps WHERE table_name = 'contacts' AND row_id = ? AND field = 'city'",
        (contact.id,),
    )
    assert recorded == [(city[0][2],)]

    crm.contacts.update(contact.id, ContactInput(city="Abha"))
    crm.contacts.delete(contact.id)
    outbox.seal(crm.db)
    later = dict(
        query(
            crm,
            "SELECT field, base FROM _outbox WHERE row_id = ? AND value IN ('Abha') OR "
            "(row_id = ? AND field = 'deleted_at')",
            (contact.id, contact.id),
        )
    )
    assert later["city"] == city[0][2]  # base: the stamp it replaced
    newest = query(
        crm, "SELECT max(stamp) FROM _field_stamps WHERE row_id = ? AND field != 'deleted_at'", (contact.id,)
    )[0][0]
    assert later["deleted_at"] == newest  # a delete saw the whole row


def test_a_batch_whose_answer_was_lost_goes_out_again_under_the_same_id(crm: Crm) -> None:
    crm.companies.create(CompanyInput(name="Kaya Ltd."))
    outbox.seal(crm.db)
    first = outbox.next_batch(crm.db, 5)
    assert first is not None
    # a batch holds its rows whole: five ops asked for, every op of their rows given
    rows = {(op.table, op.row_id) for op in first.ops}
    assert len(first.ops) > 5
    assert all((op.table, op.row_id) not in rows for op in outbox.pending(crm.db) if op not in first.ops)
    again = outbox.next_batch(crm.db, 5)  # no answer recorded: the same batch
    assert again == first

    answers = [PushResult(op.op_id, APPLIED) for op in first.ops[:3]]
    answers.append(PushResult(first.ops[3].op_id, REJECTED, "not yours"))
    outbox.mark_pushed(crm.db, first.batch_id, answers)
    taken = {op.op_id for op in first.ops[:3]}
    left = {op.op_id for op in outbox.pending(crm.db)}
    assert not taken & left
    assert first.ops[3].op_id not in left  # refused: never sent again
    assert {op.op_id for op in first.ops[4:]} <= left  # unanswered: they go out in a later batch
    assert query(crm, "SELECT rejected FROM _outbox WHERE op_id = ?", (first.ops[3].op_id,)) == [
        ("not yours",)
    ]
    following = outbox.next_batch(crm.db, 5)
    assert following is not None and following.batch_id != first.batch_id
    assert following.ops[0].op_id == first.ops[4].op_id


def test_next_batch_finds_its_rows_through_indexes(crm: Crm) -> None:
    """At two million outbox rows a scan of _outbox per batch cost most of a second."""
    plans = {
        sql: " | ".join(str(row[3]) for row in query(crm, f"EXPLAIN QUERY PLAN {sql}", params))
        for sql, params in ((outbox.RESUME_BATCH, ()), (outbox.JOIN_RECORDS, ("batch-1",)))
    }
    for plan in plans.values():
        assert "SCAN _outbox" not in plan, plan
    assert "SEARCH _outbox USING INDEX _outbox_batch" in plans[outbox.RESUME_BATCH]
    assert "SEARCH _outbox USING INDEX _outbox_record" in plans[outbox.JOIN_RECORDS]


def test_existing_rows_are_queued_record_by_record(tmp_path: Path) -> None:
    """Every batch after the first connection holds its ops plus the rest of one record,
    not every column of as many records as it has ops."""
    before = Crm.open(tmp_path / "before.sqlite3")
    try:
        for number in range(8):
            before.contacts.create(ContactInput(given_name=f"Ali{number}", family_name="Kaya", city="Bursa"))
        outbox.enqueue_existing(before.db)
        outbox.seal(before.db)
        per_record = Counter((op.table, op.row_id) for op in outbox.pending(before.db))
        assert len(per_record) > 8 // 2  # several records queued
        size, sizes = 5, []
        while (batch := outbox.next_batch(before.db, size)) is not None:
            sizes.append(len(batch.ops))
            outbox.mark_pushed(before.db, batch.batch_id, [PushResult(op.op_id, APPLIED) for op in batch.ops])
        assert sum(sizes) == sum(per_record.values())
        assert max(sizes) <= size + max(per_record.values())
    finally:
        before.close()


def test_a_file_at_0001_upgrades_and_queues_its_rows_once(db_path: Path) -> None:
    crm = Crm.open(db_path)
    contact = crm.contacts.create(ContactInput(given_name="Layla", family_name="Haddad")).value
    crm.close()
    engine = make_engine(db_path)
    with engine.connect() as connection:  # back to the schema before sync
        command.downgrade(migrator.alembic_config(connection), "0001")
        connection.commit()
    engine.dispose()
    connection = sqlite3.connect(db_path)
    assert (
        connection.execute("SELECT name FROM sqlite_master WHERE name LIKE '\\_%' ESCAPE '\\'").fetchall()
        == []
    )
    connection.close()

    db = Database.open(db_path)
    try:
        assert db.last_backup is not None and db.last_backup.is_file()
        with db.engine.connect() as connection:
            assert migrator.current_revision(connection) == migrator.HEAD
            assert connection.exec_driver_sql("SELECT count(*) FROM _outbox").scalar_one() == 0
        queued = outbox.enqueue_existing(db)
        with db.engine.connect() as connection:
            fields = connection.exec_driver_sql(
                "SELECT field, value FROM _outbox WHERE table_name = 'contacts' AND row_id = ?", (contact.id,)
            ).all()
        assert ("given_name", "Layla") in [tuple(f) for f in fields]
        assert queued >= len(fields) > 20
        assert outbox.enqueue_existing(db) == 0  # once
        # the device id is a uuid in hex without dashes (a stamp's device part)
        with db.engine.connect() as connection:
            device = connection.exec_driver_sql("SELECT device_id FROM _sync_state").scalar_one()
        assert len(device) == 32 and "-" not in device
    finally:
        db.close()


def test_queueing_existing_rows_takes_only_fields_no_op_covers(crm: Crm) -> None:
    company = crm.companies.create(CompanyInput(name="Kaya Ltd.")).value
    outbox.seal(crm.db)
    crm.companies.update(company.id, CompanyInput(name="Kaya Trading"))  # queued, not sealed
    raw_write(crm, "UPDATE _sync_state SET applying = 1")  # rows the triggers did not see
    raw_write(crm, "UPDATE companies SET website = 'kaya.example' WHERE id = ?", (company.id,))
    raw_write(
        crm,
        TAG_INSERT,
    )
    raw_write(crm, "UPDATE _sync_state SET applying = 0")
    raw_write(crm, "UPDATE _sync_state SET seeded = 0")  # as if connecting for the first time now

    assert outbox.enqueue_existing(crm.db) == 5
    assert sorted(f for f, _v in unsealed(crm, "tags", "tag-1")) == [
        "color", "created_at", "name", "sort_key", "updated_at"
    ]  # fmt: skip
    # the company's fields all have a stamp or a queued op already
    assert sorted(f for f, _v in unsealed(crm, "companies", company.id)) == ["name", "sort_key", "updated_at"]
