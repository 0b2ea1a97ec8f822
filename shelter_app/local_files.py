"""The database and its backups as files on this computer: what the window needs of them
(is there a database yet, one window per database, the backups in a folder and what one
holds) without reaching into `storage`, whose file formats and locks stay its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from . import backups
from .database import Database
from .storage.backup_file import SUFFIX as BACKUP_SUFFIX
from .storage.backup_file import BackupInfo, BackupManifest, inspect_backup
from .storage.files import DatabasePaths
from .storage.instance_lock import InstanceLock
from .storage.windows_access import folder_warning

__all__ = [
    "BACKUP_SUFFIX",
    "BackupFile",
    "BackupInfo",
    "BackupManifest",
    "InstanceLock",
    "backup_files",
    "check_backup",
    "database_exists",
    "folder_warning",
    "instance_lock",
]


def database_exists(db_path: Path) -> bool:
    """A database (or what is left of one: its key file, or the journal of a restore cut
    off by a kill, finished or rolled back at sign-in) is there: sign in, never set up a
    new empty database over it."""
    paths = DatabasePaths.for_database(db_path)
    return paths.database.exists() or paths.key_file.exists() or paths.restore_journal.exists()


def instance_lock(db_path: Path) -> InstanceLock:
    """The lock that keeps a second window off this database (`acquire()` raises
    DatabaseInUse)."""
    return InstanceLock(DatabasePaths.for_database(db_path))


@dataclass(frozen=True)
class BackupFile:
    path: Path
    size_bytes: int
    modified: datetime  # UTC
    automatic: bool


def backup_files(folder: Path) -> list[BackupFile]:
    """The backups in a folder, newest first (touches the disk: run it on the worker)."""
    found = []
    for path in backups.list_backups(folder):
        try:
            stat = path.stat()
        except OSError:
            continue
        modified = datetime.fromtimestamp(stat.st_mtime, UTC).replace(tzinfo=None)
        automatic = path.name.startswith(backups.AUTO_PREFIX)
        found.append(BackupFile(path, stat.st_size, modified, automatic))
    return found


def check_backup(path: Path, db: Database) -> tuple[BackupManifest, bool]:
    """Is it a whole backup of ours, and of this database? (reads the file: worker)"""
    manifest = inspect_backup(path)
    return manifest, manifest.database_id == db.database_id
