"""Long work with a progress dialog and Cancel, the window still painting meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.tasks.runner import Progress

T = TypeVar("T")
SHOW_AFTER_MS = 400  # a job that ends sooner never flashes a dialog


POLL_MS = 50  # how often the dialog reads what the job reported


class _Reports:
    """What the job reported last, and whether it ended: written by the job's thread, read by
    the GUI thread's timer. No Qt object is touched off the GUI thread (a signal emitted from
    a Python thread while the dialog painted crashed now and then)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latest: tuple[str, int, int] | None = None
        self.ended = threading.Event()

    def report(self, message: str, done: int, total: int) -> None:
        with self.lock:
            self.latest = (message, done, total)

    def take(self) -> tuple[str, int, int] | None:
        with self.lock:
            latest, self.latest = self.latest, None
        return latest


def run_with_progress(parent: QWidget | None, title: str, job: Callable[[Progress], T]) -> T:
    """Run ``job`` on a worker thread behind a modal progress dialog; re-raise its error here.

    Cancel asks the job to stop at its next progress report (it raises Cancelled,
    which is raised here too, after the job has rolled back its work). A job that
    ends before it reports again has done its work, and its value is returned.
    """
    reports = _Reports()
    dialog = QProgressDialog(title, QCoreApplication.translate("run_with_progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    progress = Progress(on_update=reports.report)
    dialog.canceled.connect(progress.cancel)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def poll() -> None:
        latest = reports.take()
        if latest is not None:
            message, done, total = latest
            dialog.setLabelText(message)
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
        if reports.ended.is_set():
            loop.quit()

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(poll)

    def work() -> None:
        try:
            outcome["value"] = job(progress)
        except BaseException as error:  # handed back to the GUI thread below
            outcome["error"] = error
        finally:
            reports.ended.set()

    thread = threading.Thread(target=work, name="crm-progress", daemon=True)
    thread.start()
    timer.start()
    loop.exec()
    timer.stop()
    thread.join()
    # QProgressDialog.closeEvent emits canceled (even for a dialog never shown): not the user's Cancel
    dialog.canceled.disconnect(progress.cancel)
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    # A job that finished did its work (and committed it) even if Cancel came too late to stop it
    return outcome["value"]  # type: ignore[no-any-return]
