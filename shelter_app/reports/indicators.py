"""The indicators of the anonymised summary, counted in SQL, and their definitions.

Every function here takes the session of a unit of work the caller holds and returns
raw counts: codes and numbers, never a name, id, exact date or free text. Raw counts
go to the disclosure control (disclosure.py) and nowhere else; what leaves the
reports package is the published `Summary`.

Each indicator's definition is written once, in `DEFINITIONS`, beside the code that
counts it, and printed in the report's appendix, so that the department reads what a
number means.

Age. A person's age band is the age she reaches in the calendar year in which the
period starts (that year minus her year of birth). The year, not the birth date:
anonymising a record removes the birth date but keeps the year, so a past period's
figures stay the same after a retention purge; and one age for the whole period keeps
the age table adding up to the number of people served.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, and_, case, extract, func, literal, or_, select, union
from sqlalchemy.orm import Session
from sqlalchemy.sql import Subquery

from shelter_app.i18n import fill

from ..courses import CourseCounts, count_courses
from ..i18n import QT_TRANSLATE_NOOP
from ..shelter import UnmetDemand, count_unmet_demand
from ..shelter_layout import beds_held_per_night
from ..storage.casework_schema import (
    Attendance,
    Bed,
    Client,
    ClientCategory,
    Consultation,
    ConsultationTopic,
    CourseSession,
    Enrolment,
    Event,
    EventPartner,
    Referral,
    Room,
    Stay,
    StayChild,
    StayExtension,
    ViolenceDisclosure,
    WaitingListEntry,
)
from ..vocabulary import ConsultationStatus, ViolenceForm
from .model import Definition

# --- definitions ----------------------------------------------------------------------

# key -> (name, definition). "%1" in a definition is replaced by 2k.
DEFINITIONS: dict[str, tuple[str, str]] = {
    "people_served": (
        QT_TRANSLATE_NOOP("reports", "People served"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Different people who received at least one service in the period: a "
            "consultation held, a night in the shelter or an admission to it, a course "
            "enrolment or completion or a session attended, a referral, or a first contact "
            "with the centre. Each person is counted once, however many services she "
            "received. New clients made their first contact with the centre in the period; "
            "returning clients came before it. Age is the age reached in the calendar year "
            "in which the period starts (that year minus the year of birth). District is "
            "the district of residence recorded for the client.",
        ),
    ),
    # issue 14 (shelter_app/reports/people_groups.py)
    "children_with_families": (
        QT_TRANSLATE_NOOP("reports", "Children served with their families"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Children recorded with a parent or guardian who is a client (not clients "
            "themselves) who spent a night of the period in the shelter or had a session "
            "with a psychologist in it. Children who are clients are counted among the "
            "people served, as children (under 18 in the year the period starts).",
        ),
    ),
    "appeals": (
        QT_TRANSLATE_NOOP("reports", "Appeals"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Anonymous contacts (hotline calls, walk-ins, online and mobile-brigade "
            "contacts) logged in the period, by channel. Each contact is counted, not each "
            "person; no name is asked.",
        ),
    ),
    "strategy_appeals": (
        QT_TRANSLATE_NOOP("reports", "Appeals about domestic violence"),
        QT_TRANSLATE_NOOP(
            "reports",
            "The indicator of the State Strategy for equal rights and opportunities of "
            "women and men (CMU Order No. 752-р of 2022, operational plan 2025–2027): "
            "anonymous contacts logged in the period for which a form of violence was "
            "recorded, and of them those whose caller was recorded as a woman.",
        ),
    ),
    "categories": (
        QT_TRANSLATE_NOOP("reports", "Categories of people served"),
        QT_TRANSLATE_NOOP(
            "reports",
            "People served who belong to a category the department counts, as recorded "
            "for the client when the report is made. A person may belong to several "
            "categories or to none, so the rows do not add up to the people served. The "
            "rare categories (disability, pregnancy, veteran status) are broken down by age "
            "only when every count of the breakdown can be shown, and a category with "
            "fewer people than the disclosure threshold is not broken down.",
        ),
    ),
    "consultations": (
        QT_TRANSLATE_NOOP("reports", "Consultations held"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Psychological and legal consultations held on a day of the period. A first "
            "consultation is the client's first held consultation of that kind; later ones "
            "are repeat consultations. The format (in person, by phone, online) is as "
            "recorded. Clients consulted: different clients with at least one consultation "
            "of that kind held in the period.",
        ),
    ),
    "consultation_topics": (
        QT_TRANSLATE_NOOP("reports", "Consultation topics"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Consultations held in the period by the topics recorded for them. A "
            "consultation may have several topics, so the rows do not add up to the "
            "consultations held.",
        ),
    ),
    "appointments": (
        QT_TRANSLATE_NOOP("reports", "Appointments and no-shows"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Consultations booked or logged for a day of the period, by what became of "
            "them: held, not attended (no-show: the client did not come and did not "
            "cancel), or cancelled. Appointments not yet marked are not counted.",
        ),
    ),
    "courses": (
        QT_TRANSLATE_NOOP("reports", "Courses"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Enrolments: places on a course taken up in the period (enrolment date in the "
            "period); participants: different women among them. Completions and "
            "withdrawals: enrolments completed or withdrawn in the period. Sessions: course "
            "sessions held in the period.",
        ),
    ),
    "attendance_rate": (
        QT_TRANSLATE_NOOP("reports", "Course attendance rate"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Attendance marks of course sessions held in the period that record the "
            "participant as present, as a percentage of all marks taken. Not shown when "
            "fewer than %1 participants were marked.",
        ),
    ),
    "events": (
        QT_TRANSLATE_NOOP("reports", "Events"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Information, educational and city events held in the period, by kind, with "
            "their attendance as recorded at each event (women, men, children).",
        ),
    ),
    "partners": (
        QT_TRANSLATE_NOOP("reports", "Partner organisations involved"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Different partner organisations that took part in an event of the period or "
            "sent or received a referral dated in the period.",
        ),
    ),
    "admissions": (
        QT_TRANSLATE_NOOP("reports", "Shelter admissions"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Women admitted to the shelter on a day of the period (up to the day the "
            "report is made), by the body that referred them.",
        ),
    ),
    "departures": (
        QT_TRANSLATE_NOOP("reports", "Departures from the shelter"),
        QT_TRANSLATE_NOOP(
            "reports", "Stays that ended on a day of the period, by where the woman went."
        ),
    ),
    "housed": (
        QT_TRANSLATE_NOOP("reports", "Women and children housed"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Women who spent at least one night of the period in the shelter or were "
            "admitted to it in the period, and the children who stayed with them.",
        ),
    ),
    "bed_nights": (
        QT_TRANSLATE_NOOP("reports", "Bed-nights"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Nights of the period on which a shelter bed was held by a woman's stay: one "
            "woman for one night is one bed-night. Children share their mother's place and "
            "are not counted. Nights after the day the report is made are not counted.",
        ),
    ),
    "occupancy": (
        QT_TRANSLATE_NOOP("reports", "Mean occupancy"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Bed-nights as a percentage of the bed-nights the shelter could offer: beds in "
            "use in the current layout times the nights of the period up to the day the "
            "report is made. Not shown when fewer than %1 women stayed in the shelter in "
            "the period (in the chart: in the month).",
        ),
    ),
    "length_of_stay": (
        QT_TRANSLATE_NOOP("reports", "Length of stay"),
        QT_TRANSLATE_NOOP(
            "reports",
            "For the stays that ended in the period, the nights from admission to "
            "departure: their mean and median. Not shown when fewer than %1 stays ended in "
            "the period.",
        ),
    ),
    "extensions": (
        QT_TRANSLATE_NOOP("reports", "Stay extensions"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Extensions of the allowed stay recorded in the period, by reason (CMU "
            "Resolution No. 655 of 2018: a stay of up to three months, extendable to six).",
        ),
    ),
    "waiting_list": (
        QT_TRANSLATE_NOOP("reports", "Waiting list"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Requests for a place in the shelter added to the waiting list in the period, "
            "and women still waiting on the last day of the period.",
        ),
    ),
    "turn_aways": (
        QT_TRANSLATE_NOOP("reports", "Turn-aways"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Women the shelter could not take in the period, by reason, and the children "
            "with them.",
        ),
    ),
    "referrals": (
        QT_TRANSLATE_NOOP("reports", "Referrals"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Referrals dated in the period: of a client to the centre by another "
            "organisation (in), and by the centre to another organisation (out), by type "
            "of service.",
        ),
    ),
    "violence_forms": (
        QT_TRANSLATE_NOOP("reports", "Forms of violence disclosed"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Different clients who disclosed each form of domestic violence named by the "
            "Law of Ukraine No. 2229-VIII in a disclosure recorded in the period. A client "
            "may disclose several forms, so the rows do not add up to the clients who "
            "disclosed.",
        ),
    ),
    "children_affected": (
        QT_TRANSLATE_NOOP("reports", "Children affected"),
        QT_TRANSLATE_NOOP(
            "reports",
            "Children reported as affected by the violence in the disclosures recorded in "
            "the period, counted once per client (her largest figure of the period).",
        ),
    ),
}


def definition(key: str, k: int) -> Definition:
    name, text = DEFINITIONS[key]
    return Definition(
        key,
        QCoreApplication.translate("reports", name),
        fill(QCoreApplication.translate("reports", text), str(2 * k)),
    )


# --- age bands ------------------------------------------------------------------------

AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0-17", 0, 17),
    ("18-24", 18, 24),
    ("25-34", 25, 34),
    ("35-44", 35, 44),
    ("45-59", 45, 59),
    ("60+", 60, None),
)
AGE_UNKNOWN = "unknown"
AGE_CODES = (*(code for code, _, _ in AGE_BANDS), AGE_UNKNOWN)


def age_band(year: int) -> ColumnElement[str]:
    """The client's age band in `year` (see the module docstring), as a SQL expression."""
    born = Client.birth_year
    whens = [(born.is_(None), literal(AGE_UNKNOWN))]
    for code, _low, high in AGE_BANDS[:-1]:
        whens.append((born >= year - high, literal(code)))  # type: ignore[operator]
    return case(*whens, else_=literal(AGE_BANDS[-1][0]))


