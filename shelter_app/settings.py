"""Centre-wide settings chosen by the administrator (idle lock, report k, allowed stay
length, retention, who sees names where). Stored in the encrypted database; read by the
services that need them."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from enum import IntEnum

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from .database import Database, SignedInUser
from .errors import InvalidInput
from .permissions import Permission
from .storage.schema import Setting
from .validation import int_in_range


class ClientListOpens(IntEnum):
    """What the Clients area shows before anything is typed, on a screen others may see."""

    EMPTY = 0  # nothing until a name or code is typed (the safe default)
    CODES = 1  # every client's code, no name, age or district
    NAMES = 2  # everyone's name, age and district (a closed office)


@dataclass(frozen=True)
class CentreSettings:
    idle_lock_minutes: int = 5
    report_k: int = 5
    max_stay_days: int = 90  # CMU Resolution No. 655: up to three months...
    max_extended_stay_days: int = 180  # ...extendable to six
    retention_years: int = 5
    stay_warning_days: int = 14  # list stays this close to their limit
    backup_generations: int = 14  # automatic daily backups kept
    case_approval_required: int = 0  # 1: the head approves plans and closures of cases
    first_assessment_days: int = 3  # working days from opening a case to its assessment
    client_list_opens: int = ClientListOpens.EMPTY
    # 1: the people who already work with her see her name where they need it (her
    # specialist on My day, shelter staff on the board); 0: codes only there
    names_where_needed: int = 1


_LIMITS = {
    "idle_lock_minutes": (1, 120),
    "report_k": (3, 50),
    "max_stay_days": (7, 366),
    "max_extended_stay_days": (7, 732),
    "retention_years": (1, 75),
    "stay_warning_days": (1, 90),
    "backup_generations": (1, 365),
    "case_approval_required": (0, 1),
    "first_assessment_days": (1, 30),
    "client_list_opens": (0, 2),
    "names_where_needed": (0, 1),
}


def read_settings(session: Session) -> CentreSettings:
    """For services already inside a unit of work."""
    stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    values = {}
    for f in fields(CentreSettings):
        if f.name in stored:
            try:
                values[f.name] = int(json.loads(stored[f.name]))
            except (ValueError, TypeError):
                continue
    return CentreSettings(**values)


def get_settings(db: Database, user: SignedInUser) -> CentreSettings:
    """Any signed-in user may read them (the GUI needs the idle time)."""
    with db.unit_of_work(user, Permission.CHANGE_OWN_PASSWORD) as uow:
        return read_settings(uow.session)


def update_settings(db: Database, user: SignedInUser, **changes: int) -> CentreSettings:
    with db.unit_of_work(user, Permission.MANAGE_SETTINGS, write=True) as uow:
        current = read_settings(uow.session)
        for name, value in changes.items():
            if name not in _LIMITS:
                raise InvalidInput(QCoreApplication.translate("settings", "Unknown setting."), name)
            int_in_range(value, name, *_LIMITS[name])
        new = replace(current, **changes)
        if new.max_extended_stay_days < new.max_stay_days:
            raise InvalidInput(
                QCoreApplication.translate(
                    "settings", "The extended stay cannot be shorter than the normal stay."
                ),
                "max_extended_stay_days",
            )
        for name, value in changes.items():
            row = uow.session.get(Setting, name)
            if row is None:
                uow.session.add(Setting(key=name, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
        uow.audit("settings.changed", detail={k: int(v) for k, v in sorted(changes.items())})
        uow.commit()
        return new
