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
