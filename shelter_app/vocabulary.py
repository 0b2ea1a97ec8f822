"""Controlled lists: districts, categories, topics, outcomes... Stored as short codes;
shown through `label()`, translated. The department counts by these codes, so a code,
once shipped, never changes meaning (add new ones instead)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from .i18n import QT_TRANSLATE_NOOP


class District(StrEnum):
    HOLOSIIVSKYI = "holosiivskyi"
    DARNYTSKYI = "darnytskyi"
    DESNIANSKYI = "desnianskyi"
    DNIPROVSKYI = "dniprovskyi"
    OBOLONSKYI = "obolonskyi"
    PECHERSKYI = "pecherskyi"
    PODILSKYI = "podilskyi"
    SVIATOSHYNSKYI = "sviatoshynskyi"
    SOLOMIANSKYI = "solomianskyi"
    SHEVCHENKIVSKYI = "shevchenkivskyi"
    OTHER_REGION = "other_region"
    NOT_STATED = "not_stated"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    NOT_STATED = "not_stated"


class Citizenship(StrEnum):
    UKRAINE = "ukraine"
    OTHER = "other"
    STATELESS = "stateless"
    NOT_STATED = "not_stated"


class Category(StrEnum):
    """Groups the department counts; a client may belong to several."""

    IDP = "idp"
    DISABILITY = "disability"
    VETERAN_OR_FAMILY = "veteran_or_family"
    LARGE_FAMILY = "large_family"
    PREGNANT = "pregnant"
    WITH_CHILDREN = "with_children"
    SINGLE_PARENT = "single_parent"
    LOW_INCOME = "low_income"
    PENSIONER = "pensioner"


class CameVia(StrEnum):
    SELF = "self"
    HOTLINE = "hotline"
    POLICE = "police"
    OTHER_SERVICE = "other_service"
    NGO = "ngo"


class ConsentKind(StrEnum):
    DATA_PROCESSING = "data_processing"
    SPECIAL_CATEGORY = "special_category"  # violence and health details (Law No. 2297-VI)
    SHARING_WITH_PARTNERS = "sharing_with_partners"


class ViolenceForm(StrEnum):
    """As Law No. 2229-VIII names them."""

    PHYSICAL = "physical"
    SEXUAL = "sexual"
    PSYCHOLOGICAL = "psychological"
    ECONOMIC = "economic"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    SEVERE = "severe"


class ConsultationKind(StrEnum):
    PSYCHOLOGICAL = "psychological"
    LEGAL = "legal"


class ConsultationFormat(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    ONLINE = "online"


class ConsultationStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class ConsultationOutcome(StrEnum):
    FOLLOW_UP = "follow_up"
    COMPLETED = "completed"
    REFERRED = "referred"
    DECLINED = "declined"


class PsyTopic(StrEnum):
    TRAUMA = "trauma"
    ANXIETY_DEPRESSION = "anxiety_depression"
    CRISIS = "crisis"
    SELF_ESTEEM = "self_esteem"
    FAMILY_RELATIONSHIPS = "family_relationships"
    CHILD_PARENT = "child_parent"
    GRIEF_LOSS = "grief_loss"
    WAR_STRESS = "war_stress"
    ADDICTION_IN_FAMILY = "addiction_in_family"


class LegalTopic(StrEnum):
    PROTECTION_ORDER = "protection_order"
    DIVORCE = "divorce"
    ALIMONY = "alimony"
    CUSTODY = "custody"
    HOUSING = "housing"
    EMPLOYMENT = "employment"
    IDP_STATUS = "idp_status"
    SOCIAL_BENEFITS = "social_benefits"
    CRIMINAL_PROCEEDINGS = "criminal_proceedings"
    DOCUMENTS = "documents"


TOPICS: dict[ConsultationKind, type[StrEnum]] = {
    ConsultationKind.PSYCHOLOGICAL: PsyTopic,
    ConsultationKind.LEGAL: LegalTopic,
}


class EnrolmentStatus(StrEnum):
    ENROLLED = "enrolled"
    WAITING = "waiting"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class EventKind(StrEnum):
    CITY_EVENT = "city_event"
    TRAINING = "training"
    TALK = "talk"
    INFO_CAMPAIGN = "info_campaign"
    OTHER = "other"


class PartnerKind(StrEnum):
    NGO = "ngo"
    STATE_BODY = "state_body"
    INTERNATIONAL = "international"
    BUSINESS = "business"
    OTHER = "other"


class ReferringBody(StrEnum):
    """Who referred a woman to the shelter."""

    POLICE = "police"
    DISTRICT_ADMINISTRATION = "district_administration"
    SOCIAL_SERVICES_CENTRE = "social_services_centre"
    MOBILE_BRIGADE = "mobile_brigade"
    SELF = "self"
    OTHER = "other"


class DepartureOutcome(StrEnum):
    OWN_HOUSING = "own_housing"
    RELATIVES = "relatives"
    RETURNED = "returned"
    OTHER_SHELTER = "other_shelter"
    UNKNOWN = "unknown"


class ExtensionReason(StrEnum):
    ONGOING_DANGER = "ongoing_danger"
    NO_HOUSING = "no_housing"
    HEALTH = "health"
    LEGAL_PROCEEDINGS = "legal_proceedings"
    OTHER = "other"


class TurnAwayReason(StrEnum):
    NO_FREE_BED = "no_free_bed"
    OUTSIDE_RULES = "outside_rules"
    OTHER = "other"


class ReferralDirection(StrEnum):
    IN = "in"
    OUT = "out"


class ReferralType(StrEnum):
    POLICE = "police"
    MEDICAL = "medical"
    LEGAL_AID = "legal_aid"
    SOCIAL_SERVICES = "social_services"
    NGO = "ngo"
    OTHER = "other"


class ReferralOutcome(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    DECLINED = "declined"
    UNKNOWN = "unknown"


_LABELS: dict[str, str] = {
    # districts
    "district.holosiivskyi": QT_TRANSLATE_NOOP("vocabulary", "Holosiivskyi"),
    "district.darnytskyi": QT_TRANSLATE_NOOP("vocabulary", "Darnytskyi"),
    "district.desnianskyi": QT_TRANSLATE_NOOP("vocabulary", "Desnianskyi"),
    "district.dniprovskyi": QT_TRANSLATE_NOOP("vocabulary", "Dniprovskyi"),
    "district.obolonskyi": QT_TRANSLATE_NOOP("vocabulary", "Obolonskyi"),
    "district.pecherskyi": QT_TRANSLATE_NOOP("vocabulary", "Pecherskyi"),
    "district.podilskyi": QT_TRANSLATE_NOOP("vocabulary", "Podilskyi"),
    "district.sviatoshynskyi": QT_TRANSLATE_NOOP("vocabulary", "Sviatoshynskyi"),
    "district.solomianskyi": QT_TRANSLATE_NOOP("vocabulary", "Solomianskyi"),
    "district.shevchenkivskyi": QT_TRANSLATE_NOOP("vocabulary", "Shevchenkivskyi"),
    "district.other_region": QT_TRANSLATE_NOOP("vocabulary", "Other city or region"),
    "district.not_stated": QT_TRANSLATE_NOOP("vocabulary", "Not stated"),
    # sex
    "sex.female": QT_TRANSLATE_NOOP("vocabulary", "Female"),
    "sex.male": QT_TRANSLATE_NOOP("vocabulary", "Male"),
    "sex.not_stated": QT_TRANSLATE_NOOP("vocabulary", "Not stated"),
    # citizenship
    "citizenship.ukraine": QT_TRANSLATE_NOOP("vocabulary", "Ukraine"),
    "citizenship.other": QT_TRANSLATE_NOOP("vocabulary", "Another country"),
    "citizenship.stateless": QT_TRANSLATE_NOOP("vocabulary", "Stateless"),
    "citizenship.not_stated": QT_TRANSLATE_NOOP("vocabulary", "Not stated"),
    # categories
    "category.idp": QT_TRANSLATE_NOOP("vocabulary", "Internally displaced person"),
    "category.disability": QT_TRANSLATE_NOOP("vocabulary", "Person with disability"),
    "category.veteran_or_family": QT_TRANSLATE_NOOP("vocabulary", "War veteran or family member"),
    "category.large_family": QT_TRANSLATE_NOOP("vocabulary", "Large family"),
    "category.pregnant": QT_TRANSLATE_NOOP("vocabulary", "Pregnant"),
    "category.with_children": QT_TRANSLATE_NOOP("vocabulary", "With children under 18"),
    "category.single_parent": QT_TRANSLATE_NOOP("vocabulary", "Single parent"),
    "category.low_income": QT_TRANSLATE_NOOP("vocabulary", "Low income"),
    "category.pensioner": QT_TRANSLATE_NOOP("vocabulary", "Pensioner"),
    # came via
    "came_via.self": QT_TRANSLATE_NOOP("vocabulary", "Self-referred"),
    "came_via.hotline": QT_TRANSLATE_NOOP("vocabulary", "Hotline"),
    "came_via.police": QT_TRANSLATE_NOOP("vocabulary", "Police"),
    "came_via.other_service": QT_TRANSLATE_NOOP("vocabulary", "Another service"),
    "came_via.ngo": QT_TRANSLATE_NOOP("vocabulary", "NGO"),
    # consents
    "consent.data_processing": QT_TRANSLATE_NOOP("vocabulary", "Processing of personal data"),
    "consent.special_category": QT_TRANSLATE_NOOP(
        "vocabulary", "Processing of violence and health details"
    ),
    "consent.sharing_with_partners": QT_TRANSLATE_NOOP(
        "vocabulary", "Sharing with referral partners"
    ),
    # violence
    "violence.physical": QT_TRANSLATE_NOOP("vocabulary", "Physical violence"),
    "violence.sexual": QT_TRANSLATE_NOOP("vocabulary", "Sexual violence"),
    "violence.psychological": QT_TRANSLATE_NOOP("vocabulary", "Psychological violence"),
    "violence.economic": QT_TRANSLATE_NOOP("vocabulary", "Economic violence"),
    # risk
    "risk.low": QT_TRANSLATE_NOOP("vocabulary", "Low"),
    "risk.medium": QT_TRANSLATE_NOOP("vocabulary", "Medium"),
    "risk.high": QT_TRANSLATE_NOOP("vocabulary", "High"),
    "risk.severe": QT_TRANSLATE_NOOP("vocabulary", "Severe"),
    # consultations
    "consultation_kind.psychological": QT_TRANSLATE_NOOP(
        "vocabulary", "Psychological consultation"
    ),
    "consultation_kind.legal": QT_TRANSLATE_NOOP("vocabulary", "Legal consultation"),
    "format.in_person": QT_TRANSLATE_NOOP("vocabulary", "In person"),
    "format.phone": QT_TRANSLATE_NOOP("vocabulary", "By phone"),
    "format.online": QT_TRANSLATE_NOOP("vocabulary", "Online"),
    "status.scheduled": QT_TRANSLATE_NOOP("vocabulary", "Scheduled"),
    "status.held": QT_TRANSLATE_NOOP("vocabulary", "Held"),
    "status.no_show": QT_TRANSLATE_NOOP("vocabulary", "No-show"),
    "status.cancelled": QT_TRANSLATE_NOOP("vocabulary", "Cancelled"),
    "outcome.follow_up": QT_TRANSLATE_NOOP("vocabulary", "Follow-up needed"),
    "outcome.completed": QT_TRANSLATE_NOOP("vocabulary", "Completed"),
    "outcome.referred": QT_TRANSLATE_NOOP("vocabulary", "Referred elsewhere"),
    "outcome.declined": QT_TRANSLATE_NOOP("vocabulary", "Declined further help"),
    "psy_topic.trauma": QT_TRANSLATE_NOOP("vocabulary", "Trauma"),
    "psy_topic.anxiety_depression": QT_TRANSLATE_NOOP("vocabulary", "Anxiety, depression"),
    "psy_topic.crisis": QT_TRANSLATE_NOOP("vocabulary", "Crisis intervention"),
    "psy_topic.self_esteem": QT_TRANSLATE_NOOP("vocabulary", "Self-esteem"),
    "psy_topic.family_relationships": QT_TRANSLATE_NOOP("vocabulary", "Family relationships"),
    "psy_topic.child_parent": QT_TRANSLATE_NOOP("vocabulary", "Child and parent"),
    "psy_topic.grief_loss": QT_TRANSLATE_NOOP("vocabulary", "Grief and loss"),
    "psy_topic.war_stress": QT_TRANSLATE_NOOP("vocabulary", "War-related stress"),
    "psy_topic.addiction_in_family": QT_TRANSLATE_NOOP("vocabulary", "Addiction in the family"),
    "legal_topic.protection_order": QT_TRANSLATE_NOOP("vocabulary", "Protection order"),
    "legal_topic.divorce": QT_TRANSLATE_NOOP("vocabulary", "Divorce"),
    "legal_topic.alimony": QT_TRANSLATE_NOOP("vocabulary", "Alimony"),
    "legal_topic.custody": QT_TRANSLATE_NOOP("vocabulary", "Custody"),
    "legal_topic.housing": QT_TRANSLATE_NOOP("vocabulary", "Housing"),
    "legal_topic.employment": QT_TRANSLATE_NOOP("vocabulary", "Employment"),
    "legal_topic.idp_status": QT_TRANSLATE_NOOP("vocabulary", "IDP status"),
    "legal_topic.social_benefits": QT_TRANSLATE_NOOP("vocabulary", "Social benefits"),
    "legal_topic.criminal_proceedings": QT_TRANSLATE_NOOP("vocabulary", "Criminal proceedings"),
    "legal_topic.documents": QT_TRANSLATE_NOOP("vocabulary", "Documents"),
    # courses and events
    "enrolment.enrolled": QT_TRANSLATE_NOOP("vocabulary", "Enrolled"),
    "enrolment.waiting": QT_TRANSLATE_NOOP("vocabulary", "Waiting list"),
    "enrolment.completed": QT_TRANSLATE_NOOP("vocabulary", "Completed"),
    "enrolment.withdrawn": QT_TRANSLATE_NOOP("vocabulary", "Withdrawn"),
    "event.city_event": QT_TRANSLATE_NOOP("vocabulary", "City-wide event"),
    "event.training": QT_TRANSLATE_NOOP("vocabulary", "Training"),
    "event.talk": QT_TRANSLATE_NOOP("vocabulary", "Talk"),
    "event.info_campaign": QT_TRANSLATE_NOOP("vocabulary", "Information campaign"),
    "event.other": QT_TRANSLATE_NOOP("vocabulary", "Other"),
    "partner.ngo": QT_TRANSLATE_NOOP("vocabulary", "NGO"),
    "partner.state_body": QT_TRANSLATE_NOOP("vocabulary", "State body"),
    "partner.international": QT_TRANSLATE_NOOP("vocabulary", "International organisation"),
    "partner.business": QT_TRANSLATE_NOOP("vocabulary", "Business"),
    "partner.other": QT_TRANSLATE_NOOP("vocabulary", "Other"),
    # shelter
    "referring.police": QT_TRANSLATE_NOOP("vocabulary", "Police"),
    "referring.district_administration": QT_TRANSLATE_NOOP("vocabulary", "District administration"),
    "referring.social_services_centre": QT_TRANSLATE_NOOP(
        "vocabulary", "Centre of social services"
    ),
    "referring.mobile_brigade": QT_TRANSLATE_NOOP("vocabulary", "Mobile brigade"),
    "referring.self": QT_TRANSLATE_NOOP("vocabulary", "On her own"),
    "referring.other": QT_TRANSLATE_NOOP("vocabulary", "Other"),
    "departure.own_housing": QT_TRANSLATE_NOOP("vocabulary", "Own housing"),
    "departure.relatives": QT_TRANSLATE_NOOP("vocabulary", "Relatives"),
    "departure.returned": QT_TRANSLATE_NOOP("vocabulary", "Returned to the abuser"),
    "departure.other_shelter": QT_TRANSLATE_NOOP("vocabulary", "Another shelter"),
    "departure.unknown": QT_TRANSLATE_NOOP("vocabulary", "Unknown"),
    "extension.ongoing_danger": QT_TRANSLATE_NOOP("vocabulary", "Danger continues"),
    "extension.no_housing": QT_TRANSLATE_NOOP("vocabulary", "No housing yet"),
    "extension.health": QT_TRANSLATE_NOOP("vocabulary", "Health"),
    "extension.legal_proceedings": QT_TRANSLATE_NOOP("vocabulary", "Legal proceedings"),
    "extension.other": QT_TRANSLATE_NOOP("vocabulary", "Other difficult circumstances"),
    "turn_away.no_free_bed": QT_TRANSLATE_NOOP("vocabulary", "No free bed"),
    "turn_away.outside_rules": QT_TRANSLATE_NOOP("vocabulary", "Outside the admission rules"),
    "turn_away.other": QT_TRANSLATE_NOOP("vocabulary", "Other"),
    # referrals
    "direction.in": QT_TRANSLATE_NOOP("vocabulary", "Referred to us"),
    "direction.out": QT_TRANSLATE_NOOP("vocabulary", "Referred by us"),
    "referral.police": QT_TRANSLATE_NOOP("vocabulary", "Police"),
    "referral.medical": QT_TRANSLATE_NOOP("vocabulary", "Medical care"),
    "referral.legal_aid": QT_TRANSLATE_NOOP("vocabulary", "Free legal aid"),
    "referral.social_services": QT_TRANSLATE_NOOP("vocabulary", "Social services"),
    "referral.ngo": QT_TRANSLATE_NOOP("vocabulary", "NGO"),
    "referral.other": QT_TRANSLATE_NOOP("vocabulary", "Other"),
    "referral_outcome.pending": QT_TRANSLATE_NOOP("vocabulary", "Pending"),
    "referral_outcome.accepted": QT_TRANSLATE_NOOP("vocabulary", "Accepted"),
    "referral_outcome.completed": QT_TRANSLATE_NOOP("vocabulary", "Completed"),
    "referral_outcome.declined": QT_TRANSLATE_NOOP("vocabulary", "Declined"),
    "referral_outcome.unknown": QT_TRANSLATE_NOOP("vocabulary", "Unknown"),
}

_PREFIX: dict[type[StrEnum], str] = {
    District: "district",
    Sex: "sex",
    Citizenship: "citizenship",
    Category: "category",
    CameVia: "came_via",
    ConsentKind: "consent",
    ViolenceForm: "violence",
    RiskLevel: "risk",
    ConsultationKind: "consultation_kind",
    ConsultationFormat: "format",
    ConsultationStatus: "status",
    ConsultationOutcome: "outcome",
    PsyTopic: "psy_topic",
    LegalTopic: "legal_topic",
    EnrolmentStatus: "enrolment",
    EventKind: "event",
    PartnerKind: "partner",
    ReferringBody: "referring",
    DepartureOutcome: "departure",
    ExtensionReason: "extension",
    TurnAwayReason: "turn_away",
    ReferralDirection: "direction",
    ReferralType: "referral",
    ReferralOutcome: "referral_outcome",
}


def label(value: StrEnum) -> str:
    """The translated name of a code, for lists, forms and reports."""
    source = _LABELS[f"{_PREFIX[type(value)]}.{value.value}"]
    return QCoreApplication.translate("vocabulary", source)


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(code, translated label) pairs in the enum's order, for combo boxes."""
    return [(v.value, label(v)) for v in enum]
