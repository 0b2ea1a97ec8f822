"""Sweeping the temporary files of killed work at the next start.

A backup or restore killed part-way leaves hidden temp copies (encrypted, but they fill
the disk: 10 MB after 12 kills). They all carry names only our own code makes, so at the
next start anything of that shape beside the database or in its backup folder, older
than an hour (a running process may still be writing a young one), is removed. Files
named by a pending restore journal are left to it."""

from __future__ import annotations

import time
from pathlib import Path

from .files import DatabasePaths

# An hour: a backup of a large database by another process may take minutes, and its
# temp files must not vanish under it; a killed one's are swept at a later start.
MIN_AGE_S = 3600.0


def _patterns(paths: DatabasePaths) -> list[tuple[Path, str]]:
    name = paths.database.name
    return [
        # restore staging (.oberih.db.restoring-N), atomic_write (.oberih.db.keys.XXXX.tmp)
        (paths.database.parent, f".{name}.restoring*"),
        (paths.database.parent, f".{name}*.tmp"),
        # a backup beside the database or in its folder: .NAME.db-part, .NAME.tmp
        (paths.database.parent, ".*.oberih-backup.db-part"),
        (paths.database.parent, ".*.oberih-backup.tmp"),
        (paths.backup_dir, ".*.db-part"),
        (paths.backup_dir, ".*.tmp"),
    ]


def candidates(paths: DatabasePaths) -> list[Path]:
    found: set[Path] = set()
    for folder, pattern in _patterns(paths):
        if folder.is_dir():
            found.update(p for p in folder.glob(pattern) if p.is_file())
    return sorted(found)


def sweep(paths: DatabasePaths, now: float | None = None, min_age_s: float = MIN_AGE_S) -> int:
    """Remove leftovers old enough to be orphans; returns how many. Skipped entirely
    while a restore journal exists (its staged files are not orphans)."""
    if paths.restore_journal.exists():
        return 0
    now = time.time() if now is None else now
    removed = 0
    for leftover in candidates(paths):
        try:
            if now - leftover.stat().st_mtime < min_age_s:
                continue
            leftover.unlink()
            removed += 1
        except OSError:
            continue  # gone meanwhile, or a read-only folder: try again next time
    return removed
