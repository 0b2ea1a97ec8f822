"""Clients listed in Ukrainian alphabetical order: a stored sort key.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from shelter_app.search_key import client_sort_key

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        batch.add_column(
            sa.Column("sort_key", sa.String(length=400), server_default="", nullable=False)
        )
    clients = sa.table(
        "clients",
        sa.column("id", sa.Integer),
        sa.column("last_name", sa.String),
        sa.column("first_name", sa.String),
        sa.column("patronymic", sa.String),
        sa.column("sort_key", sa.String),
    )
    bind = op.get_bind()
    last_id = 0
    while True:
        rows = bind.execute(
            sa.select(clients.c.id, clients.c.last_name, clients.c.first_name, clients.c.patronymic)
            .where(clients.c.id > last_id)
            .order_by(clients.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        bind.execute(
            clients.update()
            .where(clients.c.id == sa.bindparam("row_id"))
            .values(sort_key=sa.bindparam("key")),
            [
                {"row_id": r.id, "key": client_sort_key(r.last_name, r.first_name, r.patronymic)}
                for r in rows
            ],
        )
        last_id = rows[-1].id
    op.create_index("ix_clients_sort_key", "clients", ["sort_key", "id"])


def downgrade() -> None:
    op.drop_index("ix_clients_sort_key", table_name="clients")
    with op.batch_alter_table("clients") as batch:
        batch.drop_column("sort_key")
