"""The case worker's own work: services coded by the classifier of social services (see
cases.vocabulary) with date, duration and format, and case notes. Notes (and the note of
a service) are read only by the case team and the head: never by the administrator or
the coordinator."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..client_lookup import require_client, touch
from ..database import Database, SignedInUser, utcnow
from ..permissions import Permission
from ..storage.case_schema import CaseNote, CaseServiceEntry
from ..storage.schema import Account
from ..validation import (
    choice,
    date_not_before,
    id_or_none,
    int_in_range,
    optional_text,
    required_text,
    valid_date,
)
from .access import (
    NotOnTeam,
    can_read_notes,
    case_work,
    require_case,
    require_details,
    require_writable,
)
from .records import NoteRecord, ServiceRecord
from .vocabulary import CaseService, ServiceFormat

NOTE_MAX = 4000
MAX_MINUTES = 12 * 60


def record_service(
    db: Database,
    user: SignedInUser,
    case_id: int,
    service: str,
    on_date: date,
    minutes: int,
    format: str,
    note: str | None = None,
    *,
    today: date | None = None,
) -> ServiceRecord:
    code = choice(CaseService, service, "service")
    day = valid_date(on_date, "on_date", not_after=today or date.today())
    length = int_in_range(minutes, "minutes", 1, MAX_MINUTES)
    fmt = choice(ServiceFormat, format, "format")
    text = optional_text(note, "note", NOTE_MAX)
    with case_work(db, user, Permission.WRITE_CASES, write=True) as uow:
        s = uow.session
        case = require_case(s, id_or_none(case_id))
        require_writable(uow, case)
        date_not_before(day, case.opened_on, "on_date")
        row = CaseServiceEntry(
            case_id=case.id,
            service=code.value,
            on_date=day,
            minutes=length,
            format=fmt.value,
            note=text,
            given_by=user.account_id,
        )
        s.add(row)
        s.flush()
        touch(require_client(s, case.client_id, for_new_activity=False), day)
        uow.audit("case.service_recorded", "case", case.id, detail={"service": code.value})
        result = services_of(s, case.id, with_notes=True)[0]
        uow.commit()
        return result


def add_note(db: Database, user: SignedInUser, case_id: int, text: str) -> NoteRecord:
    body = optional_text(text, "text", NOTE_MAX)  # keeps her lines
    if body is None:
        body = required_text(text, "text", NOTE_MAX)  # refuses an empty note
    with case_work(db, user, Permission.WRITE_CASES, write=True) as uow:
        s = uow.session
        case = require_case(s, id_or_none(case_id))
        require_writable(uow, case)
        row = CaseNote(case_id=case.id, written_at=utcnow(), author_id=user.account_id, text=body)
        s.add(row)
        s.flush()
        uow.audit("case.note_added", "case", case.id, detail={"note_id": row.id})
        result = NoteRecord(row.id, case.id, row.written_at, uow.actor.display_name, body)
        uow.commit()
        return result


def case_services(db: Database, user: SignedInUser, case_id: int) -> list[ServiceRecord]:
    """Newest first; the notes only for readers of case notes."""
    with case_work(db, user, Permission.READ_CASES) as uow:
        case = require_case(uow.session, id_or_none(case_id))
        require_details(uow, case)
        return services_of(uow.session, case.id, with_notes=can_read_notes(uow, case))


def case_notes(db: Database, user: SignedInUser, case_id: int) -> list[NoteRecord]:
    """Newest first: the case team and the head only."""
    with case_work(db, user, Permission.CASE_NOTES) as uow:
        case = require_case(uow.session, id_or_none(case_id))
        if not can_read_notes(uow, case):
            raise NotOnTeam()
        return notes_of(uow.session, case.id)


def services_of(session: Session, case_id: int, *, with_notes: bool) -> list[ServiceRecord]:
    rows = session.execute(
        select(CaseServiceEntry, Account.display_name)
        .join(Account, Account.id == CaseServiceEntry.given_by)
        .where(CaseServiceEntry.case_id == case_id)
        .order_by(CaseServiceEntry.on_date.desc(), CaseServiceEntry.id.desc())
    ).all()
    return [
        ServiceRecord(
            r.id,
            r.case_id,
            r.service,
            r.on_date,
            r.minutes,
            r.format,
            r.note if with_notes else None,
            name,
        )
        for r, name in rows
    ]


def notes_of(session: Session, case_id: int) -> list[NoteRecord]:
    rows = session.execute(
        select(CaseNote, Account.display_name)
        .join(Account, Account.id == CaseNote.author_id)
        .where(CaseNote.case_id == case_id)
        .order_by(CaseNote.written_at.desc(), CaseNote.id.desc())
    ).all()
    return [NoteRecord(n.id, n.case_id, n.written_at, name, n.text) for n, name in rows]
