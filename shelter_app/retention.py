"""Retention: anonymise clients with no activity for N years (Law No. 2297-VI: personal
data are kept no longer than needed).

Anonymising, not deleting: identities, notes, plans, answers, history and consents go;
the rows that past periods' anonymous counts are made of stay (consultation dates, kinds
and topics, stays, enrolments, referrals, district, categories, birth year), so a summary
of an old period gives the same numbers after a purge as before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, delete, exists, func, select, update
from sqlalchemy.orm import Session

from .children import forget_children
from .database import Database, SignedInUser, utcnow
from .errors import InvalidInput
from .permissions import Permission
from .search_key import client_search_key
from .settings import read_settings
from .storage.casework_schema import (
    Client,
    ClientChange,
    Consent,
    Consultation,
    RiskAssessment,
    SafetyPlan,
    Stay,
)
from .validation import int_in_range
from .violence_overview import erase_free_text as erase_violence_free_text

PLACEHOLDER = "—"  # what stays in the name columns; anonymised clients are never listed
MIN_YEARS, MAX_YEARS = 1, 75  # as settings.retention_years
CHUNK = 500  # ids per statement, well under any database's parameter limit
NO_ANSWERS = "{}"


@dataclass(frozen=True)
class PurgePreview:
    years: int
    cutoff: date  # last activity on or before this day
    client_ids: tuple[int, ...]
    consultation_notes: int
    safety_plans: int
    risk_assessments: int
    history_rows: int
    consents: int

    @property
    def clients(self) -> int:
        return len(self.client_ids)


@dataclass(frozen=True)
class PurgeResult:
    clients: int
    skipped: int  # asked for, but no longer eligible (new activity, a stay, already gone)
    consultation_notes: int
    safety_plans: int
    risk_assessments: int
    history_rows: int
    consents: int


def purge_preview(
    db: Database, user: SignedInUser, years: int | None = None, today: date | None = None
) -> PurgePreview:
    """Who would be anonymised and how much would go, for the administrator to confirm."""
    today = today or date.today()
    with db.unit_of_work(user, Permission.PURGE_RECORDS) as uow:
        s = uow.session
        years_ = _years(s, years)
        cutoff = years_before(today, years_)
        eligible = select(Client.id).where(*_eligible(cutoff))
        ids = tuple(s.scalars(eligible.order_by(Client.id)))
        in_scope = eligible.scalar_subquery

        def count(column: Any, *where: Any) -> int:
            return (
                s.scalar(
                    select(func.count())
                    .select_from(column.table)
                    .where(column.in_(in_scope()), *where)
                )
                or 0
            )

        return PurgePreview(
            years=years_,
            cutoff=cutoff,
            client_ids=ids,
            consultation_notes=count(Consultation.client_id, Consultation.note.is_not(None)),
            safety_plans=count(SafetyPlan.client_id, SafetyPlan.plan.is_not(None)),
            risk_assessments=count(RiskAssessment.client_id, RiskAssessment.answers != NO_ANSWERS),
            history_rows=count(ClientChange.client_id),
            consents=count(Consent.client_id),
        )


def purge(
    db: Database,
    user: SignedInUser,
    client_ids: Iterable[int] | None = None,
    *,
    years: int | None = None,
    today: date | None = None,
) -> PurgeResult:
    """Anonymise the clients of a preview (`client_ids`), or everyone eligible now. Each
    one is checked again: someone with new activity since the preview is skipped."""
    today = today or date.today()
    wanted = _ids(client_ids)
    with db.unit_of_work(user, Permission.PURGE_RECORDS, write=True) as uow:
        s = uow.session
        years_ = _years(s, years)
        cutoff = years_before(today, years_)
        if wanted is None:
            ids = list(s.scalars(select(Client.id).where(*_eligible(cutoff)).order_by(Client.id)))
            skipped = 0
        else:
            ids = []
            for chunk in _chunks(sorted(wanted)):
                ids += s.scalars(
                    select(Client.id).where(Client.id.in_(chunk), *_eligible(cutoff))
                ).all()
            skipped = len(wanted) - len(ids)
        totals = [0, 0, 0, 0, 0]
        for chunk in _chunks(ids):
            for i, n in enumerate(_anonymise(s, chunk)):
                totals[i] += n
        uow.audit(
            "records.purged",
            detail={"clients": len(ids), "skipped": skipped, "years": years_},
        )
        uow.commit()
        return PurgeResult(len(ids), skipped, *totals)


# --- internal helpers (take the session; never open a unit of work) -----------------------


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _eligible(cutoff: date) -> list[ColumnElement[bool]]:
    open_stay = exists().where(Stay.client_id == Client.id, Stay.departed_on.is_(None))
    return [
        Client.anonymised_at.is_(None),
        Client.last_activity_on <= cutoff,
        ~open_stay,
    ]


def _anonymise(s: Session, ids: list[int]) -> tuple[int, int, int, int, int]:
    now = utcnow()
    codes = s.execute(select(Client.id, Client.code).where(Client.id.in_(ids))).all()
    s.execute(
        update(Client)
        .where(Client.id.in_(ids))
        .values(
            last_name=PLACEHOLDER,
            first_name=PLACEHOLDER,
            patronymic=None,
            phone=None,
            safe_to_call=False,
            safe_to_text=False,
            birth_date=None,
            anonymised_at=now,
            archived_at=func.coalesce(Client.archived_at, now),
            updated_at=now,
            version=Client.version + 1,
        ),
        execution_options={"synchronize_session": False},
    )
    s.execute(
        update(Client),
        [
            {"id": cid, "search_key": client_search_key(code, "", "", None), "sort_key": ""}
            for cid, code in codes
        ],
    )
    forget_children(s, ids)  # their names are identities too (issue 14)
    notes = s.execute(
        update(Consultation)
        .where(Consultation.client_id.in_(ids), Consultation.note.is_not(None))
        .values(note=None),
        execution_options={"synchronize_session": False},
    ).rowcount  # type: ignore[attr-defined]
    plans = s.execute(
        update(SafetyPlan)
        .where(SafetyPlan.client_id.in_(ids), SafetyPlan.plan.is_not(None))
        .values(plan=None),
        execution_options={"synchronize_session": False},
    ).rowcount  # type: ignore[attr-defined]
    answers = s.execute(
        update(RiskAssessment)
        .where(RiskAssessment.client_id.in_(ids), RiskAssessment.answers != NO_ANSWERS)
        .values(answers=NO_ANSWERS),
        execution_options={"synchronize_session": False},
    ).rowcount  # type: ignore[attr-defined]
    history = s.execute(
        delete(ClientChange).where(ClientChange.client_id.in_(ids)),
        execution_options={"synchronize_session": False},
    ).rowcount  # type: ignore[attr-defined]
    consents = s.execute(
        delete(Consent).where(Consent.client_id.in_(ids)),
        execution_options={"synchronize_session": False},
    ).rowcount  # type: ignore[attr-defined]
    erase_violence_free_text(s, ids)  # issue 15: perpetrator descriptions, order texts
    return notes, plans, answers, history, consents


def _years(session: Session, years: object) -> int:
    if years is None:
        return read_settings(session).retention_years
    return int_in_range(years, "years", MIN_YEARS, MAX_YEARS)


def _ids(client_ids: object) -> set[int] | None:
    if client_ids is None:
        return None
    if isinstance(client_ids, str | bytes | dict) or not isinstance(client_ids, Iterable):
        raise _bad_ids()
    ids = set()
    for cid in client_ids:
        if isinstance(cid, bool) or not isinstance(cid, int) or not 0 < cid < 2**62:
            raise _bad_ids()
        ids.add(cid)
    return ids


def _bad_ids() -> InvalidInput:
    return InvalidInput(
        QCoreApplication.translate("retention", "Choose the clients from the purge preview."),
        "client_ids",
    )


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]
