"""The Administration area: one tab per job. Each section refreshes itself when its tab
is shown (and when the area is shown), so a tab never shows stale data for long."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..context import AppContext
from .accounts import AccountsSection
from .audit_log import AuditLogSection
from .backups import BackupsSection
from .keys import KeysSection
from .retention import RetentionSection
from .settings_page import SettingsSection
from .sites_section import SitesSection

TAB_KEY = "admin/tab"


class AdminPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(True)  # six tabs fit a 1280-pixel screen
        self.tabs.setDocumentMode(True)
        self.accounts = AccountsSection(ctx, self.tabs)
        self.audit_log = AuditLogSection(ctx, self.tabs)
        self.backups = BackupsSection(ctx, self.tabs)
        self.keys = KeysSection(ctx, self.tabs)
        self.retention = RetentionSection(ctx, self.tabs)
        self.settings = SettingsSection(ctx, self.tabs)
        self.sites = SitesSection(ctx, self.tabs)
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.tabs.addTab(self.audit_log, self.tr("Audit log"))
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.tabs.addTab(self.keys, self.tr("Data key"))
        self.tabs.addTab(self.retention, self.tr("Retention"))
        self.tabs.addTab(self.settings, self.tr("Settings and shelter layout"))
        self.tabs.addTab(self.sites, self.tr("Sites"))
        self.tabs.setTabToolTip(0, self.tr("Ctrl+Tab moves to the next tab"))
        layout.addWidget(self.tabs)
        self.tabs.setCurrentIndex(QSettings().value(TAB_KEY, 0, type=int))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._shown = False

    def activate(self) -> None:
        self._shown = True
        self._activate_current()

    def show_section(self, section: QWidget) -> None:
        self.tabs.setCurrentWidget(section)

    def _tab_changed(self, index: int) -> None:
        QSettings().setValue(TAB_KEY, index)
        if self._shown:
            self._activate_current()

    def _activate_current(self) -> None:
        section = self.tabs.currentWidget()
        activate = getattr(section, "activate", None)
        if activate is not None:
            activate()
