"""Editors for the custom fields a business defined for contacts, companies or deals."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from crm_desktop.domain.enums import CustomFieldType
from crm_desktop.domain.models import CustomFieldDefinition
from crm_desktop.ui.forms import FieldErrors


class CustomFieldsForm:
    def __init__(self, definitions: list[CustomFieldDefinition]) -> None:
        self.definitions = definitions
        self.editors: dict[str, QWidget] = {}
        for definition in definitions:
            self.editors[definition.key] = self._editor(definition)

    def _editor(self, definition: CustomFieldDefinition) -> QWidget:
        if definition.field_type == CustomFieldType.BOOL:
            return QCheckBox()
        if definition.field_type == CustomFieldType.CHOICE:
            combo = QComboBox()
            combo.addItem("", "")
            for choice in definition.choices:
                combo.addItem(choice, choice)
            return combo
        edit = QLineEdit()
        if definition.field_type == CustomFieldType.DATE:
            edit.setPlaceholderText("2026-03-31")
        return edit

    def add_rows(self, form: QFormLayout, errors: FieldErrors) -> None:
        for definition in self.definitions:
            editor = self.editors[definition.key]
            editor.setObjectName(f"custom_{definition.key}")
            errors.add_row(form, f"custom.{definition.key}", definition.label, editor)

    def set_values(self, values: dict[str, Any]) -> None:
        for key, editor in self.editors.items():
            value = values.get(key)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value or "")))
            elif isinstance(editor, QLineEdit):
                editor.setText("" if value is None else str(value))

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                result[key] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                result[key] = editor.currentData() or ""
            elif isinstance(editor, QLineEdit):
                result[key] = editor.text().strip()
        return result
