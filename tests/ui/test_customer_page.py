from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import ActivityKind, CaseStatus, Direction, Priority
from crm_desktop.services.activities import ActivityInput
from crm_desktop.services.cases import CaseInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.sales import ProductInput, SaleInput, SaleLineInput
from crm_desktop.services.tasks import TaskInput
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.activity_dialog import ActivityDialog
from crm_desktop.ui.views.customer_page import CustomerPage, open_customer
from tests.money_text import sar

LRI, PDI = "\u2066", "\u2069"


@pytest.fixture
def ali(crm: Crm) -> dict[str, str]:
    """A contact at a company with preferences, tags and one of every kind of record."""
    kaya = crm.companies.create(CompanyInput(name="Kaya Ltd.")).value.id
    contact = crm.contacts.create(
        ContactInput(
            given_name="Ali",
            family_name="Hassan",
            company_id=kaya,
            job_title="Buyer",
            phones=["0501234567"],
            emails=["ali@example.com"],
            tags=["vip", "wholesale"],
            do_not_call=True,
            preferences_note="WhatsApp after 5 pm",
        )
    ).value.id
    oil = crm.products.create(ProductInput(name="Olive oil", unit_price="10")).value.id
    crm.sales.create(
        SaleInput(
            contact_id=contact, sold_on=date(2025, 6, 1), lines=[SaleLineInput(product_id=oil, quantity="2")]
        )
    )
    crm.sales.create(
        SaleInput(contact_id=contact, sold_on=date(2026, 1, 5), lines=[SaleLineInput(product_id=oil)])
    )
    call = crm.activities.create(
        ActivityInput(
            kind=ActivityKind.CALL,
            direction=Direction.INBOUND,
            subject="Asked for prices",
            outcome="Quote sent",
            duration_minutes=6,
            occurred_at=datetime(2026, 2, 1, 10, tzinfo=UTC),
            contact_id=contact,
        )
    ).value.id
    deal = crm.deals.create(DealInput(title="20 boxes", contact_id=contact, amount="500")).value.id
    case = crm.cases.create(
        CaseInput(subject="Broken box", contact_id=contact, priority=Priority.HIGH)
    ).value.id
    task = crm.tasks.create(TaskInput(title="Call back", contact_id=contact)).value.id
    return {"kaya": kaya, "contact": contact, "call": call, "deal": deal, "case": case, "task": task}


