"""Sync test kit: client databases copied from one migrated file, and an in-memory server."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.services.crm import Crm
from crm_desktop.sync.engine import CursorGoneError, PulledOp, PullPage, SnapshotPage
from crm_desktop.sync.ops import FieldOp, FieldState, merge
from crm_desktop.sync.outbox import APPLIED, SUPERSEDED, PushResult, enqueue_existing
from crm_desktop.sync.store import synced_tables
from tests.conftest import copy_database


@dataclass
class FakeServer:
    """What the protocol asks of a server, in memory: idempotent batches, gapless seq numbers,
    pull pages that keep a pushed batch whole, snapshots, a compaction floor (410)."""

    log: list[tuple[int, FieldOp, str]] = field(default_factory=list)  # seq, op, batch
    state: dict[tuple[str, str, str], FieldState] = field(default_factory=dict)
    answers: dict[str, list[PushResult]] = field(default_factory=dict)
    floor: int = 0  # ops at or below this seq are compacted away

    def push(self, batch_id: str, schema: int, ops: Sequence[FieldOp]) -> list[PushResult]:
        if batch_id in self.answers:
            return self.answers[batch_id]
        results = []
        for op in ops:
            key = (op.table, op.row_id, op.field)
            outcome = merge(self.state.get(key), op)
            self.state[key] = outcome.state
            self.log.append((len(self.log) + 1, op, batch_id))
            results.append(PushResult(op.op_id, APPLIED if outcome.applied else SUPERSEDED))
        self.answers[batch_id] = results
        return results

    def pull(self, cursor: int, limit: int) -> PullPage:
        if cursor < self.floor:
            raise CursorGoneError("cursor too old")
        page = self.log[cursor : cursor + limit]
        end = cursor + len(page)
        while page and end < len(self.log) and self.log[end][2] == page[-1][2]:
            page.append(self.log[end])  # the rest of the last batch: a batch stays whole
            end += 1
        return PullPage([PulledOp(seq, op) for seq, op, _batch in page], end, end < len(self.log))

    def snapshot(self, after: str | None, limit: int) -> SnapshotPage:
        keys = sorted(self.state)
        start = 0 if after is None else int(after)
        chunk = keys[start : start + limit]
        fields = [
            FieldOp(f"snap-{i}", t, r, f, self.state[(t, r, f)].value, *self._stamps((t, r, f)))
            for i, (t, r, f) in enumerate(chunk, start)
        ]
        following = start + limit
        return SnapshotPage(fields, len(self.log), str(following) if following < len(keys) else None)

    def _stamps(self, key: tuple[str, str, str]) -> tuple[str, str]:
        state = self.state[key]
        return state.stamp, state.base


class FakeTransport:
    """One device's line to the fake server; ``lose_next_answer`` drops the answer of the next
    push after the server has taken it (a crash or a lost connection)."""

    def __init__(self, server: FakeServer) -> None:
        self.server = server
        self.lose_next_answer = False
        self.pushed_batches: list[str] = []

    def push(self, batch_id: str, schema: int, ops: Sequence[FieldOp]) -> list[PushResult]:
        self.pushed_batches.append(batch_id)
        results = self.server.push(batch_id, schema, ops)
        if self.lose_next_answer:
            self.lose_next_answer = False
            raise ConnectionError("connection lost after the server took the batch")
        return results

    def pull(self, cursor: int, limit: int) -> PullPage:
        return self.server.pull(cursor, limit)

    def snapshot(self, after: str | None, limit: int) -> SnapshotPage:
        return self.server.snapshot(after, limit)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated file (with its default pipeline); clients are copies of it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    Crm.open(path).close()
    return path


def new_client(template: Path, path: Path, *, connected: bool = True, **crm_options: Any) -> Crm:
    """A client database: a copy of the template under a device id of its own.

    ``connected``: as after its first connection to a server (rows so far queued, writes captured).
    """
    crm = Crm.open(copy_database(template, path), **crm_options)
    if connected:
        enqueue_existing(crm.db)
    return crm


@pytest.fixture
def clients(template_db: Path, tmp_path: Path) -> Iterator[list[Crm]]:
    opened = [new_client(template_db, tmp_path / f"client{i}.sqlite3") for i in range(3)]
    yield opened
    for crm in opened:
        crm.close()


def query(source: Crm | sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Rows read with the sqlite3 module: on a connection from :func:`reading`, or a new one."""
    if isinstance(source, sqlite3.Connection):
        return source.execute(sql, params).fetchall()
    with reading(source) as connection:
        return connection.execute(sql, params).fetchall()


@contextmanager
def reading(crm: Crm) -> Iterator[sqlite3.Connection]:
    """One connection for many reads: each new one parses the whole schema (triggers and all)
    before its first statement, which made the state machines' checks most of their time."""
    connection = sqlite3.connect(crm.db.path)
    try:
        yield connection
    finally:
        connection.close()


def raw_write(crm: Crm, sql: str, params: Sequence[Any] = ()) -> None:
    """A write as a repair tool makes it: the sqlite3 module, no program code."""
    connection = sqlite3.connect(crm.db.path)
    try:
        with connection:
            connection.execute(sql, params)
    finally:
        connection.close()


def synced_content(source: Crm | sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every synced table, in key order."""
    if not isinstance(source, sqlite3.Connection):
        with reading(source) as connection:
            return synced_content(connection)
    return {
        table: query(source, f'SELECT * FROM "{table}" ORDER BY "{key}"')
        for table, key in synced_tables().items()
    }


def open_conflicts_of(crm: Crm) -> list[tuple[Any, ...]]:
    return query(
        crm,
        "SELECT table_name, row_id, field, losing_value, winning_value FROM _conflicts "
        "WHERE resolved_at IS NULL ORDER BY id",
    )
