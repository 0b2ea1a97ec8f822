"""A course's sessions (added, changed, moved, removed) and the attendance taken at
each. Sessions are programme work; who attended is casework about a client."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from sqlalchemy import case, delete, func, select

from .client_lookup import touch
from .course_records import (
    DURATION_MAX,
    DURATION_MIN,
    HOLDING_A_PLACE,
    TOPIC_MAX,
    SessionAttendance,
    SessionRecord,
    _attendance_taken,
    _change_session,
    _check_session_time,
    _course,
    _id_set,
    _one_line,
    _open_course,
    _session,
    _session_attendance,
    _session_record,
    _session_record_from,
)
from .course_trainers import list_permission, names_on_list
from .database import Database, SignedInUser
from .errors import InvalidInput
from .permissions import Permission
from .storage.casework_schema import Attendance, Client, CourseSession, Enrolment
from .validation import (
    int_in_range,
    optional_text,
    valid_datetime,
)

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
    with db.unit_of_work(user, list_permission(user, write=True), write=True) as uow:
        s = uow.session
        row = _session(s, session_id)
        course = _open_course(s, row.course_id)
        names = names_on_list(uow, course)
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
        result = _session_attendance(s, row, names)
        uow.commit()
        return result


def session_attendance(db: Database, user: SignedInUser, session_id: int) -> SessionAttendance:
    """The list to tick in the GUI: everyone holding a place, and anyone marked before
    she withdrew. Names only for roles that may read client identities."""
    with db.unit_of_work(user, list_permission(user)) as uow:
        s = uow.session
        row = _session(s, session_id)
        names = names_on_list(uow, _course(s, row.course_id))
        return _session_attendance(s, row, names)
