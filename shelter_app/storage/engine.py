"""The SQLCipher engine: raw 256-bit key, durable journal, memory-only temp storage.

All SQLite-specific SQL lives here and in the other storage modules."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from ..errors import DatabaseBusy, DatabaseDamaged, DatabaseMissing, NotADatabase
from . import faults

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000
# Page cache per connection, an upper bound filled only as pages are read. SQLCipher's
# cost is decrypting (and checking) a page on every cache miss, so the cache holds the
# working set of a decade's annual summary (the report index, consultation topics and
# the clients: about 150-200 MB at a million consultations); at 64 MB such a summary
# decrypted much of the file again on every run (shelter-app bench, issue 8).
CACHE_KIB = 256 * 1024
# a write transaction: SQLite begins it IMMEDIATE (the file's write lock at once); a
# server engine takes its writers' lock first (storage/server.py)
WRITER = "oberih_writer"
IMMEDIATE = {"sqlite_begin": "IMMEDIATE", WRITER: True}


def raw_key_literal(data_key: bytes) -> str:
    """SQLCipher's raw-key syntax: the key is used as is, with no passphrase KDF."""
    return f"x'{data_key.hex()}'"


def make_engine(path: Path, data_key: bytes) -> Engine:
    """An engine on an existing or new encrypted database.

    The key travels in the URL's password field, which SQLAlchemy masks in every repr
    and error; a rendered URL string would drop it."""
    url = URL.create("sqlite+pysqlcipher", password=raw_key_literal(data_key), database=str(path))
    return _configured(create_engine(url))


def make_unencrypted_engine_for_benchmark(path: Path) -> Engine:
    """The same engine, the same SQLCipher library, on a PLAINTEXT file (no key is
    set). Only the benchmark uses it, on a throw-away copy of its synthetic data, to show
    what encryption costs; Oberih never opens real records this way."""
    import sqlcipher3  # the driver, here without a key

    url = URL.create("sqlite", database=str(path))
    return _configured(create_engine(url, module=sqlcipher3.dbapi2))


def _configured(engine: Engine) -> Engine:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # SQLAlchemy emits BEGIN itself (see _on_begin) so writers can take the lock early.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(
            "PRAGMA cipher_log_level = NONE"
        )  # its own stderr lines would leak past our messages
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA temp_store = MEMORY")
        # overwrite deleted content (purged names, replaced notes) instead of leaving it
        # in free pages, so a later backup or a copied file does not carry it on
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        if sys.platform == "darwin":  # macOS fsync() stops at the drive's cache (#21)
            cur.execute("PRAGMA fullfsync = ON")
            cur.execute("PRAGMA checkpoint_fullfsync = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def check_file_before_open(path: Path) -> None:
    """Refuse files SQLCipher would treat as new (missing, empty) or that are plaintext."""
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        raise DatabaseMissing() from None
    except IsADirectoryError:
        raise NotADatabase() from None
    if len(head) == 0:
        raise DatabaseDamaged()
    if head == SQLITE_HEADER:
        raise NotADatabase()


def translate_db_error(exc: BaseException, path: Path | None = None) -> Exception:
    """Map a driver error met while opening or checking to the user's error: busy, a
    fault of the drive (full, read-only, refused, I/O), or else damage (or a wrong key,
    which looks the same to SQLCipher)."""
    msg = str(getattr(exc, "orig", exc))
    if path is not None:
        fault = faults.from_driver_message(msg, path)
        if fault is not None:
            return fault
    elif any(sign in msg.lower() for sign in faults.BUSY_SIGNS):
        return DatabaseBusy()
    return DatabaseDamaged()


@contextmanager
def storage_errors(path: Path | None = None) -> Iterator[None]:
    """Turn a damaged page, a lock held too long or a fault of the drive, met anywhere in
    a unit of work, into the user's one-sentence error. Other driver errors (constraint
    violations: bugs, since services validate first) pass through unchanged."""
    try:
        yield
    except DBAPIError as exc:
        msg = str(exc.orig)
        fault = faults.from_driver_message(msg, path or Path.cwd())
        if fault is not None:
            raise fault from None
        if faults.is_damage_message(msg):
            raise DatabaseDamaged() from None
        raise
    except OSError as exc:
        raise faults.from_os_error(exc, path) from None


def verify_readable(engine: Engine) -> None:
    """First read with the key: fails when the key is wrong or page 1 is damaged."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
            conn.rollback()
    except DBAPIError as exc:
        raise translate_db_error(exc, _engine_path(engine)) from None


def _engine_path(engine: Engine) -> Path | None:
    name = engine.url.database
    return Path(name) if name else None


@contextmanager
def raw_cursor(engine: Engine) -> Iterator[Any]:
    """A driver cursor outside any transaction, for statements SQLite refuses inside one
    (journal mode, ATTACH, rekey, checkpoints)."""
    with engine.connect() as conn:
        driver = conn.connection.dbapi_connection
        if driver is None:
            raise RuntimeError("no driver connection")
        cur = driver.cursor()
        try:
            yield cur
        finally:
            cur.close()


def enable_wal(engine: Engine) -> None:
    """WAL is persistent in the file; set once when the database is created."""
    with raw_cursor(engine) as cur:
        mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise RuntimeError("could not enable WAL")


def sqlite_integrity(conn: Connection) -> list[str]:
    """Problems found by SQLite's integrity check and SQLCipher's page HMAC check.

    Takes a connection: with one connection per thread (SingletonThreadPool), opening a
    second one inside a unit of work would reuse the same driver connection."""
    problems: list[str] = []
    rows = conn.exec_driver_sql("PRAGMA integrity_check").scalars().all()
    if rows != ["ok"]:
        problems.extend(f"sqlite: {r}" for r in rows)
    problems.extend(
        f"sqlcipher: {r}"
        for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check").scalars().all()
    )
    return problems


def page_problems(conn: Connection) -> list[str]:
    """`sqlite_integrity` on a local file; a server checks its own pages (PostgreSQL's
    checksums and its administrator's tools), so there is nothing to read here."""
    if conn.dialect.name != "sqlite":
        return []
    return sqlite_integrity(conn)


def drop_plain_pages(engine: Engine) -> None:
    """After sealing plain values in place: checkpoint and truncate the WAL so the plain
    pages do not stay in it (freed cells are zeroed: secure_delete). A server has no file
    of ours to clean; its administrator's backups are hers to rotate."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.commit()


def rekey(engine: Engine, new_key: bytes) -> None:
    """Re-encrypt every page under `new_key`. The caller disposes the engine afterwards."""
    try:
        with raw_cursor(engine) as cur:
            cur.execute(f'PRAGMA rekey = "{raw_key_literal(new_key)}"')
    except Exception:
        # the driver's error may quote the statement, which holds the key
        raise RuntimeError("rekey failed") from None


def checkpoint(engine: Engine) -> None:
    with raw_cursor(engine) as cur:
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
