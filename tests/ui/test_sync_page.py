"""The Sync page and the status-bar state: sign in, Sync now in the background, the automatic sync,
offline as a state (never a dialog), and the conflict inbox over real conflicts between two databases."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput
from crm_desktop.sync.client import SyncClient, SyncStatus
from crm_desktop.sync.engine import SyncReport, sync_once
from crm_desktop.sync.errors import ServerUnreachable, SyncAuthError, SyncUpgradeError
from crm_desktop.ui import application
from crm_desktop.ui.main_window import MainWindow, PageFactory
from crm_desktop.ui.preferences import Preferences
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.undo import UndoStack
from crm_desktop.ui.views.sync_page import SyncClientLike, SyncPage
from tests.sync.conftest import FakeServer, FakeTransport, new_client, query

MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f"))  # bidi isolates and marks


def plain(text: str) -> str:
    return text.translate(MARKS)


class FakeClient:
    """Stands in for SyncClient: the state is set by the test, a sync goes through a FakeServer
    (real ops, real database), and every call notes the thread it ran on."""

    def __init__(self, crm: Crm, server: FakeServer | None = None) -> None:
        self.crm = crm
        self.server = server or FakeServer()
        self.device_id = SyncClient(crm).device_id
        self.server_url = ""
        self.signed_in = False
        self.last_sync_at: datetime | None = None
        self.state = "never"
        self.message = ""
        self.sync_error: CrmError | None = None
        self.login_error: CrmError | None = None
        self.gate: threading.Event | None = None  # when set, a sync waits for it
        self.threads: list[tuple[str, str]] = []  # (call, thread name)

    def _note(self, call: str) -> None:
        self.threads.append((call, threading.current_thread().name))

    def calls(self, name: str) -> int:
        return sum(1 for call, _thread in self.threads if call == name)

    def status(self, *, check_server: bool = True) -> SyncStatus:
        self._note("status")
        waiting = query(self.crm, "SELECT count(*) FROM _outbox WHERE rejected IS NULL")[0][0]
        conflicts = query(self.crm, "SELECT count(*) FROM _conflicts WHERE resolved_at IS NULL")[0][0]
        return SyncStatus(
            self.server_url, self.signed_in, self.last_sync_at, waiting, conflicts, self.state, self.message
        )

    def sync(self, progress: Callable[[SyncReport], None] | None = None) -> SyncReport:
        self._note("sync")
        if self.gate is not None:
            self.gate.wait()
        if self.sync_error is not None:
            if isinstance(self.sync_error, ServerUnreachable):
                self.state = "offline"
            elif isinstance(self.sync_error, SyncAuthError):
                self.state, self.signed_in = "signed-out", False
            else:
                self.state = "error"
            self.message = str(self.sync_error)
            raise self.sync_error
        report = sync_once(self.crm, FakeTransport(self.server), 5, progress=progress)
        self.state, self.message = "synced", ""
        self.last_sync_at = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
        return report

    def login(self, url: str, user: str, password: str) -> object:
        self._note("login")
        if self.login_error is not None:
            raise self.login_error
        self.server_url, self.signed_in, self.state = url, True, "never"
        return object()

    def logout(self) -> None:
        self._note("logout")
        self.signed_in, self.state = False, "signed-out"


def signed_in(client: FakeClient) -> FakeClient:
    client.server_url, client.signed_in = "https://crm.example.com", True
    return client


def factory_of(client: FakeClient) -> Callable[[Crm], SyncClientLike]:
    return lambda _crm: client


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any message box fails the test: sync problems are states, not dialogs."""

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        pytest.fail("a message box was opened")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


def make_page(
    session: AppSession, client: FakeClient, qtbot: QtBot, preferences: Preferences | None = None
) -> SyncPage:
    page = SyncPage(session, UndoStack(), client_factory=factory_of(client), preferences=preferences)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.status is not None)
    page.startup_timer.stop()  # tests start their syncs themselves
    return page


def settle(page: SyncPage, qtbot: QtBot) -> None:
    """Wait for the page's background work and the refresh after it."""
    qtbot.waitUntil(lambda: not page.busy)
    reads = page._reads
    page.refresh()
    qtbot.waitUntil(lambda: page._shown_read > reads)


# --- state texts ------------------------------------------------------------------------------


@dataclass
class Case:
    server_url: str
    signed_in: bool
    last: datetime | None
    state: str
    text: str


