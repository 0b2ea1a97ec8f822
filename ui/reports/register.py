"""The register of earlier exports (the disclosure register kept in the audit log): which
period went out, with which k, format and language, by which role, when, and the SHA-256
of the file, so that a figure the department quotes can be traced back and reproduced.

From a row the coordinator can preview that period again or export it again; the same
period, k and language give the same numbers, and a CSV gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.permissions import role_label
from shelter_app.reports import periods
from shelter_app.reports.export import ExportRecord

from ..admin.common import explanation, local_time_text, setup_table, size_text
from ..display import date_text as day_text
from ..forms import error_label
from ..table_model import Column, TableModel

Index = QModelIndex | QPersistentModelIndex


def period_text(start: date, end: date) -> str:
    """A period as the report names it ("2026, quarter I"), in the interface language;
    a period that is no month, quarter or year by its dates."""
    try:
        kind = periods.custom(start, end)
    except OberihError:  # an entry written by another version: show the bare dates
        kind = None
    if kind is None or kind.kind is periods.PeriodKind.CUSTOM:
        return f"{day_text(start)} – {day_text(end)}"
    return kind.label


def language_name(code: str) -> str:
    if code == "uk":
        return QCoreApplication.translate("reports_ui", "Ukrainian")
    if code == "en":
        return QCoreApplication.translate("reports_ui", "English")
    return code


def format_name(code: str) -> str:
    return code.upper()


def _monospace() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


class ExportRegisterModel(TableModel):
    EXPORTED, PERIOD, DATES, K, FORMAT, LANGUAGE, ROLE, SHA, SIZE, SITE = range(10)

    def __init__(self, parent: QObject | None = None):
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Exported"), lambda r: local_time_text(r.at, seconds=True)),
            Column(self.tr("Period"), lambda r: period_text(r.period_start, r.period_end)),
            Column(
                self.tr("Dates"),
                lambda r: f"{day_text(r.period_start)} – {day_text(r.period_end)}",
            ),
            Column(self.tr("k"), lambda r: str(r.k), align_right=True),
            Column(self.tr("Format"), lambda r: format_name(r.format)),
            Column(self.tr("Language"), lambda r: language_name(r.language)),
            Column(self.tr("Role"), lambda r: role_label(r.role)),
            Column(
                self.tr("SHA-256"),
                lambda r: r.sha256,
                tooltip=lambda r: fill(self.tr("SHA-256 of the file's bytes: %1"), r.sha256),
                font=_monospace(),
            ),
            Column(self.tr("Size"), lambda r: size_text(r.size), align_right=True),
            # a site's code, or all sites (the register's scope of the release)
            Column(self.tr("Site"), lambda r: r.site or self.tr("All")),
        ]

    def set_records(self, records: Sequence[ExportRecord]) -> None:
        self.set_rows(records)

    def records(self) -> list[ExportRecord]:
        return list(self.rows)


class ExportRegister(QWidget):
    """The register as a list, with the actions that reuse a row."""

    preview_requested = Signal(object)  # ExportRecord
    reexport_requested = Signal(object)  # ExportRecord

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                self.tr(
                    "Every export is recorded here and in the audit log: the period, the "
                    "settings, the role (never the person) and the SHA-256 checksum of the "
                    "file, so that a figure the department quotes can be traced to its file. "
                    "Exporting the same period again with the same settings gives the same "
                    "numbers, and a CSV file gives exactly the same bytes."
                ),
                self,
            )
        )
        self.model = ExportRegisterModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Register of exports"))
        setup_table(self.table, stretch_last=False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ExportRegisterModel.SHA, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Previe&w this period"), self)
        self.reexport_button = QPushButton(self.tr("E&xport this period again…"), self)
        self.copy_button = QPushButton(self.tr("Cop&y SHA-256"), self)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.reexport_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.preview_button.clicked.connect(lambda: self._emit(self.preview_requested))
        self.reexport_button.clicked.connect(lambda: self._emit(self.reexport_requested))
        self.copy_button.clicked.connect(self.copy_sha)
        self.table.doubleClicked.connect(lambda _i: self._emit(self.preview_requested))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.status.setText(self.tr("Loading the register…"))
        self._update_buttons()

    def set_records(self, records: Sequence[ExportRecord]) -> None:
        chosen = self.selected()
        self.model.set_records(records)
        self.error.hide()
        if records:
            self.status.setText(self.tr("%n export(s) recorded", "", len(records)))
        else:
            self.status.setText(self.tr("Nothing has been exported yet."))
        if chosen is not None:  # keep the row selected across a refresh
            for row, record in enumerate(records):
                if record.seq == chosen.seq:
                    self.table.selectRow(row)
        self._update_buttons()

    def show_error(self, error: OberihError) -> None:
        self.status.clear()
        self.error.setText(error.user_message())
        self.error.show()

    def selected(self) -> ExportRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setFocus()

    def copy_sha(self) -> None:
        record = self.selected()
        if record is not None:
            QGuiApplication.clipboard().setText(record.sha256)
            self.status.setText(self.tr("SHA-256 copied."))

    def _emit(self, signal: Signal) -> None:
        record = self.selected()
        if record is not None:
            signal.emit(record)

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None
        for button in (self.preview_button, self.reexport_button, self.copy_button):
            button.setEnabled(chosen)
