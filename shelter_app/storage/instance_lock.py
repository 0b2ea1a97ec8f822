"""One GUI per database on this computer. Command-line tools do not take this lock:
they may run beside the GUI, and SQLite makes their short writes wait their turn."""

from __future__ import annotations

from filelock import FileLock, Timeout

from ..errors import DatabaseInUse
from .files import DatabasePaths


class InstanceLock:
    def __init__(self, paths: DatabasePaths):
        self._lock = FileLock(paths.instance_lock, timeout=0)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise DatabaseInUse() from None

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
