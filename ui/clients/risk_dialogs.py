"""The forms of the Risk and safety tab: record a disclosure of violence, a risk
assessment (the questionnaire with the level it gives, as the service computes it), a new
safety plan, and marking the current plan reviewed.

Every form sends its input to one service and closes only when the service accepted it;
a refusal (no consent on that date, a question left unanswered, a review date before the
plan) appears beside the field it names and what was typed stays. The referral forms
(ui/clients/referral_dialogs.py) share `RecordDialog`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_app import safety
from shelter_app.errors import InvalidInput, OberihError
from shelter_app.i18n import fill
from shelter_app.safety import RiskQuestion, SafetyPlanRecord
from shelter_app.vocabulary import RiskLevel, ViolenceForm, choices, label

from ..context import AppContext
from ..dialogs import WrapLabel
from ..display import date_hint, date_text
from ..forms import ErrorForm, error_label
from .optional_date import OptionalDateEdit

HINT_STYLE = "color: #5f5f5f;"
LEVEL_STYLES = {
    RiskLevel.LOW.value: "",
    RiskLevel.MEDIUM.value: "color: #8a5a00; font-weight: bold;",
    RiskLevel.HIGH.value: "color: #b3261e; font-weight: bold;",
    RiskLevel.SEVERE.value: "color: #b3261e; font-weight: bold;",
}
RESULT_STYLE = "QFrame#riskResult { border: 1px solid #c8c8c8; border-radius: 4px; }"
RAISED_STYLE = (
    "background: #fdecea; color: #8c1d18; border: 1px solid #f2b8b5; border-radius: 4px;"
    " padding: 6px;"
)
PLAN_REVIEW_DAYS = 30  # a new plan is first offered for review a month later
WRAP_FROM = 60  # characters: a longer read-only value wraps


def value_label(text: str, parent: QWidget) -> QLabel:
    """A read-only value in a form: selectable, wrapped, the whole width of the form.
    (In a form row a plain wrapped label gets its height right; WrapLabel is for boxes.)"""
    shown = QLabel(text, parent)
    shown.setWordWrap(len(text) > WRAP_FROM)  # wrapping short text only adds blank lines
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    shown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return shown


def hint_label(text: str, parent: QWidget, *, in_box: bool = False) -> QLabel:
    """A grey explanation; `in_box` for one placed straight in a box layout."""
    hint = WrapLabel(text, parent) if in_box else QLabel(text, parent)
    hint.setWordWrap(True)
    hint.setStyleSheet(HINT_STYLE)
    hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return hint


def left_aligned(field: QWidget) -> QWidget:
    """A compact field at the left of its row (its error line still gets the width)."""
    box = QWidget(field.parentWidget())
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field)
    row.addStretch(1)
    box.setFocusProxy(field)
    return box


def date_field(day: date | None, parent: QWidget) -> OptionalDateEdit:
    edit = OptionalDateEdit(parent)
    edit.set_date(day)
    return edit


class RecordDialog(QDialog):
    """A form saved by one service call. `saved` carries what the service returned; the
    dialog closes only then. Enter (or Ctrl+S, also from inside a text box) saves."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(12)
        self.form = ErrorForm(self)
        self.form.layout_.setVerticalSpacing(10)
        self.layout_.addWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+S", "Ctrl+Return"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)
        self.setMinimumWidth(560)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.grow_to_fit()

    def finish(self) -> None:
        """Add the buttons last, under whatever the subclass put in the layout."""
        self.layout_.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    @property
    def busy(self) -> bool:
        return not self.buttons.isEnabled()

    def day_of(self, edit: OptionalDateEdit, field: str) -> tuple[bool, date | None]:
        """The typed date; text that is no date is pointed out here (the format is the
        GUI's business); an empty one goes to the service, which asks for it."""
        ok, day = edit.value()
        if not ok:
            self.show_field_error(
                field, fill(self.tr("Write the date as %1, or pick it."), date_hint())
            )
        return ok, day

    def show_field_error(self, field: str, text: str) -> None:
        self.form.show_error_text(field, text)
        self.grow_to_fit()

    def grow_to_fit(self) -> None:
        """Taller when a message appeared, so no line is squeezed (a window's minimum size
        does not follow word-wrapped text by itself)."""
        layout = self.layout()
        layout.activate()
        if layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(self.width())
        else:
            need = layout.totalSizeHint().height()
        if need > self.height():
            self.resize(self.width(), need)

    def send(self, service: Callable[..., Any], *args: Any) -> None:
        self.buttons.setEnabled(False)
        self.ctx.call(service, *args, on_done=self._done, on_error=self._failed, owner=self)

    def _done(self, result: object) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: OberihError) -> None:
        self.buttons.setEnabled(True)
        self.show_error(error)

    def show_error(self, error: OberihError) -> None:
        self.form.show_error(error)
        self.grow_to_fit()


