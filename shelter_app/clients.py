"""Clients: intake, the client card, edits with history, archive, search as you type,
likely duplicates and consent records.

Names, birth date and phone are identifying: they leave the database only in cards and
summaries, never in messages or audit entries (which carry ids and field names). Names
and phone are sealed under the IDENTITY compartment (shelter_app.sealed_columns), so
search runs on an in-memory directory of folded names (shelter_app.client_directory)
opened with the caller's IDENTITY key; codes, district and categories filter in SQL.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from shelter_app.i18n import fill

from .client_lookup import require_client, touch
from .compartments import Compartment, CompartmentKeys
from .database import Database, SignedInUser, utcnow
from .errors import CompartmentLocked, InvalidInput
from .permissions import Permission, allowed, compartments_of
from .search_key import client_search_key, client_sort_key, fold, query_words
from .storage.casework_schema import (
    Client,
    ClientCategory,
    ClientChange,
    Consent,
    Enrolment,
    Stay,
)
from .storage.schema import Account
from .storage.sealing import keys_of_session, opened
from .validation import (
    choice,
    choices_of,
    date_not_before,
    id_or_none,
    int_in_range,
    optional_text,
    refuse_lone_surrogates,
    required_text,
    valid_date,
)
from .vocabulary import CameVia, Category, Citizenship, ConsentKind, District, Sex

NAME_MAX = 80
MIN_AGE, MAX_AGE = 14, 110  # clients are women (and girls from 14) who seek help themselves
PHONE_MAX = 32
PHONE_DIGITS = (7, 20)
MAX_PAGE = 500
MAX_QUERY = 200
_NAME_MARKS = "'’ʼ`- "
_PHONE_CHARS = frozenset("0123456789+ ()-")
_DIGITS = frozenset("0123456789")

# --- what services take and return -------------------------------------------------------


@dataclass(frozen=True)
class ClientForm:
    """What the intake and edit forms hold. Codes are vocabulary values."""

    last_name: str
    first_name: str
    patronymic: str | None = None
    birth_date: date | None = None
    birth_year: int | None = None  # only when she gives no full date
    sex: str = Sex.FEMALE.value
    citizenship: str = Citizenship.UKRAINE.value
    phone: str | None = None
    safe_to_call: bool = False
    safe_to_text: bool = False
    district: str = District.NOT_STATED.value
    categories: frozenset[str] = frozenset()
    came_via: str = CameVia.SELF.value
    first_contact_on: date | None = None  # today when not given


@dataclass(frozen=True)
class ClientSummary:
    """One row of a client list: enough to recognise her, nothing more."""

    id: int
    code: str
    display_name: str
    age: int | None
    birth_year: int | None
    district: str
    last_activity_on: date
    archived: bool


@dataclass(frozen=True)
class ConsentRecord:
    id: int
    client_id: int
    kind: str
    given_on: date
    withdrawn_on: date | None
    recorded_by: int

    def valid_on(self, day: date) -> bool:
        return self.given_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)


@dataclass(frozen=True)
class ClientCard:
    id: int
    code: str
    last_name: str
    first_name: str
    patronymic: str | None
    birth_date: date | None
    birth_year: int | None
    sex: str
    citizenship: str
    phone: str | None
    safe_to_call: bool
    safe_to_text: bool
    district: str
    categories: frozenset[str]
    came_via: str
    first_contact_on: date
    last_activity_on: date
    archived: bool
    version: int
    consents: tuple[ConsentRecord, ...]
    possible_duplicates: tuple[ClientSummary, ...] = field(default=(), compare=False)

    def form(self) -> ClientForm:
        """The card as an edit form starts out."""
        return ClientForm(
            last_name=self.last_name,
            first_name=self.first_name,
            patronymic=self.patronymic,
            birth_date=self.birth_date,
            birth_year=None if self.birth_date else self.birth_year,
            sex=self.sex,
            citizenship=self.citizenship,
            phone=self.phone,
            safe_to_call=self.safe_to_call,
            safe_to_text=self.safe_to_text,
            district=self.district,
            categories=self.categories,
            came_via=self.came_via,
            first_contact_on=self.first_contact_on,
        )


@dataclass(frozen=True)
class ClientChangeRecord:
    id: int
    at: datetime
    account_id: int
    account_name: str
    field: str
    old_value: str | None
    new_value: str | None


# --- intake and edits ----------------------------------------------------------------------


def create_client(
    db: Database, user: SignedInUser, form: ClientForm, today: date | None = None
) -> ClientCard:
    """Register a new client. A likely duplicate does not stop intake (two women may
    share a name and a birthday); it comes back in `possible_duplicates` for a warning."""
    today = today or date.today()
    clean = _clean_form(form, today)
    with db.unit_of_work(user, Permission.WRITE_CLIENTS, write=True) as uow:
        s = uow.session
        now = utcnow()
        code = _next_code(s, clean["first_contact_on"].year)
        client = Client(
            code=code,
            last_activity_on=clean["first_contact_on"],
            created_at=now,
            updated_at=now,
            version=1,
            **{k: v for k, v in clean.items() if k != "categories"},
        )
        client.search_key = _search_key(client)
        client.sort_key = _sort_key(client)
        s.add(client)
        s.flush()
        s.add_all(ClientCategory(client_id=client.id, category=c) for c in clean["categories"])
        duplicates = _duplicates(
            s,
            client.last_name,
            client.first_name,
            client.birth_date or client.birth_year,
            today,
            exclude_id=client.id,
        )
        uow.audit(
            "client.created",
            "client",
            client.id,
            detail={"possible_duplicates": len(duplicates)},
        )
        card = _card(s, client, today, duplicates)
        uow.commit()
        return card


def update_client(
    db: Database,
    user: SignedInUser,
    client_id: int,
    form: ClientForm,
    expected_version: int,
    today: date | None = None,
) -> ClientCard:
    """Save an edited card. `expected_version` is the version the form was opened at: if
    someone saved in between, the edit is refused rather than silently overwriting hers."""
    today = today or date.today()
    clean = _clean_form(form, today)
    with db.unit_of_work(user, Permission.WRITE_CLIENTS, write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=True)
        if isinstance(expected_version, bool) or expected_version != client.version:
            raise InvalidInput(
                QCoreApplication.translate(
                    "clients",
                    "Someone else saved this client's record while you were editing it. "
                    "Reopen the record to see the changes, then edit again.",
                ),
                "version",
            )
        changes = _apply(s, client, clean)
        if changes:
            now = utcnow()
            s.add_all(
                ClientChange(
                    client_id=client.id,
                    at=now,
                    account_id=user.account_id,
                    field=name,
                    old_value=old,
                    new_value=new,
                )
                for name, old, new in changes
            )
            client.search_key = _search_key(client)
            client.sort_key = _sort_key(client)
            if {"last_name", "first_name", "patronymic"} & {name for name, _, _ in changes}:
                shown = display_name(client.last_name, client.first_name, client.patronymic)
                for enrolment in s.scalars(
                    select(Enrolment).where(Enrolment.client_id == client.id)
                ):
                    enrolment.roster_name = shown  # the trainers' copy (COURSE_LISTS)
            client.version += 1
            client.updated_at = now
            touch(client, client.first_contact_on)
            s.flush()
            uow.audit(
                "client.updated",
                "client",
                client.id,
                detail={"fields": [name for name, _, _ in changes]},
            )
        card = _card(s, client, today)
        uow.commit()
        return card


def archive_client(db: Database, user: SignedInUser, client_id: int) -> ClientSummary:
    """Take her out of everyday lists; nothing is deleted (see retention for that)."""
    with db.unit_of_work(user, Permission.WRITE_CLIENTS, write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        if client.archived_at is not None:
            raise InvalidInput(
                QCoreApplication.translate("clients", "This client's record is already archived."),
                "client",
            )
        open_stay = s.scalar(
            select(Stay.id).where(Stay.client_id == client.id, Stay.departed_on.is_(None))
        )
        if open_stay is not None:
            raise InvalidInput(
                QCoreApplication.translate(
                    "clients",
                    "She has a stay in the shelter that has not ended; record her departure "
                    "before archiving.",
                ),
                "client",
            )
        client.archived_at = utcnow()
        client.version += 1
        uow.audit("client.archived", "client", client.id)
        summary = _summary(client, date.today())
        uow.commit()
        return summary


def restore_client(db: Database, user: SignedInUser, client_id: int) -> ClientSummary:
    with db.unit_of_work(user, Permission.WRITE_CLIENTS, write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        if client.archived_at is None:
            raise InvalidInput(
                QCoreApplication.translate("clients", "This client's record is not archived."),
                "client",
            )
        client.archived_at = None
        client.version += 1
        uow.audit("client.restored", "client", client.id)
        summary = _summary(client, date.today())
        uow.commit()
        return summary


# --- reading --------------------------------------------------------------------------------


def get_client(
    db: Database, user: SignedInUser, client_id: int, today: date | None = None
) -> ClientCard:
    """The full card; opening it is audited (who looked at whom)."""
    with db.unit_of_work(user, Permission.READ_CLIENTS, write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        card = _card(s, client, today or date.today())
        uow.audit("client.viewed", "client", client.id)
        uow.commit()
        return card


def client_history(db: Database, user: SignedInUser, client_id: int) -> list[ClientChangeRecord]:
    """Every change to her card, newest first. Old values are identity data: audited."""
    with db.unit_of_work(user, Permission.READ_CLIENTS, write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        rows = s.execute(
            select(ClientChange, Account.display_name)
            .join(Account, Account.id == ClientChange.account_id)
            .where(ClientChange.client_id == client.id)
            .order_by(ClientChange.at.desc(), ClientChange.id.desc())
        ).all()
        uow.audit("client.history_viewed", "client", client.id)
        uow.commit()
        return [
            ClientChangeRecord(c.id, c.at, c.account_id, name, c.field, c.old_value, c.new_value)
            for c, name in rows
        ]


def search_clients(
    db: Database,
    user: SignedInUser,
    text: str,
    *,
    include_archived: bool = False,
    district: str | None = None,
    category: str | None = None,
    limit: int = 50,
    offset: int = 0,
    after: int | None = None,
    today: date | None = None,
    codes_only: bool = False,
    order: str = "name",
    descending: bool = False,
) -> list[ClientSummary]:
    """Search as you type over code and names: each typed word must begin a word of the
    folded key. Empty text lists everyone, a page at a time, in Ukrainian alphabetical
    order. Each page is one audit entry ("clients.listed"): which clients it showed (by
    id) and the shape of the query (how many words, the filters, first or later page),
    never the typed text; paging through every client leaves a trace.

    `after` is the id of the last client already shown: the page starts right after her
    (keyset paging, so the 1,000th page costs what the first does; `offset` re-reads every
    row before it).

    `codes_only`: the rows carry the code and last contact only — no name, age or
    district (a list open on a shared screen before she typed, settings.ClientListOpens).

    `order` is a key of ORDERS (a column of the list); the sort is done here, in the
    database, so a click on a header of a 100,000-row list reads one page."""
    where = _search_filter(text, include_archived, district, category)  # refuses a non-text
    refuse_lone_surrogates(text, "text")
    limit_ = int_in_range(limit, "limit", 1, MAX_PAGE)
    offset_ = int_in_range(offset, "offset", 0, 2**62)
    if not isinstance(order, str) or order not in ORDERS or not isinstance(descending, bool):
        raise InvalidInput(QCoreApplication.translate("clients", "Unknown order."), "order")
    after_ = None if after is None else id_or_none(after)
    with db.unit_of_work(user, Permission.READ_CLIENTS, write=True) as uow:
        s = uow.session
        db.client_directory.refresh(s, uow.keys)
        among = _among(s, where)
        words = _words(text)
        archived = bool(include_archived)
        if order == "name" and not descending:
            ids = db.client_directory.page(words, archived, among, after_, limit_, offset_)
        else:
            matches = db.client_directory.matching(words, archived, among)
            ids = _ordered_page(s, matches, order, descending, after_, limit_, offset_)
        if ids is None:
            raise InvalidInput(QCoreApplication.translate("clients", "No such client."), "after")
        rows = _listed(s, uow.keys, ids, codes_only is True, today or date.today())
        shown = [i for i in ids if i in rows]
        page = [rows[i] for i in shown]
        # one entry per page shown: who looked at whom, never what was typed
        uow.audit(
            "clients.listed",
            detail={
                "words": len(words),
                "archived": include_archived,
                "district": district,
                "category": category,
                "order": order,
                "page": "next" if after is not None or offset_ else "first",
                "ids": shown,
            },
        )
        uow.commit()
        return page


def _listed(
    session: Session, keys: CompartmentKeys, ids: list[int], codes_only: bool, day: date
) -> dict[int, ClientSummary]:
    """The rows of one page by id, read as columns and opened here: loading 100 ORM
    objects (each opening its phone too) cost a search more than finding the page."""
    listed = (Client.id, Client.code, Client.last_activity_on, Client.archived_at.is_not(None))
    if codes_only:
        codes = select(*listed).where(Client.id.in_(ids))
        return {
            cid: ClientSummary(cid, code, "", None, None, "", last, archived)
            for cid, code, last, archived in session.execute(codes)
        }
    query = select(
        *listed,
        Client.last_name,
        Client.first_name,
        Client.patronymic,
        Client.birth_date,
        Client.birth_year,
        Client.district,
    ).where(Client.id.in_(ids))
    out = {}
    for cid, code, last, archived, ln, fn, pn, born, year, district in session.execute(query):
        name = display_name(
            opened(keys, "clients", "last_name", cid, ln),
            opened(keys, "clients", "first_name", cid, fn),
            opened(keys, "clients", "patronymic", cid, pn),
        )
        age = age_on(born, day) if born else None
        out[cid] = ClientSummary(cid, code, name, age, year, district, last, archived)
    return out


def _ordered_page(
    session: Session,
    found: list[int],
    order: str,
    descending: bool,
    after: int | None,
    limit: int,
    offset: int,
) -> list[int] | None:
    """A page of `found` (ids in name order) in another order. Names are sealed, so the
    name order comes from the directory; the other columns are plain and sorted here,
    from one read of their keys (a header click on 100,000 clients reads two columns)."""
    if order == "name":
        ordered = found[::-1]
    else:
        wanted = set(found)
        keyed = [
            (tuple(row[1:]), row[0])
            for row in session.execute(select(Client.id, *ORDERS[order]()))
            if row[0] in wanted
        ]
        keyed.sort(key=lambda kv: (tuple(_none_last(v) for v in kv[0]), kv[1]), reverse=descending)
        ordered = [cid for _key, cid in keyed]
    start = 0
    if after is not None:
        try:
            start = ordered.index(after) + 1
        except ValueError:
            return None
    return ordered[start + offset : start + offset + limit]


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None, value if value is not None else 0)


# the client list's sortable columns: the key expressions each one sorts by (then by id)
ORDERS: dict[str, Callable[[], tuple[Any, ...]]] = {
    "name": lambda: (),  # sealed: the client directory's order
    "code": lambda: (func.length(Client.code), Client.code),  # K-2026-9999 < K-2026-10000
    "age": lambda: (-func.coalesce(Client.birth_year, 0),),  # youngest first, unknown last
    "last_contact": lambda: (Client.last_activity_on,),
}


def prepare_search(db: Database, user: SignedInUser) -> bool:
    """Open the names for search as you type now (the worker's first job after sign-in),
    so that the window is usable at once and her first keystroke does not wait for it.
    Nobody is shown, so nothing is audited. False for a role that does not list clients
    or lacks the identity key (nothing to prepare; nothing refused)."""
    if not allowed(user.role, Permission.READ_CLIENTS) or Compartment.IDENTITY not in (
        compartments_of(user.role)
    ):
        return False
    with db.unit_of_work(user, Permission.READ_CLIENTS) as uow:
        if uow.keys.key(Compartment.IDENTITY) is None:
            return False
        db.client_directory.refresh(uow.session, uow.keys)
        return True


def search_prepared(db: Database) -> bool:
    """Whether search as you type is ready (False: the first search opens the names
    first; the list says so meanwhile). Reads nothing from the database."""
    return db.client_directory.built


def count_clients(
    db: Database,
    user: SignedInUser,
    text: str = "",
    *,
    include_archived: bool = False,
    district: str | None = None,
    category: str | None = None,
) -> int:
    """How many rows search_clients would page through (for the list model)."""
    where = _search_filter(text, include_archived, district, category)
    with db.unit_of_work(user, Permission.READ_CLIENTS) as uow:
        db.client_directory.refresh(uow.session, uow.keys)
        among = _among(uow.session, where)
        return db.client_directory.count(_words(text), bool(include_archived), among)


def find_duplicates(
    db: Database,
    user: SignedInUser,
    last_name: str,
    first_name: str,
    birth: date | int | None,
    *,
    exclude_id: int | None = None,
    today: date | None = None,
) -> list[ClientSummary]:
    """Clients who may be the woman at intake: the same birth date (or year, when only a
    year is known) and a similar name. Archived clients count: she may be coming back.
    A lookup that shows someone is audited like a page of the list ("clients.listed",
    the ids only): typing names and birth dates into the intake form is a search too."""
    if not isinstance(last_name, str) or not isinstance(first_name, str):
        return []
    if isinstance(birth, bool | datetime) or not isinstance(birth, date | int):
        return []
    if isinstance(birth, int) and not 1800 <= birth <= 9999:
        return []
    with db.unit_of_work(user, Permission.READ_CLIENTS, write=True) as uow:
        if not uow.keys.holds(Compartment.IDENTITY):
            raise CompartmentLocked(Compartment.IDENTITY.value)
        found = list(
            _duplicates(
                uow.session,
                last_name,
                first_name,
                birth,
                today or date.today(),
                exclude_id=id_or_none(exclude_id),
            )
        )
        if found:
            uow.audit(
                "clients.listed",
                detail={"page": "duplicates", "ids": [c.id for c in found]},
            )
            uow.commit()
        return found


# --- consents ------------------------------------------------------------------------------


def record_consent(
    db: Database,
    user: SignedInUser,
    client_id: int,
    kind: str,
    given_on: date,
    today: date | None = None,
) -> ConsentRecord:
    today = today or date.today()
    kind_ = choice(ConsentKind, kind, "kind")
    day = valid_date(given_on, "given_on", not_after=today)
    with db.unit_of_work(user, Permission.WRITE_CLIENTS, write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=True)
        current = s.scalar(
            select(Consent.id).where(
                Consent.client_id == client.id,
                Consent.kind == kind_.value,
                or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > day),
            )
        )
        if current is not None:
            raise InvalidInput(
                QCoreApplication.translate(
                    "clients", "She already has this consent on record and has not withdrawn it."
                ),
                "kind",
            )
        row = Consent(
            client_id=client.id,
            kind=kind_.value,
            given_on=day,
            withdrawn_on=None,
            recorded_by=user.account_id,
        )
        s.add(row)
        touch(client, day)
        s.flush()
        uow.audit(
            "consent.recorded",
            "consent",
            row.id,
            detail={"client_id": client.id, "kind": kind_.value},
        )
        record = _consent(row)
        uow.commit()
        return record


def withdraw_consent(
    db: Database,
    user: SignedInUser,
    consent_id: int,
    withdrawn_on: date,
    today: date | None = None,
) -> ConsentRecord:
    """Her withdrawal is recorded even when her record is archived: it is her right."""
    today = today or date.today()
    day = valid_date(withdrawn_on, "withdrawn_on", not_after=today)
    with db.unit_of_work(user, Permission.WRITE_CLIENTS, write=True) as uow:
        s = uow.session
        cid = id_or_none(consent_id)
        row = s.get(Consent, cid) if cid is not None else None
        if row is not None:
            require_client(s, row.client_id, for_new_activity=False)
        else:
            raise InvalidInput(
                QCoreApplication.translate("clients", "No such consent record."), "consent"
            )
        if row.withdrawn_on is not None:
            raise InvalidInput(
                QCoreApplication.translate("clients", "This consent was already withdrawn."),
                "consent",
            )
        date_not_before(day, row.given_on, "withdrawn_on")
        row.withdrawn_on = day
        uow.audit(
            "consent.withdrawn",
            "consent",
            row.id,
            detail={"client_id": row.client_id, "kind": row.kind},
        )
        record = _consent(row)
        uow.commit()
        return record


def has_consent(session: Session, client_id: int, kind: ConsentKind | str, on_date: date) -> bool:
    """A consent of `kind` given on or before `on_date` and not withdrawn by then. For
    services inside a unit of work (referrals, safety)."""
    found = session.scalar(
        select(Consent.id)
        .where(
            Consent.client_id == client_id,
            Consent.kind == ConsentKind(kind).value,
            Consent.given_on <= on_date,
            or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > on_date),
        )
        .limit(1)
    )
    return found is not None


# --- internal helpers (take the session; never open a unit of work) -----------------------


def age_on(birth_date: date, day: date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def edit_distance(a: str, b: str, cap: int = 3) -> int:
    """Levenshtein distance, stopping at `cap` (difflib has ratios, not distances)."""
    if abs(len(a) - len(b)) >= cap:
        return cap
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) >= cap:
            return cap
        previous = current
    return min(previous[-1], cap)


def names_similar(last_a: str, first_a: str, last_b: str, first_b: str) -> bool:
    """Same folded surname (a new first-name spelling), or the whole name within two
    typing slips, in either order (staff sometimes swap the two fields)."""
    la, fa, lb, fb = fold(last_a), fold(first_a), fold(last_b), fold(first_b)
    if la and la == lb:
        return True
    whole = f"{la} {fa}"
    return edit_distance(whole, f"{lb} {fb}") <= 2 or edit_distance(whole, f"{fb} {lb}") <= 2


def _duplicates(
    session: Session,
    last_name: str,
    first_name: str,
    birth: date | int | None,
    today: date,
    *,
    exclude_id: int | None = None,
) -> tuple[ClientSummary, ...]:
    if birth is None:
        return ()
    if isinstance(birth, date):
        same_birth = or_(
            Client.birth_date == birth,
            Client.birth_date.is_(None) & (Client.birth_year == birth.year),
        )
    else:
        same_birth = Client.birth_year == birth
    query = select(Client.id, Client.last_name, Client.first_name).where(
        same_birth, Client.anonymised_at.is_(None)
    )
    if exclude_id is not None:
        query = query.where(Client.id != exclude_id)
    keys = keys_of_session(session)
    matches = [
        cid
        for cid, last, first in session.execute(query)
        if names_similar(
            last_name,
            first_name,
            opened(keys, "clients", "last_name", cid, last) or "",
            opened(keys, "clients", "first_name", cid, first) or "",
        )
    ][:MAX_PAGE]
    if not matches:
        return ()
    rows = session.scalars(select(Client).where(Client.id.in_(matches)).order_by(Client.id))
    return tuple(_summary(c, today) for c in rows)


def _words(text: object) -> list[str]:
    return query_words(text[:MAX_QUERY]) if isinstance(text, str) else []


def _among(session: Session, where: list[ColumnElement[bool]]) -> set[int] | None:
    """The ids the plain filters (district, category) allow; None: no such filter."""
    if not where:
        return None
    return set(session.scalars(select(Client.id).where(*where)))


def _search_filter(
    text: object, include_archived: object, district: object = None, category: object = None
) -> list[ColumnElement[bool]]:
    """Checks the arguments; returns the SQL filters beyond the directory's own
    (archived and anonymised are flags of the directory)."""
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise InvalidInput(QCoreApplication.translate("clients", "Enter text to search."), "text")
    if not isinstance(include_archived, bool):
        raise InvalidInput(
            QCoreApplication.translate("clients", "Choose yes or no."), "include_archived"
        )
    where: list[ColumnElement[bool]] = []
    if district is not None:
        where.append(Client.district == choice(District, district, "district").value)
    if category is not None:
        wanted = choice(Category, category, "category").value
        where.append(
            Client.id.in_(select(ClientCategory.client_id).where(ClientCategory.category == wanted))
        )
    return where


def _next_code(session: Session, year: int) -> str:
    """K-YYYY-NNNN: the next serial of the year. Serials are zero-padded to four digits
    and grow longer after 9999, so the longest, then greatest, code is the last one."""
    prefix = f"K-{year}-"
    last = session.scalar(
        select(Client.code)
        .where(Client.code.like(f"{prefix}%"))
        .order_by(func.length(Client.code).desc(), Client.code.desc())
        .limit(1)
    )
    serial = 0
    if last is not None:
        tail = last[len(prefix) :]
        serial = int(tail) if tail.isdigit() else 0
    return f"{prefix}{serial + 1:04d}"


def _search_key(client: Client) -> str:
    return client_search_key(client.code, client.last_name, client.first_name, client.patronymic)


def _sort_key(client: Client) -> str:
    return client_sort_key(client.last_name, client.first_name, client.patronymic)


def form_problems(form: ClientForm, today: date | None = None) -> list[InvalidInput]:
    """Every problem of the form at once, one per field, in the form's order (the intake
    shows them together); empty when create_client would accept it. Pure: no database."""
    problems: list[InvalidInput] = []
    _checked_form(form, today or date.today(), problems)
    return problems


def _clean_form(form: ClientForm, today: date) -> dict[str, Any]:
    """Every field checked before anything is written; returns column values."""
    problems: list[InvalidInput] = []
    clean = _checked_form(form, today, problems)
    if problems:
        raise problems[0]
    return clean


def _checked_form(form: ClientForm, today: date, problems: list[InvalidInput]) -> dict[str, Any]:
    """The column values, checking each field on its own so that every problem is
    collected in `problems` (a field whose check failed gets None)."""
    if not isinstance(form, ClientForm):
        problems.append(
            InvalidInput(QCoreApplication.translate("clients", "Fill in the client form."), "form")
        )
        return {}

    def check(fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except InvalidInput as problem:
            if all(p.field != problem.field for p in problems):
                problems.append(problem)
            return None

    last_name = check(lambda: _name(form.last_name, "last_name", required=True))
    first_name = check(lambda: _name(form.first_name, "first_name", required=True))
    patronymic = check(lambda: _name(form.patronymic, "patronymic", required=False))
    birth_date, birth_year = check(lambda: _birth(form.birth_date, form.birth_year, today)) or (
        None,
        None,
    )
    sex = check(lambda: choice(Sex, form.sex, "sex"))
    citizenship = check(lambda: choice(Citizenship, form.citizenship, "citizenship"))
    phone = check(lambda: _phone(form.phone))
    safe_to_call = check(lambda: _yes_no(form.safe_to_call, "safe_to_call"))
    safe_to_text = check(lambda: _yes_no(form.safe_to_text, "safe_to_text"))
    phone_ok = all(p.field != "phone" for p in problems)
    if phone_ok and phone is None and (safe_to_call or safe_to_text):
        check(_no_phone_to_call)
    district = check(lambda: choice(District, form.district, "district"))
    categories = check(lambda: choices_of(Category, form.categories, "categories"))
    came_via = check(lambda: choice(CameVia, form.came_via, "came_via"))
    first_contact = today if form.first_contact_on is None else form.first_contact_on
    first_contact = check(lambda: valid_date(first_contact, "first_contact_on", not_after=today))
    if birth_date is not None and first_contact is not None:
        check(lambda: date_not_before(first_contact, birth_date, "first_contact_on"))
    if problems:
        return {}
    return {
        "last_name": last_name,
        "first_name": first_name,
        "patronymic": patronymic,
        "birth_date": birth_date,
        "birth_year": birth_year,
        "sex": sex.value,
        "citizenship": citizenship.value,
        "phone": phone,
        "safe_to_call": safe_to_call,
        "safe_to_text": safe_to_text,
        "district": district.value,
        "categories": frozenset(c.value for c in categories),
        "came_via": came_via.value,
        "first_contact_on": first_contact,
    }


def _no_phone_to_call() -> None:
    raise InvalidInput(
        QCoreApplication.translate(
            "clients", "Enter the phone number, or untick safe to call and safe to text."
        ),
        "phone",
    )


def _name(value: object, field: str, *, required: bool) -> str | None:
    if isinstance(value, str):
        value = unicodedata.normalize("NFC", value)
    if required:
        text = required_text(value, field, NAME_MAX)  # type: ignore[arg-type]
    else:
        text = optional_text(value, field, NAME_MAX)  # type: ignore[arg-type,assignment]
        if text is None:
            return None
        text = " ".join(text.split())
    letters = [ch for ch in text if unicodedata.category(ch)[0] in "LM"]
    if not letters or not all(
        ch in _NAME_MARKS or unicodedata.category(ch)[0] in "LM" for ch in text
    ):
        raise InvalidInput(
            QCoreApplication.translate(
                "clients", "A name may contain only letters, apostrophes, hyphens and spaces."
            ),
            field,
        )
    if unicodedata.category(text[0])[0] != "L":
        raise InvalidInput(
            QCoreApplication.translate("clients", "A name must begin with a letter."), field
        )
    return text


def _birth(birth_date: object, birth_year: object, today: date) -> tuple[date | None, int | None]:
    earliest, latest = today.year - MAX_AGE, today.year - MIN_AGE
    if birth_date is not None:
        day = valid_date(birth_date, "birth_date", not_after=today)
        if not MIN_AGE <= age_on(day, today) <= MAX_AGE:
            raise InvalidInput(
                fill(
                    QCoreApplication.translate(
                        "clients", "Check the birth date: the age must be from %1 to %2 years."
                    ),
                    str(MIN_AGE),
                    str(MAX_AGE),
                ),
                "birth_date",
            )
        if birth_year is not None and birth_year != day.year:
            raise InvalidInput(
                QCoreApplication.translate(
                    "clients", "The birth year does not match the birth date."
                ),
                "birth_year",
            )
        return day, day.year
    if birth_year is None:
        return None, None
    return None, int_in_range(birth_year, "birth_year", earliest, latest)


def _phone(value: object) -> str | None:
    text = optional_text(value, "phone", PHONE_MAX)  # type: ignore[arg-type]
    if text is None:
        return None
    text = " ".join(text.split())
    digits = sum(ch in _DIGITS for ch in text)
    if (
        not set(text) <= _PHONE_CHARS
        or "+" in text[1:]
        or not PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]
    ):
        raise InvalidInput(
            QCoreApplication.translate(
                "clients",
                "Enter a phone number of 7 to 20 digits; only +, spaces, brackets and "
                "hyphens may go with them.",
            ),
            "phone",
        )
    return text


def _yes_no(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(QCoreApplication.translate("clients", "Choose yes or no."), field)
    return value


def _apply(
    session: Session, client: Client, clean: dict[str, Any]
) -> list[tuple[str, str | None, str | None]]:
    """Set the changed columns; returns (field, old, new) as shown in the history."""
    changes = []
    for name, new in clean.items():
        if name == "categories":
            continue
        old = getattr(client, name)
        if old != new:
            changes.append((name, _shown(old), _shown(new)))
            setattr(client, name, new)
    old_categories = _categories(session, client.id)
    new_categories = clean["categories"]
    if old_categories != new_categories:
        changes.append(
            ("categories", ",".join(sorted(old_categories)), ",".join(sorted(new_categories)))
        )
        for gone in old_categories - new_categories:
            session.delete(session.get(ClientCategory, (client.id, gone)))
        session.add_all(
            ClientCategory(client_id=client.id, category=c) for c in new_categories - old_categories
        )
    return changes


def _shown(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _categories(session: Session, client_id: int) -> frozenset[str]:
    return frozenset(
        session.scalars(
            select(ClientCategory.category).where(ClientCategory.client_id == client_id)
        )
    )


def _consent(row: Consent) -> ConsentRecord:
    return ConsentRecord(
        row.id, row.client_id, row.kind, row.given_on, row.withdrawn_on, row.recorded_by
    )


def display_name(last_name: str, first_name: str, patronymic: str | None) -> str:
    return " ".join(part for part in (last_name, first_name, patronymic) if part)


def _summary(client: Client, today: date) -> ClientSummary:
    return ClientSummary(
        id=client.id,
        code=client.code,
        display_name=display_name(client.last_name, client.first_name, client.patronymic),
        age=age_on(client.birth_date, today) if client.birth_date else None,
        birth_year=client.birth_year,
        district=client.district,
        last_activity_on=client.last_activity_on,
        archived=client.archived_at is not None,
    )


def _card(
    session: Session,
    client: Client,
    today: date,
    duplicates: Iterable[ClientSummary] = (),
) -> ClientCard:
    consents = session.scalars(
        select(Consent).where(Consent.client_id == client.id).order_by(Consent.given_on, Consent.id)
    ).all()
    return ClientCard(
        id=client.id,
        code=client.code,
        last_name=client.last_name,
        first_name=client.first_name,
        patronymic=client.patronymic,
        birth_date=client.birth_date,
        birth_year=client.birth_year,
        sex=client.sex,
        citizenship=client.citizenship,
        phone=client.phone,
        safe_to_call=client.safe_to_call,
        safe_to_text=client.safe_to_text,
        district=client.district,
        categories=_categories(session, client.id),
        came_via=client.came_via,
        first_contact_on=client.first_contact_on,
        last_activity_on=client.last_activity_on,
        archived=client.archived_at is not None,
        version=client.version,
        consents=tuple(_consent(c) for c in consents),
        possible_duplicates=tuple(duplicates),
    )
