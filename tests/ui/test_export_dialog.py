"""File → Export… and "Export selected…": the rows written are exactly those of the list or selection."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, QUrl
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.services.records import ListQuery
from crm_desktop.services.sales import ProductInput
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pages import ExportTarget
from crm_desktop.ui.preferences import Preferences
from crm_desktop.ui.record_list import RecordListPage
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.export_dialog import ExportDialog
from crm_desktop.ui.views.products import ProductsPage

DIALOG = "crm_desktop.ui.views.export_dialog"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[ExportDialog]:
    """The export dialogs the window opens, shown without blocking the test in exec()."""
    dialogs: list[ExportDialog] = []

    def show(dialog: ExportDialog) -> int:
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(ExportDialog, "exec", show)
    return dialogs


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The file chooser answers ``path``; returns the paths it was offered."""
    offered: list[str] = []

    def choose(_parent: object, _title: str, default: str, _filters: str) -> tuple[str, str]:
        offered.append(default)
        return str(path), ""

    monkeypatch.setattr(f"{DIALOG}.QFileDialog.getSaveFileName", choose)
    return offered


def loaded(page: RecordListPage, qtbot: QtBot, rows: int) -> None:
    qtbot.waitUntil(lambda: page.model.ids_loaded and page.model.rowCount() == rows)


def list_names(page: RecordListPage) -> list[str]:
    return [page.model.row_at(row).display_name for row in range(page.model.rowCount())]


def formats(dialog: ExportDialog) -> list[str]:
    return [dialog.format.itemData(index) for index in range(dialog.format.count())]


def test_the_filtered_list_from_the_file_menu(
    people: dict[str, str],
    window: MainWindow,
    opened: list[ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = window.show_page("contacts")
    assert isinstance(page, RecordListPage)
    loaded(page, qtbot, 5)
    qtbot.keyClicks(page.filter_box, "kaya")
    loaded(page, qtbot, 2)
    page.select_id(people["ali"])  # one row chosen: the whole list is still what is meant
    assert window.export_action.isEnabled()
    window.export_action.trigger()
    (dialog,) = opened
    assert dialog.all_rows.isChecked() and dialog.selected_rows.isEnabled()
    assert formats(dialog) == ["csv", "xlsx", "vcf", "json"]
    offered = save_as(monkeypatch, tmp_path / "kaya")  # typed without an extension
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None)
    assert Path(offered[0]).name.startswith("Contacts ") and offered[0].endswith(".csv")
    written = tmp_path / "kaya.csv"
    assert dialog.written is not None and dialog.written.path == written
    with written.open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["display_name"] for row in rows] == list_names(page)  # the list's rows, in its order
    assert sorted(list_names(page)) == ["Ali Hassan", "Mehmet Kaya"]
    # (plural forms come with the English translation: "2 rows" there, "2 row(s)" before it)
    assert dialog.status.text().startswith("2 row")
    assert dialog.status.text().endswith(f" \u2068kaya.csv\u2069 in \u2066{tmp_path}\u2069.")
    assert window.preferences.export_folder == str(tmp_path)

    urls: list[QUrl] = []
    monkeypatch.setattr(f"{DIALOG}.QDesktopServices.openUrl", urls.append)
    assert dialog.open_folder_button.isVisible()
    dialog.open_folder_button.click()
    assert urls == [QUrl.fromLocalFile(str(tmp_path))]
    dialog.reject()

    window.export_action.trigger()  # the next export is offered in the same folder
    offered = save_as(monkeypatch, tmp_path / "again.csv")
    opened[1].export_button.click()
    qtbot.waitUntil(lambda: opened[1].written is not None)
    assert Path(offered[0]).parent == tmp_path


