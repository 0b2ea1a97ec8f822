"""Restoring a backup onto an empty PostgreSQL server database (issue 20:
`shelter-app restore --backup FILE --server URL`).

The backup is trusted exactly as a local restore trusts it (backups.py,
storage/backup_trust.py): an administrator's password or the recovery code unlocks its
key file, both MACs are checked, the database part is unpacked (still encrypted, into a
private temporary folder) and must open with that key, belong to the key file's
database, hold the person restoring as an active administrator and end its audit log
where the manifest says. Only then is the server touched.

On the server everything happens in ONE transaction under the writers' lock: the empty
database is refused unless it holds no row, the schema is built by the same
migrations, every row is copied with its key, the key file (only the active
administrators' and the recovery slots) and a new throttle document are stored, and
every row is read back and compared with the backup's. Any failure or difference rolls
it all back, DDL included: the server database is left empty. No audit entry is
written, as a local restore writes none (the chain goes on where the backup left it);
the restoring workstation records the restored head, as a local restore writes the
head file."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import DBAPIError

from . import audit_chain
from .backups import unlocked_backup
from .errors import (
    BackupRefused,
    CopyNotVerified,
    RestoreTargetNotEmpty,
    RestoreTooOld,
    ServerUnreachable,
    TargetNotEmpty,
)
from .storage import backup_trust, migrate, transfer
from .storage.backup_file import DATABASE, BackupManifest, extract_member
from .storage.backup_trust import Opener
from .storage.engine import make_engine
from .storage.files import private_folder
from .storage.keyfile import KeyFile
from .storage.schema import ServerKeyFile
from .storage.server import ServerAddress, make_server_engine, server_errors, take_writer_lock
from .storage.server_store import ROW, ServerLedger, workstation_paths
from .storage.throttle import Throttle


@dataclass(frozen=True)
class ServerRestoreResult:
    server: ServerAddress
    created_at: datetime
    copied: transfer.TransferReport
    verified: transfer.VerifyReport


def restore_to_server(
    backup: str | Path, address: ServerAddress, opener: Opener
) -> ServerRestoreResult:
    """Put a verified backup into the empty server database at `address`. Raises what a
    local restore raises for the backup, RestoreTargetNotEmpty for a server database
    with rows, RestoreTooOld for a backup of an older schema, CopyFailed or
    CopyNotVerified (the server then as empty as before)."""
    backup = Path(backup)
    manifest, keys, data_key = unlocked_backup(backup, opener)
    if manifest.schema_revision != migrate.head_revision():
        raise RestoreTooOld()
    scratch = Path(tempfile.mkdtemp(prefix="oberih-restore-"))  # 0700
    try:
        private_folder(scratch)
        unpacked = scratch / "backup.sqlcipher"  # encrypted under the data key, 0600
        extract_member(backup, DATABASE, unpacked, manifest.database_sha256)
        facts = backup_trust.read_unpacked(unpacked, data_key, keys.database_id)
        backup_trust.check_opener(facts, opener)
        _same_head(manifest, facts)
        keys = backup_trust.administrators_only(keys, facts.admin_usernames)
        source = make_engine(unpacked, data_key)
        server = make_server_engine(address)
        try:
            copied, verified = _copy_in(source, server, keys, data_key)
        finally:
            source.dispose()
            server.dispose()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    audit_chain.write_head(
        workstation_paths(manifest.database_id),
        manifest.database_id,
        facts.audit_seq,
        facts.audit_mac,
    )
    return ServerRestoreResult(address, manifest.created_at, copied, verified)


def _same_head(manifest: BackupManifest, facts: backup_trust.UnpackedFacts) -> None:
    if manifest.version >= 2 and (facts.audit_seq, facts.audit_mac) != (
        manifest.audit_seq,
        manifest.audit_mac,
    ):
        raise BackupRefused()


def _copy_in(
    source: Engine, server: Engine, keys: KeyFile, data_key: bytes
) -> tuple[transfer.TransferReport, transfer.VerifyReport]:
    try:
        dst = server.connect()
    except DBAPIError:
        raise ServerUnreachable() from None  # libpq's text may name hosts and roles
    with source.connect() as src, dst:
        try:
            with server_errors(), dst.begin():
                take_writer_lock(dst)  # a second restore at the same moment waits
                try:
                    transfer.prepare_target(dst)
                except TargetNotEmpty:
                    raise RestoreTargetNotEmpty() from None
                copied = transfer.copy_tables(src, dst)
                made = Throttle(ServerLedger(server, dst)).create()
                if made.file_id is not None:
                    keys = keys.with_throttle_id(made.file_id)
                document = keys.signed(data_key).to_bytes()
                dst.execute(insert(ServerKeyFile).values(id=ROW, document=document))
                verified = transfer.verify_tables(src, dst)
                _require_verified(verified, dst, document)
        finally:
            with contextlib.suppress(DBAPIError):
                src.rollback()
    return copied, verified


def _require_verified(verified: transfer.VerifyReport, conn: Connection, document: bytes) -> None:
    if verified.mismatch is not None:
        raise CopyNotVerified(verified.mismatch.table, verified.mismatch.shown_key)
    if not verified.ok:
        raise CopyNotVerified(transfer.ALEMBIC_TABLE, str(verified.target_revision))
    stored = conn.execute(select(ServerKeyFile.document).where(ServerKeyFile.id == ROW)).scalar()
    if stored is None or bytes(stored) != document:
        raise CopyNotVerified(ServerKeyFile.__tablename__, "1")
