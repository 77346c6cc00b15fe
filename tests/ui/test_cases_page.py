from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import ActivityKind, CaseStatus, Priority
from crm_desktop.services.activities import ActivityInput
from crm_desktop.services.cases import CaseInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.knowledge import ArticleInput
from crm_desktop.services.people import UserInput
from crm_desktop.ui.application import page_factories
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.preferences import Preferences
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.cases import OVERDUE_TEXT, CasesPage
from tests.conftest import FakeClock


@pytest.fixture
def queue(crm: Crm, clock: FakeClock, people: dict[str, str]) -> dict[str, str]:
    """Four cases opened an hour apart from 09:00; the clock then stands at 16:00 the same day.

    The urgent invoice case (due 14:00) is overdue; the printer case is due tomorrow 09:00,
    the delivery case next week; the refund case is resolved.
    """
    leyla = crm.users.create(UserInput(name="Leyla Demir")).value.id
    omar = crm.users.create(UserInput(name="Omar Al-Farsi")).value.id
    ids = {"leyla": leyla, "omar": omar}
    for key, subject, priority, contact, assignee in (
        ("printer", "Printer prints blank receipts", Priority.HIGH, "mehmet", leyla),
        ("invoice", "الفاتورة رقم 4471 خاطئة", Priority.URGENT, "ahmad", None),
        ("delivery", "Delivery arrived damaged", Priority.LOW, "ali", omar),
        ("refund", "Refund for a returned printer", Priority.NORMAL, "ayse", leyla),
    ):
        case = crm.cases.create(
            CaseInput(
                subject=subject,
                description=f"{subject}. The customer called about it.",
                priority=priority,
                contact_id=people[contact],
                assignee_id=assignee,
            )
        ).value
        ids[key] = case.id
        clock.advance(hours=1)
    crm.cases.set_status(ids["refund"], CaseStatus.RESOLVED, resolution="Refunded to the card.")
    clock.advance(hours=3)  # 16:00
    return ids


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def cases_page(window: MainWindow, qtbot: QtBot) -> CasesPage:
    page = window.show_page("cases")
    assert isinstance(page, CasesPage)
    qtbot.waitUntil(lambda: page.model.ids_loaded)
    return page


def subjects(page: CasesPage) -> list[str]:
    return [page.queue.row(r).subject for r in range(page.model.rowCount())]  # type: ignore[union-attr]


def cell(
    page: CasesPage, case_id: str, key: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
) -> object:
    row = page.model.row_of(case_id)
    assert row is not None
    column = [c.key for c in page.model.columns()].index(key)
    return page.queue.index(row, column).data(role)


def show(page: CasesPage, case_id: str, qtbot: QtBot) -> None:
    page.select_id(case_id)
    qtbot.waitUntil(lambda: page.detail.case_id == case_id)


def wait_for_writes(session: AppSession, qtbot: QtBot) -> None:
    """Every write queued so far has finished (the writer thread runs them in order)."""
    with qtbot.waitCallback() as done:
        session.write(lambda _crm: None, done)


