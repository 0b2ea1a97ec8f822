"""The classifier of social services (Order of the Ministry of Social Policy No. 429 of
23.06.2020, "Класифікатор соціальних послуг") and where each service the centre records
belongs in it: the one vocabulary the summary's "services by classifier code" reads.

Codes. Only 001.0 "Інформування" and 002.0 "Консультування" could be checked against
the order's table as published (golobska-gromada.gov.ua, ocssm.cg.gov.ua, which also
show 015.1 "Догляд вдома", a service this centre does not give). The other services are
named as the order and art. 16 of the Law on social services name them, without a number
(`code` None): printing a guessed number in a report to the Ministry would be worse than
printing none. The case worker's services (cases/vocabulary.py `CaseService`) keep their
stored codes; this module maps them, so a number added here later reaches every report.

Mapping (what is recorded -> classifier service), and why:
- a psychological or a legal consultation held -> 002.0 Консультування (the order's
  description of counselling covers analysing the situation, psychological and legal
  counselling);
- a shelter stay (a night of the period) -> Надання притулку (the Law's own name for it);
- a case worker's service -> the service she recorded (already a classifier service);
- a course enrolment -> Соціальна адаптація (the centre's courses build skills for
  living on her own: work, money, digital skills);
- an event held -> Соціальна профілактика (talks and campaigns for the public: preventing
  violence before it happens); events name nobody, so they add attendees, not clients;
- the help given in an anonymous contact: information and referral -> 001.0
  Інформування (telling her where to get help), counselling -> 002.0, crisis support ->
  Кризове та екстрене втручання.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from .cases.vocabulary import CaseService
from .contact_vocabulary import Help
from .i18n import QT_TRANSLATE_NOOP


class ClassifiedService(StrEnum):
    """The classifier's services this centre gives, in the order's sequence where known."""

    INFORMING = "informing"
    COUNSELLING = "counselling"
    MEDIATION = "mediation"
    SOCIAL_ACCOMPANIMENT = "social_accompaniment"
    REPRESENTATION = "representation"
    CRISIS_INTERVENTION = "crisis_intervention"
    SHELTER = "shelter"
    SOCIAL_ADAPTATION = "social_adaptation"
    SOCIAL_PREVENTION = "social_prevention"
    NATURAL_AID = "natural_aid"


@dataclass(frozen=True)
class _Entry:
    code: str | None  # the order's number, where it was checked
    name: str  # the order's name of the service (translated by `service_label`)


_ENTRIES: dict[ClassifiedService, _Entry] = {
    ClassifiedService.INFORMING: _Entry("001.0", QT_TRANSLATE_NOOP("classifier", "Informing")),
    ClassifiedService.COUNSELLING: _Entry("002.0", QT_TRANSLATE_NOOP("classifier", "Counselling")),
    ClassifiedService.MEDIATION: _Entry(None, QT_TRANSLATE_NOOP("classifier", "Mediation")),
    ClassifiedService.SOCIAL_ACCOMPANIMENT: _Entry(
        None, QT_TRANSLATE_NOOP("classifier", "Social accompaniment")
    ),
    ClassifiedService.REPRESENTATION: _Entry(
        None, QT_TRANSLATE_NOOP("classifier", "Representation of interests")
    ),
    ClassifiedService.CRISIS_INTERVENTION: _Entry(
        None, QT_TRANSLATE_NOOP("classifier", "Crisis and emergency intervention")
    ),
    ClassifiedService.SHELTER: _Entry(
        None, QT_TRANSLATE_NOOP("classifier", "Provision of shelter")
    ),
    ClassifiedService.SOCIAL_ADAPTATION: _Entry(
        None, QT_TRANSLATE_NOOP("classifier", "Social adaptation")
    ),
    ClassifiedService.SOCIAL_PREVENTION: _Entry(
        None, QT_TRANSLATE_NOOP("classifier", "Social prevention")
    ),
    ClassifiedService.NATURAL_AID: _Entry(None, QT_TRANSLATE_NOOP("classifier", "Aid in kind")),
}

# what the centre records -> the classifier's service (the module docstring says why)
CONSULTATION = ClassifiedService.COUNSELLING  # psychological and legal alike
STAY = ClassifiedService.SHELTER
ENROLMENT = ClassifiedService.SOCIAL_ADAPTATION
EVENT = ClassifiedService.SOCIAL_PREVENTION
CASE_SERVICES: dict[CaseService, ClassifiedService] = {
    CaseService.INFORMING: ClassifiedService.INFORMING,
    CaseService.COUNSELLING: ClassifiedService.COUNSELLING,
    CaseService.MEDIATION: ClassifiedService.MEDIATION,
    CaseService.SOCIAL_ACCOMPANIMENT: ClassifiedService.SOCIAL_ACCOMPANIMENT,
    CaseService.REPRESENTATION: ClassifiedService.REPRESENTATION,
    CaseService.CRISIS_INTERVENTION: ClassifiedService.CRISIS_INTERVENTION,
    CaseService.SOCIAL_ADAPTATION: ClassifiedService.SOCIAL_ADAPTATION,
    CaseService.SOCIAL_PREVENTION: ClassifiedService.SOCIAL_PREVENTION,
    CaseService.NATURAL_AID: ClassifiedService.NATURAL_AID,
}
CONTACT_HELP: dict[Help, ClassifiedService] = {
    Help.INFORMATION: ClassifiedService.INFORMING,
    Help.REFERRAL: ClassifiedService.INFORMING,
    Help.COUNSELLING: ClassifiedService.COUNSELLING,
    Help.CRISIS_SUPPORT: ClassifiedService.CRISIS_INTERVENTION,
}


def classifier_code(service: ClassifiedService) -> str | None:
    """The order's number of the service, or None where it was not checked."""
    return _ENTRIES[service].code


def service_label(service: ClassifiedService) -> str:
    """ "001.0 Informing" where the number is known, else the name alone (translated)."""
    entry = _ENTRIES[service]
    name = QCoreApplication.translate("classifier", entry.name)
    return f"{entry.code} {name}" if entry.code else name
