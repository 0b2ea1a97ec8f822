"""Migration 0005 (indexes for ten years of records): a 0004 database gains the search
and report indexes, loses the index they replace, keeps every row, and the searches and
summary counts then read those indexes (their query plans say so)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from shelter_app import clients, consultations, integrity
from shelter_app.database import Database
from shelter_app.permissions import Role
from shelter_app.reports.indicators import count_consultations
from shelter_app.storage.casework_schema import Client, Consultation
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.test_migrations import _downgrade

# 0005 also made ix_clients_search_active; 0011 dropped it again (compartments: the
# search and sort keys are sealed, searched in memory)
NEW = {"ix_consultations_report"}
REPLACED = "ix_consultations_starts_kind"


def _indexes(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        names = set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars()
        )
        conn.rollback()
    return names


def _plan(db: Database, statement) -> str:
    with db.engine.connect() as conn:
        compiled = statement.compile(conn, compile_kwargs={"literal_binds": True})
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
        conn.rollback()
    return " | ".join(r[-1] for r in rows)


def test_a_0004_database_gets_the_indexes_and_keeps_every_row(opened, staff, make_client):
    for surname in ("Коваленко", "Ковальчук", "Мельник"):
        make_client(last_name=surname, first_name="Олена")
    archived = make_client(last_name="Коваль", first_name="Ірина", archived=True)
    client = make_client(last_name="Дем’яненко", first_name="Марія")
    consultations.log_consultation(
        opened.db,
        staff[Role.PSYCHOLOGIST],
        client,
        "psychological",
        datetime(2026, 3, 2, 10, 0),
        50,
        "in_person",
        ["trauma"],
        "completed",
        now=datetime(2026, 3, 2, 12, 0),
    )
    _downgrade(opened, "0004")
    assert not NEW & _indexes(opened.db) and REPLACED in _indexes(opened.db)
    opened.db.close()

    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        found = _indexes(db)
        assert found >= NEW and REPLACED not in found
        with db.engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(Client)) == 5
            assert conn.scalar(select(func.count()).select_from(Consultation)) == 1
            conn.rollback()
        # the partial index holds only the clients listed by default
        assert [c.display_name for c in clients.search_clients(db, admin, "ков")] == [
            "Коваленко Олена",
            "Ковальчук Олена",
        ]
        assert clients.count_clients(db, admin, "ков") == 2
        assert clients.count_clients(db, admin, "ков", include_archived=True) == 3
        assert archived in {
            c.id for c in clients.search_clients(db, admin, "ков", include_archived=True)
        }
        assert integrity.run_check(db, admin).ok
    finally:
        db.close()


def test_the_search_index_of_0005_is_gone_at_head(opened):
    """Migration 0011 drops it: the keys it indexed are sealed now, so it could only
    hold random order (search runs on shelter_app.client_directory instead)."""
    assert "ix_clients_search_active" not in _indexes(opened.db)
    assert "ix_clients_sort_key" not in _indexes(opened.db)


def test_summary_counts_of_consultations_read_only_the_report_index(opened):
    c = Consultation
    period = (c.starts_at >= datetime(2025, 1, 1), c.starts_at < datetime(2026, 1, 1))
    held = (
        select(c.kind, c.format, c.is_first, func.count())
        .where(*period, c.status == "held")
        .group_by(c.kind, c.format, c.is_first)
    )
    clients_seen = select(c.kind, func.count(c.client_id.distinct())).where(*period)
    for statement in (held, clients_seen.group_by(c.kind)):
        assert "COVERING INDEX ix_consultations_report" in _plan(opened.db, statement)
    # and the summary's own function runs on it
    with opened.db.engine.connect() as conn:
        from sqlalchemy.orm import Session

        with Session(bind=conn) as s:
            assert count_consultations(s, date(2025, 1, 1), date(2025, 12, 31)).clients == {}
        conn.rollback()
