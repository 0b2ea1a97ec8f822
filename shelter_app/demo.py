"""Synthetic data for training and testing (`shelter-app demo`, `shelter-app --demo`).

A realistic database of made-up women: Ukrainian names, about 18 months of casework
(consultations, risk assessments, referrals, courses, events, shelter stays with
children) and one account per role. Every draw comes from one random.Random(seed) in a
fixed order, so the same seed and `today` give the same rows.

The rows go straight into the tables with bulk inserts, a few thousand at a time, each
batch committed, so that 100,000 clients take minutes. They are written in units of work
of the role that would write them (case worker, psychologist, lawyer, administrator),
and they follow the rules the services enforce: violence details only under a consent
valid on the day, identity shared only with the sharing consent, no specialist booked
twice at once, no bed held twice on a night, no room or course over capacity, first and
repeat consultations in order, each client's last activity the date of her latest.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import math
import random
import time as timer
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from . import demo_names as names
from .accounts import create_account
from .database import Database, SignedInUser, UnitOfWork
from .errors import InvalidInput
from .permissions import Permission, Role
from .safety import QUESTIONS, risk_level
from .search_key import client_search_key, client_sort_key
from .settings import read_settings
from .storage.casework_schema import (
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
    Stay,
    StayChild,
    StayExtension,
    TurnAway,
    ViolenceDisclosure,
    WaitingListEntry,
)
from .storage.files import DatabasePaths
from .validation import check_password
from .vocabulary import (
    CameVia,
    Category,
    Citizenship,
    ConsentKind,
    ConsultationKind,
    ConsultationOutcome,
    ConsultationStatus,
    EnrolmentStatus,
    EventKind,
    ReferralDirection,
    ReferralOutcome,
    RiskLevel,
    Sex,
    TurnAwayReason,
)

MAX_CLIENTS = 1_000_000
BATCH = 5_000  # rows per INSERT batch, and clients per committed chunk
ADMIN_USERNAME = "admin"
ADMIN_NAME = "Адміністраторка Демо"
HISTORY_DAYS = 540  # about 18 months of casework before `today`
OLD_CLIENTS = 0.08  # came 1.5 to 4 years ago; nothing since (material for retention)
BOOKING_DAYS = 14  # appointments are booked up to this far ahead
HOURS = (9, 10, 11, 12, 14, 15, 16, 17)  # a specialist's hour slots (lunch at 13)
SLOT_USE = 0.8  # how full the diaries may get; more specialists are added beyond
# consultations per client (count, weight): about 3 on average
CONSULTATIONS: tuple[tuple[int, int], ...] = (
    (0, 12),
    (1, 22),
    (2, 18),
    (3, 14),
    (4, 10),
    (5, 8),
    (6, 6),
    (7, 4),
    (8, 3),
)
CONSULTATIONS += ((10, 2), (12, 1))
PSY_SHARE = 0.55  # of consultations (see _consultations)
PLANNING_DAYS = 30  # the shelter books admissions, courses and events this far ahead
MAX_STAY_KIDS = 5
# How often each question of shelter_app.safety's questionnaire is answered "yes"
YES_ODDS = {
    "escalation": 0.45,
    "threat_to_kill": 0.3,
    "strangulation": 0.12,
    "weapon_access": 0.12,
    "weapon_used": 0.08,
    "stalking": 0.4,
    "separation": 0.5,
    "children_threatened": 0.25,
    "sexual_violence": 0.15,
    "pregnancy_violence": 0.12,
    "control_jealousy": 0.7,
    "substance_abuse": 0.45,
}
assert set(YES_ODDS) == {q.code for q in QUESTIONS}, "keep YES_ODDS in step with safety.py"


@dataclass(frozen=True)
class DemoSummary:
    """What was made, for the command line and the GUI's message."""

    path: Path
    accounts: int
    clients: int
    consents: int
    disclosures: int
    risk_assessments: int
    safety_plans: int
    consultations: int
    referrals: int
    partners: int
    courses: int
    course_sessions: int
    enrolments: int
    events: int
    rooms: int
    beds: int
    stays: int
    children_housed: int
    waiting_list: int
    turn_aways: int
    seconds: float
    usernames: tuple[str, ...]  # all open with the password given
    recovery_code: str = field(repr=False, compare=False)


COUNTED = [f.name for f in fields(DemoSummary) if f.type == "int"]


