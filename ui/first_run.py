"""First run: no database yet. Create it with the first administrator, then show the
recovery code once, with a print button and a check that it was written down."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shelter_app.database import Database, ServerAddress, Target
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.local_files import folder_warning
from shelter_app.settings import get_settings
from shelter_app.validation import MIN_PASSWORD_LENGTH

from .dialogs import print_recovery_code
from .forms import ERROR_STYLE, ErrorForm
from .sign_in import Opened
from .worker import Worker


def password_strength(password: str) -> tuple[int, str]:
    """A hint, not a rule (the service's rule is the minimum length): 0 too short,
    1 weak, 2 fair, 3 strong."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return 0, fill(
            QCoreApplication.translate("password", "Too short: at least %1 characters."),
            str(MIN_PASSWORD_LENGTH),
        )
    kinds = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    score = 1 + (len(password) >= 14) + (kinds >= 3 or len(password) >= 20)
    texts = {
        1: QCoreApplication.translate(
            "password", "Weak: make it longer, e.g. three unrelated words."
        ),
        2: QCoreApplication.translate("password", "Fair."),
        3: QCoreApplication.translate("password", "Strong."),
    }
    return score, texts[score]


def create_database(path: Target, username: str, password: str, display_name: str):
    """On the worker: the database, its recovery code, and (Windows only) a warning when
    every local account may read the folder it is in."""
    db, user, code = Database.initialise(path, username, password, display_name or None)
    warning = (
        "" if isinstance(path, ServerAddress) else folder_warning(Path(path).absolute().parent)
    )
    return Opened(db, user, get_settings(db, user)), code, warning


class AccountPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Create the database"))
        self.setSubTitle(
            self.tr(
                "Oberih keeps its records encrypted on this computer. Create the first "
                "administrator account: she will add the other staff accounts."
            )
        )
        layout = QVBoxLayout(self)
        self.form = ErrorForm(self)
        self.username = QLineEdit("admin", self)
        self.display_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self)
        self.form.add("username", self.tr("&Username:"), self.username)
        self.form.add("display_name", self.tr("&Name shown to colleagues:"), self.display_name)
        self.form.add("password", self.tr("&Password:"), self.password)
        self.form.add("repeat", self.tr("&Repeat the password:"), self.repeat)
        self.form.add_row("", self.hint)
        layout.addWidget(self.form)
        self.password.textChanged.connect(self._update_hint)
        self._update_hint("")
        self.working = False

    def _update_hint(self, text: str) -> None:
        score, message = password_strength(text)
        colour = ("#b3261e", "#b3261e", "#8a6d00", "#1e6b32")[score]
        self.hint.setText(message)
        self.hint.setStyleSheet(f"color: {colour};")

    def validatePage(self) -> bool:
        if self.wizard_.opened is not None:
            return True
        if self.working:
            return False
        self.form.clear_errors()
        if self.password.text() != self.repeat.text():
            self.form.show_error_text("repeat", self.tr("The two passwords differ."))
            return False
        self.working = True
        self.wizard_.set_busy(True)
        self.wizard_.worker.submit(
            create_database,
            self.wizard_.db_path,
            self.username.text(),
            self.password.text(),
            self.display_name.text(),
            on_done=self._created,
            on_error=self._failed,
            owner=self,
        )
        return False

    def _created(self, result) -> None:
        opened, code, warning = result
        self.working = False
        self.wizard_.set_busy(False)
        self.wizard_.opened = opened
        self.wizard_.code_page.show_code(code)
        self.wizard_.code_page.show_folder_warning(warning)
        self.password.clear()
        self.repeat.clear()
        self.wizard_.next()

    def _failed(self, error: OberihError) -> None:
        self.working = False
        self.wizard_.set_busy(False)
        self.form.show_error(error)


class RecoveryCodePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(
            self.tr(
                "If the administrator's password is ever lost, this code is the only way "
                "into the records. It is shown only now."
            )
        )
        layout = QVBoxLayout(self)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("recoveryCode")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet("padding: 12px; border: 1px dashed #888;")
        layout.addWidget(self.code_label)
        advice = QLabel(
            self.tr(
                "Print it or write it on paper and keep it locked away from this computer "
                "(not in a file, not in e-mail, not on the phone)."
            ),
            self,
        )
        advice.setWordWrap(True)
        layout.addWidget(advice)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self._print)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.written = QCheckBox(
            self.tr("I have &written down or printed the code and will keep it safe."), self
        )
        self.written.toggled.connect(self.completeChanged)
        layout.addWidget(self.written)
        self.folder_warning = QLabel(self)
        self.folder_warning.setWordWrap(True)
        self.folder_warning.setStyleSheet(ERROR_STYLE)
        self.folder_warning.hide()
        layout.addWidget(self.folder_warning)
        layout.addStretch(1)
        self._code = ""

    def show_code(self, code: str) -> None:
        self._code = code
        self.code_label.setText(code)

    def show_folder_warning(self, warning: str | None) -> None:
        self.folder_warning.setText(warning or "")
        self.folder_warning.setVisible(bool(warning))

    def isComplete(self) -> bool:
        return self.written.isChecked()

    def forget(self) -> None:
        self._code = ""
        self.code_label.clear()

    def _print(self) -> None:
        print_recovery_code(self, self._code)


class FirstRunWizard(QWizard):
    """Emits `created(Opened)` when the administrator has confirmed the code."""

    created = Signal(object)

    def __init__(self, db_path: Target, worker: Worker, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = db_path
        self.worker = worker
        self.opened: Opened | None = None
        self.setWindowTitle(self.tr("Oberih — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.account_page = AccountPage(self)
        self.code_page = RecoveryCodePage(self)
        self.addPage(self.account_page)
        self.addPage(self.code_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Create"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start working"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.resize(640, 480)

    def set_busy(self, on: bool) -> None:
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not on)
        self.setCursor(Qt.CursorShape.BusyCursor if on else Qt.CursorShape.ArrowCursor)

    def accept(self) -> None:
        super().accept()
        self.code_page.forget()
        if self.opened is not None:
            self.created.emit(self.opened)
