"""The window in Arabic (and Persian, Turkish): translated wherever a text is written, right to left.

The trap these tests guard: PySide6's ``self.tr()`` asks for a text under the
runtime class name (``ContactsPage``), lupdate files it under the class it is
written in (``RecordListPage``) or, in module-level helpers, under the variable
name (``widget``). ``CrmTranslator`` finds such texts anyway.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop import i18n
from crm_desktop.domain.enums import Lifecycle, Priority
from crm_desktop.ui.application import apply_language, page_factories
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.preferences import Preferences
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.translator import LOCALE_DIR, CrmTranslator, remove_translators
from crm_desktop.ui.views.contact_editor import lifecycle_names
from crm_desktop.ui.views.contacts import ContactsPage
from crm_desktop.ui.views.task_editor import priority_names, span_text

NAVIGATION_AR = [
    "لوحة المعلومات",
    "جهات الاتصال",
    "الشركات",
    "مسار المبيعات",
    "التذاكر",
    "المهام",
    "المنتجات والمبيعات",
    "قاعدة المعرفة",
    "التقارير",
    "المزامنة",
    "الإعدادات",
]


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    """Leaves the application as the other tests expect it: source English, left to right."""
    locale = QLocale()
    yield
    remove_translators(qapp)
    i18n.set_language(None)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


class TaskEditor(QWidget):
    """Stands in for a class that calls module-level helpers (its name is the runtime context)."""


def test_plain_qt_misses_inherited_and_helper_texts_and_ours_finds_them() -> None:
    plain, ours = QTranslator(), CrmTranslator()
    assert plain.load("crm_desktop_ar", str(LOCALE_DIR))
    assert ours.load_language("ar")
    # written in RecordListPage, asked for by ContactsPage
    assert plain.translate("RecordListPage", "Filter…") == "تصفية…"
    assert not plain.translate("ContactsPage", "Filter…")
    assert ours.translate("ContactsPage", "Filter…") == "تصفية…"
    # written in a module function as widget.tr(), asked for by whichever class passed itself
    assert not plain.translate("TaskEditor", "Urgent")
    assert ours.translate("TaskEditor", "Urgent") == "عاجلة"
    # plurals keep their forms through the fallback; disambiguated texts keep their sense
    assert ours.translate("TaskEditor", "%n contact(s)", None, 2) == "جهتا اتصال"
    assert ours.translate("TaskEditor", "%n contact(s)", None, 7) == "%Ln جهات اتصال"
    assert ours.translate("CaseEditor", "Open", "status") == "مفتوحة"
    assert ours.translate("CaseEditor", "Open") == "فتح"
    # a text nobody translated, and Qt's own classes, are left to the next translator
    assert ours.translate("ContactsPage", "no such text") is None
    assert ours.translate("QDialogButtonBox", "Open") is None


def test_main_window_in_arabic(
    language: None, qapp: QApplication, session: AppSession, tmp_path: Path, qtbot: QtBot
) -> None:
    apply_language(qapp, "ar")
    window = MainWindow(session, Preferences(tmp_path / "window.ini"), page_factories())
    qtbot.addWidget(window)
    window.show()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == NAVIGATION_AR
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    assert page.filter_box.placeholderText() == "تصفية…"  # inherited from RecordListPage
    lifecycles = [page.lifecycle_filter.itemText(i) for i in range(page.lifecycle_filter.count())]
    assert lifecycles == ["أي مرحلة", "عميل محتمل", "عميل مرتقب", "عميل", "عميل سابق"]  # a module helper
    qtbot.waitUntil(lambda: page.model.ids_loaded)
    assert page.count_label.text() == "٠ جهة اتصال"  # %Ln: the count in Arabic digits
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "الاسم"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&ملف"


def test_module_helpers_translate_for_any_caller(language: None, qapp: QApplication) -> None:
    apply_language(qapp, "tr")
    widget = TaskEditor()
    assert priority_names(widget)[Priority.URGENT] == "Acil"
    assert lifecycle_names(widget)[Lifecycle.LEAD] == "Aday"
    assert span_text(widget, timedelta(days=3)) == "3 gün"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    apply_language(qapp, "fa")  # a second call replaces the first language
    assert priority_names(widget)[Priority.URGENT] == "فوری"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_english_gets_proper_plurals(language: None, qapp: QApplication) -> None:
    apply_language(qapp, "en")
    widget = TaskEditor()
    assert widget.tr("%n contact(s)", "", 1) == "1 contact"
    assert widget.tr("%n contact(s)", "", 3) == "3 contacts"
    assert widget.tr("%n contact(s)", "", 1234567) == "1,234,567 contacts"
    assert span_text(widget, timedelta(days=1, hours=23)) == "47 h"
    assert priority_names(widget)[Priority.URGENT] == "Urgent"


def test_qt_standard_buttons_are_translated(language: None, qapp: QApplication) -> None:
    apply_language(qapp, "ar")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    texts = {button.text() for button in box.buttons()}
    assert texts and not texts & {"OK", "&OK", "Cancel", "&Cancel"}
