"""Controlled lists of case management (ведення випадку): states, needs domains, plan
action states, follow-up states, closure reasons and the case worker's services.

The services are named after the state classifier of social services, approved by Order
of the Ministry of Social Policy of Ukraine No. 429 of 23.06.2020 ("Класифікатор
соціальних послуг", zakon.rada.gov.ua/laws/show/z0643-20). Verified codes: 001.0
"Інформування" and 002.0 "Консультування" (the order's table as published by
golobska-gromada.gov.ua and ocssm.cg.gov.ua, which also shows 015.1 "Догляд вдома"). The
numeric codes of the other services could NOT be confirmed from the text available while
writing this, so they are stored under the service names the order and the Law on social
services (art. 16) give, without a number: `classifier_code()` returns None for them and
reports count them by name. Add the numbers here once checked against the order itself;
stored codes never change meaning.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class CaseState(StrEnum):
    OPENED = "opened"  # first contact recorded, assessment not done yet
    ACTIVE = "active"  # assessment done, plan carried out
    MONITORING = "monitoring"  # goals mostly reached, follow-up contacts only
    CLOSED = "closed"


OPEN_STATES = (CaseState.OPENED, CaseState.ACTIVE, CaseState.MONITORING)

# the moves a case may make (closing has its own service; reopening makes a new case)
NEXT_STATES: dict[CaseState, tuple[CaseState, ...]] = {
    CaseState.OPENED: (CaseState.ACTIVE,),
    CaseState.ACTIVE: (CaseState.MONITORING,),
    CaseState.MONITORING: (CaseState.ACTIVE,),
    CaseState.CLOSED: (),
}


class NeedDomain(StrEnum):
    SAFETY = "safety"
    HOUSING = "housing"
    HEALTH = "health"
    PSYCHOLOGICAL = "psychological"
    LEGAL = "legal"
    INCOME_WORK = "income_work"
    CHILDREN = "children"
    DOCUMENTS = "documents"


class NeedLevel(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ActionState(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"  # needs a reason


OPEN_ACTION_STATES = (ActionState.PLANNED, ActionState.IN_PROGRESS)


class LinkKind(StrEnum):
    """What carried out a plan action."""

    CONSULTATION = "consultation"
    ENROLMENT = "enrolment"
    STAY = "stay"
    REFERRAL = "referral"


class CaseService(StrEnum):
    """The case worker's own services (Order No. 429 of 2020; see the module docstring)."""

    INFORMING = "001.0"  # Інформування (code verified)
    COUNSELLING = "002.0"  # Консультування (code verified)
    MEDIATION = "mediation"  # Посередництво
    SOCIAL_ACCOMPANIMENT = "social_accompaniment"  # Соціальний супровід
    REPRESENTATION = "representation"  # Представництво інтересів
    CRISIS_INTERVENTION = "crisis_intervention"  # Кризове та екстрене втручання
    SOCIAL_ADAPTATION = "social_adaptation"  # Соціальна адаптація
    SOCIAL_PREVENTION = "social_prevention"  # Соціальна профілактика
    NATURAL_AID = "natural_aid"  # Натуральна допомога


def classifier_code(service: CaseService) -> str | None:
    """The classifier's number, where it was verified (see the module docstring)."""
    return service.value if service.value[:1].isdigit() else None


