"""Courses and events for the department: course participants by group (women, men, sex
not recorded, children; event attendees are already split in "Events and their
attendance") and courses and events by aim (shelter_app/programme_aims.py).

Counts of people (participants, attendees) go through disclosure control; counts of
things (courses running, sessions held, events held) identify nobody and are published
as they are. The totals are the report's own counts under their keys (course
participants, sessions held, events held, attendees by sex), so a split can never show
what the other tables hide. A client on courses of two aims is a participant of both
aims: the participants column has no sum, each aim's participants are linked to the total
by "no more than".
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from ..i18n import QT_TRANSLATE_NOOP
from ..programme_aims import Aim, aim_label
from ..storage.casework_schema import Client, Course, CourseSession, Enrolment, Event
from . import indicators as ind
from .disclosure import AtMost, Equation
from .people_groups import GROUPS, _group
from .people_groups import _tr as group_label

AIM_INDICATOR = "programmes_by_aim"
ind.DEFINITIONS[AIM_INDICATOR] = (
    QT_TRANSLATE_NOOP("reports", "Courses and events by aim"),
    QT_TRANSLATE_NOOP(
        "reports",
        "Each course and event is recorded with the aim it serves: the aims the State "
        "Strategy for equal rights of women and men names for educational work (gender "
        "culture, overcoming stereotypes, non-discrimination, responsible parenthood, the "
        "16 days against violence campaign) or the centre's own (economic empowerment, "
        "preventing violence, legal literacy, digital skills). Courses: courses whose dates "
        "overlap the period. Sessions and events: held in the period. Participants: "
        "different clients enrolled in the period (a client on courses of two aims counts "
        "under both). Attendees: the head counts recorded for the events.",
    ),
)

_LABELS: dict[str, str] = {
    "participants_title": QT_TRANSLATE_NOOP("reports", "Course participants by group"),
    "participants": QT_TRANSLATE_NOOP("reports", "Participants"),
    "aims_title": QT_TRANSLATE_NOOP("reports", "Courses and events by aim"),
    "aim": QT_TRANSLATE_NOOP("reports", "Aim"),
    "courses": QT_TRANSLATE_NOOP("reports", "Courses"),
    "sessions": QT_TRANSLATE_NOOP("reports", "Sessions held"),
    "events": QT_TRANSLATE_NOOP("reports", "Events"),
    "women": QT_TRANSLATE_NOOP("reports", "Women"),
    "men": QT_TRANSLATE_NOOP("reports", "Men"),
    "children": QT_TRANSLATE_NOOP("reports", "Children"),
    "total": QT_TRANSLATE_NOOP("reports", "Total"),
}
_COLUMNS = ("courses", "sessions", "participants", "events", "women", "men", "children")


def _tr(key: str) -> str:
    return QCoreApplication.translate("reports", _LABELS[key])


def count_participant_groups(s: Session, start: date, end: date) -> dict[str, int]:
    """group -> different clients enrolled in the period (CourseCounts.clients_enrolled)."""
    group = _group(start)
    rows = s.execute(
        select(group, func.count(distinct(Enrolment.client_id)))
        .join(Client, Client.id == Enrolment.client_id)
        .where(Enrolment.enrolled_on >= start, Enrolment.enrolled_on <= end)
        .group_by(group)
    ).all()
    return {str(g): int(n) for g, n in rows}


def count_by_aim(s: Session, start: date, end: date) -> dict[str, dict[str, int]]:
    """aim -> {column: count} for the columns of the aims table."""
    since = datetime.combine(start, time.min)
    until = datetime.combine(end + timedelta(days=1), time.min)
    out: dict[str, dict[str, int]] = {a.value: dict.fromkeys(_COLUMNS, 0) for a in Aim}

    def put(column: str, rows: Any) -> None:
        for aim, n in rows:
            out.setdefault(str(aim), dict.fromkeys(_COLUMNS, 0))[column] = int(n or 0)

    put(
        "courses",
        s.execute(
            select(Course.aim, func.count(Course.id))
            .where(Course.starts_on <= end, Course.ends_on >= start)
            .group_by(Course.aim)
        ).all(),
    )
    put(
        "sessions",
        s.execute(
            select(Course.aim, func.count(CourseSession.id))
            .join(Course, Course.id == CourseSession.course_id)
            .where(CourseSession.starts_at >= since, CourseSession.starts_at < until)
            .group_by(Course.aim)
        ).all(),
    )
    put(
        "participants",
        s.execute(
            select(Course.aim, func.count(distinct(Enrolment.client_id)))
            .join(Course, Course.id == Enrolment.course_id)
            .where(Enrolment.enrolled_on >= start, Enrolment.enrolled_on <= end)
            .group_by(Course.aim)
        ).all(),
    )
    in_period = (Event.held_on >= start, Event.held_on <= end)
    for aim, n, women, men, children in s.execute(
        select(
            Event.aim,
            func.count(Event.id),
            func.sum(Event.attendees_women),
            func.sum(Event.attendees_men),
            func.sum(Event.attendees_children),
        )
        .where(*in_period)
        .group_by(Event.aim)
    ).all():
        row = out.setdefault(str(aim), dict.fromkeys(_COLUMNS, 0))
        row |= {"events": n, "women": women or 0, "men": men or 0, "children": children or 0}
    return out


def add_to_summary(layout: Any, s: Session, counts: ind.Counts, start: date, end: date) -> None:
    """Called by summary.compose with the indicators it already counted."""
    co, ev = counts.courses, counts.events
    participants = layout.count("courses.participants", co.clients_enrolled)
    by_group = count_participant_groups(s, start, end)
    if co.clients_enrolled:
        layout.grid(
            "course_participants_by_group",
            _tr("participants_title"),
            group_label("group"),
            (_tr("participants"),),
            [
                (group_label(g), (layout.count(f"courses.group.{g}", by_group.get(g, 0)),))
                for g in GROUPS
            ],
            (_tr("total"), (participants,)),
            "courses",
            row_sums=False,
        )

    by_aim = count_by_aim(s, start, end)
    if not any(row["courses"] or row["events"] for row in by_aim.values()):
        return  # no course or event in the period: no section
    activities = {"courses", "sessions", "events"}
    # the report's own totals of the summable columns (published in other tables)
    totals = {
        "sessions": layout.activity("courses.sessions", co.sessions_held),
        "events": layout.activity("events.all.events", sum(n for n, *_ in ev.by_kind.values())),
    }
    for j, col in enumerate(("women", "men", "children"), start=1):
        totals[col] = layout.count(f"events.all.{col}", sum(v[j] for v in ev.by_kind.values()))
    rows: list[tuple[str, tuple[str, ...], bool]] = []
    for aim in Aim:
        keys = tuple(
            (layout.activity if col in activities else layout.count)(
                f"aims.{aim.value}.{col}", by_aim[aim.value][col]
            )
            for col in _COLUMNS
        )
        layout.links.append(AtMost(keys[2], participants))
        rows.append((aim_label(aim), keys, False))
    # no total row: a client on courses of two aims makes the participants no sum; the
    # other columns add up to totals the report prints elsewhere, declared as such
    equations = [
        Equation(totals[col], tuple(keys[j] for _, keys, _ in rows))
        for j, col in enumerate(_COLUMNS)
        if col in totals
    ]
    layout.table(
        "programmes_by_aim",
        _tr("aims_title"),
        _tr("aim"),
        tuple(_tr(col) for col in _COLUMNS),
        rows,
        AIM_INDICATOR,
        equations,
    )
