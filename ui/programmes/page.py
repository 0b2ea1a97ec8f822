"""The Courses and events area: three tabs. Case workers and administrators write;
psychologists and lawyers see the same lists without any button that writes."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from shelter_app.changes import Changes, Kind

from ..context import AppContext
from .courses import CoursesTab
from .events import EventsTab
from .partners import PartnersTab

# what shows here, and names on rosters or an archived client
SHOWN_KINDS = frozenset({Kind.COURSES, Kind.EVENTS, Kind.PARTNERS, Kind.CLIENTS})


class ProgrammesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.courses = CoursesTab(ctx, self.tabs)
        self.events = EventsTab(ctx, self.tabs)
        self.partners = PartnersTab(ctx, self.tabs)
        self.tabs.addTab(self.courses, self.tr("&Courses"))
        self.tabs.addTab(self.events, self.tr("E&vents"))
        self.tabs.addTab(self.partners, self.tr("&Partner organisations"))
        layout.addWidget(self.tabs)
        self._stale = {self.courses, self.events, self.partners}
        self.tabs.currentChanged.connect(self._tab_shown)
        ctx.changed.connect(self._data_changed)

    def activate(self) -> None:
        """Shown again: whatever changed elsewhere meanwhile is fetched anew."""
        self._stale = {self.courses, self.events, self.partners}
        self._tab_shown()

    def navigate_to(self, argument: object) -> None:
        """A course id (e.g. from a client's card): show that course."""
        if isinstance(argument, int):
            self.tabs.setCurrentWidget(self.courses)
            self.courses.show_course(argument)

    def _data_changed(self, changes: Changes) -> None:
        if not changes.touches(*SHOWN_KINDS):
            return
        self._stale = {self.courses, self.events, self.partners}
        if self.isVisible():
            self._tab_shown()

    def _tab_shown(self, *_args: object) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._stale:
            self._stale.discard(tab)
            tab.refresh()
