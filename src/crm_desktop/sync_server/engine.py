"""The server's database: which one a ``--database`` value names, its engine, its schema.

The same code runs on SQLite (the default: one file, one command starts a server)
and on PostgreSQL (``postgresql://...``, through psycopg 3) for bigger teams.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import ConnectionPoolEntry

from crm_desktop import paths
from crm_desktop.domain.errors import DatabaseError, ValidationError
from crm_desktop.i18n import _

if TYPE_CHECKING:
    from alembic.config import Config

DEFAULT_FILE_NAME = "sync-server.sqlite3"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# A push holds the write lock while it merges its batch; another pusher waits for it this long
# (a batch of 10,000 ops takes a few seconds on a slow disk)
SQLITE_BUSY_TIMEOUT_MS = 60_000


def default_database_path() -> Path:
    return paths.data_dir() / DEFAULT_FILE_NAME


def database_url(value: URL | str | None) -> URL:
    """The database a user named: a ``sqlite:///`` or ``postgresql://`` URL, a file path, or the default."""
    if isinstance(value, URL):
        value = value.render_as_string(hide_password=False)
    if not value:
        return make_url(f"sqlite:///{default_database_path()}")
    if "://" not in value:  # a plain path is a SQLite file
        return make_url(f"sqlite:///{Path(value).expanduser().absolute()}")
    if value.startswith("postgres://"):  # the spelling some hosting services hand out
        value = "postgresql://" + value.removeprefix("postgres://")
    try:
        url = make_url(value)
    except ArgumentError:
        raise ValidationError(
            {"--database": _("“{value}” is not a database URL.").format(value=value)}
        ) from None
    backend = url.get_backend_name()
    if backend == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and url.database and url.database != ":memory:":
        return url
    raise ValidationError(
        {
            "--database": _(
                "The server keeps its data in a SQLite file or in PostgreSQL (postgresql://...), "
                "not in “{value}”."
            ).format(value=url.render_as_string(hide_password=True))
        }
    )


def shown(url: URL) -> str:
    """The URL as a message may show it (no password)."""
    return url.render_as_string(hide_password=True)


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    # pre_ping: a PostgreSQL restarted under a running server costs one failed request, not many
    return create_engine(url, pool_pre_ping=True, connect_args={"prepare_threshold": None})


def _sqlite_engine(url: URL) -> Engine:
    assert url.database
    folder = Path(url.database).parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            _("Cannot create the folder {folder}: {reason}").format(folder=folder, reason=error.strerror),
            url.database,
        ) from error
    engine = create_engine(
        url, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None  # we begin transactions ourselves (below)
        dbapi_connection.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        with contextlib.suppress(sqlite3.OperationalError):  # a read-only file keeps its journal mode
            dbapi_connection.execute("PRAGMA journal_mode = WAL")
        # FULL, not NORMAL: a device drops its outbox once we answer a push, so an answered push
        # must survive a power cut, not only a crash of the server process
        dbapi_connection.execute("PRAGMA synchronous = FULL")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A write transaction takes the write lock at once: SQLite then runs writers one after
        # the other, which is what makes sequence numbers follow commit order (see store.push).
        immediate = connection.get_execution_options().get("crm_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine) -> None:
    """Create or upgrade the server's tables (cheap when they are up to date)."""
    from alembic import command

    with engine.connect() as connection:
        connection.execution_options(crm_write=True)
        with connection.begin():
            command.upgrade(alembic_config(connection), "head")
