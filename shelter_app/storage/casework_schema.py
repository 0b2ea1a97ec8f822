"""ORM tables of the casework domain: clients, safety, consultations, courses, events,
partners, shelter, referrals.

No ORM relationships: services query by foreign key explicitly, so nothing can lazy-load
outside a unit of work. Codes (district, topic, outcome...) are the values of the enums
in shelter_app.vocabulary. Free text that may identify someone (names, phone, notes,
plans) lives only in the columns named so; reports never read them.
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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from . import people_schema  # noqa: F401  (children, which stay_children point at)
from .schema import Base
from .violence_schema import Incident

# --- clients ----------------------------------------------------------------------------


class Client(Base):
    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True, nullable=False)
    last_name: Mapped[str] = mapped_column(String(80), nullable=False)
    first_name: Mapped[str] = mapped_column(String(80), nullable=False)
    patronymic: Mapped[str | None] = mapped_column(String(80))
    # folded code + names (see shelter_app.search_key), for search as you type, and the
    # names in Ukrainian alphabetical order (search_key.client_sort_key): both sealed
    # under IDENTITY (shelter_app.sealed_columns) and read only to build the in-memory
    # directory (shelter_app.client_directory), so not loaded with the row
    search_key: Mapped[str] = mapped_column(Text, nullable=False, deferred=True)
    sort_key: Mapped[str] = mapped_column(Text, nullable=False, server_default="", deferred=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(Integer, index=True)
    sex: Mapped[str] = mapped_column(String(12), nullable=False)
    citizenship: Mapped[str] = mapped_column(String(12), nullable=False)
    phone: Mapped[str | None] = mapped_column(String(32))
    safe_to_call: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    safe_to_text: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    district: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    came_via: Mapped[str] = mapped_column(String(20), nullable=False)
    first_contact_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    last_activity_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    # no index on sort_key/search_key: they hold sealed values (migration 0011 dropped
    # the two of migrations 0004 and 0005); search and order are in memory


class ClientCategory(Base):
    __tablename__ = "client_categories"
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    category: Mapped[str] = mapped_column(String(24), primary_key=True)


class ClientChange(Base):
    """Edit history: one row per changed field (values as shown, in the encrypted file)."""

    __tablename__ = "client_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    field: Mapped[str] = mapped_column(String(40), nullable=False)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class Consent(Base):
    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    given_on: Mapped[date] = mapped_column(Date, nullable=False)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)


# --- risk and safety (special-category data) --------------------------------------------


# Disclosures became incidents (migration 0008 renamed the table and kept every row); the
# old name stays for the code that records and counts disclosures.
ViolenceDisclosure = Incident


class RiskAssessment(Base):
    __tablename__ = "risk_assessments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    answers: Mapped[str] = mapped_column(Text, nullable=False)  # JSON {question code: bool}
    score: Mapped[int] = mapped_column(Integer, nullable=False)
    level: Mapped[str] = mapped_column(String(12), nullable=False)
    assessed_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)


class SafetyPlan(Base):
    __tablename__ = "safety_plans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    made_on: Mapped[date] = mapped_column(Date, nullable=False)
    review_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    plan: Mapped[str | None] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)


# --- consultations ----------------------------------------------------------------------


class Consultation(Base):
    __tablename__ = "consultations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    specialist_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False)
    starts_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    duration_min: Mapped[int | None] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(12), nullable=False)
    is_first: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    outcome: Mapped[str | None] = mapped_column(String(16))
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)  # readable by the kind's profession only
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    __table_args__ = (
        Index("ix_consultations_client_starts", "client_id", "starts_at"),
        # the summaries' counts read this index only (migration 0005)
        Index(
            "ix_consultations_report",
            "starts_at",
            "status",
            "kind",
            "format",
            "is_first",
            "client_id",
        ),
        Index("ix_consultations_specialist_starts", "specialist_id", "starts_at"),
    )


class ConsultationTopic(Base):
    __tablename__ = "consultation_topics"
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(30), primary_key=True)


# --- partners, courses, events -----------------------------------------------------------


class Partner(Base):
    __tablename__ = "partners"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    contact: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Course(Base):
    __tablename__ = "courses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    capacity: Mapped[int] = mapped_column(Integer, nullable=False)
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[date] = mapped_column(Date, nullable=False)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # the trainer who runs it and may read its list (migration 0007)
    trainer_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    # a programme_aims.Aim code (migration 0013)
    aim: Mapped[str] = mapped_column(
        String(24), nullable=False, default="not_stated", server_default="not_stated"
    )
    # where it is held (migration 0014)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), nullable=False, index=True)


class CourseSession(Base):
    __tablename__ = "course_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    course_id: Mapped[int] = mapped_column(
        ForeignKey("courses.id", ondelete="CASCADE"), nullable=False, index=True
    )
    starts_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    duration_min: Mapped[int] = mapped_column(Integer, nullable=False)
    topic: Mapped[str | None] = mapped_column(String(200))


class Enrolment(Base):
    __tablename__ = "enrolments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    course_id: Mapped[int] = mapped_column(
        ForeignKey("courses.id", ondelete="CASCADE"), nullable=False
    )
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    status: Mapped[str] = mapped_column(String(12), nullable=False)
    requested_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)  # queue order
    enrolled_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    # her name as the course list shows it, sealed under COURSE_LISTS (the trainer's
    # key; she holds no IDENTITY key): written at enrolment and when her name changes
    roster_name: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("course_id", "client_id"),)


class Attendance(Base):
    __tablename__ = "attendance"
    session_id: Mapped[int] = mapped_column(
        ForeignKey("course_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("enrolments.id", ondelete="CASCADE"), primary_key=True
    )
    present: Mapped[bool] = mapped_column(Boolean, nullable=False)


class Event(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    held_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    topic: Mapped[str | None] = mapped_column(String(200))
    attendees_women: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    attendees_men: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    attendees_children: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # a programme_aims.Aim code (migration 0013)
    aim: Mapped[str] = mapped_column(
        String(24), nullable=False, default="not_stated", server_default="not_stated"
    )
    # where it was held (migration 0014)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), nullable=False, index=True)


class EventPartner(Base):
    __tablename__ = "event_partners"
    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), primary_key=True)


# --- sites and the shelter ----------------------------------------------------------------


class Site(Base):
    """A place the centre works at: the centre itself or a shelter at another address
    (shelter_app/sites.py). Rooms (and through them beds and stays), courses and events
    belong to one (migration 0014)."""

    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)  # sites.SiteKind
    code: Mapped[str] = mapped_column(String(16), unique=True, nullable=False)
    address: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Room(Base):
    __tablename__ = "rooms"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(60), nullable=False)  # unique within its site
    max_people: Mapped[int] = mapped_column(Integer, nullable=False)  # women + children
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    __table_args__ = (UniqueConstraint("site_id", "name"),)


class Bed(Base):
    __tablename__ = "beds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"), nullable=False)
    label: Mapped[str] = mapped_column(String(20), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    __table_args__ = (UniqueConstraint("room_id", "label"),)


class Stay(Base):
    """A woman's stay in the shelter. Nights run from admitted_on (inclusive) to
    departed_on (exclusive); an open stay has no departed_on."""

    __tablename__ = "stays"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    admitted_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    planned_departure_on: Mapped[date | None] = mapped_column(Date)
    allowed_until: Mapped[date] = mapped_column(Date, nullable=False)
    departed_on: Mapped[date | None] = mapped_column(Date, index=True)
    referred_by: Mapped[str] = mapped_column(String(30), nullable=False)
    departure_outcome: Mapped[str | None] = mapped_column(String(20))
    created_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)


class BedAssignment(Base):
    """Which bed a stay held from when to when (a move closes one and opens another)."""

    __tablename__ = "bed_assignments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stay_id: Mapped[int] = mapped_column(
        ForeignKey("stays.id", ondelete="CASCADE"), nullable=False, index=True
    )
    bed_id: Mapped[int] = mapped_column(ForeignKey("beds.id"), nullable=False)
    from_date: Mapped[date] = mapped_column(Date, nullable=False)
    to_date: Mapped[date | None] = mapped_column(Date)  # exclusive; None while current
    __table_args__ = (Index("ix_bed_assignments_bed_dates", "bed_id", "from_date", "to_date"),)


class StayChild(Base):
    __tablename__ = "stay_children"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stay_id: Mapped[int] = mapped_column(
        ForeignKey("stays.id", ondelete="CASCADE"), nullable=False, index=True
    )
    age_years: Mapped[int] = mapped_column(Integer, nullable=False)
    sex: Mapped[str] = mapped_column(String(12), nullable=False)
    # the child's own record (shelter_app.children; migration 0007)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id"), index=True)


class StayExtension(Base):
    __tablename__ = "stay_extensions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stay_id: Mapped[int] = mapped_column(
        ForeignKey("stays.id", ondelete="CASCADE"), nullable=False, index=True
    )
    extended_on: Mapped[date] = mapped_column(Date, nullable=False)
    new_allowed_until: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(String(24), nullable=False)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)


class WaitingListEntry(Base):
    __tablename__ = "shelter_waiting_list"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    requested_on: Mapped[date] = mapped_column(Date, nullable=False)
    children: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    status: Mapped[str] = mapped_column(String(12), nullable=False)  # waiting/admitted/withdrawn
    resolved_on: Mapped[date | None] = mapped_column(Date)


class TurnAway(Base):
    """Unmet demand: a woman the shelter could not take. Anonymous unless she is a client."""

    __tablename__ = "shelter_turn_aways"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    on_date: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    reason: Mapped[str] = mapped_column(String(20), nullable=False)
    children: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    referred_by: Mapped[str] = mapped_column(String(30), nullable=False)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"))
    recorded_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)


# --- referrals ------------------------------------------------------------------------------


class Referral(Base):
    __tablename__ = "referrals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    direction: Mapped[str] = mapped_column(String(4), nullable=False)
    on_date: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    referral_type: Mapped[str] = mapped_column(String(20), nullable=False)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))
    identity_shared: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    outcome: Mapped[str] = mapped_column(String(12), nullable=False)
    created_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
