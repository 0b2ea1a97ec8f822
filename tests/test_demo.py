"""The demo database as trainers and testers use it: it builds, its accounts sign in, the
same seed gives the same data, and its rows keep every rule the services enforce.

The `check_*` functions take a session on any demo database; run them by hand on a big
one (see `_check_all`)."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from shelter_app import demo, integrity
from shelter_app.compartments import CompartmentKeys
from shelter_app.database import Database
from shelter_app.errors import AlreadyExists, ExitCode, InvalidInput
from shelter_app.permissions import Role
from shelter_app.search_key import client_search_key
from shelter_app.storage import keyfile
from shelter_app.storage.casework_schema import (
    Attendance,
    Bed,
    BedAssignment,
    Client,
    ClientCategory,
    Consent,
    Consultation,
    ConsultationTopic,
    Course,
    CourseSession,
    Enrolment,
    Event,
    EventPartner,
    Partner,
    Referral,
    RiskAssessment,
    Room,
    SafetyPlan,
    Site,
    Stay,
    StayChild,
    StayExtension,
    TurnAway,
    ViolenceDisclosure,
    WaitingListEntry,
)
from shelter_app.storage.schema import Account, AuditEntry
from shelter_app.storage.sealing import SESSION_KEYS
from shelter_app.storage.violence_schema import (
    OrderExtension,
    OrderViolation,
    Perpetrator,
    ProtectionOrder,
)
from shelter_app.vocabulary import (
    TOPICS,
    CameVia,
    Category,
    Citizenship,
    ConsentKind,
    ConsultationFormat,
    ConsultationKind,
    ConsultationOutcome,
    ConsultationStatus,
    DepartureOutcome,
    District,
    EnrolmentStatus,
    EventKind,
    ExtensionReason,
    ReferralDirection,
    ReferralOutcome,
    ReferralType,
    ReferringBody,
    RiskLevel,
    Sex,
    TurnAwayReason,
)
from tests.sealed_view import all_keys, opened_rows

PASSWORD = "Demo-pass-2026"
TODAY = date(2026, 3, 2)
REPO = Path(__file__).resolve().parents[1]
ROLES = {
    "admin": Role.ADMIN,
    "head": Role.HEAD,
    "caseworker": Role.CASE_WORKER,
    "psychologist": Role.PSYCHOLOGIST,
    "lawyer": Role.LAWYER,
    "trainer": Role.TRAINER,
    "operator": Role.OPERATOR,
    "coordinator": Role.COORDINATOR,
}
DIGESTED = (
    Account.id,
    Client,
    ClientCategory,
    Consent,
    ViolenceDisclosure,
    RiskAssessment,
    SafetyPlan,
    Consultation,
    ConsultationTopic,
    Partner,
    Course,
    CourseSession,
    Enrolment,
    Attendance,
    Event,
    EventPartner,
    Room,
    Bed,
    Stay,
    BedAssignment,
    StayChild,
    StayExtension,
    WaitingListEntry,
    TurnAway,
    Referral,
)
NAME = re.compile(r"^[А-ЩЬЮЯЄІЇҐа-щьюяєіїґ][А-ЩЬЮЯЄІЇҐа-щьюяєіїґ’\- ]*$")


def _build(path: Path, clients: int, seed: int, today: date = TODAY, **kw) -> demo.DemoSummary:
    """With the cheap test KDF (this may run from a module-scoped fixture)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyfile, "DEFAULT_KDF", keyfile.KdfParams(1024, 1, 1))
        return demo.build_demo(path, PASSWORD, clients, seed=seed, today=today, **kw)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    steps: list[tuple[int, int]] = []
    summary = _build(path, 400, seed=7, progress=lambda done, total: steps.append((done, total)))
    db, _admin = Database.sign_in(path, "admin", PASSWORD)
    yield summary, db, steps
    db.close()


@pytest.fixture
def session(built):
    """A session holding every compartment key (the recovery code's): the checks read
    the data as a whole."""
    keys = all_keys(built[1].paths.key_file, built[0].recovery_code)
    with Session(built[1].engine) as s:
        s.info[SESSION_KEYS] = CompartmentKeys(keys)
        yield s


