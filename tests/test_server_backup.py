"""Backups of a server database and restores onto one (issue 20): the same backup file
a local database makes (only administrators' and the recovery slots, an authenticated
manifest, 0600, SQLCipher-encrypted), made from one consistent snapshot and verified row
by row; restorable onto an empty server database (one transaction: a failure leaves it
empty) and onto a local file.

Runs against the run's throw-away server (tests/pg_cluster.py); skipped with its reason
when no PostgreSQL can be started."""

from __future__ import annotations

import io
import json
import os
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select

from shelter_app import accounts, backups, cli, clients, consultations, server_restore, shelter
from shelter_app import shelter_layout as layout
from shelter_app.clients import ClientForm
from shelter_app.database import Database, SignedInUser
from shelter_app.errors import (
    AuthenticationFailed,
    BackupFailed,
    BackupRefused,
    CopyNotVerified,
    ExitCode,
    RestoreNotAllowed,
    RestoreTargetNotEmpty,
    ServerUnreachable,
)
from shelter_app.permissions import Role
from shelter_app.storage import server_store, transfer
from shelter_app.storage.backup_file import MANIFEST, read_parts
from shelter_app.storage.backup_trust import Opener
from shelter_app.storage.casework_schema import Client
from shelter_app.storage.engine import make_engine
from shelter_app.storage.keyfile import KeyFile
from shelter_app.storage.schema import AuditEntry
from shelter_app.storage.server import ServerAddress, parse_server_url
from tests import pg_cluster
from tests.conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD

pytestmark = pytest.mark.skipif(
    pg_cluster.cluster().base_url is None, reason=pg_cluster.cluster().reason
)

MARKER_SURNAME = "Резервокопієнко"
MARKER_NOTE = "НОТАТКА-маркер-резервної-копії"
WORKER = "worker"
PSY = "psy"


@dataclass
class World:
    db: Database
    admin: SignedInUser
    code: str
    address: ServerAddress
    client_id: int


@pytest.fixture
def workstation(tmp_path, monkeypatch):
    folder = tmp_path / "workstation"
    monkeypatch.setenv(server_store.WORKSTATION_DIR_ENV, str(folder))
    return folder


def _address() -> ServerAddress:
    return parse_server_url(pg_cluster.new_database("srvbackup"))


