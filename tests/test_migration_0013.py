"""Migration 0013: courses and events get an aim. Upgrading a database made by an older
release keeps every course and event with every value it had, each reading "aim not
stated"; the trainer's and the coordinator's work goes on afterwards."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import text

from shelter_app import courses, events
from shelter_app.database import Database
from shelter_app.programme_aims import Aim
from shelter_app.storage import migrate
from shelter_app.storage.engine import make_engine
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.keyfile import KeyFile

FIXTURE = Path(__file__).parent / "fixtures" / "v0005"
PASSWORD = "Fixture-pass-5"
COURSE_COLUMNS = "id, title, description, capacity, starts_on, ends_on, archived"
EVENT_COLUMNS = (
    "id, title, kind, held_on, topic, attendees_women, attendees_men, attendees_children"
)


def _rows(conn, columns: str, table: str) -> list[tuple]:
    return [tuple(r) for r in conn.execute(text(f"SELECT {columns} FROM {table} ORDER BY id"))]


def test_every_course_and_event_is_kept_and_reads_aim_not_stated(tmp_path):
    target = tmp_path / "v0005"
    shutil.copytree(FIXTURE, target)
    db_path = target / "oberih.db"
    keyfile = KeyFile.load(DatabasePaths.for_database(db_path).key_file)
    (data_key,) = keyfile.unlock(keyfile.locator("admin"), PASSWORD).data_keys
    raw = make_engine(db_path, data_key)
    with raw.connect() as conn:
        assert migrate.schema_level(conn).current == "0005"
        course_rows = _rows(conn, COURSE_COLUMNS, "courses")
        event_rows = _rows(conn, EVENT_COLUMNS, "events")
        conn.rollback()
    raw.dispose()
    assert course_rows and event_rows  # the demo of that release made both

    db, admin = Database.sign_in(db_path, "admin", PASSWORD)  # upgrades to the head
    try:
        with db.engine.connect() as conn:
            assert migrate.schema_level(conn).current == migrate.head_revision()
            assert _rows(conn, COURSE_COLUMNS, "courses") == course_rows
            assert _rows(conn, EVENT_COLUMNS, "events") == event_rows
            aims = {
                *conn.execute(text("SELECT DISTINCT aim FROM courses")).scalars(),
                *conn.execute(text("SELECT DISTINCT aim FROM events")).scalars(),
            }
            conn.rollback()
        assert aims == {Aim.NOT_STATED.value}
        # an aim chosen afterwards is kept, and an edit that does not name one keeps it
        course = courses.list_courses(db, admin, include_archived=True)[0]
        assert course.aim == Aim.NOT_STATED
        chosen = courses.edit_course(
            db,
            admin,
            course.id,
            course.title,
            course.capacity,
            course.starts_on,
            course.ends_on,
            course.description,
            aim=Aim.DIGITAL_SKILLS,
        )
        assert chosen.aim == Aim.DIGITAL_SKILLS
        kept = courses.edit_course(
            db,
            admin,
            course.id,
            "Renamed",
            course.capacity,
            course.starts_on,
            course.ends_on,
            course.description,
        )
        assert (kept.title, kept.aim) == ("Renamed", Aim.DIGITAL_SKILLS)
        first = min(r[3] for r in event_rows)
        listed = events.list_events(db, admin, date.fromisoformat(str(first)), date(2030, 1, 1))
        assert len(listed) == len(event_rows)
        assert {e.aim for e in listed} == {Aim.NOT_STATED}
    finally:
        db.close()
