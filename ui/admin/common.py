"""What the administration sections share: a confirmation that keeps the service's
refusal in view, a form dialog, table set-up, and how times and sizes are shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_app.errors import OberihError

from .. import display
from ..context import AppContext
from ..display import date_format
from ..forms import BANNER_STYLE, ErrorForm

WARNING_STYLE = (
    "background: #fff4e5; color: #663c00; border: 1px solid #ffcc80; border-radius: 4px;"
    " padding: 8px;"
)
SUCCESS_STYLE = "color: #1e6b32;"
PROBLEM_STYLE = "color: #b3261e; font-weight: bold;"


# --- text ---------------------------------------------------------------------------------


def local_time_text(moment: datetime | None, *, seconds: bool = False) -> str:
    """A moment stored in UTC (audit entries, accounts, backups), in this computer's
    time zone."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    shown = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
    )
    return QLocale().toString(shown, f"{date_format()} HH:mm{':ss' if seconds else ''}")


def local_midnight_utc(day: date) -> datetime:
    """The start of a local calendar day, as the naive UTC moment the log stores."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC).replace(tzinfo=None)


def size_text(size_bytes: int) -> str:
    return QLocale().formattedDataSize(
        size_bytes, 2, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


# --- widgets ------------------------------------------------------------------------------


def explanation(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def warning_box(text: str, parent: QWidget | None = None) -> QLabel:
    label = explanation(text, parent)
    label.setStyleSheet(WARNING_STYLE)
    return label


def monospace(label: QLabel) -> QLabel:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    label.setFont(font)
    return label


def setup_table(view: QTableView, *, stretch_last: bool = True) -> None:
    display.setup_table(view, stretch_last=stretch_last, leave_on_tab=False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class TextDialog(QDialog):
    """A dialog with wrapped text that opens as tall as its text needs at its width (Qt
    would size it for the narrow width first and leave a gap under the text)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = max(hint.width(), self.minimumWidth())
        height = self.heightForWidth(width)
        return QSize(width, height) if height > 0 else hint

    def grow_to_fit(self) -> None:
        """After error lines appeared: taller if the text needs it, never narrower."""
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)


def cancel_button(buttons: QDialogButtonBox) -> QPushButton:
    """Cancel in the interface language (Qt's own catalogue is not loaded)."""
    return buttons.addButton(
        QCoreApplication.translate("admin", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
    )


class ConfirmDialog(TextDialog):
    """ "Are you sure?" for an action that cannot be undone. The dialog stays open while
    the work runs and shows the service's refusal in it; the owner calls `accept()` when
    the work is done. Cancel is the default button, so Enter never confirms by accident."""

    confirmed = Signal()

    def __init__(
        self,
        title: str,
        text: str,
        confirm_text: str,
        parent: QWidget,
        *,
        warning: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.text = explanation(text, self)
        layout.addWidget(self.text)
        self.warning = warning_box(warning, self)
        self.warning.setVisible(bool(warning))
        layout.addWidget(self.warning)
        self.banner = explanation("", self)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        layout.addWidget(self.banner)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.confirm_button: QPushButton = self.buttons.addButton(
            confirm_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = cancel_button(self.buttons)
        self.confirm_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _confirm(self) -> None:
        self.banner.hide()
        self.set_working(True)
        self.confirmed.emit()

    def reject(self) -> None:
        if self.cancel_button.isEnabled():  # not while the work runs (Escape)
            super().reject()

    def set_working(self, working: bool) -> None:
        self.confirm_button.setEnabled(not working)
        self.cancel_button.setEnabled(not working)

    def show_error(self, error: OberihError) -> None:
        self.set_working(False)
        self.banner.setText(error.user_message())
        self.banner.show()
        self.grow_to_fit()


class FormDialog(TextDialog):
    """A small form whose input stays when the service refuses it; the error goes beside
    the field it is about. Subclasses build the fields and implement `submit`, which
    calls `run(service, *args)`; `succeeded` carries the service's result."""

    succeeded = Signal(object)

    def __init__(self, ctx: AppContext, title: str, ok_text: str, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = ErrorForm(self)
        self.layout_.addWidget(self.form)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.cancel_button = cancel_button(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.working = False
        self.setMinimumWidth(480)

    def finish_layout(self) -> None:
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)

    def _submit(self) -> None:
        if self.working:
            return
        self.form.clear_errors()
        self.submit()
        self.grow_to_fit()  # for a message the dialog itself found

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.working = True
        self.ok_button.setEnabled(False)
        self.ctx.call(
            service, *args, on_done=self._done, on_error=self._failed, owner=self, **kwargs
        )

    def _done(self, result: object) -> None:
        self.working = False
        self.ok_button.setEnabled(True)
        self.succeeded.emit(result)
        self.accept()

    def _failed(self, error: OberihError) -> None:
        self.working = False
        self.ok_button.setEnabled(True)
        self.form.show_error(error)
        self.grow_to_fit()

    def reject(self) -> None:
        if not self.working:  # Escape while the service runs would lose its answer
            super().reject()
