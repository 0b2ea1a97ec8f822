"""The shelter as its staff use it: rooms and beds, admissions with children, extensions,
moves, departures, the waiting list, turn-aways, the board and the counts."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations, pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from shelter_app import audit, shelter
from shelter_app import settings as centre_settings
from shelter_app import shelter_layout as layout
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import POLICY, Permission, Role
from shelter_app.shelter import ChildInfo
from shelter_app.storage.casework_schema import (
    Bed,
    BedAssignment,
    Client,
    Room,
    Stay,
    StayChild,
    StayExtension,
    TurnAway,
    WaitingListEntry,
)

TODAY = date(2026, 3, 10)
TWO_CHILDREN = [ChildInfo(7, "female"), ChildInfo(3, "male")]
SHELTER_TABLES = (
    Room,
    Bed,
    Stay,
    BedAssignment,
    StayChild,
    StayExtension,
    WaitingListEntry,
    TurnAway,
)


@dataclass
class Shelter:
    db: object
    admin: object
    rooms: dict[str, int]
    beds: dict[str, int]  # "1A" -> bed id


@pytest.fixture
def place(opened) -> Shelter:
    """Room 1 holds 3 people (beds 1A, 1B); room 2 holds 5 (beds 2A, 2B, 2C)."""
    db, admin = opened.db, opened.admin
    rooms, beds = {}, {}
    for number, people, labels in (("1", 3, "AB"), ("2", 5, "ABC")):
        room = layout.add_room(db, admin, f"Кімната {number}", people)
        rooms[number] = room.id
        for label in labels:
            beds[number + label] = layout.add_bed(db, admin, room.id, label).id
    return Shelter(db, admin, rooms, beds)


def _admit(p, client_id, bed="1A", on=TODAY, children=(), **kw):
    return shelter.admit(
        p.db, p.admin, client_id, p.beds[bed], on, "police", list(children), today=TODAY, **kw
    )


def _dump(opened) -> dict[str, list[tuple]]:
    with opened.db.unit_of_work(opened.admin, Permission.READ_STAYS_ENROLMENTS) as uow:
        return {
            t.__tablename__: sorted(tuple(r) for r in uow.session.execute(select(t.__table__)))
            for t in SHELTER_TABLES
        }


def _overlap(a, b) -> bool:
    far = date.max
    return max(a.from_date, b.from_date) < min(a.to_date or far, b.to_date or far)


def _check_books(opened, capacity_from: date = date.min) -> None:
    """What must hold whatever the staff did: no bed held twice on a night, rooms within
    capacity, each stay's beds following one another, one stay at a time per woman."""
    with opened.db.unit_of_work(opened.admin, Permission.READ_STAYS_ENROLMENTS) as uow:
        s = uow.session
        rows = s.execute(select(BedAssignment)).scalars().all()
        stays = {st.id: st for st in s.execute(select(Stay)).scalars()}
        kids = {}
        for child in s.execute(select(StayChild)).scalars():
            kids[child.stay_id] = kids.get(child.stay_id, 0) + 1
        room_of = dict(s.execute(select(Bed.id, Bed.room_id)).all())
        capacity = dict(s.execute(select(Room.id, Room.max_people)).all())
    for a, b in combinations(rows, 2):
        assert not (a.bed_id == b.bed_id and _overlap(a, b)), (a.id, b.id)
    for night in {r.from_date for r in rows if r.from_date >= capacity_from}:
        people: dict[int, int] = {}
        for r in rows:
            if r.from_date <= night and (r.to_date is None or r.to_date > night):
                room = room_of[r.bed_id]
                people[room] = people.get(room, 0) + 1 + kids.get(r.stay_id, 0)
        assert all(n <= capacity[room] for room, n in people.items()), night
    for stay in stays.values():
        mine = sorted((r for r in rows if r.stay_id == stay.id), key=lambda r: r.from_date)
        assert mine and mine[0].from_date == stay.admitted_on
        for before, after in pairwise(mine):
            assert before.to_date == after.from_date and before.from_date < before.to_date
        assert mine[-1].to_date == stay.departed_on
        assert stay.allowed_until > stay.admitted_on
    for a, b in combinations(stays.values(), 2):
        if a.client_id == b.client_id:
            far = date.max
            start = max(a.admitted_on, b.admitted_on)
            assert start >= min(a.departed_on or far, b.departed_on or far)


# --- admissions ---------------------------------------------------------------------------


def test_admit_a_woman_with_two_children(opened, place, make_client):
    client = make_client(last_name="Ґонта", first_name="Дар’я")
    stay = _admit(place, client, "1A", children=TWO_CHILDREN, planned_departure_on=date(2026, 5, 1))
    assert stay.is_open and stay.admitted_on == TODAY
    assert stay.allowed_until == TODAY + timedelta(days=90)  # three months
    assert stay.children == tuple(TWO_CHILDREN)
    assert (stay.bed.bed_label, stay.bed.room_name, stay.referred_by) == (
        "A",
        "Кімната 1",
        "police",
    )
    seen = layout.occupancy(place.db, place.admin, TODAY)
    assert (seen.beds_occupied, seen.women, seen.children, seen.beds_total) == (1, 1, 2, 5)
    entry = audit.list_entries(place.db, place.admin, action="stay.admitted")[0]
    assert entry.detail == {
        "client_id": client,
        "bed_id": place.beds["1A"],
        "children": 2,
        "referred_by": "police",
    }
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        assert uow.session.get(Client, client).last_activity_on == TODAY


