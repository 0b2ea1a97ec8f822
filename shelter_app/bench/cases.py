"""Benchmark lines of case management (issue 13): "My cases" for a case worker with 300
open cases, and the card's Case tab, each against raw SQL reading the same rows.

The benchmark database has no cases of its own: the first run gives the case worker 300
open cases (each with an assessment, a plan of two actions, two services, a note and a
follow-up) among clients without a case, and later runs reuse them."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from ..cases import caseload, detail
from ..database import Database, SignedInUser
from ..permissions import Permission
from ..storage.case_schema import (
    Case,
    CaseNote,
    CaseServiceEntry,
    CaseStateChange,
    FollowUp,
    NeedRating,
    NeedsAssessment,
    PlanAction,
    PlanGoal,
)
from ..storage.casework_schema import Client
from ..storage.engine import raw_cursor
from .timing import Stats

CASELOAD = 300
KEYS = ("my_cases", "case_tab")
Pair = tuple[Callable[[int], object], Callable[[int], object]]


def labels() -> dict[str, tuple[str, str]]:
    raw = QCoreApplication.translate("bench", "raw SQL")
    return {
        "my_cases": (
            QCoreApplication.translate("bench", "My cases: a worker with 300 cases"),
            raw,
        ),
        "case_tab": (QCoreApplication.translate("bench", "The card's Case tab"), raw),
    }


def target(app: Stats) -> tuple[str, bool]:
    return "p95 < 50 ms", app.p95 < 50


def ensure_caseload(db: Database, worker: SignedInUser, today: date) -> None:
    rng = random.Random(13)  # noqa: S311 (synthetic data)
    with db.unit_of_work(worker, Permission.WRITE_CASES, write=True) as uow:
        s = uow.session
        me = worker.account_id
        have = s.scalar(
            select(func.count(Case.id)).where(Case.responsible_id == me, Case.state != "closed")
        )
        need = CASELOAD - (have or 0)
        if need <= 0:
            return
        free = s.scalars(
            select(Client.id)
            .where(
                Client.archived_at.is_(None),
                Client.anonymised_at.is_(None),
                ~Client.id.in_(select(Case.client_id).where(Case.state != "closed")),
            )
            .order_by(Client.id.desc())
            .limit(need)
        ).all()
        for client_id in free:
            opened = today - timedelta(days=rng.randint(10, 300))
            case = Case(
                client_id=client_id,
                state="active",
                opened_on=opened,
                opened_by=me,
                responsible_id=me,
                first_assessment_due=opened + timedelta(days=3),
                plan_version=2,
                version=1,
            )
            s.add(case)
            s.flush()
            s.add(
                CaseStateChange(
                    case_id=case.id,
                    at=datetime.combine(opened, time(9)),
                    account_id=me,
                    to_state="active",
                )
            )
            a = NeedsAssessment(case_id=case.id, assessed_on=opened, assessed_by=me)
            s.add(a)
            s.flush()
            s.add_all(
                NeedRating(assessment_id=a.id, domain=d, level="medium")
                for d in (
                    "safety",
                    "housing",
                    "health",
                    "psychological",
                    "legal",
                    "income_work",
                    "children",
                    "documents",
                )
            )
            goal = PlanGoal(case_id=case.id, domain="housing", goal="Житло")
            s.add(goal)
            s.flush()
            for n in range(2):
                s.add(
                    PlanAction(
                        goal_id=goal.id,
                        case_id=case.id,
                        text=f"Захід {n}",
                        responsible_id=me,
                        due_on=today + timedelta(days=rng.randint(-20, 40)),
                        state="planned",
                    )
                )
            for n in range(2):
                s.add(
                    CaseServiceEntry(
                        case_id=case.id,
                        service="001.0",
                        on_date=opened + timedelta(days=n),
                        minutes=30,
                        format="phone",
                        note="Нотатка",
                        given_by=me,
                    )
                )
            s.add(
                CaseNote(
                    case_id=case.id,
                    written_at=datetime.combine(opened, time(12)),
                    author_id=me,
                    text="Нотатка",
                )
            )
            s.add(
                FollowUp(
                    case_id=case.id,
                    due_on=today + timedelta(days=rng.randint(-5, 30)),
                    state="open",
                    created_by=me,
                )
            )
        uow.commit()


def my_cases_pair(db: Database, worker: SignedInUser) -> Pair:
    def app(_i: int) -> None:
        rows = caseload.my_cases(db, worker)
        assert rows  # CASELOAD of them, or every client a small database has

    def baseline(_i: int) -> None:
        with raw_cursor(db.engine) as cur:
            cur.execute("BEGIN")
            try:
                _raw_my_cases(cur, worker.account_id)
            finally:
                cur.execute("COMMIT")

    return app, baseline


def case_tab_pair(db: Database, worker: SignedInUser) -> Pair:
    with raw_cursor(db.engine) as cur:
        clients: list[int] = [
            int(r[0])
            for r in cur.execute(
                "SELECT client_id FROM cases WHERE responsible_id = ? AND state != 'closed' "
                "ORDER BY id",
                (worker.account_id,),
            ).fetchall()
        ]

    def pick(i: int) -> int:
        return clients[i % len(clients)]

    def app(i: int) -> None:
        assert detail.client_case(db, worker, pick(i)) is not None

    def baseline(i: int) -> None:
        with raw_cursor(db.engine) as cur:
            cur.execute("BEGIN")
            try:
                _raw_case_tab(cur, pick(i))
            finally:
                cur.execute("COMMIT")

    return app, baseline


def _raw_my_cases(cur: Any, me: int) -> list[Any]:
    """The same rows: cases with client and worker, then the next dues and risk."""
    rows = cur.execute(
        "SELECT c.id, c.client_id, cl.code, cl.last_name, cl.first_name, c.state, a.display_name,"
        " c.opened_on, c.first_assessment_due FROM cases c"
        " JOIN clients cl ON cl.id = c.client_id JOIN accounts a ON a.id = c.responsible_id"
        " WHERE (c.responsible_id = ? OR c.id IN (SELECT case_id FROM case_team"
        " WHERE account_id = ?)) AND c.state != 'closed'"
        " AND cl.archived_at IS NULL AND cl.anonymised_at IS NULL",
        (me, me),
    ).fetchall()
    ids = ",".join(str(r[0]) for r in rows) or "0"
    cur.execute(
        f"SELECT case_id, min(due_on) FROM plan_actions WHERE case_id IN ({ids})"  # noqa: S608 (ids are ints read just above)
        " AND state IN ('planned', 'in_progress') GROUP BY case_id"
    ).fetchall()
    cur.execute(
        f"SELECT case_id, min(due_on) FROM case_follow_ups WHERE case_id IN ({ids})"  # noqa: S608 (ids are ints read just above)
        " AND state = 'open' GROUP BY case_id"
    ).fetchall()
    cur.execute(f"SELECT case_id FROM needs_assessments WHERE case_id IN ({ids})").fetchall()  # noqa: S608 (ids are ints read just above)
    clients = ",".join(str(r[1]) for r in rows) or "0"
    cur.execute(
        "SELECT r.client_id, r.level FROM risk_assessments r JOIN (SELECT client_id,"  # noqa: S608 (ids are ints read just above)
        f" max(id) AS last FROM risk_assessments WHERE client_id IN ({clients})"
        " GROUP BY client_id) x ON x.last = r.id"
    ).fetchall()
    return list(rows)


def _raw_case_tab(cur: Any, client_id: int) -> None:
    cases = cur.execute(
        "SELECT id, state, responsible_id FROM cases WHERE client_id = ? ORDER BY id DESC",
        (client_id,),
    ).fetchall()
    case_id = cases[0][0]
    one = (case_id,)
    for sql in (
        "SELECT display_name FROM accounts WHERE id = (SELECT responsible_id FROM cases"
        " WHERE id = ?)",
        "SELECT account_id FROM case_team WHERE case_id = ?",
        "SELECT n.id, a.display_name FROM needs_assessments n JOIN accounts a"
        " ON a.id = n.assessed_by WHERE n.case_id = ?",
        "SELECT domain, level, comment FROM need_ratings WHERE assessment_id IN"
        " (SELECT id FROM needs_assessments WHERE case_id = ?)",
        "SELECT id, domain, goal FROM plan_goals WHERE case_id = ?",
        "SELECT p.*, a.display_name FROM plan_actions p JOIN accounts a"
        " ON a.id = p.responsible_id WHERE p.case_id = ?",
        "SELECT * FROM case_follow_ups WHERE case_id = ?",
        "SELECT s.*, a.display_name FROM case_state_changes s JOIN accounts a"
        " ON a.id = s.account_id WHERE s.case_id = ?",
        "SELECT s.*, a.display_name FROM case_services s JOIN accounts a"
        " ON a.id = s.given_by WHERE s.case_id = ?",
        "SELECT n.*, a.display_name FROM case_notes n JOIN accounts a"
        " ON a.id = n.author_id WHERE n.case_id = ?",
    ):
        cur.execute(sql, one).fetchall()
