"""Moving a local database to a server and back (issue 20): every row copied with its
key, proven row by row, the file left byte for byte as it was, a server that is not
empty refused, and a failure leaving the server empty. Runs against the throw-away
PostgreSQL of tests/pg_cluster.py (skipped, with its reason, where none can start)."""

from __future__ import annotations

import io
import itertools
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, func, inspect, select, text, update
from sqlalchemy.orm import Session

from shelter_app import audit_chain, cli, server_move
from shelter_app.errors import (
    AuthenticationFailed,
    CopyFailed,
    CopyNotVerified,
    DatabaseInUse,
    PermissionDenied,
    ServerUnreachable,
    SourceNotCurrent,
    SourceNotSettled,
    TargetNotEmpty,
)
from shelter_app.permissions import Role
from shelter_app.source_file import open_read_only
from shelter_app.storage import transfer
from shelter_app.storage.casework_schema import Bed, Room
from shelter_app.storage.engine import make_engine
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.keyfile import KeyFile
from shelter_app.storage.schema import AuditEntry
from tests import pg_cluster

PASSWORD = "Demo-pass-transfer-1"
_icu_names = itertools.count(1)
DEMO_CLIENTS = 25
ROLE_USERS = {
    Role.ADMIN: "admin",
    Role.HEAD: "head",
    Role.CASE_WORKER: "caseworker",
    Role.PSYCHOLOGIST: "psychologist",
    Role.LAWYER: "lawyer",
    Role.TRAINER: "trainer",
    Role.OPERATOR: "operator",
    Role.COORDINATOR: "coordinator",
}


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    """A small demo database made once (cheap KDF, like conftest's templates); tests
    copy its folder before touching anything."""
    from shelter_app import demo
    from shelter_app.storage import keyfile

    folder = tmp_path_factory.mktemp("transfer-demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyfile, "DEFAULT_KDF", keyfile.KdfParams(1024, 1, 1))
        demo.build_demo(folder / "demo.db", PASSWORD, DEMO_CLIENTS, seed=5)
    return folder


@pytest.fixture
def demo_db(demo_folder: Path, tmp_path: Path) -> Path:
    shutil.copytree(demo_folder, tmp_path / "local")
    return tmp_path / "local" / "demo.db"


@pytest.fixture
def server_url() -> str:
    found = pg_cluster.cluster()
    if found.base_url is None:
        pytest.skip(found.reason)
    return pg_cluster.new_database("transfer")


@pytest.fixture
def server(server_url: str) -> Iterator[Engine]:
    engine = create_engine(server_url)
    yield engine
    engine.dispose()


def data_key(path: Path) -> bytes:
    keys = KeyFile.load(DatabasePaths.for_database(path).key_file)
    return keys.unlock(keys.locator("admin"), PASSWORD).data_keys[0]


def admin_key(path: Path) -> bytes:
    keys = KeyFile.load(DatabasePaths.for_database(path).key_file)
    return keys.unlock(keys.locator("admin"), PASSWORD).compartments["admin"]


@dataclass(frozen=True)
class FileState:
    """Every file in the folder: bytes and modification time."""

    files: dict[str, tuple[bytes, int]]


def folder_state(folder: Path) -> FileState:
    return FileState(
        {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}
    )


def run_cli(*argv: str, password: str = PASSWORD) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = cli.build_parser().parse_args([*argv, "--lang", "en"])
    code = cli.run(args, out, err, io.StringIO(password + "\n"))
    return code, out.getvalue(), err.getvalue()


def move(path: Path, server: Engine, user: str = "admin") -> server_move.MoveReport:
    with open_read_only(path, user, PASSWORD) as source:
        return server_move.move_to_server(source, server)


def table_names(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return sorted(inspect(conn).get_table_names())


# --- the copy and its proof -------------------------------------------------------------


def test_round_trip_file_to_server_to_file_is_equal(demo_db, server, tmp_path):
    """SQLite -> PostgreSQL -> a new SQLCipher file (how a server's backup is written):
    the last file holds every row of the first, value for value."""
    key = data_key(demo_db)
    with open_read_only(demo_db, "admin", PASSWORD) as source:
        there = transfer.copy_database(source.engine, server)
        back_path = tmp_path / "back" / "copy.db"
        back_path.parent.mkdir()
        back = make_engine(back_path, key)
        try:
            returned, checked = transfer.copy_verified(server, back)
            proof = transfer.verify_copy(source.engine, back)
        finally:
            back.dispose()
    assert checked is not None and checked.ok
    assert proof.ok, proof.mismatch
    assert there.rows == returned.rows == proof.rows > 14_000  # the demo's contacts alone
    counts = {t.table: t.source_rows for t in proof.tables}
    assert counts["clients"] == DEMO_CLIENTS
    assert counts["consultations"] > 0 and counts["audit_log"] > 0
    assert {t.table for t in proof.tables} == {t.name for t in transfer.schema_tables()}
    assert proof.source_revision == proof.target_revision is not None


def test_a_backup_of_a_live_server_is_one_moment_of_it(demo_db, server, tmp_path):
    """While a server is copied to a file, a workstation adds a room and a bed in it
    just after the rooms were read: the copy is of the moment it began (no bed whose
    room is missing), and it is verified against that same moment."""
    with open_read_only(demo_db, "admin", PASSWORD) as source:
        transfer.copy_database(source.engine, server)
    added: list[int] = []

    def meanwhile(table: str, _rows: int) -> None:
        if table != "rooms" or added:
            return
        with Session(server) as s:
            room = Room(site_id=1, name="Кімната під час копії", max_people=1, sort_order=50)
            s.add(room)
            s.flush()
            s.add(Bed(room_id=room.id, label="1"))
            s.commit()
            added.append(room.id)

    back = make_engine(tmp_path / "backup.db", data_key(demo_db))
    try:
        copied, checked = transfer.copy_verified(server, back, meanwhile)
        with back.connect() as conn:
            rooms_in_copy = conn.execute(select(func.count()).select_from(Room)).scalar()
    finally:
        back.dispose()
    assert added and checked is not None and checked.ok
    counts = {t.table: t.rows for t in copied.tables}
    with Session(server) as s:
        assert s.execute(select(func.count()).select_from(Room)).scalar() == rooms_in_copy + 1
    assert counts["rooms"] == rooms_in_copy


def test_a_table_the_copier_does_not_know_stops_the_copy(demo_db, server):
    """Every table is copied or none: one missing from the metadata (a schema module
    not imported) would otherwise be left behind without a word."""
    engine = make_engine(demo_db, data_key(demo_db))
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE extra_notes (id INTEGER PRIMARY KEY)"))
    finally:
        engine.dispose()
    with pytest.raises(RuntimeError, match="extra_notes"):
        move(demo_db, server)
    assert table_names(server) == []


def test_the_move_is_verified_audited_and_the_chain_goes_on(demo_db, server):
    report = move(demo_db, server)
    assert report.verified.ok
    assert report.verified.rows == report.copied.rows
    with Session(server) as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc())).scalars().first()
        assert last is not None and last.action == "database.moved_to_server"
        copied = {t.table: t.rows for t in report.copied.tables}
        assert last.seq == report.audit_seq == copied["audit_log"] + 1
        database_id = KeyFile.load(DatabasePaths.for_database(demo_db).key_file).database_id
        first = audit_chain.first_key(s, admin_key(demo_db), database_id)
        assert first is not None
        chain = audit_chain.verify_chain(s, first)
        assert chain.ok and chain.last_seq == report.audit_seq


