"""Migration 0015: the server's key file and throttle tables on both engines (empty in a
local database), and sealed VARCHAR columns widened to TEXT on PostgreSQL only. Every
row is kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from shelter_app.database import Database
from shelter_app.storage import migrate
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.server import parse_server_url
from tests import pg_cluster

FIXTURE = Path(__file__).parent / "fixtures" / "v0005"
PASSWORD = "Fixture-pass-5"
SEALED_VARCHARS = {
    ("clients", "last_name"),
    ("clients", "first_name"),
    ("clients", "patronymic"),
    ("clients", "phone"),
    ("children", "first_name"),
    ("children", "school"),
}


def test_a_local_database_gets_the_server_tables_empty_and_keeps_its_files(tmp_path):
    target = tmp_path / "v0005"
    shutil.copytree(FIXTURE, target)
    db_path = target / "oberih.db"
    db, _admin = Database.sign_in(db_path, "admin", PASSWORD)  # upgrades to the head
    try:
        with db.engine.connect() as conn:
            assert migrate.schema_level(conn).current == migrate.head_revision()
            for table in ("server_key_file", "server_throttle"):
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
            # SQLite keeps its declared types: nothing to widen there
            columns = {c["name"]: c["type"] for c in inspect(conn).get_columns("clients")}
            assert str(columns["last_name"]) == "VARCHAR(80)"
            conn.rollback()
    finally:
        db.close()
    paths = DatabasePaths.for_database(db_path)
    assert paths.key_file.exists() and paths.throttle.exists()


def test_on_postgresql_sealed_columns_become_text_and_rows_stay():
    if pg_cluster.cluster().base_url is None:
        pytest.skip(pg_cluster.cluster().reason)
    engine = create_engine(parse_server_url(pg_cluster.new_database("m15")).sqlalchemy_url)
    try:
        migrate.upgrade(engine, "0013")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO settings (key, value) VALUES ('k', '\"kept\"')"))
            before = {c["name"]: c["type"] for c in inspect(conn).get_columns("clients")}
        assert str(before["last_name"]) == "VARCHAR(80)"
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert migrate.schema_level(conn).current == migrate.head_revision()
            assert conn.execute(
                text("SELECT value FROM settings WHERE key = 'k'")
            ).scalar_one() == ('"kept"')
            for table, column in SEALED_VARCHARS:
                types = {c["name"]: c["type"] for c in inspect(conn).get_columns(table)}
                assert str(types[column]) == "TEXT", (table, column)
            assert set(inspect(conn).get_table_names()) >= {"server_key_file", "server_throttle"}
            conn.rollback()
    finally:
        engine.dispose()
