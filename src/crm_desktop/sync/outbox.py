"""The outbox: local writes waiting to be stamped, pushed and acknowledged.

The triggers of migration 0002 put one ``_outbox`` row per changed column into the
same transaction as the write, with the wall-clock time in milliseconds. This module
takes them from there:

- :func:`seal` gives unsealed rows, in write order, a stamp of the device's hybrid
  clock no earlier than their write time (so stamps order writes the way they
  happened, even when they are sealed days later), a ``base`` (the stamp of the
  value they replaced, as ``_field_stamps`` has it) and an op id. Several unsealed
  writes of one field keep only the last: only the last value matters and the base
  is the stamp before all of them. A delete is sealed after the other fields of the
  same seal: it saw every local write, so its base covers them and it stands.
- :func:`next_batch` hands out what to push, in batches whose id is stored with the
  rows before anything is sent: after a crash the same batch goes out again under the
  same id, and the server's replay answer changes nothing.
- :func:`mark_pushed` drops what the server took (applied or superseded) and keeps
  refused ops, with the reason, out of later pushes.
- :func:`enqueue_existing` queues rows written before sync existed (a file upgraded
  from 0001), once, when the device first connects to a server.

Every function is one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from crm_desktop.domain.ids import new_id
from crm_desktop.services.pipeline import DEFAULT_PIPELINE_IDS
from crm_desktop.storage.database import Database
from crm_desktop.sync.hlc import HybridClock, floor_stamp
from crm_desktop.sync.ops import DELETED, FieldOp
from crm_desktop.sync.store import TableInfo, WallClock, read_state, save_clock, table_infos, transaction

APPLIED, SUPERSEDED, REJECTED = "applied", "superseded", "rejected"
STAMP_UPSERT = (
    "INSERT INTO _field_stamps (table_name, row_id, field, stamp, base, held) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (table_name, row_id, field) DO UPDATE SET "
    "stamp = excluded.stamp, base = excluded.base, held = excluded.held"
)


@dataclass(frozen=True)
class PushResult:
    """The server's answer for one pushed op."""

    op_id: str
    result: str  # applied | superseded | rejected
    reason: str = ""


@dataclass(frozen=True)
class OutgoingBatch:
    batch_id: str
    ops: list[FieldOp]


def seal(db: Database) -> int:
    """Stamp every unsealed outbox row; the number of ops sealed."""
    with transaction(db) as (_connection, raw):
        return seal_in(raw)


def seal_in(raw: sqlite3.Connection) -> int:
    """:func:`seal` inside a running transaction (a caller holding a clock reads it again after)."""
    rows = raw.execute(
        "SELECT id, table_name, row_id, field, value, wall_ms FROM _outbox WHERE stamp IS NULL ORDER BY id"
    ).fetchall()
    if not rows:
        return 0
    last: dict[tuple[str, str, str], tuple[int, str, str, str, object, int]] = {}
    for row in rows:
        last[(row[1], row[2], row[3])] = row
    superseded = [(row[0],) for row in rows if last[(row[1], row[2], row[3])][0] != row[0]]
    raw.executemany("DELETE FROM _outbox WHERE id = ?", superseded)
    survivors = sorted(last.values(), key=lambda row: (row[3] == DELETED and row[4] is not None, row[0]))

    # the clock reads each row's write time: a stamp is no earlier than its write, and later
    # than every stamp made or seen before (the hybrid clock's own rule)
    wall = WallClock()
    state = read_state(raw)
    clock = HybridClock(state.device_id, wall, state.clock)
    for outbox_id, table, row_id, field, value, wall_ms in survivors:
        wall.ms = wall_ms
        stamp = clock.now().text()
        base = _base_for(raw, table, row_id, field, value)
        raw.execute(
            "UPDATE _outbox SET op_id = ?, stamp = ?, base = ? WHERE id = ?",
            (new_id(), stamp, base, outbox_id),
        )
        raw.execute(
            STAMP_UPSERT,
            (table, row_id, field, stamp, base, value if field == DELETED else None),
        )
    save_clock(raw, clock)
    return len(survivors)


