"""The same Database on a PostgreSQL server (issue 20): what a local database keeps in
files beside it (key file, throttle, audit head) and what the server admin can read.

Runs against the run's throw-away server (tests/pg_cluster.py); skipped with its reason
when no PostgreSQL can be started."""

from __future__ import annotations

import io
import threading
from datetime import date, datetime

import psycopg
import pytest
from sqlalchemy import create_engine, text

from shelter_app import accounts, audit, cli, clients, consultations, integrity
from shelter_app.clients import ClientForm
from shelter_app.database import Database
from shelter_app.errors import (
    AuthenticationFailed,
    ExitCode,
    LoginThrottled,
    NotOnServer,
    ServerDatabaseEmpty,
    ServerUnreachable,
)
from shelter_app.permissions import Role
from shelter_app.storage import server_store
from shelter_app.storage.keyfile import KeyFile
from shelter_app.storage.server import ServerAddress, parse_server_url
from shelter_app.storage.throttle import FREE_ATTEMPTS, delay_after
from tests import pg_cluster
from tests.conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD

pytestmark = pytest.mark.skipif(
    pg_cluster.cluster().base_url is None, reason=pg_cluster.cluster().reason
)

MARKER_SURNAME = "Маркерівна"
MARKER_PHONE = "+380671234567"
MARKER_NOTE = "ЗАМІТКА-ПСИХОЛОГА-маркер"
NOW = 2_000_000_000.0