def digest(db: Database, keys: dict[str, bytes]) -> str:
    """The data, sealed values opened with every key (their ciphertexts differ per
    build: a fresh nonce and fresh compartment keys each time)."""
    h = hashlib.sha256()
    with Session(db.engine) as s:
        for entity in DIGESTED:
            if isinstance(entity, type):
                key = [c.name for c in entity.__table__.primary_key.columns]
                opened = opened_rows(s.connection(), entity.__table__.name, keys)
                ordered = sorted(opened, key=lambda r, k=key: [r[c] for c in k])
                rows = [tuple(r.values()) for r in ordered]
            else:
                rows = [tuple(r) for r in s.execute(select(entity).order_by(entity)).all()]
            h.update(repr(rows).encode())
    return h.hexdigest()


# --- the checks, on any demo database --------------------------------------------------------


def check_no_bed_held_twice(s: Session) -> int:
    """Returns how many assignment pairs were compared."""
    by_bed = defaultdict(list)
    for bed, start, end in s.execute(
        select(BedAssignment.bed_id, BedAssignment.from_date, BedAssignment.to_date)
    ):
        if end is None or end > start:  # an assignment from and to the same day holds no night
            by_bed[bed].append((start, end or date.max))
    pairs = 0
    for spans in by_bed.values():
        spans.sort()
        for (a_start, a_end), (b_start, _b_end) in itertools.pairwise(spans):
            pairs += 1
            assert a_end <= b_start, (a_start, a_end, b_start)
    return pairs


def check_rooms_within_capacity(s: Session, today: date) -> None:
    kids = dict(
        s.execute(select(StayChild.stay_id, func.count()).group_by(StayChild.stay_id)).all()
    )
    room_of = dict(s.execute(select(Bed.id, Bed.room_id)).all())
    limit = dict(s.execute(select(Room.id, Room.max_people)).all())
    people: dict[tuple[int, date], int] = defaultdict(int)
    last = today + timedelta(days=31)
    for stay, bed, start, end in s.execute(
        select(
            BedAssignment.stay_id,
            BedAssignment.bed_id,
            BedAssignment.from_date,
            BedAssignment.to_date,
        )
    ):
        night = start
        while night < (end or last):
            people[room_of[bed], night] += 1 + kids.get(stay, 0)
            night += timedelta(days=1)
    for (room, night), n in people.items():
        assert n <= limit[room], (room, night, n)


def check_stays(s: Session, today: date) -> None:
    """Assignments follow one another from admission without gaps, the last open while
    she stays; one stay at a time; limits and extensions as the shelter allows."""
    spans = defaultdict(list)
    for a in s.scalars(select(BedAssignment).order_by(BedAssignment.from_date, BedAssignment.id)):
        spans[a.stay_id].append(a)
    by_client = defaultdict(list)
    extensions = defaultdict(list)
    for e in s.scalars(select(StayExtension)):
        extensions[e.stay_id].append(e)
    for stay in s.scalars(select(Stay)):
        chain = spans[stay.id]
        assert chain[0].from_date == stay.admitted_on
        for earlier, later in itertools.pairwise(chain):
            assert earlier.to_date == later.from_date
        assert chain[-1].to_date == stay.departed_on
        assert (stay.departed_on is None) == (stay.departure_outcome is None)
        if stay.departed_on is not None:
            assert stay.admitted_on <= stay.departed_on <= today
            DepartureOutcome(stay.departure_outcome)
        else:
            assert stay.admitted_on <= today + timedelta(days=30)
        ReferringBody(stay.referred_by)
        assert stay.admitted_on + timedelta(days=90) <= stay.allowed_until
        assert stay.allowed_until <= stay.admitted_on + timedelta(days=180)
        if stay.planned_departure_on is not None:
            assert stay.admitted_on < stay.planned_departure_on <= stay.allowed_until
        for e in extensions[stay.id]:
            assert stay.admitted_on <= e.extended_on <= today
            assert stay.departed_on is None or e.extended_on < stay.departed_on
            assert e.new_allowed_until == stay.allowed_until
            ExtensionReason(e.reason)
        by_client[stay.client_id].append((stay.admitted_on, stay.departed_on or date.max))
    for stays in by_client.values():
        stays.sort()
        for (_a, a_end), (b_start, _b) in itertools.pairwise(stays):
            assert a_end <= b_start
    for age, sex in s.execute(select(StayChild.age_years, StayChild.sex)):
        assert 0 <= age <= 17
        Sex(sex)
    for w in s.scalars(select(WaitingListEntry)):
        assert (w.status == "waiting") == (w.resolved_on is None)
        assert w.resolved_on is None or w.requested_on <= w.resolved_on <= today
    for t in s.scalars(select(TurnAway)):
        TurnAwayReason(t.reason)
        assert t.on_date <= today


