"""Anonymised summaries: the indicators on a small month worked out by hand, who may
build and export them, the disclosure register, byte-identical CSV, atomic export, and
that nothing a client told the centre (names, phones, notes, plans...) reaches a file."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from shelter_app import settings as centre_settings
from shelter_app.database import utcnow
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Permission, Role
from shelter_app.reports import periods
from shelter_app.reports.csv_export import render_csv
from shelter_app.reports.export import ReportNotWritten, export_summary, list_exports
from shelter_app.reports.model import CellState
from shelter_app.reports.summary import build_summary, compose
from shelter_app.search_key import client_search_key
from shelter_app.sites import default_site_id
from shelter_app.storage.casework_schema import (
    Attendance,
    Bed,
    BedAssignment,
    Client,
    ClientCategory,
    Consultation,
    ConsultationTopic,
    Course,
    CourseSession,
    Enrolment,
    Event,
    EventPartner,
    Partner,
    Referral,
    Room,
    SafetyPlan,
    Stay,
    StayChild,
    StayExtension,
    TurnAway,
    ViolenceDisclosure,
    WaitingListEntry,
)
from shelter_app.storage.schema import AuditEntry
from shelter_app.storage.sealing import SESSION_KEYS

ROOT = Path(__file__).resolve().parent.parent
MARCH = (date(2026, 3, 1), date(2026, 3, 31))
TODAY = date(2026, 4, 15)


def set_k(opened, k) -> None:
    """The database's one k, as the administrator sets it."""
    centre_settings.update_settings(opened.db, opened.admin, report_k=k)


ALLOWED = {Role.ADMIN, Role.HEAD, Role.COORDINATOR}

# Free text a client or a worker typed: none of it may reach a summary file.
SECRETS = (
    "Шевченко-Тестова",
    "Оксанія",
    "+380501234567",
    "Мельничук-Секретна",
    "Нотатка-конфіденційна-про-побої",
    "План-безпеки-ключі-у-сусідки",
    "Зустріч-у-кав’ярні-Ромашка",
    "Курс-Фінансова-Незалежність-Тест",
    "Кімната-Сонячна-Тест",
    "Ліжко-біля-вікна",
    "partner-contact@example.org",
    "K-2026-9",  # client codes are pseudonyms, but still identifiers
)


# --- writing casework rows directly (the services are tested in their own files) -------


