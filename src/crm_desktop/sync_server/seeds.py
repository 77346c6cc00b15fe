"""Seeds: a ready-made database per team, for a new device's first sync.

A device that has never synced would otherwise pull every op ever pushed and merge
them one by one (minutes to hours for a big shop). The server keeps instead one
replica per scope (everything, for admins; a team's records and the shared tables,
for its sellers): a database of the desktop program itself, brought up to date from
the log through the same pull and merge code every device runs, search index
included. A new device downloads a consistent copy and takes it in with a few
set-based statements (:mod:`crm_desktop.sync.seed`).

A replica is a cache: deleting its folder only makes the next seed slower to come.
It is brought up to date when a seed is asked for (within ``budget_s``; a replica
still further behind answers "not ready" and the device pulls the log as before)
and, between requests, by a background thread. Several server processes may keep
the same replica: merging the same page twice changes nothing.
"""

from __future__ import annotations

import binascii
import logging
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy.engine import URL

from crm_desktop import paths
from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import _
from crm_desktop.services.crm import Crm
from crm_desktop.storage import migrator
from crm_desktop.sync.apply import apply
from crm_desktop.sync.ops import FieldOp
from crm_desktop.sync.search import crm_reindexer
from crm_desktop.sync_server.store import CursorTooOld, Principal, Store

log = logging.getLogger(__name__)

PAGE = 2_000  # ops applied to a replica per transaction
DEFAULT_BUDGET_S = 20.0  # how long a request may spend bringing a replica up to date
DEFAULT_INTERVAL_S = 60.0  # how often the background thread looks for new ops
STALE_DOWNLOAD_S = 3600.0
_ALL = "all"
_TEAM = "team-"
_DOWNLOAD = "download-"


