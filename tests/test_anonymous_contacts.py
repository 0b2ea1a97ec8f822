"""The anonymous-contact log: fast, identity-free, per role, counted as appeals."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import inspect, text

from shelter_app import anonymous_contacts as ac
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Role

ALL_ROLES = list(Role)
BASE = {
    "channel": "hotline",
    "duration_min": 12,
    "caller": "self",
    "sex": "female",
    "age_band": "25-34",
    "district": "darnytskyi",
}


def _log(db, user, **changes):
    return ac.log_contact(db, user, **{**BASE, "at": datetime(2026, 3, 5, 10, 0), **changes})


def _count(opened) -> int:
    with opened.db.engine.connect() as conn:
        n = conn.execute(text("SELECT count(*) FROM anonymous_contacts")).scalar_one()
        conn.rollback()
    return n


def test_a_contact_is_logged_without_identity_and_read_back(opened, staff):
    op = staff[Role.OPERATOR]
    saved = _log(
        opened.db,
        op,
        forms=["psychological", "physical"],
        help=["counselling", "referral"],
        referred_to="police",
        note="Плакала, просила передзвонити завтра",
    )
    assert saved.forms == ("physical", "psychological")  # in the list's order
    assert saved.help == ("counselling", "referral") and saved.referred_to == "police"
    assert not saved.became_client
    (back,) = ac.recent_contacts(opened.db, op)
    assert back == saved
    columns = {c["name"] for c in inspect(opened.db.engine).get_columns("anonymous_contacts")}
    assert not columns & {"name", "first_name", "last_name", "phone"}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"channel": "pigeon"}, "channel"),
        ({"duration_min": -1}, "duration"),
        ({"duration_min": "5"}, "duration"),
        ({"caller": "neighbour"}, "caller"),
        ({"sex": "x"}, "sex"),
        ({"age_band": "12-13"}, "age_band"),
        ({"district": "lviv"}, "district"),
        ({"forms": ["spiritual"]}, "forms"),
        ({"help": ["referral"]}, "referred_to"),  # referral without whom
        ({"referred_to": "police"}, "referred_to"),  # whom without a referral
        ({"note": "Її номер 067 123 45 67"}, "note"),  # a phone number
        ({"note": "x" * 301}, "note"),
        ({"at": datetime(2099, 1, 1)}, "at"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(opened, staff, changes, field):
    with pytest.raises(InvalidInput) as info:
        _log(opened.db, staff[Role.OPERATOR], **changes)
    assert info.value.field == field
    assert _count(opened) == 0


def test_recent_contacts_are_newest_first_and_page_by_keyset(opened, staff):
    op = staff[Role.OPERATOR]
    ids = [_log(opened.db, op, at=datetime(2026, 3, 5, 9, minute)).id for minute in range(5)]
    first = ac.recent_contacts(opened.db, op, limit=2)
    assert [c.id for c in first] == ids[::-1][:2]
    rest = ac.recent_contacts(opened.db, op, limit=10, before_id=first[-1].id)
    assert [c.id for c in rest] == ids[::-1][2:]


def test_a_case_worker_links_a_contact_to_the_client_she_became(opened, staff, make_client):
    contact = _log(opened.db, staff[Role.OPERATOR])
    client_id = make_client()
    linked = ac.link_to_client(opened.db, staff[Role.CASE_WORKER], contact.id, client_id)
    assert linked.became_client
    counts = ac.contact_counts(
        opened.db, staff[Role.COORDINATOR], date(2026, 3, 1), date(2026, 3, 31)
    )
    assert counts.became_clients == 1
    with pytest.raises(InvalidInput):
        ac.link_to_client(opened.db, staff[Role.CASE_WORKER], contact.id, 10**6)


def test_counts_are_codes_only_for_the_period(opened, staff):
    op = staff[Role.OPERATOR]
    _log(opened.db, op, channel="walk_in", sex="male", note="нотатка")
    _log(opened.db, op, help=["information"])
    _log(opened.db, op, at=datetime(2026, 4, 1, 0, 0))  # next month
    counts = ac.contact_counts(
        opened.db, staff[Role.COORDINATOR], date(2026, 3, 1), date(2026, 3, 31)
    )
    assert counts.total == 2
    assert counts.by_channel == {"hotline": 1, "walk_in": 1}
    assert counts.by_sex == {"female": 1, "male": 1}
    assert counts.by_help["information"] == 1 and counts.became_clients == 0


_ALLOWED = {
    "log": {Role.OPERATOR},
    "recent": {Role.OPERATOR, Role.CASE_WORKER, Role.HEAD},
    "link": {Role.CASE_WORKER},
    "counts": {Role.ADMIN, Role.HEAD, Role.COORDINATOR},
}


@pytest.mark.parametrize("role", ALL_ROLES)
def test_each_role_may_use_only_its_contact_services(opened, staff, make_client, role):
    db, user = opened.db, staff[role]
    contact = _log(db, staff[Role.OPERATOR])
    client_id = make_client()
    calls = {
        "log": lambda: _log(db, user),
        "recent": lambda: ac.recent_contacts(db, user),
        "link": lambda: ac.link_to_client(db, user, contact.id, client_id),
        "counts": lambda: ac.contact_counts(db, user, date(2026, 3, 1), date(2026, 3, 31)),
    }
    assert calls.keys() == _ALLOWED.keys()
    for name, call in calls.items():
        if role in _ALLOWED[name]:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()
