from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.services.tasks import TaskInput
from crm_desktop.ui.reminders import MAX_SHOWN, ReminderService
from crm_desktop.ui.session import AppSession
from tests.conftest import FakeClock

HOUR = 3_600_000  # the tests call check() themselves; the service's own timer stays out of the way


def reminders(session: AppSession, host: QWidget) -> ReminderService:
    return ReminderService(session, host, tray=False, interval_ms=HOUR, first_check_ms=HOUR)


def look(service: ReminderService, qtbot: QtBot) -> int:
    """Run one check and return how many new reminders it brought up."""
    with qtbot.waitSignal(service.checked) as result:
        service.check()
    count = result.args[0] if result.args else -1
    assert isinstance(count, int)
    return count


def add_task(crm: Crm, clock: FakeClock, title: str, remind_in: timedelta, due_in: timedelta) -> str:
    task = TaskInput(title=title, remind_at=clock.now + remind_in, due_at=clock.now + due_in)
    return crm.tasks.create(task).value.id


@pytest.fixture
def host(session: AppSession, qtbot: QtBot) -> QMainWindow:
    """A window for the reminders to show in (the service needs no more than that)."""
    main = QMainWindow()
    main.setCentralWidget(QLabel("pages"))
    main.statusBar().showMessage("ready")
    main.resize(1000, 700)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_reminder_shows_at_its_time_and_only_once(
    crm: Crm, clock: FakeClock, session: AppSession, host: QMainWindow, qtbot: QtBot
) -> None:
    task_id = add_task(
        crm, clock, "Call Ahmad about the credit note", timedelta(minutes=10), timedelta(minutes=40)
    )
    service = reminders(session, host)
    assert look(service, qtbot) == 0
    assert service.toasts() == []
    clock.advance(minutes=11)
    assert look(service, qtbot) == 1
    [toast] = service.toasts()
    assert toast.task_id == task_id and toast.isVisible()
    assert "Call Ahmad about the credit note" in toast.title.text()
    assert look(service, qtbot) == 0
    clock.advance(minutes=5)
    assert look(service, qtbot) == 0
    assert len(service.toasts()) == 1


def test_done_marks_the_task_done_and_closes_the_reminder(
    crm: Crm, clock: FakeClock, session: AppSession, host: QMainWindow, qtbot: QtBot
) -> None:
    task_id = add_task(crm, clock, "Send the quote", timedelta(minutes=1), timedelta(hours=1))
    service = reminders(session, host)
    clock.advance(minutes=2)
    assert look(service, qtbot) == 1
    service.toasts()[0].done_button.click()
    assert service.toasts() == []
    qtbot.waitUntil(lambda: crm.tasks.get(task_id).done_at is not None)


def test_open_asks_the_window_for_the_task(
    crm: Crm, clock: FakeClock, session: AppSession, host: QMainWindow, qtbot: QtBot
) -> None:
    task_id = add_task(crm, clock, "Visit Mehmet", timedelta(minutes=1), timedelta(hours=1))
    service = reminders(session, host)
    clock.advance(minutes=2)
    look(service, qtbot)
    with qtbot.waitSignal(service.open_requested) as opened:
        service.toasts()[0].open_button.click()
    assert opened.args == ["task", task_id]
    assert service.toasts() == []


def test_a_task_saved_with_a_past_reminder_shows_without_waiting(
    crm: Crm, clock: FakeClock, session: AppSession, host: QMainWindow, qtbot: QtBot
) -> None:
    service = reminders(session, host)
    look(service, qtbot)
    task = TaskInput(title="Forgot to call back", remind_at=clock.now - timedelta(minutes=5))
    session.write(lambda c: c.tasks.create(task))
    qtbot.waitUntil(lambda: len(service.toasts()) == 1)
    assert "Forgot to call back" in service.toasts()[0].title.text()
    assert look(service, qtbot) == 0


def test_a_task_done_elsewhere_closes_its_reminder(
    crm: Crm, clock: FakeClock, session: AppSession, host: QMainWindow, qtbot: QtBot
) -> None:
    task_id = add_task(crm, clock, "Renew the licence", timedelta(minutes=1), timedelta(hours=1))
    service = reminders(session, host)
    clock.advance(minutes=2)
    look(service, qtbot)
    session.write(lambda c: c.tasks.complete(task_id))
    qtbot.waitUntil(lambda: service.toasts() == [])


def test_many_reminders_wait_their_turn(
    crm: Crm, clock: FakeClock, session: AppSession, host: QMainWindow, qtbot: QtBot
) -> None:
    ids = [
        add_task(crm, clock, f"Task {n}", timedelta(minutes=1), timedelta(hours=1))
        for n in range(MAX_SHOWN + 2)
    ]
    service = reminders(session, host)
    clock.advance(minutes=2)
    assert look(service, qtbot) == MAX_SHOWN + 2
    assert [t.task_id for t in service.toasts()] == ids[:MAX_SHOWN]
    service.toasts()[0].findChild(QWidget, "reminder_close").click()  # type: ignore[union-attr]
    assert [t.task_id for t in service.toasts()] == ids[1 : MAX_SHOWN + 1]


def test_a_new_reminder_time_reminds_again(
    crm: Crm, clock: FakeClock, session: AppSession, host: QMainWindow, qtbot: QtBot
) -> None:
    task_id = add_task(crm, clock, "Chase the invoice", timedelta(minutes=1), timedelta(hours=2))
    service = reminders(session, host)
    clock.advance(minutes=2)
    assert look(service, qtbot) == 1
    service.toasts()[0].findChild(QWidget, "reminder_close").click()  # type: ignore[union-attr]
    crm.tasks.update(task_id, TaskInput(remind_at=clock.now + timedelta(minutes=30)))  # snoozed
    clock.advance(minutes=31)
    assert look(service, qtbot) == 1


def test_reminders_sit_in_the_bottom_end_corner(
    right_to_left: None, crm: Crm, clock: FakeClock, session: AppSession, host: QMainWindow, qtbot: QtBot
) -> None:
    add_task(crm, clock, "تماس با زهرا", timedelta(minutes=1), timedelta(hours=1))
    service = reminders(session, host)
    clock.advance(minutes=2)
    look(service, qtbot)
    area = service.area.geometry()
    assert area.left() < host.width() // 2  # the end corner is on the left in right-to-left
    assert area.bottom() > host.height() // 2
    host.resize(host.width() + 200, host.height() + 100)
    qtbot.waitUntil(lambda: service.area.geometry().bottom() > area.bottom())
    assert service.area.geometry().left() == area.left()


# the offscreen platform has no tray; Qt says so when the icon is shown
@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_the_tray_gets_a_message_and_a_click_on_it_opens_the_task(
    crm: Crm, clock: FakeClock, session: AppSession, host: QMainWindow, qtbot: QtBot
) -> None:
    task_id = add_task(crm, clock, "Call the supplier", timedelta(minutes=1), timedelta(hours=1))
    service = ReminderService(session, host, tray=True, interval_ms=HOUR, first_check_ms=HOUR)
    clock.advance(minutes=2)
    look(service, qtbot)
    assert service.tray is not None and not service.tray.icon().isNull()
    with qtbot.waitSignal(service.open_requested) as opened:
        service.tray.messageClicked.emit()
    assert opened.args == ["task", task_id]
