"""Retention as the administrator runs it: preview who has had no activity for N years,
anonymise them, and find their identities gone while past periods count the same."""

from __future__ import annotations

import contextlib
import dataclasses
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from shelter_app import audit, clients, consultations, retention, safety, shelter, shelter_layout
from shelter_app.clients import ClientForm
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Permission, Role
from shelter_app.settings import update_settings
from shelter_app.storage.casework_schema import (
    Client,
    ClientCategory,
    ClientChange,
    Consent,
    Consultation,
    RiskAssessment,
    SafetyPlan,
    ViolenceDisclosure,
)
from tests.sealed_view import all_keys, everything_opened

TODAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 12, 0)
ALL_ROLES = list(Role)
NO = {q.code: False for q in safety.QUESTIONS}
SECRETS = ("Ярошенко", "ярошенко", "Северина", "северина", "Богданівна", "111 22 33", "Бузок")


@dataclass
class Centre:
    old: int  # no activity since 2019
    staying: int  # old activity, but still in the shelter
    recent: int


def _intake(opened, last, first, contact, **kw):
    form = ClientForm(
        last,
        first,
        birth_date=date(1985, 7, 1),
        district="darnytskyi",
        categories=frozenset({"idp"}),
        first_contact_on=contact,
        **kw,
    )
    return clients.create_client(opened.db, opened.admin, form, today=TODAY)


@pytest.fixture
def centre(opened, staff) -> Centre:
    """A woman helped in 2019 in every way the centre records, one still in the shelter
    since 2019, and one helped this year."""
    db, admin = opened.db, opened.admin
    worker, psy = staff[Role.CASE_WORKER], staff[Role.PSYCHOLOGIST]
    room = shelter_layout.add_room(db, admin, "Кімната 1", 4)
    bed1 = shelter_layout.add_bed(db, admin, room.id, "1")
    bed2 = shelter_layout.add_bed(db, admin, room.id, "2")

    card = _intake(opened, "Ярошенко", "Северина", date(2019, 2, 1), phone="+380 67 111 22 33")
    old = card.id
    clients.update_client(
        db, admin, old, dataclasses.replace(card.form(), patronymic="Богданівна"), 1, TODAY
    )
    clients.record_consent(db, admin, old, "special_category", date(2019, 2, 1), TODAY)
    safety.record_disclosure(db, worker, old, {"physical"}, True, 1, date(2019, 2, 1), TODAY)
    safety.assess_risk(db, worker, old, {**NO, "strangulation": True}, date(2019, 2, 1), TODAY)
    safety.save_safety_plan(
        db, worker, old, date(2019, 2, 1), date(2019, 3, 1), "Код-слово: Бузок", TODAY
    )
    consultations.log_consultation(
        db,
        psy,
        old,
        "psychological",
        datetime(2019, 3, 1, 10, 0),
        50,
        "in_person",
        ["trauma"],
        "completed",
        note="Ярошенко розповіла про погрози.",
        now=NOW,
    )
    stay = shelter.admit(
        db,
        worker,
        old,
        bed1.id,
        date(2019, 4, 1),
        "police",
        [shelter.ChildInfo(6, "male")],
        today=TODAY,
    )
    shelter.discharge(db, worker, stay.id, date(2019, 5, 1), "relatives", today=TODAY)

    staying = _intake(opened, "Мороз", "Ганна", date(2019, 6, 1)).id
    shelter.admit(db, worker, staying, bed2.id, date(2019, 6, 1), "self", today=TODAY)
    recent = _intake(opened, "Лисенко", "Ольга", date(2026, 1, 15)).id
    return Centre(old, staying, recent)


