"""The summary's figures of violence casework (issue 15): women by form and context of
the violence disclosed, by the alleged perpetrator's relationship to her, by form and age
band; protection orders issued and violated; and the share of notifications made within
24 hours.

Every count is of women (distinct clients) or of orders, with one key each, and goes
through the same disclosure control as the rest of the summary: each is declared no
larger than the number of women who disclosed violence in the period (the summary's
`violence.clients`), and the four forms of Law No. 2229-VIII no larger than the existing
per-form counts, so the protection proof knows what any reader knows. The share of
notices made in time is a statistic, withheld under 2k women. No free text is read.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ..storage.casework_schema import Client
from ..storage.violence_schema import (
    Incident,
    IncidentPerpetrator,
    Notification,
    OrderViolation,
    Perpetrator,
    ProtectionOrder,
)
from ..violence_vocabulary import IncidentContext, IncidentForm, OrderKind, Relationship, label
from ..vocabulary import ViolenceForm
from . import indicators as ind
from .disclosure import AtMost

LAW_FORMS = {f.value for f in ViolenceForm}


def _tr(source: object) -> str:
    return QCoreApplication.translate("reports", str(source))


def add_violence_figures(layout: Any, s: Session, start: date, end: date) -> None:
    """Add the tables and figures to the summary's layout (reports/summary.py)."""
    in_period = and_(Incident.disclosed_on >= start, Incident.disclosed_on <= end)
    clients = layout.count("violence.clients", _clients(s, in_period))

    def bounded(key: str, value: int, *also: str) -> str:
        layout.count(key, value)
        for upper in (clients, *also):
            layout.links.append(AtMost(key, upper))
        return key

    # forms x context
    by_form_context = dict(_by(s, in_period, Incident.context))
    rows = []
    for form in IncidentForm:
        law = (f"violence.{form.value}",) if form.value in LAW_FORMS else ()
        keys = tuple(
            bounded(
                f"gbv.form.{form.value}.{ctx.value}",
                by_form_context.get((form.value, ctx.value), 0),
                *law,
            )
            for ctx in IncidentContext
        )
        rows.append((label(form), keys, False))
    layout.table(
        "gbv_form_context",
        _tr(QT_TRANSLATE_NOOP("reports", "Women by form and context of the violence")),
        _tr(QT_TRANSLATE_NOOP("reports", "Form of violence")),
        tuple(label(c) for c in IncidentContext),
        rows,
        "gbv_form_context",
    )
    # form x age band
    band = ind.age_band(end.year)
    by_age = dict(_by(s, in_period, band, join_client=True))
    rows = []
    for form in IncidentForm:
        law = (f"violence.{form.value}",) if form.value in LAW_FORMS else ()
        keys = tuple(
            bounded(f"gbv.age.{form.value}.{code}", by_age.get((form.value, code), 0), *law)
            for code in ind.AGE_CODES
        )
        rows.append((label(form), keys, False))
    layout.table(
        "gbv_form_age",
        _tr(QT_TRANSLATE_NOOP("reports", "Women by form of violence and age band")),
        _tr(QT_TRANSLATE_NOOP("reports", "Form of violence")),
        tuple(
            _tr(QT_TRANSLATE_NOOP("reports", "Age not recorded"))
            if c == ind.AGE_UNKNOWN
            else c.replace("-", "–")
            for c in ind.AGE_CODES
        ),
        rows,
        "gbv_form_age",
    )
    # the alleged perpetrator's relationship
    relationships = dict(
        s.execute(
            select(Perpetrator.relationship, func.count(Incident.client_id.distinct()))
            .join(IncidentPerpetrator, IncidentPerpetrator.incident_id == Incident.id)
            .join(Perpetrator, Perpetrator.id == IncidentPerpetrator.perpetrator_id)
            .where(in_period)
            .group_by(Perpetrator.relationship)
        ).all()
    )
    layout.table(
        "gbv_relationship",
        _tr(QT_TRANSLATE_NOOP("reports", "Women by the alleged perpetrator's relationship")),
        _tr(QT_TRANSLATE_NOOP("reports", "Relationship to her")),
        (_tr(QT_TRANSLATE_NOOP("reports", "Clients")),),
        [
            (
                label(r),
                (bounded(f"gbv.relationship.{r.value}", relationships.get(r.value, 0)),),
                False,
            )
            for r in Relationship
        ],
        "gbv_relationship",
    )
    # protection orders
    issued = dict(
        s.execute(
            select(ProtectionOrder.kind, func.count(ProtectionOrder.id))
            .where(ProtectionOrder.issued_on >= start, ProtectionOrder.issued_on <= end)
            .group_by(ProtectionOrder.kind)
        ).all()
    )
    violated = dict(
        s.execute(
            select(ProtectionOrder.kind, func.count(ProtectionOrder.id.distinct()))
            .join(OrderViolation, OrderViolation.order_id == ProtectionOrder.id)
            .where(OrderViolation.occurred_on >= start, OrderViolation.occurred_on <= end)
            .group_by(ProtectionOrder.kind)
        ).all()
    )
    layout.table(
        "gbv_orders",
        _tr(QT_TRANSLATE_NOOP("reports", "Protection orders")),
        _tr(QT_TRANSLATE_NOOP("reports", "Kind of order")),
        (
            _tr(QT_TRANSLATE_NOOP("reports", "Issued")),
            _tr(QT_TRANSLATE_NOOP("reports", "Violated")),
        ),
        [
            (
                label(k),
                (
                    layout.count(f"gbv.orders.{k.value}.issued", issued.get(k.value, 0)),
                    layout.count(f"gbv.orders.{k.value}.violated", violated.get(k.value, 0)),
                ),
                False,
            )
            for k in OrderKind
        ],
        "gbv_orders",
    )
    # notices due in the period: the share made within 24 hours of the appeal
    low = datetime(start.year, start.month, start.day)
    high = datetime(end.year, end.month, end.day) + timedelta(days=1)
    due, in_time, women = s.execute(
        select(
            func.count(Notification.id),
            func.count(Notification.done_at).filter(Notification.done_at <= Notification.due_at),
            func.count(Incident.client_id.distinct()),
        )
        .join(Incident, Incident.id == Notification.incident_id)
        .where(Notification.due_at >= low, Notification.due_at < high)
    ).one()
    layout.statistic(
        "gbv_notices_in_time",
        _tr(QT_TRANSLATE_NOOP("reports", "Notifications made within 24 hours")),
        "gbv_notices_in_time",
        100 * in_time / due if due else None,
        women or 0,
        "%",
    )


def _clients(s: Session, in_period: Any) -> int:
    return int(s.scalar(select(func.count(Incident.client_id.distinct())).where(in_period)) or 0)


def _by(
    s: Session, in_period: Any, column: Any, *, join_client: bool = False
) -> list[tuple[tuple[str, str], int]]:
    """(form, value of `column`) -> women, one query per form (ten small counts)."""
    out: list[tuple[tuple[str, str], int]] = []
    for form in IncidentForm:
        query = select(column, func.count(Incident.client_id.distinct())).where(
            in_period, getattr(Incident, form.value).is_(True)
        )
        if join_client:
            query = query.join(Client, Client.id == Incident.client_id)
        out += [((form.value, str(v)), int(n)) for v, n in s.execute(query.group_by(column))]
    return out
