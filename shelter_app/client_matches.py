"""What the client picker shows for what she typed: a page of matches, how many there are
in all, and whether each woman is already in the shelter or on its waiting list, so that
the right one of 66 women called Бойко is told apart before she is picked.

The standing is given only to a role that may read stays (the picker is also used by
roles that may not); the search itself is clients.search_clients."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select

from .clients import ClientSummary, count_clients, search_clients
from .database import Database, SignedInUser
from .permissions import Permission, allowed
from .shelter import WaitingStatus
from .storage.casework_schema import Stay, WaitingListEntry
from .validation import int_in_range


class ShelterStanding(StrEnum):
    STAYING = "staying"  # in the shelter tonight
    BOOKED = "booked"  # admission booked for a later day
    WAITING = "waiting"  # on the waiting list


@dataclass(frozen=True)
class ClientMatch:
    summary: ClientSummary
    standing: str | None  # ShelterStanding, or None (none, or not this role's to know)


@dataclass(frozen=True)
class MatchPage:
    matches: tuple[ClientMatch, ...]
    total: int  # every match of the text, not only this page


def find_clients(
    db: Database,
    user: SignedInUser,
    text: str,
    *,
    limit: int = 15,
    after: int | None = None,
    today: date | None = None,
) -> MatchPage:
    """A page of matches after client `after` (None: the first page) and the total."""
    size = int_in_range(limit, "limit", 1, 200)
    rows = search_clients(db, user, text, limit=size, after=after, today=today)
    total = count_clients(db, user, text)
    standings = shelter_standings(db, user, [r.id for r in rows], today)
    return MatchPage(tuple(ClientMatch(r, standings.get(r.id)) for r in rows), total)


def shelter_standings(
    db: Database, user: SignedInUser, client_ids: Iterable[int], today: date | None = None
) -> dict[int, str]:
    """Client id -> ShelterStanding for those in (or booked into, or waiting for) the
    shelter; empty for a role that may not read stays."""
    ids = [i for i in client_ids if isinstance(i, int) and not isinstance(i, bool)]
    if not ids or not allowed(user.role, Permission.READ_STAYS_ENROLMENTS):
        return {}
    day = today or date.today()
    with db.unit_of_work(user, Permission.READ_STAYS_ENROLMENTS) as uow:
        s = uow.session
        out: dict[int, str] = {
            client_id: ShelterStanding.WAITING.value
            for client_id in s.scalars(
                select(WaitingListEntry.client_id).where(
                    WaitingListEntry.client_id.in_(ids),
                    WaitingListEntry.status == WaitingStatus.WAITING.value,
                )
            )
        }
        for client_id, admitted_on in s.execute(
            select(Stay.client_id, Stay.admitted_on).where(
                Stay.client_id.in_(ids), Stay.departed_on.is_(None)
            )
        ):
            staying = admitted_on <= day
            out[client_id] = (ShelterStanding.STAYING if staying else ShelterStanding.BOOKED).value
        return out
