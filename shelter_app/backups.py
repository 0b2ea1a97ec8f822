"""Backups and restore.

The file format lives in storage/backup_file.py; this module decides who may back up,
audits it, restores, and keeps the automatic generations.

Restore never overwrites in place: the current files are renamed aside under a dated name
and kept; the backup is unpacked beside them under temporary names, checked, fsynced and
then renamed into place.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .database import Database, SignedInUser, utcnow
from .errors import BackupRefused
from .permissions import Permission
from .settings import read_settings
from .storage.backup_file import (
    SUFFIX,
    BackupInfo,
    inspect_backup,
    read_parts,
    sha256_bytes,
    sha256_file,
)
from .storage.files import DatabasePaths, atomic_write, fsync_dir
from .storage.instance_lock import InstanceLock

AUTO_PREFIX = "auto-"


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    kept_aside: tuple[Path, ...]
    created_at: datetime


def make_backup(db: Database, user: SignedInUser, dest: str | Path) -> BackupInfo:
    """An administrator's backup, audited with the file's SHA-256."""
    with db.unit_of_work(user, Permission.MANAGE_BACKUPS):
        pass
    info = db.write_backup(Path(dest))
    with db.unit_of_work(user, Permission.MANAGE_BACKUPS, write=True) as uow:
        uow.audit(
            "backup.created",
            detail={"sha256": info.sha256, "bytes": info.size_bytes, "auto": False},
        )
        uow.commit()
    return info


def restore_backup(backup: str | Path, database: str | Path) -> RestoreResult:
    """Put a verified backup in place of `database`, keeping the current files aside."""
    manifest = inspect_backup(backup)
    _, keys, db_bytes = read_parts(Path(backup))
    paths = DatabasePaths.for_database(database)
    paths.database.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(paths)
    lock.acquire()  # refuses while a window has this database open
    try:
        stamp = utcnow().strftime("%Y%m%d-%H%M%S")
        staged_db = paths.database.with_name(f".{paths.database.name}.restoring")
        staged_keys = paths.database.with_name(f".{paths.database.name}.keys.restoring")
        for target, data in ((staged_db, db_bytes), (staged_keys, keys)):
            with target.open("wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        if sha256_file(staged_db) != sha256_bytes(db_bytes):
            raise BackupRefused()
        aside: list[Path] = []
        for current in (paths.database, paths.wal, paths.shm, paths.key_file, paths.audit_head):
            if current.exists():
                kept = current.with_name(f"{current.name}.before-restore-{stamp}")
                os.replace(current, kept)
                aside.append(kept)
        os.replace(staged_keys, paths.key_file)
        os.replace(staged_db, paths.database)
        head = {
            "database_id": manifest.database_id,
            "seq": manifest.audit_seq,
            "mac": manifest.audit_mac,
        }
        atomic_write(paths.audit_head, json.dumps(head).encode("utf-8"))
        fsync_dir(paths.database.parent)
        return RestoreResult(paths.database, tuple(aside), manifest.created_at)
    finally:
        for leftover in (
            paths.database.with_name(f".{paths.database.name}.restoring"),
            paths.database.with_name(f".{paths.database.name}.keys.restoring"),
        ):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        lock.release()


# --- automatic backups ----------------------------------------------------------------


def list_backups(folder: Path) -> list[Path]:
    """Backups in a folder, newest first (by the timestamp in their names)."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.name, reverse=True)


def newest_good_backup(folder: Path) -> Path | None:
    for candidate in list_backups(folder):
        try:
            inspect_backup(candidate)
            return candidate
        except BackupRefused:
            continue
    return None


def newest_backup_hint(database: str | Path) -> str:
    """The sentence damage messages end with: where the newest good backup is, if any."""
    newest = newest_good_backup(DatabasePaths.for_database(database).backup_dir)
    if newest is None:
        return ""
    return QCoreApplication.translate("cli", "The newest good backup is %1.").replace(
        "%1", str(newest)
    )


def auto_backup_if_due(
    db: Database,
    user: SignedInUser,
    folder: Path | None = None,
    generations: int | None = None,
    now: datetime | None = None,
) -> BackupInfo | None:
    """At most one automatic backup a day, meant for closing the app; keeps the newest
    `generations` (default: the administrator's setting, 14) automatic backups and
    deletes older ones. Any signed-in user may trigger it: the backup holds nothing she
    could not already open."""
    folder = folder or db.paths.backup_dir
    now = now or utcnow()
    today = now.strftime("%Y%m%d")
    autos = [p for p in list_backups(folder) if p.name.startswith(AUTO_PREFIX)]
    if any(p.name.startswith(f"{AUTO_PREFIX}{today}") for p in autos):
        return None
    with db.unit_of_work(user, Permission.CHANGE_OWN_PASSWORD) as uow:
        keep = generations or read_settings(uow.session).backup_generations
    dest = folder / f"{AUTO_PREFIX}{now.strftime('%Y%m%d-%H%M%S')}{SUFFIX}"
    info = db.write_backup(dest, created_at=now)
    with db.unit_of_work(user, Permission.CHANGE_OWN_PASSWORD, write=True) as uow:
        uow.audit(
            "backup.created",
            detail={"sha256": info.sha256, "bytes": info.size_bytes, "auto": True},
        )
        uow.commit()
    autos = [p for p in list_backups(folder) if p.name.startswith(AUTO_PREFIX)]
    for old in autos[keep:]:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
    return info
