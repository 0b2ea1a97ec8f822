"""Two workstations signed in to one database on the test PostgreSQL server (issue 20):
each its own `Database` (its own engine and connections), as two desks of a centre."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from shelter_app.database import Database, SignedInUser
from shelter_app.storage.server import parse_server_url
from tests import pg_cluster

PASSWORD = "live-updates-2026-pass"  # a test database's administrator


@dataclass(frozen=True)
class Desk:
    db: Database
    user: SignedInUser


@contextmanager
def two_workstations() -> Iterator[tuple[Desk, Desk]]:
    """(here, there): a fresh server database, its administrator signed in at both."""
    address = parse_server_url(pg_cluster.new_database("desks"))
    db1, admin, _code = Database.initialise(address, "admin", PASSWORD)
    db2, admin2 = Database.sign_in(address, "admin", PASSWORD)
    try:
        yield Desk(db1, admin), Desk(db2, admin2)
    finally:
        db2.close()
        db1.close()
