"""Risk and safety as case workers and psychologists use them: disclosures, the risk
questionnaire, safety plans and their reviews, consent first, and who may see what."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from shelter_app import accounts, audit, clients, safety
from shelter_app.clients import ClientForm
from shelter_app.database import Database, SignedInUser
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Permission, Role
from shelter_app.storage.casework_schema import RiskAssessment, SafetyPlan, ViolenceDisclosure
from tests.conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD, Opened

TODAY = date(2026, 3, 10)
ALL_ROLES = list(Role)
READERS = {Role.HEAD, Role.CASE_WORKER, Role.PSYCHOLOGIST, Role.LAWYER}
WRITERS = {Role.CASE_WORKER, Role.PSYCHOLOGIST}
NO = {q.code: False for q in safety.QUESTIONS}


def _consent(opened, client_id, given_on=date(2026, 1, 10), withdrawn_on=None):
    c = clients.record_consent(
        opened.db, opened.admin, client_id, "special_category", given_on, TODAY
    )
    if withdrawn_on:
        clients.withdraw_consent(opened.db, opened.admin, c.id, withdrawn_on, TODAY)


def _count(opened, model):
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def _entries(opened, action):
    return [e for e in audit.list_entries(opened.db, opened.admin) if e.action == action]


@pytest.fixture
def worker(staff):
    return staff[Role.CASE_WORKER]


@dataclass
class World:
    opened: Opened
    worker: SignedInUser
    client: int


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Read-only after set-up: a case worker and a consenting client, for refusals."""
    path = tmp_path_factory.mktemp("safety") / "oberih.db"
    db, admin, code = Database.initialise(path, ADMIN, ADMIN_PASSWORD)
    opened = Opened(db, admin, code, path)
    accounts.create_account(db, admin, "caseworker", "Staff", "caseworker", STAFF_PASSWORD)
    worker = db.sign_in_again("caseworker", STAFF_PASSWORD)
    card = clients.create_client(
        db, admin, ClientForm("Ґонта", "Дар’я", first_contact_on=date(2026, 1, 5)), today=TODAY
    )
    _consent(opened, card.id)
    yield World(opened, worker, card.id)
    db.close()


# --- disclosures ---------------------------------------------------------------------------


def test_a_disclosure_is_refused_without_her_consent(opened, worker, make_client):
    client = make_client()
    with pytest.raises(InvalidInput) as info:
        safety.record_disclosure(
            opened.db, worker, client, {"physical"}, False, 0, date(2026, 3, 1), TODAY
        )
    assert info.value.field == "consent"
    assert "consent" in str(info.value)
    assert _count(opened, ViolenceDisclosure) == 0


def test_consent_must_be_current_on_the_day_of_the_disclosure(opened, worker, make_client):
    client = make_client()
    _consent(opened, client, given_on=date(2026, 2, 1), withdrawn_on=date(2026, 3, 1))
    for day, ok in [
        (date(2026, 1, 31), False),  # before she consented
        (date(2026, 2, 1), True),
        (date(2026, 2, 28), True),
        (date(2026, 3, 1), False),  # withdrawn that day
    ]:
        call = lambda d=day: safety.record_disclosure(  # noqa: E731
            opened.db, worker, client, {"psychological"}, False, 0, d, TODAY
        )
        if ok:
            assert call().disclosed_on == day
        else:
            with pytest.raises(InvalidInput):
                call()
    assert _count(opened, ViolenceDisclosure) == 2


def test_forms_of_violence_and_children_who_witnessed_it_are_recorded(opened, worker, make_client):
    client = make_client()
    _consent(opened, client)
    record = safety.record_disclosure(
        opened.db, worker, client, {"physical", "economic"}, True, 2, date(2026, 3, 2), TODAY
    )
    assert record.forms == {"physical", "economic"}
    assert (record.children_witnessed, record.children_affected) == (True, 2)
    seen = safety.client_safety(opened.db, worker, client, TODAY)
    assert seen.disclosures == (record,)
    assert seen.consent_today


