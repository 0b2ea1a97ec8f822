"""Monthly charts for the PDF summary, drawn with reportlab's graphics shapes.

Drawn by hand rather than with reportlab's chart widgets because a withheld month must be
a visible gap carrying its mark ("<5"): the line chart widget joins a line across missing
points, which would suggest a value that was never published.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from shelter_app.i18n import fill

from .model import Series
from .pdf_style import FONT, INK, MUTED, WITHHELD_FILL, WITHHELD_INK

GRID = colors.HexColor("#D9DEE4")
AXIS = colors.HexColor("#7B8794")
BAR = colors.HexColor("#2F6690")
LINE = colors.HexColor("#1F4E79")

# Series whose values are rates or levels over time read better as a line; counts per
# month as bars.
_LINE_WORDS = ("occupancy", "rate", "percent", "share", "mean", "average")


def is_line_series(series: Series) -> bool:
    """Bars for counts per month, a line for levels (occupancy, rates, means)."""
    key = series.key.lower()
    if any(word in key for word in _LINE_WORDS) or "%" in series.unit:
        return True
    return any(v is not None and not float(v).is_integer() for v in series.values)


def _nice_ticks(top: float, integral: bool, target: int = 5) -> list[float]:
    if top <= 0:
        top = 1.0
    raw = top / target
    magnitude = 10 ** math.floor(math.log10(raw))
    step = magnitude * 10
    for mult in (1, 2, 2.5, 5, 10):
        if integral and mult == 2.5 and magnitude < 10:
            continue
        if top / (mult * magnitude) <= target:
            step = mult * magnitude
            break
    if integral:
        step = max(1.0, float(math.ceil(step)))
    count = math.ceil(top / step - 1e-9)
    return [i * step for i in range(count + 1)]


def _tick_text(value: float, language: str) -> str:
    if float(value).is_integer():
        text = f"{int(value):,}"
        return text.replace(",", "\u00a0") if language == "uk" else text
    text = f"{value:,.1f}"
    if language == "uk":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text


def _text(x: float, y: float, text: str, size: float, ink: Any, anchor: str) -> String:
    return String(x, y, text, fontName=FONT, fontSize=size, fillColor=ink, textAnchor=anchor)


def chart_drawing(series: Series, width: float, height: float, language: str) -> Drawing:
    """One chart for one series, `width` × `height` points, ready to place in a story."""
    n = len(series.labels)
    shown = [v for v in series.values if v is not None]
    if n == 0 or not shown:
        height = min(height, 20 * mm)
    drawing = Drawing(width, height)
    # The renderer starts every drawing in Helvetica unless told otherwise.
    drawing.initialFontName = FONT
    size = 8.5
    small = 8.0
    line = is_line_series(series)

    if n == 0 or not shown:
        message = (
            QCoreApplication.translate("reports_pdf", "No months to show.")
            if n == 0
            else fill(
                QCoreApplication.translate(
                    "reports_pdf", "Every month of this series is withheld (%1)."
                ),
                ", ".join(sorted(set(series.texts))),
            )
        )
        drawing.add(Rect(0, 0, width, height, fillColor=None, strokeColor=GRID))
        drawing.add(_text(width / 2, height / 2, message, size, MUTED, "middle"))
        return drawing

    integral = all(float(v).is_integer() for v in shown)
    top = max(shown)
    if "%" in series.unit and top <= 100:
        top = 100.0
    ticks = _nice_ticks(top * 1.08 if not line else top, integral)
    vmax = ticks[-1]
    tick_texts = [_tick_text(t, language) for t in ticks]

    # Plot area: room on the left for tick labels, above for the unit, below for months.
    left = max(stringWidth(t, FONT, small) for t in tick_texts) + 10
    right = 8.0
    top_pad = 18.0
    slot = (width - left - right) / n
    label_w = max(stringWidth(label, FONT, small) for label in series.labels)
    rotate = label_w + 4 > slot
    every = 1
    if rotate:
        # Labels at 45° need about 1.8 × their font size between them; thin them out.
        every = max(1, math.ceil((small * 1.8) / slot))
    bottom_labels = (label_w * 0.72 + 8) if rotate else 14.0
    axis_title_h = 12.0
    bottom = bottom_labels + axis_title_h + 2
    plot_w = width - left - right
    plot_h = height - top_pad - bottom

    def y_of(value: float) -> float:
        return bottom + plot_h * (value / vmax)

    def x_mid(i: int) -> float:
        return float(left + slot * (i + 0.5))

    # Unit above the value axis, axis title under the months.
    drawing.add(_text(left - 6, height - 10, series.unit, small, MUTED, "start"))
    month = QCoreApplication.translate("reports_pdf", "Month")
    drawing.add(_text(left + plot_w / 2, 2, month, small, MUTED, "middle"))

    for tick, text in zip(ticks, tick_texts, strict=True):
        y = y_of(tick)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(_text(left - 4, y - small * 0.35, text, small, INK, "end"))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=AXIS, strokeWidth=0.8))

    for i, label in enumerate(series.labels):
        x = x_mid(i)
        drawing.add(Line(x, bottom, x, bottom - 2.5, strokeColor=AXIS, strokeWidth=0.6))
        if i % every:
            continue
        if rotate:
            group = Group(_text(0, 0, label, small, INK, "end"))
            group.translate(x + small * 0.3, bottom - 5)
            group.rotate(45)
            drawing.add(group)
        else:
            drawing.add(_text(x, bottom - 4 - small, label, small, INK, "middle"))

    value_size = 7.5 if slot >= 24 else 6.5
    show_values = slot >= 14
    for i, (value, text) in enumerate(zip(series.values, series.texts, strict=True)):
        x = x_mid(i)
        if value is None:
            box_w = min(slot * 0.8, max(18.0, stringWidth(text, FONT, value_size) + 6))
            drawing.add(
                Rect(
                    x - box_w / 2,
                    bottom + 1,
                    box_w,
                    value_size + 5,
                    fillColor=WITHHELD_FILL,
                    strokeColor=None,
                )
            )
            drawing.add(_text(x, bottom + 3.5, text, value_size, WITHHELD_INK, "middle"))
            continue
        if not line:
            bar_w = min(slot * 0.62, 42.0)
            drawing.add(
                Rect(
                    x - bar_w / 2,
                    bottom,
                    bar_w,
                    y_of(value) - bottom,
                    fillColor=BAR,
                    strokeColor=None,
                )
            )
        if show_values:
            above = y_of(value) + (6 if line else 2.5)
            drawing.add(_text(x, above, text, value_size, INK, "middle"))

    if line:
        # One polyline per run of published months, so a withheld month breaks the line.
        run: list[float] = []
        for i, value in enumerate([*series.values, None]):
            if value is None:
                if len(run) >= 4:
                    drawing.add(PolyLine(run, strokeColor=LINE, strokeWidth=1.6))
                run = []
            else:
                run.extend((x_mid(i), y_of(value)))
        for i, value in enumerate(series.values):
            if value is not None:
                drawing.add(
                    Circle(
                        x_mid(i),
                        y_of(value),
                        2.4,
                        fillColor=colors.white,
                        strokeColor=LINE,
                        strokeWidth=1.2,
                    )
                )
    return drawing
