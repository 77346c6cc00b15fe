"""The Sync page: sign in to the shop's sync server, sync now or every few minutes, the conflict inbox.

Everything that may wait on the network (sign in, sign out, a sync) runs on the page's own
worker thread, so a server that does not answer never holds up a save or a list; reading the
local state and resolving a conflict go through the session's readers and writer like any
other view's work. Working offline is a state, shown on this page and in the status bar,
never an error dialog: only a sign-in mistake (a wrong password, a mistyped address) is
reported, next to the form.

The page talks to :class:`crm_desktop.sync.client.SyncClient` through :class:`SyncClientLike`,
made by a factory, so tests give it a client of their own and never need a network.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.changes import ChangeSet, Outcome, entity_of_table
from crm_desktop.services.crm import Crm
from crm_desktop.sync.errors import SyncUpgradeError
from crm_desktop.ui.bidi import auto
from crm_desktop.ui.pages import Page
from crm_desktop.ui.preferences import DEFAULT_SYNC_MINUTES, Preferences
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.undo import UndoStack
from crm_desktop.ui.views.task_editor import when_text
from crm_desktop.ui.widgets.sync_status import NOT_SET_UP, SYNCING, UPGRADE, SyncView

if TYPE_CHECKING:
    from crm_desktop.sync.client import SyncStatus
    from crm_desktop.sync.engine import SyncReport

T = TypeVar("T")
log = logging.getLogger(__name__)

MAX_SYNC_MINUTES = 24 * 60
STARTUP_SYNC_MS = 3000  # the first automatic sync, once the window has painted
REFRESH_DELAY_MS = 500  # local edits come in bursts; count the outbox once they settle
DELETED_FIELD = "deleted_at"

# a record's name, by table: (the Crm's service, the model's name attribute)
_NAMED_BY: dict[str, tuple[str, str]] = {
    "contacts": ("contacts", "display_name"),
    "companies": ("companies", "name"),
    "deals": ("deals", "title"),
    "cases": ("cases", "subject"),
    "tasks": ("tasks", "title"),
    "products": ("products", "name"),
    "knowledge_articles": ("knowledge", "title"),
    "users": ("users", "name"),
    "pipelines": ("pipelines", "name"),
    "stages": ("stages", "name"),
    "tags": ("tags", "name"),
}


class SyncClientLike(Protocol):
    """What the page needs of :class:`crm_desktop.sync.client.SyncClient` (called off the GUI thread)."""

    @property
    def device_id(self) -> str: ...

    def status(self, *, check_server: bool = True) -> SyncStatus: ...

    def sync(self, progress: Callable[[SyncReport], None] | None = None) -> SyncReport: ...

    def login(self, url: str, user: str, password: str) -> object: ...

    def logout(self) -> None: ...


ClientFactory = Callable[[Crm], SyncClientLike]


def default_client(crm: Crm) -> SyncClientLike:
    # imported here: httpx and the keyring load when the window starts the page, not with the module
    from crm_desktop.sync.client import SyncClient

    return SyncClient(crm)


# --- what the page shows, read on a worker thread --------------------------------------------------


@dataclass(frozen=True)
class ConflictRow:
    id: int
    table: str
    row_id: str
    name: str  # the record's name ("" when it cannot be found)
    field: str
    mine: object
    theirs: object
    recorded_at: datetime | None


@dataclass(frozen=True)
class SyncSnapshot:
    status: SyncStatus
    conflicts: list[ConflictRow]


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def record_names(crm: Crm, wanted: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    """The names of the records conflicts are about, by (table, id), deleted ones included."""
    names: dict[tuple[str, str], str] = {}
    for table, ids in wanted.items():
        if table not in _NAMED_BY:
            continue
        service_name, attribute = _NAMED_BY[table]
        fetch: Any = getattr(getattr(crm, service_name), "fetch", None)
        for record in fetch(sorted(ids)) if fetch is not None else []:
            names[(table, record.id)] = str(getattr(record, attribute, "") or "")
    return names


def load_conflicts(crm: Crm, device_id: str) -> list[ConflictRow]:
    """The conflict inbox: open conflicts with both sides as this device sees them."""
    from crm_desktop.sync.client import sides
    from crm_desktop.sync.conflicts import open_conflicts

    conflicts = open_conflicts(crm.db)
    wanted: dict[str, set[str]] = {}
    for conflict in conflicts:
        wanted.setdefault(conflict.table, set()).add(conflict.row_id)
    names = record_names(crm, wanted)
    rows = []
    for conflict in conflicts:
        mine, theirs = sides(conflict, device_id)
        rows.append(
            ConflictRow(
                conflict.id,
                conflict.table,
                conflict.row_id,
                names.get((conflict.table, conflict.row_id), ""),
                conflict.field,
                mine,
                theirs,
                _moment(conflict.recorded_at),
            )
        )
    return rows


def load_snapshot(client: SyncClientLike, crm: Crm) -> SyncSnapshot:
    """The local state: no network, so it is quick and right even offline."""
    status = client.status(check_server=False)
    return SyncSnapshot(status, load_conflicts(crm, client.device_id))


def changes_of(changed: dict[str, set[str]]) -> ChangeSet:
    """The change-set of rows written by a sync or a resolved conflict.

    Such a row may be new here, changed, deleted or brought back; listing it as created
    makes open lists reload in full instead of only repainting the rows they hold.
    """
    rows = ((entity_of_table(table), row_id) for table, ids in changed.items() for row_id in ids)
    return ChangeSet(created=frozenset(rows))


def resolve(crm: Crm, conflict_id: int, keep: str) -> Outcome[int]:
    """Keep one side of a conflict (an ordinary write, sent at the next sync)."""
    from crm_desktop.sync.conflicts import get_conflict, keep_mine, keep_theirs
    from crm_desktop.sync.search import crm_reindexer

    conflict = get_conflict(crm.db, conflict_id)
    choose = keep_mine if keep == "mine" else keep_theirs
    choose(crm.db, conflict_id, reindex=crm_reindexer(crm), now=crm.ctx.clock)
    return Outcome(conflict_id, changes_of({conflict.table: {conflict.row_id}}))


# --- labels ------------------------------------------------------------------------------------------


def record_kinds(widget: QWidget) -> dict[str, str]:
    return {
        "contacts": widget.tr("Contact"),
        "companies": widget.tr("Company"),
        "deals": widget.tr("Deal"),
        "cases": widget.tr("Case"),
        "tasks": widget.tr("Task"),
        "products": widget.tr("Product"),
        "sales": widget.tr("Sale"),
        "knowledge_articles": widget.tr("Article"),
        "users": widget.tr("Person"),
        "pipelines": widget.tr("Pipeline"),
        "stages": widget.tr("Stage"),
        "tags": widget.tr("Tag"),
        "activities": widget.tr("Activity"),
        "contact_methods": widget.tr("Phone or email"),
        "settings": widget.tr("Setting"),
    }


def field_labels(widget: QWidget) -> dict[str, str]:
    """The fields people edit most, by column; any other shows its column name."""
    return {
        "name": widget.tr("Name"),
        "given_name": widget.tr("First name"),
        "family_name": widget.tr("Last name"),
        "display_name": widget.tr("Name"),
        "title": widget.tr("Title"),
        "subject": widget.tr("Subject"),
        "email": widget.tr("Email"),
        "phone": widget.tr("Phone"),
        "value": widget.tr("Value"),
        "website": widget.tr("Website"),
        "city": widget.tr("City"),
        "address": widget.tr("Address"),
        "notes": widget.tr("Notes"),
        "description": widget.tr("Description"),
        "status": widget.tr("Status"),
        "priority": widget.tr("Priority"),
        "amount_minor": widget.tr("Amount"),
        "stage_id": widget.tr("Stage"),
        "owner_id": widget.tr("Owner"),
        "due_at": widget.tr("Due"),
        DELETED_FIELD: widget.tr("Deleted"),
    }


# --- the page ------------------------------------------------------------------------------------------


class _Unexpected(CrmError):
    """A bug met on the worker, told as a state like any other sync problem."""


class _Delivery(QObject):
    """Hops a worker thread's result onto the GUI thread."""

    arrived = Signal(object, object)  # (callback, value)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.arrived.connect(self._call, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _call(self, callback: Callable[[Any], None], value: Any) -> None:
        callback(value)

    def send(self, callback: Callable[[Any], None], value: Any) -> None:
        # RuntimeError: the page is gone (the window closed meanwhile), nobody to tell
        with contextlib.suppress(RuntimeError):
            self.arrived.emit(callback, value)


