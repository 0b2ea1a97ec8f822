"""Reading an encrypted database file without writing a byte to it or beside it (issue
20: a move to a server leaves the file as it was).

SQLite opened `immutable` takes no locks and makes no -wal, -shm or journal file. That
is safe only while nobody writes, and only when no journal holds writes not yet in the
file: so the writer gate (held shared by every open database) is taken exclusively for
the whole read, and a file with a journal left over is refused."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from ..errors import DatabaseInUse, SourceNotSettled
from .engine import raw_key_literal
from .files import DatabasePaths


def read_only_engine(path: Path, data_key: bytes) -> Engine:
    """An engine that can only read `path` and creates no file beside it. The key goes
    in the URL's password field, which SQLAlchemy masks (as storage/engine.py does)."""
    url = URL.create(
        "sqlite+pysqlcipher",
        password=raw_key_literal(data_key),
        database=f"file:{path.as_posix()}?mode=ro&immutable=1",
        query={"uri": "true"},
    )
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA cipher_log_level = NONE")  # no SQLCipher lines on stderr
        cur.execute("PRAGMA temp_store = MEMORY")  # sorting never spills to a plain file
        cur.close()

    return engine


def check_settled(paths: DatabasePaths) -> None:
    """Refuse a file whose last writes are still in a journal (a crash, a restore cut
    off): an immutable read would not see them; a normal sign-in completes them."""
    if paths.restore_journal.exists():
        raise SourceNotSettled()
    for journal in (paths.wal, paths.journal):
        with contextlib.suppress(FileNotFoundError):
            if journal.stat().st_size > 0:
                raise SourceNotSettled()


@contextmanager
def nobody_writing(paths: DatabasePaths) -> Iterator[None]:
    """Hold the writer gate exclusively (refused while the database is open anywhere on
    this computer), without creating the gate file: a database never opened since it
    was made has none, and then nobody has it open either. On Windows writers do not
    take the gate (storage/instance_lock.py); there the instance lock is checked."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        from .instance_lock import InstanceLock

        if paths.instance_lock.exists():
            with InstanceLock(paths):
                yield
        else:
            yield
        return
    import fcntl

    try:
        fd = os.open(paths.writer_gate, os.O_RDONLY)
    except FileNotFoundError:
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise DatabaseInUse() from None
        yield
    finally:
        os.close(fd)  # closing releases the lock
