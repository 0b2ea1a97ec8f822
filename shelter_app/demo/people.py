"""The demo's people beyond adult women (issue 14): a record for every child on a stay
(named, with a school or kindergarten, some seen by a psychologist), a few percent men
among the clients, a stream of anonymous contacts (dozens a day, some leading to a client
file), and courses run by the demo trainer.

Run by demo.builder._Builder once everything else is written, with the builder's random source,
so the same seed still gives the same database.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update

from ..contact_vocabulary import AgeBand, Caller, Channel, Help
from ..permissions import Permission
from ..search_key import client_search_key, client_sort_key
from ..storage.casework_schema import Client, ClientCategory, Course, Stay, StayChild
from ..storage.people_schema import AnonymousContact, Child, ChildSession
from ..vocabulary import CameVia, District, ReferralType, Sex, ViolenceForm

MEN_SHARE = 0.04
CONTACTS_PER_DAY = 30  # a weekday's mean; weekends have half
BATCH = 5_000

BOYS = ("Олександр", "Максим", "Артем", "Дмитро", "Назар", "Богдан", "Тимофій", "Марко")
GIRLS = ("Софія", "Анна", "Марія", "Вікторія", "Злата", "Соломія", "Дарина", "Поліна")
MEN = ("Андрій", "Сергій", "Олег", "Василь", "Юрій", "Віктор", "Іван", "Михайло")
MEN_PATRONYMICS = ("Іванович", "Петрович", "Миколайович", "Васильович", "Олександрович")
UNISEX_SURNAMES = ("Шевченко", "Коваленко", "Бондаренко", "Ткачук", "Кравчук", "Мельник")

_WEIGHTS: dict[str, list[tuple[Any, int]]] = {
    "channel": [
        (Channel.HOTLINE, 70),
        (Channel.WALK_IN, 12),
        (Channel.ONLINE, 14),
        (Channel.MOBILE_BRIGADE, 4),
    ],
    "caller": [
        (Caller.SELF, 75),
        (Caller.RELATIVE, 12),
        (Caller.PROFESSIONAL, 8),
        (Caller.OTHER, 5),
    ],
    "sex": [(Sex.FEMALE, 86), (Sex.MALE, 9), (Sex.NOT_STATED, 5)],
    "age": [
        (AgeBand.CHILD, 4),
        (AgeBand.A18_24, 12),
        (AgeBand.A25_34, 28),
        (AgeBand.A35_44, 24),
        (AgeBand.A45_59, 14),
        (AgeBand.A60, 6),
        (AgeBand.UNKNOWN, 12),
    ],
}


def add_people(b: Any) -> None:
    """`b` is demo._Builder (its db, users, rng, today, start)."""
    rng: random.Random = b.rng
    with b._uow(b.worker, Permission.WRITE_CLIENTS) as uow:
        s = uow.session
        _children(s, rng, b.today, b.users["psychologist"].account_id)
        _men(s, rng)
        _contacts(s, rng, b.start, b.today, b.users["operator"].account_id)
        trainer = b.users["trainer"].account_id
        courses = s.scalars(select(Course.id).order_by(Course.id)).all()
        mine = [c for c in courses if rng.random() < 0.6]
        if mine:
            s.execute(update(Course).where(Course.id.in_(mine)).values(trainer_account_id=trainer))
        uow.commit()
        b.counts["children"] = s.scalar(select(func.count(Child.id))) or 0
        b.counts["men"] = (
            s.scalar(select(func.count(Client.id)).where(Client.sex == Sex.MALE.value)) or 0
        )
        b.counts["anonymous_contacts"] = s.scalar(select(func.count(AnonymousContact.id))) or 0


def _pick(rng: random.Random, key: str) -> Any:
    values, weights = zip(*_WEIGHTS[key], strict=True)
    return rng.choices(values, weights)[0]


def _children(s: Any, rng: random.Random, today: date, psychologist: int) -> None:
    rows = s.execute(
        select(StayChild.id, StayChild.age_years, StayChild.sex, Stay.client_id)
        .add_columns(Stay.admitted_on, Stay.departed_on)
        .join(Stay, Stay.id == StayChild.stay_id)
        .where(StayChild.child_id.is_(None))
        .order_by(StayChild.id)
    ).all()
    now = datetime.combine(today, time(9))
    sessions = []
    for stay_child_id, age, sex, mother, admitted, departed in rows:
        born = admitted - timedelta(days=365 * age + rng.randint(1, 364))
        name = rng.choice(BOYS if sex == Sex.MALE.value else GIRLS)
        school = None
        if 3 <= age < 6:
            school = f"Дитячий садок № {rng.randint(1, 400)}"
        elif age >= 6:
            school = f"Школа № {rng.randint(1, 320)}"
        child_id = s.execute(
            insert(Child).values(
                guardian_client_id=mother,
                first_name=name,
                birth_date=born,
                birth_date_approximate=False,
                sex=sex,
                school=school,
                created_at=now,
            )
        ).inserted_primary_key[0]
        s.execute(update(StayChild).where(StayChild.id == stay_child_id).values(child_id=child_id))
        last = min(departed or today, today) - timedelta(days=1)
        if age >= 3 and last > admitted and rng.random() < 0.35:
            for _ in range(rng.randint(1, 4)):
                day = admitted + timedelta(days=rng.randint(0, (last - admitted).days))
                sessions.append(
                    {
                        "child_id": child_id,
                        "psychologist_id": psychologist,
                        "held_on": day,
                        "duration_min": rng.choice((30, 45, 45, 60)),
                        "format": "in_person",
                    }
                )
    if sessions:
        s.execute(insert(ChildSession), sessions)


def _men(s: Any, rng: random.Random) -> None:
    """A few clients are men: never one with a stay (the shelter houses women) or a
    category only women have."""
    housed = select(Stay.client_id)
    womanly = select(ClientCategory.client_id).where(ClientCategory.category == "pregnant")
    candidates = s.execute(
        select(Client.id, Client.code, Client.last_name)
        .where(Client.id.not_in(housed), Client.id.not_in(womanly))
        .order_by(Client.id)
    ).all()
    rows = []
    for client_id, code, surname in candidates:
        if rng.random() >= MEN_SHARE:
            continue
        first, patronymic = rng.choice(MEN), rng.choice(MEN_PATRONYMICS)
        last = (
            surname
            if surname.endswith(("енко", "ук", "юк", "ник"))
            else rng.choice(UNISEX_SURNAMES)
        )
        rows.append(
            {
                "id": client_id,
                "sex": Sex.MALE.value,
                "first_name": first,
                "patronymic": patronymic,
                "last_name": last,
                "search_key": client_search_key(code, last, first, patronymic),
                "sort_key": client_sort_key(last, first, patronymic),
            }
        )
    for i in range(0, len(rows), BATCH):
        s.execute(update(Client), rows[i : i + BATCH])


def _contacts(s: Any, rng: random.Random, start: date, today: date, operator: int) -> None:
    """Dozens a day; a client who came via the hotline had a contact on her first day,
    linked to her file."""
    via_hotline = dict(
        s.execute(
            select(Client.id, Client.first_contact_on).where(
                Client.came_via == CameVia.HOTLINE.value
            )
        ).all()
    )
    districts = list(District)
    rows: list[dict[str, Any]] = []
    day = start
    while day < today:
        mean = CONTACTS_PER_DAY if day.weekday() < 5 else CONTACTS_PER_DAY // 2
        for _ in range(max(0, round(rng.gauss(mean, mean**0.5)))):
            rows.append(_contact(rng, day, operator, districts, None))
        day += timedelta(days=1)
    for client_id, first in sorted(via_hotline.items()):
        if start <= first < today:
            rows.append(_contact(rng, first, operator, districts, client_id))
    rows.sort(key=lambda r: r["at"])
    for i in range(0, len(rows), BATCH):
        s.execute(insert(AnonymousContact), rows[i : i + BATCH])


def _contact(
    rng: random.Random, day: date, operator: int, districts: list[District], client: int | None
) -> dict[str, Any]:
    helps = {Help.INFORMATION} if rng.random() < 0.6 else set()
    if rng.random() < 0.55:
        helps.add(Help.COUNSELLING)
    if rng.random() < 0.12:
        helps.add(Help.CRISIS_SUPPORT)
    referred = None
    if rng.random() < 0.18:
        helps.add(Help.REFERRAL)
        referred = rng.choice(list(ReferralType)).value
    forms = [
        f.value
        for f in ViolenceForm
        if rng.random() < (0.7 if f.value == "psychological" else 0.25)
    ]
    return {
        "at": datetime.combine(day, time(rng.randint(8, 21), rng.randint(0, 59))),
        "channel": _pick(rng, "channel").value,
        "duration_min": max(1, round(rng.expovariate(1 / 11))),
        "caller": _pick(rng, "caller").value,
        "sex": _pick(rng, "sex").value,
        "age_band": _pick(rng, "age").value,
        "district": rng.choice(districts).value,
        "forms": ",".join(forms),
        "help": ",".join(h.value for h in Help if h in helps),
        "referred_to": referred,
        "note": None,
        "client_id": client,
        "logged_by": operator,
    }
