"""Accounts and keys as the administrator and staff use them."""

from __future__ import annotations

import json
import shutil

import pytest

from shelter_app import accounts, audit, integrity, keys
from shelter_app.database import Database
from shelter_app.errors import (
    AuthenticationFailed,
    DatabaseDamaged,
    InvalidInput,
    LoginThrottled,
    PermissionDenied,
    RecoveryCodeWrong,
)
from shelter_app.permissions import Role
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.keyfile import KeyFile
from shelter_app.storage.throttle import delay_after
from tests.conftest import ADMIN, ADMIN_PASSWORD


def _key_bytes(path):
    return DatabasePaths.for_database(path).key_file.read_bytes()


def test_created_account_can_sign_in_with_its_role(opened):
    info = accounts.create_account(
        opened.db, opened.admin, "Olena.K", "Олена Коваленко", "psychologist", "Psy-pass-123"
    )
    assert (info.username, info.role, info.active) == ("olena.k", Role.PSYCHOLOGIST, True)
    opened.db.close()
    db, user = Database.sign_in(opened.path, "olena.k", "Psy-pass-123")
    assert (user.username, user.display_name, user.role) == (
        "olena.k",
        "Олена Коваленко",
        Role.PSYCHOLOGIST,
    )
    db.close()


@pytest.mark.parametrize(
    ("username", "display", "role", "password", "field"),
    [
        ("a", "A", "lawyer", "Lawyer-pass-1", "username"),
        ("has space", "A", "lawyer", "Lawyer-pass-1", "username"),
        ("ok.name", "", "lawyer", "Lawyer-pass-1", "display_name"),
        ("ok.name", "A", "janitor", "Lawyer-pass-1", "role"),
        ("ok.name", "A", "lawyer", "short", "password"),
        ("ok.name.long", "A", "lawyer", "OK.NAME.LONG", "password"),
        ("admin", "A", "lawyer", "Lawyer-pass-1", "username"),  # taken
    ],
)
def test_bad_input_is_refused_and_changes_nothing(opened, username, display, role, password, field):
    before_keys = _key_bytes(opened.path)
    before = accounts.list_accounts(opened.db, opened.admin)
    with pytest.raises(InvalidInput) as info:
        accounts.create_account(opened.db, opened.admin, username, display, role, password)
    assert info.value.field == field
    assert str(info.value)  # a message for the form
    assert accounts.list_accounts(opened.db, opened.admin) == before
    assert _key_bytes(opened.path) == before_keys


def test_change_own_password(opened, staff):
    lawyer = staff[Role.LAWYER]
    with pytest.raises(AuthenticationFailed):
        accounts.change_own_password(opened.db, lawyer, "not-the-old-one", "New-lawyer-pass")
    accounts.change_own_password(opened.db, lawyer, "Staff-pass-12", "New-lawyer-pass")
    assert opened.db.password_opens("lawyer", "New-lawyer-pass")
    assert not opened.db.password_opens("lawyer", "Staff-pass-12")
    actions = [e.action for e in audit.list_entries(opened.db, opened.admin)]
    assert "account.password_changed" in actions
    assert "account.password_change" in actions  # the refused attempt


def test_admin_resets_a_password(opened, staff):
    target = staff[Role.CASE_WORKER]
    accounts.reset_password(opened.db, opened.admin, target.account_id, "Reset-pass-123")
    assert opened.db.password_opens("caseworker", "Reset-pass-123")
    assert not opened.db.password_opens("caseworker", "Staff-pass-12")


def test_deactivated_account_cannot_sign_in_and_loses_its_session(opened, staff):
    lawyer = staff[Role.LAWYER]
    before = KeyFile.load(DatabasePaths.for_database(opened.path).key_file)
    accounts.deactivate(opened.db, opened.admin, lawyer.account_id)
    after = KeyFile.load(DatabasePaths.for_database(opened.path).key_file)
    assert len(after.slot_ids("user")) == len(before.slot_ids("user")) - 1
    assert not after.has_slot(after.locator("lawyer"))
    with pytest.raises(PermissionDenied):
        accounts.change_own_password(opened.db, lawyer, "Staff-pass-12", "Whatever-pass-1")
    with pytest.raises(AuthenticationFailed):
        opened.db.sign_in_again("lawyer", "Staff-pass-12")
    opened.db.close()
    with pytest.raises(AuthenticationFailed):
        Database.sign_in(opened.path, "lawyer", "Staff-pass-12")


