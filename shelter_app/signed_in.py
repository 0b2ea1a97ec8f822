"""Who is acting and when: the signed-in user every service takes (issued only by
`Database`) and the clock the rows and the audit log are stamped with. Apart from
database.py so that the unit of work can name both without importing the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from .permissions import Role


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class SignedInUser:
    """Who is acting. Issued only by Database; services accept no other."""

    account_id: int
    username: str
    display_name: str
    role: Role
    token: str = field(repr=False, compare=False)