def test_the_moved_database_opens_on_the_server_and_passes_its_check(
    demo_db, server, server_url, tmp_path, monkeypatch
):
    """The key file and the throttle file become the server's rows, byte for byte: the
    administrator signs in on the server with her password, and `check` passes (the
    chain, the seals, the slots)."""
    from shelter_app import integrity
    from shelter_app.database import Database
    from shelter_app.storage import server_store
    from shelter_app.storage.server import parse_server_url

    monkeypatch.setenv(server_store.WORKSTATION_DIR_ENV, str(tmp_path / "desk"))
    report = move(demo_db, server)
    assert report.key_file_stored
    paths = DatabasePaths.for_database(demo_db)
    with server.connect() as conn:
        keys = conn.execute(text("SELECT document FROM server_key_file WHERE id = 1")).scalar()
        ledger = conn.execute(text("SELECT document FROM server_throttle WHERE id = 1")).scalar()
    assert bytes(keys) == paths.key_file.read_bytes()
    assert bytes(ledger) == paths.throttle.read_bytes()
    db, admin = Database.sign_in(parse_server_url(server_url), "admin", PASSWORD)
    try:
        checked = integrity.run_check(db, admin)
    finally:
        db.close()
    assert checked.ok
    assert checked.audit.entries == report.audit_seq + 1  # and her sign-in there


