"""The Consultations area: a psychologist's or lawyer's day, logging and booking, a
client's consultation history, and the who/when day plan for case workers.

What the area's modules share lives here: which kinds the signed-in role works with,
how times and codes are shown, and the small read-only table every list uses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from shelter_app.permissions import Permission
from shelter_app.vocabulary import ConsultationKind, label

from ..context import AppContext

Index = QModelIndex | QPersistentModelIndex

PSY, LEGAL = ConsultationKind.PSYCHOLOGICAL, ConsultationKind.LEGAL
READ = {PSY: Permission.READ_PSY_CONSULTATIONS, LEGAL: Permission.READ_LEGAL_CONSULTATIONS}
WRITE = {PSY: Permission.WRITE_PSY_CONSULTATIONS, LEGAL: Permission.WRITE_LEGAL_CONSULTATIONS}
NOTES = {PSY: Permission.PSY_NOTES, LEGAL: Permission.LEGAL_NOTES}


def own_kind(ctx: AppContext) -> ConsultationKind | None:
    """The kind the user holds consultations of (psychologists and lawyers), else None."""
    return next((k for k, p in WRITE.items() if ctx.can(p)), None)


def readable_kinds(ctx: AppContext) -> list[ConsultationKind]:
    return [k for k, p in READ.items() if ctx.can(p)]


# --- how values are shown -------------------------------------------------------------------


def date_format() -> str:
    """The locale's short date with a four-digit year (10.03.2026, 10/03/2026)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def datetime_format() -> str:
    """For QDateTimeEdit: the locale's day order, four-digit year, 24-hour time."""
    return date_format() + " HH:mm"


def date_text(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def long_date_text(day: date) -> str:
    """E.g. "Tuesday, 10 March 2026" for headings."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def time_text(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def datetime_text(moment: datetime | None) -> str:
    """Consultation times are stored as local wall-clock time."""
    if moment is None:
        return ""
    shown = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(shown, datetime_format())


def code_label(enum: type[StrEnum], code: str | None) -> str:
    """The translated name of a stored code; an unknown code is shown as it is."""
    if code is None:
        return ""
    try:
        return label(enum(code))
    except ValueError:
        return code


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def py_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


# --- lists ----------------------------------------------------------------------------------


class RowsModel(QAbstractTableModel):
    """A small read-only table of formatted text with one service record behind each row
    (a day's appointments, one client's consultations: never big lists)."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._records: list[Any] = []

    def set_rows(self, rows: Sequence[Sequence[str]], records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self._records = list(records)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = []
        self._records = []
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row] if 0 <= row < len(self._records) else None

    def records(self) -> list[Any]:
        return list(self._records)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def table_view(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    """Whole rows, alternating colours, read-only, the last column taking the spare width."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab moves on to the next control, as in a form
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def fit_columns(view: QTableView, maximum: int = 300) -> None:
    """Columns as wide as their header and content once the rows are in, within reason."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column) + 12, maximum))
