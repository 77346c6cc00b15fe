"""Edit → Find duplicates…: the likely pairs compared field by field, merged, and past merges undone."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.services.people import ContactInput
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.duplicates_dialog import BOTH, KEEP, OTHER, RESULT, DuplicatesDialog
from tests.conftest import FakeClock

FSI, PDI = "\u2068", "\u2069"


@pytest.fixture
def omar(crm: Crm, clock: FakeClock) -> tuple[str, str]:
    """Omar twice (the second written later, so his values win where both have one), and Leyla."""
    first = crm.contacts.create(
        ContactInput(
            given_name="Omar",
            family_name="Haddad",
            city="Riyadh",
            job_title="Buyer",
            emails=["omar@example.com"],
        )
    ).value.id
    clock.advance(minutes=5)
    second = crm.contacts.create(
        ContactInput(given_name="Omar", family_name="Hadad", city="Jeddah", emails=["OMAR@example.com"])
    ).value.id
    crm.contacts.create(ContactInput(given_name="Leyla", family_name="Demir"))
    return first, second


class Questions(list[str]):
    """The confirmations asked; answered with ``answer``."""

    answer = QMessageBox.StandardButton.Yes


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Questions:
    questions = Questions()

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return questions.answer

    monkeypatch.setattr("crm_desktop.ui.views.duplicates_dialog.QMessageBox.question", question)
    return questions


def opened(session: AppSession, qtbot: QtBot) -> DuplicatesDialog:
    dialog = DuplicatesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.comparison is not None and dialog.merge_button.isEnabled())
    return dialog


def row_of(dialog: DuplicatesDialog, field: str) -> int:
    return list(dialog.radios).index(field)


def result(dialog: DuplicatesDialog, field: str) -> str:
    return dialog.fields.item(row_of(dialog, field), RESULT).text().strip(FSI + PDI)


def merged(dialog: DuplicatesDialog, qtbot: QtBot) -> None:
    """Wait for the scan and the past merges that follow a merge (no read left when a test ends)."""
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0 and dialog.tabs.tabText(1) == "Past merges (1)")


def settled(dialog: DuplicatesDialog, qtbot: QtBot, check: Callable[[], object]) -> None:
    """Wait until the comparison asked for last is shown and ``check`` holds."""
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled() and bool(check()))


def test_the_pair_field_by_field_and_the_survivor_swapped(
    session: AppSession, crm: Crm, omar: tuple[str, str], asked: Questions, qtbot: QtBot
) -> None:
    first, second = omar
    dialog = opened(session, qtbot)
    assert dialog.table.rowCount() == 1 and "same email" in dialog.table.item(0, 3).text()
    assert dialog.status.text().startswith("Likely duplicates: 1.")
    assert (dialog.keep_id, dialog.other_id) == (first, second)
    assert (
        dialog.survivor.text() == f"“{FSI}Omar Haddad{PDI}” stays; “{FSI}Omar Hadad{PDI}” is merged into it."
    )
    assert dialog.radios["city"][KEEP].text() == f"{FSI}Riyadh{PDI}"
    assert dialog.radios["city"][OTHER].isChecked()  # the more recent value by default
    assert result(dialog, "city") == "Jeddah"
    assert result(dialog, "job_title") == "Buyer"  # only one of them has one
    assert dialog.radios["given_name"] == {}  # the same on both sides: nothing to choose

    dialog.swap_button.click()
    settled(dialog, qtbot, lambda: dialog.keep_id == second)
    assert dialog.survivor.text().startswith(f"“{FSI}Omar Hadad{PDI}” stays")
    assert (
        dialog.radios["city"][KEEP].text() == f"{FSI}Jeddah{PDI}" and dialog.radios["city"][KEEP].isChecked()
    )
    dialog.merge_button.click()
    merged(dialog, qtbot)
    assert asked[0].startswith(f"Merge “{FSI}Omar Haddad{PDI}” into “{FSI}Omar Hadad{PDI}”?")
    assert crm.contacts.get(second).city == "Jeddah"
    assert crm.contacts.get(second).job_title == "Buyer"
    assert crm.contacts.get(first, include_deleted=True).deleted_at is not None  # the first went
    assert dialog.status.text().startswith(f"“{FSI}Omar Haddad{PDI}” was merged into “{FSI}Omar Hadad{PDI}”.")


def test_a_field_chosen_changes_what_the_merge_keeps(
    session: AppSession, crm: Crm, omar: tuple[str, str], asked: Questions, qtbot: QtBot
) -> None:
    first, _second = omar
    dialog = opened(session, qtbot)
    dialog.radios["city"][KEEP].click()
    settled(dialog, qtbot, lambda: result(dialog, "city") == "Riyadh")
    assert dialog.choices == {"city": KEEP}
    dialog.radios["family_name"][OTHER].click()  # the name shown follows the family name chosen
    settled(dialog, qtbot, lambda: result(dialog, "display_name") == "Omar Hadad")
    assert dialog.radios["display_name"][OTHER].isChecked()

    asked.answer = QMessageBox.StandardButton.No  # asked, and said no: nothing happens
    dialog.merge_button.click()
    assert len(asked) == 1 and len(crm.contacts.list().items) == 3
    asked.answer = QMessageBox.StandardButton.Yes
    dialog.merge_button.click()
    merged(dialog, qtbot)
    kept = crm.contacts.get(first)
    assert (kept.city, kept.family_name, kept.display_name) == ("Riyadh", "Hadad", "Omar Hadad")


def test_notes_are_kept_together_unless_one_is_chosen(
    session: AppSession, crm: Crm, omar: tuple[str, str], asked: Questions, qtbot: QtBot
) -> None:
    first, second = omar
    crm.contacts.update(first, ContactInput(notes="Pays in cash"))
    crm.contacts.update(second, ContactInput(notes="Prefers WhatsApp"))
    dialog = opened(session, qtbot)
    assert dialog.radios["notes"][BOTH].isChecked()
    dialog.radios["notes"][OTHER].click()
    settled(dialog, qtbot, lambda: dialog.choices == {"notes": OTHER})
    dialog.radios["notes"][BOTH].click()
    settled(dialog, qtbot, lambda: dialog.choices == {})
    dialog.merge_button.click()
    merged(dialog, qtbot)
    assert crm.contacts.get(first).notes == "Pays in cash\n\nPrefers WhatsApp"


def test_past_merges_made_anywhere_are_listed_and_unmerged(
    session: AppSession, crm: Crm, omar: tuple[str, str], asked: Questions, qtbot: QtBot, clock: FakeClock
) -> None:
    first, second = omar
    leyla = next(c.id for c in crm.contacts.list().items if c.given_name == "Leyla")
    other_leyla = crm.contacts.create(ContactInput(given_name="Leyla", family_name="Demir")).value.id
    old = crm.merging.merge(leyla, other_leyla)  # as `crm dedupe merge` does
    crm.merging.unmerge(old.id)
    clock.advance(minutes=1)
    made = crm.merging.merge(first, second)  # made outside the dialog
    dialog = DuplicatesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.past_table.rowCount() == 2)
    assert dialog.tabs.tabText(1) == "Past merges (2)"
    table = dialog.past_table
    assert [table.item(r, 1).text() for r in range(2)] == [f"{FSI}Omar Haddad{PDI}", f"{FSI}Leyla Demir{PDI}"]
    assert table.item(0, 2).text() == f"{FSI}Omar Hadad{PDI}" and table.item(0, 3).text() == ""
    assert table.item(1, 3).text() != ""  # undone: when
    table.selectRow(1)
    assert not dialog.unmerge_button.isEnabled()  # nothing left to undo there
    table.selectRow(0)
    assert dialog.unmerge_button.isEnabled()
    dialog.unmerge_button.click()
    qtbot.waitUntil(lambda: crm.merging.get(made.id).undone_at is not None)
    assert asked[0].startswith(f"Separate “{FSI}Omar Hadad{PDI}” from “{FSI}Omar Haddad{PDI}” again?")
    assert crm.contacts.get(second).city == "Jeddah"  # back from the bin
    assert crm.contacts.get(first).city == "Riyadh"  # its own value again
    qtbot.waitUntil(lambda: dialog.past_table.item(0, 3).text() != "" and dialog.table.rowCount() == 1)
    dialog.past_table.selectRow(0)
    assert not dialog.unmerge_button.isEnabled()
    settled(dialog, qtbot, lambda: dialog.keep_id == first)  # the pair is back, compared again


def test_undo_merge_separates_the_last_merge_made_here(
    session: AppSession, crm: Crm, omar: tuple[str, str], asked: Questions, qtbot: QtBot
) -> None:
    dialog = opened(session, qtbot)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.undo_button.isEnabled())
    assert len(crm.contacts.list().items) == 2
    dialog.undo_button.click()
    settled(dialog, qtbot, lambda: dialog.table.rowCount() == 1 and dialog.past_table.item(0, 3).text())
    assert len(crm.contacts.list().items) == 3 and not dialog.undo_button.isEnabled()
    assert len(asked) == 2 and asked[1].startswith("Separate ")


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_right_to_left_the_first_pair_is_chosen_and_compared(
    right_to_left: None, session: AppSession, omar: tuple[str, str], qtbot: QtBot
) -> None:
    dialog = opened(session, qtbot)  # (QTableView.selectRow selects nothing right to left)
    assert dialog.isRightToLeft() and dialog.table.selectionModel().selectedRows()[0].row() == 0
    assert (dialog.keep_id, dialog.other_id) == omar
