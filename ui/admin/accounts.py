"""Staff accounts: who may sign in, with which role. Create, reset a password, change a
role, deactivate and reactivate; the rules (password length, the last administrator)
are the accounts service's, shown beside the field they are about."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_app import accounts
from shelter_app.accounts import AccountInfo
from shelter_app.compartments import compartment_label
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.permissions import Role, role_label

from ..context import AppContext
from ..first_run import password_strength
from ..table_model import Column, TableModel
from .common import (
    ConfirmDialog,
    FormDialog,
    explanation,
    local_time_text,
    setup_table,
    warning_box,
)

Index = QModelIndex | QPersistentModelIndex
INACTIVE_COLOUR = QColor("#6b6b6b")
HINT_COLOURS = ("#b3261e", "#b3261e", "#8a6d00", "#1e6b32")


class AccountsModel(TableModel):
    USERNAME, NAME, ROLE, STATUS, PASSWORD_CHANGED = range(5)

    def __init__(self, parent: QObject | None = None):
        super().__init__([], parent, tint=lambda a: None if a.active else QBrush(INACTIVE_COLOUR))
        self.columns = [
            Column(self.tr("Username"), lambda a: a.username),
            Column(self.tr("Name shown to colleagues"), lambda a: a.display_name),
            Column(self.tr("Role"), lambda a: role_label(a.role)),
            Column(
                self.tr("Status"),
                self._status,
                tooltip=self._awaiting,
            ),
            Column(
                self.tr("Password set"),
                lambda a: local_time_text(a.password_changed_at),
                tooltip=lambda a: fill(
                    self.tr("Account created: %1"), local_time_text(a.created_at)
                ),
            ),
        ]

    def _status(self, a: AccountInfo) -> str:
        if not a.active:
            return self.tr("deactivated")
        if a.awaiting:
            return self.tr("active; some keys not yet given")
        return self.tr("active")

    def _awaiting(self, a: AccountInfo) -> str | None:
        """Compartment keys her role needs that her slot does not hold yet."""
        if not a.active or not a.awaiting:
            return None
        names = ", ".join(sorted(compartment_label(c) for c in a.awaiting))
        return fill(
            self.tr(
                "Her key does not open yet: %1. It will after a colleague who holds it signs in."
            ),
            names,
        )

    def set_accounts(self, rows: list[AccountInfo]) -> None:
        self.set_rows(rows)

    def account(self, row: int) -> AccountInfo | None:
        return self.record(row)


# --- dialogs ------------------------------------------------------------------------------


class AccountFormDialog(FormDialog):
    """Account dialogs: wider, and with the password pair and its strength hint."""

    def __init__(self, ctx: AppContext, title: str, ok_text: str, parent: QWidget):
        super().__init__(ctx, title, ok_text, parent)
        self.setMinimumWidth(560)

    def add_password_fields(self, label: str) -> None:
        self.password = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for w in (self.password, self.repeat):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self)
        self.form.add("password", label, self.password)
        self.form.add_row("", self.hint)
        self.form.add("repeat", self.tr("&Repeat the password:"), self.repeat)
        self.password.textChanged.connect(self._update_hint)
        self._update_hint("")

    def _update_hint(self, text: str) -> None:
        score, message = password_strength(text)
        self.hint.setText(message)
        self.hint.setStyleSheet(f"color: {HINT_COLOURS[score]};")

    def passwords_differ(self) -> bool:
        if self.password.text() != self.repeat.text():
            self.form.show_error_text("repeat", self.tr("The two passwords differ."))
            return True
        return False


def role_combo(parent: QWidget, current: Role | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for role in Role:
        combo.addItem(role_label(role), role.value)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current.value))
    return combo


class CreateAccountDialog(AccountFormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(ctx, self.tr("New account"), self.tr("&Create account"), parent)
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("e.g. olena.k"))
        self.display_name = QLineEdit(self)
        self.role = role_combo(self, Role.CASE_WORKER)
        self.form.add("username", self.tr("&Username:"), self.username)
        self.form.add("display_name", self.tr("&Name shown to colleagues:"), self.display_name)
        self.form.add("role", self.tr("R&ole:"), self.role)
        self.add_password_fields(self.tr("&Password:"))
        self.layout_.addWidget(
            explanation(
                self.tr(
                    "Give her the password in person. She can change it herself after "
                    "signing in (menu Account → Change my password)."
                ),
                self,
            )
        )
        self.finish_layout()

    def submit(self) -> None:
        if self.passwords_differ():
            return
        self.run(
            accounts.create_account,
            self.username.text(),
            self.display_name.text(),
            self.role.currentData(),
            self.password.text(),
        )


class PasswordDialog(AccountFormDialog):
    """A new password for an active account (reset) or a deactivated one (reactivate)."""

    def __init__(self, ctx: AppContext, account: AccountInfo, parent: QWidget):
        super().__init__(ctx, "", "", parent)
        self.account = account
        if account.active:
            self.setWindowTitle(self.tr("Reset password"))
            self.ok_button.setText(self.tr("&Set new password"))
            intro = self.tr(
                "A new password for %1. Her old password stops working at once; tell her "
                "the new one in person."
            )
        else:
            self.setWindowTitle(self.tr("Reactivate account"))
            self.ok_button.setText(self.tr("&Reactivate"))
            intro = self.tr(
                "%1 will be able to sign in again with the password you set here; tell it "
                "to her in person."
            )
        self.form.add_row(self.tr("Account:"), QLabel(_who(account), self))
        self.layout_.insertWidget(0, explanation(fill(intro, _who(account)), self))
        self.add_password_fields(self.tr("&New password:"))
        self.finish_layout()

    def submit(self) -> None:
        if self.passwords_differ():
            return
        service = accounts.reset_password if self.account.active else accounts.reactivate
        self.run(service, self.account.id, self.password.text())


class RoleDialog(AccountFormDialog):
    def __init__(self, ctx: AppContext, account: AccountInfo, parent: QWidget):
        super().__init__(ctx, self.tr("Change role"), self.tr("&Change role"), parent)
        self.account = account
        self.form.add_row(self.tr("Account:"), QLabel(_who(account), self))
        self.role = role_combo(self, account.role)
        self.form.add("role", self.tr("New r&ole:"), self.role)
        self.layout_.addWidget(
            explanation(
                self.tr(
                    "The role decides what she may see and do; it takes effect with her "
                    "next action."
                ),
                self,
            )
        )
        if account.id == ctx.user.account_id:
            self.layout_.addWidget(
                warning_box(
                    self.tr(
                        "This is your own account: with another role you lose the "
                        "Administration area at once."
                    ),
                    self,
                )
            )
        self.finish_layout()

    def submit(self) -> None:
        self.run(accounts.change_role, self.account.id, self.role.currentData())


def _who(account: AccountInfo) -> str:
    return f"{account.display_name} ({account.username})"


# --- the section --------------------------------------------------------------------------


class AccountsSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("&New account…"), self)
        self.create_button.setToolTip(self.tr("Create an account (Ctrl+N)"))
        self.reset_button = QPushButton(self.tr("Reset &password…"), self)
        self.role_button = QPushButton(self.tr("Change r&ole…"), self)
        self.deactivate_button = QPushButton(self.tr("&Deactivate…"), self)
        self.reactivate_button = QPushButton(self.tr("Reac&tivate…"), self)
        for b in (
            self.create_button,
            self.reset_button,
            self.role_button,
            self.deactivate_button,
            self.reactivate_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.model = AccountsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_table(self.table)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.status = explanation("", self)
        layout.addWidget(self.status)
        layout.addWidget(
            explanation(
                self.tr(
                    "A deactivated account cannot sign in; its records and history stay. "
                    "After someone leaves, consider rotating the data key (Data key tab) so "
                    "that a copied key file opens nothing."
                ),
                self,
            )
        )

        self.create_button.clicked.connect(self.open_create)
        self.reset_button.clicked.connect(lambda: self.open_password(active=True))
        self.reactivate_button.clicked.connect(lambda: self.open_password(active=False))
        self.role_button.clicked.connect(self.open_role)
        self.deactivate_button.clicked.connect(self.open_deactivate)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.open_role())
        QShortcut(QKeySequence.StandardKey.New, self, self.open_create)
        self._update_buttons()

    def activate(self) -> None:
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.ctx.call(
            accounts.list_accounts,
            on_done=lambda rows: self._loaded(rows, keep),
            on_error=self._show_error,
            owner=self,
        )

    def _loaded(self, rows: list[AccountInfo], keep: int | None) -> None:
        self.model.set_accounts(rows)
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        active = sum(1 for a in rows if a.active)
        self.status.setText(
            self.tr("%n active account(s)", "", active)
            + " · "
            + self.tr("%n deactivated", "", len(rows) - active)
        )
        self._update_buttons()

    def _show_error(self, error: OberihError) -> None:
        self.status.setText(error.user_message())

    def selected(self) -> AccountInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.account(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        a = self.selected()
        self.reset_button.setEnabled(a is not None and a.active)
        self.role_button.setEnabled(a is not None)
        self.deactivate_button.setEnabled(a is not None and a.active)
        self.reactivate_button.setEnabled(a is not None and not a.active)

    # --- dialogs -----------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_create(self) -> QDialog:
        dialog = CreateAccountDialog(self.ctx, self)
        dialog.succeeded.connect(lambda info: self._changed(info.id))
        return self._open(dialog)

    def open_password(self, *, active: bool) -> QDialog | None:
        a = self.selected()
        if a is None or a.active != active:
            return None
        dialog = PasswordDialog(self.ctx, a, self)
        dialog.succeeded.connect(lambda _r: self._changed(a.id))
        return self._open(dialog)

    def open_role(self) -> QDialog | None:
        a = self.selected()
        if a is None:
            return None
        dialog = RoleDialog(self.ctx, a, self)
        dialog.succeeded.connect(lambda _r: self._changed(a.id))
        return self._open(dialog)

    def open_deactivate(self) -> QDialog | None:
        a = self.selected()
        if a is None or not a.active:
            return None
        warning = ""
        if a.id == self.ctx.user.account_id:
            warning = self.tr("This is your own account: you will be signed out at once.")
        dialog = ConfirmDialog(
            self.tr("Deactivate account"),
            fill(
                self.tr(
                    "Deactivate %1? She can no longer sign in, and her sessions end now. What "
                    "she recorded stays. You can reactivate the account later with a new "
                    "password."
                ),
                _who(a),
            ),
            self.tr("&Deactivate"),
            self,
            warning=warning,
        )
        dialog.confirmed.connect(lambda: self._deactivate(dialog, a))
        return self._open(dialog)

    def _deactivate(self, dialog: ConfirmDialog, a: AccountInfo) -> None:
        def done(_info: AccountInfo) -> None:
            dialog.accept()
            self._changed(a.id)

        self.ctx.call(
            accounts.deactivate, a.id, on_done=done, on_error=dialog.show_error, owner=dialog
        )

    def _changed(self, account_id: int) -> None:
        self.refresh(select_id=account_id)
