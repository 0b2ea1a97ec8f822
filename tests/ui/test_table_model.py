"""The one read-only table model and the paging bookkeeping."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ui.paging import Pager
from ui.table_model import Column, TableModel

RED = QColor("#b3261e")


@dataclass(frozen=True)
class Stay:
    id: int
    code: str
    nights: int


def test_columns_declare_text_tint_tooltip_and_sort_key(qapp):
    model = TableModel(
        [
            Column("Client", lambda s: s.code, tooltip=lambda s: f"stay {s.id}"),
            Column(
                "Nights",
                lambda s: str(s.nights),
                True,
                tint=lambda s: RED if s.nights > 90 else None,
                sort_key=lambda s: s.nights,
            ),
        ]
    )
    model.set_rows([Stay(1, "K-1", 100), Stay(2, "K-2", 9)])
    cell = model.index(0, 1)
    assert model.data(cell) == "100" and model.data(cell, Qt.ItemDataRole.ForegroundRole) == RED
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "stay 2"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Nights"
    model.sort(1)  # by number, not by text ("100" < "9")
    assert [s.nights for s in model.rows] == [9, 100]
    assert model.row_of(1) == 1 and model.record(5) is None


def test_an_old_searchs_answer_is_dropped():
    pager = Pager(100)
    first = pager.start()
    second = pager.start()  # she typed on
    assert not pager.arrived(first, more=True)
    assert pager.arrived(second, more=True) and pager.can_fetch_more()
    number = pager.next_batch()
    assert not pager.can_fetch_more()  # one batch at a time
    assert pager.arrived(number, more=False) and not pager.can_fetch_more()


def test_row_looks_header_tips_and_the_key_role(qapp):
    model = TableModel(
        [Column("Client", lambda s: s.code, header_tooltip="In order of surname.")],
        italic=lambda s: s.nights == 0,
        key=lambda s: s.code,
    )
    model.set_rows([Stay(1, "K-1", 0)])
    model.append_rows([Stay(2, "K-2", 5)])
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.UserRole) == "K-2"
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "In order of surname."
    )
    assert model.row_of("K-2") == 1


def test_a_small_list_sorts_by_any_header_and_keeps_it_over_a_refresh(qtbot):
    from PySide6.QtWidgets import QWidget

    from ui.display import table_view

    @dataclass(frozen=True)
    class Stay:
        id: int
        code: str
        nights: int

    parent = QWidget()
    qtbot.addWidget(parent)
    model = TableModel(
        [
            Column("Client", lambda s: s.code),
            Column("Nights", lambda s: str(s.nights), True, sort_key=lambda s: s.nights),
        ]
    )
    given = [Stay(1, "K-2026-0003", 9), Stay(2, "K-2026-0001", 12), Stay(3, "K-2026-0002", 3)]
    model.set_rows(given)
    view = table_view(model, parent)
    assert view.isSortingEnabled()
    assert [r.id for r in model.rows] == [1, 2, 3]  # opens in the service's order
    view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # a click
    assert [r.id for r in model.rows] == [2, 1, 3]  # by the number, not the text
    model.set_rows([*given, Stay(4, "K-2026-0004", 30)])  # a refresh after a change
    assert [r.id for r in model.rows] == [4, 2, 1, 3]
    view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert [r.code for r in model.rows] == sorted(r.code for r in model.rows)


def test_a_paged_list_is_not_sorted_in_memory(qtbot, gui_ctx):
    """The audit log pages newest first from the service: sorting the rows that arrived
    so far would misorder the pages still to come."""
    from PySide6.QtWidgets import QTableView, QWidget

    from ui.admin.audit_log import AuditLogModel
    from ui.display import sortable_headers

    parent = QWidget()
    qtbot.addWidget(parent)
    view = QTableView(parent)
    view.setModel(AuditLogModel(gui_ctx()))
    sortable_headers(view)
    assert not view.isSortingEnabled()
