from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, UserInput
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.views.companies import CompaniesPage
from crm_desktop.ui.views.customer_page import CustomerPage


@pytest.fixture
def firms(crm: Crm) -> dict[str, str]:
    """Three companies, two owners and a tag; returns ids by short name."""
    sara = crm.users.create(UserInput(name="Sara")).value.id
    omar = crm.users.create(UserInput(name="Omar")).value.id
    ids = {"sara": sara, "omar": omar}
    for key, name, city, owner, tags, phone in (
        ("kaya", "Kaya Ltd.", "İstanbul", sara, ["wholesale"], "+90 212 555 0101"),
        ("amal", "شركة الأمل", "الرياض", omar, ["wholesale", "vip"], "0112345678"),
        ("zeta", "Zeta GmbH", "Berlin", None, [], "+49 30 1234567"),
    ):
        ids[key] = crm.companies.create(
            CompanyInput(
                name=name,
                city=city,
                owner_id=owner,
                tags=tags,
                phones=[phone],
                emails=[f"info@{key}.example"],
            )
        ).value.id
    return ids


def companies_page(window: MainWindow, qtbot: QtBot) -> CompaniesPage:
    page = window.show_page("companies")
    assert isinstance(page, CompaniesPage)
    qtbot.waitUntil(lambda: page.model.ids_loaded)
    return page


def names(page: CompaniesPage) -> list[str]:
    return [page.model.row_at(r).name for r in range(page.model.rowCount())]


def cell(page: CompaniesPage, row: int, key: str) -> str:
    column = [c.key for c in page.model.columns()].index(key)
    return str(page.model.index(row, column).data(Qt.ItemDataRole.DisplayRole))


