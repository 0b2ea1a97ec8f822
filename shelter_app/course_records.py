"""What the course services return (frozen records), their limits, and the helpers
they share: rows found or refused, places counted, the first women waiting moved in.
Helpers take the session and never open a unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from shelter_app.i18n import fill

from .client_lookup import touch
from .database import Database, SignedInUser, UnitOfWork
from .errors import InvalidInput
from .permissions import Permission
from .search_key import ukrainian_order
from .storage.casework_schema import Attendance, Client, Course, CourseSession, Enrolment
from .validation import (
    date_not_before,
    id_set,
    int_in_range,
    is_id,
    optional_text,
    required_text,
    valid_date,
)
from .vocabulary import EnrolmentStatus

TITLE_MAX = 200
DESCRIPTION_MAX = 4000
TOPIC_MAX = 200
CAPACITY_MIN, CAPACITY_MAX = 1, 200
DURATION_MIN, DURATION_MAX = 15, 600  # minutes: a quarter of an hour to a long day

ENROLLED = EnrolmentStatus.ENROLLED.value
WAITING = EnrolmentStatus.WAITING.value
COMPLETED = EnrolmentStatus.COMPLETED.value
WITHDRAWN = EnrolmentStatus.WITHDRAWN.value
HOLDING_A_PLACE = (ENROLLED, COMPLETED)


@dataclass(frozen=True)
class CourseRecord:
    id: int
    title: str
    description: str | None
    capacity: int
    starts_on: date
    ends_on: date
    archived: bool
    enrolled: int
    completed: int
    waiting: int
    sessions: int
    aim: str = "not_stated"  # a programme_aims.Aim code
    site_id: int = 0  # where it is held (shelter_app.sites)

    @property
    def free_places(self) -> int:
        return max(0, self.capacity - self.enrolled - self.completed)


@dataclass(frozen=True)
class SessionRecord:
    id: int
    course_id: int
    starts_at: datetime
    duration_min: int
    topic: str | None
    attendance_taken: bool
    present: int


@dataclass(frozen=True)
class EnrolmentRecord:
    id: int
    course_id: int
    course_title: str
    client_id: int
    client_code: str
    status: str
    requested_at: datetime
    enrolled_on: date | None
    completed_on: date | None
    withdrawn_on: date | None
    queue_position: int | None  # 1 = next to move in; None unless waiting


@dataclass(frozen=True)
class Withdrawal:
    withdrawn: EnrolmentRecord
    moved_in: tuple[EnrolmentRecord, ...]  # from the waiting list into the freed place


@dataclass(frozen=True)
class RosterEntry:
    enrolment_id: int
    client_id: int
    client_code: str
    display_name: str | None  # only for roles that may read client identities
    status: str
    queue_position: int | None
    enrolled_on: date | None
    completed_on: date | None
    withdrawn_on: date | None
    sessions_recorded: int
    sessions_present: int
    attendance_rate: float | None  # present / sessions recorded for her; None before any


@dataclass(frozen=True)
class AttendanceRow:
    enrolment_id: int
    client_code: str
    display_name: str | None  # only for roles that may read client identities
    status: str
    present: bool | None  # None: not recorded yet for this session


@dataclass(frozen=True)
class SessionAttendance:
    session: SessionRecord
    rows: tuple[AttendanceRow, ...]


@dataclass(frozen=True)
class CourseCounts:
    """Aggregates only: no ids, names or dates finer than the period."""

    start: date
    end: date
    enrolments: int  # places taken up in the period (enrolled_on in the period)
    clients_enrolled: int  # distinct clients among them
    completions: int
    withdrawals: int
    sessions_held: int
    attendance_recorded: int  # (session, enrolment) marks for sessions in the period
    attendance_present: int

    @property
    def attendance_rate(self) -> float | None:
        if not self.attendance_recorded:
            return None
        return self.attendance_present / self.attendance_recorded


# --- internal helpers (take the session; never open a unit of work) ----------------------


def _clean_course(
    title: object, description: object, capacity: object, starts_on: object, ends_on: object
) -> tuple[str, str | None, int, date, date]:
    title_ = required_text(title, "title", TITLE_MAX)  # type: ignore[arg-type]
    description_ = optional_text(description, "description", DESCRIPTION_MAX)  # type: ignore[arg-type]
    capacity_ = int_in_range(capacity, "capacity", CAPACITY_MIN, CAPACITY_MAX)
    first = valid_date(starts_on, "starts_on")
    last = valid_date(ends_on, "ends_on")
    date_not_before(last, first, "ends_on")
    return title_, description_, capacity_, first, last


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


def _change_session(
    db: Database,
    user: SignedInUser,
    session_id: int,
    start: datetime,
    duration: int | None,
    topic: str | None,
    today: date | None,
    *,
    keep: bool,
) -> SessionRecord:
    day = today or date.today()
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        row = _session(s, session_id)
        course = _open_course(s, row.course_id)
        _check_session_time(s, course, start, row.id)
        if start.date() > day and _attendance_taken(s, row.id):
            raise InvalidInput(
                QCoreApplication.translate(
                    "courses",
                    "Attendance is recorded for this session; it cannot be moved to a day "
                    "that has not come yet.",
                ),
                "starts_at",
            )
        row.starts_at = start
        if not keep:
            row.duration_min, row.topic = duration, topic  # type: ignore[assignment]
        uow.audit(
            "course_session.changed", "course_session", row.id, detail={"course_id": course.id}
        )
        s.flush()
        result = _session_record(s, row)
        uow.commit()
        return result


def _check_session_time(
    session: Session, course: Course, start: datetime, own_id: int | None
) -> None:
    if not course.starts_on <= start.date() <= course.ends_on:
        raise InvalidInput(
            fill(
                QCoreApplication.translate(
                    "courses", "A session must fall within the course dates, %1 to %2."
                ),
                course.starts_on.strftime("%d.%m.%Y"),
                course.ends_on.strftime("%d.%m.%Y"),
            ),
            "starts_at",
        )
    same_time = select(CourseSession.id).where(
        CourseSession.course_id == course.id, CourseSession.starts_at == start
    )
    if own_id is not None:
        same_time = same_time.where(CourseSession.id != own_id)
    if session.execute(same_time).first() is not None:
        raise InvalidInput(
            QCoreApplication.translate(
                "courses", "This course already has a session at this time."
            ),
            "starts_at",
        )


def _fill_places(uow: UnitOfWork, course: Course, day: date) -> tuple[EnrolmentRecord, ...]:
    """Move the first women waiting into free places (skipping archived clients, who
    cannot start anything new). Nothing moves once the course is over or archived."""
    s = uow.session
    if course.archived or course.ends_on < day:
        return ()
    free = course.capacity - _places_taken(s, course.id)
    if free <= 0:
        return ()
    rows = s.execute(
        select(Enrolment, Client)
        .join(Client, Client.id == Enrolment.client_id)
        .where(
            Enrolment.course_id == course.id,
            Enrolment.status == WAITING,
            Client.archived_at.is_(None),
            Client.anonymised_at.is_(None),
        )
        .order_by(Enrolment.requested_at, Enrolment.id)
        .limit(free)
    ).all()
    moved = []
    for row, client in rows:
        row.status, row.enrolled_on = ENROLLED, day
        touch(client, day)
        uow.audit(
            "enrolment.moved_in",
            "enrolment",
            row.id,
            detail={"course_id": course.id, "client_id": client.id},
        )
        moved.append((row, client.code))
    s.flush()
    return tuple(_enrolment_record(s, row, course, code) for row, code in moved)


def _places_taken(session: Session, course_id: int) -> int:
    return (
        session.scalar(
            select(func.count(Enrolment.id)).where(
                Enrolment.course_id == course_id, Enrolment.status.in_(HOLDING_A_PLACE)
            )
        )
        or 0
    )


def _status_counts(session: Session, course_id: int | None) -> dict[tuple[int, str], int]:
    query = select(Enrolment.course_id, Enrolment.status, func.count(Enrolment.id)).group_by(
        Enrolment.course_id, Enrolment.status
    )
    if course_id is not None:
        query = query.where(Enrolment.course_id == course_id)
    return {(c, st): n for c, st, n in session.execute(query).all()}


def _course_record(session: Session, course: Course) -> CourseRecord:
    sessions = session.scalar(
        select(func.count(CourseSession.id)).where(CourseSession.course_id == course.id)
    )
    return _course_record_from(course, _status_counts(session, course.id), sessions or 0)


def _course_record_from(
    course: Course, by_status: dict[tuple[int, str], int], sessions: int
) -> CourseRecord:
    return CourseRecord(
        id=course.id,
        title=course.title,
        description=course.description,
        capacity=course.capacity,
        starts_on=course.starts_on,
        ends_on=course.ends_on,
        archived=course.archived,
        enrolled=by_status.get((course.id, ENROLLED), 0),
        completed=by_status.get((course.id, COMPLETED), 0),
        waiting=by_status.get((course.id, WAITING), 0),
        sessions=sessions,
        aim=course.aim,
        site_id=course.site_id,
    )


def _course(session: Session, course_id: object) -> Course:
    course = session.get(Course, course_id) if is_id(course_id) else None
    if course is None:
        raise InvalidInput(QCoreApplication.translate("courses", "No such course."), "course")
    return course


def _open_course(session: Session, course_id: object) -> Course:
    course = _course(session, course_id)
    if course.archived:
        raise InvalidInput(
            QCoreApplication.translate("courses", "This course is archived; restore it first."),
            "course",
        )
    return course


def _session(session: Session, session_id: object) -> CourseSession:
    row = session.get(CourseSession, session_id) if is_id(session_id) else None
    if row is None:
        raise InvalidInput(
            QCoreApplication.translate("courses", "No such course session."), "session"
        )
    return row


def _enrolment(session: Session, enrolment_id: object) -> Enrolment:
    row = session.get(Enrolment, enrolment_id) if is_id(enrolment_id) else None
    if row is None:
        raise InvalidInput(QCoreApplication.translate("courses", "No such enrolment."), "enrolment")
    return row


def _attendance_taken(session: Session, session_id: int) -> bool:
    found = session.execute(
        select(Attendance.enrolment_id).where(Attendance.session_id == session_id).limit(1)
    ).first()
    return found is not None


def _session_record(session: Session, row: CourseSession) -> SessionRecord:
    marks, here = session.execute(
        select(
            func.count(Attendance.enrolment_id),
            func.coalesce(func.sum(case((Attendance.present.is_(True), 1), else_=0)), 0),
        ).where(Attendance.session_id == row.id)
    ).one()
    return _session_record_from(row, marks, here)


def _session_record_from(row: CourseSession, marks: int, present: int) -> SessionRecord:
    return SessionRecord(
        id=row.id,
        course_id=row.course_id,
        starts_at=row.starts_at,
        duration_min=row.duration_min,
        topic=row.topic,
        attendance_taken=bool(marks),
        present=present or 0,
    )


def _session_attendance(session: Session, row: CourseSession, names: bool) -> SessionAttendance:
    marked = (
        select(Attendance.present)
        .where(Attendance.session_id == row.id, Attendance.enrolment_id == Enrolment.id)
        .scalar_subquery()
    )
    has_mark = (
        select(Attendance.enrolment_id)
        .where(Attendance.session_id == row.id, Attendance.enrolment_id == Enrolment.id)
        .exists()
    )
    found = session.execute(
        select(Enrolment, Enrolment.status, Client, marked)
        .join(Client, Client.id == Enrolment.client_id)
        .where(
            Enrolment.course_id == row.course_id,
            or_(Enrolment.status.in_(HOLDING_A_PLACE), has_mark),
        )
    ).all()
    rows = [
        AttendanceRow(
            enrolment_id=enrolment.id,
            client_code=client.code,
            display_name=roster_name(enrolment, client) if names else None,
            status=status,
            present=None if present is None else bool(present),
        )
        for enrolment, status, client, present in found
    ]
    rows.sort(key=lambda r: (ukrainian_order(r.display_name or ""), r.client_code))
    return SessionAttendance(_session_record(session, row), tuple(rows))


def _enrolment_record(
    session: Session, row: Enrolment, course: Course, client_code: str
) -> EnrolmentRecord:
    position = None
    if row.status == WAITING:
        ahead = session.scalar(
            select(func.count(Enrolment.id)).where(
                Enrolment.course_id == row.course_id,
                Enrolment.status == WAITING,
                or_(
                    Enrolment.requested_at < row.requested_at,
                    and_(Enrolment.requested_at == row.requested_at, Enrolment.id < row.id),
                ),
            )
        )
        position = (ahead or 0) + 1
    return EnrolmentRecord(
        id=row.id,
        course_id=row.course_id,
        course_title=course.title,
        client_id=row.client_id,
        client_code=client_code,
        status=row.status,
        requested_at=row.requested_at,
        enrolled_on=row.enrolled_on,
        completed_on=row.completed_on,
        withdrawn_on=row.withdrawn_on,
        queue_position=position,
    )


def _id_set(values: object) -> frozenset[int]:
    ids = id_set(values)
    if ids is None:
        raise InvalidInput(
            QCoreApplication.translate("courses", "Choose the women who were present."),
            "present",
        )
    return ids


def _display_name(client: Client) -> str:
    return " ".join(p for p in (client.last_name, client.first_name, client.patronymic) if p)


def roster_name(enrolment: Enrolment, client: Client) -> str | None:
    """Her name on a course list: from her client file for those who hold IDENTITY,
    else the list's own copy (COURSE_LISTS: the trainer)."""
    if client.last_name is not None:
        return _display_name(client)
    return enrolment.roster_name