def _past_counts(opened) -> dict:
    """What a summary of 2019 is made of."""
    db, admin = opened.db, opened.admin
    counts = consultations.consultation_counts(db, admin, date(2019, 1, 1), date(2019, 12, 31))
    with db.unit_of_work(admin, Permission.READ_COUNTS) as uow:
        s = uow.session
        people = s.execute(
            select(Client.district, Client.birth_year, Client.sex, func.count())
            .where(Client.first_contact_on < date(2020, 1, 1))
            .group_by(Client.district, Client.birth_year, Client.sex)
        ).all()
        categories = s.execute(
            select(ClientCategory.category, func.count()).group_by(ClientCategory.category)
        ).all()
        levels = s.execute(
            select(RiskAssessment.level, func.count()).group_by(RiskAssessment.level)
        ).all()
        disclosures = s.scalar(select(func.count()).select_from(ViolenceDisclosure))
    return {
        "consultations": counts,
        "bed_nights": shelter_layout.bed_nights(
            db, admin, date(2019, 1, 1), date(2020, 1, 1), TODAY
        ),
        "occupancy": shelter_layout.occupancy(db, admin, date(2019, 4, 15)),
        "people": sorted(people),
        "categories": sorted(categories),
        "risk_levels": sorted(levels),
        "disclosures": disclosures,
    }


def _everything_stored(opened) -> str:
    """Every value of every row of every table, as text, sealed values opened with
    every compartment key (a purge must leave nothing that any key opens)."""
    keys = all_keys(opened.db.keyfile, opened.recovery_code)
    with opened.db.engine.connect() as conn:
        return everything_opened(conn, keys)


def test_the_preview_lists_who_has_had_no_activity_for_five_years(opened, centre):
    preview = retention.purge_preview(opened.db, opened.admin, years=5, today=TODAY)
    assert preview.client_ids == (centre.old,)  # not the one still in the shelter
    assert preview.clients == 1
    assert preview.cutoff == date(2021, 3, 10)
    assert (
        preview.consultation_notes,
        preview.safety_plans,
        preview.risk_assessments,
        preview.history_rows,
        preview.consents,
    ) == (1, 1, 1, 1, 1)


def test_the_default_period_comes_from_the_centres_settings(opened, centre):
    assert retention.purge_preview(opened.db, opened.admin, today=TODAY).years == 5
    update_settings(opened.db, opened.admin, retention_years=10)
    preview = retention.purge_preview(opened.db, opened.admin, today=TODAY)
    assert (preview.years, preview.client_ids) == (10, ())


def test_purged_identities_are_gone_and_past_periods_count_the_same(opened, centre):
    before = _past_counts(opened)
    assert all(secret in _everything_stored(opened) for secret in SECRETS[:3])
    preview = retention.purge_preview(opened.db, opened.admin, years=5, today=TODAY)
    result = retention.purge(opened.db, opened.admin, preview.client_ids, years=5, today=TODAY)
    assert (result.clients, result.skipped) == (1, 0)
    assert (
        result.consultation_notes,
        result.safety_plans,
        result.risk_assessments,
        result.history_rows,
        result.consents,
    ) == (1, 1, 1, 1, 1)

    stored = _everything_stored(opened)
    for secret in SECRETS:
        assert secret not in stored
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        s = uow.session
        row = s.get(Client, centre.old)
        assert row.anonymised_at is not None and row.archived_at is not None
        assert (row.birth_date, row.birth_year, row.phone, row.patronymic) == (
            None,
            1985,
            None,
            None,
        )
        assert row.search_key.split() == [row.code.replace("-", "").lower(), row.code[-4:]]
        assert s.scalar(select(func.count()).select_from(ClientChange)) == 0
        assert s.scalar(select(func.count()).select_from(Consent)) == 0
        assert s.scalar(select(Consultation.note)) is None
        assert s.scalar(select(SafetyPlan.plan)) is None
        assert s.scalar(select(RiskAssessment.answers)) == "{}"
    assert _past_counts(opened) == before

    # she is no longer found or opened
    assert clients.count_clients(opened.db, opened.admin, "", include_archived=True) == 2
    with pytest.raises(InvalidInput):
        clients.get_client(opened.db, opened.admin, centre.old)
    # the others are untouched
    assert clients.get_client(opened.db, opened.admin, centre.staying).last_name == "Мороз"


