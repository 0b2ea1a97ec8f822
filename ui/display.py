"""How every area shows days, times, codes and small read-only lists, in one place so the
whole program looks the same."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
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

from .table_model import Column, TableModel

Index = QModelIndex | QPersistentModelIndex


# --- days and times -------------------------------------------------------------------------


def date_format() -> str:
    """The interface language's short date with a four-digit year (10.03.2026,
    10/03/2026), also for QDateEdit; the C locale (no language chosen yet) gets the
    Ukrainian form."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "dd.MM.yyyy"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def datetime_format() -> str:
    """For QDateTimeEdit: the locale's day order, four-digit year, 24-hour time."""
    return date_format() + " HH:mm"


def date_text(day: date | None) -> str:
    """A day as people here write it (17.05.1990 in Ukrainian, 17/05/1990 in English)."""
    if day is None:
        return ""
    return QLocale().toString(to_qdate(day), date_format())


def date_hint() -> str:
    """The date format spelled out for a placeholder in the interface's language:
    ДД.ММ.РРРР in Ukrainian, DD/MM/YYYY in English."""
    letters = {
        "D": QCoreApplication.translate("display", "D", "day letter of a date pattern: DD"),
        "M": QCoreApplication.translate("display", "M", "month letter of a date pattern: MM"),
        "Y": QCoreApplication.translate("display", "Y", "year letter of a date pattern: YYYY"),
    }
    return "".join(letters.get(c, c) for c in date_format().upper())


def parse_date(text: str) -> date | None:
    """The inverse of `date_text`; None when the text is not a date in that format."""
    parsed = QDate.fromString(text.strip(), date_format())
    if not parsed.isValid():
        return None
    return to_date(parsed)


def impossible_date(text: str) -> bool:
    """Written in the right form but no day of the calendar (31.02.1990, 12.13.2000):
    a different message from a date written in the wrong form."""
    fmt = date_format()
    order = [ch for ch in "dMy" if ch in fmt]
    order.sort(key=fmt.index)
    parts = re.fullmatch(
        r"(\d{1,2})\W(\d{1,2})\W(\d{4})|(\d{4})\W(\d{1,2})\W(\d{1,2})", text.strip()
    )
    if parts is None:
        return False
    numbers = [int(g) for g in parts.groups() if g is not None]
    if len(numbers) != 3 or (order[0] == "y") != (parts.group(4) is not None):
        return False
    value = dict(zip(order, numbers, strict=True))
    return not QDate(value["y"], value["M"], value["d"]).isValid()


def long_date_text(day: date) -> str:
    """The one long form of a day, for headings: "вівторок, 10 березня 2026",
    "Tuesday, 10 March 2026" (the locale's LongFormat adds "р." in Ukrainian and
    differs between languages; every page uses this one)."""
    return QLocale().toString(to_qdate(day), "dddd, d MMMM yyyy")


def time_text(moment: datetime) -> str:
    """Hours and minutes, 24-hour (09:30)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def datetime_text(moment: datetime | None, *, utc: bool = False) -> str:
    """Appointment times are local already; audit-style times (`utc=True`) are stored in
    UTC and shown in the computer's time zone."""
    if moment is None:
        return ""
    if utc:
        moment = moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    shown = QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute))
    return QLocale().toString(shown, datetime_format())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# --- codes and values -----------------------------------------------------------------------


def code_label(enum: type[StrEnum], code: str | None) -> str:
    """The translated name of a stored code; an unknown code is shown as it is."""
    if code is None:
        return ""
    try:
        return label(enum(code))
    except ValueError:
        return code


def name_and_code(name: str | None, code: str) -> str:
    """'Коваленко Олена (K-2026-0042)' where the service gave her name (her own
    specialist's day, with the centre's setting on), else the code alone."""
    return f"{name} ({code})" if name else code


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("display", "Yes")
    return QCoreApplication.translate("display", "No")


