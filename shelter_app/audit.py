"""Reading the audit log (administrators only): filtered pages, chain verification from
the first key, the head's fingerprint to note on paper, and accepting a database whose
head file was found missing or older."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import audit_chain
from .database import Database, SignedInUser
from .errors import PermissionDenied
from .permissions import Permission
from .storage.casework_schema import Client
from .storage.schema import AuditEntry


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    at: datetime
    account_id: int | None
    role: str | None
    action: str
    target_type: str | None
    target_id: str | None
    outcome: str
    detail: dict[str, Any] | None
    # a client's code (never her name) for an entry about a client: staff know her by it
    target_label: str | None = None


@dataclass(frozen=True)
class ChainStatus:
    chain_ok: bool
    entries: int
    first_bad_seq: int | None
    head_problem: str | None
    # every MAC checked from the first key (an administrator); else only the numbering
    from_first_key: bool = False
    fingerprint: str = ""  # of the newest entry: what the head file should say

    @property
    def ok(self) -> bool:
        return self.chain_ok and self.head_problem is None


def list_entries(
    db: Database,
    user: SignedInUser,
    *,
    account_id: int | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[AuditRecord]:
    """Newest first. Viewing the log is itself audited."""
    with db.unit_of_work(user, Permission.VIEW_AUDIT_LOG, write=True) as uow:
        q = select(AuditEntry).order_by(AuditEntry.seq.desc())
        if account_id is not None:
            q = q.where(AuditEntry.account_id == account_id)
        if action:
            q = q.where(AuditEntry.action == action)
        if since is not None:
            q = q.where(AuditEntry.at >= since)
        if until is not None:
            q = q.where(AuditEntry.at < until)
        rows = [
            AuditRecord(
                e.seq,
                e.at,
                e.account_id,
                e.role,
                e.action,
                e.target_type,
                e.target_id,
                e.outcome,
                json.loads(e.detail) if e.detail else None,
            )
            for e in uow.session.execute(q.limit(limit).offset(offset)).scalars()
        ]
        codes = _client_codes(uow.session, rows)
        rows = [
            replace(r, target_label=codes.get(r.target_id or ""))
            if r.target_type == "client"
            else r
            for r in rows
        ]
        uow.audit("audit.viewed")
        uow.commit()
        return rows


def _client_codes(session: Session, rows: list[AuditRecord]) -> dict[str, str]:
    ids = {
        int(r.target_id)
        for r in rows
        if r.target_type == "client" and r.target_id is not None and r.target_id.isdigit()
    }
    if not ids:
        return {}
    found = session.execute(select(Client.id, Client.code).where(Client.id.in_(sorted(ids))))
    return {str(client_id): code for client_id, code in found}


def verify(db: Database, user: SignedInUser) -> ChainStatus:
    with db.unit_of_work(user, Permission.VIEW_AUDIT_LOG) as uow:
        return chain_status(db, uow.session, uow.actor)


def chain_status(db: Database, session: Session, user: SignedInUser) -> ChainStatus:
    """From the first key for an administrator's session; anyone else can check only
    that the numbering is whole and the chain continues where it ends."""
    first = db.audit_first_key(user, session)
    administrator = db.admin_key_of(user) is not None
    if first is not None:
        result = audit_chain.verify_chain(session, first)
    elif administrator:  # her ADMIN key is genuine, so the sealed first key was replaced
        result = replace(audit_chain.verify_sequence(session), ok=False, first_bad_seq=1)
    else:
        result = audit_chain.verify_sequence(session)
    problem = audit_chain.head_problem(session, db.paths, db.database_id)
    mark = audit_chain.fingerprint(db.database_id, result.last_seq, result.last_mac)
    return ChainStatus(
        result.ok, result.entries, result.first_bad_seq, problem, administrator, mark
    )


def accept_head(db: Database, user: SignedInUser) -> str:
    """The head file was missing or older: an administrator who has checked the chain
    from its first key (and compared the fingerprint with her paper) accepts the
    database as it is. Returns the new fingerprint. Refused while the chain is broken."""
    with db.unit_of_work(user, Permission.VIEW_AUDIT_LOG, write=True) as uow:
        status = chain_status(db, uow.session, uow.actor)
        if not status.from_first_key or not status.chain_ok:
            raise PermissionDenied(Permission.VIEW_AUDIT_LOG.value)
        entry = uow.audit_now(
            "audit.head_accepted",
            detail={"problem": status.head_problem or "none", "was": status.fingerprint},
        )
        uow.commit()
    db.accept_head(entry[0], entry[1])
    return audit_chain.fingerprint(db.database_id, entry[0], entry[1])
