"""Durable file writes and the names of the files that live beside a database."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path


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


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file.

    The temporary file is created in the same folder (same file system) and holds only
    what the target will hold, so nothing sensitive lands in a system temp folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)