def test_the_audit_entry_of_a_purge_holds_the_count_only(opened, centre):
    retention.purge(opened.db, opened.admin, years=5, today=TODAY)
    entry = next(
        e for e in audit.list_entries(opened.db, opened.admin) if e.action == "records.purged"
    )
    assert (entry.target_type, entry.target_id) == (None, None)
    assert entry.detail == {"clients": 1, "skipped": 0, "years": 5}


def test_a_client_with_new_activity_since_the_preview_is_skipped(opened, staff, centre):
    preview = retention.purge_preview(opened.db, opened.admin, years=5, today=TODAY)
    clients.record_consent(opened.db, opened.admin, centre.old, "data_processing", TODAY, TODAY)
    result = retention.purge(opened.db, opened.admin, preview.client_ids, years=5, today=TODAY)
    assert (result.clients, result.skipped) == (0, 1)
    assert clients.get_client(opened.db, opened.admin, centre.old).last_name == "Ярошенко"


def test_clients_not_in_the_preview_are_not_purged(opened, centre):
    asked = [centre.recent, centre.staying, 99_999]
    result = retention.purge(opened.db, opened.admin, asked, years=5, today=TODAY)
    assert (result.clients, result.skipped) == (0, 3)
    assert clients.get_client(opened.db, opened.admin, centre.old).last_name == "Ярошенко"


def test_a_purge_twice_changes_nothing_more(opened, centre):
    assert retention.purge(opened.db, opened.admin, years=5, today=TODAY).clients == 1
    again = retention.purge(opened.db, opened.admin, [centre.old], years=5, today=TODAY)
    assert (again.clients, again.skipped) == (0, 1)


@pytest.mark.parametrize(
    ("ids", "years", "field"),
    [
        (None, 0, "years"),
        (None, 76, "years"),
        (None, "5", "years"),
        ("1,2", 5, "client_ids"),
        ([1, "2"], 5, "client_ids"),
        ([True], 5, "client_ids"),
        ([2**70], 5, "client_ids"),
        (7, 5, "client_ids"),
    ],
)
def test_bad_purge_arguments_are_refused(opened, ids, years, field):
    with pytest.raises(InvalidInput) as info:
        retention.purge(opened.db, opened.admin, ids, years=years, today=TODAY)
    assert info.value.field == field
    if field == "years":
        with pytest.raises(InvalidInput):
            retention.purge_preview(opened.db, opened.admin, years=years, today=TODAY)


@pytest.mark.parametrize("role", ALL_ROLES)
def test_only_the_administrator_purges_records(opened, staff, make_client, role):
    old = make_client(first_contact_on=date(2015, 1, 1))
    user = staff[role]
    calls = [
        lambda: retention.purge_preview(opened.db, user, years=5, today=TODAY),
        lambda: retention.purge(opened.db, user, [old], years=5, today=TODAY),
    ]
    for call in calls:
        if role == Role.ADMIN:
            assert call() is not None
        else:
            with pytest.raises(PermissionDenied):
                call()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    ids=st.one_of(
        st.none(),
        st.lists(st.integers(min_value=-3, max_value=8), max_size=5),
        st.lists(st.one_of(st.integers(), st.text(max_size=3), st.none()), max_size=3),
        st.text(max_size=5),
        st.integers(),
    ),
    years=st.one_of(st.none(), st.integers(min_value=-2, max_value=80), st.text(max_size=3)),
    today=st.dates(min_value=date(2020, 1, 1), max_value=date(2060, 1, 1)),
)
def test_random_purge_requests_never_crash_or_leave_a_half_anonymised_client(
    opened, make_client, ids, years, today
):
    if not hasattr(opened, "fuzz"):
        for year in (2012, 2016, 2019, 2023):
            make_client(f"Ярошенко{year}", first_contact_on=date(year, 5, 1))
        opened.fuzz = True
    with contextlib.suppress(InvalidInput):
        retention.purge(opened.db, opened.admin, ids, years=years, today=today)
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        for c in uow.session.scalars(select(Client)):
            if c.anonymised_at is None:
                assert c.last_name.startswith("Ярошенко") and c.birth_date is not None
            else:
                assert (c.last_name, c.first_name, c.birth_date) == ("—", "—", None)
                assert c.archived_at is not None and "ярошенко" not in c.search_key
