"""Shared fixtures. Every test gets its own folder and database; nothing touches the
user's real data folder or settings."""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass
from pathlib import Path

from tests.screen import screen_platform

# the 1920×1080 test screen, whatever the caller exported (see tests/screen.py)
os.environ["QT_QPA_PLATFORM"] = screen_platform()
os.environ["OBERIH_LANG"] = "en"
# key files made by the tests record a cheap Argon2id cost (fast_kdf below). This process
# lowers keyfile.KDF_FLOOR itself; the processes the tests start find tests/child_hooks on
# their path, whose sitecustomize does the same. Production code reads no switch for it.
os.environ["PYTHONPATH"] = os.pathsep.join(
    filter(
        None, [str(Path(__file__).resolve().parent / "child_hooks"), os.environ.get("PYTHONPATH")]
    )
)

import pytest

from shelter_app import accounts
from shelter_app.database import Database, SignedInUser
from shelter_app.permissions import Role
from shelter_app.storage import keyfile as _keyfile

_keyfile.KDF_FLOOR = _keyfile.KdfParams(1024, 1, 1)

# A child killed from outside with Popen.kill(): SIGKILL on POSIX, TerminateProcess
# (exit code 1) on Windows. Tests whose child kills *itself* at an exact point need
# SIGKILL, which Windows lacks: they carry `needs_sigkill`.
KILLED_EXIT = -signal.SIGKILL if hasattr(signal, "SIGKILL") else 1
needs_sigkill = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"),
    reason="the child kills itself with SIGKILL at an exact step; Windows has no SIGKILL "
    "and a kill from outside cannot hit the step (not run on Windows)",
)

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-pass-1"
STAFF_PASSWORD = "Staff-pass-12"
STAFF_USERNAMES = {
    Role.HEAD: "head",
    Role.CASE_WORKER: "caseworker",
    Role.PSYCHOLOGIST: "psychologist",
    Role.LAWYER: "lawyer",
    Role.TRAINER: "trainer",
    Role.OPERATOR: "operator",
    Role.COORDINATOR: "coordinator",
}


@pytest.fixture(scope="session", autouse=True)
def qt_application(qapp):
    """A full QApplication from the first test on: core code run in-process (the CLI,
    the benchmark) would otherwise make a bare QCoreApplication, and the first widget
    of a later GUI test would then abort the whole run."""
    return qapp


@pytest.fixture(autouse=True)
def fast_kdf(request, monkeypatch):
    """Most tests sign in dozens of times; at the real Argon2id cost (64 MiB, 3 passes,
    ~0.15 s) the suite would take many minutes. They run the same code with a cheap cost
    recorded in the slots; tests marked `real_kdf` (key file, sign-in timing, CLI in
    child processes) keep the production default."""
    if request.node.get_closest_marker("real_kdf") is None:
        from shelter_app.storage import keyfile

        monkeypatch.setattr(keyfile, "DEFAULT_KDF", keyfile.KdfParams(1024, 1, 1))


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@dataclass
class Opened:
    db: Database
    admin: SignedInUser
    recovery_code: str
    path: Path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "oberih.db"


@pytest.fixture
def opened(db_path: Path):
    db, admin, code = Database.initialise(db_path, ADMIN, ADMIN_PASSWORD, "Адміністраторка")
    yield Opened(db, admin, code, db_path)
    db.close()


@pytest.fixture
def staff(opened: Opened) -> dict[Role, SignedInUser]:
    """One signed-in user per role on the same open database."""
    users = {Role.ADMIN: opened.admin}
    for role, username in STAFF_USERNAMES.items():
        accounts.create_account(
            opened.db, opened.admin, username, f"Staff {role.value}", role.value, STAFF_PASSWORD
        )
        users[role] = opened.db.sign_in_again(username, STAFF_PASSWORD)
    return users


@pytest.fixture
def make_client(opened: Opened):
    """Insert a client row directly (test set-up only; the clients service is tested in
    tests/test_clients.py). Returns the new client's id."""
    from datetime import date

    from shelter_app.database import utcnow
    from shelter_app.permissions import Permission
    from shelter_app.search_key import client_search_key, client_sort_key
    from shelter_app.storage.casework_schema import Client

    counter = [0]

    def make(
        last_name: str = "Шевченко",
        first_name: str = "Оксана",
        *,
        birth_date: date | None = date(1990, 5, 17),
        district: str = "obolonskyi",
        first_contact_on: date = date(2026, 1, 10),
        archived: bool = False,
    ) -> int:
        counter[0] += 1
        code = f"K-2026-{9000 + counter[0]:04d}"
        with opened.db.unit_of_work(opened.admin, Permission.WRITE_CLIENTS, write=True) as uow:
            now = utcnow()
            client = Client(
                code=code,
                last_name=last_name,
                first_name=first_name,
                patronymic=None,
                search_key=client_search_key(code, last_name, first_name, None),
                sort_key=client_sort_key(last_name, first_name, None),
                birth_date=birth_date,
                birth_year=birth_date.year if birth_date else None,
                sex="female",
                citizenship="ukraine",
                phone=None,
                safe_to_call=False,
                safe_to_text=False,
                district=district,
                came_via="self",
                first_contact_on=first_contact_on,
                last_activity_on=first_contact_on,
                archived_at=now if archived else None,
                created_at=now,
                updated_at=now,
            )
            uow.session.add(client)
            uow.session.flush()
            client_id = client.id
            uow.commit()
        return client_id

    return make
