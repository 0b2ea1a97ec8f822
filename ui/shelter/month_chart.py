"""The month's occupancy beside the board: beds held on each night against the beds
in use."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QToolTip,
    QWidget,
)

from shelter_app.i18n import fill

from ..display import date_text
from .tiles import MUTED, SELECTED


class MonthChart(QWidget):
    """Beds held on each night of the month, one bar a night, against the beds in use.
    Nights still to come (as booked) are lighter; the night on the board is dark."""

    day_clicked = Signal(object)  # date

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.nights: list[tuple[date, int]] = []
        self.capacity = 0
        self.selected: date | None = None
        self.setMinimumHeight(80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_nights(self, nights: Sequence[tuple[date, int]], selected: date) -> None:
        self.nights = list(nights)
        self.selected = selected
        self._describe()
        self.update()

    def set_capacity(self, capacity: int) -> None:
        self.capacity = capacity
        self._describe()
        self.update()

    def _describe(self) -> None:
        if not self.nights:
            return
        top = max(n for _d, n in self.nights)
        self.setAccessibleDescription(
            fill(self.tr("Beds taken per night: at most %1 of %2."), str(top), str(self.capacity))
        )

    def sizeHint(self) -> QSize:
        return QSize(260, 90)

    def _plot(self) -> QRect:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("000") + 8
        return self.rect().adjusted(left, 6, -4, -(metrics.height() + 4))

    def _bar_at(self, x: int) -> int | None:
        plot = self._plot()
        if not self.nights or not plot.left() <= x <= plot.right():
            return None
        index = int((x - plot.left()) * len(self.nights) / max(plot.width(), 1))
        return min(index, len(self.nights) - 1)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        plot = self._plot()
        metrics = self.fontMetrics()
        painter.fillRect(plot, self.palette().base())
        if not self.nights:
            painter.end()
            return
        top = max(self.capacity, max(n for _d, n in self.nights), 1)
        width = plot.width() / len(self.nights)
        today = date.today()
        for index, (night, count) in enumerate(self.nights):
            height = round(plot.height() * count / top)
            x = plot.left() + round(index * width)
            bar = QRect(x + 1, plot.bottom() - height + 1, max(round(width) - 2, 1), height)
            if night == self.selected:
                colour = SELECTED
            elif night > today:
                colour = QColor("#b9c8de")
            else:
                colour = QColor("#6d87ad")
            painter.fillRect(bar, colour)
        painter.setPen(QPen(QColor("#b3261e"), 1, Qt.PenStyle.DashLine))
        if self.capacity:
            y = plot.bottom() - round(plot.height() * self.capacity / top)
            painter.drawLine(plot.left(), y, plot.right(), y)
        painter.setPen(MUTED)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        axis = QRect(0, plot.top() - metrics.height() // 2, plot.left() - 4, metrics.height())
        painter.drawText(axis, Qt.AlignmentFlag.AlignRight, str(top))
        axis.moveTop(plot.bottom() - metrics.height() // 2)
        painter.drawText(axis, Qt.AlignmentFlag.AlignRight, "0")
        for index, (night, _count) in enumerate(self.nights):
            if night.day in (1, 10, 20) or index == len(self.nights) - 1:
                x = plot.left() + round((index + 0.5) * width)
                text = str(night.day)
                half = metrics.horizontalAdvance(text) // 2
                painter.drawText(
                    QRect(x - half - 2, plot.bottom() + 2, 2 * half + 4, metrics.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._bar_at(event.position().toPoint().x())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_clicked.emit(self.nights[index][0])

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._bar_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                night, count = self.nights[index]
                text = (
                    self.tr("%1: %2 of %3 beds booked (a night to come)")
                    if night > date.today()
                    else self.tr("%1: %2 of %3 beds taken")
                )
                QToolTip.showText(
                    event.globalPos(),
                    fill(text, date_text(night), str(count), str(self.capacity))
                    + "\n"
                    + self.tr("Click to show that night on the board."),
                    self,
                )
            return True
        return super().event(event)
