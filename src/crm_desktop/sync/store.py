"""The local sync tables as the sync modules see them: one write transaction, the device state,
and what each synced table looks like in the open file.

Sync work runs on the plain sqlite3 connection under a SQLAlchemy connection:
statements prepared once and run per op are what make applying ten thousand
field operations a second possible, and the SQLAlchemy connection around it lets
a Session (the search index) join the same transaction.
"""

from __future__ import annotations

import hashlib
import socket
import sqlite3
import uuid
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import exc as sa_exc
from sqlmodel import SQLModel

import crm_desktop.domain.models  # noqa: F401  (registers every table on SQLModel.metadata)
from crm_desktop.storage.database import Database
from crm_desktop.storage.errors import translate
from crm_desktop.sync.hlc import HybridClock, Stamp
from crm_desktop.sync.ops import DELETED, Scalar

RECORD_COLUMNS = frozenset({"id", "created_at", "updated_at", "deleted_at"})
# tables the protocol syncs besides the records: their key column is their row id
KEYED_TABLES = {"settings": "key"}
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def synced_tables() -> dict[str, str]:
    """Every synced table of the models and its row-key column (DESIGN.md, Sync)."""
    tables: dict[str, str] = {}
    for table in SQLModel.metadata.sorted_tables:  # parents before children
        names = {column.name for column in table.columns}
        if table.name.startswith("_") or table.name.startswith("search_docs"):
            continue
        if names >= RECORD_COLUMNS:
            tables[table.name] = "id"
        elif table.name in KEYED_TABLES:
            tables[table.name] = KEYED_TABLES[table.name]
    return tables


@dataclass(frozen=True)
class TableInfo:
    """A synced table as it is in the open file (a newer client's columns are simply absent)."""

    name: str
    key: str
    columns: tuple[str, ...]  # every column but the key
    fallbacks: dict[str, Scalar]  # a value for each NOT NULL column, for a row inserted incomplete
    foreign_keys: tuple[tuple[str, str], ...]  # (column, parent table)

    @property
    def has_deleted(self) -> bool:
        return DELETED in self.columns

    def knows(self, field: str) -> bool:
        # settings has no deleted_at column, yet its rows can be deleted (a repair tool)
        return field in self.columns or field == DELETED


def _fallback(declared: str) -> Scalar:
    """What a NOT NULL column gets when a row arrives without it (an op lost to a filter or a
    newer schema): an empty value of its type, written without a stamp so any real op wins."""
    kind = declared.upper()
    if "INT" in kind or "BOOL" in kind:
        return 0
    if any(word in kind for word in ("REAL", "FLOA", "DOUB", "NUMERIC")):
        return 0.0
    if "DATETIME" in kind or "TIMESTAMP" in kind:
        return "1970-01-01 00:00:00.000000"
    if "DATE" in kind:
        return "1970-01-01"
    if "JSON" in kind:
        return "{}"
    return ""


def table_infos(raw: sqlite3.Connection) -> dict[str, TableInfo]:
    infos: dict[str, TableInfo] = {}
    for name, key in synced_tables().items():
        columns = raw.execute(f'PRAGMA table_info("{name}")').fetchall()
        if not columns:
            continue
        fallbacks = {
            column: _fallback(declared)
            for _cid, column, declared, notnull, default, _pk in columns
            if notnull and default is None and column != key
        }
        foreign = tuple(
            (str(row[3]), str(row[2])) for row in raw.execute(f'PRAGMA foreign_key_list("{name}")')
        )
        infos[name] = TableInfo(
            name, key, tuple(str(c[1]) for c in columns if c[1] != key), fallbacks, foreign
        )
    return infos


_INFOS: weakref.WeakKeyDictionary[Database, dict[str, TableInfo]] = weakref.WeakKeyDictionary()


def infos_of(db: Database, raw: sqlite3.Connection) -> dict[str, TableInfo]:
    """:func:`table_infos` of an open database, read once: its schema does not change while it is
    open (migrations run before), and reading it for every pulled page cost a few ms a page."""
    found = _INFOS.get(db)
    if found is None:
        found = _INFOS[db] = table_infos(raw)
    return found


