"""Privacy and recognition: the administrator's setting of what the client list shows as
it opens, and who sees a woman's name outside her card (her specialist on My day,
shelter staff on the board), for every role."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from shelter_app import clients, consultations, settings, shelter
from shelter_app import shelter_layout as layout
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Role
from shelter_app.settings import ClientListOpens

TODAY = date.today()

# the board: the shelter's own staff (who admit and discharge) see the name
BOARD_NAMES = {Role.ADMIN, Role.CASE_WORKER}
BOARD_READERS = {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.PSYCHOLOGIST, Role.LAWYER}


def test_the_safe_default_opens_the_list_empty_and_names_where_needed(opened):
    s = settings.get_settings(opened.db, opened.admin)
    assert s.client_list_opens == ClientListOpens.EMPTY
    assert s.names_where_needed == 1


@pytest.mark.parametrize("role", list(Role))
def test_only_the_administrator_changes_who_sees_names(opened, staff, role):
    user = staff[role]
    if role is Role.ADMIN:
        new = settings.update_settings(
            opened.db, user, client_list_opens=ClientListOpens.CODES, names_where_needed=0
        )
        assert (new.client_list_opens, new.names_where_needed) == (ClientListOpens.CODES, 0)
    else:
        with pytest.raises(PermissionDenied):
            settings.update_settings(opened.db, user, client_list_opens=ClientListOpens.NAMES)
        with pytest.raises(PermissionDenied):
            settings.update_settings(opened.db, user, names_where_needed=0)
        unchanged = settings.get_settings(opened.db, opened.admin)
        assert unchanged.client_list_opens == ClientListOpens.EMPTY


@pytest.mark.parametrize(("name", "value"), [("client_list_opens", 3), ("names_where_needed", 2)])
def test_a_value_outside_the_choices_is_refused(opened, name, value):
    with pytest.raises(InvalidInput) as refused:
        settings.update_settings(opened.db, opened.admin, **{name: value})
    assert refused.value.field == name


def test_codes_only_rows_carry_no_name_age_or_district(opened, make_client):
    make_client("Ґонта", "Дар’я")
    rows = clients.search_clients(opened.db, opened.admin, "", codes_only=True)
    assert rows and rows[0].code.startswith("K-2026-")
    assert (rows[0].display_name, rows[0].age, rows[0].birth_year, rows[0].district) == (
        "",
        None,
        None,
        "",
    )
    assert "Ґонта" not in repr(rows)


def _stay(opened, make_client):
    room = layout.add_room(opened.db, opened.admin, "Кімната 1", 3)
    bed = layout.add_bed(opened.db, opened.admin, room.id, "A")
    client = make_client("Ґонта", "Дар’я")
    shelter.admit(opened.db, opened.admin, client, bed.id, TODAY, "police", [], today=TODAY)
    return bed.id


@pytest.mark.parametrize("role", sorted(BOARD_READERS))
def test_shelter_staff_see_her_name_on_the_board_others_the_code(opened, staff, make_client, role):
    bed_id = _stay(opened, make_client)
    occupant = next(
        b.occupant
        for r in layout.board(opened.db, staff[role], TODAY).rooms
        for b in r.beds
        if b.bed_id == bed_id
    )
    assert occupant.client_code.startswith("K-2026-")
    assert occupant.client_name == ("Ґонта Дар’я" if role in BOARD_NAMES else None)
    settings.update_settings(opened.db, opened.admin, names_where_needed=0)
    board = layout.board(opened.db, staff[role], TODAY)
    assert "Ґонта" not in repr(board)


@pytest.mark.parametrize("role", [Role.PSYCHOLOGIST, Role.LAWYER])
def test_her_specialist_sees_who_is_coming_on_my_day(opened, staff, make_client, role):
    user = staff[role]
    kind = "psychological" if role is Role.PSYCHOLOGIST else "legal"
    client = make_client("Ґонта", "Дар’я")
    tomorrow = TODAY + timedelta(days=1)
    consultations.schedule_appointment(
        opened.db,
        user,
        client,
        kind,
        datetime.combine(tomorrow, datetime.min.time()).replace(hour=10),
        50,
        "in_person",
    )
    day = consultations.my_day(opened.db, user, tomorrow)
    assert [a.client_name for a in day.today] == ["Ґонта Дар’я"]
    settings.update_settings(opened.db, opened.admin, names_where_needed=0)
    day = consultations.my_day(opened.db, user, tomorrow)
    assert [a.client_name for a in day.today] == [None]
    assert "Ґонта" not in repr(day)


def test_the_list_sorts_in_the_service_and_pages_on_in_that_order(opened, make_client):
    born = [date(1990, 1, 1), date(2001, 1, 1), None, date(1985, 1, 1)]
    ids = [make_client(f"Прізвище{n}", "Ім’я", birth_date=b) for n, b in enumerate(born)]
    youngest_first = [ids[1], ids[0], ids[3], ids[2]]  # unknown age last
    rows = clients.search_clients(opened.db, opened.admin, "", order="age")
    assert [r.id for r in rows] == youngest_first
    first = clients.search_clients(opened.db, opened.admin, "", order="age", limit=2)
    rest = clients.search_clients(
        opened.db, opened.admin, "", order="age", limit=2, after=first[-1].id
    )
    assert [r.id for r in first + rest] == youngest_first
    newest_code_first = clients.search_clients(
        opened.db, opened.admin, "", order="code", descending=True
    )
    assert [r.id for r in newest_code_first] == list(reversed(ids))
    with pytest.raises(InvalidInput):
        clients.search_clients(opened.db, opened.admin, "", order="district; drop")
