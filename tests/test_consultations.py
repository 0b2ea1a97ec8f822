"""Consultations as psychologists and lawyers use them, and who may see what."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from shelter_app import accounts, audit, consultations
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.i18n import install_translator
from shelter_app.permissions import POLICY, Permission, Role
from shelter_app.storage.casework_schema import Client, Consultation, ConsultationTopic
from shelter_app.vocabulary import TOPICS, ConsultationKind, LegalTopic, PsyTopic

NOW = datetime(2026, 3, 10, 12, 0)
TODAY = NOW.date()
PSY, LEGAL = "psychological", "legal"
ALL_ROLES = list(Role)


def _log(db, user, client_id, kind=PSY, **changes):
    args = dict(
        starts_at=NOW - timedelta(hours=2),
        duration_min=50,
        format="in_person",
        topics=["trauma"] if kind == PSY else ["divorce"],
        outcome="follow_up",
        now=NOW,
    )
    args.update(changes)
    return consultations.log_consultation(db, user, client_id, kind, **args)


def _book(db, user, client_id, kind=PSY, starts_at=NOW + timedelta(days=1), **changes):
    args = dict(duration_min=50, format="online", now=NOW)
    args.update(changes)
    return consultations.schedule_appointment(db, user, client_id, kind, starts_at, **args)


def _rows(opened):
    with opened.db.unit_of_work(opened.admin, Permission.READ_PSY_CONSULTATIONS) as uow:
        return uow.session.execute(select(Consultation)).scalars().all()


def _count(opened):
    with opened.db.unit_of_work(opened.admin, Permission.READ_PSY_CONSULTATIONS) as uow:
        return (
            uow.session.scalar(select(func.count(Consultation.id))),
            uow.session.scalar(select(func.count()).select_from(ConsultationTopic)),
        )


def _client(opened, client_id):
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        return uow.session.get(Client, client_id)


def _actions(opened):
    return [e for e in audit.list_entries(opened.db, opened.admin) if e.action.startswith("cons")]


# --- use cases -----------------------------------------------------------------------------


def test_psychologist_logs_a_consultation_in_one_call(opened, staff, make_client):
    psy = staff[Role.PSYCHOLOGIST]
    client_id = make_client()
    first = _log(
        opened.db,
        psy,
        client_id,
        topics=["trauma", "war_stress"],
        note="Сильна тривога після обстрілів.",
        follow_up_on=TODAY + timedelta(days=7),
    )
    assert (first.status, first.kind, first.is_first, first.outcome) == (
        "held",
        PSY,
        True,
        "follow_up",
    )
    assert first.topics == ("trauma", "war_stress")
    assert first.specialist_id == psy.account_id and first.has_note and first.note is None
    assert _client(opened, client_id).last_activity_on == TODAY
    second = _log(opened.db, psy, client_id, starts_at=NOW - timedelta(minutes=50))
    assert second.is_first is False
    entries = [e for e in _actions(opened) if e.action == "consultation.logged"]
    assert len(entries) == 2
    assert all("тривога" not in str(e.detail) for e in entries)


def test_a_held_consultation_has_ended_by_now(opened, staff, make_client, qapp):
    """Its end (start + duration), not only its start, lies in the past: one logged
    "now" with 50 minutes would read "held" until 50 minutes from now."""
    psy, client_id = staff[Role.PSYCHOLOGIST], make_client()
    ended_now = _log(opened.db, psy, client_id, starts_at=NOW - timedelta(minutes=50))
    assert ended_now.starts_at == NOW - timedelta(minutes=50)
    before = _count(opened)
    install_translator("uk")
    try:
        for starts, duration, ends in [
            (NOW - timedelta(minutes=49), 50, "12:01"),  # ends a minute from now
            (NOW, 50, "12:50"),  # the start defaulted to now: the bug of issue 19
            (NOW - timedelta(minutes=30), 45, "12:15"),
            (NOW + timedelta(days=1), 50, "11.03.2026 12:50"),
        ]:
            with pytest.raises(InvalidInput) as info:
                _log(opened.db, psy, client_id, starts_at=starts, duration_min=duration)
            assert info.value.field == "starts_at"
            text = info.value.user_message()
            assert "вже закінчилася" in text and ends in text, text
    finally:
        install_translator("en")
    assert _count(opened) == before  # nothing saved
    _log(opened.db, psy, client_id, starts_at=NOW - timedelta(minutes=75), duration_min=45)


def test_lawyer_marks_a_no_show(opened, staff, make_client):
    lawyer, client_id = staff[Role.LAWYER], make_client()
    booked = _book(opened.db, lawyer, client_id, LEGAL)
    assert (booked.status, booked.specialist_id) == ("scheduled", lawyer.account_id)
    with pytest.raises(InvalidInput) as info:  # she may still come
        consultations.mark_no_show(opened.db, lawyer, booked.id, now=NOW)
    assert info.value.field == "status"
    missed = consultations.mark_no_show(
        opened.db, lawyer, booked.id, now=booked.starts_at + timedelta(minutes=30)
    )
    assert missed.status == "no_show"
    for change in (
        lambda: consultations.mark_held(opened.db, lawyer, booked.id, ["divorce"], "completed"),
        lambda: consultations.cancel(opened.db, lawyer, booked.id),
        lambda: consultations.mark_no_show(opened.db, lawyer, booked.id),
    ):
        with pytest.raises(InvalidInput) as info:
            change()
        assert info.value.field == "status"
        assert "No-show" in str(info.value)


def test_booked_appointment_becomes_held_once_it_has_ended(opened, staff, make_client):
    psy, client_id = staff[Role.PSYCHOLOGIST], make_client()
    booked = _book(opened.db, psy, client_id, duration_min=60)
    with pytest.raises(InvalidInput) as info:
        consultations.mark_held(opened.db, psy, booked.id, ["crisis"], "completed", now=NOW)
    assert info.value.field == "starts_at"
    during = booked.starts_at + timedelta(minutes=40)
    with pytest.raises(InvalidInput) as info:  # the booked hour has not ended yet
        consultations.mark_held(opened.db, psy, booked.id, ["crisis"], "completed", now=during)
    assert info.value.field == "duration_min"
    held = consultations.mark_held(
        opened.db,
        psy,
        booked.id,
        ["crisis", "self_esteem"],
        "completed",
        note="Працювали з планом безпеки.",
        now=booked.starts_at + timedelta(hours=1),
    )
    assert (held.status, held.duration_min, held.is_first, held.has_note) == (
        "held",
        60,
        True,
        True,
    )
    assert held.topics == ("crisis", "self_esteem")
    assert _client(opened, client_id).last_activity_on == booked.starts_at.date()


def test_the_booked_slot_of_a_consultation_being_logged(opened, staff, make_client):
    """Her booking with this specialist nearest to the logged time, if one is near;
    never a colleague's booking, another woman's, a held or a cancelled one."""
    psy = staff[Role.PSYCHOLOGIST]
    colleague = accounts.create_account(
        opened.db, opened.admin, "psy2", "Друга психологиня", "psychologist", "Psy-two-pass-1"
    )
    client_id, other_client = make_client(), make_client("Коваль", "Ірина")
    morning = NOW - timedelta(hours=2)
    mine = _book(opened.db, psy, client_id, starts_at=morning, now=morning)
    _book(opened.db, psy, client_id, starts_at=NOW + timedelta(days=1))  # tomorrow
    hour_ago = NOW - timedelta(hours=1)
    _book(opened.db, psy, other_client, starts_at=hour_ago, now=morning)
    _book(opened.db, psy, client_id, starts_at=hour_ago, now=morning, specialist_id=colleague.id)

    def slot(around):
        return consultations.booked_slot(opened.db, psy, client_id, PSY, around)

    found = slot(NOW - timedelta(minutes=50))
    assert found is not None and found.consultation_id == mine.id
    assert (found.starts_at, found.duration_min, found.status) == (morning, 50, "scheduled")
    assert slot(NOW + timedelta(hours=2)) is None  # nothing of hers that near
    held = _log(opened.db, psy, client_id, starts_at=morning + timedelta(hours=1))
    assert slot(morning).consultation_id == mine.id  # a held one is no booking
    assert held.status == "held"
    consultations.cancel(opened.db, psy, mine.id)
    assert slot(morning) is None


def test_cancelled_appointment_cannot_be_held(opened, staff, make_client):
    psy, client_id = staff[Role.PSYCHOLOGIST], make_client()
    booked = _book(opened.db, psy, client_id)
    assert consultations.cancel(opened.db, psy, booked.id).status == "cancelled"
    with pytest.raises(InvalidInput) as info:
        consultations.mark_held(opened.db, psy, booked.id, ["crisis"], "completed")
    assert (info.value.field, "Cancelled" in str(info.value)) == ("status", True)


def test_appointment_is_booked_only_with_a_specialist_of_the_right_profession(
    opened, staff, make_client
):
    psy, client_id = staff[Role.PSYCHOLOGIST], make_client()
    colleague = accounts.create_account(
        opened.db, opened.admin, "psy2", "Друга психологиня", "psychologist", "Psy-two-pass-1"
    )
    booked = _book(opened.db, psy, client_id, specialist_id=colleague.id)
    assert booked.specialist_name == "Друга психологиня"
    for specialist in (staff[Role.LAWYER].account_id, 99999, "psy2"):
        with pytest.raises(InvalidInput) as info:
            _book(opened.db, psy, client_id, specialist_id=specialist)
        assert info.value.field == "specialist"
    accounts.deactivate(opened.db, opened.admin, colleague.id)
    with pytest.raises(InvalidInput):
        _book(opened.db, psy, client_id, NOW + timedelta(days=2), specialist_id=colleague.id)
    assert len(_rows(opened)) == 1


def test_specialist_is_not_double_booked(opened, staff, make_client):
    psy = staff[Role.PSYCHOLOGIST]
    first, second = make_client(), make_client("Коваль", "Ірина")
    at = NOW + timedelta(days=1)
    _book(opened.db, psy, first, starts_at=at, duration_min=60)
    with pytest.raises(InvalidInput) as info:
        _book(opened.db, psy, second, starts_at=at + timedelta(minutes=30))
    assert info.value.field == "starts_at"
    _book(opened.db, psy, second, starts_at=at + timedelta(minutes=60))  # right after
    assert len(_rows(opened)) == 2


def test_appointment_cannot_be_booked_in_the_past_or_years_ahead(opened, staff, make_client):
    psy, client_id = staff[Role.PSYCHOLOGIST], make_client()
    for at in (NOW - timedelta(days=1), NOW + timedelta(days=400)):
        with pytest.raises(InvalidInput) as info:
            _book(opened.db, psy, client_id, starts_at=at)
        assert info.value.field == "starts_at"
    assert _rows(opened) == []


# what each role gets of each kind's notes: the note, the list without notes, or nothing
_NOTES_SEEN = {
    Role.PSYCHOLOGIST: {PSY: "shown", LEGAL: "denied"},
    Role.LAWYER: {PSY: "denied", LEGAL: "shown"},
    Role.CASE_WORKER: {PSY: "hidden", LEGAL: "hidden"},
    Role.ADMIN: {PSY: "hidden", LEGAL: "hidden"},
    Role.HEAD: {PSY: "hidden", LEGAL: "hidden"},  # who/when, never the notes
    Role.TRAINER: {PSY: "denied", LEGAL: "denied"},
    Role.OPERATOR: {PSY: "denied", LEGAL: "denied"},
    Role.COORDINATOR: {PSY: "denied", LEGAL: "denied"},
}


def test_notes_are_read_only_by_their_own_profession(opened, staff, make_client):
    client_id = make_client()
    _log(opened.db, staff[Role.PSYCHOLOGIST], client_id, PSY, note="Психологічна нотатка")
    _log(opened.db, staff[Role.LAWYER], client_id, LEGAL, note="Юридична нотатка")
    assert _NOTES_SEEN.keys() == set(Role)
    for role, seen in _NOTES_SEEN.items():
        reader = staff[role]
        for kind, text in ((PSY, "Психологічна"), (LEGAL, "Юридична")):
            if seen[kind] == "denied":
                with pytest.raises(PermissionDenied):
                    consultations.client_consultations(opened.db, reader, client_id, kind)
                continue
            (record,) = consultations.client_consultations(opened.db, reader, client_id, kind)
            assert record.has_note == (seen[kind] == "shown"), (role, kind)
            assert record.note == (text + " нотатка" if seen[kind] == "shown" else None)
    viewed = [e for e in _actions(opened) if e.action == "consultation.notes_viewed"]
    assert sorted((e.role, e.detail["kind"], e.target_id) for e in viewed) == [
        ("lawyer", LEGAL, str(client_id)),
        ("psychologist", PSY, str(client_id)),
    ]


def test_topics_and_outcomes_only_for_the_profession_others_see_who_and_when(
    opened, staff, make_client
):
    """Before, administrators, the head and case workers read every client's
    psychological topics (trauma, suicidal thoughts...) and outcomes; DESIGN.md's matrix
    gives them who and when only."""
    client_id = make_client()
    psy, lawyer = staff[Role.PSYCHOLOGIST], staff[Role.LAWYER]
    _log(opened.db, psy, client_id, PSY, topics=["trauma", "crisis"], follow_up_on=TODAY)
    _log(opened.db, lawyer, client_id, LEGAL, topics=["divorce"], follow_up_on=TODAY)
    for role, seen in _NOTES_SEEN.items():
        for kind in (PSY, LEGAL):
            if seen[kind] == "denied":
                continue
            (record,) = consultations.client_consultations(opened.db, staff[role], client_id, kind)
            assert record.starts_at == NOW - timedelta(hours=2), (role, kind)  # when
            assert record.specialist_id == (psy if kind == PSY else lawyer).account_id  # who
            said = (record.topics, record.outcome, record.follow_up_on)
            if seen[kind] == "shown":
                assert said == (
                    ("crisis", "trauma") if kind == PSY else ("divorce",),
                    "follow_up",
                    TODAY,
                ), (role, kind)
            else:
                assert said == ((), None, None), (role, kind)


def test_lawyer_cannot_write_a_psychological_note(opened, staff, make_client, monkeypatch):
    lawyer, client_id = staff[Role.LAWYER], make_client()
    with pytest.raises(PermissionDenied):
        _log(opened.db, lawyer, client_id, PSY, note="не її нотатка")
    # even if the policy let her log psychological consultations, the note stays closed
    monkeypatch.setitem(
        POLICY, Role.LAWYER, POLICY[Role.LAWYER] | {Permission.WRITE_PSY_CONSULTATIONS}
    )
    with pytest.raises(InvalidInput) as info:
        _log(opened.db, lawyer, client_id, PSY, note="не її нотатка")
    assert info.value.field == "note"
    assert _count(opened) == (0, 0)


def test_every_bad_field_is_refused_and_changes_nothing(opened, staff, make_client):
    psy, client_id = staff[Role.PSYCHOLOGIST], make_client()
    archived = make_client("Бондар", "Леся", archived=True)
    _log(opened.db, psy, client_id)
    before = _count(opened)
    cases = [
        ({"kind": "spiritual"}, "kind"),
        ({"topics": []}, "topics"),
        ({"topics": ["divorce"]}, "topics"),  # a legal topic in a psychological consultation
        ({"topics": ["trauma", "nonsense"]}, "topics"),
        ({"duration_min": 4}, "duration_min"),
        ({"duration_min": 481}, "duration_min"),
        ({"duration_min": "50"}, "duration_min"),
        ({"format": "letter"}, "format"),
        ({"outcome": "cured"}, "outcome"),
        ({"starts_at": "2026-03-10 10:00"}, "starts_at"),
        ({"starts_at": datetime(1899, 12, 31, 10)}, "starts_at"),
        ({"follow_up_on": TODAY - timedelta(days=3)}, "follow_up_on"),
        ({"follow_up_on": NOW}, "follow_up_on"),
        ({"is_first": "yes"}, "is_first"),
        ({"note": "x" * (consultations.MAX_NOTE + 1)}, "note"),
        ({"note": 42}, "note"),
        ({"client_id": archived}, "client"),
        ({"client_id": 123456}, "client"),
        ({"client_id": 2**80}, "client"),
    ]
    for change, field in cases:
        kind = change.pop("kind", PSY)
        target = change.pop("client_id", client_id)
        with pytest.raises(InvalidInput) as info:
            _log(opened.db, psy, target, kind, **change)
        assert info.value.field == field, change
        assert str(info.value)
    assert _count(opened) == before


def test_last_used_defaults_prefill_the_form(opened, staff, make_client):
    psy, lawyer, client_id = staff[Role.PSYCHOLOGIST], staff[Role.LAWYER], make_client()
    assert consultations.last_used_defaults(opened.db, psy, client_id, PSY) is None
    _log(opened.db, psy, client_id, starts_at=NOW - timedelta(days=8), format="phone")
    _log(
        opened.db,
        psy,
        client_id,
        starts_at=NOW - timedelta(days=1),
        duration_min=90,
        format="online",
        topics=["grief_loss", "crisis"],
    )
    _log(opened.db, lawyer, client_id, LEGAL, format="in_person")
    defaults = consultations.last_used_defaults(opened.db, psy, client_id, PSY)
    assert defaults == consultations.ConsultationDefaults(("crisis", "grief_loss"), "online", 90)
    assert consultations.last_used_defaults(opened.db, lawyer, client_id, LEGAL).format == (
        "in_person"
    )


def test_my_day_shows_appointments_and_overdue_follow_ups(opened, staff, make_client):
    psy, lawyer = staff[Role.PSYCHOLOGIST], staff[Role.LAWYER]
    olena, iryna, lesia = make_client(), make_client("Коваль", "Ірина"), make_client("Бондар")
    day = TODAY + timedelta(days=1)
    at_ten = datetime.combine(day, datetime.min.time()).replace(hour=10)
    _book(opened.db, psy, olena, starts_at=at_ten)
    _book(opened.db, psy, iryna, starts_at=at_ten + timedelta(days=3))
    _book(opened.db, psy, iryna, starts_at=at_ten + timedelta(days=9))  # beyond the week
    _book(opened.db, lawyer, lesia, LEGAL, starts_at=at_ten)  # someone else's day
    cancelled = _book(opened.db, psy, lesia, starts_at=at_ten + timedelta(hours=2))
    consultations.cancel(opened.db, psy, cancelled.id)
    # follow-ups: Lesia's is overdue; Olena's is covered by tomorrow's appointment
    weeks_ago, due = NOW - timedelta(days=14), TODAY - timedelta(days=7)
    overdue = _log(opened.db, psy, lesia, starts_at=weeks_ago, follow_up_on=due)
    _log(opened.db, psy, olena, starts_at=weeks_ago, follow_up_on=due)
    _log(opened.db, psy, iryna, starts_at=weeks_ago, follow_up_on=day)  # due, not overdue
    plan = consultations.my_day(opened.db, psy, day)
    assert [a.client_id for a in plan.today] == [olena]
    assert plan.today[0].client_code.startswith("K-2026-")
    assert [a.client_id for a in plan.upcoming] == [iryna]
    assert [(f.consultation_id, f.client_id) for f in plan.overdue_follow_ups] == [
        (overdue.id, lesia)
    ]
    assert [a.client_id for a in consultations.my_day(opened.db, lawyer, day).today] == [lesia]


def test_case_worker_sees_who_sees_whom_on_a_day_but_nothing_said(opened, staff, make_client):
    psy, lawyer, worker = staff[Role.PSYCHOLOGIST], staff[Role.LAWYER], staff[Role.CASE_WORKER]
    olena, iryna, gone = make_client(), make_client("Коваль", "Ірина"), make_client("Бондар")
    day = TODAY + timedelta(days=1)
    at_ten = datetime.combine(day, datetime.min.time()).replace(hour=10)
    late = _book(opened.db, psy, iryna, starts_at=at_ten + timedelta(hours=3))
    early = _book(opened.db, psy, olena, starts_at=at_ten)
    cancelled = _book(opened.db, psy, olena, starts_at=at_ten + timedelta(hours=5))
    consultations.cancel(opened.db, psy, cancelled.id)
    _book(opened.db, psy, olena, starts_at=at_ten + timedelta(days=1))  # another day
    _book(opened.db, psy, gone, starts_at=at_ten + timedelta(hours=1))
    legal = _book(opened.db, lawyer, olena, LEGAL, starts_at=at_ten)
    _log(opened.db, psy, olena, note="Не для інших очей.")  # today, with a note
    with opened.db.unit_of_work(opened.admin, Permission.WRITE_CLIENTS, write=True) as uow:
        uow.session.get(Client, gone).anonymised_at = NOW
        uow.commit()
    plan = consultations.day_schedule(opened.db, worker, PSY, day)
    assert [(e.consultation_id, e.status) for e in plan] == [
        (early.id, "scheduled"),
        (late.id, "scheduled"),
        (cancelled.id, "cancelled"),
    ]
    first = plan[0]
    assert (first.client_id, first.kind, first.duration_min, first.format) == (
        olena,
        PSY,
        50,
        "online",
    )
    assert first.client_code.startswith("K-2026-")
    assert (first.specialist_id, first.specialist_name) == (psy.account_id, "Staff psychologist")
    assert not {"note", "topics", "outcome"} & set(vars(first))
    legal_day = consultations.day_schedule(opened.db, worker, LEGAL, day)
    assert [e.consultation_id for e in legal_day] == [legal.id]
    held_today = consultations.day_schedule(opened.db, worker, PSY, TODAY)
    assert [e.status for e in held_today] == ["held"]
    with pytest.raises(InvalidInput) as info:
        consultations.day_schedule(opened.db, worker, "astrology", day)
    assert info.value.field == "kind"


def test_coordinator_counts_consultations_without_ids_or_names(opened, staff, make_client):
    psy, lawyer = staff[Role.PSYCHOLOGIST], staff[Role.LAWYER]
    a, b = make_client(), make_client("Коваль", "Ірина")
    _log(opened.db, psy, a, topics=["trauma", "crisis"], starts_at=NOW - timedelta(days=2))
    _log(opened.db, psy, a, topics=["trauma"], format="phone")
    _log(opened.db, psy, b, topics=["war_stress"], starts_at=NOW - timedelta(days=40))
    _log(opened.db, lawyer, b, LEGAL, topics=["alimony", "custody"])
    booked = _book(opened.db, lawyer, a, LEGAL, starts_at=NOW + timedelta(hours=1))
    consultations.mark_no_show(opened.db, lawyer, booked.id, now=NOW + timedelta(hours=2))
    counts = consultations.consultation_counts(
        opened.db, staff[Role.COORDINATOR], date(2026, 3, 1), date(2026, 3, 31)
    )
    assert counts.held_by_kind == {PSY: 2, LEGAL: 1}
    assert counts.clients_by_kind == {PSY: 1, LEGAL: 1}
    assert counts.by_status == {(PSY, "held"): 2, (LEGAL, "held"): 1, (LEGAL, "no_show"): 1}
    assert counts.by_format == {(PSY, "in_person"): 1, (PSY, "phone"): 1, (LEGAL, "in_person"): 1}
    assert counts.by_topic == {
        (PSY, "trauma"): 2,
        (PSY, "crisis"): 1,
        (LEGAL, "alimony"): 1,
        (LEGAL, "custody"): 1,
    }
    assert counts.first_or_repeat == {(PSY, "first"): 1, (PSY, "repeat"): 1, (LEGAL, "first"): 1}
    with pytest.raises(InvalidInput) as info:
        consultations.consultation_counts(
            opened.db, staff[Role.COORDINATOR], date(2026, 3, 31), date(2026, 3, 1)
        )
    assert info.value.field == "end"


# --- permissions, every role, every service --------------------------------------------------

_ALLOWED = {
    "schedule psychological": {Role.PSYCHOLOGIST},
    "schedule legal": {Role.LAWYER},
    "log psychological": {Role.PSYCHOLOGIST},
    "log legal": {Role.LAWYER},
    "mark held psychological": {Role.PSYCHOLOGIST},
    "mark no-show legal": {Role.LAWYER},
    "cancel psychological": {Role.PSYCHOLOGIST},
    "defaults psychological": {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.PSYCHOLOGIST},
    "defaults legal": {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.LAWYER},
    "my day": {Role.PSYCHOLOGIST, Role.LAWYER},
    "booked slot psychological": {Role.PSYCHOLOGIST},
    "booked slot legal": {Role.LAWYER},
    "day schedule psychological": {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.PSYCHOLOGIST},
    "day schedule legal": {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.LAWYER},
    "list psychological": {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.PSYCHOLOGIST},
    "list legal": {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.LAWYER},
    "counts": {Role.ADMIN, Role.HEAD, Role.COORDINATOR},
}


@pytest.mark.parametrize("role", ALL_ROLES)
def test_each_role_may_use_only_its_consultation_services(opened, staff, make_client, role):
    psy, lawyer, user = staff[Role.PSYCHOLOGIST], staff[Role.LAWYER], staff[role]
    client_id = make_client()
    db = opened.db
    psy_held = _book(db, psy, client_id, starts_at=NOW + timedelta(minutes=5))
    psy_cancel = _book(db, psy, client_id, starts_at=NOW + timedelta(days=2))
    legal_missed = _book(db, lawyer, client_id, LEGAL, starts_at=NOW + timedelta(minutes=5))
    later = NOW + timedelta(hours=1)
    calls = {
        "schedule psychological": lambda: _book(db, user, client_id, starts_at=later),
        "schedule legal": lambda: _book(db, user, client_id, LEGAL, starts_at=later),
        "log psychological": lambda: _log(db, user, client_id, PSY),
        "log legal": lambda: _log(db, user, client_id, LEGAL),
        "mark held psychological": lambda: consultations.mark_held(
            db, user, psy_held.id, ["trauma"], "completed", now=later
        ),
        "mark no-show legal": lambda: consultations.mark_no_show(
            db, user, legal_missed.id, now=later
        ),
        "cancel psychological": lambda: consultations.cancel(db, user, psy_cancel.id),
        "defaults psychological": lambda: consultations.last_used_defaults(
            db, user, client_id, PSY
        ),
        "defaults legal": lambda: consultations.last_used_defaults(db, user, client_id, LEGAL),
        "my day": lambda: consultations.my_day(db, user, TODAY),
        "booked slot psychological": lambda: consultations.booked_slot(
            db, user, client_id, PSY, NOW
        ),
        "booked slot legal": lambda: consultations.booked_slot(db, user, client_id, LEGAL, NOW),
        "day schedule psychological": lambda: consultations.day_schedule(db, user, PSY, TODAY),
        "day schedule legal": lambda: consultations.day_schedule(db, user, LEGAL, TODAY),
        "list psychological": lambda: consultations.client_consultations(db, user, client_id, PSY),
        "list legal": lambda: consultations.client_consultations(db, user, client_id, LEGAL),
        "counts": lambda: consultations.consultation_counts(db, user, TODAY, TODAY),
    }
    assert calls.keys() == _ALLOWED.keys()
    for name, call in calls.items():
        if role in _ALLOWED[name]:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()
    denials = [e for e in audit.list_entries(db, opened.admin) if e.action == "permission.denied"]
    assert len(denials) == sum(role not in allowed for allowed in _ALLOWED.values())


# --- random input ------------------------------------------------------------------------------

_ALL_TOPICS = [t.value for t in PsyTopic] + [t.value for t in LegalTopic]
_junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=12),
    st.floats(allow_nan=True),
    st.lists(st.text(max_size=5), max_size=3),
    st.dates(),
    st.datetimes(),
)


def _mostly_valid(valid: dict[str, st.SearchStrategy]) -> st.SearchStrategy:
    """Arguments that are valid except for zero to two of them, so that most examples
    reach the database and the rules are tried one or two at a time."""
    names = sorted(valid)
    return st.tuples(
        st.fixed_dictionaries(valid),
        st.fixed_dictionaries({n: _junk for n in names}),
        st.sets(st.sampled_from(names), max_size=2),
    ).map(lambda t: {n: (t[1][n] if n in t[2] else t[0][n]) for n in names})


def _check_table(opened, now=NOW):
    """Every row a service left behind is a valid consultation."""
    with opened.db.unit_of_work(opened.admin, Permission.READ_PSY_CONSULTATIONS) as uow:
        s = uow.session
        rows = s.execute(select(Consultation)).scalars().all()
        for c in rows:
            kind = ConsultationKind(c.kind)
            topics = set(
                s.execute(
                    select(ConsultationTopic.topic).where(ConsultationTopic.consultation_id == c.id)
                ).scalars()
            )
            assert topics <= {t.value for t in TOPICS[kind]}
            assert c.status in {"scheduled", "held", "no_show", "cancelled"}
            assert c.format in {"in_person", "phone", "online"}
            assert 5 <= c.duration_min <= 480
            assert isinstance(c.is_first, bool)
            if c.status == "held":
                assert topics and c.outcome in {"follow_up", "completed", "referred", "declined"}
                # held means ended: the end, not only the start, is not after now
                assert c.starts_at + timedelta(minutes=c.duration_min) <= now
            else:
                assert not topics and c.note is None and c.outcome is None
            if c.follow_up_on is not None:
                assert c.follow_up_on >= c.starts_at.date()
        return len(rows)


_LOG_ARGS = {
    "role": st.just("fit"),  # the kind's profession
    "client": st.just("real"),
    "kind": st.sampled_from([PSY, LEGAL]),
    "starts_at": st.datetimes(min_value=datetime(2020, 1, 1), max_value=NOW + timedelta(hours=1)),
    "duration": st.integers(1, 600),
    "format": st.sampled_from(["in_person", "phone", "online"]),
    "topics": st.just("fit"),  # drawn from the kind's list
    "outcome": st.sampled_from(["follow_up", "completed", "referred", "declined"]),
    "note": st.one_of(st.none(), st.text(max_size=40)),
    "follow_up": st.one_of(st.none(), st.dates(min_value=date(2019, 6, 1))),
    "is_first": st.one_of(st.none(), st.booleans()),
}


def _fitting_user(staff, args):
    """The kind's profession, or a case worker when the role was broken."""
    if args.get("role", "fit") != "fit":
        return staff[Role.CASE_WORKER]
    return staff[Role.LAWYER if args["kind"] == LEGAL else Role.PSYCHOLOGIST]