# --- small read-only lists ------------------------------------------------------------------


@dataclass(frozen=True)
class TextRow:
    cells: tuple[str, ...]
    record: Any = None  # the service record (or its id) behind the row
    tip: str | None = None


class RowsModel(TableModel):
    """A small read-only table of already formatted text, with the service record (or its
    id) behind each row: a tab's list, a day's appointments; never big lists, which fetch
    in batches. Tool tips are the row's `tips`, or with `text_tips` the cell's own text
    (for cells cut off at the column's width)."""

    def __init__(
        self, headers: Sequence[str], parent: QWidget | None = None, *, text_tips: bool = False
    ):
        self._text_tips = text_tips
        super().__init__(self._text_columns(headers), parent)

    def _text_columns(self, headers: Sequence[str]) -> list[Column]:
        def tip(row: TextRow, i: int) -> str | None:
            return row.cells[i] if row.tip is None and self._text_tips else row.tip

        return [
            Column(title, lambda r, i=i: r.cells[i], tooltip=lambda r, i=i: tip(r, i))
            for i, title in enumerate(headers)
        ]

    def set_rows(  # type: ignore[override]
        self,
        rows: Sequence[Sequence[str]],
        records: Sequence[Any] | None = None,
        tips: Sequence[str | None] | None = None,
    ) -> None:
        records = list(records) if records is not None else [None] * len(rows)
        tips = list(tips) if tips is not None else [None] * len(rows)
        super().set_rows(
            [TextRow(tuple(r), rec, tip) for r, rec, tip in zip(rows, records, tips, strict=True)]
        )

    def set_headers(self, headers: Sequence[str]) -> None:
        self.set_columns(self._text_columns(headers))

    def record(self, row: int) -> Any:
        found = super().record(row)
        return None if found is None else found.record

    def records(self) -> list[Any]:
        return [r.record for r in self.rows]


def setup_table(view: QTableView, *, stretch_last: bool = True, leave_on_tab: bool = True) -> None:
    """A read-only list as every list looks: whole rows, one at a time, alternating
    colours, no row numbers, left-aligned headers. With `leave_on_tab`, Tab moves on to
    the next control (arrows move inside the list)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    if leave_on_tab:
        view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(stretch_last)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    sortable_headers(view)


def sortable_headers(view: QTableView) -> None:
    """A list held whole (a TableModel) sorts by a click on any header; it opens in the
    order the service gave (no column chosen). Lists paged from a service sort there."""
    from .table_model import TableModel

    model = view.model()
    if isinstance(model, TableModel) and model.sortable and not view.isSortingEnabled():
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)


def table_view(
    model: QAbstractTableModel, parent: QWidget, *, leave_on_tab: bool = True
) -> QTableView:
    """A new read-only list over `model`, the last column taking the spare width and the
    others resizable by hand (see `fit_columns`)."""
    view = QTableView(parent)
    view.setModel(model)
    setup_table(view, leave_on_tab=leave_on_tab)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


OWN_WIDTHS = "oberih_own_widths"  # she set this list's widths by hand: never refit them
FITTING = "oberih_fitting"  # the program is fitting the widths: not hers to remember


def fit_columns(view: QTableView, maximum: int = 320, *, padding: int = 0) -> None:
    """Columns as wide as their header and content once the rows are in (plus `padding`),
    within reason; the last one takes what is left. Widths she chose by hand (this
    time or remembered from before: `window_state.keep_header`) stay as she left them."""
    if view.property(OWN_WIDTHS):
        return
    view.setProperty(FITTING, True)
    try:
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in range(header.count() - 1):
            width = header.sectionSize(column) + padding
            header.resizeSection(column, min(width, maximum))
    finally:
        view.setProperty(FITTING, False)


def without_mnemonic(text: str) -> str:
    """The text with its Alt-letter marker removed ("&&" stays a literal ampersand)."""
    return re.sub(r"&(.)", r"\1", text)
