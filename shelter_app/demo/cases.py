"""Demo cases (ведення випадку) for the synthetic database: assessments, plans with
actions in every state, the case worker's services and notes, follow-ups (some overdue),
closures with a spread of reasons, a few reopened. Called once from demo/builder.py.

Its own random generator, seeded from the demo's size and date, so adding cases does
not change any other demo data."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from ..cases.access import add_working_days
from ..cases.vocabulary import CaseService, ClosureReason, NeedDomain, NeedLevel, ServiceFormat
from ..database import utcnow
from ..permissions import Permission
from ..storage.case_schema import (
    Case,
    CaseNote,
    CaseServiceEntry,
    CaseStateChange,
    CaseTeamMember,
    FollowUp,
    NeedRating,
    NeedsAssessment,
    PlanAction,
    PlanGoal,
)

SHARE = 0.35  # of clients with a case...
MAX_CASES = 600  # ...up to a caseload one worker and the head can carry (about 300 open)
GOALS = {
    "safety": ("Безпечне житло без контакту з кривдником", "Скласти план безпеки"),
    "housing": ("Тимчасове житло після притулку", "Подати заяву на соціальне житло"),
    "legal": ("Обмежувальний припис", "Супровід до суду"),
    "income_work": ("Власний дохід", "Зареєструватися в центрі зайнятості"),
    "documents": ("Відновити документи", "Звернутися до ЦНАП"),
    "children": ("Діти в школі за новою адресою", "Заява до школи"),
}
NOTES = (
    "Обговорили план безпеки, вона погодилася тримати документи в сусідки.",
    "Дзвінок: у неї все гаразд, наступна зустріч за тиждень.",
    "Супровід до поліції, заяву прийняли.",
    "Вона сумнівається щодо суду; домовилися поговорити з юристкою.",
)
REASONS = [r.value for r in ClosureReason]
REASON_WEIGHTS = [40, 12, 15, 12, 8, 10, 1]


def add_cases(builder: Any) -> int:
    """Cases for part of the demo's clients; returns how many were opened."""
    b = builder
    rng = random.Random(len(b.women) * 7919 + b.today.toordinal())  # noqa: S311 (synthetic)
    worker = b.worker.account_id
    head = b.users["head"].account_id
    team = [b.users["psychologist"].account_id, b.users["lawyer"].account_id]
    now, opened = utcnow(), 0
    with b.db.unit_of_work(b.worker, Permission.WRITE_CASES, write=True) as uow:
        s = uow.session
        for w in b.women:
            if opened >= MAX_CASES:
                break
            if w.id == 0 or rng.random() > SHARE:
                continue
            start = max(w.first_contact, b.today - timedelta(days=540))
            if start >= b.today - timedelta(days=2):
                continue
            previous = None
            rounds = 2 if rng.random() < 0.06 else 1
            day = start
            for round_ in range(rounds):
                last = round_ == rounds - 1
                closed = (not last) or rng.random() < 0.45
                case = _one_case(s, rng, w.id, day, b.today, worker, head, closed, previous, now)
                if rng.random() < 0.6:
                    s.add(CaseTeamMember(case_id=case.id, account_id=rng.choice(team)))
                opened += 1
                previous = case
                if case.closed_on is None:
                    break
                day = case.closed_on + timedelta(days=rng.randint(20, 120))
                if day >= b.today - timedelta(days=2):
                    break
            if opened % 500 == 0:
                s.flush()
        uow.audit("demo.cases", detail={"cases": opened})
        uow.commit()
    return opened