def _fitting_topics(data, args):
    if args["topics"] != "fit":
        return args["topics"]
    kind = args["kind"] if args["kind"] in (PSY, LEGAL) else PSY
    listed = [t.value for t in TOPICS[ConsultationKind(kind)]]
    return data.draw(st.lists(st.sampled_from(listed), min_size=1, max_size=3))


_FUZZ = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_FUZZ
@given(args=_mostly_valid(_LOG_ARGS), data=st.data())
def test_random_input_to_log_consultation_never_crashes_or_leaves_a_bad_row(
    opened, staff, make_client, args, data
):
    if not hasattr(opened, "fuzz_client"):
        opened.fuzz_client = make_client()
    client = opened.fuzz_client if args["client"] == "real" else args["client"]
    with contextlib.suppress(InvalidInput, PermissionDenied):
        consultations.log_consultation(
            opened.db,
            _fitting_user(staff, args),
            client,
            args["kind"],
            args["starts_at"],
            args["duration"],
            args["format"],
            _fitting_topics(data, args),
            args["outcome"],
            args["note"],
            args["follow_up"],
            args["is_first"],
            now=NOW,
        )
    _check_table(opened)


_BOOK_ARGS = {
    "kind": st.sampled_from([PSY, LEGAL]),
    "starts_at": st.datetimes(
        min_value=NOW - timedelta(days=1), max_value=NOW + timedelta(days=30)
    ),
    "duration": st.integers(0, 500),
    "specialist": st.one_of(st.none(), st.integers(-2, 8)),
    "target": st.just("booked"),
    "topics": st.just("fit"),
    "outcome": st.sampled_from(["completed", "follow_up"]),
    "note": st.one_of(st.none(), st.text(max_size=20)),
    "duration_after": st.one_of(st.none(), st.integers(0, 500)),
}


