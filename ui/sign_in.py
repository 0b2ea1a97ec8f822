"""The sign-in window: username, password, clear errors, the throttling countdown, and
recovery with the printed code when the administrator's password is lost."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_app import backups
from shelter_app.database import Database, ServerAddress, SignedInUser, Target
from shelter_app.errors import (
    DatabaseDamaged,
    KeyFileDamaged,
    KeyFileMissing,
    LoginThrottled,
    NotADatabase,
    OberihError,
    RecoveryCodeWrong,
)
from shelter_app.i18n import fill
from shelter_app.settings import CentreSettings, get_settings

from .countdown import Countdown
from .fault_dialog import fault_kind, show_fault
from .forms import ErrorForm, error_label
from .worker import Worker

DRIVE_FAULTS = ("disk_full", "read_only", "access_denied", "io_error")
DAMAGE = (DatabaseDamaged, NotADatabase, KeyFileDamaged, KeyFileMissing)


@dataclass(frozen=True)
class Opened:
    db: Database
    user: SignedInUser
    settings: CentreSettings


class DamageFound(OberihError):
    """A damage error with the newest good backup appended, worked out on the worker."""

    def __init__(self, cause: OberihError, hint: str):
        super().__init__()
        self.cause = cause
        self.hint = hint
        self.exit_code = cause.exit_code

    def user_message(self) -> str:
        return f"{self.cause.user_message()} {self.hint}".strip()


def _with_backup_hint(path: Target, exc: OberihError) -> OberihError:
    if isinstance(exc, DAMAGE) and not isinstance(path, ServerAddress):
        return DamageFound(exc, backups.newest_backup_hint(path))
    return exc


def open_database(path: Target, username: str, password: str) -> Opened:
    """Runs on the worker: unlock, sign in and read the settings the window needs."""
    try:
        db, user = Database.sign_in(path, username, password)
    except OberihError as exc:
        raise _with_backup_hint(path, exc) from None
    try:
        return Opened(db, user, get_settings(db, user))
    except BaseException:
        db.close()
        raise


def open_with_recovery(path: Target, code: str, admin: str, new_password: str) -> Opened:
    try:
        db, user = Database.sign_in_with_recovery(path, code, admin, new_password)
    except OberihError as exc:
        raise _with_backup_hint(path, exc) from None
    try:
        return Opened(db, user, get_settings(db, user))
    except BaseException:
        db.close()
        raise


def heading(text: str, scale: float, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(scale > 1.5)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


class SignInWindow(QWidget):
    """Emits `signed_in(Opened)`. The title names the program only."""

    signed_in = Signal(object)
    quick_exit = Signal()

    def __init__(
        self,
        db_path: Target,
        worker: Worker,
        *,
        demo_accounts: tuple[str, ...] = (),
        demo_password: str = "",
        notice: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db_path = db_path
        self.worker = worker
        self.setWindowTitle(self.tr("Oberih"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addStretch(1)
        outer.addWidget(heading(self.tr("Oberih"), 2.0, self))
        outer.addWidget(
            heading(self.tr("Kyiv City Centre for Work with Women and its Shelter"), 1.1, self)
        )
        outer.addSpacing(16)

        self.notice = QLabel(notice, self)
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        outer.addWidget(self.notice)

        self.form = ErrorForm(self)
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add("username", self.tr("&Username:"), self.username)
        self.form.add("password", self.tr("&Password:"), self.password)
        outer.addWidget(self.form)

        self.error = error_label(self)
        self.error.setObjectName("signInError")
        outer.addWidget(self.error)
        self.wait_label = error_label(self)
        outer.addWidget(self.wait_label)

        buttons = QHBoxLayout()
        self.recover_button = QPushButton(self.tr("&Forgot the administrator password…"), self)
        self.recover_button.setFlat(True)
        self.recover_button.clicked.connect(self._recover)
        buttons.addWidget(self.recover_button)
        buttons.addStretch(1)
        self.sign_in_button = QPushButton(self.tr("&Sign in"), self)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAutoDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        buttons.addWidget(self.sign_in_button)
        outer.addLayout(buttons)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)

        self.countdown = Countdown(
            self.wait_label, [self.sign_in_button, self.username, self.password], self
        )
        self.countdown.finished.connect(self.password.setFocus)

        if demo_accounts:
            outer.addSpacing(12)
            outer.addWidget(self._demo_box(demo_accounts, demo_password))
        outer.addStretch(1)
        QShortcut(QKeySequence("F12"), self, activated=self.quick_exit.emit)
        self.resize(520, 460 if not demo_accounts else 600)
        self.username.setFocus()

    def _demo_box(self, accounts: tuple[str, ...], password: str) -> QWidget:
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        text = QLabel(
            fill(
                self.tr(
                    "Demo database with synthetic clients only. Every account below opens with "
                    "the password %1. Click one to fill in the form."
                ),
                password,
            ),
            box,
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        row = QHBoxLayout()
        for name in accounts:
            button = QPushButton(name, box)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, n=name: self._fill(n, password))
            row.addWidget(button)
        layout.addLayout(row)
        return box

    def _fill(self, username: str, password: str) -> None:
        self.username.setText(username)
        self.password.setText(password)
        self.sign_in_button.setFocus()

    def busy(self, on: bool) -> None:
        for w in (self.sign_in_button, self.username, self.password, self.recover_button):
            w.setEnabled(not on)
        self.setCursor(Qt.CursorShape.BusyCursor if on else Qt.CursorShape.ArrowCursor)

    def submit(self) -> None:
        if self.countdown.running or not self.sign_in_button.isEnabled():
            return
        self.error.hide()
        self.form.clear_errors()
        username = self.username.text().strip()
        if not username:
            self.form.show_banner(self.tr("Enter your username."))
            self.username.setFocus()
            return
        self.busy(True)
        self.worker.submit(
            open_database,
            self.db_path,
            username,
            self.password.text(),
            on_done=self._opened,
            on_error=self._failed,
            owner=self,
        )

    def _opened(self, opened: Opened) -> None:
        self.busy(False)
        self.password.clear()
        self.signed_in.emit(opened)

    def _failed(self, error: OberihError) -> None:
        self.busy(False)
        if isinstance(error, LoginThrottled):  # nothing was tried: keep what she typed
            self.countdown.start(error.seconds)
            return
        self.password.clear()
        self.error.setText(error.user_message())
        self.error.show()
        self.password.setFocus()
        if fault_kind(error) in DRIVE_FAULTS:  # what to do, so it is not taken for damage
            show_fault(error, self)

    def _recover(self) -> None:
        dialog = RecoveryDialog(self.db_path, self.worker, self)
        dialog.recovered.connect(self.signed_in.emit)
        dialog.open()


class RecoveryDialog(QDialog):
    """The printed recovery code unlocks the database and sets a new administrator password."""

    recovered = Signal(object)

    def __init__(self, db_path: Target, worker: Worker, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = db_path
        self.worker = worker
        self.setWindowTitle(self.tr("Recover with the printed code"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Type the recovery code that was printed when the database was created, the "
                "administrator's username and a new password for her."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = ErrorForm(self)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.admin = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add("code", self.tr("Recovery &code:"), self.code)
        self.form.add("username", self.tr("Administrator's &username:"), self.admin)
        self.form.add("password", self.tr("&New password:"), self.password)
        self.form.add("repeat", self.tr("&Repeat it:"), self.repeat)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Recover"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 320)

    def submit(self) -> None:
        self.form.clear_errors()
        if self.password.text() != self.repeat.text():
            self.form.show_error_text("repeat", self.tr("The two passwords differ."))
            return
        self.buttons.setEnabled(False)
        self.worker.submit(
            open_with_recovery,
            self.db_path,
            self.code.text(),
            self.admin.text(),
            self.password.text(),
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, opened: Opened) -> None:
        self.buttons.setEnabled(True)
        self.accept()
        self.recovered.emit(opened)

    def _failed(self, error: OberihError) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, LoginThrottled):
            self.form.show_banner(error.user_message())
        elif isinstance(error, RecoveryCodeWrong):
            self.form.show_error_text("code", error.user_message())
        else:
            self.form.show_error(error)
