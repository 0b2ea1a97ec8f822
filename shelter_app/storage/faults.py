"""Telling storage faults apart: a full disk, a read-only drive, a refused permission and
an I/O error are not damage.

SQLite reports most of them in words only (sqlcipher3 exposes no error code), and on a
full disk it often says "disk I/O error" (the shared-memory file could not grow) rather
than "disk is full". So an I/O error is settled by looking at the drive itself: its free
space, its read-only flag and whether this account may write to the folder. Only the
words of a failed page check ("malformed", "not a database", HMAC) mean damage; the
caller decides that, since the key may simply be the wrong one."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from ..errors import (
    DatabaseBusy,
    DiskFull,
    StorageAccessDenied,
    StorageFault,
    StorageIOError,
    StorageReadOnly,
)

# below this much free space, an I/O error is taken for a full disk: SQLite needs room
# for the WAL and the 32 KiB shared-memory file before it can even read
LOW_SPACE_BYTES = 8 * 1024 * 1024

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS}
_DENIED = {errno.EACCES, errno.EPERM}

DAMAGE_SIGNS = ("malformed", "not a database", "corrupt", "hmac check failed")
BUSY_SIGNS = ("locked", "busy")


def _existing_folder(path: Path) -> Path:
    here = path if path.is_dir() else path.parent
    while not here.exists() and here != here.parent:
        here = here.parent
    return here


def free_bytes(path: Path) -> int | None:
    try:
        return shutil.disk_usage(_existing_folder(path)).free
    except OSError:
        return None


def drive_read_only(path: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:  # Windows: a read-only medium shows up as an access error
        return False
    try:
        return bool(statvfs(_existing_folder(path)).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def drive_fault(path: Path) -> StorageFault:
    """What the drive holding `path` says about a failed read or write."""
    free = free_bytes(path)
    if free is not None and free < LOW_SPACE_BYTES:
        return DiskFull()
    if drive_read_only(path):
        return StorageReadOnly()
    folder = _existing_folder(path)
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return StorageAccessDenied()
    return StorageIOError()


def from_os_error(exc: OSError, path: Path | None = None) -> StorageFault:
    """The user's error for an OSError met while reading or writing our files."""
    code = exc.errno
    if code in _FULL:
        return DiskFull()
    if code in _READ_ONLY:
        return StorageReadOnly()
    if code in _DENIED or isinstance(exc, PermissionError):
        if path is not None and drive_read_only(path):
            return StorageReadOnly()
        return StorageAccessDenied()
    if path is not None:
        return drive_fault(path)
    return StorageIOError()


def from_driver_message(message: str, path: Path) -> StorageFault | DatabaseBusy | None:
    """A storage fault named by SQLite's message, or None when the message is not about
    the drive (then it is either damage or a bug, which the caller tells apart)."""
    msg = message.lower()
    if any(sign in msg for sign in BUSY_SIGNS):
        return DatabaseBusy()
    if "disk is full" in msg or "database or disk is full" in msg:
        return DiskFull()
    if "readonly" in msg or "read-only" in msg:
        return StorageReadOnly() if drive_read_only(path) else drive_fault(path)
    if "disk i/o" in msg or "unable to open" in msg:
        return drive_fault(path)
    return None


def is_damage_message(message: str) -> bool:
    msg = message.lower()
    return any(sign in msg for sign in DAMAGE_SIGNS)


def from_exception(exc: BaseException, path: Path) -> StorageFault | None:
    """A storage fault hidden in any exception (an OSError, or a driver error whose
    message names the drive), or None. For the last line of defence in the command line
    and the window's worker: a full disk during demo data or a migration is said as
    such, not as an internal error."""
    if isinstance(exc, OSError):
        named = exc.filename if isinstance(exc.filename, str) else None
        return from_os_error(exc, Path(named) if named else path)
    orig = getattr(exc, "orig", None)
    if orig is not None:
        fault = from_driver_message(str(orig), path)
        if isinstance(fault, StorageFault):
            return fault
    return None
