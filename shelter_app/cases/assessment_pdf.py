"""The needs assessment as a PDF page for her paper file: her code and name, the case,
the date, who assessed, and the level and comment for each domain. Nothing about any
other client. Rendered with the DejaVu font of the reports (Cyrillic); printing it is
audited like any other export."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from shelter_app.i18n import fill

from ..database import Database, SignedInUser
from ..errors import InvalidInput
from ..permissions import Permission
from ..reports.pdf_style import (
    ACCENT,
    FONT,
    FONT_BOLD,
    HEADER_FILL,
    INK,
    MARGIN,
    PORTRAIT,
    RULE,
    para,
    register_fonts,
    table_style,
)
from ..storage.casework_schema import Client
from ..validation import id_or_none
from .access import case_work, require_case, require_details
from .assessment import assessments_of, reads_names
from .follow_ups import client_name
from .records import AssessmentRecord
from .vocabulary import NeedDomain, NeedLevel, case_label

_WORDS: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as returning object
    "needs_assessment": QT_TRANSLATE_NOOP("assessment_pdf", "Needs assessment"),
    "client": QT_TRANSLATE_NOOP("assessment_pdf", "Client"),
    "case_no": QT_TRANSLATE_NOOP("assessment_pdf", "Case no."),
    "assessed_on": QT_TRANSLATE_NOOP("assessment_pdf", "Assessed on"),
    "assessed_by": QT_TRANSLATE_NOOP("assessment_pdf", "Assessed by"),
    "next_review": QT_TRANSLATE_NOOP("assessment_pdf", "Next review"),
    "domain": QT_TRANSLATE_NOOP("assessment_pdf", "Domain"),
    "level_of_need": QT_TRANSLATE_NOOP("assessment_pdf", "Level of need"),
    "comment": QT_TRANSLATE_NOOP("assessment_pdf", "Comment"),
    "her_children": QT_TRANSLATE_NOOP("assessment_pdf", "Her children's needs"),
    "child": QT_TRANSLATE_NOOP("assessment_pdf", "Child"),
    "name_not_recorded": QT_TRANSLATE_NOOP("assessment_pdf", "name not recorded"),
    "age": QT_TRANSLATE_NOOP("assessment_pdf", "age %1"),
    "signature_of_the_case_worker": QT_TRANSLATE_NOOP(
        "assessment_pdf", "Signature of the case worker: ____________________"
    ),
}


def assessment_pdf(
    db: Database, user: SignedInUser, case_id: int, assessment_id: int | None = None
) -> bytes:
    """The assessment (the latest one when not given) as PDF bytes."""
    with case_work(db, user, Permission.READ_CASES, write=True) as uow:
        s = uow.session
        case = require_case(s, id_or_none(case_id))
        require_details(uow, case)
        found = assessments_of(s, case.id, names=reads_names(uow))
        chosen = next((a for a in found if assessment_id in (None, a.id)), None)
        if chosen is None:
            raise InvalidInput(
                QCoreApplication.translate("cases", "There is no needs assessment to print."),
                "assessment",
            )
        client = s.get(Client, case.client_id)
        assert client is not None
        code, name = client.code, client_name(client)
        uow.audit("case.assessment_printed", "case", case.id, detail={"assessment_id": chosen.id})
        uow.commit()
    return render(code, name, case.id, chosen)


def render(code: str, name: str, case_id: int, a: AssessmentRecord) -> bytes:
    register_fonts()

    def word(key: str) -> str:
        return QCoreApplication.translate("assessment_pdf", str(_WORDS[key]))

    title = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=16, leading=20, textColor=ACCENT)
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13, textColor=INK)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=9.5, leading=12, textColor=INK)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=PORTRAIT,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=word("needs_assessment"),  # no name in the file's metadata
        initialFontName=FONT,  # else reportlab starts each page in Helvetica (no Cyrillic)
        creator="Oberih",
    )
    facts = [
        (word("client"), f"{code} — {name}"),
        (word("case_no"), str(case_id)),
        (word("assessed_on"), _day(a.assessed_on)),
        (word("assessed_by"), a.assessed_by_name),
        (word("next_review"), _day(a.next_review_on) if a.next_review_on else "—"),
    ]
    rows = [
        [para(word("domain"), cell), para(word("level_of_need"), cell), para(word("comment"), cell)]
    ]
    for r in a.ratings:
        rows.append(
            [
                para(case_label(NeedDomain(r.domain)), cell),
                para(case_label(NeedLevel(r.level)), cell),
                para(r.comment or "", cell),
            ]
        )
    width = PORTRAIT[0] - 2 * MARGIN
    table = Table(rows, colWidths=[0.28 * width, 0.18 * width, 0.54 * width], repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story: list[object] = [Paragraph(word("needs_assessment"), title), Spacer(1, 4 * mm)]
    for label, value in facts:
        story.append(para(f"{label}: {value}", body))
    story += [Spacer(1, 5 * mm), table]
    if a.children:
        story += [Spacer(1, 5 * mm), para(word("her_children"), body), Spacer(1, 2 * mm)]
        story.append(_children_table(a, word, cell, width))
    story.append(Spacer(1, 12 * mm))
    story.append(para(word("signature_of_the_case_worker"), body))
    doc.build(story)
    return out.getvalue()


def _children_table(
    a: AssessmentRecord, word: Callable[[str], str], cell: ParagraphStyle, width: float
) -> Table:
    """One line per child of hers: name (when the reader may see it) and age, level,
    comment."""
    rows = [
        [para(word("child"), cell), para(word("level_of_need"), cell), para(word("comment"), cell)]
    ]
    for c in a.children:
        who = f"{c.first_name or word('name_not_recorded')}, {fill(word('age'), str(c.age))}"
        rows.append(
            [
                para(who, cell),
                para(case_label(NeedLevel(c.level)), cell),
                para(c.comment or "", cell),
            ]
        )
    table = Table(rows, colWidths=[0.28 * width, 0.18 * width, 0.54 * width], repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _day(day: date) -> str:
    return day.strftime("%d.%m.%Y")
