"""How the Clients area shows dates, codes and small read-only lists, in one place so
every tab looks the same."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from shelter_app.vocabulary import label

Index = QModelIndex | QPersistentModelIndex


def _date_format() -> str:
    """The interface language's short date with a four-digit year; the C locale (no
    language chosen yet) gets the Ukrainian form."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "dd.MM.yyyy"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def date_text(day: date | None) -> str:
    """A day as people here write it (17.05.1990 in Ukrainian, 17/05/1990 in English)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), _date_format())


def date_hint() -> str:
    """The date format spelled out for a placeholder, e.g. DD.MM.YYYY."""
    return _date_format().upper()


def parse_date(text: str) -> date | None:
    """The inverse of `date_text`; None when the text is not a date in that format."""
    parsed = QDate.fromString(text.strip(), _date_format())
    if not parsed.isValid():
        return None
    return date(parsed.year(), parsed.month(), parsed.day())


def datetime_text(moment: datetime | None, *, utc: bool = False) -> str:
    """Appointment times are local already; audit-style times (`utc=True`) are stored in
    UTC and shown in the computer's time zone."""
    if moment is None:
        return ""
    if utc:
        moment = moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    shown = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(shown, _date_format() + " HH:mm")


def code_label(enum: type[StrEnum], code: str | None) -> str:
    """The translated name of a stored code; an unknown code is shown as it is."""
    if code is None:
        return ""
    try:
        return label(enum(code))
    except ValueError:
        return code


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("clients_display", "Yes")
    return QCoreApplication.translate("clients_display", "No")


class RowsModel(QAbstractTableModel):
    """A small read-only table of already formatted text (a tab's list). Big lists have
    their own model (ui/clients/model.py)."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[Any] = []
        self._tips: list[str | None] = []

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        keys: Sequence[Any] | None = None,
        tips: Sequence[str | None] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self._keys = list(keys) if keys is not None else [None] * len(self._rows)
        self._tips = list(tips) if tips is not None else [None] * len(self._rows)
        self.endResetModel()

    def key(self, row: int) -> Any:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def list_view(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    """A read-only table as every list of the area looks: whole rows, alternating colours,
    the last column taking the spare width."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def fit_columns(view: QTableView, maximum: int = 320) -> None:
    """Columns as wide as their content (after data arrives), within reason."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        if header.sectionSize(column) > maximum:
            header.resizeSection(column, maximum)
