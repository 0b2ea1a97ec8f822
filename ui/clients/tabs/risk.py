"""Risk and safety: the forms of violence she disclosed, risk assessments over time and
her current safety plan, with the forms to add to them (ui/clients/risk_dialogs.py).

Special-category data: the tab exists only for roles with READ_RISK, the buttons only for
WRITE_RISK, and it is loaded (and the viewing audited) only when someone opens it. The
services refuse every new detail without her consent to processing violence and health
details; the tab says so up front, with the way to the Consents tab, instead of letting
someone fill in a form first."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_app import safety
from shelter_app.changes import Kind
from shelter_app.clients import ClientCard
from shelter_app.i18n import fill
from shelter_app.permissions import Permission
from shelter_app.safety import (
    ClientSafety,
    DisclosureRecord,
    RiskAssessmentRecord,
    SafetyPlanRecord,
)
from shelter_app.vocabulary import RiskLevel, ViolenceForm, label

from ...context import AppContext
from ...display import RowsModel, code_label, date_text, fit_columns, table_view, yes_no
from ..risk_dialogs import (
    AssessmentDialog,
    DisclosureDialog,
    PlanReviewedDialog,
    RecordDialog,
    SafetyPlanDialog,
)
from .base import ClientTab

NOTICE_STYLE = (
    "QFrame#consentNotice { background: #fff4e5; border: 1px solid #ffcc80;"
    " border-radius: 4px; } QFrame#consentNotice QLabel { color: #663c00; }"
)
SAVED_STYLE = "color: #1e6b32;"
OVERDUE_STYLE = "color: #b3261e; font-weight: bold;"
DUE_SOON_STYLE = "color: #8a5a00; font-weight: bold;"
DUE_SOON_DAYS = 7
ALARMING = {RiskLevel.HIGH.value, RiskLevel.SEVERE.value}


class AssessmentsModel(RowsModel):
    """The assessments list, its level in bold red where it is high or severe."""

    LEVEL_COLUMN = 1

    def __init__(self, headers: list[str], parent: QWidget | None = None):
        super().__init__(headers, parent)
        self.levels: list[str] = []

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            index.isValid()
            and index.column() == self.LEVEL_COLUMN
            and 0 <= index.row() < len(self.levels)
            and self.levels[index.row()] in ALARMING
        ):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#b3261e"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class RiskTab(ClientTab):
    key = "risk"
    permissions = (Permission.READ_RISK,)
    # her consents decide what may be recorded; archiving her ends recording
    kinds = frozenset({Kind.RISK, Kind.VIOLENCE, Kind.SAFETY, Kind.CONSENTS, Kind.CLIENTS})

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(ctx, client_id, parent)
        self.data: ClientSafety | None = None
        self.archived = False
        self.dialog: RecordDialog | None = None
        self.writer = ctx.can(Permission.WRITE_RISK)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self._consent_notice())
        self.saved_note = QLabel(self)
        self.saved_note.setStyleSheet(SAVED_STYLE)
        self.saved_note.setWordWrap(True)
        self.saved_note.hide()
        self.layout_.addWidget(self.saved_note)

        # the lists in a scroll area (no word-wrapped text inside: it would make the area
        # lay out at preferred height and scroll), so that a small window still works
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(content)
        self.layout_.addWidget(scroll, 1)

        disclosed = QGroupBox(self.tr("Violence disclosed"), content)
        disclosed_layout = QVBoxLayout(disclosed)
        self.disclose_button = self._button(
            self.tr("Record a &disclosure…"),
            self.tr("Record the forms of violence she told about"),
            self.record_disclosure,
        )
        disclosed_layout.addLayout(self._buttons(self.disclose_button))
        self.disclosures = RowsModel(
            [
                self.tr("Disclosed on"),
                self.tr("Forms of violence"),
                self.tr("Children witnessed"),
                self.tr("Children affected"),
            ],
            self,
        )
        self.disclosures_view = table_view(self.disclosures, disclosed, leave_on_tab=False)
        disclosed_layout.addWidget(self.disclosures_view)
        inner.addWidget(disclosed, 1)

        assessed = QGroupBox(self.tr("Risk assessments"), content)
        assessed_layout = QVBoxLayout(assessed)
        self.assess_button = self._button(
            self.tr("&New risk assessment…"),
            self.tr("Go through the risk questionnaire with her"),
            self.new_assessment,
        )
        assessed_layout.addLayout(self._buttons(self.assess_button))
        self.assessments = AssessmentsModel(
            [
                self.tr("Assessed on"),
                self.tr("Level"),
                self.tr("Score"),
                self.tr("Danger signs present"),
            ],
            self,
        )
        self.assessments_view = table_view(self.assessments, assessed, leave_on_tab=False)
        assessed_layout.addWidget(self.assessments_view)
        inner.addWidget(assessed, 1)

        planned = QGroupBox(self.tr("Safety plan"), content)
        plan_layout = QVBoxLayout(planned)
        self.plan_button = self._button(
            self.tr("Write a new p&lan…"),
            self.tr("A changed plan or a new review date is saved as a new plan"),
            self.new_plan,
        )
        self.reviewed_button = self._button(
            self.tr("&Mark reviewed…"),
            self.tr("Record that the plan was gone through with her and still holds"),
            self.mark_reviewed,
        )
        plan_layout.addLayout(self._buttons(self.plan_button, self.reviewed_button))
        dates = QFormLayout()
        self.plan_made = QLabel(planned)
        self.plan_review = QLabel(planned)
        self.plan_review.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dates.addRow(self.tr("Made on:"), self.plan_made)
        dates.addRow(self.tr("Review by:"), self.plan_review)
        plan_layout.addLayout(dates)
        self.plan_text = QPlainTextEdit(planned)
        self.plan_text.setReadOnly(True)
        self.plan_text.setTabChangesFocus(True)
        low = self.fontMetrics().height() * 4
        for widget in (self.disclosures_view, self.assessments_view, self.plan_text):
            widget.setMinimumHeight(low)
        plan_layout.addWidget(self.plan_text)
        inner.addWidget(planned, 1)
        self.plan_overdue = False
        self._update_buttons()

    # --- building ------------------------------------------------------------------------

    def _consent_notice(self) -> QFrame:
        self.consent_notice = QFrame(self)
        self.consent_notice.setObjectName("consentNotice")
        self.consent_notice.setStyleSheet(NOTICE_STYLE)
        row = QHBoxLayout(self.consent_notice)
        row.setContentsMargins(10, 8, 10, 8)
        self.consent = QLabel(self.consent_notice)
        self.consent.setWordWrap(True)
        row.addWidget(self.consent, 1)
        self.consents_button = QPushButton(self.tr("Go &to Consents"), self.consent_notice)
        self.consents_button.setToolTip(self.tr("Open the Consents tab of her card"))
        self.consents_button.clicked.connect(self.go_to_consents)
        row.addWidget(self.consents_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.consent_notice.hide()
        return self.consent_notice

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        button.setVisible(self.writer)
        return button

    def _buttons(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def title(self) -> str:
        return self.tr("&Risk and safety")

    # --- loading -------------------------------------------------------------------------

    def set_card(self, card: ClientCard) -> None:
        """Her card was (re)read: whether she is archived decides if anything may be added;
        what this tab shows is read again the next time it is shown."""
        self.archived = card.archived
        self.stale = True
        self._update_buttons()

    def load(self) -> None:
        self.ctx.call(
            safety.client_safety,
            self.client_id,
            on_done=self._show,
            on_error=self.failed,
            owner=self,
        )

    def _show(self, data: ClientSafety) -> None:
        self.data = data
        if self.archived and self.writer:
            self.show_status(
                self.tr("Her record is archived: restore it to record anything new here.")
            )
        else:
            self.show_status("")
        self._show_consent(data)
        self._show_disclosures(data.disclosures)
        self._show_assessments(data.assessments)
        self._show_plan(data.current_plan)
        self._update_buttons()

    def _show_consent(self, data: ClientSafety) -> None:
        if data.consent_today or not self.writer or self.archived:
            self.consent_notice.hide()
            return
        if self.ctx.can(Permission.WRITE_CLIENTS):
            text = self.tr(
                "She has no valid consent to processing violence and health details today, "
                "so nothing can be recorded on this tab. Record her consent on the Consents "
                "tab first."
            )
        else:
            text = self.tr(
                "She has no valid consent to processing violence and health details today, "
                "so nothing can be recorded on this tab. A case worker records her consent "
                "on the Consents tab."
            )
        self.consent.setText(text)
        self.consents_button.setVisible(self._consents_tab() is not None)
        self.consent_notice.show()

    def _show_disclosures(self, disclosures: tuple[DisclosureRecord, ...]) -> None:
        self.disclosures.set_rows(
            [
                (
                    date_text(d.disclosed_on),
                    ", ".join(label(f) for f in ViolenceForm if f.value in d.forms),
                    yes_no(d.children_witnessed),
                    str(d.children_affected),
                )
                for d in disclosures
            ],
            records=[d.id for d in disclosures],
        )
        fit_columns(self.disclosures_view)

    def _show_assessments(self, assessments: tuple[RiskAssessmentRecord, ...]) -> None:
        questions = {q.code: q for q in safety.risk_questions()}
        self.assessments.levels = [a.level for a in assessments]
        self.assessments.set_rows(
            [self._assessment_row(a) for a in assessments],
            records=[a.id for a in assessments],
            tips=[
                "\n".join(questions[c].text() for c, yes in a.answers if yes and c in questions)
                or None
                for a in assessments
            ],
        )
        fit_columns(self.assessments_view)

    def _assessment_row(self, a: RiskAssessmentRecord) -> tuple[str, ...]:
        if a.answers:
            yes = sum(1 for _, answer in a.answers if answer)
            signs = fill(self.tr("%1 of %2"), str(yes), str(len(a.answers)))
        else:
            signs = "—"  # the answers were erased with her personal data
        return (date_text(a.assessed_on), code_label(RiskLevel, a.level), str(a.score), signs)

    def _show_plan(self, plan: SafetyPlanRecord | None) -> None:
        self.plan_overdue = False
        self.plan_review.setStyleSheet("")
        if plan is None:
            self.plan_made.setText(self.tr("no safety plan yet"))
            self.plan_review.setText("—")
            self.plan_text.clear()
            return
        self.plan_made.setText(date_text(plan.made_on))
        review = date_text(plan.review_on)
        days = (plan.review_on - date.today()).days
        if plan.reviewed_on is not None:
            review = fill(self.tr("%1 (reviewed on %2)"), review, date_text(plan.reviewed_on))
        elif days < 0:
            self.plan_overdue = True
            review = fill(self.tr("%1 — the review is %n day(s) overdue", "", -days), review)
            self.plan_review.setStyleSheet(OVERDUE_STYLE)
        elif days == 0:
            review = fill(self.tr("%1 — the review is due today"), review)
            self.plan_review.setStyleSheet(DUE_SOON_STYLE)
        elif days <= DUE_SOON_DAYS:
            review = fill(self.tr("%1 — the review is due in %n day(s)", "", days), review)
            self.plan_review.setStyleSheet(DUE_SOON_STYLE)
        self.plan_review.setText(review)
        self.plan_text.setPlainText(plan.plan_text or "")

    def _update_buttons(self) -> None:
        data = self.data
        may = self.writer and data is not None and data.consent_today and not self.archived
        for button in (self.disclose_button, self.assess_button, self.plan_button):
            button.setEnabled(may)
        plan = data.current_plan if data is not None else None
        self.reviewed_button.setEnabled(may and plan is not None and plan.reviewed_on is None)
        self.plan_button.setText(
            self.tr("Write a new p&lan…") if plan is not None else self.tr("Write a safety p&lan…")
        )

    # --- the way to the Consents tab -----------------------------------------------------

    def _consents_tab(self) -> QWidget | None:
        tabs = self.parentWidget()
        while tabs is not None and not isinstance(tabs, QTabWidget):
            tabs = tabs.parentWidget()
        if tabs is None:
            return None
        for i in range(tabs.count()):
            widget = tabs.widget(i)
            if getattr(widget, "key", None) == "consents":
                return widget
        return None

    def go_to_consents(self) -> None:
        consents = self._consents_tab()
        if consents is None:
            return
        tabs = consents.parentWidget()
        while tabs is not None and not isinstance(tabs, QTabWidget):
            tabs = tabs.parentWidget()
        if tabs is not None:
            tabs.setCurrentWidget(consents)
        record = getattr(consents, "record_button", None)
        if isinstance(record, QPushButton) and record.isVisibleTo(consents):
            record.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the forms -----------------------------------------------------------------------

    def record_disclosure(self) -> None:
        if self._may_open(self.disclose_button):
            self._open(DisclosureDialog(self.ctx, self.client_id, self), self._disclosed)

    def new_assessment(self) -> None:
        if self._may_open(self.assess_button):
            self._open(AssessmentDialog(self.ctx, self.client_id, self), self._assessed)

    def new_plan(self) -> None:
        if self._may_open(self.plan_button) and self.data is not None:
            dialog = SafetyPlanDialog(self.ctx, self.client_id, self.data.current_plan, self)
            self._open(dialog, self._planned)

    def mark_reviewed(self) -> None:
        if not self._may_open(self.reviewed_button) or self.data is None:
            return
        plan = self.data.current_plan
        if plan is not None:
            self._open(PlanReviewedDialog(self.ctx, plan, self), self._reviewed)

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

    def _disclosed(self, _record: DisclosureRecord) -> None:
        self._after_write(self.tr("The disclosure was recorded."))

    def _assessed(self, record: RiskAssessmentRecord) -> None:
        self._after_write(
            fill(
                self.tr("The risk assessment was saved: level %1, score %2."),
                code_label(RiskLevel, record.level),
                str(record.score),
            )
        )

    def _planned(self, record: SafetyPlanRecord) -> None:
        self._after_write(
            fill(
                self.tr("The safety plan was saved; review it by %1."), date_text(record.review_on)
            )
        )

    def _reviewed(self, _record: SafetyPlanRecord) -> None:
        self._after_write(self.tr("The safety plan is marked reviewed."))

    def _after_write(self, note: str) -> None:
        self.saved_note.setText(note)
        self.saved_note.show()
        # the change notice of the write reloads this tab (and whatever else shows it)
