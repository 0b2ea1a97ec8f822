"""Upgrading a database made by the first version, with stays recorded before issue 14,
keeps every stay's children and gives each a child record."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import text

from shelter_app import children, integrity, shelter
from shelter_app.database import Database
from shelter_app.storage import migrate
from shelter_app.storage.engine import make_engine
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.keyfile import KeyFile

FIXTURE = Path(__file__).parent / "fixtures" / "v0001"
KIDS = {  # stay -> (age, sex) of each child, as the old schema held them
    1: [(3, "female"), (11, "male")],
    2: [],
    3: [(0, "male"), (17, "female"), (8, "not_stated")],
}


def _old_database_with_stays(tmp_path: Path) -> Path:
    target = tmp_path / "old"
    shutil.copytree(FIXTURE, target)
    db_path = target / "oberih.db"
    keyfile = KeyFile.load(DatabasePaths.for_database(db_path).key_file)
    (data_key,) = keyfile.unlock(keyfile.locator("admin"), "Fixture-pass-1").data_keys
    engine = make_engine(db_path, data_key)
    migrate.upgrade(engine, "0005")
    with engine.begin() as conn:
        admin = conn.execute(text("SELECT id FROM accounts WHERE username='admin'")).scalar_one()
        for stay_id in KIDS:
            conn.execute(
                text(
                    "INSERT INTO clients (id, code, last_name, first_name, search_key, sort_key,"
                    " sex, citizenship, safe_to_call, safe_to_text, district, came_via,"
                    " first_contact_on, last_activity_on, created_at, updated_at, version)"
                    " VALUES (:i, :code, 'Коваль', 'Олена', 'k', 'k', 'female', 'ukraine', 0, 0,"
                    " 'obolonskyi', 'self', '2025-01-01', '2025-01-01', '2025-01-01 10:00:00',"
                    " '2025-01-01 10:00:00', 1)"
                ),
                {"i": stay_id, "code": f"K-2025-{stay_id:04d}"},
            )
            conn.execute(
                text(
                    "INSERT INTO stays (id, client_id, admitted_on, allowed_until, departed_on,"
                    " referred_by, created_by) VALUES (:i, :i, :on, '2025-06-01', :gone,"
                    " 'police', :admin)"
                ),
                {
                    "i": stay_id,
                    "on": f"2025-0{stay_id}-15",
                    "gone": "2025-05-01" if stay_id == 1 else None,
                    "admin": admin,
                },
            )
            for age, sex in KIDS[stay_id]:
                conn.execute(
                    text("INSERT INTO stay_children (stay_id, age_years, sex) VALUES (:s, :a, :x)"),
                    {"s": stay_id, "a": age, "x": sex},
                )
    engine.dispose()
    return db_path


def test_every_stays_children_survive_the_upgrade_with_a_record(tmp_path):
    db_path = _old_database_with_stays(tmp_path)
    db, admin = Database.sign_in(db_path, "admin", "Fixture-pass-1")
    with db.engine.connect() as conn:
        assert migrate.schema_level(conn).up_to_date
        conn.rollback()
    for stay_id, kids in KIDS.items():
        stay = shelter.get_stay(db, admin, stay_id)
        assert [(c.age_years, c.sex) for c in stay.children] == kids  # the figures as before
        records = {c.id: c for c in children.family_children(db, admin, stay_id)}
        assert sorted(c.child_id for c in stay.children) == sorted(records)
        admitted = date(2025, stay_id, 15)
        for info in stay.children:
            record = records[info.child_id]
            assert record.birth_date_approximate and record.first_name is None
            assert record.sex == info.sex and record.guardian_client_id == stay_id
            assert record.age_on(admitted) == info.age_years
    assert integrity.run_check(db, admin).ok
    db.close()
