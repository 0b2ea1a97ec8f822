"""The notices the law asks for after an appeal, and the journal of appeals.

CMU Resolution No. 658 of 2018 makes the centre inform, within a day, the police and,
when a child is a victim, the children's service; the district administration's unit
that coordinates the response is told too. Each notice is due 24 hours after the
appeal; staff record when, by whom, how and under which reference it was made. Open
notices are on the dashboard of the case worker (and the head): loud once overdue.

A child who witnessed violence is a victim too (Law No. 2229-VIII, Art. 1), so either
flag on the incident makes the children's service a recipient.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from .children import age_on
from .client_lookup import require_client
from .database import Database, SignedInUser
from .errors import InvalidInput
from .permissions import Permission, allowed
from .storage.casework_schema import Client
from .storage.people_schema import Child
from .storage.schema import Account
from .storage.sealing import keys_of_session, opened
from .storage.violence_schema import Incident, IncidentChild, Notification
from .validation import choice, id_or_none, optional_text, valid_datetime
from .violence_vocabulary import NoticeMethod, Recipient

DUE_AFTER = timedelta(hours=24)


def local_now() -> datetime:
    """Appeal and notification times are the centre's wall-clock time, as staff type
    them (not UTC like the audit log's timestamps)."""
    return datetime.now().replace(microsecond=0)


MAX_REFERENCE = 60


@dataclass(frozen=True)
class NotifiedChild:
    """A child the children's service is told about. `first_name` is None when it is not
    recorded or the reader's role may not read identities."""

    child_id: int
    first_name: str | None
    age: int  # on the day the incident was disclosed
    witnessed: bool
    harmed: bool


@dataclass(frozen=True)
class NotificationRecord:
    id: int
    incident_id: int
    client_id: int
    client_code: str
    recipient: str
    due_at: datetime
    done_at: datetime | None
    done_by: str | None  # the staff member's display name
    method: str | None
    reference: str | None
    # for the children's service: which of her children (from the incident's links)
    children: tuple[NotifiedChild, ...] = ()

    def overdue(self, now: datetime) -> bool:
        """Not made in time: still open after the deadline, or made after it."""
        return (self.done_at or now) > self.due_at


@dataclass(frozen=True)
class DueNotification:
    """A dashboard line: codes only, no names."""

    notification_id: int
    client_id: int
    client_code: str
    recipient: str
    due_at: datetime
    minutes_left: int  # negative once overdue


def recipients_for(incident: Incident) -> list[Recipient]:
    found = [Recipient.POLICE]
    if incident.children_witnessed or incident.children_harmed:
        found.append(Recipient.CHILDREN_SERVICE)
    found.append(Recipient.COORDINATING_UNIT)
    return found


def create_due_notifications(session: Session, incident: Incident) -> None:
    """Called by record_incident inside its unit of work."""
    if incident.appealed_at is None:
        return
    for recipient in recipients_for(incident):
        session.add(
            Notification(
                incident_id=incident.id,
                recipient=recipient.value,
                due_at=incident.appealed_at + DUE_AFTER,
            )
        )


def mark_done(
    db: Database,
    user: SignedInUser,
    notification_id: int,
    done_at: datetime,
    method: str,
    reference: str | None = None,
    now: datetime | None = None,
) -> NotificationRecord:
    """The notice was made. Her consent is not asked: the duty to notify is the law's.
    Recorded once; a mistake is corrected by the administrator's audit trail, not here."""
    now = now or local_now()
    at = valid_datetime(done_at, "done_at")
    if at > now:
        raise InvalidInput(
            QCoreApplication.translate("violence", "The time cannot be in the future."),
            "done_at",
        )
    method_ = choice(NoticeMethod, method, "method")
    ref = optional_text(reference, "reference", MAX_REFERENCE)
    with db.unit_of_work(user, Permission.WRITE_VIOLENCE, write=True) as uow:
        s = uow.session
        nid = id_or_none(notification_id)
        row = s.get(Notification, nid) if nid is not None else None
        if row is None:
            raise InvalidInput(
                QCoreApplication.translate("violence", "No such notification."), "notification"
            )
        incident = s.get(Incident, row.incident_id)
        assert incident is not None  # foreign key
        client = require_client(s, incident.client_id, for_new_activity=False)
        if row.done_at is not None:
            raise InvalidInput(
                QCoreApplication.translate("violence", "This notification is already recorded."),
                "notification",
            )
        if incident.appealed_at is not None and at < incident.appealed_at:
            raise InvalidInput(
                QCoreApplication.translate(
                    "violence", "The notification cannot be before the appeal."
                ),
                "done_at",
            )
        row.done_at, row.done_by, row.method, row.reference = at, user.account_id, method_, ref
        s.flush()
        uow.audit("notification.done", "client", client.id, detail={"notification_id": row.id})
        kids = _children(s, [row.incident_id], allowed(user.role, Permission.READ_CLIENTS))
        record = _record(row, client, uow.actor.display_name, kids.get(row.incident_id, ()))
        uow.commit()
        return record


def notifications_of_client(
    db: Database, user: SignedInUser, client_id: int
) -> list[NotificationRecord]:
    """Every notice about her incidents, by due time (reading them is audited)."""
    with db.unit_of_work(user, Permission.READ_VIOLENCE, write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        result = client_notifications(s, client, allowed(user.role, Permission.READ_CLIENTS))
        uow.audit("notifications.viewed", "client", client.id)
        uow.commit()
        return result


def open_notifications(
    db: Database, user: SignedInUser, now: datetime | None = None
) -> list[DueNotification]:
    """Notices not yet made, the most urgent first (the dashboard)."""
    now = now or local_now()
    with db.unit_of_work(user, Permission.READ_VIOLENCE) as uow:
        rows = uow.session.execute(
            select(
                Notification.id, Client.id, Client.code, Notification.recipient, Notification.due_at
            )
            .join(Incident, Incident.id == Notification.incident_id)
            .join(Client, Client.id == Incident.client_id)
            .where(Notification.done_at.is_(None), Client.anonymised_at.is_(None))
            .order_by(Notification.due_at, Client.code, Notification.id)
        ).all()
        return [
            DueNotification(nid, cid, code, rec, due, _minutes(due - now))
            for nid, cid, code, rec, due in rows
        ]


# --- helpers -------------------------------------------------------------------------------


def client_notifications(session: Session, client: Client, names: bool) -> list[NotificationRecord]:
    """`names`: the reader's role may read identities (children's first names)."""
    rows = session.execute(
        select(Notification, Account.display_name)
        .join(Incident, Incident.id == Notification.incident_id)
        .outerjoin(Account, Account.id == Notification.done_by)
        .where(Incident.client_id == client.id)
        .order_by(Notification.due_at, Notification.id)
    ).all()
    kids = _children(session, sorted({n.incident_id for n, _ in rows}), names)
    return [_record(n, client, name, kids.get(n.incident_id, ())) for n, name in rows]


def _children(
    session: Session, incident_ids: list[int], names: bool
) -> dict[int, tuple[NotifiedChild, ...]]:
    """The children named in these incidents, by incident."""
    found: dict[int, list[NotifiedChild]] = {}
    if not incident_ids:
        return {}
    rows = session.execute(
        select(IncidentChild, Child.first_name, Child.birth_date, Incident.disclosed_on)
        .join(Child, Child.id == IncidentChild.child_id)
        .join(Incident, Incident.id == IncidentChild.incident_id)
        .where(IncidentChild.incident_id.in_(incident_ids))
        .order_by(Child.birth_date, Child.id)
    ).all()
    keys = keys_of_session(session)
    for link, first_name, born, day in rows:
        found.setdefault(link.incident_id, []).append(
            NotifiedChild(
                link.child_id,
                opened(keys, "children", "first_name", link.child_id, first_name)
                if names
                else None,
                age_on(born, day),
                link.witnessed,
                link.harmed,
            )
        )
    return {k: tuple(v) for k, v in found.items()}


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)


def _record(
    row: Notification,
    client: Client,
    done_by: str | None,
    children: tuple[NotifiedChild, ...] = (),
) -> NotificationRecord:
    return NotificationRecord(
        id=row.id,
        incident_id=row.incident_id,
        client_id=client.id,
        client_code=client.code,
        recipient=row.recipient,
        due_at=row.due_at,
        done_at=row.done_at,
        done_by=done_by if row.done_at is not None else None,
        method=row.method,
        reference=row.reference,
        children=children if row.recipient == Recipient.CHILDREN_SERVICE.value else (),
    )


def day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)
