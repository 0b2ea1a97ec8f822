"""Incidents of violence and the alleged perpetrators (issue 15).

An incident is what she disclosed about one act or a pattern: the forms of violence, the
context, when and where, children, whether the police know. The alleged perpetrator is
described for her and the shelter's safety, and may be linked to several incidents.

Special-category data (Law No. 2297-VI): written only while she has a current consent to
processing violence and health details; read by the roles holding READ_VIOLENCE (never
the administrator or the coordinator). Audit entries carry ids only. Recording an appeal
also creates the notifications the law asks for (see notifications.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .client_lookup import require_client, touch
from .clients import has_consent
from .database import Database, SignedInUser
from .errors import InvalidInput
from .notifications import create_due_notifications, local_now
from .permissions import Permission
from .storage.casework_schema import Client
from .storage.people_schema import Child
from .storage.violence_schema import (
    Incident,
    IncidentChild,
    IncidentPerpetrator,
    Perpetrator,
    ProtectionOrder,
)
from .validation import (
    choice,
    choices_of,
    id_or_none,
    id_set,
    int_in_range,
    optional_text,
    valid_date,
    valid_datetime,
)
from .violence_vocabulary import (
    AgeGroup,
    IncidentContext,
    IncidentForm,
    PerpetratorSex,
    PlaceType,
    Relationship,
)
from .vocabulary import ConsentKind

MAX_CHILDREN = 20
MAX_DESCRIPTION = 4_000


@dataclass(frozen=True)
class ChildLink:
    """One of her children (a child record of her family) in an incident: ids only."""

    child_id: int
    witnessed: bool
    harmed: bool


@dataclass(frozen=True)
class IncidentRecord:
    id: int
    client_id: int
    disclosed_on: date
    forms: frozenset[str]
    context: str
    occurred_from: date | None
    occurred_to: date | None
    place_type: str
    children_witnessed: bool
    children_harmed: bool
    children_affected: int
    reported_to_police: bool | None
    appealed_at: datetime | None
    perpetrator_ids: tuple[int, ...]
    recorded_by: int
    children: tuple[ChildLink, ...] = ()  # her children named in it, by child id


@dataclass(frozen=True)
class PerpetratorRecord:
    id: int
    client_id: int
    relationship: str
    sex: str
    age_group: str
    lives_with_her: bool
    weapon_access: bool
    earlier_violence: bool
    alcohol_or_drugs: bool
    description: str | None
    recorded_on: date
    incident_ids: tuple[int, ...]
    orders_in_force: int  # protection orders against this person in force today


@dataclass(frozen=True)
class IncidentInput:
    """What the incident form sends (plain values; validated by record_incident)."""

    disclosed_on: date
    forms: frozenset[str]
    context: str
    occurred_from: date | None = None
    occurred_to: date | None = None
    place_type: str = PlaceType.NOT_STATED.value
    children_witnessed: bool = False
    children_harmed: bool = False
    children_affected: int = 0
    reported_to_police: bool | None = None
    appealed_at: datetime | None = None
    perpetrator_ids: frozenset[int] = frozenset()
    # her children who witnessed or were harmed; when given, the flags and the count
    # above are derived from them
    children: tuple[ChildLink, ...] = ()


@dataclass(frozen=True)
class PerpetratorInput:
    relationship: str
    sex: str
    age_group: str
    lives_with_her: bool
    weapon_access: bool
    earlier_violence: bool
    alcohol_or_drugs: bool
    description: str | None = None


# --- services -----------------------------------------------------------------------------


def record_incident(
    db: Database,
    user: SignedInUser,
    client_id: int,
    data: IncidentInput,
    now: datetime | None = None,
) -> IncidentRecord:
    """A new incident; with an appeal time, the notifications due within 24 hours are
    created with it (police; children's service when a child is a victim; the district
    coordinating unit)."""
    now = now or local_now()
    clean = _clean_incident(data, now)
    with db.unit_of_work(user, Permission.WRITE_VIOLENCE, write=True) as uow:
        s = uow.session
        client = client_for_violence(s, client_id, clean.disclosed_on)
        perpetrators = _own_perpetrators(s, client.id, clean.perpetrator_ids)
        row = Incident(
            client_id=client.id,
            disclosed_on=clean.disclosed_on,
            context=clean.context,
            occurred_from=clean.occurred_from,
            occurred_to=clean.occurred_to,
            place_type=clean.place_type,
            children_witnessed=clean.children_witnessed,
            children_harmed=clean.children_harmed,
            children_affected=clean.children_affected,
            reported_to_police=clean.reported_to_police,
            appealed_at=clean.appealed_at,
            recorded_by=user.account_id,
            **{f.value: f.value in clean.forms for f in IncidentForm},
        )
        s.add(row)
        s.flush()
        for pid in sorted(perpetrators):
            s.add(IncidentPerpetrator(incident_id=row.id, perpetrator_id=pid))
        _own_children(s, client.id, clean.children)
        s.add_all(
            IncidentChild(
                incident_id=row.id, child_id=c.child_id, witnessed=c.witnessed, harmed=c.harmed
            )
            for c in clean.children
        )
        create_due_notifications(s, row)
        touch(client, clean.disclosed_on)
        s.flush()
        uow.audit("incident.recorded", "client", client.id, detail={"incident_id": row.id})
        record = incident_record(row, tuple(sorted(perpetrators)), clean.children)
        uow.commit()
        return record


def record_perpetrator(
    db: Database,
    user: SignedInUser,
    client_id: int,
    data: PerpetratorInput,
    incident_ids: object = (),
    today: date | None = None,
) -> PerpetratorRecord:
    """An alleged perpetrator of her, linked to any of her incidents."""
    today = today or date.today()
    clean = _clean_perpetrator(data)
    incidents = id_set(incident_ids)
    if incidents is None:
        raise InvalidInput(_no_such_incident(), "incidents")
    with db.unit_of_work(user, Permission.WRITE_VIOLENCE, write=True) as uow:
        s = uow.session
        client = client_for_violence(s, client_id, today)
        _own_incidents(s, client.id, incidents)
        row = Perpetrator(
            client_id=client.id,
            recorded_on=today,
            recorded_by=user.account_id,
            **_perpetrator_values(clean),
        )
        s.add(row)
        s.flush()
        for iid in sorted(incidents):
            s.add(IncidentPerpetrator(incident_id=iid, perpetrator_id=row.id))
        touch(client, today)
        uow.audit("perpetrator.recorded", "client", client.id, detail={"perpetrator_id": row.id})
        record = _perpetrator_record(row, tuple(sorted(incidents)), 0)
        uow.commit()
        return record


def update_perpetrator(
    db: Database,
    user: SignedInUser,
    perpetrator_id: int,
    data: PerpetratorInput,
    today: date | None = None,
) -> PerpetratorRecord:
    """Correct or complete the description (what she tells changes as trust grows)."""
    today = today or date.today()
    clean = _clean_perpetrator(data)
    with db.unit_of_work(user, Permission.WRITE_VIOLENCE, write=True) as uow:
        s = uow.session
        row = _perpetrator_row(s, perpetrator_id)
        client = client_for_violence(s, row.client_id, today)
        for name, value in _perpetrator_values(clean).items():
            setattr(row, name, value)
        touch(client, today)
        uow.audit("perpetrator.updated", "client", client.id, detail={"perpetrator_id": row.id})
        record = _perpetrator_record(row, _incidents_of(s, row.id), _in_force(s, row.id, today))
        uow.commit()
        return record


def link_perpetrator(
    db: Database,
    user: SignedInUser,
    incident_id: int,
    perpetrator_id: int,
    today: date | None = None,
) -> IncidentRecord:
    """Say that this person (also) committed this incident; both must be hers."""
    today = today or date.today()
    with db.unit_of_work(user, Permission.WRITE_VIOLENCE, write=True) as uow:
        s = uow.session
        iid = id_or_none(incident_id)
        incident = s.get(Incident, iid) if iid is not None else None
        if incident is None:
            raise InvalidInput(_no_such_incident(), "incident")
        client = client_for_violence(s, incident.client_id, today)
        perpetrator = _perpetrator_row(s, perpetrator_id)
        if perpetrator.client_id != client.id:
            raise InvalidInput(_no_such_perpetrator(), "perpetrator")
        if s.get(IncidentPerpetrator, (incident.id, perpetrator.id)) is None:
            s.add(IncidentPerpetrator(incident_id=incident.id, perpetrator_id=perpetrator.id))
            s.flush()
        uow.audit(
            "incident.perpetrator_linked",
            "client",
            client.id,
            detail={"incident_id": incident.id, "perpetrator_id": perpetrator.id},
        )
        record = incident_record(
            incident,
            _perpetrators_of(s, incident.id),
            children_of_incidents(s, [incident.id]).get(incident.id, ()),
        )
        uow.commit()
        return record


def list_incidents(db: Database, user: SignedInUser, client_id: int) -> list[IncidentRecord]:
    """Her incidents, newest first (reading them is audited)."""
    with db.unit_of_work(user, Permission.READ_VIOLENCE, write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        result = incidents_of_client(s, client.id)
        uow.audit("incidents.viewed", "client", client.id)
        uow.commit()
        return result


def list_perpetrators(
    db: Database, user: SignedInUser, client_id: int, today: date | None = None
) -> list[PerpetratorRecord]:
    """The alleged perpetrators she named (reading them is audited)."""
    today = today or date.today()
    with db.unit_of_work(user, Permission.READ_VIOLENCE, write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        result = perpetrators_of_client(s, client.id, today)
        uow.audit("perpetrators.viewed", "client", client.id)
        uow.commit()
        return result


# --- helpers shared with orders and notifications (take the session) ----------------------


def client_for_violence(session: Session, client_id: object, day: date) -> Client:
    """Her row for a new violence detail on `day`; refused without her consent then."""
    client = require_client(session, id_or_none(client_id), for_new_activity=True)
    if not has_consent(session, client.id, ConsentKind.SPECIAL_CATEGORY, day):
        raise InvalidInput(
            QCoreApplication.translate(
                "violence",
                "Violence details can be recorded only with her consent to processing "
                "violence and health details, valid on that date. Record her consent first.",
            ),
            "consent",
        )
    return client


def incidents_of_client(session: Session, client_id: int) -> list[IncidentRecord]:
    rows = session.scalars(
        select(Incident)
        .where(Incident.client_id == client_id)
        .order_by(Incident.disclosed_on.desc(), Incident.id.desc())
    ).all()
    links = _links(session, [r.id for r in rows])
    kids = children_of_incidents(session, [r.id for r in rows])
    return [incident_record(r, links.get(r.id, ()), kids.get(r.id, ())) for r in rows]


def perpetrators_of_client(
    session: Session, client_id: int, today: date
) -> list[PerpetratorRecord]:
    rows = session.scalars(
        select(Perpetrator).where(Perpetrator.client_id == client_id).order_by(Perpetrator.id)
    ).all()
    return [
        _perpetrator_record(r, _incidents_of(session, r.id), _in_force(session, r.id, today))
        for r in rows
    ]


def children_of_incidents(
    session: Session, incident_ids: list[int]
) -> dict[int, tuple[ChildLink, ...]]:
    found: dict[int, list[ChildLink]] = {}
    if incident_ids:
        for link in session.scalars(
            select(IncidentChild)
            .where(IncidentChild.incident_id.in_(incident_ids))
            .order_by(IncidentChild.child_id)
        ):
            found.setdefault(link.incident_id, []).append(
                ChildLink(link.child_id, link.witnessed, link.harmed)
            )
    return {k: tuple(v) for k, v in found.items()}


def incident_record(
    row: Incident, perpetrator_ids: tuple[int, ...], children: tuple[ChildLink, ...] = ()
) -> IncidentRecord:
    return IncidentRecord(
        id=row.id,
        client_id=row.client_id,
        disclosed_on=row.disclosed_on,
        forms=frozenset(f.value for f in IncidentForm if getattr(row, f.value)),
        context=row.context,
        occurred_from=row.occurred_from,
        occurred_to=row.occurred_to,
        place_type=row.place_type,
        children_witnessed=row.children_witnessed,
        children_harmed=row.children_harmed,
        children_affected=row.children_affected,
        reported_to_police=row.reported_to_police,
        appealed_at=row.appealed_at,
        perpetrator_ids=perpetrator_ids,
        recorded_by=row.recorded_by,
        children=children,
    )


def _links(session: Session, incident_ids: list[int]) -> dict[int, tuple[int, ...]]:
    found: dict[int, list[int]] = {}
    if incident_ids:
        for iid, pid in session.execute(
            select(IncidentPerpetrator.incident_id, IncidentPerpetrator.perpetrator_id)
            .where(IncidentPerpetrator.incident_id.in_(incident_ids))
            .order_by(IncidentPerpetrator.perpetrator_id)
        ):
            found.setdefault(iid, []).append(pid)
    return {k: tuple(v) for k, v in found.items()}


def _perpetrators_of(session: Session, incident_id: int) -> tuple[int, ...]:
    return _links(session, [incident_id]).get(incident_id, ())


def _incidents_of(session: Session, perpetrator_id: int) -> tuple[int, ...]:
    return tuple(
        session.scalars(
            select(IncidentPerpetrator.incident_id)
            .where(IncidentPerpetrator.perpetrator_id == perpetrator_id)
            .order_by(IncidentPerpetrator.incident_id)
        )
    )


def _in_force(session: Session, perpetrator_id: int, today: date) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(ProtectionOrder)
            .where(
                ProtectionOrder.perpetrator_id == perpetrator_id,
                ProtectionOrder.starts_on <= today,
                ProtectionOrder.ends_on >= today,
            )
        )
        or 0
    )


def _perpetrator_row(session: Session, perpetrator_id: object) -> Perpetrator:
    pid = id_or_none(perpetrator_id)
    row = session.get(Perpetrator, pid) if pid is not None else None
    if row is None:
        raise InvalidInput(_no_such_perpetrator(), "perpetrator")
    return row


def _own_perpetrators(session: Session, client_id: int, ids: frozenset[int]) -> set[int]:
    if not ids:
        return set()
    found = set(
        session.scalars(
            select(Perpetrator.id).where(
                Perpetrator.id.in_(ids), Perpetrator.client_id == client_id
            )
        )
    )
    if found != set(ids):
        raise InvalidInput(_no_such_perpetrator(), "perpetrators")
    return found


def _own_children(session: Session, client_id: int, links: tuple[ChildLink, ...]) -> None:
    """Only her family's children (she is their guardian) can be named in her incident."""
    ids = {c.child_id for c in links}
    if not ids:
        return
    found = set(
        session.scalars(
            select(Child.id).where(Child.id.in_(ids), Child.guardian_client_id == client_id)
        )
    )
    if found != ids:
        raise InvalidInput(
            QCoreApplication.translate("violence", "This child is not recorded with her."),
            "children",
        )