STATE_CASES = [
    Case("", False, None, "never", "Sync not set up"),
    Case("https://crm.example.com", True, None, "never", "Never synced"),
    Case("https://crm.example.com", True, datetime(2026, 3, 2, 9, 0, tzinfo=UTC), "synced", "Synced at "),
    Case("https://crm.example.com", True, None, "offline", "Offline, will retry"),
    Case("https://crm.example.com", False, None, "signed-out", "Signed out: sign in again"),
    Case("https://crm.example.com", True, None, "error", "Sync failed, will retry"),
]


@pytest.mark.parametrize("case", STATE_CASES, ids=[case.state + str(case.signed_in) for case in STATE_CASES])
def test_the_state_line_says_where_sync_stands(
    case: Case, session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    client = FakeClient(crm)
    client.server_url, client.signed_in, client.last_sync_at, client.state = (
        case.server_url,
        case.signed_in,
        case.last,
        case.state,
    )
    page = make_page(session, client, qtbot)
    assert page.state_line.text().startswith(case.text)
    assert page.view.text == page.state_line.text()
    assert page.sync_button.isEnabled() == case.signed_in
    assert page.sign_out_button.isEnabled() == case.signed_in
    if case.last is not None:
        assert plain(page.state_line.text()) != case.text  # the time follows


def test_a_server_too_new_for_this_program_says_so(session: AppSession, crm: Crm, qtbot: QtBot) -> None:
    client = signed_in(FakeClient(crm))
    client.sync_error = SyncUpgradeError("Update the program.")
    page = make_page(session, client, qtbot)
    page.sync_button.click()
    settle(page, qtbot)
    assert page.state_line.text() == "Needs a newer version"
    assert page.view.state == "upgrade"


# --- sync now and the automatic sync ------------------------------------------------------------


def test_sync_now_runs_in_the_background_and_updates_the_counts(
    session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    from crm_desktop.sync.outbox import enqueue_existing

    enqueue_existing(crm.db)  # as after the first connection: later writes are captured
    client = signed_in(FakeClient(crm))
    page = make_page(session, client, qtbot)
    session.write(lambda c: c.companies.create(CompanyInput(name="Kaya Ltd.")))
    qtbot.waitUntil(lambda: page.status is not None and page.status.outbox_count > 0)
    waiting = page.status.outbox_count if page.status else 0
    assert page.outbox_label.text() == f"Changes waiting to be sent: {waiting}"

    client.gate = threading.Event()
    page.sync_button.click()
    # the GUI thread is free while the sync waits: the page shows it is running
    qtbot.waitUntil(lambda: client.calls("sync") == 1)
    assert not page.sync_button.isEnabled()
    assert not page.progress.isHidden()
    assert page.state_line.text() == "Syncing…"
    page.sync_now()  # a second press while running does nothing
    client.gate.set()
    settle(page, qtbot)

    assert client.calls("sync") == 1
    assert all(thread.startswith("crm-sync") for call, thread in client.threads if call == "sync")
    assert page.outbox_label.text() == "Changes waiting to be sent: 0"
    assert page.sync_button.isEnabled()
    assert page.progress.isHidden()
    assert page.state_line.text().startswith("Synced at ")
    assert client.server.log  # the company went to the server


def test_the_automatic_sync_follows_the_minutes_and_the_sign_in(
    session: AppSession, crm: Crm, qtbot: QtBot, tmp_path: Path
) -> None:
    preferences = Preferences(tmp_path / "window.ini")
    preferences.sync_minutes = 0
    client = FakeClient(crm)  # signed out
    page = make_page(session, client, qtbot, preferences)
    assert page.minutes.value() == 0
    assert page.minutes.text() == "Off"
    assert not page.auto_timer.isActive()

    page.minutes.setValue(5)
    assert page.auto_timer.isActive()
    assert page.auto_timer.interval() == 5 * 60_000
    assert Preferences(tmp_path / "window.ini").sync_minutes == 5

    page.auto_timer.timeout.emit()  # signed out: nothing to do
    assert not page.busy
    assert client.calls("sync") == 0

    signed_in(client)
    settle(page, qtbot)
    page.auto_timer.timeout.emit()
    settle(page, qtbot)
    assert client.calls("sync") == 1

    page.minutes.setValue(0)  # off: the timer stops, and a late tick does nothing
    assert not page.auto_timer.isActive()
    assert Preferences(tmp_path / "window.ini").sync_minutes == 0
    page.auto_sync()
    assert not page.busy
    assert client.calls("sync") == 1


def test_offline_is_a_state_and_never_a_dialog(
    session: AppSession, crm: Crm, qtbot: QtBot, no_dialogs: None
) -> None:
    client = signed_in(FakeClient(crm))
    client.sync_error = ServerUnreachable("The sync server does not answer.")
    page = make_page(session, client, qtbot)
    page.minutes.setValue(1)
    page.auto_timer.timeout.emit()
    settle(page, qtbot)
    assert client.calls("sync") == 1
    assert page.state_line.text() == "Offline, will retry"
    assert page.view.state == "offline"
    page.sync_button.click()  # by hand too: still only the state
    settle(page, qtbot)
    assert client.calls("sync") == 2
    assert page.state_line.text() == "Offline, will retry"
    assert page.sign_in_message.isHidden()


# --- signing in and out -------------------------------------------------------------------------


def test_a_wrong_password_is_shown_next_to_the_form(
    session: AppSession, crm: Crm, qtbot: QtBot, no_dialogs: None
) -> None:
    client = FakeClient(crm)
    client.login_error = SyncAuthError("Wrong user name or password.")
    page = make_page(session, client, qtbot)
    page.server_url.setText("https://crm.example.com")
    page.user.setText("huda")
    page.password.setText("wrong")
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: not page.sign_in_message.isHidden())
    assert page.sign_in_message.text() == "Wrong user name or password."
    assert page.password.text() == "wrong"  # left to correct
    assert client.calls("sync") == 0


def test_signing_in_runs_off_the_gui_thread_forgets_the_password_and_syncs(
    session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    client = FakeClient(crm)
    page = make_page(session, client, qtbot)
    page.server_url.setText("https://crm.example.com")
    page.user.setText("huda")
    page.password.setText("secret")
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: client.calls("sync") == 1)
    settle(page, qtbot)
    assert page.password.text() == ""
    assert next(thread for call, thread in client.threads if call == "login").startswith("crm-sync")
    assert page.state_line.text().startswith("Synced at ")
    assert page.sign_in_message.isHidden()

    page.sign_out_button.click()
    settle(page, qtbot)
    assert client.calls("logout") == 1
    assert page.state_line.text() == "Signed out: sign in again"
    assert not page.sync_button.isEnabled()


def test_the_form_asks_for_every_field_before_signing_in(session: AppSession, crm: Crm, qtbot: QtBot) -> None:
    client = FakeClient(crm)
    page = make_page(session, client, qtbot)
    page.sign_in_button.click()
    assert not page.sign_in_message.isHidden()
    assert client.calls("login") == 0


# --- the conflict inbox ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sync-template") / "template.sqlite3"
    Crm.open(path).close()
    return path


@dataclass
class Conflicted:
    mine: Crm  # the database the window shows: its two edits lost to the other's
    other: Crm
    server: FakeServer
    company_id: str


@pytest.fixture
def conflicted(template: Path, tmp_path: Path) -> Iterator[Conflicted]:
    """Two databases that edited the same company's name and website before syncing."""
    a = new_client(template, tmp_path / "a.sqlite3")
    b = new_client(template, tmp_path / "b.sqlite3")
    server = FakeServer()
    company = a.companies.create(CompanyInput(name="Kaya Ltd.", website="kaya.example")).value
    for crm in (a, b, a, b):
        sync_once(crm, FakeTransport(server))
    a.companies.update(company.id, CompanyInput(name="Kaya A", website="a.example"))
    b.companies.update(company.id, CompanyInput(name="Kaya B", website="b.example"))  # later
    for crm in (a, b, a):
        sync_once(crm, FakeTransport(server))
    yield Conflicted(a, b, server, company.id)
    a.close()
    b.close()


@pytest.fixture
def conflicted_session(conflicted: Conflicted, qapp: QApplication) -> Iterator[AppSession]:
    application.make_application()
    app_session = AppSession(conflicted.mine)
    yield app_session
    app_session.runner.shutdown()


def table_rows(page: SyncPage) -> list[list[str]]:
    table = page.conflicts
    return [
        [plain(table.item(row, column).text()) for column in range(table.columnCount())][:4]
        for row in range(table.rowCount())
    ]


def select_field(page: SyncPage, label: str) -> None:
    for row in range(page.conflicts.rowCount()):
        if page.conflicts.item(row, 1).text() == label:
            page.conflicts.selectRow(row)
            return
    raise AssertionError(label)


def test_the_inbox_lists_both_values_and_keeps_mine_or_theirs_in_one_click(
    conflicted: Conflicted, conflicted_session: AppSession, qtbot: QtBot
) -> None:
    crm = conflicted.mine
    page = make_page(conflicted_session, FakeClient(crm, conflicted.server), qtbot)
    assert sorted(table_rows(page)) == [
        ["Company: Kaya B", "Name", "Kaya A", "Kaya B"],
        ["Company: Kaya B", "Website", "a.example", "b.example"],
    ]
    assert page.conflicts_label.text() == "Open conflicts: 2"
    assert page.conflicts.item(0, 4).text()  # when it was found

    select_field(page, "Name")
    with qtbot.waitSignal(conflicted_session.changed) as changed:
        page.keep_mine_button.click()
    assert changed.args is not None and changed.args[0].touches("company")
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 1)
    assert query(crm, "SELECT name FROM companies WHERE id = ?", (conflicted.company_id,)) == [("Kaya A",)]
    assert page.conflicts_label.text() == "Open conflicts: 1"

    assert page.selected_conflict() is not None  # the next conflict is chosen: one more click
    page.keep_theirs_button.click()
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 0)
    assert query(crm, "SELECT website FROM companies WHERE id = ?", (conflicted.company_id,)) == [
        ("b.example",)
    ]
    assert query(crm, "SELECT field, resolution FROM _conflicts ORDER BY field") == [
        ("name", "mine"),
        ("website", "theirs"),
    ]
    assert not page.keep_mine_button.isEnabled()

    # the choice is an ordinary change: the next sync takes it to the other computer
    sync_once(crm, FakeTransport(conflicted.server))
    sync_once(conflicted.other, FakeTransport(conflicted.server))
    assert query(
        conflicted.other, "SELECT name, website FROM companies WHERE id = ?", (conflicted.company_id,)
    ) == [("Kaya A", "b.example")]