@dataclass(frozen=True)
class SyncState:
    device_id: str
    clock: Stamp | None
    server_url: str
    pull_cursor: int
    seeded: bool
    last_sync_at: str | None


def read_state(raw: sqlite3.Connection) -> SyncState:
    row = raw.execute(
        "SELECT device_id, clock, server_url, pull_cursor, seeded, last_sync_at FROM _sync_state"
    ).fetchone()
    device, clock, url, cursor, seeded, last = row
    return SyncState(device, Stamp.parse(clock) if clock else None, url, int(cursor), bool(seeded), last)


def place_of(path: Path) -> str:
    """A fingerprint of this computer and the file's path."""
    where = f"{socket.gethostname()}\x1f{path.resolve()}"
    return hashlib.sha256(where.encode()).hexdigest()[:32]


def claim_device(db: Database) -> bool:
    """Give the file a device id of its own when it was copied or moved since it last synced
    here (another computer, another folder); True when it did.

    Two copies under one device id would sign in as one device (each sign-in cutting the
    other off) and stamp their changes alike. A new id only costs a new sign-in: the
    server's data, this file's and the changes waiting to be sent stay as they are.
    """
    place = place_of(Path(db.path))
    with transaction(db) as (_connection, raw):
        stored, server_url = raw.execute("SELECT place, server_url FROM _sync_state").fetchone()
        if stored == place:
            return False
        # '' : never recorded. A file never connected takes a new id then too (copies of one
        # prepared file each get their own); one connected before this check keeps its id.
        copied = str(stored) != ""
        if copied or not server_url:
            raw.execute("UPDATE _sync_state SET device_id = ?", (uuid.uuid4().hex,))
            # a batch sent but not acknowledged is the old device's on the server: send its ops
            # again in batches of this device (the server knows the ops it has logged)
            raw.execute("UPDATE _outbox SET batch = NULL WHERE rejected IS NULL")
        raw.execute("UPDATE _sync_state SET place = ?", (place,))
    return copied


def device_clock(raw: sqlite3.Connection, now: Any) -> HybridClock:
    """The device's hybrid clock, continuing from the last stamp it made or saw."""
    state = read_state(raw)
    return HybridClock(state.device_id, now, state.clock)


def save_clock(raw: sqlite3.Connection, clock: HybridClock) -> None:
    raw.execute("UPDATE _sync_state SET clock = ?", (clock.last.text(),))


class WallClock:
    """A ``now`` for HybridClock that reads a time set from outside (an outbox row's ``wall_ms``)."""

    def __init__(self, ms: int = 0) -> None:
        self.ms = ms

    def __call__(self) -> datetime:
        return EPOCH + timedelta(milliseconds=self.ms)


def ms_of(moment: datetime) -> int:
    return (moment - EPOCH) // timedelta(milliseconds=1)


def db_text(moment: datetime) -> str:
    """A moment as the UTCDateTime columns store it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@contextmanager
def transaction(
    db: Database, *, foreign_keys: bool = True
) -> Iterator[tuple[Connection, sqlite3.Connection]]:
    """One write transaction (BEGIN IMMEDIATE), committed when the block ends without an error.

    ``foreign_keys=False`` switches enforcement off for this transaction only: applying
    remote rows may meet a child whose parent this device cannot see yet (another team's
    record, a row a repair tool purged); refusing it would stop every later sync.
    """
    try:
        with db.engine.execution_options(crm_write=True).connect() as connection:
            raw: sqlite3.Connection = connection.connection.driver_connection  # type: ignore[assignment]
            if not foreign_keys:  # only outside a transaction does this pragma take effect
                raw.execute("PRAGMA foreign_keys = OFF")
            try:
                with connection.begin():
                    yield connection, raw
            finally:
                if not foreign_keys:
                    raw.execute("PRAGMA foreign_keys = ON")
    except (sa_exc.DBAPIError, sqlite3.Error) as error:
        raise translate(error, str(db.path)) from error
