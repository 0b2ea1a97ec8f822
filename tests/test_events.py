"""Educational and information events, as the centre records them: date, topic, partner
organisations and anonymous head counts."""

from __future__ import annotations

import contextlib
import json
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from shelter_app import audit, events, partners
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Permission, Role
from shelter_app.storage.casework_schema import Event, EventPartner, Partner

TODAY = date(2026, 3, 10)
ALL_ROLES = list(Role)


@pytest.fixture
def partner(opened):
    def make(name: str, active: bool = True) -> int:
        added = partners.add_partner(opened.db, opened.admin, name, "ngo")
        if not active:
            partners.deactivate_partner(opened.db, opened.admin, added.id)
        return added.id

    return make


def _record(db, user, **changes):
    args = dict(
        title="16 днів проти насильства",
        kind="city_event",
        held_on=date(2026, 3, 5),
        topic="Домашнє насильство: куди звернутися",
        women=120,
        men=15,
        children=8,
        partner_ids=(),
        today=TODAY,
    )
    args.update(changes)
    return events.record_event(db, user, **args)


def _rows(opened):
    with opened.db.unit_of_work(opened.admin, Permission.READ_PROGRAMMES) as uow:
        s = uow.session
        rows = list(s.execute(select(Event).order_by(Event.id)).scalars())
        links = list(s.execute(select(EventPartner)).scalars())
        return rows, {(link.event_id, link.partner_id) for link in links}


# --- use cases -----------------------------------------------------------------------------


def test_caseworker_records_a_city_event_held_with_two_partner_ngos(opened, staff, partner):
    worker = staff[Role.CASE_WORKER]
    strada, zhinky = partner("Ла Страда-Україна"), partner("Аліанса жінок Києва")
    recorded = _record(opened.db, worker, partner_ids={strada, zhinky})
    assert (recorded.women, recorded.men, recorded.children, recorded.attendance) == (
        120,
        15,
        8,
        143,
    )
    assert recorded.partner_names == ("Аліанса жінок Києва", "Ла Страда-Україна")
    assert recorded.partner_ids == (zhinky, strada)
    listed = events.list_events(opened.db, worker, date(2026, 3, 1), date(2026, 3, 31))
    assert listed == [recorded]
    assert events.get_event(opened.db, worker, recorded.id) == recorded
    (entry,) = audit.list_entries(opened.db, opened.admin, action="event.recorded")
    assert entry.detail == {
        "kind": "city_event",
        "aim": "not_stated",
        "attendance": 143,
        "partner_ids": sorted([strada, zhinky]),
    }
    # the audit log keeps codes and numbers only: no title, no topic
    everything = json.dumps([e.detail for e in audit.list_entries(opened.db, opened.admin)])
    assert "16 днів" not in everything and "Домашнє" not in everything


def test_only_registered_active_partners_can_be_named(opened, staff, partner):
    worker = staff[Role.CASE_WORKER]
    closed = partner("Закрита ГО", active=False)
    active = partner("Відкрита ГО")
    for ids in ({closed}, {active, 9999}, {0}, ["1"], "12", {True}, 7, {10**30}):
        with pytest.raises(InvalidInput) as info:
            _record(opened.db, worker, partner_ids=ids)
        assert info.value.field == "partners", ids
    too_many = [partner(f"ГО номер {i}") for i in range(51)]
    with pytest.raises(InvalidInput) as info:
        _record(opened.db, worker, partner_ids=too_many)
    assert info.value.field == "partners"
    assert _rows(opened) == ([], set())
    assert _record(opened.db, worker, partner_ids=too_many[:50]).partner_ids