def test_the_inbox_fills_after_a_sync_brings_a_conflict(
    template: Path, tmp_path: Path, qapp: QApplication, qtbot: QtBot
) -> None:
    a = new_client(template, tmp_path / "a.sqlite3")
    b = new_client(template, tmp_path / "b.sqlite3")
    server = FakeServer()
    company = a.companies.create(CompanyInput(name="Kaya Ltd.")).value
    for crm in (a, b, a, b):
        sync_once(crm, FakeTransport(server))
    a.companies.update(company.id, CompanyInput(name="Kaya A"))
    b.companies.update(company.id, CompanyInput(name="Kaya B"))
    sync_once(b, FakeTransport(server))
    session = AppSession(a)
    try:
        client = signed_in(FakeClient(a, server))
        page = make_page(session, client, qtbot)
        assert page.conflicts.rowCount() == 0
        with qtbot.waitSignal(session.changed) as changed:
            page.sync_button.click()
        assert changed.args is not None and changed.args[0].touches("company")
        settle(page, qtbot)
        assert table_rows(page) == [["Company: Kaya B", "Name", "Kaya A", "Kaya B"]]
        assert page.conflicts_label.text() == "Open conflicts: 1"
    finally:
        session.runner.shutdown()
        a.close()
        b.close()


# --- the status bar -------------------------------------------------------------------------------------


