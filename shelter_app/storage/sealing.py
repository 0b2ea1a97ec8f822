"""The ORM side of sealed values: rows are written sealed and read open, with the
compartment keys of the unit of work's session (`session.info[SESSION_KEYS]`).

- insert: a row whose id is not known yet goes in with an empty placeholder and its
  sealed values follow in one UPDATE once the id is known, so no plain value is ever
  written to the file (a composite key is known before: sealed at once);
- update: a changed value is sealed before the UPDATE;
- load: a value her keys open is opened; one they do not open reads as None (the
  services show what the matrix gives: codes, who and when);
- after the flush the objects in the session hold the plain values again.

Bulk statements bypass the ORM: `seal_plain_rows` seals what such code (the demo, the
upgrade) wrote, before its transaction commits. Writing a value whose key she lacks is
refused (CompartmentLocked), never written open.
"""

from __future__ import annotations

import weakref
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import Connection, and_, bindparam, event, select, text
from sqlalchemy.orm import Mapper, Session, attributes, object_session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.base import PASSIVE_NO_INITIALIZE

from ..compartments import NO_KEYS, CompartmentKeys
from ..errors import CompartmentLocked
from ..sealed import is_sealed, open_sealed, seal
from ..sealed_columns import BY_TABLE, SealedColumn
from . import case_schema, casework_schema, people_schema, violence_schema  # noqa: F401 (tables)
from .schema import Base

SESSION_KEYS = "oberih.compartment_keys"

# plain values of rows being flushed, restored after the statement (weak: a failed
# flush leaves nothing behind)
_PLAIN: weakref.WeakKeyDictionary[object, dict[str, str]] = weakref.WeakKeyDictionary()
# columns of loaded rows that hold a value her keys do not open (read as None)
_HELD_BACK: weakref.WeakKeyDictionary[object, set[str]] = weakref.WeakKeyDictionary()


def has_value(target: object, column: str) -> bool:
    """Whether the row holds a value in `column`, opened or not (e.g. "has a note")."""
    return getattr(target, column) is not None or column in _HELD_BACK.get(target, ())


def keys_of_session(session: Session | None) -> CompartmentKeys:
    if session is None:
        return NO_KEYS
    keys = session.info.get(SESSION_KEYS, NO_KEYS)
    return keys if isinstance(keys, CompartmentKeys) else NO_KEYS


def row_ref(values: Any) -> str | None:
    """How a row is named in the associated data: its id, or `a/b` for a composite key."""
    parts = list(values)
    if any(v is None for v in parts):
        return None
    return "/".join(str(v) for v in parts)


def _key(col: SealedColumn, get: Any, keys: CompartmentKeys) -> bytes:
    compartment = col.compartment_for(get)
    key = keys.key(compartment)
    if key is None:
        raise CompartmentLocked(compartment.value)
    return key


def open_value(
    keys: CompartmentKeys, col: SealedColumn, row: int | str, stored: object, get: Any
) -> str | None:
    """A stored value as she may read it: plain text, or None when her keys do not
    open it (a legacy plain value is returned as it is)."""
    if stored is None or not is_sealed(stored):
        return stored if isinstance(stored, str) else None
    key = keys.key(col.compartment_for(get))
    if key is None:
        return None
    return open_sealed(key, col.table, col.column, row, str(stored))


def opened(keys: CompartmentKeys, table: str, column: str, row: int | str, stored: object) -> Any:
    """For column queries (which bypass the load hook): open one fixed-compartment value."""
    col = next(c for c in BY_TABLE[table] if c.column == column)
    return open_value(keys, col, row, stored, lambda _n: None)


def _get(target: object) -> Any:
    return lambda name: target.__dict__.get(name)


@event.listens_for(Base, "before_insert", propagate=True)
def _before_insert(mapper: Mapper[Any], _connection: Connection, target: object) -> None:
    cols = BY_TABLE.get(mapper.local_table.name)  # type: ignore[attr-defined]
    if not cols:
        return
    keys = keys_of_session(object_session(target))
    row = row_ref(mapper.primary_key_from_instance(target))
    plain: dict[str, str] = {}
    for col in cols:
        value = target.__dict__.get(col.column)
        if value is None or is_sealed(value):
            continue
        key = _key(col, _get(target), keys)
        plain[col.column] = value
        if row is not None:
            setattr(target, col.column, seal(key, col.table, col.column, row, value))
        else:
            setattr(target, col.column, "")  # the sealed value follows once the id is known
    if plain:
        _PLAIN[target] = plain


@event.listens_for(Base, "after_insert", propagate=True)
def _after_insert(mapper: Mapper[Any], connection: Connection, target: object) -> None:
    plain = _PLAIN.pop(target, None)
    if not plain:
        return
    keys = keys_of_session(object_session(target))
    pk_values = mapper.primary_key_from_instance(target)
    row = row_ref(pk_values)
    assert row is not None
    by_name = {c.column: c for c in BY_TABLE[mapper.local_table.name]}  # type: ignore[attr-defined]
    values = {}
    for name, value in plain.items():
        if target.__dict__.get(name) == "":  # not sealed before the insert
            col = by_name[name]
            values[name] = seal(_key(col, _get(target), keys), col.table, name, row, value)
    if values:
        table = mapper.local_table
        where = and_(*(c == v for c, v in zip(mapper.primary_key, pk_values, strict=True)))
        connection.execute(table.update().where(where).values(values))  # type: ignore[attr-defined]
    for name, value in plain.items():
        set_committed_value(target, name, value)


