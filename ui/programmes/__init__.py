"""Courses and events: training courses with their sessions, enrolments and attendance;
educational events counted by head; the register of partner organisations.

What the three tabs share lives here: how days and times are shown, a small table model
over the services' frozen records, and the dialog that calls a service and keeps the
refusal in view (beside its field, or in the banner) instead of closing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_app.errors import OberihError
from shelter_app.programme_aims import Aim, aim_choices

from ..context import AppContext
from ..display import date_format, date_text, setup_table, to_qdate
from ..forms import ErrorForm
from ..table_model import Column, TableModel

NOTICE_STYLE = "color: #5f4300;"  # a calm amber for "needs doing", never an alarm


# --- days and times -----------------------------------------------------------------------


def weekday_day_text(day: date) -> str:
    """'Tue 14.04.2026': sessions are planned by weekday."""
    weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {date_text(day)}"


def period_text(first: date, last: date) -> str:
    return f"{date_text(first)} – {date_text(last)}"


def date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


# --- lists --------------------------------------------------------------------------------


NOTICE = QColor("#8a5a00")  # a cell that asks for attention (a waiting place, a register due)


def record_key(record: Any) -> int:
    """Courses, sessions, events and partners have `id`; roster rows `enrolment_id`."""
    return getattr(record, "id", None) or record.enrolment_id


class RecordModel(TableModel):
    """The area's lists: rows found again by `record_key` after a reload."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None, **looks: Any):
        super().__init__(columns, parent, key=record_key, **looks)


def make_table(model: TableModel, parent: QWidget, stretch: int) -> QTableView:
    """A read-only list, one row selected at a time; column `stretch` takes the spare
    width, the others fit their contents."""
    view = QTableView(parent)
    view.setModel(model)
    setup_table(view, stretch_last=False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)
    return view


def selected_record(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    model = view.model()
    return model.record(rows[0].row()) if rows and isinstance(model, RecordModel) else None


def select_record(view: QTableView, record_id: int | None) -> None:
    """Select the row of `record_id` after a reload, or the first row."""
    model = view.model()
    if not isinstance(model, RecordModel) or not model.rows:
        return
    row = model.row_of(record_id) if record_id is not None else -1
    view.selectRow(max(row, 0))


def empty_hint(text: str, parent: QWidget) -> QLabel:
    hint = QLabel(text, parent)
    hint.setWordWrap(True)
    hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return hint


# --- dialogs ------------------------------------------------------------------------------


def narrow(widget: QWidget) -> QWidget:
    """A spin box, date or combo box at its natural width inside a row as wide as the
    form, so that an error shown under it has the whole width instead of a narrow
    column that cuts it off."""
    row = QWidget(widget.parentWidget())
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    row.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    row.setFocusProxy(widget)
    return row


def aim_box(parent: QWidget, current: str | None) -> QComboBox:
    """The aim of a course or event (shelter_app.programme_aims), "not stated" first
    selected for a new one, so that the department's count by aim is a choice made."""
    box = QComboBox(parent)
    for code, text in aim_choices():
        box.addItem(text, code)
    box.setCurrentIndex(max(0, box.findData(current or Aim.NOT_STATED.value)))
    return box


def hint_label(text: str, parent: QWidget) -> QLabel:
    """A wrapped explanation that uses the form's full width."""
    hint = QLabel(text, parent)
    hint.setWordWrap(True)
    hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return hint


class ServiceDialog(QDialog):
    """A form whose OK button calls one service. On success `saved(result)` is emitted and
    the dialog closes; a refusal is shown beside its field and nothing is lost."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.outer = QVBoxLayout(self)
        self.form = ErrorForm(self)
        self.outer.addWidget(self.form)
        # parented only in finish_layout, so the buttons come after the fields in the
        # Tab order and the first field, not a button, has the focus when it opens
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, *, stretch: bool = True) -> None:
        """Call at the end of the subclass constructor: the buttons go last."""
        if stretch:
            self.outer.addStretch(1)
        self.outer.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.form.clear_errors()
        self.buttons.setEnabled(False)
        self.ctx.call(
            service, *args, on_done=self._done, on_error=self._failed, owner=self, **kwargs
        )

    def _done(self, result: object) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: OberihError) -> None:
        self.buttons.setEnabled(True)
        self.form.show_error(error)


class ConfirmDialog(ServiceDialog):
    """'Withdraw her?', 'Archive this course?': the question, and the service's refusal in
    the banner if it says no."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        question: str,
        ok_text: str,
        parent: QWidget,
        service: Callable[..., Any],
        *args: Any,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(title)
        self.ok_button.setText(ok_text)
        self._service, self._args = service, args
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        self.outer.insertWidget(0, self.question)
        self.finish_layout(stretch=False)
        self.setMinimumWidth(440)

    def submit(self) -> None:
        self.run(self._service, *self._args)


def button(text: str, parent: QWidget, slot: Callable[[], None]) -> QPushButton:
    push = QPushButton(text, parent)
    push.setAutoDefault(False)
    push.clicked.connect(slot)
    return push
