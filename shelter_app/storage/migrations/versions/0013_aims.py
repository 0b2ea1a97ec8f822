"""The aim of each course and event (shelter_app/programme_aims.py), for the summary's
"courses and events by aim".

One column on each table, NOT NULL with the server default "not_stated": every existing
course and event is kept and reads "aim not stated" until someone chooses one.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("courses", "events")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("aim", sa.String(length=24), nullable=False, server_default="not_stated")
            )


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("aim")
