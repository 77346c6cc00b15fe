"""Form rows with their error shown beside the field, filled from a ValidationError.

Also the dialog the record editors share: errors, Save/Cancel and the save round trip.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError, ValidationError

if TYPE_CHECKING:
    from crm_desktop.services.crm import Crm
    from crm_desktop.ui.session import AppSession


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


class EditorDialog(QDialog):
    """Saves through the writer thread; stays open with the errors shown if the service refuses.

    A subclass builds its fields, calls :meth:`lay_out`, implements :meth:`save` (ending
    in :meth:`submit`) and, to ask before unsaved edits are thrown away, overrides
    :meth:`_state` and :meth:`confirm_discard` and calls :meth:`mark_clean` once loaded.
    """

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.saved_id: str | None = None
        self.errors = FieldErrors()
        self._clean_state: object = None

    def lay_out(
        self,
        *body: QWidget | QLayout | tuple[QWidget | QLayout, int],
        general_name: str | None = "general_error",
    ) -> None:
        """The general error on top, then ``body`` (a part or a (part, stretch) pair), then Save/Cancel."""
        general = QLabel()
        if general_name is not None:
            general.setObjectName(general_name)
        self.errors.set_general(general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save_button is not None
        self.save_button = save_button
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        for part in body:
            item, stretch = part if isinstance(part, tuple) else (part, 0)
            if isinstance(item, QLayout):
                layout.addLayout(item, stretch)
            else:
                layout.addWidget(item, stretch)
        layout.addWidget(buttons)

    # --- saving ---------------------------------------------------------------------

    def save(self) -> None:
        raise NotImplementedError

    def submit(self, job: Callable[[Crm], Any]) -> None:
        """Run the write with Save disabled; :meth:`_saved` or :meth:`_refused` reports it."""
        self.save_button.setEnabled(False)
        self.session.write(job, self._saved, self._refused)

    def _saved(self, outcome: Any) -> None:
        self.saved_id = outcome.value.id
        self.mark_clean()
        self.accept()

    def _refused(self, error: CrmError) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_refused(error.errors)
        else:
            self.errors.show({"": str(error)})

    def _show_refused(self, errors: dict[str, str]) -> None:
        """Put the service's field errors on the form (a subclass may rename or regroup them)."""
        self.errors.show(errors)

    # --- leaving with unsaved edits -------------------------------------------------

    def _state(self) -> object:
        """What the unsaved-changes check compares; the same value always means never asking."""
        return None

    def mark_clean(self) -> None:
        self._clean_state = self._state()

    def has_changes(self) -> bool:
        return bool(self._state() != self._clean_state)

    def confirm_discard(self) -> bool:
        """Ask before throwing typed changes away; True when the user agrees."""
        return True

    def reject(self) -> None:
        # Escape, Cancel and the window's close button all come here
        if self.has_changes() and not self.confirm_discard():
            return
        super().reject()