def _clean_children(value: object) -> tuple[ChildLink, ...]:
    if not isinstance(value, tuple | list) or len(value) > MAX_CHILDREN:
        raise InvalidInput(_bad_children(), "children")
    seen: set[int] = set()
    out = []
    for link in value:
        if not isinstance(link, ChildLink):
            raise InvalidInput(_bad_children(), "children")
        child_id = id_or_none(link.child_id)
        witnessed = _yes_no(link.witnessed, "children")
        harmed = _yes_no(link.harmed, "children")
        if child_id is None or child_id in seen or not (witnessed or harmed):
            raise InvalidInput(_bad_children(), "children")
        seen.add(child_id)
        out.append(ChildLink(child_id, witnessed, harmed))
    return tuple(sorted(out, key=lambda c: c.child_id))


def _bad_children() -> str:
    return QCoreApplication.translate(
        "violence", "For each child named, say whether she or he witnessed it or was harmed."
    )


def _own_incidents(session: Session, client_id: int, ids: frozenset[int]) -> None:
    if not ids:
        return
    found = set(
        session.scalars(
            select(Incident.id).where(Incident.id.in_(ids), Incident.client_id == client_id)
        )
    )
    if found != set(ids):
        raise InvalidInput(_no_such_incident(), "incidents")


def _no_such_incident() -> str:
    return QCoreApplication.translate("violence", "No such incident.")


