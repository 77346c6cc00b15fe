"""This computer's side of sync, as the window and the ``crm sync`` command use it.

:class:`SyncClient` ties the pieces together: the server address and device state in the
database (``_sync_state``), the token in the keyring (:mod:`crm_desktop.sync.account`),
the protocol over HTTP (:mod:`crm_desktop.sync.http`) and one sync
(:func:`crm_desktop.sync.engine.sync_once`). The window calls it on worker threads: one
sync, sign-in or sign-out at a time (a lock), and :meth:`SyncClient.status` never raises
for the network's sake, it reports the state instead (working offline is not an error).
"""

from __future__ import annotations

import socket
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import _
from crm_desktop.services.crm import Crm
from crm_desktop.sync import account
from crm_desktop.sync.conflicts import Conflict
from crm_desktop.sync.engine import DEFAULT_PAGE_SIZE, CursorGoneError, SyncReport, sync_once
from crm_desktop.sync.errors import ServerUnreachable, SyncAuthError
from crm_desktop.sync.hlc import Stamp
from crm_desktop.sync.http import DEFAULT_TIMEOUT, HttpTransport, Session, login, server_base
from crm_desktop.sync.ops import Scalar
from crm_desktop.sync.store import SyncState, claim_device, read_state, transaction

# SyncStatus.state
NEVER, SYNCED, OFFLINE, SIGNED_OUT, ERROR = "never", "synced", "offline", "signed-out", "error"
PROBE_TIMEOUT = 10.0  # status() asks the server; a window waiting on it should not wait long


@dataclass(frozen=True)
class SyncStatus:
    server_url: str  # "" when this computer never signed in to a server
    signed_in: bool  # a token is kept (keyring, or this process's memory)
    last_sync_at: datetime | None  # the end of the last complete sync (UTC)
    outbox_count: int  # field changes waiting to be sent (refused ones not counted)
    open_conflicts: int  # conflicts nobody has resolved yet
    state: str  # never | synced | offline | signed-out | error
    message: str  # what to tell the user about the state ("" when all is well)
    rejected_count: int = 0  # changes the server refused for good (kept here, with its reason)

    @property
    def outbox(self) -> int:
        return self.outbox_count

    @property
    def conflicts(self) -> int:
        return self.open_conflicts


def sides(conflict: Conflict, device_id: str) -> tuple[Scalar, Scalar]:
    """(mine, theirs) of a conflict, as :mod:`crm_desktop.sync.conflicts` keeps them: mine is the
    value written on this device when one was, else the value shown now."""
    if Stamp.parse(conflict.losing_stamp).device == device_id:
        return conflict.losing_value, conflict.winning_value
    return conflict.winning_value, conflict.losing_value


def _parse_moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)
    except ValueError:
        return None


