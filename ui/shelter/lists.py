"""The short lists of the Shelter area (waiting list, stays near their limit,
turn-aways), each a panel of its own: the waiting list's rows can be dragged onto a
free bed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_app import shelter
from shelter_app.errors import OberihError
from shelter_app.shelter import LimitWarning, TurnAwayRecord, WaitingEntry
from shelter_app.vocabulary import ReferringBody, TurnAwayReason, label

from ..context import AppContext
from ..display import date_text, setup_table, to_date
from ..table_model import Column, TableModel
from .dialogs import date_edit, hint_label
from .tiles import MIME_WAITING

# --- lists ----------------------------------------------------------------------------------

Index = QModelIndex | QPersistentModelIndex


class WaitingModel(TableModel):
    """Rows can be dragged onto a free bed (the entry id travels, nothing else)."""

    def __init__(self, columns: list[Column], draggable: bool, parent: QWidget):
        super().__init__(columns, parent)
        self.draggable = draggable

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.draggable and index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [MIME_WAITING]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        if indexes:
            entry: WaitingEntry = self.rows[indexes[0].row()]
            mime.setData(MIME_WAITING, QByteArray(str(entry.id).encode("ascii")))
        return mime


def table_view(model: TableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    setup_table(view, stretch_last=False, leave_on_tab=False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    return view


# --- the panels that show them --------------------------------------------------------------


class WaitingPanel(QWidget):
    """The waiting list beside the board. The page opens the dialogs its buttons ask for
    (one dialog at a time, see ShelterPage._open)."""

    add_requested = Signal()
    admit_requested = Signal()
    withdraw_requested = Signal()

    def __init__(self, can_write: bool, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.model = WaitingModel(
            [
                Column(self.tr("Client"), lambda e: e.client_code),
                Column(self.tr("Waiting since"), lambda e: date_text(e.requested_on)),
                Column(self.tr("Children"), lambda e: str(e.children), True),
            ],
            can_write,
            self,
        )
        self.view = table_view(self.model, self)
        self.view.setDragEnabled(can_write)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.doubleClicked.connect(lambda _i: self.admit_requested.emit())
        layout.addWidget(self.view, 1)
        if can_write:
            layout.addWidget(hint_label(self.tr("Drag a row onto a free bed to admit her."), self))
        buttons = QGridLayout()
        self.add_button = QPushButton(self.tr("A&dd…"), self)
        self.admit_button = QPushButton(self.tr("Admit &her…"), self)
        self.withdraw_button = QPushButton(self.tr("Ta&ke off the list…"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.admit_button.clicked.connect(self.admit_requested)
        self.withdraw_button.clicked.connect(self.withdraw_requested)
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.admit_button, 0, 1)
        buttons.addWidget(self.withdraw_button, 1, 0, 1, 2)
        layout.addLayout(buttons)
        for button in (self.add_button, self.admit_button, self.withdraw_button):
            button.setVisible(can_write)
        self.view.selectionModel().selectionChanged.connect(self._selection)
        self._selection()

    def set_entries(self, entries: Sequence[WaitingEntry]) -> None:
        self.model.set_rows(entries)
        self._selection()

    def selected(self) -> WaitingEntry | None:
        return selected_row(self.view, self.model)

    def _selection(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.admit_button.setEnabled(chosen)
        self.withdraw_button.setEnabled(chosen)


class LimitsTab(QWidget):
    """Stays near or over their allowed length: show her bed, or extend the stay."""

    show_requested = Signal()
    extend_requested = Signal()

    def __init__(self, can_write: bool, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.hint = hint_label("", self)
        layout.addWidget(self.hint)
        self.model = TableModel(
            [
                Column(self.tr("Client"), lambda w: w.client_code),
                Column(self.tr("Admitted"), lambda w: date_text(w.admitted_on)),
                Column(self.tr("Allowed until"), lambda w: date_text(w.allowed_until)),
                Column(self.tr("Time left"), self._time_left),
                Column(
                    self.tr("Can be extended until"),
                    lambda w: (
                        date_text(w.extendable_until)
                        if w.extendable_until
                        else self.tr("no further extension")
                    ),
                ),
            ],
            self,
            tint=lambda w: QColor("#8c1d18") if w.over_limit else None,
        )
        self.view = table_view(self.model, self)
        self.view.doubleClicked.connect(lambda _i: self.show_requested.emit())
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.show_button = QPushButton(self.tr("&Show her bed"), self)
        self.extend_button = QPushButton(self.tr("E&xtend the stay…"), self)
        self.show_button.clicked.connect(self.show_requested)
        self.extend_button.clicked.connect(self.extend_requested)
        self.extend_button.setVisible(can_write)
        row.addWidget(self.show_button)
        row.addWidget(self.extend_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(self._selection)
        self._selection()

    def set_warnings(self, warnings: Sequence[LimitWarning], warning_days: int) -> None:
        self.model.set_rows(warnings)
        over = sum(1 for w in warnings if w.over_limit)
        self.hint.setText(
            self.tr(
                "Stays whose allowed length ends within %n day(s) or has passed: time to "
                "extend, or to plan her move on.",
                "",
                warning_days,
            )
            + " "
            + self.tr("%n over the limit.", "", over)
        )
        self._selection()

    def selected(self) -> LimitWarning | None:
        return selected_row(self.view, self.model)

    def _selection(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.show_button.setEnabled(chosen)
        self.extend_button.setEnabled(chosen)

    def _time_left(self, warning: LimitWarning) -> str:
        if warning.over_limit:
            return "⚠ " + self.tr("over by %n day(s)", "", -warning.days_left)
        return self.tr("%n day(s) left", "", warning.days_left)


class TurnAwaysTab(QWidget):
    """The women the shelter could not take in a period (this month at first)."""

    record_requested = Signal()

    def __init__(self, ctx: AppContext, can_write: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        first = date.today().replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        self.from_edit = date_edit(first, self)
        self.to_edit = date_edit(last, self)
        caption_from = QLabel(self.tr("&From:"), self)
        caption_from.setBuddy(self.from_edit)
        caption_to = QLabel(self.tr("t&o:"), self)
        caption_to.setBuddy(self.to_edit)
        for widget in (caption_from, self.from_edit, caption_to, self.to_edit):
            row.addWidget(widget)
        self.summary = QLabel(self)
        row.addSpacing(12)
        row.addWidget(self.summary, 1)
        self.record_button = QPushButton(self.tr("&Record a turn-away…"), self)
        self.record_button.clicked.connect(self.record_requested)
        self.record_button.setVisible(can_write)
        row.addWidget(self.record_button)
        layout.addLayout(row)
        self.error = hint_label("", self)
        self.error.hide()
        layout.addWidget(self.error)
        self.model = TableModel(
            [
                Column(self.tr("Date"), lambda t: date_text(t.on_date)),
                Column(self.tr("Reason"), lambda t: label(TurnAwayReason(t.reason))),
                Column(self.tr("Children"), lambda t: str(t.children), True),
                Column(self.tr("Referred by"), lambda t: label(ReferringBody(t.referred_by))),
                Column(self.tr("Client"), lambda t: t.client_code or self.tr("anonymous")),
            ],
            self,
        )
        self.view = table_view(self.model, self)
        layout.addWidget(self.view, 1)
        self.from_edit.dateChanged.connect(lambda _d: self.load())
        self.to_edit.dateChanged.connect(lambda _d: self.load())

    def load(self) -> None:
        start = to_date(self.from_edit.date())
        end = to_date(self.to_edit.date()) + timedelta(days=1)
        self.ctx.call(
            shelter.list_turn_aways,
            start,
            end,
            on_done=self._show,
            on_error=self._refused,
            owner=self,
        )

    def _show(self, rows: list[TurnAwayRecord]) -> None:
        self.error.hide()
        self.model.set_rows(rows)
        children = sum(r.children for r in rows)
        self.summary.setText(
            self.tr("%n turn-away(s) in this period", "", len(rows))
            + (", " + self.tr("with %n child(ren)", "", children) if children else "")
        )

    def _refused(self, error: OberihError) -> None:
        self.model.set_rows([])
        self.summary.clear()
        self.error.setText(error.user_message())
        self.error.show()


def selected_row(view: QTableView, model: TableModel) -> Any:
    rows = view.selectionModel().selectedRows()
    return model.row(rows[0].row()) if rows else None
