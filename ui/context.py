"""What every page needs once someone has signed in: the open database, who she is, the
background worker and the centre's settings. Pages call services through `call`, never
the database directly."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from shelter_app.changes import Changes, recording
from shelter_app.database import Database, SignedInUser
from shelter_app.errors import OberihError
from shelter_app.permissions import Permission, allowed
from shelter_app.settings import CentreSettings

from .worker import Job, Worker


class AppContext(QObject):
    settings_changed = Signal(object)  # CentreSettings
    # what a service run through `call` wrote (shelter_app.changes.Changes): every view
    # connects and reloads if `changes.touches(<the kinds it shows>)`
    changed = Signal(object)
    # ask the main window to show an area, e.g. navigate.emit("clients", client_id) opens
    # that client's card; the page's `navigate_to(argument)` receives the argument
    navigate = Signal(str, object)
    # the administrator chose a backup to restore: the app signs out, closes the database,
    # restores it (keeping the current files aside) and returns to the sign-in window
    # (with who opens it: an administrator's password or the recovery code, checked)
    restore_requested = Signal(object, object)  # Path of the backup file, backups.Opener
    # a save committed but its follow-up step did not (AfterCommitProblem): a warning
    after_commit_warning = Signal(object)

    def __init__(
        self,
        db: Database,
        user: SignedInUser,
        worker: Worker,
        settings: CentreSettings,
        *,
        demo: bool = False,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.user = user
        self.worker = worker
        self.settings = settings
        self.demo = demo

    def can(self, permission: Permission) -> bool:
        """For hiding what the role cannot use. The services enforce it regardless."""
        return allowed(self.user.role, permission)

    def call(
        self,
        service: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[OberihError], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        owner: QObject | None = None,
        **kwargs: Any,
    ) -> Job:
        """Run `service(db, user, *args, **kwargs)` on the worker. Errors without an
        `on_error` are shown by the main window. What the service committed is
        broadcast by `changed` after `on_done` (even if `owner` is gone by then).
        Warnings of after-commit work (the save did commit) are emitted as
        `after_commit_warning` after the call."""

        def done(outcome: tuple[Any, Changes]) -> None:
            for warning in self.db.take_warnings():
                self.after_commit_warning.emit(warning)
            if on_done is not None:
                on_done(outcome[0])

        return self.worker.submit(
            _recorded,
            service,
            self.db,
            self.user,
            *args,
            on_done=done,
            on_error=on_error,
            on_progress=on_progress,
            owner=owner,
            announce=self._announce,
            **kwargs,
        )

    def _announce(self, outcome: tuple[Any, Changes]) -> None:
        if outcome[1]:
            self.changed.emit(outcome[1])

    def set_settings(self, settings: CentreSettings) -> None:
        self.settings = settings
        self.settings_changed.emit(settings)


def _recorded(service: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, Changes]:
    """On the worker: the service's result and what it committed. A service may also
    return a `Changes` itself (a change outside the database)."""
    with recording() as recorder:
        result = service(*args, **kwargs)
    changes = recorder.changes
    if isinstance(result, Changes):
        changes = changes | result
    return result, changes
