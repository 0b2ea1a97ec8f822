"""What a demo build made, counted: for the command line, the GUI's message and the
audit entry."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path


@dataclass(frozen=True)
class DemoSummary:
    """What was made, for the command line and the GUI's message."""

    path: Path
    accounts: int
    clients: int
    consents: int
    disclosures: int
    risk_assessments: int
    safety_plans: int
    consultations: int
    referrals: int
    partners: int
    courses: int
    course_sessions: int
    enrolments: int
    events: int
    rooms: int
    beds: int
    stays: int
    children_housed: int
    waiting_list: int
    turn_aways: int
    seconds: float
    usernames: tuple[str, ...]  # all open with the password given
    recovery_code: str = field(repr=False, compare=False)
    cases: int = 0  # case management (issue 13, shelter_app/demo/cases.py)
    # everyone served (issue 14, shelter_app/demo/people.py)
    children: int = 0  # child records, on stays or not
    men: int = 0  # clients recorded as men
    anonymous_contacts: int = 0
    sites: int = 0  # the centre and the shelters at other addresses (issue 20)


COUNTED = [f.name for f in fields(DemoSummary) if f.type == "int"]