@pytest.fixture
def page(session: AppSession, qtbot: QtBot) -> CustomerPage:
    widget = CustomerPage(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def show(page: CustomerPage, qtbot: QtBot, entity: str, record_id: str) -> None:
    with qtbot.waitSignal(page.loaded):
        page.show_customer(entity, record_id)


def timeline_rows(page: CustomerPage) -> list[tuple[str, str]]:
    """(kind column, title column) of every timeline row, top to bottom."""
    tree = page.timeline_tree
    return [
        (tree.topLevelItem(r).text(1), tree.topLevelItem(r).text(2)) for r in range(tree.topLevelItemCount())
    ]


def column(tree: QTreeWidget, number: int) -> list[str]:
    return [tree.topLevelItem(r).text(number) for r in range(tree.topLevelItemCount())]


def test_shows_details_preferences_and_the_do_not_contact_banner(
    ali: dict[str, str], page: CustomerPage, qtbot: QtBot
) -> None:
    show(page, qtbot, "contact", ali["contact"])
    assert page.name_label.text() == "\u2068Ali Hassan\u2069"
    assert page.banner.isVisible() and "Do not call" in page.banner.text()
    assert "Do not email" not in page.banner.text()
    assert f"{LRI}+966 50 123 4567{PDI}" in page.phones_label.text()
    assert f"{LRI}ali@example.com{PDI}" in page.emails_label.text()
    assert "vip" in page.tags_label.text() and "wholesale" in page.tags_label.text()
    assert 'href="company:' in page.subtitle.text() and "Kaya Ltd." in page.subtitle.text()
    preferences = [
        label.text() for label in page.findChildren(QWidget) if label.objectName() == "preferences_note"
    ]
    assert [text for text in preferences if text] == ["WhatsApp after 5 pm"]
    assert page.edit_button.isEnabled()


def test_timeline_merges_every_kind_newest_first(
    ali: dict[str, str], page: CustomerPage, qtbot: QtBot
) -> None:
    show(page, qtbot, "contact", ali["contact"])
    kinds = [kind for kind, _title in timeline_rows(page)]
    # the task, case and deal were made at the clock's now (2026-03-02), after the call and the sales
    assert kinds == ["Task", "Case", "Deal", "Call (in)", "Sale", "Sale"]
    tree = page.timeline_tree
    assert tree.topLevelItem(3).text(2) == "\u2068Asked for prices\u2069"
    assert tree.topLevelItem(3).text(3) == "\u2068Quote sent\u2069 · 6 min"
    assert tree.topLevelItem(4).text(0) == f"{LRI}2026-01-05{PDI}"  # a sale has a date, not a time
    assert tree.topLevelItem(4).text(3) == f"{LRI}{sar('10.00')}{PDI}"
    assert "Olive oil" in tree.topLevelItem(4).text(2)
    assert page.timeline_title.text() == "Timeline (6 entries)"
    assert not page.more_button.isVisible()


def test_purchases_open_deals_and_open_cases(ali: dict[str, str], page: CustomerPage, qtbot: QtBot) -> None:
    show(page, qtbot, "contact", ali["contact"])
    assert column(page.years_tree, 0) == [f"{LRI}2026{PDI}", f"{LRI}2025{PDI}"]
    assert column(page.years_tree, 2) == [f"{LRI}{sar('10.00')}{PDI}", f"{LRI}{sar('20.00')}{PDI}"]
    assert column(page.products_tree, 0) == ["\u2068Olive oil\u2069"]
    assert column(page.products_tree, 1) == ["2"]
    assert column(page.products_tree, 2) == [f"{LRI}{sar('30.00')}{PDI}"]
    assert column(page.deals_tree, 0) == ["\u206820 boxes\u2069"]
    assert column(page.deals_tree, 2) == [f"{LRI}{sar('500.00')}{PDI}"]
    assert column(page.cases_tree, 0) == ["\u2068Broken box\u2069"]
    assert column(page.cases_tree, 1) == ["High"]


def test_a_long_timeline_comes_a_page_at_a_time(crm: Crm, page: CustomerPage, qtbot: QtBot) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Busy")).value.id
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for minute in range(7):
        crm.activities.create(
            ActivityInput(
                subject=f"note {minute}", contact_id=contact, occurred_at=start + timedelta(minutes=minute)
            )
        )
    page.timeline_page_size = 3
    show(page, qtbot, "contact", contact)
    assert [title for _k, title in timeline_rows(page)] == [f"\u2068note {m}\u2069" for m in (6, 5, 4)]
    assert page.more_button.isVisible()
    page.more_button.click()
    qtbot.waitUntil(lambda: page.timeline_tree.topLevelItemCount() == 6)
    page.more_button.click()
    qtbot.waitUntil(lambda: page.timeline_tree.topLevelItemCount() == 7)
    assert [title for _k, title in timeline_rows(page)][-1] == "\u2068note 0\u2069"
    assert not page.more_button.isVisible()


def test_logging_a_call_shows_it_on_the_timeline(
    ali: dict[str, str], page: CustomerPage, crm: Crm, qtbot: QtBot
) -> None:
    show(page, qtbot, "contact", ali["contact"])
    page.call_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog) and dialog.isVisible()
    assert dialog.kind.currentData() == ActivityKind.CALL
    dialog.subject.setText("Confirmed the order")
    dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.OUTBOUND))
    dialog.duration.setValue(4)
    with qtbot.waitSignal(page.loaded):  # refreshed by the change-set, not by the dialog
        dialog.save()
    assert not dialog.isVisible()
    assert timeline_rows(page)[0] == ("Call (out)", "\u2068Confirmed the order\u2069")
    stored = crm.activities.get(dialog.saved_id or "")
    assert (stored.contact_id, stored.duration_minutes) == (ali["contact"], 4)


def test_only_changes_about_this_customer_reload_it(
    ali: dict[str, str], page: CustomerPage, session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    show(page, qtbot, "contact", ali["contact"])
    other = crm.contacts.create(ContactInput(given_name="Other")).value.id
    loads = page.load_count
    written: list[object] = []
    # on_done arrives after the change-set went round: by then any reload has started
    session.write(
        lambda c: c.activities.create(ActivityInput(subject="not Ali's", contact_id=other)), written.append
    )
    qtbot.waitUntil(lambda: written != [])
    qtbot.waitUntil(lambda: not page.busy)
    assert page.load_count == loads
    with qtbot.waitSignal(page.loaded):
        session.write(lambda c: c.contacts.update(ali["contact"], ContactInput(do_not_call=False)))
    assert not page.banner.isVisible()
    with qtbot.waitSignal(page.loaded):
        session.write(lambda c: c.cases.set_status(ali["case"], CaseStatus.RESOLVED, resolution="Replaced"))
    assert page.cases_tree.topLevelItemCount() == 0


def test_a_refused_activity_keeps_what_was_typed(
    ali: dict[str, str], page: CustomerPage, crm: Crm, qtbot: QtBot
) -> None:
    show(page, qtbot, "contact", ali["contact"])
    page.log(ActivityKind.NOTE)
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog)
    assert dialog.windowTitle() == "Add a note"
    dialog.body.setPlainText("Met at the fair")
    crm.contacts.delete(ali["contact"])  # from another window, meanwhile
    dialog.save()
    general = dialog.findChild(QWidget, "general_error")
    qtbot.waitUntil(lambda: general is not None and general.isVisible())
    assert dialog.isVisible() and dialog.body.toPlainText() == "Met at the fair"
    assert dialog.save_button.isEnabled()


