"""Applying operations from other devices to the local file.

One call is one transaction:

1. local writes not yet sealed are sealed first, so they take part in the merge
   with their stamps (a write made before this pull is not mistaken for history);
2. ``_sync_state.applying`` is 1 while the ops are written, so the outbox triggers
   do not echo them back as local writes (it is 0 again before the commit);
3. each op is merged into the column's state (:func:`crm_desktop.sync.ops.merge`:
   last writer wins, unseen losers become ``_conflicts`` rows); the values that win
   are written to the real tables: an UPDATE of the changed columns, or an INSERT
   when the row is new (the ops of a new row arrive together: the server keeps a
   pushed batch whole within a pull page); NOT NULL columns no op has filled get an
   empty value of their type, unstamped, so any real op replaces it;
4. rows whose fields changed get ``deleted_at`` from :func:`delete_stands`: an edit
   the deleting device had not seen keeps the row (add wins over delete) and the
   delete is recorded as a conflict; a reference newly set to a parent whose delete
   stands (a child added under a deleted record) restores the parent with a fresh
   op of this device and records that delete as a conflict too;
5. the search index is brought up to date through the ``reindex`` hook (the
   services know what a record's search text is; see :mod:`crm_desktop.sync.search`);
6. the pull cursor, when given, is saved in the same transaction, so a crash never
   applies a page twice nor skips one (a replay would change nothing anyway).

Foreign keys are not enforced during the transaction: a child may arrive whose
parent this device cannot see (yet); such children are counted as ``orphans``
instead of stopping every later sync. Ops for tables or columns this version does
not know (a newer client's field) are skipped and reported, never a crash.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection
from sqlmodel import Session

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.ids import new_id
from crm_desktop.domain.types import utcnow
from crm_desktop.i18n import _
from crm_desktop.storage.database import Database
from crm_desktop.sync.hlc import HybridClock, Stamp
from crm_desktop.sync.ops import DELETED, FieldOp, FieldState, Scalar, delete_stands, merge
from crm_desktop.sync.outbox import STAMP_UPSERT, seal_in
from crm_desktop.sync.store import (
    TableInfo,
    db_text,
    device_clock,
    infos_of,
    ms_of,
    save_clock,
    transaction,
)

# Columns whose lost values are not conflicts: bookkeeping (every edit moves updated_at, so two
# devices editing different fields of a record would always "conflict" on it) and columns
# derived from another column that is itself compared (a name's sort key, a phone's digits).
QUIET_FIELDS = frozenset({"created_at", "updated_at", "sort_key", "normalized"})

# what to do with the rows whose real values changed (table -> row id -> columns written):
# bring the search index up to date
Written = Mapping[str, Mapping[str, set[str]]]
Reindex = Callable[[Session, Written], None]


@dataclass(frozen=True)
class Blocked:
    """A row a constraint of this file refused (e.g. a second tag of the same name)."""

    table: str
    row_id: str
    reason: str


@dataclass
class ApplyResult:
    applied: int = 0  # ops whose value now holds
    superseded: int = 0  # ops that lost to what this device had (or had already)
    conflicts: int = 0  # new _conflicts rows
    restored: int = 0  # deleted parents brought back by a child added under them
    orphans: int = 0  # rows pointing to a parent this device does not have
    skipped: list[FieldOp] = field(default_factory=list)  # unknown table or column, bad stamp
    blocked: list[Blocked] = field(default_factory=list)
    changed: dict[str, set[str]] = field(default_factory=dict)  # table -> ids of rows written

    def add(self, other: ApplyResult) -> None:
        self.applied += other.applied
        self.superseded += other.superseded
        self.conflicts += other.conflicts
        self.restored += other.restored
        self.orphans += other.orphans
        self.skipped += other.skipped
        self.blocked += other.blocked
        for table, ids in other.changed.items():
            self.changed.setdefault(table, set()).update(ids)


@dataclass
class _Row:
    info: TableInfo
    row_id: str
    values: dict[str, Scalar] | None  # the real row as it is (None: not in the table)
    states: dict[str, FieldState]
    dirty: set[str] = field(default_factory=set)  # fields whose state changed
    conflicts: list[tuple[str, FieldState, FieldState]] = field(default_factory=list)  # field, loser, winner

    def live(self) -> bool:
        tombstone = self.states.get(DELETED)
        return not (tombstone is not None and tombstone.value is not None and delete_stands(self.states))


_CHUNK = 500  # row ids in one IN (...) list
# (table, column) references without a foreign key: a tagging's record is of any kind
_POLYMORPHIC = (("taggings", "record_id"),)

_CONFLICT_INSERT = (
    "INSERT OR IGNORE INTO _conflicts (table_name, row_id, field, losing_value, losing_stamp, "
    "winning_value, winning_stamp, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def apply(
    db: Database,
    ops: Sequence[FieldOp],
    *,
    cursor: int | None = None,
    reindex: Reindex | None = None,
    now: Callable[[], datetime] = utcnow,
) -> ApplyResult:
    """Merge ``ops`` from other devices into the file (one transaction); see the module text."""
    with transaction(db, foreign_keys=False) as (connection, raw):
        result = apply_in(connection, raw, infos_of(db, raw), ops, reindex=reindex, now=now)
        if cursor is not None:
            raw.execute("UPDATE _sync_state SET pull_cursor = ?", (cursor,))
    return result


def apply_in(
    connection: Connection,
    raw: sqlite3.Connection,
    infos: dict[str, TableInfo],
    ops: Sequence[FieldOp],
    *,
    reindex: Reindex | None = None,
    now: Callable[[], datetime] = utcnow,
) -> ApplyResult:
    """:func:`apply` inside a running transaction whose foreign keys are off (a seed's merge)."""
    return _Applier(connection, raw, now, infos).run(ops, reindex)


def row_pages(ops: Sequence[FieldOp], size: int) -> list[Sequence[FieldOp]]:
    """``ops`` in pages of about ``size`` that keep each row's ops together (a new row's fields
    must arrive in one :func:`apply`; a row's ops are next to each other in ``ops``)."""
    found: list[Sequence[FieldOp]] = []
    start = 0
    while start < len(ops):
        end = min(start + size, len(ops))
        while end < len(ops) and (ops[end].table, ops[end].row_id) == (
            ops[end - 1].table,
            ops[end - 1].row_id,
        ):
            end += 1
        found.append(ops[start:end])
        start = end
    return found


def _same(a: Scalar, b: Scalar) -> bool:
    return type(a) is type(b) and a == b


class _Applier:
    def __init__(
        self,
        connection: Connection,
        raw: sqlite3.Connection,
        now: Callable[[], datetime],
        infos: dict[str, TableInfo],
    ) -> None:
        self.infos = infos
        self.connection = connection
        self.raw = raw
        self.now = now
        self.result = ApplyResult()
        self.rows: dict[tuple[str, str], _Row] = {}
        self.stamps: list[tuple[str, str, str, str, str, Scalar]] = []  # _field_stamps rows to write
        self.losers: list[tuple[Scalar, ...]] = []  # _conflicts rows to write
        self.written: dict[str, dict[str, set[str]]] = {}  # table -> row id -> columns written

    def run(self, ops: Sequence[FieldOp], reindex: Reindex | None) -> ApplyResult:
        raw = self.raw
        seal_in(raw)
        self.clock: HybridClock = device_clock(raw, self.now)
        self.recorded_at = db_text(self.now())
        raw.execute("UPDATE _sync_state SET applying = 1")
        self._preload(ops)
        for op in ops:
            self._merge(op)
        for row in self.rows.values():
            if row.dirty:
                self._write(row)
            else:  # every op of the row lost: only the losers to keep
                self._record(row.info.name, row.row_id, row.conflicts)
        self._flush()
        for row in list(self.rows.values()):
            if row.dirty:
                self._restore_parents_of(row)
                self._restore_if_children_were_added(row)
        if reindex is not None and self.written:
            with Session(bind=self.connection) as session:
                reindex(session, self.written)
                session.flush()
        raw.execute("UPDATE _sync_state SET applying = 0")
        save_clock(raw, self.clock)
        return self.result

    # --- merging ------------------------------------------------------------

    def _merge(self, op: FieldOp) -> None:
        info = self.infos.get(op.table)
        if info is None or not info.knows(op.field) or op.field == info.key:
            self.result.skipped.append(op)
            return
        try:
            stamp = Stamp.parse(op.stamp)
            if op.base:
                Stamp.parse(op.base)
        except CrmError:
            self.result.skipped.append(op)
            return
        self.clock.observe(stamp)
        row = self._row(info, op.row_id)
        outcome = merge(row.states.get(op.field), op)
        if outcome.applied:
            row.states[op.field] = outcome.state
            row.dirty.add(op.field)
            self.result.applied += 1
        else:
            self.result.superseded += 1
        if outcome.conflict is not None and op.field not in QUIET_FIELDS:
            row.conflicts.append((op.field, outcome.conflict, outcome.state))

    def _preload(self, ops: Sequence[FieldOp]) -> None:
        """Read the rows of a page and the stamps of the fields it writes, a table and a chunk of
        rows at a time (a query or two per row was most of the cost of applying edits, mostly
        one op per row)."""
        wanted: dict[tuple[str, bool], dict[str, None]] = {}  # (table, every stamp) -> row ids
        fields: dict[str, set[str]] = {}
        deleting = {(op.table, op.row_id) for op in ops if op.field == DELETED}
        for op in ops:
            if op.table in self.infos and (op.table, op.row_id) not in self.rows:
                # whether a delete stands depends on every stamp of its row
                wanted.setdefault((op.table, (op.table, op.row_id) in deleting), {})[op.row_id] = None
                fields.setdefault(op.table, {DELETED}).add(op.field)
        for (table, every), row_ids in wanted.items():
            info, listed = self.infos[table], list(row_ids)
            loaded = None if every else sorted(fields[table])
            for start in range(0, len(listed), _CHUNK):
                self._load_many(info, listed[start : start + _CHUNK], loaded)

    def _load_many(self, info: TableInfo, row_ids: Sequence[str], fields: Sequence[str] | None) -> None:
        """Load rows with the stamps of ``fields`` (None: all). Whether a delete stands depends on
        every stamp of its row, so a deleted row gets all its stamps whatever ``fields`` says."""
        marks = ", ".join("?" * len(row_ids))
        cursor = self.raw.execute(f'SELECT * FROM "{info.name}" WHERE "{info.key}" IN ({marks})', row_ids)
        names = [d[0] for d in cursor.description]
        found: dict[str, dict[str, Scalar]] = {}
        for found_row in cursor:
            values = dict(zip(names, found_row, strict=True))
            found[str(values[info.key])] = values
        rows = {row_id: _Row(info, row_id, found.get(row_id), {}) for row_id in row_ids}
        self._load_stamps(info, rows, fields)
        deleted = {
            row_id: row
            for row_id, row in rows.items()
            if (tombstone := row.states.get(DELETED)) is not None and tombstone.value is not None
        }
        if deleted and fields is not None:
            self._load_stamps(info, deleted, None)
        for row_id, row in rows.items():
            self.rows[(info.name, row_id)] = row

    def _load_stamps(self, info: TableInfo, rows: Mapping[str, _Row], fields: Sequence[str] | None) -> None:
        row_ids = list(rows)
        query = (
            "SELECT row_id, field, stamp, base, held FROM _field_stamps "
            f"WHERE table_name = ? AND row_id IN ({', '.join('?' * len(row_ids))})"
        )
        arguments: list[str] = [info.name, *row_ids]
        if fields is not None:
            query += f" AND field IN ({', '.join('?' * len(fields))})"
            arguments += fields
        for row_id, name, stamp, base, held in self.raw.execute(query, arguments):
            row = rows[row_id]
            value = held if name == DELETED else (row.values or {}).get(name)
            row.states[name] = FieldState(value, stamp, base)

    def _row(self, info: TableInfo, row_id: str) -> _Row:
        key = (info.name, row_id)
        row = self.rows.get(key)
        if row is None:
            self._load_many(info, [row_id], None)
            row = self.rows[key]
        return row

    # --- writing ------------------------------------------------------------

    def _write(self, row: _Row) -> None:
        info = row.info
        tombstone = row.states.get(DELETED)
        live = row.live()
        if tombstone is not None and tombstone.value is not None and live:
            # add wins over delete: an edit the deleting device had not seen keeps the row
            newest = max(row.states.values(), key=lambda s: s.stamp)
            row.conflicts.append((DELETED, tombstone, FieldState(None, newest.stamp, newest.base)))
        wanted: dict[str, Scalar] = {
            name: state.value for name, state in row.states.items() if name in row.dirty and name != DELETED
        }
        if info.has_deleted and tombstone is not None:
            wanted[DELETED] = None if live else tombstone.value
        try:
            # one statement: a constraint it breaks undoes that statement alone (SQLite keeps
            # the transaction), and nothing else of the row has been written yet
            self._write_values(row, wanted, live)
        except sqlite3.IntegrityError as error:
            self.result.blocked.append(Blocked(info.name, row.row_id, str(error)))
            row.dirty.clear()
            return
        self.stamps += [
            (info.name, row.row_id, name, s.stamp, s.base, s.value if name == DELETED else None)
            for name, s in row.states.items()
            if name in row.dirty
        ]
        self._record(info.name, row.row_id, row.conflicts)

    def _write_values(self, row: _Row, wanted: dict[str, Scalar], live: bool) -> None:
        info = row.info
        if row.values is None:
            if not live and not info.has_deleted:
                return  # a deleted settings row: nothing to keep
            values = {name: state.value for name, state in row.states.items() if name in info.columns}
            values.update(wanted)
            for name, fallback in info.fallbacks.items():
                if values.get(name) is None:
                    values[name] = fallback
            names = [info.key, *values]
            self.raw.execute(
                f'INSERT INTO "{info.name}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
                f"VALUES ({', '.join('?' * len(names))})",
                [row.row_id, *values.values()],
            )
            row.values = dict(values)
            written = {DELETED, *values}
        elif not live and not info.has_deleted:
            self.raw.execute(f'DELETE FROM "{info.name}" WHERE "{info.key}" = ?', (row.row_id,))
            row.values = None
            written = {DELETED}
        else:
            changed = {n: v for n, v in wanted.items() if not _same(row.values.get(n), v)}
            if not changed:
                return
            assignments = ", ".join(f'"{n}" = ?' for n in changed)
            self.raw.execute(
                f'UPDATE "{info.name}" SET {assignments} WHERE "{info.key}" = ?',
                [*changed.values(), row.row_id],
            )
            row.values.update(changed)
            written = set(changed)
        self._wrote(info.name, row.row_id, written)

    def _wrote(self, table: str, row_id: str, fields: set[str]) -> None:
        self.result.changed.setdefault(table, set()).add(row_id)
        self.written.setdefault(table, {}).setdefault(row_id, set()).update(fields)

    def _record(self, table: str, row_id: str, conflicts: list[tuple[str, FieldState, FieldState]]) -> None:
        self.losers += [
            (table, row_id, name, loser.value, loser.stamp, winner.value, winner.stamp, self.recorded_at)
            for name, loser, winner in conflicts
        ]
        conflicts.clear()

    def _flush(self) -> None:
        """Write the stamps and conflicts gathered so far (one statement each, many rows)."""
        if self.stamps:
            self.raw.executemany(STAMP_UPSERT, self.stamps)
            self.stamps.clear()
        if self.losers:
            self.result.conflicts += self.raw.executemany(_CONFLICT_INSERT, self.losers).rowcount
            self.losers.clear()

    # --- a child added under a deleted parent -------------------------------------

    def _restore_parents_of(self, row: _Row) -> None:
        """Bring back a parent whose delete stands when this row newly points to it unseen."""
        if row.values is None or not row.live():
            return
        for column, parent_table in row.info.foreign_keys:
            reference = row.states.get(column)
            parent_info = self.infos.get(parent_table)
            if column not in row.dirty or reference is None or reference.value is None or parent_info is None:
                continue
            parent = self._row(parent_info, str(reference.value))
            if parent.values is None:
                self.result.orphans += 1
                continue
            tombstone = parent.states.get(DELETED)
            if tombstone is not None and not parent.live() and reference.stamp > tombstone.base:
                self._restore(parent, tombstone)

    def _restore_if_children_were_added(self, row: _Row) -> None:
        """The same, seen from a parent whose delete has just arrived: a live child whose
        reference the deleting device had not seen keeps the parent."""
        tombstone = row.states.get(DELETED)
        if row.values is None or tombstone is None or row.live():
            return
        for child in self.infos.values():
            for column, parent_table in child.foreign_keys:
                if parent_table != row.info.name:
                    continue
                live = ' AND "deleted_at" IS NULL' if child.has_deleted else ""
                newer = self.raw.execute(
                    f'SELECT 1 FROM "{child.name}" c JOIN _field_stamps s ON s.table_name = ? '
                    f'AND s.row_id = c."{child.key}" AND s.field = ? '
                    f'WHERE c."{column}" = ?{live} AND s.stamp > ? LIMIT 1',
                    (child.name, column, row.row_id, tombstone.base),
                ).fetchone()
                if newer is not None:
                    self._restore(row, tombstone)
                    return

    def _restore(self, row: _Row, tombstone: FieldState, *, cascaded: bool = False) -> None:
        """Undo a delete with a new op of this device (it syncs like any write), and bring back
        the rows deleted with it (its tags, phones, lines: same ``deleted_at``), as restoring
        it in the window does. The lost delete is a conflict once, on the row itself."""
        stamp = self.clock.now().text()
        state = FieldState(None, stamp, tombstone.stamp)
        row.states[DELETED] = state
        info = row.info
        self.raw.execute(STAMP_UPSERT, (info.name, row.row_id, DELETED, stamp, tombstone.stamp, None))
        self.raw.execute(
            "INSERT INTO _outbox (table_name, row_id, field, value, wall_ms, op_id, stamp, base) "
            "VALUES (?, ?, ?, NULL, ?, ?, ?, ?)",
            (info.name, row.row_id, DELETED, ms_of(self.now()), new_id(), stamp, tombstone.stamp),
        )
        if info.has_deleted:
            self.raw.execute(
                f'UPDATE "{info.name}" SET deleted_at = NULL WHERE "{info.key}" = ?', (row.row_id,)
            )
            if row.values is not None:
                row.values[DELETED] = None
        if not cascaded:
            self._record(info.name, row.row_id, [(DELETED, tombstone, state)])
            self._flush()
        self.result.restored += 1
        self._wrote(info.name, row.row_id, {DELETED})
        if tombstone.value is not None:
            self._restore_deleted_with(info.name, row.row_id, tombstone.value)

    def _restore_deleted_with(self, table: str, row_id: str, deleted_at: Scalar) -> None:
        for child in self.infos.values():
            if not child.has_deleted:
                continue
            columns = [column for column, parent in child.foreign_keys if parent == table]
            columns += [column for name, column in _POLYMORPHIC if name == child.name]
            for column in columns:
                found = self.raw.execute(
                    f'SELECT "{child.key}" FROM "{child.name}" WHERE "{column}" = ? AND deleted_at = ?',
                    (row_id, deleted_at),
                ).fetchall()
                for (child_id,) in found:
                    child_row = self._row(child, str(child_id))
                    tombstone = child_row.states.get(DELETED)
                    if tombstone is not None and tombstone.value == deleted_at and not child_row.live():
                        self._restore(child_row, tombstone, cascaded=True)


def describe_skipped(ops: Sequence[FieldOp]) -> str:
    """A line for the user about ops this version could not use (written by a newer version)."""
    names = sorted({f"{op.table}.{op.field}" for op in ops})
    message = _("{count} changes were for fields this version does not know ({names}); update CRM Desktop.")
    return message.format(count=len(ops), names=", ".join(names[:5]))