@pytest.mark.parametrize(
    ("forms", "witnessed", "affected", "day", "field"),
    [
        (set(), False, 0, date(2026, 3, 1), "forms"),
        ({"spiritual"}, False, 0, date(2026, 3, 1), "forms"),
        ("physical!", False, 0, date(2026, 3, 1), "forms"),
        ({"physical"}, "yes", 0, date(2026, 3, 1), "children_witnessed"),
        ({"physical"}, True, 0, date(2026, 3, 1), "children_affected"),
        ({"physical"}, False, -1, date(2026, 3, 1), "children_affected"),
        ({"physical"}, False, 21, date(2026, 3, 1), "children_affected"),
        ({"physical"}, False, 0, TODAY + timedelta(days=1), "disclosed_on"),
        ({"physical"}, False, 0, None, "disclosed_on"),
    ],
)
def test_a_bad_disclosure_is_refused_by_field(world, forms, witnessed, affected, day, field):
    w = world
    with pytest.raises(InvalidInput) as info:
        safety.record_disclosure(
            w.opened.db, w.worker, w.client, forms, witnessed, affected, day, TODAY
        )
    assert info.value.field == field
    assert _count(w.opened, ViolenceDisclosure) == 0


def test_nothing_new_is_recorded_for_an_archived_client(opened, worker, make_client):
    client = make_client(archived=True)
    with pytest.raises(InvalidInput) as info:
        safety.assess_risk(opened.db, worker, client, NO, TODAY, TODAY)
    assert info.value.field == "client"


# --- risk assessment -------------------------------------------------------------------------


def test_the_questionnaire_has_unique_codes_weights_and_texts():
    questions = safety.risk_questions()
    assert 10 <= len(questions) <= 12
    assert len({q.code for q in questions}) == len(questions)
    assert all(q.weight > 0 and q.text().endswith("?") for q in questions)
    assert {"strangulation", "threat_to_kill", "weapon_access"} <= {q.code for q in questions}


@pytest.mark.parametrize(
    ("yes", "score", "level"),
    [
        (set(), 0, "low"),
        ({"threat_to_kill"}, 3, "low"),
        ({"escalation", "stalking", "separation"}, 6, "medium"),
        ({"strangulation"}, 4, "high"),  # strangulation alone: at least high
        ({"threat_to_kill", "weapon_access"}, 6, "high"),  # threat with a weapon at hand
        ({"escalation", "threat_to_kill", "weapon_used", "stalking"}, 10, "high"),
        ({q.code for q in safety.QUESTIONS}, 27, "severe"),
    ],
)
def test_score_and_level_follow_the_answers(yes, score, level):
    answers = {**NO, **{code: True for code in yes}}
    assert safety.risk_level(answers) == (score, level)


def test_a_risk_assessment_is_recorded_and_listed_newest_first(opened, staff, make_client):
    psychologist = staff[Role.PSYCHOLOGIST]
    client = make_client()
    _consent(opened, client)
    first = safety.assess_risk(opened.db, psychologist, client, NO, date(2026, 2, 1), TODAY)
    worse = {**NO, "strangulation": True, "escalation": True}
    second = safety.assess_risk(opened.db, psychologist, client, worse, date(2026, 3, 1), TODAY)
    assert (first.score, first.level) == (0, "low")
    assert (second.score, second.level) == (6, "high")
    assert dict(second.answers)["strangulation"] is True
    assert [a.id for a in safety.risk_history(opened.db, staff[Role.LAWYER], client)] == [
        second.id,
        first.id,
    ]
    viewed = _entries(opened, "risk.viewed")
    assert [e.account_id for e in viewed] == [staff[Role.LAWYER].account_id]


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        ({**NO, "strangulation": None}, "strangulation"),
        ({k: v for k, v in NO.items() if k != "stalking"}, "stalking"),
        ({**NO, "stalking": "yes"}, "stalking"),
        ({**NO, "horoscope": True}, "answers"),
        ([("stalking", True)], "answers"),
        (None, "answers"),
    ],
)
def test_every_question_must_be_answered_yes_or_no(world, answers, field):
    with pytest.raises(InvalidInput) as info:
        safety.assess_risk(world.opened.db, world.worker, world.client, answers, TODAY, TODAY)
    assert info.value.field == field
    assert _count(world.opened, RiskAssessment) == 0


