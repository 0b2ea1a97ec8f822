"""What the case services return: frozen dataclasses, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class StaffMember:
    account_id: int
    display_name: str
    role: str


@dataclass(frozen=True)
class CaseSummary:
    """The head of a case: visible to every role that reads cases (no notes, no needs)."""

    id: int
    client_id: int
    state: str
    opened_on: date
    responsible_id: int
    responsible_name: str
    first_assessment_due: date
    previous_case_id: int | None
    closed_on: date | None
    closure_reason: str | None
    closure_pending: bool  # a closure waits for the head's approval
    version: int


@dataclass(frozen=True)
class StateChangeRecord:
    at: datetime
    by_name: str
    from_state: str | None
    to_state: str
    reason: str | None


@dataclass(frozen=True)
class NeedRatingRecord:
    domain: str
    level: str
    comment: str | None


@dataclass(frozen=True)
class ChildNeedRecord:
    """One child of the family in the "children" domain. `first_name` is None when it is
    not recorded or the reader's role may not read identities."""

    child_id: int
    first_name: str | None
    age: int  # on the day of the assessment
    level: str
    comment: str | None


@dataclass(frozen=True)
class AssessmentRecord:
    id: int
    case_id: int
    assessed_on: date
    next_review_on: date | None
    assessed_by_name: str
    ratings: tuple[NeedRatingRecord, ...]
    children: tuple[ChildNeedRecord, ...] = ()  # her children, youngest last


@dataclass(frozen=True)
class ActionRecord:
    id: int
    goal_id: int
    text: str
    responsible_id: int
    responsible_name: str
    due_on: date
    state: str
    dropped_reason: str | None
    link_kind: str | None
    link_id: int | None


@dataclass(frozen=True)
class GoalRecord:
    id: int
    domain: str
    goal: str
    actions: tuple[ActionRecord, ...]


@dataclass(frozen=True)
class PlanRecord:
    case_id: int
    version: int
    goals: tuple[GoalRecord, ...]
    approved_by_name: str | None
    approval_needed: bool  # the setting asks for approval and this version has none

    @property
    def progress(self) -> tuple[int, int]:
        """(done, counted): dropped actions do not count."""
        actions = [a for g in self.goals for a in g.actions if a.state != "dropped"]
        return sum(a.state == "done" for a in actions), len(actions)


@dataclass(frozen=True)
class PlanChangeRecord:
    plan_version: int
    at: datetime
    by_name: str
    item: str
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class ServiceRecord:
    id: int
    case_id: int
    service: str
    on_date: date
    minutes: int
    format: str
    note: str | None  # None also when the reader may not see case notes
    given_by_name: str


@dataclass(frozen=True)
class NoteRecord:
    id: int
    case_id: int
    written_at: datetime
    author_name: str
    text: str


@dataclass(frozen=True)
class FollowUpRecord:
    id: int
    case_id: int
    client_id: int
    client_code: str
    client_name: str
    due_on: date
    purpose: str | None
    state: str
    resolved_on: date | None
    resolution: str | None


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the Case tab's timeline, newest first."""

    on: datetime
    kind: str  # "state", "assessment", "service", "note", "follow_up"
    by_name: str
    title: str  # a code (state, service, follow-up state) the GUI translates
    text: str | None  # notes only for readers of case notes


@dataclass(frozen=True)
class CaseDetail:
    """Everything the Case tab shows for one case."""

    summary: CaseSummary
    team: tuple[StaffMember, ...]
    assessments: tuple[AssessmentRecord, ...]  # newest first
    plan: PlanRecord
    follow_ups: tuple[FollowUpRecord, ...]
    timeline: tuple[TimelineEntry, ...]
    closure_summary: str | None
    closure_checklist: tuple[str, ...]
    earlier_cases: tuple[CaseSummary, ...]
    can_write: bool
    can_manage: bool
    reads_notes: bool


@dataclass(frozen=True)
class CaseloadRow:
    """One row of "My cases" (or the head's view of every caseload)."""

    case_id: int
    client_id: int
    client_code: str
    client_name: str
    state: str
    responsible_name: str
    opened_on: date
    next_due_on: date | None
    next_due_kind: str | None  # "assessment", "action", "follow_up"
    risk_level: str | None  # None when unknown or the role may not read risk
    closure_pending: bool
