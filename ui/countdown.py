"""The growing delay after failed sign-ins, shown as a countdown instead of a frozen form."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from shelter_app.i18n import fill


class Countdown(QObject):
    """Disables `controls` for `seconds`, telling the user how long is left."""

    finished = Signal()

    def __init__(self, label: QLabel, controls: list[QWidget], parent: QObject | None = None):
        super().__init__(parent)
        self.label = label
        self.controls = controls
        self.remaining = 0
        self._deadline = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, seconds: int) -> None:
        # a deadline, not a count of ticks: timers may fire early, and the throttle
        # refuses an attempt made even a moment too soon
        self._deadline = time.monotonic() + max(1, int(seconds))
        self.remaining = max(1, int(seconds))
        for w in self.controls:
            w.setEnabled(False)
        self._show()
        self._timer.start()

    def _tick(self) -> None:
        self.remaining = math.ceil(self._deadline - time.monotonic())
        if self.remaining <= 0:
            self.stop()
            return
        self._show()

    def stop(self) -> None:
        self._timer.stop()
        self.remaining = 0
        for w in self.controls:
            w.setEnabled(True)
        self.label.hide()
        self.finished.emit()

    def _show(self) -> None:
        self.label.setText(
            fill(
                QCoreApplication.translate(
                    "countdown", "Too many failed attempts. You can try again in %1 s."
                ),
                str(self.remaining),
            )
        )
        self.label.show()
