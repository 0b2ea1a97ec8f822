"""A server database's rows as a new encrypted file: the database part of a backup of a
server (issue 20: `shelter-app backup --server URL`).

A local backup is made by `sqlcipher_export` (copies.py); a server has no such thing,
so the rows are copied by storage/transfer.py into a new SQLCipher file, encrypted under
the same data key, whose schema the same migrations build. The server is read in one
REPEATABLE READ, read-only transaction: every table is read at the same instant while
others keep working (no writer waits for a backup), and the row-by-row verification
reads the same snapshot, so it proves the file equals the server as of that instant.
The key tables (server_key_file, server_throttle) stay empty in the file, as they are
in a local database: the backup carries its own key file beside it.

A server whose schema is older than this program's (the backup written before an
upgrade) is copied as its schema is: its tables are reflected from the server, and the
file is built by the migrations up to the server's revision, so the file is what a
local database at that revision would be; a local restore brings it up to date at the
next sign-in, as it does any older backup."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy import Connection, Engine, MetaData, Table, delete

from ..errors import CopyFailed as RowRefused
from ..errors import OberihError
from . import migrate, transfer
from .copies import CopyFailed
from .engine import make_engine, sqlite_integrity
from .files import fsync_dir, private_file, private_folder
from .server import server_errors


def _snapshot(conn: Connection) -> Connection:
    """`conn` set for one consistent view of the server (transfer.snapshot), read-only:
    a backup never writes to what it backs up."""
    return transfer.snapshot(conn).execution_options(postgresql_readonly=True)


def export_server_copy(server: Engine, data_key: bytes, dest: Path) -> transfer.VerifyReport:
    """Write the server's rows into a new encrypted file `dest` (0600, which must not
    exist) and verify it row by row against the same snapshot; CopyFailed (the file
    removed) when anything differs or the file fails SQLite's integrity checks."""
    if dest.exists():
        raise CopyFailed("destination exists")
    private_folder(dest.parent)
    private_file(dest).close()  # SQLite would make it 0644: an empty 0600 file first
    target = make_engine(dest, data_key)
    try:
        with (
            server_errors(),
            _snapshot(server.connect()) as src,
            src.begin(),
            target.connect() as dst,
        ):
            level = transfer.revision(src)
            tables = None if level == migrate.head_revision() else _tables_at(src)
            with dst.begin():
                _prepare(dst, level, tables)
                if transfer.revision(src) != transfer.revision(dst):
                    raise CopyFailed("the schema levels differ")
                transfer.copy_tables(src, dst, tables=tables)
            report = transfer.verify_tables(src, dst, tables=tables)
            problems = sqlite_integrity(dst)
            dst.rollback()
        if not report.ok or problems:
            raise CopyFailed("verification failed")
        with open(dest, "rb+") as f:
            os.fsync(f.fileno())
        fsync_dir(dest.parent)
        return report
    except RowRefused:
        _remove(dest)
        raise CopyFailed("a row was refused") from None
    except BaseException as exc:
        _remove(dest)
        if isinstance(exc, OberihError | CopyFailed):
            raise
        raise CopyFailed("copy failed") from None
    finally:
        target.dispose()


def _tables_at(src: Connection) -> list[Table]:
    """The server's tables as its (older) schema has them, parents first: what a
    before-upgrade backup copies (this program's metadata describes the newer schema)."""
    reflected = MetaData()
    reflected.reflect(bind=src)
    skip = transfer.KEY_TABLES | {transfer.ALEMBIC_TABLE}
    return [t for t in reflected.sorted_tables if t.name not in skip]


def _prepare(dst: Connection, level: str | None, tables: list[Table] | None) -> None:
    """The new file's schema at the server's level, without the rows the migrations
    seed (the server's own take their place)."""
    if tables is None:
        transfer.prepare_target(dst)
        return
    if level is None:
        raise CopyFailed("the server holds no Oberih database")
    migrate.upgrade_in(dst, level)
    for table in reversed(tables):
        dst.execute(delete(table))


def _remove(dest: Path) -> None:
    for leftover in (dest, dest.with_name(dest.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()