def test_the_board_shows_her_code_and_children_and_no_name_when_names_are_off(place, make_client):
    # names on the board for shelter staff: tests/test_names_where_needed.py
    centre_settings.update_settings(place.db, place.admin, names_where_needed=0)
    client = make_client(last_name="Ґонта", first_name="Дар’я")
    stay = _admit(
        place, client, "2B", children=TWO_CHILDREN, planned_departure_on=TODAY + timedelta(2)
    )
    board = layout.board(place.db, place.admin, TODAY)
    assert [r.name for r in board.rooms] == ["Кімната 1", "Кімната 2"]
    bed = next(b for r in board.rooms for b in r.beds if b.bed_id == place.beds["2B"])
    assert bed.state == "occupied"
    assert bed.occupant.stay_id == stay.id and bed.occupant.client_code == stay.client_code
    assert bed.occupant.children == 2 and bed.occupant.departing_soon
    assert not bed.occupant.near_limit and not bed.occupant.over_limit
    assert board.rooms[1].people == 3
    assert all(b.state == "free" for b in board.rooms[0].beds)
    assert "Ґонта" not in repr(board) and "Дар" not in repr(board)


def test_a_bed_cannot_be_double_booked(opened, place, make_client):
    first, second = make_client(), make_client(last_name="Бондар")
    _admit(place, first, "2A", on=TODAY - timedelta(days=5))
    before = _dump(opened)
    for day in (TODAY, TODAY - timedelta(days=5), TODAY - timedelta(days=20)):
        with pytest.raises(InvalidInput) as refused:
            _admit(place, second, "2A", on=day)
        assert refused.value.field == "bed"
        assert str(refused.value)
    assert _dump(opened) == before


def test_a_room_never_holds_more_women_and_children_than_it_can(opened, place, make_client):
    _admit(place, make_client(), "1A", children=[ChildInfo(10, "male")])
    before = _dump(opened)
    with pytest.raises(InvalidInput) as refused:  # room 1 holds 3: 2 there, 1 + 1 child
        _admit(place, make_client(), "1B", children=[ChildInfo(1, "female")])
    assert refused.value.field == "bed"
    assert _dump(opened) == before
    _admit(place, make_client(), "1B")  # alone, she fits
    _check_books(opened)


def test_a_room_booked_for_later_is_not_overfilled_now(opened, place, make_client):
    _admit(place, make_client(), "1A", on=TODAY + timedelta(days=7), children=TWO_CHILDREN)
    with pytest.raises(InvalidInput) as refused:  # she would still be there on day 7
        _admit(place, make_client(), "1B")
    assert refused.value.field == "bed"


def test_a_woman_has_one_stay_at_a_time(place, make_client):
    client = make_client()
    _admit(place, client, "1A", on=TODAY - timedelta(days=3))
    with pytest.raises(InvalidInput) as refused:
        _admit(place, client, "2A")
    assert refused.value.field == "client"


def _bad_admissions(archived):
    return [
        (dict(client_id=archived), "client"),
        (dict(client_id=999_999), "client"),
        (dict(client_id=True), "client"),
        (dict(bed_id=424_242), "bed"),
        (dict(admitted_on=TODAY + timedelta(days=31)), "admitted_on"),
        (dict(admitted_on=date(1899, 12, 31)), "admitted_on"),
        (dict(admitted_on="2026-03-10"), "admitted_on"),
        (dict(referred_by="neighbour"), "referred_by"),
        (dict(children=[ChildInfo(18, "female")]), "children"),
        (dict(children=[ChildInfo(-1, "female")]), "children"),
        (dict(children=[ChildInfo(4, "unicorn")]), "children"),
        (dict(children=[(4, "female")]), "children"),
        (dict(children=[ChildInfo(1, "male")] * 13), "children"),
        (dict(planned_departure_on=TODAY), "planned_departure_on"),
        (dict(planned_departure_on=TODAY + timedelta(days=91)), "planned_departure_on"),
    ]


def test_admission_with_wrong_details_is_refused_and_changes_nothing(opened, place, make_client):
    client, archived = make_client(), make_client(archived=True)
    before = _dump(opened)
    for change, field in _bad_admissions(archived):
        args = dict(
            client_id=client,
            bed_id=place.beds["1A"],
            admitted_on=TODAY,
            referred_by="police",
            children=[],
        )
        args.update(change)
        with pytest.raises(InvalidInput) as refused:
            shelter.admit(place.db, place.admin, today=TODAY, **args)
        assert refused.value.field == field, change
    assert _dump(opened) == before


