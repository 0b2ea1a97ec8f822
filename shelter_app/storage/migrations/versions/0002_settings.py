"""Centre-wide settings (idle lock, report k, allowed stay length).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    settings = op.create_table(
        "settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.bulk_insert(
        settings,
        [
            {"key": "idle_lock_minutes", "value": "5"},
            {"key": "report_k", "value": "5"},
            {"key": "max_stay_days", "value": "90"},
            {"key": "max_extended_stay_days", "value": "180"},
        ],
    )


def downgrade() -> None:
    op.drop_table("settings")
