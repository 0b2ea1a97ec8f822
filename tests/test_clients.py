"""Clients as case workers meet them: intake, search as you type, duplicates, edits with
history, archive, consents, and who may do what."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import re
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from shelter_app import audit, clients
from shelter_app.clients import ClientForm
from shelter_app.database import Database
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Permission, Role
from shelter_app.search_key import client_search_key
from shelter_app.storage.casework_schema import (
    Client,
    ClientCategory,
    ClientChange,
    Consent,
    Stay,
)
from shelter_app.vocabulary import CameVia, Category, Citizenship, District, Sex
from tests.conftest import ADMIN, ADMIN_PASSWORD, Opened

TODAY = date(2026, 3, 10)
ALL_ROLES = list(Role)
READERS = {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.PSYCHOLOGIST, Role.LAWYER}
WRITERS = {Role.ADMIN, Role.CASE_WORKER}

GONTA = ClientForm(
    last_name="Ґонта",
    first_name="Дар’я",
    patronymic="Петрівна",
    birth_date=date(1988, 11, 2),
    phone="+380 (67) 123-45-67",
    safe_to_call=True,
    district=District.PODILSKYI.value,
    categories=frozenset({Category.IDP.value, Category.WITH_CHILDREN.value}),
    came_via=CameVia.HOTLINE.value,
    first_contact_on=date(2026, 2, 3),
)


def _module_db(tmp_path_factory, name):
    path = tmp_path_factory.mktemp(name) / "oberih.db"
    db, admin, code = Database.initialise(path, ADMIN, ADMIN_PASSWORD)
    return Opened(db, admin, code, path)


@pytest.fixture(scope="module")
def refusals(tmp_path_factory):
    """One database for the tests in which every call is refused (nothing is written)."""
    opened = _module_db(tmp_path_factory, "refusals")
    yield opened
    opened.db.close()


@pytest.fixture(scope="module")
def darya(tmp_path_factory):
    """Read-only: Ґонта Дар’я (K-2026-0001) and Коваль Олена, for search and duplicates."""
    opened = _module_db(tmp_path_factory, "darya")
    _new(opened)
    other = dataclasses.replace(
        GONTA, last_name="Коваль", first_name="Олена", birth_date=date(1990, 1, 1)
    )
    _new(opened, other)
    yield opened
    opened.db.close()


def _new(opened, form=GONTA, user=None):
    return clients.create_client(opened.db, user or opened.admin, form, today=TODAY)


def _rows(opened, model=Client):
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def _search(opened, text, **kw):
    return clients.search_clients(opened.db, opened.admin, text, today=TODAY, **kw)


# --- intake ---------------------------------------------------------------------------------


def test_intake_gives_her_a_code_of_the_year_of_first_contact(opened):
    card = _new(opened)
    assert card.code == "K-2026-0001"
    assert (card.last_name, card.first_name, card.patronymic) == ("Ґонта", "Дар’я", "Петрівна")
    assert card.birth_year == 1988
    assert card.categories == {"idp", "with_children"}
    assert card.last_activity_on == date(2026, 2, 3)
    assert card.version == 1 and not card.archived
    assert _new(opened, dataclasses.replace(GONTA, last_name="Коваль")).code == "K-2026-0002"
    last_year = dataclasses.replace(GONTA, last_name="Бойко", first_contact_on=date(2025, 12, 30))
    assert _new(opened, last_year).code == "K-2025-0001"


def test_the_serial_grows_past_four_digits(opened, make_client):
    make_client()  # K-2026-9001 from the shared fixture
    with opened.db.unit_of_work(opened.admin, Permission.WRITE_CLIENTS, write=True) as uow:
        uow.session.get(Client, 1).code = "K-2026-9999"
        uow.commit()
    assert _new(opened).code == "K-2026-10000"
    assert _new(opened).code == "K-2026-10001"


def test_year_only_when_that_is_all_she_gives(opened):
    card = _new(opened, dataclasses.replace(GONTA, birth_date=None, birth_year=1975))
    assert (card.birth_date, card.birth_year) == (None, 1975)
    summary = _search(opened, card.code)[0]
    assert (summary.age, summary.birth_year) == (None, 1975)
    unknown = _new(opened, dataclasses.replace(GONTA, birth_date=None, last_name="Ткач"))
    assert (unknown.birth_date, unknown.birth_year) == (None, None)


def test_first_contact_defaults_to_today(opened):
    card = _new(opened, dataclasses.replace(GONTA, first_contact_on=None))
    assert card.first_contact_on == TODAY == card.last_activity_on


_BAD_FIELDS = [
    ("last_name", ""),
    ("last_name", "   "),
    ("last_name", "Ш" * 81),
    ("last_name", "Шевченко2"),
    ("last_name", "Robert'); DROP TABLE clients;--"),
    ("last_name", "-'"),
    ("last_name", None),
    ("first_name", ""),
    ("first_name", 42),
    ("patronymic", "Петр1вна"),
    ("birth_date", TODAY + timedelta(days=1)),
    ("birth_date", date(1899, 12, 31)),
    ("birth_date", date(2020, 1, 1)),  # six years old
    ("birth_date", "1990-01-01"),
    ("birth_year", 1800),
    ("birth_year", 2030),
    ("birth_year", "1990"),
    ("sex", "unknown"),
    ("citizenship", ""),
    ("phone", "12345"),
    ("phone", "call me maybe"),
    ("phone", "+38 067 12+3 45 67"),
    ("phone", "1" * 21),
    ("safe_to_call", "yes"),
    ("safe_to_text", None),
    ("district", "kharkiv"),
    ("categories", {"idp", "astronaut"}),
    ("categories", 7),
    ("came_via", "pigeon"),
    ("first_contact_on", TODAY + timedelta(days=1)),
    ("first_contact_on", date(1980, 1, 1)),  # before she was born
]


@pytest.mark.parametrize(("field", "value"), _BAD_FIELDS)
def test_every_bad_field_is_refused_by_name_and_nothing_is_saved(refusals, field, value):
    form = dataclasses.replace(GONTA, **{field: value})
    with pytest.raises(InvalidInput) as info:
        _new(refusals, form)
    expected = "first_contact_on" if value == date(1980, 1, 1) else field
    assert info.value.field == expected
    assert str(info.value)
    assert _rows(refusals) == 0


def test_year_that_contradicts_the_birth_date_is_refused(opened):
    with pytest.raises(InvalidInput) as info:
        _new(opened, dataclasses.replace(GONTA, birth_year=1989))
    assert info.value.field == "birth_year"


def test_safe_to_call_without_a_phone_is_refused(opened):
    with pytest.raises(InvalidInput) as info:
        _new(opened, dataclasses.replace(GONTA, phone=None))
    assert info.value.field == "phone"


def test_names_with_apostrophes_hyphens_and_latin_letters_are_accepted(opened):
    form = dataclasses.replace(GONTA, last_name="Квітка-Основ'яненко", first_name="Мар ʼяна")
    card = _new(opened, form)
    assert card.last_name == "Квітка-Основ'яненко"
    assert _new(opened, dataclasses.replace(GONTA, last_name="O’Brien", first_name="Anna")).id


def test_the_audit_entry_of_intake_names_nobody(opened):
    card = _new(opened)
    entries = [
        e
        for e in audit.list_entries(opened.db, opened.admin)
        if (e.target_type, e.target_id) == ("client", str(card.id))
    ]
    assert [e.action for e in entries] == ["client.created"]
    text = json.dumps([e.detail for e in entries], ensure_ascii=False)
    for secret in ("Ґонта", "Дар", "Петрівна", "380", "1988"):
        assert secret not in text


# --- search as you type ---------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["дар'я", "ДАРʼЯ", "Дар’я", "гонта", "ҐОНТА", "гонта дар", "дар"])
def test_search_finds_darya_gonta_however_she_is_typed(darya, typed):
    found = _search(darya, typed)
    assert [c.code for c in found] == ["K-2026-0001"]
    assert found[0].display_name == "Ґонта Дар’я Петрівна"


@pytest.mark.parametrize(
    "typed", ["K-2026-0001", "к-2026-0001", "k20260001", "0001", "K 2026 0001"]
)
def test_search_finds_her_by_code(darya, typed):
    assert [c.code for c in _search(darya, typed)] == ["K-2026-0001"]


@pytest.mark.parametrize("typed", ["онта", "ґонтаа", "гонта коваль", "ар’я"])
def test_search_matches_the_start_of_words_only(darya, typed):
    assert _search(darya, typed) == []


@pytest.mark.parametrize("typed", ["%", "_", "\\", "г%", "%онта", "_онта"])
def test_wildcards_typed_in_search_are_plain_characters(darya, typed):
    assert _search(darya, typed) == []


def test_the_list_is_ordered_by_surname_then_first_name_and_paged(opened):
    for last, first in [("Коваль", "Олена"), ("Бойко", "Ірина"), ("Коваль", "Анна")]:
        _new(opened, dataclasses.replace(GONTA, last_name=last, first_name=first))
    names = [c.display_name.split()[:2] for c in _search(opened, "")]
    assert names == [["Бойко", "Ірина"], ["Коваль", "Анна"], ["Коваль", "Олена"]]
    page = _search(opened, "", limit=2, offset=1)
    assert [c.display_name.split()[1] for c in page] == ["Анна", "Олена"]
    assert clients.count_clients(opened.db, opened.admin, "") == 3
    assert clients.count_clients(opened.db, opened.admin, "коваль") == 2
    summary = _search(opened, "бойко")[0]
    assert (summary.age, summary.birth_year, summary.district) == (37, 1988, "podilskyi")
    assert summary.last_activity_on == date(2026, 2, 3)


def test_archived_clients_are_left_out_unless_asked_for(opened):
    card = _new(opened)
    clients.archive_client(opened.db, opened.admin, card.id)
    assert _search(opened, "гонта") == []
    assert clients.count_clients(opened.db, opened.admin, "гонта") == 0
    found = _search(opened, "гонта", include_archived=True)
    assert [(c.id, c.archived) for c in found] == [(card.id, True)]
    assert clients.count_clients(opened.db, opened.admin, "гонта", include_archived=True) == 1


def test_bad_paging_is_refused(refusals):
    with pytest.raises(InvalidInput) as info:
        _search(refusals, "", limit=0)
    assert info.value.field == "limit"
    with pytest.raises(InvalidInput):
        _search(refusals, "", offset=-1)
    with pytest.raises(InvalidInput):
        _search(refusals, 123)


# --- likely duplicates -----------------------------------------------------------------------


def test_a_likely_duplicate_is_reported_at_intake_but_not_refused(opened):
    first = _new(opened)
    again = _new(opened, dataclasses.replace(GONTA, last_name="Гонта", first_name="Даря"))
    assert [d.id for d in again.possible_duplicates] == [first.id]
    assert _rows(opened) == 2
    entry = next(
        e
        for e in audit.list_entries(opened.db, opened.admin)
        if (e.target_type, e.target_id) == ("client", str(again.id))
    )
    assert entry.detail == {"possible_duplicates": 1}


@pytest.mark.parametrize(
    ("last", "first", "birth", "found"),
    [
        ("Ґонта", "Дар’я", date(1988, 11, 2), True),
        ("гонта", "Дарина", date(1988, 11, 2), True),  # same surname, another first name
        ("Гонтар", "Даря", date(1988, 11, 2), True),  # one slip
        ("Гонтаренко", "Дарія", date(1988, 11, 2), False),
        ("Дар’я", "Ґонта", date(1988, 11, 2), True),  # fields swapped
        ("Ґонта", "Дар’я", date(1988, 11, 3), False),  # another birthday
        ("Ґонта", "Дар’я", 1988, True),  # only the year is known
        ("Ґонта", "Дар’я", 1989, False),
        ("Ґонта", "Дар’я", None, False),
    ],
)
def test_find_duplicates_needs_the_same_birth_and_a_similar_name(darya, last, first, birth, found):
    result = clients.find_duplicates(darya.db, darya.admin, last, first, birth, today=TODAY)
    assert [d.code for d in result] == (["K-2026-0001"] if found else [])
    assert clients.find_duplicates(darya.db, darya.admin, last, first, birth, exclude_id=1) == []


def test_a_woman_known_only_by_birth_year_is_a_possible_duplicate_of_a_full_date(opened):
    known = _new(opened, dataclasses.replace(GONTA, birth_date=None, birth_year=1988))
    again = _new(opened)
    assert [d.id for d in again.possible_duplicates] == [known.id]


def test_an_archived_client_is_still_found_as_a_duplicate(opened):
    old = _new(opened)
    clients.archive_client(opened.db, opened.admin, old.id)
    assert [d.id for d in _new(opened).possible_duplicates] == [old.id]


def test_edit_distance():
    assert clients.edit_distance("гонта", "гонта") == 0
    assert clients.edit_distance("гонта", "гонтар") == 1
    assert clients.edit_distance("даря", "дарія") == 1
    assert clients.edit_distance("даря", "дарина") == 3
    assert clients.edit_distance("а", "бвгде") == 3  # capped


# --- edits, history, archive -----------------------------------------------------------------


def test_an_edit_is_saved_with_one_history_row_per_changed_field(opened, staff):
    worker = staff[Role.CASE_WORKER]
    card = _new(opened)
    form = dataclasses.replace(
        card.form(),
        last_name="Мельник",
        phone=None,
        safe_to_call=False,
        categories=frozenset({"idp"}),
    )
    edited = clients.update_client(opened.db, worker, card.id, form, card.version, today=TODAY)
    assert (edited.last_name, edited.phone, edited.version) == ("Мельник", None, 2)
    assert edited.categories == {"idp"}
    history = clients.client_history(opened.db, opened.admin, card.id)
    changed = {h.field: (h.old_value, h.new_value) for h in history}
    assert changed == {
        "last_name": ("Ґонта", "Мельник"),
        "phone": ("+380 (67) 123-45-67", None),
        "safe_to_call": ("true", "false"),
        "categories": ("idp,with_children", "idp"),
    }
    assert {h.account_name for h in history} == {"Staff caseworker"}
    assert [c.id for c in _search(opened, "мельник")] == [card.id]
    assert _search(opened, "гонта") == []
    entry = next(
        e for e in audit.list_entries(opened.db, opened.admin) if e.action == "client.updated"
    )
    assert sorted(entry.detail["fields"]) == ["categories", "last_name", "phone", "safe_to_call"]
    assert "Мельник" not in json.dumps(entry.detail, ensure_ascii=False)


def test_an_edit_made_on_a_stale_card_is_refused_with_a_clear_message(opened, staff):
    card = _new(opened)
    clients.update_client(
        opened.db, opened.admin, card.id, dataclasses.replace(card.form(), district="obolonskyi"), 1
    )
    stale = dataclasses.replace(card.form(), first_name="Дарина")
    with pytest.raises(InvalidInput) as info:
        clients.update_client(opened.db, staff[Role.CASE_WORKER], card.id, stale, 1)
    assert info.value.field == "version"
    assert "Someone else saved" in str(info.value)
    now = clients.get_client(opened.db, opened.admin, card.id)
    assert (now.first_name, now.district, now.version) == ("Дар’я", "obolonskyi", 2)


def test_saving_an_unchanged_card_writes_no_history(opened):
    card = _new(opened)
    same = clients.update_client(opened.db, opened.admin, card.id, card.form(), 1)
    assert same.version == 1
    assert clients.client_history(opened.db, opened.admin, card.id) == []


def test_a_bad_edit_changes_nothing(opened):
    card = _new(opened)
    bad = dataclasses.replace(card.form(), last_name="Мельник", district="mars")
    with pytest.raises(InvalidInput):
        clients.update_client(opened.db, opened.admin, card.id, bad, 1)
    assert clients.get_client(opened.db, opened.admin, card.id) == card
    assert _rows(opened, ClientChange) == 0


def test_an_archived_record_is_restored_before_it_is_edited(opened):
    card = _new(opened)
    clients.archive_client(opened.db, opened.admin, card.id)
    with pytest.raises(InvalidInput) as info:
        clients.update_client(opened.db, opened.admin, card.id, card.form(), 2)
    assert info.value.field == "client"
    with pytest.raises(InvalidInput):
        clients.archive_client(opened.db, opened.admin, card.id)
    restored = clients.restore_client(opened.db, opened.admin, card.id)
    assert not restored.archived
    assert clients.update_client(opened.db, opened.admin, card.id, card.form(), 3).version == 3
    with pytest.raises(InvalidInput):
        clients.restore_client(opened.db, opened.admin, card.id)


def test_she_cannot_be_archived_while_staying_in_the_shelter(opened):
    card = _new(opened)
    with opened.db.unit_of_work(opened.admin, Permission.WRITE_STAYS_ENROLMENTS, write=True) as uow:
        uow.session.add(
            Stay(
                client_id=card.id,
                admitted_on=date(2026, 3, 1),
                allowed_until=date(2026, 5, 30),
                referred_by="police",
                created_by=opened.admin.account_id,
            )
        )
        uow.commit()
    with pytest.raises(InvalidInput) as info:
        clients.archive_client(opened.db, opened.admin, card.id)
    assert info.value.field == "client"
    assert not clients.get_client(opened.db, opened.admin, card.id).archived


def test_opening_a_card_is_audited_as_viewed(opened, staff):
    card = _new(opened)
    lawyer = staff[Role.LAWYER]
    seen = clients.get_client(opened.db, lawyer, card.id)
    assert seen.phone == GONTA.phone  # nothing extra hidden by role
    entry = next(
        e for e in audit.list_entries(opened.db, opened.admin) if e.action == "client.viewed"
    )
    assert (entry.account_id, entry.target_id, entry.detail) == (
        lawyer.account_id,
        str(card.id),
        None,
    )


def test_unknown_client_ids_are_refused(refusals):
    for bad in (999, 0, -1, True, "1", 2**70, None):
        with pytest.raises(InvalidInput) as info:
            clients.get_client(refusals.db, refusals.admin, bad)
        assert info.value.field == "client"


# --- consents --------------------------------------------------------------------------------


def test_consent_is_recorded_then_withdrawn(opened, staff):
    worker = staff[Role.CASE_WORKER]
    card = _new(opened)
    kind = "special_category"
    consent = clients.record_consent(opened.db, worker, card.id, kind, date(2026, 2, 3), TODAY)
    with pytest.raises(InvalidInput) as info:
        clients.record_consent(opened.db, worker, card.id, kind, date(2026, 2, 5), TODAY)
    assert info.value.field == "kind"
    with pytest.raises(InvalidInput) as info:
        clients.withdraw_consent(opened.db, worker, consent.id, date(2026, 2, 1), TODAY)
    assert info.value.field == "withdrawn_on"
    withdrawn = clients.withdraw_consent(opened.db, worker, consent.id, date(2026, 3, 1), TODAY)
    assert withdrawn.withdrawn_on == date(2026, 3, 1)
    with pytest.raises(InvalidInput):
        clients.withdraw_consent(opened.db, worker, consent.id, date(2026, 3, 2), TODAY)
    with opened.db.unit_of_work(worker, Permission.READ_CLIENTS) as uow:
        s = uow.session
        assert not clients.has_consent(s, card.id, kind, date(2026, 2, 2))
        assert clients.has_consent(s, card.id, kind, date(2026, 2, 3))
        assert clients.has_consent(s, card.id, kind, date(2026, 2, 28))
        assert not clients.has_consent(s, card.id, kind, date(2026, 3, 1))
        assert not clients.has_consent(s, card.id, "data_processing", date(2026, 2, 28))
    again = clients.record_consent(opened.db, worker, card.id, kind, date(2026, 3, 5), TODAY)
    shown = clients.get_client(opened.db, worker, card.id).consents
    assert [(c.id, c.withdrawn_on) for c in shown] == [
        (consent.id, date(2026, 3, 1)),
        (again.id, None),
    ]
    assert shown[1].valid_on(TODAY) and not shown[0].valid_on(TODAY)


@pytest.mark.parametrize(
    ("kind", "given_on", "field"),
    [
        ("telepathy", date(2026, 3, 1), "kind"),
        ("data_processing", TODAY + timedelta(days=1), "given_on"),
        ("data_processing", "yesterday", "given_on"),
    ],
)
def test_bad_consent_is_refused(darya, kind, given_on, field):
    with pytest.raises(InvalidInput) as info:
        clients.record_consent(darya.db, darya.admin, 1, kind, given_on, TODAY)
    assert info.value.field == field
    assert _rows(darya, Consent) == 0


def test_withdrawing_an_unknown_consent_is_refused(refusals):
    with pytest.raises(InvalidInput) as info:
        clients.withdraw_consent(refusals.db, refusals.admin, 12345, TODAY, TODAY)
    assert info.value.field == "consent"


# --- permissions -----------------------------------------------------------------------------


def _calls(opened, client_id, consent_id):
    db = opened.db
    form = dataclasses.replace(GONTA, last_name="Ткачук")
    return {
        "create_client": (WRITERS, lambda u: clients.create_client(db, u, form, today=TODAY)),
        "update_client": (
            WRITERS,
            lambda u: clients.update_client(
                db, u, client_id, form, clients.get_client(db, opened.admin, client_id).version
            ),
        ),
        "archive_client": (WRITERS, lambda u: clients.archive_client(db, u, client_id)),
        "restore_client": (WRITERS, lambda u: clients.restore_client(db, u, client_id)),
        "search_clients": (READERS, lambda u: clients.search_clients(db, u, "гонта")),
        "count_clients": (READERS, lambda u: clients.count_clients(db, u, "")),
        "find_duplicates": (
            READERS,
            lambda u: clients.find_duplicates(db, u, "Ґонта", "Дар’я", date(1988, 11, 2)),
        ),
        "get_client": (READERS, lambda u: clients.get_client(db, u, client_id)),
        "client_history": (READERS, lambda u: clients.client_history(db, u, client_id)),
        "record_consent": (
            WRITERS,
            lambda u: clients.record_consent(db, u, client_id, "data_processing", TODAY, TODAY),
        ),
        "withdraw_consent": (
            WRITERS,
            lambda u: clients.withdraw_consent(db, u, consent_id, TODAY, TODAY),
        ),
    }


@pytest.mark.parametrize("role", ALL_ROLES)
def test_each_role_may_use_only_its_client_services(opened, staff, role):
    user = staff[role]
    card = _new(opened)
    consent = clients.record_consent(
        opened.db, opened.admin, card.id, "special_category", date(2026, 3, 1), TODAY
    )
    for name, (roles, call) in _calls(opened, card.id, consent.id).items():
        if role in roles:
            call(user)  # no exception
        else:
            with pytest.raises(PermissionDenied):
                call(user)
            assert name  # for the failure report


def test_the_coordinator_cannot_read_a_client_at_all(opened, staff):
    card = _new(opened)
    coordinator = staff[Role.COORDINATOR]
    for call in (
        lambda: clients.get_client(opened.db, coordinator, card.id),
        lambda: clients.search_clients(opened.db, coordinator, ""),
        lambda: clients.client_history(opened.db, coordinator, card.id),
    ):
        with pytest.raises(PermissionDenied):
            call()


# --- random input ------------------------------------------------------------------------------

_NAME_MARKS = "'’ʼ`- "


def _check_table(opened):
    """Every client row is one the service could have written."""
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        s = uow.session
        codes = set()
        for c in s.scalars(select(Client)):
            for name in (c.last_name, c.first_name, c.patronymic):
                if name is None:
                    assert c.patronymic is None
                    continue
                assert 0 < len(name) <= 80 and name == name.strip()
                assert unicodedata.category(name[0]).startswith("L")
                assert all(ch in _NAME_MARKS or unicodedata.category(ch)[0] in "LM" for ch in name)
            assert c.search_key == client_search_key(
                c.code, c.last_name, c.first_name, c.patronymic
            )
            # the code is fixed at intake (year of first contact then); correcting the
            # first-contact date later must not change a code already on paper
            assert re.fullmatch(r"K-\d{4}-\d{4,}", c.code) and c.code not in codes
            codes.add(c.code)
            if c.birth_date is not None:
                assert c.birth_year == c.birth_date.year
                assert date(1900, 1, 1) <= c.birth_date <= TODAY
                assert c.first_contact_on >= c.birth_date
            if c.birth_year is not None:
                assert TODAY.year - 111 <= c.birth_year <= TODAY.year - 14
            assert c.first_contact_on <= TODAY and c.last_activity_on >= c.first_contact_on
            assert c.sex in set(Sex) and c.citizenship in set(Citizenship)
            assert c.district in set(District) and c.came_via in set(CameVia)
            if c.phone is None:
                assert not (c.safe_to_call or c.safe_to_text)
            else:
                assert set(c.phone) <= set("0123456789+ ()-")
                assert 7 <= sum(ch.isdigit() for ch in c.phone) <= 20
            assert isinstance(c.safe_to_call, bool) and isinstance(c.safe_to_text, bool)
        for cat in s.scalars(select(ClientCategory.category)):
            assert cat in set(Category)


_junk = st.one_of(
    st.none(),
    st.text(max_size=90),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.lists(st.text(max_size=5), max_size=3),
)
_real_name = st.sampled_from(
    ["Ґонта", "Дар’я", "Коваль", "О'Ніл", "Квітка-Основ'яненко", "Anna", "Марʼяна", "Ірина"]
)
_name = st.one_of(
    _real_name, st.text(alphabet="абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВҐ'’ʼ- ", max_size=85)
)
_form_fields = {
    "last_name": _name,
    "first_name": _name,
    "patronymic": st.one_of(st.none(), _real_name),
    "birth_date": st.one_of(
        st.none(), st.dates(min_value=date(1890, 1, 1), max_value=date(2030, 1, 1))
    ),
    "birth_year": st.one_of(
        st.none(), st.none(), st.none(), st.integers(min_value=1890, max_value=2030)
    ),
    "sex": st.sampled_from(list(Sex)),
    "citizenship": st.sampled_from(list(Citizenship)),
    "phone": st.one_of(
        st.none(),
        st.sampled_from(["+380 67 123 45 67", "(044) 555-12-34", "0501234567"]),
        st.text(alphabet="0123456789+ ()-", min_size=7, max_size=30),
    ),
    "safe_to_call": st.booleans(),
    "safe_to_text": st.booleans(),
    "district": st.sampled_from(list(District)),
    "categories": st.frozensets(st.sampled_from([*Category, "cat"]), max_size=3),
    "came_via": st.sampled_from(list(CameVia)),
    "first_contact_on": st.one_of(
        st.none(), st.dates(min_value=date(1899, 1, 1), max_value=TODAY + timedelta(days=3))
    ),
}


def _mostly_valid_form() -> st.SearchStrategy:
    names = sorted(_form_fields)
    return st.tuples(
        st.fixed_dictionaries(_form_fields),
        st.fixed_dictionaries({n: _junk for n in names}),
        st.sets(st.sampled_from(names), max_size=1),
    ).map(lambda t: ClientForm(**{n: (t[1][n] if n in t[2] else t[0][n]) for n in names}))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    form=_mostly_valid_form(), edit=_mostly_valid_form(), version=st.sampled_from([1, 1, 2, "x"])
)
def test_random_input_to_intake_and_edit_never_crashes_or_leaves_a_bad_row(
    opened, staff, form, edit, version
):
    worker = staff[Role.CASE_WORKER]
    card = None
    with contextlib.suppress(InvalidInput, PermissionDenied):
        card = clients.create_client(opened.db, worker, form, today=TODAY)
    if card is not None:
        with contextlib.suppress(InvalidInput, PermissionDenied):
            clients.update_client(opened.db, worker, card.id, edit, version, today=TODAY)
        with contextlib.suppress(InvalidInput):
            clients.find_duplicates(
                opened.db,
                worker,
                edit.last_name,
                edit.first_name,
                edit.birth_date or edit.birth_year,
            )
    with contextlib.suppress(InvalidInput):
        clients.search_clients(opened.db, worker, str(form.last_name))
    _check_table(opened)


# --- order and filters of the client list -------------------------------------------------


def form(last_name: str, first_name: str = "Олена", **changes) -> ClientForm:
    """Different people: no duplicate warnings between them."""
    if "categories" in changes:
        changes["categories"] = frozenset(changes["categories"])
    return ClientForm(last_name=last_name, first_name=first_name, **changes)


def test_the_list_follows_the_ukrainian_alphabet(opened, staff):
    worker = staff[Role.CASE_WORKER]
    surnames = [
        "Яковенко",
        "Ґонта",
        "Іваненко",
        "Бондар",
        "Єрмак",
        "Гнатюк",
        "Їжакевич",
        "Абрамова",
    ]
    for surname in surnames:
        clients.create_client(opened.db, worker, form(last_name=surname, first_name="Олена"))
    listed = [c.display_name.split()[0] for c in clients.search_clients(opened.db, worker, "")]
    # Python's own order would put Є, І, Ї before А and Ґ after Я
    assert listed == [
        "Абрамова",
        "Бондар",
        "Гнатюк",
        "Ґонта",
        "Єрмак",
        "Іваненко",
        "Їжакевич",
        "Яковенко",
    ]


def test_an_edit_of_the_surname_moves_her_in_the_list(opened, staff):
    worker = staff[Role.CASE_WORKER]
    clients.create_client(opened.db, worker, form(last_name="Бондар", first_name="Олена"))
    moved = clients.create_client(opened.db, worker, form(last_name="Аврамчук", first_name="Олена"))
    card = clients.get_client(opened.db, worker, moved.id)
    clients.update_client(opened.db, worker, moved.id, form("Шевчук"), card.version)
    listed = [c.display_name.split()[0] for c in clients.search_clients(opened.db, worker, "")]
    assert listed == ["Бондар", "Шевчук"]


def test_the_list_can_be_narrowed_to_a_district_and_a_category(opened, staff):
    worker = staff[Role.CASE_WORKER]
    a = clients.create_client(
        opened.db,
        worker,
        form(
            last_name="Андрієнко",
            district=District.DARNYTSKYI.value,
            categories=[Category.IDP.value],
        ),
    )
    clients.create_client(
        opened.db, worker, form(last_name="Бойко", district=District.DARNYTSKYI.value)
    )
    clients.create_client(
        opened.db,
        worker,
        form(
            last_name="Вакуленко",
            district=District.PODILSKYI.value,
            categories=[Category.IDP.value],
        ),
    )
    both = clients.search_clients(
        opened.db, worker, "", district=District.DARNYTSKYI.value, category=Category.IDP.value
    )
    assert [c.id for c in both] == [a.id]
    assert clients.count_clients(opened.db, worker, "", district=District.DARNYTSKYI.value) == 2
    assert clients.count_clients(opened.db, worker, "", category=Category.IDP.value) == 2
    with pytest.raises(InvalidInput) as refused:
        clients.search_clients(opened.db, worker, "", district="atlantis")
    assert refused.value.field == "district"


def test_pages_after_the_last_client_shown_cover_the_list_once(opened, staff):
    worker = staff[Role.CASE_WORKER]
    for surname in ["Ярош", "Бойко", "Ґудзь", "Іщенко", "Андрієнко", "Єфименко", "Вовк"]:
        clients.create_client(opened.db, worker, form(surname))
    everyone = clients.search_clients(opened.db, worker, "")
    pages, after = [], None
    while True:
        page = clients.search_clients(opened.db, worker, "", limit=3, after=after)
        if not page:
            break
        pages.append(page)
        after = page[-1].id
    assert [c.id for p in pages for c in p] == [c.id for c in everyone]
    assert [len(p) for p in pages] == [3, 3, 1]
    with pytest.raises(InvalidInput) as refused:
        clients.search_clients(opened.db, worker, "", after=987654)
    assert refused.value.field == "after"


def test_every_page_of_the_list_or_a_search_leaves_one_audit_entry_without_the_text(opened, staff):
    """Before, a case worker could page through every client and the audit log showed
    nothing. One entry per page: which clients it showed, and the query's shape."""
    worker = staff[Role.CASE_WORKER]
    made = [
        clients.create_client(opened.db, worker, form(surname)).id
        for surname in ["Ярош", "Бойко", "Ґудзь", "Іщенко", "Андрієнко"]
    ]

    def listed():
        return [
            e
            for e in audit.list_entries(opened.db, opened.admin, action="clients.listed")
            if e.account_id == worker.account_id
        ]

    pages, after = [], None
    while page := clients.search_clients(opened.db, worker, "", limit=2, after=after):
        pages.append(page)
        after = page[-1].id
    clients.search_clients(opened.db, worker, "ґудзь олена")
    entries = sorted(listed(), key=lambda e: e.seq)
    assert len(entries) == len(pages) + 1 + 1  # the pages, the empty page after, the search
    assert sorted(i for e in entries[: len(pages)] for i in e.detail["ids"]) == sorted(made)
    assert [e.detail["page"] for e in entries[:3]] == ["first", "next", "next"]
    search = entries[-1]
    assert search.detail["words"] == 2 and len(search.detail["ids"]) == 1
    assert search.role == "caseworker" and search.outcome == "ok"
    raw = json.dumps([e.detail for e in entries], ensure_ascii=False).casefold()
    for typed in ("ґудзь", "олена", "гудзь"):
        assert typed not in raw


def test_a_duplicate_lookup_that_shows_someone_is_audited(opened, staff):
    worker = staff[Role.CASE_WORKER]
    her = clients.create_client(opened.db, worker, GONTA).id
    found = clients.find_duplicates(
        opened.db, worker, GONTA.last_name, GONTA.first_name, GONTA.birth_date
    )
    assert [c.id for c in found] == [her]
    assert clients.find_duplicates(opened.db, worker, "Ніхто", "Ніяка", 1950) == []
    entries = [
        e
        for e in audit.list_entries(opened.db, opened.admin, action="clients.listed")
        if e.account_id == worker.account_id
    ]
    assert [e.detail for e in entries] == [{"page": "duplicates", "ids": [her]}]