def test_lists_companies_with_phone_email_and_owner(
    firms: dict[str, str], window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    page = companies_page(window, qtbot)
    assert names(page) == ["Kaya Ltd.", "Zeta GmbH", "شركة الأمل"]
    assert cell(page, 0, "phone") == "\u2066+90 212 555 01 01\u2069"
    assert cell(page, 0, "email") == "\u2066info@kaya.example\u2069"
    assert cell(page, 0, "owner") == "\u2068Sara\u2069"
    assert cell(page, 2, "phone") == "\u2066+966 11 234 5678\u2069"
    assert page.count_label.text().startswith("3 ")
    qtmodeltester.check(page.model)


def test_filters_by_tag_and_owner(firms: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot) -> None:
    page = companies_page(window, qtbot)
    vip = crm.tags.by_name("vip")
    assert vip is not None
    page.tag_filter.setCurrentIndex(page.tag_filter.findData(vip.id))
    qtbot.waitUntil(lambda: page.model.ids_loaded and names(page) == ["شركة الأمل"])
    page.tag_filter.setCurrentIndex(0)
    page.owner_filter.setCurrentIndex(page.owner_filter.findData(firms["sara"]))
    qtbot.waitUntil(lambda: page.model.ids_loaded and names(page) == ["Kaya Ltd."])


def test_filter_box_and_sorting_run_in_sql(firms: dict[str, str], window: MainWindow, qtbot: QtBot) -> None:
    page = companies_page(window, qtbot)
    qtbot.keyClicks(page.filter_box, "zeta")
    qtbot.waitUntil(lambda: page.model.ids_loaded and names(page) == ["Zeta GmbH"])
    page.filter_box.clear()
    qtbot.waitUntil(lambda: page.model.ids_loaded and page.model.rowCount() == 3)
    city = [c.key for c in page.model.columns()].index("city")
    page.table.sortByColumn(city, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.ids_loaded and names(page)[0] == "Zeta GmbH")
    assert names(page) == ["Zeta GmbH", "Kaya Ltd.", "شركة الأمل"]  # Berlin, İstanbul, الرياض


def test_a_new_company_is_refused_beside_the_field_then_saved(
    firms: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot
) -> None:
    page = companies_page(window, qtbot)
    editor = page.edit_company(None)
    qtbot.addWidget(editor)
    editor.name.setText("Nile Traders")
    email = editor.emails.add_row("not an email")
    editor.save()
    qtbot.waitUntil(lambda: editor.errors.message("emails") != "")
    assert editor.isVisible() and editor.name.text() == "Nile Traders"
    assert crm.companies.count() == 3
    email.setText("sales@nile.example")
    editor.owner.setCurrentIndex(editor.owner.findData(firms["omar"]))
    editor.save()
    qtbot.waitUntil(lambda: not editor.isVisible())
    created = crm.companies.get(editor.saved_id or "")
    assert (created.name, created.owner_id) == ("Nile Traders", firms["omar"])
    assert [m.value for m in crm.companies.methods(created.id)] == ["sales@nile.example"]
    qtbot.waitUntil(lambda: page.selected_ids() == [created.id])


def test_editing_shows_the_stored_values(
    firms: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot
) -> None:
    page = companies_page(window, qtbot)
    editor = page.edit_company(firms["amal"])
    qtbot.addWidget(editor)
    assert (editor.name.text(), editor.city.text(), editor.tags.text()) == (
        "شركة الأمل",
        "الرياض",
        "vip, wholesale",
    )
    assert editor.owner.currentData() == firms["omar"]
    editor.industry.setText("Food")
    editor.save()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert crm.companies.get(firms["amal"]).industry == "Food"
    assert crm.companies.tags(firms["amal"]) == ["vip", "wholesale"]


def test_closing_the_editor_with_changes_asks_first(
    firms: dict[str, str], window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = companies_page(window, qtbot)
    editor = page.edit_company(firms["zeta"])
    qtbot.addWidget(editor)
    editor.reject()
    assert not editor.isVisible()  # nothing typed: closes without asking
    editor = page.edit_company(firms["zeta"])
    qtbot.addWidget(editor)
    editor.city.setText("Hamburg")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    editor.reject()
    assert editor.isVisible() and editor.city.text() == "Hamburg"
    editor.reject()
    assert not editor.isVisible() and answers == []


def test_owner_and_tag_for_the_whole_selection(
    firms: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot
) -> None:
    page = companies_page(window, qtbot)
    ids = [firms["kaya"], firms["zeta"]]
    page.assign_owner(ids, firms["omar"])
    qtbot.waitUntil(lambda: all(crm.companies.get(i).owner_id == firms["omar"] for i in ids))
    omar = "\u2068Omar\u2069"
    qtbot.waitUntil(lambda: cell(page, 0, "owner") == omar and cell(page, 1, "owner") == omar)
    page.add_tag(ids, "export")
    qtbot.waitUntil(lambda: crm.companies.tags(firms["zeta"]) == ["export"])
    assert crm.companies.tags(firms["kaya"]) == ["export", "wholesale"]
    export = crm.tags.by_name("export")
    assert export is not None
    qtbot.waitUntil(lambda: page.tag_filter.findData(export.id) > 0)  # the new tag is offered as a filter


def test_delete_then_undo_restores(firms: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot) -> None:
    page = companies_page(window, qtbot)
    page.select_id(firms["kaya"])
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.ids_loaded and page.model.rowCount() == 2)
    assert crm.companies.count() == 2
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.model.ids_loaded and page.model.rowCount() == 3)
    assert crm.companies.get(firms["kaya"]).deleted_at is None
    assert sorted(m.value for m in crm.companies.methods(firms["kaya"])) == [
        "+90 212 555 01 01",
        "info@kaya.example",
    ]


def test_opening_a_company_shows_its_page_and_back_returns(
    firms: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = companies_page(window, qtbot)
    window.open_record("company", firms["kaya"])  # as the global search does
    customer = window.stack.currentWidget()
    assert isinstance(customer, CustomerPage)
    qtbot.waitUntil(lambda: customer.data is not None)
    assert customer.name_label.text() == "\u2068Kaya Ltd.\u2069"
    assert window.navigation.currentRow() == -1
    customer.back_button.click()
    assert window.stack.currentWidget() is page
    assert window.navigation.currentItem().data(Qt.ItemDataRole.UserRole) == "companies"
    row = page.model.row_of(firms["zeta"])
    assert row is not None
    page.table.doubleClicked.emit(page.model.index(row, 0))
    assert window.stack.currentWidget() is customer
    assert customer.customer is not None and customer.customer.company_id == firms["zeta"]


def test_lays_out_right_to_left(
    firms: dict[str, str], window: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = companies_page(window, qtbot)
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        new_button = page.findChild(QToolButton, "new")
        assert new_button is not None
        # the filter box starts at the right, the New button ends the bar at the left
        qtbot.waitUntil(lambda: new_button.x() < page.filter_box.x())
        # the navigation is on the start side: the right
        qtbot.waitUntil(
            lambda: window.navigation.mapTo(window, QPoint(0, 0)).x() > page.mapTo(window, QPoint(0, 0)).x()
        )
        assert cell(page, 1, "email") == "\u2066info@zeta.example\u2069"
        assert cell(page, 0, "name") == "\u2068Kaya Ltd.\u2069"  # not ".Kaya Ltd"
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
