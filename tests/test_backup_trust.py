"""Backups against insiders: what a leaver, a colleague without the administrator's
password, or someone with only the files could do with a backup, each done as they
would do it."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from shelter_app import accounts, backups
from shelter_app.database import Database
from shelter_app.errors import (
    AuthenticationFailed,
    BackupRefused,
    RecoveryCodeWrong,
    RestoreNotAllowed,
)
from shelter_app.storage import backup_trust
from shelter_app.storage.backup_file import DATABASE, KEYS, MANIFEST
from shelter_app.storage.backup_trust import Opener
from shelter_app.storage.keyfile import KeyFile, WrongSecret
from tests.conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD

AS_ADMIN = Opener.administrator(ADMIN, ADMIN_PASSWORD)


def _parts(backup: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(backup) as zf:
        return {n: zf.read(n) for n in (MANIFEST, KEYS, DATABASE)}


def _write(dest: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def _folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_a_leaver_cannot_open_the_automatic_backup_with_her_old_password(opened, staff, tmp_path):
    """The case worker is deactivated; the automatic backup of two weeks ago is on the
    disk. Before, its key file still held her slot: her old password unwrapped the data
    key, and a restore of it let her sign in again."""
    worker = staff[next(r for r in staff if r.value == "caseworker")]
    opened.db.clock = lambda: (datetime.now(UTC) - timedelta(days=14)).timestamp()
    made = backups.auto_backup_if_due(opened.db, worker)  # her own closing of the app
    assert made is not None
    accounts.deactivate(opened.db, opened.admin, worker.account_id)

    keys = KeyFile(json.loads(_parts(made.path)[KEYS]))
    with pytest.raises(WrongSecret):  # what she would try with the file and 20 lines
        keys.unlock(keys.locator("caseworker"), STAFF_PASSWORD)
    for role_name in ("lawyer", "psychologist", "head", "coordinator"):
        assert not keys.has_slot(keys.locator(role_name))
    assert keys.has_slot(keys.locator(ADMIN)) and keys.slot_ids("recovery")

    target = tmp_path / "hers" / "oberih.db"
    with pytest.raises(AuthenticationFailed):
        backups.restore_backup(
            made.path, target, Opener.administrator("caseworker", STAFF_PASSWORD)
        )
    assert not target.exists()
    # restored by the administrator, the backup still does not open with her password
    backups.restore_backup(made.path, target, AS_ADMIN)
    with pytest.raises(AuthenticationFailed):
        Database.sign_in(target, "caseworker", STAFF_PASSWORD)
    db, _admin = Database.sign_in(target, ADMIN, ADMIN_PASSWORD)
    db.close()


def test_restore_refuses_a_manifest_edited_without_the_key(opened, tmp_path):
    """Before, restore trusted the manifest: anyone could change what it says (the date,
    the audit head restore writes) and restore without a password."""
    out = tmp_path / "b.oberih-backup"
    backups.make_backup(opened.db, opened.admin, out)
    opened.db.close()
    parts = _parts(out)
    manifest = json.loads(parts[MANIFEST])
    manifest["created_at"] = "2027-01-01T00:00:00"
    manifest["audit_head"] = {"seq": 1, "mac": manifest["audit_head"]["mac"]}
    parts[MANIFEST] = json.dumps(manifest).encode()
    forged = tmp_path / "forged.oberih-backup"
    _write(forged, parts)
    before = _folder_state(opened.path.parent)
    with pytest.raises(BackupRefused):
        backups.restore_backup(forged, opened.path, AS_ADMIN)
    with pytest.raises(BackupRefused):
        backups.check_restore_opener(forged, AS_ADMIN)
    assert _folder_state(opened.path.parent) == before


def test_restore_without_the_administrators_password_changes_nothing(opened, tmp_path):
    out = tmp_path / "b.oberih-backup"
    backups.make_backup(opened.db, opened.admin, out)
    opened.db.close()
    before = _folder_state(opened.path.parent)
    with pytest.raises(AuthenticationFailed):
        backups.restore_backup(out, opened.path, Opener.administrator(ADMIN, "Wrong-pass-2026"))
    with pytest.raises(RecoveryCodeWrong):
        backups.restore_backup(out, opened.path, Opener.recovery("0000-0000"))
    assert _folder_state(opened.path.parent) == before


def test_a_first_format_backup_with_every_slot_restores_only_for_an_administrator(
    opened, staff, tmp_path
):
    """Backups written before this change hold every slot and an unsigned manifest. A
    lawyer's password opens her slot in one, but restore asks the database inside
    whether she is an administrator, and the key file it puts in place has none but the
    administrators' and the recovery slots."""
    out = tmp_path / "b.oberih-backup"
    backups.make_backup(opened.db, opened.admin, out)
    parts = _parts(out)
    parts[KEYS] = opened.path.with_name("oberih.db.keys").read_bytes()  # every slot
    manifest = json.loads(parts[MANIFEST])
    manifest.pop("mac")
    manifest["version"] = 1
    manifest["files"][KEYS] = hashlib.sha256(parts[KEYS]).hexdigest()
    manifest["sizes"][KEYS] = len(parts[KEYS])
    parts[MANIFEST] = json.dumps(manifest).encode()
    old = tmp_path / "old.oberih-backup"
    _write(old, parts)
    opened.db.close()

    target = tmp_path / "restored" / "oberih.db"
    with pytest.raises(RestoreNotAllowed):
        backups.restore_backup(old, target, Opener.administrator("lawyer", STAFF_PASSWORD))
    assert not target.exists()
    backups.restore_backup(old, target, AS_ADMIN)
    keys = KeyFile.load(target.with_name("oberih.db.keys"))
    assert keys.slot_ids("user") == [keys.locator(ADMIN)]
    db, _admin = Database.sign_in(target, ADMIN, ADMIN_PASSWORD)
    db.close()


def test_no_caller_chooses_where_how_many_or_when_automatic_backups_are_kept(opened, staff):
    """Before, any role could call auto_backup_if_due with its own folder, generations=1
    and a date, and so delete every automatic backup."""
    for day in range(3):
        when = datetime(2026, 11, 1 + day, 18, tzinfo=UTC)
        opened.db.clock = lambda when=when: when.timestamp()
        backups.auto_backup_if_due(opened.db, opened.admin)
    folder = opened.db.paths.backup_dir
    kept = backups.list_backups(folder)
    assert len(kept) == 3
    coordinator = staff[next(r for r in staff if r.value == "coordinator")]
    with pytest.raises(TypeError):
        backups.auto_backup_if_due(  # type: ignore[call-arg]
            opened.db, coordinator, folder, generations=1, now=datetime(2026, 11, 30, 18)
        )
    with pytest.raises(TypeError):
        backups.auto_backup_if_due(opened.db, coordinator, generations=1)  # type: ignore[call-arg]
    assert backups.list_backups(folder) == kept
    assert all(p.exists() for p in kept)


def test_the_manifest_mac_depends_on_every_field(opened, tmp_path):
    out = tmp_path / "b.oberih-backup"
    backups.make_backup(opened.db, opened.admin, out)
    manifest = json.loads(_parts(out)[MANIFEST])
    data_key = opened.db._data_key
    assert backup_trust.manifest_valid(data_key, manifest)
    for field, value in (("database_id", "00" * 16), ("schema_revision", "0001")):
        changed = dict(manifest, **{field: value})
        assert not backup_trust.manifest_valid(data_key, changed)
    assert not backup_trust.manifest_valid(b"\x01" * 32, manifest)
