"""The short lists of the Shelter area (waiting list, stays near their limit,
turn-aways): the waiting list's rows can be dragged onto a free bed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QTableView,
    QWidget,
)

from shelter_app.shelter import WaitingEntry

from ..display import setup_table
from ..table_model import Column, TableModel
from .tiles import MIME_WAITING

# --- lists ----------------------------------------------------------------------------------

Index = QModelIndex | QPersistentModelIndex


class WaitingModel(TableModel):
    """Rows can be dragged onto a free bed (the entry id travels, nothing else)."""

    def __init__(self, columns: list[Column], draggable: bool, parent: QWidget):
        super().__init__(columns, parent)
        self.draggable = draggable

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.draggable and index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [MIME_WAITING]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        if indexes:
            entry: WaitingEntry = self.rows[indexes[0].row()]
            mime.setData(MIME_WAITING, QByteArray(str(entry.id).encode("ascii")))
        return mime


def table_view(model: TableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    setup_table(view, stretch_last=False, leave_on_tab=False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    return view