def test_a_partner_deactivated_since_may_stay_on_its_event_but_not_be_added(opened, staff, partner):
    worker = staff[Role.CASE_WORKER]
    first, second = partner("Перша ГО"), partner("Друга ГО")
    recorded = _record(opened.db, worker, partner_ids=[first])
    partners.deactivate_partner(opened.db, worker, first)
    partners.deactivate_partner(opened.db, worker, second)
    edited = events.edit_event(
        opened.db,
        worker,
        recorded.id,
        recorded.title,
        recorded.kind,
        recorded.held_on,
        recorded.topic,
        130,
        15,
        8,
        [first],
        today=TODAY,
    )
    assert (edited.women, edited.partner_ids) == (130, (first,))
    with pytest.raises(InvalidInput) as info:
        events.edit_event(
            opened.db,
            worker,
            recorded.id,
            recorded.title,
            recorded.kind,
            recorded.held_on,
            partner_ids=[first, second],
            today=TODAY,
        )
    assert info.value.field == "partners"
    assert _rows(opened)[1] == {(recorded.id, first)}


def test_editing_replaces_the_partners_and_every_field(opened, staff, partner):
    worker = staff[Role.CASE_WORKER]
    a, b, c = partner("А-ГО"), partner("Б-ГО"), partner("В-ГО")
    recorded = _record(opened.db, worker, partner_ids=[a, b])
    edited = events.edit_event(
        opened.db,
        worker,
        recorded.id,
        "  Лекція   для студенток ",
        "talk",
        date(2026, 3, 6),
        None,
        40,
        0,
        0,
        [b, c],
        today=TODAY,
    )
    assert (edited.title, edited.kind, edited.held_on, edited.topic) == (
        "Лекція для студенток",
        "talk",
        date(2026, 3, 6),
        None,
    )
    assert set(edited.partner_ids) == {b, c}
    assert _rows(opened)[1] == {(recorded.id, b), (recorded.id, c)}


def test_a_planned_event_is_entered_ahead_and_its_attendance_filled_in_afterwards(opened, staff):
    worker = staff[Role.CASE_WORKER]
    next_month = TODAY + timedelta(days=30)
    with pytest.raises(InvalidInput) as info:
        _record(opened.db, worker, held_on=next_month)  # with head counts: not yet
    assert info.value.field == "women"
    with pytest.raises(InvalidInput) as info:
        _record(opened.db, worker, held_on=next_month, women=0, men=0, children=3)
    assert info.value.field == "children"
    planned = _record(opened.db, worker, held_on=next_month, women=0, men=0, children=0)
    assert planned.attendance == 0
    _record(opened.db, worker, held_on=TODAY + timedelta(days=365), women=0, men=0, children=0)
    with pytest.raises(InvalidInput) as info:
        _record(opened.db, worker, held_on=TODAY + timedelta(days=366), women=0, men=0, children=0)
    assert info.value.field == "held_on"
    assert "365" in info.value.message
    held = events.edit_event(
        opened.db,
        worker,
        planned.id,
        planned.title,
        planned.kind,
        planned.held_on,
        planned.topic,
        55,
        2,
        0,
        today=next_month,
    )
    assert held.attendance == 57


def test_bad_fields_are_named_and_change_nothing(opened, staff):
    worker = staff[Role.CASE_WORKER]
    cases = [
        (dict(title=""), "title"),
        (dict(title="Т" * 201), "title"),
        (dict(title=None), "title"),
        (dict(kind="concert"), "kind"),
        (dict(kind=None), "kind"),
        (dict(held_on="2026-03-05"), "held_on"),
        (dict(held_on=date(1899, 12, 31)), "held_on"),
        (dict(topic="т" * 201), "topic"),
        (dict(topic=5), "topic"),
        (dict(women=-1), "women"),
        (dict(men=100_001), "men"),
        (dict(children=2.0), "children"),
        (dict(women=True), "women"),
        (dict(men="3"), "men"),
    ]
    for changes, field in cases:
        with pytest.raises(InvalidInput) as info:
            _record(opened.db, worker, **changes)
        assert info.value.field == field, changes
    assert _rows(opened) == ([], set())
    biggest = _record(opened.db, worker, women=100_000, men=100_000, children=100_000)
    assert biggest.attendance == 300_000


