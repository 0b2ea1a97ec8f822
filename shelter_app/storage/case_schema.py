"""ORM tables of case management: cases, their team and state history, needs
assessments, the individual plan (goals, actions, change history), the case worker's
services, case notes and follow-ups.

No ORM relationships, as in casework_schema. Free text that may identify someone lives
only in the columns named comment, goal, text, note, summary and reason; reports never
read them. At most one open case per client is also held by a partial unique index.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base

_OPEN = text("state != 'closed'")


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    state: Mapped[str] = mapped_column(String(12), nullable=False)
    opened_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    opened_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    responsible_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    first_assessment_due: Mapped[date] = mapped_column(Date, nullable=False)
    previous_case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    closed_on: Mapped[date | None] = mapped_column(Date, index=True)
    closure_reason: Mapped[str | None] = mapped_column(String(24))
    closure_summary: Mapped[str | None] = mapped_column(Text)
    closure_checklist: Mapped[str | None] = mapped_column(String(200))  # codes, space-separated
    # a closure waiting for the head's approval (the setting asks for it)
    closure_requested_on: Mapped[date | None] = mapped_column(Date)
    closure_requested_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    closure_approved_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    plan_approved_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    plan_approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    plan_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __table_args__ = (
        Index(
            "uq_cases_one_open_per_client",
            "client_id",
            unique=True,
            sqlite_where=_OPEN,
            postgresql_where=_OPEN,
        ),
        Index("ix_cases_responsible_state", "responsible_id", "state"),
    )


class CaseTeamMember(Base):
    __tablename__ = "case_team"
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    __table_args__ = (Index("ix_case_team_account", "account_id", "case_id"),)


class CaseStateChange(Base):
    """Who moved the case, when and why (also in the audit log, without the reason)."""

    __tablename__ = "case_state_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    from_state: Mapped[str | None] = mapped_column(String(12))
    to_state: Mapped[str] = mapped_column(String(12), nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)


class NeedsAssessment(Base):
    __tablename__ = "needs_assessments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    next_review_on: Mapped[date | None] = mapped_column(Date)
    assessed_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)


class NeedRating(Base):
    __tablename__ = "need_ratings"
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("needs_assessments.id", ondelete="CASCADE"), primary_key=True
    )
    domain: Mapped[str] = mapped_column(String(16), primary_key=True)
    level: Mapped[str] = mapped_column(String(8), nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)


class AssessmentChild(Base):
    """One child of the family in the "children" domain of an assessment: her need level
    and a short comment (migration 0010)."""

    __tablename__ = "assessment_children"
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("needs_assessments.id", ondelete="CASCADE"), primary_key=True
    )
    child_id: Mapped[int] = mapped_column(
        ForeignKey("children.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    level: Mapped[str] = mapped_column(String(8), nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)


class PlanGoal(Base):
    __tablename__ = "plan_goals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    domain: Mapped[str] = mapped_column(String(16), nullable=False)
    goal: Mapped[str] = mapped_column(Text, nullable=False)


class PlanAction(Base):
    __tablename__ = "plan_actions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(
        ForeignKey("plan_goals.id", ondelete="CASCADE"), nullable=False, index=True
    )
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    text: Mapped[str] = mapped_column(Text, nullable=False)
    responsible_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    state: Mapped[str] = mapped_column(String(12), nullable=False)
    dropped_reason: Mapped[str | None] = mapped_column(Text)
    link_kind: Mapped[str | None] = mapped_column(String(16))
    link_id: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (Index("ix_plan_actions_case_state_due", "case_id", "state", "due_on"),)


class PlanChange(Base):
    """Plan history: one row per changed field, like client_changes."""

    __tablename__ = "plan_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    plan_version: Mapped[int] = mapped_column(Integer, nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    item: Mapped[str] = mapped_column(String(24), nullable=False)  # "goal 3", "action 7"
    field: Mapped[str] = mapped_column(String(24), nullable=False)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class CaseServiceEntry(Base):
    """A service the case worker gave herself (Order No. 429 of 2020 codes)."""

    __tablename__ = "case_services"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    service: Mapped[str] = mapped_column(String(24), nullable=False)
    on_date: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    format: Mapped[str] = mapped_column(String(12), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    given_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)


class CaseNote(Base):
    __tablename__ = "case_notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    written_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    author_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class FollowUp(Base):
    __tablename__ = "case_follow_ups"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    purpose: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(12), nullable=False)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    resolution: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    __table_args__ = (Index("ix_case_follow_ups_state_due", "state", "due_on"),)