def test_an_altered_row_is_found_and_named_by_table_and_key(demo_db, server):
    with open_read_only(demo_db, "admin", PASSWORD) as source:
        transfer.copy_database(source.engine, server)
        with server.begin() as conn:
            conn.execute(text("UPDATE clients SET birth_year = birth_year + 1 WHERE id = 7"))
        changed = transfer.verify_copy(source.engine, server)
        with server.begin() as conn:
            conn.execute(text("UPDATE clients SET birth_year = birth_year - 1 WHERE id = 7"))
            conn.execute(text("DELETE FROM consultation_topics WHERE consultation_id = 3"))
        missing = transfer.verify_copy(source.engine, server)
    assert not changed.ok
    assert changed.mismatch == transfer.Mismatch("clients", (7,), "differs")
    assert not missing.ok and missing.mismatch is not None
    assert (missing.mismatch.table, missing.mismatch.key[0]) == ("consultation_topics", 3)
    assert missing.mismatch.kind == "missing"
    gone = {t.table: t.source_rows - t.target_rows for t in missing.tables}
    assert gone["consultation_topics"] > 0 and gone["clients"] == 0


def test_a_difference_undoes_the_move_and_leaves_the_server_empty(demo_db, server, monkeypatch):
    """A row changed between the copy and the check (a faulty write): the check names
    it, the message carries no value, and the server has no table afterwards."""
    real_copy = transfer.copy_tables

    def faulty_copy(source, target, **kw):
        report = real_copy(source, target, **kw)
        target.execute(update(Room).where(Room.id == 2).values(max_people=99))
        return report

    monkeypatch.setattr(transfer, "copy_tables", faulty_copy)
    with pytest.raises(CopyNotVerified) as refused:
        move(demo_db, server)
    assert (refused.value.table, refused.value.key) == ("rooms", "2")
    assert "99" not in refused.value.user_message()
    assert table_names(server) == []


def test_a_row_the_server_refuses_is_named_by_table_only(demo_db, server):
    """SQLite keeps a text longer than its column allows; PostgreSQL refuses it. The
    message names the table, not the row's values (the driver's text would)."""
    engine = make_engine(demo_db, data_key(demo_db))
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE clients SET code = :c WHERE id = 3"), {"c": "K" * 300})
    finally:
        engine.dispose()
    with pytest.raises(CopyFailed) as refused:
        move(demo_db, server)
    assert refused.value.table == "clients"
    assert "KKK" not in refused.value.user_message() and "KKK" not in str(refused.value)
    assert table_names(server) == []


def test_a_connection_lost_half_way_leaves_the_server_empty(demo_db, server):
    """The server ends the move's session in the middle of the clients: one clear
    error, no driver text, and nothing of the schema or the rows was kept."""

    def cut(table: str, _rows: int) -> None:
        if table == "clients":
            with server.connect() as other:
                other.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                )
                other.commit()

    with (
        open_read_only(demo_db, "admin", PASSWORD) as source,
        pytest.raises(ServerUnreachable) as lost,
    ):
        server_move.move_to_server(source, server, cut)
    assert "pg_" not in lost.value.user_message()
    server.dispose()  # the pool's connections were cut too
    assert table_names(server) == []


