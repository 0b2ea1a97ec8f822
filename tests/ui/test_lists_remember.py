"""Lists inside a client card's tabs and inside dialogs keep the column widths and the
sort the signed-in person chose, the next time they open, and only for her (issue 19:
"column widths, sort remembered per user")."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QVBoxLayout

from shelter_app import clients
from shelter_app.permissions import Role
from tests.ui.test_clients import open_page
from ui.display import RowsModel, fit_columns, table_view
from ui.window_state import DialogLists, UserSettings


def _changed_twice(opened, cid: int) -> None:
    """Two changes to her record, so the History tab lists rows."""
    for phone in ("+380 67 111 22 33", "+380 67 444 55 66"):
        card = clients.get_client(opened.db, opened.admin, cid)
        form = dataclasses.replace(card.form(), phone=phone)
        clients.update_client(opened.db, opened.admin, cid, form, card.version)


def _history(qtbot, ctx, idle, cid: int):
    page = open_page(qtbot, ctx, idle)
    card = page.open_client(cid)
    idle(ctx)
    tab = card.show_tab("history")
    idle(ctx)
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 2)
    return tab


def _drag_edge(qtbot, header: QHeaderView, section: int, by: int) -> None:
    """Drag the right edge of a column's header with the mouse, as she would."""
    x = header.sectionViewportPosition(section) + header.sectionSize(section) - 1
    y = header.height() // 2
    viewport = header.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    qtbot.mouseMove(viewport, QPoint(x + by // 2, y))
    qtbot.mouseMove(viewport, QPoint(x + by, y))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(x + by, y))


def test_a_card_tab_list_keeps_her_widths_and_sort_and_not_for_a_colleague(
    qtbot, gui_ctx, make_client, opened, idle
):
    cid = make_client("Ткаченко", "Марія")
    _changed_twice(opened, cid)
    tab = _history(qtbot, gui_ctx(Role.CASE_WORKER), idle, cid)
    header = tab.view.horizontalHeader()
    fitted = header.sectionSize(1)
    _drag_edge(qtbot, header, 1, 90)
    wide = header.sectionSize(1)
    assert wide >= fitted + 60  # the drag widened the "Who" column
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2),
    )
    assert header.sortIndicatorSection() == 0
    order = header.sortIndicatorOrder()
    shown = [tab.model.text(r, 0) for r in range(tab.model.rowCount())]

    again = _history(qtbot, gui_ctx(Role.CASE_WORKER), idle, cid)  # she opens it later
    header = again.view.horizontalHeader()
    assert header.sectionSize(1) == wide  # the rows came in and did not refit it
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, order)
    assert [again.model.text(r, 0) for r in range(again.model.rowCount())] == shown

    other = _history(qtbot, gui_ctx(Role.PSYCHOLOGIST), idle, cid)  # a colleague
    header = other.view.horizontalHeader()
    assert header.sectionSize(1) == fitted
    assert header.sortIndicatorSection() == -1


class _ListDialog(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.model = RowsModel(["When", "Who", "What"], self)
        self.view = table_view(self.model, self)
        QVBoxLayout(self).addWidget(self.view)
        self.model.set_rows([("1", "b", "x"), ("2", "a", "y")])
        fit_columns(self.view)


def test_a_dialog_list_keeps_her_widths_per_user(qtbot, opened, staff):
    def show(user) -> _ListDialog:
        memory = DialogLists(UserSettings(user))
        dialog = _ListDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        memory.stop()
        return dialog

    dialog = show(staff[Role.CASE_WORKER])
    fitted = dialog.view.horizontalHeader().sectionSize(0)
    _drag_edge(qtbot, dialog.view.horizontalHeader(), 0, 70)
    wide = dialog.view.horizontalHeader().sectionSize(0)
    assert wide >= fitted + 50
    dialog.close()

    assert show(staff[Role.CASE_WORKER]).view.horizontalHeader().sectionSize(0) == wide
    assert show(staff[Role.LAWYER]).view.horizontalHeader().sectionSize(0) == fitted


def test_widths_the_program_fits_are_not_taken_for_hers(qtbot, opened, staff):
    """Only a hand-made width stops the list from fitting its columns to new rows."""
    memory = DialogLists(UserSettings(staff[Role.CASE_WORKER]))
    dialog = _ListDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    memory.stop()
    dialog.model.set_rows([("1", "a much longer name than before", "x")])
    fit_columns(dialog.view)
    assert dialog.view.horizontalHeader().sectionSize(1) > 100  # refitted to the rows
