"""The client card: a header with her code (the card's title: never her name in a
title), name, age, district and status, and one tab per kind of data, each from its own
module in ui/clients/tabs/ and shown only to roles that may read it.

Opening the card reads it once (`get_client`, audited as a view); the profile and
consents tabs use that same card. Every other tab loads when first shown, so what was
read, and audited, is what someone actually opened."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_app import clients
from shelter_app.clients import ClientCard, ClientSummary, ConsentRecord
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.permissions import Permission
from shelter_app.vocabulary import District

from ..cases.case_tab import CaseTab  # case management (issue 13)
from ..context import AppContext
from ..display import code_label, without_mnemonic
from ..forms import ERROR_STYLE
from ..window_state import UserSettings, keep_lists
from .tabs.base import ClientTab
from .tabs.children import ChildrenTab
from .tabs.consents import ConsentsTab
from .tabs.consultations import ConsultationsTab
from .tabs.courses import CoursesTab
from .tabs.history import HistoryTab
from .tabs.profile import ProfileTab
from .tabs.referrals import ReferralsTab
from .tabs.risk import RiskTab
from .tabs.stays import StaysTab
from .tabs.violence import ViolenceTab  # issue 15

TAB_CLASSES: tuple[type[ClientTab], ...] = (
    ProfileTab,
    CaseTab,
    ConsentsTab,
    RiskTab,
    ViolenceTab,
    ConsultationsTab,
    CoursesTab,
    StaysTab,
    ChildrenTab,
    ReferralsTab,
    HistoryTab,
)
ARCHIVED_STYLE = "color: #8a6d00; font-weight: bold;"
BADGE_STYLE = (
    "background: #b3261e; color: white; font-weight: bold; border-radius: 8px; padding: 2px 8px;"
)


class ClientCardView(QWidget):
    back_requested = Signal()
    changed = Signal()  # her record changed here: lists elsewhere refresh

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.card: ClientCard | None = None
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Back to the list"), self)
        self.back_button.setToolTip(self.tr("Back to the list of clients (Alt+Left)"))
        self.back_button.clicked.connect(self.back_requested.emit)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        self.archive_button = QPushButton(self, text=self.tr("Archi&ve…"))
        self.archive_button.clicked.connect(self.toggle_archive)
        self.archive_button.setVisible(False)
        bar.addWidget(self.archive_button)
        layout.addLayout(bar)
        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested.emit)
        edit = QShortcut(QKeySequence("Ctrl+E"), self)
        edit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit.activated.connect(self.edit)

        self.code_label = QLabel(self.tr("Loading…"), self)
        font = QFont(self.code_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QHBoxLayout()
        header.addWidget(self.code_label)
        self.status_label = QLabel(self)
        header.addWidget(self.status_label)
        self.no_call_badge = QLabel(self.tr("Do not call"), self)
        self.no_call_badge.setStyleSheet(BADGE_STYLE)
        self.no_call_badge.setToolTip(
            self.tr("It is not safe to call: someone else may hear or see the phone.")
        )
        self.no_call_badge.hide()
        header.addWidget(self.no_call_badge)
        self.no_text_badge = QLabel(self.tr("No messages"), self)
        self.no_text_badge.setStyleSheet(BADGE_STYLE)
        self.no_text_badge.setToolTip(
            self.tr("It is not safe to send messages: someone else may read them.")
        )
        self.no_text_badge.hide()
        header.addWidget(self.no_text_badge)
        header.addStretch(1)
        layout.addLayout(header)
        self.details = QLabel(self)
        details_font = QFont(self.details.font())
        details_font.setPointSizeF(details_font.pointSizeF() * 1.15)
        self.details.setFont(details_font)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self._tabs: dict[str, ClientTab] = {}
        for cls in TAB_CLASSES:
            if cls.visible_for(ctx):
                tab = cls(ctx, client_id, self.tabs)
                self._tabs[cls.key] = tab
                # no Alt-letters on the tabs: the card's actions need them all, and
                # Ctrl+Tab / Ctrl+PgDown move between tabs
                self.tabs.addTab(tab, without_mnemonic(tab.title()))
        self._keep_lists()
        self.tabs.setEnabled(False)
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        layout.addWidget(self.tabs, 1)
        profile = self._tabs.get("profile")
        if isinstance(profile, ProfileTab):
            profile.card_changed.connect(self._edited)
            profile.reload_requested.connect(self.load)
        consents = self._tabs.get("consents")
        if isinstance(consents, ConsentsTab):
            consents.changed.connect(self._consents_changed)

    # --- what is shown -----------------------------------------------------------------

    def tab_keys(self) -> list[str]:
        return list(self._tabs)

    def tab(self, key: str) -> ClientTab | None:
        return self._tabs.get(key)

    def show_tab(self, key: str) -> ClientTab:
        tab = self._tabs[key]
        self.tabs.setCurrentWidget(tab)
        return tab

    # --- loading -----------------------------------------------------------------------

    def load(self) -> None:
        self.ctx.call(
            clients.get_client,
            self.client_id,
            on_done=self.show_card,
            on_error=self._failed,
            owner=self,
        )

    def show_card(self, card: ClientCard) -> None:
        """Show a card already read (by `load`, or returned by intake: no second read)."""
        self.card = card
        self.error.hide()
        self._header(card)
        for tab in self._tabs.values():
            set_card = getattr(tab, "set_card", None)
            if callable(set_card):
                set_card(card)
        self.tabs.setEnabled(True)
        self._load_current()

    def _header(self, card: ClientCard) -> None:
        self.code_label.setText(card.code)
        parts = [clients.display_name(card.last_name, card.first_name, card.patronymic)]
        if card.birth_date is not None:
            age = clients.age_on(card.birth_date, date.today())
            parts.append(fill(self.tr("%1 years"), str(age)))
        elif card.birth_year is not None:
            parts.append(fill(self.tr("born in %1"), str(card.birth_year)))
        parts.append(code_label(District, card.district))
        self.details.setText(" · ".join(parts))
        if card.archived:
            self.status_label.setText(self.tr("archived"))
            self.status_label.setStyleSheet(ARCHIVED_STYLE)
        else:
            self.status_label.setText(self.tr("active"))
            self.status_label.setStyleSheet("color: #3c6e3c;")
        # a phone on record that must not be used: said where it cannot be missed
        self.no_call_badge.setVisible(bool(card.phone) and not card.safe_to_call)
        self.no_text_badge.setVisible(bool(card.phone) and not card.safe_to_text)
        writer = self.ctx.can(Permission.WRITE_CLIENTS)
        self.archive_button.setVisible(writer)
        self.archive_button.setText(
            self.tr("Restore from the archi&ve") if card.archived else self.tr("Archi&ve…")
        )

    def _failed(self, error: OberihError) -> None:
        self.code_label.setText(self.tr("Client card"))
        self.error.setText(error.user_message())
        self.error.show()

    def refresh(self) -> None:
        """The page is shown again: reload the open tab if its data changed meanwhile."""
        self._load_current()

    def _keep_lists(self) -> None:
        """Each tab's lists remember her column widths and sort (per user, per tab; a
        list a tab makes later is caught when the tab is next shown)."""
        settings = UserSettings(self.ctx.user)
        for key, tab in self._tabs.items():
            keep_lists(settings, tab, f"card/{key}")

    def _load_current(self) -> None:
        self._keep_lists()
        tab = self.tabs.currentWidget()
        if isinstance(tab, ClientTab) and self.card is not None:
            tab.ensure_loaded()

    # --- changes made here -------------------------------------------------------------

    def edit(self) -> None:
        profile = self._tabs.get("profile")
        if isinstance(profile, ProfileTab) and self.card is not None:
            if self.ctx.can(Permission.WRITE_CLIENTS):
                self.tabs.setCurrentWidget(profile)
            profile.edit()

    def _edited(self, card: ClientCard) -> None:
        self.card = card
        self._header(card)
        consents = self._tabs.get("consents")
        if isinstance(consents, ConsentsTab):
            consents.set_card(card)
        self.changed.emit()

    def _consents_changed(self) -> None:
        consents = self._tabs.get("consents")
        if self.card is None or not isinstance(consents, ConsentsTab):
            return
        records: list[ConsentRecord] = consents.records
        latest = max((r.given_on for r in records), default=self.card.last_activity_on)
        self.card = dataclasses.replace(
            self.card,
            consents=tuple(records),
            last_activity_on=max(self.card.last_activity_on, latest),
        )
        profile = self._tabs.get("profile")
        if isinstance(profile, ProfileTab):
            profile.set_card(self.card)
        self.changed.emit()

    def toggle_archive(self) -> None:
        if self.card is None or not self.ctx.can(Permission.WRITE_CLIENTS):
            return
        if self.card.archived:
            self._call_archive(clients.restore_client)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            fill(self.tr("Archive %1"), self.card.code),
            self.tr(
                "Archive this record? It will no longer appear in everyday lists; nothing "
                "is deleted and the record can be restored at any time."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Archive"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: (
                box.standardButton(button) == QMessageBox.StandardButton.Yes
                and self._call_archive(clients.archive_client)
            )
        )
        self.archive_box = box
        box.open()

    def _call_archive(self, service) -> None:
        self.archive_button.setEnabled(False)
        self.ctx.call(
            service,
            self.client_id,
            on_done=self._archived,
            on_error=self._archive_failed,
            owner=self,
        )

    def _archived(self, _summary: ClientSummary) -> None:
        self.archive_button.setEnabled(True)
        self.changed.emit()
        self.load()  # the version moved on: the card is read again before any edit

    def _archive_failed(self, error: OberihError) -> None:
        self.archive_button.setEnabled(True)
        self.error.setText(error.user_message())
        self.error.show()