# --- raw counts -----------------------------------------------------------------------


@dataclass(frozen=True)
class PeopleCounts:
    # (age band, district, new?) -> people served
    cube: dict[tuple[str, str, bool], int]
    # (category, age band) -> people served in the category
    categories: dict[tuple[str, str], int]


@dataclass(frozen=True)
class ConsultationFigures:
    # (kind, format, first?, "YYYY-MM") -> consultations held
    held: dict[tuple[str, str, bool, str], int]
    by_status: dict[tuple[str, str], int]  # (kind, status), every status
    by_topic: dict[tuple[str, str], int]  # (kind, topic), held
    clients: dict[str, int]  # kind -> different clients with a held consultation


@dataclass(frozen=True)
class ShelterFigures:
    admissions: dict[str, int]  # referring body -> admissions
    departures: dict[str, int]  # outcome -> departures
    stay_lengths: dict[int, int]  # nights -> stays that ended in the period
    women_housed: int
    children_housed: int
    bed_nights: int
    beds_in_use: int
    nights: int  # nights of the period up to the day the report is made
    monthly: dict[str, tuple[int, int, int]]  # "YYYY-MM" -> (bed-nights, nights, women)
    extensions: dict[str, int]  # reason -> extensions
    waiting_added: int
    demand: UnmetDemand