# --- disclosure ----------------------------------------------------------------------------


class FormsChecks(QWidget):
    """The forms of violence of Law No. 2229-VIII as tick boxes, two columns."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (code, text) in enumerate(choices(ViolenceForm)):
            box = QCheckBox(text, self)
            self.boxes[code] = box
            grid.addWidget(box, i // 2, i % 2)
        grid.setColumnStretch(2, 1)
        self.setFocusProxy(next(iter(self.boxes.values())))

    def chosen(self) -> set[str]:
        return {code for code, box in self.boxes.items() if box.isChecked()}


class DisclosureDialog(RecordDialog):
    """The forms of violence she told about, and the children who saw or suffered it."""

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Record a disclosure of violence"))
        self.client_id = client_id
        self.forms = FormsChecks(self)
        self.form.add("forms", self.tr("Forms of &violence:"), self.forms)
        self.witnessed = QCheckBox(self.tr("&Children witnessed or suffered the violence"), self)
        self.form.add("children_witnessed", self.tr("Children:"), self.witnessed)
        self.children = QSpinBox(self)
        self.children.setRange(0, safety.MAX_CHILDREN)
        self.children.setMinimumWidth(self.children.fontMetrics().horizontalAdvance("00") + 60)
        self.form.add("children_affected", self.tr("&How many children:"), self.children)
        self.witnessed.toggled.connect(self._witnessed)
        self.disclosed_on = date_field(date.today(), self)
        self.form.add("disclosed_on", self.tr("&Disclosed on:"), self.disclosed_on)
        self.layout_.addStretch(1)
        self.finish()
        self.forms.setFocus()

    def _witnessed(self, on: bool) -> None:
        if on and self.children.value() == 0:
            self.children.setFocus()
            self.children.selectAll()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        ok, day = self.day_of(self.disclosed_on, "disclosed_on")
        if not ok:
            return
        self.send(
            safety.record_disclosure,
            self.client_id,
            self.forms.chosen(),
            self.witnessed.isChecked(),
            self.children.value(),
            day,
        )


# --- risk assessment -----------------------------------------------------------------------


class QuestionRow:
    """One question of the assessment with Yes and No, laid out in the questionnaire's
    grid; nothing is ticked at first, so a question passed over is noticed rather than
    counted as a no."""

    def __init__(self, number: int, question: RiskQuestion, grid: QGridLayout, parent: QWidget):
        self.question = question
        line = 2 * (number - 1)
        top = Qt.AlignmentFlag.AlignTop
        self.number = QLabel(f"{number}.", parent)
        grid.addWidget(self.number, line, 0, top | Qt.AlignmentFlag.AlignRight)
        self.text = QLabel(question.text(), parent)
        self.text.setWordWrap(True)
        grid.addWidget(self.text, line, 1, top)
        self.yes = QRadioButton(QCoreApplication.translate("risk_dialogs", "Yes"), parent)
        self.no = QRadioButton(QCoreApplication.translate("risk_dialogs", "No"), parent)
        self.group = QButtonGroup(parent)
        for column, button in ((2, self.yes), (3, self.no)):
            self.group.addButton(button)
            button.setAccessibleDescription(question.text())
            grid.addWidget(button, line, column, top)
        # the text's first line level with the buttons' labels
        lift = max(0, (self.yes.sizeHint().height() - self.text.fontMetrics().height()) // 2)
        self.text.setContentsMargins(0, lift, 0, 0)
        self.number.setContentsMargins(0, lift, 0, 0)
        self.error = error_label(parent)
        grid.addWidget(self.error, line + 1, 1, 1, 3)

    def answer(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


class AssessmentDialog(RecordDialog):
    """The questionnaire; the level below it follows every answer, computed by the same
    function the service stores it with (so the override for signs of lethal danger is
    the service's, not a copy)."""

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Risk assessment"))
        self.client_id = client_id
        self.assessed_on = date_field(date.today(), self)
        self.form.add("assessed_on", self.tr("Assessed &on:"), self.assessed_on)
        intro = hint_label(
            self.tr(
                "Ask her every question and tick Yes or No. Every question needs an answer: "
                "one left blank would make the risk look lower than it is."
            ),
            self,
            in_box=True,
        )
        self.layout_.addWidget(intro)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        content = QWidget(self.scroll)
        grid = QGridLayout(content)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        self.rows: dict[str, QuestionRow] = {}
        for number, question in enumerate(safety.risk_questions(), start=1):
            row = QuestionRow(number, question, grid, content)
            row.group.buttonToggled.connect(lambda *_, r=row: r.clear_error())
            row.group.buttonToggled.connect(lambda *_: self._update_result())
            self.rows[question.code] = row
        grid.setRowStretch(2 * len(self.rows), 1)
        self.scroll.setWidget(content)
        self.layout_.addWidget(self.scroll, 1)

        self.result = QFrame(self)
        self.result.setObjectName("riskResult")
        self.result.setStyleSheet(RESULT_STYLE)
        box = QVBoxLayout(self.result)
        self.level = QLabel(self.result)
        font = QFont(self.level.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.level.setFont(font)
        self.level.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.level)
        self.detail = WrapLabel("", self.result)
        box.addWidget(self.detail)
        self.raised = WrapLabel("", self.result)
        self.raised.setStyleSheet(RAISED_STYLE)
        self.raised.hide()
        box.addWidget(self.raised)
        self.layout_.addWidget(self.result)
        self.finish()
        self.max_score = sum(q.weight for q in safety.risk_questions())
        self.shown_level: str | None = None
        self._update_result()
        self.setMinimumWidth(720)
        screen = (parent or self).screen().availableGeometry()
        self.resize(880, max(480, min(660, screen.height() - 60)))
        next(iter(self.rows.values())).yes.setFocus()

    def answers(self) -> dict[str, bool]:
        """Only what was answered: the service names the first question left blank."""
        return {code: a for code, row in self.rows.items() if (a := row.answer()) is not None}

    def error_text(self, code: str) -> str:
        row = self.rows[code]
        return row.error.text() if not row.error.isHidden() else ""

    def _update_result(self) -> None:
        answers = self.answers()
        missing = len(self.rows) - len(answers)
        score, level = safety.risk_level(answers)  # blanks count as no: the least it can be
        by_score = next(lvl for low, lvl in safety.LEVEL_FROM_SCORE if score >= low)
        name = label(level)
        of = fill(self.tr("Score %1 of %2."), str(score), str(self.max_score))
        left = self.tr("%n question(s) still to answer.", "", missing)
        if not answers:
            self.shown_level = None
            self.level.setText(self.tr("Risk level: not known yet"))
            self.detail.setText(left)
        elif missing:
            self.shown_level = level.value
            self.level.setText(fill(self.tr("Risk level so far: at least %1"), name))
            self.detail.setText(of + " " + left)
        else:
            self.shown_level = level.value
            self.level.setText(fill(self.tr("Risk level: %1"), name))
            self.detail.setText(of)
        self.level.setStyleSheet(LEVEL_STYLES.get(level.value, "") if answers else "")
        if level != by_score:
            self.raised.setText(
                fill(
                    self.tr(
                        "Raised to %1 whatever the score (a score of %2 alone gives %3): she was "
                        "choked or strangled, or he threatened to kill and has a weapon at hand. "
                        "These are the strongest warning signs that he may kill her."
                    ),
                    name,
                    str(score),
                    label(by_score),
                )
            )
            self.raised.show()
        else:
            self.raised.hide()

    def _clear_errors(self) -> None:
        self.form.clear_errors()
        for row in self.rows.values():
            row.clear_error()

    def submit(self) -> None:
        if self.busy:
            return
        self._clear_errors()
        ok, day = self.day_of(self.assessed_on, "assessed_on")
        if not ok:
            return
        self.send(safety.assess_risk, self.client_id, self.answers(), day)

    def show_error(self, error: OberihError) -> None:
        field = error.field if isinstance(error, InvalidInput) else None
        row = self.rows.get(field or "")
        if row is None:
            self._clear_errors()
            self.form.show_error(error)
            self.grow_to_fit()
            return
        self._clear_errors()
        row.show_error(error.user_message())
        row.yes.setFocus()
        self.scroll.ensureWidgetVisible(row.error)
        self.scroll.ensureWidgetVisible(row.text)


# --- safety plan ---------------------------------------------------------------------------


class SafetyPlanDialog(RecordDialog):
    """A new plan (it becomes her current one; earlier plans stay in her record). It
    starts from her current plan's text, so a small change is a small edit."""

    def __init__(
        self,
        ctx: AppContext,
        client_id: int,
        current: SafetyPlanRecord | None,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Safety plan"))
        self.client_id = client_id
        today = date.today()
        self.made_on = date_field(today, self)
        self.form.add("made_on", self.tr("&Made on:"), self.made_on)
        self.review_on = date_field(today + timedelta(days=PLAN_REVIEW_DAYS), self)
        self.form.add("review_on", self.tr("&Review by:"), self.review_on)
        self.plan = QPlainTextEdit(self)
        self.plan.setTabChangesFocus(True)
        self.plan.setPlaceholderText(
            self.tr(
                "Where she can go at once, whom she calls, the code word, where her "
                "emergency bag is, how the children stay safe…"
            )
        )
        self.plan.setMinimumHeight(self.fontMetrics().height() * 12)
        if current is not None and current.plan_text:
            self.plan.setPlainText(current.plan_text)
        self.form.add("plan_text", self.tr("&Plan:"), self.plan)
        self.form.add_row(
            "",
            hint_label(
                self.tr(
                    "Saving makes this her current plan; the earlier one stays in her record. "
                    "Ctrl+S saves from inside the text."
                ),
                self,
            ),
        )
        self.finish()
        self.setMinimumWidth(640)
        self.plan.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        ok, made = self.day_of(self.made_on, "made_on")
        if not ok:
            return
        ok, review = self.day_of(self.review_on, "review_on")
        if not ok:
            return
        self.send(
            safety.save_safety_plan,
            self.client_id,
            made,
            review,
            self.plan.toPlainText(),
        )


class PlanReviewedDialog(RecordDialog):
    """The plan was gone through with her and still holds."""

    def __init__(self, ctx: AppContext, plan: SafetyPlanRecord, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Mark the safety plan reviewed"))
        self.plan = plan
        self.form.add_row(self.tr("Plan made on:"), value_label(date_text(plan.made_on), self))
        self.form.add_row(
            self.tr("Review was due by:"), value_label(date_text(plan.review_on), self)
        )
        self.reviewed_on = date_field(date.today(), self)
        self.form.add("reviewed_on", self.tr("Re&viewed on:"), self.reviewed_on)
        self.form.add_row(
            "",
            hint_label(
                self.tr(
                    "Mark it reviewed when you went through the plan with her and it still "
                    "holds. If the plan changes or needs a new review date, write a new plan "
                    "instead."
                ),
                self,
            ),
        )
        self.save_button.setText(self.tr("&Mark reviewed"))
        self.layout_.addStretch(1)
        self.finish()
        self.reviewed_on.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        ok, day = self.day_of(self.reviewed_on, "reviewed_on")
        if not ok:
            return
        self.send(safety.mark_plan_reviewed, self.plan.id, day)
