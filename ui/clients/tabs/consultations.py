"""Her consultations, newest first: psychological ones for roles that may see them, legal
ones likewise. Notes appear only when the service returns them (to the consultation's
own profession), below the list for the selected row."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from shelter_app import consultations
from shelter_app.changes import Kind
from shelter_app.consultations import ConsultationRecord
from shelter_app.permissions import Permission
from shelter_app.vocabulary import (
    TOPICS,
    ConsultationKind,
    ConsultationOutcome,
    ConsultationStatus,
)

from ...context import AppContext
from ...display import code_label, datetime_text
from .base import ListTab

READ = {
    ConsultationKind.PSYCHOLOGICAL: Permission.READ_PSY_CONSULTATIONS,
    ConsultationKind.LEGAL: Permission.READ_LEGAL_CONSULTATIONS,
}


class ConsultationsTab(ListTab):
    key = "consultations"
    permissions = tuple(READ.values())
    kinds = frozenset({Kind.CONSULTATIONS})

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(ctx, client_id, parent)
        self.kinds = [k for k, p in READ.items() if ctx.can(p)]
        self.records: list[ConsultationRecord] = []
        self._pending: dict[ConsultationKind, list[ConsultationRecord]] = {}
        self._round = 0
        self.note_label = QLabel(self.tr("Note of the selected consultation:"), self)
        self.note = QPlainTextEdit(self)
        self.note.setReadOnly(True)
        self.note_label.setBuddy(self.note)
        self.layout_.addWidget(self.note_label)
        self.layout_.addWidget(self.note, 1)
        self.note_label.hide()
        self.note.hide()
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_note())

    def title(self) -> str:
        return self.tr("Co&nsultations")

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Topics"),
            self.tr("Status"),
            self.tr("Outcome"),
            self.tr("Specialist"),
        ]

    def empty_text(self) -> str:
        return self.tr("No consultations recorded.")

    def load(self) -> None:
        """One call per kind the role may read; the list is shown when all are back."""
        self._round += 1
        number = self._round
        self._pending = {}
        for kind in self.kinds:
            self.ctx.call(
                consultations.client_consultations,
                self.client_id,
                kind.value,
                on_done=lambda rows, k=kind: self._arrived(number, k, rows),
                on_error=self.failed,
                owner=self,
            )

    def _arrived(self, number: int, kind: ConsultationKind, rows: list) -> None:
        if number != self._round:
            return
        self._pending[kind] = rows
        if len(self._pending) < len(self.kinds):
            return
        records = [r for k in self.kinds for r in self._pending[k]]
        records.sort(key=lambda r: (r.starts_at, r.id), reverse=True)
        self.records = records
        self.show_rows(
            [self._row(r) for r in records],
            records=[r.id for r in records],
        )
        has_notes = any(r.note is not None for r in records)
        self.note_label.setVisible(has_notes)
        self.note.setVisible(has_notes)
        if records:
            self.view.selectRow(0)
        self._show_note()

    def _row(self, r: ConsultationRecord) -> tuple[str, ...]:
        kind = ConsultationKind(r.kind)
        topics = ", ".join(code_label(TOPICS[kind], t) for t in r.topics)
        status = code_label(ConsultationStatus, r.status)
        return (
            datetime_text(r.starts_at),
            code_label(ConsultationKind, r.kind),
            topics,
            status,
            code_label(ConsultationOutcome, r.outcome),
            r.specialist_name,
        )

    def _show_note(self) -> None:
        row = self.view.currentIndex().row()
        record = self.records[row] if 0 <= row < len(self.records) else None
        self.note.setPlainText((record.note or "") if record is not None else "")
