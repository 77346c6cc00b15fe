"""The self-test's window step: the real main window, drawn off screen, in Arabic.

Arabic because it exercises the most: the compiled translations must load, the
layout must turn right to left, and the Arabic font must be found for the text.
This module only looks; :mod:`crm_desktop.selftest` words the findings, in the
language of the person running it rather than the window's.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import QApplication

from crm_desktop import fonts
from crm_desktop.services.crm import Crm


@dataclass(frozen=True)
class WindowFindings:
    missing_fonts: tuple[str, ...]
    right_to_left: bool
    translated: bool
    colours: int  # distinct colours in a sample of the picture: a blank window has a handful
    width: int
    height: int


def _colours(image: QImage) -> int:
    """How many distinct colours a coarse sample of the picture holds."""
    seen = set()
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            seen.add(image.pixel(x, y))
    return len(seen)


def render_main_window(crm: Crm, folder: Path) -> WindowFindings:
    """Build the main window over ``crm`` in Arabic (its settings file in ``folder``) and draw it."""
    from crm_desktop.ui.application import apply_language, make_application, page_factories
    from crm_desktop.ui.main_window import MainWindow
    from crm_desktop.ui.preferences import Preferences
    from crm_desktop.ui.session import AppSession

    if QApplication.instance() is None:
        # whatever screen there is, the self-test must not put a window on it
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = make_application()
    # put back afterwards: the self-test also runs inside a program (and the test suite)
    previous_language = QLocale().name().split("_")[0]
    previous_direction = app.layoutDirection()
    apply_language(app, "ar")
    session = AppSession(crm)
    window = MainWindow(session, Preferences(folder / "window.ini"), page_factories())
    try:
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        picture = window.grab().toImage()
        return WindowFindings(
            missing_fonts=tuple(
                sorted({fonts.UI_FAMILY, fonts.ARABIC_FAMILY} - set(QFontDatabase.families()))
            ),
            right_to_left=window.layoutDirection() == Qt.LayoutDirection.RightToLeft,
            # a text every window shows, asked of the translators the window uses
            translated=QCoreApplication.translate("MainWindow", "&File") != "&File",
            colours=0 if picture.isNull() else _colours(picture),
            width=picture.width(),
            height=picture.height(),
        )
    finally:
        window.close()
        window.deleteLater()
        session.runner.shutdown()
        apply_language(app, previous_language)
        app.setLayoutDirection(previous_direction)