def _one_case(
    s: Any,
    rng: random.Random,
    client_id: int,
    day: date,
    today: date,
    worker: int,
    head: int,
    closed: bool,
    previous: Case | None,
    now: datetime,
) -> Case:
    length = rng.randint(20, 200)
    closed_on = day + timedelta(days=length) if closed else None
    if closed_on is not None and closed_on >= today:
        closed_on = None
    end = closed_on or today
    state = "closed" if closed_on else ("monitoring" if rng.random() < 0.25 else "active")
    assessed = add_working_days(day, rng.randint(1, 4))
    if assessed > end:
        state, assessed = ("closed" if closed_on else "opened"), None  # type: ignore[assignment]
    case = Case(
        client_id=client_id,
        state=state,
        opened_on=day,
        opened_by=worker,
        responsible_id=worker if rng.random() < 0.9 else head,
        first_assessment_due=add_working_days(day, 3),
        previous_case_id=previous.id if previous else None,
        closed_on=closed_on,
        plan_version=0,
        version=1,
    )
    if closed_on is not None:
        case.closure_reason = rng.choices(REASONS, REASON_WEIGHTS)[0]
        case.closure_summary = "Підсумок роботи з нею записано в паперовій справі."
        case.closure_checklist = "open_actions_closed safety_plan_reviewed"
    s.add(case)
    s.flush()
    at = datetime.combine(day, time(10))
    s.add(CaseStateChange(case_id=case.id, at=at, account_id=worker, to_state="opened"))
    if assessed is not None:
        a = NeedsAssessment(
            case_id=case.id,
            assessed_on=assessed,
            next_review_on=assessed + timedelta(days=90),
            assessed_by=worker,
        )
        s.add(a)
        s.flush()
        for domain in NeedDomain:
            level = rng.choices([lv.value for lv in NeedLevel], [3, 3, 2, 2])[0]
            if domain == NeedDomain.SAFETY:
                level = rng.choice(["medium", "high"])
            s.add(NeedRating(assessment_id=a.id, domain=domain.value, level=level))
        s.add(
            CaseStateChange(
                case_id=case.id,
                at=datetime.combine(assessed, time(12)),
                account_id=worker,
                from_state="opened",
                to_state="active",
            )
        )
        _plan(s, rng, case, assessed, end, worker, closed_on is not None)
        _work(s, rng, case, assessed, end, worker)
    if closed_on is not None:
        s.add(
            CaseStateChange(
                case_id=case.id,
                at=datetime.combine(closed_on, time(15)),
                account_id=worker,
                from_state="active" if assessed is not None else "opened",
                to_state="closed",
            )
        )
    else:
        due = today + timedelta(days=rng.randint(-12, 20))
        s.add(
            FollowUp(
                case_id=case.id,
                due_on=max(due, day),
                purpose="Дзвінок: як вона",
                state="open",
                created_by=worker,
            )
        )
    return case


def _plan(
    s: Any, rng: random.Random, case: Case, start: date, end: date, worker: int, closed: bool
) -> None:
    for domain in rng.sample(sorted(GOALS), rng.randint(1, 3)):
        goal_text, action_text = GOALS[domain]
        goal = PlanGoal(case_id=case.id, domain=domain, goal=goal_text)
        s.add(goal)
        s.flush()
        due = start + timedelta(days=rng.randint(7, 60))
        if closed:
            state = rng.choice(["done", "done", "dropped"])
        else:
            state = rng.choice(["planned", "in_progress", "done"])
            if state != "done":  # work still open is due around now, a few days late at most
                due = max(start, end + timedelta(days=rng.randint(-10, 30)))
        s.add(
            PlanAction(
                goal_id=goal.id,
                case_id=case.id,
                text=action_text,
                responsible_id=worker,
                due_on=due,
                state=state,
                dropped_reason="Вона передумала" if state == "dropped" else None,
            )
        )
        case.plan_version += 1


def _work(s: Any, rng: random.Random, case: Case, start: date, end: date, worker: int) -> None:
    span = max(1, (end - start).days)
    services = list(CaseService)
    for _ in range(rng.randint(1, 5)):
        day = start + timedelta(days=rng.randint(0, span))
        s.add(
            CaseServiceEntry(
                case_id=case.id,
                service=rng.choice(services).value,
                on_date=min(day, end),
                minutes=rng.choice([20, 30, 45, 60, 90, 120]),
                format=rng.choice(list(ServiceFormat)).value,
                note=rng.choice(NOTES) if rng.random() < 0.4 else None,
                given_by=worker,
            )
        )
    if rng.random() < 0.5:
        s.add(
            CaseNote(
                case_id=case.id,
                written_at=datetime.combine(start, time(16)),
                author_id=worker,
                text=rng.choice(NOTES),
            )
        )
