"""File → Export everything…: the whole database to one archive from the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.tasks.runner import Cancelled
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.views import export_everything


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What the window told the user (message boxes answered at once)."""
    messages: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            export_everything.QMessageBox,
            kind,
            lambda _parent, _title, text, kind=kind: messages.append((kind, text)),
        )
    return messages


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    suggested: list[str] = []

    def dialog(_parent: Any, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        suggested.append(proposed)
        return (str(path) if path else "", "")

    monkeypatch.setattr(export_everything.QFileDialog, "getSaveFileName", dialog)
    return suggested


def _menu_action(window: MainWindow) -> Any:
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text() == "Export &everything…")


def test_the_file_menu_writes_an_archive_that_imports_again(
    window: MainWindow,
    people: dict[str, str],
    said: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    chosen = tmp_path / "backup"  # typed without .json
    suggested = _choose(monkeypatch, chosen)
    _menu_action(window).trigger()
    assert suggested[0].endswith(".json") and "crm-desktop-" in suggested[0]
    written = tmp_path / "backup.json"
    assert written.exists()
    assert said[0][0] == "information" and said[0][1].startswith("Wrote ") and str(written) in said[0][1]
    with Crm.open(tmp_path / "restored.sqlite3") as restored:
        restored.archive.import_file(written)
        assert sorted(c.display_name for c in restored.contacts.list().items) == sorted(
            c.display_name for c in window.session.crm.contacts.list().items
        )


def test_nothing_is_written_when_no_file_is_chosen(
    window: MainWindow, said: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _choose(monkeypatch, None)
    _menu_action(window).trigger()
    assert said == [] and list(tmp_path.glob("*.json")) == []


def test_a_cancel_or_a_refusal_is_said_and_leaves_no_file(
    window: MainWindow, said: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert export_everything.export_everything(window.session, window, tmp_path / "none" / "x.json") is None
    assert said[-1][0] == "warning" and "could not be written" in said[-1][1]

    def cancelled(_path: Path, progress: Any) -> None:
        raise Cancelled

    monkeypatch.setattr(window.session.crm.archive, "export", cancelled)
    assert export_everything.export_everything(window.session, window, tmp_path / "x.json") is None
    assert said[-1] == ("information", "The export was cancelled; no file was written.")
    assert list(tmp_path.glob("*.json")) == []