@pytest.mark.parametrize("huge", [2**31, 2**63])
def test_an_id_past_the_engines_integers_is_no_such_row(opened, place, make_client, huge):
    """INTEGER is 32-bit on PostgreSQL: 2**31 there was "integer out of range" (a crash),
    not "no such bed" (found by the random-input test below on the server)."""
    client = make_client()
    attempts = {
        "bed": lambda: shelter.admit(place.db, place.admin, client, huge, TODAY, "police"),
        "client": lambda: _admit(place, huge),
        "stay": lambda: shelter.get_stay(place.db, place.admin, huge),
        "room": lambda: layout.rename_room(place.db, place.admin, huge, "Кімната 9"),
    }
    for field, attempt in attempts.items():
        with pytest.raises(InvalidInput) as refused:
            attempt()
        assert refused.value.field in (field, "stay_id", "room_id", "bed_id"), field
    assert layout.occupancy(place.db, place.admin, TODAY).beds_occupied == 0


def test_a_bed_out_of_use_takes_no_one(place, make_client):
    layout.deactivate_bed(place.db, place.admin, place.beds["2C"], today=TODAY)
    with pytest.raises(InvalidInput) as refused:
        _admit(place, make_client(), "2C")
    assert refused.value.field == "bed"
    board = layout.board(place.db, place.admin, TODAY)
    assert board.rooms[1].beds[2].state == "out_of_use"
    assert layout.occupancy(place.db, place.admin, TODAY).beds_total == 4


def test_a_booked_admission_holds_the_bed_until_cancelled(place, make_client):
    booked = _admit(place, make_client(), "2A", on=TODAY + timedelta(days=4))
    bed = layout.board(place.db, place.admin, TODAY).rooms[1].beds[0]
    assert bed.state == "free" and bed.next_arrival_on == TODAY + timedelta(days=4)
    other = make_client()
    with pytest.raises(InvalidInput):
        _admit(place, other, "2A")
    shelter.cancel_admission(place.db, place.admin, booked.id, today=TODAY)
    assert _admit(place, other, "2A").bed.bed_id == place.beds["2A"]


def test_a_stay_with_nights_spent_cannot_be_cancelled(place, make_client):
    stay = _admit(place, make_client(), "2A", on=TODAY - timedelta(days=1))
    with pytest.raises(InvalidInput) as refused:
        shelter.cancel_admission(place.db, place.admin, stay.id, today=TODAY)
    assert refused.value.field == "stay"


# --- during the stay ----------------------------------------------------------------------


def test_extend_a_stay_with_a_reason(place, make_client):
    stay = _admit(place, make_client(), "1A", on=date(2026, 1, 5))
    longer = shelter.extend_stay(
        place.db, place.admin, stay.id, date(2026, 5, 5), "no_housing", date(2026, 3, 9), TODAY
    )
    assert longer.allowed_until == date(2026, 5, 5)
    assert longer.extensions == (
        shelter.ExtensionRecord(date(2026, 3, 9), date(2026, 5, 5), "no_housing"),
    )
    refusals = [
        (date(2026, 5, 1), "no_housing", TODAY, "new_allowed_until"),  # not later
        (date(2026, 7, 5), "no_housing", TODAY, "new_allowed_until"),  # beyond six months
        (date(2026, 6, 1), "bored", TODAY, "reason"),
        (date(2026, 6, 1), "health", TODAY + timedelta(1), "extended_on"),
        (date(2026, 6, 1), "health", date(2026, 1, 4), "extended_on"),
    ]
    for until, reason, on, field in refusals:
        with pytest.raises(InvalidInput) as refused:
            shelter.extend_stay(place.db, place.admin, stay.id, until, reason, on, TODAY)
        assert refused.value.field == field
    last = shelter.extend_stay(
        place.db, place.admin, stay.id, date(2026, 7, 4), "legal_proceedings", TODAY, TODAY
    )
    assert last.allowed_until == date(2026, 1, 5) + timedelta(days=180)


def test_move_her_to_another_bed(opened, place, make_client):
    stay = _admit(place, make_client(), "1A", on=date(2026, 3, 1), children=TWO_CHILDREN)
    other = _admit(place, make_client(), "2A", on=date(2026, 3, 1))
    with pytest.raises(InvalidInput) as refused:
        shelter.move(place.db, place.admin, stay.id, place.beds["2A"], TODAY, TODAY)
    assert refused.value.field == "bed"
    moved = shelter.move(place.db, place.admin, stay.id, place.beds["2B"], TODAY, TODAY)
    assert [(b.bed_id, b.from_date, b.to_date) for b in moved.beds] == [
        (place.beds["1A"], date(2026, 3, 1), TODAY),
        (place.beds["2B"], TODAY, None),
    ]
    board = layout.board(place.db, place.admin, TODAY)
    assert board.rooms[0].beds[0].state == "free"
    assert board.rooms[1].people == 1 + 3
    assert board.rooms[1].beds[1].occupant.stay_id == stay.id
    yesterday = layout.board(place.db, place.admin, TODAY - timedelta(1))
    assert yesterday.rooms[0].beds[0].occupant.stay_id == stay.id
    # moved again the same day: the bed she never slept in leaves no trace
    again = shelter.move(place.db, place.admin, stay.id, place.beds["2C"], TODAY, TODAY)
    assert [b.bed_id for b in again.beds] == [place.beds["1A"], place.beds["2C"]]
    with pytest.raises(InvalidInput) as refused:
        shelter.move(place.db, place.admin, other.id, place.beds["2B"], date(2026, 2, 28), TODAY)
    assert refused.value.field == "on_date"
    _check_books(opened)


