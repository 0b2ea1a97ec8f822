"""Referrals to the centre and from it to partners, newest first, with the forms to
record a new one and its outcome (ui/clients/referral_dialogs.py).

Whether her identity may go to a partner depends on her consents: the tab keeps the ones
her card last read, and the card's own copy when it has a newer one (a consent recorded on
the Consents tab a moment ago), so the new-referral form can say before saving whether
the partner may learn who she is."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from shelter_app import referrals
from shelter_app.changes import Kind
from shelter_app.clients import ClientCard, ConsentRecord
from shelter_app.i18n import fill
from shelter_app.permissions import Permission
from shelter_app.referrals import ReferralRecord
from shelter_app.vocabulary import ReferralDirection, ReferralOutcome, ReferralType

from ...context import AppContext
from ...display import code_label, date_text, yes_no
from ..referral_dialogs import OutcomeDialog, ReferralDialog
from ..risk_dialogs import RecordDialog
from .base import ListTab

SAVED_STYLE = "color: #1e6b32;"


class ReferralsTab(ListTab):
    key = "referrals"
    permissions = (Permission.READ_REFERRALS,)
    # her consent to sharing shows on the form; archiving her ends recording
    kinds = frozenset({Kind.REFERRALS, Kind.PARTNERS, Kind.CONSENTS, Kind.CLIENTS})
    keep_empty_table = True

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(ctx, client_id, parent)
        self.rows: list[ReferralRecord] = []
        self.consents: tuple[ConsentRecord, ...] = ()
        self.archived = False
        self.dialog: RecordDialog | None = None
        self.select_id: int | None = None
        self.writer = ctx.can(Permission.WRITE_REFERRALS)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New re&ferral…"), self)
        self.new_button.setToolTip(self.tr("Record a referral to us or by us to a partner"))
        self.new_button.clicked.connect(self.new_referral)
        self.outcome_button = QPushButton(self.tr("Record ou&tcome…"), self)
        self.outcome_button.setToolTip(
            self.tr("Record what came of the selected referral (or double-click it)")
        )
        self.outcome_button.clicked.connect(self.record_outcome)
        for button in (self.new_button, self.outcome_button):
            button.setVisible(self.writer)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.insertLayout(0, buttons)
        self.saved_note = QLabel(self)
        self.saved_note.setWordWrap(True)
        self.saved_note.setStyleSheet(SAVED_STYLE)
        self.saved_note.hide()
        self.layout_.insertWidget(1, self.saved_note)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _index: self.record_outcome())
        self._update_buttons()

    def title(self) -> str:
        return self.tr("R&eferrals")

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Direction"),
            self.tr("Kind"),
            self.tr("Organisation"),
            self.tr("Her identity shared"),
            self.tr("Outcome"),
        ]

    def empty_text(self) -> str:
        return self.tr("No referrals recorded.")

    # --- loading -------------------------------------------------------------------------

    def set_card(self, card: ClientCard) -> None:
        """Her card was (re)read: her consents and whether she is archived."""
        self.consents = tuple(card.consents)
        self.archived = card.archived
        self._update_buttons()

    def her_consents(self) -> Sequence[ConsentRecord]:
        """The newest consents known here: the card's copy follows the Consents tab."""
        widget = self.parentWidget()
        while widget is not None:
            card = getattr(widget, "card", None)
            if isinstance(card, ClientCard) and card.id == self.client_id:
                return card.consents
            widget = widget.parentWidget()
        return self.consents

    def load(self) -> None:
        self.ctx.call(
            referrals.client_referrals,
            self.client_id,
            on_done=self._show,
            on_error=self.failed,
            owner=self,
        )

    def _show(self, rows: list[ReferralRecord]) -> None:
        selected = self.selected()
        wanted = self.select_id if self.select_id is not None else (selected and selected.id)
        self.select_id = None
        self.rows = list(rows)
        self.show_rows(
            [
                (
                    date_text(r.on_date),
                    code_label(ReferralDirection, r.direction),
                    code_label(ReferralType, r.referral_type),
                    r.partner_name or "",
                    self._identity(r),
                    code_label(ReferralOutcome, r.outcome),
                )
                for r in rows
            ],
            records=[r.id for r in rows],
        )
        row = next((i for i, r in enumerate(self.rows) if r.id == wanted), -1)
        if row >= 0:
            self.view.selectRow(row)
        self._update_buttons()

    def _identity(self, r: ReferralRecord) -> str:
        if r.direction != ReferralDirection.OUT.value:
            return ""
        return yes_no(True) if r.identity_shared else self.tr("No (anonymous)")

    def selected(self) -> ReferralRecord | None:
        key = self.model.record(self.view.currentIndex().row())
        return next((r for r in self.rows if r.id == key), None)

    def _update_buttons(self) -> None:
        may = self.writer and not self.archived
        self.new_button.setEnabled(may)
        self.outcome_button.setEnabled(may and self.selected() is not None)

    # --- the forms -----------------------------------------------------------------------

    def new_referral(self) -> None:
        if self._may_open(self.new_button):
            dialog = ReferralDialog(self.ctx, self.client_id, self.her_consents(), self)
            self._open(dialog, self._recorded)

    def record_outcome(self) -> None:
        referral = self.selected()
        if referral is not None and self._may_open(self.outcome_button):
            self._open(OutcomeDialog(self.ctx, referral, self), self._outcome)

    def _may_open(self, button: QPushButton) -> bool:
        if not self.writer or not button.isEnabled():
            return False
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return False
        return True

    def _open(self, dialog: RecordDialog, saved) -> None:
        self.saved_note.hide()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(saved)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        dialog.open()

    def _recorded(self, record: ReferralRecord) -> None:
        if record.direction != ReferralDirection.OUT.value:
            note = self.tr("The referral to us was recorded.")
        elif record.identity_shared:
            note = fill(
                self.tr("The referral was recorded; her identity is shared with %1."),
                record.partner_name or "",
            )
        else:
            note = self.tr(
                "The referral was recorded as anonymous: the partner is not told who she is."
            )
        self._after_write(note, record.id)

    def _outcome(self, record: ReferralRecord) -> None:
        self._after_write(
            fill(self.tr("Outcome recorded: %1."), code_label(ReferralOutcome, record.outcome)),
            record.id,
        )

    def _after_write(self, note: str, referral_id: int) -> None:
        self.saved_note.setText(note)
        self.saved_note.show()
        self.select_id = referral_id  # the row just written is selected once it is back
        # the change notice of the write reloads this tab (and whatever else shows it)