def _consent_valid(kind: ConsentKind, client_col, day_col):
    return exists().where(
        Consent.client_id == client_col,
        Consent.kind == kind.value,
        Consent.given_on <= day_col,
        or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > day_col),
    )


def check_special_data_under_consent(s: Session) -> int:
    special = ConsentKind.SPECIAL_CATEGORY
    total = 0
    for table, day in (
        (ViolenceDisclosure, ViolenceDisclosure.disclosed_on),
        (RiskAssessment, RiskAssessment.assessed_on),
        (SafetyPlan, SafetyPlan.made_on),
    ):
        total += s.scalar(select(func.count()).select_from(table))
        without = s.scalar(
            select(func.count())
            .select_from(table)
            .where(~_consent_valid(special, table.client_id, day))
        )
        assert without == 0, table.__tablename__
    return total


def check_identity_shared_only_with_consent(s: Session) -> int:
    shared = select(func.count()).where(Referral.identity_shared.is_(True))
    bad = s.scalar(
        shared.where(
            or_(
                Referral.direction != ReferralDirection.OUT.value,
                Referral.partner_id.is_(None),
                ~_consent_valid(
                    ConsentKind.SHARING_WITH_PARTNERS, Referral.client_id, Referral.on_date
                ),
            )
        )
    )
    assert bad == 0
    return s.scalar(shared)


def check_clients(s: Session, today: date) -> None:
    per_year: dict[int, set[int]] = defaultdict(set)
    for c in s.scalars(select(Client)):
        year, serial = re.fullmatch(r"K-(\d{4})-(\d{4,})", c.code).groups()
        assert int(year) == c.first_contact_on.year
        assert int(serial) not in per_year[c.first_contact_on.year]
        per_year[c.first_contact_on.year].add(int(serial))
        assert c.search_key == client_search_key(c.code, c.last_name, c.first_name, c.patronymic)
        for name in (c.last_name, c.first_name, c.patronymic):
            assert name is None or NAME.match(name), name
        assert c.phone is None or re.fullmatch(r"\+380 \d\d \d{3} \d\d \d\d", c.phone)
        assert c.phone is not None or not (c.safe_to_call or c.safe_to_text)
        if c.birth_date is not None:
            assert c.birth_year == c.birth_date.year
            assert 18 <= (c.first_contact_on - c.birth_date).days // 365.25 <= 75
        District(c.district)
        CameVia(c.came_via)
        Citizenship(c.citizenship)
        assert c.first_contact_on <= c.last_activity_on <= today
        assert c.archived_at is None or c.archived_at.date() > c.last_activity_on
    assert s.scalar(select(func.count(Client.id))) == s.scalar(
        select(func.count(func.distinct(Client.code)))
    )
    for (category,) in s.execute(select(ClientCategory.category).distinct()):
        Category(category)
    without = s.scalar(
        select(func.count(Client.id)).where(
            ~exists().where(
                Consent.client_id == Client.id,
                Consent.kind == ConsentKind.DATA_PROCESSING.value,
                Consent.given_on == Client.first_contact_on,
            )
        )
    )
    assert without == 0
    assert s.scalar(select(func.count()).where(Consent.given_on > today)) == 0


def check_consultations(s: Session, today: date) -> None:
    role = dict(s.execute(select(Account.id, Account.role)).all())
    profession = {"psychological": "psychologist", "legal": "lawyer"}
    topics = defaultdict(list)
    for cid, topic in s.execute(select(ConsultationTopic.consultation_id, ConsultationTopic.topic)):
        topics[cid].append(topic)
    first_contact = dict(s.execute(select(Client.id, Client.first_contact_on)).all())
    diary = defaultdict(list)
    held_before: set[tuple[int, str]] = set()
    rows = s.scalars(select(Consultation).order_by(Consultation.starts_at, Consultation.id))
    for c in rows:
        kind = ConsultationKind(c.kind)
        assert role[c.specialist_id] == profession[c.kind]
        ConsultationFormat(c.format)
        status = ConsultationStatus(c.status)
        assert c.starts_at.date() >= first_contact[c.client_id]
        if status == ConsultationStatus.HELD:
            assert c.starts_at.date() < today
            assert 1 <= len(topics[c.id]) <= 3
            assert all(t in {x.value for x in TOPICS[kind]} for t in topics[c.id])
            ConsultationOutcome(c.outcome)
            assert (c.follow_up_on is not None) == (c.outcome == "follow_up")
            assert c.is_first == ((c.client_id, c.kind) not in held_before)
            held_before.add((c.client_id, c.kind))
        else:
            assert not topics[c.id] and c.outcome is None and c.note is None and not c.is_first
            assert (status == ConsultationStatus.SCHEDULED) == (c.starts_at.date() >= today)
        assert c.starts_at <= datetime.combine(today + timedelta(days=15), datetime.min.time())
        if status in (ConsultationStatus.HELD, ConsultationStatus.SCHEDULED):
            diary[c.specialist_id].append((c.starts_at, c.duration_min))
    for booked in diary.values():
        for (start, minutes), (next_start, _) in itertools.pairwise(booked):
            assert start + timedelta(minutes=minutes) <= next_start


