"""The shelter's rooms and beds: the layout the administrator sets up, and who holds
which bed on a night (the board, occupancy, bed-nights). Stays themselves, and the rules
for admitting, moving and discharging, are in shelter.py.

A bed assignment holds the nights from `from_date` (inclusive) to `to_date` (exclusive,
None while current: open-ended). One whose two dates are equal holds no night (a same-day
departure, see shelter.discharge) and so never collides with anything. A room's
`max_people` counts women and children together, because children sleep in the room too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from .client_lookup import client_names
from .database import Database, SignedInUser
from .errors import InvalidInput
from .permissions import Permission, allowed
from .settings import read_settings
from .sites import require_site, site_or_default
from .storage.casework_schema import Bed, BedAssignment, Client, Room, Stay, StayChild
from .validation import date_not_before, int_in_range, is_id, required_text, valid_date

MAX_ROOM_PEOPLE = 40
ROOM_NAME_LENGTH = 60
BED_LABEL_LENGTH = 20
DEPARTING_SOON_DAYS = 3
LATEST_YEAR = 2200
READ = Permission.READ_STAYS_ENROLMENTS


@dataclass(frozen=True)
class BedInfo:
    id: int
    room_id: int
    label: str
    active: bool


@dataclass(frozen=True)
class RoomInfo:
    id: int
    name: str
    max_people: int  # women and children together
    sort_order: int
    active: bool
    beds: tuple[BedInfo, ...]
    site_id: int = 0


class BedState(StrEnum):
    FREE = "free"
    OCCUPIED = "occupied"
    OUT_OF_USE = "out_of_use"


@dataclass(frozen=True)
class Occupant:
    stay_id: int
    client_code: str
    children: int
    admitted_on: date
    allowed_until: date
    planned_departure_on: date | None
    departing_soon: bool  # planned departure within DEPARTING_SOON_DAYS
    near_limit: bool  # allowed_until within stay_warning_days
    over_limit: bool
    client_name: str | None = None  # for shelter staff only (settings.names_where_needed)


@dataclass(frozen=True)
class BoardBed:
    bed_id: int
    label: str
    state: str  # BedState
    occupant: Occupant | None
    next_arrival_on: date | None  # someone is booked into this bed from then


@dataclass(frozen=True)
class BoardRoom:
    room_id: int
    name: str
    max_people: int
    people: int  # women and children in the room that night
    beds: tuple[BoardBed, ...]


@dataclass(frozen=True)
class Board:
    day: date
    rooms: tuple[BoardRoom, ...]
    site_id: int | None = None  # None: every site's rooms


@dataclass(frozen=True)
class Occupancy:
    day: date
    beds_total: int  # beds in use in the current layout
    beds_occupied: int
    women: int
    children: int
    places_total: int  # women and children the rooms can hold


# --- nights and checks shared with shelter.py --------------------------------------------


def holds_night(day: date) -> ColumnElement[bool]:
    """Assignments that hold the night starting on `day`."""
    return and_(
        BedAssignment.from_date <= day,
        or_(BedAssignment.to_date.is_(None), BedAssignment.to_date > day),
    )


def holds_a_night_from(day: date) -> ColumnElement[bool]:
    """Assignments that hold any night on or after `day` (an open one always does)."""
    return or_(
        BedAssignment.to_date.is_(None),
        and_(BedAssignment.to_date > day, BedAssignment.to_date > BedAssignment.from_date),
    )


def holds_nights() -> ColumnElement[bool]:
    """Assignments that hold at least one night."""
    return or_(BedAssignment.to_date.is_(None), BedAssignment.to_date > BedAssignment.from_date)


def people_in_room(session: Session, room_id: int, day: date, leave_out_stay: int | None) -> int:
    """Women and children in the room on the night of `day`."""
    present = (
        select(BedAssignment.stay_id)
        .join(Bed, Bed.id == BedAssignment.bed_id)
        .where(Bed.room_id == room_id, holds_night(day))
    )
    if leave_out_stay is not None:
        present = present.where(BedAssignment.stay_id != leave_out_stay)
    women = session.scalar(select(func.count()).select_from(present.subquery())) or 0
    children = session.scalar(
        select(func.count(StayChild.id)).where(StayChild.stay_id.in_(present))
    )
    return women + (children or 0)


def room_fits(
    session: Session,
    room: Room,
    start: date,
    party: int,
    max_people: int | None = None,
    leave_out_stay: int | None = None,
) -> bool:
    """Whether `party` more people fit in the room on every night from `start` on. Who is
    in a room changes upwards only on a night someone arrives, so only those are checked."""
    limit = room.max_people if max_people is None else max_people
    arrivals = session.scalars(
        select(BedAssignment.from_date)
        .distinct()
        .join(Bed, Bed.id == BedAssignment.bed_id)
        .where(Bed.room_id == room.id, BedAssignment.from_date > start, holds_nights())
    ).all()
    return all(
        people_in_room(session, room.id, night, leave_out_stay) + party <= limit
        for night in [start, *arrivals]
    )


def require_room(session: Session, room_id: object, field: str = "room") -> Room:
    room = session.get(Room, room_id) if is_id(room_id) else None
    if room is None:
        raise InvalidInput(QCoreApplication.translate("shelter_layout", "No such room."), field)
    return room


def require_bed(
    session: Session, bed_id: object, field: str = "bed", *, in_use: bool = False
) -> tuple[Bed, Room]:
    """The bed and its room. `in_use` refuses a bed taken out of use, and locks the bed's
    row so that, on a server database, two admissions cannot take it at once."""
    bed = session.get(Bed, bed_id, with_for_update=in_use) if is_id(bed_id) else None
    if bed is None:
        raise InvalidInput(QCoreApplication.translate("shelter_layout", "No such bed."), field)
    room = session.get(Room, bed.room_id)
    assert room is not None  # a foreign key: every bed is in a room
    if in_use and not (bed.active and room.active):
        raise InvalidInput(
            QCoreApplication.translate("shelter_layout", "This bed is out of use."), field
        )
    return bed, room


def _text(value: object, field: str, max_len: int) -> str:
    return required_text(value if isinstance(value, str) else None, field, max_len)


def valid_day(value: object, field: str) -> date:
    day = valid_date(value, field)
    if day.year > LATEST_YEAR:
        raise InvalidInput(
            QCoreApplication.translate("shelter_layout", "The date is too far in the future."),
            field,
        )
    return day


def names_on_board(user: SignedInUser) -> bool:
    """Shelter staff: the roles that admit and discharge and read identities."""
    return allowed(user.role, Permission.WRITE_STAYS_ENROLMENTS) and allowed(
        user.role, Permission.READ_CLIENTS
    )


def counts_permission(user: SignedInUser) -> Permission:
    """Counts name nobody: whoever may read counts, or the stays themselves, may see them.
    (The unit of work still checks the role as stored now.)"""
    return Permission.READ_COUNTS if allowed(user.role, Permission.READ_COUNTS) else READ


def valid_period(start: object, end: object) -> tuple[date, date]:
    first, stop = valid_day(start, "start"), valid_day(end, "end")
    date_not_before(stop, first, "end")
    return first, stop


# --- services -----------------------------------------------------------------------------


def in_site(site_id: int | None) -> ColumnElement[bool]:
    """Rooms of one site (None: of every site)."""
    return Room.site_id == site_id if site_id is not None else true()


def beds_of_site(site_id: int | None) -> ColumnElement[bool]:
    """Bed assignments whose bed is in a room of the site (None: every assignment)."""
    if site_id is None:
        return true()
    rooms = select(Room.id).where(Room.site_id == site_id)
    return BedAssignment.bed_id.in_(select(Bed.id).where(Bed.room_id.in_(rooms)))


def _site_filter(session: Session, site_id: object) -> int | None:
    """None for every site, else the id of an existing site (refused otherwise)."""
    return None if site_id is None else require_site(session, site_id).id


def list_layout(db: Database, user: SignedInUser, site_id: int | None = None) -> list[RoomInfo]:
    """The rooms and beds of one site (None: of every site)."""
    with db.unit_of_work(user, Permission.READ_STAYS_ENROLMENTS) as uow:
        site = _site_filter(uow.session, site_id)
        rooms = uow.session.scalars(
            select(Room).where(in_site(site)).order_by(Room.sort_order, Room.name)
        ).all()
        return [_room_info(uow.session, r) for r in rooms]


def add_room(
    db: Database,
    user: SignedInUser,
    name: str,
    max_people: int,
    sort_order: int | None = None,
    site_id: int | None = None,
) -> RoomInfo:
    """A new room of the site (None: the default one, sites.default_site_id), shown
    after the others unless `sort_order` says otherwise."""
    clean = _text(name, "name", ROOM_NAME_LENGTH)
    people = int_in_range(max_people, "max_people", 1, MAX_ROOM_PEOPLE)
    if sort_order is not None:
        int_in_range(sort_order, "sort_order", 0, 10_000)
    with db.unit_of_work(user, Permission.MANAGE_SETTINGS, write=True) as uow:
        s = uow.session
        site = site_or_default(s, site_id)
        _name_is_free(s, clean, None, site.id)
        if sort_order is None:
            sort_order = min((s.scalar(select(func.max(Room.sort_order))) or 0) + 1, 10_000)
        room = Room(
            site_id=site.id, name=clean, max_people=people, sort_order=sort_order, active=True
        )
        s.add(room)
        s.flush()
        uow.audit(
            "shelter.room_added",
            "room",
            room.id,
            detail={"max_people": people, "site_id": site.id},
        )
        result = _room_info(s, room)
        uow.commit()
        return result


def rename_room(db: Database, user: SignedInUser, room_id: int, name: str) -> RoomInfo:
    clean = _text(name, "name", ROOM_NAME_LENGTH)
    with db.unit_of_work(user, Permission.MANAGE_SETTINGS, write=True) as uow:
        s = uow.session
        room = require_room(s, room_id)
        _name_is_free(s, clean, room.id, room.site_id)
        room.name = clean
        uow.audit("shelter.room_renamed", "room", room.id)
        result = _room_info(s, room)
        uow.commit()
        return result


def set_room_capacity(
    db: Database, user: SignedInUser, room_id: int, max_people: int, today: date | None = None
) -> RoomInfo:
    """Refused below the room's beds in use, or below the women and children already
    booked into it for any night from today on."""
    people = int_in_range(max_people, "max_people", 1, MAX_ROOM_PEOPLE)
    today = today or date.today()
    with db.unit_of_work(user, Permission.MANAGE_SETTINGS, write=True) as uow:
        s = uow.session
        room = require_room(s, room_id)
        if people < _active_beds(s, room.id):
            raise InvalidInput(
                QCoreApplication.translate(
                    "shelter_layout", "The room cannot hold fewer people than it has beds."
                ),
                "max_people",
            )
        if not room_fits(s, room, today, 0, max_people=people):
            raise InvalidInput(
                QCoreApplication.translate(
                    "shelter_layout",
                    "More women and children than that are staying or booked in this room.",
                ),
                "max_people",
            )
        room.max_people = people
        uow.audit("shelter.room_capacity_changed", "room", room.id, detail={"max_people": people})
        result = _room_info(s, room)
        uow.commit()
        return result


def add_bed(db: Database, user: SignedInUser, room_id: int, label: str) -> BedInfo:
    clean = _text(label, "label", BED_LABEL_LENGTH)
    with db.unit_of_work(user, Permission.MANAGE_SETTINGS, write=True) as uow:
        s = uow.session
        room = require_room(s, room_id)
        _room_has_space_for_a_bed(s, room)
        labels = s.scalars(select(Bed.label).where(Bed.room_id == room.id)).all()
        if clean.casefold() in {lab.casefold() for lab in labels}:
            raise InvalidInput(
                QCoreApplication.translate(
                    "shelter_layout", "This room already has a bed with this label."
                ),
                "label",
            )
        bed = Bed(room_id=room.id, label=clean, active=True)
        s.add(bed)
        s.flush()
        uow.audit("shelter.bed_added", "bed", bed.id, detail={"room_id": room.id})
        result = _bed_info(bed)
        uow.commit()
        return result


def deactivate_bed(
    db: Database, user: SignedInUser, bed_id: int, today: date | None = None
) -> BedInfo:
    """Take a bed out of use (broken, room repurposed). Its history stays."""
    today = today or date.today()
    with db.unit_of_work(user, Permission.MANAGE_SETTINGS, write=True) as uow:
        s = uow.session
        bed, _room = require_bed(s, bed_id)
        booked = s.scalar(
            select(BedAssignment.id)
            .where(BedAssignment.bed_id == bed.id, holds_a_night_from(today))
            .limit(1)
        )
        if booked is not None:
            raise InvalidInput(
                QCoreApplication.translate(
                    "shelter_layout",
                    "Someone is staying in this bed or is booked into it; move her first.",
                ),
                "bed",
            )
        bed.active = False
        uow.audit("shelter.bed_deactivated", "bed", bed.id)
        result = _bed_info(bed)
        uow.commit()
        return result


def reactivate_bed(db: Database, user: SignedInUser, bed_id: int) -> BedInfo:
    with db.unit_of_work(user, Permission.MANAGE_SETTINGS, write=True) as uow:
        s = uow.session
        bed, room = require_bed(s, bed_id)
        if not bed.active:
            _room_has_space_for_a_bed(s, room)
            bed.active = True
            uow.audit("shelter.bed_reactivated", "bed", bed.id)
        result = _bed_info(bed)
        uow.commit()
        return result


# --- the board ----------------------------------------------------------------------------


def board(db: Database, user: SignedInUser, day: date, site_id: int | None = None) -> Board:
    """Every room and bed of the site (None: of every site) with who holds it on the
    night of `day`, for the shelter board."""
    night = valid_day(day, "day")
    with db.unit_of_work(user, READ) as uow:
        s = uow.session
        site = _site_filter(s, site_id)
        rules = read_settings(s)
        rooms = s.scalars(
            select(Room)
            .where(Room.active.is_(True), in_site(site))
            .order_by(Room.sort_order, Room.name)
        ).all()
        beds = s.scalars(
            select(Bed).where(Bed.room_id.in_([r.id for r in rooms])).order_by(Bed.id)
        ).all()
        held = s.execute(
            select(BedAssignment.bed_id, Stay, Client.code)
            .join(Stay, Stay.id == BedAssignment.stay_id)
            .join(Client, Client.id == Stay.client_id)
            .where(holds_night(night), beds_of_site(site))
        ).all()
        kids = dict(
            s.execute(
                select(StayChild.stay_id, func.count(StayChild.id))
                .where(StayChild.stay_id.in_([stay.id for _, stay, _ in held]))
                .group_by(StayChild.stay_id)
            ).all()
        )
        next_arrival = dict(
            s.execute(
                select(BedAssignment.bed_id, func.min(BedAssignment.from_date))
                .where(BedAssignment.from_date > night, holds_nights(), beds_of_site(site))
                .group_by(BedAssignment.bed_id)
            ).all()
        )
        # the shelter's own staff (who admit and discharge her) know her by name
        names = (
            client_names(s, [stay.client_id for _, stay, _ in held])
            if rules.names_where_needed and names_on_board(user)
            else {}
        )
        occupants = {
            bed_id: replace(
                _occupant(stay, code, kids.get(stay.id, 0), night, rules.stay_warning_days),
                client_name=names.get(stay.client_id),
            )
            for bed_id, stay, code in held
        }
        out = []
        for room in rooms:
            room_beds = []
            for bed in (b for b in beds if b.room_id == room.id):
                occupant = occupants.get(bed.id)
                if occupant is not None:
                    state = BedState.OCCUPIED
                else:
                    state = BedState.FREE if bed.active else BedState.OUT_OF_USE
                room_beds.append(
                    BoardBed(bed.id, bed.label, state.value, occupant, next_arrival.get(bed.id))
                )
            people = sum(1 + b.occupant.children for b in room_beds if b.occupant)
            out.append(BoardRoom(room.id, room.name, room.max_people, people, tuple(room_beds)))
        return Board(night, tuple(out), site)


# --- counts (no client codes: the coordinator may see them) -------------------------------


def occupancy(db: Database, user: SignedInUser, day: date, site_id: int | None = None) -> Occupancy:
    """Beds, women and children of the site (None: of every site) on the night of `day`
    (as booked, for a future day)."""
    night = valid_day(day, "day")
    with db.unit_of_work(user, counts_permission(user)) as uow:
        s = uow.session
        site = _site_filter(s, site_id)
        in_use = and_(Bed.active.is_(True), Room.active.is_(True), in_site(site))
        beds_total = s.scalar(
            select(func.count(Bed.id)).join(Room, Room.id == Bed.room_id).where(in_use)
        )
        places = s.scalar(
            select(func.sum(Room.max_people)).where(Room.active.is_(True), in_site(site))
        )
        tonight = and_(holds_night(night), beds_of_site(site))
        present = select(BedAssignment.stay_id).where(tonight)
        beds_held = s.scalar(select(func.count(func.distinct(BedAssignment.bed_id))).where(tonight))
        women = s.scalar(select(func.count()).select_from(present.subquery()))
        children = s.scalar(select(func.count(StayChild.id)).where(StayChild.stay_id.in_(present)))
        return Occupancy(
            night, beds_total or 0, beds_held or 0, women or 0, children or 0, places or 0
        )


def bed_nights(
    db: Database,
    user: SignedInUser,
    start: date,
    end: date,
    today: date | None = None,
    site_id: int | None = None,
) -> int:
    """Nights spent in shelter beds (of the site; None: of every site) on nights in
    [start, end). Nights after tonight are not counted: an open stay's future is not yet
    a bed-night."""
    today = today or date.today()
    first, stop = valid_period(start, end)
    with db.unit_of_work(user, counts_permission(user)) as uow:
        site = _site_filter(uow.session, site_id)
        upto = min(stop, today + timedelta(days=1))
        return sum(beds_held_per_night(uow.session, first, upto, site))


def monthly_occupancy(
    db: Database, user: SignedInUser, year: int, month: int, site_id: int | None = None
) -> list[tuple[date, int]]:
    """Beds held (of the site; None: of every site) on each night of the month, as
    booked (future nights included)."""
    y = int_in_range(year, "year", 1900, LATEST_YEAR)
    m = int_in_range(month, "month", 1, 12)
    first = date(y, m, 1)
    stop = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    with db.unit_of_work(user, counts_permission(user)) as uow:
        site = _site_filter(uow.session, site_id)
        counts = beds_held_per_night(uow.session, first, stop, site)
    return [(first + timedelta(days=i), n) for i, n in enumerate(counts)]


# --- helpers ------------------------------------------------------------------------------


def _name_is_free(session: Session, name: str, room_id: int | None, site_id: int) -> None:
    # the rooms are few; casefold in Python because SQLite's lower() is ASCII-only
    others = session.execute(select(Room.id, Room.name).where(Room.site_id == site_id)).all()
    if any(n.casefold() == name.casefold() and i != room_id for i, n in others):
        raise InvalidInput(
            QCoreApplication.translate("shelter_layout", "A room with this name already exists."),
            "name",
        )


def _active_beds(session: Session, room_id: int) -> int:
    return (
        session.scalar(
            select(func.count(Bed.id)).where(Bed.room_id == room_id, Bed.active.is_(True))
        )
        or 0
    )


def _room_has_space_for_a_bed(session: Session, room: Room) -> None:
    if _active_beds(session, room.id) >= room.max_people:
        raise InvalidInput(
            QCoreApplication.translate(
                "shelter_layout",
                "This room already has as many beds as people it can hold; raise its "
                "capacity first.",
            ),
            "room",
        )


def _bed_info(bed: Bed) -> BedInfo:
    return BedInfo(bed.id, bed.room_id, bed.label, bed.active)


def _room_info(session: Session, room: Room) -> RoomInfo:
    beds = session.scalars(select(Bed).where(Bed.room_id == room.id).order_by(Bed.id)).all()
    return RoomInfo(
        room.id,
        room.name,
        room.max_people,
        room.sort_order,
        room.active,
        tuple(_bed_info(b) for b in beds),
        room.site_id,
    )


def beds_held_per_night(
    session: Session, start: date, end: date, site_id: int | None = None
) -> list[int]:
    """Beds held (of the site; None: of every site) on each night of [start, end): the
    count on the first night, then each night's change from arrivals and departures,
    grouped by date in SQL, so that the work grows with the days of the period, not with
    the rows of the table."""
    if end <= start:
        return []
    site = beds_of_site(site_id)
    first = (
        session.scalar(select(func.count(BedAssignment.id)).where(holds_night(start), site)) or 0
    )
    arrivals = dict(
        session.execute(
            select(BedAssignment.from_date, func.count(BedAssignment.id))
            .where(
                BedAssignment.from_date > start,
                BedAssignment.from_date < end,
                holds_nights(),
                site,
            )
            .group_by(BedAssignment.from_date)
        ).all()
    )
    departures = dict(
        session.execute(
            select(BedAssignment.to_date, func.count(BedAssignment.id))
            .where(BedAssignment.to_date > start, BedAssignment.to_date < end, holds_nights(), site)
            .group_by(BedAssignment.to_date)
        ).all()
    )
    counts, held = [first], first
    for i in range(1, (end - start).days):
        night = start + timedelta(days=i)
        held += arrivals.get(night, 0) - departures.get(night, 0)
        counts.append(held)
    return counts


def _occupant(stay: Stay, code: str, children: int, night: date, warning_days: int) -> Occupant:
    planned = stay.planned_departure_on
    return Occupant(
        stay_id=stay.id,
        client_code=code,
        children=children,
        admitted_on=stay.admitted_on,
        allowed_until=stay.allowed_until,
        planned_departure_on=planned,
        departing_soon=planned is not None
        and planned <= night + timedelta(days=DEPARTING_SOON_DAYS),
        near_limit=night <= stay.allowed_until <= night + timedelta(days=warning_days),
        over_limit=night > stay.allowed_until,
    )
