"""Moving a centre's local database to its new PostgreSQL server (issue 20:
`shelter-app migrate-to-server`), for an administrator.

Everything on the server happens in one transaction: the schema is built by the same
migrations, every row is copied with its key, the local key file becomes the server's
key slots, every row is read back and compared with the original, and the move is
written into the server's audit chain. Any failure or difference rolls it all back,
DDL included (PostgreSQL's DDL is transactional): the server database is left empty.
The file is only read (source_file.py) and stays as it was; its chain goes on in the
server's, whose first entry after the copy is the move itself."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from . import audit_chain
from .database import utcnow
from .errors import CopyNotVerified, ServerUnreachable, SourceNotCurrent
from .permissions import Permission, require
from .source_file import SourceFile
from .storage import transfer
from .storage.schema import Base
from .storage.server import is_server, server_errors, take_writer_lock

KEY_FILE_TABLE = "server_key_file"
THROTTLE_TABLE = "server_throttle"
MOVED = "database.moved_to_server"


@dataclass(frozen=True)
class MoveReport:
    copied: transfer.TransferReport
    verified: transfer.VerifyReport
    key_file_stored: bool  # False only where the schema has no server key table yet
    audit_seq: int


def move_to_server(
    source: SourceFile, server: Engine, progress: transfer.Progress | None = None
) -> MoveReport:
    """Copy the opened file into the empty server database and prove the copy; an
    administrator only. Raises TargetNotEmpty, CopyFailed or CopyNotVerified, and then
    the server database is as empty as before."""
    require(source.role, Permission.MOVE_TO_SERVER)
    try:
        dst = server.connect()
    except DBAPIError:
        raise ServerUnreachable() from None  # libpq's text may name hosts and roles
    # a connection lost half-way: ServerUnreachable (nothing committed), never a driver text
    with source.engine.connect() as src, dst, server_errors():
        try:
            with dst.begin():
                if is_server(dst):  # a second move at the same moment waits, then finds rows
                    take_writer_lock(dst)
                transfer.prepare_target(dst)
                if transfer.revision(src) != transfer.revision(dst):
                    raise SourceNotCurrent()
                copied = transfer.copy_tables(src, dst, progress=progress)
                stored = _store_document(dst, KEY_FILE_TABLE, source.key_document)
                _store_document(dst, THROTTLE_TABLE, source.throttle_document)
                verified = transfer.verify_tables(src, dst)
                _require_verified(verified, dst, stored, source)
                seq = _audit_move(dst, source, copied)
        finally:
            src.rollback()
    return MoveReport(copied, verified, stored, seq)


def _store_document(conn: Connection, name: str, document: bytes | None) -> bool:
    """A sidecar file as the server's row (migration 0015): the key file byte for byte
    (the server's key slots), and the throttle file, whose id the key file names (a
    missing one would hold every sign-in a while) and whose failures still wait to be
    audited."""
    table = Base.metadata.tables.get(name)
    if table is None or document is None or not inspect(conn).has_table(name):
        return False
    conn.execute(insert(table).values(id=1, document=document))
    return True


def _require_verified(
    verified: transfer.VerifyReport, conn: Connection, stored: bool, source: SourceFile
) -> None:
    if verified.mismatch is not None:
        raise CopyNotVerified(verified.mismatch.table, verified.mismatch.shown_key)
    if not verified.ok:
        raise CopyNotVerified(transfer.ALEMBIC_TABLE, str(verified.target_revision))
    if not stored:
        return
    for name, document in (
        (KEY_FILE_TABLE, source.key_document),
        (THROTTLE_TABLE, source.throttle_document),
    ):
        table = Base.metadata.tables[name]
        found = conn.execute(select(table.c.document).where(table.c.id == 1)).scalar()
        if (None if found is None else bytes(found)) != document:
            raise CopyNotVerified(name, "1")


def _audit_move(conn: Connection, source: SourceFile, copied: transfer.TransferReport) -> int:
    """The move, as the next entry of the chain the file had (its key moved with the
    audit state): who moved it, how many tables and rows. No path, no address."""
    with Session(bind=conn) as session:
        entry = audit_chain.append(
            session,
            at=utcnow(),
            account_id=source.account_id,
            role=source.role.value,
            action=MOVED,
            target_type="database",
            target_id=source.database_id,
            detail={"tables": len(copied.tables), "rows": copied.rows},
        )
        session.flush()
        return entry.seq
