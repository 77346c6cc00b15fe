"""Choosing one record (a company, a contact) among thousands by typing part of its name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crm_desktop.services.search import Hit
from crm_desktop.ui.session import AppSession

Lookup = Callable[[str], list[Hit]]


class RecordPicker(QLineEdit):
    """A line edit that completes names from a search; ``record_id`` is the chosen record."""

    picked = Signal(object)  # str | None

    def __init__(self, session: AppSession, lookup: Lookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._lookup = lookup
        self._hits: dict[str, str] = {}
        self.record_id: str | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._choose)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._edited)

    def set_record(self, record_id: str | None, title: str) -> None:
        self.record_id = record_id
        self.setText(title)

    def _edited(self, text: str) -> None:
        self.record_id = None
        if text.strip():
            self._timer.start()
        else:
            self.picked.emit(None)

    def _search(self) -> None:
        text = self.text().strip()
        self.session.read(lambda _crm: self._lookup(text), self._show)

    def _show(self, hits: list[Hit]) -> None:
        self._hits = {hit.title: hit.id for hit in hits}
        self._model.setStringList(list(self._hits))
        if self.hasFocus():
            self.completer().complete()

    def _choose(self, title: str) -> None:
        self.record_id = self._hits.get(title)
        self.picked.emit(self.record_id)
