"""Fault dialogs (issue 18): each storage fault has its own words, a full disk never
reads like damage, and a save whose follow-up failed is shown as saved."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from shelter_app import accounts, audit_chain
from shelter_app.errors import (
    AfterCommitProblem,
    DatabaseBusy,
    DatabaseDamaged,
    DiskFull,
    StorageAccessDenied,
    StorageIOError,
    StorageReadOnly,
)
from ui.fault_dialog import fault_box, fault_kind
from ui.sign_in import DamageFound
from ui.worker import Worker

FAULTS = {
    "disk_full": DiskFull(),
    "read_only": StorageReadOnly(),
    "access_denied": StorageAccessDenied(),
    "io_error": StorageIOError(),
    "busy": DatabaseBusy(),
    "damaged": DamageFound(DatabaseDamaged(), "The newest good backup is X."),
    "saved_with_warning": AfterCommitProblem("audit_head", DiskFull()),
}


@pytest.mark.parametrize("kind", list(FAULTS))
def test_each_fault_kind_has_its_own_dialog(qapp, language, screenshot, kind):
    error = FAULTS[kind]
    assert fault_kind(error) == kind
    box = fault_box(error)
    box.show()
    assert box.text() == error.user_message() and box.informativeText()
    titles = {fault_box(e).windowTitle() for e in FAULTS.values()}
    assert len(titles) == len(FAULTS)  # told apart at a glance
    if kind in ("disk_full", "read_only", "access_denied"):
        # not damage: it says so and never sends her to a backup
        assert "backup" not in box.text().lower() or language == "uk"
    if kind == "saved_with_warning":
        assert box.icon() == QMessageBox.Icon.Information
    screenshot(box, f"18-fault-{kind}")
    box.close()


def test_ukrainian_words_for_a_full_disk(qapp, ukrainian):
    box = fault_box(DiskFull())
    assert box.windowTitle() == "Диск заповнений"
    assert "не пошкоджена" in box.informativeText()


def test_an_oserror_from_a_service_reaches_the_window_as_its_fault(qtbot, qapp):
    worker = Worker()
    errors = []

    def full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    worker.submit(full, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    worker.wait()
    assert isinstance(errors[0], DiskFull)


def test_a_save_whose_follow_up_failed_is_reported_saved_with_a_warning(
    qtbot, gui_ctx, idle, monkeypatch
):
    ctx = gui_ctx()
    warnings, done = [], []
    ctx.after_commit_warning.connect(warnings.append)

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(audit_chain, "atomic_write", full)
    ctx.call(
        accounts.create_account, "olena", "Olena", "lawyer", "Staff-pass-12", on_done=done.append
    )
    idle(ctx)
    assert len(done) == 1  # reported as saved
    assert len(warnings) == 1 and isinstance(warnings[0].fault, DiskFull)


def test_a_full_disk_at_sign_in_opens_its_dialog_not_a_damage_message(
    qtbot, opened, monkeypatch, language, screenshot
):
    from PySide6.QtCore import Qt

    import ui.sign_in as sign_in_module

    opened.db.close()

    def full(*_a, **_k):
        raise DiskFull()

    monkeypatch.setattr(sign_in_module, "open_database", full)
    worker = Worker()
    window = sign_in_module.SignInWindow(opened.path, worker)
    qtbot.addWidget(window)
    window.show()
    window.username.setText("admin")
    window.password.setText("whatever-it-is")
    qtbot.keyClick(window.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10_000)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert boxes[0].windowTitle() == fault_box(DiskFull()).windowTitle()
    assert window.error.text() == DiskFull().user_message()
    screenshot(window, "18-sign-in-disk-full")
    screenshot(boxes[0], "18-sign-in-disk-full-dialog")
    boxes[0].close()
    worker.wait()


def test_a_cut_off_restore_leads_to_sign_in_never_to_the_first_start_wizard(qtbot, tmp_path):
    from shelter_app.storage.files import DatabasePaths
    from ui.app import OberihApp

    paths = DatabasePaths.for_database(tmp_path / "data" / "oberih.db")
    paths.database.parent.mkdir(parents=True)
    # killed after the current files went aside, before the backup's took their place
    paths.restore_journal.write_text('{"phase": "placing", "aside": [], "staged": []}')
    controller = OberihApp(paths.database)
    kept.append(controller)  # outlives its windows (see test_session.app_factory)
    controller.start()
    try:
        assert controller.wizard is None and controller.sign_in_window is not None
    finally:
        controller.worker.wait()
        for w in QApplication.topLevelWidgets():
            w.close()


kept: list[object] = []
