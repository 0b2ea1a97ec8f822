"""Enrolment on a course: a place while there is one, otherwise the waiting list in
the order asked; withdrawal and completion; her enrolments and a course's roster."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import case, func, select

from .client_lookup import require_client, touch
from .course_records import (
    COMPLETED,
    ENROLLED,
    HOLDING_A_PLACE,
    WAITING,
    WITHDRAWN,
    EnrolmentRecord,
    RosterEntry,
    Withdrawal,
    _course,
    _display_name,
    _enrolment,
    _enrolment_record,
    _fill_places,
    _open_course,
    _places_taken,
    roster_name,
)
from .course_trainers import list_permission, names_on_list
from .database import Database, SignedInUser, utcnow
from .errors import InvalidInput
from .permissions import Permission
from .storage.casework_schema import Attendance, Client, Course, Enrolment
from .validation import (
    date_not_before,
    valid_date,
)

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
        row.roster_name = _display_name(client)
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
    with db.unit_of_work(user, list_permission(user)) as uow:
        s = uow.session
        course = _course(s, course_id)
        names = names_on_list(uow, course)
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
                    display_name=roster_name(row, client) if names else None,
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
