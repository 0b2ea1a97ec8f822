"""Codes of the anonymous-contact log and their translated labels.

Kept apart from shelter_app.vocabulary because they describe a call, not a client: the
hotline speaks of who is calling and what help was given, never who she is.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class Channel(StrEnum):
    HOTLINE = "hotline"
    WALK_IN = "walk_in"
    ONLINE = "online"
    MOBILE_BRIGADE = "mobile_brigade"


class Caller(StrEnum):
    SELF = "self"  # the person herself
    RELATIVE = "relative"
    PROFESSIONAL = "professional"
    OTHER = "other"


class AgeBand(StrEnum):
    """The summary's age bands (shelter_app.reports.indicators.AGE_BANDS)."""

    CHILD = "0-17"
    A18_24 = "18-24"
    A25_34 = "25-34"
    A35_44 = "35-44"
    A45_59 = "45-59"
    A60 = "60+"
    UNKNOWN = "unknown"


class Help(StrEnum):
    INFORMATION = "information"
    COUNSELLING = "counselling"
    CRISIS_SUPPORT = "crisis_support"
    REFERRAL = "referral"


_LABELS: dict[StrEnum, object] = {  # QT_TRANSLATE_NOOP is typed to return object
    Channel.HOTLINE: QT_TRANSLATE_NOOP("contacts", "Hotline call"),
    Channel.WALK_IN: QT_TRANSLATE_NOOP("contacts", "Walk-in"),
    Channel.ONLINE: QT_TRANSLATE_NOOP("contacts", "Online"),
    Channel.MOBILE_BRIGADE: QT_TRANSLATE_NOOP("contacts", "Mobile brigade"),
    Caller.SELF: QT_TRANSLATE_NOOP("contacts", "The person concerned"),
    Caller.RELATIVE: QT_TRANSLATE_NOOP("contacts", "A relative"),
    Caller.PROFESSIONAL: QT_TRANSLATE_NOOP("contacts", "A professional"),
    Caller.OTHER: QT_TRANSLATE_NOOP("contacts", "Someone else"),
    AgeBand.CHILD: QT_TRANSLATE_NOOP("contacts", "under 18"),
    AgeBand.A18_24: QT_TRANSLATE_NOOP("contacts", "18–24"),
    AgeBand.A25_34: QT_TRANSLATE_NOOP("contacts", "25–34"),
    AgeBand.A35_44: QT_TRANSLATE_NOOP("contacts", "35–44"),
    AgeBand.A45_59: QT_TRANSLATE_NOOP("contacts", "45–59"),
    AgeBand.A60: QT_TRANSLATE_NOOP("contacts", "60 and over"),
    AgeBand.UNKNOWN: QT_TRANSLATE_NOOP("contacts", "Age not known"),
    Help.INFORMATION: QT_TRANSLATE_NOOP("contacts", "Information"),
    Help.COUNSELLING: QT_TRANSLATE_NOOP("contacts", "Counselling"),
    Help.CRISIS_SUPPORT: QT_TRANSLATE_NOOP("contacts", "Crisis support"),
    Help.REFERRAL: QT_TRANSLATE_NOOP("contacts", "Referral"),
}


def contact_label(value: StrEnum) -> str:
    return QCoreApplication.translate("contacts", str(_LABELS[value]))


def contact_choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(code, translated label) pairs in the enum's order, for combo boxes."""
    return [(v.value, contact_label(v)) for v in enum]
