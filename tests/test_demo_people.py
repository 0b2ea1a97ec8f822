"""The demo's children, men, anonymous contacts and trainer/operator accounts."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from shelter_app import anonymous_contacts, course_trainers, courses
from shelter_app.database import Database
from shelter_app.permissions import Permission
from shelter_app.storage.casework_schema import Client, StayChild
from shelter_app.storage.people_schema import AnonymousContact, Child, ChildSession
from tests.test_demo import PASSWORD, TODAY, _build


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo14") / "demo.db"
    _build(path, 400, seed=11)
    db, admin = Database.sign_in(path, "admin", PASSWORD)
    yield db, admin, path
    db.close()


def test_every_child_on_a_stay_has_a_named_record_linked_to_her_mother(demo_db):
    db, admin, _ = demo_db
    with db.unit_of_work(admin, Permission.READ_CLIENTS) as uow:
        s = uow.session
        total = s.scalar(select(func.count()).select_from(StayChild))
        unlinked = s.scalar(select(func.count()).where(StayChild.child_id.is_(None)))
        named = s.scalar(select(func.count()).where(Child.first_name.is_not(None)))
        sessions = s.scalar(select(func.count()).select_from(ChildSession))
    assert total > 0 and unlinked == 0 and named == total
    assert sessions > 0  # some children saw the psychologist


def test_a_few_percent_of_clients_are_men(demo_db):
    db, admin, _ = demo_db
    with db.unit_of_work(admin, Permission.READ_CLIENTS) as uow:
        sexes = Counter(uow.session.scalars(select(Client.sex)))
        # whole rows: the names are sealed and open through the ORM with her keys
        men = [
            (c.first_name, c.patronymic)
            for c in uow.session.scalars(select(Client).where(Client.sex == "male"))
        ]
    share = sexes["male"] / sum(sexes.values())
    assert 0.01 <= share <= 0.08
    assert all(p.endswith("ович") for _, p in men)  # a man's patronymic


def test_dozens_of_anonymous_contacts_a_day_some_linked_to_clients(demo_db):
    db, admin, path = demo_db
    with db.unit_of_work(admin, Permission.READ_CLIENTS) as uow:
        s = uow.session
        days = Counter(d.date() for d in s.scalars(select(AnonymousContact.at)))
        linked = s.scalar(select(func.count()).where(AnonymousContact.client_id.is_not(None)))
    weekdays = [n for d, n in days.items() if d.weekday() < 5 and d < TODAY - timedelta(days=1)]
    assert 20 <= sum(weekdays) / len(weekdays) <= 45
    assert linked > 0
    other, operator = Database.sign_in(path, "operator", PASSWORD)
    try:
        assert len(anonymous_contacts.recent_contacts(other, operator, 50)) == 50
    finally:
        other.close()


def test_the_trainer_runs_courses_and_opens_her_own_lists(demo_db):
    _db, _admin, path = demo_db
    other, trainer = Database.sign_in(path, "trainer", PASSWORD)
    try:
        own = course_trainers.own_course_ids(other, trainer)
        assert own
        roster = courses.course_roster(other, trainer, min(own))
        assert all(r.display_name for r in roster)
    finally:
        other.close()
