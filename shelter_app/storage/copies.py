"""Consistent encrypted copies of a live database, verified before they are trusted.

SQLCipher disables SQLite's backup API for encrypted databases, so a copy is made by
attaching the target *with a key* and calling sqlcipher_export (an ATTACH without a key
would write plaintext)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy import Engine, text

from ..errors import StorageFault
from . import faults
from .engine import make_engine, raw_cursor, raw_key_literal, sqlite_integrity
from .files import fsync_dir, private_file, private_folder


class CopyFailed(Exception):
    """The copy could not be written or did not verify; the partial file is removed."""


def _table_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        names = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ).scalars()
        counts = {  # table names come from sqlite_master, not from users
            n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one()  # noqa: S608
            for n in names
        }
        conn.rollback()
    return counts


def export_copy(engine: Engine, data_key: bytes, dest: Path) -> None:
    """Write an encrypted copy of the database to `dest` (which must not exist) and
    verify it: it opens with the key, passes both integrity checks and holds as many
    rows in every table as the source did when the copy was taken."""
    if dest.exists():
        raise CopyFailed("destination exists")
    private_folder(dest.parent)
    private_file(dest).close()  # SQLite would make it 0644: an empty 0600 file first
    try:
        with raw_cursor(engine) as cur:
            cur.execute(
                "ATTACH DATABASE ? AS oberih_copy KEY ?", (str(dest), raw_key_literal(data_key))
            )
            try:
                # one read transaction: the export and the counts see the same snapshot
                cur.execute("BEGIN")
                try:
                    cur.execute("SELECT sqlcipher_export('oberih_copy')")
                    names = [
                        r[0]
                        for r in cur.execute(
                            "SELECT name FROM main.sqlite_master WHERE type = 'table'"
                        ).fetchall()
                    ]
                    expected = {
                        n: cur.execute(f'SELECT count(*) FROM main."{n}"').fetchone()[0]  # noqa: S608
                        for n in names
                    }
                finally:
                    cur.execute("COMMIT")
            finally:
                cur.execute("DETACH DATABASE oberih_copy")
        with open(dest, "rb+") as f:
            os.fsync(f.fileno())
        fsync_dir(dest.parent)
        copy = make_engine(dest, data_key)
        try:
            with copy.connect() as conn:
                problems = sqlite_integrity(conn)
                conn.rollback()
            counts = _table_counts(copy)
        finally:
            copy.dispose()
        if problems or counts != expected:
            raise CopyFailed("verification failed")
    except CopyFailed:
        with contextlib.suppress(OSError):
            dest.unlink()
        raise
    except Exception as exc:
        with contextlib.suppress(OSError):
            dest.unlink()
        # a full or read-only drive is said as such (never "damaged"); only the message's
        # class is kept: driver errors may quote the ATTACH statement, which holds the key
        fault = _drive_fault(exc, dest)
        if fault is not None:
            raise fault from None
        raise CopyFailed("copy failed") from None


def _drive_fault(exc: Exception, dest: Path) -> StorageFault | None:
    if isinstance(exc, OSError):
        return faults.from_os_error(exc, dest)
    fault = faults.from_driver_message(str(getattr(exc, "orig", exc)), dest)
    return fault if isinstance(fault, StorageFault) else None
