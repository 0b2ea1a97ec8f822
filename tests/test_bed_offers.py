"""The beds offered at admission: only those admit() would accept, each with its room's
fewest free places from the day on, so that the dialog can leave out rooms too small for
her and her children; the room-full refusal counts people in proper plural forms."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shelter_app import shelter
from shelter_app import shelter_layout as layout
from shelter_app.bed_offers import bed_offers
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.i18n import install_translator
from shelter_app.permissions import POLICY, Permission, Role
from shelter_app.shelter import ChildInfo

TODAY = date(2026, 3, 10)


@pytest.fixture
def rooms(opened):
    """Room 1 holds 3 people (beds A, B), room 2 holds 4 (beds A, B, C)."""
    beds = {}
    for number, people, labels in (("1", 3, "AB"), ("2", 4, "ABC")):
        room = layout.add_room(opened.db, opened.admin, f"Кімната {number}", people)
        for label in labels:
            beds[number + label] = layout.add_bed(opened.db, opened.admin, room.id, label).id
    return beds


def _admit(opened, client, bed, on=TODAY, kids=0):
    children = [ChildInfo(4 + i, "female") for i in range(kids)]
    return shelter.admit(opened.db, opened.admin, client, bed, on, "police", children, today=TODAY)


def _free(opened, day=TODAY):
    return {o.bed_id: o.free_places for o in bed_offers(opened.db, opened.admin, day)}


def test_an_empty_shelter_offers_every_bed_with_its_rooms_places(opened, rooms):
    offers = bed_offers(opened.db, opened.admin, TODAY)
    assert [o.bed_id for o in offers] == list(rooms.values())
    assert [(o.room_name, o.bed_label, o.max_people, o.free_places) for o in offers[:2]] == [
        ("Кімната 1", "A", 3, 3),
        ("Кімната 1", "B", 3, 3),
    ]


def test_a_taken_bed_is_not_offered_and_its_room_has_fewer_places(opened, rooms, make_client):
    _admit(opened, make_client(), rooms["2A"], kids=2)  # 3 of 4 in room 2
    free = _free(opened)
    assert rooms["2A"] not in free
    assert free[rooms["2B"]] == free[rooms["2C"]] == 1
    assert free[rooms["1A"]] == 3


def test_a_later_booking_counts_from_its_night_and_holds_its_bed(opened, rooms, make_client):
    _admit(opened, make_client(), rooms["1A"], on=TODAY + timedelta(days=5), kids=1)
    free = _free(opened)
    assert rooms["1A"] not in free  # admit() would refuse it: booked from day 5 on
    assert free[rooms["1B"]] == 1  # she and her child will be there on day 5


def test_what_fits_is_what_admit_accepts(opened, rooms, make_client):
    _admit(opened, make_client(), rooms["2A"], kids=1)  # 2 of 4 in room 2
    for offer in bed_offers(opened.db, opened.admin, TODAY):
        for kids in range(0, 4):
            party = 1 + kids
            client = make_client()
            try:
                stay = _admit(opened, client, offer.bed_id, kids=kids)
            except InvalidInput as refusal:
                assert not offer.fits(party) and refusal.field == "bed"
            else:
                assert offer.fits(party)
                shelter.cancel_admission(opened.db, opened.admin, stay.id, TODAY)


def test_a_bed_out_of_use_is_not_offered(opened, rooms):
    layout.deactivate_bed(opened.db, opened.admin, rooms["1B"], TODAY)
    assert rooms["1B"] not in _free(opened)


def test_the_room_full_refusal_counts_people_in_ukrainian_plural_forms(
    opened, rooms, make_client, qapp
):
    _admit(opened, make_client(), rooms["2A"], kids=2)
    install_translator("uk")
    try:
        with pytest.raises(InvalidInput) as refused:
            _admit(opened, make_client(), rooms["2B"], kids=2)
        text = refused.value.user_message()
        assert "місць у кімнаті: 4" in text, text
        assert "розрахована на 4 осіб" not in text
    finally:
        install_translator("en")


@pytest.mark.parametrize("role", list(Role))
def test_only_roles_that_read_stays_see_the_offers(opened, staff, rooms, role):
    user = opened.admin if role is Role.ADMIN else staff[role]
    if Permission.READ_STAYS_ENROLMENTS in POLICY[role]:
        assert len(bed_offers(opened.db, user, TODAY)) == 5
    else:
        with pytest.raises(PermissionDenied):
            bed_offers(opened.db, user, TODAY)
