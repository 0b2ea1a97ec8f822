"""The slot a logged consultation belongs to: when the specialist logs a consultation
and she had booked this client near that time, the form offers to mark the booking held
instead of making a second record beside it (one held at 10:10, one still "booked" at
10:00 in her day and in the counts).

Also the duration a booked consultation gets when it is marked held before its booked
end: a held consultation has ended, so it lasted at most until now."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from shelter_app import consultations
from shelter_app.consultations import MIN_DURATION, Appointment
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.vocabulary import ConsultationKind

from ..context import AppContext
from ..display import datetime_text


def minutes_until_now(starts: datetime, booked: int | None, now: datetime) -> int | None:
    """The booked length, or what has passed since the start (down to 5 minutes) when
    that is shorter; None while too little has passed for a consultation at all."""
    passed = (now - starts) // timedelta(minutes=5) * 5
    if passed < MIN_DURATION:
        return None
    return min(booked, passed) if booked else passed


class SlotOffer(QCheckBox):
    """ "Record it as her booked appointment at 10:00": shown, and ticked, when such a
    booking exists; she sees what is chosen and can untick it."""

    found = Signal(object)  # the Appointment offered, or None

    def __init__(self, ctx: AppContext, kind: ConsultationKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.appointment: Appointment | None = None
        self._asked = 0  # only the answer to the latest question counts
        self.setToolTip(
            self.tr(
                "The booking is marked held with what you fill in here, so that her "
                "record has one consultation, not a held one and a booked one."
            )
        )
        self.hide()

    def look(self, client_id: int | None, around: datetime) -> None:
        """Ask for her booking nearest to `around` (the start being logged)."""
        self._asked += 1
        asked = self._asked
        if client_id is None:
            self._show(None)
            return
        self.ctx.call(
            consultations.booked_slot,
            client_id,
            self.kind.value,
            around,
            on_done=lambda found: self._answer(asked, found),
            on_error=lambda _error: self._answer(asked, None),
            owner=self,
        )

    def in_use(self) -> Appointment | None:
        return self.appointment if not self.isHidden() and self.isChecked() else None

    def _answer(self, asked: int, found: Appointment | OberihError | None) -> None:
        if asked == self._asked:
            self._show(found if isinstance(found, Appointment) else None)

    def _show(self, found: Appointment | None) -> None:
        before = self.appointment
        same = (found is None and before is None) or (
            found is not None
            and before is not None
            and found.consultation_id == before.consultation_id
        )
        self.appointment = found
        if same:
            return  # nothing new: what she set in the form stays
        if found is None:
            self.setChecked(False)
            self.hide()
        else:
            self.setText(
                fill(
                    self.tr("Record it as her &booked appointment of %1 (no second record)"),
                    datetime_text(found.starts_at),
                )
            )
            self.setChecked(True)
            self.show()
        self.found.emit(found)
