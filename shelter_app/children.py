"""Children as people the centre serves, not an age on a stay.

A child record (first name, birth date, sex, school or kindergarten) belongs to a parent
or guardian who is a client; a 14-17-year-old may also be a client in her own right
(`own_client_id`). A child's name is an identity: the same permissions as a client's.
Every child on a shelter stay has a record: the shelter's admission creates one when the
staff give only an age (first name unknown, birth date approximate, as migration 0007
does for older stays). Psychologists log sessions with a child (who and when only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from .client_lookup import require_client
from .database import Database, SignedInUser, utcnow
from .errors import InvalidInput
from .permissions import Permission
from .storage.case_schema import AssessmentChild
from .storage.casework_schema import Stay, StayChild
from .storage.people_schema import AnonymousContact, Child, ChildSession
from .storage.schema import Account
from .storage.violence_schema import IncidentChild
from .validation import choice, int_in_range, is_id, optional_text, valid_date
from .vocabulary import ConsultationFormat, Sex

NAME_MAX = 80
SCHOOL_MAX = 200
OWN_CLIENT_FROM_AGE = 14
SESSION_MINUTES = (10, 240)


@dataclass(frozen=True)
class ChildRecord:
    id: int
    guardian_client_id: int | None
    own_client_id: int | None
    first_name: str | None  # None: not known (a stay recorded before issue 14)
    birth_date: date
    birth_date_approximate: bool
    sex: str
    school: str | None

    def age_on(self, day: date) -> int:
        return age_on(self.birth_date, day)


@dataclass(frozen=True)
class ChildSessionRecord:
    id: int
    child_id: int
    psychologist: str
    held_on: date
    duration_min: int
    format: str


def age_on(birth_date: date, day: date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def add_child(
    db: Database,
    user: SignedInUser,
    guardian_client_id: int,
    first_name: str,
    birth_date: date,
    sex: str,
    school: str | None = None,
    own_client_id: int | None = None,
    *,
    today: date | None = None,
) -> ChildRecord:
    """A child of a client. `own_client_id`: she is also a client herself (14-17)."""
    day = today or date.today()
    name = _name(first_name)
    born = valid_date(birth_date, "birth_date", not_after=day)
    if age_on(born, day) >= 18:
        raise InvalidInput(
            QCoreApplication.translate(
                "children", "A child is under 18; register an adult as a client."
            ),
            "birth_date",
        )
    sex_ = choice(Sex, sex, "sex").value
    school_ = optional_text(school, "school", SCHOOL_MAX)
    with db.unit_of_work(user, Permission.WRITE_CLIENTS, write=True) as uow:
        s = uow.session
        guardian = require_client(s, guardian_client_id, for_new_activity=True)
        own = None
        if own_client_id is not None:
            if age_on(born, day) < OWN_CLIENT_FROM_AGE:
                raise InvalidInput(
                    QCoreApplication.translate(
                        "children",
                        "Only a child of 14 or older can be a client in their own right.",
                    ),
                    "own_client",
                )
            own = require_client(s, own_client_id, for_new_activity=True).id
            if own == guardian.id:
                raise InvalidInput(
                    QCoreApplication.translate(
                        "children", "The guardian and the child must be different clients."
                    ),
                    "own_client",
                )
        row = Child(
            guardian_client_id=guardian.id,
            own_client_id=own,
            first_name=name,
            birth_date=born,
            birth_date_approximate=False,
            sex=sex_,
            school=school_,
            created_at=utcnow(),
        )
        s.add(row)
        s.flush()
        uow.audit("child.added", "child", row.id, detail={"guardian_client_id": guardian.id})
        result = _record(row)
        uow.commit()
        return result


def edit_child(
    db: Database,
    user: SignedInUser,
    child_id: int,
    first_name: str,
    birth_date: date,
    sex: str,
    school: str | None = None,
    *,
    today: date | None = None,
) -> ChildRecord:
    """Correct her record; a birth date given now is exact (no longer approximate)."""
    day = today or date.today()
    name = _name(first_name)
    born = valid_date(birth_date, "birth_date", not_after=day)
    sex_ = choice(Sex, sex, "sex").value
    school_ = optional_text(school, "school", SCHOOL_MAX)
    with db.unit_of_work(user, Permission.WRITE_CLIENTS, write=True) as uow:
        row = _child(uow.session, child_id)
        if row.birth_date != born:
            row.birth_date, row.birth_date_approximate = born, False
        row.first_name, row.sex, row.school = name, sex_, school_
        uow.audit("child.edited", "child", row.id)
        result = _record(row)
        uow.commit()
        return result


def family_children(db: Database, user: SignedInUser, client_id: int) -> list[ChildRecord]:
    """Her children (she is the guardian), youngest last."""
    with db.unit_of_work(user, Permission.READ_CLIENTS) as uow:
        s = uow.session
        client = require_client(s, client_id, for_new_activity=False)
        rows = s.scalars(
            select(Child)
            .where(Child.guardian_client_id == client.id)
            .order_by(Child.birth_date, Child.id)
        ).all()
        return [_record(r) for r in rows]


def get_child(db: Database, user: SignedInUser, child_id: int) -> ChildRecord:
    with db.unit_of_work(user, Permission.READ_CLIENTS) as uow:
        return _record(_child(uow.session, child_id))


def log_child_session(
    db: Database,
    user: SignedInUser,
    child_id: int,
    held_on: date,
    duration_min: int,
    format: str = ConsultationFormat.IN_PERSON.value,
    *,
    today: date | None = None,
) -> ChildSessionRecord:
    """A psychologist saw the child (the psychologist is the acting user)."""
    day = valid_date(held_on, "held_on", not_after=today or date.today())
    minutes = int_in_range(duration_min, "duration", *SESSION_MINUTES)
    format_ = choice(ConsultationFormat, format, "format").value
    with db.unit_of_work(user, Permission.WRITE_PSY_CONSULTATIONS, write=True) as uow:
        s = uow.session
        child = _child(s, child_id)
        row = ChildSession(
            child_id=child.id,
            psychologist_id=uow.actor.account_id,
            held_on=day,
            duration_min=minutes,
            format=format_,
        )
        s.add(row)
        s.flush()
        uow.audit("child.session_logged", "child", child.id, detail={"session_id": row.id})
        result = ChildSessionRecord(row.id, child.id, uow.actor.display_name, day, minutes, format_)
        uow.commit()
        return result


def child_sessions(db: Database, user: SignedInUser, child_id: int) -> list[ChildSessionRecord]:
    """Who saw her and when, newest first."""
    with db.unit_of_work(user, Permission.READ_PSY_CONSULTATIONS) as uow:
        s = uow.session
        child = _child(s, child_id)
        rows = s.execute(
            select(ChildSession, Account.display_name)
            .join(Account, Account.id == ChildSession.psychologist_id)
            .where(ChildSession.child_id == child.id)
            .order_by(ChildSession.held_on.desc(), ChildSession.id.desc())
        ).all()
        return [
            ChildSessionRecord(r.id, r.child_id, name, r.held_on, r.duration_min, r.format)
            for r, name in rows
        ]


# --- inside a unit of work the caller holds --------------------------------------------


def add_stay_children(
    session: Session, stay: Stay, kids: list[tuple[int, str, int | None]]
) -> None:
    """The children on a new stay, each with a record: a given child record must be this
    client's child under 18 on the day (her age and sex come from the record); an age
    alone gets a record with an approximate birth date, in the caller's transaction, so
    that a refused or cancelled admission leaves none behind."""
    now = utcnow()
    for age, sex, child_id in kids:
        if child_id is None:
            child = Child(
                guardian_client_id=stay.client_id,
                first_name=None,
                birth_date=approximate_birth_date(stay.admitted_on, age),
                birth_date_approximate=True,
                sex=sex,
                created_at=now,
            )
            session.add(child)
            session.flush()
        else:
            child = _child(session, child_id, field="children")
            if child.guardian_client_id != stay.client_id:
                raise InvalidInput(
                    QCoreApplication.translate(
                        "children", "This child is not recorded with this client."
                    ),
                    "children",
                )
            age, sex = age_on(child.birth_date, stay.admitted_on), child.sex
            if age >= 18:
                raise InvalidInput(
                    QCoreApplication.translate(
                        "children", "A child on a stay is under 18 on the day of admission."
                    ),
                    "children",
                )
        session.add(StayChild(stay_id=stay.id, age_years=age, sex=sex, child_id=child.id))


def drop_unnamed_children(session: Session, child_ids: list[int]) -> None:
    """A cancelled admission takes back the records it made for children given only by
    age: unnamed ones on no other stay, never seen by a psychologist, named in no incident
    or assessment. A named record (or one that has a history) is her family's and stays."""
    for child_id in child_ids:
        child = session.get(Child, child_id)
        if child is None or child.first_name is not None or child.own_client_id is not None:
            continue
        used = (
            select(StayChild.id).where(StayChild.child_id == child_id),
            select(ChildSession.id).where(ChildSession.child_id == child_id),
            select(IncidentChild.incident_id).where(IncidentChild.child_id == child_id),
            select(AssessmentChild.assessment_id).where(AssessmentChild.child_id == child_id),
        )
        if any(session.scalar(q.limit(1)) is not None for q in used):
            continue
        session.delete(child)
    session.flush()


