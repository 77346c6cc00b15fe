"""One sync: push what this device wrote, then pull what others wrote, page by page.

The network is behind :class:`Transport` (the HTTP client speaks ``/sync/v1``;
tests use an in-memory server). The order of work makes a crash anywhere harmless:

- local writes are sealed, and on the first connection the rows written before
  sync existed are queued (:func:`crm_desktop.sync.outbox.enqueue_existing`);
- push: each batch's id is stored with its ops before it is sent, so after a crash
  or a lost answer the same batch goes out again under the same id and the server
  answers as before without applying anything twice;
- pull: each page is applied and the cursor saved in one transaction; a page seen
  twice changes nothing. When the server has compacted past our cursor (410), the
  device bootstraps from the server's snapshot and goes on from the snapshot's cursor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol, runtime_checkable

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.types import utcnow
from crm_desktop.services.crm import Crm
from crm_desktop.storage import migrator
from crm_desktop.storage.database import Database
from crm_desktop.sync import outbox
from crm_desktop.sync.apply import ApplyResult, Reindex, apply
from crm_desktop.sync.errors import ServerUnreachable
from crm_desktop.sync.ops import FieldOp
from crm_desktop.sync.outbox import APPLIED, REJECTED, SUPERSEDED, PushResult
from crm_desktop.sync.search import crm_reindexer
from crm_desktop.sync.seed import SeedUnusable, take_seed
from crm_desktop.sync.store import claim_device, db_text, read_state, transaction

SCHEMA = int(migrator.HEAD)  # the client schema number the server checks (426 when too old)
DEFAULT_PAGE_SIZE = 500
# ops asked for in one pull page, per op of a push batch: each page is a request and a
# transaction of its own, and a new laptop pulls millions of ops
PULL_PAGES_PER_BATCH = 4
MAX_PULL_PAGE = 10_000  # the most a server hands out in one page
FOLLOW_UP_ROUNDS = 3  # pushes of what applying a pull wrote; each round can only bring fewer


@dataclass(frozen=True)
class PulledOp:
    seq: int
    op: FieldOp


@dataclass(frozen=True)
class PullPage:
    ops: list[PulledOp]
    cursor: int  # the last seq of the page (the cursor to ask from next)
    more: bool


@dataclass(frozen=True)
class SnapshotPage:
    fields: list[FieldOp]  # current field states (op ids made up by the transport)
    cursor: int  # the seq the whole snapshot is consistent with
    after: str | None  # where the next page starts; None on the last page


class CursorGoneError(CrmError):
    """The server no longer keeps ops after our cursor (410): bootstrap from a snapshot."""


class Transport(Protocol):
    def push(self, batch_id: str, schema: int, ops: Sequence[FieldOp]) -> list[PushResult]: ...

    def pull(self, cursor: int, limit: int) -> PullPage: ...

    def snapshot(self, after: str | None, limit: int) -> SnapshotPage: ...


@runtime_checkable
class SeedSource(Protocol):
    """A transport whose server hands a new device a ready-made database (sync.seed)."""

    def seed(self, into: Path) -> bool: ...


@dataclass
class SyncReport:
    pushed: int = 0  # ops the server took (applied or superseded there)
    push_applied: int = 0
    push_superseded: int = 0
    rejected: list[PushResult] = field(default_factory=list)
    pulled: int = 0  # ops received
    batches: int = 0
    pages: int = 0
    bootstrapped: bool = False
    queued_existing: int = 0
    seed_rows: int = 0  # rows copied from the server's ready-made database (a first sync)
    new_device: bool = False  # the file was copied or moved: it now syncs as a device of its own
    cursor: int = 0
    received: ApplyResult = field(default_factory=ApplyResult)


def _target(crm_or_db: Crm | Database) -> tuple[Database, Reindex | None]:
    if isinstance(crm_or_db, Crm):
        return crm_or_db.db, crm_reindexer(crm_or_db)
    return crm_or_db, None


def sync_once(
    crm_or_db: Crm | Database,
    transport: Transport,
    page_size: int = DEFAULT_PAGE_SIZE,
    *,
    now: Callable[[], datetime] = utcnow,
    progress: Callable[[SyncReport], None] | None = None,
) -> SyncReport:
    """Push every pending op, then pull and apply pages until the server has no more.

    Given a :class:`Crm` the search index follows the pulled records; given only a
    :class:`Database` (a tool, a test) it does not.
    """
    db, reindex = _target(crm_or_db)
    report = SyncReport()
    report.new_device = claim_device(db)
    pull_size = min(page_size * PULL_PAGES_PER_BATCH, MAX_PULL_PAGE)
    outbox.seal(db)
    report.queued_existing = outbox.enqueue_existing(db)
    if report.queued_existing:
        outbox.seal(db)
    _push(db, transport, page_size, report, progress)
    _pull(db, transport, pull_size, report, reindex, now, progress)
    # Applying can write changes of our own (a parent brought back because someone added a
    # child under it while we deleted it): send them in this same sync, so the server is up
    # to date when it ends and the others get them at their next sync, not ours.
    for _round in range(FOLLOW_UP_ROUNDS):
        outbox.seal(db)
        batches = report.batches
        _push(db, transport, page_size, report, progress)
        if report.batches == batches:
            break
        _pull(db, transport, pull_size, report, reindex, now, progress)
    with transaction(db) as (_connection, raw):
        raw.execute("UPDATE _sync_state SET last_sync_at = ?", (db_text(now()),))
    return report


def _push(
    db: Database,
    transport: Transport,
    page_size: int,
    report: SyncReport,
    progress: Callable[[SyncReport], None] | None,
) -> None:
    while (batch := outbox.next_batch(db, page_size)) is not None:
        results = transport.push(batch.batch_id, SCHEMA, batch.ops)
        outbox.mark_pushed(db, batch.batch_id, results)
        report.batches += 1
        for result in results:
            if result.result == APPLIED:
                report.push_applied += 1
            elif result.result == SUPERSEDED:
                report.push_superseded += 1
            elif result.result == REJECTED:
                report.rejected.append(result)
        report.pushed = report.push_applied + report.push_superseded
        if progress is not None:
            progress(report)
        if not results:
            break  # a server that answers nothing would be asked forever


def _pull(
    db: Database,
    transport: Transport,
    page_size: int,
    report: SyncReport,
    reindex: Reindex | None,
    now: Callable[[], datetime],
    progress: Callable[[SyncReport], None] | None,
) -> None:
    with db.engine.connect() as connection:
        cursor = read_state(connection.connection.driver_connection).pull_cursor  # type: ignore[arg-type]
    if cursor == 0 and isinstance(transport, SeedSource):
        cursor = _take_seed(db, transport, report, reindex, now) or cursor
    while True:
        try:
            page = transport.pull(cursor, page_size)
        except CursorGoneError:
            if report.bootstrapped:
                raise  # a fresh snapshot's cursor is gone already: do not loop
            cursor = _bootstrap(db, transport, page_size, report, reindex, now)
            continue
        result = apply(db, [pulled.op for pulled in page.ops], cursor=page.cursor, reindex=reindex, now=now)
        report.received.add(result)
        report.pulled += len(page.ops)
        report.pages += 1
        cursor = report.cursor = page.cursor
        if progress is not None:
            progress(report)
        if not page.more:
            return


def _take_seed(
    db: Database,
    transport: SeedSource,
    report: SyncReport,
    reindex: Reindex | None,
    now: Callable[[], datetime],
) -> int | None:
    """Start a device that never pulled from the server's seed; the cursor to pull on from, or
    None when there is no seed to take (the device then pulls the whole log)."""
    download = Path(db.path).with_name(f".{Path(db.path).name}.seed")
    try:
        try:
            if not transport.seed(download):
                return None
            result = take_seed(db, download, reindex=reindex, now=now)
        except (SeedUnusable, ServerUnreachable):
            # a broken copy, or a server too busy to hand one out: the log has it all too (a
            # server that is really gone fails the pull that comes next, with its message)
            return None
    finally:
        download.unlink(missing_ok=True)
    report.seed_rows += result.copied_rows
    report.pulled += result.copied_fields
    report.received.add(result.merged)
    report.pages += 1
    report.cursor = result.cursor
    return result.cursor


def _bootstrap(
    db: Database,
    transport: Transport,
    page_size: int,
    report: SyncReport,
    reindex: Reindex | None,
    now: Callable[[], datetime],
) -> int:
    """Take in the server's whole current state; the cursor to pull on from.

    The cursor is saved only with the last page: a crash midway starts the snapshot
    again (merging what was already taken changes nothing).
    """
    report.bootstrapped = True
    after: str | None = None
    while True:
        page = transport.snapshot(after, page_size)
        last = page.after is None
        result = apply(db, page.fields, cursor=page.cursor if last else None, reindex=reindex, now=now)
        report.received.add(result)
        report.pages += 1
        if last:
            return page.cursor
        after = page.after