@event.listens_for(Base, "before_update", propagate=True)
def _before_update(mapper: Mapper[Any], _connection: Connection, target: object) -> None:
    cols = BY_TABLE.get(mapper.local_table.name)  # type: ignore[attr-defined]
    if not cols:
        return
    keys = keys_of_session(object_session(target))
    row = row_ref(mapper.primary_key_from_instance(target))
    plain: dict[str, str] = {}
    for col in cols:
        # never load an unloaded (deferred) column here: the load would run mid-flush
        history = attributes.get_history(target, col.column, passive=PASSIVE_NO_INITIALIZE)
        if not history.has_changes():
            continue
        value = target.__dict__.get(col.column)
        if value is None or is_sealed(value):
            continue
        assert row is not None
        key = _key(col, _get(target), keys)
        plain[col.column] = value
        setattr(target, col.column, seal(key, col.table, col.column, row, value))
    if plain:
        _PLAIN[target] = plain


@event.listens_for(Base, "after_update", propagate=True)
def _after_update(_mapper: Mapper[Any], _connection: Connection, target: object) -> None:
    for name, value in (_PLAIN.pop(target, None) or {}).items():
        set_committed_value(target, name, value)


def _open_loaded(
    target: object, session: Session | None, only: Collection[str] | None = None
) -> None:
    table = getattr(target, "__table__", None)
    cols = BY_TABLE.get(getattr(table, "name", ""))
    if not cols:
        return
    if only is not None:  # a deferred column loaded: leave the others as they are
        cols = tuple(c for c in cols if c.column in only)
    keys = keys_of_session(session)
    mapper = attributes.instance_state(target).mapper
    row = row_ref(mapper.primary_key_from_instance(target))
    for col in cols:
        stored = target.__dict__.get(col.column)
        if row is None or not is_sealed(stored):
            continue
        value = open_value(keys, col, row, stored, _get(target))
        if value is None:
            _HELD_BACK.setdefault(target, set()).add(col.column)
        set_committed_value(target, col.column, value)


@event.listens_for(Base, "load", propagate=True)
def _on_load(target: object, context: Any) -> None:
    _open_loaded(target, context.session)


@event.listens_for(Base, "refresh", propagate=True)
def _on_refresh(target: object, context: Any, attrs: Collection[str] | None) -> None:
    _open_loaded(target, context.session, attrs)


UNSEALED = "compartments.unsealed"  # the setting migration 0011 leaves until all is sealed

# the trainers' copy of the names on course lists, from names still plain (the demo's
# bulk inserts; migration 0011 runs the same statement)
FILL_ROSTER_NAMES = (
    "UPDATE enrolments SET roster_name = ("
    " SELECT c.last_name || ' ' || c.first_name"
    " || CASE WHEN c.patronymic IS NULL OR c.patronymic = '' THEN ''"
    " ELSE ' ' || c.patronymic END"
    " FROM clients c WHERE c.id = enrolments.client_id)"
    " WHERE roster_name IS NULL"
)


def fill_roster_names(conn: Connection) -> None:
    """Give every enrolment without one the trainer's copy of the client's name (plain:
    sealed next by seal_plain_rows). The same SQL on SQLite and PostgreSQL."""
    conn.execute(text(FILL_ROSTER_NAMES))


def seal_plain_rows(conn: Connection, keys: Mapping[str, bytes]) -> tuple[int, int]:
    """Seal every plain value of every sealed column that `keys` can seal (rows written
    by bulk statements, or by a version before compartments). Returns how many values
    were sealed and how many stay plain for want of a key."""
    held = CompartmentKeys(dict(keys))
    sealed = left = 0
    for table_name, cols in BY_TABLE.items():
        table = Base.metadata.tables[table_name]
        pk = list(table.primary_key.columns)
        deciding = {c.by for c in cols if c.by}
        wanted = [table.c[c.column] for c in cols] + [table.c[d] for d in deciding if d]
        updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for r in conn.execute(select(*pk, *wanted)).mappings():
            ref = row_ref(r[c.name] for c in pk)
            assert ref is not None
            values = {}
            for col in cols:
                value = r[col.column]
                if value is None or is_sealed(value):
                    continue
                key = held.key(col.compartment_for(r.get))
                if key is None:
                    left += 1
                    continue
                values[col.column] = seal(key, table_name, col.column, ref, value)
            if values:
                names = tuple(sorted(values))
                params = {f"v_{n}": v for n, v in values.items()}
                params.update({f"k_{c.name}": r[c.name] for c in pk})
                updates.setdefault(names, []).append(params)
                sealed += len(values)
        for names, batch in updates.items():
            stmt = (
                table.update()
                .where(and_(*(c == bindparam(f"k_{c.name}") for c in pk)))
                .values({n: bindparam(f"v_{n}") for n in names})
            )
            conn.execute(stmt, batch)
    return sealed, left