@_FUZZ
@given(
    action=st.sampled_from(["held", "no_show", "cancel"]),
    args=_mostly_valid(_BOOK_ARGS),
    data=st.data(),
)
def test_random_bookings_and_transitions_never_crash_or_leave_a_bad_row(
    opened, staff, make_client, action, args, data
):
    if not hasattr(opened, "fuzz_client"):
        opened.fuzz_client = make_client()
    user = _fitting_user(staff, args)
    booked = None
    with contextlib.suppress(InvalidInput, PermissionDenied):
        booked = consultations.schedule_appointment(
            opened.db,
            user,
            opened.fuzz_client,
            args["kind"],
            args["starts_at"],
            args["duration"],
            "phone",
            args["specialist"],
            now=NOW,
        )
    target = args["target"]
    consultation_id = (booked.id if booked else None) if target == "booked" else target
    later = NOW + timedelta(days=31)
    with contextlib.suppress(InvalidInput, PermissionDenied):
        if action == "held":
            consultations.mark_held(
                opened.db,
                user,
                consultation_id,
                _fitting_topics(data, args),
                args["outcome"],
                args["note"],
                duration_min=args["duration_after"],
                now=later,
            )
        elif action == "no_show":
            consultations.mark_no_show(opened.db, user, consultation_id, now=later)
        else:
            consultations.cancel(opened.db, user, consultation_id)
    _check_table(opened, later)