def test_an_event_recorded_by_mistake_is_deleted_with_its_partner_links(opened, staff, partner):
    worker = staff[Role.CASE_WORKER]
    kept = _record(opened.db, worker, partner_ids=[partner("ГО")])
    mistake = _record(opened.db, worker, partner_ids=kept.partner_ids, title="Дубль")
    events.delete_event(opened.db, worker, mistake.id)
    rows, links = _rows(opened)
    assert [r.id for r in rows] == [kept.id] and links == {(kept.id, kept.partner_ids[0])}
    for missing in (mistake.id, None, 0, "1", 10**30):
        with pytest.raises(InvalidInput) as info:
            events.delete_event(opened.db, worker, missing)
        assert info.value.field == "event"
    assert "event.deleted" in [e.action for e in audit.list_entries(opened.db, opened.admin)]


def test_events_are_listed_for_the_period_only(opened, staff):
    worker = staff[Role.CASE_WORKER]
    feb = _record(opened.db, worker, held_on=date(2026, 2, 28))
    mar1 = _record(opened.db, worker, held_on=date(2026, 3, 1), kind="talk")
    mar9 = _record(opened.db, worker, held_on=date(2026, 3, 9), kind="training")
    march = events.list_events(opened.db, worker, date(2026, 3, 1), date(2026, 3, 31))
    assert [e.id for e in march] == [mar1.id, mar9.id]
    assert [e.id for e in events.list_events(opened.db, worker, feb.held_on, feb.held_on)] == [
        feb.id
    ]
    with pytest.raises(InvalidInput) as info:
        events.list_events(opened.db, worker, date(2026, 3, 31), date(2026, 3, 1))
    assert info.value.field == "end"


def test_coordinator_counts_events_by_kind_attendance_and_partners(opened, staff, partner):
    worker, coordinator = staff[Role.CASE_WORKER], staff[Role.COORDINATOR]
    a, b, c = partner("А-ГО"), partner("Б-ГО"), partner("В-ГО")
    _record(opened.db, worker, held_on=date(2026, 3, 2), partner_ids=[a, b])
    _record(opened.db, worker, held_on=date(2026, 3, 3), partner_ids=[b])
    _record(opened.db, worker, held_on=date(2026, 3, 4), kind="talk", women=30, men=0, children=0)
    _record(opened.db, worker, held_on=date(2026, 2, 4), partner_ids=[c])  # outside
    counts = events.event_counts(opened.db, coordinator, date(2026, 3, 1), date(2026, 3, 31))
    assert (counts.events, counts.by_kind) == (3, {"city_event": 2, "talk": 1})
    assert counts.attendance_by_kind == {"city_event": 286, "talk": 30}
    assert (counts.women, counts.men, counts.children, counts.attendance) == (270, 30, 16, 316)
    assert counts.partners_involved == 2
    empty = events.event_counts(opened.db, coordinator, date(2025, 1, 1), date(2025, 1, 31))
    assert (empty.events, empty.by_kind, empty.attendance, empty.partners_involved) == (
        0,
        {},
        0,
        0,
    )


# --- permissions ---------------------------------------------------------------------------------

WRITERS = {Role.ADMIN, Role.CASE_WORKER, Role.TRAINER}
READERS = {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.PSYCHOLOGIST, Role.LAWYER, Role.TRAINER}
_ALLOWED = {
    "record": WRITERS,
    "edit": WRITERS,
    "delete": WRITERS,
    "get": READERS,
    "list": READERS,
    "counts": {Role.ADMIN, Role.HEAD, Role.COORDINATOR},
}


@pytest.mark.parametrize("role", ALL_ROLES)
def test_each_role_may_use_only_its_event_services(opened, staff, partner, role):
    db, user = opened.db, staff[role]
    ngo = partner("ГО")
    existing = _record(db, opened.admin, partner_ids=[ngo])
    doomed = _record(db, opened.admin)
    calls = {
        "record": lambda: _record(db, user, partner_ids=[ngo]),
        "edit": lambda: events.edit_event(
            db, user, existing.id, "Нова назва", "talk", date(2026, 3, 1), today=TODAY
        ),
        "delete": lambda: events.delete_event(db, user, doomed.id),
        "get": lambda: events.get_event(db, user, existing.id),
        "list": lambda: events.list_events(db, user, date(2026, 3, 1), TODAY),
        "counts": lambda: events.event_counts(db, user, date(2026, 3, 1), TODAY),
    }
    assert calls.keys() == _ALLOWED.keys()
    for name, call in calls.items():
        if role in _ALLOWED[name]:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()