def check_courses(s: Session, today: date) -> None:
    """As shelter_app.courses keeps them: enrolled and completed hold the places, never
    more than the capacity, and nobody waits while a place is free; every holder of a
    place is marked at each session held since she got it (and before she left)."""
    holding = ("enrolled", "completed")
    for course in s.scalars(select(Course)):
        statuses = defaultdict(int)
        for (status,) in s.execute(
            select(Enrolment.status).where(Enrolment.course_id == course.id)
        ):
            statuses[EnrolmentStatus(status)] += 1
        held = sum(statuses[EnrolmentStatus(h)] for h in holding)
        assert held <= course.capacity
        if statuses[EnrolmentStatus.WAITING]:
            assert held == course.capacity and course.ends_on >= today
        sessions = s.scalars(
            select(CourseSession.starts_at).where(CourseSession.course_id == course.id)
        ).all()
        days = sorted(d.date() for d in sessions)
        assert days[0] == course.starts_on and days[-1] == course.ends_on
        marked = dict(
            s.execute(
                select(Attendance.enrolment_id, func.count())
                .join(Enrolment, Enrolment.id == Attendance.enrolment_id)
                .where(Enrolment.course_id == course.id)
                .group_by(Attendance.enrolment_id)
            ).all()
        )
        for e in s.scalars(select(Enrolment).where(Enrolment.course_id == course.id)):
            if e.enrolled_on is None:
                assert e.id not in marked
                continue
            until = e.withdrawn_on or today
            due = sum(1 for d in days if e.enrolled_on <= d < until and d < today)
            assert marked.get(e.id, 0) == due
    for e in s.scalars(select(Enrolment)):
        assert e.requested_at.date() <= today
        assert e.enrolled_on is None or e.enrolled_on >= e.requested_at.date()
        assert e.withdrawn_on is None or e.withdrawn_on >= (e.enrolled_on or date.min)
        if e.status == EnrolmentStatus.COMPLETED.value:
            assert e.enrolled_on <= e.completed_on < today
    marks = s.execute(
        select(Attendance, Enrolment, CourseSession)
        .join(Enrolment, Enrolment.id == Attendance.enrolment_id)
        .join(CourseSession, CourseSession.id == Attendance.session_id)
    ).all()
    for _a, enrolment, session in marks:
        assert session.course_id == enrolment.course_id
        assert enrolment.enrolled_on <= session.starts_at.date() < today
        assert enrolment.withdrawn_on is None or session.starts_at.date() < enrolment.withdrawn_on
    for e in s.scalars(select(Event)):
        EventKind(e.kind)
        if e.held_on >= today:
            assert e.attendees_women == e.attendees_men == e.attendees_children == 0


