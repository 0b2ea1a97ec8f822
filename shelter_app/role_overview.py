"""What the Overview shows a trainer and a hotline operator: their own week, in codes and
counts, through the same permission matrix as every other read.

- `trainer_week`: the sessions this week of the courses she runs (title, time, places
  taken and capacity, how many wait) and the events of the week. Counts only: the names on
  her lists stay behind the course's own list (course_trainers.names_on_list).
- `contact_overview`: anonymous contacts logged today and this week, by channel, and how
  many she logged herself today. Codes and counts only: no note, no time of a contact.

The week runs Monday to Sunday around `today`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from .anonymous_contacts import count_contacts
from .course_records import COMPLETED, ENROLLED, WAITING
from .database import Database, SignedInUser
from .permissions import Permission
from .storage.casework_schema import Course, CourseSession, Enrolment, Event
from .storage.people_schema import AnonymousContact
from .validation import valid_date


@dataclass(frozen=True)
class WeekSession:
    course_id: int
    course_title: str
    starts_at: datetime
    enrolled: int  # places taken: enrolled or completed
    capacity: int
    waiting: int


@dataclass(frozen=True)
class WeekEvent:
    event_id: int
    title: str
    kind: str
    held_on: date


@dataclass(frozen=True)
class TrainerWeek:
    monday: date
    sunday: date
    sessions: tuple[WeekSession, ...]  # of her own courses, in time order
    events: tuple[WeekEvent, ...]  # every event of the week, in date order
    courses_running: int  # her courses whose dates include today


@dataclass(frozen=True)
class ContactOverview:
    today: date
    monday: date
    today_by_channel: dict[str, int]
    week_by_channel: dict[str, int]
    logged_by_me_today: int

    @property
    def today_total(self) -> int:
        return sum(self.today_by_channel.values())

    @property
    def week_total(self) -> int:
        return sum(self.week_by_channel.values())


def _week(today: object) -> tuple[date, date]:
    day = valid_date(today, "today")
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def trainer_week(db: Database, user: SignedInUser, today: date) -> TrainerWeek:
    """Her courses' sessions and the centre's events in the week of `today`."""
    monday, sunday = _week(today)
    since = datetime.combine(monday, time.min)
    until = datetime.combine(sunday + timedelta(days=1), time.min)
    with db.unit_of_work(user, Permission.READ_PROGRAMMES) as uow:
        s = uow.session
        mine = Course.trainer_account_id == uow.actor.account_id
        rows = s.execute(
            select(Course.id, Course.title, CourseSession.starts_at, Course.capacity)
            .join(CourseSession, CourseSession.course_id == Course.id)
            .where(mine, CourseSession.starts_at >= since, CourseSession.starts_at < until)
            .order_by(CourseSession.starts_at, Course.id)
        ).all()
        ids = {r[0] for r in rows}
        counts: dict[tuple[int, str], int] = {}
        if ids:
            for course_id, status, n in s.execute(
                select(Enrolment.course_id, Enrolment.status, func.count(Enrolment.id))
                .where(Enrolment.course_id.in_(ids))
                .group_by(Enrolment.course_id, Enrolment.status)
            ).all():
                counts[(course_id, status)] = n
        sessions = tuple(
            WeekSession(
                course_id=cid,
                course_title=title,
                starts_at=starts,
                enrolled=counts.get((cid, ENROLLED), 0) + counts.get((cid, COMPLETED), 0),
                capacity=capacity,
                waiting=counts.get((cid, WAITING), 0),
            )
            for cid, title, starts, capacity in rows
        )
        events = tuple(
            WeekEvent(i, title, kind, held)
            for i, title, kind, held in s.execute(
                select(Event.id, Event.title, Event.kind, Event.held_on)
                .where(Event.held_on >= monday, Event.held_on <= sunday)
                .order_by(Event.held_on, Event.id)
            ).all()
        )
        day = valid_date(today, "today")
        running = s.scalar(
            select(func.count(Course.id)).where(
                mine, Course.archived.is_(False), Course.starts_on <= day, Course.ends_on >= day
            )
        )
        return TrainerWeek(monday, sunday, sessions, events, running or 0)


def contact_overview(db: Database, user: SignedInUser, today: date) -> ContactOverview:
    """Contacts logged today and from Monday to today, by channel."""
    monday, _sunday = _week(today)
    day = valid_date(today, "today")
    with db.unit_of_work(user, Permission.READ_ANON_CONTACTS) as uow:
        s = uow.session
        on_day = count_contacts(s, day, day)
        week = count_contacts(s, monday, day)
        since = datetime.combine(day, time.min)
        mine = s.scalar(
            select(func.count(AnonymousContact.id)).where(
                AnonymousContact.at >= since,
                AnonymousContact.at < since + timedelta(days=1),
                AnonymousContact.logged_by == uow.actor.account_id,
            )
        )
        return ContactOverview(day, monday, on_day.by_channel, week.by_channel, mine or 0)
