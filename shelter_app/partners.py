"""The register of partner organisations (city women's NGOs, state bodies...) that events
and referrals name.

A partner is never deleted, only deactivated: past events and referrals keep pointing at
it. Names are unique as staff read them, so "ГО «Ла Страда»" and "го «ла страда»" are
one organisation (compared folded, see shelter_app.search_key).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from .database import Database, SignedInUser
from .errors import InvalidInput
from .permissions import Permission
from .search_key import fold, ukrainian_order
from .storage.casework_schema import Partner
from .validation import choice, is_id, optional_text, required_text
from .vocabulary import PartnerKind

NAME_MAX = 200
CONTACT_MAX = 200


@dataclass(frozen=True)
class PartnerRecord:
    id: int
    name: str
    kind: str
    contact: str | None  # the organisation's phone, e-mail or address
    active: bool


def add_partner(
    db: Database, user: SignedInUser, name: str, kind: str, contact: str | None = None
) -> PartnerRecord:
    name_, kind_, contact_ = _clean(name, kind, contact)
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        _name_free(s, name_, None)
        row = Partner(name=name_, kind=kind_.value, contact=contact_, active=True)
        s.add(row)
        s.flush()
        uow.audit("partner.added", "partner", row.id, detail={"kind": row.kind})
        result = _record(row)
        uow.commit()
        return result


def edit_partner(
    db: Database,
    user: SignedInUser,
    partner_id: int,
    name: str,
    kind: str,
    contact: str | None = None,
) -> PartnerRecord:
    name_, kind_, contact_ = _clean(name, kind, contact)
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        row = require_partner(s, partner_id)
        _name_free(s, name_, row.id)
        row.name, row.kind, row.contact = name_, kind_.value, contact_
        uow.audit("partner.edited", "partner", row.id, detail={"kind": row.kind})
        result = _record(row)
        uow.commit()
        return result


def deactivate_partner(db: Database, user: SignedInUser, partner_id: int) -> PartnerRecord:
    """No longer offered for new events and referrals; the old ones keep it."""
    return _set_active(db, user, partner_id, False)


def reactivate_partner(db: Database, user: SignedInUser, partner_id: int) -> PartnerRecord:
    return _set_active(db, user, partner_id, True)


def list_partners(
    db: Database, user: SignedInUser, include_inactive: bool = False
) -> list[PartnerRecord]:
    """In alphabetical order as Ukrainian readers expect (ґ with г, є with е...)."""
    with db.unit_of_work(user, Permission.READ_PROGRAMMES) as uow:
        query = select(Partner)
        if include_inactive is not True:
            query = query.where(Partner.active.is_(True))
        rows = uow.session.execute(query).scalars().all()
        return sorted((_record(r) for r in rows), key=lambda p: (ukrainian_order(p.name), p.id))


# --- helpers (take the session; never open a unit of work) --------------------------------


def require_partner(session: Session, partner_id: object) -> Partner:
    row = session.get(Partner, partner_id) if is_id(partner_id) else None
    if row is None:
        raise InvalidInput(
            QCoreApplication.translate("partners", "No such partner organisation."), "partner"
        )
    return row


def _set_active(db: Database, user: SignedInUser, partner_id: int, active: bool) -> PartnerRecord:
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        row = require_partner(uow.session, partner_id)
        if row.active != active:
            row.active = active
            action = "partner.reactivated" if active else "partner.deactivated"
            uow.audit(action, "partner", row.id)
        result = _record(row)
        uow.commit()
        return result


def _clean(name: object, kind: object, contact: object) -> tuple[str, PartnerKind, str | None]:
    name_ = required_text(name, "name", NAME_MAX)  # type: ignore[arg-type]
    kind_ = choice(PartnerKind, kind, "kind")
    contact_ = optional_text(contact, "contact", CONTACT_MAX)  # type: ignore[arg-type]
    return name_, kind_, " ".join(contact_.split()) if contact_ else None


def _name_free(session: Session, name: str, own_id: int | None) -> None:
    """The register holds dozens of organisations, so folding them all here is cheap."""
    wanted = fold(name)
    for other_id, other_name in session.execute(select(Partner.id, Partner.name)).all():
        if other_id != own_id and fold(other_name) == wanted:
            raise InvalidInput(
                QCoreApplication.translate(
                    "partners", "A partner organisation with this name is already registered."
                ),
                "name",
            )


def _record(row: Partner) -> PartnerRecord:
    return PartnerRecord(row.id, row.name, row.kind, row.contact, row.active)
