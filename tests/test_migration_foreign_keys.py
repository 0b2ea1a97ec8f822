"""Upgrades keep the rows that point at a table a migration copies (SQLite batch mode):
with foreign keys on, the copy-and-drop emptied every ON DELETE CASCADE child (0007 lost
a 0005 database's course sessions and enrolments); storage/migrate.upgrade switches them
off for the upgrade and checks them all before the commit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from shelter_app.storage import migrate
from shelter_app.storage.engine import make_engine
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.keyfile import KeyFile

FIXTURES = Path(__file__).parent / "fixtures"
CHILDREN = ("course_sessions", "enrolments", "attendance", "event_partners", "beds", "stays")


def _counts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        found = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in CHILDREN}
        conn.rollback()
    return found


@pytest.mark.parametrize(("name", "password"), [("v0005", "Fixture-pass-5")])
def test_an_upgrade_keeps_every_child_of_the_tables_it_copies(tmp_path, name, password):
    target = tmp_path / name
    shutil.copytree(FIXTURES / name, target)
    db_path = target / "oberih.db"
    keyfile = KeyFile.load(DatabasePaths.for_database(db_path).key_file)
    (data_key,) = keyfile.unlock(keyfile.locator("admin"), password).data_keys
    engine = make_engine(db_path, data_key)
    try:
        before = _counts(engine)
        assert all(before.values())
        migrate.upgrade(engine)
        assert _counts(engine) == before
        with engine.connect() as conn:  # and the connection has its foreign keys back
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            conn.rollback()
    finally:
        engine.dispose()
