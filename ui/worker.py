"""The one background thread that does all database work for the window.

Every service call from the GUI goes through `Worker.submit`: the call runs on a single
thread (SQLite/SQLCipher connections belong to the thread that made them, and one writer
at a time is what the database wants anyway), and its result or error comes back to the
GUI thread by signal. Jobs run in the order they were submitted.

The thread is a Python thread with a queue (Anki's taskman), not a QThreadPool: Qt's
pool thread gets a fresh Python thread state for every job, so `threading.local` (where
SQLAlchemy's SingletonThreadPool keeps the thread's connection) forgot the connection
after each job: every job opened a new SQLCipher connection, and past five the pool closed
old ones, whichever thread was using them.
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
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


class Job:
    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple,
        kwargs: dict,
        with_progress: bool,
    ):
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

    # an idle thread ends after this long (its connection is closed with the database)
    IDLE_SECONDS = 60.0

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._queue: queue.SimpleQueue[Job] = queue.SimpleQueue()
        self._lock = threading.Condition()
        self._thread: threading.Thread | None = None
        self._running = 0  # submitted and not yet run to the end
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
        with self._lock:
            self._running += 1
            self._queue.put(job)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._serve, name="oberih-database-worker", daemon=True
                )
                self._thread.start()
        return job

    def _serve(self) -> None:
        """The worker thread: jobs one after another until idle for IDLE_SECONDS."""
        while True:
            try:
                job = self._queue.get(timeout=self.IDLE_SECONDS)
            except queue.Empty:
                with self._lock:
                    if self._queue.empty():
                        self._thread = None
                        return
                continue
            try:
                job.run()
            finally:
                with self._lock:
                    self._running -= 1
                    self._lock.notify_all()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (closing the app, tests)."""
        with self._lock:
            return self._lock.wait_for(lambda: self._running == 0, timeout=msecs / 1000)

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
