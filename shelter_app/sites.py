"""Sites: the centre and the shelters at other addresses ("підрозділи"), so that one
installation serves all of them. Rooms (and through them beds and stays), courses and
events belong to a site; the board shows one site at a time and a summary can be asked
for one site (reports/site_figures.py).

Any signed-in user may list the sites (the board and the forms need their names). A
shelter's address is itself protected (an abuser looks for it): it is returned only to
the roles that manage sites or work with the stays. The administrator adds, renames and
deactivates sites; a site with a woman staying or booked in it, or the last site in use,
cannot be deactivated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from .database import Database, SignedInUser
from .errors import InvalidInput
from .i18n import QT_TRANSLATE_NOOP
from .permissions import Permission, allowed
from .storage.casework_schema import Bed, BedAssignment, Room, Site
from .validation import choice, is_id, optional_text, required_text

NAME_LENGTH = 80
CODE_LENGTH = 16
ADDRESS_LENGTH = 200
# letters (any script), digits and hyphens: a code is typed on the command line
_CODE = re.compile(r"^[^\W_]+(-[^\W_]+)*$")


class SiteKind(StrEnum):
    CENTRE = "centre"
    SHELTER = "shelter"


_KIND_NAMES = {
    SiteKind.CENTRE: QT_TRANSLATE_NOOP("sites", "centre"),
    SiteKind.SHELTER: QT_TRANSLATE_NOOP("sites", "shelter"),
}


def kind_label(kind: str) -> str:
    try:
        return QCoreApplication.translate("sites", str(_KIND_NAMES[SiteKind(kind)]))
    except ValueError:
        return kind


@dataclass(frozen=True)
class SiteInfo:
    id: int
    name: str
    kind: str  # SiteKind
    code: str
    active: bool
    address: str | None = None  # only for roles that may know it (see the module)


# --- reading ------------------------------------------------------------------------------


def list_sites(db: Database, user: SignedInUser, include_inactive: bool = False) -> list[SiteInfo]:
    """The sites, the centre first, then the shelters by name."""
    with db.unit_of_work(user, Permission.CHANGE_OWN_PASSWORD) as uow:
        return [_info(r, uow.actor) for r in _ordered(uow.session, include_inactive)]


def sees_address(user: SignedInUser) -> bool:
    return allowed(user.role, Permission.MANAGE_SITES) or allowed(
        user.role, Permission.READ_STAYS_ENROLMENTS
    )


def default_site_id(session: Session) -> int:
    """The site a room, course or event goes to when none is named: the first centre in
    use, else the first site in use (a database always has one: migration 0014)."""
    rows = _ordered(session, include_inactive=False) or _ordered(session, include_inactive=True)
    return rows[0].id


def site_or_default(session: Session, site_id: object, field: str = "site") -> Site:
    """The site named (it must be in use), or the default one for None."""
    if site_id is None:
        found = session.get(Site, default_site_id(session))
        assert found is not None
        return found
    site = session.get(Site, site_id) if is_id(site_id) else None
    if site is None or not site.active:
        raise InvalidInput(QCoreApplication.translate("sites", "No such site."), field)
    return site


def require_site(session: Session, site_id: object, field: str = "site") -> Site:
    site = session.get(Site, site_id) if is_id(site_id) else None
    if site is None:
        raise InvalidInput(QCoreApplication.translate("sites", "No such site."), field)
    return site


def site_by_code(session: Session, code: object) -> Site:
    """For the command line: the site with this code (case folded), in use or not."""
    wanted = code.strip().casefold() if isinstance(code, str) else ""
    for site in session.scalars(select(Site)):
        if site.code.casefold() == wanted:
            return site
    raise InvalidInput(QCoreApplication.translate("sites", "No site has this code."), "site")


# --- the administrator's changes ----------------------------------------------------------


def add_site(
    db: Database,
    user: SignedInUser,
    name: str,
    kind: str,
    code: str,
    address: str | None = None,
) -> SiteInfo:
    clean, kind_, code_ = _name(name), choice(SiteKind, kind, "kind"), _code(code)
    where = optional_text(address, "address", ADDRESS_LENGTH)
    where = " ".join(where.split()) if where else None
    with db.unit_of_work(user, Permission.MANAGE_SITES, write=True) as uow:
        s = uow.session
        _free(s, clean, code_, None)
        site = Site(name=clean, kind=kind_.value, code=code_, address=where, active=True)
        s.add(site)
        s.flush()
        uow.audit("site.added", "site", site.id, detail={"kind": kind_.value})
        result = _info(site, uow.actor)
        uow.commit()
        return result


def rename_site(
    db: Database,
    user: SignedInUser,
    site_id: int,
    name: str,
    code: str | None = None,
    address: str | None = None,
) -> SiteInfo:
    """A new name (and, when given, code and address; an empty address clears it)."""
    clean = _name(name)
    code_ = _code(code) if code is not None else None
    where = optional_text(address, "address", ADDRESS_LENGTH) if address is not None else None
    with db.unit_of_work(user, Permission.MANAGE_SITES, write=True) as uow:
        s = uow.session
        site = require_site(s, site_id)
        _free(s, clean, code_ or site.code, site.id)
        site.name = clean
        if code_ is not None:
            site.code = code_
        if address is not None:
            site.address = " ".join(where.split()) if where else None
        uow.audit("site.renamed", "site", site.id)
        result = _info(site, uow.actor)
        uow.commit()
        return result


def set_site_active(
    db: Database, user: SignedInUser, site_id: int, active: bool, today: date | None = None
) -> SiteInfo:
    """Deactivate a site that closed (its history stays), or bring it back."""
    from .shelter_layout import holds_a_night_from  # the layout imports this module

    today = today or date.today()
    with db.unit_of_work(user, Permission.MANAGE_SITES, write=True) as uow:
        s = uow.session
        site = require_site(s, site_id)
        if site.active and not active:
            others = [r for r in _ordered(s, False) if r.id != site.id]
            if not others:
                raise InvalidInput(
                    QCoreApplication.translate("sites", "The last site in use cannot be closed."),
                    "site",
                )
            booked = s.scalar(
                select(BedAssignment.id)
                .join(Bed, Bed.id == BedAssignment.bed_id)
                .join(Room, Room.id == Bed.room_id)
                .where(Room.site_id == site.id, holds_a_night_from(today))
                .limit(1)
            )
            if booked is not None:
                raise InvalidInput(
                    QCoreApplication.translate(
                        "sites",
                        "Someone is staying at this site or is booked into it; move her "
                        "or record her departure first.",
                    ),
                    "site",
                )
        if site.active != bool(active):
            site.active = bool(active)
            uow.audit("site.activated" if active else "site.deactivated", "site", site.id)
        result = _info(site, uow.actor)
        uow.commit()
        return result


# --- helpers ------------------------------------------------------------------------------


def _ordered(session: Session, include_inactive: bool) -> list[Site]:
    query = select(Site)
    if not include_inactive:
        query = query.where(Site.active.is_(True))
    rows = session.scalars(query).all()
    # the centre first; names in Python (SQLite sorts Cyrillic by code point only)
    return sorted(rows, key=lambda r: (r.kind != SiteKind.CENTRE, r.name.casefold(), r.id))


def _info(site: Site, user: SignedInUser) -> SiteInfo:
    address = site.address if sees_address(user) else None
    return SiteInfo(site.id, site.name, site.kind, site.code, site.active, address)


def _name(value: object) -> str:
    return required_text(value if isinstance(value, str) else None, "name", NAME_LENGTH)


def _code(value: object) -> str:
    code = required_text(value if isinstance(value, str) else None, "code", CODE_LENGTH)
    if not _CODE.match(code):
        raise InvalidInput(
            QCoreApplication.translate(
                "sites", "A site's code is letters and digits, parts joined by hyphens."
            ),
            "code",
        )
    return code


def _free(session: Session, name: str, code: str, site_id: int | None) -> None:
    # few rows; casefold in Python because SQLite's lower() is ASCII-only
    for other in session.scalars(select(Site)):
        if other.id == site_id:
            continue
        if other.name.casefold() == name.casefold():
            raise InvalidInput(
                QCoreApplication.translate("sites", "A site with this name already exists."),
                "name",
            )
        if other.code.casefold() == code.casefold():
            raise InvalidInput(
                QCoreApplication.translate("sites", "A site with this code already exists."),
                "code",
            )