def build_demo(
    path: str | Path,
    password: str,
    clients: int,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Create a demo database at `path` with `clients` synthetic clients and the accounts
    admin, caseworker, psychologist, lawyer and coordinator, all opened by `password`
    (plus more psychologists and lawyers when one of each could not see them all).
    A failure part-way removes the half-built files: nothing else was there before."""
    started = timer.perf_counter()
    if isinstance(clients, bool) or not isinstance(clients, int) or not 1 <= clients <= MAX_CLIENTS:
        raise InvalidInput(
            QCoreApplication.translate("demo", "The number of clients must be from %1 to %2.")
            .replace("%1", "1")
            .replace("%2", str(MAX_CLIENTS)),
            "clients",
        )
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise InvalidInput(
            QCoreApplication.translate("demo", "The seed must be a whole number."), "seed"
        )
    day = today or date.today()
    plan = _Plan(clients)
    for username in plan.usernames():
        check_password(password, username)  # before anything is created
    db, admin, code = Database.initialise(path, ADMIN_USERNAME, password, ADMIN_NAME)
    try:
        rng = random.Random(seed)  # noqa: S311 (synthetic data, not secrets)
        builder = _Builder(db, admin, password, rng, day, plan, progress)
        counts = builder.build()
    except BaseException:
        db.close()
        _remove_files(db.paths)
        raise
    db.close()
    return DemoSummary(
        path=db.paths.database,
        seconds=round(timer.perf_counter() - started, 2),
        usernames=tuple(plan.usernames()),
        recovery_code=code,
        **counts,
    )


# --- planning ----------------------------------------------------------------------------


class _Plan:
    """How many specialists the consultations need: a diary holds len(HOURS) slots a
    working day per specialist, filled to SLOT_USE at most."""

    def __init__(self, clients: int):
        self.clients = clients
        workdays = (HISTORY_DAYS + BOOKING_DAYS) * 5 / 7
        per_specialist = workdays * len(HOURS) * SLOT_USE
        mean = sum(n * w for n, w in CONSULTATIONS) / sum(w for _, w in CONSULTATIONS)
        expected = clients * (1 - OLD_CLIENTS) * mean
        self.psychologists = max(1, math.ceil(expected * PSY_SHARE / per_specialist))
        self.lawyers = max(1, math.ceil(expected * (1 - PSY_SHARE) / per_specialist))

    def usernames(self) -> list[str]:
        extra = [f"psychologist{i}" for i in range(2, self.psychologists + 1)]
        extra += [f"lawyer{i}" for i in range(2, self.lawyers + 1)]
        return [ADMIN_USERNAME, *(u for u, _, _ in names.STAFF), *extra]


class _Diary:
    """The hour slots of the specialists of one kind. A slot is given once, so no
    specialist has two consultations at the same time."""

    def __init__(self, specialists: list[int], rng: random.Random):
        self.specialists = specialists
        self.capacity = len(specialists) * len(HOURS)
        self.used: dict[date, int] = {}
        # a few orders of the day's hours, so that days do not all fill from 9:00
        self.orders = [tuple(rng.sample(HOURS, len(HOURS))) for _ in range(7)]

    def book(self, day: date, last_day: date) -> tuple[datetime, int] | None:
        while day <= last_day:
            if day.weekday() < 5:
                n = self.used.get(day, 0)
                if n < self.capacity:
                    self.used[day] = n + 1
                    hours = self.orders[day.toordinal() % len(self.orders)]
                    spec = self.specialists[n % len(self.specialists)]
                    hour = hours[n // len(self.specialists)]
                    return datetime.combine(day, time(hour)), spec
            day += timedelta(days=1)
        return None


@dataclass(slots=True)
class _Woman:
    """What later phases need to know about a client, kept for every client."""

    first_contact: date
    created_at: datetime
    kid_ages: tuple[int, ...]  # at first contact
    special: tuple[date, date | None] | None  # consent to violence and health details
    sharing: tuple[date, date | None] | None  # consent to sharing with partners
    id: int = 0
    last: date = date.min
    stored_last: date = date.min
    busy: bool = False  # something open today (appointment, stay, course): not archived
    in_shelter_until: date = date.min
    in_queue: bool = False  # on the shelter's waiting list
    stays: int = 0

    def kids_on(self, day: date) -> list[int]:
        years = (day - self.first_contact).days // 365
        return [a + years for a in self.kid_ages if a + years < 18]

    def touch(self, day: date) -> None:
        if day > self.last:
            self.last = day


def _valid(consent: tuple[date, date | None] | None, day: date) -> bool:
    return consent is not None and consent[0] <= day and (consent[1] is None or consent[1] > day)


class _Pick:
    """Weighted choices with precomputed cumulative weights (fast and deterministic)."""

    def __init__(self, rng: random.Random, pairs: Sequence[Sequence[Any]]):  # (value, weight, ...)
        self.rng = rng
        self.values = [p[0] for p in pairs]
        total, self.cum = 0, []
        for p in pairs:
            total += p[1]
            self.cum.append(total)

    def __call__(self) -> Any:
        return self.values[bisect.bisect_right(self.cum, self.rng.random() * self.cum[-1])]

    def several(self, k: int) -> list[Any]:
        out: list[Any] = []
        while len(out) < min(k, len(self.values)):
            value = self()
            if value not in out:
                out.append(value)
        return out


# --- building ----------------------------------------------------------------------------


class _Builder:
    def __init__(
        self,
        db: Database,
        admin: SignedInUser,
        password: str,
        rng: random.Random,
        today: date,
        plan: _Plan,
        progress: Callable[[int, int], None] | None,
    ):
        self.db, self.admin, self.password, self.rng = db, admin, password, rng
        self.today, self.plan, self.report = today, plan, progress
        self.start = today - timedelta(days=HISTORY_DAYS)
        n = plan.clients
        self.units = [1, n, max(1, n // 20), max(1, n // 20), max(1, n // 10)]
        self.done = 0
        self.counts = dict.fromkeys(COUNTED, 0)
        self.women: list[_Woman] = []
        self.first_contacts: list[date] = []

        def pick(pairs: Sequence[Sequence[Any]]) -> _Pick:
            return _Pick(rng, pairs)

        self.pick_first = pick(names.FIRST_NAMES)
        self.pick_last = pick(names.SURNAMES)
        self.pick_patronymic = pick(names.PATRONYMICS)
        self.pick_district = pick(names.DISTRICTS)
        self.pick_came_via = pick(names.CAME_VIA)
        self.pick_age = pick([(b, b[2]) for b in names.AGE_BANDS])
        self.pick_consultations = pick(CONSULTATIONS)
        self.pick_format = pick([(f, f[1]) for f in names.FORMATS])
        self.pick_topic = {
            ConsultationKind.PSYCHOLOGICAL: pick(names.PSY_TOPICS),
            ConsultationKind.LEGAL: pick(names.LEGAL_TOPICS),
        }
        self.pick_outcome = pick(names.OUTCOMES)
        self.pick_ref_type = pick(names.REFERRAL_OUT_TYPES)
        self.pick_ref_outcome = pick(names.REFERRAL_OUTCOMES)
        self.pick_referring = pick(names.REFERRING)
        self.pick_departure = pick(names.DEPARTURES)
        self.pick_extension = pick(names.EXTENSION_REASONS)
        self.pick_event = pick([(e, e[1]) for e in names.EVENT_KINDS])

    # -- the whole run ---------------------------------------------------------------------

    def build(self) -> dict[str, int]:
        self._accounts()
        self._partners()
        self._layout()
        self._advance(0)
        self._clients()
        self._courses()
        self._advance(1)
        self._events()
        self._advance(2)
        self._shelter()
        self._advance(3)
        self._finish()
        self._advance(4)
        return self.counts

    def _step(self, n: int) -> None:
        self.done += n
        if self.report is not None:
            self.report(min(self.done, sum(self.units)), sum(self.units))

    def _advance(self, phase: int) -> None:
        """Complete the progress of phases up to `phase` (they report what they can)."""
        target = sum(self.units[: phase + 1])
        if self.done < target:
            self._step(target - self.done)

    def _uow(
        self, user: SignedInUser, permission: Permission
    ) -> AbstractContextManager[UnitOfWork]:
        return self.db.unit_of_work(user, permission, write=True)

    # -- accounts -----------------------------------------------------------------------------

    def _accounts(self) -> None:
        self.users: dict[str, SignedInUser] = {}
        for username, role, display in names.STAFF:
            self._account(username, role, display)
        self.psychologists = [self.users["psychologist"].account_id]
        self.lawyers = [self.users["lawyer"].account_id]
        for i in range(2, self.plan.psychologists + 1):
            self.psychologists.append(self._account(f"psychologist{i}", Role.PSYCHOLOGIST))
        for i in range(2, self.plan.lawyers + 1):
            self.lawyers.append(self._account(f"lawyer{i}", Role.LAWYER))
        self.counts["accounts"] = len(self.plan.usernames())
        self.worker = self.users["caseworker"]
        self.diaries = {
            ConsultationKind.PSYCHOLOGICAL: _Diary(self.psychologists, self.rng),
            ConsultationKind.LEGAL: _Diary(self.lawyers, self.rng),
        }

    def _account(self, username: str, role: str, display: str | None = None) -> int:
        if display is None:
            display = f"{self.pick_first()} {self.pick_last()}"
        info = create_account(self.db, self.admin, username, display, role, self.password)
        if username in {u for u, _, _ in names.STAFF}:
            self.users[username] = self.db.sign_in_again(username, self.password)
        return info.id

    # -- partners and the shelter's rooms ----------------------------------------------------

    def _partners(self) -> None:
        rows = [
            {"name": n, "kind": k.value, "contact": c, "active": a}
            for n, k, c, a, _ in names.PARTNERS
        ]
        with self._uow(self.worker, Permission.WRITE_PROGRAMMES) as uow:
            ids = _insert_ids(uow.session, Partner, rows)
            uow.session.commit()
        self.partner_ids = [i for i, p in zip(ids, names.PARTNERS, strict=True) if p[3]]
        self.partners_for: dict[str, list[int]] = {}
        for pid, (_, _, _, active, types) in zip(ids, names.PARTNERS, strict=True):
            for t in types.split():
                if active:
                    self.partners_for.setdefault(t, []).append(pid)
        self.counts["partners"] = len(rows)

    def _layout(self) -> None:
        self.bed_room: list[tuple[int, int]] = []  # (bed id, room index)
        self.room_max: list[int] = []
        with self._uow(self.admin, Permission.MANAGE_SETTINGS) as uow:
            s = uow.session
            rules = read_settings(s)
            self.max_stay, self.max_extended = rules.max_stay_days, rules.max_extended_stay_days
            rooms = [
                {"name": n, "max_people": m, "sort_order": i + 1, "active": True}
                for i, (n, _, m) in enumerate(names.LAYOUT)
            ]
            room_ids = _insert_ids(s, Room, rooms)
            beds: list[dict[str, Any]] = [
                {"room_id": rid, "label": names.BED_LABELS[b], "active": True}
                for rid, (_, n, _) in zip(room_ids, names.LAYOUT, strict=True)
                for b in range(n)
            ]
            bed_ids = _insert_ids(s, Bed, beds)
            room_index = {rid: i for i, rid in enumerate(room_ids)}
            self.bed_room = [
                (b, room_index[r["room_id"]]) for b, r in zip(bed_ids, beds, strict=True)
            ]
            self.room_max = [m for _, _, m in names.LAYOUT]
            s.commit()
        self.counts["rooms"], self.counts["beds"] = len(names.LAYOUT), len(self.bed_room)

    # -- clients and their casework --------------------------------------------------------

    def _clients(self) -> None:
        rng = self.rng
        days = []
        for _ in range(self.plan.clients):
            if rng.random() < OLD_CLIENTS:
                day = self.start - timedelta(days=rng.randint(1, 2 * 365 + 180))
            else:
                day = self.start + timedelta(days=rng.randint(0, HISTORY_DAYS))
            if day.weekday() >= 5 and rng.random() < 0.8:  # the centre is closed
                day += timedelta(days=7 - day.weekday())
                day = min(day, self.today)
            days.append(day)
        days.sort()
        self.first_contacts = days
        serial: dict[int, int] = {}
        for chunk in range(0, len(days), BATCH):
            batch = _ClientBatch()
            for i in range(chunk, min(chunk + BATCH, len(days))):
                year = days[i].year
                serial[year] = serial.get(year, 0) + 1
                self._client(batch, days[i], f"K-{year}-{serial[year]:04d}")
            self._write_batch(batch)
            self._step(len(batch.clients))

    def _client(self, batch: _ClientBatch, first: date, code: str) -> None:
        rng = self.rng
        low, high, _ = self.pick_age()
        age = rng.randint(low, high)
        birth = first - timedelta(days=age * 365 + age // 4 + rng.randint(1, 360))
        year_only = rng.random() < 0.07
        last_name, first_name = self.pick_last(), self.pick_first()
        patronymic = None if rng.random() < 0.12 else self.pick_patronymic()
        phone = None
        if rng.random() < 0.9:
            digits = f"{rng.randint(0, 9_999_999):07d}"
            phone = f"+380 {rng.choice(names.PHONE_CODES)} {digits[:3]} {digits[3:5]} {digits[5:]}"
        came_via = self.pick_came_via()
        r = rng.random()
        citizenship = (
            Citizenship.UKRAINE
            if r < 0.96
            else Citizenship.OTHER
            if r < 0.985
            else Citizenship.STATELESS
            if r < 0.99
            else Citizenship.NOT_STATED
        )
        kid_ages, categories = self._family(age)
        created = datetime.combine(first, time(rng.randint(9, 17), rng.randint(0, 59)))
        special = sharing = None
        if rng.random() < 0.82:
            given = first + timedelta(days=0 if rng.random() < 0.85 else rng.randint(1, 20))
            special = (given, None) if given <= self.today else None
        if rng.random() < 0.38:
            given = first + timedelta(days=0 if rng.random() < 0.7 else rng.randint(1, 60))
            sharing = (given, None) if given <= self.today else None
        woman = _Woman(first, created, kid_ages, special, sharing)
        woman.touch(first)
        local = len(batch.clients)
        batch.clients.append(
            {
                "code": code,
                "last_name": last_name,
                "first_name": first_name,
                "patronymic": patronymic,
                "search_key": client_search_key(code, last_name, first_name, patronymic),
                "sort_key": client_sort_key(last_name, first_name, patronymic),
                "birth_date": None if year_only else birth,
                "birth_year": birth.year,
                "sex": Sex.FEMALE.value,
                "citizenship": citizenship.value,
                "phone": phone,
                "safe_to_call": phone is not None and rng.random() < 0.7,
                "safe_to_text": phone is not None and rng.random() < 0.6,
                "district": self.pick_district().value,
                "came_via": came_via.value,
                "first_contact_on": first,
                "last_activity_on": first,  # set below, when her activity is known
                "archived_at": None,
                "anonymised_at": None,
                "created_at": created,
                "updated_at": created,
                "version": 1,
            }
        )
        batch.categories.extend({"client_id": local, "category": c.value} for c in categories)
        batch.women.append(woman)
        if first >= self.start:
            self._risk(batch, local, woman)
            self._consultations(batch, local, woman)
            self._referrals(batch, local, woman, came_via)
        # rarely a consent is withdrawn later, after everything recorded under it
        for kind, consent in (
            (ConsentKind.SPECIAL_CATEGORY, woman.special),
            (ConsentKind.SHARING_WITH_PARTNERS, woman.sharing),
        ):
            if consent is not None and rng.random() < 0.04:
                withdrawn = max(woman.last, consent[0]) + timedelta(days=rng.randint(10, 200))
                if withdrawn <= self.today:
                    consent = (consent[0], withdrawn)
                    woman.touch(withdrawn)
                    if kind == ConsentKind.SPECIAL_CATEGORY:
                        woman.special = consent
                    else:
                        woman.sharing = consent
            if consent is not None:
                batch.consent(local, kind, consent, self.worker.account_id)
        batch.consent(local, ConsentKind.DATA_PROCESSING, (first, None), self.worker.account_id)
        batch.clients[-1]["last_activity_on"] = woman.last
        woman.stored_last = woman.last

    def _family(self, age: int) -> tuple[tuple[int, ...], list[Category]]:
        rng, cats = self.rng, []
        odds = 0.45 if age < 25 else 0.65 if age < 45 else 0.3 if age < 55 else 0.04
        kids: tuple[int, ...] = ()
        if rng.random() < odds:
            n = rng.choices((1, 2, 3, 4, 5), (50, 32, 12, 4, 2))[0]
            oldest = max(0, min(17, age - 17))
            kids = tuple(sorted((rng.randint(0, oldest) for _ in range(n)), reverse=True))
            cats.append(Category.WITH_CHILDREN)
            if n >= 3:
                cats.append(Category.LARGE_FAMILY)
            if rng.random() < 0.35:
                cats.append(Category.SINGLE_PARENT)
        if age <= 42 and rng.random() < 0.05:
            cats.append(Category.PREGNANT)
        if rng.random() < 0.25:
            cats.append(Category.IDP)
        if rng.random() < (0.05 if age < 45 else 0.15):
            cats.append(Category.DISABILITY)
        if rng.random() < 0.1:
            cats.append(Category.VETERAN_OR_FAMILY)
        if rng.random() < 0.22:
            cats.append(Category.LOW_INCOME)
        if age >= 60 and rng.random() < 0.8:
            cats.append(Category.PENSIONER)
        return kids, cats

    def _risk(self, batch: _ClientBatch, local: int, w: _Woman) -> None:
        """Disclosures, assessments and safety plans: only on days her consent to
        special-category data is valid (withdrawals are drawn later, after these)."""
        if w.special is None:
            return
        rng, given, author = self.rng, w.special[0], self.worker.account_id
        kids = len(w.kids_on(given))
        if rng.random() < 0.85:
            day = given + timedelta(days=rng.randint(0, 14))
            if day <= self.today:
                forms = {
                    "physical": rng.random() < 0.55,
                    "sexual": rng.random() < 0.12,
                    "psychological": rng.random() < 0.85,
                    "economic": rng.random() < 0.35,
                }
                if not any(forms.values()):
                    forms["psychological"] = True
                witnessed = kids > 0 and rng.random() < 0.6
                batch.disclosures.append(
                    {
                        "client_id": local,
                        "disclosed_on": day,
                        **forms,
                        "children_witnessed": witnessed,
                        "children_affected": rng.randint(1, kids) if witnessed else 0,
                        "recorded_by": author,
                    }
                )
                w.touch(day)
        if rng.random() >= 0.7:
            return
        severity = rng.uniform(0.4, 1.6)
        day = given + timedelta(days=rng.randint(0, 21))
        for _ in range(rng.choices((1, 2, 3), (60, 30, 10))[0]):
            if day > self.today:
                break
            answers = {
                code: rng.random() < min(0.95, odds * severity) for code, odds in YES_ODDS.items()
            }
            if kids == 0:
                answers["children_threatened"] = False
            score, level = risk_level(answers)
            batch.assessments.append(
                {
                    "client_id": local,
                    "assessed_on": day,
                    "answers": json.dumps(answers, sort_keys=True),
                    "score": score,
                    "level": level.value,
                    "assessed_by": author,
                }
            )
            w.touch(day)
            if level != RiskLevel.LOW or rng.random() < 0.3:
                self._plan(batch, local, w, day)
            day += timedelta(days=rng.randint(30, 120))
            severity *= 0.8

    def _plan(self, batch: _ClientBatch, local: int, w: _Woman, day: date) -> None:
        rng = self.rng
        review = day + timedelta(days=rng.choice((30, 60, 90)))
        reviewed = None
        if review < self.today and rng.random() < 0.7:  # the rest are overdue reviews
            reviewed = min(self.today, max(day, review + timedelta(days=rng.randint(-5, 10))))
            w.touch(reviewed)
        lines = rng.sample(names.SAFETY_PLAN_LINES, rng.randint(2, 4))
        batch.plans.append(
            {
                "client_id": local,
                "made_on": day,
                "review_on": review,
                "reviewed_on": reviewed,
                "plan": " ".join(lines),
                "author_id": self.worker.account_id,
            }
        )

    def _consultations(self, batch: _ClientBatch, local: int, w: _Woman) -> None:
        rng = self.rng
        n = self.pick_consultations()
        r = rng.random()
        kinds = (
            [ConsultationKind.PSYCHOLOGICAL]
            if r < 0.4
            else [ConsultationKind.LEGAL]
            if r < 0.7
            else [ConsultationKind.PSYCHOLOGICAL, ConsultationKind.LEGAL]
        )
        horizon = self.today + timedelta(days=BOOKING_DAYS)
        day = w.first_contact + timedelta(days=rng.randint(1, 10))
        held_before: set[ConsultationKind] = set()
        for _ in range(n):
            kind = kinds[0] if len(kinds) == 1 else rng.choice(kinds)
            slot = self.diaries[kind].book(day, horizon)
            if slot is None:
                break
            starts, specialist = slot
            fmt, _, durations = self.pick_format()
            duration = rng.choice(durations)
            if duration <= 45:
                starts += timedelta(minutes=rng.choice((0, 0, 10, 15)))
            row = {
                "client_id": local,
                "kind": kind.value,
                "specialist_id": specialist,
                "starts_at": starts,
                "duration_min": duration,
                "format": fmt.value,
                "is_first": False,
                "outcome": None,
                "follow_up_on": None,
                "note": None,
            }
            topics: tuple[str, ...] = ()
            future = starts.date() >= self.today
            r = rng.random()
            if not future and r < 0.88:
                topics = tuple(t.value for t in self.pick_topic[kind].several(rng.randint(1, 3)))
                outcome = self.pick_outcome()
                pool = (
                    names.PSY_NOTES if kind == ConsultationKind.PSYCHOLOGICAL else names.LEGAL_NOTES
                )
                row.update(
                    status=ConsultationStatus.HELD.value,
                    is_first=kind not in held_before,
                    outcome=outcome.value,
                    follow_up_on=starts.date() + timedelta(days=rng.randint(7, 28))
                    if outcome == ConsultationOutcome.FOLLOW_UP
                    else None,
                    note=" ".join(rng.sample(pool, rng.randint(1, 3)))
                    if rng.random() < 0.6
                    else None,
                    created_at=starts + timedelta(minutes=duration + rng.randint(5, 120)),
                )
                held_before.add(kind)
                w.touch(starts.date())
            else:
                status = (
                    ConsultationStatus.SCHEDULED
                    if future
                    else ConsultationStatus.NO_SHOW
                    if r < 0.96
                    else ConsultationStatus.CANCELLED
                )
                booked_on = min(self.today, starts.date() - timedelta(days=rng.randint(1, 10)))
                booked = datetime.combine(booked_on, time(rng.randint(8, 18), rng.randint(0, 59)))
                booked = max(booked, w.created_at + timedelta(minutes=10))
                row.update(status=status.value, created_at=booked)
                w.touch(booked.date())
                if future:
                    w.busy = True
            batch.consultations.append(row)
            batch.topics.append(topics)
            if future:
                break  # one appointment ahead at a time
            day = starts.date() + timedelta(days=rng.randint(5, 35))

    def _referrals(self, batch: _ClientBatch, local: int, w: _Woman, came_via: CameVia) -> None:
        rng = self.rng
        by = self.worker.account_id
        if came_via in names.REFERRAL_IN_TYPE and rng.random() < 0.7:
            kind = names.REFERRAL_IN_TYPE[came_via]
            partners = self.partners_for.get(kind.value, [])
            batch.referrals.append(
                {
                    "client_id": local,
                    "direction": ReferralDirection.IN.value,
                    "on_date": w.first_contact,
                    "referral_type": kind.value,
                    "partner_id": rng.choice(partners) if partners else None,
                    "identity_shared": False,
                    "outcome": ReferralOutcome.ACCEPTED.value,
                    "created_by": by,
                }
            )
        if rng.random() >= 0.25:
            return
        day = w.first_contact
        for _ in range(rng.choice((1, 1, 1, 2))):
            day += timedelta(days=rng.randint(3, 120))
            if day > self.today:
                break
            kind = self.pick_ref_type()
            partners = self.partners_for.get(kind.value, [])
            partner = rng.choice(partners) if partners and rng.random() < 0.85 else None
            shared = partner is not None and _valid(w.sharing, day) and rng.random() < 0.8
            recent = (self.today - day).days < 14
            outcome = ReferralOutcome.PENDING if recent else self.pick_ref_outcome()
            batch.referrals.append(
                {
                    "client_id": local,
                    "direction": ReferralDirection.OUT.value,
                    "on_date": day,
                    "referral_type": kind.value,
                    "partner_id": partner,
                    "identity_shared": shared,
                    "outcome": outcome.value,
                    "created_by": by,
                }
            )
            w.touch(day)

    def _write_batch(self, batch: _ClientBatch) -> None:
        """One chunk of clients and their records, each kind of record in a unit of work
        of the role that would record it."""
        psy, legal = ConsultationKind.PSYCHOLOGICAL.value, ConsultationKind.LEGAL.value
        with self._uow(self.worker, Permission.WRITE_CLIENTS) as uow:
            ids = _insert_keyed(uow.session, Client, batch.clients, ("code",))
            batch.resolve(ids)
            _insert(uow.session, ClientCategory, batch.categories)
            _insert(uow.session, Consent, batch.consents)
            uow.session.commit()
        for w, client_id in zip(batch.women, ids, strict=True):
            w.id = client_id
            self.women.append(w)
        with self._uow(self.worker, Permission.WRITE_RISK) as uow:
            _insert(uow.session, ViolenceDisclosure, batch.disclosures)
            _insert(uow.session, RiskAssessment, batch.assessments)
            _insert(uow.session, SafetyPlan, batch.plans)
            uow.session.commit()
        for kind, user, permission in (
            (psy, self.users["psychologist"], Permission.WRITE_PSY_CONSULTATIONS),
            (legal, self.users["lawyer"], Permission.WRITE_LEGAL_CONSULTATIONS),
        ):
            chosen = [i for i, c in enumerate(batch.consultations) if c["kind"] == kind]
            with self._uow(user, permission) as uow:
                rows = [batch.consultations[i] for i in chosen]
                # a specialist has one consultation at a time (_Diary)
                ids = _insert_keyed(uow.session, Consultation, rows, ("specialist_id", "starts_at"))
                topics = [
                    {"consultation_id": cid, "topic": t}
                    for cid, i in zip(ids, chosen, strict=True)
                    for t in batch.topics[i]
                ]
                _insert(uow.session, ConsultationTopic, topics)
                uow.session.commit()
        with self._uow(self.worker, Permission.WRITE_REFERRALS) as uow:
            _insert(uow.session, Referral, batch.referrals)
            uow.session.commit()
        c = self.counts
        c["clients"] += len(batch.clients)
        c["consents"] += len(batch.consents)
        c["disclosures"] += len(batch.disclosures)
        c["risk_assessments"] += len(batch.assessments)
        c["safety_plans"] += len(batch.plans)
        c["consultations"] += len(batch.consultations)
        c["referrals"] += len(batch.referrals)

    # -- courses and events -----------------------------------------------------------------

    def _courses(self) -> None:
        rng, n = self.rng, max(6, min(self.plan.clients // 120, 2000))
        span = HISTORY_DAYS + PLANNING_DAYS
        courses, sessions_of = [], []
        for _ in range(n):
            title, description, sessions, minutes, capacity = rng.choice(names.COURSES)
            start = self.start + timedelta(days=rng.randint(14, span))
            start += timedelta(days=(7 - start.weekday()) % 7 if start.weekday() >= 5 else 0)
            step = rng.choice((7, 7, 3, 4)) if sessions > 6 else 7
            hour = rng.choice((10, 14, 18))
            dates = []
            day = start
            for _ in range(sessions):
                dates.append(day)
                day += timedelta(days=step if step == 7 else (3 if len(dates) % 2 else 4))
            courses.append(
                {
                    "title": title,
                    "description": description,
                    "capacity": capacity,
                    "starts_on": dates[0],
                    "ends_on": dates[-1],
                    "archived": False,
                }
            )
            sessions_of.append([(datetime.combine(d, time(hour)), minutes) for d in dates])
        enrolments: list[dict[str, Any]] = []
        # per enrolment: its course, and (session no., present) marks
        attendance_plan: list[tuple[int, list[tuple[int, bool]]]] = []
        for ci, course in enumerate(courses):
            self._enrol(ci, course, sessions_of[ci], enrolments, attendance_plan)
        with self._uow(self.worker, Permission.WRITE_PROGRAMMES) as uow:
            course_ids = _insert_ids(uow.session, Course, courses)
            session_rows = [
                {
                    "course_id": cid,
                    "starts_at": starts,
                    "duration_min": minutes,
                    "topic": f"Заняття {k + 1}",
                }
                for cid, sessions in zip(course_ids, sessions_of, strict=True)
                for k, (starts, minutes) in enumerate(sessions)
            ]
            session_ids = _insert_ids(uow.session, CourseSession, session_rows)
            uow.session.commit()
        first_session: list[int] = []
        k = 0
        for planned in sessions_of:
            first_session.append(k)
            k += len(planned)
        with self._uow(self.worker, Permission.WRITE_STAYS_ENROLMENTS) as uow:
            for row in enrolments:
                row["course_id"] = course_ids[row["course_id"]]
            ids = _insert_ids(uow.session, Enrolment, enrolments)
            marks = [
                {
                    "session_id": session_ids[first_session[ci] + s],
                    "enrolment_id": eid,
                    "present": p,
                }
                for eid, (ci, plan) in zip(ids, attendance_plan, strict=True)
                for s, p in plan
            ]
            _insert(uow.session, Attendance, marks)
            uow.session.commit()
        self.counts["courses"], self.counts["course_sessions"] = n, len(session_rows)
        self.counts["enrolments"] = len(enrolments)

    def _enrol(
        self,
        ci: int,
        course: dict[str, Any],
        sessions: list[tuple[datetime, int]],
        enrolments: list[dict[str, Any]],
        attendance_plan: list[tuple[int, list[tuple[int, bool]]]],
    ) -> None:
        """As shelter_app.courses runs a course: requests in order take the places, the
        rest wait; a woman who withdraws frees her place for the first one waiting, on
        that day; every holder of a place is marked at each session held since she got
        it; at the end, those who came to most sessions complete it."""
        rng, start, capacity = self.rng, course["starts_on"], course["capacity"]
        last_request = min(start - timedelta(days=1), self.today)
        lo = bisect.bisect_left(self.first_contacts, start - timedelta(days=240))
        hi = bisect.bisect_right(self.first_contacts, last_request)
        wanted = round(capacity * rng.uniform(0.5, 1.5))
        requests = []
        for i in sorted(rng.sample(range(lo, hi), min(wanted, hi - lo))):
            w = self.women[i]
            earliest = max(w.first_contact, start - timedelta(days=30))
            if earliest > last_request:
                continue
            day = earliest + timedelta(days=rng.randint(0, (last_request - earliest).days))
            at = datetime.combine(day, time(rng.randint(9, 17), rng.randint(0, 59)))
            requests.append((max(at, w.created_at), i))
        requests.sort()
        rows: list[dict[str, Any]] = []
        marks: list[list[tuple[int, bool]]] = []
        women: list[_Woman] = []
        queue: list[int] = []
        for place, (at, i) in enumerate(requests):
            w = self.women[i]
            w.touch(at.date())
            has_place = place < capacity
            rows.append(
                {
                    "course_id": ci,
                    "client_id": w.id,
                    "status": (
                        EnrolmentStatus.ENROLLED if has_place else EnrolmentStatus.WAITING
                    ).value,
                    "requested_at": at,
                    "enrolled_on": at.date() if has_place else None,
                    "completed_on": None,
                    "withdrawn_on": None,
                }
            )
            marks.append([])
            women.append(w)
            if not has_place:
                queue.append(len(rows) - 1)
        keen = [rng.uniform(0.5, 1.0) for _ in rows]
        leaves = [rng.randrange(1, len(sessions)) if rng.random() < 0.08 else -1 for _ in rows]
        enrolled = EnrolmentStatus.ENROLLED.value
        for s, (starts, _) in enumerate(sessions):
            day = starts.date()
            if day >= self.today:
                break
            for k, row in enumerate(rows):
                if row["status"] == enrolled and leaves[k] == s:
                    row.update(status=EnrolmentStatus.WITHDRAWN.value, withdrawn_on=day)
                    women[k].touch(day)
                    if queue:
                        moved = queue.pop(0)
                        rows[moved].update(status=enrolled, enrolled_on=day)
                        leaves[moved] = -1
                        women[moved].touch(day)
            for k, row in enumerate(rows):
                if row["status"] == enrolled and row["enrolled_on"] <= day:
                    present = rng.random() < keen[k]
                    marks[k].append((s, present))
                    if present:
                        women[k].touch(day)
        ended = course["ends_on"] < self.today
        for k, row in enumerate(rows):
            if row["status"] == EnrolmentStatus.WAITING.value and ended:
                row.update(status=EnrolmentStatus.WITHDRAWN.value, withdrawn_on=start)
                women[k].touch(start)
            elif row["status"] == enrolled and ended:
                if sum(p for _, p in marks[k]) >= 0.6 * max(1, len(marks[k])):
                    row.update(
                        status=EnrolmentStatus.COMPLETED.value, completed_on=course["ends_on"]
                    )
                    women[k].touch(course["ends_on"])
            elif not ended and row["status"] in (enrolled, EnrolmentStatus.WAITING.value):
                women[k].busy = True
        enrolments.extend(rows)
        attendance_plan.extend((ci, m) for m in marks)

    def _events(self) -> None:
        rng, n = self.rng, max(24, min(self.plan.clients // 300, 600))
        events, links = [], []
        for _ in range(n):
            kind, _, (low, high) = self.pick_event()
            held = self.start + timedelta(days=rng.randint(0, HISTORY_DAYS + PLANNING_DAYS))
            women = rng.randint(low, high) if held < self.today else 0
            events.append(
                {
                    "title": rng.choice(names.EVENT_TITLES[kind]),
                    "kind": kind.value,
                    "held_on": held,
                    "topic": rng.choice(names.EVENT_TOPICS),
                    "attendees_women": women,
                    "attendees_men": rng.randint(0, women // 10),
                    "attendees_children": rng.randint(0, women // 5)
                    if kind != EventKind.TRAINING
                    else 0,
                }
            )
            links.append(rng.sample(self.partner_ids, rng.choice((0, 1, 1, 2, 3))))
        with self._uow(self.worker, Permission.WRITE_PROGRAMMES) as uow:
            ids = _insert_ids(uow.session, Event, events)
            rows = [
                {"event_id": eid, "partner_id": pid}
                for eid, partners in zip(ids, links, strict=True)
                for pid in partners
            ]
            _insert(uow.session, EventPartner, rows)
            uow.session.commit()
        self.counts["events"] = n

    # -- the shelter ---------------------------------------------------------------------------

    def _shelter(self) -> None:
        _Shelter(self).run()

    # -- last activity and archive -------------------------------------------------------------

    def _finish(self) -> None:
        """Store each client's latest activity, and archive some long-quiet clients (after
        it, so that nothing happened to an archived record)."""
        rng, rows = self.rng, []
        for w in self.women:
            archived = None
            if not w.busy and (self.today - w.last).days > 150 and rng.random() < 0.1:
                day = w.last + timedelta(days=rng.randint(60, 140))
                if day < self.today:
                    archived = datetime.combine(day, time(rng.randint(9, 17)))
            if archived is not None or w.last != w.stored_last:
                rows.append(
                    {
                        "id": w.id,
                        "last_activity_on": w.last,
                        "archived_at": archived,
                        "version": 2 if archived else 1,
                    }
                )
        with self._uow(self.worker, Permission.WRITE_CLIENTS) as uow:
            for i in range(0, len(rows), BATCH):
                uow.session.execute(update(Client), rows[i : i + BATCH])
                uow.session.commit()
        with self._uow(self.admin, Permission.MANAGE_SETTINGS) as uow:
            uow.audit("demo.generated", detail=dict(sorted(self.counts.items())))
            uow.commit()


class _ClientBatch:
    """Rows of one chunk of clients; client_id holds the client's place in the chunk
    until the clients are inserted (resolve)."""

    def __init__(self) -> None:
        self.clients: list[dict[str, Any]] = []
        self.women: list[_Woman] = []
        self.categories: list[dict[str, Any]] = []
        self.consents: list[dict[str, Any]] = []
        self.disclosures: list[dict[str, Any]] = []
        self.assessments: list[dict[str, Any]] = []
        self.plans: list[dict[str, Any]] = []
        self.consultations: list[dict[str, Any]] = []
        self.topics: list[tuple[str, ...]] = []
        self.referrals: list[dict[str, Any]] = []

    def consent(
        self, local: int, kind: ConsentKind, given: tuple[date, date | None], by: int
    ) -> None:
        self.consents.append(
            {
                "client_id": local,
                "kind": kind.value,
                "given_on": given[0],
                "withdrawn_on": given[1],
                "recorded_by": by,
            }
        )

    def resolve(self, ids: list[int]) -> None:
        for rows in (
            self.categories,
            self.consents,
            self.disclosures,
            self.assessments,
            self.plans,
            self.consultations,
            self.referrals,
        ):
            for row in rows:
                row["client_id"] = ids[row["client_id"]]


class _Shelter:
    """Day by day over the history: women ask for a place, get a free bed whose room has
    space for her and her children on every night of the stay, wait, or are turned away.
    Each bed is free again from its last stay's departure, so no night is held twice."""

    def __init__(self, b: _Builder):
        self.b, self.rng = b, b.rng
        self.end = b.today + timedelta(days=PLANNING_DAYS)
        self.nights = (self.end - b.start).days + 1
        self.people = [[0] * self.nights for _ in b.room_max]  # per room per night
        self.free_from = [b.start] * len(b.bed_room)  # per bed
        self.stays: list[dict[str, Any]] = []  # stay row + "bed_periods", "kids", "extension"
        self.waiting: list[dict[str, Any]] = []
        self.queue: list[tuple[dict[str, Any], _Woman, int]] = []  # (entry, woman, patience days)
        self.turn_aways: list[dict[str, Any]] = []
        cap = len(b.bed_room) * HISTORY_DAYS / 40 * 1.35
        self.rate = min(b.plan.clients * 0.12, cap) / HISTORY_DAYS

    def run(self) -> None:
        b, day = self.b, self.b.start
        while day <= b.today:
            for entry, w, patience in list(self.queue):
                if self._admit(w, day, entry):
                    self.queue.remove((entry, w, patience))
                elif (day - entry["requested_on"]).days >= patience:
                    entry.update(status="withdrawn", resolved_on=day)
                    w.in_queue = False
                    w.touch(day)
                    self.queue.remove((entry, w, patience))
            for _ in range(self._poisson(self.rate)):
                self._request(day)
            day += timedelta(days=1)
        self._booking()
        for _, w, _ in self.queue:
            w.busy = True
        self._write()

    def _poisson(self, lam: float) -> int:
        limit, k, p = math.exp(-lam), 0, self.rng.random()
        while p > limit:
            k += 1
            p *= self.rng.random()
        return k

    def _request(self, day: date) -> None:
        rng = self.rng
        if rng.random() < 0.1:
            self._turn_away(day, TurnAwayReason.OUTSIDE_RULES, None, rng.choice((0, 0, 1, 2)))
            return
        w = self._candidate(day)
        if w is None:
            return
        if self._admit(w, day, None):
            return
        if rng.random() < 0.55:
            entry = {
                "client_id": w.id,
                "requested_on": day,
                "children": len(w.kids_on(day)),
                "status": "waiting",
                "resolved_on": None,
            }
            self.waiting.append(entry)
            self.queue.append((entry, w, rng.randint(3, 30)))
            w.in_queue = True
            w.touch(day)
        else:
            known = w if rng.random() < 0.3 else None
            self._turn_away(day, TurnAwayReason.NO_FREE_BED, known, len(w.kids_on(day)))

    def _candidate(self, day: date) -> _Woman | None:
        """A recent client (first came in the last two months) not already staying or
        waiting; a woman comes back for a second stay only now and then."""
        fc, rng = self.b.first_contacts, self.rng
        lo = bisect.bisect_left(fc, day - timedelta(days=60))
        hi = bisect.bisect_right(fc, day)
        for _ in range(6):
            if hi <= lo:
                return None
            w = self.b.women[rng.randrange(lo, hi)]
            if w.in_queue or w.in_shelter_until > day:
                continue
            if w.stays and rng.random() > 0.15:
                continue
            return w
        return None

    def _length(self, admitted: date) -> tuple[int, dict[str, Any] | None]:
        """Nights of the stay, and an extension if it needs one (recorded only once its
        date has come)."""
        rng, r = self.rng, self.rng.random()
        if r < 0.03:
            return rng.randint(0, 2), None
        if r < 0.6:
            return int(rng.triangular(3, self.b.max_stay, 35)), None
        if r < 0.67:
            return self.b.max_stay, None
        if r < 0.7:  # overstays her limit: the list of stays past their limit shows her
            return self.b.max_stay + rng.randint(1, 10), None
        # extended shortly before the limit, or a few days after it passed
        offset = self.b.max_stay - rng.randint(-5, 12)
        on = admitted + timedelta(days=offset)
        longest = min(self.b.max_extended, self.b.max_stay + rng.choice((30, 60, 90)))
        extension = {
            "extended_on": on,
            "new_allowed_until": admitted + timedelta(days=longest),
            "reason": self.b.pick_extension().value,
            "recorded_by": self.b.worker.account_id,
        }
        return rng.randint(max(self.b.max_stay, offset) + 1, longest), extension

    def _admit(self, w: _Woman, day: date, entry: dict[str, Any] | None) -> bool:
        rng, b = self.rng, self.b
        kids = w.kids_on(day)
        if len(kids) > MAX_STAY_KIDS or (kids and rng.random() < 0.1):
            kids = kids[: rng.randint(0, min(len(kids), MAX_STAY_KIDS))]  # some stay with family
        party = 1 + len(kids)
        nights, extension = self._length(day)
        departs = day + timedelta(days=nights)
        open_ = departs > b.today
        last_night = self.nights if open_ else self._i(departs)
        bed = self._free_bed(self._i(day), last_night, party, day)
        if bed is None:
            return False
        periods = [(bed, day)]
        if nights >= 14 and rng.random() < 0.06:
            move_on = day + timedelta(days=rng.randint(3, nights - 3))
            if move_on <= b.today:
                other = self._free_bed(self._i(move_on), last_night, party, move_on, not_bed=bed)
                if other is not None:
                    periods.append((other, move_on))
        # book the nights
        for k, (bed_i, since) in enumerate(periods):
            until = periods[k + 1][1] if k + 1 < len(periods) else None
            stop = self._i(until) if until else last_night
            room = b.bed_room[bed_i][1]
            for n in range(self._i(since), stop):
                self.people[room][n] += party
            self.free_from[bed_i] = (
                until if until else (date.max if open_ else max(departs, self.free_from[bed_i]))
            )
        allowed = day + timedelta(days=b.max_stay)
        if extension is not None and extension["extended_on"] <= b.today:
            allowed = extension["new_allowed_until"]
            w.touch(extension["extended_on"])
        else:
            extension = None
        planned = None
        if open_ and allowed > b.today and rng.random() < 0.5:
            planned = min(allowed, b.today + timedelta(days=rng.randint(1, 30)))
        elif not open_ and departs > day and departs <= allowed and rng.random() < 0.4:
            planned = departs
        stay = {
            "client_id": w.id,
            "admitted_on": day,
            "planned_departure_on": planned,
            "allowed_until": allowed,
            "departed_on": None if open_ else departs,
            "referred_by": b.pick_referring().value,
            "departure_outcome": None if open_ else b.pick_departure().value,
            "created_by": b.worker.account_id,
        }
        self.stays.append(
            {
                "row": stay,
                "periods": periods,
                "kids": [(a, rng.choice((Sex.FEMALE, Sex.MALE)).value) for a in kids],
                "extension": extension,
            }
        )
        if entry is not None:
            entry.update(status="admitted", resolved_on=day)
            w.in_queue = False
        w.stays += 1
        w.in_shelter_until = date.max if open_ else departs
        w.busy = w.busy or open_
        w.touch(min(day, b.today))
        if not open_:
            w.touch(departs)
        return True

    def _free_bed(
        self, first: int, stop: int, party: int, day: date, not_bed: int | None = None
    ) -> int | None:
        """A bed free from `day` on whose room has space for `party` on nights
        [first, stop). Beds are tried in a random order."""
        order = list(range(len(self.b.bed_room)))
        self.rng.shuffle(order)
        for bed in order:
            if bed == not_bed or self.free_from[bed] > day:
                continue
            room = self.b.bed_room[bed][1]
            limit = self.b.room_max[room] - party
            if all(n <= limit for n in self.people[room][first:stop]):
                return bed
        return None

    def _booking(self) -> None:
        """One admission booked a few days ahead, if a bed and a woman are free."""
        day = self.b.today + timedelta(days=self.rng.randint(1, 7))
        w = self._candidate(self.b.today)
        if w is None or self.rng.random() < 0.3:
            return
        kids = w.kids_on(day)[:MAX_STAY_KIDS]
        bed = self._free_bed(self._i(day), self.nights, 1 + len(kids), day)
        if bed is None:
            return
        room = self.b.bed_room[bed][1]
        for n in range(self._i(day), self.nights):
            self.people[room][n] += 1 + len(kids)
        self.free_from[bed] = date.max
        w.in_shelter_until = date.max
        self.stays.append(
            {
                "row": {
                    "client_id": w.id,
                    "admitted_on": day,
                    "planned_departure_on": None,
                    "allowed_until": day + timedelta(days=self.b.max_stay),
                    "departed_on": None,
                    "referred_by": self.b.pick_referring().value,
                    "departure_outcome": None,
                    "created_by": self.b.worker.account_id,
                },
                "periods": [(bed, day)],
                "kids": [(a, self.rng.choice((Sex.FEMALE, Sex.MALE)).value) for a in kids],
                "extension": None,
            }
        )
        w.busy = True
        w.touch(self.b.today)

    def _turn_away(
        self, day: date, reason: TurnAwayReason, w: _Woman | None, children: int
    ) -> None:
        self.turn_aways.append(
            {
                "on_date": day,
                "reason": reason.value,
                "children": children,
                "referred_by": self.b.pick_referring().value,
                "client_id": w.id if w is not None else None,
                "recorded_by": self.b.worker.account_id,
            }
        )
        if w is not None:
            w.touch(day)

    def _i(self, day: date) -> int:
        return min(self.nights, (day - self.b.start).days)

    def _write(self) -> None:
        b = self.b
        beds = [bed_id for bed_id, _ in b.bed_room]
        with b._uow(b.worker, Permission.WRITE_STAYS_ENROLMENTS) as uow:
            s = uow.session
            ids = _insert_ids(s, Stay, [x["row"] for x in self.stays])
            assignments, children, extensions = [], [], []
            for stay_id, x in zip(ids, self.stays, strict=True):
                departed = x["row"]["departed_on"]
                for k, (bed, since) in enumerate(x["periods"]):
                    until = x["periods"][k + 1][1] if k + 1 < len(x["periods"]) else departed
                    assignments.append(
                        {
                            "stay_id": stay_id,
                            "bed_id": beds[bed],
                            "from_date": since,
                            "to_date": until,
                        }
                    )
                children += [{"stay_id": stay_id, "age_years": a, "sex": sx} for a, sx in x["kids"]]
                if x["extension"] is not None:
                    extensions.append({"stay_id": stay_id, **x["extension"]})
            _insert(s, BedAssignment, assignments)
            _insert(s, StayChild, children)
            _insert(s, StayExtension, extensions)
            _insert(s, WaitingListEntry, self.waiting)
            _insert(s, TurnAway, self.turn_aways)
            s.commit()
        b.counts["stays"], b.counts["children_housed"] = len(self.stays), len(children)
        b.counts["waiting_list"], b.counts["turn_aways"] = len(self.waiting), len(self.turn_aways)


