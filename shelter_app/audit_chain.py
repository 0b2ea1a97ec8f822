"""The audit log's forward-secure hash chain and the head file beside the database.

Each entry's MAC covers the previous MAC and the entry's own fields, under a key used for
that entry only: key(n+1) is a one-way step from key(n), and after an entry is written
only the next key is kept (`audit_state`). So whoever holds today's key (every colleague:
it is stored in the database) can add entries but cannot rewrite yesterday's without the
change being found: the first key, from which an administrator re-derives every key, is
sealed under the ADMIN key (authority.py). The stored next key also marks where the chain
ends: deleting the newest entries leaves a next key the first key does not lead to.

A chain alone cannot show that an older database was put back, so the latest sequence
number and MAC are also written to a small file next to the database after every commit,
and shown to the administrator as a short fingerprint to note on paper. A missing or
older head file is a problem to report, never re-created (only `init`, a restore and an
administrator's explicit acceptance write it)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from filelock import FileLock
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import authority
from .errors import DatabaseDamaged
from .storage.files import DatabasePaths, atomic_write
from .storage.schema import AuditEntry, AuditState

GENESIS = b"\0" * 32
_STEP = b"oberih audit key step v2"
FIRST_KEY_PURPOSE = "audit first key"


def legacy_key(data_key: bytes) -> bytes:
    """The one key of the chains written before 0012 (derived from the shared data key),
    read only to check such a chain once before it is re-chained."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"oberih audit chain v1"
    ).derive(data_key)


def next_key(key: bytes) -> bytes:
    """One way: key(n+1) from key(n); key(n) cannot be found from key(n+1)."""
    return hmac.new(key, _STEP, hashlib.sha256).digest()


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


def new_first_key() -> bytes:
    return secrets.token_bytes(32)


def start(session: Session, first_key: bytes, admin_key: bytes, database_id: str) -> None:
    """Begin a chain (a new database, or re-chaining an old one): the next entry is the
    first, under `first_key`, which is kept only sealed for administrators."""
    sealed = authority.seal(admin_key, FIRST_KEY_PURPOSE, database_id, first_key)
    state = session.get(AuditState, 1)
    if state is None:
        state = AuditState(id=1)
        session.add(state)
    state.next_seq, state.next_key, state.first_key_sealed = 1, first_key.hex(), sealed
    session.flush()


def rechain(session: Session, first_key: bytes, admin_key: bytes, database_id: str) -> None:
    """MAC every existing entry again on a new forward-secure chain (upgrade from 0010)."""
    start(session, first_key, admin_key, database_id)
    key, prev, seq = first_key, GENESIS, 0
    for entry in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
        entry.mac = compute_mac(key, prev, entry)
        prev, key, seq = bytes.fromhex(entry.mac), next_key(key), entry.seq
    state = session.get(AuditState, 1)
    assert state is not None
    state.next_seq, state.next_key = seq + 1, key.hex()
    session.flush()


def first_key(session: Session, admin_key: bytes | None, database_id: str) -> bytes | None:
    """The chain's first key, for an administrator; None without the genuine ADMIN key."""
    state = session.get(AuditState, 1)
    if state is None or admin_key is None:
        return None
    return authority.unseal(admin_key, FIRST_KEY_PURPOSE, database_id, state.first_key_sealed)


