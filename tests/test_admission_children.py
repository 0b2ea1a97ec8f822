"""Admission with named children (issue 14 × shelter): her recorded children are admitted
as themselves, unrecorded ones get a record with the stay and only with it, and a
cancelled admission takes back the unnamed records it made."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from shelter_app import children, shelter
from shelter_app import shelter_layout as layout
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Permission, Role, allowed
from shelter_app.shelter import ChildInfo
from shelter_app.storage.people_schema import Child

TODAY = date(2026, 3, 10)


def _bed(opened, people=4):
    room = layout.add_room(opened.db, opened.admin, "Кімната 1", people)
    return layout.add_bed(opened.db, opened.admin, room.id, "A").id


def _child(opened, mother, name="Софія", born=date(2019, 6, 1), sex="female"):
    return children.add_child(opened.db, opened.admin, mother, name, born, sex, today=TODAY)


def _all_children(opened):
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        return sorted(uow.session.scalars(select(Child.id)).all())


def test_a_recorded_child_is_admitted_as_herself_with_her_records_age_and_sex(
    opened, staff, make_client
):
    mother, bed = make_client(), _bed(opened)
    sofia = _child(opened, mother)
    # the age and sex sent are wrong on purpose: the record decides
    stay = shelter.admit(
        opened.db,
        staff[Role.CASE_WORKER],
        mother,
        bed,
        TODAY,
        "police",
        [ChildInfo(12, "male", sofia.id), ChildInfo(3, "male")],
        today=TODAY,
    )
    first, second = stay.children
    assert (first.child_id, first.age_years, first.sex) == (sofia.id, 6, "female")
    assert second.child_id not in (None, sofia.id) and second.age_years == 3
    assert len(children.family_children(opened.db, opened.admin, mother)) == 2


@pytest.mark.parametrize(
    "kids",
    [
        "twice",  # the same record twice
        "adult",  # 18 on the admission day
    ],
)
def test_a_bad_named_child_refuses_the_admission_and_writes_nothing(
    opened, staff, make_client, kids
):
    mother, bed = make_client(), _bed(opened)
    sofia = _child(opened, mother)
    teen = _child(opened, mother, "Ірина", date(2008, 3, 11))  # 17 today, 18 on 11 March
    given = {
        "twice": [ChildInfo(6, "female", sofia.id), ChildInfo(6, "female", sofia.id)],
        "adult": [ChildInfo(17, "female", teen.id), ChildInfo(4, "male")],
    }[kids]
    before = _all_children(opened)
    day = TODAY if kids == "twice" else date(2026, 3, 12)
    with pytest.raises(InvalidInput) as info:
        shelter.admit(
            opened.db, staff[Role.CASE_WORKER], mother, bed, day, "police", given, today=TODAY
        )
    assert info.value.field == "children"
    assert shelter.client_stays(opened.db, opened.admin, mother) == []
    assert _all_children(opened) == before  # no unnamed record left behind


def test_a_refused_admission_leaves_no_unnamed_child_record(opened, staff, make_client):
    mother, bed = make_client(), _bed(opened, people=2)
    with pytest.raises(InvalidInput) as info:  # she and two children do not fit in 2 places
        shelter.admit(
            opened.db,
            staff[Role.CASE_WORKER],
            mother,
            bed,
            TODAY,
            "police",
            [ChildInfo(3, "male"), ChildInfo(5, "female")],
            today=TODAY,
        )
    assert info.value.field == "bed"
    assert _all_children(opened) == []


def test_cancelling_an_admission_takes_back_only_the_unnamed_records_it_made(
    opened, staff, make_client
):
    worker = staff[Role.CASE_WORKER]
    mother, bed = make_client(), _bed(opened)
    sofia = _child(opened, mother)
    stay = shelter.admit(
        opened.db,
        worker,
        mother,
        bed,
        TODAY,
        "police",
        [ChildInfo(6, "female", sofia.id), ChildInfo(3, "male"), ChildInfo(1, "female")],
        today=TODAY,
    )
    assert len(_all_children(opened)) == 3
    shelter.cancel_admission(opened.db, worker, stay.id, today=TODAY)
    assert _all_children(opened) == [sofia.id]  # her named daughter stays on record


def test_an_unnamed_record_with_a_history_survives_a_cancelled_admission(
    opened, staff, make_client
):
    worker, psy = staff[Role.CASE_WORKER], staff[Role.PSYCHOLOGIST]
    mother, bed = make_client(), _bed(opened)
    stay = shelter.admit(
        opened.db, worker, mother, bed, TODAY, "police", [ChildInfo(3, "male")], today=TODAY
    )
    (boy,) = children.family_children(opened.db, worker, mother)
    children.log_child_session(opened.db, psy, boy.id, TODAY, 30, today=TODAY)
    shelter.cancel_admission(opened.db, worker, stay.id, today=TODAY)
    assert _all_children(opened) == [boy.id]


@pytest.mark.parametrize("role", list(Role))
def test_each_role_admits_with_named_children_only_if_it_writes_stays(
    opened, staff, make_client, role
):
    mother, bed = make_client(), _bed(opened)
    sofia = _child(opened, mother)
    user = staff[role]
    may = allowed(role, Permission.WRITE_STAYS_ENROLMENTS)
    assert may == (role in {Role.ADMIN, Role.CASE_WORKER})
    kids = [ChildInfo(6, "female", sofia.id), ChildInfo(2, "male")]
    if not may:
        with pytest.raises(PermissionDenied):
            shelter.admit(opened.db, user, mother, bed, TODAY, "police", kids, today=TODAY)
        assert _all_children(opened) == [sofia.id]
        return
    stay = shelter.admit(opened.db, user, mother, bed, TODAY, "police", kids, today=TODAY)
    assert stay.children[0].child_id == sofia.id
    shelter.cancel_admission(opened.db, user, stay.id, today=TODAY)
    assert _all_children(opened) == [sofia.id]
