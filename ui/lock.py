"""Locking: after the idle time the administrator set, on Ctrl+L, and on quick exit.

A lock hides every window of the program (open forms keep their input, hidden, not
closed) and shows only the lock window; unlocking needs the password of the user who was
signed in. Quick exit does the same at once and minimises even the lock window, so that
nothing of the program is left on the screen."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_app.errors import LoginThrottled, OberihError
from shelter_app.i18n import fill
from shelter_app.permissions import role_label

from .context import AppContext
from .countdown import Countdown
from .forms import error_label
from .sign_in import heading

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockWindow(QWidget):
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Oberih"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        layout.addWidget(heading(self.tr("Oberih is locked"), 1.8, self))
        who = QLabel(
            fill(
                self.tr("Signed in: %1 (%2). Enter the password to continue."),
                ctx.user.display_name,
                role_label(ctx.user.role),
            ),
            self,
        )
        who.setWordWrap(True)
        who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(who)
        layout.addSpacing(12)
        self.password = QLineEdit(self)
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.submit)
        layout.addWidget(self.password)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.wait_label = error_label(self)
        layout.addWidget(self.wait_label)
        row = QHBoxLayout()
        self.sign_out_button = QPushButton(self.tr("Sign &out"), self)
        self.sign_out_button.setAutoDefault(False)
        self.sign_out_button.clicked.connect(self.sign_out_requested.emit)
        row.addWidget(self.sign_out_button)
        row.addStretch(1)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.countdown = Countdown(self.wait_label, [self.password, self.unlock_button], self)
        self.resize(480, 320)

    def reset(self) -> None:
        self.password.clear()
        self.error.hide()
        self.password.setFocus()

    def submit(self) -> None:
        if self.countdown.running or not self.unlock_button.isEnabled():
            return
        self.error.hide()
        self.unlock_button.setEnabled(False)
        self.ctx.worker.submit(
            self.ctx.db.verify_password,
            self.ctx.user,
            self.password.text(),
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, _result: object) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.unlocked.emit()

    def _failed(self, error: OberihError) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        if isinstance(error, LoginThrottled):
            self.countdown.start(error.seconds)
            return
        self.error.setText(error.user_message())
        self.error.show()
        self.password.setFocus()


class LockController(QObject):
    """Watches for activity, locks when idle, hides and restores the windows."""

    locked_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.window = LockWindow(ctx)
        self.window.unlocked.connect(self.unlock)
        self.locked = False
        self._hidden: list[QWidget] = []
        self._last_activity = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self._apply_settings(ctx.settings)
        ctx.settings_changed.connect(self._apply_settings)
        QApplication.instance().installEventFilter(self)

    def _apply_settings(self, settings) -> None:
        self.idle_ms = max(1, int(settings.idle_lock_minutes)) * 60_000
        if not self.locked:
            self._timer.start(self.idle_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+L and F12 work in every window, also under a modal form, where the main
        # window's own shortcuts are blocked.
        if event.type() == QEvent.Type.KeyPress:
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() == Qt.Key.Key_F12 and mods == Qt.KeyboardModifier.NoModifier:
                self.quick_exit()
                return True
            if (
                not self.locked
                and event.key() == Qt.Key.Key_L
                and mods == Qt.KeyboardModifier.ControlModifier
            ):
                self.lock()
                return True
        if not self.locked and event.type() in ACTIVITY:
            now = time.monotonic()
            if now - self._last_activity > 1.0:  # restarting a timer per mouse move is waste
                self._last_activity = now
                self._timer.start(self.idle_ms)
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self._timer.stop()
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not self.window and not w.isHidden()
        ]
        for w in self._hidden:
            w.hide()
        self.window.reset()
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.locked_changed.emit(True)

    def quick_exit(self) -> None:
        """Everything off the screen at once; the lock window waits minimised."""
        if not self.locked:
            self.lock()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        self.window.showMinimized()

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        self.window.hide()
        for w in self._hidden:
            w.show()
        if self._hidden:
            self._hidden[0].raise_()
            self._hidden[0].activateWindow()
        self._hidden = []
        self._timer.start(self.idle_ms)
        self.locked_changed.emit(False)

    def hidden_windows(self) -> list[QWidget]:
        return list(self._hidden)

    def stop(self) -> None:
        """Signing out: forget the hidden forms (they are closed by the app) and the filter."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()
        self._hidden = []
        self.locked = False
        self.window.hide()
        self.window.deleteLater()
