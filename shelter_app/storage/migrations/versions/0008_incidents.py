"""Violence casework (issue 15): disclosures become incidents; alleged perpetrators,
protection orders with extensions and violations, and the notifications due after an
appeal.

Every row of `violence_disclosures` is copied into `incidents` under the same id (the
four forms, children, dates and author as they were; context "domestic", because the
disclosure form recorded the forms of Law No. 2229-VIII) before the old table is dropped.
The copy runs inside the upgrade's one transaction: whole or not at all.

Revision ID: 0008
Revises: 0005 (the lead re-chains after 0006 and 0007 at merge)
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_COLUMNS = (
    "id, client_id, disclosed_on, physical, sexual, psychological, economic, "
    "children_witnessed, children_affected, recorded_by"
)


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.Constraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def _flag(name: str) -> sa.Column[bool]:
    return sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("disclosed_on", sa.Date(), nullable=False),
        sa.Column("physical", sa.Boolean(), nullable=False),
        sa.Column("sexual", sa.Boolean(), nullable=False),
        sa.Column("psychological", sa.Boolean(), nullable=False),
        sa.Column("economic", sa.Boolean(), nullable=False),
        _flag("conflict_sexual"),
        _flag("sexual_harassment"),
        _flag("trafficking"),
        _flag("forced_marriage"),
        _flag("stalking"),
        _flag("online"),
        sa.Column("children_witnessed", sa.Boolean(), nullable=False),
        sa.Column("children_affected", sa.Integer(), nullable=False),
        _flag("children_harmed"),
        sa.Column("context", sa.String(20), nullable=False, server_default="domestic"),
        sa.Column("occurred_from", sa.Date(), nullable=True),
        sa.Column("occurred_to", sa.Date(), nullable=True),
        sa.Column("place_type", sa.String(20), nullable=False, server_default="not_stated"),
        sa.Column("reported_to_police", sa.Boolean(), nullable=True),
        sa.Column("appealed_at", sa.DateTime(), nullable=True),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        _fk("incidents", "client_id", "clients", "CASCADE"),
        _fk("incidents", "recorded_by", "accounts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    op.create_index(op.f("ix_incidents_client_id"), "incidents", ["client_id"])
    op.create_index(op.f("ix_incidents_appealed_at"), "incidents", ["appealed_at"])
    op.execute(
        f"INSERT INTO incidents ({_OLD_COLUMNS}) "  # noqa: S608 (constant column list)
        f"SELECT {_OLD_COLUMNS} FROM violence_disclosures"
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "SELECT setval(pg_get_serial_sequence('incidents', 'id'), "
            "coalesce((SELECT max(id) FROM incidents), 0) + 1, false)"
        )
    op.drop_index(op.f("ix_violence_disclosures_client_id"), table_name="violence_disclosures")
    op.drop_table("violence_disclosures")

    op.create_table(
        "perpetrators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("relationship", sa.String(20), nullable=False),
        sa.Column("sex", sa.String(12), nullable=False),
        sa.Column("age_group", sa.String(12), nullable=False),
        sa.Column("lives_with_her", sa.Boolean(), nullable=False),
        sa.Column("weapon_access", sa.Boolean(), nullable=False),
        sa.Column("earlier_violence", sa.Boolean(), nullable=False),
        sa.Column("alcohol_or_drugs", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        _fk("perpetrators", "client_id", "clients", "CASCADE"),
        _fk("perpetrators", "recorded_by", "accounts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_perpetrators")),
    )
    op.create_index(op.f("ix_perpetrators_client_id"), "perpetrators", ["client_id"])
    op.create_table(
        "incident_perpetrators",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("perpetrator_id", sa.Integer(), nullable=False),
        _fk("incident_perpetrators", "incident_id", "incidents", "CASCADE"),
        _fk("incident_perpetrators", "perpetrator_id", "perpetrators", "CASCADE"),
        sa.PrimaryKeyConstraint(
            "incident_id", "perpetrator_id", name=op.f("pk_incident_perpetrators")
        ),
    )
    op.create_index(
        op.f("ix_incident_perpetrators_perpetrator_id"),
        "incident_perpetrators",
        ["perpetrator_id"],
    )
    op.create_table(
        "protection_orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("perpetrator_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("issuer", sa.String(200), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        _fk("protection_orders", "client_id", "clients", "CASCADE"),
        _fk("protection_orders", "perpetrator_id", "perpetrators", "SET NULL"),
        _fk("protection_orders", "recorded_by", "accounts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_protection_orders")),
    )
    for column in ("client_id", "issued_on", "ends_on"):
        op.create_index(op.f(f"ix_protection_orders_{column}"), "protection_orders", [column])
    op.create_table(
        "protection_order_extensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("extended_on", sa.Date(), nullable=False),
        sa.Column("previous_ends_on", sa.Date(), nullable=False),
        sa.Column("new_ends_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        _fk("protection_order_extensions", "order_id", "protection_orders", "CASCADE"),
        _fk("protection_order_extensions", "recorded_by", "accounts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_protection_order_extensions")),
    )
    op.create_index(
        op.f("ix_protection_order_extensions_order_id"),
        "protection_order_extensions",
        ["order_id"],
    )
    op.create_table(
        "protection_order_violations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("reported_to_police", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        _fk("protection_order_violations", "order_id", "protection_orders", "CASCADE"),
        _fk("protection_order_violations", "recorded_by", "accounts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_protection_order_violations")),
    )
    for column in ("order_id", "occurred_on"):
        op.create_index(
            op.f(f"ix_protection_order_violations_{column}"),
            "protection_order_violations",
            [column],
        )
    op.create_table(
        "incident_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(20), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("done_by", sa.Integer(), nullable=True),
        sa.Column("method", sa.String(20), nullable=True),
        sa.Column("reference", sa.String(60), nullable=True),
        _fk("incident_notifications", "incident_id", "incidents", "CASCADE"),
        _fk("incident_notifications", "done_by", "accounts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_notifications")),
    )
    op.create_index(
        op.f("ix_incident_notifications_incident_id"), "incident_notifications", ["incident_id"]
    )
    op.create_index(
        "ix_incident_notifications_open",
        "incident_notifications",
        ["due_at"],
        sqlite_where=sa.text("done_at IS NULL"),
        postgresql_where=sa.text("done_at IS NULL"),
    )


def downgrade() -> None:
    """Back to disclosures: the four forms and the children of every incident that has
    one of the four forms; what only 0008 knows (other forms, perpetrators, orders,
    notifications) is dropped."""
    for table in (
        "incident_notifications",
        "protection_order_violations",
        "protection_order_extensions",
        "protection_orders",
        "incident_perpetrators",
        "perpetrators",
    ):
        op.drop_table(table)
    op.create_table(
        "violence_disclosures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("disclosed_on", sa.Date(), nullable=False),
        sa.Column("physical", sa.Boolean(), nullable=False),
        sa.Column("sexual", sa.Boolean(), nullable=False),
        sa.Column("psychological", sa.Boolean(), nullable=False),
        sa.Column("economic", sa.Boolean(), nullable=False),
        sa.Column("children_witnessed", sa.Boolean(), nullable=False),
        sa.Column("children_affected", sa.Integer(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        _fk("violence_disclosures", "client_id", "clients", "CASCADE"),
        _fk("violence_disclosures", "recorded_by", "accounts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_violence_disclosures")),
    )
    op.create_index(
        op.f("ix_violence_disclosures_client_id"), "violence_disclosures", ["client_id"]
    )
    op.execute(
        f"INSERT INTO violence_disclosures ({_OLD_COLUMNS}) "  # noqa: S608 (constant column list)
        f"SELECT {_OLD_COLUMNS} "
        "FROM incidents WHERE physical OR sexual OR psychological OR economic"
    )
    op.drop_table("incidents")