@pytest.fixture
def world(workstation):
    """A server database with a case worker, a psychologist, a client with a marker
    name, a consultation with a note, and a shelter stay."""
    address = _address()
    db, admin, code = Database.initialise(address, ADMIN, ADMIN_PASSWORD, "Адміністраторка")
    accounts.create_account(
        db, admin, WORKER, "Соцпрацівниця", Role.CASE_WORKER.value, STAFF_PASSWORD
    )
    accounts.create_account(db, admin, PSY, "Психологиня", Role.PSYCHOLOGIST.value, STAFF_PASSWORD)
    worker = db.sign_in_again(WORKER, STAFF_PASSWORD)
    psy = db.sign_in_again(PSY, STAFF_PASSWORD)
    card = clients.create_client(
        db,
        worker,
        ClientForm(last_name=MARKER_SURNAME, first_name="Одарка", birth_date=date(1990, 1, 2)),
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
    room = layout.add_room(db, admin, "Кімната 1", 2)
    bed = layout.add_bed(db, admin, room.id, "A")
    today = date(2026, 11, 4)
    shelter.admit(db, admin, card.id, bed.id, today, "police", [], today=today)
    yield World(db, admin, code, address, card.id)
    db.close()


def _engine(address: ServerAddress):
    return create_engine(address.sqlalchemy_url)


def _verify(source, target) -> transfer.VerifyReport:
    try:
        return transfer.verify_copy(source, target)
    finally:
        source.dispose()
        target.dispose()


def _tables(address: ServerAddress) -> list[str]:
    engine = _engine(address)
    try:
        with engine.connect() as conn:
            return inspect(conn).get_table_names()
    finally:
        engine.dispose()


def test_a_server_backup_restores_onto_a_server_and_a_file_row_for_row(world, tmp_path):
    dest = tmp_path / "backups" / "server.oberih-backup"
    info = world.db.write_backup(dest)  # no audit entry after it: the server stays as backed up
    assert info.path == dest and dest.exists()
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert sorted(p.name for p in dest.parent.iterdir()) == [dest.name]  # no temp left
    raw = dest.read_bytes()
    for secret in (MARKER_SURNAME, MARKER_NOTE, "Одарка"):
        assert secret.encode() not in raw
    # only the administrator's and the recovery slots
    _manifest, keys_bytes, _db = read_parts(dest)
    keys = KeyFile.from_bytes(keys_bytes)
    assert keys.has_slot(keys.locator(ADMIN))
    assert not keys.has_slot(keys.locator(WORKER)) and not keys.has_slot(keys.locator(PSY))
    assert len(keys.slot_ids("recovery")) == 1

    # onto an empty server database, with the administrator's password
    second = _address()
    result = server_restore.restore_to_server(
        dest, second, Opener.administrator(ADMIN, ADMIN_PASSWORD)
    )
    assert result.verified.ok and result.verified.rows == result.copied.rows > 0
    report = _verify(_engine(world.address), _engine(second))
    assert report.ok and report.mismatch is None
    counts = {t.table: t.source_rows for t in report.tables}
    assert counts["clients"] == 1 and counts["consultations"] == 1 and counts["stays"] == 1

    # onto a local file, with the recovery code
    local = tmp_path / "local" / "centre.db"
    backups.restore_backup(dest, local, Opener.recovery(world.code))
    assert stat.S_IMODE(local.stat().st_mode) == 0o600
    report = _verify(_engine(world.address), make_engine(local, world.db._data_key))
    assert report.ok and report.rows == sum(counts.values())

    # both sign in and read the marker back; the case worker's password opens neither
    for target in (second, local):
        db, user = Database.sign_in(target, ADMIN, ADMIN_PASSWORD)
        try:
            assert user.role is Role.ADMIN
            assert clients.get_client(db, user, world.client_id).last_name == MARKER_SURNAME
        finally:
            db.close()
        with pytest.raises(AuthenticationFailed):
            Database.sign_in(target, WORKER, STAFF_PASSWORD)


def test_the_backup_opens_only_for_an_administrator_or_the_recovery_code(world, tmp_path):
    dest = tmp_path / "b.oberih-backup"
    backups.make_backup(world.db, world.admin, dest)
    assert backups.check_restore_opener(dest, Opener.administrator(ADMIN, ADMIN_PASSWORD))
    assert backups.check_restore_opener(dest, Opener.recovery(world.code))
    for name in (WORKER, PSY):
        with pytest.raises((AuthenticationFailed, RestoreNotAllowed)):
            backups.check_restore_opener(dest, Opener.administrator(name, STAFF_PASSWORD))
    # make_backup audits it on the server, as on a file
    with world.db.engine.connect() as conn:
        actions = conn.execute(select(AuditEntry.action)).scalars().all()
    assert actions.count("backup.created") == 1


def test_a_non_empty_server_database_is_refused_and_left_as_it_was(world, tmp_path):
    dest = tmp_path / "b.oberih-backup"
    world.db.write_backup(dest)
    with world.db.engine.connect() as conn:
        before = conn.execute(select(func.count()).select_from(AuditEntry)).scalar()
    with pytest.raises(RestoreTargetNotEmpty):
        server_restore.restore_to_server(
            dest, world.address, Opener.administrator(ADMIN, ADMIN_PASSWORD)
        )
    with world.db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(AuditEntry)).scalar() == before


def _rewrite_manifest(backup: Path, out: Path, change) -> None:
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == MANIFEST:
                doc = json.loads(data)
                change(doc)
                data = json.dumps(doc, indent=1, sort_keys=True).encode()
            dst.writestr(item.filename, data)


def test_a_tampered_manifest_is_refused_and_the_server_stays_empty(world, tmp_path):
    dest = tmp_path / "b.oberih-backup"
    world.db.write_backup(dest)
    tampered = tmp_path / "t.oberih-backup"
    _rewrite_manifest(dest, tampered, lambda d: d.update(created_at="2020-01-01T00:00:00"))
    empty = _address()
    with pytest.raises(BackupRefused):
        server_restore.restore_to_server(
            tampered, empty, Opener.administrator(ADMIN, ADMIN_PASSWORD)
        )
    assert _tables(empty) == []


def test_a_difference_found_by_the_verifier_leaves_the_server_empty(world, tmp_path, monkeypatch):
    dest = tmp_path / "b.oberih-backup"
    world.db.write_backup(dest)
    real = transfer.verify_tables

    def altered(src, dst, batch=transfer.BATCH_ROWS):
        report = real(src, dst, batch)
        mismatch = transfer.Mismatch("clients", (world.client_id,), "differs")
        return transfer.VerifyReport(
            report.tables, report.source_revision, report.target_revision, mismatch, 0.0
        )

    monkeypatch.setattr(transfer, "verify_tables", altered)
    empty = _address()
    with pytest.raises(CopyNotVerified) as refused:
        server_restore.restore_to_server(dest, empty, Opener.recovery(world.code))
    assert MARKER_SURNAME not in str(refused.value)
    assert _tables(empty) == []  # the schema too: one transaction, DDL included


