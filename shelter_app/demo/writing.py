"""Writing the demo's rows: bulk inserts in batches, ids read back in order."""

from __future__ import annotations

import contextlib
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..storage.files import DatabasePaths
from ..storage.server import ServerAddress, make_server_engine
from ..storage.transfer import empty_again
from .parameters import (
    BATCH,
)

# --- writing ----------------------------------------------------------------------------------


def _insert(session: Session, entity: Any, rows: list[dict[str, Any]]) -> None:
    table = entity.__table__
    for i in range(0, len(rows), BATCH):
        session.execute(insert(table), rows[i : i + BATCH])


def _insert_ids(session: Session, entity: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert and return the new ids in the order of `rows`."""
    table = entity.__table__
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    ids: list[int] = []
    for i in range(0, len(rows), BATCH):
        ids.extend(session.scalars(statement, rows[i : i + BATCH]))
    return ids


def _insert_keyed(
    session: Session, entity: Any, rows: list[dict[str, Any]], key: tuple[str, ...]
) -> list[int]:
    """Like _insert_ids for big tables: RETURNING in row order costs one statement per
    row, so the rows go in as plain batches and their ids are read back by `key`, unique
    among the new rows (the writer holds the write lock: the new rows are the ones past
    the highest id before)."""
    table = entity.__table__
    before = session.scalar(select(func.max(table.c.id))) or 0
    _insert(session, entity, rows)
    columns = [table.c[k] for k in key]
    new = session.execute(select(table.c.id, *columns).where(table.c.id > before))
    found = {tuple(r[1:]): r[0] for r in new}
    return [found[tuple(row[k] for k in key)] for row in rows]


def _empty_server_database(address: ServerAddress) -> None:
    """Drop what a failed build made on the server. If the server cannot be reached now,
    the build's own error is what the user needs to see: `init` then refuses the
    database, and the server page says how to drop and make it again."""
    engine = make_server_engine(address)
    try:
        with contextlib.suppress(Exception):  # the build's own error is being raised
            empty_again(engine)
    finally:
        engine.dispose()


def _remove_files(paths: DatabasePaths) -> None:
    for leftover in (
        paths.database,
        paths.wal,
        paths.shm,
        paths.journal,
        paths.key_file,
        paths.audit_head,
        paths.throttle,
        paths.sidecar_lock,
    ):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
