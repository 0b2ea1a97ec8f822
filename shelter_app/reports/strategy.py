"""The indicator of the State Strategy for equal rights and opportunities of women and
men (CMU Order No. 752-р of 2022, operational plan 2025–2027): "the number of appeals
about domestic violence, of them from women".

An appeal is an anonymous contact (the appeals table counts them by channel); it is
about domestic violence when a form of violence was recorded for it, and from a woman
when the caller's sex was recorded as female. Both are counts of people's appeals and
are protected like any count; the section appears only when such appeals exist.

The way a section joins the summary (the pattern for every section): one function
`add_to_summary(layout, s, start, end)` that counts inside the caller's unit of work and
lays its counts out with `layout.count` (people) or `layout.activity` (things),
`layout.table` / `layout.grid` / `layout.figure`, and `layout.links` for "no more than"
relations to other sections; `summary.compose` calls it in its list of sections.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..storage.people_schema import AnonymousContact
from ..vocabulary import Sex
from .disclosure import AtMost, Equation

INDICATOR = "strategy_appeals"
_LABELS: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed to return object
    "title": QT_TRANSLATE_NOOP(
        "reports", "Appeals about domestic violence (State Strategy indicator)"
    ),
    "row_header": QT_TRANSLATE_NOOP("reports", "Appeals"),
    "column": QT_TRANSLATE_NOOP("reports", "Number"),
    "all": QT_TRANSLATE_NOOP("reports", "About domestic violence"),
    "women": QT_TRANSLATE_NOOP("reports", "of them from women"),
    "others": QT_TRANSLATE_NOOP("reports", "of them from men or callers of unrecorded sex"),
}


def _tr(key: str) -> str:
    return QCoreApplication.translate("reports", str(_LABELS[key]))


def count_violence_appeals(s: Session, start: date, end: date) -> tuple[int, int]:
    """(appeals about domestic violence, of them from women) logged in start..end."""
    since = datetime.combine(start, time.min)
    until = datetime.combine(end, time.min) + timedelta(days=1)
    about = (AnonymousContact.at >= since) & (AnonymousContact.at < until)
    about = about & (AnonymousContact.forms != "")
    total = s.execute(select(func.count()).where(about)).scalar_one()
    women = s.execute(
        select(func.count()).where(about, AnonymousContact.sex == Sex.FEMALE.value)
    ).scalar_one()
    return int(total), int(women)


def add_to_summary(layout: Any, s: Session, start: date, end: date) -> None:
    total, women = count_violence_appeals(s, start, end)
    if total == 0:
        return  # no data: no section
    all_key = layout.count("appeals.violence", total)
    women_key = layout.count("appeals.violence.women", women)
    # the rest is a row of its own, so that "all - women" is protected like any count
    others_key = layout.count("appeals.violence.others", total - women)
    layout.links.append(AtMost(all_key, "appeals.total"))
    layout.table(
        "appeals_about_violence",
        _tr("title"),
        _tr("row_header"),
        (_tr("column"),),
        [
            (_tr("all"), (all_key,), True),
            (_tr("women"), (women_key,), False),
            (_tr("others"), (others_key,), False),
        ],
        INDICATOR,
        (Equation(all_key, (women_key, others_key)),),
    )
