"""Migrations: up and down, backup before upgrading a user's file, and models in step with migrations."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Connection, Engine, MetaData, String
from sqlmodel import SQLModel

import crm_desktop.domain.models  # noqa: F401  (registers every table on SQLModel.metadata)
from crm_desktop.domain.errors import DatabaseError
from crm_desktop.domain.models import Setting
from crm_desktop.storage import migrator
from crm_desktop.storage.database import Database
from crm_desktop.storage.engine import make_engine
from crm_desktop.storage.search_index import SEARCH_ENTITIES

FTS_TABLE = re.compile(rf"^({'|'.join(SEARCH_ENTITIES)})_fts(_\w+)?$")


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    engine = make_engine(db_path)
    yield engine
    engine.dispose()


def _names(connection: Connection, kind: str) -> set[str]:
    rows = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = ?", (kind,))
    return {row[0] for row in rows if not row[0].startswith("sqlite_")}


def _model_tables() -> set[str]:
    return set(SQLModel.metadata.tables)


def test_upgrade_from_nothing_to_head(engine: Engine) -> None:
    with engine.connect() as connection:
        assert migrator.current_revision(connection) is None
        migrator.upgrade(connection)
        connection.commit()
        assert migrator.current_revision(connection) == migrator.head_revision()
        tables = _names(connection, "table")
        assert _model_tables() <= tables
        assert {f"{entity}_fts" for entity in SEARCH_ENTITIES} <= tables
        assert {f"search_docs_{entity}" for entity in SEARCH_ENTITIES} <= _names(connection, "view")
        search_triggers = {name for name in _names(connection, "trigger") if name.startswith("search_docs_")}
        assert len(search_triggers) == 3 * len(SEARCH_ENTITIES)


def test_downgrade_to_base_and_upgrade_again(engine: Engine) -> None:
    with engine.connect() as connection:
        migrator.upgrade(connection)
        connection.commit()
        command.downgrade(migrator.alembic_config(connection), "base")
        connection.commit()
        assert migrator.current_revision(connection) is None
        assert _names(connection, "table") == {"alembic_version"}
        assert _names(connection, "view") == set()
        assert _names(connection, "trigger") == set()

        migrator.upgrade(connection)
        connection.commit()
        assert migrator.current_revision(connection) == migrator.head_revision()
        assert _model_tables() <= _names(connection, "table")
        # the search triggers work again after the round trip
        connection.exec_driver_sql(
            "INSERT INTO search_docs (entity, ref_id, body) VALUES ('contact', 'c1', 'ahmed')"
        )
        hits = connection.exec_driver_sql("SELECT rowid FROM contact_fts WHERE contact_fts MATCH 'ahmed'")
        assert len(hits.all()) == 1


def test_known_revisions_contain_head() -> None:
    assert migrator.head_revision() in migrator.known_revisions()


def test_head_constant_names_the_newest_migration_script() -> None:
    # HEAD lets an up-to-date file open without importing Alembic; it must follow the scripts
    assert migrator.script_directory().get_current_head() == migrator.HEAD


# ---------------------------------------------------------------- models vs migrations


def _schema_diff(connection: Connection, metadata: MetaData) -> list[object]:
    def include(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
        # the FTS5 tables (and their shadow tables) and the local sync tables ("_outbox"...)
        # are made by raw SQL, not by the models
        return not (type_ == "table" and name is not None and (FTS_TABLE.match(name) or name.startswith("_")))

    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "include_object": include, "render_as_batch": True}
    )
    return list(compare_metadata(context, metadata))


def test_models_match_the_migrated_schema(engine: Engine) -> None:
    """Changing a model without writing a migration makes this fail."""
    with engine.connect() as connection:
        migrator.upgrade(connection)
        connection.commit()
        assert _schema_diff(connection, SQLModel.metadata) == []


def test_the_schema_check_notices_a_model_change(engine: Engine) -> None:
    changed = MetaData()
    for table in SQLModel.metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["contacts"].append_column(Column("nickname", String(50), nullable=True))
    with engine.connect() as connection:
        migrator.upgrade(connection)
        connection.commit()
        diff = _schema_diff(connection, changed)
    assert [entry[0] for entry in diff] == ["add_column"]  # type: ignore[index]


# ---------------------------------------------------------------- upgrading a user's file

# the program's next migration, one after HEAD
HEAD = migrator.HEAD
NEXT = f"{int(HEAD) + 1:04d}"

_REVISION_NEXT = '''"""add a note to settings

Revision ID: {next}
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "{next}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("settings") as batch_op:
        batch_op.add_column(sa.Column("note", sa.String(), nullable=True))
    op.execute("UPDATE settings SET note = 'migrated'")
    {extra}


