"""Print the journal of appeals for a period: choose the dates and the file, and the PDF
(A4 landscape) is written on the worker. Opened from the dashboard's violence card."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from shelter_app.reports.journal_pdf import export_journal_pdf

from .clients.risk_dialogs import RecordDialog, date_field, hint_label
from .context import AppContext


class JournalDialog(RecordDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Journal of appeals"))
        today = date.today()
        self.start = date_field(today.replace(day=1), self)
        self.form.add("start", self.tr("&From:"), self.start)
        self.end = date_field(today, self)
        self.form.add("end", self.tr("&To:"), self.end)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(str(Path(folder) / f"journal-{today.isoformat()}.pdf"), row)
        line.addWidget(self.path, 1)
        choose = QPushButton(self.tr("C&hoose…"), row)
        choose.clicked.connect(self.choose_file)
        line.addWidget(choose)
        row.setFocusProxy(self.path)
        self.form.add("out", self.tr("Save &as:"), row)
        self.form.add_row(
            "",
            hint_label(
                self.tr(
                    "One row per appeal, with the notifications made. Client codes only; the "
                    "file holds special-category data: keep it as you keep her paper file."
                ),
                self,
            ),
        )
        self.save_button.setText(self.tr("&Save PDF"))
        self.layout_.addStretch(1)
        self.finish()
        self.file_dialog: QFileDialog | None = None

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the journal as PDF"), self.path.text())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("PDF documents (*.pdf)")])
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.path.setText)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        ok, start = self.day_of(self.start, "start")
        ok2, end = self.day_of(self.end, "end") if ok else (False, None)
        if ok and ok2:
            self.send(export_journal_pdf, start, end, self.path.text().strip())
