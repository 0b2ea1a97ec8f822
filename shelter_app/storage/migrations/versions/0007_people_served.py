"""Children, anonymous contacts and the trainer of a course (issue 14).

Every existing stay_children row (an age and a sex) becomes a child record linked to the
stay's client as guardian: the birth date is approximated as the admission day minus the
age and a half year, and marked approximate; the first name stays unknown. The stay row
keeps its age and sex, so the stay's figures do not change.

Revision ID: 0007
Revises: 0005 (re-chained after 0006 at merge)
Create Date: 2026-12-04
"""

from collections.abc import Sequence
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def approximate_birth_date(admitted_on: date, age_years: int) -> date:
    """The middle of the year in which a child of that age on that day was born."""
    try:
        birthday = admitted_on.replace(year=admitted_on.year - age_years)
    except ValueError:  # 29 February
        birthday = admitted_on.replace(year=admitted_on.year - age_years, day=28)
    return birthday - timedelta(days=182)


def upgrade() -> None:
    op.create_table(
        "children",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guardian_client_id", sa.Integer(), nullable=True),
        sa.Column("own_client_id", sa.Integer(), nullable=True),
        sa.Column("first_name", sa.String(length=80), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("birth_date_approximate", sa.Boolean(), nullable=False),
        sa.Column("sex", sa.String(length=12), nullable=False),
        sa.Column("school", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["guardian_client_id"],
            ["clients.id"],
            name=op.f("fk_children_guardian_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["own_client_id"],
            ["clients.id"],
            name=op.f("fk_children_own_client_id_clients"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_children")),
    )
    op.create_index(op.f("ix_children_guardian_client_id"), "children", ["guardian_client_id"])
    op.create_index(op.f("ix_children_own_client_id"), "children", ["own_client_id"])
    op.create_table(
        "child_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("psychologist_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["children.id"],
            name=op.f("fk_child_sessions_child_id_children"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["psychologist_id"],
            ["accounts.id"],
            name=op.f("fk_child_sessions_psychologist_id_accounts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child_sessions")),
    )
    op.create_index(op.f("ix_child_sessions_child_id"), "child_sessions", ["child_id"])
    op.create_index(op.f("ix_child_sessions_held_on"), "child_sessions", ["held_on"])
    op.create_table(
        "anonymous_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("caller", sa.String(length=16), nullable=False),
        sa.Column("sex", sa.String(length=12), nullable=False),
        sa.Column("age_band", sa.String(length=12), nullable=False),
        sa.Column("district", sa.String(length=20), nullable=False),
        sa.Column("forms", sa.String(length=80), nullable=False),
        sa.Column("help", sa.String(length=80), nullable=False),
        sa.Column("referred_to", sa.String(length=20), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("logged_by", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_anonymous_contacts_client_id_clients"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["logged_by"],
            ["accounts.id"],
            name=op.f("fk_anonymous_contacts_logged_by_accounts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_anonymous_contacts")),
    )
    op.create_index("ix_anonymous_contacts_at", "anonymous_contacts", ["at", "id"])
    op.create_index(op.f("ix_anonymous_contacts_client_id"), "anonymous_contacts", ["client_id"])
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("trainer_account_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_courses_trainer_account_id_accounts"),
            "accounts",
            ["trainer_account_id"],
            ["id"],
        )
    with op.batch_alter_table("stay_children", schema=None) as batch_op:
        batch_op.add_column(sa.Column("child_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_stay_children_child_id"), ["child_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_stay_children_child_id_children"), "children", ["child_id"], ["id"]
        )
    _children_from_stays()


def _children_from_stays() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT sc.id, sc.age_years, sc.sex, s.client_id, s.admitted_on "
            "FROM stay_children sc JOIN stays s ON s.id = sc.stay_id ORDER BY sc.id"
        )
    ).all()
    now = datetime.now().replace(microsecond=0)
    children = sa.Table(  # a snapshot of the table as this revision makes it
        "children",
        sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("guardian_client_id", sa.Integer),
        sa.Column("birth_date", sa.Date),
        sa.Column("birth_date_approximate", sa.Boolean),
        sa.Column("sex", sa.String),
        sa.Column("created_at", sa.DateTime),
    )
    for row_id, age, sex, client_id, admitted_on in rows:
        admitted = admitted_on if isinstance(admitted_on, date) else date.fromisoformat(admitted_on)
        inserted = conn.execute(
            children.insert().values(
                guardian_client_id=client_id,
                birth_date=approximate_birth_date(admitted, int(age)),
                birth_date_approximate=True,
                sex=sex,
                created_at=now,
            )
        ).inserted_primary_key
        assert inserted is not None
        child_id = inserted[0]
        conn.execute(
            sa.text("UPDATE stay_children SET child_id = :c WHERE id = :i"),
            {"c": child_id, "i": row_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("stay_children", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_stay_children_child_id_children"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_stay_children_child_id"))
        batch_op.drop_column("child_id")
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_courses_trainer_account_id_accounts"), type_="foreignkey"
        )
        batch_op.drop_column("trainer_account_id")
    op.drop_index(op.f("ix_anonymous_contacts_client_id"), table_name="anonymous_contacts")
    op.drop_index("ix_anonymous_contacts_at", table_name="anonymous_contacts")
    op.drop_table("anonymous_contacts")
    op.drop_index(op.f("ix_child_sessions_held_on"), table_name="child_sessions")
    op.drop_index(op.f("ix_child_sessions_child_id"), table_name="child_sessions")
    op.drop_table("child_sessions")
    op.drop_index(op.f("ix_children_own_client_id"), table_name="children")
    op.drop_index(op.f("ix_children_guardian_client_id"), table_name="children")
    op.drop_table("children")