def test_opening_an_activity_edits_it(
    ali: dict[str, str], page: CustomerPage, crm: Crm, qtbot: QtBot
) -> None:
    show(page, qtbot, "contact", ali["contact"])
    item = page.timeline_tree.topLevelItem(3)
    page.timeline_tree.itemDoubleClicked.emit(item, 0)
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog)
    assert (dialog.subject.text(), dialog.outcome.text(), dialog.duration.value()) == (
        "Asked for prices",
        "Quote sent",
        6,
    )
    dialog.outcome.setText("Ordered")
    with qtbot.waitSignal(page.loaded):
        dialog.save()
    assert crm.activities.get(ali["call"]).outcome == "Ordered"
    assert page.timeline_tree.topLevelItem(3).text(3).startswith("\u2068Ordered\u2069")


class FakeEditor(QDialog):
    made: list[dict[str, Any]] = []

    def __init__(
        self, session: AppSession, record_id: str | None = None, parent: QWidget | None = None, **links: Any
    ) -> None:
        super().__init__(parent)
        FakeEditor.made.append({"record_id": record_id, **links})


@pytest.fixture
def fake_editors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    FakeEditor.made = []
    for module, name in (
        ("task_editor", "TaskEditor"),
        ("deal_editor", "DealEditor"),
        ("case_editor", "CaseEditor"),
    ):
        fake = types.ModuleType(f"crm_desktop.ui.views.{module}")
        setattr(fake, name, FakeEditor)
        monkeypatch.setitem(sys.modules, f"crm_desktop.ui.views.{module}", fake)
    yield FakeEditor.made


def test_new_task_deal_and_case_are_made_for_this_customer(
    ali: dict[str, str], page: CustomerPage, qtbot: QtBot, fake_editors: list[dict[str, Any]]
) -> None:
    show(page, qtbot, "company", ali["kaya"])
    for button in (page.task_button, page.deal_button, page.case_button):
        button.click()
        assert isinstance(page.dialog, FakeEditor) and page.dialog.isVisible()
        page.dialog.reject()
    assert fake_editors == [{"record_id": None, "company_id": ali["kaya"]}] * 3


def test_a_company_page_lists_its_people_and_leads_to_them(
    ali: dict[str, str], page: CustomerPage, qtbot: QtBot
) -> None:
    show(page, qtbot, "company", ali["kaya"])
    assert not page.banner.isVisible()
    assert page.people_list.count() == 1 and "Ali Hassan" in page.people_list.item(0).text()
    # a company's timeline holds its people's records, each saying whose
    assert [kind for kind, _t in timeline_rows(page)] == ["Task", "Case", "Deal", "Call (in)", "Sale", "Sale"]
    assert timeline_rows(page)[3][1].startswith("\u2068Ali Hassan\u2069: ")
    with qtbot.waitSignal(page.loaded):
        page.people_list.itemDoubleClicked.emit(page.people_list.item(0))
    assert page.customer is not None and page.customer.contact_id == ali["contact"]
    assert page.back_button.isVisible()
    with qtbot.waitSignal(page.loaded):
        page.back_button.click()
    assert page.customer is not None and page.customer.company_id == ali["kaya"]


def test_a_customer_deleted_elsewhere_shows_in_the_bin(
    ali: dict[str, str], page: CustomerPage, session: AppSession, qtbot: QtBot
) -> None:
    show(page, qtbot, "contact", ali["contact"])
    with qtbot.waitSignal(page.loaded):
        session.write(lambda c: c.contacts.delete(ali["contact"]))
    assert page.name_label.text() == "This contact is in the bin."
    assert not page.edit_button.isEnabled() and page.timeline_tree.topLevelItemCount() == 0


def test_opens_in_place_of_the_list_and_back_returns(
    ali: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    contacts = window.show_page("contacts")
    assert contacts is not None
    shown = open_customer(contacts, "contact", ali["contact"])
    assert window.stack.currentWidget() is shown
    qtbot.waitUntil(lambda: shown.data is not None)
    assert window.current_page() is shown
    again = open_customer(contacts, "company", ali["kaya"])
    assert again is shown  # one customer page per window
    window.show_page("contacts")  # any entry of the navigation leaves it, even the one it came from
    assert window.stack.currentWidget() is contacts


def test_lays_out_right_to_left(
    ali: dict[str, str], page: CustomerPage, qapp: QApplication, qtbot: QtBot
) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        show(page, qtbot, "contact", ali["contact"])
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        details = page.findChild(QWidget, "details")
        assert details is not None
        # details on the start side (right), the timeline beside them towards the left
        qtbot.waitUntil(
            lambda: details.mapTo(page, QPoint(0, 0)).x() > page.timeline_tree.mapTo(page, QPoint(0, 0)).x()
        )
        qtbot.waitUntil(lambda: page.edit_button.x() > page.case_button.x())
        assert f"{LRI}+966 50 123 4567{PDI}" in page.phones_label.text()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
