"""Caseloads: "My cases" for the signed-in worker (responsible or on the team) and every
caseload for the head, each row with the state, the next due step and the risk level.

A fixed number of queries whatever the caseload: the cases with their clients, then the
next due action, follow-up and first assessment, and the latest risk level, each grouped
over the listed case ids (a worker has a few hundred at most)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from ..compartments import CompartmentKeys
from ..database import Database, SignedInUser
from ..permissions import Permission, allowed
from ..storage.case_schema import Case, CaseTeamMember, FollowUp, NeedsAssessment, PlanAction
from ..storage.casework_schema import Client, RiskAssessment
from ..storage.schema import Account
from ..storage.sealing import keys_of_session, opened
from ..validation import id_or_none
from .access import is_manager
from .records import CaseloadRow
from .vocabulary import OPEN_ACTION_STATES, OPEN_STATES, FollowUpState

MAX_ROWS = 5000


def my_cases(db: Database, user: SignedInUser) -> list[CaseloadRow]:
    """Open cases she is responsible for or on the team of, soonest due first."""
    with db.unit_of_work(user, Permission.READ_CASES) as uow:
        me = user.account_id
        on_team = select(CaseTeamMember.case_id).where(CaseTeamMember.account_id == me)
        return _rows(
            uow.session,
            or_(Case.responsible_id == me, Case.id.in_(on_team)),
            with_risk=allowed(uow.actor.role, Permission.READ_RISK),
        )


def caseload_of(db: Database, user: SignedInUser, account_id: int | None) -> list[CaseloadRow]:
    """The head's view: one worker's open cases, or every open case (None)."""
    with db.unit_of_work(user, Permission.MANAGE_CASELOADS) as uow:
        assert is_manager(uow)
        worker = id_or_none(account_id)
        where = Case.responsible_id == worker if worker is not None else Case.id.is_not(None)
        return _rows(uow.session, where, with_risk=allowed(uow.actor.role, Permission.READ_RISK))


def _rows(s: Session, where: ColumnElement[bool], *, with_risk: bool) -> list[CaseloadRow]:
    listed = (
        where,
        Case.state.in_([st.value for st in OPEN_STATES]),
        Client.archived_at.is_(None),
        Client.anonymised_at.is_(None),
    )
    # plain columns, not entities: no ORM objects to build for hundreds of rows
    rows = s.execute(
        select(
            Case.id,
            Case.client_id,
            Case.state,
            Case.opened_on,
            Case.first_assessment_due,
            Case.closure_requested_on,
            Client.code,
            Client.last_name,
            Client.first_name,
            Client.patronymic,
            Account.display_name,
        )
        .join(Client, Client.id == Case.client_id)
        .join(Account, Account.id == Case.responsible_id)
        .where(*listed)
        .limit(MAX_ROWS)
    ).all()
    # the same cases as a subquery, not a list of hundreds of bound ids (SQLAlchemy
    # spent more time on the parameters than SQLite on the query)
    ids = select(Case.id).join(Client, Client.id == Case.client_id).where(*listed)
    action_due: dict[int, date] = dict(
        s.execute(
            select(PlanAction.case_id, func.min(PlanAction.due_on))
            .where(
                PlanAction.case_id.in_(ids),
                PlanAction.state.in_([a.value for a in OPEN_ACTION_STATES]),
            )
            .group_by(PlanAction.case_id)
        ).all()
    )
    follow_due: dict[int, date] = dict(
        s.execute(
            select(FollowUp.case_id, func.min(FollowUp.due_on))
            .where(FollowUp.case_id.in_(ids), FollowUp.state == FollowUpState.OPEN.value)
            .group_by(FollowUp.case_id)
        ).all()
    )
    assessed = set(
        s.scalars(select(NeedsAssessment.case_id).where(NeedsAssessment.case_id.in_(ids)))
    )
    risk: dict[int, str] = {}
    if with_risk:
        clients = select(Case.client_id).join(Client, Client.id == Case.client_id).where(*listed)
        latest = (
            select(RiskAssessment.client_id, func.max(RiskAssessment.id).label("last"))
            .where(RiskAssessment.client_id.in_(clients))
            .group_by(RiskAssessment.client_id)
            .subquery()
        )
        risk = dict(
            s.execute(
                select(RiskAssessment.client_id, RiskAssessment.level).join(
                    latest, latest.c.last == RiskAssessment.id
                )
            ).all()
        )
    keys = keys_of_session(s)
    result = []
    for r in rows:
        due: list[tuple[date, str]] = []
        if r.id not in assessed:
            due.append((r.first_assessment_due, "assessment"))
        if r.id in action_due:
            due.append((action_due[r.id], "action"))
        if r.id in follow_due:
            due.append((follow_due[r.id], "follow_up"))
        first = min(due) if due else None
        result.append(
            CaseloadRow(
                case_id=r.id,
                client_id=r.client_id,
                client_code=r.code,
                client_name=_name(keys, r),
                state=r.state,
                responsible_name=r.display_name,
                opened_on=r.opened_on,
                next_due_on=first[0] if first else None,
                next_due_kind=first[1] if first else None,
                risk_level=risk.get(r.client_id),
                closure_pending=r.closure_requested_on is not None,
            )
        )
    result.sort(key=lambda r: (r.next_due_on or date.max, r.client_code))
    return result


def _name(keys: CompartmentKeys, r: Any) -> str:
    """Her name from sealed columns (a column query bypasses the load hook)."""
    parts = (
        opened(keys, "clients", column, r.client_id, getattr(r, column))
        for column in ("last_name", "first_name", "patronymic")
    )
    return " ".join(p for p in parts if p)