def window_with(session: AppSession, client: FakeClient, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    def sync_page(session: AppSession, undo: UndoStack) -> SyncPage:
        return SyncPage(session, undo, client_factory=factory_of(client))

    factories: list[PageFactory] = [
        sync_page if factory is SyncPage else factory for factory in application.page_factories()
    ]
    window = MainWindow(session, Preferences(tmp_path / "window.ini"), factories)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["sync"]
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: page.status is not None)
    page.startup_timer.stop()  # tests start their syncs themselves
    return window


def test_the_status_bar_follows_the_state_and_opens_the_page(
    session: AppSession, crm: Crm, qtbot: QtBot, tmp_path: Path, no_dialogs: None
) -> None:
    client = signed_in(FakeClient(crm))
    window = window_with(session, client, tmp_path, qtbot)
    page = window.pages["sync"]
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: window.sync_status.text() == "Never synced")
    assert window.current_page() is not page

    client.sync_error = ServerUnreachable("The sync server does not answer.")
    page.sync_now()
    qtbot.waitUntil(lambda: window.sync_status.text() == "Offline, will retry")
    assert window.sync_status.state == "offline"
    assert "does not answer" in window.sync_status.toolTip()

    client.sync_error = None
    page.sync_now()
    qtbot.waitUntil(lambda: window.sync_status.text().startswith("Synced at "))

    qtbot.mouseClick(window.sync_status, Qt.MouseButton.LeftButton)
    assert window.current_page() is page
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles[-2:] == ["Sync", "Settings"]