def check_last_activity(s: Session, today: date) -> None:
    """Each client's last activity is the date of her latest record, as the services'
    touch() leaves it."""
    latest: dict[int, date] = defaultdict(lambda: date.min)

    def seen(rows) -> None:
        for client_id, day in rows:
            if day is not None:
                day = day.date() if isinstance(day, datetime) else day
                latest[client_id] = max(latest[client_id], day)

    seen(s.execute(select(Client.id, Client.first_contact_on)))
    held = Consultation.status == ConsultationStatus.HELD.value
    seen(s.execute(select(Consultation.client_id, Consultation.starts_at).where(held)))
    seen(s.execute(select(Consultation.client_id, Consultation.created_at).where(~held)))
    seen(s.execute(select(Consent.client_id, Consent.withdrawn_on)))
    seen(s.execute(select(ViolenceDisclosure.client_id, ViolenceDisclosure.disclosed_on)))
    seen(s.execute(select(RiskAssessment.client_id, RiskAssessment.assessed_on)))
    # issue 15: perpetrators, protection orders, their extensions and violations
    seen(s.execute(select(Perpetrator.client_id, Perpetrator.recorded_on)))
    seen(s.execute(select(ProtectionOrder.client_id, ProtectionOrder.issued_on)))
    for child, day in (
        (OrderExtension, OrderExtension.extended_on),
        (OrderViolation, OrderViolation.occurred_on),
    ):
        seen(
            s.execute(
                select(ProtectionOrder.client_id, day).join(
                    child, child.order_id == ProtectionOrder.id
                )
            )
        )
    seen(s.execute(select(SafetyPlan.client_id, SafetyPlan.made_on)))
    seen(s.execute(select(SafetyPlan.client_id, SafetyPlan.reviewed_on)))
    seen(s.execute(select(Referral.client_id, Referral.on_date)))
    enrolment_days = (
        Enrolment.requested_at,
        Enrolment.enrolled_on,  # moved in from the waiting list
        Enrolment.completed_on,
        Enrolment.withdrawn_on,
    )
    for column in enrolment_days:
        seen(s.execute(select(Enrolment.client_id, column)))
    seen(
        s.execute(
            select(Enrolment.client_id, CourseSession.starts_at)
            .join(Attendance, Attendance.enrolment_id == Enrolment.id)
            .join(CourseSession, CourseSession.id == Attendance.session_id)
            .where(Attendance.present.is_(True))
        )
    )
    seen((c, min(day, today)) for c, day in s.execute(select(Stay.client_id, Stay.admitted_on)))
    seen(s.execute(select(Stay.client_id, Stay.departed_on)))
    seen(
        s.execute(
            select(Stay.client_id, StayExtension.extended_on).join(
                StayExtension, StayExtension.stay_id == Stay.id
            )
        )
    )
    seen(s.execute(select(WaitingListEntry.client_id, WaitingListEntry.requested_on)))
    seen(s.execute(select(WaitingListEntry.client_id, WaitingListEntry.resolved_on)))
    seen(
        s.execute(
            select(TurnAway.client_id, TurnAway.on_date).where(TurnAway.client_id.is_not(None))
        )
    )
    stored = dict(s.execute(select(Client.id, Client.last_activity_on)).all())
    assert stored == dict(latest)


def check_archived_clients_have_nothing_open(s: Session, today: date) -> None:
    archived = Client.archived_at.is_not(None)
    assert not s.scalar(
        select(func.count()).where(
            archived, Stay.client_id == Client.id, Stay.departed_on.is_(None)
        )
    )
    assert not s.scalar(
        select(func.count()).where(
            archived,
            Consultation.client_id == Client.id,
            Consultation.status == ConsultationStatus.SCHEDULED.value,
        )
    )
    assert not s.scalar(
        select(func.count()).where(
            archived,
            WaitingListEntry.client_id == Client.id,
            WaitingListEntry.status == "waiting",
        )
    )
    assert not s.scalar(
        select(func.count()).where(
            archived,
            Enrolment.client_id == Client.id,
            Enrolment.course_id == Course.id,
            Enrolment.status.in_(["enrolled", "waiting"]),
            Course.ends_on >= today,
        )
    )


def check_referrals(s: Session, today: date) -> None:
    active = dict(s.execute(select(Partner.id, Partner.active)).all())
    for r in s.scalars(select(Referral)):
        ReferralDirection(r.direction)
        ReferralType(r.referral_type)
        ReferralOutcome(r.outcome)
        assert r.on_date <= today
        assert r.partner_id is None or active[r.partner_id]


def _check_all(path: str, password: str, today: date) -> None:
    """By hand on a big demo database:
    python -c "from tests.test_demo import _check_all; _check_all('x.db', 'pw', date)"."""
    db, _ = Database.sign_in(path, "admin", password)
    with Session(db.engine) as s:
        print("bed pairs compared:", check_no_bed_held_twice(s))
        check_rooms_within_capacity(s, today)
        check_stays(s, today)
        print("special-category rows:", check_special_data_under_consent(s))
        print("identity shared:", check_identity_shared_only_with_consent(s))
        check_clients(s, today)
        check_consultations(s, today)
        check_courses(s, today)
        check_last_activity(s, today)
        check_archived_clients_have_nothing_open(s, today)
        check_referrals(s, today)
    db.close()


