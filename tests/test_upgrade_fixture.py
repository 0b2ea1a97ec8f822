"""A database made by the first schema version upgrades with every row intact."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from shelter_app import accounts, audit, integrity
from shelter_app.database import Database
from shelter_app.permissions import Role
from shelter_app.storage import migrate
from shelter_app.storage.backup_file import inspect_backup
from shelter_app.storage.engine import make_engine
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.keyfile import KeyFile

FIXTURE = Path(__file__).parent / "fixtures" / "v0001"


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "old"
    shutil.copytree(FIXTURE, target)
    return target / "oberih.db"


def test_fixture_is_really_at_the_first_revision(tmp_path):
    db_path = _copy(tmp_path)
    keyfile = KeyFile.load(DatabasePaths.for_database(db_path).key_file)
    (data_key,) = keyfile.unlock(keyfile.locator("admin"), "Fixture-pass-1").data_keys
    engine = make_engine(db_path, data_key)  # the raw engine: no upgrade
    with engine.connect() as conn:
        assert migrate.schema_level(conn).current == "0001"
        conn.rollback()
    engine.dispose()
    assert not db_path.read_bytes().startswith(b"SQLite format 3")


def test_first_version_database_upgrades_keeping_accounts_and_audit(tmp_path):
    db_path = _copy(tmp_path)
    db, admin = Database.sign_in(db_path, "admin", "Fixture-pass-1")
    with db.engine.connect() as conn:
        level = migrate.schema_level(conn)
        tables = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
        )
        conn.rollback()
    assert level.up_to_date
    assert {"clients", "consultations", "stays", "settings"} <= tables
    people = {(a.username, a.role, a.display_name) for a in accounts.list_accounts(db, admin)}
    assert people == {
        ("admin", Role.ADMIN, "Адміністраторка"),
        ("olena", Role.PSYCHOLOGIST, "Олена Фікстурна"),
        ("iryna", Role.LAWYER, "Ірина Фікстурна"),
    }
    actions = [e.action for e in audit.list_entries(db, admin)]
    assert actions[-3:] == ["account.created", "account.created", "database.created"]
    assert integrity.run_check(db, admin).ok
    db.close()

    found = list(DatabasePaths.for_database(db_path).backup_dir.iterdir())
    assert len(found) == 1 and inspect_backup(found[0]).schema_revision == "0001"
    for username, password in (("olena", "Fixture-pass-2"), ("iryna", "Fixture-pass-3")):
        other, user = Database.sign_in(db_path, username, password)
        assert user.username == username
        other.close()


def test_recovery_code_of_the_old_database_still_works(tmp_path):
    db_path = _copy(tmp_path)
    db, admin = Database.sign_in_with_recovery(
        db_path, "FPPFS-BGBF0-X163E-F8P7F-HB1Q9-91QVW", "admin", "New-admin-pass-1"
    )
    assert admin.role == Role.ADMIN
    db.close()
