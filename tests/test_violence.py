"""Incidents, alleged perpetrators, protection orders and notifications (issue 15):
consent first, the order lengths the law allows, notices due 24 hours after an appeal,
and who may see what — every service for every role."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from shelter_app import audit, clients, consultations, incidents, notifications
from shelter_app import protection_orders as orders
from shelter_app.demo.violence import add_violence_demo
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.incidents import IncidentInput, PerpetratorInput
from shelter_app.permissions import Permission, Role
from shelter_app.storage.violence_schema import (
    Incident,
    Notification,
    Perpetrator,
)
from shelter_app.violence_overview import client_violence

TODAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 15, 0)
READERS = {Role.HEAD, Role.CASE_WORKER, Role.PSYCHOLOGIST, Role.LAWYER}
WRITERS = {Role.CASE_WORKER, Role.LAWYER}


def _consent(opened, client_id, given_on=date(2026, 1, 10), withdrawn_on=None):
    c = clients.record_consent(
        opened.db, opened.admin, client_id, "special_category", given_on, TODAY
    )
    if withdrawn_on:
        clients.withdraw_consent(opened.db, opened.admin, c.id, withdrawn_on, TODAY)


def _count(opened, model):
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def _incident(**changes):
    base = dict(
        disclosed_on=TODAY,
        forms=frozenset({"physical", "stalking"}),
        context="domestic",
        occurred_from=date(2026, 2, 1),
        occurred_to=date(2026, 3, 8),
        place_type="home",
        children_witnessed=True,
        children_harmed=False,
        children_affected=2,
        reported_to_police=False,
        appealed_at=datetime(2026, 3, 10, 9, 30),
    )
    base.update(changes)
    return IncidentInput(**base)


PERP = PerpetratorInput(
    relationship="former_partner",
    sex="male",
    age_group="30_44",
    lives_with_her=False,
    weapon_access=True,
    earlier_violence=True,
    alcohol_or_drugs=False,
    description="Сірий позашляховик, чекає біля школи",
)


@pytest.fixture
def worker(staff):
    return staff[Role.CASE_WORKER]


@pytest.fixture
def client(opened, make_client):
    cid = make_client()
    _consent(opened, cid)
    return cid


# --- incidents and perpetrators -------------------------------------------------------------


def test_an_appeal_becomes_an_incident_with_its_notices_due_in_24_hours(opened, worker, client):
    perp = incidents.record_perpetrator(opened.db, worker, client, PERP, today=TODAY)
    record = incidents.record_incident(
        opened.db, worker, client, _incident(perpetrator_ids=frozenset({perp.id})), now=NOW
    )
    assert record.forms == {"physical", "stalking"} and record.perpetrator_ids == (perp.id,)
    assert incidents.list_incidents(opened.db, worker, client) == [record]
    notes = notifications.notifications_of_client(opened.db, worker, client)
    # children witnessed it: they are victims too, so the children's service is told
    assert [n.recipient for n in notes] == ["police", "children_service", "coordinating_unit"]
    assert {n.due_at for n in notes} == {datetime(2026, 3, 11, 9, 30)}
    [seen] = incidents.list_perpetrators(opened.db, worker, client, TODAY)
    assert seen.incident_ids == (record.id,) and seen.description == PERP.description


def test_without_children_or_an_appeal_time_fewer_notices_are_due(opened, worker, client):
    incidents.record_incident(
        opened.db,
        worker,
        client,
        _incident(children_witnessed=False, children_affected=0),
        now=NOW,
    )
    assert [
        n.recipient for n in notifications.notifications_of_client(opened.db, worker, client)
    ] == [
        "police",
        "coordinating_unit",
    ]
    incidents.record_incident(opened.db, worker, client, _incident(appealed_at=None), now=NOW)
    assert _count(opened, Notification) == 2


def test_one_perpetrator_can_be_linked_to_several_incidents(opened, worker, client):
    first = incidents.record_incident(opened.db, worker, client, _incident(), now=NOW)
    second = incidents.record_incident(
        opened.db, worker, client, _incident(forms=frozenset({"economic"})), now=NOW
    )
    perp = incidents.record_perpetrator(
        opened.db, worker, client, PERP, incident_ids=[first.id], today=TODAY
    )
    linked = incidents.link_perpetrator(opened.db, worker, second.id, perp.id, TODAY)
    assert linked.perpetrator_ids == (perp.id,)
    [seen] = incidents.list_perpetrators(opened.db, worker, client, TODAY)
    assert seen.incident_ids == (first.id, second.id)


def test_another_womans_perpetrator_or_incident_cannot_be_linked(
    opened, worker, client, make_client
):
    other = make_client("Коваль")
    _consent(opened, other)
    theirs = incidents.record_perpetrator(opened.db, worker, other, PERP, today=TODAY)
    mine = incidents.record_incident(opened.db, worker, client, _incident(), now=NOW)
    with pytest.raises(InvalidInput):
        incidents.link_perpetrator(opened.db, worker, mine.id, theirs.id, TODAY)
    with pytest.raises(InvalidInput):
        incidents.record_incident(
            opened.db, worker, client, _incident(perpetrator_ids=frozenset({theirs.id})), now=NOW
        )
    with pytest.raises(InvalidInput):
        incidents.record_perpetrator(
            opened.db, worker, other, PERP, incident_ids=[mine.id], today=TODAY
        )
    assert _count(opened, Incident) == 1 and _count(opened, Perpetrator) == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"forms": frozenset()}, "forms"),
        ({"forms": frozenset({"beating"})}, "forms"),
        ({"context": "family"}, "context"),
        ({"place_type": "garage"}, "place_type"),
        ({"disclosed_on": TODAY + timedelta(days=1)}, "disclosed_on"),
        ({"occurred_from": date(2026, 3, 9), "occurred_to": date(2026, 3, 1)}, "occurred_to"),
        ({"occurred_from": date(2026, 3, 11), "occurred_to": None}, "occurred_from"),
        ({"children_affected": 0}, "children_affected"),
        ({"children_affected": 21}, "children_affected"),
        ({"children_harmed": "yes"}, "children_harmed"),
        ({"appealed_at": datetime(2026, 3, 9, 9, 0)}, "appealed_at"),
        ({"appealed_at": datetime(2026, 3, 10, 16, 0)}, "appealed_at"),
        ({"perpetrator_ids": frozenset({10**6})}, "perpetrators"),
    ],
)
def test_a_bad_incident_is_refused_whole(opened, worker, client, changes, field):
    with pytest.raises(InvalidInput) as info:
        incidents.record_incident(opened.db, worker, client, _incident(**changes), now=NOW)
    assert info.value.field == field
    assert _count(opened, Incident) == 0 and _count(opened, Notification) == 0


def test_an_exact_day_is_a_period_of_one_day(opened, worker, client):
    record = incidents.record_incident(
        opened.db,
        worker,
        client,
        _incident(occurred_from=date(2026, 3, 7), occurred_to=None),
        now=NOW,
    )
    assert (record.occurred_from, record.occurred_to) == (date(2026, 3, 7), date(2026, 3, 7))


@pytest.mark.parametrize("field", ["relationship", "sex", "age_group", "lives_with_her"])
def test_a_bad_perpetrator_is_refused(opened, worker, client, field):
    bad = {"relationship": "boss", "sex": "m", "age_group": "40", "lives_with_her": None}
    data = PerpetratorInput(**{**PERP.__dict__, field: bad[field]})
    with pytest.raises(InvalidInput) as info:
        incidents.record_perpetrator(opened.db, worker, client, data, today=TODAY)
    assert info.value.field == field and _count(opened, Perpetrator) == 0


def test_the_description_can_be_completed_later(opened, worker, client):
    perp = incidents.record_perpetrator(opened.db, worker, client, PERP, today=TODAY)
    changed = PerpetratorInput(**{**PERP.__dict__, "lives_with_her": True, "description": None})
    updated = incidents.update_perpetrator(opened.db, worker, perp.id, changed, TODAY)
    assert updated.lives_with_her and updated.description is None


# --- consent ------------------------------------------------------------------------------------


def test_every_write_is_refused_without_her_consent(opened, worker, client, make_client):
    incident = incidents.record_incident(opened.db, worker, client, _incident(), now=NOW)
    perp = incidents.record_perpetrator(opened.db, worker, client, PERP, today=TODAY)
    order = orders.record_order(
        opened.db, worker, client, "restraining", TODAY, TODAY, date(2026, 6, 9), "Суд", today=TODAY
    )
    # her consent is withdrawn from today on (set-up, written directly); a second woman
    # never gave it
    with opened.db.unit_of_work(opened.admin, Permission.WRITE_CLIENTS, write=True) as uow:
        from shelter_app.storage.casework_schema import Consent

        for c in uow.session.scalars(select(Consent).where(Consent.client_id == client)):
            c.withdrawn_on = TODAY
        uow.commit()
    stranger = make_client("Мельник")
    db = opened.db
    calls = [
        lambda: incidents.record_incident(db, worker, client, _incident(), now=NOW),
        lambda: incidents.record_incident(db, worker, stranger, _incident(), now=NOW),
        lambda: incidents.record_perpetrator(db, worker, client, PERP, today=TODAY),
        lambda: incidents.update_perpetrator(db, worker, perp.id, PERP, TODAY),
        lambda: incidents.link_perpetrator(db, worker, incident.id, perp.id, TODAY),
        lambda: orders.record_order(
            db, worker, client, "urgent_barring", TODAY, TODAY, TODAY, "Поліція", today=TODAY
        ),
        lambda: orders.extend_order(db, worker, order.id, TODAY, date(2026, 9, 1), TODAY),
        lambda: orders.record_violation(db, worker, order.id, TODAY, True, TODAY),
    ]
    before = (
        _count(opened, Incident),
        _count(opened, Perpetrator),
        orders.list_orders(db, worker, client),
    )
    for call in calls:
        with pytest.raises(InvalidInput) as info:
            call()
        assert info.value.field == "consent"
    after = (
        _count(opened, Incident),
        _count(opened, Perpetrator),
        orders.list_orders(db, worker, client),
    )
    assert after == before


# --- protection orders --------------------------------------------------------------------------


def test_an_urgent_barring_order_lasts_at_most_ten_days(opened, worker, client):
    ok = orders.record_order(
        opened.db,
        worker,
        client,
        "urgent_barring",
        TODAY,
        TODAY,
        date(2026, 3, 19),
        "Поліція",
        today=TODAY,
    )
    assert ok.in_force(date(2026, 3, 19)) and not ok.in_force(date(2026, 3, 20))
    with pytest.raises(InvalidInput) as info:
        orders.record_order(
            opened.db,
            worker,
            client,
            "urgent_barring",
            TODAY,
            TODAY,
            date(2026, 3, 20),
            "Поліція",
            today=TODAY,
        )
    assert info.value.field == "ends_on"
    with pytest.raises(InvalidInput):
        orders.extend_order(opened.db, worker, ok.id, TODAY, date(2026, 3, 25), TODAY)


def test_a_restraining_order_lasts_six_months_and_is_extended_by_up_to_six(opened, worker, client):
    order = orders.record_order(
        opened.db,
        worker,
        client,
        "restraining",
        TODAY,
        TODAY,
        date(2026, 9, 9),
        "Дарницький районний суд",
        "Не наближатися ближче 100 м",
        today=TODAY,
    )
    with pytest.raises(InvalidInput):
        orders.record_order(
            opened.db,
            worker,
            client,
            "restraining",
            TODAY,
            TODAY,
            date(2026, 9, 10),
            "Суд",
            today=TODAY,
        )
    with pytest.raises(InvalidInput) as info:
        orders.extend_order(opened.db, worker, order.id, TODAY, date(2027, 3, 10), TODAY)
    assert info.value.field == "new_ends_on"
    longer = orders.extend_order(opened.db, worker, order.id, TODAY, date(2027, 3, 9), TODAY)
    assert longer.ends_on == date(2027, 3, 9)
    assert longer.extensions == ((TODAY, date(2026, 9, 9), date(2027, 3, 9)),)


def test_violations_are_recorded_only_while_the_order_is_in_force(opened, worker, client):
    order = orders.record_order(
        opened.db,
        worker,
        client,
        "urgent_barring",
        date(2026, 3, 1),
        date(2026, 3, 1),
        date(2026, 3, 10),
        "Поліція",
        today=TODAY,
    )
    seen = orders.record_violation(opened.db, worker, order.id, date(2026, 3, 4), True, TODAY)
    assert seen.violations == ((date(2026, 3, 4), True),)
    with pytest.raises(InvalidInput) as info:
        orders.record_violation(opened.db, worker, order.id, date(2026, 2, 28), False, TODAY)
    assert info.value.field == "occurred_on"


def test_the_dashboard_lists_orders_ending_within_three_days(
    opened, staff, worker, client, make_client
):
    def order(cid, ends):
        return orders.record_order(
            opened.db,
            worker,
            cid,
            "urgent_barring",
            date(2026, 3, 5),
            date(2026, 3, 5),
            ends,
            "Поліція",
            today=TODAY,
        )

    soon = order(client, date(2026, 3, 12))
    order(client, date(2026, 3, 14))  # four days left: not yet
    other = make_client("Бондар")
    _consent(opened, other)
    today_ends = order(other, TODAY)
    found = orders.expiring_orders(opened.db, worker, TODAY)
    assert [(o.order_id, o.days_left) for o in found] == [(today_ends.id, 0), (soon.id, 2)]
    # the lawyer sees the orders of her clients only
    lawyer = staff[Role.LAWYER]
    assert orders.expiring_orders(opened.db, lawyer, TODAY) == []
    consultations.log_consultation(
        opened.db,
        lawyer,
        client,
        "legal",
        datetime(2026, 3, 6, 10, 0),
        40,
        "in_person",
        ["protection_order"],
        "completed",
        now=NOW,
    )
    assert [o.order_id for o in orders.expiring_orders(opened.db, lawyer, TODAY)] == [soon.id]


# --- notifications --------------------------------------------------------------------------------


def test_a_notice_is_recorded_once_with_who_how_and_the_reference(opened, staff, worker, client):
    incidents.record_incident(opened.db, worker, client, _incident(), now=NOW)
    due = notifications.open_notifications(opened.db, worker, NOW)
    assert [d.minutes_left for d in due] == [18 * 60 + 30] * 3
    police = due[0]
    done = notifications.mark_done(
        opened.db,
        staff[Role.LAWYER],
        police.notification_id,
        datetime(2026, 3, 10, 11, 0),
        "phone",
        "ЄО 1234",
        now=NOW,
    )
    assert (done.method, done.reference, done.done_by) == ("phone", "ЄО 1234", "Staff lawyer")
    assert not done.overdue(NOW)
    with pytest.raises(InvalidInput):
        notifications.mark_done(
            opened.db, worker, police.notification_id, NOW, "phone", None, now=NOW
        )
    with pytest.raises(InvalidInput) as info:
        notifications.mark_done(
            opened.db,
            worker,
            due[1].notification_id,
            datetime(2026, 3, 10, 9, 0),
            "phone",
            now=NOW,
        )
    assert info.value.field == "done_at"
    with pytest.raises(InvalidInput) as info:
        notifications.mark_done(opened.db, worker, due[1].notification_id, NOW, "pigeon", now=NOW)
    assert info.value.field == "method"
    later = notifications.open_notifications(opened.db, worker, datetime(2026, 3, 11, 10, 0))
    assert [d.minutes_left for d in later] == [-30, -30]  # overdue


def test_no_audit_entry_reveals_what_she_disclosed(opened, worker, client):
    perp = incidents.record_perpetrator(opened.db, worker, client, PERP, today=TODAY)
    incidents.record_incident(
        opened.db, worker, client, _incident(perpetrator_ids=frozenset({perp.id})), now=NOW
    )
    orders.record_order(
        opened.db,
        worker,
        client,
        "restraining",
        TODAY,
        TODAY,
        date(2026, 6, 1),
        "Суд",
        "Не наближатися",
        perp.id,
        today=TODAY,
    )
    everything = json.dumps(
        [(e.action, e.detail) for e in audit.list_entries(opened.db, opened.admin)],
        ensure_ascii=False,
    )
    for secret in ("stalking", "позашляховик", "former_partner", "наближатися", "restraining"):
        assert secret not in everything


# --- every service, every role ------------------------------------------------------------


def _calls(opened, worker, client):
    db = opened.db
    incident = incidents.record_incident(db, worker, client, _incident(), now=NOW)
    perp = incidents.record_perpetrator(db, worker, client, PERP, today=TODAY)
    order = orders.record_order(
        db, worker, client, "restraining", TODAY, TODAY, date(2026, 6, 1), "Суд", today=TODAY
    )
    open_ids = iter(n.notification_id for n in notifications.open_notifications(db, worker, NOW))
    months = iter(range(7, 13))
    return {
        "record_incident": (
            WRITERS,
            lambda u: incidents.record_incident(db, u, client, _incident(), now=NOW),
        ),
        "record_perpetrator": (
            WRITERS,
            lambda u: incidents.record_perpetrator(db, u, client, PERP, today=TODAY),
        ),
        "update_perpetrator": (
            WRITERS,
            lambda u: incidents.update_perpetrator(db, u, perp.id, PERP, TODAY),
        ),
        "link_perpetrator": (
            WRITERS,
            lambda u: incidents.link_perpetrator(db, u, incident.id, perp.id, TODAY),
        ),
        "list_incidents": (READERS, lambda u: incidents.list_incidents(db, u, client)),
        "list_perpetrators": (READERS, lambda u: incidents.list_perpetrators(db, u, client, TODAY)),
        "record_order": (
            WRITERS,
            lambda u: orders.record_order(
                db, u, client, "urgent_barring", TODAY, TODAY, TODAY, "Поліція", today=TODAY
            ),
        ),
        "extend_order": (
            WRITERS,
            lambda u: orders.extend_order(
                db, u, order.id, TODAY, date(2026, next(months), 2), TODAY
            ),
        ),
        "record_violation": (
            WRITERS,
            lambda u: orders.record_violation(db, u, order.id, TODAY, False, TODAY),
        ),
        "list_orders": (READERS, lambda u: orders.list_orders(db, u, client)),
        "expiring_orders": (READERS, lambda u: orders.expiring_orders(db, u, TODAY)),
        "mark_done": (
            WRITERS,
            lambda u: notifications.mark_done(db, u, next(open_ids), NOW, "phone", now=NOW),
        ),
        "notifications_of_client": (
            READERS,
            lambda u: notifications.notifications_of_client(db, u, client),
        ),
        "open_notifications": (READERS, lambda u: notifications.open_notifications(db, u, NOW)),
        "client_violence": (READERS, lambda u: client_violence(db, u, client, TODAY)),
    }


@pytest.mark.parametrize("role", list(Role))
def test_each_role_may_use_only_its_violence_services(opened, staff, worker, client, role):
    for name, (roles, call) in _calls(opened, worker, client).items():
        if role in roles:
            assert call(staff[role]) is not None, name
        else:
            with pytest.raises(PermissionDenied):
                call(staff[role])


def test_the_coordinator_is_refused_every_identifying_read_and_it_is_audited(
    opened, staff, worker, client
):
    calls = _calls(opened, worker, client)
    coordinator = staff[Role.COORDINATOR]
    reads = [n for n, (roles, _) in calls.items() if roles == READERS]
    assert len(reads) == 7
    for name in reads:
        with pytest.raises(PermissionDenied):
            calls[name][1](coordinator)
    denied = [
        e
        for e in audit.list_entries(opened.db, opened.admin)
        if e.action == "permission.denied" and e.account_id == coordinator.account_id
    ]
    assert len(denied) == 7 and {e.detail["permission"] for e in denied} == {"violence.read"}


def test_anonymising_her_erases_the_free_text_and_keeps_the_facts(opened, staff, make_client):
    from shelter_app import retention

    worker = staff[Role.CASE_WORKER]
    old = make_client(first_contact_on=date(2019, 1, 10))
    clients.record_consent(
        opened.db, opened.admin, old, "special_category", date(2019, 1, 10), TODAY
    )
    then = date(2019, 2, 1)
    perp = incidents.record_perpetrator(opened.db, worker, old, PERP, today=then)
    incidents.record_incident(
        opened.db,
        worker,
        old,
        _incident(
            disclosed_on=then,
            occurred_from=None,
            occurred_to=None,
            appealed_at=datetime(2019, 2, 1, 10, 0),
        ),
        now=datetime(2019, 2, 1, 12, 0),
    )
    orders.record_order(
        opened.db,
        worker,
        old,
        "restraining",
        then,
        then,
        date(2019, 7, 31),
        "Суд",
        "Не наближатися до школи № 5",
        perp.id,
        today=then,
    )
    [notice, *_] = notifications.notifications_of_client(opened.db, worker, old)
    notifications.mark_done(
        opened.db,
        worker,
        notice.id,
        datetime(2019, 2, 1, 13, 0),
        "phone",
        "ЄО 99",
        now=datetime(2019, 2, 1, 14, 0),
    )
    assert retention.purge(opened.db, opened.admin, [old], today=TODAY).clients == 1
    with opened.db.engine.connect() as conn:
        stored = "\n".join(
            repr(tuple(r))
            for t in ("perpetrators", "protection_orders", "incident_notifications", "incidents")
            for r in conn.exec_driver_sql(f"SELECT * FROM {t}")
        )
        conn.rollback()
    for secret in ("позашляховик", "школи", "ЄО 99", "Суд"):
        assert secret not in stored
    assert _count(opened, Perpetrator) == 1 and _count(opened, Incident) == 1


def test_a_disclosure_recorded_on_the_risk_tab_is_an_incident(opened, worker, client):
    from shelter_app import safety

    disclosure = safety.record_disclosure(
        opened.db, worker, client, {"economic"}, True, 2, TODAY, TODAY
    )
    [incident] = incidents.list_incidents(opened.db, worker, client)
    assert incident.id == disclosure.id and incident.forms == {"economic"}
    assert (incident.context, incident.appealed_at, incident.children_affected) == (
        "domestic",
        None,
        2,
    )
    # no appeal time: no notices are due for it
    assert notifications.notifications_of_client(opened.db, worker, client) == []


def test_the_demo_writes_violence_only_for_women_whose_consent_holds_every_day_it_writes(
    opened, worker, make_client
):
    """At 100,000 demo clients one woman's consent was withdrawn on the demo's last day:
    the demo chose her by yesterday's consent and every later write was refused."""
    withdrawn_today = make_client()
    _consent(opened, withdrawn_today, withdrawn_on=TODAY)
    holds = make_client()
    _consent(opened, holds)
    assert add_violence_demo(opened.db, worker, random.Random(1), TODAY, 2) == 1
    assert client_violence(opened.db, worker, holds, TODAY).perpetrators
    assert not client_violence(opened.db, worker, withdrawn_today, TODAY).perpetrators
