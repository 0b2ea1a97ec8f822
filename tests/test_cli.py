"""The command line as a user meets it: real processes, the password on standard input,
exit codes from ExitCode, one line on stderr for every expected failure, and a database
and key file left exactly as they were when something is wrong."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from shelter_app import accounts, audit
from shelter_app.database import Database
from shelter_app.errors import ExitCode
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.instance_lock import InstanceLock
from shelter_app.storage.keyfile import RECOVERY_ALPHABET, KeyFile
from tests.conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD

REPO = Path(__file__).resolve().parents[1]
PAGE_SIZE = 4096  # SQLCipher 4 default
TIMEOUT = 120

MSG_AUTH = "Wrong username or password, or the account is deactivated."
MSG_KEY_MISSING = "The key file next to the database is missing; the database cannot be opened."
MSG_KEY_DAMAGED = "The key file is damaged or was altered; nothing was changed."
MSG_DB_DAMAGED = (
    "The database file is damaged or does not belong to this key file; nothing was changed."
)
MSG_NOT_OBERIH = "This file is not an Oberih database; nothing was changed."
MSG_DB_MISSING = "No database at this path."
MSG_EXISTS = "A database already exists at this path; nothing was changed."
MSG_EXISTS_UK = "За цим шляхом уже є база даних; нічого не змінено."

CODE_CHAR = f"[{re.escape(RECOVERY_ALPHABET)}]"
RECOVERY_LINE = re.compile(rf"^\s+({CODE_CHAR}{{5}}(?:-{CODE_CHAR}{{5}}){{5}})$")


# --- running the program ----------------------------------------------------------------


def _env(lang: str | None = "en") -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    # the processes run this checkout's code, whatever is installed
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("OBERIH_LANG", None)
    if lang is not None:
        env["OBERIH_LANG"] = lang
    return env


def run(
    *args: str,
    password: str | None = ADMIN_PASSWORD,
    lang: str | None = "en",
    program: list[str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    command = [*(program or [sys.executable, "-m", "shelter_app"]), *args]
    return subprocess.run(
        command,
        input="" if password is None else password + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(lang),
        cwd=cwd,
        timeout=TIMEOUT,
    )


def check(db: Path, user: str = ADMIN, password: str = ADMIN_PASSWORD, **kw):
    return run(
        "check", "--db", str(db), "--user", user, "--password-stdin", password=password, **kw
    )


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The one line an expected failure prints; nothing else anywhere."""
    assert "Traceback" not in result.stderr
    assert "Traceback" not in result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stderr.endswith("\n")
    assert lines[0].startswith("shelter-app"), lines[0]
    return lines[0]


def sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def fingerprint(db: Path) -> dict[str, str | None]:
    paths = DatabasePaths.for_database(db)
    return {"database": sha256(paths.database), "key file": sha256(paths.key_file)}


def folder_state(folder: Path) -> dict[str, str | None]:
    return {p.name: sha256(p) for p in sorted(folder.iterdir()) if p.is_file()}


# --- one database made by `init`, copied for every test that changes it -----------------


@dataclass(frozen=True)
class Initialised:
    folder: Path
    db: Path
    result: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Initialised:
    folder = tmp_path_factory.mktemp("template")
    db = folder / "oberih.db"
    result = run("init", "--db", str(db), "--admin", ADMIN, "--password-stdin")
    assert result.returncode == ExitCode.OK, result.stderr
    return Initialised(folder, db, result)


@pytest.fixture
def db_copy(template: Initialised, tmp_path: Path) -> Path:
    """A private copy of the template database (and its sidecars); returns its path."""
    folder = tmp_path / "copy"
    shutil.copytree(template.folder, folder)
    return folder / template.db.name


def flip_bytes(path: Path, offset: int, count: int = 8) -> None:
    raw = bytearray(path.read_bytes())
    assert offset + count <= len(raw)
    for i in range(offset, offset + count):
        raw[i] ^= 0xFF
    path.write_bytes(bytes(raw))


def edit_key_file(db: Path, change) -> None:
    key_file = DatabasePaths.for_database(db).key_file
    doc = json.loads(key_file.read_text("utf-8"))
    change(doc, KeyFile.load(key_file))
    key_file.write_text(json.dumps(doc, indent=1, sort_keys=True), "utf-8")


def flip_b64_byte(holder: dict, field: str, index: int = 5) -> None:
    raw = bytearray(base64.b64decode(holder[field]))
    raw[index] ^= 0x01
    holder[field] = base64.b64encode(bytes(raw)).decode("ascii")


