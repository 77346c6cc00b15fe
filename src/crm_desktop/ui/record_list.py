"""A page listing records of one kind: filter box, filters, a lazy table, actions on the selection."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.records import ListQuery
from crm_desktop.ui.pages import ExportTarget, Page
from crm_desktop.ui.record_model import Column, RecordTableModel, RowSource
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.undo import UndoStack, UndoStep

FILTER_DELAY_MS = 200


class RecordListPage(Page):
    """Subclasses set ``entity``, ``source``, ``columns()`` and ``open_editor()``; those whose
    records can be written to a file name them in ``export_entity`` (as the export service does)."""

    entity = ""
    export_entity = ""

    def __init__(self, session: AppSession, undo: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.undo = undo
        self.model = RecordTableModel(session, self.source(), self.columns(), self.entity, self)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("filter")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setPlaceholderText(self.tr("Filter…"))
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setObjectName(f"{self.entity}_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Qt starts the indicator descending; lists open in their natural (ascending) order
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        for section, column in enumerate(self.model.columns()):
            self.table.setColumnWidth(section, column.width)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.filter_box.textChanged.connect(self._filter_typed)
        self.model.modelReset.connect(self._update_count)
        self.model.loading.connect(self._update_count)

        self._preset: ListQuery | None = None
        self.preset_label = QLabel()
        self.preset_label.setObjectName("preset")
        self.preset_clear = QToolButton()
        self.preset_clear.setText(self.tr("Show all"))
        self.preset_clear.clicked.connect(self.clear_preset)
        self.preset_label.hide()
        self.preset_clear.hide()
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.preset_label)
        self.filter_bar.addWidget(self.preset_clear)
        self.filter_bar.addWidget(self.filter_box, 2)
        self.add_filters(self.filter_bar)
        new_button = QToolButton()
        new_button.setText(self.tr("New"))
        new_button.setObjectName("new")
        new_button.clicked.connect(self.new_record)
        self.filter_bar.addWidget(new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        open_action = QAction(self.tr("Open"), self)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(self._open_current)
        self.table.addAction(open_action)

    # --- what subclasses supply ---------------------------------------------

    def source(self) -> RowSource:
        raise NotImplementedError

    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def add_filters(self, bar: QHBoxLayout) -> None:
        """Add filter widgets (combo boxes) to the bar; read them in :meth:`query`."""

    def query(self) -> ListQuery:
        return ListQuery(text=self.filter_box.text().strip())

    def open_editor(self, record_id: str | None) -> None:
        raise NotImplementedError

    def noun(self, count: int) -> str:
        return self.tr("%n record(s)", "", count)

    def extra_menu(self, menu: QMenu, ids: list[str]) -> None:
        """Add selection actions (tag, owner, lifecycle...) to the context menu."""

    # --- behaviour ----------------------------------------------------------------

    def first_show(self) -> None:
        self.apply_filters()

    def _filter_typed(self, _text: str) -> None:
        # the first matches show on this key press; the whole sorted selection after a pause
        wanted = self._preset if self._preset is not None else self.query()
        if self._preset is not None:
            wanted = replace(wanted, text=self.filter_box.text().strip())
        current = self.model.query
        self.model.show_first_matches(replace(wanted, sort=current.sort, descending=current.descending))
        self._filter_timer.start()

    def apply_filters(self) -> None:
        current = self.model.query
        wanted = self._preset if self._preset is not None else self.query()
        if self._preset is not None and self.filter_box.text().strip():
            wanted = replace(wanted, text=self.filter_box.text().strip())
        if self._preset is not None and self._preset.sort:  # a preset brings its own order
            self.model.set_query(wanted)
            return
        self.model.set_query(replace(wanted, sort=current.sort, descending=current.descending))

    def show_preset(self, query: ListQuery, label: str) -> None:
        """Show exactly ``query`` (the widgets' own filters are set aside until "Show all")."""
        self._activated = True
        self._preset = query
        self.preset_label.setText(label)
        self.preset_label.show()
        self.preset_clear.show()
        self.apply_filters()

    def clear_preset(self) -> None:
        self._preset = None
        self.preset_label.hide()
        self.preset_clear.hide()
        self.apply_filters()

    def refresh(self) -> None:
        self.model.refresh()

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def new_record(self) -> None:
        self.open_editor(None)

    def open_record(self, record_id: str) -> None:
        self.open_editor(record_id)

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def select_id(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        record_id = self.model.id_at(row)
        if record_id is not None:
            self.open_editor(record_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        service = self.service()
        label = self.tr("Undo delete of %n record(s)", "", len(ids))

        def delete_all(crm: Any) -> Any:
            outcome = None
            for record_id in ids:
                result = service.delete(record_id)
                outcome = result if outcome is None else type(result)(None, outcome.changes | result.changes)
            return outcome

        def restore_all(crm: Any) -> Any:
            outcome = None
            for record_id in ids:
                result = service.restore(record_id)
                outcome = result if outcome is None else type(result)(None, outcome.changes | result.changes)
            return outcome

        self.session.write(delete_all, lambda _o: self.undo.push(UndoStep(label, restore_all)))

    def service(self) -> Any:
        return self.source()

    def export_target(self) -> ExportTarget | None:
        if not self.export_entity:
            return None
        return ExportTarget(
            self.export_entity,
            self.title(),
            self.model.query,
            self.model.rowCount(),
            tuple(self.selected_ids()),
        )

    def export(self, *, selection: bool | None = None) -> None:
        """The export dialog for this list (``selection``: start on the selected rows)."""
        from crm_desktop.ui.views.export_dialog import export_from

        target = self.export_target()
        if target is not None:
            export_from(self, self.session, target, selection=selection)

    def _update_count(self, *_args: object) -> None:
        text = self.noun(self.model.rowCount())
        if not self.model.ids_loaded:
            text += " " + self.tr("(loading…)")
        self.count_label.setText(text)

    def _choose_columns(self, position: Any) -> None:
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for section, column in enumerate(self.model.columns()):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.toggled.connect(lambda shown, s=section: header.setSectionHidden(s, not shown))
        menu.exec(header.mapToGlobal(position))

    def _context_menu(self, position: Any) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        if len(ids) == 1:
            menu.addAction(self.tr("Open"), lambda: self.open_editor(ids[0]))
        self.extra_menu(menu, ids)
        menu.addSeparator()
        if self.export_entity:
            menu.addAction(self.tr("Export selected…"), lambda: self.export(selection=True))
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.exec(self.table.viewport().mapToGlobal(position))


def combo_value(combo: QComboBox) -> Any:
    return combo.currentData()
