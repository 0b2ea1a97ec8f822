"""Educational and information events (city-wide events, trainings, talks): when, what
about, which partner organisations took part, and how many women, men and children came.

Attendance is a head count only; an event names nobody. An event may be entered ahead,
at most a year before it is held (PLAN_AHEAD_DAYS), and then has no attendance until the
day has come: the counts are filled in afterwards by editing it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, delete, func, select
from sqlalchemy.orm import Session

from shelter_app.i18n import fill

from .database import Database, SignedInUser
from .errors import InvalidInput
from .permissions import Permission
from .programme_aims import Aim
from .search_key import ukrainian_order
from .sites import site_or_default
from .storage.casework_schema import Event, EventPartner, Partner
from .validation import (
    choice,
    date_not_before,
    id_set,
    int_in_range,
    is_id,
    optional_text,
    required_text,
    valid_date,
)
from .vocabulary import EventKind

TITLE_MAX = 200
TOPIC_MAX = 200
ATTENDEES_MAX = 100_000
PARTNERS_MAX = 50
PLAN_AHEAD_DAYS = 365


@dataclass(frozen=True)
class EventRecord:
    id: int
    title: str
    kind: str
    held_on: date
    topic: str | None
    women: int
    men: int
    children: int
    partner_ids: tuple[int, ...]
    partner_names: tuple[str, ...]  # organisations, in alphabetical order
    aim: str = "not_stated"  # a programme_aims.Aim code
    site_id: int = 0  # where it was held (shelter_app.sites)

    @property
    def attendance(self) -> int:
        return self.women + self.men + self.children


@dataclass(frozen=True)
class EventCounts:
    """Aggregates only: no titles, topics or dates finer than the period."""

    start: date
    end: date
    events: int
    by_kind: dict[str, int]
    attendance_by_kind: dict[str, int]
    women: int
    men: int
    children: int
    partners_involved: int  # distinct organisations

    @property
    def attendance(self) -> int:
        return self.women + self.men + self.children


@dataclass(frozen=True)
class _EventForm:
    title: str
    kind: EventKind
    held_on: date
    topic: str | None
    women: int
    men: int
    children: int
    partner_ids: frozenset[int]


def record_event(
    db: Database,
    user: SignedInUser,
    title: str,
    kind: str,
    held_on: date,
    topic: str | None = None,
    women: int = 0,
    men: int = 0,
    children: int = 0,
    partner_ids: Iterable[int] = (),
    *,
    aim: str = Aim.NOT_STATED,
    site_id: int | None = None,
    today: date | None = None,
) -> EventRecord:
    """A new event, held at the site (None: the default site, sites.default_site_id)."""
    form = _clean(title, kind, held_on, topic, women, men, children, partner_ids, today)
    aim_ = choice(Aim, aim, "aim")
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        site = site_or_default(s, site_id)
        _check_partners(s, form.partner_ids, already=frozenset())
        row = Event(aim=aim_.value, site_id=site.id)
        _apply(row, form)
        s.add(row)
        s.flush()
        s.add_all(EventPartner(event_id=row.id, partner_id=p) for p in form.partner_ids)
        s.flush()
        uow.audit("event.recorded", "event", row.id, detail=_audit_detail(form, row.aim))
        result = _record(s, row)
        uow.commit()
        return result


def edit_event(
    db: Database,
    user: SignedInUser,
    event_id: int,
    title: str,
    kind: str,
    held_on: date,
    topic: str | None = None,
    women: int = 0,
    men: int = 0,
    children: int = 0,
    partner_ids: Iterable[int] = (),
    *,
    aim: str | None = None,
    site_id: int | None = None,
    today: date | None = None,
) -> EventRecord:
    """Replaces every field (`aim` None keeps the event's aim, `site_id` None its site).
    A partner deactivated since may stay on the event it took part in; a newly added
    partner must be active."""
    form = _clean(title, kind, held_on, topic, women, men, children, partner_ids, today)
    aim_ = None if aim is None else choice(Aim, aim, "aim")
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        row = _event(s, event_id)
        if aim_ is not None:
            row.aim = aim_.value
        if site_id is not None and site_id != row.site_id:  # its own stays, closed or not
            row.site_id = site_or_default(s, site_id).id
        before = frozenset(
            s.execute(
                select(EventPartner.partner_id).where(EventPartner.event_id == row.id)
            ).scalars()
        )
        _check_partners(s, form.partner_ids, already=before)
        _apply(row, form)
        s.execute(
            delete(EventPartner).where(
                EventPartner.event_id == row.id,
                EventPartner.partner_id.in_(before - form.partner_ids),
            )
        )
        s.add_all(EventPartner(event_id=row.id, partner_id=p) for p in form.partner_ids - before)
        s.flush()
        uow.audit("event.edited", "event", row.id, detail=_audit_detail(form, row.aim))
        result = _record(s, row)
        uow.commit()
        return result


def delete_event(db: Database, user: SignedInUser, event_id: int) -> None:
    """An event recorded by mistake, or a planned one that did not take place."""
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        row = _event(s, event_id)
        s.execute(delete(EventPartner).where(EventPartner.event_id == row.id))
        s.delete(row)
        uow.audit("event.deleted", "event", event_id)
        uow.commit()


def get_event(db: Database, user: SignedInUser, event_id: int) -> EventRecord:
    with db.unit_of_work(user, Permission.READ_PROGRAMMES) as uow:
        return _record(uow.session, _event(uow.session, event_id))


def list_events(db: Database, user: SignedInUser, start: date, end: date) -> list[EventRecord]:
    """Events held from `start` to `end` inclusive, earliest first."""
    first, last = _period(start, end)
    with db.unit_of_work(user, Permission.READ_PROGRAMMES) as uow:
        s = uow.session
        in_period = and_(Event.held_on >= first, Event.held_on <= last)
        rows = s.execute(select(Event).where(in_period).order_by(Event.held_on, Event.id)).scalars()
        partners: dict[int, list[tuple[int, str]]] = {}
        for event_id, partner_id, name in s.execute(
            select(EventPartner.event_id, Partner.id, Partner.name)
            .join(Partner, Partner.id == EventPartner.partner_id)
            .join(Event, Event.id == EventPartner.event_id)
            .where(in_period)
        ).all():
            partners.setdefault(event_id, []).append((partner_id, name))
        return [_record_from(row, partners.get(row.id, [])) for row in rows]


def event_counts(db: Database, user: SignedInUser, start: date, end: date) -> EventCounts:
    """Events held from `start` to `end` inclusive, counted in SQL."""
    first, last = _period(start, end)
    with db.unit_of_work(user, Permission.READ_COUNTS) as uow:
        s = uow.session
        in_period = and_(Event.held_on >= first, Event.held_on <= last)
        heads = Event.attendees_women + Event.attendees_men + Event.attendees_children
        by_kind, attendance_by_kind = {}, {}
        for kind, events, attendance in s.execute(
            select(Event.kind, func.count(Event.id), func.sum(heads))
            .where(in_period)
            .group_by(Event.kind)
        ).all():
            by_kind[kind], attendance_by_kind[kind] = events, attendance or 0
        events, women, men, children = s.execute(
            select(
                func.count(Event.id),
                func.coalesce(func.sum(Event.attendees_women), 0),
                func.coalesce(func.sum(Event.attendees_men), 0),
                func.coalesce(func.sum(Event.attendees_children), 0),
            ).where(in_period)
        ).one()
        partners = s.scalar(
            select(func.count(func.distinct(EventPartner.partner_id)))
            .join(Event, Event.id == EventPartner.event_id)
            .where(in_period)
        )
        return EventCounts(
            start=first,
            end=last,
            events=events or 0,
            by_kind=by_kind,
            attendance_by_kind=attendance_by_kind,
            women=women or 0,
            men=men or 0,
            children=children or 0,
            partners_involved=partners or 0,
        )


# --- internal helpers (take the session; never open a unit of work) ----------------------


def _clean(
    title: object,
    kind: object,
    held_on: object,
    topic: object,
    women: object,
    men: object,
    children: object,
    partner_ids: object,
    today: date | None,
) -> _EventForm:
    day = today or date.today()
    title_ = required_text(title, "title", TITLE_MAX)  # type: ignore[arg-type]
    kind_ = choice(EventKind, kind, "kind")
    held = valid_date(held_on, "held_on")
    if held > day + timedelta(days=PLAN_AHEAD_DAYS):
        raise InvalidInput(
            fill(
                QCoreApplication.translate(
                    "events", "An event can be planned at most %1 days ahead."
                ),
                str(PLAN_AHEAD_DAYS),
            ),
            "held_on",
        )
    topic_ = optional_text(topic, "topic", TOPIC_MAX)  # type: ignore[arg-type]
    counts = {
        field: int_in_range(value, field, 0, ATTENDEES_MAX)
        for field, value in (("women", women), ("men", men), ("children", children))
    }
    if held > day:
        for field, value in counts.items():
            if value:
                raise InvalidInput(
                    QCoreApplication.translate(
                        "events", "Attendance can be recorded once the event has taken place."
                    ),
                    field,
                )
    return _EventForm(
        title=title_,
        kind=kind_,
        held_on=held,
        topic=" ".join(topic_.split()) if topic_ else None,
        partner_ids=_partner_ids(partner_ids),
        **counts,
    )


def _partner_ids(values: object) -> frozenset[int]:
    ids = id_set(values)
    if ids is None:
        raise InvalidInput(
            QCoreApplication.translate("events", "Choose partner organisations from the register."),
            "partners",
        )
    if len(ids) > PARTNERS_MAX:
        raise InvalidInput(
            fill(
                QCoreApplication.translate(
                    "events", "At most %1 partner organisations can be named."
                ),
                str(PARTNERS_MAX),
            ),
            "partners",
        )
    return ids


def _check_partners(session: Session, wanted: frozenset[int], already: frozenset[int]) -> None:
    if not wanted:
        return
    active = dict(
        session.execute(select(Partner.id, Partner.active).where(Partner.id.in_(wanted))).all()
    )
    for partner_id in wanted:
        if partner_id not in active or not (active[partner_id] or partner_id in already):
            raise InvalidInput(
                QCoreApplication.translate(
                    "events", "Choose active partner organisations from the register."
                ),
                "partners",
            )


def _apply(row: Event, form: _EventForm) -> None:
    row.title, row.kind, row.held_on, row.topic = (
        form.title,
        form.kind.value,
        form.held_on,
        form.topic,
    )
    row.attendees_women, row.attendees_men, row.attendees_children = (
        form.women,
        form.men,
        form.children,
    )


def _audit_detail(form: _EventForm, aim: str) -> dict[str, Any]:
    return {
        "kind": form.kind.value,
        "aim": aim,
        "attendance": form.women + form.men + form.children,
        "partner_ids": sorted(form.partner_ids),
    }


def _period(start: object, end: object) -> tuple[date, date]:
    first = valid_date(start, "start")
    last = valid_date(end, "end")
    date_not_before(last, first, "end")
    return first, last


def _event(session: Session, event_id: object) -> Event:
    row = session.get(Event, event_id) if is_id(event_id) else None
    if row is None:
        raise InvalidInput(QCoreApplication.translate("events", "No such event."), "event")
    return row


def _record(session: Session, row: Event) -> EventRecord:
    partners = session.execute(
        select(Partner.id, Partner.name)
        .join(EventPartner, EventPartner.partner_id == Partner.id)
        .where(EventPartner.event_id == row.id)
    ).all()
    return _record_from(row, [(p[0], p[1]) for p in partners])


def _record_from(row: Event, partners: list[tuple[int, str]]) -> EventRecord:
    partners = sorted(partners, key=lambda p: (ukrainian_order(p[1]), p[0]))
    return EventRecord(
        id=row.id,
        title=row.title,
        kind=row.kind,
        held_on=row.held_on,
        topic=row.topic,
        women=row.attendees_women,
        men=row.attendees_men,
        children=row.attendees_children,
        partner_ids=tuple(p[0] for p in partners),
        partner_names=tuple(p[1] for p in partners),
        aim=row.aim,
        site_id=row.site_id,
    )
