"""The demo's courses (sessions, enrolments in order of asking, attendance) and events."""

from __future__ import annotations

import bisect
from datetime import datetime, time, timedelta
from typing import Any

from .. import demo_names as names
from ..permissions import Permission
from ..storage.casework_schema import (
    Attendance,
    Course,
    CourseSession,
    Enrolment,
    Event,
    EventPartner,
)
from ..vocabulary import (
    EnrolmentStatus,
    EventKind,
)
from .base import _BuilderBase
from .parameters import (
    HISTORY_DAYS,
    PLANNING_DAYS,
)
from .plan import (
    _Woman,
)
from .writing import (
    _insert,
    _insert_ids,
)


class _Programmes(_BuilderBase):
    """Courses with their sessions, enrolments and attendance; educational events."""

    def _courses(self) -> None:
        rng, n = self.rng, max(6, min(self.plan.clients // 120, 2000))
        span = HISTORY_DAYS + PLANNING_DAYS
        courses, sessions_of = [], []
        for number in range(n):
            title, description, sessions, minutes, capacity = rng.choice(names.COURSES)
            start = self.start + timedelta(days=rng.randint(14, span))
            start += timedelta(days=(7 - start.weekday()) % 7 if start.weekday() >= 5 else 0)
            step = rng.choice((7, 7, 3, 4)) if sessions > 6 else 7
            hour = rng.choice((10, 14, 18))
            dates = []
            day = start
            for _ in range(sessions):
                dates.append(day)
                day += timedelta(days=step if step == 7 else (3 if len(dates) % 2 else 4))
            courses.append(
                {
                    "title": title,
                    "description": description,
                    "capacity": capacity,
                    "starts_on": dates[0],
                    "ends_on": dates[-1],
                    "archived": False,
                    "aim": names.COURSE_AIMS.get(title, "not_stated"),
                    # most at the centre, every fourth at a shelter (no draw: the same
                    # random sequence as before the sites)
                    "site_id": self.site_ids[0 if number % 4 != 3 else 1 + (number // 4) % 2],
                }
            )
            sessions_of.append([(datetime.combine(d, time(hour)), minutes) for d in dates])
        enrolments: list[dict[str, Any]] = []
        # per enrolment: its course, and (session no., present) marks
        attendance_plan: list[tuple[int, list[tuple[int, bool]]]] = []
        for ci, course in enumerate(courses):
            self._enrol(ci, course, sessions_of[ci], enrolments, attendance_plan)
        with self._uow(self.worker, Permission.WRITE_PROGRAMMES) as uow:
            course_ids = _insert_ids(uow.session, Course, courses)
            session_rows = [
                {
                    "course_id": cid,
                    "starts_at": starts,
                    "duration_min": minutes,
                    "topic": f"Заняття {k + 1}",
                }
                for cid, sessions in zip(course_ids, sessions_of, strict=True)
                for k, (starts, minutes) in enumerate(sessions)
            ]
            session_ids = _insert_ids(uow.session, CourseSession, session_rows)
            uow.session.commit()
        first_session: list[int] = []
        k = 0
        for planned in sessions_of:
            first_session.append(k)
            k += len(planned)
        with self._uow(self.worker, Permission.WRITE_STAYS_ENROLMENTS) as uow:
            for row in enrolments:
                row["course_id"] = course_ids[row["course_id"]]
            ids = _insert_ids(uow.session, Enrolment, enrolments)
            marks = [
                {
                    "session_id": session_ids[first_session[ci] + s],
                    "enrolment_id": eid,
                    "present": p,
                }
                for eid, (ci, plan) in zip(ids, attendance_plan, strict=True)
                for s, p in plan
            ]
            _insert(uow.session, Attendance, marks)
            uow.session.commit()
        self.counts["courses"], self.counts["course_sessions"] = n, len(session_rows)
        self.counts["enrolments"] = len(enrolments)

    def _enrol(
        self,
        ci: int,
        course: dict[str, Any],
        sessions: list[tuple[datetime, int]],
        enrolments: list[dict[str, Any]],
        attendance_plan: list[tuple[int, list[tuple[int, bool]]]],
    ) -> None:
        """As shelter_app.courses runs a course: requests in order take the places, the
        rest wait; a woman who withdraws frees her place for the first one waiting, on
        that day; every holder of a place is marked at each session held since she got
        it; at the end, those who came to most sessions complete it."""
        rng, start, capacity = self.rng, course["starts_on"], course["capacity"]
        last_request = min(start - timedelta(days=1), self.today)
        lo = bisect.bisect_left(self.first_contacts, start - timedelta(days=240))
        hi = bisect.bisect_right(self.first_contacts, last_request)
        wanted = round(capacity * rng.uniform(0.5, 1.5))
        requests = []
        for i in sorted(rng.sample(range(lo, hi), min(wanted, hi - lo))):
            w = self.women[i]
            earliest = max(w.first_contact, start - timedelta(days=30))
            if earliest > last_request:
                continue
            day = earliest + timedelta(days=rng.randint(0, (last_request - earliest).days))
            at = datetime.combine(day, time(rng.randint(9, 17), rng.randint(0, 59)))
            requests.append((max(at, w.created_at), i))
        requests.sort()
        rows: list[dict[str, Any]] = []
        marks: list[list[tuple[int, bool]]] = []
        women: list[_Woman] = []
        queue: list[int] = []
        for place, (at, i) in enumerate(requests):
            w = self.women[i]
            w.touch(at.date())
            has_place = place < capacity
            rows.append(
                {
                    "course_id": ci,
                    "client_id": w.id,
                    "status": (
                        EnrolmentStatus.ENROLLED if has_place else EnrolmentStatus.WAITING
                    ).value,
                    "requested_at": at,
                    "enrolled_on": at.date() if has_place else None,
                    "completed_on": None,
                    "withdrawn_on": None,
                }
            )
            marks.append([])
            women.append(w)
            if not has_place:
                queue.append(len(rows) - 1)
        keen = [rng.uniform(0.5, 1.0) for _ in rows]
        leaves = [rng.randrange(1, len(sessions)) if rng.random() < 0.08 else -1 for _ in rows]
        enrolled = EnrolmentStatus.ENROLLED.value
        for s, (starts, _) in enumerate(sessions):
            day = starts.date()
            if day >= self.today:
                break
            for k, row in enumerate(rows):
                if row["status"] == enrolled and leaves[k] == s:
                    row.update(status=EnrolmentStatus.WITHDRAWN.value, withdrawn_on=day)
                    women[k].touch(day)
                    if queue:
                        moved = queue.pop(0)
                        rows[moved].update(status=enrolled, enrolled_on=day)
                        leaves[moved] = -1
                        women[moved].touch(day)
            for k, row in enumerate(rows):
                if row["status"] == enrolled and row["enrolled_on"] <= day:
                    present = rng.random() < keen[k]
                    marks[k].append((s, present))
                    if present:
                        women[k].touch(day)
        ended = course["ends_on"] < self.today
        for k, row in enumerate(rows):
            if row["status"] == EnrolmentStatus.WAITING.value and ended:
                row.update(status=EnrolmentStatus.WITHDRAWN.value, withdrawn_on=start)
                women[k].touch(start)
            elif row["status"] == enrolled and ended:
                if sum(p for _, p in marks[k]) >= 0.6 * max(1, len(marks[k])):
                    row.update(
                        status=EnrolmentStatus.COMPLETED.value, completed_on=course["ends_on"]
                    )
                    women[k].touch(course["ends_on"])
            elif not ended and row["status"] in (enrolled, EnrolmentStatus.WAITING.value):
                women[k].busy = True
        enrolments.extend(rows)
        attendance_plan.extend((ci, m) for m in marks)

    def _events(self) -> None:
        rng, n = self.rng, max(24, min(self.plan.clients // 300, 600))
        events, links = [], []
        for i in range(n):
            kind, _, (low, high) = self.pick_event()
            held = self.start + timedelta(days=rng.randint(0, HISTORY_DAYS + PLANNING_DAYS))
            women = rng.randint(low, high) if held < self.today else 0
            title = rng.choice(names.EVENT_TITLES[kind])
            events.append(
                {
                    "title": title,
                    "aim": names.EVENT_AIMS.get(title, "not_stated"),
                    "site_id": self.site_ids[(0, 0, 0, 1, 2)[i % 5]],
                    "kind": kind.value,
                    "held_on": held,
                    "topic": rng.choice(names.EVENT_TOPICS),
                    "attendees_women": women,
                    "attendees_men": rng.randint(0, women // 10),
                    "attendees_children": rng.randint(0, women // 5)
                    if kind != EventKind.TRAINING
                    else 0,
                }
            )
            links.append(rng.sample(self.partner_ids, rng.choice((0, 1, 1, 2, 3))))
        with self._uow(self.worker, Permission.WRITE_PROGRAMMES) as uow:
            ids = _insert_ids(uow.session, Event, events)
            rows = [
                {"event_id": eid, "partner_id": pid}
                for eid, partners in zip(ids, links, strict=True)
                for pid in partners
            ]
            _insert(uow.session, EventPartner, rows)
            uow.session.commit()
        self.counts["events"] = n
