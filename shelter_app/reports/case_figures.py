"""Case management in the summaries: cases opened, open and closed in the period (opened
and closed also by group: women, men, sex not recorded, children), closure reasons, the
people who received each of the case worker's services (by the classifier of social
services, Order No. 429 of 2020), and the median length of the cases closed. Every count
goes through the same disclosure control as the rest of the summary (it is placed on the
summary's layout); nothing here reads free text.

Called from summary.compose with one line; registers its indicator definitions in
indicators.DEFINITIONS so the appendix explains them like every other number."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import distinct, func, or_, select
from sqlalchemy.orm import Session

from ..cases.vocabulary import CaseService, ClosureReason, case_label
from ..storage.case_schema import Case, CaseServiceEntry
from ..storage.casework_schema import Client
from . import indicators as ind
from .people_groups import GROUPS, _group
from .people_groups import _tr as group_label

CASE_DEFINITIONS: dict[str, tuple[object, object]] = {  # QT_TRANSLATE_NOOP gives object
    "cases": (
        QT_TRANSLATE_NOOP("reports", "Cases (case management)"),
        QT_TRANSLATE_NOOP(
            "reports",
            "A case is opened for a client whose needs are assessed and who gets an "
            "individual plan. Opened: cases opened in the period (a reopened case counts "
            "again). Open: cases open on at least one day of the period. Closed: cases "
            "closed in the period, by the reason recorded at closure.",
        ),
    ),
    "case_services": (
        QT_TRANSLATE_NOOP("reports", "Case workers' services"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Different clients who received the service from a case worker in the "
            "period, by the state classifier of social services (Order of the Ministry "
            "of Social Policy No. 429 of 2020). A client may receive several services.",
        ),
    ),
    "case_length": (
        QT_TRANSLATE_NOOP("reports", "Median case length"),
        QT_TRANSLATE_NOOP(
            "reports",
            "The median number of days from opening to closing of the cases closed in the "
            "period; shown only when at least %1 cases were closed.",
        ),
    ),
}
ind.DEFINITIONS.update({k: (str(n), str(t)) for k, (n, t) in CASE_DEFINITIONS.items()})


@dataclass(frozen=True)
class CaseCounts:
    opened: int
    open_in_period: int
    closed: int
    reasons: dict[str, int]
    service_people: dict[str, int]
    lengths: tuple[int, ...]


def count_cases(s: Session, start: date, end: date) -> CaseCounts:
    opened = s.scalar(
        select(func.count(Case.id)).where(Case.opened_on >= start, Case.opened_on <= end)
    )
    open_in_period = s.scalar(
        select(func.count(Case.id)).where(
            Case.opened_on <= end, or_(Case.closed_on.is_(None), Case.closed_on >= start)
        )
    )
    closed_in = (Case.closed_on >= start, Case.closed_on <= end)
    reasons = dict(
        s.execute(
            select(Case.closure_reason, func.count(Case.id))
            .where(*closed_in)
            .group_by(Case.closure_reason)
        ).all()
    )
    service_people = dict(
        s.execute(
            select(CaseServiceEntry.service, func.count(distinct(Case.client_id)))
            .join(Case, Case.id == CaseServiceEntry.case_id)
            .where(CaseServiceEntry.on_date >= start, CaseServiceEntry.on_date <= end)
            .group_by(CaseServiceEntry.service)
        ).all()
    )
    spans = s.execute(select(Case.opened_on, Case.closed_on).where(*closed_in)).all()
    return CaseCounts(
        opened=opened or 0,
        open_in_period=open_in_period or 0,
        closed=sum(reasons.values()),
        reasons={str(k): v for k, v in reasons.items()},
        service_people={str(k): v for k, v in service_people.items()},
        lengths=tuple(sorted((c - o).days for o, c in spans if c is not None)),
    )


def add_to(layout: Any, s: Session, start: date, end: date) -> None:
    """Place the case figures on a summary layout (reports.summary._Layout)."""
    c = count_cases(s, start, end)

    def tr(text: object) -> str:
        return QCoreApplication.translate("reports", str(text))

    opened = layout.count("cases.opened", c.opened)
    active = layout.count("cases.open", c.open_in_period)
    closed = layout.count("cases.closed", c.closed)
    layout.figure("cases_opened", tr(QT_TRANSLATE_NOOP("reports", "Cases opened")), "cases", opened)
    layout.figure(
        "cases_open", tr(QT_TRANSLATE_NOOP("reports", "Cases open in the period")), "cases", active
    )
    layout.figure("cases_closed", tr(QT_TRANSLATE_NOOP("reports", "Cases closed")), "cases", closed)
    parts = [
        (
            _in_report_language(r),
            (layout.count(f"cases.closed.{r.value}", c.reasons.get(r.value, 0)),),
        )
        for r in ClosureReason
    ]
    layout.grid(
        "case_closures",
        tr(QT_TRANSLATE_NOOP("reports", "Cases closed by reason")),
        tr(QT_TRANSLATE_NOOP("reports", "Reason for closing")),
        (tr(QT_TRANSLATE_NOOP("reports", "Cases")),),
        parts,
        (tr(QT_TRANSLATE_NOOP("reports", "Total")), (closed,)),
        "cases",
        row_sums=False,
    )
    rows = [
        (
            _in_report_language(sv),
            (layout.count(f"cases.service.{sv.value}", c.service_people.get(sv.value, 0)),),
            False,
        )
        for sv in CaseService
    ]
    layout.table(
        "case_services",
        tr(QT_TRANSLATE_NOOP("reports", "Case workers' services by classifier code")),
        tr(QT_TRANSLATE_NOOP("reports", "Service")),
        (tr(QT_TRANSLATE_NOOP("reports", "Clients")),),
        rows,
        "case_services",
    )
    _by_group(layout, s, start, end, opened, closed, tr)
    median = float(statistics.median(c.lengths)) if c.lengths else None
    layout.statistic(
        "case_length",
        tr(QT_TRANSLATE_NOOP("reports", "Median case length, days")),
        "case_length",
        median,
        len(c.lengths),
    )


def count_case_groups(s: Session, start: date, end: date) -> dict[tuple[str, str], int]:
    """(group, "opened" | "closed") -> cases opened or closed in the period, by the group
    of the client (reports.people_groups: women, men, sex not recorded, children)."""
    group = _group(start)
    out: dict[tuple[str, str], int] = {}
    for what, column in (("opened", Case.opened_on), ("closed", Case.closed_on)):
        for g, n in s.execute(
            select(group, func.count(Case.id))
            .join(Client, Client.id == Case.client_id)
            .where(column >= start, column <= end)
            .group_by(group)
        ).all():
            out[(str(g), what)] = int(n)
    return out


def _by_group(
    layout: Any, s: Session, start: date, end: date, opened: str, closed: str, tr: Any
) -> None:
    """Cases opened and closed split women / men / children; the total row is the
    report's own "cases opened" and "cases closed"."""
    counts = count_case_groups(s, start, end)
    layout.grid(
        "cases_by_group",
        tr(QT_TRANSLATE_NOOP("reports", "Cases opened and closed by group")),
        group_label("group"),
        (
            tr(QT_TRANSLATE_NOOP("reports", "Opened")),
            tr(QT_TRANSLATE_NOOP("reports", "Closed")),
        ),
        [
            (
                group_label(g),
                tuple(
                    layout.count(f"cases.group.{g}.{what}", counts.get((g, what), 0))
                    for what in ("opened", "closed")
                ),
            )
            for g in GROUPS
        ],
        (tr(QT_TRANSLATE_NOOP("reports", "Total")), (opened, closed)),
        "cases",
        row_sums=False,
    )


def _in_report_language(value: Any) -> str:
    return case_label(value)  # the report installs its language's translator first
