"""The needs-assessment form lists her children under the children domain: a level and a
comment per child; the Case tab shows each child's line under "Children" and the PDF
prints them. Screenshots of the form and the tab (OBERIH_SCREENSHOTS)."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt

from shelter_app import children
from shelter_app.cases import assessment
from shelter_app.permissions import Role
from tests.ui.conftest import type_text
from tests.ui.test_risk_referrals import choose, closed, open_card

TODAY = date.today()
LEFT = Qt.MouseButton.LeftButton


def test_a_childs_needs_are_assessed_in_the_family_case(
    qtbot, gui_ctx, idle, make_client, staff, opened, screenshot, language, tmp_path
):
    ctx = gui_ctx(Role.CASE_WORKER)
    client_id = make_client()
    born = date(TODAY.year - 6, 1, 1)
    sofia = children.add_child(opened.db, opened.admin, client_id, "Софія", born, "female")
    _page, _card, tab = open_card(qtbot, ctx, idle, client_id, "case")
    qtbot.mouseClick(tab.open_button, LEFT)
    idle(ctx)

    qtbot.mouseClick(tab.assess_button, LEFT)
    dialog = tab.dialog
    qtbot.waitUntil(lambda: len(dialog.child_needs.rows) == 1, timeout=5_000)
    assert dialog.child_needs.isVisible()
    _record, level, comment = dialog.child_needs.rows[0]
    choose(dialog.levels["children"], "high")
    choose(level, "high")
    type_text(comment, "Nichni strakhy")
    screenshot(dialog, "g1-assessment_children")
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert closed(dialog)
    idle(ctx)
    (saved,) = assessment.case_assessments(opened.db, staff[Role.CASE_WORKER], tab._case_id())
    assert [(c.child_id, c.level, c.comment) for c in saved.children] == [
        (sofia.id, "high", "Nichni strakhy")
    ]
    # the tab: the child's line right under the family's "children" domain
    assert tab.needs_model.rowCount() == 9
    texts = [tab.needs_model.text(r, 0) for r in range(9)]
    at = next(i for i, t in enumerate(texts) if "Софія" in t)
    assert tab.needs_model.text(at, 2) == "Nichni strakhy"
    tab.window().resize(1100, 700)
    screenshot(tab, "g1-case_tab_children")

    dialog = tab.print_pdf()
    target = tmp_path / "assessment.pdf"
    dialog.fileSelected.emit(str(target))
    idle(ctx)
    dialog.reject()
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Софія" in text and "Nichni strakhy" in text
