"""The work areas of the main window, in navigation order, and who sees them.

Each page is a `QWidget` subclass constructed as `Page(ctx: AppContext, parent)`. It may
define `activate()` (called every time the area is shown: refresh what may have changed)
and `navigate_to(argument)` (another page asked to show something here, e.g. a client id).
Visibility only spares a role what it cannot use; the services refuse regardless.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shelter_app.permissions import Permission as P
from shelter_app.permissions import Role, allowed


@dataclass(frozen=True)
class Area:
    key: str
    source_title: str
    page: str  # "module:Class"
    shortcut: str
    visible: Callable[[Role], bool]

    @property
    def title(self) -> str:
        return QCoreApplication.translate("areas", self.source_title)

    def available(self) -> bool:
        """The page's module is installed (part 2 areas arrive module by module)."""
        try:
            return importlib.util.find_spec(self.page.split(":")[0]) is not None
        except ModuleNotFoundError:  # the area's package is not there at all
            return False

    def page_class(self) -> type:
        module, name = self.page.split(":")
        return getattr(importlib.import_module(module), name)


def _can(*permissions: P) -> Callable[[Role], bool]:
    return lambda role: any(allowed(role, p) for p in permissions)


AREAS: tuple[Area, ...] = (
    Area(
        "dashboard",
        QT_TRANSLATE_NOOP("areas", "Overview"),
        "ui.dashboard:DashboardPage",
        "Ctrl+1",
        lambda role: True,
    ),
    Area(
        "clients",
        QT_TRANSLATE_NOOP("areas", "Clients"),
        "ui.clients.page:ClientsPage",
        "Ctrl+2",
        _can(P.READ_CLIENTS),
    ),
    Area(
        "consultations",
        QT_TRANSLATE_NOOP("areas", "Consultations"),
        "ui.consultations.page:ConsultationsPage",
        "Ctrl+3",
        _can(P.READ_PSY_CONSULTATIONS, P.READ_LEGAL_CONSULTATIONS),
    ),
    Area(
        "contacts",
        QT_TRANSLATE_NOOP("areas", "Anonymous contacts"),
        "ui.contacts.page:ContactsPage",
        "Ctrl+9",
        _can(P.READ_ANON_CONTACTS),
    ),
    Area(
        "programmes",
        QT_TRANSLATE_NOOP("areas", "Courses and events"),
        "ui.programmes.page:ProgrammesPage",
        "Ctrl+4",
        _can(P.READ_PROGRAMMES),
    ),
    Area(
        "shelter",
        QT_TRANSLATE_NOOP("areas", "Shelter"),
        "ui.shelter.page:ShelterPage",
        "Ctrl+5",
        _can(P.READ_STAYS_ENROLMENTS),
    ),
    Area(
        "reports",
        QT_TRANSLATE_NOOP("areas", "Reports"),
        "ui.reports.page:ReportsPage",
        "Ctrl+6",
        _can(P.EXPORT_SUMMARIES),
    ),
    Area(  # case management (issue 13): own cases for staff, every caseload for the head
        "cases",
        QT_TRANSLATE_NOOP("areas", "My cases"),
        "ui.cases.my_cases:MyCasesPage",
        "Ctrl+8",
        _can(P.WRITE_CASES, P.CASE_NOTES),
    ),
    Area(
        "administration",
        QT_TRANSLATE_NOOP("areas", "Administration"),
        "ui.admin.page:AdminPage",
        "Ctrl+7",
        _can(P.MANAGE_ACCOUNTS),
    ),
)


def areas_for(role: Role) -> list[Area]:
    return [a for a in AREAS if a.visible(role) and a.available()]


def start_area(role: Role) -> str:
    """Where the window opens when no area is remembered: the contact log for a hotline
    operator and the courses for a trainer (the overview has nothing for them)."""
    if allowed(role, P.LOG_ANON_CONTACTS):
        return "contacts"
    if allowed(role, P.OWN_COURSE_LISTS):
        return "programmes"
    return "dashboard"
