"""Free text refuses the characters that make what is shown differ from what is kept:
NUL and the other C0 controls (newline, tab and carriage return stay allowed in notes),
DEL, and the bidirectional overrides and isolates. Before, a name such as
"Ко\u202eвал" was stored and displayed reversed, and a NUL cut a note short in exports.
Checked in shelter_app/validation.py, which every service uses; tried here through the
services themselves."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from shelter_app import accounts, clients, consultations, partners, shelter_layout
from shelter_app.clients import ClientForm
from shelter_app.errors import InvalidInput
from shelter_app.permissions import Permission, Role
from shelter_app.storage.casework_schema import Client
from shelter_app.validation import optional_text, refuse_hidden_characters, required_text

HIDDEN = ["\x00", "\x01", "\x1b", "\x7f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"]
HIDDEN += ["\u2066", "\u2067", "\u2068", "\u2069"]
NOW = datetime(2026, 3, 10, 12, 0)


def _refused(call, field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        call()
    assert info.value.field == field
    assert "control or text-direction character" in str(info.value)


@pytest.mark.parametrize("ch", HIDDEN)
def test_the_core_checks_refuse_every_hidden_character(ch):
    for check in (
        lambda: required_text(f"Ко{ch}валь", "x", 100),
        lambda: optional_text(f"Нотатка{ch}", "x", 100),
        lambda: refuse_hidden_characters(ch, "x"),
    ):
        _refused(check, "x")


def test_notes_keep_their_lines_and_tabs():
    text = "Перший рядок\r\n\tдругий рядок\nтретій"
    assert optional_text(text, "note", 1000) == text


def test_a_client_name_with_a_bidi_override_is_refused_and_nothing_is_stored(opened, staff):
    worker = staff[Role.CASE_WORKER]
    for field, form in (
        ("last_name", ClientForm(last_name="Ко\u202eвал", first_name="Олена")),
        ("first_name", ClientForm(last_name="Коваль", first_name="Оле\x00на")),
        ("patronymic", ClientForm(last_name="Коваль", first_name="Олена", patronymic="\u2066І")),
    ):
        _refused(lambda form=form: clients.create_client(opened.db, worker, form), field)
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        assert uow.session.scalar(select(func.count(Client.id))) == 0


def test_a_consultation_note_with_a_nul_is_refused(opened, staff, make_client):
    client_id = make_client()
    psy = staff[Role.PSYCHOLOGIST]
    _refused(
        lambda: consultations.log_consultation(
            opened.db,
            psy,
            client_id,
            "psychological",
            starts_at=NOW - timedelta(hours=1),
            duration_min=50,
            format="in_person",
            topics=["trauma"],
            outcome="completed",
            note="Нотатка\x00прихована частина",
            now=NOW,
        ),
        "note",
    )
    assert consultations.client_consultations(opened.db, psy, client_id, "psychological") == []


def test_names_of_accounts_rooms_and_partners_refuse_hidden_characters(opened, staff):
    _refused(
        lambda: accounts.create_account(
            opened.db, opened.admin, "newbie", "Нова\u202eпрацівниця", "lawyer", "Newbie-pass-2026"
        ),
        "display_name",
    )
    _refused(lambda: shelter_layout.add_room(opened.db, opened.admin, "Кімната\x1b1", 3), "name")
    trainer = staff[Role.TRAINER]
    _refused(lambda: partners.add_partner(opened.db, trainer, "Фонд\u2067", "ngo"), "name")
    assert [a.username for a in accounts.list_accounts(opened.db, opened.admin)].count(
        "newbie"
    ) == 0