def test_discharge_her_and_free_the_bed(opened, place, make_client):
    client = make_client()
    stay = _admit(place, client, "2A", on=date(2026, 2, 20), children=[ChildInfo(5, "male")])
    for day, outcome, field in [
        (date(2026, 2, 19), "relatives", "departed_on"),
        (TODAY + timedelta(1), "relatives", "departed_on"),
        (TODAY, "moon", "outcome"),
    ]:
        with pytest.raises(InvalidInput) as refused:
            shelter.discharge(place.db, place.admin, stay.id, day, outcome, TODAY)
        assert refused.value.field == field
    left = shelter.discharge(place.db, place.admin, stay.id, TODAY, "own_housing", TODAY)
    assert (left.departed_on, left.departure_outcome, left.nights) == (TODAY, "own_housing", 18)
    assert left.beds[-1].to_date == TODAY
    with pytest.raises(InvalidInput) as refused:
        shelter.discharge(place.db, place.admin, stay.id, TODAY, "own_housing", TODAY)
    assert refused.value.field == "stay"
    assert layout.occupancy(place.db, place.admin, TODAY).women == 0
    assert layout.occupancy(place.db, place.admin, TODAY - timedelta(1)).children == 1
    assert _admit(place, make_client(), "2A").bed.bed_id == place.beds["2A"]
    assert [s.id for s in shelter.client_stays(place.db, place.admin, client)] == [stay.id]
    _check_books(opened)


def test_a_same_day_departure_counts_no_night(place, make_client):
    stay = _admit(place, make_client(), "1A")
    left = shelter.discharge(place.db, place.admin, stay.id, TODAY, "other_shelter", TODAY)
    assert left.nights == 0
    assert layout.bed_nights(place.db, place.admin, TODAY, TODAY + timedelta(1), TODAY) == 0
    assert layout.occupancy(place.db, place.admin, TODAY).women == 0
    _admit(place, make_client(), "1A")  # the bed is free that same night


def test_set_and_clear_the_planned_departure(place, make_client):
    stay = _admit(place, make_client(), "1A")
    planned = shelter.set_planned_departure(place.db, place.admin, stay.id, date(2026, 4, 1))
    assert planned.planned_departure_on == date(2026, 4, 1)
    with pytest.raises(InvalidInput) as refused:
        shelter.set_planned_departure(place.db, place.admin, stay.id, date(2026, 9, 1))
    assert refused.value.field == "planned_departure_on"
    cleared = shelter.set_planned_departure(place.db, place.admin, stay.id, None)
    assert cleared.planned_departure_on is None


def test_stays_near_or_past_their_limit_are_listed(place, make_client):
    near = _admit(place, make_client(), "1A", on=TODAY - timedelta(days=80))
    over = _admit(place, make_client(), "2A", on=TODAY - timedelta(days=95))
    _admit(place, make_client(), "2B", on=TODAY - timedelta(days=10))
    listed = shelter.stays_near_or_over_limit(place.db, place.admin, TODAY)
    assert [(w.stay_id, w.days_left, w.over_limit) for w in listed] == [
        (over.id, -5, True),
        (near.id, 10, False),
    ]
    assert listed[1].extendable_until == near.admitted_on + timedelta(days=180)
    board = layout.board(place.db, place.admin, TODAY)
    flags = {
        b.occupant.stay_id: (b.occupant.near_limit, b.occupant.over_limit)
        for r in board.rooms
        for b in r.beds
        if b.occupant
    }
    assert flags[near.id] == (True, False) and flags[over.id] == (False, True)


# --- counts -------------------------------------------------------------------------------


def test_bed_nights_across_a_month_boundary(place, make_client):
    january = _admit(place, make_client(), "1A", on=date(2026, 1, 28))
    shelter.move(place.db, place.admin, january.id, place.beds["2A"], date(2026, 1, 31), TODAY)
    shelter.discharge(place.db, place.admin, january.id, date(2026, 2, 3), "relatives", TODAY)
    still_here = _admit(place, make_client(), "1B", on=date(2026, 2, 27))
    nights = lambda a, b: layout.bed_nights(place.db, place.admin, a, b, today=TODAY)  # noqa: E731
    assert nights(date(2026, 1, 1), date(2026, 2, 1)) == 4  # 28, 29, 30, 31 January
    assert nights(date(2026, 2, 1), date(2026, 3, 1)) == 2 + 2  # 1, 2 and 27, 28 February
    assert nights(date(2026, 1, 30), date(2026, 2, 2)) == 3
    assert nights(date(2026, 3, 1), date(2026, 4, 1)) == 10  # she is here until tonight
    assert nights(date(2026, 1, 1), date(2026, 4, 1)) == 4 + 4 + 10
    assert nights(date(2026, 2, 5), date(2026, 2, 5)) == 0
    with pytest.raises(InvalidInput) as refused:
        nights(date(2026, 2, 5), date(2026, 2, 4))
    assert refused.value.field == "end"
    assert still_here.is_open