@pytest.fixture
def workstation(tmp_path, monkeypatch):
    """This workstation's own folder (its audit heads of server databases)."""
    folder = tmp_path / "workstation"
    monkeypatch.setenv(server_store.WORKSTATION_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def address(workstation) -> ServerAddress:
    return parse_server_url(pg_cluster.new_database("core"))


@pytest.fixture
def founded(address):
    db, admin, code = Database.initialise(address, ADMIN, ADMIN_PASSWORD, "Адміністраторка")
    yield db, admin, code
    db.close()


def _raw(address: ServerAddress):
    return create_engine(address.sqlalchemy_url)


def _key_document(address: ServerAddress) -> bytes:
    engine = _raw(address)
    try:
        with engine.connect() as conn:
            return bytes(
                conn.execute(text("SELECT document FROM server_key_file WHERE id = 1")).scalar_one()
            )
    finally:
        engine.dispose()


# --- initialise, sign in, key slots ------------------------------------------------------


def test_a_server_database_is_created_and_signed_in_to(founded, address, workstation):
    db, admin, _code = founded
    assert admin.role is Role.ADMIN and db.server == address and db.target == address
    db.close()
    db2, user = Database.sign_in(address, ADMIN, ADMIN_PASSWORD)
    try:
        assert user.role is Role.ADMIN
        assert db2.head_problem is None
        assert (workstation / f"{db2.database_id}.server.audit-head").exists()
    finally:
        db2.close()
    # nothing of the database lies on this workstation but its head
    assert sorted(p.name for p in workstation.iterdir()) == [
        f"{db2.database_id}.server.audit-head",
        f"{db2.database_id}.server.sidecar-lock",
    ]


def test_the_key_slots_live_in_the_server_row_as_a_file_would_hold_them(founded, address):
    db, admin, _code = founded
    raw = _key_document(address)
    assert raw == db.keyfile.to_bytes()  # exactly what KeyFile.save writes to a file
    stored = KeyFile.from_bytes(raw)
    assert stored.has_slot(stored.locator(ADMIN))
    assert len(stored.slot_ids("recovery")) == 1
    # a new account's slot is written into the row
    accounts.create_account(
        db, admin, "psy", "Психологиня", Role.PSYCHOLOGIST.value, STAFF_PASSWORD
    )
    stored = KeyFile.from_bytes(_key_document(address))
    assert stored.has_slot(stored.locator("psy"))
    assert stored.mac_valid(db._data_key)


def test_a_second_database_on_the_same_server_database_is_refused(founded, address):
    from shelter_app.errors import AlreadyExists

    with pytest.raises(AlreadyExists):
        Database.initialise(address, "other", ADMIN_PASSWORD)


def test_an_address_nobody_answers_is_unreachable(workstation, tmp_path):
    gone = parse_server_url(f"postgresql://nobody@/nothing?host={tmp_path}&port=1")
    with pytest.raises(ServerUnreachable):
        Database.sign_in(gone, ADMIN, ADMIN_PASSWORD)


def test_signing_in_to_an_empty_server_database_says_so(address):
    with pytest.raises(ServerDatabaseEmpty):
        Database.sign_in(address, ADMIN, ADMIN_PASSWORD)


def test_recovery_code_on_a_server(founded, address):
    db, _admin, code = founded
    db.close()
    db2, user = Database.sign_in_with_recovery(address, code, ADMIN, "Another-pass-77")
    db2.close()
    db3, user = Database.sign_in(address, ADMIN, "Another-pass-77")
    db3.close()
    assert user.role is Role.ADMIN


# --- throttling across workstations ------------------------------------------------------


def test_wrong_passwords_are_throttled_per_account_across_workstations(founded, address):
    db, admin, _code = founded
    accounts.create_account(db, admin, "lawyer", "Юристка", Role.LAWYER.value, STAFF_PASSWORD)
    db.close()
    clock = [NOW]
    # each attempt from its own Database object (as from another workstation)
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(AuthenticationFailed):
            Database.sign_in(address, ADMIN, "Wrong-pass-123", clock=lambda: clock[0])
    with pytest.raises(LoginThrottled) as waited:
        Database.sign_in(address, ADMIN, ADMIN_PASSWORD, clock=lambda: clock[0])
    assert waited.value.seconds == pytest.approx(delay_after(FREE_ATTEMPTS))
    # another account is not held up
    other, _lawyer = Database.sign_in(address, "lawyer", STAFF_PASSWORD, clock=lambda: clock[0])
    # an open database (another workstation) sees the same wait
    with pytest.raises(LoginThrottled):
        other.sign_in_again(ADMIN, ADMIN_PASSWORD)
    other.close()
    clock[0] += delay_after(FREE_ATTEMPTS)
    db2, _user = Database.sign_in(address, ADMIN, ADMIN_PASSWORD, clock=lambda: clock[0])
    try:
        with db2._session() as s:
            failed = s.execute(
                text("SELECT count(*) FROM audit_log WHERE action = 'session.sign_in_failed'")
            ).scalar_one()
        assert failed == FREE_ATTEMPTS  # recorded once, by the next sign-in
        with db2._session() as s:
            warnings = s.execute(
                text("SELECT count(*) FROM audit_log WHERE action = 'throttle.reset_detected'")
            ).scalar_one()
        assert warnings == 0
    finally:
        db2.close()


def test_a_throttle_row_emptied_by_the_server_admin_is_noticed(founded, address):
    db, _admin, _code = founded
    db.close()
    with pytest.raises(AuthenticationFailed):
        Database.sign_in(address, ADMIN, "Wrong-pass-123")
    engine = _raw(address)
    with engine.begin() as conn:
        conn.execute(text("UPDATE server_throttle SET document = NULL"))
    engine.dispose()
    # the key file names another throttle document: a wait first
    with pytest.raises(LoginThrottled):
        Database.sign_in(address, ADMIN, ADMIN_PASSWORD)


# --- the audit head and one chain --------------------------------------------------------


def test_a_server_put_back_to_an_older_state_is_noticed(founded, address, tmp_path, monkeypatch):
    db, admin, _code = founded
    db.sign_out(admin)
    db.close()
    db2, _user = Database.sign_in(address, ADMIN, ADMIN_PASSWORD)  # this workstation's head
    db2.close()
    engine = _raw(address)
    with engine.begin() as conn:  # an older dump put back: the newest entries are gone
        newest = conn.execute(text("SELECT max(seq) FROM audit_log")).scalar_one()
        conn.execute(text("DELETE FROM audit_log WHERE seq >= :s"), {"s": newest - 1})
    engine.dispose()
    db3, _user = Database.sign_in(address, ADMIN, ADMIN_PASSWORD)
    try:
        assert db3.head_problem == "truncated"
    finally:
        db3.close()
    # a workstation that never saw the database has nothing to compare with
    monkeypatch.setenv(server_store.WORKSTATION_DIR_ENV, str(tmp_path / "new-desk"))
    db4, _user = Database.sign_in(address, ADMIN, ADMIN_PASSWORD)
    try:
        assert db4.head_problem is None
    finally:
        db4.close()


def test_concurrent_writers_keep_one_audit_chain(founded, address):
    db, admin, _code = founded
    accounts.create_account(
        db, admin, "worker", "Соцпрацівниця", Role.CASE_WORKER.value, STAFF_PASSWORD
    )
    other, worker = Database.sign_in(address, "worker", STAFF_PASSWORD)
    errors: list[BaseException] = []

    def write(database: Database, user, n: int) -> None:
        try:
            for i in range(n):
                clients.create_client(
                    database,
                    user,
                    ClientForm(last_name="Клієнтка" + "абвгдежзий"[i], first_name="Олена"),
                )
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(db, admin, 8)),
        threading.Thread(target=write, args=(other, worker, 8)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert not errors
    with db._session() as s:
        status = audit.chain_status(db, s, admin)
        codes = s.execute(text("SELECT count(DISTINCT code) FROM clients")).scalar_one()
    assert status.ok and status.chain_ok
    assert codes == 16  # no code given twice by two writers


# --- rotation, check, what the server admin sees ----------------------------------------


def test_the_data_key_is_rotated_on_a_server(founded, address):
    db, admin, _code = founded
    old = db._data_key
    db.rotate_data_key(admin)
    assert db._data_key != old
    stored = KeyFile.from_bytes(_key_document(address))
    assert stored.mac_valid(db._data_key) and not stored.mac_valid(old)
    db.close()
    db2, _user = Database.sign_in(address, ADMIN, ADMIN_PASSWORD)
    db2.close()


def test_check_on_a_server_skips_only_the_page_check(founded):
    db, admin, _code = founded
    report = integrity.run_check(db, admin)
    assert report.ok
    assert report.storage_problems == ()
    assert report.key_slots == 1 and report.recovery_slots == 1


def test_backups_are_the_server_administrators_job(founded, tmp_path):
    db, _admin, _code = founded
    with pytest.raises(NotOnServer):
        db.write_backup(tmp_path / "b.oberih-backup")


def test_the_server_admin_reads_codes_and_counts_never_names_or_notes(founded, address):
    db, admin, _code = founded
    accounts.create_account(
        db, admin, "psy", "Психологиня", Role.PSYCHOLOGIST.value, STAFF_PASSWORD
    )
    accounts.create_account(
        db, admin, "worker", "Соцпрацівниця", Role.CASE_WORKER.value, STAFF_PASSWORD
    )
    worker = db.sign_in_again("worker", STAFF_PASSWORD)
    psy = db.sign_in_again("psy", STAFF_PASSWORD)
    card = clients.create_client(
        db,
        worker,
        ClientForm(
            last_name=MARKER_SURNAME,
            first_name="Одарка",
            phone=MARKER_PHONE,
            birth_date=date(1991, 3, 4),
        ),
    )
    consultations.log_consultation(
        db,
        psy,
        card.id,
        "psychological",
        datetime(2026, 11, 3, 10, 0),
        50,
        "in_person",
        ["trauma"],
        "completed",
        note=MARKER_NOTE,
    )
    # the services read it back whole
    assert clients.get_client(db, worker, card.id).last_name == MARKER_SURNAME
    # the server's administrator, with a plain connection, reads every table
    seen: list[str] = []
    url = address.url
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        tables = [r[0] for r in cur.fetchall()]
        assert "clients" in tables and "consultations" in tables
        for table in tables:
            cur.execute(f'SELECT * FROM "{table}"')
            for row in cur.fetchall():
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        value = bytes(value).decode("utf-8", "replace")
                    seen.append(str(value))
    everything = "\n".join(seen)
    assert "K-2026-0001" in everything  # codes and dates are there
    for secret in (MARKER_SURNAME, MARKER_PHONE, MARKER_NOTE, "Одарка"):
        assert secret not in everything


def test_times_come_back_naive_as_from_sqlite(founded):
    db, _admin, _code = founded
    with db._session() as s:
        at = s.execute(text("SELECT at FROM audit_log ORDER BY seq LIMIT 1")).scalar_one()
        active = s.execute(text("SELECT active FROM accounts")).scalar_one()
    assert isinstance(at, datetime) and at.tzinfo is None
    assert abs((at - datetime.utcnow()).total_seconds()) < 600
    assert active is True


# --- the command line --------------------------------------------------------------------


def _cli(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.build_parser().parse_args(argv), out, err, io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


def test_cli_init_report_and_check_with_server(address, tmp_path):
    url = address.url
    code, out, err = _cli(
        ["init", "--server", url, "--admin", ADMIN, "--password-stdin"], ADMIN_PASSWORD + "\n"
    )
    assert code == ExitCode.OK, err
    assert address.shown in out
    code, out, err = _cli(
        ["check", "--server", url, "--user", ADMIN, "--password-stdin"], ADMIN_PASSWORD + "\n"
    )
    assert code == ExitCode.OK, err
    assert "PostgreSQL" in out
    report = tmp_path / "summary.json"
    code, out, err = _cli(
        [
            "report",
            "--server",
            url,
            "--user",
            ADMIN,
            "--period",
            "2025",
            "--out",
            str(report),
            "--password-stdin",
        ],
        ADMIN_PASSWORD + "\n",
    )
    assert code == ExitCode.OK, err
    assert report.exists()


@pytest.mark.parametrize(
    "url",
    [
        "mysql://x@host/db",
        "postgresql://u:secret@host/db",
        "postgresql://u@db.example/db?sslmode=require",
    ],
)
def test_cli_refuses_a_bad_or_insecure_server_address_in_one_line(url):
    code, _out, err = _cli(
        ["check", "--server", url, "--user", ADMIN, "--password-stdin"], ADMIN_PASSWORD + "\n"
    )
    assert code == ExitCode.USAGE
    assert err.count("\n") == 1 and err.startswith("shelter-app: ")
    assert "secret" not in err


def test_cli_takes_db_or_server_never_both(tmp_path):
    with pytest.raises(SystemExit) as stopped:
        cli.build_parser().parse_args(
            [
                "check",
                "--db",
                str(tmp_path / "x.db"),
                "--server",
                "postgresql://u@/d",
                "--user",
                "a",
            ]
        )
    assert stopped.value.code == ExitCode.USAGE


def test_cli_backup_and_restore_on_a_server_are_refused_in_one_line(address, tmp_path):
    for argv in (
        ["backup", "--server", address.url, "--user", ADMIN, "--out", str(tmp_path / "b")],
        ["restore", "--backup", str(tmp_path / "b"), "--server", address.url, "--user", ADMIN],
    ):
        code, _out, err = _cli([*argv, "--password-stdin"], ADMIN_PASSWORD + "\n")
        assert code == ExitCode.USAGE
        assert err.count("\n") == 1 and "administrator" in err
    assert not (tmp_path / "b").exists()
