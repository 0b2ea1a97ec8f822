"""Migration 0014: sites. Upgrading a database made by an older release keeps every room,
bed, stay, course and event with every value it had, each at the one site the migration
creates (the centre); the board, the admission's offers and new rooms work per site
afterwards. The same migration runs on PostgreSQL."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from shelter_app import bed_offers, shelter_layout, sites
from shelter_app.database import Database
from shelter_app.sites import SiteKind
from shelter_app.storage import migrate
from shelter_app.storage.engine import make_engine
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.keyfile import KeyFile
from tests import pg_cluster

FIXTURE = Path(__file__).parent / "fixtures" / "v0010"
PASSWORD = "Fixture-pass-10"
KEPT = {
    "rooms": "id, name, max_people, sort_order, active",
    "beds": "id, room_id, label, active",
    "stays": "id, client_id, admitted_on, departed_on, allowed_until",
    "bed_assignments": "id, stay_id, bed_id, from_date, to_date",
    "courses": "id, title, capacity, starts_on, ends_on, archived",
    "events": "id, title, kind, held_on, attendees_women",
}
GAINED_A_SITE = ("rooms", "courses", "events")


def _rows(conn, table: str) -> list[tuple]:
    return [tuple(r) for r in conn.execute(text(f"SELECT {KEPT[table]} FROM {table} ORDER BY id"))]


def test_every_row_is_kept_at_the_centre_the_migration_creates(tmp_path):
    target = tmp_path / "v0010"
    shutil.copytree(FIXTURE, target)
    db_path = target / "oberih.db"
    keyfile = KeyFile.load(DatabasePaths.for_database(db_path).key_file)
    (data_key,) = keyfile.unlock(keyfile.locator("admin"), PASSWORD).data_keys
    raw = make_engine(db_path, data_key)
    with raw.connect() as conn:
        assert migrate.schema_level(conn).current == "0010"
        before = {table: _rows(conn, table) for table in KEPT}
        conn.rollback()
    raw.dispose()
    assert all(before.values())  # the demo of that release made every kind of row

    db, admin = Database.sign_in(db_path, "admin", PASSWORD)  # upgrades to the head
    try:
        with db.engine.connect() as conn:
            assert migrate.schema_level(conn).current == migrate.head_revision()
            assert {table: _rows(conn, table) for table in KEPT} == before
            site_ids = {
                table: set(conn.execute(text(f"SELECT DISTINCT site_id FROM {table}")).scalars())
                for table in GAINED_A_SITE
            }
            conn.rollback()
        (centre,) = sites.list_sites(db, admin)
        assert (centre.kind, centre.code, centre.name) == (SiteKind.CENTRE, "centre", "Центр")
        assert site_ids == {table: {centre.id} for table in GAINED_A_SITE}

        # the board of the centre is the board of before; a new shelter starts empty
        day = date(2026, 12, 1)
        whole = shelter_layout.board(db, admin, day)
        at_centre = shelter_layout.board(db, admin, day, site_id=centre.id)
        assert at_centre.rooms == whole.rooms and len(whole.rooms) == len(before["rooms"])
        shelter = sites.add_site(db, admin, "Притулок «Оболонь»", "shelter", "prytulok-2")
        # a room name already used at the centre is free at another site
        room = shelter_layout.add_room(db, admin, whole.rooms[0].name, 4, site_id=shelter.id)
        shelter_layout.add_bed(db, admin, room.id, "А")
        assert [r.name for r in shelter_layout.board(db, admin, day, site_id=shelter.id).rooms] == [
            room.name
        ]
        offers = bed_offers.bed_offers(db, admin, day, site_id=shelter.id)
        assert [(o.room_id, o.bed_label) for o in offers] == [(room.id, "А")]
        assert shelter_layout.board(db, admin, day, site_id=centre.id).rooms == whole.rooms
    finally:
        db.close()


def _server_url() -> str:
    found = pg_cluster.cluster()
    if found.base_url is None:
        pytest.skip(f"no PostgreSQL server: {found.reason}")
    return pg_cluster.new_database("sites")


def test_the_migration_runs_on_postgresql_and_keeps_every_row():
    engine = create_engine(_server_url())
    try:
        with engine.begin() as conn:
            migrate.upgrade_in(conn, "0013")
            conn.execute(
                text(
                    "INSERT INTO rooms (id, name, max_people, sort_order, active) "
                    "VALUES (7, 'Кімната 1', 4, 1, true)"
                )
            )
            conn.execute(text("INSERT INTO beds (room_id, label, active) VALUES (7, 'А', true)"))
            conn.execute(
                text(
                    "INSERT INTO courses (title, capacity, starts_on, ends_on, archived) "
                    "VALUES ('Курс', 10, '2026-01-05', '2026-02-05', false)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO events (title, kind, held_on, attendees_women, attendees_men, "
                    "attendees_children) VALUES ('Подія', 'lecture', '2026-01-10', 5, 0, 0)"
                )
            )
        with engine.begin() as conn:
            migrate.upgrade_in(conn, "head")
        with engine.connect() as conn:
            assert [tuple(r) for r in conn.execute(text("SELECT id, name FROM rooms"))] == [
                (7, "Кімната 1")
            ]
            for table in GAINED_A_SITE:
                assert set(conn.execute(text(f"SELECT site_id FROM {table}")).scalars()) == {1}
            # the sites' id sequence was moved past the row the migration wrote
            added = conn.execute(
                text(
                    "INSERT INTO sites (name, kind, code, active) "
                    "VALUES ('Притулок', 'shelter', 'p1', true) RETURNING id"
                )
            ).scalar()
            assert added == 2
            conn.rollback()
    finally:
        engine.dispose()
