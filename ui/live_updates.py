"""Other workstations' changes on this one's screen (issue 20): on a server database a
`other_desks.Listener` runs while she is signed in and unlocked, and what it hears is
broadcast through `AppContext.changed`, the same path a local save takes, so the board,
My day and every other view refresh as if the change had been made here.

The listener calls back on its own thread; the calls cross to the GUI thread as queued
signals. A burst of notices (a family admitted: the stay, the children, the waiting
list) becomes one refresh: notices are gathered for DEBOUNCE_MS after the first. While
the server cannot be heard, a small label in the status bar says so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from shelter_app import other_desks
from shelter_app.changes import NOTHING, Changes, Kind
from shelter_app.other_desks import LinkState, Listener
from shelter_app.settings import get_settings

from .context import AppContext

DEBOUNCE_MS = 200

# (on_changes, on_state) -> a listener not started yet; tests give their own
ListenerFactory = Callable[[Callable[[Changes], None], Callable[[LinkState], None]], Listener]


def server_listener(ctx: AppContext) -> ListenerFactory:
    """A listener on the signed-in server database that skips this workstation's own
    notices (they reached `ctx.changed` already)."""
    db = ctx.db

    def make(
        on_changes: Callable[[Changes], None], on_state: Callable[[LinkState], None]
    ) -> Listener:
        return other_desks.listener_for(db, on_changes, on_state)

    return make


class LiveStatus(QLabel):
    """Shown only while live updates are interrupted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("liveStatus")
        self.setStyleSheet("color: #8a6d00;")
        self.setVisible(False)

    def show_state(self, state: LinkState) -> None:
        lost = state is LinkState.LOST
        if lost:
            self.setText(self.tr("Updates from the server interrupted — reconnecting…"))
            self.setToolTip(
                self.tr(
                    "Changes made at other workstations may not be shown until the "
                    "connection is back. What you save here is not affected."
                )
            )
        self.setVisible(lost)


class LiveUpdates(QObject):
    """Runs a listener for one signed-in session and feeds `ctx.changed`."""

    # from the listener's thread; connected queued, so handled on the GUI thread
    _heard = Signal(object)  # Changes
    _link = Signal(object)  # LinkState
    state_changed = Signal(object)  # LinkState, on the GUI thread

    def __init__(
        self,
        ctx: AppContext,
        make_listener: ListenerFactory,
        parent: QObject | None = None,
        debounce_ms: int = DEBOUNCE_MS,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self._make = make_listener
        self._listener: Listener | None = None
        self._pending = NOTHING
        self._resync = False
        self._ended = False
        self.state = LinkState.STOPPED
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._flush)
        self._heard.connect(self._gather, Qt.ConnectionType.QueuedConnection)
        self._link.connect(self._link_changed, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._listener is not None

    def start(self, *, resync: bool = False) -> None:
        """Listen. `resync`: once listening, tell every view to reload (after a lock,
        whatever was sent meanwhile was not heard)."""
        if self._listener is not None or self._ended:
            return
        self._resync = resync
        self._listener = self._make(self._heard.emit, self._link.emit)
        self._listener.start()

    def stop(self) -> None:
        """Stop listening (within a second) and drop what was not yet passed on."""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()
        self._timer.stop()
        self._pending = NOTHING
        self._set_state(LinkState.STOPPED)

    def end(self) -> None:
        """The session is over: stop, and never start again (not even on a late
        "unlocked")."""
        self._ended = True
        self.stop()

    def locked_changed(self, locked: bool) -> None:
        if locked:
            self.stop()
        else:
            self.start(resync=True)

    # --- on the GUI thread -------------------------------------------------------------

    def _gather(self, changes: Changes) -> None:
        if self._listener is None:  # queued before stop(): too late
            return
        self._pending = self._pending | changes
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        changes, self._pending = self._pending, NOTHING
        if changes and self._listener is not None:
            if changes.touches(Kind.SETTINGS):
                self._reload_settings()
            self.ctx.changed.emit(changes)

    def _reload_settings(self) -> None:
        """The administrator changed the centre's settings at her desk: this desk takes
        them on too (the idle lock, the stay limits, what lists show), as hers did. If
        they cannot be read now, the next notice, or the next sign-in, reads them."""
        self.ctx.call(
            get_settings, on_done=self.ctx.set_settings, on_error=lambda _error: None, owner=self
        )

    def _link_changed(self, state: LinkState) -> None:
        if self._listener is None:
            return
        self._set_state(state)
        if state is LinkState.LIVE and self._resync:
            self._resync = False
            self._gather(other_desks.EVERYTHING)

    def _set_state(self, state: LinkState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)


def attach(ctx: AppContext, window: QMainWindow) -> LiveUpdates | None:
    """Live updates for a session on a server database (None on a local file), with
    their indicator in the window's status bar. The caller starts and stops them."""
    if not other_desks.on_server(ctx.db):
        return None
    updates = LiveUpdates(ctx, server_listener(ctx), window)
    status = LiveStatus(window)
    window.statusBar().addPermanentWidget(status)
    updates.state_changed.connect(status.show_state)
    return updates
