"""A new device's first sync from a seed: a database file the server keeps up to date.

Pulling the whole log costs a merge per field op ever pushed (tens of millions for a
big shop); applying the server's current state row by row still costs a merge and a
statement per field. The server therefore keeps, per team, a replica that is a
database of this program, brought up to date from the log (see
``crm_desktop.sync_server.seeds``). A device that has never pulled downloads it and
takes it in with a few set-based statements:

- rows this file has never heard of (no row, no stamp) are copied whole, with their
  field stamps, their search text, their recorded conflicts and the ops the replica's
  own merging wrote (a parent brought back for a child added under it), which this
  device then sends as its own;
- rows this file has too (its own rows pushed just before, the default pipeline every
  database makes) are merged field by field like any pulled op, but only the fields
  whose stamp differs;
- the device's clock takes in the newest stamp copied, so its next write is stamped
  after every value it holds;
- the pull cursor becomes the seed's, and the sync pulls the ops after it as usual.

It is one transaction: a crash, a full disk or a bad file leaves the database as it
was, and the next sync starts over. A seed of another schema is refused
(:class:`SeedUnusable`) and the device pulls the log instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy import exc as sa_exc
from sqlmodel import Session

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.types import utcnow
from crm_desktop.i18n import _
from crm_desktop.storage import migrator
from crm_desktop.storage.database import Database
from crm_desktop.storage.errors import translate
from crm_desktop.sync.apply import ApplyResult, Reindex, apply_in, row_pages
from crm_desktop.sync.hlc import Stamp
from crm_desktop.sync.ops import DELETED, FieldOp, Scalar
from crm_desktop.sync.outbox import seal_in
from crm_desktop.sync.store import TableInfo, device_clock, infos_of, save_clock

SEED = "seed"  # the schema name the seed file is attached under
_MERGE_PAGE = 2_000  # ops merged at a time (one transaction in all)


class SeedUnusable(CrmError):
    """The downloaded file is not a seed this program can take (another schema, not a database)."""


@dataclass
class SeedResult:
    cursor: int  # the server position the seed holds everything up to
    copied_rows: int = 0
    copied_fields: int = 0
    merged: ApplyResult = field(default_factory=ApplyResult)


def check_seed(path: Path) -> int:
    """The cursor of the seed at ``path``; :class:`SeedUnusable` when it is of no use here."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            (version,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            (cursor,) = connection.execute("SELECT pull_cursor FROM _sync_state").fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, TypeError) as error:
        message = _("The server's starting copy is not a readable database ({error}).")
        raise SeedUnusable(message.format(error=error)) from None
    if version != migrator.HEAD:
        raise SeedUnusable(
            _("The server's starting copy is of database version {theirs}, this program's is {ours}.").format(
                theirs=version, ours=migrator.HEAD
            )
        )
    return int(cursor)


def take_seed(
    db: Database,
    path: Path,
    *,
    reindex: Reindex | None = None,
    now: Callable[[], datetime] = utcnow,
) -> SeedResult:
    """Take in the seed at ``path`` (see the module text); one transaction."""
    result = SeedResult(check_seed(path))
    with _attached(db, path) as (connection, raw):
        infos = infos_of(db, raw)
        seal_in(raw)  # local writes not yet sealed take part in the merge with their stamps
        raw.execute("UPDATE _sync_state SET applying = 1")
        _find_new_rows(raw, infos)
        _copy_new_rows(raw, infos, result)
        # the replica's clock has seen every stamp it holds (a read of one row, not ten million)
        newest = raw.execute(f"SELECT clock FROM {SEED}._sync_state").fetchone()[0]
        if newest:
            clock = device_clock(raw, now)
            clock.observe(Stamp.parse(str(newest)))
            save_clock(raw, clock)
        raw.execute("UPDATE _sync_state SET applying = 0")
        if reindex is not None:
            _index_owners_of_copied_methods(connection, raw, reindex)
        for page in row_pages(_ops_to_merge(raw, infos), _MERGE_PAGE):
            result.merged.add(apply_in(connection, raw, infos, page, reindex=reindex, now=now))
        _copy_conflicts_and_restores(raw)
        current = raw.execute("SELECT pull_cursor FROM _sync_state").fetchone()[0]
        raw.execute("UPDATE _sync_state SET pull_cursor = ?", (max(int(current), result.cursor),))
        raw.execute("DROP TABLE temp.seed_rows")
    return result


