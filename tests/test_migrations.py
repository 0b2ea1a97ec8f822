"""Schema upgrades: an older database migrates with every row, after a verified backup;
a newer one is refused untouched."""

from __future__ import annotations

import hashlib

import pytest
from alembic import command
from sqlalchemy import text

from shelter_app import accounts, integrity
from shelter_app.backups import restore_backup
from shelter_app.database import Database
from shelter_app.errors import SchemaTooNew
from shelter_app.storage import migrate
from shelter_app.storage.backup_file import inspect_backup
from shelter_app.storage.backup_trust import Opener
from shelter_app.storage.engine import make_engine
from shelter_app.storage.files import DatabasePaths
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.sealed_view import all_keys, unseal_everything

AS_ADMIN = Opener.administrator(ADMIN, ADMIN_PASSWORD)


def _downgrade(opened, target: str) -> None:
    """Back to an older revision; below 0011 the values are first written back plain,
    as that release kept them (migration 0011 cannot unseal: it has no keys), and below
    0012 the key file is one of that release too (see as_key_file_before_0012)."""
    cfg = migrate._config()
    keys = all_keys(opened.db.paths.key_file, opened.recovery_code)
    with migrate.schema_change(opened.db.engine) as conn:
        if target < "0011":
            unseal_everything(conn, keys)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)
    if target < "0012":
        as_key_file_before_0012(opened)


def as_key_file_before_0012(opened) -> None:
    """Rewrite the key file as releases before 0012 wrote it: every slot made again with
    its secret (the test passwords, the recovery code) and nothing bound into it."""
    from shelter_app.storage.keyfile import KeyFile, WrongSecret, normalise_recovery_code
    from tests.conftest import STAFF_PASSWORD

    paths = DatabasePaths.for_database(opened.path)
    data_key = opened.db._data_key
    current = KeyFile.load(paths.key_file)
    doc = {k: v for k, v in current._doc.items() if k != "authority"}
    old = KeyFile({**doc, "slots": []})
    for slot in current._doc["slots"]:
        if slot["kind"] == "recovery":
            tries = [normalise_recovery_code(opened.recovery_code)]
        else:
            tries = [ADMIN_PASSWORD, STAFF_PASSWORD]
        for secret in tries:
            try:
                current.unlock(slot["id"], secret)
            except WrongSecret:
                continue
            old = old.with_slot(slot["id"], slot["kind"], secret, [data_key])
            break
    old.save(paths.key_file, data_key)


def test_there_is_one_linear_history_ending_at_head():
    scripts = migrate._scripts()
    assert len(scripts.get_heads()) == 1
    assert [s.revision for s in scripts.walk_revisions()][-1] == "0001"


def test_new_database_is_at_head(opened):
    with opened.db.engine.connect() as conn:
        level = migrate.schema_level(conn)
        conn.rollback()
    assert level.up_to_date and level.current == migrate.head_revision()


def test_older_database_is_backed_up_then_upgraded_keeping_every_row(opened, staff):
    data_key = opened.db._data_key
    _downgrade(opened, "0001")
    with opened.db.engine.connect() as conn:
        before = {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("accounts", "audit_log", "database_info")
        }
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0001"
        conn.rollback()
    opened.db.close()

    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    with db.engine.connect() as conn:
        assert migrate.schema_level(conn).up_to_date
        after = {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("accounts", "audit_log", "database_info")
        }
        settings = dict(conn.execute(text("SELECT key, value FROM settings")).all())
        conn.rollback()
    assert after["accounts"] == before["accounts"] == 8
    assert after["database_info"] == 1
    # + the authority's establishment (the old chain re-chained) and this sign-in
    assert after["audit_log"] == before["audit_log"] + 2
    assert settings["report_k"] == "5" and settings["idle_lock_minutes"] == "5"
    assert [a.username for a in accounts.list_accounts(db, admin)] == [
        "admin",
        "caseworker",
        "coordinator",
        "head",
        "lawyer",
        "operator",
        "psychologist",
        "trainer",
    ]
    assert integrity.run_check(db, admin).ok
    db.close()

    found = sorted(DatabasePaths.for_database(opened.path).backup_dir.iterdir())
    assert len(found) == 1 and f"0001-to-{migrate.head_revision()}" in found[0].name
    assert inspect_backup(found[0]).schema_revision == "0001"
    restored = opened.path.parent / "restored" / "oberih.db"
    restore_backup(found[0], restored, AS_ADMIN)
    copy = make_engine(restored, data_key)
    with copy.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0001"
        assert conn.execute(text("SELECT count(*) FROM accounts")).scalar_one() == 8
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        conn.rollback()
    copy.dispose()
    assert not restored.read_bytes().startswith(b"SQLite format 3")


def test_newer_database_is_refused_and_left_untouched(opened):
    with opened.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    opened.db.close()
    paths = DatabasePaths.for_database(opened.path)
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    with pytest.raises(SchemaTooNew) as info:
        Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    assert "newer version" in str(info.value)
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before
    assert not paths.backup_dir.exists()


def test_clients_of_a_0003_database_get_their_alphabetical_sort_key(opened, make_client):
    from shelter_app import clients as clients_service

    for surname in ("Яковенко", "Ґонта", "Іваненко", "Бондар"):
        make_client(last_name=surname, first_name="Олена")
    _downgrade(opened, "0003")
    with opened.db.engine.connect() as conn:
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(clients)")]
        conn.rollback()
    assert "sort_key" not in columns
    opened.db.close()

    db, admin = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    listed = [c.display_name.split()[0] for c in clients_service.search_clients(db, admin, "")]
    assert listed == ["Бондар", "Ґонта", "Іваненко", "Яковенко"]
    assert integrity.run_check(db, admin).ok
    db.close()
