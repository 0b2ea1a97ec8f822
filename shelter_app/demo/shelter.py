"""The demo's shelter: day by day, requests, admissions with children, extensions,
moves, departures, the waiting list and turn-aways; no bed held twice on a night."""

from __future__ import annotations

import bisect
import math
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ..permissions import Permission
from ..storage.casework_schema import (
    BedAssignment,
    Stay,
    StayChild,
    StayExtension,
    TurnAway,
    WaitingListEntry,
)
from ..vocabulary import (
    Sex,
    TurnAwayReason,
)
from .parameters import (
    HISTORY_DAYS,
    MAX_STAY_KIDS,
    PLANNING_DAYS,
)
from .plan import (
    _Woman,
)
from .writing import (
    _insert,
    _insert_ids,
)

if TYPE_CHECKING:
    from .builder import _Builder


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
