"""Her consents (data processing, violence and health details, sharing with partners):
what she agreed to and when, recording a new one and recording a withdrawal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_app import clients
from shelter_app.clients import ClientCard, ConsentRecord
from shelter_app.errors import OberihError
from shelter_app.permissions import Permission
from shelter_app.vocabulary import ConsentKind, choices

from ...context import AppContext
from ...display import code_label, date_text, yes_no
from ...forms import ErrorForm
from ..optional_date import OptionalDateEdit
from .base import ListTab


class ConsentsTab(ListTab):
    key = "consents"
    keep_empty_table = True
    changed = Signal()  # a consent was recorded or withdrawn (her last contact moved)

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(ctx, client_id, parent)
        self.records: list[ConsentRecord] = []
        self.loaded_card = False
        self.dialog: QDialog | None = None
        note = QLabel(
            self.tr(
                "Details of violence and health may be recorded only while she has a valid "
                "consent to processing them."
            ),
            self,
        )
        note.setWordWrap(True)
        self.layout_.insertWidget(0, note)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("&Record consent…"), self)
        self.record_button.clicked.connect(self.record)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"), self)
        self.withdraw_button.setToolTip(self.tr("Record that the selected consent was withdrawn"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.withdraw_button.setEnabled(False)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        writer = ctx.can(Permission.WRITE_CLIENTS)
        self.record_button.setVisible(writer)
        self.withdraw_button.setVisible(writer)
        self.layout_.insertLayout(1, buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection())

    def title(self) -> str:
        return self.tr("C&onsents")

    def headers(self) -> list[str]:
        return [
            self.tr("Consent"),
            self.tr("Given on"),
            self.tr("Withdrawn on"),
            self.tr("Valid today"),
        ]

    def empty_text(self) -> str:
        return self.tr("No consent recorded yet.")

    def set_card(self, card: ClientCard) -> None:
        self.records = list(card.consents)
        self.loaded_card = True
        self.stale = False
        self._show()

    def load(self) -> None:
        if self.loaded_card:
            self._show()
            return
        self.ctx.call(
            clients.get_client,
            self.client_id,
            on_done=self.set_card,
            on_error=self.failed,
            owner=self,
        )

    def _show(self) -> None:
        today = date.today()
        rows = [
            (
                code_label(ConsentKind, r.kind),
                date_text(r.given_on),
                date_text(r.withdrawn_on),
                yes_no(r.valid_on(today)),
            )
            for r in self.records
        ]
        self.show_rows(rows, records=[r.id for r in self.records])
        self._selection()

    def selected(self) -> ConsentRecord | None:
        row = self.view.currentIndex().row()
        key = self.model.record(row)
        return next((r for r in self.records if r.id == key), None)

    def _selection(self) -> None:
        record = self.selected()
        self.withdraw_button.setEnabled(record is not None and record.withdrawn_on is None)

    def record(self) -> None:
        if not self._may_open():
            return
        self.dialog = RecordConsentDialog(self.ctx, self.client_id, self)
        self._open(self.dialog)

    def withdraw(self) -> None:
        record = self.selected()
        if record is None or record.withdrawn_on is not None or not self._may_open():
            return
        self.dialog = WithdrawConsentDialog(self.ctx, record, self)
        self._open(self.dialog)

    def _may_open(self) -> bool:
        if not self.ctx.can(Permission.WRITE_CLIENTS):
            return False
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return False
        return True

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.done_with.connect(self._saved)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        dialog.open()

    def _saved(self, record: ConsentRecord) -> None:
        self.records = [r for r in self.records if r.id != record.id] + [record]
        self.records.sort(key=lambda r: (r.given_on, r.id))
        self._show()
        row = next(i for i, r in enumerate(self.records) if r.id == record.id)
        self.view.selectRow(row)
        self.changed.emit()


class _ConsentDialog(QDialog):
    done_with = Signal(object)  # ConsentRecord

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.form = ErrorForm(self)
        self.form.layout_.setVerticalSpacing(10)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        raise NotImplementedError

    def _day(self, edit: OptionalDateEdit, field: str) -> date | None:
        ok, day = edit.value()
        if not ok or day is None:
            self.form.show_error_text(field, self.tr("Enter the date."))
            return None
        return day

    def _done(self, record: ConsentRecord) -> None:
        self.buttons.setEnabled(True)
        self.done_with.emit(record)
        self.accept()

    def _failed(self, error: OberihError) -> None:
        self.buttons.setEnabled(True)
        self.form.show_error(error)


class RecordConsentDialog(_ConsentDialog):
    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.client_id = client_id
        self.setWindowTitle(self.tr("Record consent"))
        self.kind = QComboBox(self)
        for code, text in choices(ConsentKind):
            self.kind.addItem(text, code)
        self.form.add("kind", self.tr("&Consent to:"), self.kind)
        self.given_on = OptionalDateEdit(self)
        self.given_on.set_date(date.today())
        self.form.add("given_on", self.tr("&Given on:"), self.given_on)
        self.kind.setFocus()

    def submit(self) -> None:
        if not self.buttons.isEnabled():
            return
        self.form.clear_errors()
        day = self._day(self.given_on, "given_on")
        if day is None:
            return
        self.buttons.setEnabled(False)
        self.ctx.call(
            clients.record_consent,
            self.client_id,
            self.kind.currentData(),
            day,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )


class WithdrawConsentDialog(_ConsentDialog):
    def __init__(self, ctx: AppContext, record: ConsentRecord, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.record = record
        self.setWindowTitle(self.tr("Withdraw consent"))
        kind = QLabel(code_label(ConsentKind, record.kind), self)
        kind.setWordWrap(True)
        self.form.add_row(self.tr("Consent:"), kind)
        self.form.add_row(self.tr("Given on:"), QLabel(date_text(record.given_on), self))
        self.withdrawn_on = OptionalDateEdit(self)
        self.withdrawn_on.set_date(date.today())
        self.form.add("withdrawn_on", self.tr("&Withdrawn on:"), self.withdrawn_on)
        self.withdrawn_on.setFocus()

    def submit(self) -> None:
        if not self.buttons.isEnabled():
            return
        self.form.clear_errors()
        day = self._day(self.withdrawn_on, "withdrawn_on")
        if day is None:
            return
        self.buttons.setEnabled(False)
        self.ctx.call(
            clients.withdraw_consent,
            self.record.id,
            day,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )
