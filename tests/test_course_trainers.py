"""A trainer runs courses and sees the names on her own course lists only."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shelter_app import accounts, clients, consultations, course_trainers, courses, safety
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Role
from tests.conftest import STAFF_PASSWORD

ALL_ROLES = list(Role)
TODAY = date(2026, 3, 20)


def _course(opened, title="Комп'ютерна грамотність"):
    return courses.create_course(
        opened.db, opened.admin, title, 10, date(2026, 3, 2), date(2026, 4, 30)
    )


@pytest.fixture
def setting(opened, staff, make_client):
    own, other = _course(opened), _course(opened, "Англійська")
    trainer = staff[Role.TRAINER]
    course_trainers.assign_trainer(opened.db, staff[Role.CASE_WORKER], own.id, trainer.account_id)
    client_id = make_client("Коваль", "Олена")
    for course in (own, other):
        courses.enrol(opened.db, staff[Role.CASE_WORKER], course.id, client_id, today=TODAY)
    session = courses.add_session(opened.db, trainer, own.id, datetime(2026, 3, 10, 10), 90)
    return own, other, client_id, session


def test_the_trainer_sees_names_on_her_own_course_and_marks_attendance(opened, staff, setting):
    own, _other, _client_id, session = setting
    trainer = staff[Role.TRAINER]
    (entry,) = courses.course_roster(opened.db, trainer, own.id)
    assert entry.display_name is not None and "Олена" in entry.display_name
    marked = courses.record_attendance(
        opened.db, trainer, session.id, {entry.enrolment_id}, today=TODAY
    )
    assert [r.present for r in marked.rows] == [True]
    assert marked.rows[0].display_name == entry.display_name
    assert courses.session_attendance(opened.db, trainer, session.id).rows == marked.rows
    assert course_trainers.own_course_ids(opened.db, trainer) == {own.id}


def test_the_trainer_gets_no_other_course_list_and_no_client_data(opened, staff, setting):
    _own, other, client_id, _session = setting
    trainer = staff[Role.TRAINER]
    with pytest.raises(PermissionDenied):
        courses.course_roster(opened.db, trainer, other.id)
    other_session = courses.add_session(opened.db, trainer, other.id, datetime(2026, 3, 11), 60)
    with pytest.raises(PermissionDenied):
        courses.session_attendance(opened.db, trainer, other_session.id)
    with pytest.raises(PermissionDenied):
        courses.record_attendance(opened.db, trainer, other_session.id, set(), today=TODAY)
    for call in (
        lambda: clients.search_clients(opened.db, trainer, ""),
        lambda: courses.client_enrolments(opened.db, trainer, client_id),
        lambda: safety.risk_history(opened.db, trainer, client_id),
        lambda: consultations.client_consultations(opened.db, trainer, client_id, "psychological"),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_a_trainer_takes_a_free_course_but_not_a_colleagues(opened, staff, setting):
    own, other, _client_id, _session = setting
    trainer = staff[Role.TRAINER]
    accounts.create_account(
        opened.db, opened.admin, "trainer2", "Друга тренерка", "trainer", STAFF_PASSWORD
    )
    second = opened.db.sign_in_again("trainer2", STAFF_PASSWORD)
    with pytest.raises(PermissionDenied):
        course_trainers.assign_trainer(opened.db, second, own.id, second.account_id)
    course_trainers.assign_trainer(opened.db, second, other.id, second.account_id)
    with pytest.raises(PermissionDenied):  # nor hand a course to someone else
        course_trainers.assign_trainer(opened.db, trainer, own.id, second.account_id)
    course_trainers.assign_trainer(opened.db, trainer, own.id, None)  # hands hers back
    assert course_trainers.course_trainer(opened.db, trainer, own.id) is None
    with pytest.raises(InvalidInput):  # a case worker is not a trainer
        course_trainers.assign_trainer(
            opened.db, opened.admin, own.id, staff[Role.CASE_WORKER].account_id
        )
    names = [t.display_name for t in course_trainers.list_trainers(opened.db, opened.admin)]
    assert names == ["Staff trainer", "Друга тренерка"]


_ALLOWED = {
    "assign": {Role.ADMIN, Role.CASE_WORKER, Role.TRAINER},
    "trainers": {
        Role.ADMIN,
        Role.HEAD,
        Role.CASE_WORKER,
        Role.PSYCHOLOGIST,
        Role.LAWYER,
        Role.TRAINER,
    },
    "roster of her course": {
        Role.ADMIN,
        Role.HEAD,
        Role.CASE_WORKER,
        Role.PSYCHOLOGIST,
        Role.LAWYER,
        Role.TRAINER,
    },
}


@pytest.mark.parametrize("role", ALL_ROLES)
def test_each_role_may_use_only_its_trainer_services(opened, staff, setting, role):
    own, _other, _client_id, _session = setting
    db, user, trainer = opened.db, staff[role], staff[Role.TRAINER]
    calls = {
        "assign": lambda: course_trainers.assign_trainer(db, user, own.id, trainer.account_id),
        "trainers": lambda: course_trainers.list_trainers(db, user),
        "roster of her course": lambda: courses.course_roster(db, user, own.id),
    }
    assert calls.keys() == _ALLOWED.keys()
    for name, call in calls.items():
        if role in _ALLOWED[name]:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()
