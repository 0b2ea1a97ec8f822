"""Retention: anonymise clients with no activity for the set number of years. First a
preview of what would go (counts only), then a confirmed purge of exactly the clients of
that preview (anyone with new activity meanwhile is skipped by the service)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_app import retention
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.retention import PurgePreview, PurgeResult
from shelter_app.settings import CentreSettings

from ..context import AppContext
from ..display import date_text
from ..forms import ErrorForm
from .common import SUCCESS_STYLE, ConfirmDialog, explanation


class RetentionSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None
        self.preview: PurgePreview | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                self.tr(
                    "Personal data are kept no longer than needed. Clients with no activity "
                    "for the chosen number of years are anonymised: their names, birth "
                    "date, phone, notes, safety plans, risk answers, consents and change "
                    "history are removed for good. What the anonymous reports count stays "
                    "(dates, kinds of help, stays, district, age band), so reports of past "
                    "periods keep their numbers. Women staying in the shelter now are never "
                    "included."
                ),
                self,
            )
        )

        self.form = ErrorForm(self)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.years = QSpinBox(row)
        self.years.setRange(0, 1000)  # the service decides what is allowed
        self.years.setValue(ctx.settings.retention_years)
        row_layout.addWidget(self.years)
        self.preview_button = QPushButton(self.tr("&Preview"), row)
        row_layout.addWidget(self.preview_button)
        row_layout.addStretch(1)
        row.setFocusProxy(self.years)
        self.form.add("years", self.tr("No activity for at least (&years):"), row)
        layout.addWidget(self.form)

        self.box = QGroupBox(self.tr("What would be anonymised"), self)
        box_layout = QVBoxLayout(self.box)
        numbers = QFormLayout()
        self.cutoff = QLabel(self.box)
        self.clients = QLabel(self.box)
        self.notes = QLabel(self.box)
        self.plans = QLabel(self.box)
        self.risks = QLabel(self.box)
        self.history = QLabel(self.box)
        self.consents = QLabel(self.box)
        numbers.addRow(self.tr("Last activity on or before:"), self.cutoff)
        numbers.addRow(self.tr("Clients to anonymise:"), self.clients)
        numbers.addRow(self.tr("Consultation notes erased:"), self.notes)
        numbers.addRow(self.tr("Safety plans erased:"), self.plans)
        numbers.addRow(self.tr("Risk assessment answers erased:"), self.risks)
        numbers.addRow(self.tr("Change history entries deleted:"), self.history)
        numbers.addRow(self.tr("Consent records deleted:"), self.consents)
        box_layout.addLayout(numbers)
        buttons = QHBoxLayout()
        self.purge_button = QPushButton(self.box)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        self.box.hide()
        layout.addWidget(self.box)
        self.result = explanation("", self)
        self.result.setStyleSheet(SUCCESS_STYLE)
        self.result.hide()
        layout.addWidget(self.result)
        layout.addStretch(1)

        self.preview_button.clicked.connect(self.run_preview)
        self.years.lineEdit().returnPressed.connect(self.run_preview)  # Enter = preview
        self.purge_button.clicked.connect(self.ask_purge)
        self.years.valueChanged.connect(self._forget_preview)
        ctx.settings_changed.connect(self._settings_changed)

    def activate(self) -> None:
        self._forget_preview()

    def _settings_changed(self, new: CentreSettings) -> None:
        self.years.setValue(new.retention_years)

    def _forget_preview(self, *_args: object) -> None:
        """A preview is only good for the years and the day it was made for."""
        self.preview = None
        self.box.hide()

    # --- preview -----------------------------------------------------------------------

    def run_preview(self) -> None:
        self.form.clear_errors()
        self.result.hide()
        self.preview_button.setEnabled(False)
        self.ctx.call(
            retention.purge_preview,
            self.years.value(),
            on_done=self._previewed,
            on_error=self._preview_failed,
            owner=self,
        )

    def _previewed(self, preview: PurgePreview) -> None:
        self.preview_button.setEnabled(True)
        self.preview = preview
        self.cutoff.setText(date_text(preview.cutoff))
        self.clients.setText(str(preview.clients))
        self.notes.setText(str(preview.consultation_notes))
        self.plans.setText(str(preview.safety_plans))
        self.risks.setText(str(preview.risk_assessments))
        self.history.setText(str(preview.history_rows))
        self.consents.setText(str(preview.consents))
        if preview.clients:
            self.purge_button.setText(self.tr("Anonymi&se %n client(s)…", "", preview.clients))
            self.purge_button.setEnabled(True)
        else:
            self.purge_button.setText(self.tr("Nobody to anonymise"))
            self.purge_button.setEnabled(False)
        self.box.show()

    def _preview_failed(self, error: OberihError) -> None:
        self.preview_button.setEnabled(True)
        self.form.show_error(error)

    # --- purge -------------------------------------------------------------------------

    def ask_purge(self) -> QDialog | None:
        preview = self.preview
        if preview is None or not preview.clients:
            return None
        dialog = ConfirmDialog(
            self.tr("Anonymise old records"),
            fill(
                self.tr("Anonymise %n client(s) with no activity since %1?", "", preview.clients),
                date_text(preview.cutoff),
            ),
            self.tr("&Anonymise"),
            self,
            warning=self.tr(
                "This cannot be undone: the names and notes are gone for good (backups "
                "made before keep them until they are destroyed). Make a backup first if "
                "the centre needs one."
            ),
        )
        dialog.confirmed.connect(lambda: self._purge(dialog, preview))
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _purge(self, dialog: ConfirmDialog, preview: PurgePreview) -> None:
        def done(result: PurgeResult) -> None:
            dialog.accept()
            self._purged(result)

        self.ctx.call(
            retention.purge,
            preview.client_ids,
            years=preview.years,
            on_done=done,
            on_error=dialog.show_error,
            owner=dialog,
        )

    def _purged(self, result: PurgeResult) -> None:
        self._forget_preview()
        text = self.tr("%n client(s) anonymised.", "", result.clients)
        if result.skipped:
            text += " " + self.tr(
                "%n left out: they had new activity since the preview.", "", result.skipped
            )
        self.result.setText(text)
        self.result.show()
