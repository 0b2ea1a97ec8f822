"""Starting the application and the life of a session: first run or sign-in, the main
window, lock and quick exit, signing out, restoring a backup, and closing (with the
day's automatic backup)."""

from __future__ import annotations

import argparse
import contextlib
import shutil
import signal
import sys
import tempfile
import threading
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from shelter_app import backups, clients, demo
from shelter_app.database import ServerAddress, Target
from shelter_app.errors import DatabaseInUse, NotOnServer, OberihError
from shelter_app.i18n import chosen_language, fill, install_translator
from shelter_app.local_files import InstanceLock, database_exists, instance_lock
from shelter_app.permissions import Role

from . import appearance, live_updates
from .clipboard_guard import ClipboardGuard
from .connection_settings import ConnectionChoice, saved_server_address
from .context import AppContext
from .fault_dialog import fault_box, show_fault
from .first_run import FirstRunWizard
from .lock import LockController
from .main_window import MainWindow
from .password_dialog import ChangePasswordDialog
from .sign_in import Opened, SignInWindow
from .worker import UnexpectedFailure, Worker, log_unexpected

ORGANISATION = "Oberih"
APPLICATION = "Oberih"
DEMO_PASSWORD = "demo-pass-2026"  # noqa: S105 (printed on the demo sign-in window)
DEMO_CLIENTS = 2000


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APPLICATION, ORGANISATION)) / "oberih.db"