@dataclass(frozen=True)
class EventFigures:
    # kind -> (events, women, men, children)
    by_kind: dict[str, tuple[int, int, int, int]]
    partners: int  # different partner organisations in events or referrals


@dataclass(frozen=True)
class ViolenceFigures:
    clients: int
    forms: dict[str, int]  # form -> clients who disclosed it
    children_affected: int


@dataclass(frozen=True)
class Counts:
    start: date
    end: date
    people: PeopleCounts
    consultations: ConsultationFigures
    courses: CourseCounts
    course_participants_marked: int
    events: EventFigures
    shelter: ShelterFigures
    referrals: dict[tuple[str, str], int]  # (direction, type) -> referrals
    violence: ViolenceFigures


def count_all(s: Session, start: date, end: date, today: date) -> Counts:
    """Every indicator for the days `start`..`end` (inclusive). Shelter figures stop at
    `today`: a booked admission or a future night has not happened yet."""
    upto = min(end, today)
    return Counts(
        start=start,
        end=end,
        people=count_people(s, start, end, upto),
        consultations=count_consultations(s, start, end),
        courses=count_courses(s, start, end),
        course_participants_marked=_participants_marked(s, start, end),
        events=count_events(s, start, end),
        shelter=count_shelter(s, start, end, upto),
        referrals=count_referrals(s, start, end),
        violence=count_violence(s, start, end),
    )


