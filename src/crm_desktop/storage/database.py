"""Opening a CRM file: refuse what is not ours or too new, back up, migrate, hand out sessions."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlmodel import Session

from crm_desktop.domain.errors import (
    CrmError,
    DatabaseError,
    DatabaseTooNewError,
    NotACrmDatabaseError,
)
from crm_desktop.i18n import _
from crm_desktop.storage import migrator
from crm_desktop.storage.backup import backup_file, backup_path_for
from crm_desktop.storage.engine import APPLICATION_ID, make_engine
from crm_desktop.storage.errors import translate

log = logging.getLogger(__name__)
SQLITE_MAGIC = b"SQLite format 3\x00"


class Database:
    """One open CRM file. Thread-safe: each ``read()``/``write()`` takes its own session."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._write_engine = self.engine.execution_options(crm_write=True)
        self.last_backup: Path | None = None

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True) -> Database:
        """Open (and if needed create or upgrade) the CRM database at ``path``.

        Raises NotACrmDatabaseError, DatabaseTooNewError or another DatabaseError
        with a message naming the problem; a file we refuse is never modified.
        """
        path = Path(path).expanduser().absolute()
        existing = path.exists() and path.stat().st_size > 0
        if not existing and not create:
            raise DatabaseError(_("There is no database at {path}.").format(path=path), str(path))
        if existing:
            revision = _inspect_existing(path)
        else:
            if not path.parent.exists():
                try:
                    path.parent.mkdir(parents=True)
                except OSError as error:
                    raise DatabaseError(
                        _("Cannot create the folder {folder}: {reason}").format(
                            folder=path.parent, reason=error.strerror
                        ),
                        str(path),
                    ) from error
            revision = None
        database = cls(path)
        try:
            database._bring_up_to_date(revision, existing)
        except BaseException:
            database.close()
            raise
        return database

    def _bring_up_to_date(self, revision: str | None, existing: bool) -> None:
        head = migrator.head_revision()
        if revision == head:
            return
        if existing and revision is not None:
            try:
                self.last_backup = backup_file(self.path, backup_path_for(self.path, f"before-{head}"))
            except sqlite3.Error as error:
                raise translate(error, str(self.path)) from error
            except OSError as error:
                raise DatabaseError(
                    _("Cannot back up {path} before upgrading it: {reason}. Nothing was changed.").format(
                        path=self.path, reason=error.strerror or error
                    ),
                    str(self.path),
                ) from error
            log.info("backed up %s to %s before migrating", self.path, self.last_backup)
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                migrator.upgrade(connection)
                connection.commit()
        except (sa_exc.DBAPIError, sqlite3.Error) as error:
            raise translate(error, str(self.path)) from error

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed.

        Closing (not rolling back) ends it, so the records it loaded stay readable
        after it ends instead of being expired.
        """
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except (sa_exc.DBAPIError, sqlite3.Error) as error:
            raise translate(error, str(self.path)) from error

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or not at all."""
        try:
            with Session(self._write_engine, expire_on_commit=False) as session:
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        except (sa_exc.DBAPIError, sqlite3.Error) as error:
            raise translate(error, str(self.path)) from error

    def integrity_problems(self) -> list[str]:
        """What SQLite's integrity and foreign-key checks report (empty when the file is sound)."""
        try:
            with self.engine.connect() as connection:
                rows = connection.exec_driver_sql("PRAGMA integrity_check").all()
                problems = [str(r[0]) for r in rows if r[0] != "ok"]
                for table, rowid, parent, _fk in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                    problems.append(
                        _("{table} row {rowid} points to a missing {parent} row").format(
                            table=table, rowid=rowid, parent=parent
                        )
                    )
                return problems
        except (sa_exc.DBAPIError, sqlite3.Error) as error:
            raise translate(error, str(self.path)) from error

    def close(self) -> None:
        self.engine.dispose()


def _inspect_existing(path: Path) -> str | None:
    """The Alembic revision of an existing file, after checking it is a CRM file we can open."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise DatabaseError(
            _("Cannot read {path}: {reason}").format(path=path, reason=error.strerror), str(path)
        ) from error
    if header != SQLITE_MAGIC:
        raise NotACrmDatabaseError(
            _("{path} is not a CRM Desktop database (it is not a database file at all).").format(path=path),
            str(path),
        )
    try:
        probe = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            application_id = probe.execute("PRAGMA application_id").fetchone()[0]
            tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision: str | None = None
            if "alembic_version" in tables:
                row = probe.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
        finally:
            probe.close()
    except sqlite3.Error as error:
        raise translate(error, str(path)) from error
    if not tables:
        return None  # an empty SQLite file: we may make it ours
    if application_id != APPLICATION_ID or revision is None:
        raise NotACrmDatabaseError(
            _("{path} is a database of another program, not of CRM Desktop; it was left untouched.").format(
                path=path
            ),
            str(path),
        )
    if revision != migrator.head_revision() and revision not in migrator.known_revisions():
        raise DatabaseTooNewError(
            _(
                "{path} was saved by a newer version of CRM Desktop. Install the newest version to open it; "
                "the file was left untouched."
            ).format(path=path),
            str(path),
        )
    return revision


__all__ = ["CrmError", "Database"]