def slot(doc: dict, slot_id: str) -> dict:
    return next(s for s in doc["slots"] if s["id"] == slot_id)


# --- init -------------------------------------------------------------------------------


def test_init_creates_the_database_and_prints_a_recovery_code_once(template, tmp_path):
    result = template.result
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == f"Database created: {template.db}"
    codes = [m.group(1) for line in lines if (m := RECOVERY_LINE.match(line))]
    assert len(codes) == 1, result.stdout
    paths = DatabasePaths.for_database(template.db)
    assert paths.database.stat().st_size > 0
    assert paths.key_file.exists()
    # the code is printed nowhere else and stored nowhere in plain text
    for f in template.folder.iterdir():
        if f.is_file():
            assert codes[0].encode() not in f.read_bytes()
            assert codes[0].replace("-", "").encode() not in f.read_bytes()
    # and it is the real one: it opens (a copy of) the database
    folder = tmp_path / "recovered"
    shutil.copytree(template.folder, folder)
    db, user = Database.sign_in_with_recovery(
        folder / template.db.name, codes[0].lower(), ADMIN, "New-admin-pass-1"
    )
    assert user.username == ADMIN
    db.close()


def test_init_refuses_an_existing_database_and_changes_nothing(db_copy):
    before = folder_state(db_copy.parent)
    result = run("init", "--db", str(db_copy), "--admin", "other", "--password-stdin")
    assert result.returncode == ExitCode.ALREADY_EXISTS
    assert one_error_line(result) == f"shelter-app: {MSG_EXISTS}"
    assert result.stdout == ""
    assert folder_state(db_copy.parent) == before


def test_messages_are_ukrainian_by_default(db_copy):
    before = folder_state(db_copy.parent)
    result = run("init", "--db", str(db_copy), "--admin", "other", "--password-stdin", lang=None)
    assert result.returncode == ExitCode.ALREADY_EXISTS
    assert one_error_line(result) == f"shelter-app: {MSG_EXISTS_UK}"
    assert folder_state(db_copy.parent) == before


# --- check on a good database -----------------------------------------------------------


def test_check_passes_on_a_fresh_database_and_names_every_part(db_copy):
    result = check(db_copy)
    assert result.returncode == ExitCode.OK, result.stderr
    assert result.stderr == ""
    out = result.stdout.splitlines()
    assert "Database pages (SQLite and SQLCipher HMAC): ok" in out
    # init's entry and this check's sign-in
    assert "Audit log chain (2 entries): ok" in out
    assert "Audit log completeness: ok" in out
    fingerprint = [line for line in out if line.startswith("Audit log fingerprint")]
    assert len(fingerprint) == 1
    assert re.search(r": 2 · [A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$", fingerprint[0]), fingerprint
    assert "Account roles and active flags: ok" in out
    assert "Key slots match the active accounts: ok" in out
    schema = [line for line in out if line.startswith("Schema version:")]
    assert len(schema) == 1
    assert re.fullmatch(r"Schema version: (\w+) \(this program: \1\): ok", schema[0]), schema
    assert "Key file: 1 account slot(s), 1 recovery slot(s)" in out
    assert out[-1] == "Check passed."


# --- failures: one line, its own exit code, nothing changed ----------------------------


def _wrong_password(db: Path) -> dict:
    return {"password": "Not-the-password-1"}


def _unknown_user(db: Path) -> dict:
    return {"user": "nobody"}


def _missing_key_file(db: Path) -> dict:
    DatabasePaths.for_database(db).key_file.unlink()
    return {}


def _garbage_key_file(db: Path) -> dict:
    DatabasePaths.for_database(db).key_file.write_bytes(bytes(range(256)) * 7)
    return {}


