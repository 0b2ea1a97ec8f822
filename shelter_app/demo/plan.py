"""Planning a demo: accounts for its size, specialists' diaries, the women and their
families, weighted draws."""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from .. import demo_names as names
from .parameters import (
    ADMIN_USERNAME,
    BOOKING_DAYS,
    CONSULTATIONS,
    HISTORY_DAYS,
    HOURS,
    OLD_CLIENTS,
    PSY_SHARE,
    SLOT_USE,
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
