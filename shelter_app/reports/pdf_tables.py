"""Count tables for the PDF summary: choosing the page orientation, type size and column
widths so that a table fits the page, and drawing it with totals in bold and withheld
cells shaded.

Wide tables are measured rather than guessed: a column needs at least its longest header
word and its widest figure. A table goes on a portrait page if it fits there at a
comfortable size, else on a landscape page at the largest size that fits, else it is
split into groups of columns that repeat the label column.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table as GridTable

from .model import Cell, Table
from .pdf_style import (
    ACCENT,
    CELL_PAD,
    FONT,
    FONT_BOLD,
    HEADER_FILL,
    INK,
    LANDSCAPE,
    MARGIN,
    PORTRAIT,
    RULE,
    TOTAL_FILL,
    ZEBRA_FILL,
    para,
    table_style,
    withheld_commands,
)

# Table layouts tried in order: portrait at a comfortable size first, then landscape,
# then smaller type. A table that fits none of them is split into column groups.
_LAYOUTS = (
    ("portrait", 8.5),
    ("portrait", 8.0),
    ("landscape", 8.5),
    ("landscape", 8.0),
    ("landscape", 7.5),
    ("landscape", 7.0),
)
_SPLIT_SIZE = 7.5


@dataclass(frozen=True)
class Layout:
    orientation: str
    size: float
    label_width: float
    value_widths: tuple[float, ...]
    columns: tuple[int, ...]  # indexes of the value columns in this part


def _widest_word(text: str, font: str, size: float) -> float:
    return max((stringWidth(word, font, size) for word in text.split()), default=0.0)


def _column_needs(table: Table, size: float) -> tuple[float, float, list[float], list[float]]:
    """(label minimum, label natural, value minimums, value preferred) widths at `size`."""
    labels = [row.label for row in table.rows] + [table.row_header]
    words = max(
        max(_widest_word(text, FONT, size) for text in labels),
        max(_widest_word(row.label, FONT_BOLD, size) for row in table.rows if row.is_total)
        if any(row.is_total for row in table.rows)
        else 0.0,
    )
    natural = max(stringWidth(text, FONT_BOLD, size) for text in labels) + 2 * CELL_PAD
    label_min = max(words + 2 * CELL_PAD, min(natural, 42 * mm))
    minimums, preferred = [], []
    for j, header in enumerate(table.columns):
        texts = [row.cells[j].text for row in table.rows]
        cells = max((stringWidth(t, FONT_BOLD, size) for t in texts), default=0.0)
        least = max(_widest_word(header, FONT_BOLD, size), cells, 8 * mm) + 2 * CELL_PAD
        wish = min(stringWidth(header, FONT_BOLD, size) + 2 * CELL_PAD, 24 * mm)
        minimums.append(least)
        preferred.append(max(least, wish))
    return label_min, natural, minimums, preferred


def _fit(
    label_min: float, natural: float, minimums: list[float], preferred: list[float], room: float
) -> tuple[float, list[float]] | None:
    """Column widths filling `room`, or None when even the minimums do not fit."""
    if label_min + sum(minimums) > room + 0.01:
        return None
    if not minimums:
        return room, []
    # Equal value columns read best; the label column takes what is left.
    for uniform in (max(preferred), max(minimums)):
        if label_min + uniform * len(minimums) <= room:
            values = [uniform] * len(minimums)
            spare = room - sum(values) - max(natural, label_min)
            if spare > 0 and values:
                widest = max(uniform, min(30 * mm, uniform + spare / len(values)))
                values = [widest] * len(values)
            return room - sum(values), values
    if label_min + sum(preferred) <= room:
        values = list(preferred)
        label = room - sum(values)
        spare = label - max(natural, label_min)
        if spare > 0 and values:
            # Short labels: share the room so the numbers do not drift far to the right.
            extra = min(spare, len(values) * 30 * mm - sum(values))
            if extra > 0:
                values = [v + extra / len(values) for v in values]
                label = room - sum(values)
        return label, values
    need = label_min + sum(preferred) - room
    slack = max(sum(p - m for p, m in zip(preferred, minimums, strict=True)), 1e-6)
    values = [
        p - (p - m) * min(1.0, need / slack) for p, m in zip(preferred, minimums, strict=True)
    ]
    return room - sum(values), values


def _room(orientation: str) -> float:
    size = PORTRAIT if orientation == "portrait" else LANDSCAPE
    return float(size[0] - 2 * MARGIN)


def layouts(table: Table) -> list[Layout]:
    """How to print `table`: one layout, or one per group of columns when it is too wide
    for any page."""
    all_columns = tuple(range(len(table.columns)))
    for orientation, size in _LAYOUTS:
        fitted = _fit(*_column_needs(table, size), _room(orientation))
        if fitted is not None:
            label, values = fitted
            return [Layout(orientation, size, label, tuple(values), all_columns)]
    # Too many columns for any page: repeat the label column over groups of columns.
    label_min, natural, minimums, preferred = _column_needs(table, _SPLIT_SIZE)
    room = _room("landscape")
    parts: list[list[int]] = [[]]
    for j in all_columns:
        if parts[-1] and label_min + sum(minimums[i] for i in [*parts[-1], j]) > room:
            parts.append([])
        parts[-1].append(j)
    result = []
    for part in parts:
        fitted = _fit(
            label_min,
            natural,
            [minimums[j] for j in part],
            [preferred[j] for j in part],
            room,
        )
        label, values = fitted if fitted is not None else (label_min, [minimums[j] for j in part])
        result.append(Layout("landscape", _SPLIT_SIZE, label, tuple(values), tuple(part)))
    return result


def grid(table: Table, layout: Layout) -> GridTable:
    """The table with a header row repeated on every page it spans; labels wrap, figures
    are right-aligned, totals bold, withheld cells grey on grey."""
    size = layout.size
    leading = size * 1.25
    label_style = ParagraphStyle("cell", fontName=FONT, fontSize=size, leading=leading)
    total_style = ParagraphStyle("total", parent=label_style, fontName=FONT_BOLD)
    head_style = ParagraphStyle("head", parent=total_style, textColor=INK)
    head_value = ParagraphStyle("head_value", parent=head_style, alignment=TA_CENTER)

    rows: list[list[Any]] = [
        [para(table.row_header, head_style)]
        + [para(table.columns[j], head_value) for j in layout.columns]
    ]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_FILL]),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LINEAFTER", (0, 0), (-2, -1), 0.25, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
    ]
    for i, row in enumerate(table.rows, start=1):
        cells: list[Cell] = [row.cells[j] for j in layout.columns]
        rows.append([para(row.label, total_style if row.is_total else label_style)])
        rows[-1] += [cell.text for cell in cells]
        if row.is_total:
            commands += [
                ("BACKGROUND", (0, i), (-1, i), TOTAL_FILL),
                ("FONTNAME", (1, i), (-1, i), FONT_BOLD),
                ("LINEABOVE", (0, i), (-1, i), 0.8, ACCENT),
            ]
        for j, cell in enumerate(cells, start=1):
            if cell.suppressed:
                commands += withheld_commands((j, i))
    drawn = GridTable(
        rows, colWidths=[layout.label_width, *layout.value_widths], repeatRows=1, hAlign="LEFT"
    )
    drawn.setStyle(table_style(commands))
    return drawn
