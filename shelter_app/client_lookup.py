"""Finding the client a casework action is about, shared by every service that records
activity for a client (consultations, stays, enrolments, referrals...)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from .errors import InvalidInput
from .storage.casework_schema import Client


def require_client(session: Session, client_id: object, *, for_new_activity: bool) -> Client:
    """The client row, or InvalidInput on field 'client'. New activity is refused for an
    archived or anonymised client."""
    valid_id = (
        isinstance(client_id, int)
        and not isinstance(client_id, bool)
        and 0 < client_id < 2**63  # beyond SQLite's integers: no such row
    )
    client = session.get(Client, client_id) if valid_id else None
    if client is None or client.anonymised_at is not None:
        raise InvalidInput(QCoreApplication.translate("clients", "No such client."), "client")
    if for_new_activity and client.archived_at is not None:
        raise InvalidInput(
            QCoreApplication.translate(
                "clients", "This client's record is archived; restore it first."
            ),
            "client",
        )
    return client


def touch(client: Client, day: date) -> None:
    """Record activity on `day` (last contact in lists; the retention clock)."""
    if client.last_activity_on is None or day > client.last_activity_on:
        client.last_activity_on = day