def test_a_risk_assessment_needs_her_consent(opened, worker, make_client):
    client = make_client()
    with pytest.raises(InvalidInput) as info:
        safety.assess_risk(opened.db, worker, client, NO, TODAY, TODAY)
    assert info.value.field == "consent"


# --- safety plans -----------------------------------------------------------------------------


def test_a_safety_plan_is_saved_with_a_review_date(opened, worker, make_client):
    client = make_client()
    _consent(opened, client)
    plan = safety.save_safety_plan(
        opened.db, worker, client, date(2026, 3, 1), date(2026, 4, 1), "Тривожна валіза.", TODAY
    )
    assert (plan.review_on, plan.reviewed_on, plan.plan_text) == (
        date(2026, 4, 1),
        None,
        "Тривожна валіза.",
    )
    assert safety.client_safety(opened.db, worker, client, TODAY).current_plan == plan


@pytest.mark.parametrize(
    ("made", "review", "text", "field"),
    [
        (date(2026, 3, 1), date(2026, 3, 1), "План", "review_on"),
        (date(2026, 3, 1), date(2026, 2, 1), "План", "review_on"),
        (date(2026, 3, 1), date(2027, 3, 3), "План", "review_on"),  # more than a year
        (TODAY + timedelta(days=1), date(2026, 4, 1), "План", "made_on"),
        (date(2026, 3, 1), date(2026, 4, 1), "   ", "plan_text"),
        (date(2026, 3, 1), date(2026, 4, 1), None, "plan_text"),
        (date(2026, 3, 1), date(2026, 4, 1), "я" * 20_001, "plan_text"),
    ],
)
def test_a_bad_safety_plan_is_refused(world, made, review, text, field):
    w = world
    with pytest.raises(InvalidInput) as info:
        safety.save_safety_plan(w.opened.db, w.worker, w.client, made, review, text, TODAY)
    assert info.value.field == field
    assert _count(w.opened, SafetyPlan) == 0


def test_overdue_reviews_count_only_each_clients_latest_plan(opened, worker, make_client):
    late, renewed, reviewed, future, archived = (make_client(f"Клієнтка{c}") for c in "абвгд")
    for client in (late, renewed, reviewed, future, archived):
        _consent(opened, client, given_on=date(2026, 1, 1))

    def plan(client, made, review):
        return safety.save_safety_plan(opened.db, worker, client, made, review, "План", TODAY)

    plan(late, date(2026, 1, 5), date(2026, 2, 5))
    plan(renewed, date(2026, 1, 5), date(2026, 2, 1))  # overdue, but replaced:
    plan(renewed, date(2026, 3, 1), date(2026, 4, 1))
    done = plan(reviewed, date(2026, 1, 5), date(2026, 2, 1))
    plan(future, date(2026, 3, 1), date(2026, 3, 10))  # due today: not yet overdue
    plan(archived, date(2026, 1, 5), date(2026, 2, 1))
    safety.mark_plan_reviewed(opened.db, worker, done.id, date(2026, 2, 3), TODAY)
    clients.archive_client(opened.db, opened.admin, archived)
    overdue = safety.overdue_reviews(opened.db, worker, TODAY)
    assert [(o.client_id, o.review_on, o.days_overdue) for o in overdue] == [
        (late, date(2026, 2, 5), 33)
    ]
    assert overdue[0].code.startswith("K-2026-")


