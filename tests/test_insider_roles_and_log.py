"""Roles, key slots and the audit log against a colleague with her own password, both files
and plain sqlcipher3 (issue #16; compartments are tests/test_insider.py): each
test does what the insider did, and fails on the release before sealed roles, slot checks
and the forward-secure audit chain."""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil

import pytest
import sqlcipher3
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from shelter_app import accounts, audit, audit_chain, authority, clients, integrity, keys
from shelter_app.database import Database
from shelter_app.errors import AuthenticationFailed, PermissionDenied
from shelter_app.permissions import Role
from shelter_app.storage.engine import raw_key_literal
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.keyfile import KeyFile, WrongSecret
from tests.conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD, STAFF_USERNAMES

COORDINATOR = STAFF_USERNAMES[Role.COORDINATOR]
CASEWORKER = STAFF_USERNAMES[Role.CASE_WORKER]


def _her_data_key(path, username: str, password: str) -> bytes:
    """What her password gives her: the data key, from her own slot."""
    kf = KeyFile.load(DatabasePaths.for_database(path).key_file)
    return kf.unlock(kf.locator(username), password).data_keys[0]


def _sqlcipher(path, data_key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path))
    conn.execute(f'PRAGMA key = "{raw_key_literal(data_key)}"')
    return conn


def _raw(path, data_key: bytes, *statements: tuple[str, tuple]) -> None:
    conn = _sqlcipher(path, data_key)
    for sql, params in statements:
        conn.execute(sql, params)
    conn.commit()
    conn.close()


# --- 1. raising her own role ------------------------------------------------------------


def test_a_role_raised_in_the_database_is_refused_at_sign_in(opened, staff):
    opened.db.close()
    key = _her_data_key(opened.path, COORDINATOR, STAFF_PASSWORD)
    _raw(
        opened.path, key, ("UPDATE accounts SET role = 'admin' WHERE username = ?", (COORDINATOR,))
    )

    with pytest.raises(AuthenticationFailed):
        Database.sign_in(opened.path, COORDINATOR, STAFF_PASSWORD)
    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        report = integrity.run_check(db, admin)
        coordinator_id = staff[Role.COORDINATOR].account_id
        assert report.unsealed_accounts == (coordinator_id,) and not report.ok
        refused = audit.list_entries(db, admin, action="session.sign_in_refused")
        assert refused[0].detail == {"reason": "account_seal"}
    finally:
        db.close()


def test_a_role_raised_while_signed_in_is_refused_in_the_next_unit_of_work(opened, staff):
    coordinator = staff[Role.COORDINATOR]
    key = opened.db._data_key
    _raw(
        opened.path,
        key,
        ("UPDATE accounts SET role = 'admin' WHERE id = ?", (coordinator.account_id,)),
    )
    with pytest.raises(PermissionDenied):
        accounts.list_accounts(opened.db, coordinator)
    with pytest.raises(PermissionDenied):  # not even what a coordinator may do
        clients.count_clients(opened.db, coordinator)


def test_a_deactivated_account_made_active_again_in_the_database_is_refused(opened, staff):
    caseworker = staff[Role.CASE_WORKER]
    accounts.deactivate(opened.db, opened.admin, caseworker.account_id)
    _raw(
        opened.path,
        opened.db._data_key,
        ("UPDATE accounts SET active = 1 WHERE id = ?", (caseworker.account_id,)),
    )
    report = integrity.run_check(opened.db, opened.admin)
    assert report.unsealed_accounts == (caseworker.account_id,) and not report.ok


def test_an_administrators_seal_copied_onto_her_row_does_not_verify(opened, staff):
    coordinator = staff[Role.COORDINATOR]
    conn = _sqlcipher(opened.path, opened.db._data_key)
    version, seal = conn.execute(
        "SELECT seal_version, seal FROM accounts WHERE username = ?", (ADMIN,)
    ).fetchone()
    conn.execute(
        "UPDATE accounts SET role = 'admin', seal_version = ?, seal = ? WHERE id = ?",
        (version, seal, coordinator.account_id),
    )
    conn.commit()
    conn.close()
    with pytest.raises(PermissionDenied):
        clients.count_clients(opened.db, coordinator)


