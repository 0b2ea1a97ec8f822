"""Compartment keys in the key file: each role's slot opens exactly the compartments of
shelter_app.permissions.ROLE_COMPARTMENTS, grants need no password of the grantee, and
what an administrator cannot give is granted at a holder's next sign-in."""

from __future__ import annotations

import json

import pytest
from cryptography.exceptions import InvalidTag

from shelter_app import accounts, audit
from shelter_app.compartments import ALL_COMPARTMENTS, Compartment, new_compartment_keys
from shelter_app.database import Database
from shelter_app.permissions import ROLE_COMPARTMENTS, Role, compartments_of
from shelter_app.storage.keyfile import KdfParams, KeyFile, WrongSecret, new_data_key
from tests.conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD, STAFF_USERNAMES

LIGHT = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def test_a_slot_opens_its_compartments_and_a_grant_needs_no_password():
    dk = new_data_key()
    keys = new_compartment_keys()
    kf = KeyFile.new()
    kf = kf.with_slot("a", "user", "pw-aaaaaaaaa", [dk], LIGHT, {"identity": keys["identity"]})
    kf = kf.with_slot("b", "user", "pw-bbbbbbbbb", [dk], LIGHT)
    assert kf.unlock("a", "pw-aaaaaaaaa").compartments == {"identity": keys["identity"]}
    assert kf.unlock("b", "pw-bbbbbbbbb").compartments == {}
    # a holds IDENTITY; she seals it to b's public key without b's password
    kf = kf.granted("b", "identity", kf.unlock("a", "pw-aaaaaaaaa").compartments["identity"])
    assert kf.unlock("b", "pw-bbbbbbbbb").compartments == {"identity": keys["identity"]}
    assert kf.compartments_of("b") == {"identity"}
    # a data-key rotation keeps them; revoking drops one
    new = new_data_key()
    rotated = kf.resealed([new])
    opened = rotated.unlock("b", "pw-bbbbbbbbb")
    assert opened.data_keys == [new]
    assert opened.compartments == {"identity": keys["identity"]}
    assert rotated.revoked("b", "identity").unlock("b", "pw-bbbbbbbbb").compartments == {}


def test_an_envelope_renamed_to_another_compartment_does_not_open(tmp_path):
    """The compartment's name is bound into the envelope: an editor of the key file who
    renames her LEGAL envelope to PSYCH gets nothing."""
    dk = new_data_key()
    keys = new_compartment_keys([Compartment.LEGAL])
    kf = KeyFile.new().with_slot("a", "user", "pw-aaaaaaaaa", [dk], LIGHT, keys)
    kf.save(tmp_path / "k", dk)
    doc = json.loads((tmp_path / "k").read_text())
    slot = doc["slots"][0]
    slot["compartments"]["psych"] = slot["compartments"].pop("legal")
    edited = KeyFile(doc)
    with pytest.raises(WrongSecret):
        edited.unlock("a", "pw-aaaaaaaaa")
    assert not edited.mac_valid(dk)
    assert InvalidTag  # the underlying failure; reported as WrongSecret


@pytest.mark.parametrize("role", list(Role))
def test_every_roles_slot_opens_exactly_its_compartments(opened, role):
    """The matrix, table-driven: the slot made for each role, opened with her own
    password as an insider would (KeyFile.unlock), holds exactly her compartments."""
    if role is Role.ADMIN:
        username, password = ADMIN, ADMIN_PASSWORD
    else:
        username, password = STAFF_USERNAMES[role], STAFF_PASSWORD
        accounts.create_account(opened.db, opened.admin, username, "Х", role.value, password)
    kf = KeyFile.load(opened.db.paths.key_file)
    held = set(kf.unlock(kf.locator(username), password).compartments)
    assert held == {c.value for c in ROLE_COMPARTMENTS[role]}
    db, user = Database.sign_in(opened.path, username, password)
    try:
        assert db.keys_of(user).names == ROLE_COMPARTMENTS[role]
    finally:
        db.close()