class ServiceFormat(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    ONLINE = "online"
    ACCOMPANIED = "accompanied"  # went with her (court, police, hospital...)


class FollowUpState(StrEnum):
    OPEN = "open"
    DONE = "done"
    DISMISSED = "dismissed"  # with a reason


class ClosureReason(StrEnum):
    GOALS_REACHED = "goals_reached"
    MOVED_AWAY = "moved_away"
    LOST_CONTACT = "lost_contact"
    DECLINED = "declined"
    RETURNED_TO_ABUSER = "returned_to_abuser"
    REFERRED = "referred"
    DIED = "died"


class ClosureCheck(StrEnum):
    SAFETY_PLAN_REVIEWED = "safety_plan_reviewed"
    REFERRAL_OUTCOMES_RECORDED = "referral_outcomes_recorded"
    OPEN_ACTIONS_CLOSED = "open_actions_closed"


_LABELS: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as returning object
    "state.opened": QT_TRANSLATE_NOOP("cases", "Opened"),
    "state.active": QT_TRANSLATE_NOOP("cases", "Active"),
    "state.monitoring": QT_TRANSLATE_NOOP("cases", "Monitoring"),
    "state.closed": QT_TRANSLATE_NOOP("cases", "Closed"),
    "domain.safety": QT_TRANSLATE_NOOP("cases", "Safety"),
    "domain.housing": QT_TRANSLATE_NOOP("cases", "Housing"),
    "domain.health": QT_TRANSLATE_NOOP("cases", "Health"),
    "domain.psychological": QT_TRANSLATE_NOOP("cases", "Psychological state"),
    "domain.legal": QT_TRANSLATE_NOOP("cases", "Legal matters"),
    "domain.income_work": QT_TRANSLATE_NOOP("cases", "Income and work"),
    "domain.children": QT_TRANSLATE_NOOP("cases", "Children"),
    "domain.documents": QT_TRANSLATE_NOOP("cases", "Documents"),
    "need.none": QT_TRANSLATE_NOOP("cases", "No need"),
    "need.low": QT_TRANSLATE_NOOP("cases", "Low"),
    "need.medium": QT_TRANSLATE_NOOP("cases", "Medium"),
    "need.high": QT_TRANSLATE_NOOP("cases", "High"),
    "action.planned": QT_TRANSLATE_NOOP("cases", "Planned"),
    "action.in_progress": QT_TRANSLATE_NOOP("cases", "In progress"),
    "action.done": QT_TRANSLATE_NOOP("cases", "Done"),
    "action.dropped": QT_TRANSLATE_NOOP("cases", "Dropped"),
    "link.consultation": QT_TRANSLATE_NOOP("cases", "Consultation"),
    "link.enrolment": QT_TRANSLATE_NOOP("cases", "Course enrolment"),
    "link.stay": QT_TRANSLATE_NOOP("cases", "Shelter stay"),
    "link.referral": QT_TRANSLATE_NOOP("cases", "Referral"),
    "service.001.0": QT_TRANSLATE_NOOP("cases", "Information (001.0)"),
    "service.002.0": QT_TRANSLATE_NOOP("cases", "Counselling (002.0)"),
    "service.mediation": QT_TRANSLATE_NOOP("cases", "Mediation"),
    "service.social_accompaniment": QT_TRANSLATE_NOOP("cases", "Social accompaniment"),
    "service.representation": QT_TRANSLATE_NOOP("cases", "Representation of interests"),
    "service.crisis_intervention": QT_TRANSLATE_NOOP("cases", "Crisis and emergency intervention"),
    "service.social_adaptation": QT_TRANSLATE_NOOP("cases", "Social adaptation"),
    "service.social_prevention": QT_TRANSLATE_NOOP("cases", "Social prevention"),
    "service.natural_aid": QT_TRANSLATE_NOOP("cases", "Aid in kind"),
    "format.in_person": QT_TRANSLATE_NOOP("cases", "In person"),
    "format.phone": QT_TRANSLATE_NOOP("cases", "By phone"),
    "format.online": QT_TRANSLATE_NOOP("cases", "Online"),
    "format.accompanied": QT_TRANSLATE_NOOP("cases", "Accompanying her"),
    "follow_up.open": QT_TRANSLATE_NOOP("cases", "Due"),
    "follow_up.done": QT_TRANSLATE_NOOP("cases", "Done"),
    "follow_up.dismissed": QT_TRANSLATE_NOOP("cases", "Dismissed"),
    "closure.goals_reached": QT_TRANSLATE_NOOP("cases", "Goals reached"),
    "closure.moved_away": QT_TRANSLATE_NOOP("cases", "Moved away"),
    "closure.lost_contact": QT_TRANSLATE_NOOP("cases", "Lost contact"),
    "closure.declined": QT_TRANSLATE_NOOP("cases", "Declined further help"),
    "closure.returned_to_abuser": QT_TRANSLATE_NOOP("cases", "Returned to the abuser"),
    "closure.referred": QT_TRANSLATE_NOOP("cases", "Referred to another service"),
    "closure.died": QT_TRANSLATE_NOOP("cases", "Died"),
    "check.safety_plan_reviewed": QT_TRANSLATE_NOOP("cases", "Safety plan reviewed"),
    "check.referral_outcomes_recorded": QT_TRANSLATE_NOOP("cases", "Referral outcomes recorded"),
    "check.open_actions_closed": QT_TRANSLATE_NOOP("cases", "Open plan actions closed"),
}

_PREFIX: dict[type[StrEnum], str] = {
    CaseState: "state",
    NeedDomain: "domain",
    NeedLevel: "need",
    ActionState: "action",
    LinkKind: "link",
    CaseService: "service",
    ServiceFormat: "format",
    FollowUpState: "follow_up",
    ClosureReason: "closure",
    ClosureCheck: "check",
}


def case_label(value: StrEnum) -> str:
    """The translated name of a case code, for lists, forms and reports."""
    return QCoreApplication.translate(
        "cases", str(_LABELS[f"{_PREFIX[type(value)]}.{value.value}"])
    )


def case_choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(code, translated label) pairs in the enum's order, for combo boxes."""
    return [(v.value, case_label(v)) for v in enum]
