"""The backup file format: a ZIP (stored, not compressed) with a manifest, the key file
and a consistent encrypted copy of the database (sqlcipher_export under the same data
key). It opens with the same passwords and recovery code as the database it came from;
nothing in it is plaintext."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from .. import __version__
from ..errors import BackupFailed, BackupRefused, OberihError
from . import copies, migrate
from .engine import SQLITE_HEADER, make_engine
from .files import fsync_dir
from .keyfile import KeyFile
from .schema import AuditEntry

FORMAT = "oberih-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "database.sqlcipher"
KEYS = "keys.json"
SUFFIX = ".oberih-backup"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    size_bytes: int
    sha256: str
    schema_revision: str | None
    audit_entries: int


@dataclass(frozen=True)
class BackupManifest:
    created_at: datetime
    database_id: str
    schema_revision: str | None
    audit_seq: int
    audit_mac: str


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _snapshot_facts(copy_path: Path, data_key: bytes) -> tuple[str | None, int, str]:
    """Schema revision and the newest audit entry of the copy, read with the key."""
    engine = make_engine(copy_path, data_key)
    try:
        with Session(engine) as s:
            level = migrate.schema_level(s.connection())
            last = s.execute(
                select(AuditEntry.seq, AuditEntry.mac).order_by(AuditEntry.seq.desc()).limit(1)
            ).first()
    finally:
        engine.dispose()
    return level.current, (last.seq if last else 0), (last.mac if last else "")


def write_backup_file(
    engine: Engine,
    data_key: bytes,
    key_file: Path,
    database_id: str,
    dest: Path,
    created_at: datetime,
) -> BackupInfo:
    """Write and verify a backup file. No permission check: callers decide who may."""
    dest = Path(dest).expanduser().absolute()
    if dest.exists():
        raise BackupFailed()
    created = created_at
    dest.parent.mkdir(parents=True, exist_ok=True)
    scratch = dest.with_name(f".{dest.name}.db-part")
    tmp = dest.with_name(f".{dest.name}.tmp")
    for leftover in (scratch, tmp):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    try:
        copies.export_copy(engine, data_key, scratch)
        revision, seq, mac = _snapshot_facts(scratch, data_key)
        db_bytes = scratch.read_bytes()
        keys = key_file.read_bytes()
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created_at": created.isoformat(timespec="seconds"),
            "program_version": __version__,
            "database_id": database_id,
            "schema_revision": revision,
            "audit_head": {"seq": seq, "mac": mac},
            "files": {DATABASE: sha256_bytes(db_bytes), KEYS: sha256_bytes(keys)},
        }
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
            zf.writestr(KEYS, keys)
            zf.writestr(DATABASE, db_bytes)
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())
        inspect_backup(tmp)  # read back what was written
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except OberihError:
        raise
    except Exception:
        raise BackupFailed() from None
    finally:
        for leftover in (scratch, tmp):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return BackupInfo(dest, created, dest.stat().st_size, sha256_file(dest), revision, seq)


def read_parts(path: Path) -> tuple[dict[str, Any], bytes, bytes]:
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
            keys = zf.read(KEYS)
            database = zf.read(DATABASE)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, EOFError, zipfile.LargeZipFile):
        raise BackupRefused() from None
    return manifest, keys, database


def inspect_backup(path: str | Path) -> BackupManifest:
    """Check a backup without any password: structure, checksums, a key file that parses
    and belongs to the same database, and a database part that is not plaintext."""
    manifest, keys, database = read_parts(Path(path))
    try:
        if manifest["format"] != FORMAT or manifest["version"] != FORMAT_VERSION:
            raise ValueError
        if manifest["files"][DATABASE] != sha256_bytes(database):
            raise ValueError
        if manifest["files"][KEYS] != sha256_bytes(keys):
            raise ValueError
        if len(database) < 1024 or database.startswith(SQLITE_HEADER):
            raise ValueError
        keyfile = KeyFile(json.loads(keys.decode("utf-8")))
        keyfile._validate()
        if keyfile.database_id != manifest["database_id"]:
            raise ValueError
        return BackupManifest(
            datetime.fromisoformat(manifest["created_at"]),
            manifest["database_id"],
            manifest["schema_revision"],
            int(manifest["audit_head"]["seq"]),
            str(manifest["audit_head"]["mac"]),
        )
    except (KeyError, ValueError, TypeError, AttributeError):
        raise BackupRefused() from None
