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

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from shelter_app.i18n import fill

from .course_records import (
    CAPACITY_MAX,
    CAPACITY_MIN,
    COMPLETED,
    DESCRIPTION_MAX,
    DURATION_MAX,
    DURATION_MIN,
    ENROLLED,
    HOLDING_A_PLACE,
    TITLE_MAX,
    TOPIC_MAX,
    WAITING,
    WITHDRAWN,
    AttendanceRow,
    CourseCounts,
    CourseRecord,
    EnrolmentRecord,
    RosterEntry,
    SessionAttendance,
    SessionRecord,
    Withdrawal,
    _clean_course,
    _course,
    _course_record,
    _course_record_from,
    _fill_places,
    _open_course,
    _places_taken,
    _status_counts,
)
from .course_sessions import (
    add_session,
    edit_session,
    list_sessions,
    move_session,
    record_attendance,
    remove_session,
    session_attendance,
)
from .database import Database, SignedInUser
from .enrolments import (
    client_enrolments,
    complete,
    course_roster,
    enrol,
    withdraw,
)
from .errors import InvalidInput
from .permissions import Permission
from .programme_aims import Aim
from .sites import site_or_default
from .storage.casework_schema import Attendance, Course, CourseSession, Enrolment
from .validation import (
    choice,
    date_not_before,
    valid_date,
)

# the public API, as before the sessions, enrolments and records moved out
__all__ = [
    "CAPACITY_MAX",
    "CAPACITY_MIN",
    "COMPLETED",
    "DESCRIPTION_MAX",
    "DURATION_MAX",
    "DURATION_MIN",
    "ENROLLED",
    "HOLDING_A_PLACE",
    "TITLE_MAX",
    "TOPIC_MAX",
    "WAITING",
    "WITHDRAWN",
    "AttendanceRow",
    "CourseCounts",
    "CourseRecord",
    "EnrolmentRecord",
    "RosterEntry",
    "SessionAttendance",
    "SessionRecord",
    "Withdrawal",
    "add_session",
    "archive_course",
    "client_enrolments",
    "complete",
    "count_courses",
    "course_counts",
    "course_roster",
    "create_course",
    "edit_course",
    "edit_session",
    "enrol",
    "get_course",
    "list_courses",
    "list_sessions",
    "move_session",
    "record_attendance",
    "remove_session",
    "restore_course",
    "session_attendance",
    "withdraw",
]


# --- course definitions -------------------------------------------------------------------


def create_course(
    db: Database,
    user: SignedInUser,
    title: str,
    capacity: int,
    starts_on: date,
    ends_on: date,
    description: str | None = None,
    *,
    aim: str = Aim.NOT_STATED,
    site_id: int | None = None,
) -> CourseRecord:
    """A new course, held at the site (None: the default site, sites.default_site_id)."""
    title_, description_, capacity_, first, last = _clean_course(
        title, description, capacity, starts_on, ends_on
    )
    aim_ = choice(Aim, aim, "aim")
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        site = site_or_default(s, site_id)
        course = Course(
            site_id=site.id,
            title=title_,
            description=description_,
            capacity=capacity_,
            starts_on=first,
            ends_on=last,
            archived=False,
            aim=aim_.value,
        )
        s.add(course)
        s.flush()
        uow.audit(
            "course.created",
            "course",
            course.id,
            detail={"capacity": capacity_, "aim": aim_.value},
        )
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
    aim: str | None = None,
    site_id: int | None = None,
    today: date | None = None,
) -> CourseRecord:
    """A larger capacity moves women in from the waiting list at once; a capacity below the
    places already taken, or dates that leave a session outside, are refused. `aim` None
    keeps the course's aim, `site_id` None its site."""
    title_, description_, capacity_, first, last = _clean_course(
        title, description, capacity, starts_on, ends_on
    )
    aim_ = None if aim is None else choice(Aim, aim, "aim")
    day = today or date.today()
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        course = _open_course(s, course_id)
        taken = _places_taken(s, course.id)
        if capacity_ < taken:
            raise InvalidInput(
                fill(
                    QCoreApplication.translate(
                        "courses", "Places taken: %1; the capacity cannot be lower."
                    ),
                    str(taken),
                ),
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
        if aim_ is not None:
            course.aim = aim_.value
        if site_id is not None and site_id != course.site_id:  # its own stays, closed or not
            course.site_id = site_or_default(s, site_id).id
        s.flush()
        moved = _fill_places(uow, course, day)
        uow.audit(
            "course.edited",
            "course",
            course.id,
            detail={
                "capacity": capacity_,
                "aim": course.aim,
                "moved_in": [e.id for e in moved],
            },
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
