"""Controlled lists of violence casework (issue 15): forms, contexts, places, the
perpetrator's relationship and age group, order kinds, notification recipients and ways.

Stored as short codes that never change meaning; shown through `label()`, translated.
Wording is neutral about the sexes: any person can be a victim or a perpetrator.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class IncidentForm(StrEnum):
    # the four forms of Law No. 2229-VIII (the columns disclosures always had)
    PHYSICAL = "physical"
    SEXUAL = "sexual"
    PSYCHOLOGICAL = "psychological"
    ECONOMIC = "economic"
    # gender-based violence the shelter also serves
    CONFLICT_SEXUAL = "conflict_sexual"
    SEXUAL_HARASSMENT = "sexual_harassment"
    TRAFFICKING = "trafficking"
    FORCED_MARRIAGE = "forced_marriage"
    STALKING = "stalking"
    ONLINE = "online"


class IncidentContext(StrEnum):
    DOMESTIC = "domestic"
    OUTSIDE_FAMILY = "outside_family"
    WAR_RELATED = "war_related"


class PlaceType(StrEnum):
    HOME = "home"
    PUBLIC_PLACE = "public_place"
    WORK_OR_STUDY = "work_or_study"
    ONLINE = "online"
    INSTITUTION = "institution"
    OTHER = "other"
    NOT_STATED = "not_stated"


class Relationship(StrEnum):
    """Who the alleged perpetrator is to her. The first eight make violence domestic
    (Law No. 2229-VIII, Art. 1)."""

    SPOUSE = "spouse"
    FORMER_SPOUSE = "former_spouse"
    PARTNER = "partner"
    FORMER_PARTNER = "former_partner"
    PARENT = "parent"
    CHILD = "child"
    OTHER_RELATIVE = "other_relative"
    COHABITANT = "cohabitant"
    ACQUAINTANCE = "acquaintance"
    STRANGER = "stranger"
    OTHER = "other"


class PerpetratorSex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    NOT_KNOWN = "not_known"


class AgeGroup(StrEnum):
    UNDER_18 = "under_18"
    FROM_18_TO_29 = "18_29"
    FROM_30_TO_44 = "30_44"
    FROM_45_TO_59 = "45_59"
    FROM_60 = "60_plus"
    NOT_KNOWN = "not_known"


class OrderKind(StrEnum):
    URGENT_BARRING = "urgent_barring"  # терміновий заборонний припис (police, ≤ 10 days)
    RESTRAINING = "restraining"  # обмежувальний припис (court, ≤ 6 months, extendable)


class Recipient(StrEnum):
    POLICE = "police"
    CHILDREN_SERVICE = "children_service"
    COORDINATING_UNIT = "coordinating_unit"


class NoticeMethod(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in_person"
    ELECTRONIC_SYSTEM = "electronic_system"


# QT_TRANSLATE_NOOP is typed as returning object; it returns the source text
_LABELS: dict[str, object] = {
    "form.physical": QT_TRANSLATE_NOOP("violence", "Physical violence"),
    "form.sexual": QT_TRANSLATE_NOOP("violence", "Sexual violence"),
    "form.psychological": QT_TRANSLATE_NOOP("violence", "Psychological violence"),
    "form.economic": QT_TRANSLATE_NOOP("violence", "Economic violence"),
    "form.conflict_sexual": QT_TRANSLATE_NOOP("violence", "Conflict-related sexual violence"),
    "form.sexual_harassment": QT_TRANSLATE_NOOP("violence", "Sexual harassment"),
    "form.trafficking": QT_TRANSLATE_NOOP("violence", "Trafficking in human beings"),
    "form.forced_marriage": QT_TRANSLATE_NOOP("violence", "Forced marriage"),
    "form.stalking": QT_TRANSLATE_NOOP("violence", "Stalking"),
    "form.online": QT_TRANSLATE_NOOP("violence", "Online violence"),
    "context.domestic": QT_TRANSLATE_NOOP("violence", "Domestic"),
    "context.outside_family": QT_TRANSLATE_NOOP("violence", "Outside the family"),
    "context.war_related": QT_TRANSLATE_NOOP("violence", "War-related"),
    "place.home": QT_TRANSLATE_NOOP("violence", "Home"),
    "place.public_place": QT_TRANSLATE_NOOP("violence", "Public place"),
    "place.work_or_study": QT_TRANSLATE_NOOP("violence", "Work or place of study"),
    "place.online": QT_TRANSLATE_NOOP("violence", "Online"),
    "place.institution": QT_TRANSLATE_NOOP("violence", "Institution"),
    "place.other": QT_TRANSLATE_NOOP("violence", "Other place"),
    "place.not_stated": QT_TRANSLATE_NOOP("violence", "Not stated"),
    "relationship.spouse": QT_TRANSLATE_NOOP("violence", "Spouse"),
    "relationship.former_spouse": QT_TRANSLATE_NOOP("violence", "Former spouse"),
    "relationship.partner": QT_TRANSLATE_NOOP("violence", "Partner"),
    "relationship.former_partner": QT_TRANSLATE_NOOP("violence", "Former partner"),
    "relationship.parent": QT_TRANSLATE_NOOP("violence", "Parent or step-parent"),
    "relationship.child": QT_TRANSLATE_NOOP("violence", "Son or daughter"),
    "relationship.other_relative": QT_TRANSLATE_NOOP("violence", "Other relative"),
    "relationship.cohabitant": QT_TRANSLATE_NOOP("violence", "Lives or lived with her"),
    "relationship.acquaintance": QT_TRANSLATE_NOOP("violence", "Acquaintance"),
    "relationship.stranger": QT_TRANSLATE_NOOP("violence", "Stranger"),
    "relationship.other": QT_TRANSLATE_NOOP("violence", "Other"),
    "sex.female": QT_TRANSLATE_NOOP("violence", "Female"),
    "sex.male": QT_TRANSLATE_NOOP("violence", "Male"),
    "sex.not_known": QT_TRANSLATE_NOOP("violence", "Not known"),
    "age.under_18": QT_TRANSLATE_NOOP("violence", "Under 18"),
    "age.18_29": QT_TRANSLATE_NOOP("violence", "18–29"),
    "age.30_44": QT_TRANSLATE_NOOP("violence", "30–44"),
    "age.45_59": QT_TRANSLATE_NOOP("violence", "45–59"),
    "age.60_plus": QT_TRANSLATE_NOOP("violence", "60 and over"),
    "age.not_known": QT_TRANSLATE_NOOP("violence", "Not known"),
    "order.urgent_barring": QT_TRANSLATE_NOOP("violence", "Urgent barring order"),
    "order.restraining": QT_TRANSLATE_NOOP("violence", "Restraining order"),
    "recipient.police": QT_TRANSLATE_NOOP("violence", "Police"),
    "recipient.children_service": QT_TRANSLATE_NOOP("violence", "Children's service"),
    "recipient.coordinating_unit": QT_TRANSLATE_NOOP("violence", "District coordinating unit"),
    "method.phone": QT_TRANSLATE_NOOP("violence", "By phone"),
    "method.email": QT_TRANSLATE_NOOP("violence", "By e-mail"),
    "method.letter": QT_TRANSLATE_NOOP("violence", "By letter"),
    "method.in_person": QT_TRANSLATE_NOOP("violence", "In person"),
    "method.electronic_system": QT_TRANSLATE_NOOP("violence", "Electronic system"),
}

_PREFIX: dict[type[StrEnum], str] = {
    IncidentForm: "form",
    IncidentContext: "context",
    PlaceType: "place",
    Relationship: "relationship",
    PerpetratorSex: "sex",
    AgeGroup: "age",
    OrderKind: "order",
    Recipient: "recipient",
    NoticeMethod: "method",
}


def label(value: StrEnum) -> str:
    """The translated name of a code."""
    source = str(_LABELS[f"{_PREFIX[type(value)]}.{value.value}"])
    return QCoreApplication.translate("violence", source)


def code_label(enum: type[StrEnum], code: str) -> str:
    """The label of a stored code; an unknown code is shown as it is."""
    try:
        return label(enum(code))
    except ValueError:
        return code


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(code, translated label) pairs in the enum's order, for combo boxes."""
    return [(v.value, label(v)) for v in enum]
