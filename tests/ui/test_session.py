"""A working day's frame, driven through the real windows: first start, signing in (and
failing), the lock, quick exit, signing out, closing with the daily backup, a damaged
database, and the demo."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from shelter_app import accounts, backups
from shelter_app.database import Database
from shelter_app.storage.files import DatabasePaths
from tests.conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD
from tests.ui.conftest import type_text
from ui import app as app_module
from ui.app import OberihApp
from ui.password_dialog import ChangePasswordDialog


@pytest.fixture
def app_factory(qtbot):
    made: list[OberihApp] = []

    def make(db_path: Path, **kwargs) -> OberihApp:
        controller = OberihApp(db_path, **kwargs)
        made.append(controller)
        controller.start()
        return controller

    yield make
    for controller in made:
        if controller.ctx is not None:
            controller._end_session(lambda: None)
        controller.worker.wait()
        for w in QApplication.topLevelWidgets():
            w.close()


@pytest.fixture
def closed_db(tmp_path) -> Path:
    """A database with the administrator and a case worker, closed again (the window
    opens it itself)."""
    path = tmp_path / "data" / "oberih.db"
    db, admin, _code = Database.initialise(path, ADMIN, ADMIN_PASSWORD, "Адміністраторка")
    accounts.create_account(db, admin, "olena", "Олена Case", "caseworker", STAFF_PASSWORD)
    db.close()
    return path


def sign_in(qtbot, controller: OberihApp, username: str, password: str) -> None:
    window = controller.sign_in_window
    window.username.clear()
    qtbot.keyClicks(window.username, username)
    window.password.clear()
    qtbot.keyClicks(window.password, password)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)


def test_first_start_creates_the_database_and_shows_the_recovery_code_once(
    qtbot, tmp_path, app_factory, screenshot, language
):
    db_path = tmp_path / "new" / "oberih.db"
    controller = app_factory(db_path)
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    page = wizard.account_page
    type_text(page.display_name, "Оксана Адміністраторка")
    qtbot.keyClicks(page.password, "Kalyna-2026-spring")
    qtbot.keyClicks(page.repeat, "Kalyna-2026-sprinG")
    screenshot(wizard, "first_run_account")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert "differ" in page.form.error_text("repeat") or "відрізняються" in page.form.error_text(
        "repeat"
    )
    assert not db_path.exists()

    page.repeat.clear()
    qtbot.keyClicks(page.repeat, "Kalyna-2026-spring")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == 1, timeout=15_000)
    code = wizard.code_page.code_label.text()
    assert re.fullmatch(r"([0-9A-Z]{5}-){5}[0-9A-Z]{5}", code)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # not before she confirms it is written down
    screenshot(wizard, "first_run_recovery_code")
    wizard.code_page.written.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: controller.main is not None and controller.main.isVisible())
    assert wizard.code_page.code_label.text() == ""  # the code is not kept on screen
    assert controller.ctx.user.username == "admin"
    assert db_path.exists() and DatabasePaths.for_database(db_path).key_file.exists()
    assert code.encode() not in db_path.read_bytes()
    # the code really opens the database
    controller._end_session(lambda: None)
    controller.worker.wait()
    db, user = Database.sign_in_with_recovery(db_path, code, "admin", "Another-pass-2026")
    assert user.username == "admin"
    db.close()


def test_wrong_password_is_refused_then_the_right_one_opens_the_main_window(
    qtbot, closed_db, app_factory, screenshot, language
):
    controller = app_factory(closed_db)
    window = controller.sign_in_window
    screenshot(window, "sign_in")
    sign_in(qtbot, controller, "olena", "not-her-password")
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=15_000)
    assert (
        window.error.text()
        == window.tr("Wrong username or password, or the account is deactivated.")
        or "пароль" in window.error.text()
    )
    assert window.password.text() == ""
    screenshot(window, "sign_in_failed")

    sign_in(qtbot, controller, "olena", STAFF_PASSWORD)
    qtbot.waitUntil(
        lambda: controller.main is not None and controller.main.isVisible(), timeout=15_000
    )
    main = controller.main
    assert main.windowTitle() in ("Oberih", "Оберіг")
    assert controller.ctx.user.username == "olena"
    assert "Олена Case" in main.user_label.text()
    screenshot(main, "main_window_case_worker")


def test_repeated_failures_show_a_countdown_and_block_the_button(qtbot, closed_db, app_factory):
    controller = app_factory(closed_db)
    window = controller.sign_in_window
    for _ in range(4):
        qtbot.waitUntil(lambda: window.sign_in_button.isEnabled(), timeout=15_000)
        sign_in(qtbot, controller, "olena", "wrong-password-x")
        qtbot.waitUntil(lambda: not controller.worker.busy, timeout=15_000)
    qtbot.waitUntil(lambda: window.countdown.running, timeout=15_000)
    assert not window.sign_in_button.isEnabled()
    assert re.search(r"\d", window.wait_label.text())
    # while it counts down, Enter does nothing
    window.password.setText(STAFF_PASSWORD)
    window.submit()
    assert controller.main is None
    qtbot.waitUntil(lambda: window.sign_in_button.isEnabled(), timeout=20_000)
    window.submit()
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=15_000)
    assert controller.main is not None, (window.error.text(), window.wait_label.text())


@pytest.fixture
def signed_in(qtbot, closed_db, app_factory):
    controller = app_factory(closed_db)
    sign_in(qtbot, controller, "olena", STAFF_PASSWORD)
    qtbot.waitUntil(
        lambda: controller.main is not None and controller.main.isVisible(), timeout=15_000
    )
    return controller


def test_lock_hides_every_window_and_keeps_unsaved_input(qtbot, language, signed_in, screenshot):
    controller = signed_in
    main = controller.main
    dialog = ChangePasswordDialog(controller.ctx, main)
    dialog.open()
    qtbot.keyClicks(dialog.old, "half-typed")
    qtbot.keyClick(dialog.old, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    lock = controller.locker.window
    qtbot.waitUntil(lambda: lock.isVisible())
    assert not main.isVisible() and not dialog.isVisible()
    screenshot(lock, "lock_window")

    qtbot.keyClicks(lock.password, "wrong-one-here")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lock.error.isVisible(), timeout=15_000)
    assert not main.isVisible()

    qtbot.keyClicks(lock.password, STAFF_PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.isVisible() and dialog.isVisible(), timeout=15_000)
    assert not lock.isVisible()
    assert dialog.old.text() == "half-typed"


def test_the_app_locks_itself_after_the_idle_time(qtbot, signed_in):
    locker = signed_in.locker
    assert locker.idle_ms == 5 * 60_000  # the default the administrator can change
    locker.idle_ms = 300  # minutes are the setting's unit; the test cannot wait five
    locker._timer.start(locker.idle_ms)
    qtbot.waitUntil(lambda: locker.locked, timeout=5_000)
    assert not signed_in.main.isVisible()


def test_quick_exit_hides_everything_at_once(qtbot, signed_in):
    main = signed_in.main
    qtbot.mouseClick(main.quick_exit_button, Qt.MouseButton.LeftButton)
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not w.isMinimized()]
    assert visible == []
    assert signed_in.locker.locked
    assert signed_in.locker.window.isMinimized()


def test_quick_exit_shortcut_works_from_anywhere(qtbot, signed_in):
    qtbot.keyClick(signed_in.main, Qt.Key.Key_F12)
    assert signed_in.locker.locked and not signed_in.main.isVisible()


def test_signing_out_from_the_lock_window_returns_to_sign_in(qtbot, signed_in):
    controller = signed_in
    controller.locker.lock()
    lock = controller.locker.window
    qtbot.mouseClick(lock.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.sign_in_window is not None, timeout=15_000)
    assert controller.sign_in_window.isVisible()
    assert controller.ctx is None


def test_closing_makes_the_daily_backup_and_signs_out(qtbot, signed_in, closed_db):
    controller = signed_in
    ended = []
    controller.finished.connect(ended.append)
    controller.main.close()
    qtbot.waitUntil(lambda: ended == [0], timeout=30_000)
    made = backups.list_backups(DatabasePaths.for_database(closed_db).backup_dir)
    assert len(made) == 1
    # the database was closed properly: it opens again
    db, _user = Database.sign_in(closed_db, "olena", STAFF_PASSWORD)
    db.close()


def test_a_damaged_database_is_named_with_the_newest_good_backup(
    qtbot, closed_db, app_factory, screenshot, language
):
    db, admin = Database.sign_in(closed_db, ADMIN, ADMIN_PASSWORD)
    backup = backups.make_backup(
        db, admin, DatabasePaths.for_database(closed_db).backup_dir / "manual.oberih-backup"
    )
    db.close()
    data = closed_db.read_bytes()
    damaged = data[: len(data) // 2]
    closed_db.write_bytes(damaged)
    controller = app_factory(closed_db)
    sign_in(qtbot, controller, "olena", STAFF_PASSWORD)
    window = controller.sign_in_window
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=15_000)
    assert str(backup.path) in window.error.text()
    assert closed_db.read_bytes() == damaged  # left exactly as it was, for recovery
    screenshot(window, "sign_in_damaged")


def test_demo_opens_sign_in_with_the_demo_accounts(
    qtbot, tmp_path, app_factory, monkeypatch, screenshot, language
):
    monkeypatch.setattr(app_module, "DEMO_CLIENTS", 40)
    controller = app_factory(tmp_path / "demo.db", demo_mode=True)
    qtbot.waitUntil(lambda: controller.sign_in_window is not None, timeout=60_000)
    window = controller.sign_in_window
    screenshot(window, "sign_in_demo")
    assert controller.demo_accounts == (
        "admin",
        "head",
        "caseworker",
        "psychologist",
        "lawyer",
        "trainer",
        "operator",
        "coordinator",
    )
    button = next(
        b for b in window.findChildren(type(window.sign_in_button)) if b.text() == "psychologist"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=15_000)
    assert controller.ctx.user.role.value == "psychologist"
    assert controller.ctx.demo


@pytest.mark.slow
def test_shelter_app_demo_starts_and_stays_up(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.launcher", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        time.sleep(15)
        assert proc.poll() is None, proc.stderr.read().decode()
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=30)
    assert b"Traceback" not in err
    assert b"Unexpected" not in err  # a build stopped by the closing is no fault
    # terminated like a logout would: the demo folder (synthetic data) is removed
    assert not list(tmp_path.glob("oberih-demo-*"))


def test_an_unexpected_error_is_logged_without_its_message(qtbot, caplog, monkeypatch):
    import logging
    import sys as _sys

    monkeypatch.setattr(_sys, "excepthook", _sys.excepthook)
    app_module.install_exception_hook()
    try:
        raise ValueError("Ярина Коваленко +380501234567")
    except ValueError as exc:
        with caplog.at_level(logging.ERROR):
            _sys.excepthook(type(exc), exc, exc.__traceback__)
    text = caplog.text
    assert "ValueError" in text and "test_session.py" in text
    assert "Ярина" not in text and "380501234567" not in text
    boxes = [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w.inherits("QMessageBox")
    ]
    assert boxes
    for box in boxes:
        box.close()


def test_printing_the_recovery_code_opens_the_print_dialog(qtbot):
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QWidget

    from ui.dialogs import print_recovery_code

    parent = QWidget()
    qtbot.addWidget(parent)
    print_recovery_code(parent, "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567")
    dialogs = parent.findChildren(QPrintDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].reject()


# --- the clipboard leaves with the session ------------------------------------------------


def _copy_in_oberih(controller, text: str) -> None:
    """A worker copies a phone number from a field of the main window (Ctrl+C)."""
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit(controller.main)  # any field of it: a card's phone, say
    field.show()
    controller.main.activateWindow()
    field.setFocus()
    field.setText(text)
    field.selectAll()
    field.copy()
    QApplication.processEvents()
    assert QApplication.clipboard().text() == text


PHONE = "+380501234567 Ґонта"


def test_what_was_copied_in_oberih_is_cleared_on_lock(qtbot, signed_in):
    """Before, a copied name or phone number stayed on the clipboard through the lock
    and sign-out, for the next person at the computer."""
    _copy_in_oberih(signed_in, PHONE)
    qtbot.keyClick(signed_in.main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert signed_in.locker.locked
    assert QApplication.clipboard().text() == ""


def test_what_was_copied_in_oberih_is_cleared_on_idle_lock(qtbot, signed_in):
    _copy_in_oberih(signed_in, PHONE)
    locker = signed_in.locker
    locker.idle_ms = 300
    locker._timer.start(locker.idle_ms)
    qtbot.waitUntil(lambda: locker.locked, timeout=5_000)
    assert QApplication.clipboard().text() == ""


def test_what_was_copied_in_oberih_is_cleared_on_sign_out(qtbot, signed_in):
    _copy_in_oberih(signed_in, PHONE)
    signed_in.sign_out()
    qtbot.waitUntil(lambda: signed_in.sign_in_window is not None, timeout=15_000)
    assert QApplication.clipboard().text() == ""


def test_what_was_copied_elsewhere_afterwards_is_left_alone(qtbot, signed_in, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    _copy_in_oberih(signed_in, PHONE)
    # another program copies while Oberih has no focus (and does not own the clipboard)
    monkeypatch.setattr(QGuiApplication, "focusWindow", staticmethod(lambda: None))
    QApplication.clipboard().setText("a recipe for borshch")
    QApplication.processEvents()
    monkeypatch.undo()
    signed_in.locker.lock()
    assert QApplication.clipboard().text() == "a recipe for borshch"
