"""ORM tables of violence casework: incidents, alleged perpetrators, protection orders and
the notifications the law asks for (issue 15).

`incidents` is the former `violence_disclosures` table, renamed and widened by migration
0008, so every disclosure recorded before is an incident with the same id. Free text that
may identify someone (the perpetrator's description, an order's conditions) lives only in
the columns named so; reports never read them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base


class Incident(Base):
    """A disclosed incident or pattern of violence."""

    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    disclosed_on: Mapped[date] = mapped_column(Date, nullable=False)
    # forms: the four of Law No. 2229-VIII ...
    physical: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sexual: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    psychological: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    economic: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # ... and gender-based violence beyond the family (migration 0008)
    conflict_sexual: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    sexual_harassment: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    trafficking: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    forced_marriage: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    stalking: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    online: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    children_witnessed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # how many children witnessed or suffered it (a count until children's records exist)
    children_affected: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    children_harmed: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    context: Mapped[str] = mapped_column(
        String(20), nullable=False, default="domestic", server_default="domestic"
    )
    # when it happened: one day (from == to), a period, or unknown (both empty)
    occurred_from: Mapped[date | None] = mapped_column(Date)
    occurred_to: Mapped[date | None] = mapped_column(Date)
    place_type: Mapped[str] = mapped_column(
        String(20), nullable=False, default="not_stated", server_default="not_stated"
    )
    reported_to_police: Mapped[bool | None] = mapped_column(Boolean)  # None: not known
    # when she (or someone for her) appealed to the centre: the notifications' clock.
    # Empty for disclosures recorded before migration 0008.
    appealed_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)


class Perpetrator(Base):
    """An alleged perpetrator, as described to the centre, for her and the shelter's safety."""

    __tablename__ = "perpetrators"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    relationship: Mapped[str] = mapped_column(String(20), nullable=False)
    sex: Mapped[str] = mapped_column(String(12), nullable=False)
    age_group: Mapped[str] = mapped_column(String(12), nullable=False)
    lives_with_her: Mapped[bool] = mapped_column(Boolean, nullable=False)
    weapon_access: Mapped[bool] = mapped_column(Boolean, nullable=False)
    earlier_violence: Mapped[bool] = mapped_column(Boolean, nullable=False)
    alcohol_or_drugs: Mapped[bool] = mapped_column(Boolean, nullable=False)
    description: Mapped[str | None] = mapped_column(Text)  # identifying: never in reports
    recorded_on: Mapped[date] = mapped_column(Date, nullable=False)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)


class IncidentPerpetrator(Base):
    __tablename__ = "incident_perpetrators"
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    perpetrator_id: Mapped[int] = mapped_column(
        ForeignKey("perpetrators.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class IncidentChild(Base):
    """A child of hers (her family's child record) who witnessed or was harmed by the
    incident (migration 0010). When an incident has such rows, its children flags and
    count are derived from them."""

    __tablename__ = "incident_children"
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    child_id: Mapped[int] = mapped_column(
        ForeignKey("children.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    witnessed: Mapped[bool] = mapped_column(Boolean, nullable=False)
    harmed: Mapped[bool] = mapped_column(Boolean, nullable=False)


class ProtectionOrder(Base):
    """An urgent barring order (police, up to 10 days) or a restraining order (court, up
    to 6 months, extendable). `ends_on` is the last day in force, after extensions."""

    __tablename__ = "protection_orders"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    perpetrator_id: Mapped[int | None] = mapped_column(
        ForeignKey("perpetrators.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    issuer: Mapped[str] = mapped_column(String(200), nullable=False)
    conditions: Mapped[str | None] = mapped_column(Text)  # may identify: never in reports
    recorded_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)


class OrderExtension(Base):
    __tablename__ = "protection_order_extensions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("protection_orders.id", ondelete="CASCADE"), nullable=False, index=True
    )
    extended_on: Mapped[date] = mapped_column(Date, nullable=False)
    previous_ends_on: Mapped[date] = mapped_column(Date, nullable=False)
    new_ends_on: Mapped[date] = mapped_column(Date, nullable=False)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)


class OrderViolation(Base):
    __tablename__ = "protection_order_violations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("protection_orders.id", ondelete="CASCADE"), nullable=False, index=True
    )
    occurred_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    reported_to_police: Mapped[bool] = mapped_column(Boolean, nullable=False)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)


class Notification(Base):
    """One notice the law asks for after an appeal (CMU Resolution No. 658 of 2018): to
    the police, the children's service when a child is a victim, and the district
    administration's coordinating unit, due 24 hours after the appeal."""

    __tablename__ = "incident_notifications"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False, index=True
    )
    recipient: Mapped[str] = mapped_column(String(20), nullable=False)
    due_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    method: Mapped[str | None] = mapped_column(String(20))
    reference: Mapped[str | None] = mapped_column(String(60))
    __table_args__ = (
        # the dashboard reads the open ones by due time
        Index(
            "ix_incident_notifications_open",
            "due_at",
            sqlite_where=text("done_at IS NULL"),
            postgresql_where=text("done_at IS NULL"),
        ),
    )
