"""Changing one's own password (the key slot is rewrapped; nobody else's changes)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from shelter_app import accounts
from shelter_app.errors import AuthenticationFailed, OberihError

from .context import AppContext
from .forms import ErrorForm


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Change my password"))
        layout = QVBoxLayout(self)
        self.form = ErrorForm(self)
        self.old = QLineEdit(self)
        self.new = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for w in (self.old, self.new, self.repeat):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add("old_password", self.tr("&Current password:"), self.old)
        self.form.add("password", self.tr("&New password:"), self.new)
        self.form.add("repeat", self.tr("&Repeat the new password:"), self.repeat)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(480, 240)

    def submit(self) -> None:
        self.form.clear_errors()
        if self.new.text() != self.repeat.text():
            self.form.show_error_text("repeat", self.tr("The two passwords differ."))
            return
        self.buttons.setEnabled(False)
        self.ctx.call(
            accounts.change_own_password,
            self.old.text(),
            self.new.text(),
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: OberihError) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, AuthenticationFailed):
            self.form.show_error_text(
                "old_password", self.tr("The current password is not correct.")
            )
        else:
            self.form.show_error(error)
