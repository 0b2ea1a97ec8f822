"""Logging a held consultation, and the fields and dialog behaviour every consultation
form shares (ui/consultations/appointment_dialogs.py holds the forms about a booking).

Every form calls one service and, when the service refuses, keeps what was typed and
shows the message beside the field it names (ui/forms.ErrorForm). Enter saves;
Ctrl+Enter saves from inside the note as well."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_app import consultations
from shelter_app.consultations import (
    MAX_DURATION,
    MIN_DURATION,
    ConsultationDefaults,
)
from shelter_app.errors import OberihError
from shelter_app.vocabulary import (
    TOPICS,
    ConsultationFormat,
    ConsultationKind,
    ConsultationOutcome,
    choices,
    label,
)

from ..client_picker import ClientPicker
from ..context import AppContext
from ..display import date_format, to_date, to_qdate
from ..forms import ErrorForm
from . import NOTES, PSY, own_kind
from .moment import MomentField, ending_now
from .slot import SlotOffer, minutes_until_now

DEFAULT_DURATION = 50
HINT_STYLE = "color: palette(placeholder-text);"

# --- small field widgets ------------------------------------------------------------------


def vocabulary_combo(
    enum: type[StrEnum], parent: QWidget, placeholder: str | None = None
) -> QComboBox:
    """Labels shown, codes kept as item data. With a placeholder nothing is chosen at
    first, so a value is never recorded just because it came first in the list."""
    combo = QComboBox(parent)
    for code, text in choices(enum):
        combo.addItem(text, code)
    if placeholder is not None:
        combo.setPlaceholderText(placeholder)
        combo.setCurrentIndex(-1)
    return combo


def set_combo_code(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


class TopicChecks(QWidget):
    """The kind's topics as tick boxes in two columns: quicker than a list to scan."""

    def __init__(self, kind: ConsultationKind, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        topics = list(TOPICS[kind])
        rows = (len(topics) + 1) // 2
        for i, topic in enumerate(topics):
            box = QCheckBox(label(topic), self)
            self.boxes[topic.value] = box
            grid.addWidget(box, i % rows, i // rows)
        self.setFocusProxy(next(iter(self.boxes.values())))

    def chosen(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_chosen(self, codes: tuple[str, ...] | list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class FollowUpField(QWidget):
    """An optional date: a tick box turns the date on."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.planned = QCheckBox(self.tr("Planned for"), self)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_format())
        self.day.setDate(to_qdate(date.today() + timedelta(days=7)))
        self.day.setEnabled(False)
        self.planned.toggled.connect(self.day.setEnabled)
        row.addWidget(self.planned)
        row.addWidget(self.day)
        row.addStretch(1)
        self.setFocusProxy(self.planned)

    def value(self) -> date | None:
        return to_date(self.day.date()) if self.planned.isChecked() else None

    def plan(self, day: date) -> None:
        if not self.planned.isChecked():
            self.day.setDate(to_qdate(day))
            self.planned.setChecked(True)


def minutes_box(parent: QWidget, value: int | None) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(MIN_DURATION, MAX_DURATION)
    box.setSingleStep(5)
    box.setSuffix(QCoreApplication.translate("consultation_forms", " min"))
    box.setValue(value or DEFAULT_DURATION)
    box.setAccelerated(True)
    return box


def left_aligned(field: QWidget) -> QWidget:
    """A compact field at the left of a row that still gives its error line under it the
    whole width (a row only grows if something in it wants to)."""
    box = QWidget(field.parentWidget())
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field)
    row.addStretch(1)
    box.setFocusProxy(field)
    return box


def moment_of(edit: MomentField) -> datetime:
    return edit.moment()


def preset_client(picker: ClientPicker, client_id: int, code: str) -> None:
    """Preselect her by code (from a row of the day or of the history): the code is all
    the form needs to show, and it keeps her name off the screen."""
    picker.setText(code)
    picker.client_id = client_id


def picked_code(picker: ClientPicker) -> str:
    """Her code only, for messages: the picker's text may hold her name."""
    if picker.chosen is not None:
        return picker.chosen.code
    return picker.text() if picker.client_id is not None else ""


def bold_label(text: str, parent: QWidget) -> QLabel:
    shown = QLabel(text, parent)
    font = shown.font()
    font.setBold(True)
    shown.setFont(font)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return shown


# --- the dialogs -----------------------------------------------------------------------------


class ServiceDialog(QDialog):
    """A form that saves through one service call. `saved_record` holds what the service
    returned once `accepted` is emitted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved_record: Any = None
        self.layout_ = QVBoxLayout(self)
        self.form = ErrorForm(self)
        self.layout_.addWidget(self.form)
        self.layout_.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.save_button: QPushButton = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button: QPushButton = self.buttons.addButton(
            self.tr("Close without saving"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.close_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)

    def fit(self, min_width: int) -> None:
        """Room for an error line or two without squeezing the fields."""
        hint = self.sizeHint()
        spare = self.fontMetrics().lineSpacing() * 2
        self.resize(max(hint.width(), min_width), hint.height() + spare)

    def submit(self) -> None:
        raise NotImplementedError

    def call(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        if not self.save_button.isEnabled():  # a save is already on its way
            return
        self.form.clear_errors()
        self.save_button.setEnabled(False)
        self.ctx.call(
            service, *args, on_done=self._done, on_error=self._failed, owner=self, **kwargs
        )

    def _done(self, record: Any) -> None:
        self.save_button.setEnabled(True)
        self.saved_record = record
        self.accept()

    def _failed(self, error: OberihError) -> None:
        self.save_button.setEnabled(True)
        self.form.show_error(error)


class ConsultationForm(ServiceDialog):
    """The fields the consultation forms share, added by each form in its own order:
    the client with her defaults, the time, and what a held consultation records."""

    kind: ConsultationKind

    def _add_client_fields(self, client: tuple[int, str] | None, start: datetime) -> None:
        """Kind (the user's profession), client, date and time, duration and format.
        Choosing the client fills format and duration (and topics) from her last one."""
        kind = own_kind(self.ctx)
        if kind is None:
            raise PermissionError("only psychologists and lawyers hold consultations")
        self.kind = kind
        self.form.add_row(self.tr("Kind:"), bold_label(label(kind), self))
        self.picker = self.form.add("client", self.tr("&Client:"), ClientPicker(self.ctx, self))
        self.prefilled = QLabel(self)
        self.prefilled.setStyleSheet(HINT_STYLE)
        self.prefilled.hide()
        self.form.add_row("", self.prefilled)
        self.starts_at = MomentField(start, self)
        self.form.add("starts_at", self.tr("&Date and time:"), self.starts_at)
        self.duration = minutes_box(self, DEFAULT_DURATION)
        self.form.add("duration_min", self.tr("D&uration:"), left_aligned(self.duration))
        self.format = vocabulary_combo(ConsultationFormat, self)
        self.form.add("format", self.tr("&Format:"), left_aligned(self.format))
        self.picker.client_chosen.connect(self._client_chosen)
        self.picker.textEdited.connect(lambda _text: self.prefilled.hide())
        if client is not None:
            preset_client(self.picker, *client)
            self._client_chosen(client[0])

    def _add_held_fields(self, kind: ConsultationKind) -> None:
        """Topics, outcome, a follow-up date and the note (for its own profession only)."""
        self.kind = kind
        self.topics = TopicChecks(kind, self)
        self.form.add("topics", self.tr("To&pics:"), left_aligned(self.topics))
        self.outcome = vocabulary_combo(ConsultationOutcome, self, self.tr("Choose the outcome…"))
        self.form.add("outcome", self.tr("Ou&tcome:"), left_aligned(self.outcome))
        self.follow_up = self.form.add("follow_up_on", self.tr("F&ollow-up:"), FollowUpField(self))
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.note: QPlainTextEdit | None = None
        if self.ctx.can(NOTES[kind]):
            self.note = QPlainTextEdit(self)
            self.note.setTabChangesFocus(True)
            self.note.setPlaceholderText(
                self.tr("Only psychologists can read this note.")
                if kind == PSY
                else self.tr("Only lawyers can read this note.")
            )
            self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
            self.form.add("note", self.tr("&Note:"), self.note)

    def client_code(self) -> str:
        return picked_code(self.picker)

    def _client_chosen(self, client_id: int) -> None:
        self.ctx.call(
            consultations.last_used_defaults,
            client_id,
            self.kind.value,
            on_done=lambda found: self._defaults_arrived(client_id, found),
            on_error=lambda _error: None,  # no prefill; saving will say what is wrong
            owner=self,
        )

    def _defaults_arrived(self, client_id: int, found: ConsultationDefaults | None) -> None:
        if found is None or self.picker.client_id != client_id:
            self.prefilled.hide()
            return
        self.prefill(found)
        self.prefilled.show()

    def prefill(self, found: ConsultationDefaults) -> None:
        set_combo_code(self.format, found.format)
        if found.duration_min is not None:
            self.duration.setValue(found.duration_min)
        self.prefilled.setText(self.tr("Format and duration as at her last consultation."))

    def _client_missing(self) -> bool:
        if self.picker.client_id is not None:
            return False
        self.form.show_error_text(
            "client", self.tr("Type part of her name or code and choose her from the list.")
        )
        return True

    def _outcome_changed(self) -> None:
        if self.outcome.currentData() == ConsultationOutcome.FOLLOW_UP.value:
            self.follow_up.plan(self._held_on() + timedelta(days=7))

    def _held_on(self) -> date:
        return moment_of(self.starts_at).date()

    def _note_text(self) -> str | None:
        return self.note.toPlainText() if self.note is not None else None


class LogConsultationDialog(ConsultationForm):
    """Log a consultation that took place, in one go: the kind is the user's profession;
    choosing the client fills topics, format and duration from her last one. When she
    was booked near that time, the form offers to mark the booking held instead."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        client: tuple[int, str] | None = None,
        *,
        now: datetime | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Log a held consultation"))
        self.save_button.setText(self.tr("&Save consultation"))
        self._fixed_now = now
        self._start_touched = False
        self._own_start: datetime | None = None  # hers, while the booked one is shown
        self._add_client_fields(client, ending_now(self._now(), DEFAULT_DURATION))
        self.starts_at.edited.connect(self._start_edited)
        self.duration.valueChanged.connect(self._duration_changed)
        self.starts_at.show_end(self.duration.value(), self._now())
        self.slot = SlotOffer(ctx, self.kind, self)
        self.form.add_row("", self.slot)
        self.slot.toggled.connect(lambda _on: self._apply_slot())
        self.slot.found.connect(lambda _found: self._apply_slot())
        self.picker.client_chosen.connect(lambda _id: self._look_for_slot())
        self.picker.textEdited.connect(lambda _text: self._look_for_slot())
        self.first = QComboBox(self)
        self.first.addItem(self.tr("Work it out from her earlier consultations"), None)
        self.first.addItem(self.tr("First consultation"), True)
        self.first.addItem(self.tr("Repeat consultation"), False)
        self.form.add("is_first", self.tr("F&irst or repeat:"), left_aligned(self.first))
        self._add_held_fields(self.kind)
        if client is not None:
            self._look_for_slot()
        (self.topics if client is not None else self.picker).setFocus()
        self.fit(640)

    def _now(self) -> datetime:
        return self._fixed_now or datetime.now()

    def _start_edited(self) -> None:
        self._start_touched = True
        self.starts_at.show_end(self.duration.value(), self._now())
        self._look_for_slot()

    def _duration_changed(self, minutes: int) -> None:
        """Until she sets the start herself, it keeps the consultation ending now."""
        if not self._start_touched and self.slot.in_use() is None:
            self.starts_at.set_moment(ending_now(self._now(), minutes))
        self.starts_at.show_end(minutes, self._now())

    def _look_for_slot(self) -> None:
        self.slot.look(self.picker.client_id, self._own_start or moment_of(self.starts_at))

    def _apply_slot(self) -> None:
        """The booked start (fixed) and a length that has ended by now, or her own
        start back when she unticks the offer."""
        booked = self.slot.in_use()
        self.starts_at.setEnabled(booked is None)
        self.first.setEnabled(booked is None)  # worked out from her earlier ones
        if booked is not None:
            if self._own_start is None:
                self._own_start = moment_of(self.starts_at)
            self.starts_at.set_moment(booked.starts_at)
            minutes = minutes_until_now(booked.starts_at, booked.duration_min, self._now())
            self.duration.setValue(minutes or booked.duration_min or DEFAULT_DURATION)
        elif self._own_start is not None:
            own, self._own_start = self._own_start, None
            if self._start_touched:
                self.starts_at.set_moment(own)
            else:  # still ending now, with the length now in the form
                self.starts_at.set_moment(ending_now(self._now(), self.duration.value()))
        self.starts_at.show_end(self.duration.value(), self._now())

    def prefill(self, found: ConsultationDefaults) -> None:
        super().prefill(found)
        self.topics.set_chosen(found.topics)
        self.prefilled.setText(self.tr("Topics, format and duration as at her last consultation."))
        if self.slot.in_use() is not None:
            self._apply_slot()  # the booking's length, not last time's

    def submit(self) -> None:
        if self._client_missing():
            return
        booked = self.slot.in_use()
        if booked is not None:
            self.call(
                consultations.mark_held,
                booked.consultation_id,
                self.topics.chosen(),
                self.outcome.currentData(),
                self._note_text(),
                self.duration.value(),
                self.follow_up.value(),
            )
            return
        self.call(
            consultations.log_consultation,
            self.picker.client_id,
            self.kind.value,
            moment_of(self.starts_at),
            self.duration.value(),
            self.format.currentData(),
            self.topics.chosen(),
            self.outcome.currentData(),
            self._note_text(),
            self.follow_up.value(),
            self.first.currentData(),
        )