@contextmanager
def _attached(db: Database, path: Path) -> Iterator[tuple[Connection, sqlite3.Connection]]:
    """One write transaction with foreign keys off and the seed attached read-only."""
    try:
        with db.engine.execution_options(crm_write=True).connect() as connection:
            raw: sqlite3.Connection = connection.connection.driver_connection  # type: ignore[assignment]
            # both only take effect outside a transaction
            raw.execute("PRAGMA foreign_keys = OFF")
            try:
                raw.execute(f"ATTACH DATABASE ? AS {SEED}", (str(path),))
                try:
                    with connection.begin():
                        yield connection, raw
                finally:
                    with suppress(sqlite3.Error):  # never hide the error that ended the block
                        raw.execute(f"DETACH DATABASE {SEED}")
            finally:
                raw.execute("PRAGMA foreign_keys = ON")
    except (sa_exc.DBAPIError, sqlite3.Error) as error:
        cause = getattr(error, "orig", error)
        if type(cause) is sqlite3.DatabaseError:  # "file is not a database", "malformed"
            message = _("The server's starting copy is not a readable database ({error}).")
            raise SeedUnusable(message.format(error=cause)) from error
        raise translate(error, str(db.path)) from error


def _find_new_rows(raw: sqlite3.Connection, infos: dict[str, TableInfo]) -> None:
    """``temp.seed_rows``: every row of the seed the server sent it (the replica's own defaults
    have no stamps), ``new`` when this file has no trace of it (no row, no stamp)."""
    raw.execute("DROP TABLE IF EXISTS temp.seed_rows")
    raw.execute(
        "CREATE TEMP TABLE seed_rows "
        "(table_name TEXT, row_id TEXT, new INTEGER, PRIMARY KEY (table_name, row_id))"
    )
    for info in infos.values():
        raw.execute(
            "INSERT INTO temp.seed_rows SELECT table_name, row_id, "
            "NOT EXISTS (SELECT 1 FROM main._field_stamps m WHERE m.table_name = ?1 AND m.row_id = r) "
            f'AND NOT EXISTS (SELECT 1 FROM main."{info.name}" t WHERE t."{info.key}" = r) '
            f"FROM (SELECT DISTINCT table_name, row_id, row_id AS r FROM {SEED}._field_stamps "
            "WHERE table_name = ?1)",
            (info.name,),
        )


def _copy_new_rows(raw: sqlite3.Connection, infos: dict[str, TableInfo], result: SeedResult) -> None:
    """Copy the new rows a table at a time. A table whose copy a constraint refused is merged
    instead (its rows no longer count as new), where the row that breaks it is reported as
    blocked."""
    blocked: set[str] = set()
    new = "(SELECT row_id FROM temp.seed_rows WHERE table_name = ? AND new)"
    for info in infos.values():
        names = ", ".join(f'"{name}"' for name in (info.key, *info.columns))
        raw.execute("SAVEPOINT seed_table")
        try:
            cursor = raw.execute(
                f'INSERT INTO main."{info.name}" ({names}) SELECT {names} FROM {SEED}."{info.name}" '
                f'WHERE "{info.key}" IN {new}',
                (info.name,),
            )
        except sqlite3.IntegrityError:
            raw.execute("ROLLBACK TO seed_table")
            raw.execute("RELEASE seed_table")
            blocked.add(info.name)
            continue
        raw.execute("RELEASE seed_table")
        result.copied_rows += cursor.rowcount
        new_ids = raw.execute("SELECT row_id FROM temp.seed_rows WHERE table_name = ? AND new", (info.name,))
        ids = [row_id for (row_id,) in new_ids]
        if ids:
            result.merged.changed.setdefault(info.name, set()).update(ids)
    # a blocked table's rows go through the merge: nothing else of them is copied
    raw.executemany("UPDATE temp.seed_rows SET new = 0 WHERE table_name = ?", [(name,) for name in blocked])
    result.copied_fields = raw.execute(
        f"INSERT INTO main._field_stamps SELECT * FROM {SEED}._field_stamps "
        "WHERE (table_name, row_id) IN (SELECT table_name, row_id FROM temp.seed_rows WHERE new)"
    ).rowcount
    result.merged.applied += result.copied_fields
    # an upsert, not INSERT OR REPLACE: a replacing delete would not reach the FTS index
    raw.execute(
        "INSERT INTO main.search_docs (entity, ref_id, body) "
        f"SELECT entity, ref_id, body FROM {SEED}.search_docs "
        "WHERE ref_id IN (SELECT row_id FROM temp.seed_rows WHERE new) "
        "ON CONFLICT (ref_id) DO UPDATE SET body = excluded.body WHERE body != excluded.body"
    )


