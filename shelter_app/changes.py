"""What a user action changed: kinds of record and the clients they belong to.

Like Anki's `OpChanges`, a `Changes` value says what an operation wrote, so that every
view can decide for itself whether what it shows went stale. Nobody has to remember to
announce a change, and no page sends another a string:

- The unit of work (`database.UnitOfWork`) notes every row a write session flushes and
  every UPDATE/INSERT/DELETE it executes, and at commit turns them into a `Changes` with
  `TABLE_KINDS` (a row with a `client_id`, or a row of `clients`, names its client; a
  row without one, or a bulk statement, may concern any client).
- The GUI runs each service inside `recording()` (ui/context.py does it in `ctx.call`);
  after the job, one app-wide signal, `AppContext.changed`, carries the `Changes`.
- A service that changes something outside the database (a file, a key) calls
  `note(Changes.of(Kind.X))` itself.

Adopting it in new code:
- New table: add it to `TABLE_KINDS` (a test fails for a table that is missing), with a
  new `Kind` member if no existing kind fits.
- New view: `ctx.changed.connect(self._changed)` and in it
  `if changes.touches(Kind.STAYS, Kind.CLIENTS): ...`; a view of one client also asks
  `changes.concerns(client_id)`. Tabs of the client card declare `kinds = {...}`.
- Tests: `ctx.changed.emit(Changes.of(Kind.STAYS))` stands in for a write elsewhere.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """A kind of record a view may show. Coarse enough that a view names a few."""

    CLIENTS = "clients"  # identity, categories, archive state, the change history
    CONSENTS = "consents"
    RISK = "risk"  # violence disclosures and risk assessments
    SAFETY = "safety"  # safety plans
    REFERRALS = "referrals"
    CONSULTATIONS = "consultations"
    COURSES = "courses"  # courses, their sessions, enrolments and attendance
    EVENTS = "events"
    PARTNERS = "partners"
    SHELTER_LAYOUT = "shelter_layout"  # rooms and beds
    STAYS = "stays"  # stays, bed assignments, children, extensions
    WAITING_LIST = "waiting_list"
    TURN_AWAYS = "turn_aways"
    ACCOUNTS = "accounts"
    SETTINGS = "settings"
    CHILDREN = "children"  # child records and psychologists' sessions with a child
    CONTACTS = "contacts"  # anonymous contacts (hotline, walk-in, online, mobile brigade)
    VIOLENCE = "violence"  # incidents, alleged perpetrators, protection orders, notifications
    CASES = "cases"  # cases, their team, assessments, plans, services, notes, follow-ups


# Every table of the schema and the kind of record it holds. The audit log is left out
# on purpose: reads write audit entries, and a read must not look like a change.
TABLE_KINDS: dict[str, Kind | None] = {
    "clients": Kind.CLIENTS,
    "client_categories": Kind.CLIENTS,
    "client_changes": Kind.CLIENTS,
    "consents": Kind.CONSENTS,
    "incidents": Kind.VIOLENCE,
    "perpetrators": Kind.VIOLENCE,
    "incident_perpetrators": Kind.VIOLENCE,
    "incident_children": Kind.VIOLENCE,
    "protection_orders": Kind.VIOLENCE,
    "protection_order_extensions": Kind.VIOLENCE,
    "protection_order_violations": Kind.VIOLENCE,
    "incident_notifications": Kind.VIOLENCE,
    "risk_assessments": Kind.RISK,
    "safety_plans": Kind.SAFETY,
    "referrals": Kind.REFERRALS,
    "consultations": Kind.CONSULTATIONS,
    "consultation_topics": Kind.CONSULTATIONS,
    "courses": Kind.COURSES,
    "course_sessions": Kind.COURSES,
    "enrolments": Kind.COURSES,
    "attendance": Kind.COURSES,
    "events": Kind.EVENTS,
    "event_partners": Kind.EVENTS,
    "partners": Kind.PARTNERS,
    "rooms": Kind.SHELTER_LAYOUT,
    "beds": Kind.SHELTER_LAYOUT,
    "stays": Kind.STAYS,
    "bed_assignments": Kind.STAYS,
    "stay_children": Kind.STAYS,
    "stay_extensions": Kind.STAYS,
    "shelter_waiting_list": Kind.WAITING_LIST,
    "shelter_turn_aways": Kind.TURN_AWAYS,
    "accounts": Kind.ACCOUNTS,
    "children": Kind.CHILDREN,
    "child_sessions": Kind.CHILDREN,
    "anonymous_contacts": Kind.CONTACTS,
    "cases": Kind.CASES,
    "case_team": Kind.CASES,
    "case_state_changes": Kind.CASES,
    "needs_assessments": Kind.CASES,
    "need_ratings": Kind.CASES,
    "assessment_children": Kind.CASES,
    "plan_goals": Kind.CASES,
    "plan_actions": Kind.CASES,
    "plan_changes": Kind.CASES,
    "case_services": Kind.CASES,
    "case_notes": Kind.CASES,
    "case_follow_ups": Kind.CASES,
    "settings": Kind.SETTINGS,
    "released_cells": None,  # the register of released report cells, read by exports only
    "audit_log": None,
    "audit_state": None,  # the audit chain's current key: nothing on screen shows it
    "database_info": None,
    # on a PostgreSQL server: the key file document and the sign-in throttle (issue 20)
    "server_key_file": None,
    "server_throttle": None,
    "alembic_version": None,
}


@dataclass(frozen=True)
class Changes:
    """Kinds of record written, and the clients concerned: `client_ids` None means
    "possibly any client" (a bulk statement, a course renamed for everyone's card)."""

    kinds: frozenset[Kind] = frozenset()
    client_ids: frozenset[int] | None = field(default_factory=frozenset)

    @classmethod
    def of(cls, *kinds: Kind, client_ids: Iterable[int] | None = None) -> Changes:
        """Kinds for any client, or for the clients given."""
        return cls(frozenset(kinds), None if client_ids is None else frozenset(client_ids))

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        ids: frozenset[int] | None
        if self.client_ids is None or other.client_ids is None:
            ids = None
        else:
            ids = self.client_ids | other.client_ids
        return Changes(self.kinds | other.kinds, ids)

    def touches(self, *kinds: Kind) -> bool:
        """Any of these kinds changed."""
        return not self.kinds.isdisjoint(kinds)

    def concerns(self, client_id: int) -> bool:
        """This client's records may be among those changed."""
        return self.client_ids is None or client_id in self.client_ids


NOTHING = Changes()


def kind_of_table(table: str) -> Kind | None:
    """The kind a table's rows are. A table missing from `TABLE_KINDS` (new, not yet
    listed) counts as clients' data for any client: better a reload too many."""
    return TABLE_KINDS.get(table, Kind.CLIENTS)


# --- recording what a service changed (per thread: the worker runs one job at a time) ---

_recording = threading.local()


class Recorder:
    def __init__(self) -> None:
        self.changes = NOTHING

    def add(self, changes: Changes) -> None:
        self.changes = self.changes | changes


@contextmanager
def recording() -> Iterator[Recorder]:
    """Collect the changes committed on this thread inside the block (nested blocks all
    see them)."""
    stack: list[Recorder] = getattr(_recording, "stack", None) or []
    recorder = Recorder()
    stack.append(recorder)
    _recording.stack = stack
    try:
        yield recorder
    finally:
        stack.pop()


def note(changes: Changes) -> None:
    """A committed change: every open `recording()` on this thread hears of it."""
    if not changes:
        return
    for recorder in getattr(_recording, "stack", ()):
        recorder.add(changes)
