"""Long work with a progress dialog and Cancel, the window still painting meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.tasks.runner import Progress

T = TypeVar("T")
SHOW_AFTER_MS = 400  # a job that ends sooner never flashes a dialog


class _Bridge(QObject):
    progressed = Signal(str, int, int)
    finished = Signal()


def run_with_progress(parent: QWidget | None, title: str, job: Callable[[Progress], T]) -> T:
    """Run ``job`` on a worker thread behind a modal progress dialog; re-raise its error here.

    Cancel asks the job to stop at its next progress report (it raises Cancelled,
    which is raised here too, after the job has rolled back its work). A job that
    ends before it reports again has done its work, and its value is returned.
    """
    bridge = _Bridge()
    dialog = QProgressDialog(title, QCoreApplication.translate("run_with_progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    progress = Progress(on_update=lambda message, done, total: bridge.progressed.emit(message, done, total))
    dialog.canceled.connect(progress.cancel)
    outcome: dict[str, Any] = {}

    def update(message: str, done: int, total: int) -> None:
        dialog.setLabelText(message)
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    bridge.progressed.connect(update, Qt.ConnectionType.QueuedConnection)
    loop = QEventLoop()
    bridge.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            outcome["value"] = job(progress)
        except BaseException as error:  # handed back to the GUI thread below
            outcome["error"] = error
        finally:
            bridge.finished.emit()

    thread = threading.Thread(target=work, name="crm-progress", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    # QProgressDialog.closeEvent emits canceled (even for a dialog never shown): not the user's Cancel
    dialog.canceled.disconnect(progress.cancel)
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    # A job that finished did its work (and committed it) even if Cancel came too late to stop it
    return outcome["value"]  # type: ignore[no-any-return]
