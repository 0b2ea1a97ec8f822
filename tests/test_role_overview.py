"""The trainer's and the operator's Overview services (shelter_app/role_overview.py): what
each returns, and which roles may ask (every role tried)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from shelter_app import accounts, courses, events, role_overview
from shelter_app import anonymous_contacts as ac
from shelter_app.course_trainers import assign_trainer
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Role
from tests.conftest import STAFF_PASSWORD

TODAY = date(2026, 3, 11)  # a Wednesday
MONDAY, SUNDAY = date(2026, 3, 9), date(2026, 3, 15)
CONTACT = {
    "channel": "hotline",
    "duration_min": 8,
    "caller": "self",
    "sex": "female",
    "age_band": "25-34",
    "district": "darnytskyi",
}
_ALLOWED = {
    "trainer_week": {
        Role.ADMIN,
        Role.HEAD,
        Role.CASE_WORKER,
        Role.PSYCHOLOGIST,
        Role.LAWYER,
        Role.TRAINER,
    },
    "contact_overview": {Role.OPERATOR, Role.CASE_WORKER, Role.HEAD},
}


@pytest.fixture
def week(opened, staff, make_client):
    """Her course with two sessions this week and one the week after, two women on it and
    one waiting; a course of someone else's on the same days; an event on Friday."""
    db, admin, trainer = opened.db, opened.admin, staff[Role.TRAINER]
    mine = courses.create_course(
        db, admin, "Цифрова безпека", 2, date(2026, 3, 1), date(2026, 4, 30)
    )
    other = courses.create_course(db, admin, "Крій і шиття", 8, date(2026, 3, 1), date(2026, 4, 30))
    assign_trainer(db, admin, mine.id, trainer.account_id)
    for day in (date(2026, 3, 10), date(2026, 3, 12), date(2026, 3, 17)):
        courses.add_session(db, admin, mine.id, datetime.combine(day, time(15)), 90)
        courses.add_session(db, admin, other.id, datetime.combine(day, time(10)), 90)
    worker = staff[Role.CASE_WORKER]
    for _ in range(3):
        courses.enrol(db, worker, mine.id, make_client(), today=date(2026, 3, 2))
    events.record_event(db, admin, "Відкриті двері", "talk", date(2026, 3, 13), today=TODAY)
    events.record_event(db, admin, "Форум", "city_event", date(2026, 3, 20), today=TODAY)
    return mine


def test_the_trainer_sees_her_sessions_of_the_week_with_places_and_the_events(opened, staff, week):
    got = role_overview.trainer_week(opened.db, staff[Role.TRAINER], TODAY)
    assert (got.monday, got.sunday) == (MONDAY, SUNDAY)
    assert [(s.course_title, s.starts_at) for s in got.sessions] == [
        ("Цифрова безпека", datetime(2026, 3, 10, 15)),
        ("Цифрова безпека", datetime(2026, 3, 12, 15)),
    ]
    assert {(s.enrolled, s.capacity, s.waiting) for s in got.sessions} == {(2, 2, 1)}
    assert [e.title for e in got.events] == ["Відкриті двері"]
    assert got.courses_running == 1
    # someone who runs no course has no sessions of her own, the same events
    other = role_overview.trainer_week(opened.db, staff[Role.CASE_WORKER], TODAY)
    assert other.sessions == () and [e.title for e in other.events] == ["Відкриті двері"]


def test_the_operator_counts_today_and_the_week_by_channel(opened, staff):
    op = staff[Role.OPERATOR]
    accounts.create_account(
        opened.db, opened.admin, "operator2", "Друга", Role.OPERATOR.value, STAFF_PASSWORD
    )
    colleague = opened.db.sign_in_again("operator2", STAFF_PASSWORD)
    at = datetime.combine(TODAY, time(9))
    ac.log_contact(opened.db, op, **CONTACT, at=at)
    ac.log_contact(opened.db, op, **{**CONTACT, "channel": "online"}, at=at)
    ac.log_contact(opened.db, colleague, **CONTACT, at=at + timedelta(hours=1))
    ac.log_contact(opened.db, op, **CONTACT, at=at - timedelta(days=2))  # Monday
    ac.log_contact(opened.db, op, **CONTACT, at=at - timedelta(days=3))  # last week
    got = role_overview.contact_overview(opened.db, op, TODAY)
    assert got.today_by_channel == {"hotline": 2, "online": 1}
    assert got.week_by_channel == {"hotline": 3, "online": 1}
    assert (got.today_total, got.week_total, got.logged_by_me_today) == (3, 4, 2)


def test_a_day_that_is_no_date_is_refused(opened, staff):
    with pytest.raises(InvalidInput):
        role_overview.contact_overview(opened.db, staff[Role.OPERATOR], "2026-03-11")


@pytest.mark.parametrize("role", list(Role))
def test_each_role_may_ask_only_for_its_overview(opened, staff, role):
    user = staff[role]
    calls = {
        "trainer_week": lambda: role_overview.trainer_week(opened.db, user, TODAY),
        "contact_overview": lambda: role_overview.contact_overview(opened.db, user, TODAY),
    }
    assert calls.keys() == _ALLOWED.keys()
    for name, call in calls.items():
        if role in _ALLOWED[name]:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()
