"""The demo's clients and their casework, in batches of clients."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Any

from .. import demo_names as names
from ..permissions import Permission
from ..safety import risk_level
from ..search_key import client_search_key, client_sort_key
from ..storage.casework_schema import (
    Client,
    ClientCategory,
    Consent,
    Consultation,
    ConsultationTopic,
    Referral,
    RiskAssessment,
    SafetyPlan,
    ViolenceDisclosure,
)
from ..vocabulary import (
    CameVia,
    Category,
    Citizenship,
    ConsentKind,
    ConsultationKind,
    ConsultationOutcome,
    ConsultationStatus,
    ReferralDirection,
    ReferralOutcome,
    RiskLevel,
    Sex,
)
from .base import _BuilderBase
from .parameters import (
    BATCH,
    BOOKING_DAYS,
    HISTORY_DAYS,
    OLD_CLIENTS,
    YES_ODDS,
)
from .plan import (
    _valid,
    _Woman,
)
from .writing import (
    _insert,
    _insert_keyed,
)


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


class _Casework(_BuilderBase):
    """Clients and their casework: identity, family, consents, risk, safety plans,
    consultations and referrals, written a batch at a time."""

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