def test_a_plan_is_reviewed_once_and_not_before_it_was_made(opened, worker, make_client):
    client = make_client()
    _consent(opened, client)
    plan = safety.save_safety_plan(
        opened.db, worker, client, date(2026, 3, 1), date(2026, 4, 1), "План", TODAY
    )
    with pytest.raises(InvalidInput) as info:
        safety.mark_plan_reviewed(opened.db, worker, plan.id, date(2026, 2, 1), TODAY)
    assert info.value.field == "reviewed_on"
    with pytest.raises(InvalidInput) as info:
        safety.mark_plan_reviewed(opened.db, worker, 999, date(2026, 3, 5), TODAY)
    assert info.value.field == "plan"
    reviewed = safety.mark_plan_reviewed(opened.db, worker, plan.id, date(2026, 3, 5), TODAY)
    assert reviewed.reviewed_on == date(2026, 3, 5)
    with pytest.raises(InvalidInput):
        safety.mark_plan_reviewed(opened.db, worker, plan.id, date(2026, 3, 6), TODAY)


def test_a_review_after_her_consent_was_withdrawn_is_refused(opened, worker, make_client):
    client = make_client()
    _consent(opened, client, withdrawn_on=date(2026, 3, 5))
    plan = safety.save_safety_plan(
        opened.db, worker, client, date(2026, 3, 1), date(2026, 4, 1), "План", TODAY
    )
    with pytest.raises(InvalidInput) as info:
        safety.mark_plan_reviewed(opened.db, worker, plan.id, date(2026, 3, 8), TODAY)
    assert info.value.field == "consent"
    assert safety.client_safety(opened.db, worker, client).current_plan.reviewed_on is None


# --- confidentiality -------------------------------------------------------------------------


def test_viewing_the_safety_tab_is_audited_and_no_entry_reveals_what_she_disclosed(
    opened, staff, worker, make_client
):
    client = make_client()
    _consent(opened, client)
    safety.record_disclosure(opened.db, worker, client, {"sexual"}, True, 1, TODAY, TODAY)
    safety.assess_risk(opened.db, worker, client, {**NO, "strangulation": True}, TODAY, TODAY)
    safety.save_safety_plan(
        opened.db, worker, client, TODAY, TODAY + timedelta(days=30), "Код-слово: бузок", TODAY
    )
    safety.client_safety(opened.db, staff[Role.PSYCHOLOGIST], client, TODAY)
    viewed = _entries(opened, "safety.viewed")
    assert [(e.account_id, e.target_id) for e in viewed] == [
        (staff[Role.PSYCHOLOGIST].account_id, str(client))
    ]
    everything = json.dumps(
        [e.detail for e in audit.list_entries(opened.db, opened.admin)], ensure_ascii=False
    )
    for secret in ("sexual", "strangulation", "high", "бузок", "witness"):
        assert secret not in everything


def _calls(opened, client_id, plan_id):
    db = opened.db
    return {
        "record_disclosure": (
            WRITERS,
            lambda u: safety.record_disclosure(
                db, u, client_id, {"physical"}, False, 0, TODAY, TODAY
            ),
        ),
        "assess_risk": (WRITERS, lambda u: safety.assess_risk(db, u, client_id, NO, TODAY, TODAY)),
        "risk_history": (READERS, lambda u: safety.risk_history(db, u, client_id)),
        "save_safety_plan": (
            WRITERS,
            lambda u: safety.save_safety_plan(
                db, u, client_id, TODAY, TODAY + timedelta(days=30), "План", TODAY
            ),
        ),
        "mark_plan_reviewed": (
            WRITERS,
            lambda u: safety.mark_plan_reviewed(db, u, plan_id, TODAY, TODAY),
        ),
        "overdue_reviews": (READERS, lambda u: safety.overdue_reviews(db, u, TODAY)),
        "client_safety": (READERS, lambda u: safety.client_safety(db, u, client_id, TODAY)),
    }


@pytest.mark.parametrize("role", ALL_ROLES)
def test_each_role_may_use_only_its_safety_services(opened, staff, worker, make_client, role):
    client = make_client()
    _consent(opened, client)
    plan = safety.save_safety_plan(
        opened.db, worker, client, date(2026, 3, 1), date(2026, 4, 1), "План", TODAY
    )
    for name, (roles, call) in _calls(opened, client, plan.id).items():
        if role in roles:
            assert call(staff[role]) is not None, name
        else:
            with pytest.raises(PermissionDenied):
                call(staff[role])


