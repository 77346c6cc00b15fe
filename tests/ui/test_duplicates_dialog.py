"""Edit → Find duplicates…: the likely pairs, Merge and Undo merge."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.services.people import ContactInput
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.duplicates_dialog import DuplicatesDialog


def test_merge_and_undo_from_the_dialog(session: AppSession, crm: Crm, qtbot: QtBot) -> None:
    first = crm.contacts.create(
        ContactInput(given_name="Omar", family_name="Haddad", emails=["omar@example.com"])
    )
    crm.contacts.create(ContactInput(given_name="Omar", family_name="Hadad", emails=["OMAR@example.com"]))
    crm.contacts.create(ContactInput(given_name="Leyla", family_name="Demir"))
    dialog = DuplicatesDialog(session)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert "same email" in dialog.table.item(0, 3).text()
    assert dialog.status.text().startswith("Likely duplicates: 1.")
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.status.text() == "No likely duplicates.")
    assert len(crm.contacts.list().items) == 2
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert len(crm.contacts.list().items) == 3
    assert crm.contacts.get(first.value.id).display_name in (
        dialog.table.item(0, 1).text().strip("\u2068\u2069"),
        dialog.table.item(0, 2).text().strip("\u2068\u2069"),
    )
