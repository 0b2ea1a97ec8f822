"""Programmes: course enrolments, completions and attendance; events and their
attendance; partner organisations."""

from __future__ import annotations

from ...i18n import QT_TRANSLATE_NOOP
from ...vocabulary import EventKind, label
from .. import indicators as ind
from ..disclosure import AtMost, Equation
from ..layout import _Layout
from .words import _tr, _w


def _programmes(layout: _Layout, counts: ind.Counts) -> None:
    co = counts.courses
    enrolments = layout.count("courses.enrolments", co.enrolments)
    participants = layout.count("courses.participants", co.clients_enrolled)
    layout.links.append(AtMost(participants, enrolments))
    for key, text, value in (
        ("course_enrolments", QT_TRANSLATE_NOOP("reports", "Course enrolments"), enrolments),
        ("course_participants", QT_TRANSLATE_NOOP("reports", "Course participants"), participants),
        (
            "course_completions",
            QT_TRANSLATE_NOOP("reports", "Course completions"),
            layout.count("courses.completions", co.completions),
        ),
        (
            "course_withdrawals",
            QT_TRANSLATE_NOOP("reports", "Course withdrawals"),
            layout.count("courses.withdrawals", co.withdrawals),
        ),
        (
            "course_sessions",
            QT_TRANSLATE_NOOP("reports", "Course sessions held"),
            layout.activity("courses.sessions", co.sessions_held),
        ),
    ):
        layout.figure(key, _tr(text), "courses", value)
    layout.statistic(
        "attendance_rate",
        _tr(QT_TRANSLATE_NOOP("reports", "Course attendance rate")),
        "attendance_rate",
        None
        if not co.attendance_recorded
        else 100 * co.attendance_present / co.attendance_recorded,
        counts.course_participants_marked,
        "%",
    )

    ev = counts.events
    columns = ("events", "women", "men", "children", "attendees")
    parts = []
    for kind in EventKind:
        n, women, men, children = ev.by_kind.get(kind.value, (0, 0, 0, 0))
        values = (n, women, men, children, women + men + children)
        parts.append(
            (
                label(kind),
                tuple(
                    (layout.activity if col == "events" else layout.count)(
                        f"events.{kind.value}.{col}", v
                    )
                    for col, v in zip(columns, values, strict=True)
                ),
            )
        )
    totals = tuple(
        (layout.activity if col == "events" else layout.count)(
            f"events.all.{col}", sum(layout.values[keys[j]] for _, keys in parts)
        )
        for j, col in enumerate(columns)
    )
    rows = [(lbl, keys, False) for lbl, keys in parts] + [(_w("total"), totals, True)]
    equations = [Equation(keys[4], keys[1:4]) for _, keys, _ in rows]
    equations += [
        Equation(totals[j], tuple(keys[j] for _, keys in parts)) for j in range(len(columns))
    ]
    layout.table(
        "events_by_kind",
        _tr(QT_TRANSLATE_NOOP("reports", "Events and their attendance")),
        _w("event_kind"),
        tuple(_w(col) for col in columns),
        rows,
        "events",
        equations,
    )
    layout.figure(
        "events_held", _tr(QT_TRANSLATE_NOOP("reports", "Events held")), "events", totals[0]
    )
    layout.figure(
        "event_attendance",
        _tr(QT_TRANSLATE_NOOP("reports", "Event attendance")),
        "events",
        totals[4],
    )
    layout.figure(
        "partners",
        _tr(QT_TRANSLATE_NOOP("reports", "Partner organisations involved")),
        "partners",
        layout.activity("partners", ev.partners),
    )