def test_a_backup_differing_from_the_snapshot_leaves_no_file(world, tmp_path, monkeypatch):
    real = transfer.verify_tables

    def altered(src, dst, batch=transfer.BATCH_ROWS):
        report = real(src, dst, batch)
        mismatch = transfer.Mismatch("clients", (1,), "missing")
        return transfer.VerifyReport(
            report.tables, report.source_revision, report.target_revision, mismatch, 0.0
        )

    monkeypatch.setattr(transfer, "verify_tables", altered)
    folder = tmp_path / "backups"
    with pytest.raises(BackupFailed):
        world.db.write_backup(folder / "b.oberih-backup")
    assert list(folder.iterdir()) == []


# --- the command line --------------------------------------------------------------------


def _cli(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.build_parser().parse_args(argv), out, err, io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


def test_cli_backup_and_restore_with_server(world, tmp_path):
    url = world.address.url
    out_file = tmp_path / "cli.oberih-backup"
    code, out, err = _cli(
        ["backup", "--server", url, "--user", ADMIN, "--out", str(out_file), "--password-stdin"],
        ADMIN_PASSWORD + "\n",
    )
    assert code == ExitCode.OK, err
    assert str(out_file) in out and "SHA-256" in out
    assert stat.S_IMODE(os.stat(out_file).st_mode) == 0o600

    # a case worker may not back the server up: one line
    code, _out, err = _cli(
        [
            "backup",
            "--server",
            url,
            "--user",
            WORKER,
            "--out",
            str(tmp_path / "w"),
            "--password-stdin",
        ],
        STAFF_PASSWORD + "\n",
    )
    assert code == ExitCode.PERMISSION_DENIED and err.count("\n") == 1
    assert not (tmp_path / "w").exists()

    target = _address()
    restore = ["restore", "--backup", str(out_file), "--server", target.url]
    code, _out, err = _cli([*restore, "--user", WORKER, "--password-stdin"], STAFF_PASSWORD + "\n")
    assert code == ExitCode.AUTH_FAILED and err.count("\n") == 1
    assert _tables(target) == []
    code, out, err = _cli([*restore, "--recovery-code-stdin"], world.code + "\n")
    assert code == ExitCode.OK, err
    assert target.shown in out and "row" in out
    # again onto the same (now full) server database: refused in one line
    code, _out, err = _cli([*restore, "--user", ADMIN, "--password-stdin"], ADMIN_PASSWORD + "\n")
    assert code == ExitCode.ALREADY_EXISTS
    assert err.count("\n") == 1 and "empty" in err
    # and onto a local file, as any backup
    local = tmp_path / "here" / "centre.db"
    code, _out, err = _cli(
        [
            "restore",
            "--backup",
            str(out_file),
            "--db",
            str(local),
            "--user",
            ADMIN,
            "--password-stdin",
        ],
        ADMIN_PASSWORD + "\n",
    )
    assert code == ExitCode.OK, err
    db, user = Database.sign_in(local, ADMIN, ADMIN_PASSWORD)
    try:
        assert clients.get_client(db, user, world.client_id).last_name == MARKER_SURNAME
    finally:
        db.close()


def test_cli_restore_of_a_tampered_backup_is_one_line(world, tmp_path):
    dest = tmp_path / "b.oberih-backup"
    world.db.write_backup(dest)
    tampered = tmp_path / "t.oberih-backup"
    _rewrite_manifest(dest, tampered, lambda d: d["audit_head"].update(seq=1))
    target = _address()
    code, _out, err = _cli(
        [
            "restore",
            "--backup",
            str(tampered),
            "--server",
            target.url,
            "--user",
            ADMIN,
            "--password-stdin",
        ],
        ADMIN_PASSWORD + "\n",
    )
    assert code == ExitCode.DATABASE_DAMAGED and err.count("\n") == 1
    assert _tables(target) == []


# --- the backup before a server's upgrade ------------------------------------------------


def test_a_server_of_an_older_schema_is_backed_up_as_its_schema_is(workstation, tmp_path):
    """Copied by the tables the server has (reflected), into a file the migrations
    build up to the server's revision: what a local database at that revision is."""
    from shelter_app.storage import migrate
    from shelter_app.storage.server_copy import export_server_copy

    address = _address()
    engine = _engine(address)
    try:
        migrate.upgrade(engine, "0013")
        report = export_server_copy(engine, os.urandom(32), tmp_path / "old.sqlcipher")
    finally:
        engine.dispose()
    assert report.ok and report.source_revision == report.target_revision == "0013"
    assert report.rows > 0  # the rows the migrations seed (settings), copied and compared
    assert "server_key_file" not in {t.table for t in report.tables}


def test_a_server_upgrade_writes_its_backup_first(world, workstation, monkeypatch):
    from shelter_app.storage import migrate

    world.db.close()
    real_level, done = migrate.schema_level, []

    def older(conn):
        level = real_level(conn)
        if not done:
            return migrate.SchemaLevel("0015", "0099")  # as if this program were newer
        return level

    def upgrade(engine, target="head"):
        done.append(sorted(p.name for p in workstation.glob("*.backups/*")))

    monkeypatch.setattr(migrate, "schema_level", older)
    monkeypatch.setattr(migrate, "upgrade", upgrade)
    db, _user = Database.sign_in(world.address, ADMIN, ADMIN_PASSWORD)
    db.close()
    assert len(done) == 1 and len(done[0]) == 1  # the backup was there before the upgrade
    assert done[0][0].startswith("before-upgrade-0015-to-0099-")
    (written,) = workstation.glob("*.backups/*")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert backups.check_restore_opener(written, Opener.recovery(world.code))


def test_no_upgrade_runs_when_its_backup_cannot_be_written(world, workstation, monkeypatch):
    from shelter_app.errors import DiskFull
    from shelter_app.storage import backup_file, migrate

    world.db.close()
    upgraded: list[int] = []

    def full(*_args):
        raise DiskFull()

    monkeypatch.setattr(migrate, "schema_level", lambda c: migrate.SchemaLevel("0015", "0099"))
    monkeypatch.setattr(migrate, "upgrade", lambda *a, **k: upgraded.append(1))
    monkeypatch.setattr(backup_file, "_export", full)
    with pytest.raises(DiskFull):
        Database.sign_in(world.address, ADMIN, ADMIN_PASSWORD)
    assert upgraded == []
    assert list(workstation.glob("*.backups/*")) == []


def test_the_backup_is_one_snapshot_while_others_keep_working(world, tmp_path, monkeypatch):
    """A client added on the server while the rows are being copied is neither in the
    backup nor a difference for its verifier: copy and check read the same instant."""
    real = transfer.copy_tables
    worker = world.db.sign_in_again(WORKER, STAFF_PASSWORD)

    def copy_then_someone_writes(*args, **kwargs):
        report = real(*args, **kwargs)
        clients.create_client(world.db, worker, ClientForm(last_name="Пізніша", first_name="Ганна"))
        return report

    monkeypatch.setattr(transfer, "copy_tables", copy_then_someone_writes)
    dest = tmp_path / "b.oberih-backup"
    world.db.write_backup(dest)
    monkeypatch.undo()
    local = tmp_path / "restored" / "centre.db"
    backups.restore_backup(dest, local, Opener.recovery(world.code))
    copy = make_engine(local, world.db._data_key)
    try:
        with copy.connect() as conn:
            in_backup = conn.execute(select(func.count()).select_from(Client)).scalar()
    finally:
        copy.dispose()
    with world.db.engine.connect() as conn:
        on_server = conn.execute(select(func.count()).select_from(Client)).scalar()
    assert (in_backup, on_server) == (1, 2)


def test_a_backup_of_an_older_schema_goes_to_a_file_first(world, tmp_path, monkeypatch):
    from shelter_app.errors import RestoreTooOld
    from shelter_app.storage import migrate

    dest = tmp_path / "b.oberih-backup"
    world.db.write_backup(dest)
    monkeypatch.setattr(migrate, "head_revision", lambda: "0099")  # a newer program
    empty = _address()
    with pytest.raises(RestoreTooOld) as refused:
        server_restore.restore_to_server(dest, empty, Opener.recovery(world.code))
    assert refused.value.exit_code == ExitCode.SCHEMA_TOO_NEW
    assert "restore --db" in str(refused.value)
    assert _tables(empty) == []


def test_a_server_nobody_answers_is_one_line_and_nothing_is_left(world, tmp_path):
    dest = tmp_path / "b.oberih-backup"
    world.db.write_backup(dest)
    gone = f"postgresql://oberih@/nowhere?host={tmp_path / 'no-socket-here'}"
    code, _out, err = _cli(
        ["restore", "--backup", str(dest), "--server", gone, "--recovery-code-stdin"],
        world.code + "\n",
    )
    assert code == ServerUnreachable.exit_code
    assert err.count("\n") == 1 and "Traceback" not in err
    assert list(Path(tempfile.gettempdir()).glob("oberih-restore-*")) == []


def test_the_restoring_workstation_records_the_restored_head(world, workstation, tmp_path):
    from shelter_app import audit_chain

    dest = tmp_path / "b.oberih-backup"
    info = world.db.write_backup(dest)
    head_file = server_store.workstation_paths(world.db.database_id).audit_head
    head_file.unlink()
    server_restore.restore_to_server(dest, _address(), Opener.recovery(world.code))
    head = audit_chain.read_head(head_file)
    assert head is not None
    assert (head.database_id, head.seq) == (world.db.database_id, info.audit_entries)
