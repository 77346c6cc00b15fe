"""Right to left: the whole window mirrors, navigation on the start (right) side."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.ui.main_window import MainWindow


def test_the_navigation_moves_to_the_right_in_a_right_to_left_layout(
    people: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.resize(1200, 700)
    left_to_right_x = window.navigation.mapTo(window, QPoint(0, 0)).x()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.waitUntil(lambda: window.navigation.mapTo(window, QPoint(0, 0)).x() > window.width() / 2)
        stack_x = window.stack.mapTo(window, QPoint(0, 0)).x()
        assert window.navigation.mapTo(window, QPoint(0, 0)).x() > stack_x
        assert left_to_right_x < stack_x
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