# --- random input --------------------------------------------------------------------------------

_junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=12),
    st.floats(allow_nan=True),
    st.lists(st.integers(), max_size=2),
    st.datetimes(),
)


def _maybe(valid: st.SearchStrategy) -> st.SearchStrategy:
    """Valid nine times in ten, junk otherwise, so most calls reach the database."""
    return st.integers(0, 9).flatmap(lambda i: _junk if i == 9 else valid)


def _check_table(opened):
    kinds = {"city_event", "training", "talk", "info_campaign", "other"}
    with opened.db.unit_of_work(opened.admin, Permission.READ_PROGRAMMES) as uow:
        s = uow.session
        for e in s.execute(select(Event)).scalars():
            assert 1 <= len(e.title) <= 200 and e.title == " ".join(e.title.split())
            assert e.kind in kinds
            assert date(1900, 1, 1) <= e.held_on <= TODAY + timedelta(days=365)
            assert e.topic is None or 1 <= len(e.topic) <= 200
            counts = (e.attendees_women, e.attendees_men, e.attendees_children)
            assert all(isinstance(n, int) and 0 <= n <= 100_000 for n in counts)
            if e.held_on > TODAY:
                assert counts == (0, 0, 0)
        for link in s.execute(select(EventPartner)).scalars():
            assert s.get(Event, link.event_id) is not None
            assert s.get(Partner, link.partner_id) is not None


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(st.sampled_from(["record", "record", "edit", "delete"]), min_size=1, max_size=4),
    data=st.data(),
)
def test_random_input_to_event_services_never_crashes_or_leaves_a_bad_row(
    opened, staff, partner, steps, data
):
    db, worker, draw = opened.db, staff[Role.CASE_WORKER], data.draw
    if not hasattr(opened, "fuzz"):
        opened.fuzz = [partner("Активна ГО"), partner("Ще одна ГО"), partner("Закрита", False)]

    def existing_event():
        """By index, so that what is drawn does not depend on the rows (replays match)."""
        index = draw(_maybe(st.integers(0, 20)))
        ids = [r.id for r in _rows(opened)[0]]
        if isinstance(index, int) and not isinstance(index, bool) and 0 <= index <= 20:
            return ids[-1 - index % len(ids)] if ids else None
        return index

    def fields():
        past = draw(st.integers(0, 3)) > 0  # a planned event one time in four
        counts = st.integers(0, 500) if past else st.just(0)
        held_on = (
            st.dates(date(2025, 1, 1), TODAY) if past else st.dates(TODAY, TODAY + timedelta(400))
        )
        return dict(
            title=draw(_maybe(st.text(min_size=1, max_size=205))),
            kind=draw(_maybe(st.sampled_from(["city_event", "training", "talk", "other"]))),
            held_on=draw(_maybe(held_on)),
            topic=draw(_maybe(st.one_of(st.none(), st.text(max_size=205)))),
            women=draw(_maybe(counts)),
            men=draw(_maybe(counts)),
            children=draw(_maybe(counts)),
            partner_ids=draw(_maybe(st.sets(st.sampled_from(opened.fuzz), max_size=3))),
            today=TODAY,
        )

    calls = {
        "record": lambda: events.record_event(db, worker, **fields()),
        "edit": lambda: events.edit_event(db, worker, existing_event(), **fields()),
        "delete": lambda: events.delete_event(db, worker, existing_event()),
    }
    for step in steps:
        outcome = "refused"
        with contextlib.suppress(InvalidInput, PermissionDenied):
            calls[step]()
            outcome = "saved"
        event(f"{step}: {outcome}")  # see --hypothesis-show-statistics
        _check_table(opened)
