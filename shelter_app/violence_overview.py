"""Everything on her Violence tab in one read (one audit entry): incidents, alleged
perpetrators, protection orders and the notifications, and whether new details may be
recorded today (her special-category consent); and what anonymising her erases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .client_lookup import require_client
from .clients import has_consent
from .database import Database, SignedInUser
from .incidents import (
    IncidentRecord,
    PerpetratorRecord,
    incidents_of_client,
    perpetrators_of_client,
)
from .notifications import NotificationRecord, client_notifications
from .permissions import Permission, allowed
from .protection_orders import OrderRecord, orders_of_client
from .storage.violence_schema import Incident, Notification, Perpetrator, ProtectionOrder
from .validation import id_or_none
from .vocabulary import ConsentKind

ERASED = "—"


@dataclass(frozen=True)
class ClientViolence:
    client_id: int
    code: str
    consent_today: bool
    incidents: tuple[IncidentRecord, ...]  # newest first
    perpetrators: tuple[PerpetratorRecord, ...]
    orders: tuple[OrderRecord, ...]  # newest first
    notifications: tuple[NotificationRecord, ...]  # by due time


def client_violence(
    db: Database, user: SignedInUser, client_id: int, today: date | None = None
) -> ClientViolence:
    today = today or date.today()
    with db.unit_of_work(user, Permission.READ_VIOLENCE, write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        result = ClientViolence(
            client_id=client.id,
            code=client.code,
            consent_today=has_consent(s, client.id, ConsentKind.SPECIAL_CATEGORY, today),
            incidents=tuple(incidents_of_client(s, client.id)),
            perpetrators=tuple(perpetrators_of_client(s, client.id, today)),
            orders=tuple(orders_of_client(s, client.id, client.code)),
            notifications=tuple(
                client_notifications(s, client, allowed(user.role, Permission.READ_CLIENTS))
            ),
        )
        uow.audit("violence.viewed", "client", client.id)
        uow.commit()
        return result


def erase_free_text(session: Session, client_ids: list[int]) -> None:
    """Anonymising her (retention.purge): the free text that could identify her or the
    perpetrator goes — the description, an order's conditions and issuing body, the
    reference numbers of notices; the coded facts stay for past periods' figures."""
    quiet = {"synchronize_session": False}
    session.execute(
        update(Perpetrator)
        .where(Perpetrator.client_id.in_(client_ids), Perpetrator.description.is_not(None))
        .values(description=None),
        execution_options=quiet,
    )
    session.execute(
        update(ProtectionOrder)
        .where(ProtectionOrder.client_id.in_(client_ids))
        .values(conditions=None, issuer=ERASED),
        execution_options=quiet,
    )
    incident_ids = select(Incident.id).where(Incident.client_id.in_(client_ids))
    session.execute(
        update(Notification)
        .where(Notification.incident_id.in_(incident_ids), Notification.reference.is_not(None))
        .values(reference=None),
        execution_options=quiet,
    )
