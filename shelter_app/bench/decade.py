"""Ten years made of shelter_app.demo's 18 months, keeping the rules demo.py keeps.

1. Most clients who used no shared resource (no stay, course place, waiting-list entry
   or turn-away, no booked appointment) are moved back in time, to a first contact
   spread over the ten years: every dated row of hers moves by the same whole number
   of weeks (order and weekdays kept; her age at first contact too), her code is
   renumbered in her new year, and a consultation whose specialist is already busy in
   that hour goes to a free colleague.
2. Consultations are added up to the size asked for, in the past, in specialists' free
   hour slots, mostly in the months after each woman's first contact; first and repeat
   are worked out again for every woman who got new ones, and her last activity moves
   to her latest.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from .. import demo
from .. import demo_names as names
from ..database import Database, SignedInUser, UnitOfWork
from ..permissions import Permission, Role
from ..search_key import client_search_key
from ..storage.casework_schema import (
    Client,
    ClientChange,
    Consent,
    Consultation,
    ConsultationTopic,
    Enrolment,
    Referral,
    RiskAssessment,
    SafetyPlan,
    Stay,
    TurnAway,
    ViolenceDisclosure,
    WaitingListEntry,
)
from ..storage.schema import Account
from ..storage.sealing import keys_of_session, opened
from ..vocabulary import ConsultationKind, ConsultationOutcome, ConsultationStatus

YEARS = 10
MOVED_SHARE = 1 - demo.HISTORY_DAYS / (YEARS * 365)  # first contacts before demo's window
CHUNK = 10_000  # clients per write transaction of the top-up
ROWS = 5_000  # rows per INSERT/UPDATE batch
EPISODE_DAYS = 180  # new consultations fall mostly within months of the first contact
PSY, LEGAL = ConsultationKind.PSYCHOLOGICAL.value, ConsultationKind.LEGAL.value
HELD = ConsultationStatus.HELD.value
Progress = Callable[[str, int, int], None]


class Slots:
    """Specialists' hour slots (kind, day, hour) -> who is busy; one consultation per
    specialist per hour, as in demo.py's diary, so none is booked twice at once."""

    def __init__(self, specialists: dict[str, list[int]], rng: random.Random):
        self.specialists = specialists
        self.rng = rng
        self.used: dict[tuple[str, int, int], set[int]] = defaultdict(set)

    def occupy(self, kind: str, starts: datetime, specialist: int) -> bool:
        busy = self.used[kind, starts.toordinal(), starts.hour]
        if specialist in busy:
            return False
        busy.add(specialist)
        return True

    def free_colleague(self, kind: str, starts: datetime) -> int | None:
        busy = self.used[kind, starts.toordinal(), starts.hour]
        free = [s for s in self.specialists[kind] if s not in busy]
        if not free:
            return None
        chosen = self.rng.choice(free)
        busy.add(chosen)
        return chosen

    def book(self, kind: str, day: date, before: date) -> tuple[datetime, int] | None:
        """The first free (weekday, hour) from `day` on, before `before`."""
        while day < before:
            if day.weekday() < 5:
                for hour in self.rng.sample(demo.HOURS, len(demo.HOURS)):
                    starts = datetime.combine(day, time(hour))
                    specialist = self.free_colleague(kind, starts)
                    if specialist is not None:
                        return starts, specialist
            day += timedelta(days=1)
        return None


NAMES = ("last_name", "first_name", "patronymic")