def test_a_replaced_authority_cannot_live_beside_her_colleagues_slots(opened, staff):
    """She makes her own signing key, puts its public half in the key file, rebinds her
    own slot to it (she knows her password) and signs her row as administrator: her
    colleagues' slots still name the real authority, so every sign-in is refused."""
    coordinator = staff[Role.COORDINATOR]
    opened.db.close()
    paths = DatabasePaths.for_database(opened.path)
    key = _her_data_key(opened.path, COORDINATOR, STAFF_PASSWORD)
    own = Ed25519PrivateKey.generate()
    kf = KeyFile.load(paths.key_file)
    forged = kf.with_authority(
        {"public_key": authority._b64(own.public_key().public_bytes_raw()), "sealed_private": "{}"}
    )
    locator = forged.locator(COORDINATOR)
    forged = forged.with_slot(
        locator, "user", STAFF_PASSWORD, [key], account=coordinator.account_id
    )
    forged.save(paths.key_file, key)
    seal = authority.sign_account(
        own, kf.database_id, coordinator.account_id, locator, "admin", True, 9
    )
    _raw(
        opened.path,
        key,
        (
            "UPDATE accounts SET role = 'admin', seal_version = 9, seal = ? WHERE id = ?",
            (seal, coordinator.account_id),
        ),
    )
    with pytest.raises(AuthenticationFailed):
        Database.sign_in(opened.path, COORDINATOR, STAFF_PASSWORD)
    with pytest.raises(AuthenticationFailed):
        Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)


def test_a_slot_planted_under_the_administrators_name_gives_no_administrator(opened, staff):
    opened.db.close()
    paths = DatabasePaths.for_database(opened.path)
    key = _her_data_key(opened.path, COORDINATOR, STAFF_PASSWORD)
    kf = KeyFile.load(paths.key_file)
    planted = kf.with_slot(kf.locator(ADMIN), "user", "Planted-pass-99", [key], account=1)
    planted.save(paths.key_file, key)
    with pytest.raises(AuthenticationFailed):
        Database.sign_in(opened.path, ADMIN, "Planted-pass-99")


# --- 2. a planted slot ------------------------------------------------------------------


def _plant_slot(path, data_key: bytes, slot_id: str, secret: str) -> None:
    key_file = DatabasePaths.for_database(path).key_file
    kf = KeyFile.load(key_file)
    kf.with_slot(slot_id, "user", secret, [data_key]).save(key_file, data_key)


def test_a_planted_slot_is_reported_and_does_not_survive_deactivation_and_rotation(opened, staff):
    caseworker = staff[Role.CASE_WORKER]
    key = _her_data_key(opened.path, CASEWORKER, STAFF_PASSWORD)
    planted_id = "0123456789abcdef0123456789abcdef"
    _plant_slot(opened.path, key, planted_id, "Spare-key-4321")
    opened.db.keyfile = KeyFile.load(DatabasePaths.for_database(opened.path).key_file)

    report = integrity.run_check(opened.db, opened.admin)
    assert report.slots_without_account == 1 and not report.ok

    accounts.deactivate(opened.db, opened.admin, caseworker.account_id)
    keys.rotate_data_key(opened.db, opened.admin)
    kf = KeyFile.load(DatabasePaths.for_database(opened.path).key_file)
    assert not kf.has_slot(planted_id)
    with pytest.raises(WrongSecret):
        kf.unlock(planted_id, "Spare-key-4321")
    report = integrity.run_check(opened.db, opened.admin)
    assert report.ok and report.slots_without_account == 0
    rotated = audit.list_entries(opened.db, opened.admin, action="keys.rotated")[0]
    assert rotated.detail["slots_dropped"] == 1


def test_slot_writes_are_audited_and_name_their_account(opened):
    info = accounts.create_account(
        opened.db, opened.admin, "olena", "Olena", "lawyer", "Olena-pass-77"
    )
    accounts.reset_password(opened.db, opened.admin, info.id, "Olena-pass-78")
    written = audit.list_entries(opened.db, opened.admin, action="keys.slot_written")
    assert [e.target_id for e in written] == [str(info.id), str(info.id)]
    kf = KeyFile.load(DatabasePaths.for_database(opened.path).key_file)
    assert kf.unlock(kf.locator("olena"), "Olena-pass-78").account == info.id


# --- 3. rewriting the audit log ---------------------------------------------------------


