"""Psychological and legal consultations: appointments, held sessions, the specialist's
day, and counts for the coordinator.

Each kind has its own permissions, and its notes are readable only by the kind's
profession (DESIGN.md's matrix): every unit of work asks for the permission of the
consultation's kind, and notes leave the database only through `client_consultations`,
which audits the reading.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from shelter_app.i18n import fill

from .client_lookup import client_names, require_client, touch
from .database import Database, SignedInUser, UnitOfWork, utcnow
from .errors import InvalidInput
from .permissions import Permission, Role, allowed
from .settings import read_settings
from .storage.casework_schema import Client, Consultation, ConsultationTopic
from .storage.schema import Account
from .storage.sealing import has_value
from .validation import (
    choice,
    choices_of,
    date_not_before,
    id_or_none,
    int_in_range,
    is_id,
    optional_text,
    valid_date,
    valid_datetime,
)
from .vocabulary import (
    TOPICS,
    ConsultationFormat,
    ConsultationKind,
    ConsultationOutcome,
    ConsultationStatus,
    label,
)

PSY, LEGAL = ConsultationKind.PSYCHOLOGICAL, ConsultationKind.LEGAL
_READ = {PSY: Permission.READ_PSY_CONSULTATIONS, LEGAL: Permission.READ_LEGAL_CONSULTATIONS}
_WRITE = {PSY: Permission.WRITE_PSY_CONSULTATIONS, LEGAL: Permission.WRITE_LEGAL_CONSULTATIONS}
_NOTES = {PSY: Permission.PSY_NOTES, LEGAL: Permission.LEGAL_NOTES}
_PROFESSION = {PSY: Role.PSYCHOLOGIST, LEGAL: Role.LAWYER}
_KIND_OF_PROFESSION = {role: kind for kind, role in _PROFESSION.items()}

MIN_DURATION, MAX_DURATION = 5, 480
MAX_NOTE = 20_000
# a held consultation may be logged from a form opened a little before its start
GRACE = timedelta(minutes=15)
BOOKING_HORIZON = timedelta(days=366)
# a booking this close to the time of a consultation being logged is probably its slot
SLOT_NEAR = timedelta(hours=3)
UPCOMING_DAYS = 7

# --- what services return ---------------------------------------------------------------


@dataclass(frozen=True)
class ConsultationRecord:
    id: int
    client_id: int
    kind: str
    status: str
    starts_at: datetime
    duration_min: int | None
    format: str
    topics: tuple[str, ...]
    is_first: bool
    outcome: str | None
    follow_up_on: date | None
    specialist_id: int
    specialist_name: str
    has_note: bool
    note: str | None  # only for the kind's profession, see client_consultations


@dataclass(frozen=True)
class ConsultationDefaults:
    """What the specialist chose last time with this client, to prefill the form."""

    topics: tuple[str, ...]
    format: str
    duration_min: int | None


@dataclass(frozen=True)
class Appointment:
    consultation_id: int
    client_id: int
    client_code: str
    kind: str
    status: str
    starts_at: datetime
    duration_min: int | None
    format: str
    client_name: str | None = None  # only on her specialist's My day (names_where_needed)


@dataclass(frozen=True)
class FollowUp:
    consultation_id: int
    client_id: int
    client_code: str
    kind: str
    held_at: datetime
    follow_up_on: date
    client_name: str | None = None


@dataclass(frozen=True)
class MyDay:
    day: date
    today: tuple[Appointment, ...]
    upcoming: tuple[Appointment, ...]  # scheduled in the next UPCOMING_DAYS days
    overdue_follow_ups: tuple[FollowUp, ...]


@dataclass(frozen=True)
class ScheduleEntry:
    """One consultation in a day's plan of the centre: who sees whom and when, nothing of
    what was said (no topics, outcome or note)."""

    consultation_id: int
    client_id: int
    client_code: str
    kind: str
    status: str
    starts_at: datetime
    duration_min: int | None
    format: str
    specialist_id: int
    specialist_name: str


@dataclass(frozen=True)
class ConsultationCounts:
    """Aggregates only: no ids, names or dates finer than the period."""

    start: date
    end: date
    held_by_kind: dict[str, int]
    clients_by_kind: dict[str, int]  # distinct women who had a held consultation
    by_status: dict[tuple[str, str], int]  # (kind, status), every status
    by_format: dict[tuple[str, str], int]  # (kind, format), held
    by_topic: dict[tuple[str, str], int]  # (kind, topic), held
    first_or_repeat: dict[tuple[str, str], int]  # (kind, "first" | "repeat"), held


# --- booking and logging -----------------------------------------------------------------


def schedule_appointment(
    db: Database,
    user: SignedInUser,
    client_id: int,
    kind: str,
    starts_at: datetime,
    duration_min: int,
    format: str,
    specialist_id: int | None = None,
    *,
    now: datetime | None = None,
) -> ConsultationRecord:
    """Book a future appointment. `now` is local wall-clock time, like `starts_at`."""
    kind_ = choice(ConsultationKind, kind, "kind")
    starts = valid_datetime(starts_at, "starts_at")
    duration = int_in_range(duration_min, "duration_min", MIN_DURATION, MAX_DURATION)
    format_ = choice(ConsultationFormat, format, "format")
    current = now or datetime.now()
    if starts < current - GRACE:
        raise InvalidInput(
            QCoreApplication.translate(
                "consultations",
                "An appointment cannot be booked in the past; log the held consultation instead.",
            ),
            "starts_at",
        )
    if starts > current + BOOKING_HORIZON:
        raise InvalidInput(
            QCoreApplication.translate(
                "consultations", "An appointment can be booked at most a year ahead."
            ),
            "starts_at",
        )
    with db.unit_of_work(user, _WRITE[kind_], write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=True)
        specialist = _require_specialist(
            s, user.account_id if specialist_id is None else specialist_id, kind_
        )
        _refuse_double_booking(s, specialist.id, starts, duration)
        row = Consultation(
            client_id=client.id,
            kind=kind_.value,
            specialist_id=specialist.id,
            status=ConsultationStatus.SCHEDULED.value,
            starts_at=starts,
            duration_min=duration,
            format=format_.value,
            is_first=False,
            created_at=utcnow(),
        )
        s.add(row)
        s.flush()
        touch(client, min(current.date(), starts.date()))
        return _saved(uow, row, "scheduled", kind_, specialist, client_id=client.id)


def log_consultation(
    db: Database,
    user: SignedInUser,
    client_id: int,
    kind: str,
    starts_at: datetime,
    duration_min: int,
    format: str,
    topics: list[str],
    outcome: str,
    note: str | None = None,
    follow_up_on: date | None = None,
    is_first: bool | None = None,
    *,
    now: datetime | None = None,
) -> ConsultationRecord:
    """Record a consultation that took place, in one call, with the user as specialist.
    `is_first` is worked out when not given: no earlier held consultation of the kind."""
    kind_ = choice(ConsultationKind, kind, "kind")
    starts = valid_datetime(starts_at, "starts_at")
    current = now or datetime.now()
    duration = int_in_range(duration_min, "duration_min", MIN_DURATION, MAX_DURATION)
    _has_ended(starts, duration, current, "starts_at")
    format_ = choice(ConsultationFormat, format, "format")
    held = _held_fields(kind_, topics, outcome, note, follow_up_on, starts)
    if is_first is not None and not isinstance(is_first, bool):
        raise InvalidInput(
            QCoreApplication.translate("consultations", "Choose first or repeat."), "is_first"
        )
    with db.unit_of_work(user, _WRITE[kind_], write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=True)
        _check_note_author(uow.actor.role, kind_, held.note)
        specialist = _require_specialist(s, user.account_id, kind_)
        first = _is_first(s, client.id, kind_, starts) if is_first is None else is_first
        row = Consultation(
            client_id=client.id,
            kind=kind_.value,
            specialist_id=specialist.id,
            status=ConsultationStatus.HELD.value,
            starts_at=starts,
            duration_min=duration,
            format=format_.value,
            is_first=first,
            outcome=held.outcome,
            follow_up_on=held.follow_up_on,
            note=held.note,
            created_at=utcnow(),
        )
        s.add(row)
        s.flush()
        s.add_all(ConsultationTopic(consultation_id=row.id, topic=t) for t in held.topics)
        touch(client, min(starts.date(), current.date()))
        return _saved(uow, row, "logged", kind_, specialist, client_id=client.id)


def mark_held(
    db: Database,
    user: SignedInUser,
    consultation_id: int,
    topics: list[str],
    outcome: str,
    note: str | None = None,
    duration_min: int | None = None,
    follow_up_on: date | None = None,
    *,
    now: datetime | None = None,
) -> ConsultationRecord:
    """A scheduled appointment took place. The booked duration stays unless given."""
    kind = _kind_of(db, user, consultation_id)
    with db.unit_of_work(user, _WRITE[kind], write=True) as uow:
        s = uow.session
        row = _scheduled(s, consultation_id, kind)
        client = require_client(s, row.client_id, for_new_activity=True)
        current = now or datetime.now()
        if duration_min is not None:
            row.duration_min = int_in_range(
                duration_min, "duration_min", MIN_DURATION, MAX_DURATION
            )
        # begun long enough ago: a shorter duration is what she can correct
        begun = row.starts_at + timedelta(minutes=MIN_DURATION) <= current
        field = "duration_min" if begun else "starts_at"
        _has_ended(row.starts_at, row.duration_min or MIN_DURATION, current, field)
        held = _held_fields(kind, topics, outcome, note, follow_up_on, row.starts_at)
        _check_note_author(uow.actor.role, kind, held.note)
        row.is_first = _is_first(s, client.id, kind, row.starts_at)
        row.status = ConsultationStatus.HELD.value
        row.outcome = held.outcome
        row.follow_up_on = held.follow_up_on
        row.note = held.note
        s.add_all(ConsultationTopic(consultation_id=row.id, topic=t) for t in held.topics)
        touch(client, min(row.starts_at.date(), current.date()))
        return _saved(uow, row, "held", kind)


def booked_slot(
    db: Database, user: SignedInUser, client_id: int, kind: str, around: datetime
) -> Appointment | None:
    """Her appointment booked with the user and not yet marked, nearest to `around`
    (within SLOT_NEAR): the consultation being logged probably took place in it, and
    marking it held keeps one record instead of a held one beside a booked one."""
    kind_ = choice(ConsultationKind, kind, "kind")
    near = valid_datetime(around, "starts_at")
    with db.unit_of_work(user, _WRITE[kind_]) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        found = _appointments(
            s,
            Consultation.client_id == client.id,
            Consultation.kind == kind_.value,
            Consultation.specialist_id == user.account_id,
            Consultation.status == ConsultationStatus.SCHEDULED.value,
            Consultation.starts_at > near - SLOT_NEAR,
            Consultation.starts_at < near + SLOT_NEAR,
        )
        return min(found, key=lambda a: abs(a.starts_at - near), default=None)


def mark_no_show(
    db: Database,
    user: SignedInUser,
    consultation_id: int,
    *,
    now: datetime | None = None,
) -> ConsultationRecord:
    """She did not come. Only once the appointment has begun."""
    kind = _kind_of(db, user, consultation_id)
    with db.unit_of_work(user, _WRITE[kind], write=True) as uow:
        s = uow.session
        row = _scheduled(s, consultation_id, kind)
        require_client(s, row.client_id, for_new_activity=False)
        if row.starts_at > (now or datetime.now()) + GRACE:
            raise InvalidInput(
                QCoreApplication.translate(
                    "consultations", "The appointment has not begun yet; it cannot be a no-show."
                ),
                "status",
            )
        row.status = ConsultationStatus.NO_SHOW.value
        return _saved(uow, row, "no_show", kind)


def cancel(db: Database, user: SignedInUser, consultation_id: int) -> ConsultationRecord:
    kind = _kind_of(db, user, consultation_id)
    with db.unit_of_work(user, _WRITE[kind], write=True) as uow:
        s = uow.session
        row = _scheduled(s, consultation_id, kind)
        require_client(s, row.client_id, for_new_activity=False)
        row.status = ConsultationStatus.CANCELLED.value
        return _saved(uow, row, "cancelled", kind)


# --- reading -----------------------------------------------------------------------------


def last_used_defaults(
    db: Database, user: SignedInUser, client_id: int, kind: str
) -> ConsultationDefaults | None:
    """Topics, format and duration of the user's last held consultation with her."""
    kind_ = choice(ConsultationKind, kind, "kind")
    with db.unit_of_work(user, _READ[kind_]) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        row = s.execute(
            select(Consultation)
            .where(
                Consultation.client_id == client.id,
                Consultation.kind == kind_.value,
                Consultation.specialist_id == user.account_id,
                Consultation.status == ConsultationStatus.HELD.value,
            )
            .order_by(Consultation.starts_at.desc(), Consultation.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        if row is None:
            return None
        return ConsultationDefaults(_topics_of(s, [row.id])[row.id], row.format, row.duration_min)


def my_day(db: Database, user: SignedInUser, day: date | None = None) -> MyDay:
    """The specialist's own plan: her appointments on `day`, those booked for the next
    week, and follow-ups she planned that are overdue with nothing booked since."""
    day_ = valid_date(day if day is not None else date.today(), "day")
    # a psychologist's day holds psychological consultations, a lawyer's legal ones;
    # other roles have none, and the unit of work refuses them
    kind = _KIND_OF_PROFESSION.get(user.role, PSY)
    with db.unit_of_work(user, _WRITE[kind]) as uow:
        s = uow.session
        begin = datetime.combine(day_, time.min)
        tomorrow = begin + timedelta(days=1)
        week_end = tomorrow + timedelta(days=UPCOMING_DAYS)
        mine = (
            Consultation.specialist_id == user.account_id,
            Consultation.kind == kind.value,
            Client.anonymised_at.is_(None),
        )
        todays = _appointments(
            s,
            *mine,
            Consultation.starts_at >= begin,
            Consultation.starts_at < tomorrow,
            Consultation.status != ConsultationStatus.CANCELLED.value,
        )
        upcoming = _appointments(
            s,
            *mine,
            Consultation.starts_at >= tomorrow,
            Consultation.starts_at < week_end,
            Consultation.status == ConsultationStatus.SCHEDULED.value,
        )
        later = aliased(Consultation)
        overdue = s.execute(
            select(
                Consultation.id,
                Consultation.client_id,
                Client.code,
                Consultation.kind,
                Consultation.starts_at,
                Consultation.follow_up_on,
            )
            .join(Client, Client.id == Consultation.client_id)
            .where(
                *mine,
                Consultation.status == ConsultationStatus.HELD.value,
                Consultation.follow_up_on < day_,
                ~exists().where(
                    later.client_id == Consultation.client_id,
                    later.kind == Consultation.kind,
                    later.starts_at > Consultation.starts_at,
                    later.status != ConsultationStatus.CANCELLED.value,
                ),
            )
            .order_by(Consultation.follow_up_on, Consultation.id)
        ).all()
        follow_ups: tuple[FollowUp, ...] = tuple(FollowUp(*r) for r in overdue)  # type: ignore[arg-type]
        if read_settings(s).names_where_needed and allowed(user.role, Permission.READ_CLIENTS):
            # she works with these women: her own day shows who is coming, by name
            ids = {a.client_id for a in (*todays, *upcoming)} | {f.client_id for f in follow_ups}
            names = client_names(s, ids)
            todays = tuple(replace(a, client_name=names.get(a.client_id)) for a in todays)
            upcoming = tuple(replace(a, client_name=names.get(a.client_id)) for a in upcoming)
            follow_ups = tuple(replace(f, client_name=names.get(f.client_id)) for f in follow_ups)
        return MyDay(day_, todays, upcoming, follow_ups)


def client_consultations(
    db: Database, user: SignedInUser, client_id: int, kind: str
) -> list[ConsultationRecord]:
    """Newest first. What was said (topics, outcome, planned follow-up, the note and
    whether there is one) is filled in only for the kind's profession; the other roles
    that may see her consultations see who and when (DESIGN.md's matrix). Reading notes
    is audited ("consultation.notes_viewed")."""
    kind_ = choice(ConsultationKind, kind, "kind")
    # only a unit of work that may show notes takes the write lock needed for the audit
    may_read_notes = allowed(user.role, _NOTES[kind_])
    with db.unit_of_work(user, _READ[kind_], write=may_read_notes) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        show_notes = uow.write and allowed(uow.actor.role, _NOTES[kind_])
        rows = s.execute(
            select(Consultation, Account)
            .join(Account, Account.id == Consultation.specialist_id)
            .where(Consultation.client_id == client.id, Consultation.kind == kind_.value)
            .order_by(Consultation.starts_at.desc(), Consultation.id.desc())
        ).all()
        topics = _topics_of(s, [c.id for c, _ in rows])
        records = [
            _record(s, c, a, note=c.note if show_notes else None, topics=topics[c.id])
            for c, a in rows
        ]
        if not allowed(uow.actor.role, _NOTES[kind_]):
            records = [_who_and_when(r) for r in records]
        shown = sum(1 for r in records if r.note is not None)
        if shown:
            uow.audit(
                "consultation.notes_viewed",
                "client",
                client.id,
                detail={"kind": kind_.value, "notes": shown},
            )
            uow.commit()
        return records


def day_schedule(
    db: Database, user: SignedInUser, kind: str, day: date | None = None
) -> tuple[ScheduleEntry, ...]:
    """Every specialist's consultations of `kind` on `day`, in time order: the who/when
    view for case workers arranging rooms and for administrators (DESIGN.md's matrix)."""
    kind_ = choice(ConsultationKind, kind, "kind")
    day_ = valid_date(day if day is not None else date.today(), "day")
    with db.unit_of_work(user, _READ[kind_]) as uow:
        begin = datetime.combine(day_, time.min)
        rows = uow.session.execute(
            select(
                Consultation.id,
                Consultation.client_id,
                Client.code,
                Consultation.kind,
                Consultation.status,
                Consultation.starts_at,
                Consultation.duration_min,
                Consultation.format,
                Account.id,
                Account.display_name,
            )
            .join(Client, Client.id == Consultation.client_id)
            .join(Account, Account.id == Consultation.specialist_id)
            .where(
                Consultation.kind == kind_.value,
                Consultation.starts_at >= begin,
                Consultation.starts_at < begin + timedelta(days=1),
                Client.anonymised_at.is_(None),
            )
            .order_by(Consultation.starts_at, Account.display_name, Consultation.id)
        ).all()
        return tuple(ScheduleEntry(*r) for r in rows)  # type: ignore[call-arg]


def consultation_counts(
    db: Database, user: SignedInUser, start: date, end: date
) -> ConsultationCounts:
    """Consultations that started from `start` to `end` inclusive, counted in SQL."""
    start_ = valid_date(start, "start")
    end_ = valid_date(end, "end")
    date_not_before(end_, start_, "end")
    with db.unit_of_work(user, Permission.READ_COUNTS) as uow:
        s = uow.session
        c = Consultation
        period = (
            c.starts_at >= datetime.combine(start_, time.min),
            c.starts_at < datetime.combine(end_ + timedelta(days=1), time.min),
        )
        held = (*period, c.status == ConsultationStatus.HELD.value)

        def count(
            *cols: Any, where: tuple[Any, ...], join: Any = None, what: Any = None
        ) -> dict[Any, int]:
            q = select(*cols, what if what is not None else func.count())
            if join is not None:
                q = q.join(join, ConsultationTopic.consultation_id == c.id)
            rows = s.execute(q.where(*where).group_by(*cols)).all()
            return {(r[0] if len(cols) == 1 else tuple(r[:-1])): r[-1] for r in rows}

        first = count(c.kind, c.is_first, where=held)
        return ConsultationCounts(
            start=start_,
            end=end_,
            held_by_kind=count(c.kind, where=held),
            clients_by_kind=count(c.kind, where=held, what=func.count(c.client_id.distinct())),
            by_status=count(c.kind, c.status, where=period),
            by_format=count(c.kind, c.format, where=held),
            by_topic=count(c.kind, ConsultationTopic.topic, where=held, join=ConsultationTopic),
            first_or_repeat={
                (k, "first" if is_first else "repeat"): n for (k, is_first), n in first.items()
            },
        )


# --- internal helpers (take the session; never open a unit of work) ----------------------


@dataclass(frozen=True)
class _Held:
    topics: frozenset[str]
    outcome: str
    follow_up_on: date | None
    note: str | None


def _held_fields(
    kind: ConsultationKind,
    topics: object,
    outcome: object,
    note: object,
    follow_up_on: object,
    starts: datetime,
) -> _Held:
    chosen = choices_of(TOPICS[kind], topics, "topics")
    if not chosen:
        raise InvalidInput(
            QCoreApplication.translate("consultations", "Choose at least one topic."), "topics"
        )
    outcome_ = choice(ConsultationOutcome, outcome, "outcome")
    follow_up = None
    if follow_up_on is not None:
        follow_up = valid_date(follow_up_on, "follow_up_on")
        date_not_before(follow_up, starts.date(), "follow_up_on")
    if note is not None and not isinstance(note, str):
        raise InvalidInput(
            QCoreApplication.translate("consultations", "The note must be text."), "note"
        )
    return _Held(
        frozenset(t.value for t in chosen),
        outcome_.value,
        follow_up,
        optional_text(note, "note", MAX_NOTE),
    )


def _has_ended(starts: datetime, duration_min: int, now: datetime, field: str) -> None:
    """A held consultation has ended: its end (start plus duration) is not after now.
    (A start of "now" with 50 minutes gave sessions "held" until 19:49 at 18:59.)"""
    ends = starts + timedelta(minutes=duration_min)
    if ends > now:
        raise InvalidInput(
            fill(
                QCoreApplication.translate(
                    "consultations",
                    "A held consultation has already ended, but this one would end at %1, "
                    "which is still to come. Check the start and the duration, or book an "
                    "appointment instead.",
                ),
                f"{ends:%H:%M}" if ends.date() == now.date() else f"{ends:%d.%m.%Y %H:%M}",
            ),
            field,
        )


def _check_note_author(role: Role, kind: ConsultationKind, note: str | None) -> None:
    """Defence in depth: even if a role were given the right to log this kind, only the
    kind's profession writes its notes."""
    if note is None or allowed(role, _NOTES[kind]):
        return
    if kind == PSY:
        message = QCoreApplication.translate(
            "consultations", "Only a psychologist may write a psychological note."
        )
    else:
        message = QCoreApplication.translate(
            "consultations", "Only a lawyer may write a legal note."
        )
    raise InvalidInput(message, "note")


def _require_specialist(session: Session, account_id: object, kind: ConsultationKind) -> Account:
    acc = session.get(Account, account_id) if is_id(account_id) else None
    if acc is None or not acc.active or acc.role != _PROFESSION[kind].value:
        if kind == PSY:
            message = QCoreApplication.translate(
                "consultations", "The specialist must be an active psychologist's account."
            )
        else:
            message = QCoreApplication.translate(
                "consultations", "The specialist must be an active lawyer's account."
            )
        raise InvalidInput(message, "specialist")
    return acc


def _refuse_double_booking(
    session: Session, specialist_id: int, starts: datetime, duration: int
) -> None:
    """Overlap with her other booked or held consultations. Candidates are fetched by a
    bounded window (no consultation is longer than MAX_DURATION) and compared here,
    since date arithmetic in SQL is not portable."""
    ends = starts + timedelta(minutes=duration)
    nearby = session.execute(
        select(Consultation.starts_at, Consultation.duration_min).where(
            Consultation.specialist_id == specialist_id,
            Consultation.status.in_(
                [ConsultationStatus.SCHEDULED.value, ConsultationStatus.HELD.value]
            ),
            Consultation.starts_at > starts - timedelta(minutes=MAX_DURATION),
            Consultation.starts_at < ends,
        )
    ).all()
    for other_start, other_duration in nearby:
        if other_start + timedelta(minutes=other_duration or MIN_DURATION) > starts:
            raise InvalidInput(
                QCoreApplication.translate(
                    "consultations", "The specialist already has an appointment at this time."
                ),
                "starts_at",
            )


def _is_first(session: Session, client_id: int, kind: ConsultationKind, starts: datetime) -> bool:
    earlier = session.scalar(
        select(Consultation.id)
        .where(
            Consultation.client_id == client_id,
            Consultation.kind == kind.value,
            Consultation.status == ConsultationStatus.HELD.value,
            Consultation.starts_at < starts,
        )
        .limit(1)
    )
    return earlier is None


def _kind_of(db: Database, user: SignedInUser, consultation_id: object) -> ConsultationKind:
    """The kind decides which permission the real unit of work asks for. This first,
    read-only look-up is open to any signed-in user and reads nothing but the kind."""
    if not is_id(consultation_id):
        raise _no_such_consultation()
    with db.unit_of_work(user, Permission.CHANGE_OWN_PASSWORD) as uow:
        kind = uow.session.scalar(
            select(Consultation.kind).where(Consultation.id == consultation_id)
        )
    if kind is None:
        raise _no_such_consultation()
    return ConsultationKind(kind)


def _scheduled(session: Session, consultation_id: int, kind: ConsultationKind) -> Consultation:
    row = session.get(Consultation, consultation_id)
    if row is None or row.kind != kind.value:  # gone or changed since the look-up
        raise _no_such_consultation()
    if row.status != ConsultationStatus.SCHEDULED.value:
        raise InvalidInput(
            fill(
                QCoreApplication.translate(
                    "consultations",
                    "Only a scheduled appointment can be marked held, no-show or cancelled; "
                    "this one is already: %1.",
                ),
                label(ConsultationStatus(row.status)),
            ),
            "status",
        )
    return row


def _no_such_consultation() -> InvalidInput:
    return InvalidInput(
        QCoreApplication.translate("consultations", "No such consultation."), "consultation"
    )


def _appointments(session: Session, *where: Any) -> tuple[Appointment, ...]:
    rows = session.execute(
        select(
            Consultation.id,
            Consultation.client_id,
            Client.code,
            Consultation.kind,
            Consultation.status,
            Consultation.starts_at,
            Consultation.duration_min,
            Consultation.format,
        )
        .join(Client, Client.id == Consultation.client_id)
        .where(*where)
        .order_by(Consultation.starts_at, Consultation.id)
    ).all()
    return tuple(Appointment(*r) for r in rows)


def _topics_of(session: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {i: [] for i in ids}
    # chunks keep the IN list under SQLite's bound-parameter limit
    for i in range(0, len(ids), 500):
        rows = session.execute(
            select(ConsultationTopic.consultation_id, ConsultationTopic.topic)
            .where(ConsultationTopic.consultation_id.in_(ids[i : i + 500]))
            .order_by(ConsultationTopic.topic)
        ).all()
        for cid, topic in rows:
            found[cid].append(topic)
    return {i: tuple(t) for i, t in found.items()}


def _saved(
    uow: UnitOfWork,
    row: Consultation,
    action: str,
    kind: ConsultationKind,
    specialist: Account | None = None,
    *,
    client_id: int | None = None,
) -> ConsultationRecord:
    """The tail every consultation write shares: audited (who and what kind, never the
    note), committed together, returned without the note."""
    detail: dict[str, object] = {"kind": kind.value}
    if client_id is not None:
        detail = {"client_id": client_id, "kind": kind.value}
    uow.audit(f"consultation.{action}", "consultation", row.id, detail=detail)
    specialist = specialist or uow.session.get(Account, row.specialist_id)
    assert specialist is not None  # a foreign key: every consultation has its specialist
    result = _record(uow.session, row, specialist, note=None)
    uow.commit()
    return result


def _who_and_when(record: ConsultationRecord) -> ConsultationRecord:
    """A consultation as a role outside its profession sees it: who, when, how long,
    in what format; nothing of what was said."""
    return replace(record, topics=(), outcome=None, follow_up_on=None, has_note=False, note=None)


def _record(
    session: Session,
    c: Consultation,
    specialist: Account,
    *,
    note: str | None,
    topics: tuple[str, ...] | None = None,
) -> ConsultationRecord:
    if topics is None:
        topics = _topics_of(session, [c.id])[c.id]
    return ConsultationRecord(
        id=c.id,
        client_id=c.client_id,
        kind=c.kind,
        status=c.status,
        starts_at=c.starts_at,
        duration_min=c.duration_min,
        format=c.format,
        topics=topics,
        is_first=c.is_first,
        outcome=c.outcome,
        follow_up_on=c.follow_up_on,
        specialist_id=c.specialist_id,
        specialist_name=specialist.display_name,
        has_note=has_value(c, "note"),
        note=note,
    )
