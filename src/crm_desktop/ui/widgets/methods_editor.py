"""Editing several emails or phones, each with a label, exactly one primary."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import ContactMethodLabel
from crm_desktop.services.contact_methods import MethodInput


class MethodsEditor(QWidget):
    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"{kind}_editor")
        self._rows: list[tuple[QWidget, QLineEdit, QComboBox, QRadioButton]] = []
        self._primary = QButtonGroup(self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._add_button = QPushButton(self.tr("Add email") if kind == "email" else self.tr("Add phone"))
        self._add_button.clicked.connect(lambda: self.add_row())
        self._layout.addWidget(self._add_button)

    def _labels(self) -> list[tuple[str, ContactMethodLabel]]:
        return [
            (self.tr("Work"), ContactMethodLabel.WORK),
            (self.tr("Home"), ContactMethodLabel.HOME),
            (self.tr("Mobile"), ContactMethodLabel.MOBILE),
            (self.tr("Fax"), ContactMethodLabel.FAX),
            (self.tr("Other"), ContactMethodLabel.OTHER),
        ]

    def add_row(
        self, value: str = "", label: ContactMethodLabel | None = None, primary: bool = False
    ) -> QLineEdit:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(value)
        edit.setPlaceholderText("name@example.com" if self.kind == "email" else "+966 50 123 4567")
        combo = QComboBox()
        for text, member in self._labels():
            combo.addItem(text, member)
        default = label or (ContactMethodLabel.MOBILE if self.kind == "phone" else ContactMethodLabel.WORK)
        combo.setCurrentIndex(max(0, combo.findData(default)))
        radio = QRadioButton(self.tr("Primary"))
        self._primary.addButton(radio)
        radio.setChecked(primary or not self._rows)
        remove = QPushButton(self.tr("Remove"))
        layout.addWidget(edit, 1)
        layout.addWidget(combo)
        layout.addWidget(radio)
        layout.addWidget(remove)
        entry = (row, edit, combo, radio)
        self._rows.append(entry)
        remove.clicked.connect(lambda: self._remove(entry))
        self._layout.insertWidget(self._layout.count() - 1, row)
        return edit

    def _remove(self, entry: tuple[QWidget, QLineEdit, QComboBox, QRadioButton]) -> None:
        self._rows.remove(entry)
        self._primary.removeButton(entry[3])
        entry[0].deleteLater()
        if self._rows and not any(r[3].isChecked() for r in self._rows):
            self._rows[0][3].setChecked(True)

    def values(self) -> list[MethodInput]:
        return [
            MethodInput(value=edit.text().strip(), label=combo.currentData(), primary=radio.isChecked())
            for _row, edit, combo, radio in self._rows
            if edit.text().strip()
        ]