# --- use cases -------------------------------------------------------------------------------


def test_demo_has_the_clients_and_casework_asked_for(built, session):
    summary, _db, _steps = built
    assert summary.clients == 400 == session.scalar(select(func.count(Client.id)))
    assert summary.consultations == session.scalar(select(func.count(Consultation.id)))
    assert summary.stays == session.scalar(select(func.count(Stay.id))) > 0
    assert summary.children_housed == session.scalar(select(func.count(StayChild.id))) > 0
    assert summary.enrolments == session.scalar(select(func.count(Enrolment.id))) > 0
    assert summary.referrals == session.scalar(select(func.count(Referral.id))) > 0
    assert summary.events == session.scalar(select(func.count(Event.id))) > 0
    # the centre's 8 rooms (24 beds), and the two shelters of 12 and 15 places (issue 20)
    assert (summary.sites, summary.rooms, summary.beds) == (3, 14, 36)
    shelters = sorted(
        session.execute(
            select(func.sum(Room.max_people))
            .join(Site, Site.id == Room.site_id)
            .where(Site.kind == "shelter")
            .group_by(Site.id)
        ).scalars()
    )
    assert shelters == [12, 15]
    held = select(func.count(func.distinct(Room.site_id))).select_from(BedAssignment)
    held = held.join(Bed, Bed.id == BedAssignment.bed_id).join(Room, Room.id == Bed.room_id)
    assert session.scalar(held) == 3  # women stay at every site
    assert session.scalar(select(func.count(func.distinct(Event.site_id)))) == 3
    assert 2 <= summary.consultations / summary.clients <= 4
    # everyone served (issue 14): children, men and anonymous contacts are reported too
    from shelter_app.storage.people_schema import AnonymousContact, Child

    assert summary.children == session.scalar(select(func.count(Child.id))) > 0
    men = select(func.count(Client.id)).where(Client.sex == "male")
    assert summary.men == session.scalar(men) > 0
    contacts = select(func.count(AnonymousContact.id))
    assert summary.anonymous_contacts == session.scalar(contacts) > 0
    # and the demo's courses and events carry aims for the summary's table by aim
    assert session.scalar(select(func.count(Course.id)).where(Course.aim != "not_stated")) > 0
    assert session.scalar(select(func.count(Event.id)).where(Event.aim != "not_stated")) > 0
    assert summary.seconds > 0
    # a year and more of consultations, and appointments in the next days
    held = select(func.min(Consultation.starts_at)).where(Consultation.status == "held")
    assert session.scalar(held).date() < TODAY - timedelta(days=365)
    assert session.scalar(
        select(func.count()).where(
            Consultation.status == "scheduled", Consultation.starts_at > datetime(2026, 3, 2)
        )
    )
    assert session.scalar(select(func.count()).where(Consultation.status == "no_show"))
    # women in the shelter today, some with their children
    assert session.scalar(select(func.count()).where(Stay.departed_on.is_(None)))


def test_the_five_accounts_sign_in_with_the_password_and_their_roles(built):
    summary, db, _ = built
    assert summary.usernames == tuple(ROLES)
    for username, role in ROLES.items():
        other, user = Database.sign_in(db.paths.database, username, PASSWORD)
        other.close()
        assert user.role == role


BUILD_ELSEWHERE = """
import sys
from datetime import date
from shelter_app.storage import keyfile
keyfile.DEFAULT_KDF = keyfile.KdfParams(1024, 1, 1)
from shelter_app.demo import build_demo
summary = build_demo(sys.argv[1], sys.argv[2], 60, seed=3, today=date.fromisoformat(sys.argv[3]))
print(summary.recovery_code)
"""


def test_same_seed_gives_the_same_data_and_another_seed_other_data(tmp_path):
    # one build in another process with another hash seed: set order cannot matter
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONHASHSEED="12345")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    elsewhere = tmp_path / "a" / "demo.db"
    done = subprocess.run(
        [sys.executable, "-c", BUILD_ELSEWHERE, str(elsewhere), PASSWORD, TODAY.isoformat()],
        env=env,
        check=True,
        timeout=300,
        capture_output=True,
        text=True,
    )
    codes = {"a": done.stdout.strip().splitlines()[-1]}
    codes["b"] = _build(tmp_path / "b" / "demo.db", 60, seed=3).recovery_code
    codes["c"] = _build(tmp_path / "c" / "demo.db", 60, seed=4).recovery_code
    digests = []
    for name in "abc":
        db, _ = Database.sign_in(tmp_path / name / "demo.db", "admin", PASSWORD)
        digests.append(digest(db, all_keys(db.paths.key_file, codes[name])))
        db.close()
    assert digests[0] == digests[1]
    assert digests[0] != digests[2]


