from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from functools import partial

import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import Priority
from crm_desktop.services.cases import CaseInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import UserInput
from crm_desktop.services.tasks import TaskInput
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.task_editor import TaskEditor, from_qdatetime, to_qdatetime
from crm_desktop.ui.views.tasks import OVERDUE_TEXT, TasksPage
from tests.conftest import FakeClock


@pytest.fixture
def todo(crm: Crm, clock: FakeClock, people: dict[str, str]) -> dict[str, str]:
    """Tasks around 2026-03-02 09:00 UTC: one due later today, one overdue, two upcoming, one done."""
    now = clock.now
    leyla = crm.users.create(UserInput(name="Leyla Demir")).value.id
    omar = crm.users.create(UserInput(name="Omar Al-Farsi")).value.id
    case = crm.cases.create(CaseInput(subject="Printer prints blank receipts")).value.id
    ids = {"leyla": leyla, "omar": omar, "case": case}
    for key, title, due, links, assignee in (
        (
            "call",
            "Call Ahmad about the credit note",
            now + timedelta(hours=2),
            {"contact_id": people["ahmad"]},
            leyla,
        ),
        ("boxes", "Send replacement boxes", now - timedelta(hours=1), {"company_id": people["kaya"]}, omar),
        ("quote", "Prepare the quote", now + timedelta(days=1), {"case_id": case}, leyla),
        ("someday", "Tidy the stock room", None, {}, None),
        (
            "visit",
            "Visit Mehmet at the shop",
            now - timedelta(days=1),
            {"contact_id": people["mehmet"]},
            leyla,
        ),
    ):
        ids[key] = crm.tasks.create(
            TaskInput(title=title, due_at=due, assignee_id=assignee, **links)
        ).value.id
    crm.tasks.complete(ids["visit"])
    return ids


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def tasks_page(window: MainWindow, qtbot: QtBot) -> TasksPage:
    page = window.show_page("tasks")
    assert isinstance(page, TasksPage)
    qtbot.waitUntil(lambda: page.model.ids_loaded and bool(page.counts))
    return page


def titles(page: TasksPage) -> list[str]:
    return [page.tasks.row(r).title for r in range(page.model.rowCount())]  # type: ignore[union-attr]


def loaded(page: TasksPage, count: int) -> bool:
    return page.model.ids_loaded and page.model.rowCount() == count


def column(page: TasksPage, key: str) -> int:
    return [c.key for c in page.model.columns()].index(key)


