"""The one read-only table model: rows are the records a service returned, columns are
small declarations of how a record shows.

    TableModel([
        Column(tr("Client"), lambda s: s.client_code),
        Column(tr("Nights"), lambda s: str(s.nights), True, sort_key=lambda s: s.nights),
        Column(tr("Until"), lambda s: date_text(s.until), tint=lambda s: RED if s.late else None),
    ], parent, tint=..., dim=..., bold=..., tooltip=...)

Row-wide looks (`tint`, `dim`, `bold`, `italic`, `tooltip` of the model) apply to every cell; a
column's own `tint`/`tooltip`/`icon` win over them. Lists small enough to hold whole use
it directly; big lists fetch in batches with `paging.Pager` and hold their rows the same
way. Records are frozen dataclasses: `data()` never reaches the database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QWidget

Index = QModelIndex | QPersistentModelIndex
Look = Callable[[Any], Any]


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], str]
    align_right: bool = False
    tint: Callable[[Any], QColor | QBrush | None] | None = None  # text colour of the cell
    tooltip: Callable[[Any], str | None] | None = None
    sort_key: Callable[[Any], Any] | None = None  # default: the shown text
    icon: Callable[[Any], QIcon | None] | None = None
    header_tooltip: str | None = None
    font: QFont | None = None  # e.g. monospace for a hash


def _id(record: Any) -> Any:
    return getattr(record, "id", None)


class TableModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        parent: QWidget | None = None,
        *,
        tint: Callable[[Any], QColor | QBrush | None] | None = None,
        dim: Callable[[Any], bool] | None = None,
        bold: Callable[[Any], bool] | None = None,
        italic: Callable[[Any], bool] | None = None,
        tooltip: Callable[[Any], str | None] | None = None,
        key: Callable[[Any], Any] = _id,
    ):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._tint, self._dim, self._tooltip, self._key = tint, dim, tooltip, key
        self._bold, self._italic = bold, italic
        self._sorted: tuple[int, Qt.SortOrder] | None = None  # a header the person clicked
        self._as_given: list[Any] = []  # the service's order, for "no column chosen"

    # --- rows ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._as_given = list(rows)
        if self._sorted is not None:  # fresh rows keep the order she chose
            self._sort_rows(*self._sorted)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.rows = []
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows.extend(rows)
        self._as_given.extend(rows)
        self.endInsertRows()

    def record(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row(self, number: int) -> Any:
        return self.rows[number]

    def row_of(self, key: Any) -> int:
        """The row whose record has this key (its `id` unless the model says otherwise)."""
        return next((n for n, r in enumerate(self.rows) if self._key(r) == key), -1)

    def text(self, row: int, column: int) -> str:
        return self.columns[column].value(self.rows[row])

    # --- Qt --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].header_tooltip
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.value(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(record, column)
        if role == Qt.ItemDataRole.FontRole:
            bold = self._bold is not None and self._bold(record)
            italic = self._italic is not None and self._italic(record)
            if not (bold or italic):
                return column.font
            font = QFont(column.font) if column.font is not None else QFont()
            font.setBold(bold)
            font.setItalic(italic)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return self._key(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            look = column.tooltip or self._tooltip
            return None if look is None else look(record)
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(record)
        return None

    def _foreground(self, record: Any, column: Column) -> Any:
        if self._dim is not None and self._dim(record):
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if column.tint is not None:
            tint = column.tint(record)
            if tint is not None:
                return tint
        return None if self._tint is None else self._tint(record)

    # a list that pages from a service sorts there (clients.ORDERS), never here
    sortable = True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """For a view with sorting on (small lists, held whole): by the column's
        `sort_key`, else its text; column -1 is the order the service gave."""
        if not self.sortable:
            return
        self.layoutAboutToBeChanged.emit()
        self._sorted = (column, order) if 0 <= column < len(self.columns) else None
        if self._sorted is None:
            given = {id(r) for r in self._as_given}
            self.rows = self._as_given + [r for r in self.rows if id(r) not in given]
        else:
            self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        declared = self.columns[column]
        key = declared.sort_key or declared.value
        try:
            self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        except TypeError:  # a column of mixed values (None beside dates): by its text
            self.rows.sort(
                key=lambda r: declared.value(r), reverse=order == Qt.SortOrder.DescendingOrder
            )
