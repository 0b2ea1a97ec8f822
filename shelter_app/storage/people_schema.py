"""ORM tables for the people beyond the adult client file: children (linked to a parent
or guardian who is a client), psychologists' sessions with a child, and anonymous
contacts (hotline, walk-in, online, mobile brigade) that carry no identity at all.

A child's first name is an identity, stored and guarded like a client's name. An
anonymous contact has no name or phone column on purpose; its short note is the only free
text and the reports never read it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base


class Child(Base):
    """A child the centre serves. `guardian_client_id` is the mother (or other guardian)
    who is a client; `own_client_id` is set when a 14-17-year-old is a client in her own
    right. Migrated stay rows know only an age, so their birth date is approximate and
    their first name unknown."""

    __tablename__ = "children"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guardian_client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    own_client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), index=True
    )
    first_name: Mapped[str | None] = mapped_column(String(80))
    birth_date: Mapped[date] = mapped_column(Date, nullable=False)
    birth_date_approximate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sex: Mapped[str] = mapped_column(String(12), nullable=False)
    school: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class ChildSession(Base):
    """A psychologist's session with a child: who and when only (no notes here)."""

    __tablename__ = "child_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(
        ForeignKey("children.id", ondelete="CASCADE"), nullable=False, index=True
    )
    psychologist_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    held_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    duration_min: Mapped[int] = mapped_column(Integer, nullable=False)
    format: Mapped[str] = mapped_column(String(12), nullable=False)


class AnonymousContact(Base):
    """One anonymous contact. Codes are those of shelter_app.contact_vocabulary;
    `forms` and `help` hold several codes separated by commas (one row per call keeps
    the hotline's insert a single write)."""

    __tablename__ = "anonymous_contacts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    channel: Mapped[str] = mapped_column(String(16), nullable=False)
    duration_min: Mapped[int] = mapped_column(Integer, nullable=False)
    caller: Mapped[str] = mapped_column(String(16), nullable=False)
    sex: Mapped[str] = mapped_column(String(12), nullable=False)
    age_band: Mapped[str] = mapped_column(String(12), nullable=False)
    district: Mapped[str] = mapped_column(String(20), nullable=False)
    forms: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    help: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    referred_to: Mapped[str | None] = mapped_column(String(20))  # a ReferralType code
    note: Mapped[str | None] = mapped_column(String(300))
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), index=True
    )
    logged_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    __table_args__ = (Index("ix_anonymous_contacts_at", "at", "id"),)