# --- random input ------------------------------------------------------------------------------


def _check_tables(opened, reader):
    """Read as `reader`: risk answers and plans are sealed under VIOLENCE, which the
    administrator does not hold."""
    with opened.db.unit_of_work(reader, Permission.READ_CLIENTS) as uow:
        s = uow.session
        for d in s.scalars(select(ViolenceDisclosure)):
            assert d.physical or d.sexual or d.psychological or d.economic
            assert 0 <= d.children_affected <= 20
            assert d.children_affected > 0 or not d.children_witnessed
            assert d.disclosed_on <= TODAY
            assert clients.has_consent(s, d.client_id, "special_category", d.disclosed_on)
        for a in s.scalars(select(RiskAssessment)):
            answers = json.loads(a.answers)
            assert set(answers) == set(NO) and all(isinstance(v, bool) for v in answers.values())
            assert safety.risk_level(answers) == (a.score, a.level)
            assert clients.has_consent(s, a.client_id, "special_category", a.assessed_on)
        for p in s.scalars(select(SafetyPlan)):
            assert p.made_on < p.review_on <= p.made_on + timedelta(days=366)
            assert p.plan and p.plan == p.plan.strip() and len(p.plan) <= 20_000
            assert p.reviewed_on is None or p.made_on <= p.reviewed_on <= TODAY
            assert clients.has_consent(s, p.client_id, "special_category", p.made_on)


_junk = st.one_of(
    st.none(),
    st.text(max_size=20),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.booleans(),
    st.datetimes(),
    st.dates(),
    st.sets(st.text(max_size=4), max_size=2),
)
_day = st.dates(min_value=date(2025, 12, 1), max_value=TODAY + timedelta(days=2))
_valid = {
    "client": st.sampled_from(["with consent", "with consent", "without consent"]),
    "forms": st.sets(st.sampled_from(["physical", "sexual", "psychological", "economic"])),
    "witnessed": st.booleans(),
    "affected": st.integers(min_value=0, max_value=22),
    "day": _day,
    "answers": st.fixed_dictionaries({q.code: st.booleans() for q in safety.QUESTIONS}),
    "review_on": st.dates(min_value=date(2025, 12, 1), max_value=date(2027, 6, 1)),
    "plan_text": st.text(max_size=40),
    "reviewed_on": _day,
}


def _mostly_valid() -> st.SearchStrategy:
    names = sorted(_valid)
    return st.tuples(
        st.fixed_dictionaries(_valid),
        st.fixed_dictionaries({n: _junk for n in names}),
        st.sets(st.sampled_from(names), max_size=1),
    ).map(lambda t: {n: (t[1][n] if n in t[2] else t[0][n]) for n in names})


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(args=_mostly_valid())
def test_random_input_to_safety_never_crashes_or_leaves_a_bad_row(opened, staff, make_client, args):
    if not hasattr(opened, "fuzz"):
        consenting = make_client()
        _consent(opened, consenting, given_on=date(2026, 1, 1), withdrawn_on=date(2026, 3, 5))
        opened.fuzz = {"with consent": consenting, "without consent": make_client("Коваль")}
    client = args["client"]
    client = opened.fuzz.get(client, client) if isinstance(client, str) else client
    user = staff[Role.PSYCHOLOGIST]
    db = opened.db
    a = args
    with contextlib.suppress(InvalidInput):
        safety.record_disclosure(
            db, user, client, a["forms"], a["witnessed"], a["affected"], a["day"], TODAY
        )
    with contextlib.suppress(InvalidInput):
        safety.assess_risk(db, user, client, a["answers"], a["day"], TODAY)
    plan = None
    with contextlib.suppress(InvalidInput):
        plan = safety.save_safety_plan(
            db, user, client, a["day"], a["review_on"], a["plan_text"], TODAY
        )
    if plan is not None:
        with contextlib.suppress(InvalidInput):
            safety.mark_plan_reviewed(db, user, plan.id, a["reviewed_on"], TODAY)
    _check_tables(opened, staff[Role.CASE_WORKER])
