from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.views.contacts import ContactsPage


def contacts_page(window: MainWindow, qtbot: QtBot) -> ContactsPage:
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: page.model.ids_loaded)
    return page


def names(page: ContactsPage) -> list[str]:
    return [page.model.row_at(r).display_name for r in range(page.model.rowCount())]


def test_lists_every_contact_in_name_order(people: dict[str, str], window: MainWindow, qtbot: QtBot) -> None:
    page = contacts_page(window, qtbot)
    assert names(page) == ["Ali Hassan", "Ayşe Yılmaz", "Mehmet Kaya", "أحمد الحربي", "زهرا رضایی"]


def test_phone_column_is_isolated_left_to_right(
    people: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = contacts_page(window, qtbot)
    phone = page.model.index(0, 2).data(Qt.ItemDataRole.DisplayRole)
    assert phone == "\u2066+966 50 123 4567\u2069"


def test_filter_box_searches_in_sql(people: dict[str, str], window: MainWindow, qtbot: QtBot) -> None:
    page = contacts_page(window, qtbot)
    qtbot.keyClicks(page.filter_box, "kaya")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.model.ids_loaded)
    assert sorted(names(page)) == ["Ali Hassan", "Mehmet Kaya"]  # Mehmet by name, Ali by his company


def test_sorting_by_a_column_reorders_in_sql(
    people: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = contacts_page(window, qtbot)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.ids_loaded and names(page)[0] == "زهرا رضایی")
    assert names(page)[-1] == "Ali Hassan"


def test_delete_then_undo_restores(
    people: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot
) -> None:
    page = contacts_page(window, qtbot)
    page.select_id(people["ali"])
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and page.model.ids_loaded)
    assert crm.contacts.count() == 4
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5 and page.model.ids_loaded)
    assert crm.contacts.get(people["ali"]).deleted_at is None


def test_a_key_press_shows_the_first_matches_before_the_full_list(
    people: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = contacts_page(window, qtbot)
    page.filter_box.setText("meh")  # no event loop turn: the debounced full query has not run
    assert not page.model.ids_loaded
    assert names(page) == ["Mehmet Kaya"]
    qtbot.waitUntil(lambda: page.model.ids_loaded)
    assert names(page) == ["Mehmet Kaya"]


def test_first_matches_put_names_starting_with_the_text_first(
    people: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = contacts_page(window, qtbot)
    page.filter_box.setText("kaya")
    # Mehmet's own name does not start with "kaya"; both are found (Ali by his company)
    assert sorted(names(page)) == ["Ali Hassan", "Mehmet Kaya"]


def test_filtering_by_a_custom_field(
    crm: Crm, people: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    from crm_desktop.services.custom_fields import CustomFieldInput
    from crm_desktop.services.people import ContactInput

    crm.custom_fields.create(
        CustomFieldInput(
            entity="contact", key="tier", label="Tier", field_type="choice", choices=["gold", "silver"]
        )
    )
    crm.contacts.update(people["ayse"], ContactInput(custom={"tier": "gold"}))
    page = contacts_page(window, qtbot)
    page._fill_choices()
    assert page.custom_field.isVisibleTo(page)
    page.custom_field.setCurrentIndex(page.custom_field.findData("tier"))
    page.custom_value.setText("gold")
    qtbot.waitUntil(lambda: page.model.ids_loaded and page.model.rowCount() == 1)
    assert names(page) == ["Ayşe Yılmaz"]
    page.custom_value.setText("bronze")  # not a choice: the box says why, the list is not narrowed
    qtbot.waitUntil(lambda: page.model.ids_loaded and page.model.rowCount() == 5)
    assert "bronze" in page.custom_value.toolTip()