def test_occupancy_on_a_date(place, make_client):
    _admit(place, make_client(), "1A", on=date(2026, 3, 1), children=TWO_CHILDREN)
    gone = _admit(place, make_client(), "2A", on=date(2026, 3, 2), children=[ChildInfo(0, "male")])
    shelter.discharge(place.db, place.admin, gone.id, date(2026, 3, 5), "relatives", TODAY)
    _admit(place, make_client(), "2B", on=TODAY + timedelta(days=3))
    on = lambda day: layout.occupancy(place.db, place.admin, day)  # noqa: E731
    assert on(date(2026, 3, 4)) == layout.Occupancy(date(2026, 3, 4), 5, 2, 2, 3, 8)
    assert on(date(2026, 3, 5)) == layout.Occupancy(date(2026, 3, 5), 5, 1, 1, 2, 8)
    assert on(TODAY + timedelta(days=3)).women == 2  # as booked
    march = layout.monthly_occupancy(place.db, place.admin, 2026, 3)
    assert len(march) == 31 and march[0] == (date(2026, 3, 1), 1)
    assert [n for _, n in march[:6]] == [1, 2, 2, 2, 1, 1]
    assert march[12] == (date(2026, 3, 13), 2)


def test_a_woman_on_the_waiting_list_is_resolved_when_admitted(place, make_client):
    first, second = make_client(), make_client()
    entry = shelter.add_to_waiting_list(place.db, place.admin, first, date(2026, 3, 1), 2, TODAY)
    later = shelter.add_to_waiting_list(place.db, place.admin, second, date(2026, 3, 2), 0, TODAY)
    with pytest.raises(InvalidInput) as refused:
        shelter.add_to_waiting_list(place.db, place.admin, first, TODAY, 2, TODAY)
    assert refused.value.field == "client"
    assert [e.id for e in shelter.waiting_list(place.db, place.admin)] == [entry.id, later.id]
    _admit(place, first, "2A", children=TWO_CHILDREN)
    shelter.withdraw_from_waiting_list(place.db, place.admin, later.id, TODAY, TODAY)
    assert shelter.waiting_list(place.db, place.admin) == []
    every = shelter.waiting_list(place.db, place.admin, include_resolved=True)
    assert [(e.status, e.resolved_on) for e in every] == [("admitted", TODAY), ("withdrawn", TODAY)]
    with pytest.raises(InvalidInput) as refused:
        shelter.withdraw_from_waiting_list(place.db, place.admin, later.id, TODAY, TODAY)
    assert refused.value.field == "entry"
    demand = shelter.unmet_demand(place.db, place.admin, date(2026, 3, 1), date(2026, 3, 5))
    assert demand.waiting_at_end == 2


def test_record_women_the_shelter_had_to_turn_away(place, make_client):
    client = make_client()
    anonymous = shelter.record_turn_away(
        place.db, place.admin, TODAY, "no_free_bed", 3, "police", today=TODAY
    )
    known = shelter.record_turn_away(
        place.db, place.admin, TODAY, "outside_rules", 0, "self", client, TODAY
    )
    assert anonymous.client_code is None and known.client_code is not None
    with pytest.raises(InvalidInput) as refused:
        shelter.record_turn_away(
            place.db, place.admin, TODAY, "no_free_bed", 13, "police", None, TODAY
        )
    assert refused.value.field == "children"
    listed = shelter.list_turn_aways(place.db, place.admin, date(2026, 3, 1), date(2026, 4, 1))
    assert [t.id for t in listed] == [anonymous.id, known.id]
    demand = shelter.unmet_demand(place.db, place.admin, date(2026, 3, 1), date(2026, 4, 1))
    assert demand.turn_aways == {"no_free_bed": 1, "outside_rules": 1, "other": 0}
    assert demand.children_turned_away == 3


# --- layout -------------------------------------------------------------------------------


def test_the_administrator_sets_up_rooms_and_beds(place):
    db, admin = place.db, place.admin
    for call, field in [
        (lambda: layout.add_room(db, admin, " кімната 1 ", 2), "name"),
        (lambda: layout.add_room(db, admin, "", 2), "name"),
        (lambda: layout.add_room(db, admin, "Кімната 3", 0), "max_people"),
        (lambda: layout.rename_room(db, admin, place.rooms["2"], "КІМНАТА 1"), "name"),
        (lambda: layout.add_bed(db, admin, place.rooms["2"], "b"), "label"),
        (lambda: layout.add_bed(db, admin, 777, "Z"), "room"),
    ]:
        with pytest.raises(InvalidInput) as refused:
            call()
        assert refused.value.field == field
    room = layout.rename_room(db, admin, place.rooms["1"], "Кімната біля кухні")
    assert room.name == "Кімната біля кухні" and [b.label for b in room.beds] == ["A", "B"]
    layout.add_bed(db, admin, place.rooms["1"], "C")
    with pytest.raises(InvalidInput) as refused:  # 3 beds for 3 people already
        layout.add_bed(db, admin, place.rooms["1"], "D")
    assert refused.value.field == "room"
    new = layout.add_room(db, admin, "Кімната для мам з немовлятами", 4)
    assert [r.name for r in layout.list_layout(db, admin)] == [
        "Кімната біля кухні",
        "Кімната 2",
        new.name,
    ]