# --- writing ----------------------------------------------------------------------------------


def _insert(session: Session, entity: Any, rows: list[dict[str, Any]]) -> None:
    table = entity.__table__
    for i in range(0, len(rows), BATCH):
        session.execute(insert(table), rows[i : i + BATCH])


def _insert_ids(session: Session, entity: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert and return the new ids in the order of `rows`."""
    table = entity.__table__
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    ids: list[int] = []
    for i in range(0, len(rows), BATCH):
        ids.extend(session.scalars(statement, rows[i : i + BATCH]))
    return ids


def _insert_keyed(
    session: Session, entity: Any, rows: list[dict[str, Any]], key: tuple[str, ...]
) -> list[int]:
    """Like _insert_ids for big tables: RETURNING in row order costs one statement per
    row, so the rows go in as plain batches and their ids are read back by `key`, unique
    among the new rows (the writer holds the write lock: the new rows are the ones past
    the highest id before)."""
    table = entity.__table__
    before = session.scalar(select(func.max(table.c.id))) or 0
    _insert(session, entity, rows)
    columns = [table.c[k] for k in key]
    new = session.execute(select(table.c.id, *columns).where(table.c.id > before))
    found = {tuple(r[1:]): r[0] for r in new}
    return [found[tuple(row[k] for k in key)] for row in rows]


def _remove_files(paths: DatabasePaths) -> None:
    for leftover in (
        paths.database,
        paths.wal,
        paths.shm,
        paths.journal,
        paths.key_file,
        paths.audit_head,
        paths.throttle,
        paths.sidecar_lock,
    ):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
