"""The words and codes the sections share: row and column headings, age bands, the
consultation kinds. `NEW`, `RETURNING`, `TOTAL` and `_w` are also used by people_groups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...i18n import QT_TRANSLATE_NOOP
from ...vocabulary import Category, ConsultationKind
from .. import indicators as ind

RARE_CATEGORIES = (Category.DISABILITY, Category.PREGNANT, Category.VETERAN_OR_FAMILY)
PSY, LEGAL = ConsultationKind.PSYCHOLOGICAL.value, ConsultationKind.LEGAL.value
KINDS = (PSY, LEGAL)

NEW, RETURNING, TOTAL = "new", "returning", "total"


def _tr(source: str) -> str:
    return QCoreApplication.translate("reports", source)


_AGE_LABELS = {
    "0-17": "0–17",
    "18-24": "18–24",
    "25-34": "25–34",
    "35-44": "35–44",
    "45-59": "45–59",
    "60+": "60+",
}
_WORDS = {
    "total": QT_TRANSLATE_NOOP("reports", "Total"),
    "age_unknown": QT_TRANSLATE_NOOP("reports", "Age not recorded"),
    "new": QT_TRANSLATE_NOOP("reports", "New clients"),
    "returning": QT_TRANSLATE_NOOP("reports", "Returning clients"),
    "people": QT_TRANSLATE_NOOP("reports", "People served"),
    "age_band": QT_TRANSLATE_NOOP("reports", "Age band"),
    "district": QT_TRANSLATE_NOOP("reports", "District of Kyiv"),
    "category": QT_TRANSLATE_NOOP("reports", "Category"),
    "psy": QT_TRANSLATE_NOOP("reports", "Psychological"),
    "legal": QT_TRANSLATE_NOOP("reports", "Legal"),
    "format": QT_TRANSLATE_NOOP("reports", "Format"),
    "first": QT_TRANSLATE_NOOP("reports", "First consultation"),
    "repeat": QT_TRANSLATE_NOOP("reports", "Repeat consultation"),
    "kind_of_consultation": QT_TRANSLATE_NOOP("reports", "Consultations"),
    "status": QT_TRANSLATE_NOOP("reports", "What became of the appointment"),
    "topic": QT_TRANSLATE_NOOP("reports", "Topic"),
    "consultations": QT_TRANSLATE_NOOP("reports", "Consultations"),
    "event_kind": QT_TRANSLATE_NOOP("reports", "Kind of event"),
    "events": QT_TRANSLATE_NOOP("reports", "Events"),
    "women": QT_TRANSLATE_NOOP("reports", "Women"),
    "men": QT_TRANSLATE_NOOP("reports", "Men"),
    "children": QT_TRANSLATE_NOOP("reports", "Children"),
    "attendees": QT_TRANSLATE_NOOP("reports", "All attendees"),
    "referred_by": QT_TRANSLATE_NOOP("reports", "Referred by"),
    "admissions": QT_TRANSLATE_NOOP("reports", "Admissions"),
    "outcome": QT_TRANSLATE_NOOP("reports", "Where she went"),
    "departures": QT_TRANSLATE_NOOP("reports", "Departures"),
    "reason": QT_TRANSLATE_NOOP("reports", "Reason"),
    "extensions": QT_TRANSLATE_NOOP("reports", "Extensions"),
    "turn_aways": QT_TRANSLATE_NOOP("reports", "Turn-aways"),
    "type_of_service": QT_TRANSLATE_NOOP("reports", "Type of service"),
    "form": QT_TRANSLATE_NOOP("reports", "Form of violence"),
    "clients": QT_TRANSLATE_NOOP("reports", "Clients"),
}


def _w(key: str) -> str:
    return _tr(_WORDS[key])


def _age_label(code: str) -> str:
    return _w("age_unknown") if code == ind.AGE_UNKNOWN else _AGE_LABELS[code]
