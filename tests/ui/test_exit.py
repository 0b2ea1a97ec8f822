"""Ending the program in ways other than closing its window: a signal while the sign-in
window is up (SIGTERM from a service manager, Ctrl+C in a console), and the event loop
ending under a signed-in session (a Windows log-off or shutdown sends only
`aboutToQuit`). The program must end with 0, not a segfault, and the session must be
signed out with the window's state saved; the day's backup is made at sign-in, not at
closing, so it exists whichever way the day ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from shelter_app import audit, backups
from shelter_app.database import Database
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.instance_lock import InstanceLock
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.ui import test_session
from ui.app import OberihApp
from ui.window_state import UserSettings

# the session tests' fixtures: a closed database with a case worker, the window signed in
app_factory = test_session.app_factory
closed_db = test_session.closed_db
signed_in = test_session.signed_in


@pytest.fixture(autouse=True)
def backup_soon(monkeypatch):
    """The day's backup waits 20 s after sign-in so the first screen loads first."""
    monkeypatch.setattr(OberihApp, "backup_delay_ms", 0)


REPO = Path(__file__).resolve().parents[2]

# Runs the real launcher; prints one line when the sign-in window has been shown.
DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from ui.launcher import main
    from ui.sign_in import SignInWindow

    shown = SignInWindow.showEvent

    def show_event(self, event):
        shown(self, event)
        QTimer.singleShot(0, lambda: print("sign-in shown", flush=True))

    SignInWindow.showEvent = show_event
    sys.exit(main(sys.argv[1:]))
    """
)


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="Windows delivers no SIGTERM/SIGINT to a windowed process (log-off is "
    "aboutToQuit, tested below)",
)
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_at_the_sign_in_window_ends_with_0(closed_db: Path, sig: int) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, "--db", str(closed_db), "--lang", "en"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # blocks until the window is up (or the process died)
        assert line.strip() == b"sign-in shown", proc.stderr.read() if proc.stderr else b""
        proc.send_signal(sig)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err.decode(errors="replace")  # was -11 / 139: a segfault
    assert b"Traceback" not in err
    # the instance lock was released: the next start can open the database
    lock = InstanceLock(DatabasePaths.for_database(closed_db))
    lock.acquire()
    lock.release()


def test_the_days_backup_is_made_at_sign_in_without_closing(qtbot, signed_in, closed_db) -> None:
    controller = signed_in
    folder = DatabasePaths.for_database(closed_db).backup_dir
    qtbot.waitUntil(lambda: len(backups.list_backups(folder)) == 1, timeout=30_000)
    assert controller.main is not None and controller.main.isVisible()


def test_the_first_lock_makes_the_backup_if_none_exists(qtbot, signed_in, closed_db) -> None:
    controller = signed_in
    folder = DatabasePaths.for_database(closed_db).backup_dir
    qtbot.waitUntil(lambda: len(backups.list_backups(folder)) == 1, timeout=30_000)
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=15_000)
    for made in backups.list_backups(folder):
        made.unlink()  # e.g. the session began before midnight
    controller.locker.lock()
    qtbot.waitUntil(lambda: len(backups.list_backups(folder)) == 1, timeout=30_000)
    controller.locker.lock()  # already locked: nothing more
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=15_000)
    assert len(backups.list_backups(folder)) == 1


def test_log_off_saves_the_window_state_and_signs_out(qtbot, signed_in, closed_db) -> None:
    controller = signed_in
    key = f"{UserSettings(controller.ctx.user).group}/main_window/geometry"  # hers alone
    QSettings().remove(key)
    controller.about_to_quit()  # what QApplication.aboutToQuit calls at a log-off
    assert controller.worker.wait(30_000)
    assert controller.ctx is None
    assert QSettings().value(key) is not None
    db, admin = Database.sign_in(closed_db, ADMIN, ADMIN_PASSWORD)
    try:
        sessions = [e for e in audit.list_entries(db, admin) if e.action.startswith("session.")]
        # newest first: the administrator's sign-in now, then the case worker's sign-out
        assert [e.action for e in sessions[:2]] == ["session.signed_in", "session.signed_out"]
        assert sessions[1].role == "caseworker"
    finally:
        db.close()