def _base_for(raw: sqlite3.Connection, table: str, row_id: str, field: str, value: object) -> str:
    if field == DELETED and value is not None:
        # a delete's base: the newest stamp of the row this device has (ops.delete_stands)
        row = raw.execute(
            "SELECT max(stamp) FROM _field_stamps WHERE table_name = ? AND row_id = ?", (table, row_id)
        ).fetchone()
    else:
        row = raw.execute(
            "SELECT stamp FROM _field_stamps WHERE table_name = ? AND row_id = ? AND field = ?",
            (table, row_id, field),
        ).fetchone()
    return str(row[0]) if row and row[0] else ""


def _ops(rows: Sequence[tuple[object, ...]]) -> list[FieldOp]:
    return [
        FieldOp(str(op_id), str(table), str(row_id), str(field), value, str(stamp), str(base or ""))  # type: ignore[arg-type]
        for op_id, table, row_id, field, value, stamp, base in rows
    ]


_OP_COLUMNS = "op_id, table_name, row_id, field, value, stamp, base"


def pending(db: Database, limit: int | None = None) -> list[FieldOp]:
    """Sealed ops not yet acknowledged by the server (refused ones left out), oldest first."""
    with db.engine.connect() as connection:
        raw: sqlite3.Connection = connection.connection.driver_connection  # type: ignore[assignment]
        rows = raw.execute(
            f"SELECT {_OP_COLUMNS} FROM _outbox WHERE stamp IS NOT NULL AND rejected IS NULL "
            "ORDER BY id LIMIT ?",
            (-1 if limit is None else limit,),
        ).fetchall()
    return _ops(rows)


def counts(db: Database) -> dict[str, int]:
    """How many outbox rows wait to be sealed or pushed, and how many the server refused."""
    with db.engine.connect() as connection:
        raw: sqlite3.Connection = connection.connection.driver_connection  # type: ignore[assignment]
        waiting, refused = raw.execute(
            "SELECT count(*) FILTER (WHERE rejected IS NULL), count(*) FILTER (WHERE rejected IS NOT NULL) "
            "FROM _outbox"
        ).fetchone()
    return {"waiting": int(waiting), "rejected": int(refused)}


# A batch sent and not acknowledged. "batch > ''" (every batch id is non-empty text) is a range
# of the _outbox_batch index: "IS NOT NULL" made SQLite scan the whole outbox for each batch.
RESUME_BATCH = "SELECT batch FROM _outbox WHERE batch > '' AND rejected IS NULL ORDER BY id LIMIT 1"
# The other ops of the records in batch ?1, found through the _outbox_record index. The unary
# "+" keeps SQLite from choosing the _outbox_batch index for "batch IS NULL" (nearly every
# row of a big outbox) and scanning from there.
JOIN_RECORDS = (
    "UPDATE _outbox SET batch = ?1 "
    "WHERE stamp IS NOT NULL AND +batch IS NULL AND rejected IS NULL AND (table_name, row_id) IN "
    "(SELECT table_name, row_id FROM _outbox WHERE batch = ?1)"
)


def next_batch(db: Database, limit: int) -> OutgoingBatch | None:
    """The next batch to push: one sent before and not acknowledged (a crash, a lost answer)
    first, under its old id; otherwise the oldest ``limit`` sealed ops, and every other op of
    their rows, under a new id."""
    with transaction(db) as (_connection, raw):
        row = raw.execute(RESUME_BATCH).fetchone()
        if row is not None:
            batch_id = str(row[0])
        else:
            ids = raw.execute(
                "SELECT id FROM _outbox WHERE stamp IS NOT NULL AND batch IS NULL AND rejected IS NULL "
                "ORDER BY id LIMIT ?",
                (limit,),
            ).fetchall()
            if not ids:
                return None
            batch_id = new_id()
            raw.executemany("UPDATE _outbox SET batch = ? WHERE id = ?", [(batch_id, i) for (i,) in ids])
            # a row's ops go out together (the batch may grow past ``limit`` for it): the server
            # keeps a batch whole within a pull page, so other devices get a new row complete
            raw.execute(JOIN_RECORDS, (batch_id,))
        rows = raw.execute(
            f"SELECT {_OP_COLUMNS} FROM _outbox WHERE batch = ? AND rejected IS NULL ORDER BY id", (batch_id,)
        ).fetchall()
    return OutgoingBatch(batch_id, _ops(rows))


