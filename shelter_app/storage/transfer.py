"""Copy every row of an Oberih database from one engine to another, and prove the copy
row by row (issue 20: moving a local file to a server; a server's backup file).

Generic over the schema: every table of `Base.metadata` in foreign-key order, read in
primary-key order in batches (constant memory at a million consultations), written with
the same primary keys. PostgreSQL's sequences are then set past the highest key so new
rows do not collide. The verifier reads both sides again in primary-key order and
compares every value after normalising what the two engines store differently; it names
a differing row by table and key only, never by a value.

The caller owns the transaction on the target: one transaction for building the schema,
copying and verifying means a failure leaves the target as empty as it was."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from alembic.runtime.migration import MigrationContext
from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Integer,
    Table,
    delete,
    exists,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.sql.elements import ColumnElement

from ..errors import CopyFailed, CopyNotVerified, TargetNotEmpty
from .schema import Base
from .server import take_writer_lock

# How many rows are read and written at a time: memory stays the same at any size.
BATCH_ROWS = 2000
# What a local database keeps in sidecar files (the key file, the sign-in throttle), a
# server keeps in these tables (migration 0015). They are never copied as tables: a move
# writes the local files there itself (server_move.py), and a backup file carries its own
# key file with only the administrators' slots.
KEY_TABLES = frozenset({"server_key_file", "server_throttle"})
ALEMBIC_TABLE = "alembic_version"

Progress = Callable[[str, int], None]  # table name, rows of it copied so far


def schema_tables() -> list[Table]:
    """Every Oberih table, parents before children, without the key-slot tables."""
    from . import case_schema, casework_schema, people_schema, violence_schema  # noqa: F401

    return [t for t in Base.metadata.sorted_tables if t.name not in KEY_TABLES]


@dataclass(frozen=True)
class TableCount:
    table: str
    rows: int


@dataclass(frozen=True)
class TransferReport:
    tables: tuple[TableCount, ...]
    revision: str | None
    seconds: float

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


@dataclass(frozen=True)
class Mismatch:
    """The first row that differs: its table, its primary key, and what is wrong
    ("differs", "missing" on the target, "extra" on the target)."""

    table: str
    key: tuple[Any, ...]
    kind: str

    @property
    def shown_key(self) -> str:
        return ", ".join(str(k) for k in self.key)


@dataclass(frozen=True)
class TableCheck:
    table: str
    source_rows: int
    target_rows: int


@dataclass(frozen=True)
class VerifyReport:
    tables: tuple[TableCheck, ...]
    source_revision: str | None
    target_revision: str | None
    mismatch: Mismatch | None
    seconds: float

    @property
    def rows(self) -> int:
        return sum(t.source_rows for t in self.tables)

    @property
    def ok(self) -> bool:
        return (
            self.mismatch is None
            and self.source_revision == self.target_revision
            and all(t.source_rows == t.target_rows for t in self.tables)
        )


# --- the target ---------------------------------------------------------------------


def check_empty(conn: Connection) -> None:
    """Refuse a target with any row in any Oberih table (an empty schema is fine)."""
    present = set(inspect(conn).get_table_names())
    for table in schema_tables() + [Base.metadata.tables[n] for n in _key_tables()]:
        if table.name in present and conn.execute(select(exists().select_from(table))).scalar():
            raise TargetNotEmpty()


def empty_again(engine: Engine) -> None:
    """Drop every Oberih table, the key tables and Alembic's mark, in one transaction:
    for a database that was empty before a build that failed part-way (the demo on a
    server), so that it is empty again, ready for `init` or another demo. PostgreSQL
    drops tables inside a transaction: a failure here leaves it as it was."""
    with engine.begin() as conn:
        take_writer_lock(conn)
        present = set(inspect(conn).get_table_names())
        check_known_tables(conn)
        every = [*schema_tables(), *(Base.metadata.tables[n] for n in _key_tables())]
        for table in reversed(every):  # children first
            if table.name in present:
                conn.execute(text(f'DROP TABLE "{table.name}"'))
        if ALEMBIC_TABLE in present:
            conn.execute(text(f'DROP TABLE "{ALEMBIC_TABLE}"'))


def _key_tables() -> list[str]:
    return sorted(KEY_TABLES & set(Base.metadata.tables))


def revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def check_known_tables(conn: Connection) -> None:
    """Every table the database has is one this copier knows: a table the metadata
    lacks would be silently left behind (a programming error, not the user's)."""
    known = {t.name for t in schema_tables()} | KEY_TABLES | {ALEMBIC_TABLE}
    unknown = sorted(set(inspect(conn).get_table_names()) - known)
    if unknown:
        raise RuntimeError(f"tables unknown to the copier: {', '.join(unknown)}")


# --- copying ------------------------------------------------------------------------


def _order(columns: Sequence[Column[Any]], conn: Connection) -> list[ColumnElement[Any]]:
    """Primary-key order that both engines agree on: text compared by code point
    (SQLite's BINARY; PostgreSQL's "C" collation, not the database's locale)."""
    if conn.dialect.name != "postgresql":
        return list(columns)
    return [c.collate("C") if not isinstance(c.type, Integer) else c for c in columns]


def _stream(conn: Connection, table: Table, batch: int) -> Iterator[Sequence[Any]]:
    """The table's rows in primary-key order, `batch` at a time (a server-side cursor
    on PostgreSQL)."""
    stmt = select(table).order_by(*_order(list(table.primary_key.columns), conn))
    # per statement: Connection.execution_options would change the connection itself
    result = conn.execute(stmt, execution_options={"yield_per": batch})
    yield from result.partitions(batch)


def _self_references(table: Table) -> list[tuple[str, str]]:
    """(column, referenced column) of foreign keys from a table to itself."""
    return [
        (fk.parent.name, fk.column.name) for fk in table.foreign_keys if fk.column.table is table
    ]


def copy_tables(
    source: Connection,
    target: Connection,
    batch: int = BATCH_ROWS,
    progress: Progress | None = None,
    tables: Sequence[Table] | None = None,
) -> TransferReport:
    """Copy every row of every table, keeping the primary keys, into a target with the
    same (empty) schema; then set the sequences. The caller commits or rolls back.
    `tables`: the tables as an older schema has them (reflected: a server's
    before-upgrade backup, storage/server_copy.py); this program's by default."""
    started = time.monotonic()
    check_known_tables(source)
    counts = []
    for table in schema_tables() if tables is None else tables:
        counts.append(TableCount(table.name, _copy_table(source, target, table, batch, progress)))
    reset_sequences(target)
    return TransferReport(tuple(counts), revision(source), time.monotonic() - started)


def _copy_table(
    source: Connection, target: Connection, table: Table, batch: int, progress: Progress | None
) -> int:
    names = [c.name for c in table.columns]
    pk = list(table.primary_key.columns)
    self_refs = _self_references(table)
    later: list[tuple[dict[str, Any], str, Any]] = []  # (key, column, value) set afterwards
    done = 0
    for rows in _stream(source, table, batch):
        values = [dict(zip(names, row, strict=True)) for row in rows]
        for row in values:
            for column, referenced in self_refs:
                ref = row[column]
                # a reference to a row not yet written (a later key) waits for it
                if ref is not None and not _written_before(row, pk, referenced, ref):
                    later.append(({c.name: row[c.name] for c in pk}, column, ref))
                    row[column] = None
        try:
            target.execute(insert(table), values)
        except DBAPIError as exc:
            if isinstance(exc, OperationalError) or exc.connection_invalidated:
                raise  # the connection or the drive, not the row: the caller's words
            # the driver's text quotes the rows: only the table is named
            raise CopyFailed(table.name) from None
        done += len(values)
        if progress is not None:
            progress(table.name, done)
    for key, column, ref in later:
        where = [table.c[name] == value for name, value in key.items()]
        target.execute(update(table).where(*where).values({column: ref}))
    return done


def _written_before(row: dict[str, Any], pk: list[Column[Any]], referenced: str, ref: Any) -> bool:
    """Rows go in primary-key order, each its own statement: a reference to the key of
    an earlier row is already satisfied."""
    if len(pk) != 1 or pk[0].name != referenced:
        return False
    own = row[referenced]
    return isinstance(ref, int) and isinstance(own, int) and ref < own


def reset_sequences(conn: Connection) -> None:
    """PostgreSQL: the next key of each serial column follows the highest copied one
    (rows were written with their keys, which does not advance a sequence)."""
    if conn.dialect.name != "postgresql":
        return
    quote = conn.dialect.identifier_preparer
    for table in schema_tables():
        for column in table.primary_key.columns:
            if not isinstance(column.type, Integer):
                continue
            sequence = conn.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"),
                {"t": quote.format_table(table), "c": column.name},
            ).scalar()
            if sequence is None:
                continue
            highest = select(func.max(column)).scalar_subquery()
            conn.execute(select(func.setval(sequence, func.coalesce(highest, 0) + 1, False)))


