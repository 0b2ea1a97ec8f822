"""One GUI per database on this computer (the instance lock), and the writer gate that
every open database holds shared and a restore holds exclusively. Command-line tools do
not take the instance lock: they may run beside the GUI, and SQLite makes their short
writes wait their turn."""

from __future__ import annotations

import contextlib
import os

from filelock import FileLock, Timeout

from ..errors import DatabaseBusy, DatabaseInUse
from .files import DatabasePaths


class InstanceLock:
    def __init__(self, paths: DatabasePaths):
        self._lock = FileLock(paths.instance_lock, timeout=0, mode=0o600)

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


class WriterGate:
    """Every open Database (window or command line) holds this gate shared; a restore
    holds it exclusively. So a restore is refused while anyone has the database open, and
    nobody opens it while a restore swaps its files (a command-line writer would
    otherwise keep writing into the file just set aside).

    POSIX advisory locks (flock) are released by the kernel when a process dies, so a
    killed restore or writer never leaves the gate shut."""

    def __init__(self, paths: DatabasePaths):
        self._path = paths.writer_gate
        self._fd: int | None = None

    def _take(self, exclusive: bool) -> None:
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd, exclusive)
        except OSError:
            os.close(fd)
            if exclusive:
                raise DatabaseInUse() from None
            raise DatabaseBusy() from None
        self._fd = fd

    def acquire_shared(self) -> WriterGate:
        self._take(exclusive=False)
        return self

    def acquire_exclusive(self) -> WriterGate:
        self._take(exclusive=True)
        return self

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                _unlock(fd)
            os.close(fd)


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int, exclusive: bool) -> None:
        # msvcrt has no shared lock: on Windows writers do not take the gate (only a
        # restore does, against other restores); the instance lock still refuses a
        # restore while the window is open
        if exclusive:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock(fd: int, exclusive: bool) -> None:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
