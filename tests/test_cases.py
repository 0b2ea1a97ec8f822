"""Case management services: opening, states, team, assessment, plan, services and notes,
follow-ups, closure and reopening, as each role uses them (the head included)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from shelter_app import accounts, audit, settings
from shelter_app.cases import assessment, caseload, closure, detail, follow_ups, lifecycle, work
from shelter_app.cases import plan as plans
from shelter_app.cases.access import add_working_days
from shelter_app.cases.vocabulary import NeedDomain
from shelter_app.database import utcnow
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Permission, Role
from shelter_app.storage.case_schema import Case
from shelter_app.storage.casework_schema import RiskAssessment
from tests.conftest import STAFF_PASSWORD

TODAY = date.today()
H, A, C, PS, L, CO = (
    Role.HEAD,
    Role.ADMIN,
    Role.CASE_WORKER,
    Role.PSYCHOLOGIST,
    Role.LAWYER,
    Role.COORDINATOR,
)


def ratings(level: str = "medium") -> dict[str, tuple[str, str | None]]:
    return {d.value: (level, None) for d in NeedDomain} | {"safety": ("high", "Погрози")}


@pytest.fixture
def case_setup(opened, staff, make_client):
    """A client with an open case of the case worker, the psychologist on its team."""
    db, worker = opened.db, staff[C]
    client_id = make_client()
    case = lifecycle.open_case(db, worker, client_id, opened_on=TODAY - timedelta(days=5))
    lifecycle.set_team(db, worker, case.id, frozenset({staff[PS].account_id}))
    return client_id, case


def _second_worker(opened):
    accounts.create_account(
        opened.db, opened.admin, "worker2", "Друга", "caseworker", STAFF_PASSWORD
    )
    return opened.db.sign_in_again("worker2", STAFF_PASSWORD)


# --- use cases ---------------------------------------------------------------------------


def test_open_case_assigns_the_worker_and_sets_the_first_assessment_due(opened, staff, make_client):
    client_id = make_client()
    monday = date(2026, 11, 30)
    case = lifecycle.open_case(opened.db, staff[C], client_id, opened_on=monday, today=monday)
    assert (case.state, case.responsible_id) == ("opened", staff[C].account_id)
    assert case.first_assessment_due == date(2026, 12, 3)  # three working days
    assert add_working_days(date(2026, 12, 4), 3) == date(2026, 12, 9)  # over a weekend
    (entry,) = audit.list_entries(opened.db, opened.admin, action="case.opened")
    assert entry.target_id == str(case.id) and entry.detail["client_id"] == client_id


def test_a_client_has_at_most_one_open_case(opened, staff, case_setup):
    client_id, _case = case_setup
    with pytest.raises(InvalidInput) as info:
        lifecycle.open_case(opened.db, staff[H], client_id)
    assert info.value.field == "client"
    # the schema holds it too, should two workstations race
    with (
        pytest.raises(IntegrityError),
        opened.db.unit_of_work(opened.admin, Permission.READ_CASES, write=True) as uow,
    ):
        uow.session.add(
            Case(
                client_id=client_id,
                state="active",
                opened_on=TODAY,
                opened_by=staff[C].account_id,
                responsible_id=staff[C].account_id,
                first_assessment_due=TODAY,
                plan_version=0,
                version=1,
            )
        )
        uow.session.flush()


def test_state_changes_are_recorded_with_who_when_and_why(opened, staff, case_setup):
    _client, case = case_setup
    with pytest.raises(InvalidInput):
        lifecycle.change_state(opened.db, staff[C], case.id, "monitoring")  # not from opened
    assessment.record_assessment(opened.db, staff[C], case.id, ratings())
    moved = lifecycle.change_state(
        opened.db, staff[C], case.id, "monitoring", "Цілі майже досягнуто"
    )
    assert moved.state == "monitoring"
    shown = detail.client_case(opened.db, staff[C], case.client_id)
    states = [(e.title, e.text) for e in shown.timeline if e.kind == "state"]
    assert states == [
        ("monitoring", "Цілі майже досягнуто"),
        ("active", None),
        ("opened", None),
    ]
    changes = audit.list_entries(opened.db, opened.admin, action="case.state_changed")
    assert [e.detail["to"] for e in changes] == ["monitoring", "active"]
    assert all(e.account_id == staff[C].account_id for e in changes)


def test_team_rule_others_see_the_head_of_a_case_but_not_its_details(opened, staff, case_setup):
    client_id, case = case_setup
    other = _second_worker(opened)
    assert lifecycle.client_cases(opened.db, other, client_id)[0].id == case.id
    shown = detail.client_case(opened.db, other, client_id)
    assert shown.assessments == () and not shown.can_write and shown.timeline == ()
    for call in (
        lambda: assessment.record_assessment(opened.db, other, case.id, ratings()),
        lambda: plans.case_plan(opened.db, other, case.id),
        lambda: work.case_notes(opened.db, other, case.id),
        lambda: plans.add_goal(opened.db, other, case.id, "housing", "Житло"),
        lambda: plans.case_plan(opened.db, staff[L], case.id),  # lawyer not on the team
    ):
        with pytest.raises(PermissionDenied):
            call()
    denials = audit.list_entries(opened.db, opened.admin, action="permission.denied")
    assert len(denials) == 5
    # the psychologist on the team reads, but does not write
    assert plans.case_plan(opened.db, staff[PS], case.id).version == 0
    with pytest.raises(PermissionDenied):
        plans.add_goal(opened.db, staff[PS], case.id, "housing", "Житло")


def test_case_notes_are_for_the_team_and_the_head_never_the_administrator(
    opened, staff, case_setup
):
    _client, case = case_setup
    work.add_note(opened.db, staff[C], case.id, "Розмова про безпеку\nдругий рядок")
    work.record_service(
        opened.db, staff[C], case.id, "social_accompaniment", TODAY, 90, "accompanied", "До суду"
    )
    for role in (C, PS, H):
        (note,) = work.case_notes(opened.db, staff[role], case.id)
        assert note.text == "Розмова про безпеку\nдругий рядок"
        assert work.case_services(opened.db, staff[role], case.id)[0].note == "До суду"
    (service,) = work.case_services(opened.db, opened.admin, case.id)
    assert service.note is None and service.service == "social_accompaniment"
    shown = detail.client_case(opened.db, opened.admin, case.client_id)
    assert all(e.text is None for e in shown.timeline) and not shown.reads_notes
    for role in (A, CO):
        with pytest.raises(PermissionDenied):
            work.case_notes(opened.db, staff[role], case.id)


def test_the_head_reassigns_and_sees_every_caseload(opened, staff, case_setup):
    client_id, case = case_setup
    other = _second_worker(opened)
    with pytest.raises(PermissionDenied):
        lifecycle.reassign(opened.db, staff[C], case.id, other.account_id)
    lifecycle.reassign(opened.db, staff[H], case.id, other.account_id, "Відпустка")
    assert [r.case_id for r in caseload.my_cases(opened.db, other)] == [case.id]
    assert caseload.my_cases(opened.db, staff[C]) == []
    assert [r.client_id for r in caseload.caseload_of(opened.db, staff[H], None)] == [client_id]
    assert caseload.caseload_of(opened.db, staff[H], staff[C].account_id) == []
    (entry,) = audit.list_entries(opened.db, opened.admin, action="case.reassigned")
    assert entry.detail["to"] == other.account_id


def test_my_cases_shows_state_next_due_step_and_risk(opened, staff, case_setup, make_client):
    client_id, case = case_setup
    # set-up as the case worker: the answers are sealed under VIOLENCE, not the admin's
    with opened.db.unit_of_work(staff[C], Permission.READ_CASES, write=True) as uow:
        uow.session.add(
            RiskAssessment(
                client_id=client_id,
                assessed_on=TODAY,
                answers="{}",
                score=9,
                level="high",
                assessed_by=staff[C].account_id,
            )
        )
        uow.commit()
    (row,) = caseload.my_cases(opened.db, staff[C])
    assert (row.state, row.next_due_kind, row.risk_level) == ("opened", "assessment", "high")
    assessment.record_assessment(opened.db, staff[C], case.id, ratings())
    p = plans.add_goal(opened.db, staff[C], case.id, "housing", "Знайти житло")
    plans.add_action(
        opened.db,
        staff[C],
        p.goals[0].id,
        "Заява на соцжитло",
        staff[C].account_id,
        TODAY + timedelta(days=9),
    )
    follow_ups.schedule_follow_up(opened.db, staff[C], case.id, TODAY + timedelta(days=4))
    (row,) = caseload.my_cases(opened.db, staff[C])
    assert (row.state, row.next_due_kind, row.next_due_on) == (
        "active",
        "follow_up",
        TODAY + timedelta(days=4),
    )
    # the psychologist on the team has it in her list too
    assert [r.case_id for r in caseload.my_cases(opened.db, staff[PS])] == [case.id]


def test_assessment_needs_every_domain_and_changes_nothing_when_refused(opened, staff, case_setup):
    _client, case = case_setup
    partial = {"safety": ("high", None)}
    for bad in (partial, ratings() | {"safety": ("extreme", None)}, "junk"):
        with pytest.raises(InvalidInput):
            assessment.record_assessment(opened.db, staff[C], case.id, bad)
    assert assessment.case_assessments(opened.db, staff[C], case.id) == []
    done = assessment.record_assessment(
        opened.db, staff[C], case.id, ratings(), next_review_on=TODAY + timedelta(days=30)
    )
    assert [r.domain for r in done.ratings] == [d.value for d in NeedDomain]
    assert done.ratings[0].comment == "Погрози"


def test_plan_changes_are_versioned_and_approval_follows_the_setting(
    opened, staff, case_setup, make_client
):
    _client, case = case_setup
    settings.update_settings(opened.db, opened.admin, case_approval_required=1)
    p = plans.add_goal(opened.db, staff[C], case.id, "legal", "Захисний припис")
    p = plans.add_action(
        opened.db, staff[C], p.goals[0].id, "Подати заяву", staff[L].account_id, TODAY
    )
    action = p.goals[0].actions[0]
    assert p.version == 2 and p.approval_needed
    with pytest.raises(PermissionDenied):
        plans.approve_plan(opened.db, staff[C], case.id)
    assert not plans.approve_plan(opened.db, staff[H], case.id).approval_needed
    with pytest.raises(InvalidInput):
        plans.update_action(opened.db, staff[C], action.id, state="dropped")  # no reason
    from shelter_app import referrals

    ref = referrals.record_referral(opened.db, staff[C], case.client_id, "out", "legal_aid", TODAY)
    p = plans.update_action(
        opened.db, staff[C], action.id, state="done", link_kind="referral", link_id=ref.id
    )
    assert p.goals[0].actions[0].link_kind == "referral" and p.approval_needed
    assert p.progress == (1, 1)
    other_client = make_client("Коваль")
    other_ref = referrals.record_referral(
        opened.db, staff[C], other_client, "out", "legal_aid", TODAY
    )
    with pytest.raises(InvalidInput):  # not one of her records
        plans.update_action(
            opened.db, staff[C], action.id, link_kind="referral", link_id=other_ref.id
        )
    history = plans.plan_history(opened.db, staff[H], case.id)
    assert {(h.plan_version, h.field) for h in history} >= {(1, "goal"), (3, "state"), (3, "link")}
    assert next(h for h in history if h.field == "state").old_value == "planned"


def test_overdue_follow_ups_can_be_done_rescheduled_and_dismissed(
    opened, staff, case_setup, make_client
):
    _client, case = case_setup
    db, worker = opened.db, staff[C]
    due = [
        follow_ups.schedule_follow_up(db, worker, case.id, TODAY - timedelta(days=d))
        for d in (1, 2, 3)
    ]
    future = follow_ups.schedule_follow_up(db, worker, case.id, TODAY + timedelta(days=7))
    assert [f.id for f in follow_ups.overdue_follow_ups(db, worker)] == [
        f.id for f in reversed(due)
    ]
    follow_ups.complete_follow_up(db, worker, due[0].id)
    follow_ups.reschedule_follow_up(db, worker, due[1].id, TODAY + timedelta(days=3))
    with pytest.raises(InvalidInput):
        follow_ups.dismiss_follow_up(db, worker, due[2].id, "  ")
    follow_ups.dismiss_follow_up(db, worker, due[2].id, "Вона переїхала до сестри")
    assert follow_ups.overdue_follow_ups(db, worker) == []
    assert follow_ups.overdue_follow_ups(db, staff[H], today=TODAY + timedelta(days=7)) != []
    with pytest.raises(InvalidInput):  # dealt with already
        follow_ups.complete_follow_up(db, worker, due[0].id)
    assert future.state == "open"


def test_archived_clients_never_appear_in_follow_ups_or_caseloads(opened, staff, make_client):
    from shelter_app import clients

    db, worker = opened.db, staff[C]
    client_id = make_client()
    case = lifecycle.open_case(db, worker, client_id)
    follow_ups.schedule_follow_up(db, worker, case.id, TODAY)
    assert len(follow_ups.overdue_follow_ups(db, worker)) == 1
    clients.archive_client(db, worker, client_id)
    assert follow_ups.overdue_follow_ups(db, worker) == []
    assert follow_ups.overdue_follow_ups(db, staff[H]) == []
    assert caseload.my_cases(db, worker) == []


def test_closure_with_approval_then_reopen_as_a_new_linked_case(opened, staff, case_setup):
    client_id, case = case_setup
    db, worker, head = opened.db, staff[C], staff[H]
    p = plans.add_goal(db, worker, case.id, "safety", "План безпеки")
    plans.add_action(db, worker, p.goals[0].id, "Переглянути план", worker.account_id, TODAY)
    with pytest.raises(InvalidInput) as info:  # the checklist says actions are closed: they are not
        closure.close_case(
            db, worker, case.id, "goals_reached", "Підсумок", frozenset({"open_actions_closed"})
        )
    assert info.value.field == "checklist"
    with pytest.raises(InvalidInput):
        closure.close_case(db, worker, case.id, "goals_reached", "  ")
    settings.update_settings(db, opened.admin, case_approval_required=1)
    pending = closure.close_case(db, worker, case.id, "moved_away", "Переїхала до Львова")
    assert pending.state != "closed" and pending.closure_pending
    with pytest.raises(PermissionDenied):
        closure.approve_closure(db, worker, case.id)
    closed = closure.approve_closure(db, head, case.id)
    assert (closed.state, closed.closure_reason, closed.closed_on) == (
        "closed",
        "moved_away",
        TODAY,
    )
    for call in (
        lambda: work.add_note(db, worker, case.id, "ще"),
        lambda: lifecycle.change_state(db, worker, case.id, "active"),
        lambda: follow_ups.schedule_follow_up(db, worker, case.id, TODAY),
    ):
        with pytest.raises(InvalidInput):
            call()
    new = closure.reopen_case(db, worker, case.id, "Повернулася")
    assert (new.previous_case_id, new.state) == (case.id, "opened")
    cases = lifecycle.client_cases(db, worker, client_id)
    assert [(c.id, c.state) for c in cases] == [(new.id, "opened"), (case.id, "closed")]
    with pytest.raises(InvalidInput):  # she already has an open case again
        closure.reopen_case(db, worker, case.id)
    shown = detail.client_case(db, worker, client_id)
    assert shown.summary.id == new.id and [c.id for c in shown.earlier_cases] == [case.id]


def test_the_head_closes_directly_even_when_approval_is_required(opened, staff, case_setup):
    _client, case = case_setup
    settings.update_settings(opened.db, opened.admin, case_approval_required=1)
    closed = closure.close_case(opened.db, staff[H], case.id, "died", "—")
    assert closed.state == "closed"


# --- every service, every role --------------------------------------------------------

WRITERS = {H, C}
READERS = {H, A, C, PS, L}
_ALLOWED: dict[str, set[Role]] = {
    "open": WRITERS,
    "client cases": READERS,
    "client case": READERS,
    "case staff": READERS,
    "team": WRITERS,
    "assess": WRITERS,
    "assessments": READERS - {L},  # the lawyer is not on this case's team
    "plan": READERS - {L},
    "add goal": WRITERS,
    "service": WRITERS,
    "services": READERS - {L},
    "note": WRITERS,
    "notes": {H, C, PS},  # the team and the head; never the administrator
    "follow-up": WRITERS,
    "overdue": READERS,
    "my cases": READERS,
    "caseloads": {H},
    "reassign": {H},
    "approve plan": {H},
    "close": WRITERS,
}


@pytest.mark.parametrize("role", list(Role))
def test_each_role_may_use_only_its_case_services(opened, staff, make_client, role):
    db, user, worker = opened.db, staff[role], staff[C]
    client_id = make_client()
    case = lifecycle.open_case(db, worker, client_id)
    lifecycle.set_team(db, worker, case.id, frozenset({staff[PS].account_id}))
    plans.add_goal(db, worker, case.id, "housing", "Житло")
    fresh = make_client("Бондар")
    calls = {
        "open": lambda: lifecycle.open_case(db, user, fresh),
        "client cases": lambda: lifecycle.client_cases(db, user, client_id),
        "client case": lambda: detail.client_case(db, user, client_id),
        "case staff": lambda: lifecycle.case_staff(db, user),
        "team": lambda: lifecycle.set_team(db, user, case.id, frozenset({staff[PS].account_id})),
        "assess": lambda: assessment.record_assessment(db, user, case.id, ratings()),
        "assessments": lambda: assessment.case_assessments(db, user, case.id),
        "plan": lambda: plans.case_plan(db, user, case.id),
        "add goal": lambda: plans.add_goal(db, user, case.id, "health", "Лікар"),
        "service": lambda: work.record_service(db, user, case.id, "001.0", TODAY, 20, "phone"),
        "services": lambda: work.case_services(db, user, case.id),
        "note": lambda: work.add_note(db, user, case.id, "Нотатка"),
        "notes": lambda: work.case_notes(db, user, case.id),
        "follow-up": lambda: follow_ups.schedule_follow_up(db, user, case.id, TODAY),
        "overdue": lambda: follow_ups.overdue_follow_ups(db, user),
        "my cases": lambda: caseload.my_cases(db, user),
        "caseloads": lambda: caseload.caseload_of(db, user, None),
        "reassign": lambda: lifecycle.reassign(db, user, case.id, worker.account_id),
        "approve plan": lambda: plans.approve_plan(db, user, case.id),
        "close": lambda: closure.close_case(db, user, case.id, "declined", "Відмовилася"),
    }
    assert calls.keys() == _ALLOWED.keys()
    for name, call in calls.items():
        if role in _ALLOWED[name]:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()


def test_refusals_change_nothing(opened, staff, case_setup):
    _client, case = case_setup
    db, worker = opened.db, staff[C]
    with opened.db.unit_of_work(opened.admin, Permission.READ_CASES) as uow:
        before = uow.session.scalar(select(func.count()).select_from(Case))
    for bad in (
        lambda: work.record_service(db, worker, case.id, "999.9", TODAY, 20, "phone"),
        lambda: work.record_service(db, worker, case.id, "001.0", TODAY, 0, "phone"),
        lambda: work.record_service(
            db, worker, case.id, "001.0", TODAY + timedelta(days=1), 5, "phone"
        ),
        lambda: work.add_note(db, worker, case.id, "   "),
        lambda: lifecycle.open_case(db, worker, 10**30),
        lambda: closure.close_case(db, worker, case.id, "bored", "x"),
        lambda: follow_ups.schedule_follow_up(db, worker, "1", TODAY),
    ):
        with pytest.raises(InvalidInput):
            bad()
    assert work.case_services(db, worker, case.id) == []
    assert work.case_notes(db, worker, case.id) == []
    with opened.db.unit_of_work(opened.admin, Permission.READ_CASES) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Case)) == before
    assert utcnow()  # the clock the services use is importable (no Qt needed)


def test_the_needs_assessment_prints_as_a_pdf_of_her_alone(opened, staff, case_setup, make_client):
    import io

    from pypdf import PdfReader

    from shelter_app.cases.assessment_pdf import assessment_pdf

    _client, case = case_setup
    other = lifecycle.open_case(opened.db, staff[C], make_client("Коваль", "Ірина"))
    assessment.record_assessment(opened.db, staff[C], other.id, ratings())
    with pytest.raises(InvalidInput):  # nothing assessed yet
        assessment_pdf(opened.db, staff[C], case.id)
    assessment.record_assessment(opened.db, staff[C], case.id, ratings())
    pdf = assessment_pdf(opened.db, staff[H], case.id)
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Шевченко Оксана" in text and "Погрози" in text and "Safety" in text
    assert "Коваль" not in text
    assert "Шевченко" not in str(reader.metadata)
    fonts = {
        str(f["/BaseFont"])
        for p in reader.pages
        for f in p["/Resources"]["/Font"].get_object().values()
    }
    assert all("DejaVu" in f for f in fonts)
    (entry,) = audit.list_entries(opened.db, opened.admin, action="case.assessment_printed")
    assert entry.account_id == staff[H].account_id
    with pytest.raises(PermissionDenied):  # not on her team
        assessment_pdf(opened.db, staff[L], case.id)


def test_the_head_sends_a_closure_back_and_the_case_stays_as_it_was(opened, staff, case_setup):
    _client, case = case_setup
    settings.update_settings(opened.db, opened.admin, case_approval_required=1)
    closure.close_case(opened.db, staff[C], case.id, "lost_contact", "Не відповідає")
    with pytest.raises(PermissionDenied):
        closure.reject_closure(opened.db, staff[C], case.id)
    back = closure.reject_closure(opened.db, staff[H], case.id, "Спробуйте ще раз")
    assert not back.closure_pending and back.state == "opened" and back.closure_reason is None
    with pytest.raises(InvalidInput):  # nothing waits any more
        closure.approve_closure(opened.db, staff[H], case.id)