def _truncated_key_file(db: Path) -> dict:
    key_file = DatabasePaths.for_database(db).key_file
    raw = key_file.read_bytes()
    key_file.write_bytes(raw[: len(raw) // 2])
    return {}


def _own_slot_byte_flipped(db: Path) -> dict:
    # The administrator's own slot: the AES-GCM tag over her wrapped private key fails,
    # which KeyFile.unlock reports as WrongSecret, the same answer as a wrong password
    # (by design: an altered slot and a wrong password are indistinguishable). The
    # whole-file MAC is never reached because no data key came out to check it with.
    edit_key_file(
        db, lambda doc, kf: flip_b64_byte(slot(doc, kf.locator(ADMIN))["wrapped_private"], "ct")
    )
    return {}


def _other_slot_byte_flipped(db: Path) -> dict:
    # The recovery slot: the administrator's slot still opens, the database opens with
    # the data key, and then KeyFile.mac_valid (HMAC over the whole file under the data
    # key) fails: KeyFileDamaged.
    def change(doc, kf):
        (recovery,) = kf.slot_ids("recovery")
        flip_b64_byte(slot(doc, recovery)["envelopes"][0], "ct")

    edit_key_file(db, change)
    return {}


def _file_mac_changed(db: Path) -> dict:
    def change(doc, kf):
        doc["mac"] = doc["mac"][:-1] + ("0" if doc["mac"][-1] != "0" else "1")

    edit_key_file(db, change)
    return {}


def _database_half(db: Path) -> dict:
    size = db.stat().st_size
    os.truncate(db, size // 2)
    return {}


def _database_empty(db: Path) -> dict:
    os.truncate(db, 0)
    return {}


def _page_one_flipped(db: Path) -> dict:
    flip_bytes(db, 100, 100)
    return {}


def _plain_sqlite(db: Path) -> dict:
    db.unlink()
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, username TEXT)")
    con.execute("INSERT INTO accounts (username) VALUES ('admin')")
    con.commit()
    con.close()
    return {}


def _no_database(db: Path) -> dict:
    db.unlink()  # the key file stays
    return {}


def _key_file_of_another_database(db: Path) -> dict:
    other_folder = db.parent.parent / "other"
    other, _user, _code = Database.initialise(other_folder / "other.db", ADMIN, ADMIN_PASSWORD)
    other.close()
    # both sidecars of the other database (its key file alone names another throttle
    # file, and the first attempt would wait first: tests/test_throttle_file.py)
    for sidecar in ("key_file", "throttle"):
        shutil.copyfile(
            getattr(DatabasePaths.for_database(other_folder / "other.db"), sidecar),
            getattr(DatabasePaths.for_database(db), sidecar),
        )
    return {}


FAILURES = [
    ("wrong-password", _wrong_password, ExitCode.AUTH_FAILED, MSG_AUTH),
    ("unknown-user", _unknown_user, ExitCode.AUTH_FAILED, MSG_AUTH),
    ("key-file-missing", _missing_key_file, ExitCode.KEY_FILE_MISSING, MSG_KEY_MISSING),
    ("key-file-garbage", _garbage_key_file, ExitCode.KEY_FILE_DAMAGED, MSG_KEY_DAMAGED),
    ("key-file-truncated-json", _truncated_key_file, ExitCode.KEY_FILE_DAMAGED, MSG_KEY_DAMAGED),
    ("key-file-own-slot-flipped", _own_slot_byte_flipped, ExitCode.AUTH_FAILED, MSG_AUTH),
    (
        "key-file-other-slot-flipped",
        _other_slot_byte_flipped,
        ExitCode.KEY_FILE_DAMAGED,
        MSG_KEY_DAMAGED,
    ),
    ("key-file-mac-changed", _file_mac_changed, ExitCode.KEY_FILE_DAMAGED, MSG_KEY_DAMAGED),
    ("database-half", _database_half, ExitCode.DATABASE_DAMAGED, MSG_DB_DAMAGED),
    ("database-empty", _database_empty, ExitCode.DATABASE_DAMAGED, MSG_DB_DAMAGED),
    ("database-page-1-flipped", _page_one_flipped, ExitCode.DATABASE_DAMAGED, MSG_DB_DAMAGED),
    ("database-plain-sqlite", _plain_sqlite, ExitCode.DATABASE_DAMAGED, MSG_NOT_OBERIH),
    ("database-missing", _no_database, ExitCode.DATABASE_MISSING, MSG_DB_MISSING),
    (
        "key-file-of-another-database",
        _key_file_of_another_database,
        ExitCode.DATABASE_DAMAGED,
        MSG_DB_DAMAGED,
    ),
]


@pytest.mark.parametrize(
    ("mutate", "code", "message"),
    [pytest.param(m, c, msg, id=name) for name, m, c, msg in FAILURES],
)
def test_check_failure_is_one_line_with_its_own_code_and_changes_nothing(
    db_copy, mutate, code, message
):
    overrides = mutate(db_copy)
    before = fingerprint(db_copy)
    result = check(db_copy, **overrides)
    assert result.returncode == code, result.stderr
    assert one_error_line(result) == f"shelter-app: {message}"
    assert result.stdout == ""
    assert fingerprint(db_copy) == before


def test_failure_exit_codes_are_distinct():
    codes = {name: value for name, value in vars(ExitCode).items() if name.isupper()}
    assert len(set(codes.values())) == len(codes)


def test_missing_database_creates_nothing(tmp_path):
    db = tmp_path / "nowhere" / "oberih.db"
    result = check(db)
    assert result.returncode == ExitCode.DATABASE_MISSING
    assert one_error_line(result) == f"shelter-app: {MSG_DB_MISSING}"
    assert not db.parent.exists()


# --- damaged pages after page 1 ---------------------------------------------------------


def _last_page_damaged(db: Path) -> None:
    size = db.stat().st_size
    assert size % PAGE_SIZE == 0 and size // PAGE_SIZE > 10
    flip_bytes(db, size - PAGE_SIZE + PAGE_SIZE // 2)


def test_damaged_later_page_is_reported_without_a_traceback(db_copy):
    """The sign-in never reads the last page, so only `check` can notice it."""
    _last_page_damaged(db_copy)
    result = check(db_copy)
    assert result.returncode != ExitCode.OK
    one_error_line(result)
    assert "Check passed." not in result.stdout


def test_damaged_later_page_fails_the_check_with_its_own_code(db_copy):
    _last_page_damaged(db_copy)
    before = fingerprint(db_copy)
    result = check(db_copy)
    assert result.returncode == ExitCode.DATABASE_DAMAGED, result.stderr
    assert one_error_line(result) == f"shelter-app: {MSG_DB_DAMAGED}"
    assert fingerprint(db_copy) == before


def _root_page(db: Path, table: str) -> int:
    opened, _user = Database.sign_in(db, ADMIN, ADMIN_PASSWORD)
    try:
        with opened.engine.connect() as conn:
            return conn.execute(
                text("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = :n"),
                {"n": table},
            ).scalar_one()
    finally:
        opened.close()


def test_damaged_accounts_page_is_reported_as_a_damaged_database(db_copy):
    page = _root_page(db_copy, "accounts")
    assert page > 1
    flip_bytes(db_copy, (page - 1) * PAGE_SIZE + PAGE_SIZE // 2)
    before = fingerprint(db_copy)
    result = check(db_copy)
    assert result.returncode == ExitCode.DATABASE_DAMAGED, result.stderr
    assert one_error_line(result) == f"shelter-app: {MSG_DB_DAMAGED}"
    assert fingerprint(db_copy) == before


# --- the audit log ----------------------------------------------------------------------


def _grow_audit_log(opened, entries: int) -> None:
    for _ in range(entries):
        audit.list_entries(opened.db, opened.admin, limit=1)  # each view is audited


def test_check_names_the_altered_audit_entry(opened):
    _grow_audit_log(opened, 4)  # entries 1..5
    with opened.db.engine.begin() as conn:
        changed = conn.execute(
            text("UPDATE audit_log SET action = 'account.created' WHERE seq = 3")
        ).rowcount
    assert changed == 1
    opened.db.close()
    result = check(opened.path)
    assert result.returncode == ExitCode.CHECK_FAILED, result.stderr
    assert result.stderr == ""
    assert "Audit log chain (2 entries): PROBLEM: entry 3 altered or missing" in result.stdout
    assert result.stdout.splitlines()[-1] == "Check FAILED: see the lines above."


def test_check_reports_that_the_newest_audit_entries_were_removed(opened):
    _grow_audit_log(opened, 4)  # entries 1..5; the head file says 5
    with opened.db.engine.begin() as conn:
        removed = conn.execute(text("DELETE FROM audit_log WHERE seq >= 3")).rowcount
    assert removed == 3
    opened.db.close()
    result = check(opened.path)
    assert result.returncode == ExitCode.CHECK_FAILED, result.stderr
    assert result.stderr == ""
    out = result.stdout.splitlines()
    # the chain's stored next key has moved past them: the gap shows (this check's
    # sign-in became entry 6) ...
    assert "Audit log chain (2 entries): PROBLEM: entry 3 altered or missing" in out
    # ... and the head file remembers entry 5
    assert "Audit log completeness: PROBLEM: newest entries were removed" in out
    assert out[-1] == "Check FAILED: see the lines above."


# --- throttling -------------------------------------------------------------------------


def test_fourth_attempt_within_the_delay_is_throttled(db_copy):
    before = fingerprint(db_copy)
    args = [sys.executable, "-m", "shelter_app", "check", "--db", str(db_copy), "--user", ADMIN]
    # Start all four at once so their start-up overlaps; each waits for its password.
    procs = [
        subprocess.Popen(
            [*args, "--password-stdin"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=_env("en"),
        )
        for _ in range(4)
    ]
    try:
        results = []
        for i, proc in enumerate(procs):
            password = ADMIN_PASSWORD if i == 3 else f"Wrong-pass-{i}"
            started = time.monotonic()
            out, err = proc.communicate(password + "\n", timeout=TIMEOUT)
            results.append((proc.returncode, out, err, time.monotonic() - started))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    for code, out, err, _t in results[:3]:
        assert (code, out, err) == (ExitCode.AUTH_FAILED, "", f"shelter-app: {MSG_AUTH}\n")
    code, out, err, took = results[3]
    # delay_after(3) is 2 s: the right password is refused too, without Argon2id work
    assert took < 2.0, "the fourth attempt started too late to be inside the delay"
    assert code == ExitCode.THROTTLED, err
    assert out == ""
    # the wait left is just under 2 s, rounded up to whole seconds
    assert re.fullmatch(r"shelter-app: Too many failed attempts\. Try again in 2 s\.\n", err)
    assert fingerprint(db_copy) == before


# --- beside a running application -------------------------------------------------------


def test_check_runs_while_the_application_holds_the_database_open(opened):
    paths = DatabasePaths.for_database(opened.path)
    with InstanceLock(paths):  # as the GUI holds it
        # the "GUI" has an open connection with committed work in the WAL
        accounts.create_account(opened.db, opened.admin, "olena", "Olena", "lawyer", "Lawyer-pw-12")
        assert paths.wal.exists()
        result = check(opened.path)
        assert result.returncode == ExitCode.OK, result.stderr + result.stdout
        assert "Key file: 2 account slot(s), 1 recovery slot(s)" in result.stdout
        # and the application carries on, its audit entries chained after the CLI's
        names = [a.username for a in accounts.list_accounts(opened.db, opened.admin)]
        assert names == [ADMIN, "olena"]
        audit.list_entries(opened.db, opened.admin, limit=1)
        status = audit.verify(opened.db, opened.admin)
        assert status.ok
        actions = [e.action for e in audit.list_entries(opened.db, opened.admin, limit=5)]
        assert actions == [
            "audit.viewed",
            "integrity.checked",
            "session.signed_in",
            "keys.slot_written",
            "account.created",
        ]


# --- arguments and entry points ---------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        pytest.param(
            ["--user", ADMIN, "--password-stdin", "--bogus"],
            "shelter-app: unrecognized arguments: --bogus",
            id="unknown-option",
        ),
        pytest.param(
            ["--password-stdin"],
            "shelter-app check: the following arguments are required: --user",
            id="missing-option",
        ),
    ],
)
def test_argument_errors_are_one_line_with_exit_2(tmp_path, extra, expected):
    db = tmp_path / "oberih.db"
    result = run("check", "--db", str(db), *extra)
    assert result.returncode == ExitCode.USAGE == 2
    line = one_error_line(result)
    assert line == expected
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_empty_password_on_stdin_is_refused_before_anything_is_opened(db_copy):
    before = folder_state(db_copy.parent)
    result = check(db_copy, password="")
    assert result.returncode == ExitCode.INVALID_INPUT
    assert one_error_line(result) == "shelter-app: The password is empty."
    assert folder_state(db_copy.parent) == before


def _assert_help(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("usage: shelter-app")
    assert re.search(r"^\s+init\s+create a new encrypted database", result.stdout, re.M)
    assert re.search(r"^\s+check\s+verify database", result.stdout, re.M)


def test_console_script_help():
    folder = Path(sys.executable).parent
    script = next(
        (folder / n for n in ("shelter-app", "shelter-app.exe") if (folder / n).exists()), None
    )
    if script is None:
        pytest.skip("the shelter-app console script is not installed next to this Python")
    _assert_help(run("--help", password=None, program=[str(script)]))


def test_main_py_help_from_the_repository_root():
    _assert_help(run("--help", password=None, program=[sys.executable, "main.py"], cwd=REPO))


def test_module_help():
    _assert_help(run("--help", password=None))


def test_check_reports_a_role_raised_in_the_database(opened):
    """The coordinator's UPDATE of her own role, seen by `check` (issue 16)."""
    accounts.create_account(
        opened.db, opened.admin, "coordinator", "C", "coordinator", STAFF_PASSWORD
    )
    with opened.db.engine.begin() as conn:
        conn.execute(text("UPDATE accounts SET role = 'admin' WHERE username = 'coordinator'"))
    opened.db.close()
    result = check(opened.path)
    assert result.returncode == ExitCode.CHECK_FAILED, result.stderr
    out = result.stdout.splitlines()
    assert "Account roles and active flags: PROBLEM: 1 account(s) changed outside Oberih" in out
    refused = check(opened.path, user="coordinator", password=STAFF_PASSWORD)
    assert refused.returncode != ExitCode.OK and "Traceback" not in refused.stderr
