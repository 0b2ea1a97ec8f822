"""The Reports area (coordinators and administrators): the anonymised summary of a period
for the city's Department of Social Policy.

On the left the settings (a period preset or custom dates, the disclosure threshold k,
the report's language) and the three actions; on the right the preview of the tables and
the register of earlier exports. Building and exporting run on the worker; the services
check everything (the period, k, the role) and the page shows their refusals beside the
field they name. Default file names carry the period only, never a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDir,
    QLocale,
    QSettings,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_app import sites
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.reports import periods
from shelter_app.reports.export import ExportRecord, export_summary, list_exports
from shelter_app.reports.model import Summary
from shelter_app.reports.summary import build_summary
from shelter_app.settings import CentreSettings
from shelter_app.sites import SiteInfo

from ..admin.common import (
    SUCCESS_STYLE,
    ConfirmDialog,
    TextDialog,
    explanation,
    local_time_text,
    size_text,
)
from ..context import AppContext
from ..dialogs import BusyDialog
from ..display import date_text as day_text
from ..forms import ErrorForm, error_label
from .preview import SummaryPreview
from .register import ExportRegister, format_name, language_name, period_text

FOLDER_KEY = "reports/export_folder"


def today() -> date:
    """The day the presets count from (tests replace it)."""
    return date.today()


def interface_language() -> str:
    return "uk" if QLocale().language() == QLocale.Language.Ukrainian else "en"


# --- periods ----------------------------------------------------------------------------


class Preset(StrEnum):
    """The kind of period; the second list names which one (the ended ones only)."""

    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"


PRESET_NAMES = {
    Preset.MONTH: QT_TRANSLATE_NOOP("reports_ui", "Month"),
    Preset.QUARTER: QT_TRANSLATE_NOOP("reports_ui", "Quarter"),
    Preset.HALF_YEAR: QT_TRANSLATE_NOOP("reports_ui", "Half-year (report to the Ministry)"),
    Preset.YEAR: QT_TRANSLATE_NOOP("reports_ui", "Year"),
}
DEFAULT_PRESET = Preset.MONTH  # the monthly report is the everyday case
LISTED = {Preset.MONTH: 36, Preset.QUARTER: 12, Preset.HALF_YEAR: 6, Preset.YEAR: 5}


def ended_periods(preset: Preset, day: date, count: int | None = None) -> list[periods.Period]:
    """The last `count` periods of this kind that ended before `day`, newest first: a
    report is exported only once its period is over (reports/periods.py says why)."""
    out: list[periods.Period] = []
    y, n = (
        day.year,
        {
            Preset.MONTH: day.month,
            Preset.QUARTER: (day.month - 1) // 3 + 1,
            Preset.HALF_YEAR: 1 if day.month <= 6 else 2,
            Preset.YEAR: 1,
        }[preset],
    )
    per_year = {Preset.MONTH: 12, Preset.QUARTER: 4, Preset.HALF_YEAR: 2, Preset.YEAR: 1}[preset]
    while len(out) < (count or LISTED[preset]):
        n -= 1
        if n == 0:
            y, n = y - 1, per_year
        if y < 1900:
            break
        if preset is Preset.MONTH:
            out.append(periods.month(y, n))
        elif preset is Preset.QUARTER:
            out.append(periods.quarter(y, n))
        elif preset is Preset.HALF_YEAR:
            out.append(periods.half_year(y, n))
        else:
            out.append(periods.year(y))
    return out


def preset_period(preset: Preset, day: date) -> periods.Period:
    """The last period of this kind that has ended on `day`."""
    return ended_periods(preset, day, 1)[0]


def preset_of(start: date, end: date) -> Preset | None:
    """The kind of period these dates are exactly, or None."""
    try:
        kind = periods.custom(start, end).kind
    except OberihError:
        return None
    return {
        periods.PeriodKind.MONTH: Preset.MONTH,
        periods.PeriodKind.QUARTER: Preset.QUARTER,
        periods.PeriodKind.HALF_YEAR: Preset.HALF_YEAR,
        periods.PeriodKind.YEAR: Preset.YEAR,
    }.get(kind)


def default_file_name(start: date, end: date, fmt: str) -> str:
    """oberih-report-2026-03.pdf, -2026-Q1, -2026, or -2026-01-05_2026-02-20: the period
    only (a file name can end up anywhere; it must never name a person)."""
    try:
        period = periods.custom(start, end)
    except OberihError:
        period = None
    if period is None or period.kind is periods.PeriodKind.CUSTOM:
        slug = f"{start.isoformat()}_{end.isoformat()}"
    elif period.kind is periods.PeriodKind.MONTH:
        slug = f"{start.year}-{start.month:02d}"
    elif period.kind is periods.PeriodKind.QUARTER:
        slug = f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    elif period.kind is periods.PeriodKind.HALF_YEAR:
        slug = f"{start.year}-H{1 if start.month == 1 else 2}"
    else:
        slug = str(start.year)
    return f"oberih-report-{slug}.{fmt}"


@dataclass(frozen=True)
class ReportRequest:
    start: date
    end: date
    language: str
    site: str | None = None  # a site's code (its summary: counts of things only); None: all

    def same_settings(self, record: ExportRecord, fmt: str) -> bool:
        return (record.period_start, record.period_end, record.language, record.site) == (
            self.start,
            self.end,
            self.language,
            self.site,
        ) and record.format == fmt

    @classmethod
    def of(cls, record: ExportRecord) -> ReportRequest:
        return cls(record.period_start, record.period_end, record.language, record.site)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


# --- the export-done message ------------------------------------------------------------


class ExportDoneDialog(TextDialog):
    """Where the file went, its SHA-256 (as recorded in the register), and Open."""

    def __init__(self, record: ExportRecord, earlier: ExportRecord | None, parent: QWidget):
        super().__init__(parent)
        self.record = record
        self.path = Path(record.path) if record.path is not None else None
        self.setWindowTitle(self.tr("Report exported"))
        self.setMinimumWidth(700)
        layout = QVBoxLayout(self)
        self.heading = explanation(
            fill(
                self.tr("The report for %1 was written and recorded in the register of exports."),
                period_text(record.period_start, record.period_end),
            ),
            self,
        )
        self.heading.setStyleSheet(SUCCESS_STYLE + " font-weight: bold;")
        layout.addWidget(self.heading)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        # the path and the checksum in read-only fields: shown whole (scrolling if long),
        # easy to select and copy into a letter to the department
        self.file = QLineEdit(
            QDir.toNativeSeparators(str(self.path)) if self.path is not None else "", self
        )
        self.file.setReadOnly(True)
        self.file.setCursorPosition(0)
        self.contents = QLabel(
            fill(
                self.tr("%1, in %2, disclosure threshold k = %3, %4"),
                format_name(record.format),
                language_name(record.language),
                str(record.k),
                size_text(record.size),
            ),
            self,
        )
        self.sha = QLineEdit(record.sha256, self)
        self.sha.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.sha.setFont(font)
        self.sha.setMinimumWidth(QFontMetrics(font).horizontalAdvance(record.sha256) + 16)
        for row, (text, field) in enumerate(
            (
                (self.tr("&File:"), self.file),
                (self.tr("Contents:"), self.contents),
                (self.tr("&SHA-256:"), self.sha),
            )
        ):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            grid.addWidget(caption, row, 0)
            grid.addWidget(field, row, 1)
        layout.addLayout(grid)
        self.comparison = explanation(self._comparison(record, earlier), self)
        self.comparison.setVisible(bool(self.comparison.text()))
        if earlier is not None and earlier.sha256 == record.sha256:
            self.comparison.setStyleSheet(SUCCESS_STYLE)
        layout.addWidget(self.comparison)
        self.error = error_label(self)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.folder_button = self.buttons.addButton(
            self.tr("Show in &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.open_button.setDefault(True)
        self.open_button.setEnabled(self.path is not None)
        self.folder_button.setEnabled(self.path is not None)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    def _comparison(self, record: ExportRecord, earlier: ExportRecord | None) -> str:
        if earlier is None:
            return ""
        when = local_time_text(earlier.at)
        if earlier.sha256 == record.sha256:
            return fill(
                self.tr(
                    "Identical to the export of %1 with the same settings: the same SHA-256, so "
                    "the same numbers."
                ),
                when,
            )
        if record.format == "csv":
            return fill(
                self.tr(
                    "Different from the export of %1 with the same settings: records of this "
                    "period were added or changed since then."
                ),
                when,
            )
        return ""

    def open_file(self) -> None:
        """In the system's viewer (a PDF reader, a spreadsheet)."""
        if self.path is None:
            return
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            self.accept()
        else:
            self._cannot_open()

    def open_folder(self) -> None:
        if self.path is not None and not QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.path.parent))
        ):
            self._cannot_open()

    def _cannot_open(self) -> None:
        self.error.setText(
            self.tr(
                "This computer has no program to open it. The file is in place; open it "
                "from the folder shown above."
            )
        )
        self.error.show()
        self.grow_to_fit()