def test_names_and_details_look_like_a_kyiv_centres_clients(session):
    clients = session.scalars(select(Client)).all()
    assert any("’" in c.first_name + c.last_name + (c.patronymic or "") for c in clients)
    assert any(c.patronymic is None for c in clients)
    assert any(c.birth_date is None and c.birth_year for c in clients)
    assert len({c.district for c in clients}) >= 10
    idp = session.scalar(select(func.count()).where(ClientCategory.category == "idp"))
    assert 0.15 < idp / len(clients) < 0.35
    years = {c.code[2:6] for c in clients}
    assert len(years) >= 3  # this year, last year, and a few who came years ago


def test_no_bed_is_held_by_two_stays_on_any_night(session):
    assert check_no_bed_held_twice(session) > 0


def test_no_room_holds_more_women_and_children_than_it_may(session):
    check_rooms_within_capacity(session, TODAY)


def test_stays_follow_the_shelter_rules(session):
    check_stays(session, TODAY)
    assert session.scalar(select(func.count(StayExtension.id)))


def test_violence_details_exist_only_under_a_valid_consent(session):
    assert check_special_data_under_consent(session) > 0
    levels = set(session.scalars(select(RiskAssessment.level).distinct()))
    assert levels <= {v.value for v in RiskLevel} and len(levels) >= 3
    overdue = select(func.count()).where(
        SafetyPlan.reviewed_on.is_(None), SafetyPlan.review_on < TODAY
    )
    assert session.scalar(overdue)


def test_risk_scores_follow_the_safety_questionnaire(session):
    from shelter_app import safety

    for row in session.scalars(select(RiskAssessment)):  # rows: the answers open on load
        expected = safety.risk_level(json.loads(row.answers))
        assert (row.score, row.level) == (expected[0], expected[1].value)


def test_identity_is_shared_only_with_her_consent_to_sharing(session):
    assert check_identity_shared_only_with_consent(session) > 0


def test_client_codes_names_and_search_keys_are_as_intake_makes_them(session):
    check_clients(session, TODAY)


def test_specialists_are_never_booked_twice_and_first_comes_before_repeat(session):
    check_consultations(session, TODAY)


def test_courses_respect_capacity_and_attendance_is_for_enrolled_women(session):
    check_courses(session, TODAY)
    statuses = set(session.scalars(select(Enrolment.status).distinct()))
    assert {"completed", "enrolled", "withdrawn"} <= statuses
    moved_in = (
        select(func.count())
        .select_from(Enrolment)
        .join(Course, Course.id == Enrolment.course_id)
        .where(Enrolment.enrolled_on >= Course.starts_on)  # a place freed mid-course
    )
    assert session.scalar(moved_in)


def test_each_clients_last_activity_is_her_latest_record(session):
    check_last_activity(session, TODAY)


def test_archived_clients_have_nothing_open(session):
    assert session.scalar(select(func.count()).where(Client.archived_at.is_not(None)))
    check_archived_clients_have_nothing_open(session, TODAY)


def test_referrals_use_the_vocabulary_and_active_partners(session):
    check_referrals(session, TODAY)


def test_integrity_check_passes(built):
    _summary, db, _ = built
    admin_db, admin = Database.sign_in(db.paths.database, "admin", PASSWORD)
    try:
        assert integrity.run_check(admin_db, admin).ok
    finally:
        admin_db.close()


def test_generation_is_audited_once_with_counts_only(session):
    entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "demo.generated")).all()
    assert len(entries) == 1
    detail = json.loads(entries[0].detail)
    assert set(detail) == set(demo.COUNTED)
    assert all(isinstance(v, int) for v in detail.values())


def test_progress_reaches_its_total(built):
    _summary, _db, steps = built
    assert steps and all(total == steps[0][1] for _, total in steps)
    done = [d for d, _ in steps]
    assert done == sorted(done) and done[-1] == steps[0][1]


