"""The look shared by the PDF summary's modules: the embedded font, colours, page
geometry, and the helpers that keep every table cell and paragraph in that font."""

from __future__ import annotations

import threading
from importlib import resources
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, TableStyle

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#52606D")
ACCENT = colors.HexColor("#1F4E79")
RULE = colors.HexColor("#C3CCD6")
HEADER_FILL = colors.HexColor("#DCE4ED")
TOTAL_FILL = colors.HexColor("#EDF1F6")
ZEBRA_FILL = colors.HexColor("#F7F9FB")
WITHHELD_FILL = colors.HexColor("#E6E6E6")
WITHHELD_INK = colors.HexColor("#6B6B6B")
BOX_FILL = colors.HexColor("#F2F5F8")

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 18 * mm
TOP_MARGIN = 20 * mm
BOTTOM_MARGIN = 18 * mm
CELL_PAD = 4.0

_fonts_lock = threading.Lock()


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) once; <b> in paragraphs maps to the bold.

    DejaVu ships no oblique in resources/fonts, so italic maps to the upright faces rather
    than letting reportlab fall back to Helvetica, which has no Cyrillic."""
    with _fonts_lock:  # reports are rendered off the GUI thread
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        folder = resources.files("resources") / "fonts"
        for name, filename in _FONT_FILES.items():
            with resources.as_file(folder / filename) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """Every cell's font set, even cells holding paragraphs: a table otherwise selects
    Helvetica for them, which would land in the PDF's font resources."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: the Summary's strings are data, never markup."""
    return Paragraph(escape(text), style)


def withheld_commands(cell: tuple[int, int]) -> list[tuple[Any, ...]]:
    return [
        ("BACKGROUND", cell, cell, WITHHELD_FILL),
        ("TEXTCOLOR", cell, cell, WITHHELD_INK),
        ("FONTNAME", cell, cell, FONT),
    ]
