"""Roles an insider cannot raise and an audit log she cannot rewrite.

`accounts` gains `seal_version` and `seal`: an Ed25519 signature over who the account is,
her role and whether she is active, made with a key only administrators hold
(shelter_app/account_seals.py). `audit_state` holds the forward-secure audit chain's
current key and the first key sealed for administrators (shelter_app/audit_chain.py).

Existing rows are kept as they are; the first sign-in after the upgrade seals every
account as stored and re-chains the existing log (Database._establish_authority).

Revision ID: 0012
Revises: 0011 (compartments)
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(
            sa.Column("seal_version", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("seal", sa.String(length=128), nullable=False, server_default="")
        )
    op.create_table(
        "audit_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.Column("next_key", sa.String(length=64), nullable=False),
        sa.Column("first_key_sealed", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_state")),
    )


def downgrade() -> None:
    op.drop_table("audit_state")
    op.drop_column("accounts", "seal")
    op.drop_column("accounts", "seal_version")
