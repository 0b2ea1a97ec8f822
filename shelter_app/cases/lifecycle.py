"""Opening a case, moving it between states, its responsible worker and team.

A client has at most one open case (checked here, and held by the schema's partial
unique index should two workstations race). Every change of state is recorded with who,
when and why (case_state_changes) and audited.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..client_lookup import require_client, touch
from ..database import Database, SignedInUser, UnitOfWork, utcnow
from ..errors import InvalidInput
from ..permissions import Permission, Role
from ..settings import read_settings
from ..storage.case_schema import Case, CaseStateChange, CaseTeamMember
from ..storage.schema import Account
from ..validation import choice, id_or_none, id_set, optional_text, valid_date
from .access import add_working_days, case_work, require_case, require_writable
from .records import CaseSummary, StaffMember
from .vocabulary import NEXT_STATES, OPEN_STATES, CaseState

REASON_MAX = 2000
# who may be responsible for a case, and who may be on its team
RESPONSIBLE_ROLES = (Role.CASE_WORKER.value, Role.HEAD.value)
TEAM_ROLES = (Role.CASE_WORKER.value, Role.PSYCHOLOGIST.value, Role.LAWYER.value)


def open_case(
    db: Database,
    user: SignedInUser,
    client_id: int,
    *,
    opened_on: date | None = None,
    responsible_id: int | None = None,
    reason: str | None = None,
    today: date | None = None,
) -> CaseSummary:
    """Open her case. A case worker becomes its responsible worker; the head may name one."""
    today = today or date.today()
    day = valid_date(opened_on or today, "opened_on", not_after=today)
    why = optional_text(reason, "reason", REASON_MAX)
    with case_work(db, user, Permission.WRITE_CASES, write=True) as uow:
        case = _open(uow, client_id, day, responsible_id, why, previous=None)
        result = summary_of(uow.session, case)
        uow.commit()
        return result


def change_state(
    db: Database,
    user: SignedInUser,
    case_id: int,
    to_state: str,
    reason: str | None = None,
) -> CaseSummary:
    """opened → active → monitoring (and back to active). Closing is closure.close_case."""
    target = choice(CaseState, to_state, "state")
    why = optional_text(reason, "reason", REASON_MAX)
    with case_work(db, user, Permission.WRITE_CASES, write=True) as uow:
        s = uow.session
        case = require_case(s, id_or_none(case_id))
        require_writable(uow, case)
        if target not in NEXT_STATES[CaseState(case.state)]:
            raise InvalidInput(
                QCoreApplication.translate("cases", "The case cannot move to this state now."),
                "state",
            )
        record_state(uow, case, target, why)
        result = summary_of(s, case)
        uow.commit()
        return result


def reassign(
    db: Database, user: SignedInUser, case_id: int, responsible_id: int, reason: str | None = None
) -> CaseSummary:
    """The head gives the case to another worker (audited with the old and new worker)."""
    why = optional_text(reason, "reason", REASON_MAX)
    with case_work(db, user, Permission.MANAGE_CASELOADS, write=True) as uow:
        s = uow.session
        case = require_case(s, id_or_none(case_id))
        if case.state == CaseState.CLOSED.value:
            raise InvalidInput(
                QCoreApplication.translate("cases", "A closed case cannot be reassigned."), "case"
            )
        new = _staff(s, responsible_id, RESPONSIBLE_ROLES, "responsible")
        old = case.responsible_id
        if new.id != old:
            case.responsible_id = new.id
            case.version += 1
            s.execute(
                delete(CaseTeamMember).where(
                    CaseTeamMember.case_id == case.id, CaseTeamMember.account_id == new.id
                )
            )
            uow.audit(
                "case.reassigned",
                "case",
                case.id,
                detail={"from": old, "to": new.id, "reason_given": why is not None},
            )
        result = summary_of(s, case)
        uow.commit()
        return result


def set_team(
    db: Database, user: SignedInUser, case_id: int, member_ids: frozenset[int]
) -> tuple[StaffMember, ...]:
    """Her psychologist, her lawyer, a second case worker: they may read the case."""
    ids = id_set(member_ids)
    if ids is None:
        raise InvalidInput(
            QCoreApplication.translate("cases", "Choose staff from the list."), "team"
        )
    with case_work(db, user, Permission.WRITE_CASES, write=True) as uow:
        s = uow.session
        case = require_case(s, id_or_none(case_id))
        require_writable(uow, case)
        members = [_staff(s, i, TEAM_ROLES, "team") for i in sorted(ids - {case.responsible_id})]
        s.execute(delete(CaseTeamMember).where(CaseTeamMember.case_id == case.id))
        s.add_all(CaseTeamMember(case_id=case.id, account_id=m.id) for m in members)
        case.version += 1
        uow.audit("case.team_set", "case", case.id, detail={"members": [m.id for m in members]})
        result = tuple(StaffMember(m.id, m.display_name, m.role) for m in members)
        uow.commit()
        return result


def case_staff(db: Database, user: SignedInUser) -> list[StaffMember]:
    """Active staff who can be responsible for a case or on its team, for the forms."""
    with db.unit_of_work(user, Permission.READ_CASES) as uow:
        rows = uow.session.execute(
            select(Account.id, Account.display_name, Account.role)
            .where(Account.active.is_(True), Account.role.in_(RESPONSIBLE_ROLES + TEAM_ROLES))
            .order_by(Account.display_name)
        ).all()
        return [StaffMember(i, n, r) for i, n, r in rows]


def client_cases(db: Database, user: SignedInUser, client_id: int) -> list[CaseSummary]:
    """Her cases, newest first: any role that reads cases sees this much."""
    with db.unit_of_work(user, Permission.READ_CASES) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        cases = s.scalars(
            select(Case).where(Case.client_id == client.id).order_by(Case.id.desc())
        ).all()
        return [summary_of(s, c) for c in cases]


# --- shared with closure and the other case modules (take the session) -------------------


def _open(
    uow: UnitOfWork,
    client_id: object,
    day: date,
    responsible_id: object,
    why: str | None,
    previous: Case | None,
) -> Case:
    s = uow.session
    client = require_client(s, id_or_none(client_id), for_new_activity=True)
    if open_case_of(s, client.id) is not None:
        raise InvalidInput(
            QCoreApplication.translate(
                "cases", "She already has an open case; work in it or close it first."
            ),
            "client",
        )
    if responsible_id is None or responsible_id == uow.actor.account_id:
        if uow.actor.role not in (Role.CASE_WORKER, Role.HEAD):
            raise InvalidInput(
                QCoreApplication.translate("cases", "Choose the responsible case worker."),
                "responsible",
            )
        responsible = uow.actor.account_id
    else:
        if uow.actor.role != Role.HEAD:  # only the head assigns cases to others
            raise InvalidInput(
                QCoreApplication.translate(
                    "cases", "Only the head of the centre assigns a case to someone else."
                ),
                "responsible",
            )
        responsible = _staff(s, responsible_id, RESPONSIBLE_ROLES, "responsible").id
    days = read_settings(s).first_assessment_days
    case = Case(
        client_id=client.id,
        state=CaseState.OPENED.value,
        opened_on=day,
        opened_by=uow.actor.account_id,
        responsible_id=responsible,
        first_assessment_due=add_working_days(day, days),
        previous_case_id=previous.id if previous else None,
        plan_version=0,
        version=1,
    )
    s.add(case)
    s.flush()
    s.add(
        CaseStateChange(
            case_id=case.id,
            at=utcnow(),
            account_id=uow.actor.account_id,
            from_state=None,
            to_state=CaseState.OPENED.value,
            reason=why,
        )
    )
    touch(client, day)
    uow.audit(
        "case.reopened" if previous else "case.opened",
        "case",
        case.id,
        detail={
            "client_id": client.id,
            "responsible": responsible,
            "previous_case_id": previous.id if previous else None,
        },
    )
    return case


def record_state(uow: UnitOfWork, case: Case, target: CaseState, why: str | None) -> None:
    """Move the case and keep who/when/why, in the table and the audit log."""
    old = case.state
    case.state = target.value
    case.version += 1
    uow.session.add(
        CaseStateChange(
            case_id=case.id,
            at=utcnow(),
            account_id=uow.actor.account_id,
            from_state=old,
            to_state=target.value,
            reason=why,
        )
    )
    uow.audit(
        "case.state_changed",
        "case",
        case.id,
        detail={"from": old, "to": target.value, "reason_given": why is not None},
    )


def open_case_of(session: Session, client_id: int) -> Case | None:
    return session.scalars(
        select(Case).where(
            Case.client_id == client_id, Case.state.in_([s.value for s in OPEN_STATES])
        )
    ).first()


def summary_of(session: Session, case: Case) -> CaseSummary:
    name = session.scalar(select(Account.display_name).where(Account.id == case.responsible_id))
    return CaseSummary(
        id=case.id,
        client_id=case.client_id,
        state=case.state,
        opened_on=case.opened_on,
        responsible_id=case.responsible_id,
        responsible_name=name or "",
        first_assessment_due=case.first_assessment_due,
        previous_case_id=case.previous_case_id,
        closed_on=case.closed_on,
        closure_reason=case.closure_reason,
        closure_pending=case.closure_requested_on is not None and case.closed_on is None,
        version=case.version,
    )


def _staff(session: Session, account_id: object, roles: tuple[str, ...], field: str) -> Account:
    acc = session.get(Account, account_id) if id_or_none(account_id) else None
    if acc is None or not acc.active or acc.role not in roles:
        raise InvalidInput(
            QCoreApplication.translate("cases", "Choose an active staff member from the list."),
            field,
        )
    return acc
