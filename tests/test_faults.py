"""Fault injection (issue 18): a full disk, a read-only drive, refused access, I/O errors,
damage, kills at every step of a restore, clock changes, bad backups, KDF costs and bad
input. Each test checks the message and exit code, counts the committed rows, and checks
that files are unchanged where nothing should change.

A real full disk is a small tmpfs (when the tests run as root on Linux); elsewhere the
same paths are reached by an injected OSError. Kills are SIGKILLs of a child process.
By default a sample of the restore kill points runs; `OBERIH_FAULTS_FULL=1 python -m
pytest tests/test_faults.py` runs every one (README, "Faults")."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shelter_app import accounts, audit_chain, backups, cli, integrity
from shelter_app import database as database_module
from shelter_app.database import Database
from shelter_app.errors import (
    AfterCommitProblem,
    BackupRefused,
    DatabaseBusy,
    DatabaseInUse,
    DiskFull,
    ExitCode,
    InvalidInput,
    KeyFileDamaged,
    SchemaTooNew,
    StorageAccessDenied,
    StorageIOError,
    StorageReadOnly,
)
from shelter_app.storage import backup_trust, faults, files, leftovers, restore_journal
from shelter_app.storage import throttle as throttle_module
from shelter_app.storage.backup_file import DATABASE, KEYS, MANIFEST
from shelter_app.storage.backup_trust import Opener
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.keyfile import KeyFile
from shelter_app.storage.schema import Account, AuditEntry
from shelter_app.storage.throttle import MAX_DELAY_S, Throttle
from shelter_app.validation import optional_text, valid_date
from tests.conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD, needs_sigkill

AS_ADMIN = Opener.administrator(ADMIN, ADMIN_PASSWORD)

FULL = os.environ.get("OBERIH_FAULTS_FULL") == "1"


# --- helpers ------------------------------------------------------------------------------


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under `folder` and its hash (the lock files hold nothing)."""
    return {
        str(p.relative_to(folder)): sha(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith((".lock", ".gate", ".sidecar-lock"))
    }


def account_count(path: Path) -> int:
    db, _user = Database.sign_in(path, ADMIN, ADMIN_PASSWORD)
    try:
        with db.engine.connect() as conn:
            n = conn.execute(select(func.count()).select_from(Account)).scalar_one()
            conn.rollback()
        return int(n)
    finally:
        db.close()


def add_accounts(db: Database, admin, n: int, prefix: str = "worker") -> None:
    for i in range(n):
        accounts.create_account(db, admin, f"{prefix}{i}", f"W {i}", "lawyer", STAFF_PASSWORD)


def run_cli(*argv: str, password: str | None = ADMIN_PASSWORD) -> tuple[int, str, str]:
    args = cli.build_parser().parse_args(["--lang", "en", *argv])
    out, err = io.StringIO(), io.StringIO()
    stdin = io.StringIO(f"{password}\n" if password is not None else "")
    code = cli.run(args, out, err, stdin)
    return code, out.getvalue(), err.getvalue()


def make_db(path: Path, extra_accounts: int = 3) -> None:
    db, admin, _code = Database.initialise(path, ADMIN, ADMIN_PASSWORD)
    add_accounts(db, admin, extra_accounts)
    db.close()


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MiB tmpfs: a real ENOSPC. Needs root on Linux; skipped elsewhere (the injected
    tests below cover the same paths)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    mnt = tmp_path / "disk"
    mnt.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def fill(disk: Path) -> Path:
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


# --- a full disk is not damage -----------------------------------------------------------


def test_full_disk_is_reported_as_full_not_damaged_and_nothing_is_lost(small_disk, tmp_path):
    path = small_disk / "oberih.db"
    make_db(path)
    before = sha(path)
    filler = fill(small_disk)
    out_folder = small_disk / "out"
    for argv in (
        ("check", "--db", str(path), "--user", ADMIN, "--password-stdin"),
        ("backup", "--db", str(path), "--user", ADMIN, "--password-stdin", "--out",
         str(small_disk / "b.oberih-backup")),
        ("report", "--db", str(path), "--user", ADMIN, "--password-stdin", "--from",
         "2026-01-01", "--to", "2026-03-31", "--out", str(tmp_path / "r.csv")),
    ):  # fmt: skip
        code, _out, err = run_cli(*argv)
        assert code == ExitCode.DISK_FULL, (argv[0], err)
        assert err.strip() == f"shelter-app: {DiskFull().user_message()}"
        assert "damaged" not in err and "backup is" not in err
    assert sha(path) == before  # the database file was not written to
    assert not out_folder.exists() and not (small_disk / "b.oberih-backup").exists()
    filler.unlink()  # space freed: the same file is healthy, every row there
    code, out, _err = run_cli("check", "--db", str(path), "--user", ADMIN, "--password-stdin")
    assert code == ExitCode.OK, out
    assert account_count(path) == 4


def test_disk_filling_during_a_backup_says_full_and_leaves_no_file(small_disk, tmp_path):
    path = tmp_path / "data" / "oberih.db"
    make_db(path)
    (small_disk / "pad").write_bytes(b"\0" * (3 * 1024 * 1024 + 512 * 1024))
    code, _out, err = run_cli(
        "backup", "--db", str(path), "--user", ADMIN, "--password-stdin",
        "--out", str(small_disk / "b.oberih-backup"),
    )  # fmt: skip
    assert code == ExitCode.DISK_FULL, err
    assert sorted(p.name for p in small_disk.iterdir()) == ["pad"]  # no temp copy left
    assert account_count(path) == 4


def test_disk_filling_during_demo_data_says_full(small_disk):
    (small_disk / "pad").write_bytes(b"\0" * (3 * 1024 * 1024))
    code, _out, err = run_cli(
        "demo", "--db", str(small_disk / "demo.db"), "--clients", "300", "--password-stdin"
    )
    assert code == ExitCode.DISK_FULL, err
    assert err.strip() == f"shelter-app: {DiskFull().user_message()}"


def test_disk_full_during_a_migration_says_full_and_keeps_the_old_database(small_disk):
    fixture = Path(__file__).parent / "fixtures" / "v0001"
    for name in ("oberih.db", "oberih.db.keys", "oberih.db.audit-head"):
        shutil.copy(fixture / name, small_disk / name)
    path = small_disk / "oberih.db"
    before = sha(path)
    free = shutil.disk_usage(small_disk).free
    (small_disk / "pad").write_bytes(b"\0" * (free - 200 * 1024))  # no room for the copy
    code, _out, err = run_cli(
        "check", "--db", str(path), "--user", "admin", "--password-stdin",
        password="Fixture-pass-1",
    )  # fmt: skip
    assert code == ExitCode.DISK_FULL, err
    assert sha(path) == before
    (small_disk / "pad").unlink()
    code, out, _err = run_cli(
        "check", "--db", str(path), "--user", "admin", "--password-stdin",
        password="Fixture-pass-1",
    )  # fmt: skip
    assert code == ExitCode.OK, (out, _err)  # upgraded now, with the three accounts
    db, admin = Database.sign_in(path, "admin", "Fixture-pass-1")
    try:
        assert len(accounts.list_accounts(db, admin)) == 3
    finally:
        db.close()


def test_disk_full_during_a_password_change_changes_nothing(opened, monkeypatch):
    real = files.os.replace

    def full(src, dst):
        if str(dst).endswith(".keys"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(files.os, "replace", full)
    with pytest.raises(DiskFull):
        accounts.change_own_password(opened.db, opened.admin, ADMIN_PASSWORD, "Brand-new-pass-1")
    monkeypatch.undo()
    assert opened.db.password_opens(ADMIN, ADMIN_PASSWORD)
    assert not opened.db.password_opens(ADMIN, "Brand-new-pass-1")


def test_read_only_drive_is_named_as_such(small_disk, tmp_path):
    path = small_disk / "oberih.db"
    make_db(path)
    before = folder_state(small_disk)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        code, _out, err = run_cli("check", "--db", str(path), "--user", ADMIN, "--password-stdin")
        assert code == ExitCode.READ_ONLY, err
        code, _out, err = run_cli(
            "init", "--db", str(small_disk / "new.db"), "--admin", ADMIN, "--password-stdin"
        )
        assert code == ExitCode.READ_ONLY, err
        assert err.strip() == f"shelter-app: {StorageReadOnly().user_message()}"
        elsewhere = tmp_path / "data" / "oberih.db"  # a healthy database, a read-only target
        make_db(elsewhere)
        code, _out, err = run_cli(
            "backup", "--db", str(elsewhere), "--user", ADMIN, "--password-stdin",
            "--out", str(small_disk / "b.oberih-backup"),
        )  # fmt: skip
        assert code == ExitCode.READ_ONLY, err
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert folder_state(small_disk) == before
    assert account_count(path) == 4


@pytest.mark.parametrize(
    ("err_no", "expected", "code"),
    [
        (errno.ENOSPC, DiskFull, ExitCode.DISK_FULL),
        (errno.EROFS, StorageReadOnly, ExitCode.READ_ONLY),
        (errno.EACCES, StorageAccessDenied, ExitCode.ACCESS_DENIED),
        (errno.EIO, StorageIOError, ExitCode.IO_ERROR),
    ],
)
def test_injected_file_layer_faults_get_their_own_message_and_code(
    tmp_path, monkeypatch, err_no, expected, code
):
    """Without root: the same fault met writing the key file of a new database (the file
    layer), through the command line: its own line and exit code, nothing left behind."""
    real = files.os.replace

    def failing(src, dst):
        if str(dst).endswith(".keys"):
            raise OSError(err_no, os.strerror(err_no))
        return real(src, dst)

    monkeypatch.setattr(files.os, "replace", failing)
    target = tmp_path / "data" / "oberih.db"
    got, _out, err = run_cli("init", "--db", str(target), "--admin", ADMIN, "--password-stdin")
    assert got == code
    assert err.strip() == f"shelter-app: {expected().user_message()}"
    assert sorted(p.name for p in target.parent.iterdir() if not p.name.endswith("lock")) == []


def test_sqlite_messages_are_classified_by_the_drive_not_as_damage(tmp_path):
    assert isinstance(faults.from_driver_message("database or disk is full", tmp_path), DiskFull)
    assert isinstance(faults.from_driver_message("database is locked", tmp_path), DatabaseBusy)
    # an I/O error on a drive with space and write access is an I/O error, not damage
    assert isinstance(faults.from_driver_message("disk I/O error", tmp_path), StorageIOError)
    assert faults.from_driver_message("database disk image is malformed", tmp_path) is None
    assert faults.is_damage_message("file is not a database")


# --- after-commit work never fails a committed save -------------------------------------


def test_a_save_whose_audit_head_write_fails_is_reported_saved(opened, monkeypatch):
    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(audit_chain, "atomic_write", full)
    accounts.create_account(opened.db, opened.admin, "olena", "O", "lawyer", STAFF_PASSWORD)
    warnings = opened.db.take_warnings()
    assert len(warnings) == 1 and isinstance(warnings[0], AfterCommitProblem)
    assert isinstance(warnings[0].fault, DiskFull)
    assert warnings[0].user_message().startswith("Saved.")
    monkeypatch.undo()
    opened.db.close()
    assert account_count(opened.path) == 2  # the save is there
    # the next start wrote the head again: check passes, head at the newest entry
    db, user = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        report = integrity.run_check(db, user)
        assert report.ok and report.audit.head_problem is None
        with db.engine.connect() as conn:
            newest = conn.execute(select(func.max(AuditEntry.seq))).scalar_one()
            conn.rollback()
        head = audit_chain.read_head(opened.path.with_name("oberih.db.audit-head"))
        assert head is not None and head.seq >= newest - 1
    finally:
        db.close()


def test_a_backup_whose_audit_entry_fails_is_a_written_backup_with_a_warning(
    opened, tmp_path, monkeypatch
):
    real_write = opened.db.write_backup
    written: list[Path] = []

    def write_then_fill(dest, created_at=None):
        info = real_write(dest, created_at)
        written.append(dest)
        return info

    real_commit = database_module.UnitOfWork.commit

    def commit(self):
        if written:
            raise DiskFull()
        real_commit(self)

    monkeypatch.setattr(opened.db, "write_backup", write_then_fill)
    monkeypatch.setattr(database_module.UnitOfWork, "commit", commit)
    info = backups.make_backup(opened.db, opened.admin, tmp_path / "b.oberih-backup")
    assert info.path.exists() and backups.inspect_backup(info.path)
    [warning] = opened.db.take_warnings()
    assert isinstance(warning.fault, DiskFull)


# --- damage is still damage, and a damaged file is not written to -------------------------


def test_a_damaged_database_is_not_written_to_by_backup_or_report(opened, tmp_path):
    opened.db.close()
    path = opened.path
    data = bytearray(path.read_bytes())
    data[len(data) // 2 + 100] ^= 0xFF  # a page in the middle
    path.write_bytes(bytes(data))
    before = folder_state(path.parent)
    for argv in (
        ("backup", "--db", str(path), "--user", ADMIN, "--password-stdin", "--out",
         str(tmp_path / "b.oberih-backup")),
        ("report", "--db", str(path), "--user", ADMIN, "--password-stdin", "--from",
         "2026-01-01", "--to", "2026-03-31", "--out", str(tmp_path / "r.csv")),
    ):  # fmt: skip
        code, _out, err = run_cli(*argv)
        assert code == ExitCode.DATABASE_DAMAGED, err
        assert "damaged" in err
    assert folder_state(path.parent) == before


# --- restore ------------------------------------------------------------------------------


@pytest.fixture
def restore_case(tmp_path):
    """A database with 3 accounts in its backup and 13 now (10 committed after it)."""
    path = tmp_path / "data" / "oberih.db"
    db, admin, _code = Database.initialise(path, ADMIN, ADMIN_PASSWORD)
    add_accounts(db, admin, 2, "early")
    backup = tmp_path / "b.oberih-backup"
    backups.make_backup(db, admin, backup)
    add_accounts(db, admin, 10, "late")
    db.close()
    return path, backup


def _kept_copy_count(folder: Path, kept_db: Path) -> int:
    """Open a kept-aside database with its kept-aside key file and count accounts."""
    suffix = kept_db.name.removeprefix("oberih.db")
    probe = folder.parent / f"probe{suffix}"
    probe.mkdir()
    shutil.copy(kept_db, probe / "oberih.db")
    shutil.copy(folder / f"oberih.db.keys{suffix}", probe / "oberih.db.keys")
    shutil.copy(folder / "oberih.db.throttle", probe / "oberih.db.throttle")  # stays put
    for extra in ("-wal",):
        src = folder / f"oberih.db{extra}{suffix}"
        if src.exists():
            shutil.copy(src, probe / f"oberih.db{extra}")
    return account_count(probe / "oberih.db")


def test_restore_puts_the_backup_in_place_with_private_modes(restore_case):
    path, backup = restore_case
    result = backups.restore_backup(backup, path, AS_ADMIN)
    assert account_count(path) == 3
    assert (path.stat().st_mode & 0o777) == 0o600
    assert (path.with_name("oberih.db.keys").stat().st_mode & 0o777) == 0o600
    kept_db = next(p for p in result.kept_aside if p.name.startswith("oberih.db.before"))
    assert _kept_copy_count(path.parent, kept_db) == 13
    assert not DatabasePaths.for_database(path).restore_journal.exists()


def test_two_restores_in_the_same_second_keep_both_previous_copies(restore_case, monkeypatch):
    path, backup = restore_case
    fixed = datetime(2026, 12, 4, 12, 0, 0)
    monkeypatch.setattr(backups, "utcnow", lambda: fixed)
    first = backups.restore_backup(backup, path, AS_ADMIN)
    second = backups.restore_backup(backup, path, AS_ADMIN)
    assert set(first.kept_aside).isdisjoint(second.kept_aside)
    kept_first = next(p for p in first.kept_aside if p.name.startswith("oberih.db.before"))
    assert _kept_copy_count(path.parent, kept_first) == 13  # the 10 late rows survive


def test_restore_is_refused_while_a_command_line_writer_has_the_database_open(restore_case):
    path, backup = restore_case
    db, _user = Database.sign_in(path, ADMIN, ADMIN_PASSWORD)
    keys_before = sha(path.with_name("oberih.db.keys"))
    try:
        with pytest.raises(DatabaseInUse):
            backups.restore_backup(backup, path, AS_ADMIN)
        code, _out, _err = run_cli("restore", "--backup", str(backup), "--db", str(path),
                                   "--user", ADMIN, "--password-stdin")  # fmt: skip
        assert code == ExitCode.DATABASE_IN_USE
        assert not list(path.parent.glob("*before-restore*"))
        assert not DatabasePaths.for_database(path).restore_journal.exists()
    finally:
        db.close()
    assert sha(path.with_name("oberih.db.keys")) == keys_before
    assert account_count(path) == 13


def test_nobody_opens_the_database_while_a_restore_holds_the_gate(restore_case):
    from shelter_app.storage.instance_lock import WriterGate

    path, _backup = restore_case
    gate = WriterGate(DatabasePaths.for_database(path)).acquire_exclusive()
    try:
        with pytest.raises(DatabaseBusy):
            Database.sign_in(path, ADMIN, ADMIN_PASSWORD)
        code, _out, _err = run_cli("check", "--db", str(path), "--user", ADMIN, "--password-stdin")
        assert code == ExitCode.DATABASE_IN_USE
    finally:
        gate.release()
    assert account_count(path) == 13


def _rewrite_backup(src: Path, dest: Path, change, remac: bool = False) -> None:
    """The backup with its manifest changed; `remac`: signed again with the data key,
    as only someone holding an administrator's password could."""
    with zipfile.ZipFile(src) as zf:
        parts = {n: zf.read(n) for n in (MANIFEST, KEYS, DATABASE)}
    manifest = json.loads(parts[MANIFEST])
    change(manifest)
    if remac:
        data_key = backup_trust.unlock(KeyFile(json.loads(parts[KEYS])), AS_ADMIN)
        manifest["mac"] = backup_trust.manifest_mac(data_key, manifest)
    parts[MANIFEST] = json.dumps(manifest).encode()
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def test_a_backup_from_a_newer_schema_is_refused_before_anything_is_touched(restore_case, tmp_path):
    path, backup = restore_case
    newer = tmp_path / "newer.oberih-backup"
    _rewrite_backup(backup, newer, lambda m: m.update(schema_revision="9999_future"), remac=True)
    before = folder_state(path.parent)
    with pytest.raises(SchemaTooNew):
        backups.restore_backup(newer, path, AS_ADMIN)
    assert folder_state(path.parent) == before
    assert account_count(path) == 13


def test_a_zip_bomb_is_refused_from_its_directory_in_little_time_and_memory(restore_case, tmp_path):
    import tracemalloc

    path, backup = restore_case
    bomb = tmp_path / "bomb.oberih-backup"
    with zipfile.ZipFile(backup) as zf:
        manifest, keys = zf.read(MANIFEST), zf.read(KEYS)
    # 256 MiB of zeros, deflated to a few hundred KiB
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, manifest)
        zf.writestr(KEYS, keys)
        block = b"\0" * (1 << 20)
        with zf.open(DATABASE, "w", force_zip64=True) as member:
            for _ in range(256):
                member.write(block)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    before = folder_state(path.parent)
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(BackupRefused):
        backups.restore_backup(bomb, path, AS_ADMIN)
    took = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert took < 2.0 and peak < 20 * 1024 * 1024
    assert folder_state(path.parent) == before


def test_a_rename_failing_half_way_rolls_the_restore_back(restore_case, monkeypatch):
    path, backup = restore_case
    before = folder_state(path.parent)
    real = files.os.replace
    calls = [0]

    def flaky(src, dst):
        if ".before-restore-" in str(dst):
            calls[0] += 1
            if calls[0] == 2:  # the key file is held open elsewhere (Windows)
                raise PermissionError(errno.EACCES, "in use")
        return real(src, dst)

    monkeypatch.setattr(files.os, "replace", flaky)
    with pytest.raises(PermissionError):
        backups.restore_backup(backup, path, AS_ADMIN)
    monkeypatch.undo()
    assert folder_state(path.parent) == before
    assert account_count(path) == 13


def test_a_failed_audit_head_write_after_restore_is_a_warning_finished_later(
    restore_case, monkeypatch
):
    path, backup = restore_case
    real = restore_journal.atomic_write

    def head_fails(target, data):
        if str(target).endswith(".audit-head"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(target, data)

    monkeypatch.setattr(restore_journal, "atomic_write", head_fails)
    result = backups.restore_backup(backup, path, AS_ADMIN)
    assert [type(w.fault) for w in result.warnings] == [DiskFull]
    monkeypatch.undo()
    assert DatabasePaths.for_database(path).restore_journal.exists()
    assert account_count(path) == 3  # the next start finished it
    assert not DatabasePaths.for_database(path).restore_journal.exists()
    db, user = Database.sign_in(path, ADMIN, ADMIN_PASSWORD)
    try:
        assert integrity.run_check(db, user).ok
    finally:
        db.close()


KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from shelter_app.storage import backup_file
    point = int(sys.argv[3])
    renames = [0]
    real_replace = os.replace

    def replace(src, dst):
        renames[0] += 1
        if renames[0] == point:
            os.kill(os.getpid(), signal.SIGKILL)
        return real_replace(src, dst)

    os.replace = replace
    if point == 0:  # killed while the backup's database is being unpacked
        real_stream = backup_file.stream_member

        def stream(zf, info, sink=None):
            if sink is not None:
                sink.write(b"x" * 4096)
                sink.flush()
                os.kill(os.getpid(), signal.SIGKILL)
            return real_stream(zf, info, sink)

        backup_file.stream_member = stream
    from shelter_app.backups import restore_backup
    from shelter_app.storage.backup_trust import Opener
    restore_backup(Path(sys.argv[1]), Path(sys.argv[2]), Opener.administrator(*sys.argv[4:6]))
    print(renames[0])
    """
)


def _restore_in_child(backup: Path, path: Path, point: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", KILLER, str(backup), str(path), str(point), ADMIN, ADMIN_PASSWORD],
        capture_output=True,
        text=True,
        timeout=120,
    )


@needs_sigkill
@pytest.mark.slow
def test_a_restore_killed_at_any_step_is_finished_or_rolled_back(restore_case, tmp_path):
    path, backup = restore_case
    template = tmp_path / "template"
    shutil.copytree(path.parent, template)
    # how many renames a whole restore makes (no kill)
    trial = tmp_path / "trial"
    shutil.copytree(template, trial)
    done = _restore_in_child(backup, trial / "oberih.db", 10**6)
    assert done.returncode == 0, done.stderr[-800:]
    steps = int(done.stdout.strip())
    points = list(range(steps + 1)) if FULL else sorted({0, 1, steps // 2, steps})
    outcomes: list[tuple[int, str]] = []
    for point in points:
        case = tmp_path / f"kill{point}"
        shutil.copytree(template, case)
        db_path = case / "oberih.db"
        killed = _restore_in_child(backup, db_path, point)
        assert killed.returncode == -signal.SIGKILL, (point, killed.stderr[-800:])
        count = account_count(db_path)  # the next start finishes or rolls back
        kept = sorted(case.glob("oberih.db.before-restore-*"))
        assert not DatabasePaths.for_database(db_path).restore_journal.exists()
        # staged files of a restore killed before its journal existed are orphans: the
        # start sweeps them once they are an hour old (here: two hours later)
        leftovers.sweep(DatabasePaths.for_database(db_path), now=time.time() + 7200)
        assert not list(case.glob(".oberih.db.restoring*")), point
        if count == 13:  # rolled back: nothing set aside, the database as it was
            assert kept == [], point
            outcomes.append((point, "rolled back"))
        else:
            assert count == 3, point
            assert _kept_copy_count(case, kept[0]) == 13, point  # no committed row lost
            outcomes.append((point, "finished"))
        db, user = Database.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
        try:
            assert integrity.run_check(db, user).ok, point
        finally:
            db.close()
    print(f"\nrestore kill points (of {steps} renames): {outcomes}")
    assert {o for _, o in outcomes} <= {"rolled back", "finished"}
    assert outcomes[0][1] == "rolled back" and outcomes[-1][1] == "finished"


# --- temp copies of killed work are swept ---------------------------------------------------


def test_temp_copies_of_killed_backups_are_swept_at_the_next_start(opened):
    opened.db.close()
    paths = DatabasePaths.for_database(opened.path)
    paths.backup_dir.mkdir(exist_ok=True)
    old = [
        paths.backup_dir / ".auto-000001-20261201-180000.oberih-backup.tmp",
        paths.backup_dir / ".auto-000001-20261201-180000.oberih-backup.db-part",
        opened.path.with_name(".oberih.db.restoring-db"),
        opened.path.with_name(".oberih.db.keys.a1b2c3.tmp"),
    ]
    young = paths.backup_dir / ".auto-000002-20261202-180000.oberih-backup.tmp"
    mine = opened.path.with_name("notes.tmp")  # not ours: never touched
    for p in [*old, young, mine]:
        p.write_bytes(b"\0" * 1000)
    two_hours_ago = time.time() - 7200
    for p in [*old, mine]:
        os.utime(p, (two_hours_ago, two_hours_ago))
    assert account_count(opened.path) == 1
    assert [p.exists() for p in old] == [False] * 4
    assert young.exists() and mine.exists()
    assert leftovers.candidates(paths) == [young]


# --- clocks --------------------------------------------------------------------------------


@pytest.mark.parametrize("moved_back", [timedelta(days=1), timedelta(days=365)])
def test_a_clock_moved_back_never_locks_an_account_for_longer_than_the_cap(opened, moved_back):
    throttle = Throttle(opened.db.paths)
    locator = opened.db.keyfile.locator(ADMIN)
    now = 2_000_000_000.0
    for _ in range(4):
        throttle.record_failure(locator, now)
    wait = throttle.wait_remaining(locator, now - moved_back.total_seconds())
    assert 0 < wait <= MAX_DELAY_S <= 15 * 60


@pytest.mark.skipif(throttle_module.boot_id() is None, reason="boot id unknown here")
@pytest.mark.parametrize("moved", [timedelta(days=1), -timedelta(days=1)])
def test_within_one_boot_the_wait_follows_the_monotonic_clock(opened, moved):
    """Moving the wall clock a day forward does not end the wait; back, does not
    lengthen it."""
    mono = [1000.0]
    throttle = Throttle(opened.db.paths, monotonic=lambda: mono[0])
    locator = opened.db.keyfile.locator(ADMIN)
    now = 2_000_000_000.0
    for _ in range(5):
        throttle.record_failure(locator, now)
    delay = throttle_module.delay_after(5)
    mono[0] += 1.0  # one second really passed
    assert throttle.wait_remaining(locator, now + moved.total_seconds()) == delay - 1.0
    mono[0] += delay
    assert throttle.wait_remaining(locator, now + moved.total_seconds()) == 0.0


def test_the_days_backup_is_kept_when_the_clock_moved_back(opened):
    from shelter_app import settings

    def on(when: datetime) -> None:
        opened.db.clock = lambda: when.replace(tzinfo=UTC).timestamp()

    settings.update_settings(opened.db, opened.admin, backup_generations=2)
    folder = opened.db.paths.backup_dir
    for day in range(3):
        on(datetime(2026, 11, 10 + day, 18))
        backups.auto_backup_if_due(opened.db, opened.admin)
    on(datetime(2025, 11, 1, 18))
    made = backups.auto_backup_if_due(opened.db, opened.admin)
    assert made is not None and made.path.exists()  # the newest, though its date is older
    assert backups.list_backups(folder)[0] == made.path


def test_a_clock_moved_back_more_than_a_day_is_recorded_in_the_audit_log(opened, monkeypatch):
    opened.db.close()
    real = database_module.utcnow
    monkeypatch.setattr(database_module, "utcnow", lambda: real() - timedelta(days=3))
    db, _user = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        with db.engine.connect() as conn:
            actions = conn.execute(select(AuditEntry.action)).scalars().all()
            conn.rollback()
    finally:
        db.close()
    assert actions.count("clock.moved_back") == 1


# --- key file KDF cost bounds ----------------------------------------------------------------


@pytest.mark.parametrize(("field", "value"), [("iterations", 100_000), ("memory_kib", 2**31)])
def test_an_absurd_kdf_cost_is_key_file_altered_at_once(opened, field, value):
    opened.db.close()
    key_file = opened.path.with_name("oberih.db.keys")
    doc = json.loads(key_file.read_text())
    doc["slots"][0]["kdf"][field] = value
    key_file.write_text(json.dumps(doc))
    started = time.perf_counter()
    with pytest.raises(KeyFileDamaged):
        Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    assert time.perf_counter() - started < 1.0
    code, _out, err = run_cli(
        "check", "--db", str(opened.path), "--user", ADMIN, "--password-stdin"
    )
    assert code == ExitCode.KEY_FILE_DAMAGED, err


# --- input bounds ------------------------------------------------------------------------------


def test_lone_surrogates_and_far_dates_are_invalid_input(opened):
    from shelter_app import clients

    with pytest.raises(InvalidInput):
        accounts.create_account(opened.db, opened.admin, "olha", "Ol\udc80ha", "lawyer",
                                STAFF_PASSWORD)  # fmt: skip
    with pytest.raises(InvalidInput):
        clients.search_clients(opened.db, opened.admin, "Ол\ud800")
    with pytest.raises(InvalidInput):
        optional_text("нотатка \udcff", "note", 1000)  # a note
    with pytest.raises(InvalidInput):
        valid_date(date(9999, 12, 31), "follow_up_on")
    assert valid_date(date(2100, 12, 31), "follow_up_on") == date(2100, 12, 31)
    assert account_count(opened.path) == 1


# --- a new recovery code is never lost unseen ----------------------------------------------


KILL_AFTER_KEYFILE = textwrap.dedent(
    """
    import os, signal, sys
    from shelter_app import keys
    from shelter_app.database import Database
    db, user = Database.sign_in(sys.argv[1], sys.argv[2], sys.argv[3])
    keys.new_recovery(db, user)  # the key file now holds the new slot...
    os.kill(os.getpid(), signal.SIGKILL)  # ...and nobody ever saw the code
    """
)


@needs_sigkill
def test_a_kill_before_the_new_recovery_code_is_shown_loses_nothing(opened):
    opened.db.close()
    killed = subprocess.run(
        [sys.executable, "-c", KILL_AFTER_KEYFILE, str(opened.path), ADMIN, ADMIN_PASSWORD],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-800:]
    # the old printed code still opens the database
    db, user = Database.sign_in_with_recovery(
        opened.path, opened.recovery_code, ADMIN, "New-admin-pass-1"
    )
    try:
        report = integrity.run_check(db, user)
        assert report.recovery_change_pending  # and check says a change is pending
    finally:
        db.close()
    code, out, _err = run_cli(
        "check", "--db", str(opened.path), "--user", ADMIN, "--password-stdin",
        password="New-admin-pass-1",
    )  # fmt: skip
    assert code == ExitCode.OK and "not confirmed" in out


def test_the_old_recovery_code_stops_working_only_once_the_new_one_is_confirmed(opened):
    from shelter_app import keys
    from shelter_app.errors import RecoveryCodeWrong

    new_code = keys.new_recovery(opened.db, opened.admin)
    with pytest.raises(RecoveryCodeWrong):
        keys.confirm_recovery(opened.db, opened.admin, opened.recovery_code)  # not the new one
    keys.confirm_recovery(opened.db, opened.admin, new_code)
    opened.db.close()
    with pytest.raises(RecoveryCodeWrong):
        Database.sign_in_with_recovery(opened.path, opened.recovery_code, ADMIN, "New-admin-1x")
    db, _ = Database.sign_in_with_recovery(opened.path, new_code, ADMIN, "New-admin-1x")
    db.close()


RECOVERY_KILLER = textwrap.dedent(
    """
    import os, signal, sys
    renames = [0]
    real_replace = os.replace

    def replace(src, dst):
        renames[0] += 1
        if renames[0] == int(sys.argv[2]):
            os.kill(os.getpid(), signal.SIGKILL)
        return real_replace(src, dst)

    os.replace = replace
    from shelter_app.storage import restore_journal
    from shelter_app.storage.files import DatabasePaths
    restore_journal.recover(DatabasePaths.for_database(sys.argv[1]))
    """
)


@needs_sigkill
@pytest.mark.parametrize("phase_point", ["staged", "placing"])
def test_the_recovery_of_a_cut_off_restore_can_itself_be_killed(
    restore_case, tmp_path, phase_point
):
    path, backup = restore_case
    point = 3 if phase_point == "staged" else 6  # aside moves / placing (see the test above)
    killed = _restore_in_child(backup, path, point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-800:]
    journal = restore_journal.read(DatabasePaths.for_database(path))
    assert journal is not None and journal.phase == phase_point
    again = subprocess.run(
        [sys.executable, "-c", RECOVERY_KILLER, str(path), "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == -signal.SIGKILL, again.stderr[-800:]
    expected = 13 if phase_point == "staged" else 3
    assert account_count(path) == expected  # the third start finishes the job
    assert not DatabasePaths.for_database(path).restore_journal.exists()


BACKUP_KILLER = textwrap.dedent(
    """
    import os, signal, sys, zipfile
    from shelter_app import backups
    from shelter_app.database import Database
    db, user = Database.sign_in(sys.argv[1], sys.argv[2], sys.argv[3])
    real_write = zipfile.ZipFile.writestr

    def writestr(self, name, data, *a, **k):
        if name == "database.sqlcipher":
            os.kill(os.getpid(), signal.SIGKILL)
        return real_write(self, name, data, *a, **k)

    zipfile.ZipFile.writestr = writestr
    backups.auto_backup_if_due(db, user)
    """
)


@needs_sigkill
def test_temp_copies_of_a_really_killed_backup_are_swept(opened):
    opened.db.close()
    for _ in range(3):
        killed = subprocess.run(
            [sys.executable, "-c", BACKUP_KILLER, str(opened.path), ADMIN, ADMIN_PASSWORD],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert killed.returncode == -signal.SIGKILL, killed.stderr[-800:]
    paths = DatabasePaths.for_database(opened.path)
    left = sorted(p for p in paths.backup_dir.iterdir() if p.name.startswith("."))
    assert left and leftovers.candidates(paths) == left  # every one is recognised
    two_hours_ago = time.time() - 7200
    for p in left:
        os.utime(p, (two_hours_ago, two_hours_ago))
    assert account_count(opened.path) == 1
    assert not any(p.name.startswith(".") for p in paths.backup_dir.iterdir())
