"""What every part of the demo build shares: the random source, the dates, the picks,
the counts, progress, and units of work of the role that would write the rows."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import date, timedelta
from typing import Any

from .. import demo_names as names
from ..database import Database, SignedInUser, UnitOfWork
from ..errors import Stopped
from ..permissions import Permission
from ..vocabulary import (
    ConsultationKind,
)
from .made import COUNTED
from .parameters import (
    CONSULTATIONS,
    HISTORY_DAYS,
)
from .plan import (
    _Diary,
    _Pick,
    _Plan,
    _Woman,
)


class _BuilderBase:
    # set by _Builder as the build goes: accounts first, then partners and rooms
    users: dict[str, SignedInUser]
    worker: SignedInUser  # the case worker, who writes most rows
    diaries: dict[ConsultationKind, _Diary]
    partner_ids: list[int]
    partners_for: dict[str, list[int]]
    site_ids: list[int]  # the centre first, then the two shelters

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

    def _step(self, n: int) -> None:
        stop = self.db.stop_requested
        if stop is not None and stop.is_set():
            raise Stopped()
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
