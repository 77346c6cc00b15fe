"""Combo boxes whose choices come from the database and are refilled when it changes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox


def refill(combo: QComboBox, choices: Iterable[tuple[str, Any]]) -> None:
    """Replace the combo's choices, keeping the current one if it is still there (no signals meanwhile)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, value in choices:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
