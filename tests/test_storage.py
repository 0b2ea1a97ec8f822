"""The encrypted store: what lands on disk, how it is opened, one GUI per database."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import text

from shelter_app import accounts
from shelter_app.database import Database
from shelter_app.errors import DatabaseInUse
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.instance_lock import InstanceLock
from tests.conftest import ADMIN, ADMIN_PASSWORD, files_in

MARKER_USER = "zmarkerq"
MARKER_NAME = "Ярина МаркерЩука"


def _assert_marker_absent(folder):
    files = files_in(folder)
    assert files, "nothing on disk?"
    for path in files:
        raw = path.read_bytes()
        for needle in (MARKER_USER, MARKER_NAME, "МаркерЩука", "markerq"):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert needle.encode(encoding) not in raw, f"{needle!r} found in {path.name}"


def test_marker_written_through_services_never_reaches_disk_in_plaintext(opened):
    folder = opened.path.parent
    accounts.create_account(
        opened.db, opened.admin, MARKER_USER, MARKER_NAME, "caseworker", "Marker-pass-1"
    )
    user = opened.db.sign_in_again(MARKER_USER, "Marker-pass-1")
    assert user.display_name == MARKER_NAME
    # while open: the WAL holds the newest pages
    assert DatabasePaths.for_database(opened.path).wal.exists()
    _assert_marker_absent(folder)
    opened.db.close()
    _assert_marker_absent(folder)
    # and it really is in there, readable with the password
    db, again = Database.sign_in(opened.path, MARKER_USER, "Marker-pass-1")
    assert again.display_name == MARKER_NAME
    db.close()


def test_database_file_is_not_plain_sqlite(opened):
    opened.db.close()
    raw = opened.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(opened.path).execute("SELECT * FROM sqlite_master").fetchall()


def test_connection_settings(opened):
    with opened.db.engine.connect() as conn:
        values = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar_one()
            for name in ("journal_mode", "synchronous", "temp_store", "foreign_keys")
        }
        conn.rollback()
    assert values == {"journal_mode": "wal", "synchronous": 2, "temp_store": 2, "foreign_keys": 1}


def test_files_are_private_to_the_user(opened):
    import os

    if os.name == "nt":
        pytest.skip("POSIX permissions")
    for path in (opened.path, DatabasePaths.for_database(opened.path).key_file):
        assert path.stat().st_mode & 0o077 == 0, path.name


def test_engine_repr_and_errors_hide_the_key(opened):
    key_hex = opened.db._data_key.hex()
    assert key_hex not in repr(opened.db.engine)
    assert key_hex not in str(opened.db.engine.url)
    assert key_hex not in repr(opened.db)
    with pytest.raises(Exception) as info, opened.db.engine.connect() as conn:
        conn.execute(text("SELECT * FROM no_such_table"))
    assert key_hex not in str(info.value)


def test_second_gui_instance_is_refused(db_path):
    paths = DatabasePaths.for_database(db_path)
    db_path.parent.mkdir(parents=True)
    with InstanceLock(paths):
        with pytest.raises(DatabaseInUse) as info:
            InstanceLock(paths).acquire()
        assert "already has this database open, on this or another computer" in str(info.value)
    with InstanceLock(paths):  # released: the next start works
        pass


def test_second_gui_instance_in_another_process_is_refused(db_path):
    paths = DatabasePaths.for_database(db_path)
    db_path.parent.mkdir(parents=True)
    code = textwrap.dedent(
        f"""
        import sys
        from shelter_app.errors import DatabaseInUse
        from shelter_app.storage.files import DatabasePaths
        from shelter_app.storage.instance_lock import InstanceLock
        try:
            InstanceLock(DatabasePaths.for_database({str(db_path)!r})).acquire()
        except DatabaseInUse:
            sys.exit(9)
        sys.exit(0)
        """
    )
    with InstanceLock(paths):
        held = subprocess.run([sys.executable, "-c", code], timeout=60)
    free = subprocess.run([sys.executable, "-c", code], timeout=60)
    assert (held.returncode, free.returncode) == (9, 0)


def test_reader_and_writer_processes_share_the_database(opened):
    """A `check` beside a running GUI: its writes wait for the lock, then go through."""
    code = textwrap.dedent(
        f"""
        from shelter_app.database import Database
        from shelter_app import integrity
        db, user = Database.sign_in({str(opened.path)!r}, {ADMIN!r}, {ADMIN_PASSWORD!r})
        assert integrity.run_check(db, user).ok
        db.close()
        """
    )
    # the "GUI" keeps the database open and writes meanwhile
    accounts.create_account(opened.db, opened.admin, "olha", "Olha", "lawyer", "Lawyer-pass-1")
    result = subprocess.run([sys.executable, "-c", code], timeout=120, capture_output=True)
    assert result.returncode == 0, result.stderr.decode()[-500:]
    accounts.create_account(opened.db, opened.admin, "iryna", "Iryna", "lawyer", "Lawyer-pass-2")
    names = [a.username for a in accounts.list_accounts(opened.db, opened.admin)]
    assert names == ["admin", "iryna", "olha"]