def _copy_conflicts_and_restores(raw: sqlite3.Connection) -> None:
    """The replica's recorded conflicts (those of rows this file had too included: it merged
    only their final values, not the ops that lost on the way), and the ops the replica's own
    merging wrote (a parent brought back) whose value still stands: this device sends them,
    since the replica never does."""
    conflict_columns = (
        "table_name, row_id, field, losing_value, losing_stamp, winning_value, winning_stamp, "
        "recorded_at, resolved_at, resolution"
    )
    raw.execute(
        f"INSERT OR IGNORE INTO main._conflicts ({conflict_columns}) "
        f"SELECT {conflict_columns} FROM {SEED}._conflicts ORDER BY id"
    )
    outbox_columns = "table_name, row_id, field, value, wall_ms, op_id, stamp, base"
    raw.execute(
        f"INSERT OR IGNORE INTO main._outbox ({outbox_columns}) "
        f"SELECT {', '.join('o.' + c for c in outbox_columns.split(', '))} FROM {SEED}._outbox o "
        "JOIN main._field_stamps m ON m.table_name = o.table_name AND m.row_id = o.row_id "
        "AND m.field = o.field AND m.stamp = o.stamp "
        "WHERE o.rejected IS NULL ORDER BY o.id"
    )


def _index_owners_of_copied_methods(
    connection: Connection, raw: sqlite3.Connection, reindex: Reindex
) -> None:
    """Index again the records this file had whose copied emails or phones are new to it.

    Copied records come with their search text. A record this file had is indexed again
    by the merge when its own columns change; only a copied email or phone of it
    changes its text otherwise. (A copied company or contact shown in the text of a
    record this file had cannot be: that record could not point to it before the copy,
    and pointing to it now is a merged change of its own.)"""
    methods = raw.execute(
        "SELECT n.row_id FROM temp.seed_rows n JOIN main.contact_methods c ON c.id = n.row_id "
        "WHERE n.table_name = 'contact_methods' AND n.new AND NOT EXISTS (SELECT 1 FROM temp.seed_rows o "
        "WHERE o.table_name IN ('contacts', 'companies') AND o.new "
        "AND o.row_id IN (c.contact_id, c.company_id))"
    ).fetchall()
    if methods:
        with Session(bind=connection) as session:
            reindex(session, {"contact_methods": {row_id: {"value"} for (row_id,) in methods}})
            session.flush()


def _ops_to_merge(raw: sqlite3.Connection, infos: dict[str, TableInfo]) -> list[FieldOp]:
    """The seed's fields of the rows this file has too (or could not copy), where the stamps
    differ, as pulled ops."""
    ops: list[FieldOp] = []
    for info in infos.values():
        stamps = raw.execute(
            f"SELECT s.row_id, s.field, s.stamp, s.base, s.held FROM temp.seed_rows n "
            f"CROSS JOIN {SEED}._field_stamps s ON s.table_name = n.table_name AND s.row_id = n.row_id "
            "WHERE n.table_name = ? AND NOT n.new AND NOT EXISTS (SELECT 1 FROM main._field_stamps m "
            "WHERE m.table_name = s.table_name AND m.row_id = s.row_id AND m.field = s.field "
            "AND m.stamp = s.stamp) ORDER BY s.row_id, s.field",
            (info.name,),
        ).fetchall()
        if not stamps:
            continue
        rows = _seed_rows(raw, info, sorted({row_id for row_id, *_rest in stamps}))
        for row_id, name, stamp, base, held in stamps:
            if name != DELETED and name not in info.columns:
                continue  # a column this version does not have (cannot happen at one schema)
            value = held if name == DELETED else rows.get(row_id, {}).get(name)
            ops.append(
                FieldOp(f"seed-{info.name}-{row_id}-{name}", info.name, row_id, name, value, stamp, base)
            )
    return ops


def _seed_rows(raw: sqlite3.Connection, info: TableInfo, row_ids: list[str]) -> dict[str, dict[str, Scalar]]:
    found: dict[str, dict[str, Scalar]] = {}
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start : start + 500]
        cursor = raw.execute(
            f'SELECT * FROM {SEED}."{info.name}" WHERE "{info.key}" IN ({", ".join("?" * len(chunk))})', chunk
        )
        names = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            found[str(row[info.key])] = row
    return found