def mark_pushed(db: Database, batch_id: str, results: Sequence[PushResult]) -> None:
    """Record the server's answer to a batch: taken ops leave the outbox, refused ones stay
    (with the reason) and are never sent again; ops it did not answer go out in a later batch."""
    with transaction(db) as (_connection, raw):
        raw.executemany(
            "DELETE FROM _outbox WHERE op_id = ? AND batch = ?",
            [(r.op_id, batch_id) for r in results if r.result in (APPLIED, SUPERSEDED)],
        )
        raw.executemany(
            "UPDATE _outbox SET rejected = ? WHERE op_id = ? AND batch = ?",
            [(r.reason or REJECTED, r.op_id, batch_id) for r in results if r.result == REJECTED],
        )
        raw.execute("UPDATE _outbox SET batch = NULL WHERE batch = ? AND rejected IS NULL", (batch_id,))


def enqueue_existing(db: Database) -> int:
    """Queue every column of every row that no op has covered yet (rows written before the file
    was upgraded to sync), once per database; the number of rows queued."""
    queued = 0
    with transaction(db) as (_connection, raw):
        state = read_state(raw)
        if state.seeded:
            return 0
        infos = table_infos(raw)
        queued += _queue_defaults(raw, infos, state.device_id)
        for info in infos.values():
            pairs = " UNION ALL ".join(
                f'SELECT "{info.key}" AS k, \'{c}\' AS f, "{c}" AS v FROM "{info.name}"' for c in info.columns
            )
            cursor = raw.execute(
                "INSERT INTO _outbox (table_name, row_id, field, value, wall_ms) "
                f"SELECT ?, k, f, v, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) "
                f"FROM ({pairs}) WHERE v IS NOT NULL "
                "AND NOT EXISTS (SELECT 1 FROM _field_stamps s WHERE s.table_name = ? AND s.row_id = k "
                "AND s.field = f) "
                "AND NOT EXISTS (SELECT 1 FROM _outbox o WHERE o.table_name = ? AND o.row_id = k "
                "AND o.field = f AND o.stamp IS NULL) "
                # a record's columns queued together: a batch of the first N ops then holds N
                # ops plus the rest of one record, where column-by-column order made it grow
                # to every column of N records (past the server's batch limit on a wide table)
                "ORDER BY k, f",
                (info.name, info.name, info.name),
            )
            queued += cursor.rowcount
        raw.execute("UPDATE _sync_state SET seeded = 1")
    return queued


# rows every new database makes alike, under the same ids (services.pipeline.ensure_default)
_DEFAULT_ROWS = {"pipelines": DEFAULT_PIPELINE_IDS[:1], "stages": DEFAULT_PIPELINE_IDS[1:]}


def _queue_defaults(raw: sqlite3.Connection, infos: dict[str, TableInfo], device_id: str) -> int:
    """Queue the default rows nobody has edited here, stamped at the clock's floor.

    Stamped like any other row they would be the newest values of their fields, and a
    laptop connecting for the first time would put its "Sales" back over the pipeline
    the shop renamed months ago. At the floor, any edit on any device wins over them.
    """
    stamp = floor_stamp(device_id)
    ops: list[tuple[str, str, str, object]] = []
    for table, ids in _DEFAULT_ROWS.items():
        info = infos.get(table)
        if info is None:
            continue
        marks = ", ".join("?" * len(ids))
        cursor = raw.execute(
            f'SELECT * FROM "{table}" WHERE id IN ({marks}) AND updated_at = created_at '
            "AND NOT EXISTS (SELECT 1 FROM _field_stamps s WHERE s.table_name = ? AND s.row_id = id)",
            [*ids, table],
        )
        names = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            ops += [(table, str(row["id"]), c, row[c]) for c in info.columns if row[c] is not None]
    raw.executemany(
        "INSERT INTO _outbox (table_name, row_id, field, value, wall_ms, op_id, stamp, base) "
        "VALUES (?, ?, ?, ?, 0, ?, ?, '')",
        [(table, row_id, field, value, new_id(), stamp) for table, row_id, field, value in ops],
    )
    raw.executemany(
        STAMP_UPSERT,
        [
            (table, row_id, field, stamp, "", value if field == DELETED else None)
            for table, row_id, field, value in ops
        ],
    )
    return len(ops)