def test_operator_and_coordinator_hold_nothing_and_recovery_holds_everything(opened):
    assert compartments_of(Role.OPERATOR) == frozenset()
    assert compartments_of(Role.COORDINATOR) == frozenset()
    kf = KeyFile.load(opened.db.paths.key_file)
    (recovery,) = kf.slot_ids("recovery")
    from shelter_app.storage.keyfile import normalise_recovery_code

    got = kf.unlock(recovery, normalise_recovery_code(opened.recovery_code)).compartments
    assert set(got) == {c.value for c in ALL_COMPARTMENTS}


def _fresh_admin(opened):
    """The administrator signed in later: she holds only her own compartments."""
    opened.db.close()
    return Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)


def test_a_compartment_the_admin_cannot_give_is_granted_at_a_holders_sign_in(opened):
    accounts.create_account(
        opened.db, opened.admin, "psy1", "Психологиня 1", "psychologist", STAFF_PASSWORD
    )
    db, admin = _fresh_admin(opened)
    try:
        assert not db.keys_of(admin).holds(Compartment.PSYCH)
        info = accounts.create_account(
            db, admin, "psy2", "Психологиня 2", "psychologist", STAFF_PASSWORD
        )
        needs = {Compartment.PSYCH, Compartment.VIOLENCE, Compartment.CASE_NOTES}
        assert info.awaiting == needs  # what an administrator does not hold
        listed = {a.username: a.awaiting for a in accounts.list_accounts(db, admin)}
        assert listed["psy2"] == needs
        assert listed["psy1"] == frozenset()
        # psy2 signs in before any holder: no PSYCH key yet
        psy2 = db.sign_in_again("psy2", STAFF_PASSWORD)
        assert not db.keys_of(psy2).holds(Compartment.PSYCH)
        assert db.keys_of(psy2).holds(Compartment.IDENTITY)  # the admin gave that
        # psy1 (a holder) signs in: her session seals PSYCH to psy2's slot
        db.sign_in_again("psy1", STAFF_PASSWORD)
        assert accounts.list_accounts(db, admin)[-1].awaiting == frozenset()
        psy2 = db.sign_in_again("psy2", STAFF_PASSWORD)
        assert db.keys_of(psy2).holds(Compartment.PSYCH)
        grants = [
            e for e in audit.list_entries(db, admin) if e.action == "keys.compartment_granted"
        ]
        assert sorted((g.target_id, (g.detail or {})["compartment"]) for g in grants) == [
            (str(info.id), "case_notes"),
            (str(info.id), "psych"),
            (str(info.id), "violence"),
        ]
    finally:
        db.close()


def test_the_recovery_code_completes_grants_when_no_holder_exists(opened):
    db, admin = _fresh_admin(opened)
    try:
        accounts.create_account(db, admin, "lawyer", "Юристка", "lawyer", STAFF_PASSWORD)
        assert {a.username: a.awaiting for a in accounts.list_accounts(db, admin)}["lawyer"] == {
            Compartment.LEGAL,
            Compartment.VIOLENCE,
            Compartment.CASE_NOTES,
        }
        assert accounts.grant_with_recovery_code(db, admin, opened.recovery_code) == 3
        lawyer = db.sign_in_again("lawyer", STAFF_PASSWORD)
        assert db.keys_of(lawyer).names == ROLE_COMPARTMENTS[Role.LAWYER]
    finally:
        db.close()


def test_a_role_change_drops_what_the_new_role_does_not_use(opened):
    info = accounts.create_account(
        opened.db, opened.admin, "psyche", "Психологиня", "psychologist", STAFF_PASSWORD
    )
    accounts.change_role(opened.db, opened.admin, info.id, "coordinator")
    kf = KeyFile.load(opened.db.paths.key_file)
    assert kf.unlock(kf.locator("psyche"), STAFF_PASSWORD).compartments == {}


def test_a_password_change_keeps_her_compartments(opened, staff):
    from shelter_app.database import Database as D

    accounts.change_own_password(opened.db, staff[Role.LAWYER], STAFF_PASSWORD, "Lawyer-new-pass-1")
    db, lawyer = D.sign_in(opened.path, "lawyer", "Lawyer-new-pass-1")
    try:
        assert db.keys_of(lawyer).names == ROLE_COMPARTMENTS[Role.LAWYER]
    finally:
        db.close()
