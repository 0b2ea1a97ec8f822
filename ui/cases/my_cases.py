"""The "My cases" area: the signed-in worker's open cases (responsible or on the team)
with state, next due step and risk level, soonest first; for the head of the centre every
caseload, one worker's at a time, and reassignment. Below, the overdue follow-ups, which
can be dealt with here (ui/cases/follow_up_list.py). A double click opens her card."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
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
from ..display import code_label, date_text, setup_table
from .follow_up_list import OverdueFollowUps

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#a0241c")


class CaseloadModel(QAbstractTableModel):
    """The rows of one caseload (a worker has a few hundred at most: all in memory)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[CaseloadRow] = []
        self.today = date.today()

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Client"),
            self.tr("State"),
            self.tr("Next due"),
            self.tr("What is due"),
            self.tr("Risk"),
            self.tr("Responsible"),
        ]

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.today = date.today()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(r, index.column())
        overdue = r.next_due_on is not None and r.next_due_on < self.today
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (3, 4) and overdue:
            return OVERDUE
        return None

    def text(self, r: CaseloadRow, column: int) -> str:
        if column == 0:
            return r.client_code
        if column == 1:
            return r.client_name
        if column == 2:
            state = case_label(CaseState(r.state))
            return state + (self.tr(" (closure to approve)") if r.closure_pending else "")
        if column == 3:
            return date_text(r.next_due_on)
        if column == 4:
            return {
                "assessment": self.tr("Needs assessment"),
                "action": self.tr("Plan action"),
                "follow_up": self.tr("Contact her"),
            }.get(r.next_due_kind or "", "")
        if column == 5:
            return code_label(RiskLevel, r.risk_level) if r.risk_level else ""
        return r.responsible_name

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


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
        self.view.resizeColumnsToContents()
        self.message.setText("" if rows else self.tr("No open case."))

    def _failed(self, error: OberihError) -> None:
        self.message.setText(error.user_message())

    def selected(self) -> CaseloadRow | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

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
