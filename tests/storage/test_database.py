"""Opening a CRM file: what we accept, what we refuse untouched, and how SQLite failures read."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, func, select, text

import crm_desktop.storage.database as database_module
import crm_desktop.storage.engine as engine_module
from crm_desktop.domain.errors import (
    ConflictError,
    CrmError,
    DatabaseCorruptError,
    DatabaseError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DiskFullError,
    NotACrmDatabaseError,
)
from crm_desktop.domain.models import Contact, Setting
from crm_desktop.storage import migrator
from crm_desktop.storage.database import Database
from crm_desktop.storage.engine import APPLICATION_ID, BUSY_TIMEOUT_MS, make_engine
from crm_desktop.storage.errors import translate

# ---------------------------------------------------------------- helpers


def _make_crm_file(path: Path, settings: dict[str, object] | None = None) -> None:
    """A closed CRM file at head (its WAL folded back into the main file)."""
    db = Database.open(path)
    try:
        if settings:
            with db.write() as session:
                for key, value in settings.items():
                    session.add(Setting(key=key, value=value))
    finally:
        db.close()
    _checkpoint(path)


def _checkpoint(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _setting_keys(path: Path) -> list[str]:
    """The saved setting keys, read with a plain sqlite3 connection (not through the code under test)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in connection.execute("SELECT key FROM settings"))
    finally:
        connection.close()


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


# ---------------------------------------------------------------- a new file


def test_open_creates_a_crm_file(db_path: Path) -> None:
    assert not db_path.exists()
    db = Database.open(db_path)
    try:
        assert db_path.is_file()
        assert db.last_backup is None
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
            assert migrator.current_revision(connection) == migrator.head_revision()
    finally:
        db.close()
    assert not (db_path.parent / "backups").exists()


def test_application_id_is_in_the_file_header(db_path: Path) -> None:
    _make_crm_file(db_path)
    # bytes 68..71 of an SQLite header hold the application id, big-endian
    assert int.from_bytes(db_path.read_bytes()[68:72], "big") == APPLICATION_ID


def test_pragmas_hold_on_every_pooled_connection(db: Database) -> None:
    with db.engine.connect() as first, db.engine.connect() as second:
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_open_creates_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "crm.sqlite3"
    Database.open(path).close()
    assert path.is_file()


