"""Sites (shelter_app/sites.py): the centre and the shelters at other addresses. Rooms (and
through them beds and stays), courses and events each belong to one site.

Every existing room, course and event goes to one site this migration creates: the
centre, kind "centre", code "centre" (no name of the centre is stored in the settings;
the administrator renames it). A room's name is now unique within its site, not across
all of them (two shelters may both have a "Room 1").

The site column is added nullable, filled, then made NOT NULL (SQLite copies the table in
batch mode, with foreign keys off for the upgrade and checked before its commit:
storage/migrate.upgrade; PostgreSQL alters it in place): no row is lost or changed
otherwise. A
downgrade fails if two sites have rooms of the same name (the old schema cannot hold
them).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FIRST_SITE = {"name": "Центр", "kind": "centre", "code": "centre", "active": True}
_TABLES = ("rooms", "courses", "events")


def upgrade() -> None:
    sites = op.create_table(
        "sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
        sa.UniqueConstraint("name", name=op.f("uq_sites_name")),
        sa.UniqueConstraint("code", name=op.f("uq_sites_code")),
    )
    op.bulk_insert(sites, [{"id": 1, **FIRST_SITE}])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":  # the explicit id 1 left the sequence behind
        bind.execute(
            sa.text(
                "SELECT setval(pg_get_serial_sequence('sites', 'id'), (SELECT max(id) FROM sites))"
            )
        )
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("site_id", sa.Integer(), nullable=True))
        op.execute(sa.text(f"UPDATE {table} SET site_id = 1"))  # noqa: S608 (a fixed name)
        with op.batch_alter_table(table) as batch:
            batch.alter_column("site_id", existing_type=sa.Integer(), nullable=False)
            batch.create_foreign_key(
                batch.f(f"fk_{table}_site_id_sites"), "sites", ["site_id"], ["id"]
            )
            batch.create_index(batch.f(f"ix_{table}_site_id"), ["site_id"], unique=False)
            if table == "rooms":
                batch.drop_constraint(batch.f("uq_rooms_name"), type_="unique")
                batch.create_unique_constraint(batch.f("uq_rooms_site_id"), ["site_id", "name"])


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            if table == "rooms":
                batch.drop_constraint(batch.f("uq_rooms_site_id"), type_="unique")
                batch.create_unique_constraint(batch.f("uq_rooms_name"), ["name"])
            batch.drop_index(batch.f(f"ix_{table}_site_id"))
            batch.drop_constraint(batch.f(f"fk_{table}_site_id_sites"), type_="foreignkey")
            batch.drop_column("site_id")
    op.drop_table("sites")
