"""Incidents name her children (issues 14 × 15): which of her family's child records
witnessed or were harmed, the flags and count derived from them, the children's-service
notice naming them — child names only for roles that read identities."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from shelter_app import children, incidents, notifications
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.incidents import ChildLink
from shelter_app.permissions import Permission, Role
from shelter_app.storage.violence_schema import Incident, IncidentChild
from shelter_app.violence_overview import client_violence
from tests.test_violence import NOW, READERS, TODAY, WRITERS, _consent, _incident


@pytest.fixture
def family(opened, make_client):
    mother = make_client()
    _consent(opened, mother)
    add = children.add_child
    sofia = add(opened.db, opened.admin, mother, "Софія", date(2019, 6, 1), "female", today=TODAY)
    taras = add(opened.db, opened.admin, mother, "Тарас", date(2015, 2, 3), "male", today=TODAY)
    return mother, sofia, taras


def _count(opened, model):
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_named_children_decide_the_flags_and_the_count(opened, staff, family):
    mother, sofia, taras = family
    worker = staff[Role.CASE_WORKER]
    links = (ChildLink(taras.id, True, False), ChildLink(sofia.id, True, True))
    # the form's own flags and count disagree on purpose: the links win
    record = incidents.record_incident(
        opened.db,
        worker,
        mother,
        _incident(children_witnessed=False, children_affected=5, children=links),
        now=NOW,
    )
    assert set(record.children) == set(links)  # in child-id order
    assert record.children_witnessed and record.children_harmed
    assert record.children_affected == 2
    assert incidents.list_incidents(opened.db, worker, mother) == [record]
    assert client_violence(opened.db, worker, mother, TODAY).incidents == (record,)


def test_the_childrens_service_notice_names_which_children(opened, staff, family):
    mother, sofia, _taras = family
    worker = staff[Role.CASE_WORKER]
    incidents.record_incident(
        opened.db,
        worker,
        mother,
        _incident(children=(ChildLink(sofia.id, False, True),)),
        now=NOW,
    )
    notes = notifications.notifications_of_client(opened.db, worker, mother)
    (service,) = [n for n in notes if n.recipient == "children_service"]
    (named,) = service.children
    assert (named.child_id, named.first_name, named.age) == (sofia.id, "Софія", 6)
    assert named.harmed and not named.witnessed
    assert all(n.children == () for n in notes if n is not service)  # police: no names
    done = notifications.mark_done(opened.db, worker, service.id, NOW, "phone", now=NOW)
    assert done.children == service.children


def test_an_incident_without_named_children_keeps_the_count_alone(opened, staff, family):
    mother, _sofia, _taras = family
    record = incidents.record_incident(
        opened.db, staff[Role.CASE_WORKER], mother, _incident(), now=NOW
    )
    assert record.children == () and record.children_affected == 2
    (service,) = [
        n
        for n in notifications.notifications_of_client(opened.db, staff[Role.HEAD], mother)
        if n.recipient == "children_service"
    ]
    assert service.children == ()


@pytest.mark.parametrize(
    "links",
    [
        "another_womans_child",
        "neither_witnessed_nor_harmed",
        "twice",
        "no_such_child",
    ],
)
def test_a_bad_child_link_refuses_the_whole_incident(opened, staff, make_client, family, links):
    mother, sofia, _taras = family
    other = make_client("Бондар", "Ірина")
    foreign = children.add_child(
        opened.db, opened.admin, other, "Олег", date(2018, 1, 1), "male", today=TODAY
    )
    given = {
        "another_womans_child": (ChildLink(foreign.id, True, False),),
        "neither_witnessed_nor_harmed": (ChildLink(sofia.id, False, False),),
        "twice": (ChildLink(sofia.id, True, False), ChildLink(sofia.id, False, True)),
        "no_such_child": (ChildLink(99_999, True, False),),
    }[links]
    with pytest.raises(InvalidInput) as info:
        incidents.record_incident(
            opened.db, staff[Role.CASE_WORKER], mother, _incident(children=given), now=NOW
        )
    assert info.value.field == "children"
    assert _count(opened, Incident) == 0 and _count(opened, IncidentChild) == 0


@pytest.mark.parametrize("role", list(Role))
def test_each_role_names_children_in_incidents_only_as_it_may(opened, staff, family, role):
    mother, sofia, _taras = family
    user = staff[role]
    links = (ChildLink(sofia.id, True, False),)
    if role in WRITERS:
        record = incidents.record_incident(
            opened.db, user, mother, _incident(children=links), now=NOW
        )
        assert record.children == links
    else:
        with pytest.raises(PermissionDenied):
            incidents.record_incident(opened.db, user, mother, _incident(children=links), now=NOW)
        incidents.record_incident(
            opened.db, staff[Role.CASE_WORKER], mother, _incident(children=links), now=NOW
        )
    if role not in READERS:
        for read in (
            lambda: incidents.list_incidents(opened.db, user, mother),
            lambda: notifications.notifications_of_client(opened.db, user, mother),
            lambda: client_violence(opened.db, user, mother, TODAY),
        ):
            with pytest.raises(PermissionDenied):
                read()
        return
    (seen,) = incidents.list_incidents(opened.db, user, mother)
    assert seen.children == links
    (service,) = [
        n
        for n in client_violence(opened.db, user, mother, TODAY).notifications
        if n.recipient == "children_service"
    ]
    # every role that reads incidents reads identities too, so the name is given
    assert [c.first_name for c in service.children] == ["Софія"]


def test_a_reader_without_identity_rights_gets_no_child_name(opened, staff, family, monkeypatch):
    """The matrix gives every incident reader identities today; should a role read
    incidents without identities, the notice gives ages only."""
    mother, sofia, _taras = family
    worker = staff[Role.CASE_WORKER]
    incidents.record_incident(
        opened.db, worker, mother, _incident(children=(ChildLink(sofia.id, True, False),)), now=NOW
    )
    real = notifications.allowed
    monkeypatch.setattr(
        notifications,
        "allowed",
        lambda role, p: False if p is Permission.READ_CLIENTS else real(role, p),
    )
    (service,) = [
        n
        for n in notifications.notifications_of_client(opened.db, worker, mother)
        if n.recipient == "children_service"
    ]
    assert [(c.first_name, c.age) for c in service.children] == [(None, 6)]


def test_the_demo_names_her_own_children_in_its_incidents(opened, staff, make_client):
    """The violence demo links the children of a woman who has child records (the flags
    and count then follow the links); with none, it keeps the count alone."""
    import random

    from shelter_app.demo.violence import add_violence_demo

    worker = staff[Role.CASE_WORKER]
    mothers = []
    for n in range(6):
        mother = make_client(f"Мати{n}", "Олена")
        _consent(opened, mother)
        born = date(2018, 1, 1 + n)
        children.add_child(opened.db, opened.admin, mother, "Дитина", born, "female", today=TODAY)
        mothers.append(mother)
    assert add_violence_demo(opened.db, worker, random.Random(3), TODAY, 6) == 6
    linked = []
    for mother in mothers:
        for record in incidents.list_incidents(opened.db, worker, mother):
            kids = children.family_children(opened.db, worker, mother)
            assert {c.child_id for c in record.children} <= {k.id for k in kids}
            if record.children:
                assert record.children_witnessed
                assert record.children_affected == len(record.children)
                linked.append(record)
    assert linked
