"""The whole access policy in one table: which role may do what.

Services ask `require(role, permission)` before they read or write anything; the GUI only
uses `allowed()` to hide what a role cannot use, never to enforce it.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from .compartments import ALL_COMPARTMENTS, Compartment
from .errors import PermissionDenied
from .i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    ADMIN = "admin"
    HEAD = "head"  # керівник центру: caseloads, assignment, approvals
    CASE_WORKER = "caseworker"
    PSYCHOLOGIST = "psychologist"
    LAWYER = "lawyer"
    TRAINER = "trainer"
    OPERATOR = "operator"
    COORDINATOR = "coordinator"


class Permission(StrEnum):
    # administration
    MANAGE_ACCOUNTS = "accounts.manage"
    MANAGE_BACKUPS = "backups.manage"
    VIEW_AUDIT_LOG = "audit.view"
    ROTATE_DATA_KEY = "keys.rotate"
    # copy the whole database (every compartment's sealed values, the key slots) to a
    # server: `shelter-app migrate-to-server` (issue 20)
    MOVE_TO_SERVER = "database.move_to_server"
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
    # incidents, alleged perpetrators, protection orders, notifications (issue 15)
    READ_VIOLENCE = "violence.read"
    WRITE_VIOLENCE = "violence.write"
    # courses, course sessions, events and the partner register (not who enrolled)
    READ_PROGRAMMES = "programmes.read"
    WRITE_PROGRAMMES = "programmes.write"
    # referrals in and out
    READ_REFERRALS = "referrals.read"
    WRITE_REFERRALS = "referrals.write"
    # shelter layout (rooms, beds), centre settings, retention purge
    MANAGE_SETTINGS = "settings.manage"
    # the sites: the centre and the shelters at other addresses (shelter_app/sites.py)
    MANAGE_SITES = "sites.manage"
    PURGE_RECORDS = "records.purge"
    # cases (ведення випадку): see shelter_app/cases/access.py for the team rule
    READ_CASES = "cases.read"
    WRITE_CASES = "cases.write"
    CASE_NOTES = "cases.notes"  # case notes and the notes of case-worker services
    MANAGE_CASELOADS = "cases.manage"  # all caseloads, reassignment, approvals
    # the roster and attendance of the courses a trainer is responsible for (names
    # included), and nothing of any other course's list (shelter_app.course_trainers)
    OWN_COURSE_LISTS = "courses.own_lists"
    # anonymous contacts (hotline, walk-in, online, mobile brigade): logged without identity
    LOG_ANON_CONTACTS = "contacts.log"
    READ_ANON_CONTACTS = "contacts.read"
    # "she became a client": ties a contact to a client file, so only staff who see both
    LINK_ANON_CONTACTS = "contacts.link"
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
        P.MOVE_TO_SERVER,
        P.MANAGE_SETTINGS,
        P.MANAGE_SITES,
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
        P.READ_CASES,  # cases: read (never the case notes: special-category data)
    },
    # The head of the centre reads what the centre does, manages caseloads and approves;
    # she never reads a profession's consultation notes (PSY_NOTES, LEGAL_NOTES).
    Role.HEAD: _EVERYONE
    | {
        P.READ_CLIENTS,
        P.READ_STAYS_ENROLMENTS,
        P.READ_PSY_CONSULTATIONS,
        P.READ_LEGAL_CONSULTATIONS,
        P.READ_RISK,
        P.READ_PROGRAMMES,
        P.READ_REFERRALS,
        P.READ_COUNTS,
        P.EXPORT_SUMMARIES,
        P.READ_CASES,
        P.WRITE_CASES,
        P.CASE_NOTES,
        P.MANAGE_CASELOADS,
        P.READ_ANON_CONTACTS,  # DESIGN.md: the head reads anonymous contacts
        P.READ_VIOLENCE,  # DESIGN.md: incidents, perpetrators, orders: read
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
        P.READ_VIOLENCE,
        P.WRITE_VIOLENCE,
        P.READ_PROGRAMMES,
        P.WRITE_PROGRAMMES,
        P.READ_REFERRALS,
        P.WRITE_REFERRALS,
        P.READ_CASES,
        P.WRITE_CASES,
        P.CASE_NOTES,
        P.READ_ANON_CONTACTS,
        P.LINK_ANON_CONTACTS,
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
        P.READ_VIOLENCE,
        P.READ_PROGRAMMES,
        P.READ_REFERRALS,
        P.WRITE_REFERRALS,
        P.READ_CASES,  # only cases whose team she is on
        P.CASE_NOTES,
    },
    Role.LAWYER: _EVERYONE
    | {
        P.READ_CLIENTS,
        P.READ_STAYS_ENROLMENTS,
        P.READ_LEGAL_CONSULTATIONS,
        P.WRITE_LEGAL_CONSULTATIONS,
        P.LEGAL_NOTES,
        P.READ_RISK,
        P.READ_VIOLENCE,
        P.WRITE_VIOLENCE,
        P.READ_PROGRAMMES,
        P.READ_REFERRALS,
        P.WRITE_REFERRALS,
        P.READ_CASES,  # only cases whose team she is on
        P.CASE_NOTES,
    },
    # Runs courses and events; names only on her own course lists; no client file, no
    # risk data, no consultations, no shelter.
    Role.TRAINER: _EVERYONE | {P.READ_PROGRAMMES, P.WRITE_PROGRAMMES, P.OWN_COURSE_LISTS},
    # The hotline: logs and reads anonymous contacts, sees no client file.
    Role.OPERATOR: _EVERYONE | {P.LOG_ANON_CONTACTS, P.READ_ANON_CONTACTS},
    Role.COORDINATOR: _EVERYONE | {P.READ_COUNTS, P.EXPORT_SUMMARIES},
}


C = Compartment

# Which compartment keys each role's key slot holds (shelter_app.compartments): the
# matrix above made cryptographic. Refinements, as a centre would run it:
# - the administrator writes client files (IDENTITY) but reads no case notes, risk or
#   consultation notes; ADMIN (roles, the audit chain's first key) is hers alone;
# - head, case worker, psychologist and lawyer read risk, incidents and perpetrators
#   (VIOLENCE) and the case notes of the cases they work on (CASE_NOTES; the team rule
#   stays in the services); each profession alone holds its consultation notes;
# - the trainer holds no IDENTITY key: her course lists carry a copy of each enrolled
#   name sealed under COURSE_LISTS, written at enrolment by those who hold both;
# - operator and coordinator hold none: counts and codes are all they can read.
ROLE_COMPARTMENTS: dict[Role, frozenset[Compartment]] = {
    Role.ADMIN: frozenset({C.ADMIN, C.IDENTITY, C.COURSE_LISTS}),
    Role.HEAD: frozenset({C.IDENTITY, C.VIOLENCE, C.CASE_NOTES, C.COURSE_LISTS}),
    Role.CASE_WORKER: frozenset({C.IDENTITY, C.VIOLENCE, C.CASE_NOTES, C.COURSE_LISTS}),
    Role.PSYCHOLOGIST: frozenset({C.IDENTITY, C.PSYCH, C.VIOLENCE, C.CASE_NOTES}),
    Role.LAWYER: frozenset({C.IDENTITY, C.LEGAL, C.VIOLENCE, C.CASE_NOTES}),
    Role.TRAINER: frozenset({C.COURSE_LISTS}),
    Role.OPERATOR: frozenset(),
    Role.COORDINATOR: frozenset(),
}
# the printed recovery code opens everything: it is how a lost key is found again
RECOVERY_COMPARTMENTS = ALL_COMPARTMENTS


def compartments_of(role: Role | str) -> frozenset[Compartment]:
    try:
        return ROLE_COMPARTMENTS[Role(role)]
    except ValueError:
        return frozenset()


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
    Role.HEAD: QT_TRANSLATE_NOOP("roles", "head of the centre"),
    Role.CASE_WORKER: QT_TRANSLATE_NOOP("roles", "case worker"),
    Role.PSYCHOLOGIST: QT_TRANSLATE_NOOP("roles", "psychologist"),
    Role.LAWYER: QT_TRANSLATE_NOOP("roles", "lawyer"),
    Role.TRAINER: QT_TRANSLATE_NOOP("roles", "trainer"),
    Role.OPERATOR: QT_TRANSLATE_NOOP("roles", "hotline operator"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("roles", "coordinator"),
}


def role_label(role: Role | str) -> str:
    """The role as staff call it, in the interface language."""
    try:
        return QCoreApplication.translate("roles", str(_ROLE_NAMES[Role(role)]))
    except ValueError:
        return str(role)
