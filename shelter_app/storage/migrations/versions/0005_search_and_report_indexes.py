"""Indexes for ten years of records (issue 8's benchmark).

Search as you type: every typed word is matched anywhere in the folded key, which no
ordinary index can seek, so each keystroke read the whole clients table twice (the page
and the count). A partial index of the clients staff search by default (not archived, not
anonymised) holding the list order and the key lets the page stop after its first rows
in list order and the count read the narrow index instead of the table.

Summaries: the consultations of a period were found by date, then every row was read
from the table for its status, format and client, at random places in a table of a
million rows. The report index carries those columns, so the counts read only the
index; it starts with the date, so it also serves every query the old (date, kind)
index served, which it replaces.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ACTIVE = sa.text("archived_at IS NULL AND anonymised_at IS NULL")


def upgrade() -> None:
    op.create_index(
        "ix_clients_search_active",
        "clients",
        ["sort_key", "id", "search_key"],
        sqlite_where=_ACTIVE,
        postgresql_where=_ACTIVE,
    )
    op.create_index(
        "ix_consultations_report",
        "consultations",
        ["starts_at", "status", "kind", "format", "is_first", "client_id"],
    )
    op.drop_index("ix_consultations_starts_kind", table_name="consultations")


def downgrade() -> None:
    op.create_index("ix_consultations_starts_kind", "consultations", ["starts_at", "kind"])
    op.drop_index("ix_consultations_report", table_name="consultations")
    op.drop_index("ix_clients_search_active", table_name="clients")