class Casework:
    """Inserts rows straight into the casework tables in one unit of work, as demo.py
    does, so that a test can set up exactly the month it reasons about."""

    def __init__(self, session, account_id: int):
        self.s = session
        self.by = account_id
        self.n = 0
        self._beds: list[int] = []

    def client(
        self,
        *,
        born: int | None = 1990,
        district: str = "obolonskyi",
        first_contact: date = date(2026, 1, 10),
        categories: tuple[str, ...] = (),
        last_name: str = "Шевченко-Тестова",
        first_name: str = "Оксанія",
        phone: str | None = None,
    ) -> int:
        self.n += 1
        code = f"K-2026-9{self.n:03d}"
        now = utcnow()
        row = Client(
            code=code,
            last_name=last_name,
            first_name=first_name,
            search_key=client_search_key(code, last_name, first_name, None),
            birth_date=None if born is None else date(born, 6, 15),
            birth_year=born,
            sex="female",
            citizenship="ukraine",
            phone=phone,
            safe_to_call=False,
            safe_to_text=False,
            district=district,
            came_via="self",
            first_contact_on=first_contact,
            last_activity_on=first_contact,
            created_at=now,
            updated_at=now,
        )
        self.s.add(row)
        self.s.flush()
        self.s.add_all(ClientCategory(client_id=row.id, category=c) for c in categories)
        return row.id

    def consultation(
        self,
        client: int,
        kind: str,
        when: datetime,
        *,
        status: str = "held",
        fmt: str = "in_person",
        first: bool = False,
        topics: tuple[str, ...] = (),
        note: str | None = None,
    ) -> None:
        row = Consultation(
            client_id=client,
            kind=kind,
            specialist_id=self.by,
            status=status,
            starts_at=when,
            duration_min=50,
            format=fmt,
            is_first=first,
            outcome="follow_up" if status == "held" else None,
            note=note,
            created_at=utcnow(),
        )
        self.s.add(row)
        self.s.flush()
        self.s.add_all(ConsultationTopic(consultation_id=row.id, topic=t) for t in topics)

    def beds(self, n: int) -> None:
        room = Room(
            site_id=default_site_id(self.s),
            name="Кімната-Сонячна-Тест",
            max_people=20,
            sort_order=1,
            active=True,
        )
        self.s.add(room)
        self.s.flush()
        for i in range(n):
            bed = Bed(room_id=room.id, label=f"Ліжко-біля-вікна {i}", active=True)
            self.s.add(bed)
            self.s.flush()
            self._beds.append(bed.id)

    def stay(
        self,
        client: int,
        admitted: date,
        departed: date | None = None,
        *,
        referred_by: str = "police",
        outcome: str | None = None,
        children: int = 0,
        bed: int = 0,
    ) -> int:
        row = Stay(
            client_id=client,
            admitted_on=admitted,
            allowed_until=admitted + timedelta(days=90),
            departed_on=departed,
            referred_by=referred_by,
            departure_outcome=outcome if departed else None,
            created_by=self.by,
        )
        self.s.add(row)
        self.s.flush()
        self.s.add(
            BedAssignment(
                stay_id=row.id, bed_id=self._beds[bed], from_date=admitted, to_date=departed
            )
        )
        self.s.add_all(StayChild(stay_id=row.id, age_years=5, sex="male") for _ in range(children))
        return row.id

    def extension(self, stay: int, on: date, reason: str) -> None:
        self.s.add(
            StayExtension(
                stay_id=stay,
                extended_on=on,
                new_allowed_until=on + timedelta(days=60),
                reason=reason,
                recorded_by=self.by,
            )
        )

    def waiting(self, client: int, requested: date, status: str, resolved: date | None) -> None:
        self.s.add(
            WaitingListEntry(
                client_id=client, requested_on=requested, status=status, resolved_on=resolved
            )
        )

    def turn_away(self, on: date, reason: str, children: int = 0) -> None:
        self.s.add(
            TurnAway(
                on_date=on,
                reason=reason,
                children=children,
                referred_by="police",
                recorded_by=self.by,
            )
        )

    def partner(self, name: str) -> int:
        row = Partner(name=name, kind="ngo", contact="partner-contact@example.org", active=True)
        self.s.add(row)
        self.s.flush()
        return row.id

    def referral(self, client: int, direction: str, on: date, kind: str, partner=None) -> None:
        self.s.add(
            Referral(
                client_id=client,
                direction=direction,
                on_date=on,
                referral_type=kind,
                partner_id=partner,
                identity_shared=False,
                outcome="pending",
                created_by=self.by,
            )
        )

    def event(self, on: date, kind: str, women=0, men=0, children=0, partners=()) -> None:
        row = Event(
            site_id=default_site_id(self.s),
            title="Зустріч-у-кав’ярні-Ромашка",
            kind=kind,
            held_on=on,
            topic="Зустріч-у-кав’ярні-Ромашка",
            attendees_women=women,
            attendees_men=men,
            attendees_children=children,
        )
        self.s.add(row)
        self.s.flush()
        self.s.add_all(EventPartner(event_id=row.id, partner_id=p) for p in partners)

    def course(self, starts: date, ends: date) -> int:
        row = Course(
            site_id=default_site_id(self.s),
            title="Курс-Фінансова-Незалежність-Тест",
            description="Курс-Фінансова-Незалежність-Тест",
            capacity=12,
            starts_on=starts,
            ends_on=ends,
            archived=False,
        )
        self.s.add(row)
        self.s.flush()
        return row.id

    def session(self, course: int, when: datetime) -> int:
        row = CourseSession(course_id=course, starts_at=when, duration_min=90, topic=None)
        self.s.add(row)
        self.s.flush()
        return row.id

    def enrol(
        self,
        course: int,
        client: int,
        status: str,
        enrolled: date | None,
        completed: date | None = None,
        withdrawn: date | None = None,
    ) -> int:
        row = Enrolment(
            course_id=course,
            client_id=client,
            status=status,
            requested_at=datetime(2026, 1, 5, 9, 0),
            enrolled_on=enrolled,
            completed_on=completed,
            withdrawn_on=withdrawn,
        )
        self.s.add(row)
        self.s.flush()
        return row.id

    def mark(self, session: int, enrolment: int, present: bool) -> None:
        self.s.add(Attendance(session_id=session, enrolment_id=enrolment, present=present))

    def disclosure(self, client: int, on: date, *forms: str, children: int = 0) -> None:
        self.s.add(
            ViolenceDisclosure(
                client_id=client,
                disclosed_on=on,
                children_affected=children,
                recorded_by=self.by,
                **dict.fromkeys(forms, True),
            )
        )

    def plan(self, client: int, on: date, text: str) -> None:
        self.s.add(
            SafetyPlan(client_id=client, made_on=on, review_on=on, plan=text, author_id=self.by)
        )


