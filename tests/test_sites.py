"""Sites: the centre and the shelters at other addresses. The administrator manages them;
everyone signed in lists them, and only the roles that manage sites or work with the
stays see a shelter's address; the board, occupancy, offers of beds, events and courses
are per site."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shelter_app import bed_offers, courses, events, shelter, shelter_layout, sites
from shelter_app.changes import TABLE_KINDS, Kind, recording
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Role
from shelter_app.sites import SiteKind

A, H, C, PS, L, T, OP, CO = (
    Role.ADMIN,
    Role.HEAD,
    Role.CASE_WORKER,
    Role.PSYCHOLOGIST,
    Role.LAWYER,
    Role.TRAINER,
    Role.OPERATOR,
    Role.COORDINATOR,
)
SEES_ADDRESS = {A, H, C, PS, L}  # MANAGE_SITES or READ_STAYS_ENROLMENTS
TODAY = date(2026, 11, 16)


def _two_shelters(db, admin):
    left = sites.add_site(
        db, admin, "Притулок «Лівобережний»", "shelter", "prytulok-1", "вул. А, 1"
    )
    right = sites.add_site(db, admin, "Притулок «Оболонь»", "shelter", "prytulok-2", "вул. Б, 2")
    return left, right


def test_a_new_database_has_one_site_the_centre(opened):
    (centre,) = sites.list_sites(opened.db, opened.admin)
    assert (centre.kind, centre.code, centre.active) == (SiteKind.CENTRE, "centre", True)
    assert TABLE_KINDS["sites"] is Kind.SITES


@pytest.mark.parametrize("role", list(Role))
def test_every_role_lists_the_sites_and_only_staff_of_the_stays_see_the_address(
    opened, staff, role
):
    _two_shelters(opened.db, opened.admin)
    listed = sites.list_sites(opened.db, staff[role])
    assert [s.kind for s in listed] == ["centre", "shelter", "shelter"]  # the centre first
    addresses = {s.address for s in listed if s.kind == "shelter"}
    assert addresses == ({"вул. А, 1", "вул. Б, 2"} if role in SEES_ADDRESS else {None})


@pytest.mark.parametrize("role", [H, C, PS, L, T, OP, CO])
def test_only_the_administrator_adds_renames_and_closes_sites(opened, staff, role):
    left, _ = _two_shelters(opened.db, opened.admin)
    user = staff[role]
    with pytest.raises(PermissionDenied):
        sites.add_site(opened.db, user, "Ще один", "shelter", "p3")
    with pytest.raises(PermissionDenied):
        sites.rename_site(opened.db, user, left.id, "Інша назва")
    with pytest.raises(PermissionDenied):
        sites.set_site_active(opened.db, user, left.id, False)
    assert [s.name for s in sites.list_sites(opened.db, opened.admin)][1] == left.name


def test_the_administrator_renames_and_closes_a_site_and_brings_it_back(opened):
    db, admin = opened.db, opened.admin
    left, _ = _two_shelters(db, admin)
    with recording() as seen:
        renamed = sites.rename_site(db, admin, left.id, "  Притулок   «Дніпро» ", "DNIPRO", "")
    assert seen.changes.touches(Kind.SITES)
    assert (renamed.name, renamed.code, renamed.address) == ("Притулок «Дніпро»", "DNIPRO", None)
    closed = sites.set_site_active(db, admin, left.id, False)
    assert not closed.active
    assert left.id not in {s.id for s in sites.list_sites(db, admin)}
    assert left.id in {s.id for s in sites.list_sites(db, admin, include_inactive=True)}
    assert sites.set_site_active(db, admin, left.id, True).active


@pytest.mark.parametrize(
    ("name", "kind", "code", "field"),
    [
        ("", "shelter", "p9", "name"),
        ("Центр", "shelter", "p9", "name"),  # the migration's centre has this name
        ("центр", "shelter", "p9", "name"),  # case folded, Cyrillic too
        ("Новий", "hostel", "p9", "kind"),
        ("Новий", "shelter", "CENTRE", "code"),
        ("Новий", "shelter", "two words", "code"),
        ("Новий", "shelter", "p_9", "code"),
        ("Новий", "shelter", "x" * 17, "code"),
    ],
)
def test_bad_sites_are_refused_and_nothing_is_written(opened, name, kind, code, field):
    with pytest.raises(InvalidInput) as refused:
        sites.add_site(opened.db, opened.admin, name, kind, code)
    assert refused.value.field == field
    assert len(sites.list_sites(opened.db, opened.admin, include_inactive=True)) == 1


def test_cyrillic_codes_are_allowed_and_found_case_folded(opened):
    made = sites.add_site(opened.db, opened.admin, "Притулок", "shelter", "Притулок-1")
    with opened.db.unit_of_work(opened.admin, sites.Permission.MANAGE_SITES) as uow:
        assert sites.site_by_code(uow.session, "притулок-1").id == made.id
        with pytest.raises(InvalidInput):
            sites.site_by_code(uow.session, "nowhere")


def test_the_last_site_in_use_cannot_be_closed(opened):
    (centre,) = sites.list_sites(opened.db, opened.admin)
    with pytest.raises(InvalidInput):
        sites.set_site_active(opened.db, opened.admin, centre.id, False)


def _room_with_beds(db, admin, site_id, name="Кімната 1", beds=("А", "Б"), people=4):
    room = shelter_layout.add_room(db, admin, name, people, site_id=site_id)
    return room, [shelter_layout.add_bed(db, admin, room.id, label).id for label in beds]


def test_the_board_occupancy_and_offers_are_per_site(opened, staff, make_client):
    db, admin, worker = opened.db, opened.admin, staff[C]
    (centre,) = sites.list_sites(db, admin)
    left, right = _two_shelters(db, admin)
    centre_room, centre_beds = _room_with_beds(db, admin, centre.id)
    left_room, left_beds = _room_with_beds(db, admin, left.id)  # the same room name
    _room_with_beds(db, admin, right.id, beds=("А",))
    her = make_client()
    day = TODAY - timedelta(days=3)
    shelter.admit(db, worker, her, left_beds[0], day, "self", today=TODAY)

    board = shelter_layout.board(db, worker, TODAY, site_id=left.id)
    assert [r.room_id for r in board.rooms] == [left_room.id] and board.site_id == left.id
    taken = {b.bed_id: b.occupant for b in board.rooms[0].beds}
    assert taken[left_beds[0]] is not None and taken[left_beds[1]] is None
    at_centre = shelter_layout.board(db, worker, TODAY, site_id=centre.id)
    assert [r.room_id for r in at_centre.rooms] == [centre_room.id]
    assert all(b.occupant is None for b in at_centre.rooms[0].beds)
    assert len(shelter_layout.board(db, worker, TODAY).rooms) == 3  # every site

    counts = {
        s: shelter_layout.occupancy(db, staff[CO], TODAY, site_id=s)
        for s in (centre.id, left.id, right.id, None)
    }
    assert [(o.beds_total, o.beds_occupied, o.places_total) for o in counts.values()] == [
        (2, 0, 4),
        (2, 1, 4),
        (1, 0, 4),
        (5, 1, 12),
    ]
    nights = shelter_layout.bed_nights(db, worker, day, TODAY, today=TODAY, site_id=left.id)
    assert nights == 3
    assert shelter_layout.bed_nights(db, worker, day, TODAY, today=TODAY, site_id=centre.id) == 0
    month = shelter_layout.monthly_occupancy(db, worker, 2026, 11, site_id=right.id)
    assert sum(n for _, n in month) == 0

    offered = {o.bed_id for o in bed_offers.bed_offers(db, worker, TODAY, site_id=left.id)}
    assert offered == {left_beds[1]}
    assert {o.bed_id for o in bed_offers.bed_offers(db, worker, TODAY, site_id=centre.id)} == set(
        centre_beds
    )
    with pytest.raises(InvalidInput):
        shelter_layout.board(db, worker, TODAY, site_id=999)

    # a site with a woman staying cannot be closed; once she has left, it can
    with pytest.raises(InvalidInput):
        sites.set_site_active(db, admin, left.id, False, today=TODAY)
    stay = shelter.client_stays(db, worker, her)[0]
    shelter.discharge(db, worker, stay.id, TODAY, "own_housing", today=TODAY)
    assert not sites.set_site_active(db, admin, left.id, False, today=TODAY).active
    # and takes no new rooms, courses or events
    with pytest.raises(InvalidInput):
        shelter_layout.add_room(db, admin, "Кімната 9", 2, site_id=left.id)


def test_events_and_courses_carry_their_site(opened, staff):
    db, admin, trainer = opened.db, opened.admin, staff[T]
    (centre,) = sites.list_sites(db, admin)
    left, _ = _two_shelters(db, admin)
    at_centre = events.record_event(db, trainer, "Лекція", "talk", TODAY, today=TODAY)
    assert at_centre.site_id == centre.id  # none named: the centre
    there = events.record_event(db, trainer, "Зустріч", "talk", TODAY, site_id=left.id, today=TODAY)
    assert there.site_id == left.id
    moved = events.edit_event(
        db, trainer, there.id, "Зустріч", "talk", TODAY, site_id=centre.id, today=TODAY
    )
    assert moved.site_id == centre.id
    course = courses.create_course(
        db, trainer, "Курс", 10, TODAY, TODAY + timedelta(days=30), site_id=left.id
    )
    assert course.site_id == left.id
    kept = courses.edit_course(db, trainer, course.id, "Курс 2", 10, TODAY, TODAY)
    assert (kept.title, kept.site_id) == ("Курс 2", left.id)
    with pytest.raises(InvalidInput):
        events.record_event(db, trainer, "Х", "talk", TODAY, site_id=12345, today=TODAY)
    # a site closed since: its events and courses keep it through an edit, and take no
    # new ones
    sites.set_site_active(db, opened.admin, left.id, False)
    kept = courses.edit_course(db, trainer, course.id, "Курс 3", 10, TODAY, TODAY, site_id=left.id)
    assert kept.site_id == left.id
    with pytest.raises(InvalidInput):
        events.edit_event(
            db, trainer, moved.id, "Зустріч", "talk", TODAY, site_id=left.id, today=TODAY
        )
