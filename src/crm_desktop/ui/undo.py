"""Undo of the last delete or move (Ctrl+Z): each entry knows how to put things back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from crm_desktop.services.crm import Crm

MAX_STEPS = 20


@dataclass(frozen=True)
class UndoStep:
    label: str  # shown in the Edit menu: "Undo delete of 3 contacts"
    revert: Callable[[Crm], Any]  # runs on the writer thread; returns an Outcome


class UndoStack(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[UndoStep] = []

    def push(self, step: UndoStep) -> None:
        self._steps.append(step)
        del self._steps[:-MAX_STEPS]
        self.changed.emit()

    def pop(self) -> UndoStep | None:
        step = self._steps.pop() if self._steps else None
        self.changed.emit()
        return step

    def peek(self) -> UndoStep | None:
        return self._steps[-1] if self._steps else None