def test_the_queue_lists_open_cases_by_sla_due_time(
    queue: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = cases_page(window, qtbot)
    assert subjects(page) == [
        "الفاتورة رقم 4471 خاطئة",
        "Printer prints blank receipts",
        "Delivery arrived damaged",
    ]
    assert page.count_label.text() == page.noun(3)


def test_overdue_cases_are_marked_in_words_and_colour(
    queue: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = cases_page(window, qtbot)
    late = cell(page, queue["invoice"], "sla")
    assert isinstance(late, str) and "Overdue by" in late
    foreground = cell(page, queue["invoice"], "subject", Qt.ItemDataRole.ForegroundRole)
    assert isinstance(foreground, QBrush) and foreground.color() == OVERDUE_TEXT
    assert "Overdue" in str(cell(page, queue["invoice"], "due", Qt.ItemDataRole.ToolTipRole))
    on_time = cell(page, queue["printer"], "sla")
    assert isinstance(on_time, str) and "left" in on_time and "Overdue" not in on_time
    assert cell(page, queue["printer"], "subject", Qt.ItemDataRole.ForegroundRole) is None


def test_escalation_level_and_reason_show_in_the_tip_and_the_pane(
    queue: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot
) -> None:
    crm.cases.escalate(queue["delivery"], "The customer is a distributor and threatens to leave")
    page = cases_page(window, qtbot)
    assert "1" in str(cell(page, queue["delivery"], "escalation"))
    tip = str(cell(page, queue["delivery"], "escalation", Qt.ItemDataRole.ToolTipRole))
    assert "threatens to leave" in tip
    show(page, queue["delivery"], qtbot)
    assert "threatens to leave" in page.detail.escalation.text()
    assert cell(page, queue["printer"], "escalation") == ""


def test_filters_by_status_priority_assignee_and_overdue(
    queue: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = cases_page(window, qtbot)

    def pick(combo: object, data: object, expected: int) -> None:
        combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: page.model.ids_loaded and page.model.rowCount() == expected)

    pick(page.status_filter, None, 4)
    assert "Refund for a returned printer" in subjects(page)
    pick(page.priority_filter, Priority.HIGH.value, 1)
    assert subjects(page) == ["Printer prints blank receipts"]
    pick(page.priority_filter, None, 4)
    pick(page.assignee_filter, queue["leyla"], 2)
    assert sorted(subjects(page)) == ["Printer prints blank receipts", "Refund for a returned printer"]
    pick(page.assignee_filter, "unassigned", 1)
    assert subjects(page) == ["الفاتورة رقم 4471 خاطئة"]
    pick(page.assignee_filter, None, 4)
    page.overdue_only.setChecked(True)
    qtbot.waitUntil(lambda: page.model.ids_loaded and page.model.rowCount() == 1)
    assert subjects(page) == ["الفاتورة رقم 4471 خاطئة"]


def test_my_cases_shows_the_cases_of_the_user_this_computer_belongs_to(
    queue: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = cases_page(window, qtbot)
    page.set_current_user(queue["omar"])
    page.mine_only.setChecked(True)
    qtbot.waitUntil(lambda: page.model.ids_loaded and page.model.rowCount() == 1)
    assert subjects(page) == ["Delivery arrived damaged"]
    assert not page.assignee_filter.isEnabled()
    remembered = window.preferences.state("current_user")
    assert remembered is not None and bytes(remembered.data()).decode() == queue["omar"]


def test_choosing_a_case_shows_its_text_in_the_pane(
    queue: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = cases_page(window, qtbot)
    show(page, queue["printer"], qtbot)
    detail = page.detail
    assert detail.subject.text() == "Printer prints blank receipts"
    assert "The customer called about it." in detail.text.toPlainText()
    assert "Mehmet Kaya" in detail.customer.text()
    assert detail.assignee.currentData() == queue["leyla"]
    enabled = {key for key, button in detail.status_buttons.items() if button.isEnabled()}
    assert enabled == {"open", "waiting", "resolved", "closed"}


def test_status_buttons_change_the_status(
    queue: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot
) -> None:
    page = cases_page(window, qtbot)
    show(page, queue["printer"], qtbot)
    page.detail.status_buttons["waiting"].click()
    qtbot.waitUntil(lambda: crm.cases.get(queue["printer"]).status == CaseStatus.WAITING)
    qtbot.waitUntil(lambda: not page.detail.status_buttons["waiting"].isEnabled())
    page.detail.status_buttons["open"].click()
    qtbot.waitUntil(lambda: crm.cases.get(queue["printer"]).status == CaseStatus.OPEN)


def test_resolving_asks_for_the_resolution_and_reopen_brings_it_back(
    queue: dict[str, str], crm: Crm, session: AppSession, window: MainWindow, qtbot: QtBot
) -> None:
    page = cases_page(window, qtbot)
    show(page, queue["printer"], qtbot)
    asked: list[str] = []

    def cancel(title: str, label: str, text: str = "") -> str | None:
        asked.append(title)
        return None

    page.detail.ask_text = cancel  # type: ignore[method-assign]
    page.detail.status_buttons["resolved"].click()
    wait_for_writes(session, qtbot)
    assert asked and crm.cases.get(queue["printer"]).status == CaseStatus.NEW

    page.detail.ask_text = lambda title, label, text="": "Cleaned the print head."  # type: ignore[method-assign]
    page.detail.status_buttons["resolved"].click()
    qtbot.waitUntil(lambda: crm.cases.get(queue["printer"]).status == CaseStatus.RESOLVED)
    assert crm.cases.get(queue["printer"]).resolution == "Cleaned the print head."
    qtbot.waitUntil(lambda: "Cleaned the print head." in page.detail.text.toPlainText())
    # a resolved case leaves the open queue, the pane keeps showing it
    qtbot.waitUntil(lambda: page.model.ids_loaded and page.model.rowCount() == 2)
    assert page.detail.status_buttons["reopen"].isEnabled()
    page.detail.status_buttons["reopen"].click()
    qtbot.waitUntil(lambda: crm.cases.get(queue["printer"]).status == CaseStatus.OPEN)
    qtbot.waitUntil(lambda: page.model.ids_loaded and page.model.rowCount() == 3)


def test_assigning_from_the_pane(queue: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot) -> None:
    page = cases_page(window, qtbot)
    show(page, queue["invoice"], qtbot)
    combo = page.detail.assignee
    combo.setCurrentIndex(combo.findData(queue["omar"]))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: crm.cases.get(queue["invoice"]).assignee_id == queue["omar"])
    qtbot.waitUntil(lambda: cell(page, queue["invoice"], "assignee") == "\u2068Omar Al-Farsi\u2069")


def test_escalate_asks_why_and_raises_the_level(
    queue: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot
) -> None:
    page = cases_page(window, qtbot)
    show(page, queue["delivery"], qtbot)
    page.detail.ask_text = lambda title, label, text="": "Second complaint this week"  # type: ignore[method-assign]
    page.detail.escalate_button.click()
    qtbot.waitUntil(lambda: crm.cases.get(queue["delivery"]).escalation_level == 1)
    assert crm.cases.get(queue["delivery"]).escalation_reason == "Second complaint this week"
    qtbot.waitUntil(lambda: "Second complaint this week" in page.detail.escalation.text())


def test_suggested_articles_open_their_text(
    queue: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot
) -> None:
    crm.knowledge.create(
        ArticleInput(
            title="Printer prints blank receipts",
            category="Hardware",
            body="Turn the thermal paper roll so the shiny side faces the print head.",
        )
    )
    crm.knowledge.create(
        ArticleInput(title="Correcting a wrong invoice", category="Billing", body="Credit note.")
    )
    page = cases_page(window, qtbot)
    show(page, queue["printer"], qtbot)
    suggestions = page.detail.suggestions
    qtbot.waitUntil(
        lambda: suggestions.count() > 0 and bool(suggestions.item(0).data(Qt.ItemDataRole.UserRole))
    )
    assert "Printer prints blank receipts" in suggestions.item(0).text()
    suggestions.itemClicked.emit(suggestions.item(0))
    view = page.detail.article_view
    assert view is not None and view.isVisible()
    assert "shiny side" in view.body.toPlainText()


def test_the_pane_lists_the_case_activities_and_adds_notes(
    queue: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot
) -> None:
    crm.activities.create(
        ActivityInput(kind=ActivityKind.CALL, subject="Customer called back", case_id=queue["printer"])
    )
    page = cases_page(window, qtbot)
    show(page, queue["printer"], qtbot)
    activities = page.detail.activities
    qtbot.waitUntil(lambda: activities.count() == 1)
    assert "Customer called back" in activities.item(0).text()
    page.detail.ask_text = lambda title, label, text="": "Sent a new roll of paper"  # type: ignore[method-assign]
    page.detail.note_button.click()
    qtbot.waitUntil(lambda: activities.count() == 2)
    assert "Sent a new roll of paper" in activities.item(0).text()  # newest first


def test_the_minute_timer_escalates_overdue_cases(
    queue: dict[str, str], crm: Crm, clock: FakeClock, window: MainWindow, qtbot: QtBot
) -> None:
    page = cases_page(window, qtbot)
    clock.advance(hours=2)  # 18:00: the urgent case is four hours late, a whole SLA window
    page.escalate_overdue()
    qtbot.waitUntil(lambda: crm.cases.get(queue["invoice"]).escalation_level == 3)
    qtbot.waitUntil(lambda: "3" in str(cell(page, queue["invoice"], "escalation")))
    assert crm.cases.get(queue["printer"]).escalation_level == 0
    assert page.escalation_timer.isActive() and page.escalation_timer.interval() == 60_000


def test_a_customer_link_asks_the_window_to_open_the_contact(
    queue: dict[str, str], people: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = cases_page(window, qtbot)
    show(page, queue["printer"], qtbot)
    with qtbot.waitSignal(page.open_requested) as opened:
        page.detail.customer.linkActivated.emit(f"contact:{people['mehmet']}")
    assert opened.args == ["contact", people["mehmet"]]


def test_the_window_opens_a_case_from_search(queue: dict[str, str], window: MainWindow, qtbot: QtBot) -> None:
    window.open_record("case", queue["delivery"])
    page = window.current_page()
    assert isinstance(page, CasesPage)
    assert page.detail.case_id == queue["delivery"]
    qtbot.waitUntil(lambda: page.model.ids_loaded)
    page.select_id(queue["delivery"])
    assert page.table.currentIndex().row() == page.model.row_of(queue["delivery"])


def test_the_split_between_queue_and_pane_is_remembered(
    queue: dict[str, str], session: AppSession, tmp_path: Path, window: MainWindow, qtbot: QtBot
) -> None:
    page = cases_page(window, qtbot)
    page.splitter.setSizes([300, 700])
    page.splitter.splitterMoved.emit(300, 1)
    stored = window.preferences.state("splitter/cases")
    assert isinstance(stored, QByteArray)
    window.close()
    again = MainWindow(session, Preferences(tmp_path / "window.ini"), page_factories())
    qtbot.addWidget(again)
    again.show()
    second = again.show_page("cases")
    assert isinstance(second, CasesPage)
    first, rest = second.splitter.sizes()
    assert first < rest


def test_right_to_left_puts_the_pane_at_the_start_and_keeps_text_runs(
    right_to_left: None, queue: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = cases_page(window, qtbot)
    show(page, queue["printer"], qtbot)
    assert page.isRightToLeft()
    assert page.detail.geometry().left() < page.table.geometry().left()
    late = str(cell(page, queue["invoice"], "sla"))
    assert late.startswith("\u2068") and late.endswith("\u2069")  # "2 h" stays before "left"
    assert str(cell(page, queue["printer"], "customer")) == "\u2068Mehmet Kaya\u2069"


def test_the_queue_model_keeps_qt_rules(
    queue: dict[str, str], window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    page = cases_page(window, qtbot)
    qtmodeltester.check(page.queue)
