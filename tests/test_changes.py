"""Change notices: what a service wrote comes back as a typed `Changes`, derived by the
unit of work, so no view depends on a page remembering to announce it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from shelter_app import changes, clients, shelter
from shelter_app import shelter_layout as layout
from shelter_app.changes import Changes, Kind, recording
from shelter_app.storage import casework_schema
from shelter_app.storage.schema import Base

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 3, 10)


def test_every_table_has_a_kind():
    assert casework_schema.Client.__tablename__ in Base.metadata.tables
    tables = set(Base.metadata.tables)
    assert tables - set(changes.TABLE_KINDS) == set()


def test_an_admission_names_the_stay_and_her(opened, make_client):
    db, admin = opened.db, opened.admin
    room = layout.add_room(db, admin, "Кімната 1", 2)
    bed = layout.add_bed(db, admin, room.id, "A")
    client_id = make_client()
    with recording() as rec:
        shelter.admit(db, admin, client_id, bed.id, TODAY, "police", today=TODAY)
    assert rec.changes.touches(Kind.STAYS)
    assert not rec.changes.touches(Kind.CONSULTATIONS, Kind.ACCOUNTS)
    assert rec.changes.concerns(client_id)
    assert not rec.changes.concerns(client_id + 1)


def test_a_read_changes_nothing_even_when_it_is_audited(opened, make_client):
    client_id = make_client()
    with recording() as rec:
        clients.get_client(opened.db, opened.admin, client_id)
    assert not rec.changes


def test_a_layout_change_may_concern_any_client(opened):
    with recording() as rec:
        layout.add_room(opened.db, opened.admin, "Кімната 1", 2)
    assert rec.changes == Changes.of(Kind.SHELTER_LAYOUT)
    assert rec.changes.concerns(12345)


def test_changes_combine():
    a = Changes.of(Kind.STAYS, client_ids=[1])
    b = Changes.of(Kind.CLIENTS, client_ids=[2])
    assert (a | b) == Changes.of(Kind.STAYS, Kind.CLIENTS, client_ids=[1, 2])
    assert (a | Changes.of(Kind.COURSES)).client_ids is None
    assert not changes.NOTHING


def test_no_free_form_refresh_strings_remain():
    """Views refresh from `Changes`, never from a string one page sends another."""
    pattern = re.compile(r"\bdata_changed\b|\.emit\(\s*[\"'][a-z_]+[\"']\s*\)|\bAREA\b")
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for folder in ("ui", "shelter_app", "tests")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.name != "test_changes.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []
