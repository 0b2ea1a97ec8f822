"""A database on a network drive or in a synced folder is refused at `init` and at every
open, with a message saying why and nothing created or changed; the IT administrator can
allow it, and then the database uses a rollback journal instead of WAL. The detector is
injected: no real share is needed."""

from __future__ import annotations

import io
from pathlib import Path, PureWindowsPath

import pytest

from shelter_app import cli
from shelter_app.database import Database
from shelter_app.errors import ExitCode
from shelter_app.storage import location
from shelter_app.storage.engine import raw_cursor
from shelter_app.storage.location import Placement, UnsafeLocation, Verdict
from tests.conftest import ADMIN, ADMIN_PASSWORD, files_in

NETWORK = Verdict(Placement.NETWORK, "cifs")
SYNCED = Verdict(Placement.SYNCED, "OneDrive - Centre")


@pytest.fixture
def seen_as(monkeypatch):
    """Make the detector report `verdict` for every path."""

    def set_verdict(verdict: Verdict) -> list[Path]:
        asked: list[Path] = []

        def fake(path: Path) -> Verdict:
            asked.append(path)
            return verdict

        monkeypatch.setattr(location, "detector", fake)
        return asked

    monkeypatch.delenv(location.ALLOW_VARIABLE, raising=False)
    return set_verdict


def test_init_on_a_network_drive_is_refused_and_creates_nothing(tmp_path, seen_as) -> None:
    asked = seen_as(NETWORK)
    target = tmp_path / "share" / "oberih.db"
    with pytest.raises(UnsafeLocation) as refused:
        Database.initialise(target, ADMIN, ADMIN_PASSWORD)
    assert asked == [target]
    message = refused.value.user_message()
    assert "network drive (cifs)" in message
    assert "two computers" in message
    assert refused.value.exit_code == ExitCode.INVALID_INPUT
    assert files_in(tmp_path) == []
    assert not target.parent.exists()


def test_cli_init_prints_the_reason_on_one_line(tmp_path, seen_as) -> None:
    seen_as(SYNCED)
    out, err = io.StringIO(), io.StringIO()
    args = cli.build_parser().parse_args(
        ["init", "--db", str(tmp_path / "oberih.db"), "--admin", ADMIN, "--password-stdin"]
    )
    code = cli.run(args, out, err, io.StringIO(ADMIN_PASSWORD + "\n"))
    assert code == ExitCode.INVALID_INPUT
    lines = err.getvalue().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("shelter-app: The database is in a folder that a sync service")
    assert "(OneDrive - Centre)" in lines[0]
    assert out.getvalue() == ""
    assert files_in(tmp_path) == []


def test_opening_a_database_found_on_a_share_is_refused_untouched(tmp_path, seen_as) -> None:
    path = tmp_path / "oberih.db"
    db, _admin, _code = Database.initialise(path, ADMIN, ADMIN_PASSWORD)
    db.close()
    before = {p: p.read_bytes() for p in files_in(tmp_path)}
    seen_as(NETWORK)
    with pytest.raises(UnsafeLocation):
        Database.sign_in(path, ADMIN, ADMIN_PASSWORD)
    assert {p: p.read_bytes() for p in files_in(tmp_path)} == before


def test_allowed_by_the_administrator_it_uses_a_rollback_journal(
    tmp_path, seen_as, monkeypatch
) -> None:
    seen_as(NETWORK)
    monkeypatch.setenv(location.ALLOW_VARIABLE, "1")
    path = tmp_path / "oberih.db"
    db, _admin, _code = Database.initialise(path, ADMIN, ADMIN_PASSWORD)
    with raw_cursor(db.engine) as cur:
        assert cur.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    db.close()
    assert not (tmp_path / "oberih.db-wal").exists()
    db, admin = Database.sign_in(path, ADMIN, ADMIN_PASSWORD)
    assert admin.username == ADMIN
    db.close()