def test_open_without_create_refuses_a_missing_file(db_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        Database.open(db_path, create=False)
    assert str(db_path) in str(caught.value)
    assert not db_path.exists()


def test_reopening_keeps_data_and_makes_no_backup(db_path: Path) -> None:
    _make_crm_file(db_path, {"business_name": "Kaya Ltd."})
    db = Database.open(db_path)
    try:
        assert db.last_backup is None
        with db.read() as session:
            assert session.get(Setting, "business_name").value == "Kaya Ltd."
    finally:
        db.close()
    assert not (db_path.parent / "backups").exists()


def test_an_empty_file_is_accepted(db_path: Path) -> None:
    db_path.write_bytes(b"")
    db = Database.open(db_path)
    try:
        with db.engine.connect() as connection:
            assert migrator.current_revision(connection) == migrator.head_revision()
            assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    finally:
        db.close()


def test_an_sqlite_file_without_tables_is_made_ours(db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA user_version = 3")
    connection.close()
    assert db_path.stat().st_size > 0
    Database.open(db_path).close()
    assert "settings" in _table_names(db_path)


def _table_names(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        connection.close()


# ---------------------------------------------------------------- files we refuse, untouched


def _assert_refused_untouched(path: Path, error_type: type[CrmError]) -> CrmError:
    before = path.read_bytes()
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(error_type) as caught:
        Database.open(path)
    assert path.read_bytes() == before
    # no backup and nothing else written; a read-only look at a WAL file may leave
    # SQLite's (empty) -wal and -shm side files, which hold no data
    added = {p.name for p in path.parent.iterdir()} - set(siblings)
    assert added <= {f"{path.name}-wal", f"{path.name}-shm"}
    wal = path.with_name(f"{path.name}-wal")
    if wal.name in added:
        assert wal.stat().st_size == 0
    assert str(path) in str(caught.value)
    assert caught.value.path == str(path)  # type: ignore[attr-defined]
    return caught.value


@pytest.mark.parametrize(
    "content",
    [b"name,phone\nAhmed,0501234567\n" * 200, b"SQLite", b"\x00" * 4096, "مرحبا".encode() * 100],
)
def test_a_file_that_is_not_sqlite_is_refused(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    error = _assert_refused_untouched(db_path, NotACrmDatabaseError)
    assert "not a CRM Desktop database" in str(error)


def test_a_database_of_another_program_is_refused(db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.execute("INSERT INTO invoices (total) VALUES (12.5)")
    connection.commit()
    connection.close()
    error = _assert_refused_untouched(db_path, NotACrmDatabaseError)
    assert "another program" in str(error)


def test_another_alembic_program_without_our_application_id_is_refused(db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES (?)", (migrator.head_revision(),))
    connection.commit()
    connection.close()
    _assert_refused_untouched(db_path, NotACrmDatabaseError)


def test_our_application_id_without_a_schema_version_is_refused(db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()
    _assert_refused_untouched(db_path, NotACrmDatabaseError)


def test_a_file_from_a_newer_program_is_refused(db_path: Path) -> None:
    _make_crm_file(db_path, {"business_name": "Kaya"})
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.commit()
    connection.close()
    _checkpoint(db_path)
    error = _assert_refused_untouched(db_path, DatabaseTooNewError)
    assert "newer version" in str(error)
    assert _setting_keys(db_path) == ["business_name"]


# ---------------------------------------------------------------- sessions


def test_write_commits_and_read_sees_it(db: Database, db_path: Path) -> None:
    with db.write() as session:
        session.add(Setting(key="a", value={"x": 1}))
    assert _setting_keys(db_path) == ["a"]
    with db.read() as session:
        loaded = session.get(Setting, "a")
    assert loaded.value == {"x": 1}  # still readable after the session ended


def test_read_never_commits(db: Database, db_path: Path) -> None:
    with db.read() as session:
        session.add(Setting(key="ghost", value=1))
        session.flush()
    assert _setting_keys(db_path) == []


def test_write_rolls_back_everything_when_the_block_fails(db: Database, db_path: Path) -> None:
    with pytest.raises(ValueError, match="stop"), db.write() as session:
        session.add(Setting(key="first", value=1))
        session.flush()
        raise ValueError("stop")
    assert _setting_keys(db_path) == []


def test_foreign_keys_are_enforced_in_sessions(db: Database, db_path: Path) -> None:
    with pytest.raises(ConflictError), db.write() as session:
        session.add(Contact(display_name="Ahmed", company_id="no-such-company"))
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0


# ---------------------------------------------------------------- read-only


def _read_only_engine(path: Path) -> Engine:
    """An engine opening the file the way SQLite does when the file may not be written."""
    return make_engine(f"file:{path}?mode=ro&uri=true")  # type: ignore[arg-type]


def test_a_read_only_file_refuses_writes_and_changes_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_crm_file(db_path, {"keep": 1})
    monkeypatch.setattr(database_module, "make_engine", _read_only_engine)
    db = Database.open(db_path)
    try:
        with db.read() as session:
            assert session.get(Setting, "keep").value == 1
        with pytest.raises(DatabaseReadOnlyError) as caught, db.write() as session:
            session.add(Setting(key="new", value=2))
        assert "Nothing was changed" in str(caught.value)
    finally:
        db.close()
    assert _setting_keys(db_path) == ["keep"]


def test_query_only_connection_gives_read_only_error(db: Database, db_path: Path) -> None:
    with db.write() as session:
        session.add(Setting(key="keep", value=1))

    @event.listens_for(db.engine, "connect")
    def _query_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    db.engine.dispose()  # drop pooled connections so new ones get the pragma
    with pytest.raises(DatabaseReadOnlyError), db.write() as session:
        session.add(Setting(key="new", value=2))
    assert _setting_keys(db_path) == ["keep"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write any file")
def test_a_file_without_write_permission(db_path: Path) -> None:
    _make_crm_file(db_path, {"keep": 1})
    db_path.chmod(0o444)
    before = db_path.read_bytes()
    try:
        try:
            db = Database.open(db_path)
        except DatabaseReadOnlyError:
            return
        try:
            with pytest.raises(DatabaseReadOnlyError), db.write() as session:
                session.add(Setting(key="new", value=2))
        finally:
            db.close()
    finally:
        db_path.chmod(0o644)
    assert db_path.read_bytes() == before


# ---------------------------------------------------------------- locked


def test_a_locked_file_gives_locked_error_on_write(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _make_crm_file(db_path, {"keep": 1})
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    db = Database.open(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLockedError) as caught, db.write() as session:
            session.add(Setting(key="new", value=2))
        assert "busy" in str(caught.value)
        # in WAL mode readers are not blocked by a writer
        with db.read() as session:
            assert session.get(Setting, "keep") is not None
        other.execute("ROLLBACK")
        # the lock is gone: writing works again
        with db.write() as session:
            session.add(Setting(key="later", value=3))
    finally:
        other.close()
        db.close()
    assert _setting_keys(db_path) == ["keep", "later"]


# ---------------------------------------------------------------- disk full


def test_a_full_disk_fails_the_write_and_keeps_saved_rows(db: Database, db_path: Path) -> None:
    with db.write() as session:
        session.add_all([Setting(key=f"saved{i}", value="v" * 100) for i in range(10)])

    @event.listens_for(db.engine, "connect")
    def _small_disk(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 4}")

    db.engine.dispose()
    with pytest.raises(DiskFullError) as caught, db.write() as session:
        for i in range(200):
            session.add(Setting(key=f"big{i}", value="x" * 5000))
            session.flush()
    assert "full" in str(caught.value)
    keys = _setting_keys(db_path)
    assert keys == sorted(f"saved{i}" for i in range(10))  # nothing half-written
    assert db.integrity_problems() == []
    # small writes that fit still work on the same database
    with db.write() as session:
        session.add(Setting(key="small", value=1))
    assert "small" in _setting_keys(db_path)


# ---------------------------------------------------------------- corrupt


def test_a_corrupt_file_gives_a_clear_error(db_path: Path) -> None:
    _make_crm_file(db_path, {f"k{i:04d}": "x" * 2000 for i in range(400)})
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    garbage = random.Random(1234)
    for page in range(pages // 3, 2 * pages // 3):
        data[page * page_size : (page + 1) * page_size] = garbage.randbytes(page_size)
    db_path.write_bytes(bytes(data))
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"

    with pytest.raises((DatabaseCorruptError, NotACrmDatabaseError)) as caught:
        db = Database.open(db_path)
        try:
            with db.read() as session:
                session.execute(text("SELECT key, length(value) FROM settings")).all()
            problems = db.integrity_problems()
        finally:
            db.close()
        pytest.fail(f"a damaged file was read without an error; integrity check: {problems[:3]}")
    assert str(db_path) in str(caught.value)


# ---------------------------------------------------------------- integrity check


def test_integrity_problems_is_empty_on_a_sound_file(db: Database) -> None:
    with db.write() as session:
        session.add(Setting(key="a", value=1))
    assert db.integrity_problems() == []


def test_integrity_problems_reports_a_dangling_foreign_key(db: Database, db_path: Path) -> None:
    # written behind the program's back, with foreign keys off
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute(
        "INSERT INTO contacts (id, created_at, updated_at, given_name, family_name, display_name,"
        " sort_key, company_id, job_title, language, do_not_call, do_not_email, do_not_sms,"
        " do_not_mail, marketing_consent, preferences_note, lifecycle, source, notes, custom,"
        " address_line, city, region, postal_code, country)"
        " VALUES ('c1', '2026-01-01', '2026-01-01', '', '', 'Ahmed', 'ahmed', 'missing', '', '',"
        " 0, 0, 0, 0, 0, '', 'lead', '', '', '{}', '', '', '', '', '')"
    )
    raw.commit()
    raw.close()
    problems = db.integrity_problems()
    assert len(problems) == 1
    assert "contacts" in problems[0]
    assert "companies" in problems[0]


# ---------------------------------------------------------------- translate()


def _sqlite_error(path: Path, setup: str, statement: str, *, uri: str | None = None) -> sqlite3.Error:
    connection = sqlite3.connect(uri or path, uri=uri is not None, isolation_level=None, timeout=0)
    try:
        if setup:
            connection.executescript(setup)
        connection.execute(statement)
    except sqlite3.Error as error:
        return error
    finally:
        connection.close()
    raise AssertionError(f"{statement!r} did not fail")


def test_translate_read_only(db_path: Path) -> None:
    _make_crm_file(db_path)
    error = _sqlite_error(
        db_path, "", "INSERT INTO settings VALUES ('k', '1', '2026-01-01')", uri=f"file:{db_path}?mode=ro"
    )
    assert error.sqlite_errorname.startswith("SQLITE_READONLY")
    translated = translate(error, str(db_path))
    assert isinstance(translated, DatabaseReadOnlyError)
    assert translated.path == str(db_path)


def test_translate_busy(db_path: Path) -> None:
    _make_crm_file(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        error = _sqlite_error(db_path, "", "BEGIN IMMEDIATE")
    finally:
        holder.close()
    assert error.sqlite_errorname.startswith("SQLITE_BUSY")
    assert isinstance(translate(error, str(db_path)), DatabaseLockedError)


def test_translate_full(db_path: Path) -> None:
    error = _sqlite_error(
        db_path,
        "CREATE TABLE t (x); PRAGMA max_page_count = 3;",
        "INSERT INTO t SELECT zeroblob(100000)",
    )
    assert error.sqlite_errorname == "SQLITE_FULL"
    assert isinstance(translate(error, str(db_path)), DiskFullError)


def test_translate_not_a_database(db_path: Path) -> None:
    db_path.write_bytes(b"plain text, not a database" * 200)
    error = _sqlite_error(db_path, "", "SELECT * FROM sqlite_master")
    assert error.sqlite_errorname == "SQLITE_NOTADB"
    assert isinstance(translate(error, str(db_path)), NotACrmDatabaseError)


def test_translate_cannot_open(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "crm.sqlite3"
    with pytest.raises(sqlite3.Error) as caught:
        sqlite3.connect(missing).execute("SELECT 1")
    assert caught.value.sqlite_errorname.startswith("SQLITE_CANTOPEN")
    translated = translate(caught.value, str(missing))
    assert type(translated) is DatabaseError
    assert str(missing) in str(translated)


def test_translate_constraint_is_a_conflict(db_path: Path) -> None:
    error = _sqlite_error(
        db_path, "CREATE TABLE t (x UNIQUE); INSERT INTO t VALUES (1);", "INSERT INTO t VALUES (1)"
    )
    assert isinstance(error, sqlite3.IntegrityError)
    assert isinstance(translate(error, str(db_path)), ConflictError)


def test_translate_passes_our_errors_through() -> None:
    original = DiskFullError("full", "x")
    assert translate(original, "y") is original


def test_translate_other_errors_become_database_errors(db_path: Path) -> None:
    error = _sqlite_error(db_path, "", "SELECT * FROM no_such_table")
    translated = translate(error, str(db_path))
    assert type(translated) is DatabaseError
    assert "no_such_table" in str(translated)