def test_a_server_database_with_records_is_refused(demo_db, server):
    move(demo_db, server)
    with server.connect() as conn:
        before = conn.execute(select(func.count()).select_from(AuditEntry)).scalar()
    with pytest.raises(TargetNotEmpty):
        move(demo_db, server)
    with server.connect() as conn:
        assert conn.execute(select(func.count()).select_from(AuditEntry)).scalar() == before


def test_a_schema_built_by_the_migrations_alone_counts_as_not_empty(demo_db, server):
    """The migrations seed the settings: such a database was set up by something else."""
    from shelter_app.storage import migrate

    with server.begin() as conn:
        migrate.upgrade_in(conn)
    with pytest.raises(TargetNotEmpty):
        move(demo_db, server)


def test_sequences_continue_after_the_copy(demo_db, server):
    move(demo_db, server)
    with Session(server) as s:
        highest = s.execute(select(func.max(Room.id))).scalar_one()
        room = Room(site_id=1, name="Нова кімната", max_people=2, sort_order=99)
        s.add(room)
        s.flush()
        assert room.id == highest + 1
        s.commit()


def test_a_reference_to_a_later_row_of_the_same_table_is_copied(demo_db, server):
    """cases.previous_case_id may name a case with a higher key: the row waits for it."""
    engine = make_engine(demo_db, data_key(demo_db))
    try:
        with engine.begin() as conn:
            low, high = conn.execute(text("SELECT min(id), max(id) FROM cases")).one()
            conn.execute(
                text("UPDATE cases SET previous_case_id = :h WHERE id = :l"), {"h": high, "l": low}
            )
    finally:
        engine.dispose()
    report = move(demo_db, server)
    assert report.verified.ok
    with server.connect() as conn:
        assert (
            conn.execute(
                text("SELECT previous_case_id FROM cases WHERE id = :l"), {"l": low}
            ).scalar()
            == high
        )


