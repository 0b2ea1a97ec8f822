"""The anonymous-contact log: hotline calls, walk-ins, online and mobile-brigade contacts
recorded without identity, so a caller who gives no name creates no fake client.

Nothing here asks for a name or phone. The one free-text field, a short note, is refused
if it looks like a phone number and is never read by the summaries (`count_contacts`
reads codes only). A contact can later be linked to the client file she opened; only
staff who may see both make that link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .client_lookup import require_client
from .contact_vocabulary import AgeBand, Caller, Channel, Help
from .database import Database, SignedInUser, utcnow
from .errors import InvalidInput
from .permissions import Permission
from .storage.people_schema import AnonymousContact
from .validation import (
    choice,
    choices_of,
    date_not_before,
    int_in_range,
    is_id,
    optional_text,
    valid_date,
    valid_datetime,
)
from .vocabulary import District, ReferralType, Sex, ViolenceForm

NOTE_MAX = 300
DURATION_MAX = 600  # minutes
RECENT_MAX = 500
_PHONE_LIKE = re.compile(r"(?:\d[\s\-()]*){7,}")


@dataclass(frozen=True)
class ContactRecord:
    id: int
    at: datetime
    channel: str
    duration_min: int
    caller: str
    sex: str
    age_band: str
    district: str
    forms: tuple[str, ...]
    help: tuple[str, ...]
    referred_to: str | None
    note: str | None
    became_client: bool


@dataclass(frozen=True)
class ContactCounts:
    """Appeals of a period, by code; `total` is contacts, not people."""

    total: int
    by_channel: dict[str, int]
    by_sex: dict[str, int]
    by_help: dict[str, int]
    became_clients: int


def log_contact(
    db: Database,
    user: SignedInUser,
    *,
    channel: str,
    duration_min: int,
    caller: str,
    sex: str,
    age_band: str,
    district: str,
    forms: object = (),
    help: object = (),
    referred_to: str | None = None,
    note: str | None = None,
    at: datetime | None = None,
) -> ContactRecord:
    """One contact, durably saved with its audit entry; `at` defaults to now."""
    row = _clean(
        at if at is not None else datetime.now().replace(microsecond=0),
        channel,
        duration_min,
        caller,
        sex,
        age_band,
        district,
        forms,
        help,
        referred_to,
        note,
    )
    with db.unit_of_work(user, Permission.LOG_ANON_CONTACTS, write=True) as uow:
        row.logged_by = uow.actor.account_id
        uow.session.add(row)
        uow.session.flush()
        uow.audit("contact.logged", "anonymous_contact", row.id, detail={"channel": row.channel})
        result = _record(row)
        uow.commit()
        return result


def recent_contacts(
    db: Database, user: SignedInUser, limit: int = 100, before_id: int | None = None
) -> list[ContactRecord]:
    """Newest first; `before_id` pages on (keyset: every page costs the same)."""
    count = int_in_range(limit, "limit", 1, RECENT_MAX)
    with db.unit_of_work(user, Permission.READ_ANON_CONTACTS) as uow:
        query = select(AnonymousContact).order_by(
            AnonymousContact.at.desc(), AnonymousContact.id.desc()
        )
        if before_id is not None:
            if not is_id(before_id):
                raise InvalidInput(
                    QCoreApplication.translate("contacts", "No such contact."), "contact"
                )
            last = uow.session.get(AnonymousContact, before_id)
            if last is None:
                raise InvalidInput(
                    QCoreApplication.translate("contacts", "No such contact."), "contact"
                )
            query = query.where(
                (AnonymousContact.at < last.at)
                | ((AnonymousContact.at == last.at) & (AnonymousContact.id < last.id))
            )
        rows = uow.session.execute(query.limit(count)).scalars().all()
        return [_record(r) for r in rows]


def link_to_client(
    db: Database, user: SignedInUser, contact_id: int, client_id: int | None
) -> ContactRecord:
    """She became a client (or the link was wrong: None removes it)."""
    with db.unit_of_work(user, Permission.LINK_ANON_CONTACTS, write=True) as uow:
        s = uow.session
        row = s.get(AnonymousContact, contact_id) if is_id(contact_id) else None
        if row is None:
            raise InvalidInput(
                QCoreApplication.translate("contacts", "No such contact."), "contact"
            )
        if client_id is None:
            row.client_id = None
        else:
            row.client_id = require_client(s, client_id, for_new_activity=False).id
        uow.audit("contact.linked", "anonymous_contact", row.id, detail={"linked": bool(client_id)})
        result = _record(row)
        uow.commit()
        return result


def contact_counts(db: Database, user: SignedInUser, start: date, end: date) -> ContactCounts:
    """From `start` to `end` inclusive."""
    first, last = valid_date(start, "start"), valid_date(end, "end")
    date_not_before(last, first, "end")
    with db.unit_of_work(user, Permission.READ_COUNTS) as uow:
        return count_contacts(uow.session, first, last)


def count_contacts(s: Session, first: date, last: date) -> ContactCounts:
    """contact_counts inside a unit of work the caller holds (the summaries use it).
    Reads codes only: the note never leaves the log."""
    since = datetime.combine(first, time.min)
    until = datetime.combine(last, time.min) + timedelta(days=1)
    in_period = (AnonymousContact.at >= since) & (AnonymousContact.at < until)

    def by(column: object) -> dict[str, int]:
        rows = s.execute(
            select(column, func.count()).where(in_period).group_by(column)  # type: ignore[call-overload]
        ).all()
        return {code: n for code, n in rows}

    by_channel = by(AnonymousContact.channel)
    helps: dict[str, int] = dict.fromkeys((h.value for h in Help), 0)
    for (codes,) in s.execute(select(AnonymousContact.help).where(in_period)).all():
        for code in filter(None, codes.split(",")):
            helps[code] = helps.get(code, 0) + 1
    linked = s.execute(
        select(func.count()).where(in_period, AnonymousContact.client_id.is_not(None))
    ).scalar_one()
    return ContactCounts(
        total=sum(by_channel.values()),
        by_channel=by_channel,
        by_sex=by(AnonymousContact.sex),
        by_help=helps,
        became_clients=linked,
    )


# --- helpers --------------------------------------------------------------------------


def _clean(
    at: object,
    channel: object,
    duration_min: object,
    caller: object,
    sex: object,
    age_band: object,
    district: object,
    forms: object,
    help: object,
    referred_to: object,
    note: object,
) -> AnonymousContact:
    when = valid_datetime(at, "at")
    if when > utcnow() + timedelta(days=1):
        raise InvalidInput(
            QCoreApplication.translate("contacts", "The contact cannot be in the future."), "at"
        )
    helps = choices_of(Help, help, "help")
    chosen_forms = choices_of(ViolenceForm, forms, "forms")
    target = None if referred_to in (None, "") else choice(ReferralType, referred_to, "referred_to")
    if (Help.REFERRAL in helps) != (target is not None):
        raise InvalidInput(
            QCoreApplication.translate(
                "contacts",
                "A referral needs the service the person was referred to, and only a referral "
                "has one.",
            ),
            "referred_to",
        )
    note_ = optional_text(note, "note", NOTE_MAX)  # type: ignore[arg-type]
    if note_ is not None and _PHONE_LIKE.search(note_):
        raise InvalidInput(
            QCoreApplication.translate(
                "contacts",
                "The note must not hold a phone number or anything else that identifies.",
            ),
            "note",
        )
    return AnonymousContact(
        at=when,
        channel=choice(Channel, channel, "channel").value,
        duration_min=int_in_range(duration_min, "duration", 0, DURATION_MAX),
        caller=choice(Caller, caller, "caller").value,
        sex=choice(Sex, sex, "sex").value,
        age_band=choice(AgeBand, age_band, "age_band").value,
        district=choice(District, district, "district").value,
        forms=",".join(f.value for f in ViolenceForm if f in chosen_forms),  # list order
        help=",".join(h.value for h in Help if h in helps),
        referred_to=target.value if target else None,
        note=note_,
    )


def _record(row: AnonymousContact) -> ContactRecord:
    return ContactRecord(
        id=row.id,
        at=row.at,
        channel=row.channel,
        duration_min=row.duration_min,
        caller=row.caller,
        sex=row.sex,
        age_band=row.age_band,
        district=row.district,
        forms=tuple(filter(None, row.forms.split(","))),
        help=tuple(filter(None, row.help.split(","))),
        referred_to=row.referred_to,
        note=row.note,
        became_client=row.client_id is not None,
    )
