"""Fault dialogs (issue 18): each storage fault has its own words, a full disk never
reads like damage, and a save whose follow-up failed is shown as saved."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QMessageBox

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
