"""The summary of one site (the centre or a shelter at another address): what the site
has and did, never how many people it served.

Why so little. The disclosure register (releases.py) protects a release jointly with
every earlier release of its years, count by count over periods: it knows that a month
and its quarter subtract, not that a site and the whole city do. A site's count of
people next to the all-sites count of the same period subtracts to the people of the
other sites, and a small shelter (12 places) gives counts of 1..k-1 in almost every
cell. Teaching the register a second dimension (sites inside the whole, across periods)
is a larger piece of work than this issue; until it is done, a per-site summary
publishes only counts that identify nobody (DESIGN.md: events held, sessions held,
beds), which need no protection and so cannot narrow any hidden cell of any release:

- the layout: rooms, beds and places (women and children) in use at the period's end;
- events held at the site, by kind (the number of events, not their attendance);
- courses held at the site that ran in the period, and their sessions held.

Occupancy and bed-nights are left out too: with the beds published they give back the
site's bed-nights, a count the all-sites summary protects.

The register keeps "site" as part of a release's scope (releases.same_years reads only
releases of the same scope): a per-site release is not read as a second, different
release of the all-sites period (it would be refused as "the figures changed"), and its
activity counts, published as they are, need no joint protection.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from shelter_app.i18n import QT_TRANSLATE_NOOP, fill

from ..database import utcnow
from ..permissions import Role, role_label
from ..storage.casework_schema import Bed, Course, CourseSession, Event, Room, Site
from ..vocabulary import EventKind, label
from .disclosure import Equation, protect
from .layout import _Layout
from .model import CellState, Definition, Summary
from .periods import Period, custom
from .sections.words import _tr, _w

_DEFINITIONS = {
    "site_layout": (
        QT_TRANSLATE_NOOP("reports", "Rooms, beds and places"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Rooms and beds of the site in use when the summary is made, and the women "
            "and children its rooms can hold together.",
        ),
    ),
    "site_programmes": (
        QT_TRANSLATE_NOOP("reports", "Events, courses and sessions"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Events held at the site in the period, by kind; courses held at the site "
            "that ran on a day of the period, and their sessions held in the period. "
            "Numbers of events and sessions, not of people.",
        ),
    ),
}


@dataclass(frozen=True)
class SiteScope:
    """The site a summary is for, as the register and the title page name it."""

    id: int
    code: str
    name: str


def scope_of(site: Site) -> SiteScope:
    return SiteScope(site.id, site.code, site.name)


def compose_site(
    s: Session, period: Period, site: SiteScope, k: int, language: str, role: Role
) -> tuple[Summary, dict[str, int], dict[str, CellState]]:
    """The summary of one site: the Summary, its counts and their states (all shown:
    activities only), for the register."""
    period = custom(period.start, period.end)
    layout = _Layout(k, language)
    rooms, beds, places = _layout_now(s, site.id)
    for key, text, value in (
        ("site_rooms", QT_TRANSLATE_NOOP("reports", "Rooms in use"), rooms),
        ("site_beds", QT_TRANSLATE_NOOP("reports", "Beds in use"), beds),
        ("site_places", QT_TRANSLATE_NOOP("reports", "Places (women and children)"), places),
    ):
        layout.figure(key, _tr(text), "site_layout", layout.activity(f"site.{key}", value))
    courses, sessions = _courses(s, site.id, period)
    for key, text, value in (
        ("site_courses", QT_TRANSLATE_NOOP("reports", "Courses held"), courses),
        ("site_sessions", QT_TRANSLATE_NOOP("reports", "Course sessions held"), sessions),
    ):
        layout.figure(key, _tr(text), "site_programmes", layout.activity(f"site.{key}", value))
    events = _events(s, site.id, period)
    parts = [
        (label(kind), (layout.activity(f"site.events.{kind.value}", events.get(kind.value, 0)),))
        for kind in EventKind
    ]
    total = layout.activity("site.events.all", sum(events.values()))
    layout.table(
        "site_events_by_kind",
        _tr(QT_TRANSLATE_NOOP("reports", "Events held by kind")),
        _w("event_kind"),
        (_w("events"),),
        [(lbl, keys, False) for lbl, keys in parts] + [(_w("total"), (total,), True)],
        "site_programmes",
        [Equation(total, tuple(keys[0] for _, keys in parts))],
    )
    protection = protect(
        layout.values,
        layout.blocks,
        layout.singles,
        layout.links,
        k,
        activities=layout.activities,
    )
    tables, series, positions = layout.publish(protection)
    figures = layout.figures_published(protection, positions)
    summary = Summary(
        centre=fill(
            QCoreApplication.translate("reports", "%1 — %2"),
            QCoreApplication.translate(
                "reports", "Kyiv City Centre for Work with Women and its Shelter"
            ),
            site.name,
        ),
        period_start=period.start,
        period_end=period.end,
        period_label=period.label,
        generated_at=utcnow(),
        generated_by_role=role_label(role),
        k=k,
        language=language,
        disclosure_rule=QCoreApplication.translate(
            "reports",
            "The summary of one site shows only counts that identify nobody: rooms, beds "
            "and places, events, courses and sessions held. Counts of people served, "
            "admitted or housed are published for all sites together only, where they are "
            "protected: next to the summary of all sites, a site's count of people would "
            "give away the count of the other sites.",
        ),
        figures=figures,
        tables=tables,
        series=series,
        site=site.code,
        definitions=tuple(
            Definition(
                key,
                QCoreApplication.translate("reports", name),
                QCoreApplication.translate("reports", text),
            )
            for key, (name, text) in _DEFINITIONS.items()
        ),
    )
    return summary, dict(layout.values), dict(protection.states)


def _layout_now(s: Session, site_id: int) -> tuple[int, int, int]:
    """Rooms, beds and places in use now: the layout keeps no history (the all-sites
    summary counts its beds the same way)."""
    in_use = and_(Room.site_id == site_id, Room.active.is_(True))
    rooms = s.scalar(select(func.count(Room.id)).where(in_use)) or 0
    beds = (
        s.scalar(
            select(func.count(Bed.id))
            .join(Room, Room.id == Bed.room_id)
            .where(in_use, Bed.active.is_(True))
        )
        or 0
    )
    places = s.scalar(select(func.sum(Room.max_people)).where(in_use)) or 0
    return rooms, beds, places


def _courses(s: Session, site_id: int, period: Period) -> tuple[int, int]:
    after = period.end + timedelta(days=1)
    courses = (
        s.scalar(
            select(func.count(Course.id)).where(
                Course.site_id == site_id,
                Course.starts_on <= period.end,
                Course.ends_on >= period.start,
            )
        )
        or 0
    )
    sessions = (
        s.scalar(
            select(func.count(CourseSession.id))
            .join(Course, Course.id == CourseSession.course_id)
            .where(
                Course.site_id == site_id,
                CourseSession.starts_at >= datetime.combine(period.start, time.min),
                CourseSession.starts_at < datetime.combine(after, time.min),
            )
        )
        or 0
    )
    return courses, sessions


def _events(s: Session, site_id: int, period: Period) -> dict[str, int]:
    return {
        kind: n
        for kind, n in s.execute(
            select(Event.kind, func.count(Event.id))
            .where(
                Event.site_id == site_id,
                Event.held_on >= period.start,
                Event.held_on <= period.end,
            )
            .group_by(Event.kind)
        )
    }