# --- people ---------------------------------------------------------------------------


def _day_range(start: date, end: date) -> tuple[datetime, datetime]:
    return datetime.combine(start, time.min), datetime.combine(end + timedelta(days=1), time.min)


def _stay_in_period(start: date, upto: date) -> ColumnElement[bool]:
    """Stays that held a night of start..upto, or began in it (a same-day departure)."""
    return and_(
        Stay.admitted_on <= upto,
        or_(Stay.departed_on.is_(None), Stay.departed_on > start, Stay.admitted_on >= start),
    )


def served_clients(start: date, end: date, upto: date) -> Subquery:
    """The ids of the people served (see DEFINITIONS["people_served"]), as a subquery."""
    since, until = _day_range(start, end)
    c = Consultation
    return union(
        select(c.client_id.label("client_id")).where(
            c.status == ConsultationStatus.HELD.value, c.starts_at >= since, c.starts_at < until
        ),
        select(Stay.client_id).where(_stay_in_period(start, upto)),
        select(Enrolment.client_id).where(
            or_(
                and_(Enrolment.enrolled_on >= start, Enrolment.enrolled_on <= end),
                and_(Enrolment.completed_on >= start, Enrolment.completed_on <= end),
            )
        ),
        select(Enrolment.client_id)
        .join(Attendance, Attendance.enrolment_id == Enrolment.id)
        .join(CourseSession, CourseSession.id == Attendance.session_id)
        .where(
            Attendance.present.is_(True),
            CourseSession.starts_at >= since,
            CourseSession.starts_at < until,
        ),
        select(Referral.client_id).where(Referral.on_date >= start, Referral.on_date <= end),
        select(Client.id).where(Client.first_contact_on >= start, Client.first_contact_on <= end),
    ).subquery()


def count_people(s: Session, start: date, end: date, upto: date) -> PeopleCounts:
    served = served_clients(start, end, upto)
    band = age_band(start.year).label("band")
    is_new = case(
        (and_(Client.first_contact_on >= start, Client.first_contact_on <= end), 1), else_=0
    ).label("is_new")
    cube = {
        (b, district, bool(new)): n
        for b, district, new, n in s.execute(
            select(band, Client.district, is_new, func.count())
            .select_from(served)
            .join(Client, Client.id == served.c.client_id)
            .group_by(band, Client.district, is_new)
        )
    }
    categories = {
        (category, b): n
        for category, b, n in s.execute(
            select(ClientCategory.category, band, func.count())
            .select_from(served)
            .join(Client, Client.id == served.c.client_id)
            .join(ClientCategory, ClientCategory.client_id == Client.id)
            .group_by(ClientCategory.category, band)
        )
    }
    return PeopleCounts(cube, categories)


# --- consultations --------------------------------------------------------------------