def test_an_existing_database_is_refused_and_left_as_it_was(built, tmp_path):
    path = built[1].paths.database
    before = path.read_bytes()[:4096]
    with pytest.raises(AlreadyExists):
        _build(path, 10, seed=1)
    assert path.read_bytes()[:4096] == before


def test_a_password_too_short_creates_nothing(tmp_path):
    with pytest.raises(InvalidInput) as err:
        demo.build_demo(tmp_path / "demo.db", "short", 10)
    assert err.value.field == "password"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("clients", [0, -5, demo.MAX_CLIENTS + 1, True, "100"])
def test_an_impossible_number_of_clients_is_refused(tmp_path, clients):
    with pytest.raises(InvalidInput) as err:
        demo.build_demo(tmp_path / "demo.db", PASSWORD, clients)
    assert err.value.field == "clients"
    assert list(tmp_path.iterdir()) == []


def test_a_failure_part_way_removes_the_half_built_database(tmp_path):
    def stop(done: int, total: int) -> None:
        if done > 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _build(tmp_path / "demo.db", 20, seed=1, progress=stop)
    assert list(tmp_path.iterdir()) == []


def test_many_clients_bring_more_specialists_so_none_is_double_booked():
    plan = demo._Plan(100_000)
    assert plan.psychologists > 10 and plan.lawyers > 10
    assert demo._Plan(60).usernames() == list(ROLES)


@pytest.mark.real_kdf
def test_command_line_demo_end_to_end(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OBERIH_LANG="en")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    db = tmp_path / "demo.db"
    command = [sys.executable, "-m", "shelter_app", "demo", "--db", str(db)]
    command += ["--clients", "30", "--seed", "3", "--password-stdin"]

    def run():
        return subprocess.run(
            command,
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=300,
        )

    result = run()
    assert result.returncode == ExitCode.OK, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == f"Demo database created: {db}"
    assert lines[1].startswith("30 clients, ")
    assert re.fullmatch(
        r"Also \d+ children, \d+ men among the clients, \d+ anonymous contacts\.", lines[2]
    )
    assert lines[3] == (
        "Accounts, all with the password given: admin, head, caseworker, psychologist, lawyer, "
        "trainer, operator, coordinator"
    )
    db_, user = Database.sign_in(db, "coordinator", PASSWORD)
    db_.close()
    assert user.role == Role.COORDINATOR

    again = run()
    assert again.returncode == ExitCode.ALREADY_EXISTS
    assert again.stderr == (
        "shelter-app: A database already exists at this path; nothing was changed.\n"
    )
    assert again.stdout == ""


def test_a_demo_build_stops_when_the_program_closes_and_leaves_nothing(tmp_path):
    """Signing out of the computer while the demo is being built: the build ends at its
    next save (not after every client is made) and removes what it made."""
    import threading

    from shelter_app.errors import Stopped

    stop = threading.Event()
    steps: list[int] = []

    def progress(done: int, total: int) -> None:
        steps.append(done)
        stop.set()  # the program starts closing after the first step

    with pytest.raises(Stopped):
        demo.build_demo(tmp_path / "demo.db", "Demo-pass-123456", 60, progress=progress, stop=stop)
    assert len(steps) == 1
    assert list(tmp_path.iterdir()) == []


def test_a_failure_part_way_on_a_server_leaves_its_database_empty_again(tmp_path, monkeypatch):
    """The demo on a server database (`demo --server URL`) that fails part-way: the
    database the IT officer made is empty again, ready for `init` or another demo, and
    this workstation keeps no notes about it."""
    from sqlalchemy import create_engine, inspect

    from tests import pg_cluster
    from tests.conftest import address_of
    from tests.engines import WORKSTATION_DIR_ENV

    url = pg_cluster.database_or_skip("demofail")
    workstation = tmp_path / "workstation"
    monkeypatch.setenv(WORKSTATION_DIR_ENV, str(workstation))

    def stop(done: int, total: int) -> None:
        if done > 1:
            raise KeyboardInterrupt

    try:
        with pytest.raises(KeyboardInterrupt):
            _build(address_of(url), 20, seed=1, progress=stop)
        engine = create_engine(url)
        try:
            assert inspect(engine).get_table_names() == []
        finally:
            engine.dispose()
        assert [p for p in workstation.rglob("*") if p.is_file()] == []
        # and it is usable at once: the same demo now builds there
        summary = _build(address_of(url), 20, seed=1)
        assert summary.clients == 20
    finally:
        pg_cluster.drop_database(url)
