"""Services by the classifier of social services (Order No. 429 of 2020): "Послуги за
класифікатором". Every service the centre records is placed under its classifier service
(shelter_app/service_classifier.py says where and why) and counted twice: the people who
received it and the services given.

The table is built from its sources, so that nothing in it can be worked out by
subtracting one published number from another: a service with one source is one row
whose cells are that source's counts; a service with several sources (counselling:
psychological and legal consultations, the case worker's counselling, anonymous
contacts) is a subtotal row followed by one row per source. Where a source's count is
already printed elsewhere in the report (consultations held, clients with a consultation,
women housed, course enrolments and participants, event attendees, the case worker's
clients per service) its cell uses that count's key, so the two can never disagree about
what is hidden. Services of a subtotal are the sum of its rows (a declared equation);
its people are different clients (a client with two sources counts once) plus the
anonymous contacts and event attendees, who cannot be told apart; each row's people are
linked to it by "no more than".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import case, distinct, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from .. import service_classifier as sc
from ..cases.vocabulary import CaseService
from ..contact_vocabulary import Help
from ..i18n import QT_TRANSLATE_NOOP
from ..storage.case_schema import Case, CaseServiceEntry
from ..storage.casework_schema import Consultation, Enrolment, Stay
from ..storage.people_schema import AnonymousContact
from ..vocabulary import ConsultationKind, ConsultationStatus
from . import indicators as ind
from .disclosure import AtMost, Equation

INDICATOR = "classifier_services"
ind.DEFINITIONS[INDICATOR] = (
    QT_TRANSLATE_NOOP("reports", "Services by classifier code"),
    QT_TRANSLATE_NOOP(
        "reports",
        "Services of the period under the state classifier of social services (Order of "
        "the Ministry of Social Policy No. 429 of 2020). Counselling: psychological and "
        "legal consultations held, the case worker's counselling and the counselling of "
        "anonymous contacts; provision of shelter: stays with a night in the period; "
        "social adaptation: course enrolments; social prevention: events held; informing "
        "and crisis intervention: the case worker's services and the help given in "
        "anonymous contacts. People: different clients, plus each anonymous contact and "
        "event attendee (they cannot be told apart). Services: consultations, stays, the "
        "case worker's services, enrolments, contacts and events. Only the numbers 001.0 "
        "and 002.0 could be checked against the order; the other services are named "
        "without a number.",
    ),
)

_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("reports", "Services by classifier code"),
    "row_header": QT_TRANSLATE_NOOP("reports", "Service (classifier code)"),
    "people": QT_TRANSLATE_NOOP("reports", "People"),
    "services": QT_TRANSLATE_NOOP("reports", "Services"),
    "psychological": QT_TRANSLATE_NOOP("reports", "psychological consultations"),
    "legal": QT_TRANSLATE_NOOP("reports", "legal consultations"),
    "case": QT_TRANSLATE_NOOP("reports", "by the case worker"),
    "contacts": QT_TRANSLATE_NOOP("reports", "in anonymous contacts"),
    "stays": QT_TRANSLATE_NOOP("reports", "shelter stays"),
    "enrolments": QT_TRANSLATE_NOOP("reports", "course enrolments"),
    "events": QT_TRANSLATE_NOOP("reports", "events held"),
}

# the classifier service the case worker's own service belongs to
_CASE_OF: dict[sc.ClassifiedService, CaseService] = {v: k for k, v in sc.CASE_SERVICES.items()}
# contacts help codes under each classifier service (information and referral: informing)
_HELP_OF: dict[sc.ClassifiedService, tuple[Help, ...]] = {}
for _help, _service in sc.CONTACT_HELP.items():
    _HELP_OF[_service] = (*_HELP_OF.get(_service, ()), _help)


def _tr(key: str) -> str:
    return QCoreApplication.translate("reports", _LABELS[key])


@dataclass(frozen=True)
class _Source:
    label: str
    people: str  # count key
    services: str  # count key (may be an activity)


def _sources(service: sc.ClassifiedService) -> list[str]:
    """The source names of a classifier service, in the table's order."""
    out = []
    if service is sc.CONSULTATION:
        out += ["psychological", "legal"]
    if service is sc.STAY:
        out.append("stays")
    if service is sc.ENROLMENT:
        out.append("enrolments")
    if service in _CASE_OF:
        out.append("case")
    if service is sc.EVENT:
        out.append("events")
    if service in _HELP_OF:
        out.append("contacts")
    return out


@dataclass(frozen=True)
class ClassifierCounts:
    case_entries: dict[str, int]  # CaseService code -> services given in the period
    case_clients: dict[str, int]  # CaseService code -> different clients
    contacts: dict[str, int]  # ClassifiedService -> anonymous contacts with that help
    stays: int  # stays with a night of the period
    union_clients: dict[str, int]  # ClassifiedService -> different clients of all sources