def append(
    session: Session,
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
    """Add the next entry under the current key and keep only the next one. The caller's
    transaction must hold the write lock (BEGIN IMMEDIATE) so that two writers cannot both
    take the same sequence number. A chain whose state is gone is not restarted."""
    state = session.get(AuditState, 1)
    if state is None:
        raise DatabaseDamaged()
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.mac).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    if last is not None and last.seq >= state.next_seq:
        raise DatabaseDamaged()
    key = bytes.fromhex(state.next_key)
    prev = bytes.fromhex(last.mac) if last else GENESIS
    entry = AuditEntry(
        seq=state.next_seq,
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
    state.next_seq, state.next_key = entry.seq + 1, next_key(key).hex()
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
    """Every entry from the first key (an administrator's check), and that the stored
    next key is the one the last entry leads to: nothing cut off the end."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    last_mac = ""
    for entry in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
        if entry.seq != expected_seq:  # a gap: the first missing number
            return ChainResult(False, count, expected_seq - 1, last_mac, expected_seq)
        if not hmac.compare_digest(compute_mac(key, prev, entry), entry.mac):
            return ChainResult(False, count, expected_seq - 1, last_mac, entry.seq)
        prev = bytes.fromhex(entry.mac)
        key = next_key(key)
        last_mac = entry.mac
        expected_seq += 1
        count += 1
    state = session.get(AuditState, 1)
    if (
        state is None
        or state.next_seq != expected_seq
        or not hmac.compare_digest(state.next_key, key.hex())
    ):
        return ChainResult(False, count, expected_seq - 1, last_mac, expected_seq)
    return ChainResult(True, count, expected_seq - 1, last_mac)


def verify_legacy_chain(session: Session, key: bytes) -> ChainResult:
    """A chain of before 0012: one key for every entry."""
    prev = GENESIS
    expected_seq = 1
    last_mac = ""
    for entry in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
        if entry.seq != expected_seq or not hmac.compare_digest(
            compute_mac(key, prev, entry), entry.mac
        ):
            return ChainResult(False, expected_seq - 1, expected_seq - 1, last_mac, entry.seq)
        prev = bytes.fromhex(entry.mac)
        last_mac = entry.mac
        expected_seq += 1
    return ChainResult(True, expected_seq - 1, expected_seq - 1, last_mac)


def verify_sequence(session: Session) -> ChainResult:
    """What anyone can check without the first key: numbers 1..n without a gap and a
    state that continues after n. (The MACs need the first key.)"""
    rows = session.execute(select(func.count(), func.max(AuditEntry.seq))).one()
    count, top = int(rows[0]), int(rows[1] or 0)
    last = session.get(AuditEntry, top) if top else None
    state = session.get(AuditState, 1)
    ok = count == top and state is not None and state.next_seq == top + 1
    bad = None if ok else (top + 1 if count == top else 1)
    return ChainResult(ok, count, top, last.mac if last else "", bad)


def last_seq(session: Session) -> int:
    return session.execute(select(func.coalesce(func.max(AuditEntry.seq), 0))).scalar_one()


# --- head file --------------------------------------------------------------------------


@dataclass(frozen=True)
class Head:
    database_id: str
    seq: int
    mac: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.database_id, self.seq, self.mac)


def fingerprint(database_id: str, seq: int, mac: str) -> str:
    """Short enough to copy onto paper: the entry number and 12 base32 characters of a
    hash of the head ("1234 · ABCD-EFGH-JKLM"). An older database put back, with its own
    head file, shows another fingerprint than the one noted."""
    digest = hashlib.sha256(f"{database_id}:{seq}:{mac}".encode("ascii", "replace")).digest()
    text = base64.b32encode(digest).decode("ascii")[:12]
    return f"{seq} · {text[0:4]}-{text[4:8]}-{text[8:12]}"


def read_head(path: Path) -> Head | None:
    try:
        doc = json.loads(path.read_text("utf-8"))
        return Head(str(doc["database_id"]), int(doc["seq"]), str(doc["mac"]))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        return Head("", -1, "")  # unreadable: reported as a mismatch by check


def advance_head(paths: DatabasePaths, database_id: str, seq: int, mac: str) -> None:
    """Record the newest committed entry over a head of this database; never moves
    backwards (two processes may commit in one order and report in the other), and never
    creates a missing head or replaces another database's.

    Written after every commit, a search page's included, so without the folder's
    fsync (one of three per search): the head's content is on disk before it replaces
    the old one, but a power cut may bring back the head before it. That head names an
    entry the database still holds (its commit was durable first), which is no problem
    (head_problem); a head AHEAD of the database is what shows an older file put back."""
    with FileLock(paths.sidecar_lock, timeout=30, mode=0o600):
        current = read_head(paths.audit_head)
        if current is None or current.database_id != database_id or current.seq >= seq:
            return
        doc = {"database_id": database_id, "seq": seq, "mac": mac}
        atomic_write(paths.audit_head, json.dumps(doc).encode("utf-8"), durable_now=False)


def write_head(paths: DatabasePaths, database_id: str, seq: int, mac: str) -> None:
    """Overwrite the head unconditionally (a new database; an administrator's acceptance)."""
    with FileLock(paths.sidecar_lock, timeout=30, mode=0o600):
        doc = {"database_id": database_id, "seq": seq, "mac": mac}
        atomic_write(paths.audit_head, json.dumps(doc).encode("utf-8"))


def head_problem(session: Session, paths: DatabasePaths, database_id: str) -> str | None:
    """None when the database holds at least what the head file says; else why not."""
    head = read_head(paths.audit_head)
    if head is None:
        return "missing"
    if head.database_id != database_id or head.seq < 0:
        return "foreign"
    entry = session.get(AuditEntry, head.seq) if head.seq > 0 else None
    if head.seq > 0 and entry is None:
        return "truncated"
    if entry is not None and not hmac.compare_digest(entry.mac, head.mac):
        return "mismatch"
    return None
