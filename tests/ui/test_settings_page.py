from __future__ import annotations

from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.services.people import UserInput
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.views.settings_page import SettingsPage, UserDialog


def settings_page(window: MainWindow) -> SettingsPage:
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    return page


def test_shows_the_stored_settings(window: MainWindow) -> None:
    form = settings_page(window).business
    assert form.base_currency.text() == "SAR"
    assert form.default_region.text() == "SA"
    assert {form.rates.item(r, 0).text() for r in range(form.rates.rowCount())} == {"USD", "EUR"}


def test_saves_changed_settings(window: MainWindow, crm: Crm, qtbot: QtBot) -> None:
    form = settings_page(window).business
    form.business_name.setText("Al-Amal Trading")
    form.sla["urgent"].setValue(2)
    form.save()
    qtbot.waitUntil(lambda: form.saved.text() != "")
    stored = crm.settings.get()
    assert stored.business_name == "Al-Amal Trading"
    assert stored.sla_hours["urgent"] == 2


def test_a_bad_currency_is_shown_beside_its_field_and_nothing_saved(
    window: MainWindow, crm: Crm, qtbot: QtBot
) -> None:
    form = settings_page(window).business
    form.base_currency.setText("XYZ")
    form.save()
    qtbot.waitUntil(lambda: form.errors.message("base_currency") != "")
    assert "XYZ" in form.errors.message("base_currency")
    assert crm.settings.get().base_currency == "SAR"


def test_adding_a_person_lists_them(window: MainWindow, crm: Crm, qtbot: QtBot) -> None:
    page = settings_page(window)
    dialog = UserDialog(page.session, None, page)
    qtbot.addWidget(dialog)
    dialog.name.setText("Leyla Demir")
    dialog.email.setText("not an email")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.message("email") != "")
    assert crm.users.count() == 0
    dialog.email.setText("leyla@example.com")
    dialog.save()
    qtbot.waitUntil(lambda: crm.users.count() == 1)
    users = page.tabs.widget(1)
    qtbot.waitUntil(lambda: users.items.count() == 1)
    assert users.items.item(0).text() == "Leyla Demir"


def test_people_list_follows_changes_made_elsewhere(window: MainWindow, qtbot: QtBot) -> None:
    page = settings_page(window)
    users = page.tabs.widget(1)
    page.session.write(lambda crm: crm.users.create(UserInput(name="Reza")))
    qtbot.waitUntil(lambda: users.items.count() == 1)
