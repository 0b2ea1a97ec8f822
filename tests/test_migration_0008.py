"""Migration 0008: the disclosures of an older database become incidents, every one,
under the same id and with the same values; the new tables are empty and usable."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import text

from shelter_app import clients, incidents, integrity, notifications
from shelter_app.database import Database
from shelter_app.incidents import IncidentInput
from shelter_app.permissions import Permission
from shelter_app.storage import migrate
from shelter_app.storage.engine import make_engine
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.keyfile import KeyFile

DAY = date(2026, 12, 4)
FIXTURES = Path(__file__).parent / "fixtures"
COLUMNS = (
    "id, client_id, disclosed_on, physical, sexual, psychological, economic, "
    "children_witnessed, children_affected, recorded_by"
)


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(FIXTURES / name, target)
    return target / "oberih.db"


def _raw_engine(db_path: Path, username: str, password: str):
    keyfile = KeyFile.load(DatabasePaths.for_database(db_path).key_file)
    (data_key,) = keyfile.unlock(keyfile.locator(username), password).data_keys
    return make_engine(db_path, data_key)


def _rows(engine, table: str) -> list[tuple]:
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(f"SELECT {COLUMNS} FROM {table} ORDER BY id"))]
        conn.rollback()
    return rows


def test_every_disclosure_of_the_last_release_becomes_an_incident(tmp_path):
    db_path = _copy(tmp_path, "v0005")
    raw = _raw_engine(db_path, "admin", "Fixture-pass-5")
    with raw.connect() as conn:
        assert migrate.schema_level(conn).current == "0005"
        conn.rollback()
    before = _rows(raw, "violence_disclosures")
    raw.dispose()
    assert len(before) >= 20  # the demo gives most women a disclosure

    db, admin = Database.sign_in(db_path, "admin", "Fixture-pass-5")
    try:
        after = _rows(db.engine, "incidents")
        assert after == before
        with db.engine.connect() as conn:
            tables = set(
                conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
            )
            contexts = set(conn.execute(text("SELECT DISTINCT context FROM incidents")).scalars())
            conn.rollback()
        assert "violence_disclosures" not in tables
        assert contexts == {"domestic"}
        assert integrity.run_check(db, admin).ok
    finally:
        db.close()

    # the case worker reads them as incidents and records new ones after them
    db, worker = Database.sign_in(db_path, "caseworker", "Fixture-pass-5")
    try:
        client_id = before[-1][1]
        seen = incidents.list_incidents(db, worker, client_id)
        assert {i.id for i in seen} == {r[0] for r in before if r[1] == client_id}
        with db.unit_of_work(worker, Permission.READ_CLIENTS) as uow:
            consenting = clients.has_consent(uow.session, client_id, "special_category", DAY)
        if not consenting:
            clients.record_consent(db, worker, client_id, "special_category", DAY, DAY)
        new = incidents.record_incident(
            db,
            worker,
            client_id,
            IncidentInput(
                disclosed_on=date(2026, 12, 4),
                forms=frozenset({"online"}),
                context="outside_family",
                appealed_at=datetime(2026, 12, 4, 10, 0),
            ),
            now=datetime(2026, 12, 4, 12, 0),
        )
        assert new.id > max(r[0] for r in before)
        assert len(notifications.notifications_of_client(db, worker, client_id)) == 2
    finally:
        db.close()


def test_a_first_version_database_reaches_incidents(tmp_path):
    db_path = _copy(tmp_path, "v0001")
    db, admin = Database.sign_in(db_path, "admin", "Fixture-pass-1")
    try:
        with db.engine.connect() as conn:
            assert migrate.schema_level(conn).up_to_date
            names = set(
                conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
            )
            conn.rollback()
        assert {"incidents", "perpetrators", "protection_orders", "incident_notifications"} <= names
        assert "violence_disclosures" not in names
        assert integrity.run_check(db, admin).ok
    finally:
        db.close()
    # the psychologist of the old database may read incidents (none yet)
    db, olena = Database.sign_in(db_path, "olena", "Fixture-pass-2")
    try:
        assert notifications.open_notifications(db, olena) == []
    finally:
        db.close()


def test_going_back_to_0005_gives_the_disclosures_back(tmp_path):
    db_path = _copy(tmp_path, "v0005")
    raw = _raw_engine(db_path, "admin", "Fixture-pass-5")
    before = _rows(raw, "violence_disclosures")
    migrate.upgrade(raw)
    cfg = migrate._config()
    with migrate.schema_change(raw) as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    assert _rows(raw, "violence_disclosures") == before
    raw.dispose()
