"""The contact editor: a warning before saving someone probably saved already, and the photo."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.domain.photos import FITTED_SIDE, photo_bytes
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


def photo_file(tmp_path: Path, size: tuple[int, int] = (80, 60), colour: str = "teal") -> Path:
    path = tmp_path / f"photo-{size[0]}.png"
    Image.new("RGB", size, colour).save(path)
    return path


def chosen(editor: ContactEditor, qtbot: QtBot, path: Path) -> None:
    editor.take_photo_file(path)
    qtbot.waitUntil(editor.choose_photo.isEnabled)


def test_a_photo_chosen_for_a_new_contact_is_saved_with_it(
    session: AppSession, crm: Crm, qtbot: QtBot, tmp_path: Path
) -> None:
    editor = ContactEditor(session)
    qtbot.addWidget(editor)
    editor.given.setText("Leyla")
    assert editor.photo_preview.text() == "No photo" and not editor.remove_photo.isEnabled()

    chosen(editor, qtbot, photo_file(tmp_path))

    assert not editor.photo_preview.pixmap().isNull()
    assert editor.remove_photo.isEnabled()
    editor.save()
    qtbot.waitUntil(lambda: editor.saved_id is not None)
    saved = crm.contact_photos.get(editor.saved_id)
    assert saved is not None and photo_bytes(saved)[1] == photo_file(tmp_path).read_bytes()


def test_a_camera_photo_is_made_to_fit_and_can_be_removed_again(
    session: AppSession, crm: Crm, qtbot: QtBot, tmp_path: Path
) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Ahmet")).value
    crm.contact_photos.set(contact.id, photo_file(tmp_path).read_bytes())
    camera = tmp_path / "IMG_0001.jpg"
    Image.frombytes("RGB", (2400, 1800), os.urandom(2400 * 1800 * 3)).save(camera, quality=95)

    editor = ContactEditor(session, contact.id)
    qtbot.addWidget(editor)
    assert not editor.photo_preview.pixmap().isNull()  # the photo it has
    chosen(editor, qtbot, camera)
    editor.save()
    qtbot.waitUntil(lambda: editor.saved_id is not None)
    kept = crm.contact_photos.get(contact.id)
    assert kept is not None
    assert Image.open(io.BytesIO(photo_bytes(kept)[1])).size == (FITTED_SIDE, FITTED_SIDE * 3 // 4)

    again = ContactEditor(session, contact.id)
    qtbot.addWidget(again)
    again.remove_photo.click()
    assert again.photo_preview.text() == "No photo"
    again.save()
    qtbot.waitUntil(lambda: again.saved_id is not None)
    assert crm.contact_photos.get(contact.id) is None


def test_a_file_that_is_no_picture_is_said_beside_the_photo_and_nothing_changes(
    session: AppSession, crm: Crm, qtbot: QtBot, tmp_path: Path
) -> None:
    editor = ContactEditor(session)
    qtbot.addWidget(editor)
    notes = tmp_path / "notes.png"
    notes.write_text("not a picture at all")

    chosen(editor, qtbot, notes)

    assert editor.errors.message("photo") == "the photo is not a JPEG, PNG, GIF or WebP picture"
    assert editor.photo is None
    chosen(editor, qtbot, tmp_path / "gone.png")
    assert editor.errors.message("photo").startswith("Could not read gone.png")


def test_only_a_changed_photo_asks_before_closing(
    session: AppSession, crm: Crm, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Cancel
    )
    contact = crm.contacts.create(ContactInput(given_name="Zahra")).value
    editor = ContactEditor(session, contact.id)
    qtbot.addWidget(editor)
    editor.reject()
    assert asked == [] and not editor.isVisible()

    editor = ContactEditor(session, contact.id)
    qtbot.addWidget(editor)
    editor.show()
    chosen(editor, qtbot, photo_file(tmp_path))
    editor.reject()
    assert asked == ["Discard the changes you made?"]
    assert editor.isVisible()  # Cancel: the photo is still there to save