def _rewrite_without(path, data_key: bytes, account_id: int, action: str) -> int:
    """Delete her entries, renumber, MAC again with every key she can get, rewrite the
    head: what a case worker did to hide the clients she viewed. Returns how many."""
    conn = _sqlcipher(path, data_key)
    rows = conn.execute(
        "SELECT seq, at, account_id, role, action, target_type, target_id, outcome, detail "
        "FROM audit_log ORDER BY seq"
    ).fetchall()
    kept = [r for r in rows if not (r[2] == account_id and r[4] == action)]
    has_state = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'audit_state'"
    ).fetchone()[0]
    if has_state:  # the key she holds today (forward-secure chain)
        key = bytes.fromhex(conn.execute("SELECT next_key FROM audit_state").fetchone()[0])
    else:  # the one key of the old chain, derived from the data key
        key = audit_chain.legacy_key(data_key)
    conn.execute("DELETE FROM audit_log")
    prev = audit_chain.GENESIS
    for n, row in enumerate(kept, start=1):
        at = row[1].replace(" ", "T")  # as the MAC reads it (isoformat)
        fields = json.dumps([n, at, *row[2:]], separators=(",", ":"), ensure_ascii=True).encode()
        mac = hmac.new(key, prev + fields, hashlib.sha256).hexdigest()
        conn.execute(
            "INSERT INTO audit_log (seq, at, account_id, role, action, target_type, target_id, "
            "outcome, detail, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (n, *row[1:], mac),
        )
        prev = bytes.fromhex(mac)
        if has_state:
            key = audit_chain.next_key(key)
    if has_state:
        conn.execute(
            "UPDATE audit_state SET next_seq = ?, next_key = ?", (len(kept) + 1, key.hex())
        )
    conn.commit()
    conn.close()
    db_id = KeyFile.load(DatabasePaths.for_database(path).key_file).database_id
    head = {"database_id": db_id, "seq": len(kept), "mac": prev.hex()}
    DatabasePaths.for_database(path).audit_head.write_text(json.dumps(head))
    return len(rows) - len(kept)


def test_deleting_her_own_entries_and_recomputing_the_chain_is_detected(opened, staff, make_client):
    caseworker = staff[Role.CASE_WORKER]
    client_id = make_client()
    clients.get_client(opened.db, caseworker, client_id)
    clients.get_client(opened.db, caseworker, client_id)
    opened.db.close()

    key = _her_data_key(opened.path, CASEWORKER, STAFF_PASSWORD)
    removed = _rewrite_without(opened.path, key, caseworker.account_id, "client.viewed")
    assert removed == 2

    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        status = audit.verify(db, admin)
        assert status.from_first_key and not status.chain_ok
        assert not integrity.run_check(db, admin).ok
    finally:
        db.close()


def test_a_colleague_can_add_entries_but_cannot_check_the_macs(opened, staff):
    status = integrity.run_check(opened.db, staff[Role.LAWYER]).audit
    assert status.chain_ok and not status.from_first_key
    assert audit.verify(opened.db, opened.admin).from_first_key


# --- 4. an older database put back --------------------------------------------------------


def _keep_copy(path, where):
    paths = DatabasePaths.for_database(path)
    where.mkdir()
    for f in (paths.database, paths.key_file, paths.audit_head):
        shutil.copy2(f, where / f.name)


def _put_back(path, where, *, head: bool):
    paths = DatabasePaths.for_database(path)
    for f in (paths.wal, paths.shm):
        f.unlink(missing_ok=True)
    for f in (paths.database, paths.key_file):
        shutil.copy2(where / f.name, f)
    if head:
        shutil.copy2(where / paths.audit_head.name, paths.audit_head)


def test_an_older_database_put_back_with_its_head_deleted_is_reported_not_recreated(
    opened, tmp_path
):
    opened.db.close()
    _keep_copy(opened.path, tmp_path / "old")
    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    accounts.create_account(db, admin, "olena", "Olena", "lawyer", "Olena-pass-77")
    db.close()
    paths = DatabasePaths.for_database(opened.path)

    _put_back(opened.path, tmp_path / "old", head=False)
    paths.audit_head.unlink()
    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        accounts.create_account(db, admin, "maria", "Maria", "lawyer", "Maria-pass-77")
        assert not paths.audit_head.exists()  # never silently re-created
        report = integrity.run_check(db, admin)
        assert report.audit.head_problem == "missing" and not report.ok
        noted = audit.list_entries(db, admin, action="audit.head_problem")
        assert [e.detail for e in noted] == [{"problem": "missing"}]

        # the administrator compares the fingerprint with her paper and accepts
        mark = audit.accept_head(db, admin)
        assert paths.audit_head.exists()
        report = integrity.run_check(db, admin)
        assert report.ok and report.audit.head_problem is None
        assert mark.split(" · ")[1] in report.audit.fingerprint or mark
    finally:
        db.close()


