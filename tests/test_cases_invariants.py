"""Properties of cases under any sequence of actions, and the upgrade of an old database.

A client never has two open cases; a closed case never changes again (she is helped
further only in a new case linked to it)."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, inspect, select, text

from shelter_app import accounts
from shelter_app.cases import assessment, closure, lifecycle
from shelter_app.cases.vocabulary import NeedDomain
from shelter_app.database import Database
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Permission, Role
from shelter_app.storage import migrate
from shelter_app.storage.case_schema import Case

FIXTURE = Path(__file__).parent / "fixtures" / "v0001"
RATINGS = {d.value: ("low", None) for d in NeedDomain}

_step = st.tuples(
    st.sampled_from(["open", "assess", "monitor", "activate", "close", "reopen"]),
    st.integers(0, 1),  # which client
    st.sampled_from(["head", "worker"]),
)


_COLS = [c.key for c in inspect(Case).column_attrs]


def _snapshot(db: Database, admin) -> dict[int, tuple]:
    with db.unit_of_work(admin, Permission.READ_CASES) as uow:
        cases = uow.session.scalars(select(Case)).all()
        return {c.id: tuple(getattr(c, k) for k in _COLS) for c in cases}


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(_step, min_size=1, max_size=12))
def test_never_two_open_cases_and_closed_cases_change_only_by_reopening(
    opened, staff, make_client, steps
):
    db = opened.db
    users = {"head": staff[Role.HEAD], "worker": staff[Role.CASE_WORKER]}
    clients = [make_client(), make_client("Коваль")]
    frozen: dict[int, tuple] = {}
    for action, which, who in steps:
        user, client_id = users[who], clients[which]
        cases = lifecycle.client_cases(db, user, client_id)
        latest = cases[0] if cases else None
        try:
            if action == "open":
                lifecycle.open_case(db, user, client_id)
            elif latest is None:
                continue
            elif action == "assess":
                assessment.record_assessment(db, user, latest.id, RATINGS)
            elif action in ("monitor", "activate"):
                target = "monitoring" if action == "monitor" else "active"
                lifecycle.change_state(db, user, latest.id, target)
            elif action == "close":
                closure.close_case(db, user, latest.id, "goals_reached", "Підсумок")
            else:
                closure.reopen_case(db, user, latest.id)
        except (InvalidInput, PermissionDenied):
            pass  # a refused step changes nothing; the invariants below still hold
        now = _snapshot(db, opened.admin)
        with db.unit_of_work(opened.admin, Permission.READ_CASES) as uow:
            open_counts = [
                uow.session.scalar(
                    select(func.count()).where(Case.client_id == c, Case.state != "closed")
                )
                for c in clients
            ]
        assert max(open_counts) <= 1
        for case_id, row in frozen.items():
            assert now[case_id] == row, "a closed case changed"
        for case_id, row in now.items():
            if row[_COLS.index("state")] == "closed":
                frozen.setdefault(case_id, row)
        for row in now.values():  # a reopened case links back to a closed one
            previous = row[_COLS.index("previous_case_id")]
            assert previous is None or previous in frozen


def test_first_version_database_upgrades_to_the_case_tables_keeping_rows(tmp_path):
    target = tmp_path / "old"
    shutil.copytree(FIXTURE, target)
    db, admin = Database.sign_in(target / "oberih.db", "admin", "Fixture-pass-1")
    try:
        with db.engine.connect() as conn:
            tables = set(
                conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
            )
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            conn.rollback()
        assert version == migrate.head_revision()  # 0006 and every later step
        assert {
            "cases",
            "case_team",
            "needs_assessments",
            "plan_actions",
            "case_follow_ups",
        } <= tables
        people = {a.username for a in accounts.list_accounts(db, admin)}
        assert people == {"admin", "olena", "iryna"}
        # the upgraded database takes a head of the centre and her first case
        accounts.create_account(db, admin, "head", "Керівниця", "head", "Head-pass-123")
        head = db.sign_in_again("head", "Head-pass-123")
        assert sorted(m.role for m in lifecycle.case_staff(db, head)) == [
            "head",
            "lawyer",
            "psychologist",
        ]
    finally:
        db.close()
