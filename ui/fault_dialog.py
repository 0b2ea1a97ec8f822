"""One dialog per kind of fault, so that a full disk never reads like damage.

A worker told "the database is damaged" may restore a day-old backup over a good file.
So each storage fault gets its own title, icon and what-to-do text, and only real damage
(a failed page check or HMAC) mentions backups. A save whose follow-up step failed is
shown as saved, with a warning."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from shelter_app.errors import (
    AfterCommitProblem,
    DatabaseBusy,
    DatabaseDamaged,
    DiskFull,
    KeyFileDamaged,
    KeyFileMissing,
    NotADatabase,
    OberihError,
    StorageAccessDenied,
    StorageIOError,
    StorageReadOnly,
)


def fault_kind(error: OberihError) -> str:
    """The kind of fault, for choosing the words (damage hints wrap their cause)."""
    cause = getattr(error, "cause", error)
    for kind, types in (
        ("saved_with_warning", (AfterCommitProblem,)),
        ("disk_full", (DiskFull,)),
        ("read_only", (StorageReadOnly,)),
        ("access_denied", (StorageAccessDenied,)),
        ("io_error", (StorageIOError,)),
        ("busy", (DatabaseBusy,)),
        ("damaged", (DatabaseDamaged, NotADatabase, KeyFileDamaged, KeyFileMissing)),
    ):
        if isinstance(cause, types):
            return kind
    return "other"


def _words(kind: str) -> tuple[str, str, QMessageBox.Icon]:
    """Title, what to do, icon (untranslated: fault_box translates them)."""
    warning, critical = QMessageBox.Icon.Warning, QMessageBox.Icon.Critical
    return {
        "saved_with_warning": (
            QT_TRANSLATE_NOOP("fault_dialog", "Saved, with a warning"),
            QT_TRANSLATE_NOOP(
                "fault_dialog",
                "Nothing needs to be entered again. Oberih repeats the step at the next start.",
            ),
            QMessageBox.Icon.Information,
        ),
        "disk_full": (
            QT_TRANSLATE_NOOP("fault_dialog", "The drive is full"),
            QT_TRANSLATE_NOOP(
                "fault_dialog",
                "The database is not damaged: do not restore a backup. Delete or move files "
                "you do not need (old downloads, the recycle bin), then try again.",
            ),
            warning,
        ),
        "read_only": (
            QT_TRANSLATE_NOOP("fault_dialog", "The drive is read-only"),
            QT_TRANSLATE_NOOP(
                "fault_dialog",
                "The database is not damaged: do not restore a backup. The folder is on a "
                "drive that cannot be written (a write-protected USB stick, or a drive "
                "the computer set to read-only after an error). Ask your administrator.",
            ),
            warning,
        ),
        "access_denied": (
            QT_TRANSLATE_NOOP("fault_dialog", "No access to the database folder"),
            QT_TRANSLATE_NOOP(
                "fault_dialog",
                "The database is not damaged: do not restore a backup. This computer "
                "account may not write to the folder; ask your administrator to give it "
                "access.",
            ),
            warning,
        ),
        "io_error": (
            QT_TRANSLATE_NOOP("fault_dialog", "The drive reported an error"),
            QT_TRANSLATE_NOOP(
                "fault_dialog",
                "Close Oberih and check the drive (its cable, or a disk check), then try "
                "again. If it happens again, make a backup to another drive at once.",
            ),
            critical,
        ),
        "busy": (
            QT_TRANSLATE_NOOP("fault_dialog", "The database is busy"),
            QT_TRANSLATE_NOOP(
                "fault_dialog", "Another program is using it. Wait a moment and try again."
            ),
            warning,
        ),
        "damaged": (
            QT_TRANSLATE_NOOP("fault_dialog", "The database or its key file is damaged"),
            QT_TRANSLATE_NOOP(
                "fault_dialog",
                "Ask your administrator to run the integrity check before anything else. "
                "Restore a backup only if the check confirms the damage.",
            ),
            critical,
        ),
    }.get(kind, (QT_TRANSLATE_NOOP("fault_dialog", "Oberih"), "", warning))


def fault_box(error: OberihError, parent: QWidget | None = None) -> QMessageBox:
    """A message box for `error`, worded by its kind. The caller opens it."""
    title, advice, icon = _words(fault_kind(error))
    box = QMessageBox(
        icon,
        QCoreApplication.translate("fault_dialog", title),
        error.user_message(),
        parent=parent,
    )
    if advice:
        box.setInformativeText(QCoreApplication.translate("fault_dialog", advice))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def show_fault(error: OberihError, parent: QWidget | None = None) -> QMessageBox:
    box = fault_box(error, parent)
    box.open()
    return box
