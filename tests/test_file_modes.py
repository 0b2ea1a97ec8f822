"""Every file Oberih writes is readable by its own account only (0600) and every folder
it makes is private (0700), on POSIX: the database and its WAL/SHM, the key file and the
other sidecars, backups (made by hand and automatic), exports and what a restore writes.
Before, backups were 0644 and new folders 0755."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from shelter_app import backups
from shelter_app.database import Database
from shelter_app.errors import AuthenticationFailed
from shelter_app.reports import periods
from shelter_app.reports.export import export_summary
from shelter_app.storage.backup_trust import Opener
from tests.conftest import ADMIN, ADMIN_PASSWORD

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes (Windows: access lists)")


def _modes(root: Path) -> tuple[dict[str, int], dict[str, int]]:
    files, folders = {}, {}
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        (folders if path.is_dir() else files)[str(path.relative_to(root.parent))] = mode
    return files, folders


def test_every_file_and_folder_oberih_writes_is_private(tmp_path, monkeypatch):
    os.umask(0o022)  # the usual umask, which gave 0644 files and 0755 folders
    data = tmp_path / "oberih-data"
    path = data / "oberih.db"
    db, admin, code = Database.initialise(path, ADMIN, ADMIN_PASSWORD)
    with pytest.raises(AuthenticationFailed):
        db.sign_in_again(ADMIN, "Wrong-guess-2026")  # writes the throttle file
    backups.make_backup(db, admin, tmp_path / "usb" / "weekly" / "b.oberih-backup")
    backups.auto_backup_if_due(db, admin)
    quarter = periods.quarter(2026, 1)
    exports = tmp_path / "exports"
    exports.mkdir(mode=0o700)
    for suffix in ("csv", "json", "pdf"):
        export_summary(
            db, admin, quarter.start, quarter.end, exports / f"q1.{suffix}", today=date(2026, 7, 1)
        )
    db.close()
    backups.restore_backup(
        tmp_path / "usb" / "weekly" / "b.oberih-backup",
        tmp_path / "restored" / "oberih.db",
        Opener.recovery(code),
    )
    again, _ = Database.sign_in(tmp_path / "restored" / "oberih.db", ADMIN, ADMIN_PASSWORD)
    again.close()
    db, _ = Database.sign_in(path, ADMIN, ADMIN_PASSWORD)  # the WAL and SHM while open
    try:
        files, folders = {}, {}
        for root in (data, tmp_path / "usb", exports, tmp_path / "restored"):
            f, d = _modes(root)
            files.update(f)
            folders.update(d)
    finally:
        db.close()
    names = set(files)
    for expected in (
        "oberih-data/oberih.db",
        "oberih-data/oberih.db-wal",
        "oberih-data/oberih.db-shm",
        "oberih-data/oberih.db.keys",
        "oberih-data/oberih.db.throttle",
        "oberih-data/oberih.db.audit-head",
        "usb/weekly/b.oberih-backup",
        "exports/q1.pdf",
        "restored/oberih.db",
        "restored/oberih.db.keys",
    ):
        assert expected in names, expected
    assert any(n.startswith("oberih-data/oberih.db.backups/auto-") for n in names)
    assert {n: m for n, m in files.items() if m != 0o600} == {}
    assert {n: m for n, m in folders.items() if m != 0o700} == {}
