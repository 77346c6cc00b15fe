"""Help → About: the version, the data file and its folder, the licence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop import __version__
from crm_desktop.ui.bidi import ltr, paragraph
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.views import about_dialog
from crm_desktop.ui.views.about_dialog import AboutDialog


def test_help_about_shows_version_data_folder_and_licence(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    about = next(
        action
        for menu in window.menuBar().actions()
        for action in menu.menu().actions()
        if action.text() == "&About CRM Desktop"
    )

    about.trigger()

    dialog, *_ = shown
    database = window.session.crm.db.path
    assert __version__ in dialog.version.text()
    assert dialog.data_file.text() == paragraph(ltr(str(database)), right_to_left=False)
    assert dialog.folder.text() == paragraph(ltr(str(database.parent)), right_to_left=False)
    assert "GPL-3.0-or-later" in dialog.licence.text()
    assert about_dialog.LICENCE_URL in dialog.licence.text()
    assert dialog.licence.openExternalLinks()


def test_open_data_folder_asks_the_system_to_show_that_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = AboutDialog(tmp_path / "shop" / "crm.sqlite3")
    qtbot.addWidget(dialog)

    dialog.open_folder.click()

    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "shop")]


def test_in_a_right_to_left_window_the_latin_lines_sit_on_the_right(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = AboutDialog(tmp_path / "crm.sqlite3")
        qtbot.addWidget(dialog)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    # a right-to-left mark first, the path itself isolated left to right
    assert dialog.data_file.text() == f"\u200f{ltr(str(tmp_path / 'crm.sqlite3'))}"
    assert dialog.logs.text().startswith("\u200f\u2066")