def count_classifier(s: Session, start: date, end: date, upto: date) -> ClassifierCounts:
    since = datetime.combine(start, time.min)
    until = datetime.combine(end + timedelta(days=1), time.min)
    in_period = (CaseServiceEntry.on_date >= start, CaseServiceEntry.on_date <= end)
    rows = s.execute(
        select(
            CaseServiceEntry.service,
            func.count(CaseServiceEntry.id),
            func.count(distinct(Case.client_id)),
        )
        .join(Case, Case.id == CaseServiceEntry.case_id)
        .where(*in_period)
        .group_by(CaseServiceEntry.service)
    ).all()
    entries = {str(code): int(n) for code, n, _ in rows}
    case_clients = {str(code): int(c) for code, _, c in rows}
    # one pass over the period's contacts, a sum per classifier service
    wrapped = literal(",") + AnonymousContact.help + literal(",")
    services = list(_HELP_OF)
    sums = s.execute(
        select(
            *(
                func.coalesce(
                    func.sum(
                        case((or_(*(wrapped.like(f"%,{h.value},%") for h in _HELP_OF[sv])), 1))
                    ),
                    0,
                )
                for sv in services
            )
        ).where(AnonymousContact.at >= since, AnonymousContact.at < until)
    ).one()
    contacts = {sv.value: int(n) for sv, n in zip(services, sums, strict=True)}
    stays = int(s.scalar(select(func.count(Stay.id)).where(ind._stay_in_period(start, upto))) or 0)

    # the different clients of each classifier service over all its sources, in one
    # query: every source tagged with its service, then counted per tag
    def tagged(service: sc.ClassifiedService, query: Any) -> Any:
        return query.add_columns(literal(service.value).label("svc"))

    case_service = case(
        *((CaseServiceEntry.service == k.value, v.value) for k, v in sc.CASE_SERVICES.items()),
        else_=literal("other"),
    )
    sources = union_all(
        tagged(
            sc.CONSULTATION,
            select(Consultation.client_id).where(
                Consultation.starts_at >= since,
                Consultation.starts_at < until,
                Consultation.status == ConsultationStatus.HELD.value,
            ),
        ),
        tagged(sc.STAY, select(Stay.client_id).where(ind._stay_in_period(start, upto))),
        tagged(
            sc.ENROLMENT,
            select(Enrolment.client_id).where(
                Enrolment.enrolled_on >= start, Enrolment.enrolled_on <= end
            ),
        ),
        select(Case.client_id, case_service.label("svc"))
        .join(CaseServiceEntry, CaseServiceEntry.case_id == Case.id)
        .where(*in_period),
    ).subquery()
    union_clients = {
        str(svc): int(n)
        for svc, n in s.execute(
            select(sources.c.svc, func.count(distinct(sources.c.client_id))).group_by(sources.c.svc)
        ).all()
    }
    return ClassifierCounts(entries, case_clients, contacts, stays, union_clients)


def add_to_summary(
    layout: Any, s: Session, counts: ind.Counts, start: date, end: date, upto: date
) -> None:
    """Called by summary.compose after the sections whose counts it repeats."""
    c = count_classifier(s, start, end, upto)
    co, ev, cons = counts.courses, counts.events, counts.consultations
    psy, legal = ConsultationKind.PSYCHOLOGICAL.value, ConsultationKind.LEGAL.value

    def held(kind: str) -> int:
        return sum(n for key, n in cons.held.items() if key[0] == kind)

    attendees = sum(w + m + ch for _, w, m, ch in ev.by_kind.values())
    events_held = sum(n for n, *_ in ev.by_kind.values())

    def source(service: sc.ClassifiedService, name: str) -> _Source:
        if name in ("psychological", "legal"):
            kind = psy if name == "psychological" else legal
            people = layout.count(f"cons.clients.{kind}", cons.clients.get(kind, 0))
            services = layout.count(f"cons.held.{kind}", held(kind))
        elif name == "stays":
            people = layout.count("shelter.women", counts.shelter.women_housed)
            services = layout.count("services.stays", c.stays)
        elif name == "enrolments":
            people = layout.count("courses.participants", co.clients_enrolled)
            services = layout.count("courses.enrolments", co.enrolments)
        elif name == "case":
            code = _CASE_OF[service].value
            people = layout.count(f"cases.service.{code}", c.case_clients.get(code, 0))
            services = layout.count(f"services.case.{code}", c.case_entries.get(code, 0))
        elif name == "events":
            people = layout.count("events.all.attendees", attendees)
            services = layout.activity("events.all.events", events_held)
        else:  # contacts: each contact is one person and one service
            people = services = layout.count(
                f"services.contacts.{service.value}", c.contacts.get(service.value, 0)
            )
            layout.links.append(AtMost(people, "appeals.total"))
        if name != "events" and people != services:  # a client has a service at least
            layout.links.append(AtMost(people, services))
        return _Source(_tr(name), people, services)

    rows: list[tuple[str, tuple[str, ...], bool]] = []
    equations: list[Equation] = []
    any_data = False
    for service in sc.ClassifiedService:
        parts = [source(service, name) for name in _sources(service)]
        any_data = any_data or any(layout.values[p.services] for p in parts)
        if len(parts) == 1:
            rows.append((sc.service_label(service), (parts[0].people, parts[0].services), False))
            continue
        people = layout.count(
            f"services.{service.value}.people",
            c.union_clients.get(service.value, 0)
            + sum(layout.values[p.people] for p in parts if p.people == p.services)
            + (attendees if service is sc.EVENT else 0),
        )
        services = layout.count(
            f"services.{service.value}.services",
            sum(layout.values[p.services] for p in parts),
        )
        equations.append(Equation(services, tuple(p.services for p in parts)))
        layout.links.extend(AtMost(p.people, people) for p in parts)
        rows.append((sc.service_label(service), (people, services), True))
        rows += [(f"  — {p.label}", (p.people, p.services), False) for p in parts]
    if not any_data:
        return  # no service recorded in the period: no section
    layout.table(
        "services_by_classifier",
        _tr("title"),
        _tr("row_header"),
        (_tr("people"), _tr("services")),
        rows,
        INDICATOR,
        equations,
    )
