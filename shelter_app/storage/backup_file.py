"""The backup file format: a ZIP (stored, not compressed) with a manifest, the key file
and a consistent encrypted copy of the database (sqlcipher_export under the same data
key). Its key file holds only the administrators' and the recovery slots, and its
manifest an HMAC under the data key (storage/backup_trust.py); nothing in it is
plaintext. Format 1 (before both) is still read."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from .. import __version__
from ..audit_chain import fingerprint
from ..errors import BackupFailed, BackupRefused, OberihError
from . import copies, faults, migrate
from .backup_trust import MANIFEST_MAC, manifest_mac
from .engine import SQLITE_HEADER, make_engine
from .files import fsync_dir, private_file, private_folder
from .keyfile import KeyFile
from .schema import AuditEntry

FORMAT = "oberih-backup"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)  # 1: every slot, a manifest without a MAC
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
    database_sha256: str = ""
    keys_sha256: str = ""
    version: int = FORMAT_VERSION
    # the manifest as stored and the key file's bytes, for restore's checks
    document: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    keys: bytes = field(default=b"", repr=False, compare=False)


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


def _export(engine: Engine, data_key: bytes, dest: Path) -> None:
    """The database part: sqlcipher_export of a local file, or a server's rows copied
    into a new encrypted file and verified row by row (server_copy.py)."""
    if engine.dialect.name == "postgresql":
        from .server_copy import export_server_copy

        export_server_copy(engine, data_key, dest)
    else:
        copies.export_copy(engine, data_key, dest)


def write_backup_file(
    engine: Engine,
    data_key: bytes,
    keyfile: KeyFile,
    database_id: str,
    dest: Path,
    created_at: datetime,
) -> BackupInfo:
    """Write and verify a backup file (0600, in a folder made 0700 if new) holding
    `keyfile`, signed here under `data_key`. No permission check: callers decide who
    may, and which slots go in."""
    dest = Path(dest).expanduser().absolute()
    if dest.exists():
        raise BackupFailed()
    created = created_at
    private_folder(dest.parent)
    scratch = dest.with_name(f".{dest.name}.db-part")
    tmp = dest.with_name(f".{dest.name}.tmp")
    for leftover in (scratch, tmp):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    try:
        _export(engine, data_key, scratch)
        revision, seq, mac = _snapshot_facts(scratch, data_key)
        db_bytes = scratch.read_bytes()
        keys = keyfile.signed(data_key).to_bytes()
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created_at": created.isoformat(timespec="seconds"),
            "program_version": __version__,
            "database_id": database_id,
            "schema_revision": revision,
            # the head as the database had it: restored beside it, and its fingerprint
            # for the administrator's paper note
            "audit_head": {
                "seq": seq,
                "mac": mac,
                "fingerprint": fingerprint(database_id, seq, mac),
            },
            "files": {DATABASE: sha256_bytes(db_bytes), KEYS: sha256_bytes(keys)},
            "sizes": {DATABASE: len(db_bytes), KEYS: len(keys)},
        }
        manifest[MANIFEST_MAC] = manifest_mac(data_key, manifest)
        with (
            private_file(tmp) as raw,
            zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED) as zf,
        ):
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
    except OSError as exc:
        raise faults.from_os_error(exc, dest) from None
    except Exception:
        raise BackupFailed() from None
    finally:
        for leftover in (scratch, tmp):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return BackupInfo(dest, created, dest.stat().st_size, sha256_file(dest), revision, seq)


# Hard caps on what a backup may hold. Sizes are read from the ZIP's central directory
# (and the manifest, in backups that record them) before any byte is read, members must
# be stored (not compressed), so a small file cannot unpack into gigabytes.
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_KEYS_BYTES = 16 * 1024 * 1024
MAX_DATABASE_BYTES = 256 * 1024 * 1024 * 1024
_CAPS = {MANIFEST: MAX_MANIFEST_BYTES, KEYS: MAX_KEYS_BYTES, DATABASE: MAX_DATABASE_BYTES}
CHUNK = 1 << 20


def _checked_members(zf: zipfile.ZipFile, archive_size: int) -> dict[str, zipfile.ZipInfo]:
    infos = {i.filename: i for i in zf.infolist()}
    if set(infos) != set(_CAPS) or len(zf.infolist()) != len(_CAPS):
        raise ValueError("members")
    for name, info in infos.items():
        if info.compress_type != zipfile.ZIP_STORED or info.file_size != info.compress_size:
            raise ValueError("compressed")
        if info.file_size > _CAPS[name] or info.file_size > archive_size:
            raise ValueError("size")
    return infos


def _read_manifest(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo]) -> dict[str, Any]:
    doc = json.loads(zf.read(MANIFEST).decode("utf-8"))
    if not isinstance(doc, dict):
        raise ValueError("manifest")
    sizes = doc.get("sizes")
    if sizes is not None and any(int(sizes[n]) != infos[n].file_size for n in (KEYS, DATABASE)):
        raise ValueError("sizes")
    return doc


def stream_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, sink: BinaryIO | None = None
) -> tuple[str, bytes]:
    """SHA-256 and the first 16 bytes of a member, read in chunks (copied into `sink`
    if given), never more than the size the directory declared."""
    h = hashlib.sha256()
    head = b""
    total = 0
    with zf.open(info) as member:
        for chunk in iter(lambda: member.read(CHUNK), b""):
            total += len(chunk)
            if total > info.file_size:
                raise ValueError("longer than declared")
            if len(head) < 16:
                head = (head + chunk)[:16]
            h.update(chunk)
            if sink is not None:
                sink.write(chunk)
    if total != info.file_size:
        raise ValueError("shorter than declared")
    return h.hexdigest(), head


def read_parts(path: Path) -> tuple[dict[str, Any], bytes, bytes]:
    """The manifest, the key file and the database part, all in memory: for small
    backups in tests. Restore streams instead (open_backup)."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = _checked_members(zf, path.stat().st_size)
            manifest = _read_manifest(zf, infos)
            keys = zf.read(KEYS)
            database = zf.read(DATABASE)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, EOFError, zipfile.LargeZipFile):
        raise BackupRefused() from None
    return manifest, keys, database


