"""The one background thread that does all database work for the window.

Every service call from the GUI goes through `Worker.submit`: the call runs on a single
pool thread (SQLite/SQLCipher connections belong to the thread that made them, and one
writer at a time is what the database wants anyway), and its result or error comes back
to the GUI thread by signal. Jobs run in the order they were submitted.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from shelter_app.errors import OberihError, classify_os_error

log = logging.getLogger(__name__)


class UnexpectedFailure(OberihError):
    """Shown instead of an unexpected exception, whose text might hold client data."""

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "worker",
            "Something went wrong and the action was not completed; nothing half-done was "
            "saved. The technical details were written to the log without any client data.",
        )


def log_unexpected(exc: BaseException) -> None:
    # Only the exception type and the code locations: messages of database errors can
    # contain the values that were being written.
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in frames[::-1]
    )
    log.error("Unexpected %s in background work at %s", type(exc).__name__, where)


class _JobSignals(QObject):
    done = Signal(object, object)  # job, result
    failed = Signal(object, object)  # job, OberihError
    progress = Signal(object, int, int)  # job, done, total


class Job(QRunnable):
    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple,
        kwargs: dict,
        with_progress: bool,
    ):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.with_progress = with_progress
        self.signals = _JobSignals()
        self.on_done: Callable[[Any], None] | None = None
        self.on_error: Callable[[OberihError], None] | None = None
        self.on_progress: Callable[[int, int], None] | None = None
        self.owner: QObject | None = None
        # told of every result, even when `owner` is gone (what changed is still news)
        self.announce: Callable[[Any], None] | None = None

    def run(self) -> None:
        kwargs = dict(self.kwargs)
        if self.with_progress:
            kwargs["progress"] = lambda done, total: self.signals.progress.emit(self, done, total)
        try:
            result = self.fn(*self.args, **kwargs)
        except OberihError as exc:
            self.signals.failed.emit(self, exc)
        except OSError as exc:  # a full, read-only or refusing drive: said as such
            self.signals.failed.emit(self, classify_os_error(exc))
        except Exception as exc:
            log_unexpected(exc)
            self.signals.failed.emit(self, UnexpectedFailure())
        else:
            self.signals.done.emit(self, result)


class Worker(QObject):
    """Runs callables one after another off the GUI thread."""

    busy_changed = Signal(bool)
    unhandled_error = Signal(object)  # an OberihError nobody asked to handle

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the one thread (and its connection) alive
        self._jobs: set[Job] = set()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[OberihError], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        owner: QObject | None = None,
        announce: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> Job:
        """Run `fn(*args, **kwargs)` in the background. Callbacks run on the GUI thread,
        and are skipped if `owner` (usually the widget that asked) has been deleted;
        `announce` gets every result after `on_done`, whether or not `owner` lives.
        With `on_progress`, `fn` receives a `progress(done, total)` keyword argument."""
        job = Job(fn, args, kwargs, with_progress=on_progress is not None)
        job.announce = announce
        job.on_done, job.on_error, job.on_progress, job.owner = (
            on_done,
            on_error,
            on_progress,
            owner,
        )
        job.signals.done.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.progress.connect(self._progressed)
        was_busy = self.busy
        self._jobs.add(job)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(job)
        return job

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (closing the app, tests)."""
        return self._pool.waitForDone(msecs)

    def _alive(self, job: Job) -> bool:
        return job.owner is None or isValid(job.owner)

    def _retire(self, job: Job) -> None:
        self._jobs.discard(job)
        if not self._jobs:
            self.busy_changed.emit(False)

    @Slot(object, object)
    def _finished(self, job: Job, result: object) -> None:
        self._retire(job)
        try:
            if job.on_done is not None and self._alive(job):
                job.on_done(result)
        finally:
            if job.announce is not None:
                job.announce(result)

    @Slot(object, object)
    def _failed(self, job: Job, error: OberihError) -> None:
        self._retire(job)
        if not self._alive(job):
            return
        if job.on_error is not None:
            job.on_error(error)
        else:
            self.unhandled_error.emit(error)

    @Slot(object, int, int)
    def _progressed(self, job: Job, done: int, total: int) -> None:
        if job.on_progress is not None and self._alive(job):
            job.on_progress(done, total)