# --- verifying ----------------------------------------------------------------------


def normalised(value: Any) -> Any:
    """One form for what the engines store differently: booleans as 0/1, bytes from a
    memoryview, exact numbers as Decimal, datetimes naive in UTC."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, memoryview | bytearray):
        return bytes(value)
    if isinstance(value, float | Decimal):
        return Decimal(str(value)).normalize()
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _rows(conn: Connection, table: Table, batch: int) -> Iterator[tuple[Any, ...]]:
    for rows in _stream(conn, table, batch):
        for row in rows:
            yield tuple(normalised(v) for v in row)


def verify_tables(
    source: Connection,
    target: Connection,
    batch: int = BATCH_ROWS,
    tables: Sequence[Table] | None = None,
) -> VerifyReport:
    """Every row of every table on both sides, value by value, in primary-key order.
    Counts every table in full; remembers the first row that differs. `tables` as for
    copy_tables."""
    started = time.monotonic()
    check_known_tables(source)
    check_known_tables(target)
    checks = []
    first: Mismatch | None = None
    for table in schema_tables() if tables is None else tables:
        check, mismatch = _verify_table(source, target, table, batch)
        checks.append(check)
        first = first or mismatch
    return VerifyReport(
        tuple(checks), revision(source), revision(target), first, time.monotonic() - started
    )


def _verify_table(
    source: Connection, target: Connection, table: Table, batch: int
) -> tuple[TableCheck, Mismatch | None]:
    positions = [list(table.columns).index(c) for c in table.primary_key.columns]

    def key(row: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(row[i] for i in positions)

    left, right = _rows(source, table, batch), _rows(target, table, batch)
    a, b = next(left, None), next(right, None)
    n_a = n_b = 0
    mismatch: Mismatch | None = None
    while a is not None or b is not None:
        if a is not None and b is not None and key(a) == key(b):
            if mismatch is None and a != b:
                mismatch = Mismatch(table.name, key(a), "differs")
            n_a, n_b = n_a + 1, n_b + 1
            a, b = next(left, None), next(right, None)
        elif b is None or (a is not None and key(a) < key(b)):
            assert a is not None
            mismatch = mismatch or Mismatch(table.name, key(a), "missing")
            n_a += 1
            a = next(left, None)
        else:
            mismatch = mismatch or Mismatch(table.name, key(b), "extra")
            n_b += 1
            b = next(right, None)
    return TableCheck(table.name, n_a, n_b), mismatch


# --- whole databases ------------------------------------------------------------------


def snapshot(conn: Connection) -> Connection:
    """Read a live server as of one moment: every later statement of this connection's
    transaction sees the same snapshot (workstations may write meanwhile). SQLite's
    read transaction is a snapshot already."""
    if conn.dialect.name == "postgresql":
        conn.execution_options(isolation_level="REPEATABLE READ")
    return conn


def copy_database(
    source: Engine, target: Engine, progress: Progress | None = None
) -> TransferReport:
    """Copy into an empty target (a new encrypted file for a server's backup, or an empty
    server database): build the schema with the same migrations, copy, commit. All in
    one transaction on the target: on any failure it is left as it was."""
    return copy_verified(source, target, progress, verify=False)[0]


def copy_verified(
    source: Engine, target: Engine, progress: Progress | None = None, *, verify: bool = True
) -> tuple[TransferReport, VerifyReport | None]:
    """`copy_database`, and the verification against the same snapshot of the source
    before the target commits (a server's backup while workstations write): a
    difference raises CopyNotVerified and leaves the target as it was."""
    with source.connect() as src, target.connect() as dst:
        snapshot(src)
        checked = None
        with dst.begin():
            prepare_target(dst)
            if revision(src) != revision(dst):
                raise RuntimeError("source and target schema levels differ")
            report = copy_tables(src, dst, progress=progress)
            if verify:
                checked = verify_tables(src, dst)
                if checked.mismatch is not None:
                    raise CopyNotVerified(checked.mismatch.table, checked.mismatch.shown_key)
        src.rollback()
    return report, checked


def prepare_target(conn: Connection) -> None:
    """Refuse a target with rows; build the schema in the caller's transaction and
    take out the rows the migrations seed: the source's own take their place."""
    from . import migrate

    check_empty(conn)
    migrate.upgrade_in(conn)
    for table in reversed(schema_tables()):  # what the migrations seed (the settings)
        conn.execute(delete(table))


def verify_copy(source: Engine, target: Engine) -> VerifyReport:
    with source.connect() as src, target.connect() as dst:
        snapshot(src)
        report = verify_tables(src, dst)
        src.rollback()
        dst.rollback()
    return report
