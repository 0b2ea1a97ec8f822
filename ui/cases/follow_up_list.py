"""Overdue follow-ups that can be dealt with: done, rescheduled, or dismissed with a
reason, so the list does not only grow. Shown in "My cases" and on the overview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shelter_app.cases import follow_ups
from shelter_app.cases.records import FollowUpRecord
from shelter_app.errors import OberihError

from ..clients.risk_dialogs import RecordDialog
from ..context import AppContext
from ..display import RowsModel, date_text, fit_columns, table_view
from .dialogs import DismissDialog, RescheduleDialog


class OverdueFollowUps(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, show_names: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        # the overview is seen across the room: codes only, no name or free text there
        self.show_names = show_names
        self.rows: list[FollowUpRecord] = []
        self.dialog: RecordDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("<b>Overdue contacts</b>"), self)
        layout.addWidget(self.heading)
        bar = QHBoxLayout()
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.clicked.connect(self.done)
        self.reschedule_button = QPushButton(self.tr("Re&schedule…"), self)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.dismiss_button = QPushButton(self.tr("D&ismiss…"), self)
        self.dismiss_button.clicked.connect(self.dismiss)
        for b in (self.done_button, self.reschedule_button, self.dismiss_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        headers = [self.tr("Due"), self.tr("Code"), self.tr("Client"), self.tr("Purpose")]
        self.model = RowsModel(headers if show_names else headers[:2], self)
        self.view = table_view(self.model, self)
        layout.addWidget(self.view, 1)
        self.message = QLabel(self)
        layout.addWidget(self.message)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        self._buttons()

    def reload(self) -> None:
        self.ctx.call(
            follow_ups.overdue_follow_ups, on_done=self._show, on_error=self._failed, owner=self
        )

    def _show(self, rows: list[FollowUpRecord]) -> None:
        self.rows = list(rows)
        self.model.set_rows(
            [
                (date_text(f.due_on), f.client_code, f.client_name, f.purpose or "")
                if self.show_names
                else (date_text(f.due_on), f.client_code)
                for f in rows
            ],
            records=[f.id for f in rows],
        )
        self.message.setText("" if rows else self.tr("No contact is overdue."))
        fit_columns(self.view)
        self._buttons()

    def _failed(self, error: OberihError) -> None:
        self.message.setText(error.user_message())

    def selected(self) -> FollowUpRecord | None:
        key = self.model.record(self.view.currentIndex().row()) if self.rows else None
        return next((f for f in self.rows if f.id == key), None)

    def _buttons(self) -> None:
        chosen = self.selected() is not None
        for b in (self.done_button, self.reschedule_button, self.dismiss_button):
            b.setEnabled(chosen)

    def _changed(self, _result: object = None) -> None:
        self.reload()

    def done(self) -> None:
        if (f := self.selected()) is not None:
            self.ctx.call(
                follow_ups.complete_follow_up,
                f.id,
                on_done=self._changed,
                on_error=self._failed,
                owner=self,
            )

    def _open(self, dialog: RecordDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._changed)
        self.dialog = dialog
        dialog.open()

    def reschedule(self) -> None:
        if (f := self.selected()) is not None:
            self._open(RescheduleDialog(self.ctx, f.id, self))

    def dismiss(self) -> None:
        if (f := self.selected()) is not None:
            self._open(DismissDialog(self.ctx, f.id, self))