def test_an_occupied_bed_cannot_be_taken_out_of_use(place, make_client):
    db, admin = place.db, place.admin
    _admit(place, make_client(), "1A", children=[ChildInfo(2, "female")])
    with pytest.raises(InvalidInput) as refused:
        layout.deactivate_bed(db, admin, place.beds["1A"], today=TODAY)
    assert refused.value.field == "bed"
    assert not layout.deactivate_bed(db, admin, place.beds["1B"], today=TODAY).active
    assert layout.reactivate_bed(db, admin, place.beds["1B"]).active


def test_a_rooms_capacity_stays_above_its_beds_and_the_people_in_it(place, make_client):
    db, admin = place.db, place.admin
    with pytest.raises(InvalidInput) as refused:  # 3 beds in use
        layout.set_room_capacity(db, admin, place.rooms["2"], 2, TODAY)
    assert refused.value.field == "max_people"
    _admit(place, make_client(), "2A", children=TWO_CHILDREN)
    _admit(place, make_client(), "2B")
    with pytest.raises(InvalidInput) as refused:  # four people there tonight
        layout.set_room_capacity(db, admin, place.rooms["2"], 3, TODAY)
    assert refused.value.field == "max_people"
    assert layout.set_room_capacity(db, admin, place.rooms["2"], 4, TODAY).max_people == 4
    layout.deactivate_bed(db, admin, place.beds["1B"], today=TODAY)
    layout.set_room_capacity(db, admin, place.rooms["1"], 1, TODAY)
    with pytest.raises(InvalidInput) as refused:  # one place, one bed in use
        layout.reactivate_bed(db, admin, place.beds["1B"])
    assert refused.value.field == "room"


def test_a_bed_booked_for_later_cannot_be_taken_out_of_use(place, make_client):
    _admit(place, make_client(), "2C", on=TODAY + timedelta(days=20))
    with pytest.raises(InvalidInput) as refused:
        layout.deactivate_bed(place.db, place.admin, place.beds["2C"], today=TODAY)
    assert refused.value.field == "bed"


# --- who may do what ----------------------------------------------------------------------


def _calls(p, c):
    """Every shelter service, in an order in which each succeeds for a role allowed it."""
    b, r = p.beds, p.rooms
    counts = {Permission.READ_COUNTS, Permission.READ_STAYS_ENROLMENTS}
    w, rd = Permission.WRITE_STAYS_ENROLMENTS, Permission.READ_STAYS_ENROLMENTS
    ms = Permission.MANAGE_SETTINGS
    return [
        ({rd}, lambda db, u: layout.list_layout(db, u)),
        ({ms}, lambda db, u: layout.add_room(db, u, "Нова кімната", 2)),
        ({ms}, lambda db, u: layout.rename_room(db, u, r["1"], "Перша")),
        ({ms}, lambda db, u: layout.set_room_capacity(db, u, r["2"], 5, TODAY)),
        ({ms}, lambda db, u: layout.add_bed(db, u, r["2"], "D")),
        ({ms}, lambda db, u: layout.deactivate_bed(db, u, b["2C"], TODAY)),
        ({ms}, lambda db, u: layout.reactivate_bed(db, u, b["2C"])),
        (
            {w},
            lambda db, u: shelter.admit(db, u, c["new"], b["2B"], TODAY, "self", [], today=TODAY),
        ),
        (
            {w},
            lambda db, u: shelter.extend_stay(
                db, u, c["stay"], TODAY + timedelta(99), "health", TODAY, TODAY
            ),
        ),
        ({w}, lambda db, u: shelter.set_planned_departure(db, u, c["stay"], TODAY + timedelta(5))),
        ({w}, lambda db, u: shelter.move(db, u, c["stay"], b["2A"], TODAY, TODAY)),
        ({w}, lambda db, u: shelter.discharge(db, u, c["stay"], TODAY, "relatives", TODAY)),
        ({w}, lambda db, u: shelter.cancel_admission(db, u, c["booked"], TODAY)),
        ({w}, lambda db, u: shelter.add_to_waiting_list(db, u, c["waits"], TODAY, 1, TODAY)),
        ({w}, lambda db, u: shelter.withdraw_from_waiting_list(db, u, c["entry"], TODAY, TODAY)),
        (
            {w},
            lambda db, u: shelter.record_turn_away(
                db, u, TODAY, "no_free_bed", 1, "police", today=TODAY
            ),
        ),
        ({rd}, lambda db, u: shelter.get_stay(db, u, c["stay"])),
        ({rd}, lambda db, u: shelter.client_stays(db, u, c["stayer"])),
        ({rd}, lambda db, u: shelter.stays_near_or_over_limit(db, u, TODAY)),
        ({rd}, lambda db, u: shelter.waiting_list(db, u, True)),
        ({rd}, lambda db, u: shelter.list_turn_aways(db, u, TODAY, TODAY + timedelta(1))),
        ({rd}, lambda db, u: layout.board(db, u, TODAY)),
        (counts, lambda db, u: layout.occupancy(db, u, TODAY)),
        (counts, lambda db, u: layout.bed_nights(db, u, date(2026, 3, 1), TODAY, TODAY)),
        (counts, lambda db, u: layout.monthly_occupancy(db, u, 2026, 3)),
        (counts, lambda db, u: shelter.unmet_demand(db, u, date(2026, 3, 1), TODAY)),
    ]