class Seeds:
    """The replicas of one server, in ``folder``."""

    def __init__(self, store: Store, folder: Path, *, budget_s: float = DEFAULT_BUDGET_S) -> None:
        self.store = store
        # per server: a replica of another server's data (a database replaced or reset) is
        # never handed out
        self.folder = folder / store.meta().server_id
        self.budget_s = budget_s
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self._open: dict[str, Crm] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._closed = False
        self.folder.mkdir(parents=True, exist_ok=True)
        self._sweep()

    # --- scopes ---------------------------------------------------------------------------------

    @staticmethod
    def scope_of(who: Principal) -> str:
        if who.sees_all:
            return _ALL
        return _TEAM + binascii.hexlify(who.team.encode()).decode()

    @staticmethod
    def reader_of(scope: str) -> Principal:
        """Who the replica of ``scope`` reads the log as (what its devices may see)."""
        if scope == _ALL:
            return Principal("seed", 0, "seed", "", "admin")
        team = binascii.unhexlify(scope.removeprefix(_TEAM)).decode()
        return Principal("seed", 0, "seed", team, "seller")

    def scopes(self) -> list[str]:
        """Every scope a replica was made for (one per file)."""
        return sorted(
            path.stem for path in self.folder.glob("*.sqlite3") if not path.name.startswith(_DOWNLOAD)
        )

    # --- bringing replicas up to date ---------------------------------------------------------------

    def refresh(self, scope: str, budget_s: float | None = None) -> bool:
        """Apply the ops the replica of ``scope`` has not seen yet, a page at a time; True when it
        holds everything the log had when this call began. False when the budget ran out first,
        when the log was compacted past the replica (a request leaves taking the whole state
        to the background thread, which has no budget) or when the server is stopping."""
        deadline = None if budget_s is None else time.monotonic() + budget_s
        reader = self.reader_of(scope)
        head = self.store.meta().head
        while not self._stop.is_set():
            with self._holding(scope) as crm:
                cursor = _cursor(crm)
                if cursor >= head:
                    return True
                try:
                    page = self.store.pull(reader, cursor, PAGE)
                except CursorTooOld:  # the log was compacted past the replica: take the state
                    if deadline is not None:
                        return False
                    self._take_snapshot(crm, reader)
                    continue
                ops = [FieldOp.from_json(item) for item in page["ops"]]
                apply(crm.db, ops, cursor=int(page["cursor"]), reindex=crm_reindexer(crm))
                if not page["more"]:
                    return True
            if deadline is not None and time.monotonic() > deadline:
                return False
        return False

    def _take_snapshot(self, crm: Crm, reader: Principal) -> None:
        after: str | None = None
        cursor: int | None = None
        while True:
            page = self.store.snapshot(reader, after, PAGE)
            cursor = int(page["cursor"]) if cursor is None else cursor  # the first page's (see pull)
            ops = [FieldOp.from_state(state) for state in page["states"]]
            last = not page["more"]
            apply(crm.db, ops, cursor=cursor if last else None, reindex=crm_reindexer(crm))
            if last:
                return
            after = str(page["next"])

    def export(self, who: Principal) -> Path | None:
        """A consistent copy of ``who``'s replica, up to date, for download (the caller deletes
        it); None when it cannot be brought up to date within the budget."""
        scope = self.scope_of(who)
        if not self.refresh(scope, self.budget_s):
            return None
        self._sweep()
        copy = self.folder / f"{_DOWNLOAD}{uuid.uuid4().hex}.sqlite3"
        with self._holding(scope) as crm:
            try:
                source = sqlite3.connect(crm.db.path)
                target = sqlite3.connect(copy)
                try:
                    source.backup(target)  # one step: a read transaction, so the copy is consistent
                finally:
                    target.close()
                    source.close()
            except BaseException:  # a full disk: no half copy left behind
                copy.unlink(missing_ok=True)
                raise
        return copy

    def _sweep(self) -> None:
        """Remove copies older than an hour: a download cut off midway skips the removal after
        sending (another process's copy in flight is younger)."""
        limit = time.time() - STALE_DOWNLOAD_S
        for copy in self.folder.glob(f"{_DOWNLOAD}*"):
            with suppress(OSError):  # gone already, or still open elsewhere (Windows)
                if copy.stat().st_mtime < limit:
                    copy.unlink()

    @contextmanager
    def _holding(self, scope: str) -> Iterator[Crm]:
        """The open replica of ``scope``, for this thread alone while the block runs."""
        with self._guard:
            lock = self._locks.setdefault(scope, threading.Lock())
        with lock:
            if self._closed:
                raise CrmError(_("The sync server is stopping."))
            crm = self._open.get(scope)
            if crm is None:
                path = self.folder / f"{scope}.sqlite3"
                _forget_if_older(path)
                crm = self._open[scope] = Crm.open(path)
            yield crm

    # --- the background thread --------------------------------------------------------------------

    def start(self, interval_s: float = DEFAULT_INTERVAL_S) -> None:
        """Keep every known replica up to date every ``interval_s`` seconds until :meth:`close`."""

        def run() -> None:
            while not self._stop.wait(interval_s):
                for scope in self.scopes():
                    if self._stop.is_set():
                        return
                    try:
                        self.refresh(scope)
                    except Exception:  # the database away for a while: try again next round
                        log.exception("bringing the seed %s up to date failed", scope)

        self._thread = threading.Thread(target=run, name="crm-seeds", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop the background thread (it stops after the page it is applying) and close the
        replicas; later requests for a seed are refused."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self._closed = True  # _holding checks it under each replica's lock
        for scope, crm in list(self._open.items()):
            with self._locks[scope]:
                crm.close()
        self._open.clear()


def default_seed_folder(url: URL) -> Path:
    """Beside a SQLite database (``server.sqlite3`` keeps them in ``server.seeds``); for
    PostgreSQL, in this account's cache folder."""
    if url.get_backend_name() == "sqlite" and url.database:
        return Path(url.database).with_suffix(".seeds")
    return paths.cache_dir() / "server-seeds"


def _forget_if_older(path: Path) -> None:
    """Delete a replica an earlier version of the program made (it is a cache, made again from
    the log). Migrating it would not do: ops for columns that version did not have yet (pushed
    by devices updated first) were skipped when it merged them, and its cursor is past them."""
    if not path.exists():
        return
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            (version,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, TypeError):
        return  # not readable as a replica: Crm.open says what is wrong with it
    if version != migrator.HEAD:
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def _cursor(crm: Crm) -> int:
    with crm.db.engine.connect() as connection:
        return int(connection.exec_driver_sql("SELECT pull_cursor FROM _sync_state").scalar_one())
