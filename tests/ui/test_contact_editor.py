"""The contact editor warns before saving someone who is probably saved already."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.services.people import ContactInput
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.contact_editor import ContactEditor


def answer_with(monkeypatch: pytest.MonkeyPatch, button_text: str | None, seen: list[str]) -> None:
    """Stand in for the user at the warning: note what it says, then press ``button_text``."""

    def exec_(box: QMessageBox) -> int:
        seen.append(box.informativeText())
        for button in box.buttons():
            if button_text is not None and button.text() == button_text:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def new_omar(session: AppSession, qtbot: QtBot) -> ContactEditor:
    editor = ContactEditor(session)
    qtbot.addWidget(editor)
    editor.given.setText("Omar")
    editor.family.setText("Hadad")
    editor.emails.add_row("OMAR@example.com")
    return editor


def test_a_likely_duplicate_is_shown_and_cancel_saves_nothing(
    session: AppSession, crm: Crm, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    crm.contacts.create(ContactInput(given_name="Omar", family_name="Haddad", emails=["omar@example.com"]))
    seen: list[str] = []
    answer_with(monkeypatch, None, seen)
    editor = new_omar(session, qtbot)
    editor.save()
    qtbot.waitUntil(lambda: bool(seen))
    assert "Omar Haddad" in seen[0] and "same email" in seen[0]
    qtbot.waitUntil(editor.save_button.isEnabled)
    assert editor.saved_id is None
    assert len(crm.contacts.list().items) == 1


def test_save_anyway_and_no_warning_for_someone_new(
    session: AppSession, crm: Crm, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    crm.contacts.create(ContactInput(given_name="Omar", family_name="Haddad", emails=["omar@example.com"]))
    seen: list[str] = []
    answer_with(monkeypatch, "Save anyway", seen)
    editor = new_omar(session, qtbot)
    editor.save()
    qtbot.waitUntil(lambda: editor.saved_id is not None)
    assert len(crm.contacts.list().items) == 2
    other = ContactEditor(session)
    qtbot.addWidget(other)
    other.given.setText("Kamal")
    other.family.setText("Nasser")
    other.save()
    qtbot.waitUntil(lambda: other.saved_id is not None)
    assert len(seen) == 1  # nobody like Kamal: saved without a question
