"""Filling many rows at once: what to set aside while they go in, made again once after.

Sorting all keys of an index once costs far less than a million random inserts into
it, and an FTS5 table rebuilt once from its content costs far less than a trigger
firing per row. Everything set aside is created again from its own SQL, so the
schema ends exactly as the migrations made it (and a rolled-back transaction puts
it back by itself).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Sequence

from crm_desktop.storage.search_index import SEARCH_ENTITIES, fts_table


def drop_indexes(
    connection: sqlite3.Connection, tables: Sequence[str], *, keep: Collection[str] = ()
) -> list[str]:
    """Drop the non-unique indexes of ``tables`` but those named in ``keep``; returns their SQL,
    as created, to build them again.

    Unique indexes stay: they are rules the rows must keep while they go in. ``keep`` is for
    a writer that still reads by some index while it loads."""
    rows = connection.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({', '.join('?' for _t in tables)}) ORDER BY name",
        tuple(tables),
    ).fetchall()
    dropped = [
        (name, sql)
        for name, sql in rows
        if name not in keep and not sql.lstrip().upper().startswith("CREATE UNIQUE")
    ]
    return _drop(connection, "INDEX", dropped)


def _drop(connection: sqlite3.Connection, kind: str, rows: Sequence[tuple[str, str]]) -> list[str]:
    """Drop each (name, SQL) of ``rows``, of ``kind`` (INDEX or TRIGGER); their SQL, as created."""
    for name, _sql in rows:
        connection.execute(f'DROP {kind} "{name}"')
    return [sql for _name, sql in rows]


def drop_search_triggers(connection: sqlite3.Connection, only: str | None = None) -> list[str]:
    """Set aside the triggers that keep the FTS tables in step with ``search_docs`` (only the
    one called ``only``, when given).

    Returns their SQL exactly as the migration created it, to create them again after
    :func:`rebuild_search`.
    """
    rows = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_docs' "
        "AND (? IS NULL OR name = ?) ORDER BY name",
        (only, only),
    ).fetchall()
    return _drop(connection, "TRIGGER", rows)


def drop_idle_capture_triggers(connection: sqlite3.Connection, tables: Sequence[str]) -> list[str]:
    """Set aside the sync module's insert triggers on ``tables`` while they capture nothing;
    returns their SQL to create them again ([] when the device captures its changes).

    Until a device first connects to a server, those triggers only test, row by row, that
    they are not to capture (migration 0002's ``CAPTURING``), which was a third of what
    inserting contacts and their emails and phones cost. Dropped inside the writer's
    transaction, which holds the write lock, they cannot miss a change: nothing else writes
    until they are back, and a device that connects later queues every row then.
    """
    (capturing,) = connection.execute(
        "SELECT (SELECT seeded AND NOT applying FROM _sync_state) IS NOT 0"
    ).fetchone()
    if capturing:
        return []
    names = [f"_sync_{table}_ai" for table in tables]
    rows = connection.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        f"AND name IN ({', '.join('?' for _n in names)}) ORDER BY name",
        names,
    ).fetchall()
    return _drop(connection, "TRIGGER", rows)


def rebuild_search(connection: sqlite3.Connection) -> None:
    """Rebuild every FTS table from ``search_docs``."""
    for entity in SEARCH_ENTITIES:
        table = fts_table(entity)
        connection.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def run_all(connection: sqlite3.Connection, statements: Sequence[str]) -> None:
    """Create again what :func:`drop_indexes` or :func:`drop_search_triggers` set aside."""
    for sql in statements:
        connection.execute(sql)


class SearchLoad:
    """New ``entity`` records' search texts, written a batch at a time inside the caller's
    transaction, their full-text index filled once at :meth:`finish`; for writers of thousands
    of records at a time.

    The full-text table is filled by one statement rather than by the insert trigger row by
    row (measured on 100,000 contacts, 2.3 s against 9.4 s), and once rather than a batch at a
    time: filling it between batches left the rows of the other tables slower to go in (1.2 s
    of 6.5 s of writing, measured the same way). The trigger is set aside meanwhile and made
    again from its own SQL; both are part of the transaction, so a failure takes everything
    back with the trigger in place. Until :meth:`finish`, the new records are not found by
    searching, and nothing may change their texts (the update trigger would take out of the
    full-text table what was never put in).
    """

    def __init__(self, entity: str) -> None:
        self.entity = entity
        self.after: int | None = None  # the last rowid of search_docs before the first batch
        self.set_aside: list[str] = []

    def add(self, connection: sqlite3.Connection, docs: Sequence[tuple[str, str]]) -> None:
        """Write the texts (record id, text each) of new records."""
        if not docs:
            return
        if self.after is None:
            (self.after,) = connection.execute("SELECT coalesce(max(rowid), 0) FROM search_docs").fetchone()
            self.set_aside = drop_search_triggers(connection, f"search_docs_{self.entity}_ai")
        connection.executemany(
            "INSERT INTO search_docs (entity, ref_id, body) VALUES (?, ?, ?)",
            [(self.entity, ref_id, body) for ref_id, body in docs],
        )

    def finish(self, connection: sqlite3.Connection) -> None:
        """Put the texts written since the first batch into the full-text table, and the
        trigger back; the next batch starts again."""
        if self.after is None:
            return
        connection.execute(
            f"INSERT INTO {fts_table(self.entity)} (rowid, body) "
            "SELECT rowid, body FROM search_docs WHERE rowid > ? AND entity = ?",
            (self.after, self.entity),
        )
        run_all(connection, self.set_aside)
        self.after, self.set_aside = None, []