@contextlib.contextmanager
def casework(db, admin):
    with db.unit_of_work(admin, Permission.WRITE_CLIENTS, write=True) as uow:
        # set-up writes every kind of row, as the demo does: with every compartment key
        # (the process that ran `init` holds them all)
        uow.session.info[SESSION_KEYS] = db._bootstrap_keys
        yield Casework(uow.session, admin.account_id)
        uow.commit()


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0)


def hand_built_march(db, admin) -> None:
    """The month of March 2026 the tests below reason about (see each test)."""
    with casework(db, admin) as w:
        w.beds(2)
        p1, p2 = w.partner("Партнер перший"), w.partner("Партнер другий")
        # A: new in March, 35-44, Obolon, IDP with children
        a = w.client(
            born=1990,
            first_contact=date(2026, 3, 5),
            categories=("idp", "with_children"),
            phone="+380501234567",
        )
        # B: came last year, 25-34, Pechersk, disability
        b = w.client(
            born=2000,
            district="pecherskyi",
            first_contact=date(2025, 6, 1),
            categories=("disability",),
            last_name="Мельничук-Секретна",
        )
        # C: new in March (a first contact is a service), 60+
        w.client(born=1960, first_contact=date(2026, 3, 20))
        # D: no service in March: not served
        d = w.client(born=None, district="not_stated", first_contact=date(2024, 1, 1))
        # E: referred out in March, 18-24, Darnytsia
        e = w.client(born=2008, district="darnytskyi", first_contact=date(2026, 2, 1))
        # F: in the shelter since February, left on 10 March
        f = w.client(born=1990, first_contact=date(2025, 1, 1))
        # G: a no-show in March is not a service; held in April
        g = w.client(born=1975, district="podilskyi", first_contact=date(2025, 5, 5))
        # H: new in March, admitted on 25 March
        h = w.client(born=1985, district="holosiivskyi", first_contact=date(2026, 3, 25))

        w.consultation(
            a,
            "psychological",
            at(date(2026, 3, 6)),
            first=True,
            topics=("trauma", "crisis"),
            note="Нотатка-конфіденційна-про-побої",
        )
        w.consultation(a, "psychological", at(date(2026, 3, 20)), fmt="phone", topics=("trauma",))
        w.consultation(
            b, "legal", at(date(2026, 3, 10)), fmt="online", first=True, topics=("divorce",)
        )
        w.consultation(b, "legal", at(date(2026, 3, 12)), status="cancelled")
        w.consultation(b, "legal", at(date(2026, 2, 27)), first=True, topics=("divorce",))
        w.consultation(g, "psychological", at(date(2026, 3, 15)), status="no_show")
        w.consultation(g, "psychological", at(date(2026, 4, 2)), first=True, topics=("grief_loss",))

        stay_f = w.stay(
            f, date(2026, 2, 20), date(2026, 3, 10), outcome="relatives", children=2, bed=0
        )
        w.extension(stay_f, date(2026, 3, 1), "no_housing")
        w.stay(h, date(2026, 3, 25), referred_by="self", bed=1)
        w.waiting(h, date(2026, 3, 20), "admitted", date(2026, 3, 25))
        w.waiting(e, date(2026, 3, 28), "waiting", None)
        w.waiting(d, date(2026, 1, 28), "withdrawn", date(2026, 2, 1))
        w.turn_away(date(2026, 3, 3), "no_free_bed", children=1)
        w.turn_away(date(2026, 3, 4), "outside_rules")
        w.turn_away(date(2026, 4, 4), "outside_rules")

        w.referral(e, "out", date(2026, 3, 15), "legal_aid", p1)
        w.referral(a, "in", date(2026, 3, 5), "police")
        w.referral(d, "in", date(2026, 1, 5), "police")

        w.event(date(2026, 3, 8), "city_event", women=40, men=5, children=10, partners=(p1, p2))
        w.event(date(2026, 3, 18), "talk", women=12)
        w.event(date(2026, 4, 1), "training", women=9)

        course = w.course(date(2026, 3, 1), date(2026, 4, 30))
        s1 = w.session(course, at(date(2026, 3, 10), 15))
        s2 = w.session(course, at(date(2026, 3, 17), 15))
        s3 = w.session(course, at(date(2026, 4, 7), 15))
        ea = w.enrol(course, a, "enrolled", date(2026, 3, 2))
        eb = w.enrol(course, b, "completed", date(2026, 2, 20), completed=date(2026, 3, 25))
        w.enrol(course, g, "waiting", None)
        w.mark(s1, ea, True)
        w.mark(s1, eb, True)
        w.mark(s2, ea, False)
        w.mark(s2, eb, True)
        w.mark(s3, ea, True)

        w.disclosure(a, date(2026, 3, 5), "physical", "psychological", children=2)
        w.disclosure(a, date(2026, 3, 20), "psychological", children=1)
        w.disclosure(f, date(2026, 2, 25), "economic", children=2)
        w.plan(a, date(2026, 3, 5), "План-безпеки-ключі-у-сусідки")