def downgrade() -> None:
    with op.batch_alter_table("settings") as batch_op:
        batch_op.drop_column("note")
'''


def _program_with_next_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, extra: str = "pass"
) -> None:
    """Make the program ship one more migration, NEXT, than the file on disk has."""
    migrations = tmp_path / "newer_program_migrations"
    shutil.copytree(migrator.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    script = _REVISION_NEXT.replace("{extra}", extra).replace("{next}", NEXT).replace("{head}", migrator.HEAD)
    (migrations / "versions" / f"{NEXT}_settings_note.py").write_text(script, encoding="utf-8")
    monkeypatch.setattr(migrator, "MIGRATIONS_DIR", migrations)
    monkeypatch.setattr(migrator, "HEAD", NEXT)
    _forget_scripts(monkeypatch)
    assert migrator.script_directory().get_current_head() == NEXT


def _forget_scripts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Drop the cached script list now, and again when the test ends."""
    migrator.script_directory.cache_clear()
    migrator.known_revisions.cache_clear()
    monkeypatch.undo = _then_forget(monkeypatch.undo)  # type: ignore[method-assign]


def _then_forget(undo: Callable[[], None]) -> Callable[[], None]:
    def run() -> None:
        undo()
        migrator.script_directory.cache_clear()
        migrator.known_revisions.cache_clear()

    return run


def _file_at_head(path: Path) -> None:
    db = Database.open(path)
    try:
        assert migrator.head_revision() == HEAD
        with db.write() as session:
            session.add(Setting(key="business_name", value="Kaya Ltd."))
    finally:
        db.close()


def _read(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _columns(path: Path, table: str) -> set[str]:
    return {row[1] for row in _read(path, f"PRAGMA table_info({table})")}


def test_opening_an_older_file_backs_it_up_then_migrates(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _file_at_head(db_path)
    _program_with_next_revision(tmp_path, monkeypatch)

    db = Database.open(db_path)
    try:
        backup = db.last_backup
        with db.engine.connect() as connection:
            assert migrator.current_revision(connection) == NEXT
    finally:
        db.close()

    # the backup: a sound SQLite copy of the file as it was before the upgrade
    assert backup is not None
    assert backup.parent == db_path.parent / "backups"
    assert backup.is_file()
    assert NEXT in backup.name
    assert _read(backup, "PRAGMA integrity_check") == [("ok",)]
    assert _read(backup, "SELECT version_num FROM alembic_version") == [(HEAD,)]
    assert _read(backup, "SELECT key, value FROM settings") == [("business_name", '"Kaya Ltd."')]
    assert "note" not in _columns(backup, "settings")
    assert not list(backup.parent.glob("*.partial"))

    # the file itself: upgraded, data kept
    assert _read(db_path, "SELECT version_num FROM alembic_version") == [(NEXT,)]
    assert _read(db_path, "SELECT key, value, note FROM settings") == [
        ("business_name", '"Kaya Ltd."', "migrated")
    ]


def test_a_file_at_head_is_not_backed_up_again(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _file_at_head(db_path)
    _program_with_next_revision(tmp_path, monkeypatch)
    Database.open(db_path).close()
    backups = sorted((db_path.parent / "backups").iterdir())
    db = Database.open(db_path)
    try:
        assert db.last_backup is None
    finally:
        db.close()
    assert sorted((db_path.parent / "backups").iterdir()) == backups


def test_a_failing_migration_leaves_the_file_as_it_was(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _file_at_head(db_path)
    _program_with_next_revision(tmp_path, monkeypatch, extra='op.execute("SELECT * FROM no_such_table")')

    with pytest.raises(DatabaseError):
        Database.open(db_path)
    assert _read(db_path, "SELECT version_num FROM alembic_version") == [(HEAD,)]
    assert "note" not in _columns(db_path, "settings")
    assert _read(db_path, "SELECT key FROM settings") == [("business_name",)]
    assert _read(db_path, "PRAGMA integrity_check") == [("ok",)]


def test_a_backup_that_cannot_be_written_stops_the_upgrade_with_a_clear_error(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _file_at_head(db_path)
    _program_with_next_revision(tmp_path, monkeypatch)
    (db_path.parent / "backups").write_text("a file where the backups folder should be")

    with pytest.raises(DatabaseError) as caught:
        Database.open(db_path)
    assert str(db_path) in str(caught.value)
    assert _read(db_path, "SELECT version_num FROM alembic_version") == [(HEAD,)]
    assert "note" not in _columns(db_path, "settings")