def _chunks(rows: list[Any], size: int = ROWS) -> Iterator[list[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _weighted(rng: random.Random, pairs: Sequence[Sequence[Any]]) -> Callable[[], Any]:
    values = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return lambda: rng.choices(values, weights)[0]


class Decade:
    """Works on a demo database just built; every write in a unit of work of the role
    that records that kind of row, as demo.py does."""

    def __init__(
        self,
        db: Database,
        admin: SignedInUser,
        password: str,
        rng: random.Random,
        today: date,
        report: Progress,
    ):
        self.db, self.rng, self.today, self.report = db, rng, today, report
        self.users = {
            name: db.sign_in_again(name, password)
            for name in ("caseworker", "psychologist", "lawyer")
        }
        self.users["admin"] = admin
        self.window_start = today - timedelta(days=demo.HISTORY_DAYS)
        self.first_day = today - timedelta(days=YEARS * 365)
        with db.unit_of_work(admin, Permission.MANAGE_ACCOUNTS) as uow:
            rows = uow.session.execute(select(Account.id, Account.role)).all()
        self.specialists = {
            PSY: [i for i, r in rows if r == Role.PSYCHOLOGIST.value],
            LEGAL: [i for i, r in rows if r == Role.LAWYER.value],
        }
        self.slots = Slots(self.specialists, rng)
        self.pick_topic = {
            PSY: _weighted(rng, names.PSY_TOPICS),
            LEGAL: _weighted(rng, names.LEGAL_TOPICS),
        }
        self.pick_outcome = _weighted(rng, names.OUTCOMES)
        self.pick_format = _weighted(rng, [(f, f[1]) for f in names.FORMATS])

    def _uow(self, who: str, permission: Permission) -> AbstractContextManager[UnitOfWork]:
        return self.db.unit_of_work(self.users[who], permission, write=True)

    def count(self, entity: type) -> int:
        with self.db.unit_of_work(self.users["admin"], Permission.READ_COUNTS) as uow:
            return uow.session.scalar(select(func.count()).select_from(entity)) or 0

    # -- 1. moving clients back in time ------------------------------------------------

    def move_back(self) -> int:
        """Returns how many clients were moved."""
        with self._uow("caseworker", Permission.WRITE_CLIENTS) as uow:
            s = uow.session
            busy: set[int] = set()
            for column in (
                Stay.client_id,
                Enrolment.client_id,
                WaitingListEntry.client_id,
                TurnAway.client_id,
            ):
                busy.update(s.scalars(select(column).distinct()))
            busy.update(
                s.scalars(
                    select(Consultation.client_id)
                    .where(Consultation.status == ConsultationStatus.SCHEDULED.value)
                    .distinct()
                )
            )
            clients = s.execute(
                select(Client.id, Client.first_contact_on).order_by(Client.id)
            ).all()
        eligible = [(cid, first) for cid, first in clients if cid not in busy]
        share = min(1.0, MOVED_SHARE * len(clients) / max(1, len(eligible)))
        weeks: dict[int, int] = {}
        for cid, first in eligible:
            latest = min(first, self.window_start)
            if self.rng.random() >= share or latest <= self.first_day:
                continue
            new_first = self.first_day + timedelta(
                days=self.rng.randrange((latest - self.first_day).days)
            )
            weeks[cid] = -(-(first - new_first).days // 7)  # whole weeks, at least as far
        self.report("decade", 0, 4)
        self._move_clients(weeks)
        self.report("decade", 1, 4)
        self._move_rows(weeks)
        self.report("decade", 2, 4)
        self._move_consultations(weeks)
        self.report("decade", 4, 4)
        return len(weeks)

    def _move_clients(self, weeks: dict[int, int]) -> None:
        with self._uow("caseworker", Permission.WRITE_CLIENTS) as uow:
            s = uow.session
            serial: dict[int, int] = defaultdict(int)
            for (code,) in s.execute(select(Client.code)):
                _, year, number = code.split("-")
                serial[int(year)] = max(serial[int(year)], int(number))
            rows = s.execute(
                select(
                    Client.id,
                    Client.last_name,
                    Client.first_name,
                    Client.patronymic,
                    Client.birth_date,
                    Client.birth_year,
                    Client.first_contact_on,
                    Client.last_activity_on,
                    Client.created_at,
                    Client.updated_at,
                    Client.archived_at,
                )
            ).all()
            keys = keys_of_session(s)  # the names are sealed: open them for the new key
            changes = []
            for r in sorted(
                (r for r in rows if r.id in weeks),
                key=lambda r: (r.first_contact_on - timedelta(weeks=weeks[r.id]), r.id),
            ):
                back = timedelta(weeks=weeks[r.id])
                first = r.first_contact_on - back
                serial[first.year] += 1
                code = f"K-{first.year}-{serial[first.year]:04d}"
                changes.append(
                    {
                        "id": r.id,
                        "code": code,
                        "search_key": client_search_key(
                            code, *(opened(keys, "clients", n, r.id, getattr(r, n)) for n in NAMES)
                        ),
                        # the same age at her first contact
                        "birth_date": r.birth_date - back if r.birth_date else None,
                        "birth_year": ((r.birth_date or date(r.birth_year, 7, 1)) - back).year
                        if r.birth_year
                        else None,
                        "first_contact_on": first,
                        "last_activity_on": r.last_activity_on - back,
                        "created_at": r.created_at - back,
                        "updated_at": r.updated_at - back,
                        "archived_at": r.archived_at - back if r.archived_at else None,
                    }
                )
            for batch in _chunks(changes):
                s.execute(update(Client), batch)
            uow.commit()

    def _move_rows(self, weeks: dict[int, int]) -> None:
        """Every other dated row of the moved clients, in the role that records it."""
        plan = (
            ("caseworker", Permission.WRITE_CLIENTS, Consent, ("given_on", "withdrawn_on")),
            ("caseworker", Permission.WRITE_CLIENTS, ClientChange, ("at",)),
            ("caseworker", Permission.WRITE_RISK, ViolenceDisclosure, ("disclosed_on",)),
            ("caseworker", Permission.WRITE_RISK, RiskAssessment, ("assessed_on",)),
            (
                "caseworker",
                Permission.WRITE_RISK,
                SafetyPlan,
                ("made_on", "review_on", "reviewed_on"),
            ),
            ("caseworker", Permission.WRITE_REFERRALS, Referral, ("on_date",)),
        )
        for who, permission, entity, columns in plan:
            table = entity.__table__
            with self._uow(who, permission) as uow:
                s = uow.session
                rows = s.execute(
                    select(table.c.id, table.c.client_id, *(table.c[c] for c in columns))
                ).all()
                changes = []
                for r in rows:
                    n = weeks.get(r[1])
                    if n is None:
                        continue
                    back = timedelta(weeks=n)
                    change = {"id": r[0]}
                    for c, value in zip(columns, r[2:], strict=True):
                        change[c] = value - back if value is not None else None
                    changes.append(change)
                for batch in _chunks(changes):
                    s.execute(update(entity), batch)
                uow.commit()

    def _move_consultations(self, weeks: dict[int, int]) -> None:
        """Moved consultations keep their hour; a busy specialist hands over to a free
        colleague of the same profession."""
        rows_by_kind: dict[str, list[Any]] = {PSY: [], LEGAL: []}
        with self._uow("caseworker", Permission.WRITE_CLIENTS) as uow:
            for r in uow.session.execute(
                select(
                    Consultation.id,
                    Consultation.client_id,
                    Consultation.kind,
                    Consultation.specialist_id,
                    Consultation.starts_at,
                    Consultation.created_at,
                    Consultation.follow_up_on,
                )
            ):
                if r.client_id not in weeks:
                    self.slots.occupy(r.kind, r.starts_at, r.specialist_id)
                rows_by_kind[r.kind].append(r)
        for kind, who, permission in (
            (PSY, "psychologist", Permission.WRITE_PSY_CONSULTATIONS),
            (LEGAL, "lawyer", Permission.WRITE_LEGAL_CONSULTATIONS),
        ):
            changes = []
            for r in rows_by_kind[kind]:
                n = weeks.get(r.client_id)
                if n is None:
                    continue
                back = timedelta(weeks=n)
                starts = r.starts_at - back
                specialist = r.specialist_id
                if not self.slots.occupy(kind, starts, specialist):
                    specialist = self.slots.free_colleague(kind, starts)
                if specialist is None:  # every colleague busy: the same weekday, a week on
                    while specialist is None:
                        back -= timedelta(weeks=1)
                        starts = r.starts_at - back
                        specialist = self.slots.free_colleague(kind, starts)
                changes.append(
                    {
                        "id": r.id,
                        "starts_at": starts,
                        "specialist_id": specialist,
                        "created_at": r.created_at - back,
                        "follow_up_on": r.follow_up_on - back if r.follow_up_on else None,
                    }
                )
            with self._uow(who, permission) as uow:
                for batch in _chunks(changes):
                    uow.session.execute(update(Consultation), batch)
                uow.commit()

    # -- 2. topping up consultations --------------------------------------------------

    def top_up(self, target: int) -> int:
        """Add consultations until the table holds `target` rows; returns how many."""
        extra = target - self.count(Consultation)
        if extra <= 0:
            return 0
        with self._uow("caseworker", Permission.WRITE_CLIENTS) as uow:
            clients = uow.session.execute(
                select(
                    Client.id,
                    Client.first_contact_on,
                    Client.created_at,
                    Client.archived_at,
                ).order_by(Client.id)
            ).all()
        rng = self.rng
        weights = []
        for c in clients:
            before = min(self.today, c.archived_at.date() if c.archived_at else self.today)
            span = (before - c.first_contact_on).days
            weights.append(rng.expovariate(1.0) * min(1.0, span / 365) if span > 2 else 0.0)
        if not any(weights):
            return 0
        wanted = [0] * len(clients)
        for i in rng.choices(range(len(clients)), weights, k=extra):
            wanted[i] += 1
        added, owed = 0, 0
        for lo in range(0, len(clients), CHUNK):
            chunk = clients[lo : lo + CHUNK]
            counts = wanted[lo : lo + CHUNK]
            if owed:  # slots that could not be found earlier go to this chunk's busiest
                counts[max(range(len(counts)), key=lambda k: weights[lo + k])] += owed
            made = self._top_up_chunk(chunk, counts)
            owed = sum(counts) - made
            added += made
            self.report("consultations", min(lo + CHUNK, len(clients)), len(clients))
        return added

    def _top_up_chunk(self, chunk: Sequence[Any], counts: list[int]) -> int:
        rng, today = self.rng, self.today
        new: list[dict[str, Any]] = []
        topics: list[tuple[str, ...]] = []
        last: dict[int, date] = {}
        for c, n in zip(chunk, counts, strict=True):
            before = min(today, c.archived_at.date() if c.archived_at else today)
            span = (before - c.first_contact_on).days
            for _ in range(n if span > 2 else 0):
                kind = PSY if rng.random() < demo.PSY_SHARE else LEGAL
                offset = 1 + min(span - 2, int(rng.expovariate(1 / EPISODE_DAYS)))
                slot = self.slots.book(kind, c.first_contact_on + timedelta(days=offset), before)
                slot = slot or self.slots.book(kind, c.first_contact_on + timedelta(days=1), before)
                if slot is None:
                    continue
                row, chosen = self._consultation(c, kind, *slot)
                new.append(row)
                topics.append(chosen)
                day = row["starts_at"].date() if row["status"] == HELD else row["created_at"].date()
                last[c.id] = max(last.get(c.id, day), day)
        if not new:
            return 0
        ids = {c.id for c in chunk}
        flips = self._first_or_repeat(min(ids), max(ids), new)
        for kind, who, permission in (
            (PSY, "psychologist", Permission.WRITE_PSY_CONSULTATIONS),
            (LEGAL, "lawyer", Permission.WRITE_LEGAL_CONSULTATIONS),
        ):
            picked = sorted(
                (i for i, r in enumerate(new) if r["kind"] == kind),
                key=lambda i: new[i]["starts_at"],
            )
            with self._uow(who, permission) as uow:
                s = uow.session
                rows = [new[i] for i in picked]
                for batch in _chunks(flips[kind]):
                    s.execute(update(Consultation), batch)
                new_ids = _insert_keyed(s, rows)
                topic_rows = [
                    {"consultation_id": cid, "topic": t}
                    for cid, i in zip(new_ids, picked, strict=True)
                    for t in topics[i]
                ]
                for batch in _chunks(topic_rows):
                    s.execute(insert(cast(Table, ConsultationTopic.__table__)), batch)
                uow.commit()
        with self._uow("caseworker", Permission.WRITE_CLIENTS) as uow:
            s = uow.session
            current = dict(
                s.execute(
                    select(Client.id, Client.last_activity_on).where(
                        Client.id >= min(ids), Client.id <= max(ids)
                    )
                ).all()
            )
            changes = [
                {"id": cid, "last_activity_on": day}
                for cid, day in last.items()
                if day > current[cid]
            ]
            for batch in _chunks(changes):
                s.execute(update(Client), batch)
            uow.commit()
        return len(new)

    def _consultation(
        self, client: Any, kind: str, starts: datetime, specialist: int
    ) -> tuple[dict[str, Any], tuple[str, ...]]:
        """One past consultation, drawn as demo.py draws them."""
        rng = self.rng
        fmt, _, durations = self.pick_format()
        duration = rng.choice(durations)
        if duration <= 45:
            starts += timedelta(minutes=rng.choice((0, 0, 10, 15)))
        row = {
            "client_id": client.id,
            "kind": kind,
            "specialist_id": specialist,
            "starts_at": starts,
            "duration_min": duration,
            "format": fmt.value,
            "is_first": False,
            "outcome": None,
            "follow_up_on": None,
            "note": None,
        }
        r = rng.random()
        if r < 0.88:
            outcome = self.pick_outcome()
            pool = names.PSY_NOTES if kind == PSY else names.LEGAL_NOTES
            k = rng.randint(1, 3)
            chosen: list[str] = []
            while len(chosen) < k:
                topic = self.pick_topic[kind]().value
                if topic not in chosen:
                    chosen.append(topic)
            row.update(
                status=HELD,
                outcome=outcome.value,
                follow_up_on=starts.date() + timedelta(days=rng.randint(7, 28))
                if outcome == ConsultationOutcome.FOLLOW_UP
                else None,
                note=" ".join(rng.sample(pool, rng.randint(1, 3))) if rng.random() < 0.6 else None,
                created_at=starts + timedelta(minutes=duration + rng.randint(5, 120)),
            )
            return row, tuple(sorted(chosen))
        status = ConsultationStatus.NO_SHOW if r < 0.96 else ConsultationStatus.CANCELLED
        booked_on = starts.date() - timedelta(days=rng.randint(1, 10))
        booked = datetime.combine(booked_on, time(rng.randint(8, 18), rng.randint(0, 59)))
        booked = max(booked, client.created_at + timedelta(minutes=10))
        row.update(status=status.value, created_at=booked)
        return row, ()

    def _first_or_repeat(
        self, lo: int, hi: int, new: list[dict[str, Any]]
    ) -> dict[str, list[dict[str, Any]]]:
        """A held consultation is her first of its kind when no held one of that kind
        came before it (in time, then id). Sets the flag on the new rows; returns, per
        kind, the existing rows whose flag changes."""
        with self._uow("caseworker", Permission.WRITE_CLIENTS) as uow:
            existing = uow.session.execute(
                select(
                    Consultation.id,
                    Consultation.client_id,
                    Consultation.kind,
                    Consultation.status,
                    Consultation.starts_at,
                    Consultation.is_first,
                ).where(Consultation.client_id >= lo, Consultation.client_id <= hi)
            ).all()
        timeline: dict[tuple[int, str], list[Any]] = defaultdict(list[Any])
        for r in existing:
            timeline[r.client_id, r.kind].append((r.starts_at, 0, r.id, r))
        # new rows get ids above every existing one, in order of start within a kind
        for seq, row in enumerate(sorted(new, key=lambda r: r["starts_at"])):
            timeline[row["client_id"], row["kind"]].append((row["starts_at"], 1, seq, row))
        flips: dict[str, list[dict[str, Any]]] = {PSY: [], LEGAL: []}
        for (_client, kind), events in timeline.items():
            seen_held = False
            for _at, is_new, _n, item in sorted(events, key=lambda e: e[:3]):
                status = item["status"] if is_new else item.status
                first = status == HELD and not seen_held
                seen_held = seen_held or status == HELD
                if is_new:
                    item["is_first"] = first
                elif item.is_first != first:
                    flips[kind].append({"id": item.id, "is_first": first})
        return flips


def _insert_keyed(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert in batches and read the new ids back by (specialist, start), unique among
    the new rows (one consultation per specialist per hour slot)."""
    table = cast(Table, Consultation.__table__)
    before = session.scalar(select(func.max(table.c.id))) or 0
    for batch in _chunks(rows):
        session.execute(insert(table), batch)
    found = {
        (spec, starts): cid
        for cid, spec, starts in session.execute(
            select(table.c.id, table.c.specialist_id, table.c.starts_at).where(table.c.id > before)
        )
    }
    return [found[r["specialist_id"], r["starts_at"]] for r in rows]