class SyncClient:
    """Sign in, sync and report the state of one CRM database.

    ``timeout`` and ``verify`` go to every request (see :class:`HttpTransport`);
    ``transport`` replaces httpx's network layer (tests).
    """

    def __init__(
        self,
        crm: Crm,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        verify: bool | str = True,
        page_size: int = DEFAULT_PAGE_SIZE,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.crm = crm
        self.timeout = timeout
        self.verify = verify
        self.page_size = page_size
        self._transport = transport
        self._lock = threading.Lock()
        # what the last sync met (offline, an error), reported until a sync goes through
        self._problem: tuple[str, str] | None = None

    # --- local state ---------------------------------------------------------------------

    def _state(self) -> SyncState:
        with self.crm.db.engine.connect() as connection:
            raw: sqlite3.Connection = connection.connection.driver_connection  # type: ignore[assignment]
            return read_state(raw)

    def _counts(self) -> tuple[int, int, int]:
        """(waiting, refused, open conflicts)."""
        with self.crm.db.engine.connect() as connection:
            waiting, refused = connection.exec_driver_sql(
                "SELECT count(*) FILTER (WHERE rejected IS NULL), "
                "count(*) FILTER (WHERE rejected IS NOT NULL) FROM _outbox"
            ).one()
            conflicts = connection.exec_driver_sql(
                "SELECT count(*) FROM _conflicts WHERE resolved_at IS NULL"
            ).scalar_one()
        return int(waiting), int(refused), int(conflicts)

    @property
    def device_id(self) -> str:
        return self._state().device_id

    @property
    def server_url(self) -> str:
        return self._state().server_url

    def token(self) -> str | None:
        state = self._state()
        return account.load_token(state.server_url, state.device_id) if state.server_url else None

    def _http(self, url: str, token: str, timeout: float | None = None) -> HttpTransport:
        return HttpTransport(
            url, token, timeout=timeout or self.timeout, verify=self.verify, transport=self._transport
        )

    # --- status ----------------------------------------------------------------------------

    def status(self, *, check_server: bool = True) -> SyncStatus:
        """Where sync stands. With ``check_server`` the server is asked (briefly) whether it
        answers and still accepts this device; no network trouble escapes as an exception."""
        state = self._state()
        waiting, refused, conflicts = self._counts()
        token = account.load_token(state.server_url, state.device_id) if state.server_url else None
        last = _parse_moment(state.last_sync_at)

        def result(kind: str, message: str = "") -> SyncStatus:
            return SyncStatus(
                state.server_url, token is not None, last, waiting, conflicts, kind, message, refused
            )

        if not state.server_url:
            return result(
                NEVER, _("This computer is not connected to a sync server; sign in to one to sync.")
            )
        if token is None:
            return result(SIGNED_OUT, _("Signed out of the sync server; sign in again to sync."))
        if check_server:
            try:
                with self._http(state.server_url, token, PROBE_TIMEOUT) as http:
                    http.pull(state.pull_cursor, 1)
            except CursorGoneError:
                pass  # the server answers; the next sync downloads everything again
            except SyncAuthError as error:
                account.forget_token(state.server_url, state.device_id)
                token = None
                return result(SIGNED_OUT, str(error))
            except ServerUnreachable as error:
                return result(OFFLINE, str(error))
            except CrmError as error:
                return result(ERROR, str(error))
            self._problem = None
        elif self._problem is not None:
            return result(*self._problem)
        note = ""
        if account.kept_in_memory(state.server_url, state.device_id):
            note = _("The sign-in is kept only until the program ends (no system keyring).")
        return result(SYNCED if last is not None else NEVER, note)

    # --- sign in and out ------------------------------------------------------------------------

    def login(self, url: str, user: str, password: str) -> Session:
        """Sign this computer in to the server at ``url`` and keep the token.

        Raises :class:`~crm_desktop.sync.account.KeyringUnavailable` after a successful sign-in
        when no keyring could keep the token: it is then kept for this process only.
        """
        with self._lock:
            base = server_base(url)
            claim_device(self.crm.db)  # a copied file signs in as a device of its own
            state = self._state()
            session = login(
                base,
                user,
                password,
                socket.gethostname() or state.device_id,
                device_id=state.device_id,
                timeout=self.timeout,
                verify=self.verify,
                transport=self._transport,
            )
            if state.server_url and state.server_url != base:
                account.forget_token(state.server_url, state.device_id)
            with transaction(self.crm.db) as (_connection, raw):
                if state.server_url != base:
                    # positions in one server's log mean nothing to another
                    raw.execute("UPDATE _sync_state SET server_url = ?, pull_cursor = 0", (base,))
            self._problem = None
            account.save_token(base, state.device_id, session.token)
            return session

    def logout(self) -> None:
        """Forget the token; the server address stays, and unsent changes stay in the outbox."""
        with self._lock:
            state = self._state()
            if state.server_url:
                account.forget_token(state.server_url, state.device_id)
            self._problem = None

    # --- sync -------------------------------------------------------------------------------------

    def sync(self, progress: Callable[[SyncReport], None] | None = None) -> SyncReport:
        """Seal local changes, push them, pull and apply the others' (see engine.sync_once).

        A 401 forgets the token (signed out); every failure leaves the local data as it was
        and is remembered for :meth:`status` until a sync goes through.
        """
        with self._lock:
            moved = claim_device(self.crm.db)
            state = self._state()
            token = account.load_token(state.server_url, state.device_id) if state.server_url else None
            if token is None:
                if moved and state.server_url:
                    message = _(
                        "This database was copied or moved since it last synced, so it now syncs as "
                        "a device of its own: sign in again."
                    )
                elif state.server_url:
                    message = _("This computer is not signed in to a sync server; sign in first.")
                else:
                    message = _("This computer is not connected to a sync server; sign in to one first.")
                error = SyncAuthError(message)
                self._problem = (SIGNED_OUT if state.server_url else NEVER, str(error))
                raise error
            try:
                with self._http(state.server_url, token) as http:
                    report = sync_once(
                        self.crm, http, self.page_size, now=self.crm.ctx.clock, progress=progress
                    )
            except SyncAuthError as error:
                account.forget_token(state.server_url, state.device_id)
                self._problem = (SIGNED_OUT, str(error))
                raise
            except ServerUnreachable as error:
                self._problem = (OFFLINE, str(error))
                raise
            except CrmError as error:
                self._problem = (ERROR, str(error))
                raise
            self._problem = None
            return report
