"""The department's tables (issue 17) in the summary: services by classifier code, cases
opened and closed by group, course participants by group, courses and events by aim.
Each adds up where it says it does, goes through the same protection (the reader's
integer programme pins no small count), and appears in the CSV and the JSON."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from shelter_app import service_classifier as sc
from shelter_app.cases.vocabulary import CaseService
from shelter_app.permissions import Permission
from shelter_app.programme_aims import Aim
from shelter_app.reports.consolidate import consolidate, read_inputs
from shelter_app.reports.export import export_summary
from shelter_app.reports.model import CellState
from shelter_app.storage.case_schema import Case, CaseServiceEntry
from shelter_app.storage.casework_schema import Client, Course, Event
from shelter_app.storage.people_schema import AnonymousContact
from tests.test_disclosure import (
    PERIOD,
    TODAY,
    attack_summary,
    build,
    check_declared_structure,
    random_casework,
)

NEW_TABLES = (
    "services_by_classifier",
    "cases_by_group",
    "course_participants_by_group",
    "programmes_by_aim",
)


def _department_world(opened, seed: int) -> None:
    """random_casework's quarter, plus cases with services and closures, anonymous
    contacts with the help given, a second course and aims on courses and events."""
    random_casework(opened, seed)
    rng = random.Random(seed)
    by = opened.admin.account_id
    with opened.db.unit_of_work(opened.admin, Permission.WRITE_CLIENTS, write=True) as uow:
        s = uow.session
        clients = s.scalars(select(Client.id).order_by(Client.id)).all()
        for i, client in enumerate(rng.sample(clients, min(len(clients), rng.randint(4, 14)))):
            if i % 3 == 1:
                s.get(Client, client).sex = "male"
            opened_on = PERIOD.start + timedelta(days=rng.randrange(60))
            closed = rng.random() < 0.5
            case = Case(
                client_id=client,
                state="closed" if closed else "active",
                opened_on=opened_on,
                opened_by=by,
                responsible_id=by,
                first_assessment_due=opened_on + timedelta(days=3),
                closed_on=opened_on + timedelta(days=20) if closed else None,
                closure_reason=rng.choice(["goals_reached", "moved_away"]) if closed else None,
            )
            s.add(case)
            s.flush()
            for _ in range(rng.randint(1, 3)):
                s.add(
                    CaseServiceEntry(
                        case_id=case.id,
                        service=rng.choice(list(CaseService)).value,
                        on_date=opened_on + timedelta(days=rng.randrange(10)),
                        minutes=30,
                        format="in_person",
                        given_by=by,
                    )
                )
        for _ in range(rng.randint(3, 25)):
            s.add(
                AnonymousContact(
                    at=datetime.combine(PERIOD.start, datetime.min.time())
                    + timedelta(days=rng.randrange(80), hours=10),
                    channel="hotline",
                    duration_min=10,
                    caller="self",
                    sex=rng.choice(["female", "male"]),
                    age_band="25-34",
                    district="not_stated",
                    forms=rng.choice(["", "physical"]),
                    help=",".join(
                        rng.sample(
                            ["information", "counselling", "crisis_support", "referral"],
                            rng.randint(1, 2),
                        )
                    ),
                    logged_by=by,
                )
            )
        aims = list(Aim)
        for course in s.scalars(select(Course)):
            course.aim = rng.choice(aims).value
        for event in s.scalars(select(Event)):
            event.aim = rng.choice(aims).value
        uow.commit()


@pytest.mark.parametrize("seed", range(3))
def test_the_new_tables_add_up_and_a_reader_pins_no_small_count(opened, seed):
    _department_world(opened, seed)
    k = (3, 5, 5)[seed]
    composed = build(opened, k)
    check_declared_structure(composed)  # every declared sum and link is true
    v = composed.values
    keys = {t.key for t in composed.summary.tables}
    # in a centre this small a table may be withheld whole (its small counts could not
    # be protected), never shown unprotected
    assert {"services_by_classifier", "cases_by_group"} <= keys | composed.protection.withheld
    if seed == 0:
        assert "services_by_classifier" in keys
    groups = ("women", "men", "sex_not_stated", "children")
    for what in ("opened", "closed"):
        assert sum(v[f"cases.group.{g}.{what}"] for g in groups) == v[f"cases.{what}"]
    assert sum(v[f"courses.group.{g}"] for g in groups) == v["courses.participants"]
    if "programmes_by_aim" in v or any(key.startswith("aims.") for key in v):
        for col in ("women", "men", "children"):
            assert sum(v[f"aims.{a.value}.{col}"] for a in Aim) == v[f"events.all.{col}"]
        assert sum(v[f"aims.{a.value}.sessions"] for a in Aim) == v["courses.sessions"]
    # counselling: its services are every consultation held, the case worker's
    # counselling and the contacts that were counselled
    assert v["services.counselling.services"] == (
        v["cons.held.psychological"]
        + v["cons.held.legal"]
        + v["services.case.002.0"]
        + v["services.contacts.counselling"]
    )
    assert attack_summary(composed, k) == []


def test_activities_are_published_and_people_protected_in_the_aims_table(opened):
    _department_world(opened, 4)
    composed = build(opened, 5)
    states, v = composed.protection.states, composed.values
    for aim in Aim:
        for col in ("courses", "sessions", "events"):
            key = f"aims.{aim.value}.{col}"
            if key in states:
                assert states[key] is CellState.SHOWN  # things, not people
        women = f"aims.{aim.value}.women"
        if women in states and 0 < v[women] < 5:
            assert states[women] is CellState.PRIMARY


def test_one_man_among_the_closed_cases_is_hidden(opened, make_client):
    by = opened.admin.account_id
    ids = [make_client(first_contact_on=date(2026, 1, 5)) for _ in range(8)]
    with opened.db.unit_of_work(opened.admin, Permission.WRITE_CLIENTS, write=True) as uow:
        uow.session.get(Client, ids[0]).sex = "male"
        for client in ids:
            uow.session.add(
                Case(
                    client_id=client,
                    state="closed",
                    opened_on=date(2026, 1, 6),
                    opened_by=by,
                    responsible_id=by,
                    first_assessment_due=date(2026, 1, 9),
                    closed_on=date(2026, 2, 10),
                    closure_reason="goals_reached",
                )
            )
        uow.commit()
    composed = build(opened, 5)
    table = next(t for t in composed.summary.tables if t.key == "cases_by_group")
    men = next(r for r in table.rows if r.label == "Men")
    assert [c.text for c in men.cells] == ["<5", "<5"]
    assert table.rows[-1].cells[0].value == 8 or table.rows[-1].cells[0].suppressed
    assert attack_summary(composed, 5) == []


def test_every_case_service_and_contact_help_has_a_classifier_service():
    from shelter_app.contact_vocabulary import Help

    assert set(sc.CASE_SERVICES) == set(CaseService)
    assert set(sc.CONTACT_HELP) == set(Help)
    # numbers only where they were checked against the order
    assert sc.classifier_code(sc.ClassifiedService.INFORMING) == "001.0"
    assert sc.classifier_code(sc.ClassifiedService.COUNSELLING) == "002.0"
    assert sc.classifier_code(sc.ClassifiedService.SHELTER) is None
    assert sc.service_label(sc.ClassifiedService.COUNSELLING) == "002.0 Counselling"


def test_no_section_without_its_data(opened):
    composed = build(opened, 5)  # an empty database
    keys = {t.key for t in composed.summary.tables}
    assert not keys & {"services_by_classifier", "programmes_by_aim"}
    assert "course_participants_by_group" not in keys


def test_the_tables_are_in_the_csv_and_the_json_and_consolidate_reads_version_1(opened, tmp_path):
    _department_world(opened, 0)
    export = tmp_path / "q1.json"
    export_summary(
        opened.db, opened.admin, PERIOD.start, PERIOD.end, export, today=TODAY, language="en"
    )
    csv = tmp_path / "q1.csv"
    export_summary(
        opened.db, opened.admin, PERIOD.start, PERIOD.end, csv, today=TODAY, language="en"
    )
    text = csv.read_text(encoding="utf-8-sig")
    assert "services_by_classifier,Services by classifier code" in text
    assert "002.0 Counselling" in text
    doc = json.loads(export.read_text(encoding="utf-8"))
    assert doc["schema_version"] == 2
    assert {"services_by_classifier", "cases_by_group"} <= {t["key"] for t in doc["tables"]}
    # an older centre's version-1 document: the same release without the new tables
    old = dict(doc, schema_version=1)
    old["tables"] = [t for t in doc["tables"] if t["key"] not in NEW_TABLES]
    older = tmp_path / "old.json"
    older.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    city = consolidate(read_inputs([export, older]))
    keys = {t.key for t in city.tables}
    assert not keys & set(NEW_TABLES) and "appeals_by_channel" in keys
    both_new = consolidate(read_inputs([export, export]))
    assert "services_by_classifier" in {t.key for t in both_new.tables}


def test_the_shelter_service_counts_stays_and_women_housed(opened):
    _department_world(opened, 0)
    composed = build(opened, 3)
    v = composed.values
    table = next(t for t in composed.summary.tables if t.key == "services_by_classifier")
    shelter = next(r for r in table.rows if r.label == "Provision of shelter")
    key = composed.positions[("table", "services_by_classifier", table.rows.index(shelter), 0)]
    assert key == "shelter.women"  # the same count as the shelter's own figure
    assert v["services.stays"] >= v["shelter.women"]
