"""run_with_progress: the job's value, its error, and Cancel."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.tasks.runner import Cancelled, Progress
from crm_desktop.ui.progress import run_with_progress


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("seconds", [0.0, 0.6])  # ends before and after the dialog shows
def test_a_finished_job_returns_its_value(parent: QWidget, seconds: float) -> None:
    def job(progress: Progress) -> str:
        progress.update("working", 1, 2)
        time.sleep(seconds)
        return "done"

    assert run_with_progress(parent, "Work", job) == "done"


def test_the_jobs_error_is_raised_here(parent: QWidget) -> None:
    def job(_progress: Progress) -> None:
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        run_with_progress(parent, "Work", job)


def test_cancel_stops_the_job_at_its_next_report(parent: QWidget) -> None:
    reached: list[int] = []

    def job(progress: Progress) -> None:
        for step in range(100):
            if step == 3:
                # what the dialog's Cancel button does, from the GUI thread
                dialogs = parent.findChildren(QProgressDialog)
                assert dialogs
                dialogs[0].canceled.emit()
            progress.update("step", step, 100)
            reached.append(step)
            time.sleep(0.02)  # the GUI thread passes the Cancel on meanwhile

    with pytest.raises(Cancelled):
        run_with_progress(parent, "Work", job)
    assert 3 <= len(reached) < 100