def make_application(language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("")  # keep Qt from appending anything to window titles
    appearance.apply(app)
    if language is not None:
        install_translator(language)
    return app


def busy_dialog(text: str, parent: QWidget | None = None) -> QProgressDialog:
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(QApplication.translate("app", "Oberih"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


class OberihApp(QObject):
    """Owns the windows of one run. Emits `finished(exit_code)` when the program should
    end (the caller quits the event loop)."""

    finished = Signal(int)
    session_started = Signal(object)  # AppContext
    backup_delay_ms = 20_000  # from sign-in to the day's backup

    def __init__(
        self,
        target: Target,
        instance_lock: InstanceLock | None = None,
        *,
        demo_mode: bool = False,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        # where the database is, in one place: the local file's path or the server's
        # address (the connection settings dialog supplies a ServerAddress)
        self.target: Path | ServerAddress = (
            target if isinstance(target, ServerAddress) else Path(target)
        )
        # the file "This computer" means in the connection settings
        self.local_path = (
            default_database_path() if isinstance(self.target, ServerAddress) else self.target
        )
        self.instance_lock = instance_lock
        self.demo_mode = demo_mode
        self.demo_accounts: tuple[str, ...] = ()
        self.worker = Worker(self)
        self.sign_in_window: SignInWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.ctx: AppContext | None = None
        self.main: MainWindow | None = None
        self.locker: LockController | None = None
        # other workstations' changes, on a server database (ui/live_updates.py)
        self.live: live_updates.LiveUpdates | None = None
        # set when the program closes: long background work (the demo build) stops
        self.closing = threading.Event()
        self.progress: QProgressDialog | None = None
        # cleared on lock, idle lock and sign-out (ui/clipboard_guard.py)
        self.clipboard_guard = ClipboardGuard(self)

    @property
    def db_path(self) -> Path:
        """The local database file (restore, backups beside it); not on a server."""
        if isinstance(self.target, ServerAddress):
            raise NotOnServer()
        return self.target

    # --- start -------------------------------------------------------------------------

    def start(self) -> None:
        if self.demo_mode:
            self._build_demo()
            return
        # a server database is created with `shelter-app init --server URL` by the IT
        # officer; a workstation only signs in to it
        if isinstance(self.target, ServerAddress) or database_exists(self.target):
            self.show_sign_in()
        else:
            self.show_first_run()

    def show_first_run(self) -> None:
        self.wizard = FirstRunWizard(self.target, self.worker)
        self.wizard.created.connect(self._signed_in)
        self.wizard.rejected.connect(lambda: self.finished.emit(0))
        self.wizard.target_chosen.connect(self.use_connection)
        self.wizard.show()

    def show_sign_in(self, notice: str = "") -> None:
        window = SignInWindow(
            self.target,
            self.worker,
            demo_accounts=self.demo_accounts,
            demo_password=DEMO_PASSWORD if self.demo_accounts else "",
            notice=notice,
            can_change_target=not self.demo_mode,
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.signed_in.connect(self._signed_in)
        window.target_chosen.connect(self.use_connection)
        window.quick_exit.connect(window.showMinimized)
        window.destroyed.connect(self._sign_in_closed)
        self.sign_in_window = window
        window.show()

    def use_connection(self, choice: ConnectionChoice) -> None:
        """The connection settings were saved before anyone signed in: start again on the
        chosen store, taking or letting go of the local file's instance lock to match."""
        parent = self.sign_in_window or self.wizard
        try:
            target = choice.server_address() or self.local_path
        except OberihError as exc:
            show_fault(exc, parent)
            return
        if target == self.target or self.ctx is not None:
            return
        lock = None if isinstance(target, ServerAddress) else instance_lock(target)
        try:
            if lock is not None:
                lock.acquire()
        except DatabaseInUse as exc:
            show_fault(exc, parent)
            return
        if self.instance_lock is not None:
            self.instance_lock.release()
        self.instance_lock, self.target = lock, target
        window, self.sign_in_window = self.sign_in_window, None  # not "closed: quit"
        if window is not None:
            window.close()
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.rejected.disconnect()
            wizard.close()
            wizard.deleteLater()
        self.start()

    def _sign_in_closed(self) -> None:
        # Closing the sign-in window (not replacing it after a sign-in) ends the program.
        if self.sign_in_window is not None and self.ctx is None:
            self.sign_in_window = None
            self.finished.emit(0)

    def _build_demo(self) -> None:
        self.progress = busy_dialog(self.tr("Creating a demo database of synthetic clients…"), None)
        self.progress.setRange(0, 100)
        self.progress.show()

        def step(done: int, total: int) -> None:
            if self.progress is not None and total:
                self.progress.setValue(100 * done // total)

        self.worker.submit(
            demo.build_demo,
            self.db_path,
            DEMO_PASSWORD,
            DEMO_CLIENTS,
            stop=self.closing,
            on_done=self._demo_built,
            on_error=self._fatal,
            on_progress=step,
        )

    def _demo_built(self, summary: demo.DemoSummary) -> None:
        self._close_progress()
        self.demo_accounts = summary.usernames[: len(Role)]  # one per role
        self.show_sign_in()

    def _fatal(self, error: OberihError) -> None:
        if self.closing.is_set():  # the program is closing (a demo build stopped): no box
            return
        self._close_progress()
        fault_box(error).exec()
        self.finished.emit(error.exit_code or 1)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    # --- a signed-in session -----------------------------------------------------------

    def _signed_in(self, opened: Opened) -> None:
        ctx = AppContext(opened.db, opened.user, self.worker, opened.settings, demo=self.demo_mode)
        self.ctx = ctx
        # the worker's first job: open the names for search as you type while the window
        # comes up (a search typed before it ends waits for it; the list says so). A
        # failure here shows again, with its message, on her first search.
        ctx.call(clients.prepare_search, on_error=lambda _error: None)
        main = MainWindow(ctx)
        locker = LockController(ctx, self)
        self.main, self.locker = main, locker
        main.lock_requested.connect(locker.lock)
        main.quick_exit_requested.connect(locker.quick_exit)
        main.sign_out_requested.connect(self.sign_out)
        main.close_requested.connect(self.shutdown)
        main.change_password_requested.connect(self._change_password)
        locker.window.sign_out_requested.connect(self.sign_out)
        ctx.restore_requested.connect(self.restore)
        ctx.after_commit_warning.connect(lambda warning: show_fault(warning, main))
        locker.locked_changed.connect(self._locked_changed)
        self.live = live_updates.attach(ctx, main)
        if self.live is not None:
            locker.locked_changed.connect(self.live.locked_changed)
            self.live.start()
        main.show()
        if self.sign_in_window is not None:
            window, self.sign_in_window = self.sign_in_window, None
            window.close()
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None
        self.session_started.emit(ctx)
        # after the first screen has loaded: the backup occupies the one worker meanwhile
        QTimer.singleShot(self.backup_delay_ms, self._daily_backup)

    def _daily_backup(self) -> None:
        """The day's automatic backup, in the background, at sign-in and at each lock (a
        no-op once today's exists): it no longer waits for the window to be closed, which
        a shutdown or log-off never does. Not for the throwaway demo database."""
        ctx, main = self.ctx, self.main
        if ctx is None or main is None or self.demo_mode:
            return

        def failed(error: OberihError) -> None:
            if self.main is main:
                main.statusBar().showMessage(
                    fill(self.tr("The daily backup could not be made: %1"), error.user_message())
                )

        self.worker.submit(
            backups.auto_backup_if_due, ctx.db, ctx.user, on_done=None, on_error=failed
        )

    def _locked_changed(self, locked: bool) -> None:
        if locked:
            self.clipboard_guard.clear_ours()
            self._daily_backup()

    def about_to_quit(self) -> None:
        """The event loop is ending without the window being closed (a Windows log-off or
        shutdown, SIGTERM, Ctrl+C): save the window's state and sign out now — the
        worker is waited for before the program ends (a demo still being built stops at
        its next save)."""
        self.closing.set()
        if self.ctx is not None:
            self._end_session(lambda: None)

    def _change_password(self) -> None:
        if self.ctx is not None and self.main is not None:
            ChangePasswordDialog(self.ctx, self.main).open()

    def _end_session(self, then) -> None:
        """Close every window of the session (hidden forms included), sign out and close
        the database on the worker, then call `then()`."""
        ctx, main, locker = self.ctx, self.main, self.locker
        self.ctx = self.main = self.locker = None
        if self.live is not None:
            self.live.end()
            self.live = None
        self.clipboard_guard.clear_ours()
        if ctx is None:
            then()
            return
        if locker is not None:
            locker.stop()
        if main is not None:
            main.save_state()
        for w in QApplication.topLevelWidgets():
            if w is not main and w is not self.progress and w.isWindow():
                w.close()
        if main is not None:
            main.allow_close = True
            main.close()
            main.deleteLater()
        db, user = ctx.db, ctx.user

        def finish() -> None:
            with contextlib.suppress(OberihError):
                db.sign_out(user)
            db.close()

        self.worker.submit(finish, on_done=lambda _r: then(), on_error=lambda _e: then())

    def sign_out(self) -> None:
        self._end_session(self.show_sign_in)

    def shutdown(self) -> None:
        """Closing the main window: the day's automatic backup, then sign out and end."""
        ctx = self.ctx
        if ctx is None:
            self.finished.emit(0)
            return
        if self.demo_mode:
            self._end_session(lambda: self.finished.emit(0))
            return
        self.progress = busy_dialog(self.tr("Making the daily backup before closing…"), self.main)
        self.progress.show()
        self.worker.submit(
            backups.auto_backup_if_due,
            ctx.db,
            ctx.user,
            on_done=lambda _info: self._after_backup(None),
            on_error=self._after_backup,
        )

    def _after_backup(self, error: OberihError | None) -> None:
        self._close_progress()
        if error is not None:
            QMessageBox.warning(
                self.main,
                self.tr("Oberih"),
                fill(
                    self.tr(
                        "The daily backup could not be made: %1 Everything you saved is in the "
                        "database; make a backup from Administration when you can."
                    ),
                    error.user_message(),
                ),
            )
        self._end_session(lambda: self.finished.emit(0))

    # --- restore -----------------------------------------------------------------------

    def restore(self, backup: Path, opener: backups.Opener) -> None:
        self._end_session(lambda: self._restore_closed(Path(backup), opener))

    def _restore_closed(self, backup: Path, opener: backups.Opener) -> None:
        if isinstance(self.target, ServerAddress):
            self._restored(None, NotOnServer())
            return
        if self.instance_lock is not None:
            self.instance_lock.release()
        self.progress = busy_dialog(self.tr("Restoring the backup…"), None)
        self.progress.show()
        self.worker.submit(
            backups.restore_backup,
            backup,
            self.db_path,
            opener,
            on_done=self._restored,
            on_error=lambda e: self._restored(None, e),
        )

    def _restored(self, result, error: OberihError | None = None) -> None:
        self._close_progress()
        if self.instance_lock is not None:
            try:
                self.instance_lock.acquire()
            except DatabaseInUse as exc:
                self._fatal(exc)
                return
        if result is not None:
            for warning in result.warnings:
                show_fault(warning)
        if error is not None:
            notice = fill(self.tr("The backup was not restored: %1"), error.user_message())
        else:
            notice = self.tr(
                "The backup was restored and checked. The previous database is kept beside "
                "it under a dated name. Sign in again as an administrator and give the "
                "other staff new passwords."
            )
        self.show_sign_in(notice)


def install_exception_hook() -> None:
    """An unexpected error in a slot: log where it happened (never its message, which may
    hold client data), tell the user, keep running."""

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log_unexpected(exc.with_traceback(tb))
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QApplication.translate("app", "Oberih"),
            UnexpectedFailure().user_message(),
        )
        _shown_errors.append(box)  # parentless: keep it alive until she closes it
        box.finished.connect(lambda _r, b=box: _shown_errors.remove(b))
        box.open()

    sys.excepthook = hook


_shown_errors: list[QMessageBox] = []


def _quit_on_terminate(app: QApplication) -> None:
    """SIGTERM/SIGINT end the event loop normally, so the instance lock is released and a
    demo folder is removed. (Python runs signal handlers only between bytecodes, hence
    the idle timer that lets it in while Qt waits.)"""

    def stop(_signum, _frame) -> None:
        app.exit(0)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, stop)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def dispose_windows() -> None:
    """Close and delete every top-level window while the QApplication still exists.
    Left to Python's teardown, a live window (the sign-in window when SIGTERM or Ctrl+C
    ended the loop) is destroyed after the application object and the process
    segfaults (exit 139) instead of ending with 0."""
    for window in QApplication.topLevelWidgets():
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def run_gui(args: argparse.Namespace) -> int:
    app = make_application()
    install_exception_hook()
    preference = QSettings().value("language", "", type=str) or None
    install_translator(chosen_language(getattr(args, "lang", None), preference))
    demo_folder: Path | None = None
    target: Path | ServerAddress
    if getattr(args, "demo", False):
        demo_folder = Path(tempfile.mkdtemp(prefix="oberih-demo-"))
        target = demo_folder / "demo.db"
    elif isinstance(getattr(args, "gui_target", None), ServerAddress):
        target = args.gui_target  # checked by the launcher (ui/launcher.py)
    elif not args.gui_db and (saved := saved_server_address()) is not None:
        target = saved  # this computer account's connection settings
    else:
        target = Path(args.gui_db) if args.gui_db else default_database_path()
    # one window per local file; on a server every workstation works at once
    lock = None if isinstance(target, ServerAddress) else instance_lock(target)
    try:
        if lock is not None:
            lock.acquire()
    except DatabaseInUse as exc:
        QMessageBox.warning(None, app.translate("app", "Oberih"), exc.user_message())
        return exc.exit_code
    controller = OberihApp(target, lock, demo_mode=demo_folder is not None)
    controller.finished.connect(app.exit)
    app.aboutToQuit.connect(controller.about_to_quit)
    _quit_on_terminate(app)
    try:
        controller.start()
        return app.exec()
    finally:
        controller.closing.set()
        controller.worker.wait()
        dispose_windows()
        if controller.instance_lock is not None:  # the connection settings may change it
            controller.instance_lock.release()
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
