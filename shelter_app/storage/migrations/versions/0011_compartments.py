"""Compartments: names, contact details and notes are sealed per value under compartment
keys (shelter_app.sealed); this revision makes room for that.

- `enrolments.roster_name`: the trainers' copy of each enrolled woman's name (sealed
  under COURSE_LISTS once keys exist), filled here from the names as they are;
- the two indexes on `clients.sort_key`/`search_key` go: those columns now hold sealed
  values (random order), searched and sorted in memory (shelter_app.client_directory);
- a `compartments.unsealed` setting marks the rows as still plain. The sealing itself
  needs the compartment keys, which live in the key file, not in the database: right
  after this revision commits, Database._seal_after_upgrade makes the keys, seals them to
  every slot by its account's role and seals every row (the verified backup before the
  upgrade is written first, as for every revision). A cut-off sealing is finished at the
  next sign-in of whoever holds the keys, until no plain value is left.

Every row is kept.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNSEALED = "compartments.unsealed"


def upgrade() -> None:
    with op.batch_alter_table("enrolments") as batch:
        batch.add_column(sa.Column("roster_name", sa.Text(), nullable=True))
    op.execute(
        "UPDATE enrolments SET roster_name = ("
        " SELECT c.last_name || ' ' || c.first_name"
        " || CASE WHEN c.patronymic IS NULL OR c.patronymic = '' THEN ''"
        " ELSE ' ' || c.patronymic END"
        " FROM clients c WHERE c.id = enrolments.client_id)"
    )
    op.drop_index("ix_clients_search_active", table_name="clients")
    op.drop_index("ix_clients_sort_key", table_name="clients")
    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(settings, [{"key": UNSEALED, "value": "true"}])


def downgrade() -> None:
    settings = sa.table("settings", sa.column("key", sa.String))
    op.execute(settings.delete().where(settings.c.key == UNSEALED))
    op.create_index("ix_clients_sort_key", "clients", ["sort_key", "id"])
    op.create_index(
        "ix_clients_search_active",
        "clients",
        ["sort_key", "id", "search_key"],
        sqlite_where=sa.text("archived_at IS NULL AND anonymised_at IS NULL"),
    )
    with op.batch_alter_table("enrolments") as batch:
        batch.drop_column("roster_name")