def test_a_wal_database_moved_to_an_allowed_share_switches_its_journal(
    tmp_path, seen_as, monkeypatch
) -> None:
    path = tmp_path / "oberih.db"
    db, _admin, _code = Database.initialise(path, ADMIN, ADMIN_PASSWORD)
    with raw_cursor(db.engine) as cur:
        assert cur.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    seen_as(NETWORK)
    monkeypatch.setenv(location.ALLOW_VARIABLE, "yes")
    db, _admin = Database.sign_in(path, ADMIN, ADMIN_PASSWORD)
    with raw_cursor(db.engine) as cur:
        assert cur.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    db.close()


# --- the real detector's rules, on data instead of a real share ---------------------------


def test_a_local_folder_here_is_local(tmp_path, monkeypatch) -> None:
    for variable in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        monkeypatch.delenv(variable, raising=False)
    assert location.system_detector(tmp_path / "new" / "oberih.db").placement is Placement.LOCAL


@pytest.mark.parametrize(
    "path", ["//server/share/oberih.db", "\\\\server\\share\\Oberih\\oberih.db"]
)
def test_unc_paths_are_network(path: str) -> None:
    verdict = location.system_detector(Path(path))
    assert verdict == Verdict(Placement.NETWORK, "UNC path")


PROC_MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
//nas/oberih /mnt/centre\\040share cifs rw,vers=3.0 0 0
nas:/export /srv/nfs nfs4 rw 0 0
"""
MACOS_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//centre@nas._smb._tcp.local/Oberih on /Volumes/Oberih (smbfs, nodev, nosuid, mounted by olena)
"""


@pytest.mark.parametrize(
    ("mounts", "path", "fstype"),
    [
        (PROC_MOUNTS, "/mnt/centre share/Oberih/oberih.db", "cifs"),
        (PROC_MOUNTS, "/srv/nfs/oberih.db", "nfs4"),
        (PROC_MOUNTS, "/srv/nfsother/oberih.db", "ext4"),
        (PROC_MOUNTS, "/tmp/oberih.db", "tmpfs"),
        (MACOS_MOUNT, "/Volumes/Oberih/oberih.db", "smbfs"),
        (MACOS_MOUNT, "/Users/olena/oberih.db", "apfs"),
    ],
)
def test_the_file_system_is_that_of_the_longest_mount_point(
    mounts: str, path: str, fstype: str
) -> None:
    parsed = location.parse_mounts(mounts.splitlines())
    assert location.file_system_type(Path(path), parsed) == fstype


@pytest.mark.parametrize(
    ("path", "folder"),
    [
        ("C:\\Users\\olena\\OneDrive - Centre\\Oberih\\oberih.db", "OneDrive - Centre"),
        ("C:\\Users\\olena\\Dropbox (Personal)\\oberih.db", "Dropbox (Personal)"),
        ("/Users/olena/Library/Mobile Documents/com~apple~CloudDocs/oberih.db", "Mobile Documents"),
        ("C:\\ProgramData\\Oberih\\oberih.db", None),
    ],
)
def test_synced_folders_are_recognised_by_name(path: str, folder: str | None) -> None:
    assert location.synced_folder(PureWindowsPath(path)) == folder


def test_the_onedrive_variable_marks_its_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("OneDrive", str(tmp_path / "Work files"))
    assert location.synced_folder(tmp_path / "Work files" / "oberih.db") == "OneDrive"
    assert location.synced_folder(tmp_path / "Elsewhere" / "oberih.db") is None


def test_on_macos_every_connection_asks_for_full_fsync(tmp_path, monkeypatch) -> None:
    """macOS fsync() stops at the drive's cache; F_FULLFSYNC (SQLite's fullfsync) does
    not. Emulated here: the setting is chosen by sys.platform when a connection opens."""
    monkeypatch.setattr("sys.platform", "darwin")
    db, _admin, _code = Database.initialise(tmp_path / "oberih.db", ADMIN, ADMIN_PASSWORD)
    try:
        with raw_cursor(db.engine) as cur:
            assert cur.execute("PRAGMA fullfsync").fetchone()[0] == 1
            assert cur.execute("PRAGMA checkpoint_fullfsync").fetchone()[0] == 1
    finally:
        db.close()
