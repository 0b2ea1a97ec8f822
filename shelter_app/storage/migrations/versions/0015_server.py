"""A database on a PostgreSQL server (issue 20): the key file document and the sign-in
throttle as rows (storage/server_store.py), and room for sealed values.

- `server_key_file` and `server_throttle` are made on both engines (one schema for
  both); a local database leaves them empty, its key file and throttle stay files.
- Sealed values (AES-256-GCM, base64, with a prefix: shelter_app/sealed.py) are longer
  than the names they hold. SQLite ignores a VARCHAR's length; PostgreSQL enforces it,
  so the sealed columns still declared VARCHAR(n) become TEXT there. The list is frozen
  here as it stands at this revision (sealed_columns.py may grow later: a column added
  then is declared as Text by its own migration).

Every row is kept: only new tables, and on PostgreSQL a type that accepts every value
the old one did.

Revision ID: 0015
Revises: 0013
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column, the VARCHAR length it had) of every sealed column declared VARCHAR(n)
_SEALED_VARCHARS = (
    ("clients", "last_name", 80),
    ("clients", "first_name", 80),
    ("clients", "patronymic", 80),
    ("clients", "phone", 32),
    ("children", "first_name", 80),
    ("children", "school", 200),
)


def upgrade() -> None:
    op.create_table(
        "server_key_file",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("document", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_key_file")),
    )
    op.create_table(
        "server_throttle",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("document", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_throttle")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for table, column, length in _SEALED_VARCHARS:
            op.alter_column(table, column, type_=sa.Text(), existing_type=sa.String(length=length))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column, length in _SEALED_VARCHARS:
            op.alter_column(table, column, type_=sa.String(length=length), existing_type=sa.Text())
    op.drop_table("server_throttle")
    op.drop_table("server_key_file")