def test_text_keys_keep_one_order_on_a_server_with_a_language_collation(demo_db):
    """On a database whose collation is Ukrainian (ICU), "a" sorts before "B"; SQLite
    compares code points ("B" first). Both sides are read in code-point order, so the
    verifier pairs the same rows."""
    found = pg_cluster.cluster()
    if found.base_url is None:
        pytest.skip(found.reason)
    name = f"transfer_icu_{os.getpid()}_{next(_icu_names)}"
    admin = create_engine(found.url("postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(
                text(
                    f'CREATE DATABASE "{name}" TEMPLATE template0 '
                    "LOCALE_PROVIDER icu ICU_LOCALE 'uk-UA' LOCALE 'C.UTF-8'"
                )
            )
    except Exception as exc:  # an older server or one built without ICU
        pytest.skip(f"no ICU collation on this server ({type(exc).__name__})")
    finally:
        admin.dispose()
    engine = make_engine(demo_db, data_key(demo_db))
    try:
        with engine.begin() as conn:
            for key in ("B_order_test", "a_order_test", "ґ_order_test", "Я_order_test"):
                conn.execute(text("INSERT INTO settings (key, value) VALUES (:k, '1')"), {"k": key})
    finally:
        engine.dispose()
    server = create_engine(found.url(name))
    try:
        with server.connect() as conn:
            keys = conn.execute(
                text("SELECT v FROM (VALUES ('B'), ('a')) AS t(v) ORDER BY v")
            ).scalars()
            assert list(keys) == ["a", "B"]  # the collation differs from SQLite's indeed
        assert move(demo_db, server).verified.ok
    finally:
        server.dispose()


# --- the file stays as it was -----------------------------------------------------------


def test_the_file_and_its_sidecars_are_unchanged_byte_for_byte(demo_db, server_url):
    folder = demo_db.parent
    before = folder_state(folder)
    code, out, err = run_cli(
        "migrate-to-server",
        "--db",
        str(demo_db),
        "--server",
        server_url,
        "--user",
        "admin",
        "--password-stdin",
    )
    assert (code, err) == (0, "")
    assert "verified row by row" in out
    assert f"clients: {DEMO_CLIENTS}" in out.splitlines()
    assert folder_state(folder) == before
    # refused (not empty), it stays unchanged too
    code, _out, err = run_cli(
        "migrate-to-server",
        "--db",
        str(demo_db),
        "--server",
        server_url,
        "--user",
        "admin",
        "--password-stdin",
    )
    assert code != 0 and len(err.splitlines()) == 1
    assert folder_state(folder) == before


def test_a_file_open_in_oberih_is_not_read(demo_db):
    from shelter_app.database import Database

    db, _user = Database.sign_in(demo_db, "admin", PASSWORD)
    try:
        with pytest.raises(DatabaseInUse):
            open_read_only(demo_db, "admin", PASSWORD)
    finally:
        db.close()
    open_read_only(demo_db, "admin", PASSWORD).close()  # closed: it opens


def test_a_file_with_a_leftover_journal_is_refused(demo_db):
    DatabasePaths.for_database(demo_db).wal.write_bytes(b"\0" * 64)
    with pytest.raises(SourceNotSettled):
        open_read_only(demo_db, "admin", PASSWORD)


def test_a_file_of_an_older_schema_is_refused(demo_db):
    """A move copies a file at this program's schema level (a sign-in upgrades it)."""
    engine = make_engine(demo_db, data_key(demo_db))
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0013'"))
    finally:
        engine.dispose()
    with pytest.raises(SourceNotCurrent):
        open_read_only(demo_db, "admin", PASSWORD)


def test_a_wrong_password_opens_nothing(demo_db):
    with pytest.raises(AuthenticationFailed):
        open_read_only(demo_db, "admin", PASSWORD + "x")


# --- who may move it --------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_only_an_administrator_moves_the_database(demo_folder, role, tmp_path, request):
    """Refused before the server is even contacted, for every role but the
    administrator's (the refusal cannot be audited: the file is not written)."""
    shutil.copytree(demo_folder, tmp_path / "local")
    path = tmp_path / "local" / "demo.db"
    with open_read_only(path, ROLE_USERS[role], PASSWORD) as source:
        assert source.role == role
        if role != Role.ADMIN:
            unreachable = create_engine("postgresql+psycopg://nobody@/none?host=/nonexistent")
            with pytest.raises(PermissionDenied):
                server_move.move_to_server(source, unreachable)
            return
    engine = request.getfixturevalue("server")
    assert move(path, engine).verified.ok


# --- the command line -------------------------------------------------------------------


def test_command_line_problems_are_one_line(demo_db, server_url):
    base = ["migrate-to-server", "--db", str(demo_db), "--password-stdin"]
    cases = [
        (["--server", "mysql://x@h/db", "--user", "admin"], PASSWORD, 2),
        (
            ["--server", "postgresql://x@db.example/oberih?sslmode=require", "--user", "admin"],
            PASSWORD,
            2,
        ),
        (["--server", server_url, "--user", "admin"], PASSWORD + "x", 3),
        (["--server", server_url, "--user", "lawyer"], PASSWORD, 8),
    ]
    for extra, password, expected in cases:
        code, out, err = run_cli(*base, *extra, password=password)
        assert code == expected, err
        assert len(err.splitlines()) == 1 and err.startswith("shelter-app: ")
        assert out == "" and "Traceback" not in err
    assert run_cli(*base, "--server", server_url, "--user", "admin")[0] == 0
    code, _out, err = run_cli(*base, "--server", server_url, "--user", "admin")
    assert code == 13 and "empty server database" in err and len(err.splitlines()) == 1
