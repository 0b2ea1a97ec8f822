"""The journal of appeals about violence for a period: one row per appeal, with the
notifications made about it, until the state register takes over (CMU Resolution No. 234
of 2019, item 2; the duty to notify: No. 658 of 2018).

The official journal form could not be found in the texts available while this was
built, so the columns are those the resolutions name: date and time of the appeal, the
person (here her client code: a printed journal lies on desks, her name stays in the
card), the forms of violence, who the alleged perpetrator is to her, children, and for
each notice to the police, the children's service and the coordinating unit when, how
and under which reference it was made. Reading it is audited like opening her records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from .database import Database, SignedInUser
from .errors import InvalidInput
from .incidents import IncidentRecord, incident_record
from .permissions import Permission
from .storage.casework_schema import Client
from .storage.schema import Account
from .storage.violence_schema import Incident, IncidentPerpetrator, Notification, Perpetrator
from .validation import valid_date

MAX_DAYS = 366


@dataclass(frozen=True)
class NoticeCell:
    recipient: str
    due_at: datetime
    done_at: datetime | None
    method: str | None
    reference: str | None


@dataclass(frozen=True)
class JournalRow:
    number: int
    appealed_at: datetime
    client_code: str
    incident: IncidentRecord
    relationships: tuple[str, ...]  # of the linked alleged perpetrators
    notices: tuple[NoticeCell, ...]
    recorded_by: str


@dataclass(frozen=True)
class AppealsJournal:
    start: date
    end: date  # inclusive
    rows: tuple[JournalRow, ...]


def appeals_journal(db: Database, user: SignedInUser, start: date, end: date) -> AppealsJournal:
    first = valid_date(start, "start")
    last = valid_date(end, "end")
    if last < first or (last - first).days >= MAX_DAYS:
        raise InvalidInput(
            QCoreApplication.translate(
                "violence", "Choose a period of one day to one year, its end after its start."
            ),
            "end",
        )
    low = datetime(first.year, first.month, first.day)
    high = datetime(last.year, last.month, last.day) + timedelta(days=1)
    with db.unit_of_work(user, Permission.READ_VIOLENCE, write=True) as uow:
        s = uow.session
        found = s.execute(
            select(Incident, Client.code, Account.display_name)
            .join(Client, Client.id == Incident.client_id)
            .join(Account, Account.id == Incident.recorded_by)
            .where(
                Incident.appealed_at >= low,
                Incident.appealed_at < high,
                Client.anonymised_at.is_(None),
            )
            .order_by(Incident.appealed_at, Incident.id)
        ).all()
        ids = [i.id for i, _, _ in found]
        relations: dict[int, list[tuple[int, str]]] = {}
        notices: dict[int, list[NoticeCell]] = {}
        if ids:
            for iid, pid, rel in s.execute(
                select(IncidentPerpetrator.incident_id, Perpetrator.id, Perpetrator.relationship)
                .join(Perpetrator, Perpetrator.id == IncidentPerpetrator.perpetrator_id)
                .where(IncidentPerpetrator.incident_id.in_(ids))
                .order_by(Perpetrator.id)
            ):
                relations.setdefault(iid, []).append((pid, rel))
            for n in s.scalars(
                select(Notification)
                .where(Notification.incident_id.in_(ids))
                .order_by(Notification.id)
            ):
                notices.setdefault(n.incident_id, []).append(
                    NoticeCell(n.recipient, n.due_at, n.done_at, n.method, n.reference)
                )
        rows = tuple(
            JournalRow(
                number=k,
                appealed_at=incident.appealed_at or low,
                client_code=code,
                incident=incident_record(
                    incident, tuple(pid for pid, _ in relations.get(incident.id, []))
                ),
                relationships=tuple(rel for _, rel in relations.get(incident.id, [])),
                notices=tuple(notices.get(incident.id, [])),
                recorded_by=name,
            )
            for k, (incident, code, name) in enumerate(found, start=1)
        )
        uow.audit(
            "journal.exported",
            detail={"start": first.isoformat(), "end": last.isoformat(), "rows": len(rows)},
        )
        uow.commit()
        return AppealsJournal(first, last, rows)
