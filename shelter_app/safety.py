"""Risk and safety: forms of violence disclosed, a structured risk assessment, and a
safety plan with a review date.

These are special-category data (Law No. 2297-VI): written only while she has a current
consent to processing violence and health details, readable only by the roles that hold
READ_RISK (not the administrator), and never put in audit entries: those carry ids only,
because the administrator reads the audit log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from .client_lookup import require_client, touch
from .clients import has_consent
from .database import Database, SignedInUser
from .errors import InvalidInput
from .i18n import QT_TRANSLATE_NOOP
from .permissions import Permission
from .storage.casework_schema import (
    Client,
    RiskAssessment,
    SafetyPlan,
    ViolenceDisclosure,
)
from .validation import (
    choices_of,
    date_not_before,
    id_or_none,
    int_in_range,
    optional_text,
    valid_date,
)
from .vocabulary import ConsentKind, RiskLevel, ViolenceForm

MAX_CHILDREN = 20
MAX_PLAN = 20_000
MAX_REVIEW_DAYS = 366

# --- the risk questionnaire ---------------------------------------------------------------


@dataclass(frozen=True)
class RiskQuestion:
    code: str
    weight: int
    source: str  # English text; shown through text()

    def text(self) -> str:
        return QCoreApplication.translate("safety", self.source)


# Modelled on common danger-assessment tools for domestic violence (Campbell's Danger
# Assessment, the DASH checklist): the factors most linked to lethal or severe violence.
# Codes are stored in assessments: never change one's meaning, add new ones instead.
QUESTIONS: tuple[RiskQuestion, ...] = (
    RiskQuestion(
        "escalation",
        2,
        QT_TRANSLATE_NOOP(
            "safety", "Has the violence become more frequent or more severe in the past year?"
        ),
    ),
    RiskQuestion(
        "threat_to_kill",
        3,
        QT_TRANSLATE_NOOP("safety", "Has he threatened to kill her or her children?"),
    ),
    RiskQuestion(
        "strangulation",
        4,
        QT_TRANSLATE_NOOP("safety", "Has he ever choked or strangled her?"),
    ),
    RiskQuestion(
        "weapon_access",
        3,
        QT_TRANSLATE_NOOP(
            "safety", "Does he own or have easy access to a firearm or another weapon?"
        ),
    ),
    RiskQuestion(
        "weapon_used",
        3,
        QT_TRANSLATE_NOOP("safety", "Has he used a weapon against her or threatened her with one?"),
    ),
    RiskQuestion(
        "stalking",
        2,
        QT_TRANSLATE_NOOP(
            "safety", "Does he follow or watch her, or keep calling and messaging her?"
        ),
    ),
    RiskQuestion(
        "separation",
        2,
        QT_TRANSLATE_NOOP(
            "safety", "Has she left him or tried to leave in the past year, or is she about to?"
        ),
    ),
    RiskQuestion(
        "children_threatened",
        2,
        QT_TRANSLATE_NOOP("safety", "Has he threatened or hurt the children?"),
    ),
    RiskQuestion(
        "sexual_violence",
        2,
        QT_TRANSLATE_NOOP("safety", "Has he forced her into sexual acts?"),
    ),
    RiskQuestion(
        "pregnancy_violence",
        2,
        QT_TRANSLATE_NOOP("safety", "Has he been violent to her while she was pregnant?"),
    ),
    RiskQuestion(
        "control_jealousy",
        1,
        QT_TRANSLATE_NOOP(
            "safety", "Is he constantly and violently jealous, or does he control her daily life?"
        ),
    ),
    RiskQuestion(
        "substance_abuse",
        1,
        QT_TRANSLATE_NOOP("safety", "Does he drink heavily or use drugs?"),
    ),
)
_BY_CODE = {q.code: q for q in QUESTIONS}
# lowest score of each level, highest level first
LEVEL_FROM_SCORE: tuple[tuple[int, RiskLevel], ...] = (
    (16, RiskLevel.SEVERE),
    (10, RiskLevel.HIGH),
    (5, RiskLevel.MEDIUM),
    (0, RiskLevel.LOW),
)
_ORDER = [RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.SEVERE]


def risk_level(answers: dict[str, bool]) -> tuple[int, RiskLevel]:
    """Score and level. Strangulation, or a threat to kill by a man with a weapon at
    hand, is at least HIGH whatever the score: the strongest predictors of homicide."""
    score = sum(q.weight for q in QUESTIONS if answers.get(q.code))
    level = next(lvl for low, lvl in LEVEL_FROM_SCORE if score >= low)
    lethal = answers.get("strangulation") or (
        answers.get("threat_to_kill") and answers.get("weapon_access")
    )
    if lethal and _ORDER.index(level) < _ORDER.index(RiskLevel.HIGH):
        level = RiskLevel.HIGH
    return score, level


# --- what services return ---------------------------------------------------------------


@dataclass(frozen=True)
class DisclosureRecord:
    id: int
    client_id: int
    disclosed_on: date
    forms: frozenset[str]
    children_witnessed: bool
    children_affected: int
    recorded_by: int


@dataclass(frozen=True)
class RiskAssessmentRecord:
    id: int
    client_id: int
    assessed_on: date
    answers: tuple[tuple[str, bool], ...]  # in questionnaire order; empty once purged
    score: int
    level: str
    assessed_by: int


@dataclass(frozen=True)
class SafetyPlanRecord:
    id: int
    client_id: int
    made_on: date
    review_on: date
    reviewed_on: date | None
    plan_text: str | None
    author_id: int


@dataclass(frozen=True)
class OverdueReview:
    client_id: int
    code: str
    plan_id: int
    review_on: date
    days_overdue: int


@dataclass(frozen=True)
class ClientSafety:
    client_id: int
    code: str
    consent_today: bool  # may new details be recorded today
    disclosures: tuple[DisclosureRecord, ...]
    assessments: tuple[RiskAssessmentRecord, ...]  # newest first
    current_plan: SafetyPlanRecord | None


# --- services -----------------------------------------------------------------------------


def record_disclosure(
    db: Database,
    user: SignedInUser,
    client_id: int,
    forms: set[ViolenceForm] | set[str],
    children_witnessed: bool,
    children_affected: int,
    disclosed_on: date,
    today: date | None = None,
) -> DisclosureRecord:
    """The forms of violence she disclosed (Law No. 2229-VIII); children who witnessed
    violence are victims too, so they are counted."""
    today = today or date.today()
    forms_ = choices_of(ViolenceForm, forms, "forms")
    if not forms_:
        raise InvalidInput(
            QCoreApplication.translate("safety", "Choose at least one form of violence."),
            "forms",
        )
    if not isinstance(children_witnessed, bool):
        raise InvalidInput(
            QCoreApplication.translate("safety", "Choose yes or no."), "children_witnessed"
        )
    affected = int_in_range(children_affected, "children_affected", 0, MAX_CHILDREN)
    if children_witnessed and affected == 0:
        raise InvalidInput(
            QCoreApplication.translate(
                "safety", "Enter how many children witnessed or suffered the violence."
            ),
            "children_affected",
        )
    day = valid_date(disclosed_on, "disclosed_on", not_after=today)
    with db.unit_of_work(user, Permission.WRITE_RISK, write=True) as uow:
        s = uow.session
        client = _client_for_new_details(s, client_id, day)
        row = ViolenceDisclosure(
            client_id=client.id,
            disclosed_on=day,
            children_witnessed=children_witnessed,
            children_affected=affected,
            recorded_by=user.account_id,
            **{f.value: f in forms_ for f in ViolenceForm},
        )
        s.add(row)
        touch(client, day)
        s.flush()
        uow.audit("disclosure.recorded", "client", client.id, detail={"disclosure_id": row.id})
        record = _disclosure(row)
        uow.commit()
        return record


def risk_questions() -> list[RiskQuestion]:
    """The questionnaire in order, for the assessment form."""
    return list(QUESTIONS)


def assess_risk(
    db: Database,
    user: SignedInUser,
    client_id: int,
    answers: dict[str, bool],
    assessed_on: date,
    today: date | None = None,
) -> RiskAssessmentRecord:
    """Every question must be answered yes or no: a blank would lower the score."""
    today = today or date.today()
    clean = _answers(answers)
    day = valid_date(assessed_on, "assessed_on", not_after=today)
    score, level = risk_level(clean)
    with db.unit_of_work(user, Permission.WRITE_RISK, write=True) as uow:
        s = uow.session
        client = _client_for_new_details(s, client_id, day)
        row = RiskAssessment(
            client_id=client.id,
            assessed_on=day,
            answers=json.dumps(clean, sort_keys=True),
            score=score,
            level=level.value,
            assessed_by=user.account_id,
        )
        s.add(row)
        touch(client, day)
        s.flush()
        uow.audit("risk.assessed", "client", client.id, detail={"assessment_id": row.id})
        record = _assessment(row)
        uow.commit()
        return record


def risk_history(db: Database, user: SignedInUser, client_id: int) -> list[RiskAssessmentRecord]:
    """Her assessments, newest first (reading them is audited)."""
    with db.unit_of_work(user, Permission.READ_RISK, write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        rows = _assessments(s, client.id)
        uow.audit("risk.viewed", "client", client.id)
        uow.commit()
        return [_assessment(r) for r in rows]


def save_safety_plan(
    db: Database,
    user: SignedInUser,
    client_id: int,
    made_on: date,
    review_on: date,
    plan_text: str,
    today: date | None = None,
) -> SafetyPlanRecord:
    """A new plan; it becomes her current one (older plans stay as history)."""
    today = today or date.today()
    made = valid_date(made_on, "made_on", not_after=today)
    review = valid_date(review_on, "review_on")
    if review <= made:
        raise InvalidInput(
            QCoreApplication.translate("safety", "The review date must be after the plan's date."),
            "review_on",
        )
    if review > made + timedelta(days=MAX_REVIEW_DAYS):
        raise InvalidInput(
            QCoreApplication.translate("safety", "Review a safety plan at least once a year."),
            "review_on",
        )
    text = _plan_text(plan_text)
    with db.unit_of_work(user, Permission.WRITE_RISK, write=True) as uow:
        s = uow.session
        client = _client_for_new_details(s, client_id, made)
        row = SafetyPlan(
            client_id=client.id,
            made_on=made,
            review_on=review,
            reviewed_on=None,
            plan=text,
            author_id=user.account_id,
        )
        s.add(row)
        touch(client, made)
        s.flush()
        uow.audit("safety_plan.saved", "client", client.id, detail={"plan_id": row.id})
        record = _plan(row)
        uow.commit()
        return record


def mark_plan_reviewed(
    db: Database,
    user: SignedInUser,
    plan_id: int,
    reviewed_on: date,
    today: date | None = None,
) -> SafetyPlanRecord:
    """The plan was gone through with her; it no longer counts as overdue. (A changed
    plan or a new review date is a new plan: save_safety_plan.)"""
    today = today or date.today()
    day = valid_date(reviewed_on, "reviewed_on", not_after=today)
    with db.unit_of_work(user, Permission.WRITE_RISK, write=True) as uow:
        s = uow.session
        pid = id_or_none(plan_id)
        row = s.get(SafetyPlan, pid) if pid is not None else None
        if row is None:
            raise InvalidInput(QCoreApplication.translate("safety", "No such safety plan."), "plan")
        client = _client_for_new_details(s, row.client_id, day)
        if row.reviewed_on is not None:
            raise InvalidInput(
                QCoreApplication.translate("safety", "This plan has already been reviewed."),
                "plan",
            )
        date_not_before(day, row.made_on, "reviewed_on")
        row.reviewed_on = day
        touch(client, day)
        uow.audit("safety_plan.reviewed", "client", client.id, detail={"plan_id": row.id})
        record = _plan(row)
        uow.commit()
        return record


def overdue_reviews(
    db: Database, user: SignedInUser, today: date | None = None
) -> list[OverdueReview]:
    """Clients whose current (latest) plan was due for review before today and has not
    been reviewed; archived and anonymised clients are left out. Codes only, no names."""
    today = today or date.today()
    newer = aliased(SafetyPlan)
    is_latest = ~exists().where(
        newer.client_id == SafetyPlan.client_id,
        or_(
            newer.made_on > SafetyPlan.made_on,
            and_(newer.made_on == SafetyPlan.made_on, newer.id > SafetyPlan.id),
        ),
    )
    with db.unit_of_work(user, Permission.READ_RISK) as uow:
        rows = uow.session.execute(
            select(SafetyPlan.client_id, Client.code, SafetyPlan.id, SafetyPlan.review_on)
            .join(Client, Client.id == SafetyPlan.client_id)
            .where(
                is_latest,
                SafetyPlan.reviewed_on.is_(None),
                SafetyPlan.review_on < today,
                Client.archived_at.is_(None),
                Client.anonymised_at.is_(None),
            )
            .order_by(SafetyPlan.review_on, Client.code)
        ).all()
        return [
            OverdueReview(cid, code, pid, review_on, (today - review_on).days)
            for cid, code, pid, review_on in rows
        ]


def client_safety(
    db: Database, user: SignedInUser, client_id: int, today: date | None = None
) -> ClientSafety:
    """Everything on her safety tab; opening it is audited."""
    today = today or date.today()
    with db.unit_of_work(user, Permission.READ_RISK, write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        disclosures = s.scalars(
            select(ViolenceDisclosure)
            .where(ViolenceDisclosure.client_id == client.id)
            .order_by(ViolenceDisclosure.disclosed_on.desc(), ViolenceDisclosure.id.desc())
        ).all()
        plan = s.scalars(
            select(SafetyPlan)
            .where(SafetyPlan.client_id == client.id)
            .order_by(SafetyPlan.made_on.desc(), SafetyPlan.id.desc())
            .limit(1)
        ).first()
        result = ClientSafety(
            client_id=client.id,
            code=client.code,
            consent_today=has_consent(s, client.id, ConsentKind.SPECIAL_CATEGORY, today),
            disclosures=tuple(_disclosure(d) for d in disclosures),
            assessments=tuple(_assessment(a) for a in _assessments(s, client.id)),
            current_plan=_plan(plan) if plan is not None else None,
        )
        uow.audit("safety.viewed", "client", client.id)
        uow.commit()
        return result


# --- internal helpers (take the session; never open a unit of work) -----------------------


def _client_for_new_details(session: Session, client_id: object, day: date) -> Client:
    client = require_client(session, id_or_none(client_id), for_new_activity=True)
    if not has_consent(session, client.id, ConsentKind.SPECIAL_CATEGORY, day):
        raise InvalidInput(
            QCoreApplication.translate(
                "safety",
                "Violence and health details can be recorded only with her consent to "
                "processing them, valid on that date. Record her consent first.",
            ),
            "consent",
        )
    return client


def _answers(answers: object) -> dict[str, bool]:
    if not isinstance(answers, dict) or any(
        not isinstance(k, str) or k not in _BY_CODE for k in answers
    ):
        raise InvalidInput(
            QCoreApplication.translate("safety", "Answer the questions of the risk assessment."),
            "answers",
        )
    for q in QUESTIONS:
        if not isinstance(answers.get(q.code), bool):
            raise InvalidInput(
                QCoreApplication.translate("safety", "Answer every question yes or no."),
                q.code,
            )
    return {q.code: answers[q.code] for q in QUESTIONS}


def _plan_text(value: object) -> str:
    text = optional_text(value, "plan_text", MAX_PLAN)  # type: ignore[arg-type]
    if text is None:
        raise InvalidInput(
            QCoreApplication.translate("safety", "Write down the safety plan."), "plan_text"
        )
    return text


def _assessments(session: Session, client_id: int) -> list[RiskAssessment]:
    return list(
        session.scalars(
            select(RiskAssessment)
            .where(RiskAssessment.client_id == client_id)
            .order_by(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc())
        )
    )


def _disclosure(row: ViolenceDisclosure) -> DisclosureRecord:
    return DisclosureRecord(
        id=row.id,
        client_id=row.client_id,
        disclosed_on=row.disclosed_on,
        forms=frozenset(f.value for f in ViolenceForm if getattr(row, f.value)),
        children_witnessed=row.children_witnessed,
        children_affected=row.children_affected,
        recorded_by=row.recorded_by,
    )


def _assessment(row: RiskAssessment) -> RiskAssessmentRecord:
    stored = json.loads(row.answers or "{}")
    return RiskAssessmentRecord(
        id=row.id,
        client_id=row.client_id,
        assessed_on=row.assessed_on,
        answers=tuple((q.code, bool(stored[q.code])) for q in QUESTIONS if q.code in stored),
        score=row.score,
        level=row.level,
        assessed_by=row.assessed_by,
    )


def _plan(row: SafetyPlan) -> SafetyPlanRecord:
    return SafetyPlanRecord(
        id=row.id,
        client_id=row.client_id,
        made_on=row.made_on,
        review_on=row.review_on,
        reviewed_on=row.reviewed_on,
        plan_text=row.plan,
        author_id=row.author_id,
    )
