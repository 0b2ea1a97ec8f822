"""Training courses: their sessions, who is enrolled or waiting, attendance, completion.

A course has a fixed number of places. A place is held by every enrolment that is
enrolled or has completed the course; when the course is full, a new enrolment waits in
the order it was asked for. Whenever a place frees (a withdrawal, a larger capacity, a
course restored or lengthened) the first woman waiting moves in within the same
transaction, so the list is never left with a free place and a queue at once.

Defining courses and sessions is programme work (READ/WRITE_PROGRAMMES); who enrolled and
who attended is casework about a client (READ/WRITE_STAYS_ENROLMENTS, the matrix row
"shelter stays, course enrolments"); the coordinator sees counts only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, case, delete, func, or_, select
from sqlalchemy.orm import Session

from .client_lookup import require_client, touch
from .database import Database, SignedInUser, UnitOfWork, utcnow
from .errors import InvalidInput
from .permissions import Permission, allowed
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
    valid_datetime,
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


# --- course definitions -------------------------------------------------------------------


def create_course(
    db: Database,
    user: SignedInUser,
    title: str,
    capacity: int,
    starts_on: date,
    ends_on: date,
    description: str | None = None,
) -> CourseRecord:
    title_, description_, capacity_, first, last = _clean_course(
        title, description, capacity, starts_on, ends_on
    )
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        course = Course(
            title=title_,
            description=description_,
            capacity=capacity_,
            starts_on=first,
            ends_on=last,
            archived=False,
        )
        s.add(course)
        s.flush()
        uow.audit("course.created", "course", course.id, detail={"capacity": capacity_})
        result = _course_record(s, course)
        uow.commit()
        return result


def edit_course(
    db: Database,
    user: SignedInUser,
    course_id: int,
    title: str,
    capacity: int,
    starts_on: date,
    ends_on: date,
    description: str | None = None,
    *,
    today: date | None = None,
) -> CourseRecord:
    """A larger capacity moves women in from the waiting list at once; a capacity below the
    places already taken, or dates that leave a session outside, are refused."""
    title_, description_, capacity_, first, last = _clean_course(
        title, description, capacity, starts_on, ends_on
    )
    day = today or date.today()
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        course = _open_course(s, course_id)
        taken = _places_taken(s, course.id)
        if capacity_ < taken:
            raise InvalidInput(
                QCoreApplication.translate(
                    "courses", "Places taken: %1; the capacity cannot be lower."
                ).replace("%1", str(taken)),
                "capacity",
            )
        earliest, latest = s.execute(
            select(func.min(CourseSession.starts_at), func.max(CourseSession.starts_at)).where(
                CourseSession.course_id == course.id
            )
        ).one()
        if earliest is not None and earliest.date() < first:
            raise InvalidInput(
                QCoreApplication.translate(
                    "courses", "A session is held before this date; move or remove it first."
                ),
                "starts_on",
            )
        if latest is not None and latest.date() > last:
            raise InvalidInput(
                QCoreApplication.translate(
                    "courses", "A session is held after this date; move or remove it first."
                ),
                "ends_on",
            )
        course.title, course.description, course.capacity = title_, description_, capacity_
        course.starts_on, course.ends_on = first, last
        s.flush()
        moved = _fill_places(uow, course, day)
        uow.audit(
            "course.edited",
            "course",
            course.id,
            detail={"capacity": capacity_, "moved_in": [e.id for e in moved]},
        )
        result = _course_record(s, course)
        uow.commit()
        return result


def archive_course(db: Database, user: SignedInUser, course_id: int) -> CourseRecord:
    """Closed: hidden from the usual lists, no enrolments, sessions or marks until restored."""
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        course = _open_course(s, course_id)
        course.archived = True
        uow.audit("course.archived", "course", course.id)
        result = _course_record(s, course)
        uow.commit()
        return result


def restore_course(
    db: Database, user: SignedInUser, course_id: int, *, today: date | None = None
) -> CourseRecord:
    day = today or date.today()
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        course = _course(s, course_id)
        if not course.archived:
            raise InvalidInput(
                QCoreApplication.translate("courses", "This course is not archived."), "course"
            )
        course.archived = False
        s.flush()
        moved = _fill_places(uow, course, day)
        uow.audit(
            "course.restored", "course", course.id, detail={"moved_in": [e.id for e in moved]}
        )
        result = _course_record(s, course)
        uow.commit()
        return result


def list_courses(
    db: Database, user: SignedInUser, include_archived: bool = False
) -> list[CourseRecord]:
    """Newest first, with the number of places taken, waiting and sessions."""
    with db.unit_of_work(user, Permission.READ_PROGRAMMES) as uow:
        s = uow.session
        query = select(Course).order_by(Course.starts_on.desc(), Course.id.desc())
        if include_archived is not True:
            query = query.where(Course.archived.is_(False))
        courses = s.execute(query).scalars().all()
        by_status = _status_counts(s, None)
        sessions = dict(
            s.execute(
                select(CourseSession.course_id, func.count(CourseSession.id)).group_by(
                    CourseSession.course_id
                )
            ).all()
        )
        return [_course_record_from(c, by_status, sessions.get(c.id, 0)) for c in courses]


def get_course(db: Database, user: SignedInUser, course_id: int) -> CourseRecord:
    with db.unit_of_work(user, Permission.READ_PROGRAMMES) as uow:
        return _course_record(uow.session, _course(uow.session, course_id))


# --- sessions -----------------------------------------------------------------------------


def add_session(
    db: Database,
    user: SignedInUser,
    course_id: int,
    starts_at: datetime,
    duration_min: int,
    topic: str | None = None,
) -> SessionRecord:
    start = valid_datetime(starts_at, "starts_at")
    duration = int_in_range(duration_min, "duration_min", DURATION_MIN, DURATION_MAX)
    topic_ = _one_line(optional_text(topic, "topic", TOPIC_MAX))
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        course = _open_course(s, course_id)
        _check_session_time(s, course, start, None)
        row = CourseSession(
            course_id=course.id, starts_at=start, duration_min=duration, topic=topic_
        )
        s.add(row)
        s.flush()
        uow.audit("course_session.added", "course_session", row.id, detail={"course_id": course.id})
        result = _session_record(s, row)
        uow.commit()
        return result


def edit_session(
    db: Database,
    user: SignedInUser,
    session_id: int,
    starts_at: datetime,
    duration_min: int,
    topic: str | None = None,
    *,
    today: date | None = None,
) -> SessionRecord:
    """Move a session or correct its length and topic. A session whose attendance is
    recorded can be moved only to a day that has already come."""
    start = valid_datetime(starts_at, "starts_at")
    duration = int_in_range(duration_min, "duration_min", DURATION_MIN, DURATION_MAX)
    topic_ = _one_line(optional_text(topic, "topic", TOPIC_MAX))
    return _change_session(db, user, session_id, start, duration, topic_, today, keep=False)


def move_session(
    db: Database,
    user: SignedInUser,
    session_id: int,
    starts_at: datetime,
    *,
    today: date | None = None,
) -> SessionRecord:
    """Only the time changes (the common case: the room was not free)."""
    start = valid_datetime(starts_at, "starts_at")
    return _change_session(db, user, session_id, start, None, None, today, keep=True)


def remove_session(db: Database, user: SignedInUser, session_id: int) -> None:
    """Only a session nobody was marked for: recorded attendance is kept."""
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        row = _session(s, session_id)
        _open_course(s, row.course_id)
        if _attendance_taken(s, row.id):
            raise InvalidInput(
                QCoreApplication.translate(
                    "courses", "Attendance is recorded for this session; it cannot be removed."
                ),
                "session",
            )
        course_id = row.course_id
        s.delete(row)
        uow.audit(
            "course_session.removed", "course_session", session_id, detail={"course_id": course_id}
        )
        uow.commit()


def list_sessions(db: Database, user: SignedInUser, course_id: int) -> list[SessionRecord]:
    """In the order they are held."""
    with db.unit_of_work(user, Permission.READ_PROGRAMMES) as uow:
        s = uow.session
        course = _course(s, course_id)
        present = func.coalesce(func.sum(case((Attendance.present.is_(True), 1), else_=0)), 0)
        rows = s.execute(
            select(CourseSession, func.count(Attendance.enrolment_id), present)
            .outerjoin(Attendance, Attendance.session_id == CourseSession.id)
            .where(CourseSession.course_id == course.id)
            .group_by(CourseSession.id)
            .order_by(CourseSession.starts_at, CourseSession.id)
        ).all()
        return [_session_record_from(row, marks, here) for row, marks, here in rows]


# --- enrolment ----------------------------------------------------------------------------


def enrol(
    db: Database,
    user: SignedInUser,
    course_id: int,
    client_id: int,
    today: date | None = None,
) -> EnrolmentRecord:
    """A place while there is one, otherwise the waiting list. She may come back after
    withdrawing: her old enrolment is reopened (one per client and course)."""
    day = today or date.today()
    with db.unit_of_work(user, Permission.WRITE_STAYS_ENROLMENTS, write=True) as uow:
        s = uow.session
        course = _open_course(s, course_id)
        client = require_client(s, client_id, for_new_activity=True)
        if course.ends_on < day:
            raise InvalidInput(
                QCoreApplication.translate("courses", "This course has already ended."),
                "course",
            )
        row = s.execute(
            select(Enrolment).where(
                Enrolment.course_id == course.id, Enrolment.client_id == client.id
            )
        ).scalar_one_or_none()
        if row is not None and row.status != WITHDRAWN:
            raise InvalidInput(
                QCoreApplication.translate(
                    "courses", "She is already enrolled in or waiting for this course."
                ),
                "client",
            )
        has_place = _places_taken(s, course.id) < course.capacity
        if row is None:
            row = Enrolment(course_id=course.id, client_id=client.id)
            s.add(row)
        row.status = ENROLLED if has_place else WAITING
        row.requested_at = utcnow()
        row.enrolled_on = day if has_place else None
        row.completed_on = row.withdrawn_on = None
        s.flush()
        touch(client, day)
        uow.audit(
            "enrolment.created",
            "enrolment",
            row.id,
            detail={"course_id": course.id, "client_id": client.id, "status": row.status},
        )
        result = _enrolment_record(s, row, course, client.code)
        uow.commit()
        return result


def withdraw(
    db: Database, user: SignedInUser, enrolment_id: int, today: date | None = None
) -> Withdrawal:
    """She leaves the course or the waiting list; a freed place goes to the first woman
    waiting in the same transaction: both changes are saved, or neither."""
    day = today or date.today()
    with db.unit_of_work(user, Permission.WRITE_STAYS_ENROLMENTS, write=True) as uow:
        s = uow.session
        row = _enrolment(s, enrolment_id)
        course = _open_course(s, row.course_id)
        if row.status not in (ENROLLED, WAITING):
            raise InvalidInput(
                QCoreApplication.translate(
                    "courses",
                    "Only an enrolment or a place on the waiting list can be withdrawn.",
                ),
                "enrolment",
            )
        if row.enrolled_on is not None:
            date_not_before(day, row.enrolled_on, "withdrawn_on")
        client = require_client(s, row.client_id, for_new_activity=False)
        row.status, row.withdrawn_on = WITHDRAWN, day
        s.flush()
        touch(client, day)
        moved = _fill_places(uow, course, day)
        uow.audit(
            "enrolment.withdrawn",
            "enrolment",
            row.id,
            detail={
                "course_id": course.id,
                "client_id": client.id,
                "moved_in": [e.id for e in moved],
            },
        )
        result = Withdrawal(_enrolment_record(s, row, course, client.code), moved)
        uow.commit()
        return result


def complete(
    db: Database,
    user: SignedInUser,
    enrolment_id: int,
    completed_on: date,
    *,
    today: date | None = None,
) -> EnrolmentRecord:
    day = valid_date(completed_on, "completed_on", not_after=today or date.today())
    with db.unit_of_work(user, Permission.WRITE_STAYS_ENROLMENTS, write=True) as uow:
        s = uow.session
        row = _enrolment(s, enrolment_id)
        course = _open_course(s, row.course_id)
        if row.status != ENROLLED:
            raise InvalidInput(
                QCoreApplication.translate(
                    "courses", "Only an enrolled participant can complete the course."
                ),
                "enrolment",
            )
        date_not_before(day, course.starts_on, "completed_on")
        if row.enrolled_on is not None:
            date_not_before(day, row.enrolled_on, "completed_on")
        client = require_client(s, row.client_id, for_new_activity=False)
        row.status, row.completed_on = COMPLETED, day
        touch(client, day)
        uow.audit(
            "enrolment.completed",
            "enrolment",
            row.id,
            detail={"course_id": course.id, "client_id": client.id},
        )
        result = _enrolment_record(s, row, course, client.code)
        uow.commit()
        return result


def client_enrolments(db: Database, user: SignedInUser, client_id: int) -> list[EnrolmentRecord]:
    """Her courses, for the client card: newest request first."""
    with db.unit_of_work(user, Permission.READ_STAYS_ENROLMENTS) as uow:
        s = uow.session
        client = require_client(s, client_id, for_new_activity=False)
        rows = s.execute(
            select(Enrolment, Course)
            .join(Course, Course.id == Enrolment.course_id)
            .where(Enrolment.client_id == client.id)
            .order_by(Enrolment.requested_at.desc(), Enrolment.id.desc())
        ).all()
        return [_enrolment_record(s, row, course, client.code) for row, course in rows]


def course_roster(db: Database, user: SignedInUser, course_id: int) -> list[RosterEntry]:
    """Everyone who asked for the course: holding a place, then waiting in queue order, then
    withdrawn; each with her attendance rate over the sessions recorded for her."""
    with db.unit_of_work(user, Permission.READ_STAYS_ENROLMENTS) as uow:
        s = uow.session
        course = _course(s, course_id)
        names = allowed(uow.actor.role, Permission.READ_CLIENTS)
        marks = (
            select(
                Attendance.enrolment_id.label("enrolment_id"),
                func.count().label("recorded"),
                func.sum(case((Attendance.present.is_(True), 1), else_=0)).label("present"),
            )
            .group_by(Attendance.enrolment_id)
            .subquery()
        )
        rank = case(
            (Enrolment.status.in_(HOLDING_A_PLACE), 0), (Enrolment.status == WAITING, 1), else_=2
        )
        rows = s.execute(
            select(Enrolment, Client, marks.c.recorded, marks.c.present)
            .join(Client, Client.id == Enrolment.client_id)
            .outerjoin(marks, marks.c.enrolment_id == Enrolment.id)
            .where(Enrolment.course_id == course.id)
            .order_by(rank, Enrolment.requested_at, Enrolment.id)
        ).all()
        entries, queue = [], 0
        for row, client, recorded, present in rows:
            recorded, present = recorded or 0, present or 0
            if row.status == WAITING:
                queue += 1
            entries.append(
                RosterEntry(
                    enrolment_id=row.id,
                    client_id=client.id,
                    client_code=client.code,
                    display_name=_display_name(client) if names else None,
                    status=row.status,
                    queue_position=queue if row.status == WAITING else None,
                    enrolled_on=row.enrolled_on,
                    completed_on=row.completed_on,
                    withdrawn_on=row.withdrawn_on,
                    sessions_recorded=recorded,
                    sessions_present=present,
                    attendance_rate=present / recorded if recorded else None,
                )
            )
        return entries


# --- attendance ---------------------------------------------------------------------------


def record_attendance(
    db: Database,
    user: SignedInUser,
    session_id: int,
    present_enrolment_ids: set[int],
    *,
    today: date | None = None,
) -> SessionAttendance:
    """Replace the session's marks. Everyone who held a place on the session's day is
    marked present or absent; a woman who got her place later is marked only if she came
    (so moving in from the waiting list mid-course does not count as missed sessions).
    Marks of women who have since withdrawn are kept as they were."""
    wanted = _id_set(present_enrolment_ids)
    day = today or date.today()
    with db.unit_of_work(user, Permission.WRITE_STAYS_ENROLMENTS, write=True) as uow:
        s = uow.session
        row = _session(s, session_id)
        course = _open_course(s, row.course_id)
        if row.starts_at.date() > day:
            raise InvalidInput(
                QCoreApplication.translate(
                    "courses", "Attendance can be recorded only once the session has taken place."
                ),
                "session",
            )
        held_on = row.starts_at.date()
        holders = s.execute(
            select(Enrolment.id, Enrolment.client_id, Enrolment.enrolled_on).where(
                Enrolment.course_id == course.id, Enrolment.status.in_(HOLDING_A_PLACE)
            )
        ).all()
        holder_ids = {e for e, _, _ in holders}
        expected = {e for e, _, since in holders if since is None or since <= held_on}
        if not wanted <= holder_ids:
            raise InvalidInput(
                QCoreApplication.translate(
                    "courses", "Only women enrolled in this course can be marked present."
                ),
                "present",
            )
        s.execute(
            delete(Attendance).where(
                Attendance.session_id == row.id, Attendance.enrolment_id.in_(holder_ids)
            )
        )
        marked = expected | wanted
        s.add_all(
            Attendance(session_id=row.id, enrolment_id=e, present=e in wanted) for e in marked
        )
        present_clients = [c for e, c, _ in holders if e in wanted]
        if present_clients:
            for client in s.execute(select(Client).where(Client.id.in_(present_clients))).scalars():
                touch(client, held_on)
        s.flush()
        uow.audit(
            "attendance.recorded",
            "course_session",
            row.id,
            detail={"course_id": course.id, "present": len(wanted), "marked": len(marked)},
        )
        result = _session_attendance(s, row, allowed(uow.actor.role, Permission.READ_CLIENTS))
        uow.commit()
        return result


def session_attendance(db: Database, user: SignedInUser, session_id: int) -> SessionAttendance:
    """The list to tick in the GUI: everyone holding a place, and anyone marked before
    she withdrew. Names only for roles that may read client identities."""
    with db.unit_of_work(user, Permission.READ_STAYS_ENROLMENTS) as uow:
        s = uow.session
        row = _session(s, session_id)
        return _session_attendance(s, row, allowed(uow.actor.role, Permission.READ_CLIENTS))


# --- counts -------------------------------------------------------------------------------


def course_counts(db: Database, user: SignedInUser, start: date, end: date) -> CourseCounts:
    """From `start` to `end` inclusive, counted in SQL."""
    first = valid_date(start, "start")
    last = valid_date(end, "end")
    date_not_before(last, first, "end")
    with db.unit_of_work(user, Permission.READ_COUNTS) as uow:
        return count_courses(uow.session, first, last)


def count_courses(s: Session, first: date, last: date) -> CourseCounts:
    """course_counts inside a unit of work the caller holds (the summaries use it)."""
    since, until = datetime.combine(first, time.min), datetime.combine(last, time.min)
    until += timedelta(days=1)
    enrolled_in = and_(Enrolment.enrolled_on >= first, Enrolment.enrolled_on <= last)
    enrolments, people = s.execute(
        select(func.count(Enrolment.id), func.count(func.distinct(Enrolment.client_id))).where(
            enrolled_in
        )
    ).one()
    completions = s.scalar(
        select(func.count(Enrolment.id)).where(
            Enrolment.completed_on >= first, Enrolment.completed_on <= last
        )
    )
    withdrawals = s.scalar(
        select(func.count(Enrolment.id)).where(
            Enrolment.status == WITHDRAWN,
            Enrolment.withdrawn_on >= first,
            Enrolment.withdrawn_on <= last,
        )
    )
    in_period = and_(CourseSession.starts_at >= since, CourseSession.starts_at < until)
    sessions_held = s.scalar(select(func.count(CourseSession.id)).where(in_period))
    recorded, present = s.execute(
        select(
            func.count(Attendance.enrolment_id),
            func.coalesce(func.sum(case((Attendance.present.is_(True), 1), else_=0)), 0),
        )
        .join(CourseSession, CourseSession.id == Attendance.session_id)
        .where(in_period)
    ).one()
    return CourseCounts(
        start=first,
        end=last,
        enrolments=enrolments or 0,
        clients_enrolled=people or 0,
        completions=completions or 0,
        withdrawals=withdrawals or 0,
        sessions_held=sessions_held or 0,
        attendance_recorded=recorded or 0,
        attendance_present=present or 0,
    )


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
            QCoreApplication.translate(
                "courses", "A session must fall within the course dates, %1 to %2."
            )
            .replace("%1", course.starts_on.strftime("%d.%m.%Y"))
            .replace("%2", course.ends_on.strftime("%d.%m.%Y")),
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
        select(Enrolment.id, Enrolment.status, Client, marked)
        .join(Client, Client.id == Enrolment.client_id)
        .where(
            Enrolment.course_id == row.course_id,
            or_(Enrolment.status.in_(HOLDING_A_PLACE), has_mark),
        )
    ).all()
    rows = [
        AttendanceRow(
            enrolment_id=enrolment_id,
            client_code=client.code,
            display_name=_display_name(client) if names else None,
            status=status,
            present=None if present is None else bool(present),
        )
        for enrolment_id, status, client, present in found
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
