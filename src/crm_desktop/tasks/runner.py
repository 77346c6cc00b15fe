"""The background runner: writes go through one thread in order; long reads run beside them.

No Qt here. The window wraps a runner so that callbacks arrive on its own thread;
tests use the runner directly or a synchronous one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel; the job's transaction is rolled back."""


@dataclass
class Progress:
    """What a long job reports and how it learns it was cancelled."""

    on_update: Callable[[str, int, int], None] | None = None
    _cancel: threading.Event = field(default_factory=threading.Event)

    def update(self, message: str, done: int, total: int) -> None:
        """Report progress; raises Cancelled once the user asked to stop."""
        self.check()
        if self.on_update is not None:
            self.on_update(message, done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


Job = Callable[[Progress], T]


class Runner(Protocol):
    def write(self, job: Job[T], progress: Progress | None = None) -> Future[T]: ...
    def read(self, job: Job[T], progress: Progress | None = None) -> Future[T]: ...
    def shutdown(self) -> None: ...


class ThreadRunner:
    """One writer thread (SQLite allows one writer; order of user actions is kept) and two readers."""

    def __init__(self, readers: int = 2) -> None:
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crm-writer")
        self._readers = ThreadPoolExecutor(max_workers=readers, thread_name_prefix="crm-reader")
        self._closed = False

    def write(self, job: Job[T], progress: Progress | None = None) -> Future[T]:
        return self._submit(self._writer, job, progress)

    def read(self, job: Job[T], progress: Progress | None = None) -> Future[T]:
        return self._submit(self._readers, job, progress)

    def _submit(self, pool: ThreadPoolExecutor, job: Job[T], progress: Progress | None) -> Future[T]:
        if self._closed:
            # a timer firing while the window closes: nothing to run, nothing to report
            cancelled: Future[T] = Future()
            cancelled.cancel()
            return cancelled
        return pool.submit(job, progress or Progress())

    def shutdown(self) -> None:
        """Finish queued writes (never drop a user's save), cancel queued reads."""
        self._closed = True
        self._readers.shutdown(wait=False, cancel_futures=True)
        self._writer.shutdown(wait=True)


class InlineRunner:
    """Runs each job at once on the calling thread (tests, command line)."""

    def _run(self, job: Job[T], progress: Progress | None) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(job(progress or Progress()))
        except BaseException as error:  # handed to the caller through the future
            future.set_exception(error)
        return future

    def write(self, job: Job[T], progress: Progress | None = None) -> Future[T]:
        return self._run(job, progress)

    def read(self, job: Job[T], progress: Progress | None = None) -> Future[T]:
        return self._run(job, progress)

    def shutdown(self) -> None:
        pass


__all__ = ["Cancelled", "InlineRunner", "Job", "Progress", "Runner", "ThreadRunner"]
