"""Risk and safety: the forms of violence she disclosed, risk assessments and her current
safety plan. Read-only for now (part 2 adds the forms). Special-category data: the tab
exists only for roles with READ_RISK, and it is loaded (and the viewing audited) only
when someone opens it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shelter_app import safety
from shelter_app.permissions import Permission
from shelter_app.safety import ClientSafety, RiskAssessmentRecord
from shelter_app.vocabulary import RiskLevel, ViolenceForm

from ...context import AppContext
from ...forms import BANNER_STYLE
from ..display import RowsModel, code_label, date_text, fit_columns, list_view, yes_no
from .base import ClientTab


class RiskTab(ClientTab):
    key = "risk"
    permissions = (Permission.READ_RISK,)
    areas = frozenset({"risk", "safety"})

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(ctx, client_id, parent)
        self.data: ClientSafety | None = None
        self.layout_.addWidget(self.status)
        self.consent = QLabel(self)
        self.consent.setWordWrap(True)
        self.layout_.addWidget(self.consent)
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
        self.disclosures = RowsModel(
            [
                self.tr("Disclosed on"),
                self.tr("Forms of violence"),
                self.tr("Children witnessed"),
                self.tr("Children affected"),
            ],
            self,
        )
        self.disclosures_view = list_view(self.disclosures, disclosed)
        QVBoxLayout(disclosed).addWidget(self.disclosures_view)
        inner.addWidget(disclosed, 1)

        assessed = QGroupBox(self.tr("Risk assessments"), content)
        self.assessments = RowsModel(
            [
                self.tr("Assessed on"),
                self.tr("Level"),
                self.tr("Score"),
                self.tr("Danger signs present"),
            ],
            self,
        )
        self.assessments_view = list_view(self.assessments, assessed)
        QVBoxLayout(assessed).addWidget(self.assessments_view)
        inner.addWidget(assessed, 1)

        planned = QGroupBox(self.tr("Safety plan"), content)
        plan_layout = QVBoxLayout(planned)
        dates = QFormLayout()
        self.plan_made = QLabel(planned)
        self.plan_review = QLabel(planned)
        dates.addRow(self.tr("Made on:"), self.plan_made)
        dates.addRow(self.tr("Review by:"), self.plan_review)
        plan_layout.addLayout(dates)
        self.plan_text = QPlainTextEdit(planned)
        self.plan_text.setReadOnly(True)
        low = self.fontMetrics().height() * 4
        for widget in (self.disclosures_view, self.assessments_view, self.plan_text):
            widget.setMinimumHeight(low)
        plan_layout.addWidget(self.plan_text)
        inner.addWidget(planned, 1)

    def title(self) -> str:
        return self.tr("&Risk and safety")

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
        self.show_status("")
        if data.consent_today:
            self.consent.setStyleSheet("")
            self.consent.setText(
                self.tr("She has a valid consent to processing violence and health details.")
            )
        else:
            self.consent.setStyleSheet(BANNER_STYLE)
            self.consent.setText(
                self.tr(
                    "She has no valid consent to processing violence and health details "
                    "today: new details cannot be recorded until it is recorded on the "
                    "Consents tab."
                )
            )
        self.disclosures.set_rows(
            [
                (
                    date_text(d.disclosed_on),
                    ", ".join(
                        code_label(ViolenceForm, f.value)
                        for f in ViolenceForm
                        if f.value in d.forms
                    ),
                    yes_no(d.children_witnessed),
                    str(d.children_affected),
                )
                for d in data.disclosures
            ]
        )
        fit_columns(self.disclosures_view)
        questions = {q.code: q for q in safety.risk_questions()}
        self.assessments.set_rows(
            [self._assessment_row(a) for a in data.assessments],
            tips=[
                "\n".join(questions[c].text() for c, yes in a.answers if yes and c in questions)
                or None
                for a in data.assessments
            ],
        )
        fit_columns(self.assessments_view)
        plan = data.current_plan
        if plan is None:
            self.plan_made.setText(self.tr("no safety plan yet"))
            self.plan_review.setText("—")
            self.plan_text.clear()
            return
        self.plan_made.setText(date_text(plan.made_on))
        review = date_text(plan.review_on)
        if plan.reviewed_on is not None:
            review = (
                self.tr("%1 (reviewed on %2)")
                .replace("%1", review)
                .replace("%2", date_text(plan.reviewed_on))
            )
        elif plan.review_on < date.today():
            review = self.tr("%1 — the review is overdue").replace("%1", review)
        self.plan_review.setText(review)
        self.plan_text.setPlainText(plan.plan_text or "")

    def _assessment_row(self, a: RiskAssessmentRecord) -> tuple[str, ...]:
        yes = sum(1 for _, answer in a.answers if answer)
        signs = self.tr("%1 of %2").replace("%1", str(yes)).replace("%2", str(len(a.answers)))
        return (date_text(a.assessed_on), code_label(RiskLevel, a.level), str(a.score), signs)
