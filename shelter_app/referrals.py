"""Referrals in and out: who sent her to us, where we sent her, and what came of it.

Telling a partner who she is needs her consent to sharing with referral partners, valid
on the referral date (Law No. 2297-VI); without it an outgoing referral is recorded
without identity or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .client_lookup import require_client, touch
from .clients import has_consent
from .database import Database, SignedInUser
from .errors import InvalidInput
from .permissions import Permission
from .storage.casework_schema import Partner, Referral
from .validation import choice, date_not_before, id_or_none, is_id, valid_date
from .vocabulary import ConsentKind, ReferralDirection, ReferralOutcome, ReferralType


@dataclass(frozen=True)
class ReferralRecord:
    id: int
    client_id: int
    direction: str
    referral_type: str
    on_date: date
    partner_id: int | None
    partner_name: str | None  # an organisation, never a person
    identity_shared: bool
    outcome: str


@dataclass(frozen=True)
class ReferralCounts:
    """Aggregates only: no ids, names or dates finer than the period."""

    start: date
    end: date
    by_direction: dict[str, int]
    by_type: dict[tuple[str, str], int]  # (direction, referral type)
    by_outcome: dict[tuple[str, str], int]  # (direction, outcome)


def record_referral(
    db: Database,
    user: SignedInUser,
    client_id: int,
    direction: str,
    referral_type: str,
    on_date: date,
    partner_id: int | None = None,
    identity_shared: bool = False,
    outcome: str = "pending",
    *,
    today: date | None = None,
) -> ReferralRecord:
    direction_ = choice(ReferralDirection, direction, "direction")
    type_ = choice(ReferralType, referral_type, "referral_type")
    day = valid_date(on_date, "on_date", not_after=today or date.today())
    outcome_ = choice(ReferralOutcome, outcome, "outcome")
    if not isinstance(identity_shared, bool):
        raise InvalidInput(
            QCoreApplication.translate("referrals", "Say whether her identity is shared."),
            "identity_shared",
        )
    sharing_out = identity_shared and direction_ == ReferralDirection.OUT
    with db.unit_of_work(user, Permission.WRITE_REFERRALS, write=True) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=True)
        partner = _active_partner(s, partner_id)
        if sharing_out and partner is None:
            raise InvalidInput(
                QCoreApplication.translate(
                    "referrals", "Choose the partner her identity is shared with."
                ),
                "partner",
            )
        if sharing_out and not has_consent(s, client.id, ConsentKind.SHARING_WITH_PARTNERS, day):
            raise InvalidInput(
                QCoreApplication.translate(
                    "referrals",
                    "Her identity can be shared with a partner only with her consent to "
                    "sharing with referral partners, valid on the referral date.",
                ),
                "consent",
            )
        row = Referral(
            client_id=client.id,
            direction=direction_.value,
            on_date=day,
            referral_type=type_.value,
            partner_id=partner.id if partner else None,
            identity_shared=identity_shared,
            outcome=outcome_.value,
            created_by=uow.actor.account_id,
        )
        s.add(row)
        s.flush()
        touch(client, day)
        uow.audit(
            "referral.recorded",
            "referral",
            row.id,
            detail={
                "client_id": client.id,
                "direction": direction_.value,
                "type": type_.value,
                "partner_id": row.partner_id,
                "identity_shared": identity_shared,
            },
        )
        result = _record(row, partner)
        uow.commit()
        return result


def update_referral_outcome(
    db: Database,
    user: SignedInUser,
    referral_id: int,
    outcome: str,
    *,
    today: date | None = None,
) -> ReferralRecord:
    outcome_ = choice(ReferralOutcome, outcome, "outcome")
    with db.unit_of_work(user, Permission.WRITE_REFERRALS, write=True) as uow:
        s = uow.session
        row = s.get(Referral, referral_id) if is_id(referral_id) else None
        if row is None:
            raise InvalidInput(
                QCoreApplication.translate("referrals", "No such referral."), "referral"
            )
        client = require_client(s, row.client_id, for_new_activity=False)
        row.outcome = outcome_.value
        touch(client, max(row.on_date, today or date.today()))
        uow.audit(
            "referral.outcome_changed",
            "referral",
            row.id,
            detail={"outcome": outcome_.value},
        )
        partner = s.get(Partner, row.partner_id) if row.partner_id is not None else None
        result = _record(row, partner)
        uow.commit()
        return result


def client_referrals(db: Database, user: SignedInUser, client_id: int) -> list[ReferralRecord]:
    """Newest first."""
    with db.unit_of_work(user, Permission.READ_REFERRALS) as uow:
        s = uow.session
        client = require_client(s, id_or_none(client_id), for_new_activity=False)
        rows = s.execute(
            select(Referral, Partner)
            .outerjoin(Partner, Partner.id == Referral.partner_id)
            .where(Referral.client_id == client.id)
            .order_by(Referral.on_date.desc(), Referral.id.desc())
        ).all()
        return [_record(r, p) for r, p in rows]


def referral_counts(db: Database, user: SignedInUser, start: date, end: date) -> ReferralCounts:
    """Referrals dated from `start` to `end` inclusive, counted in SQL."""
    start_ = valid_date(start, "start")
    end_ = valid_date(end, "end")
    date_not_before(end_, start_, "end")
    with db.unit_of_work(user, Permission.READ_COUNTS) as uow:
        period = (Referral.on_date >= start_, Referral.on_date <= end_)

        def count(*cols: Any) -> dict[Any, int]:
            rows = uow.session.execute(
                select(*cols, func.count()).where(*period).group_by(*cols)
            ).all()
            return {(r[0] if len(cols) == 1 else tuple(r[:-1])): r[-1] for r in rows}

        return ReferralCounts(
            start=start_,
            end=end_,
            by_direction=count(Referral.direction),
            by_type=count(Referral.direction, Referral.referral_type),
            by_outcome=count(Referral.direction, Referral.outcome),
        )


# --- internal helpers (take the session; never open a unit of work) ----------------------


def _active_partner(session: Session, partner_id: object) -> Partner | None:
    if partner_id is None:
        return None
    partner = session.get(Partner, partner_id) if is_id(partner_id) else None
    if partner is None or not partner.active:
        raise InvalidInput(
            QCoreApplication.translate("referrals", "Choose an active partner organisation."),
            "partner",
        )
    return partner


def _record(row: Referral, partner: Partner | None) -> ReferralRecord:
    return ReferralRecord(
        id=row.id,
        client_id=row.client_id,
        direction=row.direction,
        referral_type=row.referral_type,
        on_date=row.on_date,
        partner_id=row.partner_id,
        partner_name=partner.name if partner else None,
        identity_shared=row.identity_shared,
        outcome=row.outcome,
    )
