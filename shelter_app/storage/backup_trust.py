"""Who can open a backup, and why restore may believe it.

A backup carries only the slots of active administrators and the recovery slots: a
case worker who has left cannot open a two-week-old backup with her old password, since
her slot is not in it. Its manifest carries an HMAC under a key derived from the data
key, so nobody without an administrator's password or the recovery code can write a
manifest that restore accepts.

Restore unlocks the backup's key file with an administrator's password or the recovery
code, checks the key file's MAC and the manifest's, and, once the database part is
unpacked, the database itself: it opens with that key, carries the same database id,
holds the person restoring as an active administrator (a backup of the first format
still has every slot) and ends its audit log where the manifest says. The key file put
in place keeps only administrators and the recovery slots, whatever the backup held.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ..errors import (
    AuthenticationFailed,
    BackupRefused,
    DatabaseDamaged,
    RecoveryCodeWrong,
    RestoreNotAllowed,
)
from .engine import make_engine, verify_readable
from .keyfile import KeyFile, WrongSecret, normalise_recovery_code, normalise_username

MANIFEST_MAC = "mac"
ADMIN_ROLE = "admin"  # permissions.Role.ADMIN, spelled as the accounts table stores it


@dataclass(frozen=True)
class Opener:
    """Who restores: an administrator by password, or the holder of the recovery code."""

    username: str | None = None
    password: str | None = field(default=None, repr=False)
    recovery_code: str | None = field(default=None, repr=False)

    @classmethod
    def administrator(cls, username: str, password: str) -> Opener:
        return cls(username=username, password=password)

    @classmethod
    def recovery(cls, code: str) -> Opener:
        return cls(recovery_code=code)


def _canonical(doc: dict[str, Any]) -> bytes:
    body = {k: v for k, v in doc.items() if k != MANIFEST_MAC}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def manifest_mac(data_key: bytes, doc: dict[str, Any]) -> str:
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"oberih backup manifest v1"
    ).derive(data_key)
    return hmac.new(key, _canonical(doc), hashlib.sha256).hexdigest()


def manifest_valid(data_key: bytes, doc: dict[str, Any]) -> bool:
    mac = doc.get(MANIFEST_MAC)
    return isinstance(mac, str) and hmac.compare_digest(manifest_mac(data_key, doc), mac)


def administrators_only(keyfile: KeyFile, admin_usernames: Iterable[str]) -> KeyFile:
    """The key file without the slot of anyone who is not an active administrator (the
    recovery slots stay, a pending one too: both codes open until the new one is
    confirmed)."""
    keep = {keyfile.locator(name) for name in admin_usernames}
    for slot_id in keyfile.slot_ids("user"):
        if slot_id not in keep:
            keyfile = keyfile.without_slot(slot_id)
    return keyfile


def unlock(keys: KeyFile, opener: Opener) -> bytes:
    """The data key the opener's secret unwraps from the backup's key file, checked
    against the key file's MAC. Wrong secrets are refused as at sign-in."""
    candidates: list[bytes] | None = None
    if opener.recovery_code is not None:
        for slot_id in keys.slot_ids("recovery"):
            try:
                candidates = keys.unlock(
                    slot_id, normalise_recovery_code(opener.recovery_code)
                ).data_keys
                break
            except WrongSecret:
                continue
        if candidates is None:
            raise RecoveryCodeWrong()
    else:
        try:
            candidates = keys.unlock(
                keys.locator(opener.username or ""), opener.password or ""
            ).data_keys
        except WrongSecret:
            raise AuthenticationFailed() from None
    for data_key in candidates:
        if keys.mac_valid(data_key):
            return data_key
    raise BackupRefused()


@dataclass(frozen=True)
class UnpackedFacts:
    """What the unpacked database itself says, read with the unlocked key."""

    admin_usernames: tuple[str, ...]
    audit_seq: int
    audit_mac: str


def read_unpacked(path: Path, data_key: bytes, database_id: str) -> UnpackedFacts:
    """Open the unpacked database part: it must open with the key and belong to the
    key file's database. Plain column reads, so a backup of any earlier schema answers."""
    engine = make_engine(path, data_key)
    try:
        verify_readable(engine)
        with engine.connect() as conn:
            bound = conn.execute(
                text("SELECT database_id FROM database_info WHERE id = 1")
            ).scalar_one_or_none()
            admins = conn.execute(
                text("SELECT username FROM accounts WHERE role = :r AND active"),
                {"r": ADMIN_ROLE},
            ).scalars()
            names = tuple(str(n) for n in admins)
            last = conn.execute(
                text("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1")
            ).first()
            conn.rollback()
    except (DBAPIError, DatabaseDamaged):
        raise BackupRefused() from None
    finally:
        engine.dispose()
    if bound != database_id:
        raise BackupRefused()
    return UnpackedFacts(names, int(last[0]) if last else 0, str(last[1]) if last else "")


def check_opener(facts: UnpackedFacts, opener: Opener) -> None:
    """A password restores only if it is an active administrator's in the backup."""
    if opener.recovery_code is not None:
        return
    wanted = normalise_username(opener.username or "")
    if wanted not in {normalise_username(n) for n in facts.admin_usernames}:
        raise RestoreNotAllowed()
