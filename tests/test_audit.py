"""The audit log: who did what, chained so that edits and cut-offs are detected."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import text

from shelter_app import accounts, audit, integrity
from shelter_app.database import Database, utcnow
from shelter_app.storage.files import DatabasePaths
from tests.conftest import ADMIN, ADMIN_PASSWORD


def _raw(opened, sql, **params):
    with opened.db.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_entries_name_records_by_id_and_chain_verifies(opened, staff):
    entries = audit.list_entries(opened.db, opened.admin)
    created = [e for e in entries if e.action == "account.created"]
    assert len(created) == len(staff) - 1  # every account but the first administrator
    assert all(e.target_type == "account" and e.target_id.isdigit() for e in created)
    assert all(e.account_id == opened.admin.account_id for e in created)
    status = audit.verify(opened.db, opened.admin)
    assert status.ok and status.entries == len(entries) + 1  # + the "viewed" entry


def test_filters_by_user_action_and_period(opened, staff):
    lawyer = staff[next(r for r in staff if r.value == "lawyer")]
    mine = audit.list_entries(opened.db, opened.admin, account_id=lawyer.account_id)
    assert mine and all(e.account_id == lawyer.account_id for e in mine)
    signins = audit.list_entries(opened.db, opened.admin, action="session.signed_in")
    assert len(signins) == len(staff) - 1
    future = audit.list_entries(opened.db, opened.admin, since=utcnow() + timedelta(days=1))
    assert future == []
    past = audit.list_entries(opened.db, opened.admin, until=utcnow() - timedelta(days=1))
    assert past == []


def test_edited_entry_is_detected(opened, staff):
    _raw(opened, "UPDATE audit_log SET action = 'account.renamed' WHERE seq = 3")
    status = audit.verify(opened.db, opened.admin)
    assert not status.chain_ok and status.first_bad_seq == 3
    assert not integrity.run_check(opened.db, opened.admin).ok


def test_edited_detail_is_detected(opened, staff):
    _raw(opened, "UPDATE audit_log SET detail = :d WHERE seq = 2", d=json.dumps({"role": "admin"}))
    assert audit.verify(opened.db, opened.admin).first_bad_seq == 2


def test_removed_middle_entry_is_detected(opened, staff):
    _raw(opened, "DELETE FROM audit_log WHERE seq = 4")
    status = audit.verify(opened.db, opened.admin)
    assert not status.chain_ok and status.first_bad_seq == 4


def test_cut_off_newest_entries_are_detected_by_the_head_file(opened, staff):
    with opened.db.engine.connect() as conn:
        last = conn.execute(text("SELECT max(seq) FROM audit_log")).scalar_one()
        conn.rollback()
    _raw(opened, "DELETE FROM audit_log WHERE seq > :n", n=last - 3)
    status = audit.verify(opened.db, opened.admin)
    # the stored next key is where the chain ended: the first key does not lead to it
    assert not status.chain_ok and status.first_bad_seq == last - 2
    assert status.head_problem == "truncated"
    assert not status.ok


def test_missing_head_file_is_reported(opened):
    DatabasePaths.for_database(opened.path).audit_head.unlink()
    assert audit.verify(opened.db, opened.admin).head_problem == "missing"


def test_head_file_never_moves_backwards(opened, staff):
    from shelter_app import audit_chain

    paths = DatabasePaths.for_database(opened.path)
    head = audit_chain.read_head(paths.audit_head)
    audit_chain.advance_head(paths, opened.db.database_id, 1, "00")
    assert audit_chain.read_head(paths.audit_head) == head


def test_a_head_brought_back_by_a_power_cut_is_no_problem(opened, staff):
    """advance_head leaves out the folder's fsync (one of three per search page), so a
    power cut may bring back the head file before the newest commits. That head names
    an entry the database holds: sign-in and verify accept it, and the next commit
    moves it on; only a head AHEAD of the database is a problem (an older file)."""
    from shelter_app import audit_chain, clients

    paths = DatabasePaths.for_database(opened.path)
    before = paths.audit_head.read_bytes()
    for typed in ("", "а", "б"):  # pages of the list: one entry and one head each
        clients.search_clients(opened.db, opened.admin, typed)
    assert paths.audit_head.read_bytes() != before
    opened.db.close()
    paths.audit_head.write_bytes(before)  # what the power cut left
    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        assert db.head_problem is None
        assert audit.verify(db, admin).ok
        newest = audit_chain.read_head(paths.audit_head)  # moved on by the sign-in's entry
        assert newest is not None and paths.audit_head.read_bytes() != before
    finally:
        db.close()


def test_sign_in_and_out_are_audited(opened):
    opened.db.sign_out(opened.admin)
    opened.db.close()
    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    actions = [e.action for e in audit.list_entries(db, admin)]
    assert actions == ["session.signed_in", "session.signed_out", "database.created"]
    db.close()


def test_audit_log_holds_no_names(opened):
    accounts.create_account(
        opened.db, opened.admin, "nadiya", "Надія Марченко", "lawyer", "N-pass-1234"
    )
    for entry in audit.list_entries(opened.db, opened.admin):
        flat = json.dumps(entry.__dict__, default=str, ensure_ascii=False)
        assert "Надія" not in flat and "Марченко" not in flat and "nadiya" not in flat
        assert "N-pass" not in flat


@pytest.mark.parametrize("bad", ["not json", '{"seq": "x"}'])
def test_unreadable_head_file_is_reported(opened, bad):
    DatabasePaths.for_database(opened.path).audit_head.write_text(bad)
    assert audit.verify(opened.db, opened.admin).head_problem == "foreign"
