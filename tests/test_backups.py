"""Backups and restore as the administrator uses them, and the automatic daily copy."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from shelter_app import accounts, backups, integrity
from shelter_app.database import Database
from shelter_app.errors import (
    AuthenticationFailed,
    BackupFailed,
    BackupRefused,
    DatabaseInUse,
    PermissionDenied,
)
from shelter_app.permissions import Role
from shelter_app.storage.backup_file import DATABASE, KEYS, MANIFEST, inspect_backup
from shelter_app.storage.backup_trust import Opener
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.instance_lock import InstanceLock
from tests.conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD

AS_ADMIN = Opener.administrator(ADMIN, ADMIN_PASSWORD)


def _all_rows(engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        tables = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ).scalars()
        rows = {
            t: sorted(tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"')).all())
            for t in tables
        }
        conn.rollback()
    return rows


def test_backup_delete_restore_round_trip_keeps_every_row_and_password(
    opened, staff, make_client, tmp_path
):
    make_client("Ґонта", "Дар’я")
    make_client("Мельник", "Ірина")
    before = _all_rows(opened.db.engine)
    out = tmp_path / "usb" / "oberih-2026-11-25.oberih-backup"
    info = backups.make_backup(opened.db, opened.admin, out)
    assert out.exists() and info.size_bytes == out.stat().st_size
    assert info.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    opened.db.close()

    paths = DatabasePaths.for_database(opened.path)
    for f in (paths.database, paths.key_file, paths.audit_head):
        f.unlink()
    result = backups.restore_backup(out, opened.path, AS_ADMIN)
    assert result.database == paths.database

    # the backup held only the administrator's key: the lawyer gets a new password
    with pytest.raises(AuthenticationFailed):
        Database.sign_in(opened.path, "lawyer", STAFF_PASSWORD)
    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    after = _all_rows(db.engine)
    lawyer = next(a for a in accounts.list_accounts(db, admin) if a.username == "lawyer")
    accounts.reset_password(db, admin, lawyer.id, "Lawyer-again-2026")
    db.close()
    db, user = Database.sign_in(opened.path, "lawyer", "Lawyer-again-2026")
    assert integrity.run_check(db, user).ok
    db.close()
    # every table, every row; the audit log gained only the sign-ins and checks since
    assert set(after) == set(before)
    for table in before:
        if table == "audit_log":
            assert after[table][: len(before[table])] == before[table]
        elif table == "audit_state":  # the chain's next key moves on with each entry
            assert after[table][0][1] == len(after["audit_log"]) + 1
        elif table == "settings":  # and the throttle ledger follows the sign-ins
            ledger = [r for r in before[table] if r[0] != "throttle.ledger"]
            assert [r for r in after[table] if r[0] != "throttle.ledger"] == ledger
        else:
            assert after[table] == before[table], table


def test_recovery_code_opens_a_restored_backup(opened, tmp_path):
    out = tmp_path / "b.oberih-backup"
    backups.make_backup(opened.db, opened.admin, out)
    opened.db.close()
    backups.restore_backup(
        out, tmp_path / "elsewhere" / "oberih.db", Opener.recovery(opened.recovery_code)
    )
    db, admin = Database.sign_in_with_recovery(
        tmp_path / "elsewhere" / "oberih.db", opened.recovery_code, ADMIN, "After-restore-1"
    )
    assert admin.role == Role.ADMIN
    db.close()


def test_backup_holds_no_plaintext(opened, staff, make_client, tmp_path):
    make_client("Маркерна", "Соломія")
    out = tmp_path / "b.oberih-backup"
    backups.make_backup(opened.db, opened.admin, out)
    raw = out.read_bytes()
    for needle in ("Маркерна", "Соломія", "lawyer", "caseworker"):
        assert needle.encode("utf-8") not in raw
    with zipfile.ZipFile(out) as zf:
        assert not zf.read(DATABASE).startswith(b"SQLite format 3")


def test_restore_keeps_the_current_database_aside(opened, tmp_path):
    out = tmp_path / "b.oberih-backup"
    backups.make_backup(opened.db, opened.admin, out)
    accounts.create_account(opened.db, opened.admin, "later", "Later", "lawyer", "Later-pass-12")
    opened.db.close()
    current = opened.path.read_bytes()
    result = backups.restore_backup(out, opened.path, AS_ADMIN)
    kept = [p for p in result.kept_aside if p.name.startswith("oberih.db.before-restore-")]
    assert len(kept) == 1 and kept[0].read_bytes() == current
    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    assert "later" not in [a.username for a in accounts.list_accounts(db, admin)]
    db.close()


@pytest.mark.parametrize(
    "damage", ["truncated", "flipped_db", "flipped_keys", "not_zip", "empty", "foreign_keys"]
)
def test_damaged_or_foreign_backup_is_refused_and_nothing_changes(opened, tmp_path, damage):
    out = tmp_path / "b.oberih-backup"
    backups.make_backup(opened.db, opened.admin, out)
    opened.db.close()
    raw = out.read_bytes()
    if damage == "truncated":
        out.write_bytes(raw[: len(raw) // 2])
    elif damage == "empty":
        out.write_bytes(b"")
    elif damage == "not_zip":
        out.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4096)
    else:
        with zipfile.ZipFile(out) as zf:
            parts = {n: zf.read(n) for n in zf.namelist()}
        if damage == "flipped_db":
            db = bytearray(parts[DATABASE])
            db[5000] ^= 0x40
            parts[DATABASE] = bytes(db)
        elif damage == "flipped_keys":
            parts[KEYS] = parts[KEYS].replace(b'"kind": "user"', b'"kind": "usex"', 1)
        elif damage == "foreign_keys":
            other, _, _ = Database.initialise(tmp_path / "other.db", "x-admin", "Other-pass-12")
            other.close()
            parts[KEYS] = (tmp_path / "other.db.keys").read_bytes()
            manifest = json.loads(parts[MANIFEST])
            manifest["files"][KEYS] = hashlib.sha256(parts[KEYS]).hexdigest()
            parts[MANIFEST] = json.dumps(manifest).encode()
        with zipfile.ZipFile(out, "w") as zf:
            for name, data in parts.items():
                zf.writestr(name, data)
    target_files = {p: p.read_bytes() for p in opened.path.parent.iterdir() if p.is_file()}
    with pytest.raises(BackupRefused) as info:
        backups.restore_backup(out, opened.path, AS_ADMIN)
    assert "not a usable Oberih backup" in str(info.value)
    for path, data in target_files.items():
        assert path.read_bytes() == data, path.name


def test_restore_is_refused_while_the_window_has_the_database_open(opened, tmp_path):
    out = tmp_path / "b.oberih-backup"
    backups.make_backup(opened.db, opened.admin, out)
    with InstanceLock(DatabasePaths.for_database(opened.path)), pytest.raises(DatabaseInUse):
        backups.restore_backup(out, opened.path, AS_ADMIN)


def test_a_backup_never_overwrites_an_existing_file(opened, tmp_path):
    out = tmp_path / "b.oberih-backup"
    out.write_bytes(b"precious")
    with pytest.raises(BackupFailed):
        backups.make_backup(opened.db, opened.admin, out)
    assert out.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".b")] == []


@pytest.mark.parametrize("role", list(Role))
def test_only_administrators_make_backups(opened, staff, tmp_path, role):
    out = tmp_path / f"{role.value}.oberih-backup"
    if role == Role.ADMIN:
        backups.make_backup(opened.db, staff[role], out)
        assert inspect_backup(out).database_id == opened.db.database_id
    else:
        with pytest.raises(PermissionDenied):
            backups.make_backup(opened.db, staff[role], out)
        assert not out.exists()


def _on_day(db, when: datetime) -> None:
    """The database's clock (fixed when it is opened, never by the caller) at `when`."""
    db.clock = lambda: when.replace(tzinfo=UTC).timestamp()


