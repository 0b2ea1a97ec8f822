"""The summary splits people served into women, men and children; the parts add up to
the report's total, or are protected so that a reader cannot work a small one out."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from shelter_app import anonymous_contacts, children
from shelter_app.permissions import Permission, Role
from shelter_app.reports import periods
from shelter_app.reports.model import CellState
from shelter_app.reports.summary import compose
from shelter_app.storage.casework_schema import Client
from tests.test_disclosure import attack_summary, check_declared_structure

PERIOD = periods.custom(date(2026, 3, 1), date(2026, 3, 31))
TODAY = date(2026, 4, 2)
GROUPS = ("women", "men", "sex_not_stated", "children")


def _people(opened, make_client, women: int, men: int, girls: int) -> None:
    ids = [make_client(first_contact_on=date(2026, 3, 2)) for _ in range(women + men + girls)]
    with opened.db.unit_of_work(opened.admin, Permission.WRITE_CLIENTS, write=True) as uow:
        for i in ids[women : women + men]:
            uow.session.get(Client, i).sex = "male"
        for i in ids[women + men :]:
            row = uow.session.get(Client, i)
            row.birth_date, row.birth_year = date(2010, 4, 1), 2010
        uow.commit()


def _build(opened, k):
    with opened.db.unit_of_work(opened.admin, Permission.EXPORT_SUMMARIES) as uow:
        return compose(uow.session, PERIOD, k, "en", TODAY, Role.ADMIN)


def test_women_men_and_children_add_up_to_the_people_served(opened, make_client):
    _people(opened, make_client, women=7, men=4, girls=3)
    composed = _build(opened, 3)
    v = composed.values
    assert [v[f"people.group.{g}.total"] for g in GROUPS] == [7, 4, 0, 3]
    assert sum(v[f"people.group.{g}.total"] for g in GROUPS) == v["people.all.total"] == 14
    table = next(t for t in composed.summary.tables if t.key == "people_by_group")
    assert [r.label for r in table.rows] == [
        "Women",
        "Men",
        "Sex not recorded",
        "Children (under 18)",
        "Total",
    ]
    assert table.rows[-1].cells[2].value == 14
    check_declared_structure(composed)


def test_one_man_among_many_women_is_protected(opened, make_client):
    _people(opened, make_client, women=9, men=1, girls=0)
    composed = _build(opened, 5)
    states = composed.protection.states
    assert states["people.group.men.total"] is CellState.PRIMARY
    check_declared_structure(composed)
    assert attack_summary(composed, 5) == []  # the reader cannot pin the man down


def test_children_with_families_and_appeals_are_in_the_summary(opened, staff, make_client):
    from shelter_app import shelter
    from shelter_app import shelter_layout as layout

    mother = make_client(first_contact_on=date(2026, 3, 2))
    room = layout.add_room(opened.db, opened.admin, "Кімната 1", 4)
    bed = layout.add_bed(opened.db, opened.admin, room.id, "A")
    shelter.admit(
        opened.db,
        staff[Role.CASE_WORKER],
        mother,
        bed.id,
        date(2026, 3, 3),
        "police",
        [shelter.ChildInfo(4, "female"), shelter.ChildInfo(7, "male")],
        today=date(2026, 3, 3),
    )
    (kid, _) = children.family_children(opened.db, opened.admin, mother)
    children.log_child_session(
        opened.db, staff[Role.PSYCHOLOGIST], kid.id, date(2026, 3, 5), 40, today=TODAY
    )
    for minute in range(6):
        anonymous_contacts.log_contact(
            opened.db,
            staff[Role.OPERATOR],
            at=datetime(2026, 3, 10, 9, minute),
            channel="hotline" if minute else "walk_in",
            duration_min=5,
            caller="self",
            sex="female",
            age_band="25-34",
            district="not_stated",
            note="не для звіту",
        )
    composed = _build(opened, 3)
    v = composed.values
    assert v["people.children_with_families"] == 2
    assert v["appeals.total"] == 6 and v["appeals.hotline"] == 5
    assert composed.protection.states["appeals.walk_in"] is CellState.PRIMARY
    assert "не для звіту" not in repr(composed.summary)
    check_declared_structure(composed)
    assert attack_summary(composed, 3) == []


def test_a_random_report_with_men_and_children_cannot_be_attacked(opened):
    from tests.test_disclosure import PERIOD as RANDOM_PERIOD
    from tests.test_disclosure import TODAY as RANDOM_TODAY
    from tests.test_disclosure import random_casework

    random_casework(opened, 3)
    with opened.db.unit_of_work(opened.admin, Permission.WRITE_CLIENTS, write=True) as uow:
        rows = uow.session.scalars(select(Client).order_by(Client.id)).all()
        for row in rows[::9]:
            row.sex = "male"
        for row in rows[4::13]:
            row.birth_date, row.birth_year = date(2012, 5, 5), 2012
        uow.commit()
    with opened.db.unit_of_work(opened.admin, Permission.EXPORT_SUMMARIES) as uow:
        composed = compose(uow.session, RANDOM_PERIOD, 5, "en", RANDOM_TODAY, Role.ADMIN)
    v = composed.values
    for kind in ("psychological", "legal"):
        parts = [v[f"cons.clients.group.{g}.{kind}"] for g in GROUPS]
        assert sum(parts) == v[f"cons.clients.{kind}"] > 0
    assert v["people.group.men.total"] > 0 and v["people.group.children.total"] > 0
    check_declared_structure(composed)
    assert attack_summary(composed, 5) == []


def test_clients_who_disclosed_violence_split_by_group(opened, staff, make_client):
    from shelter_app import clients as clients_service
    from shelter_app import safety

    worker = staff[Role.CASE_WORKER]
    ids = [make_client(first_contact_on=date(2026, 3, 2)) for _ in range(7)]
    with opened.db.unit_of_work(opened.admin, Permission.WRITE_CLIENTS, write=True) as uow:
        uow.session.get(Client, ids[0]).sex = "male"
        uow.commit()
    for client_id in ids:
        clients_service.record_consent(
            opened.db, worker, client_id, "special_category", date(2026, 3, 2), today=TODAY
        )
        safety.record_disclosure(
            opened.db, worker, client_id, {"psychological"}, False, 0, date(2026, 3, 3), TODAY
        )
    composed = _build(opened, 3)
    v = composed.values
    assert v["violence.group.women"] == 6 and v["violence.group.men"] == 1
    assert sum(v[f"violence.group.{g}"] for g in GROUPS) == v["violence.clients"] == 7
    assert composed.protection.states["violence.group.men"] is CellState.PRIMARY
    check_declared_structure(composed)
    assert attack_summary(composed, 3) == []
