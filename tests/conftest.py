"""Shared fixtures. Every test gets its own folder and database; nothing touches the
user's real data folder or settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["OBERIH_LANG"] = "en"

from dataclasses import dataclass
from pathlib import Path

import pytest

from shelter_app import accounts
from shelter_app.database import Database, SignedInUser
from shelter_app.permissions import Role

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-pass-1"
STAFF_PASSWORD = "Staff-pass-12"
STAFF_USERNAMES = {
    Role.CASE_WORKER: "caseworker",
    Role.PSYCHOLOGIST: "psychologist",
    Role.LAWYER: "lawyer",
    Role.COORDINATOR: "coordinator",
}


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
