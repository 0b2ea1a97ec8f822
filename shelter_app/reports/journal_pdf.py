"""The journal of appeals as a PDF: A4 landscape, one row per appeal, the header row
repeated on every page, page numbers in the footer, DejaVu Sans embedded (Cyrillic).

Renders only what `AppealsJournal` holds, in the interface language. The columns and
their source are explained in shelter_app/appeals_journal.py."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as GridTable

from shelter_app.i18n import fill

from ..appeals_journal import AppealsJournal, JournalRow, NoticeCell, appeals_journal
from ..database import Database, SignedInUser
from ..errors import InvalidInput
from ..violence_vocabulary import (
    IncidentContext,
    IncidentForm,
    NoticeMethod,
    Recipient,
    Relationship,
    code_label,
    label,
)
from .export import ReportNotWritten
from .pdf_style import (
    FONT,
    FONT_BOLD,
    HEADER_FILL,
    INK,
    LANDSCAPE,
    MUTED,
    RULE,
    ZEBRA_FILL,
    para,
    register_fonts,
    table_style,
)

MARGIN = 12 * mm
WIDTHS_MM = (8, 22, 22, 44, 32, 18, 33, 33, 33, 22)  # 267 mm: landscape A4 less margins


def _day(d: date) -> str:
    return d.strftime("%d.%m.%Y")


def _moment(m: datetime) -> str:
    return m.strftime("%d.%m.%Y %H:%M")


def _notice(cell: NoticeCell | None) -> str:
    if cell is None:
        return QCoreApplication.translate("journal_pdf", "not required")
    if cell.done_at is None:
        return fill(
            QCoreApplication.translate("journal_pdf", "NOT MADE (due %1)"), _moment(cell.due_at)
        )
    parts = [_moment(cell.done_at)]
    if cell.method:
        parts.append(code_label(NoticeMethod, cell.method))
    if cell.reference:
        parts.append(fill(QCoreApplication.translate("journal_pdf", "ref. %1"), cell.reference))
    if cell.done_at > cell.due_at:
        parts.append(QCoreApplication.translate("journal_pdf", "late"))
    return ", ".join(parts)


def _children(row: JournalRow) -> str:
    i = row.incident
    if not (i.children_witnessed or i.children_harmed):
        return QCoreApplication.translate("journal_pdf", "none")
    how = []
    if i.children_witnessed:
        how.append(QCoreApplication.translate("journal_pdf", "witnessed"))
    if i.children_harmed:
        how.append(QCoreApplication.translate("journal_pdf", "harmed"))
    return f"{i.children_affected}: {', '.join(how)}"


def _cells(row: JournalRow, style: ParagraphStyle) -> list[Paragraph]:
    i = row.incident
    by_recipient = {n.recipient: n for n in row.notices}
    who = ", ".join(code_label(Relationship, r) for r in row.relationships) or "—"
    texts = [
        str(row.number),
        _moment(row.appealed_at),
        row.client_code,
        ", ".join(label(f) for f in IncidentForm if f.value in i.forms),
        f"{code_label(IncidentContext, i.context)}; {who}",
        _children(row),
        *(_notice(by_recipient.get(r.value)) for r in Recipient),
        row.recorded_by,
    ]
    return [para(t, style) for t in texts]


def render_journal_pdf(journal: AppealsJournal, centre: str = "") -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    title = QCoreApplication.translate(
        "journal_pdf", "Journal of appeals about domestic and gender-based violence"
    )
    doc = SimpleDocTemplate(
        buffer,
        pagesize=LANDSCAPE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        invariant=1,
    )
    heading = ParagraphStyle("h", fontName=FONT_BOLD, fontSize=13, leading=16, textColor=INK)
    small = ParagraphStyle("s", fontName=FONT, fontSize=8.5, leading=11, textColor=MUTED)
    cell = ParagraphStyle("c", fontName=FONT, fontSize=7.5, leading=9.5, textColor=INK)
    head = ParagraphStyle("hc", parent=cell, fontName=FONT_BOLD)
    period = fill(
        QCoreApplication.translate("journal_pdf", "Period: %1 – %2"),
        _day(journal.start),
        _day(journal.end),
    )
    story = [
        para(title, heading),
        Spacer(1, 2 * mm),
        para(f"{centre} · {period}" if centre else period, small),
        para(
            QCoreApplication.translate(
                "journal_pdf",
                "Kept until the Unified State Register of cases of domestic and gender-based "
                "violence works (CMU Resolution No. 234 of 2019); notifications within one day "
                "(CMU Resolution No. 658 of 2018). The official journal form was not available: "
                "the columns are those the resolutions name. Persons are shown by client code.",
            ),
            small,
        ),
        Spacer(1, 4 * mm),
    ]
    headers = [
        "№",
        QCoreApplication.translate("journal_pdf", "Appeal: date and time"),
        QCoreApplication.translate("journal_pdf", "Client code"),
        QCoreApplication.translate("journal_pdf", "Forms of violence"),
        QCoreApplication.translate("journal_pdf", "Context; alleged perpetrator"),
        QCoreApplication.translate("journal_pdf", "Children"),
        QCoreApplication.translate("journal_pdf", "Police informed"),
        QCoreApplication.translate("journal_pdf", "Children's service informed"),
        QCoreApplication.translate("journal_pdf", "Coordinating unit informed"),
        QCoreApplication.translate("journal_pdf", "Recorded by"),
    ]
    data = [[para(h, head) for h in headers]]
    data += [_cells(r, cell) for r in journal.rows]
    if not journal.rows:
        data.append(
            [para(QCoreApplication.translate("journal_pdf", "No appeals in this period."), cell)]
            + [""] * (len(headers) - 1)
        )
    table = GridTable(data, colWidths=[w * mm for w in WIDTHS_MM], repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA_FILL) for r in range(2, len(data), 2)]
    if not journal.rows:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(table_style(commands))
    story.append(table)
    page_word = QCoreApplication.translate("journal_pdf", "Page %1")

    def footer(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(
            LANDSCAPE[0] - MARGIN,
            MARGIN / 2,
            fill(page_word, str(canvas.getPageNumber())),
        )
        canvas.drawString(
            MARGIN,
            MARGIN / 2,
            QCoreApplication.translate("journal_pdf", "Confidential: special-category data"),
        )
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def export_journal_pdf(
    db: Database,
    user: SignedInUser,
    start: date,
    end: date,
    out_path: str | os.PathLike[str],
    centre: str = "",
) -> int:
    """Write the journal of `start`..`end` to `out_path` (.pdf), whole or not at all;
    returns how many appeals it lists."""
    out = Path(out_path).expanduser()
    if out.suffix.lower() != ".pdf":
        raise InvalidInput(
            QCoreApplication.translate("journal_pdf", "The file name must end in .pdf."), "out"
        )
    folder = out.parent
    if not folder.is_dir() or out.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise ReportNotWritten()
    journal = appeals_journal(db, user, start, end)
    data = render_journal_pdf(journal, centre)
    try:
        fd, name = tempfile.mkstemp(prefix=".oberih-journal-", suffix=".tmp", dir=folder)
    except OSError:
        raise ReportNotWritten() from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(name, out)
    except OSError:
        with contextlib.suppress(OSError):
            Path(name).unlink()
        raise ReportNotWritten() from None
    return len(journal.rows)
