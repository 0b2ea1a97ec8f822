"""The beds an admission can take on a day, each with the room's free places, so that the
admit dialog offers only beds whose room fits her and her children and shows the
arithmetic ("1 place free of 4") before anything is filled in.

A bed is offered when admit() would accept it for a party of one: in use, in a room in
use, and held by no assignment on any night from the day on. `free_places` is the room's
fewest free places over those nights (who is in a room grows only on a night someone
arrives, the same rule as shelter_layout.room_fits), so `fits(party)` agrees with the
refusal admit() would give."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from .database import Database, SignedInUser
from .permissions import Permission
from .shelter_layout import holds_a_night_from, holds_nights, in_site, people_in_room, valid_day
from .sites import require_site
from .storage.casework_schema import Bed, BedAssignment, Room


@dataclass(frozen=True)
class BedOffer:
    bed_id: int
    bed_label: str
    room_id: int
    room_name: str
    max_people: int  # women and children the room holds
    free_places: int  # fewest free places in the room on any night from the day on

    def fits(self, party: int) -> bool:
        return party <= self.free_places


def bed_offers(
    db: Database, user: SignedInUser, day: date, site_id: int | None = None
) -> list[BedOffer]:
    """Every bed of the site (None: of every site) free from the night of `day` on, in
    the board's order of rooms."""
    night = valid_day(day, "day")
    with db.unit_of_work(user, Permission.READ_STAYS_ENROLMENTS) as uow:
        s = uow.session
        site = None if site_id is None else require_site(s, site_id).id
        rooms = s.scalars(
            select(Room)
            .where(Room.active.is_(True), in_site(site))
            .order_by(Room.sort_order, Room.name)
        ).all()
        taken = set(s.scalars(select(BedAssignment.bed_id).where(holds_a_night_from(night))))
        offers: list[BedOffer] = []
        for room in rooms:
            beds = s.scalars(
                select(Bed).where(Bed.room_id == room.id, Bed.active.is_(True)).order_by(Bed.id)
            ).all()
            free_beds = [b for b in beds if b.id not in taken]
            if not free_beds:
                continue
            free = room.max_people - _most_people(s, room.id, night)
            offers.extend(
                BedOffer(b.id, b.label, room.id, room.name, room.max_people, max(free, 0))
                for b in free_beds
            )
        return offers


def _most_people(session: Session, room_id: int, night: date) -> int:
    arrivals = session.scalars(
        select(BedAssignment.from_date)
        .distinct()
        .join(Bed, Bed.id == BedAssignment.bed_id)
        .where(Bed.room_id == room_id, BedAssignment.from_date > night, holds_nights())
    ).all()
    return max(people_in_room(session, room_id, n, None) for n in [night, *arrivals])
