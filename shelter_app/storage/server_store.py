"""What a local database keeps in files beside it, kept on a PostgreSQL server instead
(issue 20): the key file document, the sign-in throttle, and the audit head.

- The key file document lives in `server_key_file` (one row): exactly the bytes a local
  `.keys` file holds, MAC-checked with the data key as there. A change reads the row
  `FOR UPDATE`, so two workstations changing slots at once change them one after the
  other (the sidecar FileLock's role on one computer).
- The throttle document lives in `server_throttle` (one row), the same JSON the
  `.throttle` file holds, so the waits, counts and the ledger's authentication
  (storage/throttle.py) are the same and hold per account across every workstation.
- The audit head. The server keeps the chain and its `audit_state` (one chain: every
  writer takes the writers' lock, storage/server.py). A head kept on the server would
  prove nothing (whoever puts back an older dump puts back its head too), so each
  workstation remembers the newest head it has seen in a file of its own, under its
  user data folder, named by the database id: a server put back to an older dump is
  noticed at this workstation's next sign-in ("truncated" or "mismatch", as for a local
  file). The first sign-in at a workstation has nothing to compare with: it records the
  newest entry it finds (trust on first use), never later."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import ProgrammingError

from ..errors import KeyFileMissing, ServerDatabaseEmpty
from .files import DatabasePaths, private_folder
from .keyfile import KeyFile
from .schema import ServerKeyFile, ServerThrottle

# the workstation's own folder for what it remembers of servers (tests point it elsewhere)
WORKSTATION_DIR_ENV = "OBERIH_WORKSTATION_DIR"
ROW = 1
UNDEFINED_TABLE = "42P01"


def workstation_folder() -> Path:
    given = os.environ.get(WORKSTATION_DIR_ENV)
    if given:
        return Path(given)
    import platformdirs  # here: a local database never needs it

    return Path(platformdirs.user_data_dir("Oberih", "Oberih")) / "servers"


def workstation_paths(database_id: str) -> DatabasePaths:
    """Names for this workstation's files about one server database: `.audit-head` (the
    newest head seen here) and `.sidecar-lock`. The database name itself is never a file."""
    folder = workstation_folder()
    private_folder(folder)
    return DatabasePaths.for_database(folder / f"{database_id}.server")


# --- the key file document --------------------------------------------------------------


class ServerKeys:
    """The key file row of one server database."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def load(self) -> KeyFile:
        """The key file row; ServerDatabaseEmpty before `init` (no tables: 42P01), and
        KeyFileMissing when the tables are there without the row."""
        try:
            with self.engine.connect() as conn:
                raw = conn.execute(
                    select(ServerKeyFile.document).where(ServerKeyFile.id == ROW)
                ).scalar_one_or_none()
                conn.rollback()
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) == UNDEFINED_TABLE:
                raise ServerDatabaseEmpty() from None
            raise
        if raw is None:
            raise KeyFileMissing()
        return KeyFile.from_bytes(bytes(raw))

    def replace(self, change: Callable[[KeyFile], KeyFile], sign_key: bytes) -> KeyFile:
        """Read the row FOR UPDATE, change it, sign with `sign_key` and write it back in
        one transaction. Returns the signed copy."""
        with self.engine.begin() as conn:
            raw = conn.execute(
                select(ServerKeyFile.document).where(ServerKeyFile.id == ROW).with_for_update()
            ).scalar_one_or_none()
            if raw is None:
                raise KeyFileMissing()
            signed = change(KeyFile.from_bytes(bytes(raw))).signed(sign_key)
            conn.execute(
                update(ServerKeyFile)
                .where(ServerKeyFile.id == ROW)
                .values(document=signed.to_bytes())
            )
        return signed


def put_key_file(conn: Connection, keyfile: KeyFile) -> None:
    """The first key file document of a new server database (`init`, a move up): the
    bytes a file would hold, already signed."""
    conn.execute(insert(ServerKeyFile).values(id=ROW, document=keyfile.to_bytes()))


# --- the throttle document --------------------------------------------------------------


class ServerLedger:
    """storage/throttle.LedgerStore on the server row. `lock()` holds the row FOR UPDATE
    in a transaction of its own; reads and writes inside it use that transaction. Given
    `conn` (`init`), everything happens in that caller's transaction instead."""

    def __init__(self, engine: Engine, conn: Connection | None = None):
        self.engine = engine
        self._given = conn
        self._held: Connection | None = None

    @contextmanager
    def _conn(self) -> Iterator[Connection]:
        held = self._held or self._given
        if held is not None:
            yield held
            return
        with self.engine.begin() as conn:
            yield conn

    def read(self) -> bytes | None:
        with self._conn() as conn:
            raw = conn.execute(
                select(ServerThrottle.document).where(ServerThrottle.id == ROW)
            ).scalar_one_or_none()
        return None if raw is None else bytes(raw)

    def write(self, data: bytes) -> None:
        with self._conn() as conn:
            conn.execute(
                update(ServerThrottle).where(ServerThrottle.id == ROW).values(document=data)
            )

    @contextmanager
    def lock(self) -> Iterator[object]:
        # here: the PostgreSQL dialect's import costs every local command's start-up
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        with self._conn() as conn:
            # the row exists from the first lock on (NULL: no document yet), so there is
            # always a row to lock
            conn.execute(
                pg_insert(ServerThrottle)
                .values(id=ROW, document=None)
                .on_conflict_do_nothing(index_elements=["id"])
            )
            conn.execute(
                select(ServerThrottle.id).where(ServerThrottle.id == ROW).with_for_update()
            )
            outer, self._held = self._held, conn
            try:
                yield conn
            finally:
                self._held = outer
