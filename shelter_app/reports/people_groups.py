"""Who the people served are: women, men and children, and the appeals (звернення) that
include anonymous contacts. Added to a summary's layout by `add_to_summary`; every count
goes through the same disclosure control as the rest of the report.

- People served by group: the clients of `indicators.served_clients` split into women,
  men, sex not recorded and children (clients under 18 in the year the period starts);
  the total row is the report's own "people served" total, so the split adds up to it
  and the protection treats it as one system with the age and district tables.
- Clients with a consultation held, by group and kind; the total row is the report's own
  count of them (a client may have both kinds, so rows have no sum).
- Clients who disclosed violence in the period, by group (total: the report's own count).
- Children served with their families: child records (not clients themselves) housed
  on a night of the period or seen by a psychologist in it; a count of people on its own.
- Appeals: anonymous contacts of the period by channel, and the total. The note of a
  contact is never read.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session

from ..anonymous_contacts import count_contacts
from ..children import count_children_served
from ..contact_vocabulary import Channel, contact_label
from ..storage.casework_schema import Client, Consultation, ViolenceDisclosure
from ..vocabulary import ConsultationKind, ConsultationStatus, Sex
from . import indicators as ind
from .disclosure import Equation

GROUPS = ("women", "men", "sex_not_stated", "children")
_LABELS: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed to return object
    "women": QT_TRANSLATE_NOOP("reports", "Women"),
    "men": QT_TRANSLATE_NOOP("reports", "Men"),
    "sex_not_stated": QT_TRANSLATE_NOOP("reports", "Sex not recorded"),
    "children": QT_TRANSLATE_NOOP("reports", "Children (under 18)"),
    "group": QT_TRANSLATE_NOOP("reports", "Group"),
    "by_group": QT_TRANSLATE_NOOP("reports", "People served by group"),
    "with_families": QT_TRANSLATE_NOOP("reports", "Children served with their families"),
    "appeals": QT_TRANSLATE_NOOP("reports", "Appeals by channel (anonymous contacts included)"),
    "consultation_clients": QT_TRANSLATE_NOOP("reports", "Clients with a consultation by group"),
    "violence_clients": QT_TRANSLATE_NOOP("reports", "Clients who disclosed violence by group"),
    "channel": QT_TRANSLATE_NOOP("reports", "Channel"),
    "appeals_total": QT_TRANSLATE_NOOP("reports", "Appeals"),
}


def _tr(key: str) -> str:
    return QCoreApplication.translate("reports", str(_LABELS[key]))


def _group(start: date) -> Any:
    """A client's group as a SQL expression (age reckoned as indicators.age_band does)."""
    child_from = start.year - 17  # the "0-17" band of indicators.age_band
    return case(
        (
            and_(Client.birth_year.is_not(None), Client.birth_year >= child_from),
            literal("children"),
        ),
        (Client.sex == Sex.FEMALE.value, literal("women")),
        (Client.sex == Sex.MALE.value, literal("men")),
        else_=literal("sex_not_stated"),
    ).label("grp")


def count_groups(s: Session, start: date, end: date, upto: date) -> dict[tuple[str, bool], int]:
    """(group, new?) -> clients served."""
    served = ind.served_clients(start, end, upto)
    group = _group(start)
    is_new = case(
        (and_(Client.first_contact_on >= start, Client.first_contact_on <= end), 1), else_=0
    ).label("is_new")
    rows = s.execute(
        select(group, is_new, func.count())
        .select_from(served)
        .join(Client, Client.id == served.c.client_id)
        .group_by(group, is_new)
    ).all()
    return {(g, bool(n)): c for g, n, c in rows}


def count_consultation_groups(s: Session, start: date, end: date) -> dict[tuple[str, str], int]:
    """(group, kind) -> different clients with a consultation of that kind held in the
    period (the definition of ConsultationFigures.clients)."""
    since = datetime.combine(start, time.min)
    until = datetime.combine(end + timedelta(days=1), time.min)
    c = Consultation
    group = _group(start)
    rows = s.execute(
        select(group, c.kind, func.count(c.client_id.distinct()))
        .join(Client, Client.id == c.client_id)
        .where(
            c.starts_at >= since,
            c.starts_at < until,
            c.status == ConsultationStatus.HELD.value,
        )
        .group_by(group, c.kind)
    ).all()
    return {(g, kind): n for g, kind, n in rows}