def test_the_window_sets_the_minutes_from_its_preferences(
    session: AppSession, crm: Crm, qtbot: QtBot, tmp_path: Path
) -> None:
    Preferences(tmp_path / "window.ini").sync_minutes = 42
    window = window_with(session, FakeClient(crm), tmp_path, qtbot)
    page = window.pages["sync"]
    assert isinstance(page, SyncPage)
    assert page.minutes.value() == 42
    assert page.auto_timer.interval() == 42 * 60_000


# --- right to left --------------------------------------------------------------------------------------


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def x_of(widget: QWidget, page: QWidget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).x()


def test_the_page_mirrors_right_to_left(
    right_to_left: None, conflicted: Conflicted, conflicted_session: AppSession, qtbot: QtBot
) -> None:
    page = make_page(conflicted_session, FakeClient(conflicted.mine, conflicted.server), qtbot)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    form = page.server_url.parentWidget().layout()
    assert isinstance(form, QFormLayout)
    label = form.labelForField(page.server_url)
    assert label is not None
    assert x_of(label, page) > x_of(page.server_url, page)  # labels on the right
    assert x_of(page.sign_in_button, page) > x_of(page.sign_out_button, page)
    assert x_of(page.keep_mine_button, page) > x_of(page.keep_theirs_button, page)
    assert page.selected_conflict() is not None  # chosen for a one-click answer, right to left too
    assert page.keep_mine_button.isEnabled()
    header = page.conflicts.horizontalHeader()
    assert header.sectionViewportPosition(0) > header.sectionViewportPosition(3)  # Record first, on the right


def test_a_signed_in_window_syncs_soon_after_it_opens(session: AppSession, crm: Crm, qtbot: QtBot) -> None:
    signed_out = SyncPage(session, UndoStack(), client_factory=factory_of(FakeClient(crm)))
    qtbot.addWidget(signed_out)
    qtbot.waitUntil(lambda: signed_out.status is not None)
    assert not signed_out.startup_timer.isActive()

    client = signed_in(FakeClient(crm))
    page = SyncPage(session, UndoStack(), client_factory=factory_of(client))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.status is not None)
    assert page.startup_timer.isActive()
    page.startup_timer.stop()
    page.startup_timer.timeout.emit()
    settle(page, qtbot)
    assert client.calls("sync") == 1


def test_a_failure_the_client_did_not_expect_is_a_state_too(
    session: AppSession, crm: Crm, qtbot: QtBot, no_dialogs: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = signed_in(FakeClient(crm))
    page = make_page(session, client, qtbot)

    def broken(progress: Callable[[SyncReport], None] | None = None) -> SyncReport:
        raise KeyError("outbox")

    monkeypatch.setattr(client, "sync", broken)
    page.sync_now()
    settle(page, qtbot)
    assert page.state_line.text() == "Sync failed, will retry"
    assert "outbox" in page.state_detail.text()


# --- with the real client and the real server ------------------------------------------------------------


@pytest.mark.usefixtures("memory_keyring")
def test_the_page_signs_in_and_syncs_with_the_real_client_and_server(
    template: Path, tmp_path: Path, qapp: QApplication, qtbot: QtBot, no_dialogs: None
) -> None:
    from crm_desktop.sync_server.app import create_app
    from tests.sync.server_kit import PASSWORD, AppTransport, store_of

    server = create_app(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    store_of(server).add_user("ali", PASSWORD, role="admin")
    laptop = new_client(template, tmp_path / "laptop.sqlite3", connected=False)
    laptop.companies.create(CompanyInput(name="Kaya Ltd."))
    session = AppSession(laptop)
    try:
        page = SyncPage(
            session, UndoStack(), client_factory=lambda crm: SyncClient(crm, transport=AppTransport(server))
        )
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.status is not None)
        assert page.state_line.text() == "Sync not set up"
        page.server_url.setText("https://sync.example.com")
        page.user.setText("ali")
        page.password.setText("not the password")
        page.sign_in_button.click()
        qtbot.waitUntil(lambda: not page.sign_in_message.isHidden())
        assert page.sign_in_message.text()  # the server's refusal, in words

        page.password.setText(PASSWORD)
        page.sign_in_button.click()
        qtbot.waitUntil(lambda: page.state_line.text().startswith("Synced at "), timeout=20_000)
        settle(page, qtbot)
        assert page.sign_in_message.isHidden()
        assert page.outbox_label.text() == "Changes waiting to be sent: 0"
        assert page.password.text() == ""
        assert page.sync_button.isEnabled()

        page.sign_out_button.click()
        settle(page, qtbot)
        assert page.state_line.text() == "Signed out: sign in again"
    finally:
        session.runner.shutdown()
        laptop.close()
        store_of(server).close()
