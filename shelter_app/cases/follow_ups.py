"""Follow-ups: the next contact with her. The overdue list on the overview can be dealt
with (done, rescheduled, or dismissed with a reason) so that it does not only grow; the
follow-ups of archived or anonymised clients and of closed cases never appear in it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Select, or_, select

from ..database import Database, SignedInUser, UnitOfWork
from ..errors import InvalidInput
from ..permissions import Permission
from ..storage.case_schema import Case, CaseTeamMember, FollowUp
from ..storage.casework_schema import Client
from ..validation import date_not_before, id_or_none, is_id, optional_text, valid_date
from .access import case_work, is_manager, require_case, require_writable
from .records import FollowUpRecord
from .vocabulary import FollowUpState

TEXT_MAX = 1000
LIST_MAX = 500


def schedule_follow_up(
    db: Database,
    user: SignedInUser,
    case_id: int,
    due_on: date,
    purpose: str | None = None,
) -> FollowUpRecord:
    due = valid_date(due_on, "due_on")
    why = optional_text(purpose, "purpose", TEXT_MAX)
    with case_work(db, user, Permission.WRITE_CASES, write=True) as uow:
        s = uow.session
        case = require_case(s, id_or_none(case_id))
        require_writable(uow, case)
        date_not_before(due, case.opened_on, "due_on")
        row = FollowUp(
            case_id=case.id,
            due_on=due,
            purpose=why,
            state=FollowUpState.OPEN.value,
            created_by=user.account_id,
        )
        s.add(row)
        s.flush()
        uow.audit("case.follow_up_scheduled", "follow_up", row.id, detail={"case_id": case.id})
        result = _one(uow, row.id)
        uow.commit()
        return result


def complete_follow_up(
    db: Database, user: SignedInUser, follow_up_id: int, *, done_on: date | None = None
) -> FollowUpRecord:
    day = valid_date(done_on or date.today(), "done_on", not_after=date.today())
    return _resolve(db, user, follow_up_id, FollowUpState.DONE, day, None)


def dismiss_follow_up(
    db: Database, user: SignedInUser, follow_up_id: int, reason: str
) -> FollowUpRecord:
    why = optional_text(reason, "reason", TEXT_MAX)
    if why is None:
        raise InvalidInput(
            QCoreApplication.translate("cases", "Say why the follow-up is dismissed."), "reason"
        )
    return _resolve(db, user, follow_up_id, FollowUpState.DISMISSED, date.today(), why)


def reschedule_follow_up(
    db: Database, user: SignedInUser, follow_up_id: int, due_on: date
) -> FollowUpRecord:
    due = valid_date(due_on, "due_on")
    with case_work(db, user, Permission.WRITE_CASES, write=True) as uow:
        row = _open_row(uow, follow_up_id)
        date_not_before(due, date.today(), "due_on")
        old, row.due_on = row.due_on, due
        uow.audit(
            "case.follow_up_rescheduled",
            "follow_up",
            row.id,
            detail={"from": old.isoformat(), "to": due.isoformat()},
        )
        result = _one(uow, row.id)
        uow.commit()
        return result


def overdue_follow_ups(
    db: Database, user: SignedInUser, today: date | None = None
) -> list[FollowUpRecord]:
    """Due today or earlier and not dealt with: the head sees all, staff their cases'."""
    today = today or date.today()
    with db.unit_of_work(user, Permission.READ_CASES) as uow:
        query = _listed(uow).where(
            FollowUp.state == FollowUpState.OPEN.value, FollowUp.due_on <= today
        )
        rows = uow.session.execute(query.order_by(FollowUp.due_on, FollowUp.id).limit(LIST_MAX))
        return [_record(f, c) for f, c in rows.all()]


def case_follow_ups(db: Database, user: SignedInUser, case_id: int) -> list[FollowUpRecord]:
    with db.unit_of_work(user, Permission.READ_CASES) as uow:
        case = require_case(uow.session, id_or_none(case_id))
        rows = uow.session.execute(
            select(FollowUp, Client)
            .join(Case, Case.id == FollowUp.case_id)
            .join(Client, Client.id == Case.client_id)
            .where(FollowUp.case_id == case.id)
            .order_by(FollowUp.due_on.desc(), FollowUp.id.desc())
        )
        return [_record(f, c) for f, c in rows.all()]


# --- internal ---------------------------------------------------------------------------


def _listed(uow: UnitOfWork) -> Select[FollowUp, Client]:
    query = (
        select(FollowUp, Client)
        .join(Case, Case.id == FollowUp.case_id)
        .join(Client, Client.id == Case.client_id)
        .where(
            Case.state != "closed",
            Client.archived_at.is_(None),
            Client.anonymised_at.is_(None),
        )
    )
    if is_manager(uow):
        return query
    me = uow.actor.account_id
    on_team = select(CaseTeamMember.case_id).where(CaseTeamMember.account_id == me)
    return query.where(or_(Case.responsible_id == me, Case.id.in_(on_team)))


def _open_row(uow: UnitOfWork, follow_up_id: object) -> FollowUp:
    row = uow.session.get(FollowUp, follow_up_id) if is_id(follow_up_id) else None
    if row is None:
        raise InvalidInput(QCoreApplication.translate("cases", "No such follow-up."), "follow_up")
    require_writable(uow, require_case(uow.session, row.case_id))
    if row.state != FollowUpState.OPEN.value:
        raise InvalidInput(
            QCoreApplication.translate("cases", "This follow-up has already been dealt with."),
            "follow_up",
        )
    return row


def _resolve(
    db: Database,
    user: SignedInUser,
    follow_up_id: int,
    state: FollowUpState,
    day: date,
    why: str | None,
) -> FollowUpRecord:
    with case_work(db, user, Permission.WRITE_CASES, write=True) as uow:
        row = _open_row(uow, follow_up_id)
        row.state, row.resolved_on, row.resolution = state.value, day, why
        uow.audit(f"case.follow_up_{state.value}", "follow_up", row.id)
        result = _one(uow, row.id)
        uow.commit()
        return result


def _one(uow: UnitOfWork, follow_up_id: int) -> FollowUpRecord:
    f, c = uow.session.execute(
        select(FollowUp, Client)
        .join(Case, Case.id == FollowUp.case_id)
        .join(Client, Client.id == Case.client_id)
        .where(FollowUp.id == follow_up_id)
    ).one()
    return _record(f, c)


def _record(f: FollowUp, c: Client) -> FollowUpRecord:
    return FollowUpRecord(
        id=f.id,
        case_id=f.case_id,
        client_id=c.id,
        client_code=c.code,
        client_name=client_name(c),
        due_on=f.due_on,
        purpose=f.purpose,
        state=f.state,
        resolved_on=f.resolved_on,
        resolution=f.resolution,
    )


def client_name(c: Client) -> str:
    return " ".join(p for p in (c.last_name, c.first_name, c.patronymic) if p)
