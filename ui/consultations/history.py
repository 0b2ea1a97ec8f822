"""One client's consultations, newest first.

A psychologist sees the psychological ones with topics, outcome and her profession's
notes; a lawyer likewise the legal ones. Case workers and administrators see only that a
consultation happened: when, which kind, its status and the specialist. What a role may
see is decided by the service (`client_consultations` fills a note in only for the
kind's profession); this view shows what comes back and never asks for notes itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from shelter_app import consultations
from shelter_app.consultations import ConsultationRecord
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.vocabulary import (
    TOPICS,
    ConsultationFormat,
    ConsultationKind,
    ConsultationOutcome,
    ConsultationStatus,
)

from ..context import AppContext
from ..display import RowsModel, code_label, date_text, datetime_text, fit_columns, table_view
from ..forms import ERROR_STYLE
from . import LEGAL, NOTES, PSY, own_kind, readable_kinds


class ConsultationHistory(QWidget):
    """`show_client(client_id, code)` loads her consultations of every kind the role may
    read. With the notes permission of a kind (its own profession) the list has the full
    columns and a note pane; otherwise only who and when."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kinds = readable_kinds(ctx)
        self.own = own_kind(ctx)
        self.professional = self.own is not None and ctx.can(NOTES[self.own])
        self.client_id: int | None = None
        self._round = 0
        self._arrived: dict[ConsultationKind, list[ConsultationRecord]] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.scope = QLabel(self._scope_text(), self)
        self.scope.setWordWrap(True)
        self.scope.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.scope)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        self.model = RowsModel(self._headers(), self, text_tips=True)
        self.view = table_view(self.model, self)
        self.view.setWordWrap(True)
        rows = self.view.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # wrapped rows grow, others stay
        self.view.setAccessibleName(self.tr("Consultations of the client"))
        self.note_caption = QLabel(self.tr("&Note of the selected consultation:"), self)
        self.note = QPlainTextEdit(self)
        self.note.setReadOnly(True)
        self.note_caption.setBuddy(self.note)
        note_box = QWidget(self)
        note_layout = QVBoxLayout(note_box)
        note_layout.setContentsMargins(0, 4, 0, 0)
        note_layout.addWidget(self.note_caption)
        note_layout.addWidget(self.note)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(note_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        note_box.setVisible(self.professional)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_note())
        self.clear()

    # --- what the role sees ---------------------------------------------------------------

    def _scope_text(self) -> str:
        if self.professional and self.own == PSY:
            return self.tr(
                "Psychological consultations with their notes. Only psychologists read these "
                "notes; opening them is recorded in the audit log."
            )
        if self.professional and self.own == LEGAL:
            return self.tr(
                "Legal consultations with their notes. Only lawyers read these notes; "
                "opening them is recorded in the audit log."
            )
        return self.tr(
            "When she had a consultation and with whom. Topics and notes stay with the "
            "psychologist or lawyer who held it."
        )

    def _headers(self) -> list[str]:
        if self.professional:
            return [
                self.tr("When"),
                self.tr("Status"),
                self.tr("Topics"),
                self.tr("Outcome"),
                self.tr("Follow-up on"),
                self.tr("Format"),
                self.tr("Specialist"),
            ]
        return [self.tr("When"), self.tr("Kind"), self.tr("Status"), self.tr("Specialist")]

    def _row(self, r: ConsultationRecord) -> tuple[str, ...]:
        when = datetime_text(r.starts_at)
        status = code_label(ConsultationStatus, r.status)
        if not self.professional:
            return (when, code_label(ConsultationKind, r.kind), status, r.specialist_name)
        if r.status == ConsultationStatus.HELD.value:
            status = fill(self.tr("%1 (first)") if r.is_first else self.tr("%1 (repeat)"), status)
        how = code_label(ConsultationFormat, r.format)
        if r.duration_min is not None:
            how = fill(self.tr("%1, %2 min"), how, str(r.duration_min))
        kind = ConsultationKind(r.kind)
        return (
            when,
            status,
            ", ".join(code_label(TOPICS[kind], t) for t in r.topics),
            code_label(ConsultationOutcome, r.outcome),
            date_text(r.follow_up_on),
            how,
            r.specialist_name,
        )

    # --- loading --------------------------------------------------------------------------

    def clear(self) -> None:
        self._round += 1
        self.client_id = None
        self.heading.setText(self.tr("Consultation history"))
        self.model.set_rows([], [])
        self.note.clear()
        self.show_status(self.tr("Choose a client above to see her consultations."))

    def show_client(self, client_id: int, code: str) -> None:
        """Load (or reload) her consultations; one call per kind the role may read, shown
        together when all are back."""
        self.client_id = client_id
        self.heading.setText(fill(self.tr("Consultations of %1"), code))
        self.reload()

    def reload(self) -> None:
        if self.client_id is None:
            return
        self._round += 1
        number = self._round
        self._arrived = {}
        self.show_status(self.tr("Loading…"))
        for kind in self.kinds:
            self.ctx.call(
                consultations.client_consultations,
                self.client_id,
                kind.value,
                on_done=lambda rows, k=kind: self._received(number, k, rows),
                on_error=lambda error: self._failed(number, error),
                owner=self,
            )

    def _received(self, number: int, kind: ConsultationKind, rows: list) -> None:
        if number != self._round:
            return
        self._arrived[kind] = rows
        if len(self._arrived) < len(self.kinds):
            return
        records = sorted(
            (r for k in self.kinds for r in self._arrived[k]),
            key=lambda r: (r.starts_at, r.id),
            reverse=True,
        )
        self.model.set_rows([self._row(r) for r in records], records)
        fit_columns(self.view, 260, padding=12)
        self.view.resizeRowsToContents()  # long topic lists wrap
        if records:
            self.show_status("")
            self.view.selectRow(0)
        else:
            self.show_status(self.tr("No consultations recorded for her yet."))
        self._show_note()

    def _failed(self, number: int, error: OberihError) -> None:
        if number != self._round:
            return
        self._round += 1  # the other kind's answer, if any, is no longer wanted
        self.model.set_rows([], [])
        self._show_note()
        self.show_status(error.user_message(), error=True)

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def records(self) -> list[ConsultationRecord]:
        return self.model.records()

    def _show_note(self) -> None:
        record = self.model.record(self.view.currentIndex().row())
        if record is None:
            self.note.clear()
            self.note.setPlaceholderText("")
        elif record.note is not None:
            self.note.setPlainText(record.note)
        else:
            self.note.clear()
            held = record.status == ConsultationStatus.HELD.value
            self.note.setPlaceholderText(
                self.tr("No note was written for this consultation.") if held else ""
            )
