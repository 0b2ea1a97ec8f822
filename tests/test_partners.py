"""The register of partner organisations, as the centre's staff keep it."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from shelter_app import audit, partners
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Permission, Role
from shelter_app.search_key import fold
from shelter_app.storage.casework_schema import Partner

ALL_ROLES = list(Role)


def _rows(opened) -> list[Partner]:
    with opened.db.unit_of_work(opened.admin, Permission.READ_PROGRAMMES) as uow:
        return list(uow.session.execute(select(Partner).order_by(Partner.id)).scalars())


# --- use cases -----------------------------------------------------------------------------


def test_caseworker_registers_a_womens_ngo_and_corrects_its_contact(opened, staff):
    worker = staff[Role.CASE_WORKER]
    added = partners.add_partner(
        opened.db, worker, "  ГО «Ла Страда-Україна» ", "ngo", "  +380 44 000 00 00 "
    )
    assert (added.name, added.kind, added.contact, added.active) == (
        "ГО «Ла Страда-Україна»",
        "ngo",
        "+380 44 000 00 00",
        True,
    )
    edited = partners.edit_partner(
        opened.db, worker, added.id, "ГО «Ла Страда-Україна»", "ngo", "info@la-strada.org.ua"
    )
    assert edited.contact == "info@la-strada.org.ua"
    actions = [e.action for e in audit.list_entries(opened.db, opened.admin)]
    assert "partner.added" in actions and "partner.edited" in actions


def test_the_same_name_in_other_letters_case_is_refused(opened, staff):
    worker = staff[Role.CASE_WORKER]
    partners.add_partner(opened.db, worker, "Ґендерна Ініціатива", "ngo")
    for same in ("ґендерна ініціатива", "ГЕНДЕРНА   ІНІЦІАТИВА", "Гендерна ініціатива"):
        with pytest.raises(InvalidInput) as info:
            partners.add_partner(opened.db, worker, same, "ngo")
        assert info.value.field == "name"
    assert len(_rows(opened)) == 1


def test_renaming_onto_another_partners_name_is_refused_but_own_name_is_fine(opened, staff):
    worker = staff[Role.CASE_WORKER]
    police = partners.add_partner(opened.db, worker, "Ювенальна поліція", "state_body")
    unicef = partners.add_partner(opened.db, worker, "UNICEF", "international")
    with pytest.raises(InvalidInput) as info:
        partners.edit_partner(opened.db, worker, unicef.id, "ювенальна поліція", "ngo")
    assert info.value.field == "name"
    renamed = partners.edit_partner(opened.db, worker, police.id, "ЮВЕНАЛЬНА поліція", "state_body")
    assert renamed.name == "ЮВЕНАЛЬНА поліція"
    assert [r.name for r in _rows(opened)] == ["ЮВЕНАЛЬНА поліція", "UNICEF"]


def test_a_deactivated_partner_leaves_the_list_and_can_come_back(opened, staff):
    worker = staff[Role.CASE_WORKER]
    closed = partners.add_partner(opened.db, worker, "Закрита ГО", "ngo")
    partners.add_partner(opened.db, worker, "Центр соцслужб", "state_body")
    assert partners.deactivate_partner(opened.db, worker, closed.id).active is False
    assert [p.name for p in partners.list_partners(opened.db, worker)] == ["Центр соцслужб"]
    everyone = partners.list_partners(opened.db, worker, include_inactive=True)
    assert [p.name for p in everyone] == ["Закрита ГО", "Центр соцслужб"]
    assert partners.reactivate_partner(opened.db, worker, closed.id).active is True
    assert len(partners.list_partners(opened.db, worker)) == 2


def test_partners_are_listed_in_ukrainian_alphabetical_order(opened, staff):
    worker = staff[Role.CASE_WORKER]
    for name in ("Ямпільська ГО", "Їжакова ГО", "Ґрунт", "Абетка", "Єдність", "Гарт", "Ірис"):
        partners.add_partner(opened.db, worker, name, "ngo")
    names = [p.name for p in partners.list_partners(opened.db, worker)]
    assert names == ["Абетка", "Гарт", "Ґрунт", "Єдність", "Ірис", "Їжакова ГО", "Ямпільська ГО"]


def test_bad_fields_are_named_and_change_nothing(opened, staff):
    worker = staff[Role.CASE_WORKER]
    existing = partners.add_partner(opened.db, worker, "Ла Страда", "ngo")
    cases = [
        (("", "ngo"), "name"),
        (("   ", "ngo"), "name"),
        (("Я" * 201, "ngo"), "name"),
        ((None, "ngo"), "name"),
        (("Нова ГО", "church"), "kind"),
        (("Нова ГО", None), "kind"),
        (("Нова ГО", "ngo", "x" * 201), "contact"),
        (("Нова ГО", "ngo", 12345), "contact"),
    ]
    for args, field in cases:
        with pytest.raises(InvalidInput) as info:
            partners.add_partner(opened.db, worker, *args)
        assert info.value.field == field, args
        with pytest.raises(InvalidInput) as info:
            partners.edit_partner(opened.db, worker, existing.id, *args)
        assert info.value.field == field, args
    for missing in (0, -1, 10**30, None, "1", True):
        with pytest.raises(InvalidInput) as info:
            partners.deactivate_partner(opened.db, worker, missing)
        assert info.value.field == "partner"
    assert [(r.name, r.kind, r.contact, r.active) for r in _rows(opened)] == [
        ("Ла Страда", "ngo", None, True)
    ]


def test_a_name_of_exactly_200_characters_is_accepted(opened, staff):
    name = "Громадська організація " + "ж" * 177
    assert len(name) == 200
    assert partners.add_partner(opened.db, staff[Role.CASE_WORKER], name, "ngo").name == name


# --- permissions -----------------------------------------------------------------------------

_ALLOWED = {
    "add": {Role.ADMIN, Role.CASE_WORKER, Role.TRAINER},
    "edit": {Role.ADMIN, Role.CASE_WORKER, Role.TRAINER},
    "deactivate": {Role.ADMIN, Role.CASE_WORKER, Role.TRAINER},
    "reactivate": {Role.ADMIN, Role.CASE_WORKER, Role.TRAINER},
    "list": {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.PSYCHOLOGIST, Role.LAWYER, Role.TRAINER},
}


@pytest.mark.parametrize("role", ALL_ROLES)
def test_each_role_may_use_only_its_partner_services(opened, staff, role):
    db, user = opened.db, staff[role]
    existing = partners.add_partner(db, opened.admin, "Існуюча ГО", "ngo")
    calls = {
        "add": lambda: partners.add_partner(db, user, f"Нова ГО {role.value}", "ngo"),
        "edit": lambda: partners.edit_partner(db, user, existing.id, "Існуюча ГО", "other"),
        "deactivate": lambda: partners.deactivate_partner(db, user, existing.id),
        "reactivate": lambda: partners.reactivate_partner(db, user, existing.id),
        "list": lambda: partners.list_partners(db, user, include_inactive=True),
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
)
_names = st.one_of(
    st.sampled_from(["Ла Страда", "ла страда", "Ґендер", "гендер", "UNICEF", "ГО «Надія»"]),
    st.text(min_size=0, max_size=210),
)


def _check_table(opened):
    rows = _rows(opened)
    folded = [fold(r.name) for r in rows]
    assert len(folded) == len(set(folded))
    for r in rows:
        assert r.name == " ".join(r.name.split()) and 1 <= len(r.name) <= 200
        assert r.kind in {"ngo", "state_body", "international", "business", "other"}
        assert r.contact is None or 1 <= len(r.contact) <= 200
        assert isinstance(r.active, bool)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=st.one_of(_names, _junk),
    kind=st.one_of(st.sampled_from(["ngo", "state_body", "other"]), _junk),
    contact=st.one_of(st.none(), st.text(max_size=210), _junk),
    target=st.one_of(st.sampled_from(["first", "last"]), _junk),
    action=st.sampled_from(["add", "edit", "deactivate", "reactivate"]),
)
def test_random_input_to_the_partner_register_never_crashes_or_leaves_a_bad_row(
    opened, staff, name, kind, contact, target, action
):
    worker = staff[Role.CASE_WORKER]
    ids = [r.id for r in _rows(opened)]
    if target in ("first", "last"):
        target = (ids[0] if target == "first" else ids[-1]) if ids else None
    calls = {
        "add": lambda: partners.add_partner(opened.db, worker, name, kind, contact),
        "edit": lambda: partners.edit_partner(opened.db, worker, target, name, kind, contact),
        "deactivate": lambda: partners.deactivate_partner(opened.db, worker, target),
        "reactivate": lambda: partners.reactivate_partner(opened.db, worker, target),
    }
    before = len(_rows(opened))
    with contextlib.suppress(InvalidInput, PermissionDenied):
        calls[action]()
    _check_table(opened)
    with opened.db.unit_of_work(opened.admin, Permission.READ_PROGRAMMES) as uow:
        assert uow.session.scalar(select(func.count(Partner.id))) in (before, before + 1)