def test_automatic_backup_once_a_day_keeping_generations(opened):
    from shelter_app import settings

    settings.update_settings(opened.db, opened.admin, backup_generations=3)
    folder = opened.db.paths.backup_dir
    start = datetime(2026, 11, 1, 18, 0)
    made = []
    for day in range(5):
        for hour in (0, 3):  # closing the app twice a day
            _on_day(opened.db, start + timedelta(days=day, hours=hour))
            info = backups.auto_backup_if_due(opened.db, opened.admin)
            made.append(info is not None)
    assert made == [True, False] * 5
    names = [p.name for p in backups.list_backups(folder)]
    assert names == [
        "auto-000005-20261105-180000.oberih-backup",
        "auto-000004-20261104-180000.oberih-backup",
        "auto-000003-20261103-180000.oberih-backup",
    ]
    assert backups.newest_good_backup(folder) == folder / names[0]
    (folder / names[0]).write_bytes(b"damaged")
    assert backups.newest_good_backup(folder) == folder / names[1]


def test_automatic_generations_follow_the_administrators_setting(opened):
    from shelter_app import settings

    settings.update_settings(opened.db, opened.admin, backup_generations=2)
    folder = opened.db.paths.backup_dir
    for day in range(4):
        _on_day(opened.db, datetime(2026, 11, 1 + day, 18, 0))
        backups.auto_backup_if_due(opened.db, opened.admin)
    assert [p.name[:20] for p in backups.list_backups(folder)] == [
        "auto-000004-20261104",
        "auto-000003-20261103",
    ]


def test_every_backup_carries_the_audit_head_and_its_fingerprint(opened, tmp_path):
    import zipfile

    from shelter_app import audit
    from shelter_app.storage.backup_file import MANIFEST, inspect_backup

    out = tmp_path / "usb" / "b.oberih-backup"
    backups.make_backup(opened.db, opened.admin, out)
    manifest = inspect_backup(out)
    with zipfile.ZipFile(out) as zf:
        head = json.loads(zf.read(MANIFEST))["audit_head"]
    assert (head["seq"], head["mac"]) == (manifest.audit_seq, manifest.audit_mac)
    # the copy holds entries up to the one before "backup made"; the paper note matches
    status_then = audit.verify(opened.db, opened.admin)
    assert head["fingerprint"].split(" · ")[0] == str(manifest.audit_seq)
    assert status_then.entries > manifest.audit_seq
