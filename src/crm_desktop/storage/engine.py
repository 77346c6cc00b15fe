"""SQLite engines with the pragmas every connection needs."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry

BUSY_TIMEOUT_MS = 5000
# "CRM1": written to PRAGMA application_id so a CRM file is known from any other SQLite file.
APPLICATION_ID = 0x43524D31


def make_engine(path: Path) -> Engine:
    """An engine on the SQLite file at ``path`` (created if missing).

    Transactions are begun by us, not by the sqlite3 module, so that SAVEPOINTs
    work and a write transaction takes the write lock at once (BEGIN IMMEDIATE)
    instead of failing later when a read lock cannot be upgraded.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("crm_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def apply_pragmas(connection: sqlite3.Connection) -> None:
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA foreign_keys = ON")
    # A read-only file cannot switch journal mode; reads still work and
    # writes fail with a clear "read-only" message later.
    with contextlib.suppress(sqlite3.OperationalError):
        connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    # 16 MiB of pages per connection (the default is 2 MiB): the first keystroke of a
    # search and the first page of a big list come from memory more often
    connection.execute("PRAGMA cache_size = -16384")
