"""The window's link to the data: services plus the background runner, results on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.changes import ChangeSet, Outcome
from crm_desktop.services.crm import Crm
from crm_desktop.tasks.runner import Cancelled, Progress, Runner, ThreadRunner

T = TypeVar("T")
log = logging.getLogger(__name__)


class AppSession(QObject):
    """Holds the open CRM; every view talks to the data through this object.

    ``changed`` is emitted (on the GUI thread) with the change-set of every write,
    so open views refresh only what concerns them instead of polling.
    """

    changed = Signal(object)  # ChangeSet
    failed = Signal(str)  # a message for the user
    _deliver = Signal(object, object)  # (callback, value): hops a result onto the GUI thread

    def __init__(self, crm: Crm, runner: Runner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.runner: Runner = runner or ThreadRunner()
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _on_deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        callback(value)

    def _finish(
        self,
        future: Future[T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[CrmError], None] | None,
    ) -> None:
        def report(error: CrmError) -> None:
            if on_error is not None:
                on_error(error)
            else:
                self.failed.emit(str(error))

        def forward(done: Future[T]) -> None:
            try:
                value = done.result()
            except (Cancelled, CancelledError):
                return
            except CrmError as error:
                self._deliver.emit(report, error)
                return
            except Exception as error:  # a bug: say something went wrong, keep the window running
                log.exception("background job failed")
                self._deliver.emit(report, CrmError(self.tr("Something went wrong: {0}").format(error)))
                return
            if isinstance(value, Outcome) and not value.changes.empty:
                self._deliver.emit(self.changed.emit, value.changes)
            if on_done is not None:
                self._deliver.emit(on_done, value)

        future.add_done_callback(forward)

    def write(
        self,
        job: Callable[[Crm], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[CrmError], None] | None = None,
        progress: Progress | None = None,
    ) -> Future[T]:
        """Run a write on the writer thread; its Outcome's changes are broadcast through ``changed``."""
        future = self.runner.write(lambda _p: job(self.crm), progress)
        self._finish(future, on_done, on_error)
        return future

    def read(
        self,
        job: Callable[[Crm], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[CrmError], None] | None = None,
        progress: Progress | None = None,
    ) -> Future[T]:
        """Run a long read beside the writer; ``on_done`` gets the value on the GUI thread."""
        future = self.runner.read(lambda _p: job(self.crm), progress)
        self._finish(future, on_done, on_error)
        return future

    def broadcast(self, changes: ChangeSet) -> None:
        if not changes.empty:
            self.changed.emit(changes)

    def close(self) -> None:
        self.runner.shutdown()
        self.crm.close()
