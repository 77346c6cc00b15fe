"""Form rows with their error shown beside the field, filled from a ValidationError."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


class FieldErrors:
    """Error labels under form fields, keyed by the service's field names."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._general: QLabel | None = None

    def add_row(self, form: QFormLayout, key: str, label: str, editor: QWidget) -> None:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        self._labels[key] = error
        form.addRow(label, box)

    def set_general(self, label: QLabel) -> None:
        label.setStyleSheet("color: #b00020;")
        label.setWordWrap(True)
        label.hide()
        self._general = label

    def clear(self) -> None:
        for label in self._labels.values():
            label.hide()
        if self._general is not None:
            self._general.hide()

    def show(self, errors: Mapping[str, str]) -> None:
        """Put each message under its field; messages for fields not on the form go on top."""
        self.clear()
        unplaced = []
        for field, message in errors.items():
            label = self._labels.get(field) or self._labels.get(field.split(".")[0])
            if label is None:
                unplaced.append(message)
                continue
            label.setText(message if not label.isVisible() else label.text() + "\n" + message)
            label.show()
        if unplaced and self._general is not None:
            self._general.setText("\n".join(unplaced))
            self._general.show()

    def message(self, key: str) -> str:
        label = self._labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""
