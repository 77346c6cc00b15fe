"""Edit → Find duplicates…: contacts that are probably the same person, merged in one click.

The list comes from the duplicate scan (services.duplicates), read off the GUI thread:
each pair with its score and why. Merge keeps the first of the pair and moves the
other's history to it (services.merging); Undo merge separates the last merge made
here again. Both are ordinary writes: lists elsewhere in the window follow.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.changes import ChangeSet
from crm_desktop.ui.bidi import auto
from crm_desktop.ui.session import AppSession


class DuplicatesDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pairs: list[Any] = []
        self.merges: list[str] = []  # merges made here, the last one first to undo
        self.setWindowTitle(self.tr("Find duplicates"))
        self.status = QLabel(self.tr("Looking for contacts that are probably the same person…"))
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Score"), self.tr("Keep"), self.tr("Merge into it"), self.tr("Why")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button = QPushButton(self.tr("Undo merge"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(820, 480)
        self.scan()

    def scan(self) -> None:
        self.merge_button.setEnabled(False)
        self.session.read(lambda crm: crm.duplicates.scan(), self._show, self._failed)

    def _show(self, pairs: list[Any]) -> None:
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        for index, pair in enumerate(pairs):
            cells = (f"{pair.score:.2f}", auto(pair.a_name), auto(pair.b_name), pair.describe())
            for column, value in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if pairs:
            self.status.setText(
                self.tr(
                    "Likely duplicates: {0}. Merge keeps the first and moves the other's history to it."
                ).format(len(pairs))
            )
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No likely duplicates."))
        self.merge_button.setEnabled(bool(pairs))

    def merge_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        pair = self.pairs[rows[0].row()]
        self.merge_button.setEnabled(False)

        def merged(info: Any) -> None:
            self.merges.insert(0, info.id)
            self.undo_button.setEnabled(True)
            kept, gone = ("contact", info.kept_id), ("contact", info.merged_id)
            self.session.broadcast(ChangeSet(updated=frozenset({kept}), deleted=frozenset({gone})))
            self.scan()

        self.session.write(lambda crm: crm.merging.merge(pair.a, pair.b), merged, self._failed)

    def undo_last(self) -> None:
        if not self.merges:
            return
        merge_id = self.merges.pop(0)
        self.undo_button.setEnabled(bool(self.merges))

        def undone(info: Any) -> None:
            kept, back = ("contact", info.kept_id), ("contact", info.merged_id)
            self.session.broadcast(ChangeSet(created=frozenset({back}), updated=frozenset({kept})))
            self.scan()

        self.session.write(lambda crm: crm.merging.unmerge(merge_id), undone, self._failed)

    def _failed(self, error: CrmError) -> None:
        self.merge_button.setEnabled(bool(self.pairs))
        QMessageBox.warning(self, self.windowTitle(), str(error))
