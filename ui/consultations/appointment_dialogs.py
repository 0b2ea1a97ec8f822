"""The forms about a booked appointment: book one, mark it held (what was discussed and
how it ended), and confirm a no-show or a cancellation. They share the fields and the
save-through-one-service behaviour of ui/consultations/log_dialog.py."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from shelter_app import consultations
from shelter_app.consultations import Appointment, ConsultationDefaults
from shelter_app.i18n import fill
from shelter_app.vocabulary import TOPICS, ConsultationKind, label

from ..context import AppContext
from ..display import datetime_text
from .log_dialog import (
    HINT_STYLE,
    ConsultationForm,
    ServiceDialog,
    bold_label,
    left_aligned,
    minutes_box,
    moment_of,
)
from .slot import minutes_until_now


class ScheduleDialog(ConsultationForm):
    """Book an appointment with the user herself. A clash with another of her bookings
    is refused by the service and shown under the date and time."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        client: tuple[int, str] | None = None,
        *,
        now: datetime | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Schedule an appointment"))
        self.save_button.setText(self.tr("&Book appointment"))
        hint = QLabel(self.tr("The appointment is booked with you and appears in your day."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.layout_.insertWidget(0, hint)
        next_hour = (now or datetime.now()).replace(minute=0, second=0, microsecond=0)
        self._add_client_fields(client, next_hour + timedelta(hours=1))
        self.duration.valueChanged.connect(lambda m: self.starts_at.show_end(m, None))
        self.starts_at.show_end(self.duration.value(), None)
        (self.starts_at if client is not None else self.picker).setFocus()
        self.fit(560)

    def submit(self) -> None:
        if self._client_missing():
            return
        self.call(
            consultations.schedule_appointment,
            self.picker.client_id,
            self.kind.value,
            moment_of(self.starts_at),
            self.duration.value(),
            self.format.currentData(),
        )


class MarkHeldDialog(ConsultationForm):
    """A booked appointment took place: what was discussed and how it ended."""

    def __init__(
        self,
        ctx: AppContext,
        appointment: Appointment,
        parent: QWidget | None = None,
        *,
        now: datetime | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Mark the appointment held"))
        self.save_button.setText(self.tr("&Save as held"))
        self.appointment = appointment
        kind = ConsultationKind(appointment.kind)
        self.form.add_row(self.tr("Client:"), bold_label(appointment.client_code, self))
        self.form.add_row(
            self.tr("Booked for:"), QLabel(datetime_text(appointment.starts_at), self)
        )
        # held means ended: marked before its booked end, it lasted until now at most
        ended = minutes_until_now(
            appointment.starts_at, appointment.duration_min, now or datetime.now()
        )
        self.duration = minutes_box(self, ended or appointment.duration_min)
        self.form.add("duration_min", self.tr("D&uration:"), left_aligned(self.duration))
        self._add_held_fields(kind)
        self.last_topics: tuple[str, ...] = ()
        self.same_topics = QPushButton(self.tr("Tick the topics of &last time"), self)
        self.same_topics.setToolTip(
            self.tr("Nothing is ticked for you: tick what was discussed this time.")
        )
        self.same_topics.hide()
        self.same_topics.clicked.connect(lambda: self.topics.set_chosen(self.last_topics))
        self.form.add_row("", left_aligned(self.same_topics))
        self.ctx.call(
            consultations.last_used_defaults,
            appointment.client_id,
            kind.value,
            on_done=self._topics_arrived,
            on_error=lambda _error: None,
            owner=self,
        )
        self.topics.setFocus()
        self.fit(620)

    def _held_on(self) -> date:
        return self.appointment.starts_at.date()

    def _topics_arrived(self, found: ConsultationDefaults | None) -> None:
        """Last time's topics are offered, never ticked without her seeing it."""
        if found is not None and found.topics:
            self.last_topics = tuple(found.topics)
            names = ", ".join(label(t) for t in TOPICS[self.kind] if t.value in found.topics)
            self.same_topics.setToolTip(
                fill(self.tr("Last time: %1. Nothing is ticked for you."), names)
            )
            self.same_topics.show()

    def submit(self) -> None:
        self.call(
            consultations.mark_held,
            self.appointment.consultation_id,
            self.topics.chosen(),
            self.outcome.currentData(),
            self._note_text(),
            self.duration.value(),
            self.follow_up.value(),
        )


class AppointmentActionDialog(ServiceDialog):
    """Confirm a no-show or a cancellation; a refusal (not begun yet, no longer booked)
    is shown in the dialog."""

    NO_SHOW, CANCEL = "no_show", "cancel"

    def __init__(
        self, ctx: AppContext, appointment: Appointment, action: str, parent: QWidget | None = None
    ):
        super().__init__(ctx, parent)
        if action == self.NO_SHOW:
            self.setWindowTitle(self.tr("She did not come"))
            self.save_button.setText(self.tr("&Mark no-show"))
            question = self.tr(
                "Record that she did not come to this appointment? It stays in her history "
                "as a no-show."
            )
        else:
            self.setWindowTitle(self.tr("Cancel the appointment"))
            self.save_button.setText(self.tr("&Cancel appointment"))
            question = self.tr(
                "Cancel this appointment? The time becomes free again; the cancellation "
                "stays in her history."
            )
        self.close_button.setText(self.tr("&Keep the appointment"))
        self.appointment = appointment
        self.action = action
        text = QLabel(question, self)
        text.setWordWrap(True)
        self.layout_.insertWidget(0, text)
        self.form.add_row(self.tr("Client:"), bold_label(appointment.client_code, self))
        self.form.add_row(
            self.tr("Booked for:"), QLabel(datetime_text(appointment.starts_at), self)
        )
        self.save_button.setFocus()
        self.fit(460)

    def submit(self) -> None:
        service = (
            consultations.mark_no_show if self.action == self.NO_SHOW else consultations.cancel
        )
        self.call(service, self.appointment.consultation_id)
