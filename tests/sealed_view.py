"""Test helper: what a table holds once its sealed values are opened with every
compartment key (the recovery code's), for tests that check what is stored at all."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

from shelter_app.sealed import is_sealed, open_sealed
from shelter_app.sealed_columns import BY_TABLE
from shelter_app.storage.keyfile import KeyFile, normalise_recovery_code
from shelter_app.storage.schema import Base
from shelter_app.storage.sealing import row_ref


def all_keys(key_file: Any, recovery_code: str) -> dict[str, bytes]:
    """`key_file`: its path, or the KeyFile itself (a server database keeps it inside)."""
    kf = key_file if isinstance(key_file, KeyFile) else KeyFile.load(key_file)
    for slot in kf.slot_ids("recovery"):
        return kf.unlock(slot, normalise_recovery_code(recovery_code)).compartments
    raise AssertionError("no recovery slot")


def opened_rows(conn: Connection, table_name: str, keys: dict[str, bytes]) -> list[dict[str, Any]]:
    """Every row of the table, the sealed values `keys` open opened (others as stored)."""
    table = Base.metadata.tables[table_name]
    pk = [c.name for c in table.primary_key.columns]
    cols = {c.column: c for c in BY_TABLE.get(table_name, ())}
    out = []
    # the columns the file has (an older schema may lack some of the model's)
    for r in conn.execute(text(f'SELECT * FROM "{table_name}"')).mappings():
        row = dict(r)
        ref = row_ref(row[k] for k in pk)
        for name, col in cols.items():
            key = keys.get(col.compartment_for(row.get).value)
            if key is not None and is_sealed(row.get(name)):
                row[name] = open_sealed(key, table_name, name, str(ref), row[name])
        out.append(row)
    return out


def everything_opened(conn: Connection, keys: dict[str, bytes]) -> str:
    """Every value of every row of every table, as text, sealed values opened."""
    parts = []
    for table in Base.metadata.sorted_tables:
        parts += [repr(tuple(row.values())) for row in opened_rows(conn, table.name, keys)]
    return "\n".join(parts)


def unseal_everything(conn: Connection, keys: dict[str, bytes]) -> None:
    """Write every sealed value back plain, as a release before compartments kept it:
    for tests that downgrade a database below migration 0011 (which cannot unseal)."""
    tables = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars())
    for table_name, cols in BY_TABLE.items():
        if table_name not in tables:
            continue
        table = Base.metadata.tables[table_name]
        pk = [c.name for c in table.primary_key.columns]
        for row in opened_rows(conn, table_name, keys):
            values = {c.column: row[c.column] for c in cols if c.column in row}
            where = " AND ".join(f"{k} = :k_{k}" for k in pk)
            sets = ", ".join(f"{k} = :v_{k}" for k in values)
            params = {f"v_{k}": v for k, v in values.items()} | {f"k_{k}": row[k] for k in pk}
            conn.execute(text(f'UPDATE "{table_name}" SET {sets} WHERE {where}'), params)
