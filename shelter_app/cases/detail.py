"""Everything the card's Case tab shows, in one read: her current (or latest) case with
team, assessments, plan, follow-ups and a timeline; earlier cases as summaries. What the
reader may not see (details off her team, notes for the administrator) is left out."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..client_lookup import require_client
from ..database import Database, SignedInUser
from ..permissions import Permission
from ..storage.case_schema import Case, CaseStateChange, CaseTeamMember, FollowUp
from ..storage.casework_schema import Client
from ..storage.schema import Account
from ..validation import id_or_none
from .access import can_read_details, can_read_notes, can_write, is_manager
from .assessment import assessments_of, reads_names
from .follow_ups import _record as follow_up_record
from .lifecycle import summary_of
from .plan import plan_of
from .records import CaseDetail, FollowUpRecord, PlanRecord, StaffMember, TimelineEntry
from .work import notes_of, services_of


def client_case(db: Database, user: SignedInUser, client_id: int) -> CaseDetail | None:
    """Her open case, else her latest one; None when she never had a case."""
    with db.unit_of_work(user, Permission.READ_CASES) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        cases = s.scalars(
            select(Case).where(Case.client_id == client.id).order_by(Case.id.desc())
        ).all()
        if not cases:
            return None
        case = next((c for c in cases if c.state != "closed"), cases[0])
        earlier = tuple(summary_of(s, c) for c in cases if c.id != case.id)
        details = can_read_details(uow, case)
        notes = can_read_notes(uow, case)
        team = _team(s, case) if details else ()
        return CaseDetail(
            summary=summary_of(s, case),
            team=team,
            assessments=tuple(assessments_of(s, case.id, names=reads_names(uow)))
            if details
            else (),
            plan=plan_of(s, case) if details else PlanRecord(case.id, 0, (), None, False),
            follow_ups=tuple(_follow_ups(s, case, client)) if details else (),
            timeline=tuple(_timeline(s, case, notes)) if details else (),
            closure_summary=case.closure_summary if notes else None,
            closure_checklist=tuple((case.closure_checklist or "").split()),
            earlier_cases=earlier,
            can_write=can_write(uow, case) and case.state != "closed",
            can_manage=is_manager(uow),
            reads_notes=notes,
        )


def _team(s: Session, case: Case) -> tuple[StaffMember, ...]:
    rows = s.execute(
        select(Account.id, Account.display_name, Account.role)
        .join(CaseTeamMember, CaseTeamMember.account_id == Account.id)
        .where(CaseTeamMember.case_id == case.id)
        .order_by(Account.display_name)
    ).all()
    return tuple(StaffMember(i, n, r) for i, n, r in rows)


def _follow_ups(s: Session, case: Case, client: Client) -> list[FollowUpRecord]:
    rows = s.scalars(
        select(FollowUp).where(FollowUp.case_id == case.id).order_by(FollowUp.due_on.desc())
    ).all()
    return [follow_up_record(f, client) for f in rows]


def _timeline(s: Session, case: Case, with_notes: bool) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    for change, name in s.execute(
        select(CaseStateChange, Account.display_name)
        .join(Account, Account.id == CaseStateChange.account_id)
        .where(CaseStateChange.case_id == case.id)
    ).all():
        entries.append(
            TimelineEntry(
                change.at, "state", name, change.to_state, change.reason if with_notes else None
            )
        )
    for a in assessments_of(s, case.id):
        entries.append(
            TimelineEntry(_day(a.assessed_on), "assessment", a.assessed_by_name, "", None)
        )
    for sv in services_of(s, case.id, with_notes=with_notes):
        entries.append(
            TimelineEntry(_day(sv.on_date), "service", sv.given_by_name, sv.service, sv.note)
        )
    if with_notes:
        for n in notes_of(s, case.id):
            entries.append(TimelineEntry(n.written_at, "note", n.author_name, "", n.text))
    entries.sort(key=lambda e: e.on, reverse=True)
    return entries


def _day(d: date) -> datetime:
    return datetime.combine(d, time(12, 0))
