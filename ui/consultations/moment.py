"""When a consultation starts, as one date field and one time field (typing "1430"
fills the time; Tab goes from the date to the time, not through five sections), with
the end it gives shown beside it.

A held consultation is logged after it ended, so `ending_now` gives the start of one
that ends now (rounded down to 5 minutes); the end is shown and marked when it would lie
in the future."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QTimeEdit, QWidget

from shelter_app.i18n import fill

from ..display import date_format, to_qdate

FUTURE_STYLE = "color: #b3261e;"
PLAIN_STYLE = "color: #5f5f5f;"


def ending_now(now: datetime, duration_min: int) -> datetime:
    """The start of a consultation of `duration_min` minutes that ended at `now`."""
    end = now.replace(second=0, microsecond=0)
    end -= timedelta(minutes=end.minute % 5)
    return end - timedelta(minutes=duration_min)


class _OneStop:
    """Tab leaves the field at once instead of walking through its sections (day,
    month, year, hour, minute); typing fills the sections and moves on by itself."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)  # type: ignore[arg-type]


class DateField(_OneStop, QDateEdit):
    pass


class TimeField(_OneStop, QTimeEdit):
    pass


class MomentField(QWidget):
    """A date and a time. `edited` when she changes either by hand."""

    edited = Signal()

    def __init__(self, moment: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.date_edit = DateField(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setMinimumWidth(
            self.date_edit.fontMetrics().horizontalAdvance("00.00.00000") + 40
        )
        self.time_edit = TimeField(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.time_edit.setWrapping(True)
        self.end = QLabel(self)
        row.addWidget(self.date_edit)
        row.addWidget(self.time_edit)
        row.addWidget(self.end)
        row.addStretch(1)
        self.setFocusProxy(self.date_edit)
        self.setTabOrder(self.date_edit, self.time_edit)
        self._duration: int | None = None
        self._now: datetime | None = None
        self.set_moment(moment)
        self.date_edit.dateChanged.connect(self._user_changed)
        self.time_edit.timeChanged.connect(self._user_changed)

    # the QDateTimeEdit interface the forms and tests use
    def dateTime(self) -> QDateTime:
        return QDateTime(self.date_edit.date(), self.time_edit.time())

    def setDateTime(self, value: QDateTime) -> None:
        self.date_edit.setDate(value.date())
        self.time_edit.setTime(value.time())

    def moment(self) -> datetime:
        d, t = self.date_edit.date(), self.time_edit.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def set_moment(self, moment: datetime) -> None:
        """Set by the form (not by her): `edited` is not emitted."""
        for edit in (self.date_edit, self.time_edit):
            edit.blockSignals(True)
        self.date_edit.setDate(to_qdate(moment.date()))
        self.time_edit.setTime(QTime(moment.hour, moment.minute))
        for edit in (self.date_edit, self.time_edit):
            edit.blockSignals(False)
        self._show_end()

    def show_end(self, duration_min: int, now: datetime | None) -> None:
        """Show when it ends; with `now`, mark an end after it (a held one cannot)."""
        self._duration, self._now = duration_min, now
        self._show_end()

    def _user_changed(self) -> None:
        self._show_end()
        self.edited.emit()

    def _show_end(self) -> None:
        if self._duration is None:
            self.end.clear()
            return
        end = self.moment() + timedelta(minutes=self._duration)
        text = fill(self.tr("ends %1"), end.strftime("%H:%M"))
        if end.date() != self.moment().date():
            text = fill(self.tr("ends %1 the next day"), end.strftime("%H:%M"))
        future = self._now is not None and end > self._now
        if future:
            text += " — " + self.tr("in the future")
        self.end.setText(text)
        self.end.setStyleSheet(FUTURE_STYLE if future else PLAIN_STYLE)
