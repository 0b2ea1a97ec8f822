"""The register of released cells (issue 17): every count of every export, with the
state it was released in, so that later exports are protected jointly with it.

Exports made before this revision have no stored cells; they stay in the register as
they were (their files exist), and later exports are protected against the releases
recorded from now on.

Revision ID: 0009
Revises: 0007 (the lead re-chains after 0008 at merge)
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "released_cells",
        sa.Column("release_seq", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("release_seq", "key", name=op.f("pk_released_cells")),
    )


def downgrade() -> None:
    op.drop_table("released_cells")
