"""The keys: rotate the data key after someone leaves or something goes missing, and
replace the printed recovery code."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_app import keys
from shelter_app.database import utcnow
from shelter_app.errors import OberihError
from shelter_app.i18n import fill

from ..context import AppContext
from ..dialogs import BusyDialog, print_recovery_code
from ..forms import error_label
from .common import (
    SUCCESS_STYLE,
    ConfirmDialog,
    TextDialog,
    explanation,
    local_time_text,
)


class RecoveryCodeDialog(TextDialog):
    """The new recovery code, shown once; closing needs the tick that it was kept."""

    def __init__(
        self,
        code: str,
        parent: QWidget,
        on_kept: Callable[[str], None] | None = None,
    ):
        super().__init__(parent)
        self._code = code
        self._on_kept = on_kept
        self.setWindowTitle(self.tr("New recovery code"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                self.tr(
                    "This is the new code; it is shown only now. The old printed code "
                    "keeps working until you tick below that this one is kept, then it "
                    "stops working."
                ),
                self,
            )
        )
        self.code_label = QLabel(code, self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet("padding: 12px; border: 1px dashed #888;")
        layout.addWidget(self.code_label)
        layout.addWidget(
            explanation(
                self.tr(
                    "Print it or write it on paper and keep it locked away from this "
                    "computer (not in a file, not in e-mail, not on the phone). Destroy the "
                    "old paper."
                ),
                self,
            )
        )
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self._print)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.written = QCheckBox(
            self.tr("I have &written down or printed the code and will keep it safe."), self
        )
        layout.addWidget(self.written)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setEnabled(False)
        self.written.toggled.connect(self.close_button.setEnabled)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def reject(self) -> None:
        if self.written.isChecked():
            if self._on_kept is not None and self._code:
                self._on_kept(self._code)  # phase two: only now the old code stops working
            self._code = ""
            self.code_label.clear()
            super().reject()

    def _print(self) -> None:
        print_recovery_code(self, self._code)


class KeysSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None
        self.busy: BusyDialog | None = None
        layout = QVBoxLayout(self)

        rotate = QGroupBox(self.tr("Rotate the data key"), self)
        rotate_layout = QVBoxLayout(rotate)
        rotate_layout.addWidget(
            explanation(
                self.tr(
                    "All records are encrypted with one data key, which each staff "
                    "password and the recovery code unlock. Rotating it re-encrypts the "
                    "database under a new key and re-seals it for the active accounts and "
                    "the recovery code."
                ),
                rotate,
            )
        )
        rotate_layout.addWidget(
            explanation(
                self.tr(
                    "Do it after a staff member leaves (deactivate her account first) or "
                    "when a computer, USB stick or backup goes missing: copies of the old "
                    "key file then open nothing. Passwords and the recovery code stay the "
                    "same. Backups made before the rotation still open with the passwords "
                    "of that time: make a new backup afterwards and destroy the old copies "
                    "you do not need."
                ),
                rotate,
            )
        )
        row = QHBoxLayout()
        self.rotate_button = QPushButton(self.tr("&Rotate the data key…"), rotate)
        row.addWidget(self.rotate_button)
        row.addStretch(1)
        rotate_layout.addLayout(row)
        self.rotate_result = explanation("", rotate)
        self.rotate_result.hide()
        rotate_layout.addWidget(self.rotate_result)
        self.rotate_error = error_label(rotate)
        rotate_layout.addWidget(self.rotate_error)
        layout.addWidget(rotate)

        recovery = QGroupBox(self.tr("Recovery code"), self)
        recovery_layout = QVBoxLayout(recovery)
        recovery_layout.addWidget(
            explanation(
                self.tr(
                    "The printed recovery code opens the records if the administrator's "
                    "password is lost. Replace it if the paper may have been seen or is "
                    "lost: the old code stops working at once."
                ),
                recovery,
            )
        )
        row = QHBoxLayout()
        self.recovery_button = QPushButton(self.tr("Replace the re&covery code…"), recovery)
        row.addWidget(self.recovery_button)
        row.addStretch(1)
        recovery_layout.addLayout(row)
        self.recovery_error = error_label(recovery)
        recovery_layout.addWidget(self.recovery_error)
        layout.addWidget(recovery)
        layout.addStretch(1)

        self.rotate_button.clicked.connect(self.ask_rotate)
        self.recovery_button.clicked.connect(self.ask_recovery)

    def activate(self) -> None:
        pass

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- rotation ----------------------------------------------------------------------

    def ask_rotate(self) -> QDialog:
        dialog = ConfirmDialog(
            self.tr("Rotate the data key"),
            self.tr(
                "Re-encrypt the whole database under a new data key now? It takes a "
                "moment; do not switch the computer off meanwhile."
            ),
            self.tr("&Rotate"),
            self,
        )
        dialog.confirmed.connect(lambda: self._rotate(dialog))
        return self._open(dialog)

    def _rotate(self, dialog: ConfirmDialog) -> None:
        dialog.accept()
        self.rotate_error.hide()
        self.rotate_result.hide()
        self.rotate_button.setEnabled(False)
        self.busy = BusyDialog(self.tr("Re-encrypting the database under a new key…"), self)
        self.busy.setWindowTitle(self.tr("Data key"))
        self.busy.open()
        self.ctx.call(
            keys.rotate_data_key, on_done=self._rotated, on_error=self._rotate_failed, owner=self
        )

    def _end_busy(self) -> None:
        self.rotate_button.setEnabled(True)
        if self.busy is not None:
            self.busy.close()
            self.busy.deleteLater()
            self.busy = None

    def _rotated(self, _result: object) -> None:
        self._end_busy()
        self.rotate_result.setStyleSheet(SUCCESS_STYLE)
        self.rotate_result.setText(
            fill(
                self.tr(
                    "The data key was rotated at %1. Old copies of the key file open nothing "
                    "now. Make a new backup."
                ),
                local_time_text(utcnow()),
            )
        )
        self.rotate_result.show()

    def _rotate_failed(self, error: OberihError) -> None:
        self._end_busy()
        self.rotate_error.setText(error.user_message())
        self.rotate_error.show()

    # --- recovery code -----------------------------------------------------------------

    def ask_recovery(self) -> QDialog:
        dialog = ConfirmDialog(
            self.tr("Replace the recovery code"),
            self.tr(
                "Make a new recovery code? It is shown only once: have paper or a printer "
                "ready. The printed one stops working when you confirm the new one is kept."
            ),
            self.tr("&Make a new code"),
            self,
        )
        dialog.confirmed.connect(lambda: self._replace_recovery(dialog))
        return self._open(dialog)

    def _replace_recovery(self, dialog: ConfirmDialog) -> None:
        self.recovery_error.hide()

        def kept(code: str) -> None:
            def failed(error: OberihError) -> None:
                self.recovery_error.setText(error.user_message())
                self.recovery_error.show()

            self.ctx.call(keys.confirm_recovery, code, on_error=failed, owner=self)

        def done(code: str) -> None:
            dialog.accept()
            self._open(RecoveryCodeDialog(code, self, kept))

        self.ctx.call(keys.new_recovery, on_done=done, on_error=dialog.show_error, owner=dialog)
