"""The forms of the Referrals tab: record a referral (to us, or by us to a partner) and
record what came of one.

Telling a partner who she is needs her consent to sharing with referral partners, valid
on the referral date. The service refuses to record her identity as shared without it,
and records the referral without her identity otherwise; the form says which of the two
will happen before anything is saved, in the words a case worker uses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from shelter_app import partners, referrals
from shelter_app.clients import ConsentRecord
from shelter_app.errors import InvalidInput, OberihError
from shelter_app.i18n import fill
from shelter_app.partners import PartnerRecord
from shelter_app.referrals import ReferralRecord
from shelter_app.vocabulary import (
    ConsentKind,
    ReferralDirection,
    ReferralOutcome,
    ReferralType,
    choices,
)

from ..context import AppContext
from ..dialogs import WrapLabel
from ..display import code_label, date_text
from ..forms import error_label
from .risk_dialogs import (
    RecordDialog,
    date_field,
    hint_label,
    left_aligned,
    value_label,
)

WARNING_STYLE = (
    "background: #fff4e5; color: #663c00; border: 1px solid #ffcc80; border-radius: 4px;"
    " padding: 8px;"
)
CONSENTED_STYLE = (
    "background: #edf7ed; color: #1e4620; border: 1px solid #a5d6a7; border-radius: 4px;"
    " padding: 8px;"
)


def vocabulary_combo(enum, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for code, text in choices(enum):
        combo.addItem(text, code)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def sharing_consent_on(consents: Sequence[ConsentRecord], day: date) -> ConsentRecord | None:
    """Her consent to sharing with referral partners valid on `day`, if any."""
    valid = [
        c for c in consents if c.kind == ConsentKind.SHARING_WITH_PARTNERS.value and c.valid_on(day)
    ]
    return max(valid, key=lambda c: c.given_on, default=None)


class DirectionChoice(QWidget):
    """To us or by us: two options, one click, both visible."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, text in choices(ReferralDirection):
            button = QRadioButton(text, self)
            self.buttons[code] = button
            self.group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.buttons[ReferralDirection.OUT.value].setChecked(True)
        self.setFocusProxy(self.buttons[ReferralDirection.OUT.value])

    def value(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def set_value(self, code: str) -> None:
        self.buttons[code].setChecked(True)


class ReferralDialog(RecordDialog):
    """A new referral. `consents` are hers as her card last read them (the service checks
    again when saving)."""

    def __init__(
        self,
        ctx: AppContext,
        client_id: int,
        consents: Sequence[ConsentRecord],
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New referral"))
        self.client_id = client_id
        self.consents = tuple(consents)
        self.direction = DirectionChoice(self)
        self.form.add("direction", self.tr("Di&rection:"), self.direction)
        self.kind = vocabulary_combo(ReferralType, self)
        self.form.add("referral_type", self.tr("&Kind of help:"), left_aligned(self.kind))
        self.partner = QComboBox(self)
        self.partner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.partner.setMinimumContentsLength(28)
        self.partner.addItem(self.tr("Loading…"), None)
        self.partner.setEnabled(False)
        self.partner_row = left_aligned(self.partner)
        self.form.add("partner", self.tr("&Organisation:"), self.partner_row)
        self.partner_hint = hint_label("", self)
        self.form.add_row("", self.partner_hint)
        self.on_date = date_field(date.today(), self)
        self.form.add("on_date", self.tr("&Date:"), self.on_date)
        self.outcome = vocabulary_combo(ReferralOutcome, self)
        self.form.add("outcome", self.tr("O&utcome so far:"), left_aligned(self.outcome))

        # her identity: the consent check, said before saving
        self.share = QCheckBox(
            self.tr("&Tell the partner who she is (her name and contact details)"), self
        )
        self.form.add("identity_shared", self.tr("Her identity:"), self.share)
        # full width under the form: what happens to her identity, and the service's
        # refusal if her consent turned out not to be there after all
        self.consent_note = WrapLabel("", self)
        self.consent_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.consent_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.layout_.addWidget(self.consent_note)
        self.consent_error = error_label(self)
        self.layout_.addWidget(self.consent_error)
        self.layout_.addStretch(1)
        self.finish()
        self.setMinimumWidth(640)

        for button in self.direction.buttons.values():
            button.toggled.connect(lambda _on: self._direction_changed())
        self.on_date.edit.textChanged.connect(lambda _text: self._consent_check())
        self.share.toggled.connect(lambda _on: self._consent_check())
        self._direction_changed()
        self.ctx.call(
            partners.list_partners,
            on_done=self._partners,
            on_error=self._no_partners,
            owner=self,
        )
        self.kind.setFocus()

    # --- what the form shows ---------------------------------------------------------

    def _partners(self, rows: list[PartnerRecord]) -> None:
        chosen = self.partner.currentData() if self.partner.isEnabled() else None
        self.partner.clear()
        self.partner.addItem(self.tr("— no organisation named —"), None)
        for p in rows:
            self.partner.addItem(p.name, p.id)
        index = self.partner.findData(chosen)
        self.partner.setCurrentIndex(max(index, 0))
        self.partner.setEnabled(True)
        if not rows:
            self.partner_hint.setText(
                self.tr(
                    "No partner organisations are registered yet: they are added in Courses "
                    "and events, on the Partner organisations tab."
                )
            )
        self.partner_hint.setVisible(not rows)

    def _no_partners(self, error: OberihError) -> None:
        self.partner.clear()
        self.partner.addItem(self.tr("— no organisation named —"), None)
        self.partner.setEnabled(True)
        self.partner_hint.setText(error.user_message())
        self.partner_hint.show()

    def outgoing(self) -> bool:
        return self.direction.value() == ReferralDirection.OUT.value

    def _direction_changed(self) -> None:
        out = self.outgoing()
        caption = self.form.layout_.labelForField(self.partner_row.parentWidget())
        if isinstance(caption, QLabel):
            caption.setText(self.tr("Referred t&o:") if out else self.tr("Referred b&y:"))
        self.form.layout_.setRowVisible(self.share.parentWidget(), out)
        self.consent_note.setVisible(out)
        self._consent_check()

    def referral_day(self) -> date:
        ok, day = self.on_date.value()
        return day if ok and day is not None else date.today()

    def has_consent(self) -> ConsentRecord | None:
        return sharing_consent_on(self.consents, self.referral_day())

    def _consent_check(self) -> None:
        """Before saving: may her identity go to the partner, and what happens if not."""
        if self.outgoing():
            self._say_consent()
            if self.isVisible():
                self.grow_to_fit()

    def _say_consent(self) -> None:
        consent = self.has_consent()
        if consent is None:
            if self.share.isChecked():
                self.share.setChecked(False)
            self.share.setEnabled(False)
            self.consent_note.setStyleSheet(WARNING_STYLE)
            self.consent_note.setText(
                fill(
                    self.tr(
                        "She has not agreed to her details being passed to referral partners "
                        "(no such consent valid on %1), so her identity cannot be shared. Saved "
                        "now, this referral is anonymous: the partner is not told who she is. If "
                        "she agrees to share, record her consent on the Consents tab first."
                    ),
                    date_text(self.referral_day()),
                )
            )
            return
        self.share.setEnabled(True)
        self.consent_note.setStyleSheet(CONSENTED_STYLE)
        if self.share.isChecked():
            text = self.tr(
                "She agreed on %1 to her details being passed to referral partners: the "
                "partner will be told who she is."
            )
        else:
            text = self.tr(
                "She agreed on %1 to her details being passed to referral partners. Tick "
                "the box only if she wants this partner to know who she is; otherwise the "
                "referral is anonymous."
            )
        self.consent_note.setText(fill(text, date_text(consent.given_on)))

    # --- saving ---------------------------------------------------------------------------

    def consent_error_text(self) -> str:
        return self.consent_error.text() if not self.consent_error.isHidden() else ""

    def show_error(self, error: OberihError) -> None:
        if isinstance(error, InvalidInput) and error.field == "consent":
            self.form.clear_errors()
            self.consent_error.setText(error.user_message())
            self.consent_error.show()
            self.share.setFocus()
            self.grow_to_fit()
            return
        super().show_error(error)

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        self.consent_error.hide()
        ok, day = self.day_of(self.on_date, "on_date")
        if not ok:
            return
        out = self.outgoing()
        self.send(
            referrals.record_referral,
            self.client_id,
            self.direction.value(),
            self.kind.currentData(),
            day,
            self.partner.currentData() if self.partner.isEnabled() else None,
            out and self.share.isChecked(),
            self.outcome.currentData(),
        )


class OutcomeDialog(RecordDialog):
    """What came of a referral: accepted, completed, declined..."""

    def __init__(self, ctx: AppContext, referral: ReferralRecord, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Referral outcome"))
        self.referral = referral
        facts = [
            (self.tr("Date:"), date_text(referral.on_date)),
            (self.tr("Direction:"), code_label(ReferralDirection, referral.direction)),
            (self.tr("Kind of help:"), code_label(ReferralType, referral.referral_type)),
            (self.tr("Organisation:"), referral.partner_name or self.tr("not named")),
        ]
        for caption, value in facts:
            self.form.add_row(caption, value_label(value, self))
        self.outcome = vocabulary_combo(ReferralOutcome, self)
        index = self.outcome.findData(referral.outcome)
        self.outcome.setCurrentIndex(max(index, 0))
        self.form.add("outcome", self.tr("Ou&tcome:"), left_aligned(self.outcome))
        self.layout_.addStretch(1)
        self.finish()
        self.outcome.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        self.send(referrals.update_referral_outcome, self.referral.id, self.outcome.currentData())
