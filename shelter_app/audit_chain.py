"""The audit log's hash chain and the head file beside the database.

Each entry's MAC covers the previous MAC and the entry's own fields, under a key derived
from the data key with HKDF; editing or deleting an entry breaks every later MAC. A chain
alone cannot show that its newest entries were cut off, so the latest sequence number and
MAC are also written to a small file next to the database after every commit: the
database must never hold fewer entries than that file says."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from filelock import FileLock
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .storage.files import DatabasePaths, atomic_write
from .storage.schema import AuditEntry

GENESIS = b"\0" * 32


def audit_key(data_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"oberih audit chain v1"
    ).derive(data_key)


def _fields(e: AuditEntry) -> bytes:
    return json.dumps(
        [
            e.seq,
            e.at.isoformat(timespec="microseconds"),
            e.account_id,
            e.role,
            e.action,
            e.target_type,
            e.target_id,
            e.outcome,
            e.detail,
        ],
        separators=(",", ":"),
        ensure_ascii=True,
    ).encode()


def compute_mac(key: bytes, prev_mac: bytes, entry: AuditEntry) -> str:
    return hmac.new(key, prev_mac + _fields(entry), hashlib.sha256).hexdigest()


def append(
    session: Session,
    key: bytes,
    *,
    at: datetime,
    account_id: int | None,
    role: str | None,
    action: str,
    target_type: str | None = None,
    target_id: str | int | None = None,
    outcome: str = "ok",
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add the next entry. The caller's transaction must hold the write lock (BEGIN
    IMMEDIATE) so that two writers cannot both take the same sequence number."""
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.mac).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (last.seq + 1, bytes.fromhex(last.mac)) if last else (1, GENESIS)
    entry = AuditEntry(
        seq=seq,
        at=at.replace(tzinfo=None),
        account_id=account_id,
        role=role,
        action=action,
        target_type=target_type,
        target_id=None if target_id is None else str(target_id),
        outcome=outcome,
        detail=None if detail is None else json.dumps(detail, sort_keys=True, ensure_ascii=True),
        mac="",
    )
    entry.mac = compute_mac(key, prev, entry)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainResult:
    ok: bool
    entries: int
    last_seq: int
    last_mac: str
    first_bad_seq: int | None = None


def verify_chain(session: Session, key: bytes) -> ChainResult:
    prev = GENESIS
    expected_seq = 1
    count = 0
    last_mac = ""
    for entry in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
        if entry.seq != expected_seq or not hmac.compare_digest(
            compute_mac(key, prev, entry), entry.mac
        ):
            return ChainResult(False, count, expected_seq - 1, last_mac, entry.seq)
        prev = bytes.fromhex(entry.mac)
        last_mac = entry.mac
        expected_seq += 1
        count += 1
    return ChainResult(True, count, expected_seq - 1, last_mac)


def remac_all(session: Session, new_key: bytes) -> None:
    """Re-sign the whole chain under a new key (data-key rotation)."""
    prev = GENESIS
    for entry in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
        entry.mac = compute_mac(new_key, prev, entry)
        prev = bytes.fromhex(entry.mac)
    session.flush()


def last_seq(session: Session) -> int:
    return session.execute(select(func.coalesce(func.max(AuditEntry.seq), 0))).scalar_one()


# --- head file --------------------------------------------------------------------------


@dataclass(frozen=True)
class Head:
    database_id: str
    seq: int
    mac: str


def read_head(path: Path) -> Head | None:
    try:
        doc = json.loads(path.read_text("utf-8"))
        return Head(str(doc["database_id"]), int(doc["seq"]), str(doc["mac"]))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        return Head("", -1, "")  # unreadable: reported as a mismatch by check


def advance_head(paths: DatabasePaths, database_id: str, seq: int, mac: str) -> None:
    """Record the newest committed entry; never moves backwards (two processes may
    commit in one order and report in the other)."""
    with FileLock(paths.sidecar_lock, timeout=30, mode=0o600):
        current = read_head(paths.audit_head)
        if current is not None and current.database_id == database_id and current.seq >= seq:
            return
        doc = {"database_id": database_id, "seq": seq, "mac": mac}
        atomic_write(paths.audit_head, json.dumps(doc).encode("utf-8"))


def write_head(paths: DatabasePaths, database_id: str, seq: int, mac: str) -> None:
    """Overwrite the head unconditionally (after the chain was re-signed)."""
    with FileLock(paths.sidecar_lock, timeout=30, mode=0o600):
        doc = {"database_id": database_id, "seq": seq, "mac": mac}
        atomic_write(paths.audit_head, json.dumps(doc).encode("utf-8"))


def head_problem(session: Session, paths: DatabasePaths, database_id: str) -> str | None:
    """None when the database holds at least what the head file says; else why not."""
    head = read_head(paths.audit_head)
    if head is None:
        return "missing" if last_seq(session) > 0 else None
    if head.database_id != database_id or head.seq < 0:
        return "foreign"
    entry = session.get(AuditEntry, head.seq) if head.seq > 0 else None
    if head.seq > 0 and entry is None:
        return "truncated"
    if entry is not None and not hmac.compare_digest(entry.mac, head.mac):
        return "mismatch"
    return None
