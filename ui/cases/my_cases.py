"""The "My cases" area: the signed-in worker's open cases (responsible or on the team)
with state, next due step and risk level, soonest first; for the head of the centre every
caseload, one worker's at a time, and reassignment. Below, the overdue follow-ups, which
can be dealt with here (ui/cases/follow_up_list.py). A double click opens her card."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_app.cases import caseload, lifecycle
from shelter_app.cases.records import CaseloadRow, StaffMember
from shelter_app.cases.vocabulary import CaseState, case_label
from shelter_app.changes import Changes, Kind
from shelter_app.errors import OberihError
from shelter_app.permissions import Permission, Role
from shelter_app.vocabulary import RiskLevel

from ..context import AppContext
from ..display import code_label, date_text, fit_columns, setup_table
from ..table_model import Column, TableModel
from .follow_up_list import OverdueFollowUps

OVERDUE = QColor("#a0241c")


class CaseloadModel(TableModel):
    """The rows of one caseload (a worker has a few hundred at most: all in memory); the
    next due step is red once its day has passed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__([], parent, key=lambda r: r.case_id)
        self.today = date.today()
        self.columns = self._columns()

    def _columns(self) -> list[Column]:
        def overdue(r: CaseloadRow) -> QColor | None:
            late = r.next_due_on is not None and r.next_due_on < self.today
            return OVERDUE if late else None

        return [
            Column(self.tr("Code"), lambda r: r.client_code),
            Column(self.tr("Client"), lambda r: r.client_name),
            Column(self.tr("State"), self._state),
            Column(self.tr("Next due"), lambda r: date_text(r.next_due_on), tint=overdue),
            Column(self.tr("What is due"), self._due_kind, tint=overdue),
            Column(
                self.tr("Risk"),
                lambda r: code_label(RiskLevel, r.risk_level) if r.risk_level else "",
            ),
            Column(self.tr("Responsible"), lambda r: r.responsible_name),
        ]

    def _state(self, r: CaseloadRow) -> str:
        state = case_label(CaseState(r.state))
        return state + (self.tr(" (closure to approve)") if r.closure_pending else "")

    def _due_kind(self, r: CaseloadRow) -> str:
        return {
            "assessment": self.tr("Needs assessment"),
            "action": self.tr("Plan action"),
            "follow_up": self.tr("Contact her"),
        }.get(r.next_due_kind or "", "")

    def set_rows(self, rows: Sequence[CaseloadRow]) -> None:
        self.today = date.today()
        super().set_rows(rows)


class MyCasesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.head = ctx.can(Permission.MANAGE_CASELOADS)
        self.staff: list[StaffMember] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self.tr("<b>Cases</b>") if self.head else self.tr("<b>My cases</b>"))
        top.addWidget(self.title)
        self.worker = QComboBox(self)
        self.worker.addItem(self.tr("Every caseload"), None)
        self.worker.currentIndexChanged.connect(lambda _i: self.reload())
        self.reassign_label = QLabel(self.tr("Give the selected case to:"), self)
        self.reassign_to = QComboBox(self)
        self.reassign_label.setBuddy(self.reassign_to)
        self.reassign_button = QPushButton(self.tr("&Reassign"), self)
        self.reassign_button.clicked.connect(self.reassign)
        for combo in (self.worker, self.reassign_to):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(18)
        top.addWidget(self.worker)
        top.addStretch(1)
        for w in (self.reassign_label, self.reassign_to, self.reassign_button):
            top.addWidget(w)
        for w in (self.worker, self.reassign_label, self.reassign_to, self.reassign_button):
            w.setVisible(self.head)
        layout.addLayout(top)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.model = CaseloadModel(self)
        self.view = QTableView(split)
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.doubleClicked.connect(self._open_card)
        self.view.activated.connect(self._open_card)
        self.follow_ups = OverdueFollowUps(ctx, split)
        split.addWidget(self.view)
        split.addWidget(self.follow_ups)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        ctx.changed.connect(self._data_changed)
        self.loaded_staff = False

    def activate(self) -> None:
        if self.head and not self.loaded_staff:
            self.loaded_staff = True
            self.ctx.call(lifecycle.case_staff, on_done=self._show_staff, owner=self)
        self.reload()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.CASES, Kind.CLIENTS) and self.isVisible():
            self.reload()

    def _show_staff(self, staff: list[StaffMember]) -> None:
        self.staff = [m for m in staff if m.role in (Role.CASE_WORKER.value, Role.HEAD.value)]
        for m in self.staff:
            self.worker.addItem(m.display_name, m.account_id)
            self.reassign_to.addItem(m.display_name, m.account_id)

    def reload(self) -> None:
        if self.head:
            self.ctx.call(
                caseload.caseload_of,
                self.worker.currentData(),
                on_done=self._show,
                on_error=self._failed,
                owner=self,
            )
        else:
            self.ctx.call(caseload.my_cases, on_done=self._show, on_error=self._failed, owner=self)
        self.follow_ups.reload()

    def _show(self, rows: list[CaseloadRow]) -> None:
        self.model.set_rows(rows)
        fit_columns(self.view)  # not over widths she set by hand
        self.message.setText("" if rows else self.tr("No open case."))

    def _failed(self, error: OberihError) -> None:
        self.message.setText(error.user_message())

    def selected(self) -> CaseloadRow | None:
        return self.model.record(self.view.currentIndex().row())

    def _open_card(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.navigate.emit("clients", self.model.rows[index.row()].client_id)

    def reassign(self) -> None:
        row, to = self.selected(), self.reassign_to.currentData()
        if row is not None and to is not None:
            self.ctx.call(
                lifecycle.reassign,
                row.case_id,
                to,
                on_error=self._failed,
                owner=self,
            )
