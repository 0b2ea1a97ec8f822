"""Shelter stays from admission to departure (children, extensions, moves between beds),
the waiting list and turn-aways. The rooms and beds, the board and the occupancy counts
are in shelter_layout.py.

The books stay right because every write checks, in SQL and before writing:
- no bed is held by two stays on the same night (an open assignment runs on for ever);
- no room holds more women and children than its `max_people` on any night;
- a woman has one stay at a time, and a stay's assignments follow one another from
  `admitted_on` without gaps, the last one open while she is in the shelter.

`allowed_until` is the day she must leave by: a stay of `max_stay_days` days holds exactly
that many nights (CMU Resolution No. 655 of 2018: three months, extendable to six). A
same-day departure is allowed and holds no night: she arrived and was placed elsewhere
the same day, which counts as an admission and a discharge with 0 bed-nights.
Lists and the board show the pseudonymous client code, never a name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from shelter_app.i18n import fill

from .children import add_stay_children, drop_unnamed_children
from .client_lookup import require_client, touch
from .database import Database, SignedInUser
from .errors import InvalidInput
from .permissions import Permission
from .settings import read_settings
from .shelter_layout import (
    counts_permission,
    holds_a_night_from,
    require_bed,
    room_fits,
    valid_day,
    valid_period,
)
from .storage.casework_schema import (
    Bed,
    BedAssignment,
    Client,
    Room,
    Stay,
    StayChild,
    StayExtension,
    TurnAway,
    WaitingListEntry,
)
from .validation import choice, date_not_before, id_or_none, int_in_range, is_id, valid_date
from .vocabulary import DepartureOutcome, ExtensionReason, ReferringBody, Sex, TurnAwayReason

READ, WRITE = Permission.READ_STAYS_ENROLMENTS, Permission.WRITE_STAYS_ENROLMENTS
PLANNING_DAYS = 30  # an admission or a move may be booked this far ahead
MAX_CHILDREN = 12


class WaitingStatus(StrEnum):
    WAITING = "waiting"
    ADMITTED = "admitted"
    WITHDRAWN = "withdrawn"


# --- what services return -----------------------------------------------------------------


@dataclass(frozen=True)
class ChildInfo:
    """A child who comes with her mother: no name is needed."""

    age_years: int
    sex: str  # vocabulary.Sex code
    # her own record (shelter_app.children), if staff chose one; compared by age and sex
    child_id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ExtensionRecord:
    extended_on: date
    new_allowed_until: date
    reason: str


@dataclass(frozen=True)
class BedPeriod:
    bed_id: int
    bed_label: str
    room_id: int
    room_name: str
    from_date: date
    to_date: date | None  # exclusive; None while current


@dataclass(frozen=True)
class StayRecord:
    id: int
    client_id: int
    client_code: str
    admitted_on: date
    planned_departure_on: date | None
    allowed_until: date
    departed_on: date | None
    referred_by: str
    departure_outcome: str | None
    nights: int | None  # once she has left
    children: tuple[ChildInfo, ...]
    extensions: tuple[ExtensionRecord, ...]
    beds: tuple[BedPeriod, ...]  # in order; the last is her current (or last) bed

    @property
    def is_open(self) -> bool:
        return self.departed_on is None

    @property
    def bed(self) -> BedPeriod:
        return self.beds[-1]


@dataclass(frozen=True)
class LimitWarning:
    stay_id: int
    client_id: int
    client_code: str
    admitted_on: date
    allowed_until: date
    days_left: int  # negative once over the limit
    over_limit: bool
    extendable_until: date | None  # None when already extended as far as allowed


@dataclass(frozen=True)
class WaitingEntry:
    id: int
    client_id: int
    client_code: str
    requested_on: date
    children: int
    status: str  # WaitingStatus
    resolved_on: date | None


@dataclass(frozen=True)
class TurnAwayRecord:
    id: int
    on_date: date
    reason: str
    children: int
    referred_by: str
    client_id: int | None
    client_code: str | None


@dataclass(frozen=True)
class UnmetDemand:
    start: date
    end: date  # exclusive
    turn_aways: dict[str, int]  # TurnAwayReason code -> count, every reason
    children_turned_away: int
    waiting_at_end: int  # women still on the waiting list on the period's last day


# --- admission ----------------------------------------------------------------------------


def admit(
    db: Database,
    user: SignedInUser,
    client_id: int,
    bed_id: int,
    admitted_on: date,
    referred_by: str,
    children: list[ChildInfo] | tuple[ChildInfo, ...] = (),
    planned_departure_on: date | None = None,
    today: date | None = None,
) -> StayRecord:
    """Admit her (or book her in up to PLANNING_DAYS ahead) with the children who come
    with her. The stay, its bed and its children are written together or not at all."""
    today = today or date.today()
    day = valid_day(admitted_on, "admitted_on")
    if day > today + timedelta(days=PLANNING_DAYS):
        raise InvalidInput(
            fill(
                QCoreApplication.translate(
                    "shelter", "An admission can be booked at most %1 days ahead."
                ),
                str(PLANNING_DAYS),
            ),
            "admitted_on",
        )
    referring = choice(ReferringBody, referred_by, "referred_by")
    kids = _children(children)
    planned = _optional_date(planned_departure_on, "planned_departure_on")
    with db.unit_of_work(user, WRITE, write=True) as uow:
        s = uow.session
        client = require_client(s, client_id if is_id(client_id) else None, for_new_activity=True)
        bed, room = require_bed(s, bed_id, in_use=True)
        allowed_until = day + timedelta(days=read_settings(s).max_stay_days)
        if planned is not None:
            _check_planned_departure(planned, day, allowed_until)
        _no_other_stay(s, client.id, day)
        if _bed_taken(s, bed.id, day):
            raise InvalidInput(
                QCoreApplication.translate(
                    "shelter",
                    "This bed is taken or booked on a night of this stay; choose another bed.",
                ),
                "bed",
            )
        if not room_fits(s, room, day, 1 + len(kids)):
            raise _room_full(room.max_people)
        stay = Stay(
            client_id=client.id,
            admitted_on=day,
            planned_departure_on=planned,
            allowed_until=allowed_until,
            referred_by=referring.value,
            created_by=user.account_id,
        )
        s.add(stay)
        s.flush()
        s.add(BedAssignment(stay_id=stay.id, bed_id=bed.id, from_date=day, to_date=None))
        add_stay_children(s, stay, kids)  # each child gets a record (issue 14)
        waiting = s.scalars(
            select(WaitingListEntry).where(
                WaitingListEntry.client_id == client.id,
                WaitingListEntry.status == WaitingStatus.WAITING.value,
            )
        ).all()
        for entry in waiting:
            entry.status = WaitingStatus.ADMITTED.value
            entry.resolved_on = max(entry.requested_on, min(day, today))
        touch(client, min(day, today))
        s.flush()
        uow.audit(
            "stay.admitted",
            "stay",
            stay.id,
            detail={
                "client_id": client.id,
                "bed_id": bed.id,
                "children": len(kids),
                "referred_by": referring.value,
            },
        )
        result = _record(s, stay)
        uow.commit()
        return result


# --- changes to a stay --------------------------------------------------------------------


def extend_stay(
    db: Database,
    user: SignedInUser,
    stay_id: int,
    new_allowed_until: date,
    reason: str,
    extended_on: date,
    today: date | None = None,
) -> StayRecord:
    """Extend an open stay in difficult circumstances, at most to max_extended_stay_days
    from admission. Each extension is kept with its reason and date."""
    today = today or date.today()
    until = valid_day(new_allowed_until, "new_allowed_until")
    why = choice(ExtensionReason, reason, "reason")
    on = valid_date(extended_on, "extended_on", not_after=today)
    with db.unit_of_work(user, WRITE, write=True) as uow:
        s = uow.session
        stay = _stay(s, stay_id, open_only=True)
        date_not_before(on, stay.admitted_on, "extended_on")
        if until <= stay.allowed_until:
            raise InvalidInput(
                fill(
                    QCoreApplication.translate(
                        "shelter", "The new date must be later than the current limit, %1."
                    ),
                    _shown(stay.allowed_until),
                ),
                "new_allowed_until",
            )
        longest = read_settings(s).max_extended_stay_days
        if until > stay.admitted_on + timedelta(days=longest):
            raise InvalidInput(
                fill(
                    QCoreApplication.translate(
                        "shelter", "A stay can last at most %1 days in all, that is until %2."
                    ),
                    str(longest),
                    _shown(stay.admitted_on + timedelta(days=longest)),
                ),
                "new_allowed_until",
            )
        s.add(
            StayExtension(
                stay_id=stay.id,
                extended_on=on,
                new_allowed_until=until,
                reason=why.value,
                recorded_by=user.account_id,
            )
        )
        stay.allowed_until = until
        touch(require_client(s, stay.client_id, for_new_activity=False), on)
        s.flush()
        uow.audit(
            "stay.extended",
            "stay",
            stay.id,
            detail={"days": (until - stay.admitted_on).days, "reason": why.value},
        )
        result = _record(s, stay)
        uow.commit()
        return result


def set_planned_departure(
    db: Database, user: SignedInUser, stay_id: int, planned_departure_on: date | None
) -> StayRecord:
    """When she expects to leave (None: not known yet). The board flags it a few days
    ahead so that the bed can be promised to the next woman."""
    planned = _optional_date(planned_departure_on, "planned_departure_on")
    with db.unit_of_work(user, WRITE, write=True) as uow:
        s = uow.session
        stay = _stay(s, stay_id, open_only=True)
        if planned is not None:
            _check_planned_departure(planned, stay.admitted_on, stay.allowed_until)
        stay.planned_departure_on = planned
        uow.audit("stay.planned_departure_set", "stay", stay.id)
        result = _record(s, stay)
        uow.commit()
        return result


def move(
    db: Database,
    user: SignedInUser,
    stay_id: int,
    new_bed_id: int,
    on_date: date,
    today: date | None = None,
) -> StayRecord:
    """Move her (and her children) to another bed from the night of `on_date` on. The
    new bed must be free for the rest of the stay, and its room must have space."""
    today = today or date.today()
    day = valid_day(on_date, "on_date")
    if day > today + timedelta(days=PLANNING_DAYS):
        raise InvalidInput(
            fill(
                QCoreApplication.translate(
                    "shelter", "A move can be booked at most %1 days ahead."
                ),
                str(PLANNING_DAYS),
            ),
            "on_date",
        )
    with db.unit_of_work(user, WRITE, write=True) as uow:
        s = uow.session
        stay = _stay(s, stay_id, open_only=True)
        current = _current_assignment(s, stay.id)
        date_not_before(day, current.from_date, "on_date")
        bed, room = require_bed(s, new_bed_id, in_use=True)
        if bed.id == current.bed_id:
            raise InvalidInput(
                QCoreApplication.translate("shelter", "She is already in this bed."), "bed"
            )
        if _bed_taken(s, bed.id, day):
            raise InvalidInput(
                QCoreApplication.translate(
                    "shelter",
                    "This bed is taken or booked on a night from that date on; choose another bed.",
                ),
                "bed",
            )
        party = 1 + _children_count(s, stay.id)
        if not room_fits(s, room, day, party, leave_out_stay=stay.id):
            raise _room_full(room.max_people)
        old_bed = current.bed_id
        if current.from_date == day:
            s.delete(current)  # she never spent a night there
        else:
            current.to_date = day
        s.add(BedAssignment(stay_id=stay.id, bed_id=bed.id, from_date=day, to_date=None))
        s.flush()
        uow.audit(
            "stay.moved", "stay", stay.id, detail={"from_bed_id": old_bed, "to_bed_id": bed.id}
        )
        result = _record(s, stay)
        uow.commit()
        return result


def discharge(
    db: Database,
    user: SignedInUser,
    stay_id: int,
    departed_on: date,
    outcome: str,
    today: date | None = None,
) -> StayRecord:
    """She left on `departed_on` (her last night was the one before). Leaving on the day
    of admission is allowed and counts 0 nights."""
    today = today or date.today()
    day = valid_date(departed_on, "departed_on", not_after=today)
    result_code = choice(DepartureOutcome, outcome, "outcome")
    with db.unit_of_work(user, WRITE, write=True) as uow:
        s = uow.session
        stay = _stay(s, stay_id, open_only=True)
        date_not_before(day, stay.admitted_on, "departed_on")
        current = _current_assignment(s, stay.id)
        date_not_before(day, current.from_date, "departed_on")
        current.to_date = day
        stay.departed_on = day
        stay.departure_outcome = result_code.value
        touch(require_client(s, stay.client_id, for_new_activity=False), day)
        s.flush()
        uow.audit(
            "stay.discharged",
            "stay",
            stay.id,
            detail={"outcome": result_code.value, "nights": (day - stay.admitted_on).days},
        )
        result = _record(s, stay)
        uow.commit()
        return result


def cancel_admission(
    db: Database, user: SignedInUser, stay_id: int, today: date | None = None
) -> None:
    """She did not come: remove a booked admission that has not begun (admitted today at
    the earliest), freeing its bed. A stay with nights spent is discharged instead. Her
    waiting-list entry stays resolved; add her again if she still waits."""
    today = today or date.today()
    with db.unit_of_work(user, WRITE, write=True) as uow:
        s = uow.session
        stay = _stay(s, stay_id, open_only=True)
        if stay.admitted_on < today:
            raise InvalidInput(
                QCoreApplication.translate(
                    "shelter",
                    "She has already spent nights in the shelter; record her departure instead.",
                ),
                "stay",
            )
        housed = list(s.scalars(select(StayChild.child_id).where(StayChild.stay_id == stay.id)))
        for table in (StayChild, StayExtension, BedAssignment):
            for row in s.scalars(select(table).where(table.stay_id == stay.id)):
                s.delete(row)
        s.flush()
        drop_unnamed_children(s, [c for c in housed if c is not None])
        s.delete(stay)
        uow.audit("stay.cancelled", "stay", stay.id, detail={"client_id": stay.client_id})
        uow.commit()


# --- reading stays ------------------------------------------------------------------------


def get_stay(db: Database, user: SignedInUser, stay_id: int) -> StayRecord:
    with db.unit_of_work(user, READ) as uow:
        return _record(uow.session, _stay(uow.session, stay_id, open_only=False))


def client_stays(db: Database, user: SignedInUser, client_id: int) -> list[StayRecord]:
    """Her stays for the client card, newest first."""
    with db.unit_of_work(user, READ) as uow:
        s = uow.session
        client = require_client(s, client_id if is_id(client_id) else None, for_new_activity=False)
        stays = s.scalars(
            select(Stay)
            .where(Stay.client_id == client.id)
            .order_by(Stay.admitted_on.desc(), Stay.id.desc())
        ).all()
        return [_record(s, stay) for stay in stays]


def stays_near_or_over_limit(
    db: Database, user: SignedInUser, today: date | None = None
) -> list[LimitWarning]:
    """Open stays whose allowed length ends within stay_warning_days or has passed,
    soonest first: time to extend, or to plan her move on."""
    today = today or date.today()
    with db.unit_of_work(user, READ) as uow:
        s = uow.session
        rules = read_settings(s)
        rows = s.execute(
            select(Stay, Client.code)
            .join(Client, Client.id == Stay.client_id)
            .where(
                Stay.departed_on.is_(None),
                Stay.admitted_on <= today,
                Stay.allowed_until <= today + timedelta(days=rules.stay_warning_days),
            )
            .order_by(Stay.allowed_until, Stay.id)
        ).all()
        out = []
        for stay, code in rows:
            longest = stay.admitted_on + timedelta(days=rules.max_extended_stay_days)
            out.append(
                LimitWarning(
                    stay.id,
                    stay.client_id,
                    code,
                    stay.admitted_on,
                    stay.allowed_until,
                    (stay.allowed_until - today).days,
                    today > stay.allowed_until,
                    longest if longest > stay.allowed_until else None,
                )
            )
        return out


# --- waiting list and turn-aways ----------------------------------------------------------


def add_to_waiting_list(
    db: Database,
    user: SignedInUser,
    client_id: int,
    requested_on: date,
    children: int = 0,
    today: date | None = None,
) -> WaitingEntry:
    """She needs a place and none can be offered yet. Admitting her resolves the entry."""
    today = today or date.today()
    on = valid_date(requested_on, "requested_on", not_after=today)
    kids = int_in_range(children, "children", 0, MAX_CHILDREN)
    with db.unit_of_work(user, WRITE, write=True) as uow:
        s = uow.session
        client = require_client(s, client_id if is_id(client_id) else None, for_new_activity=True)
        if s.scalar(select(Stay.id).where(Stay.client_id == client.id, Stay.departed_on.is_(None))):
            raise InvalidInput(
                QCoreApplication.translate("shelter", "She already has a stay in the shelter."),
                "client",
            )
        if s.scalar(
            select(WaitingListEntry.id).where(
                WaitingListEntry.client_id == client.id,
                WaitingListEntry.status == WaitingStatus.WAITING.value,
            )
        ):
            raise InvalidInput(
                QCoreApplication.translate("shelter", "She is already on the waiting list."),
                "client",
            )
        entry = WaitingListEntry(
            client_id=client.id,
            requested_on=on,
            children=kids,
            status=WaitingStatus.WAITING.value,
        )
        s.add(entry)
        touch(client, on)
        s.flush()
        uow.audit("waiting_list.added", "waiting_entry", entry.id, detail={"client_id": client.id})
        result = WaitingEntry(entry.id, client.id, client.code, on, kids, entry.status, None)
        uow.commit()
        return result


def withdraw_from_waiting_list(
    db: Database,
    user: SignedInUser,
    entry_id: int,
    on_date: date | None = None,
    today: date | None = None,
) -> WaitingEntry:
    """She no longer needs the place (found one elsewhere, cannot be reached...)."""
    today = today or date.today()
    on = valid_date(today if on_date is None else on_date, "on_date", not_after=today)
    with db.unit_of_work(user, WRITE, write=True) as uow:
        s = uow.session
        entry = s.get(WaitingListEntry, entry_id) if is_id(entry_id) else None
        if entry is None or entry.status != WaitingStatus.WAITING.value:
            raise InvalidInput(
                QCoreApplication.translate("shelter", "She is not on the waiting list."), "entry"
            )
        date_not_before(on, entry.requested_on, "on_date")
        entry.status = WaitingStatus.WITHDRAWN.value
        entry.resolved_on = on
        uow.audit("waiting_list.withdrawn", "waiting_entry", entry.id)
        code = s.scalar(select(Client.code).where(Client.id == entry.client_id))
        result = _waiting(entry, code or "")
        uow.commit()
        return result


def waiting_list(
    db: Database, user: SignedInUser, include_resolved: bool = False
) -> list[WaitingEntry]:
    """Longest waiting first."""
    with db.unit_of_work(user, READ) as uow:
        query = (
            select(WaitingListEntry, Client.code)
            .join(Client, Client.id == WaitingListEntry.client_id)
            .order_by(WaitingListEntry.requested_on, WaitingListEntry.id)
        )
        if not include_resolved:
            query = query.where(WaitingListEntry.status == WaitingStatus.WAITING.value)
        return [_waiting(entry, code) for entry, code in uow.session.execute(query)]


def record_turn_away(
    db: Database,
    user: SignedInUser,
    on_date: date,
    reason: str,
    children: int,
    referred_by: str,
    client_id: int | None = None,
    today: date | None = None,
) -> TurnAwayRecord:
    """A woman the shelter could not take: unmet demand the department needs to see.
    Anonymous unless she is (or becomes) a client."""
    today = today or date.today()
    on = valid_date(on_date, "on_date", not_after=today)
    why = choice(TurnAwayReason, reason, "reason")
    kids = int_in_range(children, "children", 0, MAX_CHILDREN)
    referring = choice(ReferringBody, referred_by, "referred_by")
    with db.unit_of_work(user, WRITE, write=True) as uow:
        s = uow.session
        client = None
        if client_id is not None:
            client = require_client(
                s, client_id if is_id(client_id) else None, for_new_activity=True
            )
            touch(client, on)
        row = TurnAway(
            on_date=on,
            reason=why.value,
            children=kids,
            referred_by=referring.value,
            client_id=client.id if client else None,
            recorded_by=user.account_id,
        )
        s.add(row)
        s.flush()
        uow.audit("shelter.turn_away", "turn_away", row.id, detail={"reason": why.value})
        result = _turn_away(row, client.code if client else None)
        uow.commit()
        return result


def list_turn_aways(
    db: Database, user: SignedInUser, start: date, end: date
) -> list[TurnAwayRecord]:
    """Turn-aways on days in [start, end)."""
    first, stop = valid_period(start, end)
    with db.unit_of_work(user, READ) as uow:
        rows = uow.session.execute(
            select(TurnAway, Client.code)
            .outerjoin(Client, Client.id == TurnAway.client_id)
            .where(TurnAway.on_date >= first, TurnAway.on_date < stop)
            .order_by(TurnAway.on_date, TurnAway.id)
        )
        return [_turn_away(row, code) for row, code in rows]


def unmet_demand(db: Database, user: SignedInUser, start: date, end: date) -> UnmetDemand:
    """Turn-aways by reason and the waiting list, for days in [start, end)."""
    first, stop = valid_period(start, end)
    with db.unit_of_work(user, counts_permission(user)) as uow:
        return count_unmet_demand(uow.session, first, stop)


def count_unmet_demand(s: Session, first: date, stop: date) -> UnmetDemand:
    """unmet_demand inside a unit of work the caller holds (the summaries use it)."""
    in_period = and_(TurnAway.on_date >= first, TurnAway.on_date < stop)
    by_reason = dict(
        s.execute(
            select(TurnAway.reason, func.count(TurnAway.id))
            .where(in_period)
            .group_by(TurnAway.reason)
        ).all()
    )
    children = s.scalar(select(func.sum(TurnAway.children)).where(in_period))
    waiting = s.scalar(
        select(func.count(WaitingListEntry.id)).where(
            WaitingListEntry.requested_on < stop,
            or_(WaitingListEntry.resolved_on.is_(None), WaitingListEntry.resolved_on >= stop),
        )
    )
    return UnmetDemand(
        first,
        stop,
        {r.value: by_reason.get(r.value, 0) for r in TurnAwayReason},
        children or 0,
        waiting or 0,
    )


# --- helpers ------------------------------------------------------------------------------


def _optional_date(value: object, field: str) -> date | None:
    return None if value is None else valid_day(value, field)


def _shown(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _children(children: object) -> list[tuple[int, str, int | None]]:
    if children is None:
        return []
    if not isinstance(children, list | tuple):
        raise InvalidInput(
            QCoreApplication.translate("shelter", "Enter each child's age and sex."), "children"
        )
    if len(children) > MAX_CHILDREN:
        raise InvalidInput(
            fill(
                QCoreApplication.translate("shelter", "At most %1 children can be recorded."),
                str(MAX_CHILDREN),
            ),
            "children",
        )
    out: list[tuple[int, str, int | None]] = []
    named: set[int] = set()
    for child in children:
        if not isinstance(child, ChildInfo):
            raise InvalidInput(
                QCoreApplication.translate("shelter", "Enter each child's age and sex."),
                "children",
            )
        child_id = id_or_none(child.child_id)
        if child_id is not None:  # her record gives the age and sex (add_stay_children)
            if child_id in named:
                raise InvalidInput(
                    QCoreApplication.translate("shelter", "A child is listed twice."), "children"
                )
            named.add(child_id)
            out.append((0, Sex.NOT_STATED.value, child_id))
            continue
        age = int_in_range(child.age_years, "children", 0, 17)
        out.append((age, choice(Sex, child.sex, "children").value, None))
    return out


def _check_planned_departure(planned: date, admitted_on: date, allowed_until: date) -> None:
    if planned <= admitted_on:
        raise InvalidInput(
            QCoreApplication.translate(
                "shelter", "The planned departure must be after the admission."
            ),
            "planned_departure_on",
        )
    if planned > allowed_until:
        raise InvalidInput(
            fill(
                QCoreApplication.translate(
                    "shelter", "The stay is allowed until %1; extend it before planning later."
                ),
                _shown(allowed_until),
            ),
            "planned_departure_on",
        )


def _no_other_stay(session: Session, client_id: int, day: date) -> None:
    clashes = session.scalars(
        select(Stay.departed_on).where(
            Stay.client_id == client_id, or_(Stay.departed_on.is_(None), Stay.departed_on > day)
        )
    ).all()
    if any(departed is None for departed in clashes):
        raise InvalidInput(
            QCoreApplication.translate("shelter", "She already has a stay in the shelter."),
            "client",
        )
    if clashes:
        raise InvalidInput(
            QCoreApplication.translate(
                "shelter", "She was staying in the shelter on that date (an earlier stay)."
            ),
            "admitted_on",
        )


def _bed_taken(session: Session, bed_id: int, day: date) -> bool:
    """Whether any assignment of the bed holds a night from `day` on: a new open-ended
    assignment from `day` would collide with it."""
    clash = session.scalar(
        select(BedAssignment.id)
        .where(BedAssignment.bed_id == bed_id, holds_a_night_from(day))
        .limit(1)
    )
    return clash is not None


def _room_full(max_people: int) -> InvalidInput:
    return InvalidInput(
        fill(
            QCoreApplication.translate(
                "shelter",
                # "places in the room: %1", not "it holds %1 people": the count needs no
                # plural form (lupdate does not mark plurals of QCoreApplication.translate)
                "There is no space for her and her children in this room (places in the room: "
                "%1); choose a bed in another room.",
            ),
            str(max_people),
        ),
        "bed",
    )


def _stay(session: Session, stay_id: object, *, open_only: bool) -> Stay:
    stay = session.get(Stay, stay_id) if is_id(stay_id) else None
    if stay is None:
        raise InvalidInput(QCoreApplication.translate("shelter", "No such stay."), "stay")
    if open_only and stay.departed_on is not None:
        raise InvalidInput(
            QCoreApplication.translate("shelter", "This stay has already ended."), "stay"
        )
    return stay


def _current_assignment(session: Session, stay_id: int) -> BedAssignment:
    return session.scalars(
        select(BedAssignment).where(
            BedAssignment.stay_id == stay_id, BedAssignment.to_date.is_(None)
        )
    ).one()


def _children_count(session: Session, stay_id: int) -> int:
    return session.scalar(select(func.count(StayChild.id)).where(StayChild.stay_id == stay_id)) or 0


def _record(session: Session, stay: Stay) -> StayRecord:
    code = session.scalar(select(Client.code).where(Client.id == stay.client_id))
    kids = session.execute(
        select(StayChild.age_years, StayChild.sex, StayChild.child_id)
        .where(StayChild.stay_id == stay.id)
        .order_by(StayChild.id)
    ).all()
    extensions = session.execute(
        select(StayExtension.extended_on, StayExtension.new_allowed_until, StayExtension.reason)
        .where(StayExtension.stay_id == stay.id)
        .order_by(StayExtension.id)
    ).all()
    beds = session.execute(
        select(
            Bed.id,
            Bed.label,
            Room.id,
            Room.name,
            BedAssignment.from_date,
            BedAssignment.to_date,
        )
        .join(Bed, Bed.id == BedAssignment.bed_id)
        .join(Room, Room.id == Bed.room_id)
        .where(BedAssignment.stay_id == stay.id)
        .order_by(BedAssignment.from_date, BedAssignment.id)
    ).all()
    return StayRecord(
        id=stay.id,
        client_id=stay.client_id,
        client_code=code or "",
        admitted_on=stay.admitted_on,
        planned_departure_on=stay.planned_departure_on,
        allowed_until=stay.allowed_until,
        departed_on=stay.departed_on,
        referred_by=stay.referred_by,
        departure_outcome=stay.departure_outcome,
        nights=None if stay.departed_on is None else (stay.departed_on - stay.admitted_on).days,
        children=tuple(ChildInfo(a, x, c) for a, x, c in kids),
        extensions=tuple(ExtensionRecord(*e) for e in extensions),
        beds=tuple(BedPeriod(*b) for b in beds),
    )


def _waiting(entry: WaitingListEntry, code: str) -> WaitingEntry:
    return WaitingEntry(
        entry.id,
        entry.client_id,
        code,
        entry.requested_on,
        entry.children,
        entry.status,
        entry.resolved_on,
    )


def _turn_away(row: TurnAway, code: str | None) -> TurnAwayRecord:
    return TurnAwayRecord(
        row.id, row.on_date, row.reason, row.children, row.referred_by, row.client_id, code
    )
