"""Children as clients: records linked to a guardian, a teenager who is a client herself,
a child admitted with her mother and seen by the psychologist, per-role access."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from shelter_app import children, shelter
from shelter_app import shelter_layout as layout
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Permission, Role
from shelter_app.reports import indicators
from shelter_app.storage.people_schema import Child

ALL_ROLES = list(Role)
TODAY = date(2026, 3, 10)


def _child(opened, mother, **kw):
    args = {"first_name": "Софія", "birth_date": date(2019, 6, 1), "sex": "female"}
    args.update(kw)
    return children.add_child(opened.db, opened.admin, mother, **args, today=TODAY)


def test_a_child_is_recorded_with_her_mother(opened, staff, make_client):
    mother = make_client()
    sofia = _child(opened, mother, school="Дитячий садок № 12")
    taras = _child(opened, mother, first_name="Тарас", birth_date=date(2015, 2, 3), sex="male")
    listed = children.family_children(opened.db, staff[Role.CASE_WORKER], mother)
    assert [c.first_name for c in listed] == ["Тарас", "Софія"]
    assert sofia.age_on(TODAY) == 6 and not sofia.birth_date_approximate
    assert sofia.school == "Дитячий садок № 12" and taras.guardian_client_id == mother


def test_a_teenager_can_be_a_client_herself_with_a_guardian_link(opened, make_client):
    mother, daughter = make_client(), make_client("Шевченко", "Дарина")
    teen = _child(opened, mother, birth_date=date(2010, 1, 5), own_client_id=daughter)
    assert teen.own_client_id == daughter and teen.guardian_client_id == mother
    with pytest.raises(InvalidInput) as info:  # a ten-year-old is not a client herself
        _child(opened, mother, birth_date=date(2016, 1, 5), own_client_id=daughter)
    assert info.value.field == "own_client"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"first_name": "  "}, "first_name"),
        ({"birth_date": date(2027, 1, 1)}, "birth_date"),
        ({"birth_date": date(2000, 1, 1)}, "birth_date"),  # an adult
        ({"sex": "x"}, "sex"),
        ({"school": "ш" * 201}, "school"),
    ],
)
def test_bad_child_input_is_refused_and_changes_nothing(opened, make_client, changes, field):
    mother = make_client()
    with pytest.raises(InvalidInput) as info:
        _child(opened, mother, **changes)
    assert info.value.field == field
    assert children.family_children(opened.db, opened.admin, mother) == []


def test_a_child_admitted_with_her_mother_seen_by_the_psychologist_counts(
    opened, staff, make_client
):
    worker, psy = staff[Role.CASE_WORKER], staff[Role.PSYCHOLOGIST]
    mother = make_client()
    room = layout.add_room(opened.db, opened.admin, "Кімната 1", 3)
    bed = layout.add_bed(opened.db, opened.admin, room.id, "A")
    sofia = _child(opened, mother)
    stay = shelter.admit(
        opened.db,
        worker,
        mother,
        bed.id,
        TODAY,
        "police",
        [shelter.ChildInfo(sofia.age_on(TODAY), "female", sofia.id), shelter.ChildInfo(2, "male")],
        today=TODAY,
    )
    assert stay.children[0].child_id == sofia.id
    # the boy given only by age got a record too, its birth date approximate
    (boy,) = [c for c in children.family_children(opened.db, worker, mother) if c.id != sofia.id]
    assert boy.first_name is None and boy.birth_date_approximate and boy.age_on(TODAY) == 2

    session = children.log_child_session(opened.db, psy, sofia.id, TODAY, 45, today=TODAY)
    assert children.child_sessions(opened.db, worker, sofia.id) == [session]
    assert session.psychologist == "Staff psychologist"

    with opened.db.unit_of_work(opened.admin, Permission.READ_COUNTS) as uow:
        figures = indicators.count_shelter(uow.session, TODAY, TODAY, TODAY)
        served = children.count_children_served(uow.session, TODAY, TODAY)
    assert figures.children_housed == 2
    assert served == 2


def test_a_child_of_another_client_is_refused_on_a_stay(opened, staff, make_client):
    mother, other = make_client(), make_client("Бондар", "Ірина")
    room = layout.add_room(opened.db, opened.admin, "Кімната 1", 3)
    bed = layout.add_bed(opened.db, opened.admin, room.id, "A")
    foreign = _child(opened, other)
    with pytest.raises(InvalidInput) as info:
        shelter.admit(
            opened.db,
            staff[Role.CASE_WORKER],
            mother,
            bed.id,
            TODAY,
            "police",
            [shelter.ChildInfo(6, "female", foreign.id)],
            today=TODAY,
        )
    assert info.value.field == "children"
    assert shelter.client_stays(opened.db, staff[Role.CASE_WORKER], mother) == []
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        assert len(uow.session.scalars(select(Child)).all()) == 1  # nothing half-written


_ALLOWED = {
    "add": {Role.ADMIN, Role.CASE_WORKER},
    "edit": {Role.ADMIN, Role.CASE_WORKER},
    # the head reads identities (a child's too) and who/when of psychological sessions
    "family": {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.PSYCHOLOGIST, Role.LAWYER},
    "get": {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.PSYCHOLOGIST, Role.LAWYER},
    "log session": {Role.PSYCHOLOGIST},
    "sessions": {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.PSYCHOLOGIST},
}


@pytest.mark.parametrize("role", ALL_ROLES)
def test_each_role_may_use_only_its_child_services(opened, staff, make_client, role):
    db, user = opened.db, staff[role]
    mother = make_client()
    child = _child(opened, mother)
    calls = {
        "add": lambda: children.add_child(
            db, user, mother, "Іван", date(2020, 1, 1), "male", today=TODAY
        ),
        "edit": lambda: children.edit_child(
            db, user, child.id, "Софійка", date(2019, 6, 1), "female", today=TODAY
        ),
        "family": lambda: children.family_children(db, user, mother),
        "get": lambda: children.get_child(db, user, child.id),
        "log session": lambda: children.log_child_session(db, user, child.id, TODAY, 30),
        "sessions": lambda: children.child_sessions(db, user, child.id),
    }
    assert calls.keys() == _ALLOWED.keys()
    for name, call in calls.items():
        if role in _ALLOWED[name]:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()


def test_retention_forgets_her_childrens_names_too(opened, make_client):
    from shelter_app import retention

    mother = make_client(first_contact_on=date(2012, 3, 1))
    _child(opened, mother, school="Школа № 5")
    with opened.db.unit_of_work(opened.admin, Permission.WRITE_CLIENTS, write=True) as uow:
        from shelter_app.storage.casework_schema import Client

        uow.session.get(Client, mother).last_activity_on = date(2012, 3, 1)
        uow.commit()
    result = retention.purge(opened.db, opened.admin, [mother], years=5, today=TODAY)
    assert result.clients == 1
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        (child,) = uow.session.scalars(select(Child)).all()
    assert child.first_name is None and child.school is None
    assert child.birth_date_approximate and child.birth_date.year == 2019
