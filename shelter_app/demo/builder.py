"""The demo build from start to end: accounts, partners and rooms, clients and their
casework, courses and events, the shelter, then last activity and the archive."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import update

from .. import demo_names as names
from ..accounts import create_account
from ..database import SignedInUser
from ..permissions import Permission, Role
from ..settings import read_settings
from ..sites import default_site_id
from ..storage.casework_schema import (
    Bed,
    Client,
    Partner,
    Room,
    Site,
)
from ..vocabulary import (
    ConsultationKind,
)
from . import cases, people
from .casework import _Casework
from .parameters import (
    BATCH,
)
from .plan import (
    _Diary,
)
from .programmes import _Programmes
from .shelter import _Shelter
from .violence import add_violence_demo
from .writing import (
    _insert_ids,
)

# --- building ----------------------------------------------------------------------------


class _Builder(_Casework, _Programmes):
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
        self.counts["cases"] = cases.add_cases(self)  # case management (issue 13)
        self._finish()
        people.add_people(self)  # children, men, anonymous contacts (issue 14)
        # issue 15: incidents, perpetrators, orders and notifications for some women
        add_violence_demo(
            self.db, self.worker, self.rng, self.today, max(3, min(40, self.plan.clients // 8))
        )
        self._advance(4)
        return self.counts

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
        """The centre (the site migration 0014 made, renamed) with its rooms, and the two
        shelters at other addresses with theirs; the shelter simulation fills them all."""
        self.bed_room: list[tuple[int, int]] = []  # (bed id, room index)
        self.room_max: list[int] = []
        with self._uow(self.admin, Permission.MANAGE_SETTINGS) as uow:
            s = uow.session
            rules = read_settings(s)
            self.max_stay, self.max_extended = rules.max_stay_days, rules.max_extended_stay_days
            centre = s.get(Site, default_site_id(s))
            assert centre is not None
            centre.name, centre.address = names.CENTRE_SITE[0], names.CENTRE_SITE[2]
            shelter_ids = _insert_ids(
                s,
                Site,
                [
                    {"name": n, "kind": "shelter", "code": c, "address": a, "active": True}
                    for n, c, a, _ in names.SHELTER_SITES
                ],
            )
            layouts = [(centre.id, names.LAYOUT)] + [
                (sid, rooms)
                for sid, (_, _, _, rooms) in zip(shelter_ids, names.SHELTER_SITES, strict=True)
            ]
            self.site_ids = [centre.id, *shelter_ids]
            plan = [(sid, room) for sid, rooms in layouts for room in rooms]
            rooms = [
                {"site_id": sid, "name": n, "max_people": m, "sort_order": i + 1, "active": True}
                for i, (sid, (n, _, m)) in enumerate(plan)
            ]
            room_ids = _insert_ids(s, Room, rooms)
            beds: list[dict[str, Any]] = [
                {"room_id": rid, "label": names.BED_LABELS[b], "active": True}
                for rid, (_, (_, n, _)) in zip(room_ids, plan, strict=True)
                for b in range(n)
            ]
            bed_ids = _insert_ids(s, Bed, beds)
            room_index = {rid: i for i, rid in enumerate(room_ids)}
            self.bed_room = [
                (b, room_index[r["room_id"]]) for b, r in zip(bed_ids, beds, strict=True)
            ]
            self.room_max = [m for _, (_, _, m) in plan]
            s.commit()
        self.counts["sites"] = len(self.site_ids)
        self.counts["rooms"], self.counts["beds"] = len(plan), len(self.bed_room)

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