def count_violence_groups(s: Session, start: date, end: date) -> dict[str, int]:
    """group -> different clients who disclosed violence in the period (the definition
    of ViolenceFigures.clients)."""
    v = ViolenceDisclosure
    group = _group(start)
    rows = s.execute(
        select(group, func.count(v.client_id.distinct()))
        .join(Client, Client.id == v.client_id)
        .where(v.disclosed_on >= start, v.disclosed_on <= end)
        .group_by(group)
    ).all()
    return {g: n for g, n in rows}


def count_children_with_families(s: Session, start: date, end: date) -> int:
    """Child records served in the period who are not clients in their own right (a
    teenager who is a client is already among the people served)."""
    return count_children_served(s, start, end, not_clients=True)


def add_to_summary(layout: Any, s: Session, start: date, end: date, upto: date) -> None:
    """Called by summary.compose after the people tables (it reuses their totals)."""
    from .summary import NEW, RETURNING, TOTAL, _w

    groups = count_groups(s, start, end, upto)
    parts = []
    for g in GROUPS:
        new, old = groups.get((g, True), 0), groups.get((g, False), 0)
        parts.append(
            (
                _tr(g),
                (
                    layout.count(f"people.group.{g}.{NEW}", new),
                    layout.count(f"people.group.{g}.{RETURNING}", old),
                    layout.count(f"people.group.{g}.{TOTAL}", new + old),
                ),
            )
        )
    total = tuple(f"people.all.{col}" for col in (NEW, RETURNING, TOTAL))
    for j, key in enumerate(total):  # the same total as the age and district tables
        layout.count(key, sum(layout.values[keys[j]] for _, keys in parts))
    layout.grid(
        "people_by_group",
        _tr("by_group"),
        _tr("group"),
        (_w("new"), _w("returning"), _w("total")),
        parts,
        (_w("total"), total),
        "people_served",
        row_sums=True,
    )
    by_kind = count_consultation_groups(s, start, end)
    kinds = (ConsultationKind.PSYCHOLOGICAL.value, ConsultationKind.LEGAL.value)
    for kind in kinds:  # the total row is the report's own count of them
        layout.count(f"cons.clients.{kind}", sum(by_kind.get((g, kind), 0) for g in GROUPS))
    layout.grid(
        "consultation_clients_by_group",
        _tr("consultation_clients"),
        _tr("group"),
        (_w("psy"), _w("legal")),
        [
            (
                _tr(g),
                tuple(
                    layout.count(f"cons.clients.group.{g}.{kind}", by_kind.get((g, kind), 0))
                    for kind in kinds
                ),
            )
            for g in GROUPS
        ],
        (_w("total"), tuple(f"cons.clients.{kind}" for kind in kinds)),
        "consultations",
        row_sums=False,
    )
    disclosed = count_violence_groups(s, start, end)
    layout.count("violence.clients", sum(disclosed.values()))
    layout.grid(
        "violence_clients_by_group",
        _tr("violence_clients"),
        _tr("group"),
        (_w("clients"),),
        [(_tr(g), (layout.count(f"violence.group.{g}", disclosed.get(g, 0)),)) for g in GROUPS],
        (_w("total"), ("violence.clients",)),
        "violence_forms",
        row_sums=False,
    )
    layout.figure(
        "children_with_families",
        _tr("with_families"),
        "children_with_families",
        layout.count("people.children_with_families", count_children_with_families(s, start, end)),
    )

    contacts = count_contacts(s, start, end)
    rows = [
        (
            contact_label(c),
            (layout.count(f"appeals.{c.value}", contacts.by_channel.get(c.value, 0)),),
            False,
        )
        for c in Channel
    ]
    appeals = layout.count("appeals.total", contacts.total)
    rows.append((_w("total"), (appeals,), True))
    layout.table(
        "appeals_by_channel",
        _tr("appeals"),
        _tr("channel"),
        (_tr("appeals_total"),),
        rows,
        "appeals",
        (Equation(appeals, tuple(f"appeals.{c.value}" for c in Channel)),),
    )
    layout.figure("appeals", _tr("appeals_total"), "appeals", appeals)
