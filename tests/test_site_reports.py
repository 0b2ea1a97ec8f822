"""The summary of one site: counts of things only (rooms, beds, places, events, courses
and sessions held), never of people; registered with its site as part of its scope, so
that it is not read as a second, different release of the all-sites period and the
all-sites summary is protected as before (reports/site_figures.py says why)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shelter_app import courses, events, shelter_layout, sites
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Role
from shelter_app.reports.csv_export import render_csv
from shelter_app.reports.export import export_summary, list_exports
from shelter_app.reports.releases import same_years
from shelter_app.reports.summary import build_summary
from shelter_app.vocabulary import EventKind
from tests.test_reports import hand_built_march

MARCH = (date(2026, 3, 1), date(2026, 3, 31))
TODAY = date(2026, 11, 16)


@pytest.fixture
def two_sites(opened, staff):
    """March 2026 of test_reports (at the centre), and a shelter with its own rooms,
    events and a course."""
    db, admin = opened.db, opened.admin
    hand_built_march(db, admin)
    shelter = sites.add_site(db, admin, "Притулок «Оболонь»", "shelter", "prytulok-2")
    for name, beds in (("Кімната 1", "АБ"), ("Кімната 2", "АБВ")):
        room = shelter_layout.add_room(db, admin, name, 5, site_id=shelter.id)
        for label in beds:
            shelter_layout.add_bed(db, admin, room.id, label)
    trainer = staff[Role.TRAINER]
    for day, kind in ((5, "talk"), (12, "talk"), (20, "training")):
        events.record_event(
            db, trainer, "Зустріч", kind, date(2026, 3, day), women=7, site_id=shelter.id,
            today=TODAY,
        )  # fmt: skip
    course = courses.create_course(
        db, trainer, "Курс", 8, date(2026, 3, 2), date(2026, 4, 30), site_id=shelter.id
    )
    for day in (3, 10, 17):
        courses.add_session(db, trainer, course.id, datetime(2026, 3, day, 10), 90)
    return db, admin, shelter


def _figures(summary) -> dict[str, str]:
    return {f.key: f.text for f in summary.figures}


def test_a_sites_summary_shows_what_it_has_and_did_and_no_people(two_sites, staff):
    db, _admin, shelter = two_sites
    summary = build_summary(db, staff[Role.COORDINATOR], *MARCH, today=TODAY, site="PRYTULOK-2")
    assert _figures(summary) == {
        "site_rooms": "2",
        "site_beds": "5",
        "site_places": "10",
        "site_courses": "1",
        "site_sessions": "3",
    }
    [table] = summary.tables
    assert table.key == "site_events_by_kind"
    by_kind = dict(zip([*EventKind, "total"], [r.cells[0].text for r in table.rows], strict=True))
    assert by_kind[EventKind.TALK] == "2" and by_kind[EventKind.TRAINING] == "1"
    assert by_kind[EventKind.CITY_EVENT] == "0" and by_kind["total"] == "3"
    assert shelter.name in summary.centre
    # no count of people: not the 21 women who came to its events, no table of people
    cells = [c.text for t in summary.tables for r in t.rows for c in r.cells]
    assert "21" not in cells and "7" not in cells
    text = render_csv(summary).decode("utf-8-sig")
    assert "people_by_age" not in text and "shelter_admissions" not in text


def test_the_centres_summary_counts_only_the_centre(two_sites, staff):
    db, _admin, _shelter = two_sites
    summary = build_summary(db, staff[Role.COORDINATOR], *MARCH, today=TODAY, site="centre")
    figures = _figures(summary)
    # hand_built_march: one room of two beds for 20 people; its course had no session
    assert (figures["site_rooms"], figures["site_beds"], figures["site_places"]) == (
        "1",
        "2",
        "20",
    )


@pytest.mark.parametrize("role", [Role.CASE_WORKER, Role.PSYCHOLOGIST, Role.LAWYER,
                                  Role.TRAINER, Role.OPERATOR])  # fmt: skip
def test_a_sites_summary_is_refused_to_roles_without_summaries(two_sites, staff, role):
    db, _admin, _shelter = two_sites
    with pytest.raises(PermissionDenied):
        build_summary(db, staff[role], *MARCH, today=TODAY, site="prytulok-2")


def test_an_unknown_site_is_refused_and_nothing_is_written(two_sites, tmp_path):
    db, admin, _shelter = two_sites
    out = tmp_path / "site.csv"
    with pytest.raises(InvalidInput) as refused:
        export_summary(db, admin, *MARCH, out, today=TODAY, site="nowhere")
    assert refused.value.field == "site"
    assert not out.exists() and list_exports(db, admin) == []


def test_site_releases_have_their_own_scope_in_the_register(two_sites, tmp_path):
    """All sites, then the shelter, then all sites again, of the same month: the second
    all-sites release is not refused as "the figures changed" (it does not read the
    site's release), repeats the first exactly, and the site's release is registered
    with its site."""
    db, admin, shelter = two_sites
    first = export_summary(db, admin, *MARCH, tmp_path / "all.csv", today=TODAY)
    site = export_summary(db, admin, *MARCH, tmp_path / "site.csv", today=TODAY, site="prytulok-2")
    again = export_summary(db, admin, *MARCH, tmp_path / "again.csv", today=TODAY)
    assert (first.site, site.site, again.site) == (None, "prytulok-2", None)
    assert (tmp_path / "all.csv").read_bytes() == (tmp_path / "again.csv").read_bytes()
    with db.unit_of_work(admin, sites.Permission.EXPORT_SUMMARIES) as uow:
        everyone = same_years(uow.session, *MARCH)
        only_site = same_years(uow.session, *MARCH, site_id=shelter.id)
    assert [r.seq for r in everyone] == [first.seq, again.seq]
    assert [r.seq for r in only_site] == [site.seq]
    assert all(key.startswith("site.") for key in only_site[0].values)
    # and the site's export repeated gives the same counts
    twice = export_summary(
        db, admin, *MARCH, tmp_path / "site2.csv", today=TODAY, site="prytulok-2"
    )
    assert (tmp_path / "site.csv").read_bytes() == (tmp_path / "site2.csv").read_bytes()
    assert twice.site == "prytulok-2"


def test_a_sites_json_says_its_site_and_is_not_consolidated(two_sites, tmp_path):
    import json

    from shelter_app.reports.consolidate import read_inputs

    db, admin, _shelter = two_sites
    site_file, whole_file = tmp_path / "site.json", tmp_path / "all.json"
    export_summary(db, admin, *MARCH, site_file, today=TODAY, site="prytulok-2")
    export_summary(db, admin, *MARCH, whole_file, today=TODAY)
    assert json.loads(site_file.read_text(encoding="utf-8"))["site"] == "prytulok-2"
    assert "site" not in json.loads(whole_file.read_text(encoding="utf-8"))
    with pytest.raises(InvalidInput) as refused:
        read_inputs([whole_file, site_file])
    assert "site.json" in refused.value.user_message()
    assert len(read_inputs([whole_file, whole_file])) == 2