def raw_counts(opened, k: int = 5) -> dict[str, int]:
    """The counts before disclosure control (internal to the reports package)."""
    return _compose(opened, k).values


@pytest.fixture
def outdir(tmp_path):
    """An empty folder for exported files (the database lives in tmp_path/data)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def march(opened):
    hand_built_march(opened.db, opened.admin)
    return opened


# --- indicator values -------------------------------------------------------------------


def test_people_served_counts_each_woman_once_by_age_district_and_novelty(march):
    v = raw_counts(march)
    # served: A, B (consultations), C (first contact), E (referral), F (stay), H (new, stay)
    assert v["people.all.total"] == 6
    assert (v["people.all.new"], v["people.all.returning"]) == (3, 3)  # A, C, H / B, E, F
    # ages in 2026: A 36, F 36, H 41 -> 35-44; B 26; C 66; E 18
    assert v["people.age.35-44.total"] == 3
    assert v["people.age.35-44.new"] == 2  # A, H
    assert v["people.age.25-34.total"] == 1
    assert v["people.age.60+.new"] == 1
    assert v["people.age.18-24.returning"] == 1
    assert v["people.age.unknown.total"] == 0  # D (no birth year) was not served
    assert v["people.district.obolonskyi.total"] == 3  # A, C, F
    assert v["people.district.podilskyi.total"] == 0  # G only had a no-show
    assert v["people.category.idp"] == 1
    assert v["people.category.disability"] == 1
    assert v["people.category.pensioner"] == 0


def test_consultations_are_counted_by_kind_format_order_status_topic_and_month(march):
    v = raw_counts(march)
    assert (v["cons.held.psychological"], v["cons.held.legal"], v["cons.held.all"]) == (2, 1, 3)
    assert v["cons.format.in_person.psychological"] == 1
    assert v["cons.format.phone.psychological"] == 1
    assert v["cons.format.online.legal"] == 1
    assert v["cons.order.first.all"] == 2
    assert v["cons.order.repeat.psychological"] == 1
    assert v["cons.status.no_show.psychological"] == 1
    assert v["cons.status.cancelled.legal"] == 1
    assert v["cons.booked.all"] == 5
    assert v["cons.topic.psychological.trauma"] == 2
    assert v["cons.topic.psychological.crisis"] == 1
    assert v["cons.topic.legal.divorce"] == 1  # the February one is outside the period
    assert (v["cons.clients.psychological"], v["cons.clients.legal"]) == (1, 1)
    assert v["cons.month.2026-03"] == 3


def test_shelter_figures_count_admissions_departures_nights_and_demand(march):
    v = raw_counts(march)
    assert v["shelter_admissions.self"] == 1 and v["shelter_admissions"] == 1
    assert v["shelter_departures.relatives"] == 1 and v["shelter_departures"] == 1
    assert v["shelter.women"] == 2  # F and H
    assert v["shelter.children"] == 2
    assert v["shelter.bed_nights"] == 9 + 7  # F: 1-9 March; H: 25-31 March
    assert v["shelter_extensions.no_housing"] == 1
    assert v["shelter.waiting_added"] == 2
    assert v["shelter.waiting_at_end"] == 1
    assert v["shelter_turn_aways"] == 2
    assert v["shelter_turn_aways.no_free_bed"] == 1
    assert v["shelter.children_turned_away"] == 1


def test_shelter_statistics_are_shown_only_over_enough_people(march):
    set_k(march, 3)
    with_k3 = build_summary(march.db, march.admin, *MARCH, language="en", today=TODAY)
    figures = {f.key: f for f in with_k3.figures}
    # 2 women housed, 1 stay ended: fewer than 2k = 6
    assert figures["occupancy"].value is None and figures["occupancy"].text == "—"
    assert figures["mean_stay"].value is None
    # the 16 bed-nights would give the occupancy back (the beds are known): hidden with it
    assert figures["bed_nights"].value is None and figures["bed_nights"].text == "×"


def test_courses_events_referrals_and_violence(march):
    v = raw_counts(march)
    assert v["courses.enrolments"] == 1  # A; B enrolled in February
    assert v["courses.participants"] == 1
    assert v["courses.completions"] == 1  # B, on 25 March
    assert v["courses.withdrawals"] == 0
    assert v["courses.sessions"] == 2
    assert v["events.city_event.events"] == 1 and v["events.talk.events"] == 1
    assert v["events.all.events"] == 2
    assert (v["events.all.women"], v["events.all.men"], v["events.all.children"]) == (52, 5, 10)
    assert v["events.all.attendees"] == 67
    assert v["partners"] == 2
    assert v["referrals.in.police"] == 1 and v["referrals.out.legal_aid"] == 1
    assert v["referrals.in"] == 1 and v["referrals.out"] == 1
    assert v["violence.clients"] == 1
    assert v["violence.physical"] == 1 and v["violence.psychological"] == 1
    assert v["violence.economic"] == 0  # F's disclosure was in February
    assert v["violence.children_affected"] == 2  # A's largest figure, once


def test_course_attendance_rate_over_enough_participants(opened):
    """12 participants with marks (2k for k = 6... here k = 5: 10 needed), 3 of 4 present."""
    with casework(opened.db, opened.admin) as w:
        course = w.course(date(2026, 3, 1), date(2026, 3, 31))
        s1 = w.session(course, at(date(2026, 3, 3)))
        s2 = w.session(course, at(date(2026, 3, 10)))
        for i in range(12):
            enrolment = w.enrol(course, w.client(), "enrolled", date(2026, 3, 1))
            w.mark(s1, enrolment, True)
            w.mark(s2, enrolment, i % 2 == 0)
    summary = build_summary(opened.db, opened.admin, *MARCH, language="en", today=TODAY)
    rate = next(f for f in summary.figures if f.key == "attendance_rate")
    assert rate.value == 75.0 and rate.text == "75.0%"


def test_a_count_printed_twice_reads_the_same_everywhere(march):
    composed = _compose(march, k=3)
    summary = composed.summary
    printed: dict[str, set[str]] = {}
    for position, key in composed.positions.items():
        printed.setdefault(key, set()).add(_text_at(summary, position))
    assert all(len(texts) == 1 for texts in printed.values())
    figures = {f.key: f for f in summary.figures}
    people = next(t for t in summary.tables if t.key == "people_by_age")
    assert figures["people_served"].text == people.rows[-1].cells[2].text


def test_a_table_that_cannot_be_protected_is_not_published_and_says_so(march):
    """March's consultations with k = 3: 1 in person and 1 by phone make the 2
    psychological ones; each "<3", so each must be 1 - the table would tell. It goes."""
    composed = _compose(march, k=3)
    assert "consultations_by_format" in composed.protection.withheld
    assert "consultations_by_format" not in {t.key for t in composed.summary.tables}
    assert "Consultations held by format" in composed.summary.disclosure_rule


def _compose(opened, k: int):
    with opened.db.unit_of_work(opened.admin, Permission.EXPORT_SUMMARIES) as uow:
        return compose(uow.session, periods.custom(*MARCH), k, "en", TODAY, Role.ADMIN)


def _text_at(summary, position) -> str:
    if position[0] == "table":
        _, key, i, j = position
        return next(t for t in summary.tables if t.key == key).rows[i].cells[j].text
    if position[0] == "figure":
        return next(f for f in summary.figures if f.key == position[1]).text
    _, key, i = position
    return next(x for x in summary.series if x.key == key).texts[i]


# --- who may build and export -----------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_only_administrators_and_coordinators_build_summaries(opened, staff, role):
    user = staff[role]
    if role in ALLOWED:
        summary = build_summary(opened.db, user, *MARCH, language="en", today=TODAY)
        assert summary.generated_by_role == {
            "admin": "administrator",
            "head": "head of the centre",
        }.get(role, role)
        assert summary.k == 5
    else:
        with pytest.raises(PermissionDenied):
            build_summary(opened.db, user, *MARCH, language="en", today=TODAY)


@pytest.mark.parametrize("role", list(Role))
def test_only_administrators_and_coordinators_export_and_read_the_register(
    opened, staff, role, outdir
):
    user = staff[role]
    out = outdir / "march.csv"
    if role in ALLOWED:
        record = export_summary(opened.db, user, *MARCH, out, language="en", today=TODAY)
        assert out.exists() and record.role == role.value
        assert list_exports(opened.db, user)[0].sha256 == record.sha256
    else:
        with pytest.raises(PermissionDenied):
            export_summary(opened.db, user, *MARCH, out, language="en", today=TODAY)
        with pytest.raises(PermissionDenied):
            list_exports(opened.db, user)
        assert list(outdir.iterdir()) == []


# --- the register, the preview's audit entry, reproducibility ----------------------------


def test_export_is_recorded_with_period_parameters_role_and_hash_but_no_path(march, outdir):
    out = outdir / "Звіт для Шевченко-Тестова.csv"
    set_k(march, 4)
    record = export_summary(march.db, march.admin, *MARCH, out, language="en", today=TODAY)
    data = out.read_bytes()
    assert record.sha256 == hashlib.sha256(data).hexdigest()
    assert (record.period_start, record.period_end, record.k) == (*MARCH, 4)
    assert (record.format, record.language, record.size) == ("csv", "en", len(data))
    [listed] = list_exports(march.db, march.admin)
    assert listed == record.__class__(**{**record.__dict__, "path": None})
    with march.db.unit_of_work(march.admin, Permission.VIEW_AUDIT_LOG) as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "summary.exported")
        ).one()
        assert entry.role == "admin"
        assert "Шевченко" not in (entry.detail or "") and "csv" in entry.detail
        assert str(outdir) not in entry.detail


def test_a_preview_is_audited_with_the_period_only(march):
    build_summary(march.db, march.admin, *MARCH, language="en", today=TODAY)
    with march.db.unit_of_work(march.admin, Permission.VIEW_AUDIT_LOG) as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "summary.previewed")
        ).one()
    assert json.loads(entry.detail) == {
        "start": "2026-03-01",
        "end": "2026-03-31",
        "k": 5,
        "language": "en",
    }


def test_the_same_data_and_period_give_byte_identical_csv(march, outdir, monkeypatch):
    first = outdir / "first.csv"
    export_summary(march.db, march.admin, *MARCH, first, language="en", today=TODAY)
    # later, by another role, on another day: the file is the same
    from shelter_app.reports import summary as summary_module

    later = datetime(2027, 1, 2, 3, 4, 5)
    monkeypatch.setattr(summary_module, "utcnow", lambda: later)
    second = outdir / "second.csv"
    coordinator = _coordinator(march)
    export_summary(march.db, coordinator, *MARCH, second, language="en", today=date(2026, 12, 1))
    assert first.read_bytes() == second.read_bytes()
    preview = build_summary(march.db, coordinator, *MARCH, language="en", today=TODAY)
    assert preview.generated_at == later
    assert render_csv(preview) == first.read_bytes()


def test_csv_is_utf8_with_bom_and_one_section_per_table(march, outdir):
    out = outdir / "march.csv"
    set_k(march, 3)
    export_summary(march.db, march.admin, *MARCH, out, language="en", today=TODAY)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    set_k(march, 3)
    summary = build_summary(march.db, march.admin, *MARCH, language="en", today=TODAY)
    for table in summary.tables:
        assert f"\r\n{table.key},{table.title}\r\n" in text
    assert "\r\npeople_by_age,People served by age band\r\nAge band,New clients," in text
    assert "<3" in text  # the same suppression as the Summary
    assert "Generated" not in text and "administrator" not in text


def test_ukrainian_csv_uses_semicolons_and_decimal_commas(march, outdir):
    out = outdir / "march.csv"
    set_k(march, 3)
    export_summary(march.db, march.admin, *MARCH, out, language="uk", today=TODAY)
    text = out.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[3].split(";")[1] == "3"  # k
    assert ";bed" not in text
    assert "\r\npeople_by_age;" in text


# --- nothing a client said reaches a file -----------------------------------------------


def test_no_client_text_reaches_the_csv(march, outdir):
    out = outdir / "march.csv"
    set_k(march, 3)
    export_summary(march.db, march.admin, *MARCH, out, language="en", today=TODAY)
    text = out.read_bytes().decode("utf-8-sig")
    for secret in SECRETS:
        assert secret not in text


def test_no_client_text_reaches_the_pdf(march, outdir):
    pypdf = pytest.importorskip("pypdf")
    out = outdir / "march.pdf"
    set_k(march, 3)
    export_summary(march.db, march.admin, *MARCH, out, language="en", today=TODAY)
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert "People served by age band" in flat  # the text layer is readable
    for secret in SECRETS:
        assert secret not in text and secret not in flat


# --- refusals and atomic writing -------------------------------------------------------


def test_a_period_ending_before_it_starts_is_refused(march):
    with pytest.raises(InvalidInput) as err:
        build_summary(march.db, march.admin, date(2026, 3, 31), date(2026, 3, 1), today=TODAY)
    assert err.value.field == "end"


def test_a_period_in_the_future_is_refused(march):
    with pytest.raises(InvalidInput) as err:
        build_summary(march.db, march.admin, date(2026, 5, 1), date(2026, 5, 31), today=TODAY)
    assert err.value.field == "start"


def test_k_is_the_databases_and_no_summary_chooses_another(march):
    """One k per database: the services take none, and the setting never goes below 3."""
    with pytest.raises(TypeError):
        build_summary(march.db, march.admin, *MARCH, k=3, today=TODAY)  # type: ignore[call-arg]
    with pytest.raises(InvalidInput) as err:
        set_k(march, 2)
    assert err.value.field == "report_k"
    set_k(march, 7)
    assert build_summary(march.db, march.admin, *MARCH, today=TODAY).k == 7


@pytest.mark.parametrize("name", ["march.xlsx", "march", "march.pdf.txt", "march.CSV.bak"])
def test_only_pdf_and_csv_files_are_written(march, outdir, name):
    with pytest.raises(InvalidInput) as err:
        export_summary(march.db, march.admin, *MARCH, outdir / name, today=TODAY)
    assert err.value.field == "out"
    assert list(outdir.iterdir()) == []


def test_an_upper_case_extension_is_accepted(march, outdir):
    record = export_summary(
        march.db, march.admin, *MARCH, outdir / "MARCH.CSV", language="en", today=TODAY
    )
    assert record.format == "csv"


def test_a_missing_folder_gets_one_message_and_nothing_is_written(march, outdir):
    with pytest.raises(ReportNotWritten) as err:
        export_summary(march.db, march.admin, *MARCH, outdir / "nope" / "m.csv", today=TODAY)
    assert "nothing was written" in str(err.value)
    assert list(outdir.iterdir()) == []
    assert list_exports(march.db, march.admin) == []


def test_a_read_only_folder_gets_one_message_and_nothing_is_written(march, outdir):
    outdir.chmod(0o500)
    try:
        if os.access(outdir, os.W_OK):
            pytest.skip("running as a user who may write anywhere (see the next test)")
        with pytest.raises(ReportNotWritten):
            export_summary(march.db, march.admin, *MARCH, outdir / "m.pdf", today=TODAY)
        assert list(outdir.iterdir()) == []
    finally:
        outdir.chmod(0o700)


def test_a_folder_that_refuses_the_file_gets_one_message(march, outdir, monkeypatch):
    from shelter_app.reports import export as export_module

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export_module.tempfile, "mkstemp", refused)
    with pytest.raises(ReportNotWritten):
        export_summary(march.db, march.admin, *MARCH, outdir / "m.csv", today=TODAY)
    assert list(outdir.iterdir()) == []
    assert list_exports(march.db, march.admin) == []


def test_a_failed_move_into_place_leaves_no_file_but_the_register_entry(march, outdir, monkeypatch):
    """The register commits before the file is moved into place (issue 18): a file is
    never released unrecorded; a move that then fails leaves an entry and no file."""
    from shelter_app.storage import files

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(ReportNotWritten):
        export_summary(march.db, march.admin, *MARCH, outdir / "m.csv", today=TODAY)
    assert list(outdir.iterdir()) == []
    assert len(list_exports(march.db, march.admin)) == 1


def test_an_existing_file_is_replaced_whole(march, outdir):
    out = outdir / "m.csv"
    out.write_bytes(b"old contents")
    export_summary(march.db, march.admin, *MARCH, out, language="en", today=TODAY)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert [p.name for p in outdir.iterdir()] == ["m.csv"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    start=st.one_of(st.dates(date(1890, 1, 1), date(2030, 1, 1)), st.none(), st.text(max_size=5)),
    days=st.integers(-40, 400),
    language=st.sampled_from(["uk", "en", "de", "", None]),
    name=st.sampled_from(["r.csv", "r.pdf", "r.txt", "", "sub/r.csv", "r.Csv"]),
)
def test_random_export_requests_fail_cleanly_or_write_one_recorded_file(
    opened, tmp_path_factory, start, days, language, name
):
    folder = tmp_path_factory.mktemp("out")
    end = start + timedelta(days=days) if isinstance(start, date) else start
    before = _exports(opened)
    try:
        record = export_summary(
            opened.db, opened.admin, start, end, folder / name, language=language, today=TODAY
        )
    except (InvalidInput, ReportNotWritten):
        assert list(folder.rglob("*")) == []
        assert _exports(opened) == before
    else:
        assert [p.name for p in folder.iterdir()] == [Path(name).name]
        assert _exports(opened) == before + 1
        assert record.sha256


def _exports(opened) -> int:
    with opened.db.unit_of_work(opened.admin, Permission.VIEW_AUDIT_LOG) as uow:
        return uow.session.scalar(
            select(func.count()).where(AuditEntry.action == "summary.exported")
        )


def _coordinator(opened):
    from shelter_app import accounts

    accounts.create_account(
        opened.db, opened.admin, "coord", "Координаторка", "coordinator", "Staff-pass-12"
    )
    return opened.db.sign_in_again("coord", "Staff-pass-12")


# --- periods ---------------------------------------------------------------------------


def test_period_presets_cover_their_whole_days():
    assert (periods.month(2026, 2).start, periods.month(2026, 2).end) == (
        date(2026, 2, 1),
        date(2026, 2, 28),
    )
    q4 = periods.quarter(2025, 4)
    assert (q4.start, q4.end, q4.label) == (
        date(2025, 10, 1),
        date(2025, 12, 31),
        "2025, quarter IV",
    )
    assert periods.year(2025).end == date(2025, 12, 31)
    assert periods.month(2026, 3).label == "March 2026"


def test_two_dates_that_are_a_preset_get_its_label():
    assert periods.custom(date(2026, 1, 1), date(2026, 3, 31)).label == "2026, quarter I"
    assert periods.custom(date(2026, 1, 1), date(2026, 12, 31)).kind == periods.PeriodKind.YEAR
    assert periods.custom(date(2026, 3, 1), date(2026, 3, 31)).kind == periods.PeriodKind.MONTH
    odd = periods.custom(date(2026, 3, 2), date(2026, 3, 31))
    assert odd.label == "02.03.2026 – 31.03.2026"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: periods.month(2026, 13), "month"),
        (lambda: periods.quarter(2026, 5), "quarter"),
        (lambda: periods.year(1800), "year"),
        (lambda: periods.custom("2026-01-01", date(2026, 2, 1)), "start"),
        (lambda: periods.custom(date(2026, 2, 1), date(2026, 1, 1)), "end"),
        (lambda: periods.custom(date(2000, 1, 1), date(2026, 1, 1)), "end"),
        (lambda: periods.parse_date("31.02.2026", "from"), "from"),
        (lambda: periods.parse_date("yesterday", "to"), "to"),
    ],
)
def test_bad_periods_name_their_field(call, field):
    with pytest.raises(InvalidInput) as err:
        call()
    assert err.value.field == field


def test_dates_are_read_in_either_usual_form():
    assert periods.parse_date("2026-03-31", "from") == date(2026, 3, 31)
    assert periods.parse_date(" 31.03.2026 ", "from") == date(2026, 3, 31)


# --- Ukrainian --------------------------------------------------------------------------


def test_a_ukrainian_summary_is_in_ukrainian(march, qapp):
    # every string's translation is checked by tests/test_i18n.py; this one checks the
    # summary really uses the catalogue
    summary = build_summary(march.db, march.admin, *MARCH, language="uk", today=TODAY)
    titles = {t.key: t.title for t in summary.tables}
    assert titles["people_by_age"] == "Отримувачі послуг за віковими групами"
    assert summary.period_label == "березень 2026"
    assert summary.language == "uk"


def test_published_cells_are_the_only_numbers_and_marks(march):
    set_k(march, 3)
    summary = build_summary(march.db, march.admin, *MARCH, language="en", today=TODAY)
    for table in summary.tables:
        for row in table.rows:
            assert len(row.cells) == len(table.columns)
            for j, cell in enumerate(row.cells):
                if table.key == "events_by_kind" and j == 0:
                    continue  # events held count no people: published as they are
                if table.key == "programmes_by_aim" and j in (0, 1, 3):
                    continue  # courses, sessions and events: things, not people
                if table.key == "services_by_classifier" and row.label.endswith("events held"):
                    continue  # (its services are the events held)
                if cell.state is CellState.SHOWN:
                    assert cell.value == 0 or cell.value >= 3
                else:
                    assert cell.value is None and cell.text in ("<3", "×")
