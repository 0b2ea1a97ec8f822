"""Three rules that a mutation run could remove without any test noticing: each test
here fails when its rule is taken out (checked by removing it)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from shelter_app import accounts, clients
from shelter_app import shelter as shelter_service
from shelter_app import shelter_layout as layout
from shelter_app.errors import PermissionDenied
from shelter_app.permissions import Permission, Role
from shelter_app.reports.summary import build_summary
from shelter_app.storage import engine as storage_engine
from shelter_app.storage.schema import Account
from tests.test_reports import set_k

MARCH = (date(2026, 3, 1), date(2026, 3, 31))
TODAY = date(2026, 4, 15)


# --- the monthly occupancy chart: a percentage over fewer than 2k women is withheld -------


def _women_in_march(opened, make_client, n: int) -> None:
    room = layout.add_room(opened.db, opened.admin, "Кімната 1", 12)
    for i in range(n):
        bed = layout.add_bed(opened.db, opened.admin, room.id, f"B{i}")
        client_id = make_client(f"Шевченко{i}", "Оксана", first_contact_on=date(2026, 3, 1))
        shelter_service.admit(
            opened.db, opened.admin, client_id, bed.id, date(2026, 3, 2), "police", today=TODAY
        )


def _monthly_occupancy(opened, k: int):
    set_k(opened, k)
    summary = build_summary(opened.db, opened.admin, *MARCH, language="en", today=TODAY)
    return next(x for x in summary.series if x.key == "occupancy_by_month")


def test_monthly_occupancy_over_fewer_than_2k_women_is_withheld(opened, make_client):
    _women_in_march(opened, make_client, 5)
    march = _monthly_occupancy(opened, k=3)  # 5 women < 2k = 6
    assert march.values == (None,) and march.texts == ("—",)


def test_monthly_occupancy_over_2k_women_is_shown(opened, make_client):
    _women_in_march(opened, make_client, 6)
    march = _monthly_occupancy(opened, k=3)
    assert march.values[0] is not None and 0 < march.values[0] <= 100


# --- deleted content is overwritten (PRAGMA secure_delete) --------------------------------


def test_the_database_overwrites_deleted_content(opened):
    with opened.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar_one() == 1
        conn.rollback()


def test_a_deleted_value_is_gone_from_the_file(tmp_path):
    """The connection set-up on a plain SQLite file, where the bytes can be read, over a
    connection that starts with secure_delete off (as a build may ship it): the set-up
    turns it on, and a deleted note does not survive in a free page."""
    path = tmp_path / "plain.db"

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA secure_delete = OFF")
        return conn

    plain = storage_engine._configured(create_engine("sqlite://", creator=connect))
    marker = "NOTE-" + "калина" * 20
    with plain.begin() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar_one() == 1
        conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
        conn.execute(text("INSERT INTO notes (body) VALUES (:b)"), {"b": "keep"})
        conn.execute(text("INSERT INTO notes (body) VALUES (:b)"), {"b": marker})
    with plain.begin() as conn:
        conn.execute(text("DELETE FROM notes WHERE body = :b"), {"b": marker})
    plain.dispose()
    raw = path.read_bytes()
    assert b"keep" in raw
    assert marker.encode() not in raw


# --- the unit of work re-checks that the account is still active ---------------------------


def test_an_account_deactivated_behind_her_session_is_refused(opened, staff, make_client):
    """Her session token is still known (say another workstation deactivated her): the
    unit of work reads the account as stored now and refuses."""
    caseworker = staff[Role.CASE_WORKER]
    client_id = make_client()
    clients.get_client(opened.db, caseworker, client_id)  # allowed while active
    with opened.db.unit_of_work(opened.admin, Permission.MANAGE_ACCOUNTS, write=True) as uow:
        uow.session.get(Account, caseworker.account_id).active = False
        uow.commit()
    with pytest.raises(PermissionDenied):
        clients.get_client(opened.db, caseworker, client_id)
    with pytest.raises(PermissionDenied):
        accounts.change_own_password(opened.db, caseworker, "Staff-pass-12", "Another-pass-12")
