"""The individual plan (індивідуальний план): goals per needs domain, and actions with a
responsible person, a due date and a state. An action can be linked to the consultation,
enrolment, stay or referral that carried it out. Every change is kept field by field
(plan_changes, like client_changes) under a plan version; where the administrator's
setting asks for it, each new version waits for the head's approval."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..database import Database, SignedInUser, UnitOfWork, utcnow
from ..errors import InvalidInput
from ..permissions import Permission
from ..settings import read_settings
from ..storage.case_schema import Case, PlanAction, PlanChange, PlanGoal
from ..storage.casework_schema import Consultation, Enrolment, Referral, Stay
from ..storage.schema import Account
from ..validation import choice, id_or_none, is_id, optional_text, required_text, valid_date
from .access import case_work, require_case, require_details, require_writable
from .lifecycle import RESPONSIBLE_ROLES, TEAM_ROLES, _staff
from .records import ActionRecord, GoalRecord, PlanChangeRecord, PlanRecord
from .vocabulary import ActionState, LinkKind, NeedDomain

TEXT_MAX = 1000
_LINKED: dict[LinkKind, type[Consultation | Enrolment | Stay | Referral]] = {
    LinkKind.CONSULTATION: Consultation,
    LinkKind.ENROLMENT: Enrolment,
    LinkKind.STAY: Stay,
    LinkKind.REFERRAL: Referral,
}


def add_goal(db: Database, user: SignedInUser, case_id: int, domain: str, goal: str) -> PlanRecord:
    domain_ = choice(NeedDomain, domain, "domain")
    text = required_text(goal, "goal", TEXT_MAX)
    with case_work(db, user, Permission.WRITE_CASES, write=True) as uow:
        case = _writable(uow, case_id)
        row = PlanGoal(case_id=case.id, domain=domain_.value, goal=text)
        uow.session.add(row)
        uow.session.flush()
        _changed(uow, case, f"goal {row.id}", [("goal", None, text), ("domain", None, domain_)])
        result = plan_of(uow.session, case)
        uow.commit()
        return result


def add_action(
    db: Database,
    user: SignedInUser,
    goal_id: int,
    text: str,
    responsible_id: int,
    due_on: date,
) -> PlanRecord:
    what = required_text(text, "text", TEXT_MAX)
    due = valid_date(due_on, "due_on")
    with case_work(db, user, Permission.WRITE_CASES, write=True) as uow:
        s = uow.session
        goal = s.get(PlanGoal, goal_id) if is_id(goal_id) else None
        if goal is None:
            raise InvalidInput(QCoreApplication.translate("cases", "No such goal."), "goal")
        case = _writable(uow, goal.case_id)
        who = _staff(s, responsible_id, RESPONSIBLE_ROLES + TEAM_ROLES, "responsible")
        row = PlanAction(
            goal_id=goal.id,
            case_id=case.id,
            text=what,
            responsible_id=who.id,
            due_on=due,
            state=ActionState.PLANNED.value,
        )
        s.add(row)
        s.flush()
        _changed(
            uow,
            case,
            f"action {row.id}",
            [("text", None, what), ("responsible", None, who.display_name), ("due_on", None, due)],
        )
        result = plan_of(s, case)
        uow.commit()
        return result


def update_action(
    db: Database,
    user: SignedInUser,
    action_id: int,
    *,
    state: str | None = None,
    dropped_reason: str | None = None,
    due_on: date | None = None,
    link_kind: str | None = None,
    link_id: int | None = None,
) -> PlanRecord:
    """Change an action's state (dropping needs a reason), due date or link."""
    new_state = choice(ActionState, state, "state") if state is not None else None
    reason = optional_text(dropped_reason, "dropped_reason", TEXT_MAX)
    due = valid_date(due_on, "due_on") if due_on is not None else None
    kind = choice(LinkKind, link_kind, "link_kind") if link_kind is not None else None
    if new_state == ActionState.DROPPED and reason is None:
        raise InvalidInput(
            QCoreApplication.translate("cases", "Say why the action is dropped."),
            "dropped_reason",
        )
    with case_work(db, user, Permission.WRITE_CASES, write=True) as uow:
        s = uow.session
        row = s.get(PlanAction, action_id) if is_id(action_id) else None
        if row is None:
            raise InvalidInput(QCoreApplication.translate("cases", "No such action."), "action")
        case = _writable(uow, row.case_id)
        changes: list[tuple[str, object, object]] = []
        if new_state is not None and new_state.value != row.state:
            changes.append(("state", row.state, new_state.value))
            row.state = new_state.value
            new_reason = reason if new_state == ActionState.DROPPED else None
            if new_reason != row.dropped_reason:
                changes.append(("dropped_reason", row.dropped_reason, new_reason))
                row.dropped_reason = new_reason
        if due is not None and due != row.due_on:
            changes.append(("due_on", row.due_on, due))
            row.due_on = due
        if kind is not None:
            target = s.get(_LINKED[kind], link_id) if is_id(link_id) else None
            client_id = getattr(target, "client_id", None)
            if target is None or client_id != case.client_id:
                raise InvalidInput(
                    QCoreApplication.translate("cases", "Choose one of her records to link."),
                    "link_id",
                )
            changes.append(("link", _link_text(row), f"{kind.value} {link_id}"))
            row.link_kind, row.link_id = kind.value, id_or_none(link_id)
        if changes:
            _changed(uow, case, f"action {row.id}", changes)
        result = plan_of(s, case)
        uow.commit()
        return result