def count_consultations(s: Session, start: date, end: date) -> ConsultationFigures:
    """What consultations.consultation_counts counts, plus months, in three passes over
    the period's consultations. Each pass reads every row of the period from the table
    (the index on the start time holds the kind but not the status, format or client),
    so there are as few passes as the questions allow."""
    since, until = _day_range(start, end)
    c = Consultation
    period = (c.starts_at >= since, c.starts_at < until)
    held = (*period, c.status == ConsultationStatus.HELD.value)
    y, m = extract("year", c.starts_at), extract("month", c.starts_at)
    held_by: dict[tuple[str, str, bool, str], int] = {}
    by_status: dict[tuple[str, str], int] = {}
    for kind, status, fmt, first, year, month, n in s.execute(
        select(c.kind, c.status, c.format, c.is_first, y, m, func.count())
        .where(*period)
        .group_by(c.kind, c.status, c.format, c.is_first, y, m)
    ):
        by_status[(kind, status)] = by_status.get((kind, status), 0) + n
        if status == ConsultationStatus.HELD.value:
            held_by[(kind, fmt, bool(first), f"{int(year):04d}-{int(month):02d}")] = n
    by_topic = {
        (kind, topic): n
        for kind, topic, n in s.execute(
            select(c.kind, ConsultationTopic.topic, func.count())
            .join(ConsultationTopic, ConsultationTopic.consultation_id == c.id)
            .where(*held)
            .group_by(c.kind, ConsultationTopic.topic)
        )
    }
    clients = dict(
        s.execute(
            select(c.kind, func.count(c.client_id.distinct())).where(*held).group_by(c.kind)
        ).all()
    )
    return ConsultationFigures(held_by, by_status, by_topic, clients)


# --- courses and events ---------------------------------------------------------------


def _participants_marked(s: Session, start: date, end: date) -> int:
    """Different women with an attendance mark for a session of the period: the people
    behind the attendance rate."""
    since, until = _day_range(start, end)
    return (
        s.scalar(
            select(func.count(Enrolment.client_id.distinct()))
            .select_from(Attendance)
            .join(Enrolment, Enrolment.id == Attendance.enrolment_id)
            .join(CourseSession, CourseSession.id == Attendance.session_id)
            .where(CourseSession.starts_at >= since, CourseSession.starts_at < until)
        )
        or 0
    )


def count_events(s: Session, start: date, end: date) -> EventFigures:
    in_period = and_(Event.held_on >= start, Event.held_on <= end)
    by_kind = {
        kind: (n, women or 0, men or 0, children or 0)
        for kind, n, women, men, children in s.execute(
            select(
                Event.kind,
                func.count(Event.id),
                func.sum(Event.attendees_women),
                func.sum(Event.attendees_men),
                func.sum(Event.attendees_children),
            )
            .where(in_period)
            .group_by(Event.kind)
        )
    }
    involved = union(
        select(EventPartner.partner_id.label("partner_id"))
        .join(Event, Event.id == EventPartner.event_id)
        .where(in_period),
        select(Referral.partner_id).where(
            Referral.partner_id.is_not(None), Referral.on_date >= start, Referral.on_date <= end
        ),
    ).subquery()
    partners = s.scalar(select(func.count()).select_from(involved)) or 0
    return EventFigures(by_kind, partners)


# --- shelter --------------------------------------------------------------------------


