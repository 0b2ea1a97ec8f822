"""`check`: is everything on disk whole and untampered? Reports, never repairs."""

from __future__ import annotations

from dataclasses import dataclass

from .audit import ChainStatus, chain_status
from .database import Database, SignedInUser
from .permissions import Permission
from .storage import migrate
from .storage.engine import sqlite_integrity


@dataclass(frozen=True)
class CheckReport:
    storage_problems: tuple[str, ...]
    audit: ChainStatus
    schema_current: str | None
    schema_head: str
    key_slots: int
    recovery_slots: int
    recovery_change_pending: bool = False  # a new code made but not yet confirmed

    @property
    def ok(self) -> bool:
        return (
            not self.storage_problems
            and self.audit.ok
            and self.schema_current == self.schema_head
            and self.recovery_slots > 0
        )


def run_check(db: Database, user: SignedInUser) -> CheckReport:
    with db.unit_of_work(user, Permission.RUN_INTEGRITY_CHECK, write=True) as uow:
        conn = uow.session.connection()
        problems = tuple(sqlite_integrity(conn))
        audit = chain_status(db, uow.session)
        level = migrate.schema_level(conn)
        report = CheckReport(
            storage_problems=problems,
            audit=audit,
            schema_current=level.current,
            schema_head=level.head,
            key_slots=len(db.keyfile.slot_ids("user")),
            recovery_slots=len(db.keyfile.slot_ids("recovery")),
            recovery_change_pending=bool(db.keyfile.pending_recovery_ids()),
        )
        uow.audit("integrity.checked", outcome="ok" if report.ok else "problems")
        uow.commit()
    return report