class SyncPage(Page):
    key = "sync"
    state_changed = Signal(object)  # SyncView, for the status bar

    def __init__(
        self,
        session: AppSession,
        undo: UndoStack,
        parent: QWidget | None = None,
        *,
        client_factory: ClientFactory = default_client,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(session, parent)
        self._client_factory = client_factory
        self._client: SyncClientLike | None = None
        self.preferences: Preferences | None = None
        self.status: SyncStatus | None = None
        self.conflict_rows: list[ConflictRow] = []
        self.busy = False  # a sign-in, sign-out or sync is running
        self._syncing = False  # ... and it is a sync
        self.upgrade_needed = False  # the server said this program is too old (426)
        self.unexpected = ""  # what went wrong in a sync where the client could not note it
        self._reads = 0  # refreshes started; an older one that lands late is dropped
        self._shown_read = 0
        self._startup_done = False
        self._network = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crm-sync")
        self._delivery = _Delivery(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_worker)
        self.view = SyncView(NOT_SET_UP, self.tr("Sync not set up"))

        self._build()
        self.auto_timer = QTimer(self)
        self.auto_timer.timeout.connect(self.auto_sync)
        self.startup_timer = QTimer(self)
        self.startup_timer.setSingleShot(True)
        self.startup_timer.setInterval(STARTUP_SYNC_MS)
        self.startup_timer.timeout.connect(self.auto_sync)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self.minutes.valueChanged.connect(self._minutes_changed)
        if preferences is not None:
            self.use_preferences(preferences)
        else:
            self._set_minutes(DEFAULT_SYNC_MINUTES)
        session.changed.connect(self._on_changed)
        # the status bar shows the state from the start, before the page is ever opened; read
        # once the window is up, because the sync client brings httpx and the keyring along
        # (a fifth of a second of every start)
        QTimer.singleShot(0, self, self.refresh)

    @property
    def client(self) -> SyncClientLike:
        if self._client is None:
            self._client = self._client_factory(self.session.crm)
        return self._client

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.server_url = QLineEdit()
        self.server_url.setObjectName("server_url")
        self.server_url.setPlaceholderText("https://crm.example.com:8765")
        self.user = QLineEdit()
        self.user.setObjectName("sync_user")
        self.password = QLineEdit()
        self.password.setObjectName("sync_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.sign_in)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("sign_in")
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("sign_out")
        self.sign_out_button.clicked.connect(self.sign_out)
        self.sign_in_message = QLabel()
        self.sign_in_message.setObjectName("sign_in_message")
        self.sign_in_message.setWordWrap(True)
        self.sign_in_message.setStyleSheet("color: #b00020;")
        self.sign_in_message.hide()

        account = QGroupBox(self.tr("Sync server"))
        form = QFormLayout(account)
        form.addRow(self.tr("Server address"), self.server_url)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        form.addRow("", self.sign_in_message)

        self.state_line = QLabel()
        self.state_line.setObjectName("sync_state")
        font = self.state_line.font()
        font.setBold(True)
        self.state_line.setFont(font)
        self.state_detail = QLabel()
        self.state_detail.setObjectName("sync_detail")
        self.state_detail.setWordWrap(True)
        self.outbox_label = QLabel()
        self.outbox_label.setObjectName("outbox_count")
        self.conflicts_label = QLabel()
        self.conflicts_label.setObjectName("conflicts_count")
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("sync_now")
        self.sync_button.clicked.connect(self.sync_now)
        self.progress = QProgressBar()
        self.progress.setObjectName("sync_progress")
        self.progress.setRange(0, 0)  # how much is left is not known before the server says "no more"
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.progress_text = QLabel()
        self.progress_text.setObjectName("sync_progress_text")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("sync_minutes")
        self.minutes.setRange(0, MAX_SYNC_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("Off"))

        state = QGroupBox(self.tr("Sync"))
        state_layout = QVBoxLayout(state)
        state_layout.addWidget(self.state_line)
        state_layout.addWidget(self.state_detail)
        counts = QHBoxLayout()
        counts.addWidget(self.outbox_label)
        counts.addSpacing(24)
        counts.addWidget(self.conflicts_label)
        counts.addStretch(1)
        state_layout.addLayout(counts)
        run = QHBoxLayout()
        run.addWidget(self.sync_button)
        run.addWidget(self.progress, 1)
        run.addWidget(self.progress_text)
        run.addStretch(0)
        state_layout.addLayout(run)
        every = QHBoxLayout()
        every.addWidget(QLabel(self.tr("Sync automatically every")))
        every.addWidget(self.minutes)
        every.addStretch(1)
        state_layout.addLayout(every)

        self.conflicts = QTableWidget(0, 5)
        self.conflicts.setObjectName("conflict_inbox")
        self.conflicts.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("My value"),
                self.tr("Their value"),
                self.tr("When"),
            ]
        )
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts.verticalHeader().hide()
        header = self.conflicts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 140, 220, 220)):
            self.conflicts.setColumnWidth(column, width)
        self.conflicts.itemSelectionChanged.connect(self._update_buttons)
        self.keep_mine_button = QPushButton(self.tr("Keep mine"))
        self.keep_mine_button.setObjectName("keep_mine")
        self.keep_mine_button.clicked.connect(lambda: self.keep("mine"))
        self.keep_theirs_button = QPushButton(self.tr("Keep theirs"))
        self.keep_theirs_button.setObjectName("keep_theirs")
        self.keep_theirs_button.clicked.connect(lambda: self.keep("theirs"))
        inbox = QGroupBox(self.tr("Conflicts"))
        inbox_layout = QVBoxLayout(inbox)
        explanation = QLabel(
            self.tr(
                "The same field was changed here and on another computer before they synced. "
                "The newer change is shown now; choose which value to keep."
            )
        )
        explanation.setWordWrap(True)
        inbox_layout.addWidget(explanation)
        inbox_layout.addWidget(self.conflicts, 1)
        choice = QHBoxLayout()
        choice.addStretch(1)
        choice.addWidget(self.keep_mine_button)
        choice.addWidget(self.keep_theirs_button)
        inbox_layout.addLayout(choice)

        top = QHBoxLayout()
        top.addWidget(account, 1)
        top.addWidget(state, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(inbox, 1)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Sync")

    # --- preferences and the automatic sync ------------------------------------------------------

    def use_preferences(self, preferences: Preferences) -> None:
        """Read (and from now on save) the minutes between automatic syncs."""
        self.preferences = None  # not while the stored value is put in the box
        self._set_minutes(preferences.sync_minutes)
        self.preferences = preferences

    def _set_minutes(self, minutes: int) -> None:
        self.minutes.blockSignals(True)
        self.minutes.setValue(min(minutes, MAX_SYNC_MINUTES))
        self.minutes.blockSignals(False)
        self._restart_timer()

    def _minutes_changed(self, minutes: int) -> None:
        if self.preferences is not None:
            self.preferences.sync_minutes = minutes
        self._restart_timer()

    def _restart_timer(self) -> None:
        minutes = self.minutes.value()
        if minutes <= 0:
            self.auto_timer.stop()
            self.startup_timer.stop()
        else:
            self.auto_timer.start(minutes * 60_000)

    def auto_sync(self) -> None:
        """A timer's sync: only when signed in and nothing else runs; the outcome is only a state."""
        if self.minutes.value() <= 0 or self.busy or self.status is None or not self.status.signed_in:
            return
        self.sync_now()

    # --- the work ---------------------------------------------------------------------------------

    def _in_background(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[CrmError], None],
    ) -> None:
        def forward(done: Future[T]) -> None:
            try:
                value = done.result()
            except CrmError as error:
                self._delivery.send(on_error, error)
                return
            except Exception as error:  # a bug: keep the window running, say what happened
                log.exception("sync job failed")
                message = QApplication.translate("SyncPage", "Something went wrong: {0}").format(error)
                self._delivery.send(on_error, _Unexpected(message))
                return
            self._delivery.send(on_done, value)

        try:
            future = self._network.submit(job)
        except RuntimeError:  # the program is ending
            return
        future.add_done_callback(forward)

    def _stop_worker(self) -> None:
        self._network.shutdown(wait=False, cancel_futures=True)

    def refresh(self) -> None:
        """Read the local state again (status, counts, conflicts) on a reader thread."""
        self._reads += 1
        number = self._reads
        client = self.client
        self.session.read(
            lambda crm: load_snapshot(client, crm),
            lambda snapshot: self._show_snapshot(number, snapshot),
            lambda error: self.state_detail.setText(str(error)),
        )

    def _on_changed(self, _changes: ChangeSet) -> None:
        self._refresh_timer.start()

    def _show_snapshot(self, number: int, snapshot: SyncSnapshot) -> None:
        if number < self._shown_read:
            return
        self._shown_read = number
        self.status = snapshot.status
        self.conflict_rows = snapshot.conflicts
        status = snapshot.status
        if status.server_url and not self.server_url.text():
            self.server_url.setText(status.server_url)
        self.outbox_label.setText(self.tr("Changes waiting to be sent: %Ln", "", status.outbox_count))
        self.conflicts_label.setText(self.tr("Open conflicts: %Ln", "", status.open_conflicts))
        self._fill_conflicts(snapshot.conflicts)
        self._show_state()
        if not self._startup_done:
            self._startup_done = True
            if status.signed_in and self.minutes.value() > 0:
                self.startup_timer.start()

    def _show_state(self) -> None:
        self.view = self.describe()
        self.state_line.setText(self.view.text)
        self.state_detail.setText(self.view.detail)
        self.state_detail.setVisible(bool(self.view.detail))
        self._update_buttons()
        self.state_changed.emit(self.view)

    def describe(self) -> SyncView:
        """The state in words, from the last status read and what runs now."""
        status = self.status
        if self._syncing:
            return SyncView(SYNCING, self.tr("Syncing…"), self._last_sync_text(status))
        if status is None:
            return SyncView(NOT_SET_UP, self.tr("Sync not set up"))
        if self.upgrade_needed:
            return SyncView(
                UPGRADE,
                self.tr("Needs a newer version"),
                self.tr("The sync server needs a newer version of this program; please update it."),
            )
        last = self._last_sync_text(status)
        if self.unexpected:
            return SyncView("error", self.tr("Sync failed, will retry"), _join(self.unexpected, last))
        if status.state == "signed-out":
            return SyncView(status.state, self.tr("Signed out: sign in again"), status.message)
        if status.state == "offline":
            return SyncView(status.state, self.tr("Offline, will retry"), _join(last, status.message))
        if status.state == "error":
            return SyncView(status.state, self.tr("Sync failed, will retry"), _join(status.message, last))
        if status.last_sync_at is not None:
            moment = when_text(status.last_sync_at)
            return SyncView("synced", self.tr("Synced at {0}").format(moment), status.message)
        if not status.server_url:
            return SyncView(
                NOT_SET_UP,
                self.tr("Sync not set up"),
                self.tr("Sign in to your sync server to share this data with your other computers."),
            )
        return SyncView("never", self.tr("Never synced"), status.message)

    def _last_sync_text(self, status: SyncStatus | None) -> str:
        if status is None or status.last_sync_at is None:
            return ""
        return self.tr("Last synced at {0}.").format(when_text(status.last_sync_at))

    def _set_busy(self, busy: bool, *, syncing: bool = False) -> None:
        self.busy = busy
        self._syncing = busy and syncing
        self.progress.setVisible(self._syncing)
        if not busy:
            self.progress_text.clear()
        self._show_state()

    def _update_buttons(self) -> None:
        signed_in = self.status is not None and self.status.signed_in
        self.sign_in_button.setEnabled(not self.busy)
        self.sign_out_button.setEnabled(not self.busy and signed_in)
        self.sync_button.setEnabled(not self.busy and signed_in)
        chosen = self.selected_conflict() is not None
        self.keep_mine_button.setEnabled(chosen)
        self.keep_theirs_button.setEnabled(chosen)

    # --- sign in and out ------------------------------------------------------------------------

    def sign_in(self) -> None:
        if self.busy:
            return
        url, user, password = self.server_url.text().strip(), self.user.text().strip(), self.password.text()
        if not url or not user or not password:
            self._sign_in_problem(self.tr("Fill in the server address, your user name and your password."))
            return
        self.sign_in_message.hide()
        client = self.client

        def job() -> str:
            from crm_desktop.sync.account import KeyringUnavailable

            try:
                client.login(url, user, password)
            except KeyringUnavailable as note:  # signed in; the token lives until the program ends
                return str(note)
            return ""

        self._set_busy(True)
        self._in_background(job, self._signed_in, self._sign_in_failed)

    def _signed_in(self, note: str) -> None:
        self.password.clear()  # never kept: the server's token stands for it from now on
        self.upgrade_needed = False
        if note:
            self._sign_in_problem(note)
        self._set_busy(False)
        self.sync_now(after_sign_in=True)

    def _sign_in_failed(self, error: CrmError) -> None:
        self._set_busy(False)
        self._sign_in_problem(str(error))

    def _sign_in_problem(self, message: str) -> None:
        self.sign_in_message.setText(message)
        self.sign_in_message.show()

    def sign_out(self) -> None:
        if self.busy:
            return
        self.sign_in_message.hide()
        self._set_busy(True)
        self._in_background(self.client.logout, lambda _none: self._finished(), self._failed_quietly)

    # --- sync -------------------------------------------------------------------------------------

    def sync_now(self, *, after_sign_in: bool = False) -> None:
        """Sync in the background; the outcome shows as the state, never as a dialog."""
        signed_in = after_sign_in or (self.status is not None and self.status.signed_in)
        if self.busy or not signed_in:
            return
        client = self.client
        delivery = self._delivery

        def report_progress(report: SyncReport) -> None:
            # the report keeps changing on the worker: hand over its numbers, not the object
            delivery.send(self._show_progress, (report.pushed, report.pulled))

        self.progress_text.clear()
        self._set_busy(True, syncing=True)
        self._in_background(lambda: client.sync(report_progress), self._synced, self._sync_failed)

    def _show_progress(self, counts: tuple[int, int]) -> None:
        sent, received = counts
        locale = self.locale()
        self.progress_text.setText(
            self.tr("Sent: {0} · received: {1}").format(locale.toString(sent), locale.toString(received))
        )

    def _synced(self, report: SyncReport) -> None:
        self.upgrade_needed = False
        self.unexpected = ""
        self.session.broadcast(changes_of(report.received.changed))
        self._finished()

    def _sync_failed(self, error: CrmError) -> None:
        # offline, signed out, too old...: the client keeps the state, the page shows it
        self.upgrade_needed = isinstance(error, SyncUpgradeError)
        self.unexpected = str(error) if isinstance(error, _Unexpected) else ""
        self._finished()

    def _failed_quietly(self, error: CrmError) -> None:
        log.info("sync: %s", error)
        self._finished()

    def _finished(self) -> None:
        self._set_busy(False)
        self.refresh()

    # --- the conflict inbox ------------------------------------------------------------------------

    def _fill_conflicts(self, rows: list[ConflictRow]) -> None:
        chosen = self.selected_conflict()
        kinds, fields = record_kinds(self), field_labels(self)
        self.conflicts.setRowCount(len(rows))
        for index, row in enumerate(rows):
            kind = kinds.get(row.table, row.table)
            record = f"{kind}: {auto(row.name)}" if row.name else kind
            cells = (
                record,
                fields.get(row.field, row.field.replace("_", " ")),
                self.value_text(row.field, row.mine),
                self.value_text(row.field, row.theirs),
                when_text(row.recorded_at),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.conflicts.setItem(index, column, item)
        ids = [row.id for row in rows]
        if chosen in ids:
            self._select_row(ids.index(chosen))
        elif rows:
            self._select_row(0)  # one click resolves the next conflict
        self._update_buttons()

    def _select_row(self, row: int) -> None:
        # not QTableView.selectRow: right to left it looks for the first column past the
        # viewport's edge and, finding none, selects nothing
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.conflicts.selectionModel().setCurrentIndex(self.conflicts.model().index(row, 0), flags)

    def value_text(self, field: str, value: object) -> str:
        if field == DELETED_FIELD:
            return self.tr("Deleted") if value is not None else self.tr("Not deleted")
        if value is None or value == "":
            return self.tr("(empty)")
        return auto(str(value))

    def selected_conflict(self) -> int | None:
        rows = self.conflicts.selectionModel().selectedRows() if hasattr(self, "conflicts") else []
        if not rows:
            return None
        item = self.conflicts.item(rows[0].row(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def keep(self, side: str) -> None:
        """Keep my value or theirs for the selected conflict, at once."""
        conflict_id = self.selected_conflict()
        if conflict_id is None:
            return
        self.keep_mine_button.setEnabled(False)
        self.keep_theirs_button.setEnabled(False)
        self.session.write(
            lambda crm: resolve(crm, conflict_id, side),
            lambda _outcome: self.refresh(),
            self._resolve_failed,
        )

    def _resolve_failed(self, error: CrmError) -> None:
        self.state_detail.setText(str(error))
        self.state_detail.show()
        self.refresh()


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)
