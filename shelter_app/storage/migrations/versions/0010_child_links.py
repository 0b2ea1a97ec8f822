"""Children named where the family's records speak of them: which of her children
witnessed or were harmed by an incident (`incident_children`), and a child's own line in
the "children" domain of a needs assessment (`assessment_children`).

New tables only; every existing row is kept as it was (an incident recorded before keeps
its flags and count without links).

Revision ID: 0010
Revises: 0008 (0009 is reserved for the reports work; the lead re-chains at merge)
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str) -> sa.Constraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "incident_children",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("witnessed", sa.Boolean(), nullable=False),
        sa.Column("harmed", sa.Boolean(), nullable=False),
        _fk("incident_children", "incident_id", "incidents"),
        _fk("incident_children", "child_id", "children"),
        sa.PrimaryKeyConstraint("incident_id", "child_id", name=op.f("pk_incident_children")),
    )
    op.create_index(op.f("ix_incident_children_child_id"), "incident_children", ["child_id"])
    op.create_table(
        "assessment_children",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=8), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        _fk("assessment_children", "assessment_id", "needs_assessments"),
        _fk("assessment_children", "child_id", "children"),
        sa.PrimaryKeyConstraint("assessment_id", "child_id", name=op.f("pk_assessment_children")),
    )
    op.create_index(op.f("ix_assessment_children_child_id"), "assessment_children", ["child_id"])


def downgrade() -> None:
    op.drop_table("assessment_children")
    op.drop_table("incident_children")
