"""Durability: a process killed with SIGKILL in the middle of its work leaves a database
that opens, passes `check` and still holds everything it reported as saved."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from shelter_app import accounts, integrity, keys
from shelter_app.database import Database
from shelter_app.errors import ExitCode
from tests.conftest import ADMIN, ADMIN_PASSWORD, KILLED_EXIT

REPO = Path(__file__).resolve().parents[1]
STAFF_PASSWORD = "Staff-pass-12"
WATCHDOG_S = 120

# Signs in, then creates accounts one after another and reports each once
# create_account has returned, i.e. once the account is committed.
CHILD = textwrap.dedent(
    f"""
    import sys
    from shelter_app import accounts
    from shelter_app.database import Database

    path, prefix = sys.argv[1], sys.argv[2]
    print("STARTED", flush=True)
    db, admin = Database.sign_in(path, {ADMIN!r}, {ADMIN_PASSWORD!r})
    print("SIGNED_IN", flush=True)
    i = 0
    while True:
        name = f"{{prefix}}{{i}}"
        accounts.create_account(db, admin, name, "Staff " + name, "caseworker", {STAFF_PASSWORD!r})
        print("COMMITTED " + name, flush=True)
        i += 1
    """
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["OBERIH_LANG"] = "en"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


class Child:
    """The writer process, with a watchdog so that a hung child cannot hang the tests."""

    def __init__(self, db: Path, prefix: str, stderr_file: Path):
        self._stderr_file = stderr_file
        self._err = stderr_file.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), prefix],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self._err,
            text=True,
            env=_env(),
        )
        self._watchdog = threading.Timer(WATCHDOG_S, self.proc.kill)
        self._watchdog.start()

    def readline(self) -> str:
        line = self.proc.stdout.readline()
        if not line:
            self.proc.wait(timeout=WATCHDOG_S)
            pytest.fail(
                f"child ended early (exit {self.proc.returncode}): "
                + self._stderr_file.read_text("utf-8", "replace")[-2000:]
            )
        return line.rstrip("\n")

    def kill(self) -> list[str]:
        """Killed now (SIGKILL; TerminateProcess on Windows); returns whatever it printed
        before dying."""
        self.proc.kill()
        self.proc.wait(timeout=WATCHDOG_S)
        self._watchdog.cancel()
        rest = self.proc.stdout.read().splitlines()
        self.proc.stdout.close()
        self._err.close()
        assert self.proc.returncode == KILLED_EXIT, self._stderr_file.read_text("utf-8", "replace")[
            -2000:
        ]
        return rest


def committed_names(lines: list[str]) -> list[str]:
    return [line.removeprefix("COMMITTED ") for line in lines if line.startswith("COMMITTED ")]


def assert_whole(db_path: Path, committed: list[str], try_password_of: str | None = None) -> None:
    """After a kill: opens, holds every reported account, and passes the integrity check."""
    db, admin = Database.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
    try:
        listed = [a.username for a in accounts.list_accounts(db, admin)]
        missing = set(committed) - set(listed)
        assert not missing, f"committed but lost: {sorted(missing)}"
        # the key slot is written before the row is committed: no account without a slot
        for name in listed:
            assert db.keyfile.has_slot(db.keyfile.locator(name)), name
        if try_password_of is not None:
            assert db.password_opens(try_password_of, STAFF_PASSWORD)
        report = integrity.run_check(db, admin)
        if report.slots_without_account:
            # killed between writing a new account's slot and committing her row: a slot
            # no account owns, which `check` reports (it could as well be planted); a
            # rotation of the data key drops it
            assert replace(report, slots_without_account=0).ok, report
            keys.rotate_data_key(db, admin)
            report = integrity.run_check(db, admin)
        assert report.ok, report
    finally:
        db.close()


@pytest.fixture
def created(db_path: Path) -> Path:
    db, _admin, _code = Database.initialise(db_path, ADMIN, ADMIN_PASSWORD)
    db.close()
    return db_path


def test_accounts_reported_committed_survive_sigkill(created, tmp_path):
    rng = random.Random(2229)
    committed: list[str] = []
    for round_ in range(3):
        wanted = rng.randint(1, 3)
        child = Child(created, f"k{round_}n", tmp_path / f"child{round_}.err")
        got: list[str] = []
        while len(got) < wanted:
            got.extend(committed_names([child.readline()]))
        late = committed_names(child.kill())  # printed between our read and the kill
        committed += got + late
        assert_whole(created, committed, try_password_of=got[-1])
    assert len(committed) >= 3

    command = ["check", "--db", str(created), "--user", ADMIN, "--password-stdin"]
    result = subprocess.run(
        [sys.executable, "-m", "shelter_app", *command],
        input=ADMIN_PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=_env(),
        timeout=WATCHDOG_S,
    )
    assert result.returncode == ExitCode.OK, result.stderr + result.stdout
    assert result.stdout.splitlines()[-1] == "Check passed."


def test_database_survives_sigkill_at_random_moments(created, tmp_path):
    rng = random.Random(655)
    committed: list[str] = []
    for round_ in range(5):
        child = Child(created, f"r{round_}n", tmp_path / f"child{round_}.err")
        assert child.readline() == "STARTED"  # imports done; the sign-in starts now
        time.sleep(rng.uniform(0.0, 1.5))
        lines = child.kill()
        committed += committed_names(lines)
        assert_whole(created, committed)
