"""Migration 0005 (external ids, contact photos, import mappings) on a file made at 0004, and the
sync triggers of every synced table covering every column the models have."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import Engine

from crm_desktop.storage import migrator
from crm_desktop.storage.database import Database
from crm_desktop.storage.engine import APPLICATION_ID, make_engine
from crm_desktop.sync.store import synced_tables, table_infos

CONTACT = (
    "INSERT INTO contacts (id, created_at, updated_at, given_name, family_name, display_name, sort_key, "
    "job_title, language, do_not_call, do_not_email, do_not_sms, do_not_mail, marketing_consent, "
    "preferences_note, lifecycle, source, notes, custom, address_line, city, region, postal_code, country) "
    "VALUES ('c1', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', 'عمر', 'حداد', 'عمر حداد', "
    "'عمر حداد', '', '', 0, 0, 0, 0, 0, '', 'lead', '', 'likes tea', '{}', '', 'الرياض', '', '', 'SA')"
)
COMPANY = (
    "INSERT INTO companies (id, created_at, updated_at, name, sort_key, industry, website, tax_id, notes, "
    "custom, address_line, city, region, postal_code, country) VALUES ('f1', '2026-01-01 00:00:00.000000', "
    "'2026-01-01 00:00:00.000000', 'Kaya Ltd', 'kaya ltd', '', '', '123', '', '{}', '', '', '', '', '')"
)


def _file_at_0004(path: Path) -> Engine:
    engine = make_engine(path)
    with engine.connect() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")  # as Database.open makes it
        migrator.upgrade(connection, "0004")
        connection.commit()
        connection.exec_driver_sql(COMPANY)
        connection.exec_driver_sql(CONTACT)
        connection.exec_driver_sql("UPDATE _sync_state SET pull_cursor = 57")  # it had synced
        connection.exec_driver_sql(
            "INSERT INTO _import_batches (id, entity, file_name, mode, match, made_at) "
            "VALUES ('b1', 'contacts', 'old.csv', 'upsert', 'email', '2026-01-01')"
        )
        connection.commit()
    return engine


def _read(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_upgrading_a_0004_file_keeps_its_data(db_path: Path) -> None:
    _file_at_0004(db_path).dispose()
    db = Database.open(db_path)  # upgrades to HEAD, after a backup
    try:
        assert db.last_backup is not None
    finally:
        db.close()
    assert _read(db_path, "SELECT version_num FROM alembic_version") == [(migrator.HEAD,)]
    assert _read(db_path, "SELECT id, display_name, city, notes, external_id FROM contacts") == [
        ("c1", "عمر حداد", "الرياض", "likes tea", "")
    ]
    assert _read(db_path, "SELECT name, tax_id, external_id FROM companies") == [("Kaya Ltd", "123", "")]
    assert _read(db_path, "SELECT id, file_name FROM _import_batches") == [("b1", "old.csv")]
    # what the older program skipped of the new columns is pulled again at the next sync
    assert _read(db_path, "SELECT pull_cursor FROM _sync_state") == [(0,)]
    for table in ("contacts", "companies", "deals", "products", "sales"):
        indexes = _read(
            db_path, f"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}'"
        )
        assert (f"ix_{table}_external_id",) in indexes
    assert _read(db_path, "SELECT count(*) FROM contact_photos") == [(0,)]
    assert _read(db_path, "SELECT count(*) FROM import_mappings") == [(0,)]
    assert _read(db_path, "PRAGMA foreign_key_check") == []


def test_the_new_columns_reach_the_outbox_once_sync_captures(db_path: Path) -> None:
    Database.open(db_path).close()
    connection = sqlite3.connect(db_path)
    try:
        with connection:
            connection.execute("UPDATE _sync_state SET seeded = 1")
            connection.execute(COMPANY)
            connection.execute("UPDATE companies SET external_id = 'F-7' WHERE id = 'f1'")
            connection.execute(
                "INSERT INTO import_mappings (id, created_at, updated_at, entity, name, sort_key, columns) "
                "VALUES ('m1', '2026-01-01', '2026-01-01', 'contacts', 'Old', 'old', ?)",
                ('{"ID": "external_id"}',),
            )
        ops = connection.execute(
            "SELECT table_name, field, value FROM _outbox "
            "WHERE field IN ('external_id', 'columns') ORDER BY id"
        ).fetchall()
    finally:
        connection.close()
    assert ops == [
        ("companies", "external_id", ""),
        ("companies", "external_id", "F-7"),
        ("import_mappings", "columns", '{"ID": "external_id"}'),
    ]


def test_every_synced_column_has_its_triggers(db_path: Path) -> None:
    """A migration that adds a synced column must make the table's triggers again (see 0002):
    a column left out would never reach other devices."""
    Database.open(db_path).close()
    connection = sqlite3.connect(db_path)
    try:
        infos = table_infos(connection)
        triggers = dict(
            connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        )
    finally:
        connection.close()
    assert set(infos) == set(synced_tables()) >= {"contact_photos", "import_mappings"}
    for table, info in infos.items():
        for kind in ("ai", "au"):
            sql = triggers[f"_sync_{table}_{kind}"]
            named = set(re.findall(r"SELECT '(\w+)' AS f", sql))
            assert named == set(info.columns), (table, kind, set(info.columns) ^ named)
        assert f"_sync_{table}_ad" in triggers


def test_downgrading_to_0004_and_back(db_path: Path) -> None:
    engine = _file_at_0004(db_path)
    try:
        with engine.connect() as connection:
            migrator.upgrade(connection)
            connection.exec_driver_sql("UPDATE contacts SET external_id = 'C-1'")
            connection.commit()
            command.downgrade(migrator.alembic_config(connection), "0004")
            connection.commit()
            columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(contacts)")}
            assert "external_id" not in columns
            triggers = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = '_sync_contacts_au'"
            ).scalar_one()
            assert "external_id" not in triggers and "'notes'" in triggers
            assert connection.exec_driver_sql("SELECT display_name FROM contacts").scalar_one() == "عمر حداد"
            migrator.upgrade(connection)
            connection.commit()
            assert connection.exec_driver_sql("SELECT external_id FROM contacts").scalar_one() == ""
    finally:
        engine.dispose()