def forget_children(session: Session, guardian_ids: list[int]) -> None:
    """Retention anonymises these clients: their children's names and schools go too
    (the birth date stays approximate only as a year, for the figures)."""
    rows = session.execute(
        select(Child.id, Child.birth_date).where(Child.guardian_client_id.in_(guardian_ids))
    ).all()
    for child_id, born in rows:
        session.execute(
            update(Child)
            .where(Child.id == child_id)
            .values(
                first_name=None,
                school=None,
                birth_date=date(born.year, 7, 1),
                birth_date_approximate=True,
            )
        )
    session.execute(
        update(AnonymousContact)
        .where(AnonymousContact.client_id.in_(guardian_ids))
        .values(note=None)
    )


def stay_child_ages(session: Session, child_ids: list[int], day: date) -> dict[int, int]:
    rows = session.execute(select(Child.id, Child.birth_date).where(Child.id.in_(child_ids)))
    return {i: age_on(born, day) for i, born in rows}


def count_children_served(
    session: Session, first: date, last: date, *, not_clients: bool = False
) -> int:
    """Children housed on a night of the period or seen by a psychologist in it; with
    `not_clients`, only those who are not clients in their own right."""
    stop = last + timedelta(days=1)
    housed = (
        select(StayChild.child_id)
        .join(Stay, Stay.id == StayChild.stay_id)
        .where(
            Stay.admitted_on < stop,
            (Stay.departed_on.is_(None)) | (Stay.departed_on > first),
            StayChild.child_id.is_not(None),
        )
    )
    seen = select(ChildSession.child_id).where(
        ChildSession.held_on >= first, ChildSession.held_on <= last
    )
    union = housed.union(seen).subquery()
    query = select(func.count()).select_from(union)
    if not_clients:
        query = query.join(Child, Child.id == union.c.child_id).where(Child.own_client_id.is_(None))
    return int(session.scalar(query) or 0)


def approximate_birth_date(day: date, age_years: int) -> date:
    """The middle of the year in which a child of that age on `day` was born (as in
    migration 0007)."""
    try:
        birthday = day.replace(year=day.year - age_years)
    except ValueError:  # 29 February
        birthday = day.replace(year=day.year - age_years, day=28)
    return birthday - timedelta(days=182)


# --- helpers --------------------------------------------------------------------------


def _name(value: object) -> str:
    name = optional_text(value, "first_name", NAME_MAX)  # type: ignore[arg-type]
    if name is None:
        raise InvalidInput(
            QCoreApplication.translate("children", "Enter the child's first name."), "first_name"
        )
    return name


def _child(session: Session, child_id: object, field: str = "child") -> Child:
    row = session.get(Child, child_id) if is_id(child_id) else None
    if row is None:
        raise InvalidInput(QCoreApplication.translate("children", "No such child."), field)
    return row


def _record(row: Child) -> ChildRecord:
    return ChildRecord(
        id=row.id,
        guardian_client_id=row.guardian_client_id,
        own_client_id=row.own_client_id,
        first_name=row.first_name,
        birth_date=row.birth_date,
        birth_date_approximate=row.birth_date_approximate,
        sex=row.sex,
        school=row.school,
    )
