"""Referrals in and out, as case workers and specialists record them."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from shelter_app import audit, referrals
from shelter_app.clients import has_consent
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Permission, Role
from shelter_app.storage.casework_schema import Client, Consent, Partner, Referral
from shelter_app.vocabulary import ConsentKind

TODAY = date(2026, 3, 10)
ALL_ROLES = list(Role)


@pytest.fixture
def partner(opened):
    """Insert a partner organisation directly (the partner register has its own tests)."""

    def make(name="ГО «Ла Страда-Україна»", active=True, kind="ngo") -> int:
        with opened.db.unit_of_work(opened.admin, Permission.WRITE_PROGRAMMES, write=True) as uow:
            row = Partner(name=name, kind=kind, contact=None, active=active)
            uow.session.add(row)
            uow.session.flush()
            partner_id = row.id
            uow.commit()
        return partner_id

    return make


def _give_consent(opened, client_id, given_on, withdrawn_on=None, kind="sharing_with_partners"):
    with opened.db.unit_of_work(opened.admin, Permission.WRITE_CLIENTS, write=True) as uow:
        uow.session.add(
            Consent(
                client_id=client_id,
                kind=kind,
                given_on=given_on,
                withdrawn_on=withdrawn_on,
                recorded_by=opened.admin.account_id,
            )
        )
        uow.commit()


def _count(opened):
    with opened.db.unit_of_work(opened.admin, Permission.READ_REFERRALS) as uow:
        return uow.session.scalar(select(func.count(Referral.id)))


def _client(opened, client_id):
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        return uow.session.get(Client, client_id)


def _refer(db, user, client_id, **changes):
    args = dict(
        direction="out",
        referral_type="legal_aid",
        on_date=TODAY - timedelta(days=1),
        today=TODAY,
    )
    args.update(changes)
    direction, referral_type, on_date = (
        args.pop("direction"),
        args.pop("referral_type"),
        args.pop("on_date"),
    )
    return referrals.record_referral(db, user, client_id, direction, referral_type, on_date, **args)


# --- use cases -----------------------------------------------------------------------------


def test_sharing_identity_without_consent_is_refused_then_recorded_after_consent(
    opened, staff, make_client, partner
):
    worker, client_id, la_strada = staff[Role.CASE_WORKER], make_client(), partner()
    with pytest.raises(InvalidInput) as info:
        _refer(opened.db, worker, client_id, partner_id=la_strada, identity_shared=True)
    assert info.value.field == "consent"
    assert _count(opened) == 0
    _give_consent(opened, client_id, TODAY - timedelta(days=1))
    record = _refer(opened.db, worker, client_id, partner_id=la_strada, identity_shared=True)
    assert (record.identity_shared, record.partner_id, record.outcome) == (
        True,
        la_strada,
        "pending",
    )
    assert record.partner_name == "ГО «Ла Страда-Україна»"
    assert _client(opened, client_id).last_activity_on == TODAY - timedelta(days=1)
    (entry,) = [
        e for e in audit.list_entries(opened.db, opened.admin) if e.action == "referral.recorded"
    ]
    assert entry.detail["identity_shared"] is True and entry.target_id == str(record.id)


def test_consent_must_be_valid_on_the_referral_date(opened, staff, make_client, partner):
    worker, la_strada = staff[Role.CASE_WORKER], partner()
    withdrawn, later, other_kind = make_client(), make_client("Коваль"), make_client("Бондар")
    _give_consent(opened, withdrawn, date(2026, 1, 10), withdrawn_on=date(2026, 2, 1))
    _give_consent(opened, later, TODAY)
    _give_consent(opened, other_kind, date(2026, 1, 10), kind="data_processing")
    for client_id in (withdrawn, later, other_kind):
        with pytest.raises(InvalidInput) as info:
            _refer(opened.db, worker, client_id, partner_id=la_strada, identity_shared=True)
        assert info.value.field == "consent"
    # before it was withdrawn, sharing was allowed
    _refer(
        opened.db,
        worker,
        withdrawn,
        partner_id=la_strada,
        identity_shared=True,
        on_date=date(2026, 1, 31),
    )
    assert _count(opened) == 1


def test_referral_without_identity_needs_no_consent(opened, staff, make_client, partner):
    lawyer, client_id = staff[Role.LAWYER], make_client()
    record = _refer(opened.db, lawyer, client_id, partner_id=partner(), referral_type="ngo")
    assert (record.identity_shared, record.referral_type) == (False, "ngo")


def test_police_referral_to_the_centre_is_recorded_without_a_partner(opened, staff, make_client):
    worker, client_id = staff[Role.CASE_WORKER], make_client()
    record = _refer(
        opened.db,
        worker,
        client_id,
        direction="in",
        referral_type="police",
        identity_shared=True,  # the police told us who she is: no consent needed for that
        outcome="accepted",
    )
    assert (record.direction, record.partner_id, record.outcome) == ("in", None, "accepted")


def test_sharing_identity_needs_to_name_the_partner(opened, staff, make_client):
    worker, client_id = staff[Role.CASE_WORKER], make_client()
    _give_consent(opened, client_id, date(2026, 1, 10))
    with pytest.raises(InvalidInput) as info:
        _refer(opened.db, worker, client_id, identity_shared=True)
    assert info.value.field == "partner"


def test_every_bad_field_is_refused_and_changes_nothing(opened, staff, make_client, partner):
    worker, client_id = staff[Role.CASE_WORKER], make_client()
    archived = make_client("Бондар", archived=True)
    closed = partner("Закрита ГО", active=False)
    cases = [
        ({"direction": "sideways"}, "direction"),
        ({"referral_type": "astrologer"}, "referral_type"),
        ({"outcome": "maybe"}, "outcome"),
        ({"on_date": TODAY + timedelta(days=1)}, "on_date"),
        ({"on_date": "2026-03-01"}, "on_date"),
        ({"on_date": date(1899, 1, 1)}, "on_date"),
        ({"partner_id": closed}, "partner"),
        ({"partner_id": 424242}, "partner"),
        ({"partner_id": "Ла Страда"}, "partner"),
        ({"identity_shared": "yes"}, "identity_shared"),
        ({"client_id": archived}, "client"),
        ({"client_id": 987654}, "client"),
        ({"client_id": -(2**70)}, "client"),
    ]
    for change, field in cases:
        target = change.pop("client_id", client_id)
        with pytest.raises(InvalidInput) as info:
            _refer(opened.db, worker, target, **change)
        assert info.value.field == field, change
        assert str(info.value)
    assert _count(opened) == 0


def test_psychologist_updates_the_outcome_of_a_referral(opened, staff, make_client, partner):
    psy, client_id = staff[Role.PSYCHOLOGIST], make_client()
    record = _refer(opened.db, psy, client_id, referral_type="medical", partner_id=partner())
    updated = referrals.update_referral_outcome(opened.db, psy, record.id, "completed", today=TODAY)
    assert (updated.id, updated.outcome) == (record.id, "completed")
    assert _client(opened, client_id).last_activity_on == TODAY
    for referral_id, outcome, field in (
        (record.id, "done", "outcome"),
        (999, "accepted", "referral"),
    ):
        with pytest.raises(InvalidInput) as info:
            referrals.update_referral_outcome(opened.db, psy, referral_id, outcome)
        assert info.value.field == field
    assert referrals.client_referrals(opened.db, psy, client_id)[0].outcome == "completed"


def test_client_referrals_are_listed_newest_first(opened, staff, make_client, partner):
    worker, client_id, other = staff[Role.CASE_WORKER], make_client(), make_client("Коваль")
    la_strada = partner()
    _refer(
        opened.db,
        worker,
        client_id,
        direction="in",
        referral_type="police",
        on_date=date(2026, 1, 12),
    )
    _refer(opened.db, worker, client_id, partner_id=la_strada, on_date=date(2026, 2, 3))
    _refer(opened.db, worker, other, on_date=date(2026, 2, 4))
    listed = referrals.client_referrals(opened.db, staff[Role.ADMIN], client_id)
    assert [(r.on_date, r.partner_name) for r in listed] == [
        (date(2026, 2, 3), "ГО «Ла Страда-Україна»"),
        (date(2026, 1, 12), None),
    ]


def test_coordinator_counts_referrals_by_direction_and_type(opened, staff, make_client):
    worker, client_id = staff[Role.CASE_WORKER], make_client()
    for direction, kind, day in (
        ("in", "police", date(2026, 2, 1)),
        ("in", "police", date(2026, 2, 14)),
        ("out", "medical", date(2026, 2, 28)),
        ("out", "legal_aid", date(2026, 3, 1)),  # outside the period
    ):
        _refer(opened.db, worker, client_id, direction=direction, referral_type=kind, on_date=day)
    counts = referrals.referral_counts(
        opened.db, staff[Role.COORDINATOR], date(2026, 2, 1), date(2026, 2, 28)
    )
    assert counts.by_direction == {"in": 2, "out": 1}
    assert counts.by_type == {("in", "police"): 2, ("out", "medical"): 1}
    assert counts.by_outcome == {("in", "pending"): 2, ("out", "pending"): 1}
    with pytest.raises(InvalidInput) as info:
        referrals.referral_counts(opened.db, staff[Role.COORDINATOR], date(2026, 3, 1), "today")
    assert info.value.field == "end"


# --- permissions, every role, every service --------------------------------------------------

_ALLOWED = {
    "record": {Role.CASE_WORKER, Role.PSYCHOLOGIST, Role.LAWYER},
    "update outcome": {Role.CASE_WORKER, Role.PSYCHOLOGIST, Role.LAWYER},
    "list": {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.PSYCHOLOGIST, Role.LAWYER},
    "counts": {Role.ADMIN, Role.HEAD, Role.COORDINATOR},
}


@pytest.mark.parametrize("role", ALL_ROLES)
def test_each_role_may_use_only_its_referral_services(opened, staff, make_client, role):
    db, user, client_id = opened.db, staff[role], make_client()
    existing = _refer(db, staff[Role.CASE_WORKER], client_id)
    calls = {
        "record": lambda: _refer(db, user, client_id),
        "update outcome": lambda: referrals.update_referral_outcome(
            db, user, existing.id, "accepted", today=TODAY
        ),
        "list": lambda: referrals.client_referrals(db, user, client_id),
        "counts": lambda: referrals.referral_counts(db, user, TODAY, TODAY),
    }
    assert calls.keys() == _ALLOWED.keys()
    for name, call in calls.items():
        if role in _ALLOWED[name]:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()


# --- random input ------------------------------------------------------------------------------

_junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=12),
    st.floats(allow_nan=True),
    st.lists(st.integers(), max_size=2),
    st.datetimes(),
)


def _mostly_valid(valid: dict[str, st.SearchStrategy]) -> st.SearchStrategy:
    """Valid arguments except for zero to two of them, so most examples reach the database."""
    names = sorted(valid)
    return st.tuples(
        st.fixed_dictionaries(valid),
        st.fixed_dictionaries({n: _junk for n in names}),
        st.sets(st.sampled_from(names), max_size=2),
    ).map(lambda t: {n: (t[1][n] if n in t[2] else t[0][n]) for n in names})


def _check_table(opened):
    """Every referral row is valid: codes from the lists, no future date, identity shared
    out only with an active partner and a consent valid on the day."""
    with opened.db.unit_of_work(opened.admin, Permission.READ_REFERRALS) as uow:
        s = uow.session
        for r in s.execute(select(Referral)).scalars():
            assert r.direction in {"in", "out"}
            assert r.referral_type in {
                "police",
                "medical",
                "legal_aid",
                "social_services",
                "ngo",
                "other",
            }
            assert r.outcome in {"pending", "accepted", "completed", "declined", "unknown"}
            assert r.on_date <= TODAY
            assert isinstance(r.identity_shared, bool)
            if r.partner_id is not None:
                assert s.get(Partner, r.partner_id) is not None
            if r.identity_shared and r.direction == "out":
                assert r.partner_id is not None
                assert has_consent(s, r.client_id, ConsentKind.SHARING_WITH_PARTNERS, r.on_date)


_REFERRAL_ARGS = {
    "client": st.sampled_from(["with consent", "with consent", "without consent"]),
    "direction": st.sampled_from(["in", "out"]),
    "referral_type": st.sampled_from(["police", "medical", "legal_aid", "ngo", "other"]),
    "on_date": st.dates(min_value=date(2025, 5, 1), max_value=TODAY + timedelta(days=3)),
    "partner": st.sampled_from(["active", "active", "inactive", None]),
    "identity_shared": st.booleans(),
    "outcome": st.sampled_from(["pending", "accepted", "completed", "declined", "unknown"]),
    "new_outcome": st.sampled_from(["accepted", "completed", "declined"]),
    "referral": st.just("recorded"),
}


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(args=_mostly_valid(_REFERRAL_ARGS))
def test_random_input_to_referrals_never_crashes_or_leaves_a_bad_row(
    opened, staff, make_client, partner, args
):
    if not hasattr(opened, "fuzz"):
        consenting = make_client()
        _give_consent(opened, consenting, date(2025, 6, 1), withdrawn_on=date(2026, 3, 1))
        opened.fuzz = {
            "clients": {"with consent": consenting, "without consent": make_client("Коваль")},
            "partners": {"active": partner(), "inactive": partner("Закрита ГО", active=False)},
        }
    fuzz = opened.fuzz
    client = (
        fuzz["clients"].get(args["client"], args["client"])
        if isinstance(args["client"], str)
        else args["client"]
    )
    partner_id = args["partner"]
    if isinstance(partner_id, str):
        partner_id = fuzz["partners"].get(partner_id, partner_id)
    worker = staff[Role.CASE_WORKER]
    record = None
    with contextlib.suppress(InvalidInput, PermissionDenied):
        record = referrals.record_referral(
            opened.db,
            worker,
            client,
            args["direction"],
            args["referral_type"],
            args["on_date"],
            partner_id,
            args["identity_shared"],
            args["outcome"],
            today=TODAY,
        )
    target = args["referral"]
    target = (record.id if record else None) if target == "recorded" else target
    with contextlib.suppress(InvalidInput, PermissionDenied):
        referrals.update_referral_outcome(
            opened.db, worker, target, args["new_outcome"], today=TODAY
        )
    _check_table(opened)
