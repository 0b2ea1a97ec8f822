"""Everything on her Violence tab in one read (one audit entry): incidents, alleged
perpetrators, protection orders and the notifications, and whether new details may be
recorded today (her special-category consent)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
from .permissions import Permission
from .protection_orders import OrderRecord, orders_of_client
from .validation import id_or_none
from .vocabulary import ConsentKind


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
            notifications=tuple(client_notifications(s, client)),
        )
        uow.audit("violence.viewed", "client", client.id)
        uow.commit()
        return result