def inspect_backup(path: str | Path) -> BackupManifest:
    """Check a backup without any password: structure and sizes, checksums (streamed), a
    key file that parses and belongs to the same database, and a database part that is
    not plaintext."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = _checked_members(zf, path.stat().st_size)
            manifest = _read_manifest(zf, infos)
            keys = zf.read(KEYS)
            db_sha, db_head = stream_member(zf, infos[DATABASE])
        if manifest["format"] != FORMAT or manifest["version"] not in READABLE_VERSIONS:
            raise ValueError
        if manifest["version"] >= 2 and not isinstance(manifest.get(MANIFEST_MAC), str):
            raise ValueError
        if manifest["files"][DATABASE] != db_sha:
            raise ValueError
        if manifest["files"][KEYS] != sha256_bytes(keys):
            raise ValueError
        if infos[DATABASE].file_size < 1024 or db_head.startswith(SQLITE_HEADER):
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
            str(manifest["files"][DATABASE]),
            str(manifest["files"][KEYS]),
            int(manifest["version"]),
            manifest,
            keys,
        )
    except (
        OSError,
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
    ):
        raise BackupRefused() from None


def extract_member(backup: Path, name: str, dest: Path, expected_sha: str) -> None:
    """Copy one member into a new private file (0600), streamed and checked against the
    manifest's SHA-256; fsynced. A mismatch removes the file and refuses the backup."""
    try:
        with zipfile.ZipFile(backup) as zf:
            infos = _checked_members(zf, backup.stat().st_size)
            with private_file(dest) as sink:
                sha, _ = stream_member(zf, infos[name], sink)
                sink.flush()
                os.fsync(sink.fileno())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError, ValueError):
        with contextlib.suppress(FileNotFoundError):
            dest.unlink()
        raise BackupRefused() from None
    if sha != expected_sha:
        dest.unlink()
        raise BackupRefused()
