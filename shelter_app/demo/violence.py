"""Demo violence casework (issue 15): for some consenting, active clients an alleged
perpetrator (linked to her latest disclosure), a recent appeal with its notifications
(some made in time, some late, a few overdue) and protection orders (some ending within
three days). Made through the services, so every rule and audit entry applies.

Deterministic for a seed and a day: appeal times are fixed hours of `today` and the day
before (so an appeal of yesterday morning left unnotified is overdue when the demo opens).
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from .. import incidents, notifications
from .. import protection_orders as orders
from ..children import family_children
from ..clients import has_consent
from ..database import Database, SignedInUser
from ..incidents import ChildLink, IncidentInput, PerpetratorInput
from ..permissions import Permission
from ..storage.casework_schema import Client
from ..storage.violence_schema import Incident
from ..violence_vocabulary import AgeGroup, IncidentContext, IncidentForm, NoticeMethod, OrderKind
from ..vocabulary import ConsentKind

RELATIONSHIPS = (
    ("spouse", 30),
    ("former_spouse", 18),
    ("partner", 14),
    ("former_partner", 12),
    ("parent", 5),
    ("child", 5),
    ("other_relative", 5),
    ("cohabitant", 3),
    ("acquaintance", 5),
    ("stranger", 3),
)
DESCRIPTIONS = (
    "Високий, коротко стрижений, темна куртка; сірий позашляховик.",
    "Часто чекає біля зупинки навпроти входу; приходить напідпитку.",
    "Працює таксистом, знає адресу її сестри.",
    None,
)
ISSUERS = ("Дарницьке УП ГУНП у м. Києві", "Деснянський районний суд м. Києва")


def add_violence_demo(
    db: Database, worker: SignedInUser, rng: random.Random, today: date, how_many: int
) -> int:
    """Returns how many women got violence casework."""
    noon = datetime.combine(today, time(12, 0))
    chosen = _consenting(db, worker, today, how_many)
    for k, client_id in enumerate(chosen):
        _one(db, worker, rng, today, noon, client_id, k)
    return len(chosen)


def _her_children(
    db: Database, worker: SignedInUser, client_id: int, today: date
) -> tuple[int, ...]:
    kids = family_children(db, worker, client_id)
    return tuple(c.id for c in kids if c.age_on(today) < 18)[:3]


def _consenting(db: Database, worker: SignedInUser, today: date, how_many: int) -> list[int]:
    with db.unit_of_work(worker, Permission.READ_VIOLENCE) as uow:
        s = uow.session
        ids = s.scalars(
            select(Client.id)
            .where(Client.archived_at.is_(None), Client.anonymised_at.is_(None))
            .order_by(Client.last_activity_on.desc(), Client.id)
        ).all()
        found = []
        for cid in ids:
            # her consent must hold on every day the demo writes for her: orders start up
            # to 9 days back, the appeal is yesterday or today
            if all(
                has_consent(s, cid, ConsentKind.SPECIAL_CATEGORY, today - timedelta(days=back))
                for back in range(10)
            ):
                found.append(cid)
                if len(found) == how_many:
                    break
        return found


def _one(
    db: Database,
    worker: SignedInUser,
    rng: random.Random,
    today: date,
    noon: datetime,
    client_id: int,
    k: int,
) -> None:
    total = sum(w for _, w in RELATIONSHIPS)
    pick = rng.uniform(0, total)
    relationship = next(r for r, w in _running(RELATIONSHIPS) if pick <= w)
    perp = incidents.record_perpetrator(
        db,
        worker,
        client_id,
        PerpetratorInput(
            relationship=relationship,
            sex="male" if rng.random() < 0.88 else "female",
            age_group=rng.choice([a.value for a in AgeGroup]),
            lives_with_her=rng.random() < 0.4,
            weapon_access=rng.random() < 0.15,
            earlier_violence=rng.random() < 0.7,
            alcohol_or_drugs=rng.random() < 0.45,
            description=rng.choice(DESCRIPTIONS),
        ),
        today=today,
    )
    with db.unit_of_work(worker, Permission.READ_VIOLENCE) as uow:
        latest = uow.session.scalar(
            select(Incident.id)
            .where(Incident.client_id == client_id)
            .order_by(Incident.disclosed_on.desc(), Incident.id.desc())
            .limit(1)
        )
    if latest is not None:
        incidents.link_perpetrator(db, worker, latest, perp.id, today)
    # a recent appeal: yesterday morning or today
    appealed = datetime.combine(today - timedelta(days=k % 2), time(8 + k % 4, 15 * (k % 4)))
    forms = {rng.choice([f.value for f in IncidentForm][:4]), "psychological"}
    if k % 7 == 3:
        forms.add("stalking")
    children = rng.random() < 0.35
    # her recorded children, when she has some, are named in it (no extra draws: the
    # rest of the demo stays as it was for a seed)
    named = _her_children(db, worker, client_id, today) if children else ()
    incidents.record_incident(
        db,
        worker,
        client_id,
        IncidentInput(
            disclosed_on=appealed.date(),
            forms=frozenset(forms),
            context=IncidentContext.DOMESTIC.value if k % 9 else IncidentContext.WAR_RELATED.value,
            occurred_from=appealed.date() - timedelta(days=rng.randint(0, 3)),
            occurred_to=appealed.date(),
            place_type="home" if rng.random() < 0.8 else "public_place",
            children_witnessed=children,
            children_affected=rng.randint(1, 3) if children else 0,
            reported_to_police=rng.random() < 0.5,
            appealed_at=appealed,
            perpetrator_ids=frozenset({perp.id}),
            children=tuple(ChildLink(c, True, k % 4 == 0) for c in named),
        ),
        now=noon,
    )
    # notices: most made (a few late), some of yesterday's left undone: overdue
    for n in notifications.notifications_of_client(db, worker, client_id):
        if n.done_at is not None or n.due_at - timedelta(hours=24) != appealed:
            continue
        if k % 5 == 1:
            continue  # left for the dashboard
        late = k % 6 == 0 and n.due_at < noon
        done = n.due_at + timedelta(hours=2) if late else appealed + timedelta(hours=2)
        if done > noon:
            continue
        notifications.mark_done(
            db,
            worker,
            n.id,
            done,
            rng.choice([m.value for m in NoticeMethod]),
            f"ЄО {rng.randint(1000, 9999)}" if n.recipient == "police" else None,
            now=noon,
        )
    # orders: an urgent barring order for most, some ending within three days
    if k % 3 != 2:
        start = today - timedelta(days=rng.randint(0, 9))
        end = min(orders.latest_end(OrderKind.URGENT_BARRING, start), today + timedelta(days=k % 5))
        orders.record_order(
            db,
            worker,
            client_id,
            "urgent_barring",
            start,
            start,
            max(end, start),
            ISSUERS[0],
            "Заборона контактувати з постраждалою та наближатися до місця її проживання.",
            perp.id,
            today=today,
        )
    if k % 4 == 0:
        start = today - timedelta(days=rng.randint(20, 170))
        order = orders.record_order(
            db,
            worker,
            client_id,
            "restraining",
            start,
            start,
            orders.latest_end(OrderKind.RESTRAINING, start),
            ISSUERS[1],
            "Заборона перебувати ближче 200 м від місця її проживання та роботи.",
            perp.id,
            today=today,
        )
        if k % 8 == 0:
            orders.record_violation(
                db, worker, order.id, min(today, start + timedelta(days=10)), True, today
            )


def _running(pairs: tuple[tuple[str, int], ...]) -> list[tuple[str, int]]:
    out, acc = [], 0
    for value, weight in pairs:
        acc += weight
        out.append((value, acc))
    return out
