"""The aims a course or an event serves, as the department counts them: the aims the
State Strategy for equal rights of women and men (CMU Order No. 752-р of 2022, operational
plan 2025–2027) names for educational work (gender culture, overcoming stereotypes,
non-discrimination, responsible parenthood, the "16 days against violence" campaign) and
the centre's own programmes (economic empowerment, preventing violence, legal literacy,
digital skills). Stored as codes on `courses.aim` and `events.aim` (migration 0011);
rows made before it read "not stated". A code, once shipped, never changes meaning."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from .i18n import QT_TRANSLATE_NOOP


class Aim(StrEnum):
    GENDER_CULTURE = "gender_culture"
    STEREOTYPES = "stereotypes"
    NON_DISCRIMINATION = "non_discrimination"
    PARENTHOOD = "parenthood"
    SIXTEEN_DAYS = "sixteen_days"
    ECONOMIC_EMPOWERMENT = "economic_empowerment"
    VIOLENCE_PREVENTION = "violence_prevention"
    LEGAL_LITERACY = "legal_literacy"
    DIGITAL_SKILLS = "digital_skills"
    NOT_STATED = "not_stated"


_LABELS: dict[Aim, str] = {
    Aim.GENDER_CULTURE: QT_TRANSLATE_NOOP("aims", "Gender culture"),
    Aim.STEREOTYPES: QT_TRANSLATE_NOOP("aims", "Overcoming stereotypes"),
    Aim.NON_DISCRIMINATION: QT_TRANSLATE_NOOP("aims", "Non-discrimination"),
    Aim.PARENTHOOD: QT_TRANSLATE_NOOP("aims", "Responsible parenthood"),
    Aim.SIXTEEN_DAYS: QT_TRANSLATE_NOOP("aims", "16 days against violence campaign"),
    Aim.ECONOMIC_EMPOWERMENT: QT_TRANSLATE_NOOP("aims", "Economic empowerment"),
    Aim.VIOLENCE_PREVENTION: QT_TRANSLATE_NOOP("aims", "Preventing violence"),
    Aim.LEGAL_LITERACY: QT_TRANSLATE_NOOP("aims", "Legal literacy"),
    Aim.DIGITAL_SKILLS: QT_TRANSLATE_NOOP("aims", "Digital skills"),
    Aim.NOT_STATED: QT_TRANSLATE_NOOP("aims", "Aim not stated"),
}


def aim_label(aim: Aim | str) -> str:
    """The translated name of an aim, for forms, lists and reports."""
    return QCoreApplication.translate("aims", _LABELS[Aim(aim)])


def aim_choices() -> list[tuple[str, str]]:
    """(code, translated label) pairs, "not stated" last, for combo boxes."""
    return [(a.value, aim_label(a)) for a in Aim]
