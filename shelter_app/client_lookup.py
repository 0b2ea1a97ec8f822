"""Finding the client a casework action is about, shared by every service that records
activity for a client (consultations, stays, enrolments, referrals...)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import InvalidInput
from .storage.casework_schema import Client
from .storage.sealing import keys_of_session, opened
from .validation import is_id


def require_client(session: Session, client_id: object, *, for_new_activity: bool) -> Client:
    """The client row, or InvalidInput on field 'client'. New activity is refused for an
    archived or anonymised client."""
    client = session.get(Client, client_id) if is_id(client_id) else None
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


def client_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """Full names by client id, for the few places the people working with her see them
    (settings.names_where_needed); anonymised clients have none."""
    wanted = sorted(set(ids))
    keys = keys_of_session(session)
    names: dict[int, str] = {}
    for i in range(0, len(wanted), 500):  # under SQLite's bound-parameter limit
        rows = session.execute(
            select(Client.id, Client.last_name, Client.first_name, Client.patronymic).where(
                Client.id.in_(wanted[i : i + 500]), Client.anonymised_at.is_(None)
            )
        ).all()
        for client_id, *parts in rows:
            # column queries bypass the load hook: open each part with her keys (a part
            # her keys do not open is left out, never shown sealed)
            opened_parts = (
                opened(keys, "clients", column, client_id, value)
                for column, value in zip(_NAME_PARTS, parts, strict=True)
            )
            name = " ".join(p for p in opened_parts if p)
            if name:
                names[client_id] = name
    return names


_NAME_PARTS = ("last_name", "first_name", "patronymic")
