"""Protection orders (Law No. 2229-VIII, Art. 25–26): an urgent barring order issued by
the police for up to 10 days, and a restraining order issued by a court for up to six
months and extendable by up to six months at a time. Extensions and reported violations
are kept; the dashboard warns of orders that end within three days.

Same data class and rules as incidents (see incidents.py): READ_VIOLENCE to read,
WRITE_VIOLENCE and her current special-category consent to write.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from .client_lookup import require_client, touch
from .database import Database, SignedInUser
from .errors import InvalidInput
from .incidents import client_for_violence
from .permissions import Permission, Role
from .storage.casework_schema import Client, Consultation
from .storage.violence_schema import OrderExtension, OrderViolation, Perpetrator, ProtectionOrder
from .validation import choice, id_or_none, optional_text, required_text, valid_date
from .violence_vocabulary import OrderKind

URGENT_MAX_DAYS = 10
RESTRAINING_MAX_MONTHS = 6
WARN_DAYS = 3
MAX_ISSUER = 200
MAX_CONDITIONS = 4_000


@dataclass(frozen=True)
class OrderRecord:
    id: int
    client_id: int
    client_code: str
    perpetrator_id: int | None
    kind: str
    issued_on: date
    starts_on: date
    ends_on: date
    issuer: str
    conditions: str | None
    extensions: tuple[tuple[date, date, date], ...]  # (extended on, from end, to end)
    violations: tuple[tuple[date, bool], ...]  # (occurred on, reported to police)

    def in_force(self, today: date) -> bool:
        return self.starts_on <= today <= self.ends_on


@dataclass(frozen=True)
class ExpiringOrder:
    """A dashboard line: codes only, no names."""

    order_id: int
    client_id: int
    client_code: str
    kind: str
    ends_on: date
    days_left: int


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it has no such day)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def latest_end(kind: OrderKind, starts_on: date) -> date:
    """The last day an order starting on `starts_on` may be in force without extension."""
    if kind is OrderKind.URGENT_BARRING:
        return starts_on + timedelta(days=URGENT_MAX_DAYS - 1)
    return add_months(starts_on, RESTRAINING_MAX_MONTHS) - timedelta(days=1)


def record_order(
    db: Database,
    user: SignedInUser,
    client_id: int,
    kind: str,
    issued_on: date,
    starts_on: date,
    ends_on: date,
    issuer: str,
    conditions: str | None = None,
    perpetrator_id: int | None = None,
    today: date | None = None,
) -> OrderRecord:
    today = today or date.today()
    kind_ = choice(OrderKind, kind, "kind")
    issued = valid_date(issued_on, "issued_on", not_after=today)
    starts = valid_date(starts_on, "starts_on")
    ends = valid_date(ends_on, "ends_on")
    if starts < issued:
        raise InvalidInput(
            QCoreApplication.translate("violence", "An order cannot start before it was issued."),
            "starts_on",
        )
    if ends < starts:
        raise InvalidInput(
            QCoreApplication.translate("violence", "The order cannot end before it starts."),
            "ends_on",
        )
    if ends > latest_end(kind_, starts):
        raise InvalidInput(_too_long(kind_), "ends_on")
    issuer_ = required_text(issuer, "issuer", MAX_ISSUER)
    conditions_ = optional_text(conditions, "conditions", MAX_CONDITIONS)
    with db.unit_of_work(user, Permission.WRITE_VIOLENCE, write=True) as uow:
        s = uow.session
        client = client_for_violence(s, client_id, today)
        perpetrator = _perpetrator_of(s, client.id, perpetrator_id)
        row = ProtectionOrder(
            client_id=client.id,
            perpetrator_id=perpetrator,
            kind=kind_.value,
            issued_on=issued,
            starts_on=starts,
            ends_on=ends,
            issuer=issuer_,
            conditions=conditions_,
            recorded_by=user.account_id,
        )
        s.add(row)
        touch(client, issued)
        s.flush()
        uow.audit("order.recorded", "client", client.id, detail={"order_id": row.id})
        record = _record(s, row, client.code)
        uow.commit()
        return record


def extend_order(
    db: Database,
    user: SignedInUser,
    order_id: int,
    extended_on: date,
    new_ends_on: date,
    today: date | None = None,
) -> OrderRecord:
    """A court extended a restraining order (by up to six months from its current end).
    An urgent barring order is not extended: the police issue a new one."""
    today = today or date.today()
    day = valid_date(extended_on, "extended_on", not_after=today)
    new_end = valid_date(new_ends_on, "new_ends_on")
    with db.unit_of_work(user, Permission.WRITE_VIOLENCE, write=True) as uow:
        s = uow.session
        row = _order_row(s, order_id)
        client = client_for_violence(s, row.client_id, today)
        if row.kind != OrderKind.RESTRAINING.value:
            raise InvalidInput(
                QCoreApplication.translate(
                    "violence",
                    "Only a restraining order can be extended; record a new urgent barring "
                    "order instead.",
                ),
                "order",
            )
        if day < row.issued_on:
            raise InvalidInput(
                QCoreApplication.translate(
                    "violence", "The extension cannot be before the order was issued."
                ),
                "extended_on",
            )
        if new_end <= row.ends_on:
            raise InvalidInput(
                QCoreApplication.translate(
                    "violence", "The new end must be after the order's current end."
                ),
                "new_ends_on",
            )
        if new_end > latest_end(OrderKind.RESTRAINING, row.ends_on + timedelta(days=1)):
            raise InvalidInput(_too_long(OrderKind.RESTRAINING), "new_ends_on")
        s.add(
            OrderExtension(
                order_id=row.id,
                extended_on=day,
                previous_ends_on=row.ends_on,
                new_ends_on=new_end,
                recorded_by=user.account_id,
            )
        )
        row.ends_on = new_end
        touch(client, day)
        s.flush()
        uow.audit("order.extended", "client", client.id, detail={"order_id": row.id})
        record = _record(s, row, client.code)
        uow.commit()
        return record


def record_violation(
    db: Database,
    user: SignedInUser,
    order_id: int,
    occurred_on: date,
    reported_to_police: bool,
    today: date | None = None,
) -> OrderRecord:
    """The perpetrator broke the order while it was in force."""
    today = today or date.today()
    day = valid_date(occurred_on, "occurred_on", not_after=today)
    if not isinstance(reported_to_police, bool):
        raise InvalidInput(
            QCoreApplication.translate("violence", "Choose yes or no."), "reported_to_police"
        )
    with db.unit_of_work(user, Permission.WRITE_VIOLENCE, write=True) as uow:
        s = uow.session
        row = _order_row(s, order_id)
        client = client_for_violence(s, row.client_id, today)
        if not row.starts_on <= day <= row.ends_on:
            raise InvalidInput(
                QCoreApplication.translate("violence", "The order was not in force on that date."),
                "occurred_on",
            )
        s.add(
            OrderViolation(
                order_id=row.id,
                occurred_on=day,
                reported_to_police=reported_to_police,
                recorded_by=user.account_id,
            )
        )
        touch(client, day)
        s.flush()
        uow.audit("order.violation_recorded", "client", client.id, detail={"order_id": row.id})
        record = _record(s, row, client.code)
        uow.commit()
        return record


def list_orders(db: Database, user: SignedInUser, client_id: int) -> list[OrderRecord]:
    """Her orders, newest first (reading them is audited)."""
    with db.unit_of_work(user, Permission.READ_VIOLENCE, write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        result = orders_of_client(s, client.id, client.code)
        uow.audit("orders.viewed", "client", client.id)
        uow.commit()
        return result


def expiring_orders(
    db: Database, user: SignedInUser, today: date | None = None, within_days: int = WARN_DAYS
) -> list[ExpiringOrder]:
    """Orders in force that end within `within_days` days, soonest first; for a lawyer,
    only those of her clients (women she has given a legal consultation)."""
    today = today or date.today()
    with db.unit_of_work(user, Permission.READ_VIOLENCE) as uow:
        query = (
            select(
                ProtectionOrder.id,
                Client.id,
                Client.code,
                ProtectionOrder.kind,
                ProtectionOrder.ends_on,
            )
            .join(Client, Client.id == ProtectionOrder.client_id)
            .where(
                ProtectionOrder.starts_on <= today,
                ProtectionOrder.ends_on >= today,
                ProtectionOrder.ends_on <= today + timedelta(days=within_days),
                Client.anonymised_at.is_(None),
            )
            .order_by(ProtectionOrder.ends_on, Client.code)
        )
        if uow.actor.role is Role.LAWYER:
            query = query.where(
                exists().where(
                    Consultation.client_id == Client.id,
                    Consultation.specialist_id == uow.actor.account_id,
                )
            )
        return [
            ExpiringOrder(oid, cid, code, kind, ends, (ends - today).days)
            for oid, cid, code, kind, ends in uow.session.execute(query)
        ]


# --- helpers -------------------------------------------------------------------------------


def orders_of_client(session: Session, client_id: int, code: str) -> list[OrderRecord]:
    rows = session.scalars(
        select(ProtectionOrder)
        .where(ProtectionOrder.client_id == client_id)
        .order_by(ProtectionOrder.issued_on.desc(), ProtectionOrder.id.desc())
    ).all()
    return [_record(session, r, code) for r in rows]


def _too_long(kind: OrderKind) -> str:
    if kind is OrderKind.URGENT_BARRING:
        return QCoreApplication.translate(
            "violence", "An urgent barring order lasts at most 10 days."
        )
    return QCoreApplication.translate(
        "violence", "A restraining order lasts at most six months at a time."
    )


def _order_row(session: Session, order_id: object) -> ProtectionOrder:
    oid = id_or_none(order_id)
    row = session.get(ProtectionOrder, oid) if oid is not None else None
    if row is None:
        raise InvalidInput(QCoreApplication.translate("violence", "No such order."), "order")
    return row


def _perpetrator_of(session: Session, client_id: int, perpetrator_id: object) -> int | None:
    if perpetrator_id is None:
        return None
    pid = id_or_none(perpetrator_id)
    row = session.get(Perpetrator, pid) if pid is not None else None
    if row is None or row.client_id != client_id:
        raise InvalidInput(
            QCoreApplication.translate("violence", "No such person among hers."), "perpetrator"
        )
    return row.id


def _record(session: Session, row: ProtectionOrder, code: str) -> OrderRecord:
    extensions = session.execute(
        select(
            OrderExtension.extended_on, OrderExtension.previous_ends_on, OrderExtension.new_ends_on
        )
        .where(OrderExtension.order_id == row.id)
        .order_by(OrderExtension.id)
    ).all()
    violations = session.execute(
        select(OrderViolation.occurred_on, OrderViolation.reported_to_police)
        .where(OrderViolation.order_id == row.id)
        .order_by(OrderViolation.occurred_on, OrderViolation.id)
    ).all()
    return OrderRecord(
        id=row.id,
        client_id=row.client_id,
        client_code=code,
        perpetrator_id=row.perpetrator_id,
        kind=row.kind,
        issued_on=row.issued_on,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        issuer=row.issuer,
        conditions=row.conditions,
        extensions=tuple((a, b, c) for a, b, c in extensions),
        violations=tuple((a, bool(b)) for a, b in violations),
    )