def count_shelter(s: Session, start: date, end: date, upto: date) -> ShelterFigures:
    """Stays, nights and demand. `upto` = min(end, today)."""
    admissions = dict(
        s.execute(
            select(Stay.referred_by, func.count(Stay.id))
            .where(Stay.admitted_on >= start, Stay.admitted_on <= upto)
            .group_by(Stay.referred_by)
        ).all()
    )
    ended = and_(Stay.departed_on >= start, Stay.departed_on <= upto)
    departures: dict[str, int] = dict(
        s.execute(
            select(Stay.departure_outcome, func.count(Stay.id))
            .where(ended)
            .group_by(Stay.departure_outcome)
        ).all()  # type: ignore[arg-type]
    )
    # Lengths need a difference of dates, which has no portable SQL form: the stays that
    # ended in the period come grouped by their two dates (a few hundred rows a year).
    stay_lengths: dict[int, int] = {}
    for admitted, departed, n in s.execute(
        select(Stay.admitted_on, Stay.departed_on, func.count(Stay.id))
        .where(ended)
        .group_by(Stay.admitted_on, Stay.departed_on)
    ):
        assert departed is not None  # the query keeps stays that ended only
        nights = (departed - admitted).days
        stay_lengths[nights] = stay_lengths.get(nights, 0) + n
    housed = select(Stay.id, Stay.client_id).where(_stay_in_period(start, upto)).subquery()
    women = s.scalar(select(func.count(housed.c.client_id.distinct()))) or 0
    children = (
        s.scalar(select(func.count(StayChild.id)).where(StayChild.stay_id.in_(select(housed.c.id))))
        or 0
    )
    beds = (
        s.scalar(
            select(func.count(Bed.id))
            .join(Room, Room.id == Bed.room_id)
            .where(Bed.active.is_(True), Room.active.is_(True))
        )
        or 0
    )
    per_night = beds_held_per_night(s, start, upto + timedelta(days=1)) if upto >= start else []
    monthly: dict[str, tuple[int, int, int]] = {}
    first = start
    while first <= upto:
        nxt = (
            date(first.year + 1, 1, 1)
            if first.month == 12
            else date(first.year, first.month + 1, 1)
        )
        last = min(nxt - timedelta(days=1), upto)
        offset, nights = (first - start).days, (last - first).days + 1
        in_month = select(Stay.client_id).where(_stay_in_period(first, last)).subquery()
        women_month = s.scalar(select(func.count(in_month.c.client_id.distinct()))) or 0
        monthly[f"{first.year:04d}-{first.month:02d}"] = (
            sum(per_night[offset : offset + nights]),
            nights,
            women_month,
        )
        first = nxt
    extensions = dict(
        s.execute(
            select(StayExtension.reason, func.count(StayExtension.id))
            .where(StayExtension.extended_on >= start, StayExtension.extended_on <= end)
            .group_by(StayExtension.reason)
        ).all()
    )
    waiting_added = (
        s.scalar(
            select(func.count(WaitingListEntry.id)).where(
                WaitingListEntry.requested_on >= start, WaitingListEntry.requested_on <= end
            )
        )
        or 0
    )
    return ShelterFigures(
        admissions=admissions,
        departures=departures,
        stay_lengths=stay_lengths,
        women_housed=women,
        children_housed=children,
        bed_nights=sum(per_night),
        beds_in_use=beds,
        nights=len(per_night),
        monthly=monthly,
        extensions=extensions,
        waiting_added=waiting_added,
        demand=count_unmet_demand(s, start, end + timedelta(days=1)),
    )


# --- referrals and violence -----------------------------------------------------------


def count_referrals(s: Session, start: date, end: date) -> dict[tuple[str, str], int]:
    return {
        (direction, kind): n
        for direction, kind, n in s.execute(
            select(Referral.direction, Referral.referral_type, func.count(Referral.id))
            .where(Referral.on_date >= start, Referral.on_date <= end)
            .group_by(Referral.direction, Referral.referral_type)
        )
    }


def count_violence(s: Session, start: date, end: date) -> ViolenceFigures:
    v = ViolenceDisclosure
    in_period = and_(v.disclosed_on >= start, v.disclosed_on <= end)
    flags = {
        ViolenceForm.PHYSICAL: v.physical,
        ViolenceForm.SEXUAL: v.sexual,
        ViolenceForm.PSYCHOLOGICAL: v.psychological,
        ViolenceForm.ECONOMIC: v.economic,
    }
    row = s.execute(
        select(
            func.count(v.client_id.distinct()),
            *(
                func.count(case((flag.is_(True), v.client_id)).distinct())
                for flag in flags.values()
            ),
        ).where(in_period)
    ).one()
    largest = (
        select(func.max(v.children_affected).label("children"))
        .where(in_period)
        .group_by(v.client_id)
        .subquery()
    )
    children = s.scalar(select(func.coalesce(func.sum(largest.c.children), 0))) or 0
    return ViolenceFigures(
        clients=row[0] or 0,
        forms={form.value: n or 0 for form, n in zip(flags, row[1:], strict=True)},
        children_affected=children,
    )