def test_deactivated_account_with_a_restored_slot_is_still_refused(opened, staff):
    """An old copy of the key file still has her slot; the database says no."""
    paths = DatabasePaths.for_database(opened.path)
    old_keys = paths.key_file.read_bytes()
    accounts.deactivate(opened.db, opened.admin, staff[Role.LAWYER].account_id)
    opened.db.close()
    paths.key_file.write_bytes(old_keys)
    with pytest.raises(AuthenticationFailed):
        Database.sign_in(opened.path, "lawyer", "Staff-pass-12")


def test_reactivation_needs_a_new_password(opened, staff):
    lawyer_id = staff[Role.LAWYER].account_id
    accounts.deactivate(opened.db, opened.admin, lawyer_id)
    accounts.reactivate(opened.db, opened.admin, lawyer_id, "Back-again-123")
    assert opened.db.sign_in_again("lawyer", "Back-again-123").role == Role.LAWYER


def test_last_administrator_cannot_be_removed_or_demoted(opened):
    with pytest.raises(InvalidInput):
        accounts.deactivate(opened.db, opened.admin, opened.admin.account_id)
    with pytest.raises(InvalidInput):
        accounts.change_role(opened.db, opened.admin, opened.admin.account_id, "caseworker")
    second = accounts.create_account(
        opened.db, opened.admin, "admin2", "Second", "admin", "Admin-two-pass"
    )
    accounts.change_role(opened.db, opened.admin, opened.admin.account_id, "coordinator")
    # her own role changed under her: administration is now refused
    with pytest.raises(PermissionDenied):
        accounts.list_accounts(opened.db, opened.admin)
    assert second.role == Role.ADMIN


def test_role_change_takes_effect_at_once(opened, staff):
    coordinator = staff[Role.COORDINATOR]
    with pytest.raises(PermissionDenied):
        accounts.list_accounts(opened.db, coordinator)
    accounts.change_role(opened.db, opened.admin, coordinator.account_id, "admin")
    assert len(accounts.list_accounts(opened.db, coordinator)) == len(Role)  # one per role


def test_recovery_code_sets_a_new_admin_password(opened):
    code = opened.recovery_code
    opened.db.close()
    with pytest.raises(RecoveryCodeWrong):
        Database.sign_in_with_recovery(opened.path, "AAAAA-" * 5 + "AAAAA", ADMIN, "New-admin-1")
    typed = code.lower().replace("-", " ")
    db, admin = Database.sign_in_with_recovery(opened.path, typed, ADMIN, "New-admin-pass")
    assert admin.role == Role.ADMIN
    actions = [e.action for e in audit.list_entries(db, admin)]
    assert "session.recovered" in actions and "session.recovery_failed" in actions
    assert "keys.slot_written" in actions  # her new slot, as every slot written
    # the recovered administrator holds the ADMIN key again: she can sign roles
    assert audit.verify(db, admin).from_first_key
    db.close()
    with pytest.raises(AuthenticationFailed):
        Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    db, _ = Database.sign_in(opened.path, ADMIN, "New-admin-pass")
    db.close()


def test_recovery_code_is_for_administrators_only(opened, staff):
    code = opened.recovery_code
    opened.db.close()
    with pytest.raises(AuthenticationFailed):
        Database.sign_in_with_recovery(opened.path, code, "lawyer", "Lawyer-new-123")
    db, _ = Database.sign_in(opened.path, "lawyer", "Staff-pass-12")  # unchanged
    db.close()


def test_new_recovery_code_replaces_the_old(opened):
    new_code = keys.new_recovery(opened.db, opened.admin)
    assert new_code != opened.recovery_code
    keys.confirm_recovery(opened.db, opened.admin, new_code)
    opened.db.close()
    with pytest.raises(RecoveryCodeWrong):
        Database.sign_in_with_recovery(opened.path, opened.recovery_code, ADMIN, "New-admin-1x")
    db, _ = Database.sign_in_with_recovery(opened.path, new_code, ADMIN, "New-admin-1x")
    db.close()


