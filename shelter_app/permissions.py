"""The whole access policy in one table: which role may do what.

Services ask `require(role, permission)` before they read or write anything; the GUI only
uses `allowed()` to hide what a role cannot use, never to enforce it.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from .errors import PermissionDenied
from .i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    ADMIN = "admin"
    CASE_WORKER = "caseworker"
    PSYCHOLOGIST = "psychologist"
    LAWYER = "lawyer"
    COORDINATOR = "coordinator"


class Permission(StrEnum):
    # administration
    MANAGE_ACCOUNTS = "accounts.manage"
    MANAGE_BACKUPS = "backups.manage"
    VIEW_AUDIT_LOG = "audit.view"
    ROTATE_DATA_KEY = "keys.rotate"
    # any signed-in user
    CHANGE_OWN_PASSWORD = "accounts.change_own_password"  # noqa: S105 (a name, not a secret)
    RUN_INTEGRITY_CHECK = "integrity.check"
    # client identities and contact details
    READ_CLIENTS = "clients.read"
    WRITE_CLIENTS = "clients.write"
    # shelter stays and course enrolments (one row of the matrix)
    READ_STAYS_ENROLMENTS = "stays.read"
    WRITE_STAYS_ENROLMENTS = "stays.write"
    # psychological consultations
    READ_PSY_CONSULTATIONS = "psy.read"
    WRITE_PSY_CONSULTATIONS = "psy.write"
    PSY_NOTES = "psy.notes"
    # legal consultations
    READ_LEGAL_CONSULTATIONS = "legal.read"
    WRITE_LEGAL_CONSULTATIONS = "legal.write"
    LEGAL_NOTES = "legal.notes"
    # violence disclosures, risk assessments, safety plans (special-category data)
    READ_RISK = "risk.read"
    WRITE_RISK = "risk.write"
    # courses, course sessions, events and the partner register (not who enrolled)
    READ_PROGRAMMES = "programmes.read"
    WRITE_PROGRAMMES = "programmes.write"
    # referrals in and out
    READ_REFERRALS = "referrals.read"
    WRITE_REFERRALS = "referrals.write"
    # shelter layout (rooms, beds), centre settings, retention purge
    MANAGE_SETTINGS = "settings.manage"
    PURGE_RECORDS = "records.purge"
    # anonymous aggregate counts (used by summaries and the coordinator's dashboard)
    READ_COUNTS = "counts.read"
    # anonymised summaries for the department
    EXPORT_SUMMARIES = "summaries.export"


P = Permission
_EVERYONE = frozenset({P.CHANGE_OWN_PASSWORD, P.RUN_INTEGRITY_CHECK})

POLICY: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _EVERYONE
    | {
        P.MANAGE_ACCOUNTS,
        P.MANAGE_BACKUPS,
        P.VIEW_AUDIT_LOG,
        P.ROTATE_DATA_KEY,
        P.MANAGE_SETTINGS,
        P.PURGE_RECORDS,
        P.READ_PROGRAMMES,
        P.WRITE_PROGRAMMES,
        P.READ_REFERRALS,
        P.READ_CLIENTS,
        P.WRITE_CLIENTS,
        P.READ_STAYS_ENROLMENTS,
        P.WRITE_STAYS_ENROLMENTS,
        P.READ_PSY_CONSULTATIONS,
        P.READ_LEGAL_CONSULTATIONS,
        P.READ_COUNTS,
        P.EXPORT_SUMMARIES,
    },
    Role.CASE_WORKER: _EVERYONE
    | {
        P.READ_CLIENTS,
        P.WRITE_CLIENTS,
        P.READ_STAYS_ENROLMENTS,
        P.WRITE_STAYS_ENROLMENTS,
        P.READ_PSY_CONSULTATIONS,
        P.READ_LEGAL_CONSULTATIONS,
        P.READ_RISK,
        P.WRITE_RISK,
        P.READ_PROGRAMMES,
        P.WRITE_PROGRAMMES,
        P.READ_REFERRALS,
        P.WRITE_REFERRALS,
    },
    Role.PSYCHOLOGIST: _EVERYONE
    | {
        P.READ_CLIENTS,
        P.READ_STAYS_ENROLMENTS,
        P.READ_PSY_CONSULTATIONS,
        P.WRITE_PSY_CONSULTATIONS,
        P.PSY_NOTES,
        P.READ_RISK,
        P.WRITE_RISK,
        P.READ_PROGRAMMES,
        P.READ_REFERRALS,
        P.WRITE_REFERRALS,
    },
    Role.LAWYER: _EVERYONE
    | {
        P.READ_CLIENTS,
        P.READ_STAYS_ENROLMENTS,
        P.READ_LEGAL_CONSULTATIONS,
        P.WRITE_LEGAL_CONSULTATIONS,
        P.LEGAL_NOTES,
        P.READ_RISK,
        P.READ_PROGRAMMES,
        P.READ_REFERRALS,
        P.WRITE_REFERRALS,
    },
    Role.COORDINATOR: _EVERYONE | {P.READ_COUNTS, P.EXPORT_SUMMARIES},
}


def allowed(role: Role | str, permission: Permission) -> bool:
    try:
        return permission in POLICY[Role(role)]
    except ValueError:
        return False


def require(role: Role | str, permission: Permission) -> None:
    if not allowed(role, permission):
        raise PermissionDenied(permission.value)


_ROLE_NAMES = {
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "administrator"),
    Role.CASE_WORKER: QT_TRANSLATE_NOOP("roles", "case worker"),
    Role.PSYCHOLOGIST: QT_TRANSLATE_NOOP("roles", "psychologist"),
    Role.LAWYER: QT_TRANSLATE_NOOP("roles", "lawyer"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("roles", "coordinator"),
}


def role_label(role: Role | str) -> str:
    """The role as staff call it, in the interface language."""
    try:
        return QCoreApplication.translate("roles", _ROLE_NAMES[Role(role)])
    except ValueError:
        return str(role)
