"""Durable file writes and the names of the files that live beside a database."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO


@dataclass(frozen=True)
class DatabasePaths:
    """The database and its sidecar files, all in one folder."""

    database: Path

    @classmethod
    def for_database(cls, path: str | os.PathLike[str]) -> DatabasePaths:
        return cls(Path(path).expanduser().absolute())

    def _sidecar(self, suffix: str) -> Path:
        return self.database.with_name(self.database.name + suffix)

    @property
    def key_file(self) -> Path:
        return self._sidecar(".keys")

    @property
    def audit_head(self) -> Path:
        return self._sidecar(".audit-head")

    @property
    def throttle(self) -> Path:
        return self._sidecar(".throttle")

    @property
    def instance_lock(self) -> Path:
        return self._sidecar(".lock")

    @property
    def writer_gate(self) -> Path:
        """Held shared by every open database, exclusively by a restore."""
        return self._sidecar(".gate")

    @property
    def restore_journal(self) -> Path:
        """Present only while a restore is under way (or was cut off)."""
        return self._sidecar(".restore-journal")

    @property
    def sidecar_lock(self) -> Path:
        """Serialises updates of the small sidecar files between processes."""
        return self._sidecar(".sidecar-lock")

    @property
    def wal(self) -> Path:
        return self._sidecar("-wal")

    @property
    def shm(self) -> Path:
        return self._sidecar("-shm")

    @property
    def journal(self) -> Path:
        return self._sidecar("-journal")

    @property
    def backup_dir(self) -> Path:
        return self.database.with_name(self.database.name + ".backups")


def fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# Windows refuses to replace a file another process (an antivirus, a backup tool, the
# search indexer) has open for a moment: a few short retries instead of a failed save.
REPLACE_RETRIES = 10
REPLACE_PAUSE_S = 0.05


def replace_retrying(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    """os.replace, retried briefly on PermissionError where Windows raises it for a file
    held open elsewhere; elsewhere a PermissionError is final."""
    for attempt in range(REPLACE_RETRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if os.name != "nt" or attempt == REPLACE_RETRIES - 1:
                raise
            time.sleep(REPLACE_PAUSE_S * (attempt + 1))


PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(folder: Path) -> None:
    """Make `folder` and any missing parents, each only this account may enter (0700 on
    POSIX). A folder that already exists is left as it is: it may be the user's own
    (Documents, a USB stick), not Oberih's."""
    missing = []
    probe = folder
    while not probe.exists() and probe.parent != probe:
        missing.append(probe)
        probe = probe.parent
    for new in reversed(missing):
        try:
            new.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:
            continue
        if os.name != "nt":  # the umask may have taken bits away, never added any
            new.chmod(PRIVATE_FOLDER)


def private_file(path: Path) -> BinaryIO:
    """A new file only this account can read (0600), refusing to follow an existing one."""
    fd = os.open(
        path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE
    )
    return os.fdopen(fd, "wb")


def atomic_write(path: Path, data: bytes, *, durable_now: bool = True) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file.

    The temporary file is created in the same folder (same file system) and holds only
    what the target will hold, so nothing sensitive lands in a system temp folder.

    `durable_now=False` leaves out the folder's fsync: the new content is complete on
    disk, but a power cut may bring the old file back. Only for a file whose previous
    version is as good as the new one after a crash (the audit head: see
    audit_chain.advance_head)."""
    private_folder(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        replace_retrying(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if durable_now:
        fsync_dir(path.parent)