def _no_such_perpetrator() -> str:
    return QCoreApplication.translate("violence", "No such person among hers.")


def _yes_no(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(QCoreApplication.translate("violence", "Choose yes or no."), field)
    return value


def _clean_incident(data: object, now: datetime) -> IncidentInput:
    if not isinstance(data, IncidentInput):
        raise InvalidInput(_no_such_incident(), "incident")
    today = now.date()
    forms = choices_of(IncidentForm, data.forms, "forms")
    if not forms:
        raise InvalidInput(
            QCoreApplication.translate("violence", "Choose at least one form of violence."),
            "forms",
        )
    disclosed = valid_date(data.disclosed_on, "disclosed_on", not_after=today)
    occurred_from = occurred_to = None
    if data.occurred_from is not None or data.occurred_to is not None:
        occurred_from = valid_date(data.occurred_from, "occurred_from", not_after=disclosed)
        occurred_to = valid_date(
            data.occurred_to if data.occurred_to is not None else occurred_from,
            "occurred_to",
            not_after=disclosed,
        )
        if occurred_to < occurred_from:
            raise InvalidInput(
                QCoreApplication.translate("violence", "The period cannot end before it begins."),
                "occurred_to",
            )
    links = _clean_children(data.children)
    witnessed = _yes_no(data.children_witnessed, "children_witnessed")
    harmed = _yes_no(data.children_harmed, "children_harmed")
    affected = int_in_range(data.children_affected, "children_affected", 0, MAX_CHILDREN)
    if links:  # the named children decide: the flags and the count cannot disagree
        witnessed = any(c.witnessed for c in links)
        harmed = any(c.harmed for c in links)
        affected = len(links)
    if (witnessed or harmed) and affected == 0:
        raise InvalidInput(
            QCoreApplication.translate(
                "violence", "Enter how many children witnessed or suffered the violence."
            ),
            "children_affected",
        )
    if data.reported_to_police is not None:
        _yes_no(data.reported_to_police, "reported_to_police")
    appealed = None
    if data.appealed_at is not None:
        appealed = valid_datetime(data.appealed_at, "appealed_at")
        if appealed > now or appealed.date() != disclosed:
            raise InvalidInput(
                QCoreApplication.translate(
                    "violence",
                    "The appeal time must be on the day of the disclosure and not in the future.",
                ),
                "appealed_at",
            )
    perpetrators = id_set(data.perpetrator_ids)
    if perpetrators is None:
        raise InvalidInput(_no_such_perpetrator(), "perpetrators")
    return IncidentInput(
        disclosed_on=disclosed,
        forms=frozenset(f.value for f in forms),
        context=choice(IncidentContext, data.context, "context").value,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
        place_type=choice(PlaceType, data.place_type, "place_type").value,
        children_witnessed=witnessed,
        children_harmed=harmed,
        children_affected=affected,
        reported_to_police=data.reported_to_police,
        appealed_at=appealed,
        perpetrator_ids=perpetrators,
        children=links,
    )


def _clean_perpetrator(data: object) -> PerpetratorInput:
    if not isinstance(data, PerpetratorInput):
        raise InvalidInput(_no_such_perpetrator(), "perpetrator")
    return PerpetratorInput(
        relationship=choice(Relationship, data.relationship, "relationship").value,
        sex=choice(PerpetratorSex, data.sex, "sex").value,
        age_group=choice(AgeGroup, data.age_group, "age_group").value,
        lives_with_her=_yes_no(data.lives_with_her, "lives_with_her"),
        weapon_access=_yes_no(data.weapon_access, "weapon_access"),
        earlier_violence=_yes_no(data.earlier_violence, "earlier_violence"),
        alcohol_or_drugs=_yes_no(data.alcohol_or_drugs, "alcohol_or_drugs"),
        description=optional_text(data.description, "description", MAX_DESCRIPTION),
    )


def _perpetrator_values(clean: PerpetratorInput) -> dict[str, object]:
    return {
        "relationship": clean.relationship,
        "sex": clean.sex,
        "age_group": clean.age_group,
        "lives_with_her": clean.lives_with_her,
        "weapon_access": clean.weapon_access,
        "earlier_violence": clean.earlier_violence,
        "alcohol_or_drugs": clean.alcohol_or_drugs,
        "description": clean.description,
    }


def _perpetrator_record(
    row: Perpetrator, incident_ids: tuple[int, ...], in_force: int
) -> PerpetratorRecord:
    return PerpetratorRecord(
        id=row.id,
        client_id=row.client_id,
        relationship=row.relationship,
        sex=row.sex,
        age_group=row.age_group,
        lives_with_her=row.lives_with_her,
        weapon_access=row.weapon_access,
        earlier_violence=row.earlier_violence,
        alcohol_or_drugs=row.alcohol_or_drugs,
        description=row.description,
        recorded_on=row.recorded_on,
        incident_ids=incident_ids,
        orders_in_force=in_force,
    )