def test_an_older_database_stays_reported_when_it_grows_past_the_newer_head(opened, tmp_path):
    opened.db.close()
    _keep_copy(opened.path, tmp_path / "old")
    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    for n in range(3):
        accounts.create_account(db, admin, f"user{n}", "U", "lawyer", f"User-pass-{n}77")
    db.close()
    _put_back(opened.path, tmp_path / "old", head=False)  # the newer head stays
    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        for n in range(6):
            accounts.create_account(db, admin, f"late{n}", "L", "lawyer", f"Late-pass-{n}77")
        assert integrity.run_check(db, admin).audit.head_problem in ("truncated", "mismatch")
    finally:
        db.close()


def test_only_an_administrator_accepts_a_head(opened, staff):
    for role, user in staff.items():
        if role == Role.ADMIN:
            assert audit.accept_head(opened.db, user)
        else:
            with pytest.raises(PermissionDenied):
                audit.accept_head(opened.db, user)


def test_the_fingerprint_is_short_and_names_the_newest_entry(opened):
    status = audit.verify(opened.db, opened.admin)
    head = audit_chain.read_head(DatabasePaths.for_database(opened.path).audit_head)
    assert head is not None
    number, code = head.fingerprint.split(" · ")
    assert int(number) == head.seq and len(code) == 14
    assert status.fingerprint.split(" · ")[0] == str(status.entries)


def test_a_replaced_first_key_is_a_broken_chain_for_the_administrator(opened, staff):
    """She cannot read the sealed first key; she can overwrite it with her own, sealed
    under a key of her choosing. The administrator's check does not fall back to the
    numbering: the chain is reported broken."""
    fake = authority.seal(
        b"\x01" * 32, audit_chain.FIRST_KEY_PURPOSE, opened.db.database_id, b"k" * 32
    )
    _raw(opened.path, opened.db._data_key, ("UPDATE audit_state SET first_key_sealed = ?", (fake,)))
    status = audit.verify(opened.db, opened.admin)
    assert status.from_first_key and not status.chain_ok and status.first_bad_seq == 1


def test_a_deactivated_account_put_back_with_its_old_seal_and_slot_is_refused(opened, staff):
    """Before she left she kept her row (with its valid seal) and the key file; after her
    deactivation, with the data key not yet rotated, she puts both back."""
    caseworker = staff[Role.CASE_WORKER]
    paths = DatabasePaths.for_database(opened.path)
    kept_keys = paths.key_file.read_bytes()
    conn = _sqlcipher(opened.path, opened.db._data_key)
    kept_row = conn.execute(
        "SELECT role, active, seal_version, seal FROM accounts WHERE id = ?",
        (caseworker.account_id,),
    ).fetchone()
    conn.close()
    accounts.deactivate(opened.db, opened.admin, caseworker.account_id)
    opened.db.close()

    key = _her_data_key_from(kept_keys, CASEWORKER, STAFF_PASSWORD)
    current = KeyFile.load(paths.key_file)
    old = KeyFile(json.loads(kept_keys))
    locator = old.locator(CASEWORKER)
    planted = current._copy()
    planted._doc["slots"].append(next(s for s in old._doc["slots"] if s["id"] == locator))
    planted.save(paths.key_file, key)
    _raw(
        opened.path,
        key,
        (
            "UPDATE accounts SET role = ?, active = ?, seal_version = ?, seal = ? WHERE id = ?",
            (*kept_row, caseworker.account_id),
        ),
    )
    with pytest.raises(AuthenticationFailed):
        Database.sign_in(opened.path, CASEWORKER, STAFF_PASSWORD)
    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        assert caseworker.account_id in integrity.run_check(db, admin).unsealed_accounts
        refused = audit.list_entries(db, admin, action="session.sign_in_refused")
        assert refused[0].detail == {"reason": "account_replayed"}
    finally:
        db.close()


def _her_data_key_from(key_file: bytes, username: str, password: str) -> bytes:
    kf = KeyFile(json.loads(key_file))
    return kf.unlock(kf.locator(username), password).data_keys[0]