def test_each_list_shows_its_tasks_and_every_tab_its_count(
    todo: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = tasks_page(window, qtbot)
    assert page.bucket() == "today"
    assert titles(page) == ["Call Ahmad about the credit note"]
    assert page.counts == {"today": 1, "overdue": 1, "upcoming": 2, "done": 1}
    assert [page.buckets.tabText(i) for i in range(4)] == [
        "Today (1)",
        "Overdue (1)",
        "Upcoming (2)",
        "Done (1)",
    ]
    for bucket, expected in (
        ("overdue", ["Send replacement boxes"]),
        ("upcoming", ["Tidy the stock room", "Prepare the quote"]),
        ("done", ["Visit Mehmet at the shop"]),
    ):
        page.set_bucket(bucket)
        qtbot.waitUntil(partial(loaded, page, len(expected)))
        assert titles(page) == expected


def test_overdue_tasks_say_so_in_words_and_colour(
    todo: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = tasks_page(window, qtbot)
    page.set_bucket("overdue")
    qtbot.waitUntil(lambda: loaded(page, 1))
    due = page.tasks.index(0, column(page, "due"))
    assert "Overdue" in str(due.data(Qt.ItemDataRole.DisplayRole))
    brush = due.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == OVERDUE_TEXT


def test_ticking_a_task_marks_it_done_and_undo_takes_it_back(
    todo: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot
) -> None:
    page = tasks_page(window, qtbot)
    title = page.tasks.index(0, column(page, "title"))
    assert title.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert page.tasks.flags(title) & Qt.ItemFlag.ItemIsUserCheckable
    assert page.tasks.setData(title, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: crm.tasks.get(todo["call"]).done_at is not None)
    qtbot.waitUntil(lambda: loaded(page, 0) and page.counts["done"] == 2)
    assert page.buckets.tabText(3) == "Done (2)"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: crm.tasks.get(todo["call"]).done_at is None)
    qtbot.waitUntil(lambda: loaded(page, 1) and page.counts["done"] == 1)


def test_the_done_list_marks_tasks_not_done(
    todo: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot
) -> None:
    page = tasks_page(window, qtbot)
    page.set_bucket("done")
    qtbot.waitUntil(lambda: loaded(page, 1))
    done = page.tasks.index(0, column(page, "title"))
    assert done.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert done.data(Qt.ItemDataRole.FontRole).strikeOut()
    page.select_id(todo["visit"])
    assert page.done_button.text() == "Mark not done" and page.done_button.isEnabled()
    page.done_button.click()
    qtbot.waitUntil(lambda: crm.tasks.get(todo["visit"]).done_at is None)
    qtbot.waitUntil(lambda: loaded(page, 0) and page.counts["overdue"] == 2)


def test_the_assignee_filter_narrows_lists_and_counts(
    todo: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = tasks_page(window, qtbot)
    combo = page.assignee_filter
    combo.setCurrentIndex(combo.findData(todo["omar"]))
    qtbot.waitUntil(lambda: loaded(page, 0) and page.counts["overdue"] == 1 and page.counts["upcoming"] == 0)
    assert page.counts == {"today": 0, "overdue": 1, "upcoming": 0, "done": 0}
    combo.setCurrentIndex(combo.findData("unassigned"))
    qtbot.waitUntil(lambda: page.counts.get("upcoming") == 1 and page.counts.get("overdue") == 0)
    page.set_bucket("upcoming")
    qtbot.waitUntil(lambda: loaded(page, 1))
    assert titles(page) == ["Tidy the stock room"]


def test_open_linked_record_asks_the_window_for_it(
    todo: dict[str, str], people: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = tasks_page(window, qtbot)
    assert not page.link_button.isEnabled()
    page.select_id(todo["call"])
    assert page.link_button.isEnabled()
    assert "أحمد الحربي" in str(page.tasks.index(0, column(page, "link")).data())
    with qtbot.waitSignal(page.open_requested) as opened:
        page.link_button.click()
    assert opened.args == ["contact", people["ahmad"]]
    page.set_bucket("upcoming")
    qtbot.waitUntil(lambda: loaded(page, 2))
    page.select_id(todo["quote"])
    with qtbot.waitSignal(page.open_requested) as opened:
        page.open_linked()
    assert opened.args == ["case", todo["case"]]


def test_opening_a_task_from_elsewhere_shows_its_list(
    todo: dict[str, str], window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tasks_page(window, qtbot)
    opened: list[str | None] = []
    monkeypatch.setattr(page, "open_editor", opened.append)
    window.open_record("task", todo["boxes"])
    assert window.current_page() is page and page.bucket() == "overdue"
    assert opened == [todo["boxes"]]
    qtbot.waitUntil(lambda: page.selected_ids() == [todo["boxes"]])


def test_time_moves_a_task_from_today_to_overdue(
    todo: dict[str, str], clock: FakeClock, window: MainWindow, qtbot: QtBot
) -> None:
    page = tasks_page(window, qtbot)
    assert page.boundary_timer.isActive()
    clock.advance(hours=3)  # 12:00: the 11:00 call is late
    page.refresh()
    qtbot.waitUntil(lambda: loaded(page, 0) and page.counts["overdue"] == 2)
    assert page.counts["today"] == 0


def test_right_to_left_keeps_dates_and_links_readable(
    right_to_left: None, todo: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = tasks_page(window, qtbot)
    assert page.isRightToLeft()
    link = str(page.tasks.index(0, column(page, "link")).data())
    assert link.startswith("\u2068") and link.endswith("\u2069")
    page.set_bucket("overdue")
    qtbot.waitUntil(lambda: loaded(page, 1))
    due = str(page.tasks.index(0, column(page, "due")).data())
    assert due.startswith("\u2068") and "Overdue" in due
    # the tabs and buttons flip: the first tab sits at the start (right) edge
    assert page.buckets.tabRect(0).left() > page.buckets.tabRect(3).left()
    dialog = TaskEditor(page.session, todo["call"], page)
    qtbot.addWidget(dialog)
    # Qt mirrors a date format set on a right-to-left editor; a left-to-right locale's date reads in order
    expected = QLocale().toString(
        dialog.due.dateTime(), QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
    )
    assert dialog.due.text() == expected


# --- the editor --------------------------------------------------------------------------------


def editor(session: AppSession, qtbot: QtBot, task_id: str | None = None, **links: str) -> TaskEditor:
    dialog = TaskEditor(session, task_id, None, **links)
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_task_is_saved_with_due_time_reminder_and_link(
    todo: dict[str, str],
    people: dict[str, str],
    session: AppSession,
    crm: Crm,
    clock: FakeClock,
    qtbot: QtBot,
) -> None:
    dialog = editor(session, qtbot, contact_id=people["zahra"])
    assert "زهرا رضایی" in dialog.link_label.text()
    due = to_qdatetime(clock.now + timedelta(days=2))  # 09:00:00 on 4 March
    dialog.title_edit.setText("Call back about the password")
    dialog.notes.setPlainText("She prefers WhatsApp.")
    dialog.due.setDateTime(due)
    dialog.has_reminder.setChecked(True)
    dialog.reminder.setDateTime(due.addSecs(-3600))
    dialog.priority.setCurrentIndex(dialog.priority.findData(Priority.HIGH))
    dialog.assignee.setCurrentIndex(dialog.assignee.findData(todo["omar"]))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None)
    assert dialog.saved_id is not None
    task = crm.tasks.get(dialog.saved_id)
    assert (task.title, task.notes, task.priority, task.assignee_id, task.contact_id) == (
        "Call back about the password",
        "She prefers WhatsApp.",
        Priority.HIGH,
        todo["omar"],
        people["zahra"],
    )
    assert task.due_at == from_qdatetime(due)
    assert task.remind_at == from_qdatetime(due) - timedelta(hours=1)


def test_a_reminder_after_the_due_time_is_refused_beside_its_field(
    session: AppSession, crm: Crm, clock: FakeClock, qtbot: QtBot
) -> None:
    dialog = editor(session, qtbot)
    dialog.title_edit.setText("Renew the licences")
    due = QDateTime(dialog.due.dateTime())
    dialog.has_reminder.setChecked(True)
    dialog.reminder.setDateTime(due.addSecs(3600))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.message("remind_at") != "")
    assert dialog.saved_id is None and dialog.save_button.isEnabled()
    assert crm.tasks.count() == 0


def test_editing_a_task_loads_it_and_can_mark_it_done(
    todo: dict[str, str], session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    dialog = editor(session, qtbot, todo["quote"])
    assert dialog.title_edit.text() == "Prepare the quote"
    assert dialog.has_due.isChecked() and not dialog.has_reminder.isChecked()
    assert "Printer prints blank receipts" in dialog.link_label.text()
    dialog.has_due.setChecked(False)
    dialog.done_box.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id == todo["quote"])
    task = crm.tasks.get(todo["quote"])
    assert task.due_at is None and task.done_at is not None and task.case_id == todo["case"]


def test_the_task_model_keeps_qt_rules(
    todo: dict[str, str], window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    page = tasks_page(window, qtbot)
    page.set_bucket("upcoming")
    qtbot.waitUntil(lambda: loaded(page, 2))
    qtmodeltester.check(page.tasks)
