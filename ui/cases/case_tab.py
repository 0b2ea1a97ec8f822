"""The card's Case tab (випадок): her case's state, responsible worker and team, the
latest needs assessment, the individual plan with its progress, and a timeline of
changes, services and notes; the buttons that move the case on, and the row of buttons
that start the usual work for her (ui/cases/for_her.py).

Earlier cases stay readable in their own list. What her role may not read (the details
of a case she is not on the team of, the notes for the administrator) the service
leaves out, and the tab says so."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelter_app.cases import assessment_pdf, closure, detail, lifecycle
from shelter_app.cases import plan as plans
from shelter_app.cases.records import ActionRecord, CaseDetail, StaffMember
from shelter_app.cases.vocabulary import (
    ActionState,
    CaseService,
    CaseState,
    ClosureReason,
    NeedDomain,
    NeedLevel,
    case_label,
)
from shelter_app.changes import Kind
from shelter_app.clients import ClientCard
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.permissions import Permission, role_label
from shelter_app.reports.export import write_file

from ..clients.risk_dialogs import RecordDialog
from ..clients.tabs.base import ClientTab
from ..context import AppContext
from ..display import RowsModel, date_text, datetime_text, fit_columns, table_view
from . import dialogs as d
from .child_needs import child_need_name
from .for_her import ForHerButtons

OVERDUE_STYLE = "color: #a0241c; font-weight: bold;"


class CaseTab(ClientTab):
    key = "case"
    permissions = (Permission.READ_CASES,)
    kinds = frozenset({Kind.CASES, Kind.CLIENTS})

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(ctx, client_id, parent)
        self.detail: CaseDetail | None = None
        self.staff: list[StaffMember] = []
        self.dialog: RecordDialog | None = None
        self.archived = False
        self.writer = ctx.can(Permission.WRITE_CASES)
        self.head = ctx.can(Permission.MANAGE_CASELOADS)

        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addWidget(self.header)
        self.layout_.addWidget(self.status)

        bar = QHBoxLayout()
        self.open_button = self._button(bar, self.tr("&Open a case"), self.open_case)
        self.reopen_button = self._button(bar, self.tr("Re&open the case"), self.reopen)
        self.assess_button = self._button(bar, self.tr("Nee&ds assessment…"), self.assess)
        self.print_button = self._button(bar, self.tr("P&rint the assessment…"), self.print_pdf)
        self.file_dialog: QFileDialog | None = None
        self.plan_button = QToolButton(self)
        self.plan_button.setText(self.tr("Individual &plan"))
        self.plan_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.plan_button)
        self.goal_action = menu.addAction(self.tr("New &goal…"), self.new_goal)
        self.action_action = menu.addAction(self.tr("New &action…"), self.new_action)
        self.update_action = menu.addAction(
            self.tr("&Update the selected action…"), self.edit_action
        )
        self.approve_plan_action = menu.addAction(self.tr("A&pprove the plan"), self.approve_plan)
        self.plan_button.setMenu(menu)
        bar.addWidget(self.plan_button)
        self.team_button = self._button(bar, self.tr("&Team…"), self.edit_team)
        self.service_button = self._button(bar, self.tr("Add a &service…"), self.add_service)
        self.note_button = self._button(bar, self.tr("N&ote…"), self.add_note)
        self.follow_button = self._button(bar, self.tr("Ne&xt contact…"), self.follow_up)
        self.state_button = self._button(bar, "", self.toggle_monitoring)
        self.close_button = self._button(bar, self.tr("C&lose the case…"), self.close_case)
        self.approve_closure_button = self._button(
            bar, self.tr("Approve the c&losure"), self.approve_closure
        )
        self.reject_closure_button = self._button(
            bar, self.tr("Send the closure &back"), self.reject_closure
        )
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.for_her = ForHerButtons(ctx, self)
        self.layout_.addWidget(self.for_her)
        self.for_her.setVisible(self.for_her.any_visible())

        self.parts = QTabWidget(self)
        self.parts.setDocumentMode(True)
        self.needs_model = RowsModel(
            [self.tr("Domain"), self.tr("Level of need"), self.tr("Comment")], self
        )
        self.needs_view = table_view(self.needs_model, self, leave_on_tab=False)
        self.parts.addTab(self.needs_view, self.tr("Needs assessment"))
        plan_box = QWidget(self)
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        self.plan_tree = QTreeWidget(plan_box)
        self.plan_tree.setHeaderLabels(
            [self.tr("Goal / action"), self.tr("Responsible"), self.tr("Due"), self.tr("State")]
        )
        self.plan_tree.setColumnWidth(0, 420)
        self.plan_tree.itemDoubleClicked.connect(lambda *_: self.edit_action())
        self.progress = QProgressBar(plan_box)
        self.progress.setMaximumWidth(360)
        self.progress.setFormat(self.tr("%v of %m done"))
        plan_layout.addWidget(self.progress)
        plan_layout.addWidget(self.plan_tree, 1)
        self.parts.addTab(plan_box, self.tr("Individual plan"))
        self.timeline_model = RowsModel(
            [self.tr("When"), self.tr("What"), self.tr("Who"), self.tr("Note")],
            self,
            text_tips=True,
        )
        self.timeline_view = table_view(self.timeline_model, self, leave_on_tab=False)
        self.parts.addTab(self.timeline_view, self.tr("Timeline"))
        self.earlier_model = RowsModel(
            [self.tr("Opened"), self.tr("Closed"), self.tr("Reason"), self.tr("Responsible")], self
        )
        self.earlier_view = table_view(self.earlier_model, self, leave_on_tab=False)
        self.parts.addTab(self.earlier_view, self.tr("Earlier cases"))
        self.layout_.addWidget(self.parts, 1)
        self.filler = QWidget(self)  # takes the room while there is no case to show
        self.filler.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.filler.hide()
        self.layout_.addWidget(self.filler, 1)
        self._update_buttons()

    def _button(self, bar: QHBoxLayout, text: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    def title(self) -> str:
        return self.tr("C&ase")

    def set_card(self, card: ClientCard) -> None:
        self.archived = card.archived
        self.for_her.set_card(card)
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------

    def load(self) -> None:
        self.ctx.call(
            detail.client_case, self.client_id, on_done=self._show, on_error=self.failed, owner=self
        )
        if self.writer and not self.staff:
            self.ctx.call(lifecycle.case_staff, on_done=self._staff, owner=self)

    def _staff(self, staff: list[StaffMember]) -> None:
        self.staff = list(staff)

    def _show(self, found: CaseDetail | None) -> None:
        self.detail = found
        self.show_status("")
        if found is None:
            self.header.setText(self.tr("She has no case yet."))
            for model in (self.needs_model, self.timeline_model, self.earlier_model):
                model.set_rows([])
            self.plan_tree.clear()
            self.parts.hide()
            self.filler.show()
            self._update_buttons()
            return
        self.parts.show()
        self.filler.hide()
        self.header.setText(self._header_text(found))
        latest = found.assessments[0] if found.assessments else None
        rows: list[tuple[str, str, str]] = []
        for r in latest.ratings if latest else ():
            rows.append(
                (case_label(NeedDomain(r.domain)), case_label(NeedLevel(r.level)), r.comment or "")
            )
            if r.domain == NeedDomain.CHILDREN.value and latest is not None:
                rows += [  # each child's own line under the family's "children" domain
                    (
                        "    "
                        + child_need_name(
                            c, c.age, self.tr("name not recorded"), self.tr("age %1")
                        ),
                        case_label(NeedLevel(c.level)),
                        c.comment or "",
                    )
                    for c in latest.children
                ]
        self.needs_model.set_rows(rows)
        self._show_plan(found)
        self.timeline_model.set_rows(
            [
                (self._when(e.kind, e.on), self._what(e.kind, e.title), e.by_name, e.text or "")
                for e in found.timeline
            ]
        )
        self.earlier_model.set_rows(
            [
                (
                    date_text(c.opened_on),
                    date_text(c.closed_on),
                    case_label(ClosureReason(c.closure_reason)) if c.closure_reason else "",
                    c.responsible_name,
                )
                for c in found.earlier_cases
            ]
        )
        if (
            not found.can_write
            and found.summary.state != CaseState.CLOSED.value
            and not found.plan.goals
            and not found.assessments
        ):
            self.show_status(
                self.tr(
                    "Only her case team and the head of the centre see the details of this case."
                )
            )
        for view in (self.needs_view, self.timeline_view, self.earlier_view):
            fit_columns(view)
        self._update_buttons()

    @staticmethod
    def _when(kind: str, on: datetime) -> str:
        """Services and assessments carry a day; changes and notes a moment (UTC)."""
        return (
            date_text(on.date())
            if kind in ("service", "assessment")
            else datetime_text(on, utc=True)
        )

    def _header_text(self, found: CaseDetail) -> str:
        s = found.summary
        parts = [
            fill(self.tr("<b>Case no. %1</b>"), str(s.id)),
            case_label(CaseState(s.state)),
            fill(self.tr("opened %1"), date_text(s.opened_on)),
            fill(self.tr("responsible: %1"), s.responsible_name),
        ]
        if found.team:
            team = ", ".join(f"{m.display_name} ({role_label(m.role)})" for m in found.team)
            parts.append(fill(self.tr("team: %1"), team))
        lines = [" · ".join(parts)]
        if s.state == CaseState.CLOSED.value:
            lines.append(
                fill(
                    self.tr("Closed %1: %2."),
                    date_text(s.closed_on),
                    case_label(ClosureReason(s.closure_reason or "goals_reached")),
                )
            )
        elif not found.assessments:
            lines.append(
                f'<span style="{OVERDUE_STYLE}">'
                + fill(
                    self.tr("First needs assessment due by %1."), date_text(s.first_assessment_due)
                )
                + "</span>"
            )
        if s.closure_pending:
            lines.append(self.tr("A closure waits for the head's approval."))
        if found.plan.approval_needed:
            lines.append(self.tr("This version of the plan waits for the head's approval."))
        return "<br>".join(lines)

    def _what(self, kind: str, title: str) -> str:
        if kind == "state":
            return fill(self.tr("Case: %1"), case_label(CaseState(title)))
        if kind == "assessment":
            return self.tr("Needs assessment")
        if kind == "service":
            return case_label(CaseService(title))
        return self.tr("Case note")

    def _show_plan(self, found: CaseDetail) -> None:
        self.plan_tree.clear()
        for goal in found.plan.goals:
            top = QTreeWidgetItem([f"{case_label(NeedDomain(goal.domain))}: {goal.goal}"])
            self.plan_tree.addTopLevelItem(top)
            for a in goal.actions:
                state = case_label(ActionState(a.state))
                if a.dropped_reason:
                    state += f" ({a.dropped_reason})"
                item = QTreeWidgetItem([a.text, a.responsible_name, date_text(a.due_on), state])
                item.setData(0, Qt.ItemDataRole.UserRole, a.id)
                top.addChild(item)
            top.setExpanded(True)
        done, counted = found.plan.progress
        self.progress.setRange(0, max(counted, 1))
        self.progress.setValue(done)

    def selected_action(self) -> ActionRecord | None:
        item = self.plan_tree.currentItem()
        if item is None or self.detail is None:
            return None
        key = item.data(0, Qt.ItemDataRole.UserRole)
        return next((a for g in self.detail.plan.goals for a in g.actions if a.id == key), None)

    def _update_buttons(self) -> None:
        found = self.detail
        has_case = found is not None
        state = found.summary.state if found else None
        is_open = has_case and state != CaseState.CLOSED.value
        works = bool(found and found.can_write and not self.archived)
        self.open_button.setVisible(self.writer and (not has_case))
        self.open_button.setEnabled(not self.archived)
        self.reopen_button.setVisible(self.writer and has_case and not is_open)
        self.reopen_button.setEnabled(not self.archived)
        for w in (
            self.assess_button,
            self.plan_button,
            self.service_button,
            self.note_button,
            self.team_button,
            self.follow_button,
            self.state_button,
            self.close_button,
        ):
            w.setVisible(self.writer and is_open)
            w.setEnabled(works)
        self.print_button.setVisible(bool(found and found.assessments))
        self.approve_plan_action.setVisible(self.head)
        self.approve_plan_action.setEnabled(bool(found and found.plan.approval_needed))
        self.action_action.setEnabled(bool(found and found.plan.goals))
        pending = bool(self.head and found and found.summary.closure_pending)
        self.approve_closure_button.setVisible(pending)
        self.reject_closure_button.setVisible(pending)
        if state == CaseState.MONITORING.value:
            self.state_button.setText(self.tr("Back to &active work"))
        else:
            self.state_button.setText(self.tr("To mon&itoring"))
            self.state_button.setEnabled(works and state == CaseState.ACTIVE.value)

    # --- actions -------------------------------------------------------------------------

    def _after(self, _result: object = None) -> None:
        self.stale = True
        self.ensure_loaded()

    def _failed_action(self, error: OberihError) -> None:
        self.show_status(error.user_message(), error=True)

    def _run(self, service, *args: object) -> None:  # type: ignore[no-untyped-def]
        self.ctx.call(service, *args, on_done=self._after, on_error=self._failed_action, owner=self)

    def _open(self, dialog: RecordDialog) -> RecordDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._after)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _case_id(self) -> int | None:
        return self.detail.summary.id if self.detail else None

    def open_case(self) -> None:
        self._run(d.open_case_call, self.client_id)

    def reopen(self) -> None:
        if (case_id := self._case_id()) is not None:
            self._run(closure.reopen_case, case_id)

    def assess(self) -> None:
        if (case_id := self._case_id()) is not None:
            self._open(d.NeedsAssessmentDialog(self.ctx, case_id, self, self.client_id))

    def print_pdf(self) -> QFileDialog | None:
        """Ask where to save the latest needs assessment as PDF, for her paper file."""
        if self.detail is None or not self.detail.assessments:
            return None
        dialog = QFileDialog(self, self.tr("Save the needs assessment as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("PDF documents (*.pdf)")])
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(fill(self.tr("needs-assessment-%1.pdf"), str(self._case_id())))
        dialog.fileSelected.connect(lambda name: self._print_to(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _print_to(self, path: Path) -> None:
        def write(pdf: bytes) -> None:
            try:
                write_file(path, pdf)  # 0600, atomically, as every export
            except (OSError, OberihError):
                self.show_status(self.tr("The file could not be written there."), error=True)
                return
            self.show_status(fill(self.tr("Saved: %1"), path.name))

        self.ctx.call(
            assessment_pdf.assessment_pdf,
            self._case_id(),
            on_done=write,
            on_error=self._failed_action,
            owner=self,
        )

    def new_goal(self) -> None:
        if (case_id := self._case_id()) is not None:
            self._open(d.GoalDialog(self.ctx, case_id, self))

    def new_action(self) -> None:
        if self.detail is not None and self.detail.plan.goals:
            self._open(d.ActionDialog(self.ctx, self.detail.plan, self.staff, self))

    def edit_action(self) -> None:
        action = self.selected_action()
        if action is not None and self.detail is not None and self.detail.can_write:
            self._open(d.ActionStateDialog(self.ctx, action, self, self.client_id))

    def approve_plan(self) -> None:
        if (case_id := self._case_id()) is not None:
            self._run(plans.approve_plan, case_id)

    def edit_team(self) -> None:
        if self.detail is not None:
            dialog = d.TeamDialog(self.ctx, self.detail.summary, self.staff, self.detail.team, self)
            self._open(dialog)

    def add_service(self) -> None:
        if (case_id := self._case_id()) is not None:
            self._open(d.CaseServiceDialog(self.ctx, case_id, self))

    def add_note(self) -> None:
        if (case_id := self._case_id()) is not None:
            self._open(d.NoteDialog(self.ctx, case_id, self))

    def follow_up(self) -> None:
        if (case_id := self._case_id()) is not None:
            self._open(d.FollowUpDialog(self.ctx, case_id, self))

    def toggle_monitoring(self) -> None:
        if self.detail is None:
            return
        target = (
            CaseState.ACTIVE
            if self.detail.summary.state == CaseState.MONITORING.value
            else CaseState.MONITORING
        )
        self._run(lifecycle.change_state, self.detail.summary.id, target.value)

    def close_case(self) -> None:
        if self.detail is not None:
            self._open(d.ClosureDialog(self.ctx, self.detail.summary, self))

    def reject_closure(self) -> None:
        if (case_id := self._case_id()) is not None:
            self._run(closure.reject_closure, case_id)

    def approve_closure(self) -> None:
        if (case_id := self._case_id()) is not None:
            self._run(closure.approve_closure, case_id)