def approve_plan(db: Database, user: SignedInUser, case_id: int) -> PlanRecord:
    """The head approves the current version of the plan."""
    with case_work(db, user, Permission.MANAGE_CASELOADS, write=True) as uow:
        case = _writable(uow, case_id)
        if case.plan_version == 0:
            raise InvalidInput(
                QCoreApplication.translate("cases", "The plan has nothing to approve yet."),
                "plan",
            )
        case.plan_approved_by, case.plan_approved_at = user.account_id, utcnow()
        uow.audit("case.plan_approved", "case", case.id, detail={"version": case.plan_version})
        result = plan_of(uow.session, case)
        uow.commit()
        return result


def case_plan(db: Database, user: SignedInUser, case_id: int) -> PlanRecord:
    with case_work(db, user, Permission.READ_CASES) as uow:
        case = require_case(uow.session, id_or_none(case_id))
        require_details(uow, case)
        return plan_of(uow.session, case)


def plan_history(db: Database, user: SignedInUser, case_id: int) -> list[PlanChangeRecord]:
    """Every change to her plan, newest first (who, when, old and new value)."""
    with case_work(db, user, Permission.READ_CASES) as uow:
        case = require_case(uow.session, id_or_none(case_id))
        require_details(uow, case)
        rows = uow.session.execute(
            select(PlanChange, Account.display_name)
            .join(Account, Account.id == PlanChange.account_id)
            .where(PlanChange.case_id == case.id)
            .order_by(PlanChange.id.desc())
        ).all()
        return [
            PlanChangeRecord(c.plan_version, c.at, n, c.item, c.field, c.old_value, c.new_value)
            for c, n in rows
        ]


def plan_of(session: Session, case: Case) -> PlanRecord:
    goals = session.scalars(
        select(PlanGoal).where(PlanGoal.case_id == case.id).order_by(PlanGoal.id)
    ).all()
    actions: dict[int, list[ActionRecord]] = {g.id: [] for g in goals}
    rows = session.execute(
        select(PlanAction, Account.display_name)
        .join(Account, Account.id == PlanAction.responsible_id)
        .where(PlanAction.case_id == case.id)
        .order_by(PlanAction.due_on, PlanAction.id)
    ).all()
    for a, name in rows:
        actions[a.goal_id].append(
            ActionRecord(
                a.id,
                a.goal_id,
                a.text,
                a.responsible_id,
                name,
                a.due_on,
                a.state,
                a.dropped_reason,
                a.link_kind,
                a.link_id,
            )
        )
    approver = (
        session.scalar(select(Account.display_name).where(Account.id == case.plan_approved_by))
        if case.plan_approved_by
        else None
    )
    needs = bool(read_settings(session).case_approval_required)
    return PlanRecord(
        case_id=case.id,
        version=case.plan_version,
        goals=tuple(GoalRecord(g.id, g.domain, g.goal, tuple(actions[g.id])) for g in goals),
        approved_by_name=approver,
        approval_needed=needs and case.plan_version > 0 and case.plan_approved_by is None,
    )


def _writable(uow: UnitOfWork, case_id: object) -> Case:
    case = require_case(uow.session, id_or_none(case_id))
    require_writable(uow, case)
    return case


def _changed(
    uow: UnitOfWork, case: Case, item: str, changes: list[tuple[str, object, object]]
) -> None:
    """A new plan version: the changed fields kept, an approval (if any) no longer holds."""
    case.plan_version += 1
    case.plan_approved_by = case.plan_approved_at = None
    case.version += 1
    now = utcnow()
    uow.session.add_all(
        PlanChange(
            case_id=case.id,
            plan_version=case.plan_version,
            at=now,
            account_id=uow.actor.account_id,
            item=item,
            field=name,
            old_value=None if old is None else str(old),
            new_value=None if new is None else str(new),
        )
        for name, old, new in changes
    )
    uow.audit(
        "case.plan_changed",
        "case",
        case.id,
        detail={"version": case.plan_version, "item": item, "fields": [c[0] for c in changes]},
    )


def _link_text(row: PlanAction) -> str | None:
    return f"{row.link_kind} {row.link_id}" if row.link_kind else None