def test_failed_sign_ins_are_throttled_with_a_growing_delay(opened):
    now = [1_000_000.0]
    opened.db.close()

    def attempt(password):
        return Database.sign_in(opened.path, ADMIN, password, clock=lambda: now[0])

    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            attempt("wrong-password")
    with pytest.raises(LoginThrottled) as info:
        attempt(ADMIN_PASSWORD)  # even the right password waits
    assert info.value.seconds == delay_after(3) == 2
    now[0] += 2.5
    with pytest.raises(AuthenticationFailed):
        attempt("wrong-again")
    with pytest.raises(LoginThrottled) as info:
        attempt(ADMIN_PASSWORD)
    assert info.value.seconds == delay_after(4) == 4
    assert [delay_after(n) for n in range(3, 12)] == [2, 4, 8, 16, 32, 64, 128, 256, 300]
    now[0] += 4.5
    db, admin = attempt(ADMIN_PASSWORD)
    failed = [e for e in audit.list_entries(db, admin) if e.action == "session.sign_in_failed"]
    assert len(failed) == 4
    assert {e.account_id for e in failed} == {admin.account_id}
    assert all(e.outcome == "denied" for e in failed)
    db.close()
    db, _ = attempt(ADMIN_PASSWORD)  # counter reset by the success
    db.close()


def test_failed_sign_in_for_an_unknown_user_is_audited_without_a_name(opened):
    opened.db.close()
    with pytest.raises(AuthenticationFailed):
        Database.sign_in(opened.path, "stranger", "whatever-1234")
    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    entry = next(e for e in audit.list_entries(db, admin) if e.action == "session.sign_in_failed")
    assert entry.account_id is None and entry.detail is None
    db.close()
    throttle = DatabasePaths.for_database(opened.path).throttle.read_bytes()
    assert b"stranger" not in throttle


def test_data_key_rotation(opened, staff):
    paths = DatabasePaths.for_database(opened.path)
    old_key_file = paths.key_file.read_bytes()
    old_key = opened.db._data_key
    keys.rotate_data_key(opened.db, opened.admin)
    assert opened.db._data_key != old_key
    assert integrity.run_check(opened.db, opened.admin).ok
    # the database keeps working in this session and for everybody
    accounts.create_account(opened.db, opened.admin, "after", "After", "lawyer", "After-pass-12")
    opened.db.close()
    for username, password in (("lawyer", "Staff-pass-12"), (ADMIN, ADMIN_PASSWORD)):
        db, user = Database.sign_in(opened.path, username, password)
        assert integrity.run_check(db, user).ok
        db.close()
    # a copy of the old key file (a former colleague's) opens nothing any more
    stolen = opened.path.parent / "stolen"
    stolen.mkdir()
    shutil.copy(opened.path, stolen / "oberih.db")
    (stolen / "oberih.db.keys").write_bytes(old_key_file)
    shutil.copy(paths.throttle, stolen / "oberih.db.throttle")  # else: a wait first
    with pytest.raises(DatabaseDamaged):
        Database.sign_in(stolen / "oberih.db", "lawyer", "Staff-pass-12")


def test_rotation_cut_off_after_the_key_file_step_is_finished_on_next_open(opened, staff):
    """Simulate a crash after step 1 of the rotation: two keys in every slot."""
    from shelter_app.storage.keyfile import new_data_key

    old = opened.db._data_key
    opened.db.update_keyfile(lambda kf: kf.resealed([old, new_data_key()]))
    opened.db.close()
    db, admin = Database.sign_in(opened.path, "lawyer", "Staff-pass-12")
    assert KeyFile.load(DatabasePaths.for_database(opened.path).key_file).envelope_count() == 1
    db.close()
    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    assert integrity.run_check(db, admin).ok
    db.close()


def test_rotation_cut_off_after_rekey_is_finished_on_next_open(opened, staff, monkeypatch):
    """Simulate a crash after PRAGMA rekey, before the old key left the key file."""

    def crash(*_args, **_kwargs):
        raise KeyboardInterrupt  # the process dies here

    real_save = KeyFile.save
    calls = []

    def save_then_maybe_crash(self, path, data_key):
        calls.append(self.envelope_count())
        if self.envelope_count() == 1 and len(calls) > 1:
            crash()
        return real_save(self, path, data_key)

    monkeypatch.setattr(KeyFile, "save", save_then_maybe_crash)
    with pytest.raises(KeyboardInterrupt):
        keys.rotate_data_key(opened.db, opened.admin)
    monkeypatch.undo()
    opened.db.engine.dispose()
    doc = json.loads(DatabasePaths.for_database(opened.path).key_file.read_text())
    assert len(doc["slots"][0]["envelopes"]) == 2  # the crash left both keys
    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    report = integrity.run_check(db, admin)
    assert report.ok, report
    db.close()