@pytest.mark.parametrize("role", list(Role))
def test_each_role_may_use_only_what_its_work_needs(opened, staff, place, make_client, role):
    ids = {"stayer": make_client(), "new": make_client(), "waits": make_client()}
    ids["stay"] = _admit(place, ids["stayer"], "1A", on=date(2026, 3, 1)).id
    ids["booked"] = _admit(place, make_client(), "1B", on=TODAY + timedelta(days=5)).id
    waiting = shelter.add_to_waiting_list(place.db, place.admin, make_client(), TODAY, 0, TODAY)
    ids["entry"] = waiting.id
    user = staff[role]
    for permissions, call in _calls(place, ids):
        if any(p in POLICY[role] for p in permissions):
            call(opened.db, user)
        else:
            before = _dump(opened)
            with pytest.raises(PermissionDenied):
                call(opened.db, user)
            assert _dump(opened) == before
    _check_books(opened)


# --- property tests -----------------------------------------------------------------------

FUZZ = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
BEDS = ["1A", "1B", "2A", "2B", "2C"]
admit_step = st.tuples(
    st.just("admit"),
    st.integers(0, 5),
    st.sampled_from(BEDS),
    st.integers(-40, 35),
    st.integers(0, 2),
)
# days after her current bed's first night, so that most steps are possible ones
step = st.one_of(
    admit_step,
    admit_step,
    admit_step,
    st.tuples(st.just("discharge"), st.integers(0, 9), st.integers(0, 60)),
    st.tuples(st.just("move"), st.integers(0, 9), st.sampled_from(BEDS), st.integers(0, 40)),
    st.tuples(st.just("move"), st.integers(0, 9), st.sampled_from(BEDS), st.integers(0, 40)),
    st.tuples(st.just("cancel"), st.integers(0, 9)),
    st.tuples(st.just("extend"), st.integers(0, 9), st.integers(1, 120)),
)


def _clear_stays(opened) -> None:
    """Test set-up: start each example with an empty shelter (same layout)."""
    with opened.db.unit_of_work(opened.admin, Permission.WRITE_STAYS_ENROLMENTS, True) as uow:
        for table in (StayChild, StayExtension, BedAssignment, WaitingListEntry, TurnAway, Stay):
            uow.session.execute(delete(table))
        uow.commit()


@FUZZ
@given(steps=st.lists(step, min_size=6, max_size=20))
def test_no_sequence_of_admissions_moves_and_departures_double_books_a_bed(
    opened, place, make_client, steps
):
    if not hasattr(place, "clients"):
        place.clients = [make_client() for _ in range(6)]
    _clear_stays(opened)
    stays: list[int] = []
    db, admin = place.db, place.admin
    for op, *args in steps:
        if op == "admit":
            who, bed, offset, kids = args
            with contextlib.suppress(InvalidInput):
                stay = shelter.admit(
                    db,
                    admin,
                    place.clients[who],
                    place.beds[bed],
                    TODAY + timedelta(days=offset),
                    "self",
                    [ChildInfo(4, "female")] * kids,
                    today=TODAY,
                )
                stays.append(stay.id)
            continue
        if not stays:
            continue
        stay = shelter.get_stay(db, admin, stays[args[0] % len(stays)])
        since = stay.bed.from_date
        with contextlib.suppress(InvalidInput):
            if op == "discharge":
                day = min(since + timedelta(days=args[1]), TODAY)
                shelter.discharge(db, admin, stay.id, day, "unknown", TODAY)
            elif op == "move":
                day = since + timedelta(days=args[2])
                shelter.move(db, admin, stay.id, place.beds[args[1]], day, TODAY)
            elif op == "cancel":
                shelter.cancel_admission(db, admin, stay.id, TODAY)
                stays.remove(stay.id)
            else:
                until = stay.allowed_until + timedelta(days=args[1])
                shelter.extend_stay(db, admin, stay.id, until, "health", TODAY, TODAY)
    _check_books(opened)
    # the counts agree with the rows, night by night
    march = layout.monthly_occupancy(db, admin, 2026, 3)
    total = layout.bed_nights(db, admin, date(2026, 3, 1), date(2026, 4, 1), date(2026, 3, 31))
    assert sum(n for _, n in march) == total
    for day, n in march[::6]:
        assert layout.occupancy(db, admin, day).beds_occupied == n


junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 2**64),
    st.text(max_size=12),
    st.dates(),
    st.lists(st.integers(0, 20), max_size=3),
)
child = st.builds(
    ChildInfo,
    st.one_of(st.integers(-2, 20), junk),
    st.one_of(st.sampled_from(["female", "male"]), junk),
)


def _or_junk(valid):
    """Mostly sensible values, so that calls also get past the first check."""
    return st.one_of(valid, valid, valid, junk)


@FUZZ
@given(data=st.data())
def test_random_input_to_every_service_is_refused_cleanly(opened, place, make_client, data):
    if not hasattr(place, "clients"):
        place.clients = [make_client() for _ in range(3)]
    db, admin = place.db, place.admin
    ids = _or_junk(st.sampled_from([*place.beds.values(), *place.rooms.values(), 1, 2, 3]))
    days = _or_junk(st.dates(date(2025, 12, 1), date(2026, 4, 30)))
    who = _or_junk(st.sampled_from(place.clients))
    text = _or_junk(st.text(max_size=70))
    small = _or_junk(st.integers(0, 45))
    services = {
        "add_room": lambda: layout.add_room(db, admin, data.draw(text), data.draw(small)),
        "rename_room": lambda: layout.rename_room(db, admin, data.draw(ids), data.draw(text)),
        "set_room_capacity": lambda: layout.set_room_capacity(
            db, admin, data.draw(ids), data.draw(small), TODAY
        ),
        "add_bed": lambda: layout.add_bed(db, admin, data.draw(ids), data.draw(text)),
        "deactivate_bed": lambda: layout.deactivate_bed(db, admin, data.draw(ids), TODAY),
        "reactivate_bed": lambda: layout.reactivate_bed(db, admin, data.draw(ids)),
        "admit": lambda: shelter.admit(
            db,
            admin,
            data.draw(who),
            data.draw(ids),
            data.draw(days),
            data.draw(_or_junk(st.sampled_from(["police", "self", "mobile_brigade"]))),
            data.draw(_or_junk(st.lists(child, max_size=4))),
            data.draw(days),
            today=TODAY,
        ),
        "extend_stay": lambda: shelter.extend_stay(
            db,
            admin,
            data.draw(ids),
            data.draw(days),
            data.draw(_or_junk(st.just("health"))),
            data.draw(days),
            TODAY,
        ),
        "set_planned_departure": lambda: shelter.set_planned_departure(
            db, admin, data.draw(ids), data.draw(days)
        ),
        "move": lambda: shelter.move(
            db, admin, data.draw(ids), data.draw(ids), data.draw(days), TODAY
        ),
        "discharge": lambda: shelter.discharge(
            db,
            admin,
            data.draw(ids),
            data.draw(days),
            data.draw(_or_junk(st.just("returned"))),
            TODAY,
        ),
        "cancel_admission": lambda: shelter.cancel_admission(db, admin, data.draw(ids), TODAY),
        "add_to_waiting_list": lambda: shelter.add_to_waiting_list(
            db, admin, data.draw(who), data.draw(days), data.draw(small), TODAY
        ),
        "withdraw_from_waiting_list": lambda: shelter.withdraw_from_waiting_list(
            db, admin, data.draw(ids), data.draw(days), TODAY
        ),
        "record_turn_away": lambda: shelter.record_turn_away(
            db,
            admin,
            data.draw(days),
            data.draw(_or_junk(st.just("no_free_bed"))),
            data.draw(small),
            data.draw(_or_junk(st.just("police"))),
            data.draw(st.one_of(st.none(), who)),
            TODAY,
        ),
        "board": lambda: layout.board(db, admin, data.draw(days)),
        "occupancy": lambda: layout.occupancy(db, admin, data.draw(days)),
        "bed_nights": lambda: layout.bed_nights(db, admin, data.draw(days), data.draw(days), TODAY),
        "monthly_occupancy": lambda: layout.monthly_occupancy(
            db, admin, data.draw(_or_junk(st.integers(1890, 2300))), data.draw(small)
        ),
        "unmet_demand": lambda: shelter.unmet_demand(db, admin, data.draw(days), data.draw(days)),
        "get_stay": lambda: shelter.get_stay(db, admin, data.draw(ids)),
        "client_stays": lambda: shelter.client_stays(db, admin, data.draw(who)),
    }
    for name in data.draw(st.lists(st.sampled_from(sorted(services)), min_size=3, max_size=10)):
        with contextlib.suppress(InvalidInput):
            services[name]()
    _check_books(opened, capacity_from=TODAY)
    with opened.db.unit_of_work(opened.admin, Permission.READ_STAYS_ENROLMENTS) as uow:
        for room in uow.session.execute(select(Room)).scalars():
            assert room.name.strip() and 1 <= room.max_people <= layout.MAX_ROOM_PEOPLE
        for bed in uow.session.execute(select(Bed)).scalars():
            assert bed.label.strip() and len(bed.label) <= layout.BED_LABEL_LENGTH
        for child_row in uow.session.execute(select(StayChild)).scalars():
            assert 0 <= child_row.age_years <= 17 and child_row.sex in {
                "female",
                "male",
                "not_stated",
            }