def test_the_selected_rows_from_the_context_menu(
    people: dict[str, str],
    window: MainWindow,
    opened: list[ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = window.show_page("contacts")
    assert isinstance(page, RecordListPage)
    loaded(page, qtbot, 5)
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (4, 0, 2):
        selection.select(page.model.index(row, 0), flags)
    chosen = [list_names(page)[row] for row in (0, 2, 4)]
    menus: list[QMenu] = []

    class ShownMenu(QMenu):
        def exec(self, *_args: object) -> None:  # type: ignore[override]
            menus.append(self)

    monkeypatch.setattr("crm_desktop.ui.record_list.QMenu", ShownMenu)
    page._context_menu(page.table.visualRect(page.model.index(0, 0)).center())
    texts = [action.text() for action in menus[0].actions()]
    assert texts.index("Export selected…") == texts.index("Delete") - 1
    next(a for a in menus[0].actions() if a.text() == "Export selected…").trigger()
    (dialog,) = opened
    assert dialog.selected_rows.isChecked()
    assert dialog.selected_rows.text() == "Only the selected rows (3)"
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    save_as(monkeypatch, tmp_path / "chosen.xlsx")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None)
    sheet = openpyxl.load_workbook(tmp_path / "chosen.xlsx").active
    assert sheet is not None
    table = [[cell.value for cell in row] for row in sheet.iter_rows()]
    name_column = table[0].index("display_name")
    assert [row[name_column] for row in table[1:]] == chosen
    assert dialog.status.text().startswith("3 row")


def test_several_selected_rows_are_what_the_file_menu_exports_first(
    people: dict[str, str], window: MainWindow, opened: list[ExportDialog], qtbot: QtBot
) -> None:
    page = window.show_page("companies")
    assert isinstance(page, RecordListPage)
    loaded(page, qtbot, 1)
    window.export_action.trigger()
    assert opened[0].all_rows.isChecked() and not opened[0].selected_rows.isEnabled()  # nothing selected
    page = window.show_page("contacts")
    assert isinstance(page, RecordListPage)
    loaded(page, qtbot, 5)
    page.table.selectAll()
    window.export_action.trigger()
    assert opened[1].selected_rows.isChecked()
    assert opened[1].all_rows.text().startswith("The whole list, as it is filtered now (5 row")


def test_products_found_by_the_filter_box(
    crm: Crm,
    window: MainWindow,
    opened: list[ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for sku, name in (("TEA-250", "Black tea 250 g"), ("CUP-1", "Tea cup"), ("LOOM-1", "Hand loom")):
        crm.products.create(ProductInput(sku=sku, name=name, unit_price="10"))
    page = window.show_page("products")
    assert isinstance(page, ProductsPage)
    loaded(page.products, qtbot, 3)
    qtbot.keyClicks(page.products.filter_box, "tea")
    loaded(page.products, qtbot, 2)
    window.export_action.trigger()
    (dialog,) = opened
    assert formats(dialog) == ["csv", "xlsx", "json"]
    save_as(monkeypatch, tmp_path / "tea.json")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None)
    records = json.loads((tmp_path / "tea.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in records] == ["Black tea 250 g", "Tea cup"]


def target(entity: str, selected: tuple[str, ...] = ()) -> ExportTarget:
    return ExportTarget(entity, entity.title(), ListQuery(), 0, selected)


@pytest.mark.parametrize(
    ("entity", "expected"),
    [
        ("contacts", ["csv", "xlsx", "vcf", "json"]),
        ("companies", ["csv", "xlsx", "vcf", "json"]),
        ("deals", ["csv", "xlsx", "json"]),
        ("cases", ["csv", "xlsx", "json"]),
        ("sales", ["csv", "xlsx", "json"]),
        ("tasks", ["csv", "xlsx", "json", "ics"]),
    ],
)
def test_the_formats_offered_depend_on_the_records(
    session: AppSession, qtbot: QtBot, entity: str, expected: list[str]
) -> None:
    dialog = ExportDialog(session, target(entity))
    qtbot.addWidget(dialog)
    assert formats(dialog) == expected


def test_a_name_typed_with_another_offered_extension_takes_that_format(
    session: AppSession, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ExportDialog(session, target("tasks"))
    qtbot.addWidget(dialog)
    save_as(monkeypatch, tmp_path / "week.ics")
    assert dialog.choose_path() == tmp_path / "week.ics" and dialog.chosen_format == "ics"
    save_as(monkeypatch, tmp_path / "week.txt")  # not a format of tasks: the extension is added
    assert dialog.choose_path() == tmp_path / "week.txt.ics"


def test_a_file_that_cannot_be_written_is_said_plainly(
    session: AppSession, people: dict[str, str], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(f"{DIALOG}.QMessageBox.warning", lambda _parent, _title, text: shown.append(text))
    preferences = Preferences(tmp_path / "window.ini")
    dialog = ExportDialog(session, target("contacts", (people["ali"],)), preferences)
    qtbot.addWidget(dialog)
    missing = tmp_path / "no such folder" / "contacts.csv"
    save_as(monkeypatch, missing)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [f"{missing} could not be written (No such file or directory)."]
    assert not dialog.running and dialog.export_button.isEnabled() and dialog.written is None
    assert not dialog.open_folder_button.isVisible() and dialog.status.text() == ""
    assert not (tmp_path / "no such folder").exists()
    assert preferences.export_folder == ""  # a folder that failed is not remembered


def test_the_dialog_cannot_be_closed_while_it_writes(
    session: AppSession, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ExportDialog(session, target("contacts"))
    qtbot.addWidget(dialog)
    dialog.show()
    calls: list[Any] = []
    monkeypatch.setattr(session, "read", lambda *args: calls.append(args))  # the write never ends
    dialog.export_to(tmp_path / "c.csv")
    dialog.reject()
    assert dialog.isVisible() and dialog.running and not dialog.export_button.isEnabled()
    assert calls and dialog.status.text() == "Writing \u2068c.csv\u2069…"


def test_file_export_is_offered_where_a_list_is_shown(window: MainWindow) -> None:
    for key, exportable in (("dashboard", False), ("contacts", True), ("pipeline", True), ("reports", False)):
        window.show_page(key)
        assert window.export_action.isEnabled() is exportable, key


def test_the_file_name_offered_keeps_its_date_readable_in_arabic(session: AppSession, qtbot: QtBot) -> None:
    today = date.today().isoformat()
    english = ExportDialog(session, ExportTarget("contacts", "Contacts", ListQuery(), 0, ()))
    arabic = ExportDialog(session, ExportTarget("tasks", "المهام", ListQuery(), 0, ()))
    odd = ExportDialog(session, ExportTarget("deals", "Deals: won/lost", ListQuery(), 0, ()))
    for dialog in (english, arabic, odd):
        qtbot.addWidget(dialog)
    assert english.default_path().name == f"Contacts {today}.csv"
    assert arabic.default_path().name == f"{today} المهام.csv"  # the date before the Arabic name
    assert odd.default_path().name == f"Deals- won-lost {today}.csv"
