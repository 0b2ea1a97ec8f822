"""Small charts for pages where a picture says more than a number (the dashboard's
occupancy per night; other areas may reuse them).

Drawn with QPainter in the palette's colours, so they follow the system theme. Meaning
never rests on colour alone: axes carry numbers, a reference line is dashed and labelled
in words, and the accessible description holds the data as text for screen readers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

TICKS = 4  # about this many steps on the value axis
BAR_SHARE = 0.7  # of each slot; the rest is the gap between bars
GAP = 6


def nice_step(largest: float, ticks: int = TICKS, whole: bool = True) -> float:
    """A step of 1, 2 or 5 times a power of ten giving about `ticks` steps to `largest`."""
    if largest <= 0:
        return 1.0
    raw = largest / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return max(step, 1.0) if whole else step


def number(value: float) -> str:
    """In the interface language; whole numbers without decimals."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 1)


class BarChart(QWidget):
    """Vertical bars with a value axis, category labels that thin out when crowded, an
    optional dashed reference line (e.g. the number of beds) and a tooltip per bar."""

    def __init__(
        self,
        values: Sequence[float] = (),
        labels: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        reference: float | None = None,
        reference_label: str = "",
    ):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self._values: list[float] = []
        self._labels: list[str] = []
        self._reference: float | None = None
        self._reference_label = ""
        self._summary = ""
        self.set_data(values, labels, reference=reference, reference_label=reference_label)

    # --- data --------------------------------------------------------------------------

    def set_data(
        self,
        values: Sequence[float],
        labels: Sequence[str],
        *,
        reference: float | None = None,
        reference_label: str = "",
    ) -> None:
        if len(values) != len(labels):
            raise ValueError("a label is needed for every value")
        self._values = [float(v) for v in values]
        self._labels = [str(x) for x in labels]
        self._reference = reference
        self._reference_label = reference_label
        self._describe()
        self.update()

    def values(self) -> list[float]:
        return list(self._values)

    def labels(self) -> list[str]:
        return list(self._labels)

    def set_summary(self, text: str) -> None:
        """A sentence saying what the chart shows (lowest, highest, latest...); it leads
        the accessible description, which goes on with every bar's value."""
        self._summary = text
        self._describe()

    def summary(self) -> str:
        return self._summary

    def _describe(self) -> None:
        bars = "; ".join(
            f"{lab}: {number(v)}" for lab, v in zip(self._labels, self._values, strict=True)
        )
        if not bars:
            bars = QCoreApplication.translate("charts", "No data.")
        self.setAccessibleDescription(f"{self._summary} {bars}".strip())

    # --- size --------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(360, 9 * line)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(180, 6 * line)

    # --- geometry ----------------------------------------------------------------------

    def _scale(self) -> tuple[float, float]:
        """(step, top) of the value axis."""
        largest = max([*self._values, self._reference or 0.0, 0.0])
        whole = all(v.is_integer() for v in self._values)
        step = nice_step(largest, whole=whole)
        top = max(step, math.ceil(largest / step) * step)
        if self._reference is not None and top - self._reference < step / 2:
            top += step  # room for the reference line's words above it
        return step, top

    def _plot_area(self, step: float, top: float) -> QRectF:
        fm = self.fontMetrics()
        ticks = [number(i * step) for i in range(round(top / step) + 1)]
        left = max(fm.horizontalAdvance(t) for t in ticks) + GAP
        line = fm.height()
        return QRectF(
            left + GAP,
            line / 2 + 2,
            max(1.0, self.width() - left - 2 * GAP),
            max(1.0, self.height() - line - GAP - line / 2 - 2),
        )

    def _bar_rect(self, area: QRectF, top: float, index: int) -> QRectF:
        slot = area.width() / len(self._values)
        width = max(1.0, slot * BAR_SHARE)
        height = area.height() * self._values[index] / top
        x = area.left() + index * slot + (slot - width) / 2
        return QRectF(x, area.bottom() - height, width, height)

    def bar_at(self, x: float, y: float) -> int | None:
        """The bar whose column holds the point, for tooltips."""
        if not self._values:
            return None
        step, top = self._scale()
        area = self._plot_area(step, top)
        if not area.contains(QPointF(x, y)):
            return None
        index = int((x - area.left()) / (area.width() / len(self._values)))
        return min(index, len(self._values) - 1)

    def _label_every(self, area: QRectF) -> int:
        """Show every n-th category label so that none overlaps the next."""
        fm = self.fontMetrics()
        widest = max(fm.horizontalAdvance(t) for t in self._labels) + GAP
        slot = area.width() / len(self._values)
        for n in (1, 2, 5, 7, 10, 14, 20, 30, 50, 100):
            if n * slot >= widest:
                return n
        return max(1, math.ceil(widest / slot))

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        if not self._values:
            p.setPen(pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("charts", "No data."),
            )
            return
        step, top = self._scale()
        area = self._plot_area(step, top)
        fm = self.fontMetrics()
        grid = QColor(pal.color(QPalette.ColorRole.Mid))
        grid.setAlpha(110)
        # value axis: grid lines and numbers
        for i in range(round(top / step) + 1):
            y = area.bottom() - area.height() * (i * step) / top
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(text)
            p.drawText(
                QRectF(0, y - fm.height() / 2, area.left() - GAP, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                number(i * step),
            )
        # bars
        bar = pal.color(QPalette.ColorRole.Highlight)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(bar)
        for i in range(len(self._values)):
            p.drawRect(self._bar_rect(area, top, i))
        # category labels under the bars
        p.setPen(text)
        every = self._label_every(area)
        slot = area.width() / len(self._values)
        for i in range(0, len(self._labels), every):
            centre = area.left() + (i + 0.5) * slot
            width = slot * every
            p.drawText(
                QRectF(centre - width / 2, area.bottom() + 2, width, fm.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self._labels[i],
            )
        # the reference line: dashed and named, not a colour to decode
        if self._reference is not None:
            y = area.bottom() - area.height() * self._reference / top
            pen = QPen(text, 1.5, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            if self._reference_label:
                p.drawText(
                    QRectF(area.left(), y - fm.height() - 1, area.width(), fm.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                    self._reference_label,
                )
        p.end()

    # --- tooltips ----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos().x(), event.pos().y())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPos(),
                    f"{self._labels[index]}: {number(self._values[index])}",
                    self,
                )
            return True
        return super().event(event)
