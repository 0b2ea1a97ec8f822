"""`shelter-app backup` and `restore` as an administrator runs them from a terminal."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from shelter_app.errors import ExitCode
from tests.conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, OBERIH_LANG="en", QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "shelter_app", *args],
        input=None if password is None else password + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_then_restore_from_the_command_line(opened, staff, tmp_path):
    opened.db.close()
    out = tmp_path / "usb" / "weekly.oberih-backup"
    made = run(
        "backup",
        "--db",
        str(opened.path),
        "--user",
        ADMIN,
        "--out",
        str(out),
        "--password-stdin",
        password=ADMIN_PASSWORD,
    )
    assert made.returncode == 0, made.stderr
    assert f"Backup written and verified: {out}" in made.stdout
    assert made.stdout.split("SHA-256: ")[1].strip() == sha(out)

    restored = tmp_path / "new-pc" / "oberih.db"
    back = run(
        "restore",
        "--backup",
        str(out),
        "--db",
        str(restored),
        "--user",
        ADMIN,
        "--password-stdin",
        password=ADMIN_PASSWORD,
    )
    assert back.returncode == 0, back.stderr
    assert "Restored the backup of" in back.stdout
    checked = run(
        "check", "--db", str(restored), "--user", ADMIN, "--password-stdin", password=ADMIN_PASSWORD
    )
    assert checked.returncode == 0, checked.stderr + checked.stdout
    # the backup carried only the administrator's key: the lawyer's old password is no key
    lawyer = run(
        "check",
        "--db",
        str(restored),
        "--user",
        "lawyer",
        "--password-stdin",
        password=STAFF_PASSWORD,
    )
    assert lawyer.returncode == ExitCode.AUTH_FAILED


def test_restore_asks_for_an_administrator_or_the_recovery_code(opened, staff, tmp_path):
    """Before, `restore --backup FILE --db PATH` needed no password at all."""
    code = opened.recovery_code
    opened.db.close()
    out = tmp_path / "b.oberih-backup"
    made = run(
        "backup",
        "--db",
        str(opened.path),
        "--user",
        ADMIN,
        "--out",
        str(out),
        "--password-stdin",
        password=ADMIN_PASSWORD,
    )
    assert made.returncode == 0, made.stderr
    target = tmp_path / "other" / "oberih.db"
    bare = run("restore", "--backup", str(out), "--db", str(target))
    assert bare.returncode == ExitCode.INVALID_INPUT
    assert len(bare.stderr.strip().splitlines()) == 1 and "--recovery-code-stdin" in bare.stderr
    staffer = run(
        "restore",
        "--backup",
        str(out),
        "--db",
        str(target),
        "--user",
        "caseworker",
        "--password-stdin",
        password=STAFF_PASSWORD,
    )
    assert staffer.returncode == ExitCode.AUTH_FAILED
    assert len(staffer.stderr.strip().splitlines()) == 1
    assert not target.exists()
    by_code = run(
        "restore",
        "--backup",
        str(out),
        "--db",
        str(target),
        "--recovery-code-stdin",
        password=code.lower().replace("-", " "),
    )
    assert by_code.returncode == 0, by_code.stderr


def test_backup_is_for_administrators(opened, staff, tmp_path):
    opened.db.close()
    out = tmp_path / "b.oberih-backup"
    refused = run(
        "backup",
        "--db",
        str(opened.path),
        "--user",
        "caseworker",
        "--out",
        str(out),
        "--password-stdin",
        password=STAFF_PASSWORD,
    )
    assert refused.returncode == ExitCode.PERMISSION_DENIED
    assert refused.stderr.strip() == "shelter-app: Your role does not allow this action."
    assert not out.exists()


def test_damaged_database_message_points_to_the_newest_good_backup(opened, tmp_path):
    opened.db.close()
    folder = opened.path.parent / "oberih.db.backups"
    good = folder / "b.oberih-backup"
    assert (
        run(
            "backup",
            "--db",
            str(opened.path),
            "--user",
            ADMIN,
            "--out",
            str(good),
            "--password-stdin",
            password=ADMIN_PASSWORD,
        ).returncode
        == 0
    )
    raw = bytearray(opened.path.read_bytes())
    raw[150:158] = bytes(b ^ 0xFF for b in raw[150:158])
    opened.path.write_bytes(bytes(raw))
    before = sha(opened.path)
    result = run(
        "check",
        "--db",
        str(opened.path),
        "--user",
        ADMIN,
        "--password-stdin",
        password=ADMIN_PASSWORD,
    )
    assert result.returncode == ExitCode.DATABASE_DAMAGED
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].endswith(f"The newest good backup is {good}.")
    assert sha(opened.path) == before


def test_restore_refuses_a_damaged_backup_with_one_line(opened, tmp_path):
    opened.db.close()
    bad = tmp_path / "bad.oberih-backup"
    bad.write_bytes(b"PK\x03\x04 not really")
    before = sha(opened.path)
    result = run(
        "restore",
        "--backup",
        str(bad),
        "--db",
        str(opened.path),
        "--user",
        ADMIN,
        "--password-stdin",
        password=ADMIN_PASSWORD,
    )
    assert result.returncode == ExitCode.DATABASE_DAMAGED
    assert result.stderr.strip() == (
        "shelter-app: This file is not a usable Oberih backup (damaged or foreign); "
        "nothing was changed."
    )
    assert sha(opened.path) == before