# --- the page ---------------------------------------------------------------------------


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.busy: BusyDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.confirm_dialog: ConfirmDialog | None = None
        self.done_dialog: ExportDoneDialog | None = None
        self.shown_request: ReportRequest | None = None  # what the preview shows
        self.working = False

        outer = QHBoxLayout(self)
        outer.addWidget(self._build_settings())
        self.tabs = QTabWidget(self)
        self.preview_area = SummaryPreview(self.tabs)
        self.register = ExportRegister(self.tabs)
        self.tabs.addTab(self.preview_area, self.tr("Anonymised &tables"))
        self.tabs.addTab(self.register, self.tr("&Register of exports"))
        outer.addWidget(self.tabs, 1)

        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.which.currentIndexChanged.connect(self._which_chosen)
        self.language.currentIndexChanged.connect(self._settings_edited)
        self.site.currentIndexChanged.connect(self._settings_edited)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.register.preview_requested.connect(self.preview_record)
        self.register.reexport_requested.connect(self.reexport)
        for keys in (QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+Return")):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.preview)
        ctx.settings_changed.connect(self._centre_settings_changed)

        self._apply_preset(DEFAULT_PRESET)
        self._show_k(self.ctx.settings.report_k)
        self.setTabOrder(self.preset, self.which)
        self.setTabOrder(self.which, self.language)
        self.setTabOrder(self.language, self.site)
        self.setTabOrder(self.site, self.preview_button)
        self.setTabOrder(self.preview_button, self.pdf_button)
        self.setTabOrder(self.pdf_button, self.csv_button)
        self.setTabOrder(self.csv_button, self.json_button)
        self.setTabOrder(self.json_button, self.tabs)

    def _build_settings(self) -> QWidget:
        panel = QWidget(self)
        panel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        panel.setFixedWidth(max(270, panel.fontMetrics().horizontalAdvance("M") * 22))
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 6, 0)
        self.form = ErrorForm(panel)
        self.form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

        self.preset = QComboBox(panel)
        for preset in Preset:
            self.preset.addItem(
                QCoreApplication.translate("reports_ui", PRESET_NAMES[preset]), preset
            )
        self.preset.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.form.add("kind", self.tr("&Kind of period:"), self.preset)
        period_box = QWidget(panel)
        period_layout = QVBoxLayout(period_box)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.setSpacing(2)
        self.which = QComboBox(period_box)  # the ended periods of the kind, newest first
        self.which.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        period_layout.addWidget(self.which)
        self.period_label = QLabel(period_box)  # short lines: no wrapping needed
        period_layout.addWidget(self.period_label)
        period_box.setFocusProxy(self.which)
        period_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.form.add("period", self.tr("Peri&od:"), period_box)

        # k is the database's, set in Administration: shown here, never chosen here
        self.k = QLabel(panel)  # one short line, no wrapping (the hint below explains)
        self.k.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.add("k", self.tr("Disclosure threshold k:"), self.k)

        self.language = QComboBox(panel)
        self.language.addItem(self.tr("Ukrainian"), "uk")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(self.language.findData(interface_language()))
        self.language.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.form.add("language", self.tr("Report &language:"), self.language)

        # all sites by default; one site's summary holds counts of things only
        self.site = QComboBox(panel)
        self.site.addItem(self.tr("All"), None)
        self.site.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.site.setToolTip(
            self.tr(
                "One site's summary shows rooms, beds, places, events, courses and sessions "
                "only: counts of people are published for all sites together."
            )
        )
        self.form.add("site", self.tr("S&ite:"), self.site)
        layout.addWidget(self.form)

        self.preview_button = QPushButton(self.tr("&Preview tables"), panel)
        self.preview_button.setToolTip(self.tr("Build the anonymised tables (F5)"))
        self.pdf_button = QPushButton(self.tr("Export P&DF…"), panel)
        self.csv_button = QPushButton(self.tr("Export &CSV…"), panel)
        self.json_button = QPushButton(self.tr("Export &JSON (for the department)…"), panel)
        font = self.preview_button.font()
        font.setBold(True)
        self.preview_button.setFont(font)
        for button in (self.preview_button, self.pdf_button, self.csv_button, self.json_button):
            button.setMinimumHeight(int(button.fontMetrics().height() * 2))
            layout.addWidget(button)
        layout.addSpacing(8)
        layout.addWidget(
            explanation(
                self.tr(
                    "Reports hold counts only: no names, no dates finer than the period, no "
                    "notes. Every export is recorded in the register with its SHA-256."
                ),
                panel,
            )
        )
        self.k_hint = explanation("", panel)
        layout.addWidget(self.k_hint)
        layout.addStretch(1)
        return panel

    # --- the area --------------------------------------------------------------------

    def activate(self) -> None:
        """Every time the area is shown: the register may have grown elsewhere, and the
        sites may have changed."""
        self.refresh_register()
        self.ctx.call(sites.list_sites, True, on_done=self._got_sites, owner=self)

    def _got_sites(self, found: list[SiteInfo]) -> None:
        """ "All" and every site (closed ones too: their past can be reported)."""
        chosen = self.site.currentData()
        self.site.blockSignals(True)
        self.site.clear()
        self.site.addItem(self.tr("All"), None)
        for site in found:
            self.site.addItem(site.name, site.code)
        self.site.setCurrentIndex(max(0, self.site.findData(chosen)))
        self.site.blockSignals(False)

    def refresh_register(self) -> None:
        self.ctx.call(
            list_exports,
            on_done=self.register.set_records,
            on_error=self.register.show_error,
            owner=self,
        )

    # --- settings ----------------------------------------------------------------------

    def request(self) -> ReportRequest:
        period = self.which.currentData()
        return ReportRequest(
            period.start, period.end, self.language.currentData(), self.site.currentData()
        )

    def set_request(self, request: ReportRequest) -> None:
        """Show these settings in the form (from a row of the register)."""
        preset = preset_of(request.start, request.end) or DEFAULT_PRESET
        self._apply_preset(preset, request.start)
        self.language.setCurrentIndex(max(0, self.language.findData(request.language)))
        if request.site is not None and self.site.findData(request.site) < 0:
            self.site.addItem(request.site, request.site)  # a site renamed since: its code
        self.site.setCurrentIndex(max(0, self.site.findData(request.site)))
        self._settings_edited()

    def choose_preset(self, preset: Preset) -> None:
        self.preset.setCurrentIndex(self.preset.findData(preset))

    def _apply_preset(self, preset: Preset, start: date | None = None) -> None:
        """List the ended periods of the kind; select the one starting on `start`, or
        the latest."""
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(preset))
        self.preset.blockSignals(False)
        listed = ended_periods(preset, today())
        if start is not None and all(p.start != start for p in listed):
            listed.append(next(p for p in ended_periods(preset, today(), 600) if p.start == start))
        self.which.blockSignals(True)
        self.which.clear()
        for period in listed:
            self.which.addItem(period.label, period)
        self.which.setCurrentIndex(next((i for i, p in enumerate(listed) if p.start == start), 0))
        self.which.blockSignals(False)
        self._show_period()

    def _preset_chosen(self, _index: int) -> None:
        self._apply_preset(Preset(self.preset.currentData()))
        self._settings_edited()

    def _which_chosen(self, _index: int) -> None:
        self._show_period()
        self._settings_edited()

    def _show_period(self) -> None:
        period = self.which.currentData()
        text = f"{day_text(period.start)} – {day_text(period.end)}"
        if period.kind is periods.PeriodKind.HALF_YEAR:
            text += "\n" + self.tr("Due to the Ministry by 20 January and 20 July.")
        self.period_label.setText(text)

    def _centre_settings_changed(self, settings: CentreSettings) -> None:
        self._show_k(settings.report_k)
        self._settings_edited()

    def _show_k(self, k: int) -> None:
        self.k.setText(fill(self.tr("%1 (set by the administrator)"), str(k)))
        self.k_hint.setText(
            fill(
                self.tr(
                    "Counts from 1 to %2 are shown as “<%1”. k is one for the whole database: "
                    "an export cannot choose another, since two releases of the same figures "
                    "with different thresholds would reveal what the higher one hid."
                ),
                str(k),
                str(k - 1),
            )
        )

    def _settings_edited(self, *_args: object) -> None:
        self.preview_area.set_stale(
            self.shown_request is not None and self.request() != self.shown_request
        )

    # --- preview -----------------------------------------------------------------------

    def preview(self) -> None:
        if self.working:
            return
        request = self.request()
        self.form.clear_errors()
        self.tabs.setCurrentWidget(self.preview_area)
        self.preview_area.show_busy(self.tr("Counting and protecting the figures…"))
        self._set_working(True)
        self.ctx.call(
            build_summary,
            request.start,
            request.end,
            language=request.language,
            site=request.site,
            on_done=lambda summary: self._previewed(request, summary),
            on_error=self._preview_refused,
            owner=self,
        )

    def _previewed(self, request: ReportRequest, summary: Summary) -> None:
        self._set_working(False)
        self.shown_request = request
        self.preview_area.show_summary(summary)
        self._settings_edited()

    def _preview_refused(self, error: OberihError) -> None:
        self._set_working(False)
        self.preview_area.show_previous()
        self.form.show_error(error)
        self._settings_edited()

    def preview_record(self, record: ExportRecord) -> None:
        self.set_request(ReportRequest.of(record))
        self.preview()

    def _set_working(self, working: bool) -> None:
        self.working = working
        for button in (self.preview_button, self.pdf_button, self.csv_button, self.json_button):
            button.setEnabled(not working)
        self.register.setEnabled(not working)

    # --- export ------------------------------------------------------------------------

    def _start_folder(self) -> str:
        saved = QSettings().value(FOLDER_KEY, "", type=str)
        if saved and Path(saved).is_dir():
            return saved
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def export(self, fmt: str, request: ReportRequest | None = None) -> QFileDialog | None:
        """Ask where to save, then export (the current settings, or a register row's)."""
        if self.working:
            return None
        request = request or self.request()
        self.form.clear_errors()
        title = {
            "pdf": self.tr("Export the report as PDF"),
            "csv": self.tr("Export the report as CSV"),
        }.get(fmt, self.tr("Export the report as JSON"))
        folder = self._start_folder()
        dialog = QFileDialog(self, title, folder)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if fmt == "pdf":
            dialog.setNameFilters([self.tr("PDF documents (*.pdf)")])
        elif fmt == "csv":
            dialog.setNameFilters([self.tr("CSV tables for spreadsheets (*.csv)")])
        else:
            dialog.setNameFilters([self.tr("JSON summaries for consolidation (*.json)")])
        dialog.setDefaultSuffix(fmt)
        # replacing a file is confirmed by the page, in a dialog that does not block
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        name = default_file_name(request.start, request.end, fmt)
        if request.site is not None:  # the site's code, never a person
            name = name.replace(f".{fmt}", f"-{request.site}.{fmt}")
        dialog.selectFile(str(Path(folder) / name))
        dialog.fileSelected.connect(lambda name: self._file_chosen(Path(name), fmt, request))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def reexport(self, record: ExportRecord) -> QFileDialog | None:
        request = ReportRequest.of(record)
        self.set_request(request)
        return self.export(record.format, request)

    def _file_chosen(self, path: Path, fmt: str, request: ReportRequest) -> None:
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        if not path.exists():
            self._run_export(path, fmt, request)
            return
        dialog = ConfirmDialog(
            self.tr("Replace the file?"),
            fill(
                self.tr("A file named %1 exists already in %2. Replace it with this report?"),
                path.name,
                QDir.toNativeSeparators(str(path.parent)),
            ),
            self.tr("&Replace"),
            self,
        )
        dialog.confirmed.connect(lambda: (dialog.accept(), self._run_export(path, fmt, request)))
        dialog.finished.connect(dialog.deleteLater)
        self.confirm_dialog = dialog
        dialog.open()

    def _run_export(self, path: Path, fmt: str, request: ReportRequest) -> None:
        earlier = next(
            (r for r in self.register.model.records() if request.same_settings(r, fmt)), None
        )
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        self._set_working(True)
        self.busy = BusyDialog(
            fill(self.tr("Counting, protecting and writing the report (%1)…"), format_name(fmt)),
            self,
        )
        self.busy.setWindowTitle(self.tr("Export"))
        self.busy.open()
        self.ctx.call(
            export_summary,
            request.start,
            request.end,
            path,
            language=request.language,
            site=request.site,
            on_done=lambda record: self._exported(record, earlier),
            on_error=self._export_refused,
            owner=self,
        )

    def _end_busy(self) -> None:
        self._set_working(False)
        if self.busy is not None:
            self.busy.close()
            self.busy.deleteLater()
            self.busy = None

    def _exported(self, record: ExportRecord, earlier: ExportRecord | None) -> None:
        self._end_busy()
        self.refresh_register()
        dialog = ExportDoneDialog(record, earlier, self)
        dialog.finished.connect(dialog.deleteLater)
        self.done_dialog = dialog
        dialog.open()

    def _export_refused(self, error: OberihError) -> None:
        self._end_busy()
        self.form.show_error(error)
