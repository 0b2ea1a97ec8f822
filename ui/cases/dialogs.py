"""The forms of a case: needs assessment (оцінка потреб), plan goals and actions
(індивідуальний план), the case worker's services, notes, follow-ups and closure
(закриття випадку). Each saves through one service call (RecordDialog)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from shelter_app import consultations, courses, referrals, shelter
from shelter_app.cases import assessment, closure, follow_ups, lifecycle, work
from shelter_app.cases import plan as plans
from shelter_app.cases.records import ActionRecord, CaseSummary, PlanRecord, StaffMember
from shelter_app.cases.vocabulary import (
    ActionState,
    CaseService,
    ClosureCheck,
    ClosureReason,
    LinkKind,
    NeedDomain,
    NeedLevel,
    ServiceFormat,
    case_choices,
    case_label,
)
from shelter_app.errors import PermissionDenied
from shelter_app.permissions import Permission, role_label

from ..clients.risk_dialogs import RecordDialog, date_field
from ..context import AppContext
from ..dialogs import WrapLabel
from ..display import date_text
from ..forms import error_label
from .child_needs import ChildNeeds


def case_combo(enum: type, parent: QWidget, current: str | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for code, text in case_choices(enum):
        combo.addItem(text, code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def text_box(parent: QWidget, lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class NeedsAssessmentDialog(RecordDialog):
    """A level of need and a short comment for each of the eight domains."""

    def __init__(
        self,
        ctx: AppContext,
        case_id: int,
        parent: QWidget | None = None,
        client_id: int | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Needs assessment"))
        self.case_id = case_id
        grid_box = QWidget(self)
        grid_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Domain</b>"), grid_box), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Level of need</b>"), grid_box), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Comment</b>"), grid_box), 0, 2)
        self.levels: dict[str, QComboBox] = {}
        self.comments: dict[str, QLineEdit] = {}
        for row, domain in enumerate(NeedDomain, start=1):
            name = QLabel(case_label(domain), grid_box)
            level = case_combo(NeedLevel, grid_box, NeedLevel.NONE.value)
            comment = QLineEdit(grid_box)
            comment.setMaxLength(assessment.COMMENT_MAX)
            name.setBuddy(level)
            grid.addWidget(name, row, 0)
            grid.addWidget(level, row, 1)
            grid.addWidget(comment, row, 2)
            self.levels[domain.value], self.comments[domain.value] = level, comment
        grid.setColumnStretch(2, 1)
        self.ratings_error = error_label(grid_box)
        grid.addWidget(self.ratings_error, len(NeedDomain) + 1, 0, 1, 3)
        self.form.add("ratings", self.tr("Needs:"), grid_box)
        self.child_needs = ChildNeeds(ctx, client_id, self)
        self.form.add("children", self.tr("Her c&hildren:"), self.child_needs)
        self.form.layout_.setRowVisible(self.child_needs.parentWidget(), False)
        self.child_needs.loaded.connect(self._children_loaded)
        self.assessed_on = date_field(date.today(), self)
        self.form.add("assessed_on", self.tr("&Assessed on:"), self.assessed_on)
        self.next_review = date_field(date.today() + timedelta(days=30), self)
        self.form.add("next_review_on", self.tr("&Next review:"), self.next_review)
        self.finish()
        self.setMinimumWidth(760)
        self.levels[NeedDomain.SAFETY.value].setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        ok, day = self.day_of(self.assessed_on, "assessed_on")
        ok2, review = self.day_of(self.next_review, "next_review_on")
        if not (ok and ok2):
            return
        ratings = {
            code: (combo.currentData(), self.comments[code].text())
            for code, combo in self.levels.items()
        }
        self.send(_assess, self.case_id, ratings, day, review, self.child_needs.lines())

    def _children_loaded(self) -> None:
        self.form.layout_.setRowVisible(
            self.child_needs.parentWidget(), bool(self.child_needs.rows)
        )
        self.grow_to_fit()


def _assess(db, user, case_id, ratings, day, review, kids):  # type: ignore[no-untyped-def]
    return assessment.record_assessment(
        db, user, case_id, ratings, assessed_on=day, next_review_on=review, children=kids
    )


class TeamDialog(RecordDialog):
    """Who works on her case with the responsible worker (her psychologist, her lawyer,
    a second case worker): they may read the case, and case workers may write in it."""

    def __init__(
        self,
        ctx: AppContext,
        case: CaseSummary,
        staff: list[StaffMember],
        current: tuple[StaffMember, ...],
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Case team"))
        self.case = case
        box = QWidget(self)
        column = QGridLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[int, QCheckBox] = {}
        chosen = {m.account_id for m in current}
        members = [
            m
            for m in staff
            if m.account_id != case.responsible_id and m.role in lifecycle.TEAM_ROLES
        ]
        for i, m in enumerate(members):
            check = QCheckBox(f"{m.display_name} ({role_label(m.role)})", box)
            check.setChecked(m.account_id in chosen)
            column.addWidget(check, i, 0)
            self.boxes[m.account_id] = check
        self.form.add("team", self.tr("&Team:"), box)
        self.finish()

    def submit(self) -> None:
        if not self.busy:
            self.form.clear_errors()
            ids = frozenset(i for i, b in self.boxes.items() if b.isChecked())
            self.send(lifecycle.set_team, self.case.id, ids)


class GoalDialog(RecordDialog):
    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Individual plan: new goal"))
        self.case_id = case_id
        self.domain = case_combo(NeedDomain, self)
        self.form.add("domain", self.tr("&Domain:"), self.domain)
        self.goal = text_box(self, 3)
        self.form.add("goal", self.tr("&Goal:"), self.goal)
        self.finish()
        self.domain.setFocus()

    def submit(self) -> None:
        if not self.busy:
            self.form.clear_errors()
            self.send(
                plans.add_goal, self.case_id, self.domain.currentData(), self.goal.toPlainText()
            )


class ActionDialog(RecordDialog):
    """A new action under one of the plan's goals: what, who, by when."""

    def __init__(
        self,
        ctx: AppContext,
        plan: PlanRecord,
        staff: list[StaffMember],
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Individual plan: new action"))
        self.goal = QComboBox(self)
        for g in plan.goals:
            self.goal.addItem(f"{case_label(NeedDomain(g.domain))}: {g.goal}", g.id)
        self.form.add("goal", self.tr("&Goal:"), self.goal)
        self.text = text_box(self, 2)
        self.form.add("text", self.tr("&Action:"), self.text)
        self.responsible = QComboBox(self)
        for m in staff:
            self.responsible.addItem(f"{m.display_name} ({role_label(m.role)})", m.account_id)
        mine = self.responsible.findData(ctx.user.account_id)
        self.responsible.setCurrentIndex(max(0, mine))
        self.form.add("responsible", self.tr("&Responsible:"), self.responsible)
        self.due_on = date_field(date.today() + timedelta(days=14), self)
        self.form.add("due_on", self.tr("D&ue by:"), self.due_on)
        self.finish()
        self.text.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        ok, due = self.day_of(self.due_on, "due_on")
        if ok:
            self.send(
                plans.add_action,
                self.goal.currentData(),
                self.text.toPlainText(),
                self.responsible.currentData(),
                due,
            )


class ActionStateDialog(RecordDialog):
    """Move an action on: in progress, done, or dropped (with the reason); and link the
    consultation, enrolment, stay or referral that carried it out."""

    def __init__(
        self,
        ctx: AppContext,
        action: ActionRecord,
        parent: QWidget | None = None,
        client_id: int | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Individual plan: action"))
        self.action = action
        self.form.add_row(self.tr("Action:"), WrapLabel(action.text, self))
        self.state = case_combo(ActionState, self, action.state)
        self.form.add("state", self.tr("&State:"), self.state)
        self.reason = QLineEdit(self)
        self.form.add("dropped_reason", self.tr("&Why dropped:"), self.reason)
        self.link = QComboBox(self)
        self.link.addItem(self.tr("Nothing linked"), None)
        self.link.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.link.setMinimumContentsLength(32)
        self.form.add("link_id", self.tr("Carried out &by:"), self.link)
        if client_id is not None:
            for service, kind in _LINKABLE:
                ctx.call(
                    service,
                    client_id,
                    on_done=lambda rows, kind=kind: self._linkable(kind, rows),
                    on_error=lambda _e: None,  # her role does not read these: not offered
                    owner=self,
                )
        self.state.currentIndexChanged.connect(lambda _i: self._state_changed())
        self._state_changed()
        self.finish()
        self.state.setFocus()

    def _state_changed(self) -> None:
        self.reason.setEnabled(self.state.currentData() == ActionState.DROPPED.value)

    def _linkable(self, kind: str, rows: list) -> None:  # type: ignore[type-arg]
        for r in rows:
            if kind == LinkKind.CONSULTATION.value:
                text = f"{case_label(LinkKind.CONSULTATION)} {date_text(r.starts_at.date())}"
            elif kind == LinkKind.ENROLMENT.value:
                text = f"{case_label(LinkKind.ENROLMENT)}: {r.course_title}"
            elif kind == LinkKind.STAY.value:
                text = f"{case_label(LinkKind.STAY)} {date_text(r.admitted_on)}"
            else:
                text = f"{case_label(LinkKind.REFERRAL)} {date_text(r.on_date)}"
            self.link.addItem(text, f"{kind}:{r.id}")
            if (self.action.link_kind, self.action.link_id) == (kind, r.id):
                self.link.setCurrentIndex(self.link.count() - 1)

    def submit(self) -> None:
        if not self.busy:
            self.form.clear_errors()
            chosen = self.link.currentData()
            kind, link_id = (None, None)
            if chosen:
                kind, number = chosen.split(":")
                link_id = int(number)
            if (kind, link_id) == (self.action.link_kind, self.action.link_id):
                kind = link_id = None  # unchanged
            self.send(
                _update_action,
                self.action.id,
                self.state.currentData(),
                self.reason.text(),
                kind,
                link_id,
            )


def _consultations_of(db, user, client_id):  # type: ignore[no-untyped-def]
    found = []
    for kind in ("psychological", "legal"):
        try:
            found += consultations.client_consultations(db, user, client_id, kind)
        except PermissionDenied:
            continue
    return [c for c in found if c.status == "held"]


_LINKABLE = (
    (_consultations_of, LinkKind.CONSULTATION.value),
    (courses.client_enrolments, LinkKind.ENROLMENT.value),
    (shelter.client_stays, LinkKind.STAY.value),
    (referrals.client_referrals, LinkKind.REFERRAL.value),
)


def _update_action(db, user, action_id, state, reason, kind, link_id):  # type: ignore[no-untyped-def]
    return plans.update_action(
        db,
        user,
        action_id,
        state=state,
        dropped_reason=reason or None,
        link_kind=kind,
        link_id=link_id,
    )


class CaseServiceDialog(RecordDialog):
    """A service she gave herself, coded by the classifier of social services."""

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Add a service"))
        self.case_id = case_id
        self.service = case_combo(CaseService, self)
        self.form.add("service", self.tr("S&ervice:"), self.service)
        self.on_date = date_field(date.today(), self)
        self.form.add("on_date", self.tr("&Date:"), self.on_date)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, work.MAX_MINUTES)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.form.add("minutes", self.tr("D&uration:"), self.minutes)
        self.format = case_combo(ServiceFormat, self)
        self.form.add("format", self.tr("&Format:"), self.format)
        self.note = text_box(self, 4)
        self.form.add("note", self.tr("&Note (case team only):"), self.note)
        self.finish()
        self.service.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        ok, day = self.day_of(self.on_date, "on_date")
        if ok:
            self.send(
                work.record_service,
                self.case_id,
                self.service.currentData(),
                day,
                self.minutes.value(),
                self.format.currentData(),
                self.note.toPlainText(),
            )


class NoteDialog(RecordDialog):
    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Case note"))
        self.case_id = case_id
        self.text = text_box(self, 8)
        self.form.add("text", self.tr("&Note (case team and head only):"), self.text)
        self.finish()
        self.text.setFocus()

    def submit(self) -> None:
        if not self.busy:
            self.form.clear_errors()
            self.send(work.add_note, self.case_id, self.text.toPlainText())


class FollowUpDialog(RecordDialog):
    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Next contact"))
        self.case_id = case_id
        self.due_on = date_field(date.today() + timedelta(days=7), self)
        self.form.add("due_on", self.tr("&Contact her on:"), self.due_on)
        self.purpose = QLineEdit(self)
        self.form.add("purpose", self.tr("&Purpose:"), self.purpose)
        self.finish()
        self.due_on.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        ok, due = self.day_of(self.due_on, "due_on")
        if ok:
            self.send(follow_ups.schedule_follow_up, self.case_id, due, self.purpose.text())


class RescheduleDialog(RecordDialog):
    def __init__(self, ctx: AppContext, follow_up_id: int, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Reschedule the contact"))
        self.follow_up_id = follow_up_id
        self.due_on = date_field(date.today() + timedelta(days=7), self)
        self.form.add("due_on", self.tr("&New date:"), self.due_on)
        self.finish()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        ok, due = self.day_of(self.due_on, "due_on")
        if ok:
            self.send(follow_ups.reschedule_follow_up, self.follow_up_id, due)


class DismissDialog(RecordDialog):
    def __init__(self, ctx: AppContext, follow_up_id: int, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Dismiss the contact"))
        self.follow_up_id = follow_up_id
        self.reason = QLineEdit(self)
        self.form.add("reason", self.tr("&Why it is no longer needed:"), self.reason)
        self.finish()
        self.reason.setFocus()

    def submit(self) -> None:
        if not self.busy:
            self.form.clear_errors()
            self.send(follow_ups.dismiss_follow_up, self.follow_up_id, self.reason.text())


class ClosureDialog(RecordDialog):
    """Reason, closing summary, checklist; says when the head must approve."""

    def __init__(self, ctx: AppContext, case: CaseSummary, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Close the case"))
        self.case = case
        if ctx.settings.case_approval_required and not ctx.can(Permission.MANAGE_CASELOADS):
            notice = WrapLabel(
                self.tr(
                    "The head of the centre approves closures: the case stays open until she does."
                ),
                self,
            )
            self.layout_.insertWidget(0, notice)
        self.reason = case_combo(ClosureReason, self)
        self.form.add("reason", self.tr("&Reason:"), self.reason)
        self.summary = text_box(self, 5)
        self.form.add("summary", self.tr("Closing &summary:"), self.summary)
        checks = QWidget(self)
        column = QGridLayout(checks)
        column.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[str, QCheckBox] = {}
        for i, (code, text) in enumerate(case_choices(ClosureCheck)):
            box = QCheckBox(text, checks)
            column.addWidget(box, i, 0)
            self.checks[code] = box
        self.form.add("checklist", self.tr("Checklist:"), checks)
        self.closed_on = date_field(date.today(), self)
        self.form.add("closed_on", self.tr("Closed &on:"), self.closed_on)
        self.save_button.setText(self.tr("&Close the case"))
        self.finish()
        self.reason.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        ok, day = self.day_of(self.closed_on, "closed_on")
        if ok:
            ticked = frozenset(c for c, box in self.checks.items() if box.isChecked())
            self.send(
                _close,
                self.case.id,
                self.reason.currentData(),
                self.summary.toPlainText(),
                ticked,
                day,
            )


def _close(db, user, case_id, reason, summary, ticked, day):  # type: ignore[no-untyped-def]
    return closure.close_case(db, user, case_id, reason, summary, ticked, closed_on=day)


def open_case_call(db, user, client_id):  # type: ignore[no-untyped-def]
    """For ctx.call: open her case with the signed-in worker responsible."""
    return lifecycle.open_case(db, user, client_id)
