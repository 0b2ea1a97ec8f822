"""The team rule: the matrix says "own cases / team" for case workers and "team: read"
for psychologists and lawyers, which a role alone cannot express. These helpers run inside
a unit of work that already checked the role's permission; a refusal leaves the unit of
work, is audited like any other denial and reaches the caller as PermissionDenied.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..database import Database, SignedInUser, UnitOfWork
from ..errors import InvalidInput, PermissionDenied
from ..permissions import Permission, Role, allowed
from ..storage.case_schema import Case, CaseTeamMember
from ..validation import is_id
from .vocabulary import CaseState


class NotOnTeam(Exception):
    """Internal: the user's role may do this, but not on this case."""


@contextmanager
def case_work(
    db: Database, user: SignedInUser, permission: Permission, write: bool = False
) -> Iterator[UnitOfWork]:
    """db.unit_of_work plus the team rule: NotOnTeam becomes an audited refusal."""
    try:
        with db.unit_of_work(user, permission, write=write) as uow:
            yield uow
    except NotOnTeam:
        db._audit_denial(user, permission)  # the same audited refusal as a role's
        raise PermissionDenied(permission.value) from None


def require_case(session: Session, case_id: object) -> Case:
    case = session.get(Case, case_id) if is_id(case_id) else None
    if case is None:
        raise InvalidInput(QCoreApplication.translate("cases", "No such case."), "case")
    return case


def team_ids(session: Session, case: Case) -> set[int]:
    """The responsible worker and the team members."""
    members = session.scalars(
        select(CaseTeamMember.account_id).where(CaseTeamMember.case_id == case.id)
    ).all()
    return {case.responsible_id, *members}


def is_manager(uow: UnitOfWork) -> bool:
    return allowed(uow.actor.role, Permission.MANAGE_CASELOADS)


def can_read_details(uow: UnitOfWork, case: Case) -> bool:
    """Assessment, plan, services: the head, the administrator (read) and the team."""
    role = uow.actor.role
    if is_manager(uow) or role == Role.ADMIN:
        return True
    return uow.actor.account_id in team_ids(uow.session, case)


def can_read_notes(uow: UnitOfWork, case: Case) -> bool:
    """Case notes: the head and the team, never the administrator or the coordinator."""
    if not allowed(uow.actor.role, Permission.CASE_NOTES):
        return False
    return is_manager(uow) or uow.actor.account_id in team_ids(uow.session, case)


def can_write(uow: UnitOfWork, case: Case) -> bool:
    """The head, or a case worker who is responsible for the case or on its team."""
    if not allowed(uow.actor.role, Permission.WRITE_CASES):
        return False
    return is_manager(uow) or uow.actor.account_id in team_ids(uow.session, case)


def require_details(uow: UnitOfWork, case: Case) -> None:
    if not can_read_details(uow, case):
        raise NotOnTeam()


def require_writable(uow: UnitOfWork, case: Case) -> None:
    """Her team may change an open case; a closed one changes only by reopening."""
    if not can_write(uow, case):
        raise NotOnTeam()
    if case.state == CaseState.CLOSED.value:
        raise InvalidInput(
            QCoreApplication.translate(
                "cases", "This case is closed; reopen it to record new work."
            ),
            "case",
        )


def add_working_days(start: date, days: int) -> date:
    """`days` working days (Monday to Friday) after `start`."""
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day
