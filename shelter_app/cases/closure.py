"""Closing a case (закриття випадку): a reason from the list, a closing summary and a
checklist; the head's approval where the administrator's setting asks for it. A closed
case never changes again: she is helped further in a new case linked to it (reopen)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from ..database import Database, SignedInUser, UnitOfWork
from ..errors import InvalidInput
from ..permissions import Permission
from ..settings import read_settings
from ..storage.case_schema import Case, PlanAction
from ..validation import choice, choices_of, date_not_before, id_or_none, optional_text, valid_date
from .access import case_work, is_manager, require_case, require_writable
from .lifecycle import REASON_MAX, _open, record_state, summary_of
from .records import CaseSummary
from .vocabulary import OPEN_ACTION_STATES, CaseState, ClosureCheck, ClosureReason

SUMMARY_MAX = 4000


def close_case(
    db: Database,
    user: SignedInUser,
    case_id: int,
    reason: str,
    summary: str | None,
    checklist: frozenset[str] = frozenset(),
    *,
    closed_on: date | None = None,
    today: date | None = None,
) -> CaseSummary:
    """Close her case, or ask the head to (the setting): the case stays open meanwhile."""
    today = today or date.today()
    why = choice(ClosureReason, reason, "reason")
    text = optional_text(summary, "summary", SUMMARY_MAX)
    if text is None:
        raise InvalidInput(
            QCoreApplication.translate("cases", "Write a short closing summary."), "summary"
        )
    checks = choices_of(ClosureCheck, checklist, "checklist")
    day = valid_date(closed_on or today, "closed_on", not_after=today)
    with case_work(db, user, Permission.WRITE_CASES, write=True) as uow:
        s = uow.session
        case = require_case(s, id_or_none(case_id))
        require_writable(uow, case)
        date_not_before(day, case.opened_on, "closed_on")
        if ClosureCheck.OPEN_ACTIONS_CLOSED in checks and _open_actions(uow, case) > 0:
            raise InvalidInput(
                QCoreApplication.translate(
                    "cases", "Some plan actions are still open: mark them done or dropped."
                ),
                "checklist",
            )
        case.closure_reason = why.value
        case.closure_summary = text
        case.closure_checklist = " ".join(sorted(c.value for c in checks))
        needs_approval = bool(read_settings(s).case_approval_required) and not is_manager(uow)
        if needs_approval:
            case.closure_requested_on = day
            case.closure_requested_by = user.account_id
            case.version += 1
            uow.audit("case.closure_requested", "case", case.id, detail={"reason": why.value})
        else:
            _close(uow, case, day)
        result = summary_of(s, case)
        uow.commit()
        return result


def approve_closure(db: Database, user: SignedInUser, case_id: int) -> CaseSummary:
    with case_work(db, user, Permission.MANAGE_CASELOADS, write=True) as uow:
        s = uow.session
        case = require_case(s, id_or_none(case_id))
        require_writable(uow, case)
        if case.closure_requested_on is None:
            raise InvalidInput(
                QCoreApplication.translate("cases", "No closure of this case waits for approval."),
                "case",
            )
        case.closure_approved_by = user.account_id
        _close(uow, case, case.closure_requested_on)
        result = summary_of(s, case)
        uow.commit()
        return result


def reject_closure(
    db: Database, user: SignedInUser, case_id: int, reason: str | None = None
) -> CaseSummary:
    """The head sends the closure back: the case stays open as it was."""
    why = optional_text(reason, "reason", REASON_MAX)
    with case_work(db, user, Permission.MANAGE_CASELOADS, write=True) as uow:
        s = uow.session
        case = require_case(s, id_or_none(case_id))
        require_writable(uow, case)
        if case.closure_requested_on is None:
            raise InvalidInput(
                QCoreApplication.translate("cases", "No closure of this case waits for approval."),
                "case",
            )
        case.closure_requested_on = case.closure_requested_by = None
        case.closure_reason = case.closure_summary = case.closure_checklist = None
        case.version += 1
        uow.audit("case.closure_rejected", "case", case.id, detail={"reason_given": bool(why)})
        result = summary_of(s, case)
        uow.commit()
        return result


def reopen_case(
    db: Database,
    user: SignedInUser,
    case_id: int,
    reason: str | None = None,
    *,
    today: date | None = None,
) -> CaseSummary:
    """She came back: a new case linked to the closed one, which stays as it was."""
    why = optional_text(reason, "reason", REASON_MAX)
    today = today or date.today()
    with case_work(db, user, Permission.WRITE_CASES, write=True) as uow:
        s = uow.session
        old = require_case(s, id_or_none(case_id))
        if old.state != CaseState.CLOSED.value:
            raise InvalidInput(
                QCoreApplication.translate("cases", "Only a closed case can be reopened."), "case"
            )
        new = _open(uow, old.client_id, today, None, why, previous=old)
        result = summary_of(s, new)
        uow.commit()
        return result


def _close(uow: UnitOfWork, case: Case, day: date) -> None:
    case.closed_on = day
    record_state(uow, case, CaseState.CLOSED, None)
    uow.audit("case.closed", "case", case.id, detail={"reason": case.closure_reason})


def _open_actions(uow: UnitOfWork, case: Case) -> int:
    return (
        uow.session.scalar(
            select(func.count(PlanAction.id)).where(
                PlanAction.case_id == case.id,
                PlanAction.state.in_([s.value for s in OPEN_ACTION_STATES]),
            )
        )
        or 0
    )
