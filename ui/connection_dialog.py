"""Connection settings: the encrypted file on this computer, or the centre's server
(issue 20). The server is named field by field, or by pasting the address the IT officer
gives out (`postgresql://role@host/database`); "Test connection" tries it on the worker
and says what it found. No password is asked for or kept: it lives in the user's own
`.pgpass` file, set up by the IT officer (docs/server.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_app.errors import InvalidInput, OberihError
from shelter_app.i18n import fill
from shelter_app.server_check import (
    ServerAddress,
    ServerCheck,
    ServerFields,
    check_server,
    parse_server_url,
)

from .connection_settings import ConnectionChoice, Store, load_choice, save_choice
from .dialogs import WrapLabel
from .forms import ERROR_STYLE, ErrorForm
from .worker import Worker

OK_STYLE = "color: #1b5e20;"


class ConnectionDialog(QDialog):
    """Emits `saved(ConnectionChoice)` after the choice is written to QSettings."""

    saved = Signal(object)

    def __init__(self, worker: Worker, parent: QWidget | None = None):
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(self.tr("Connection settings"))
        self.setObjectName("connectionDialog")
        layout = QVBoxLayout(self)
        layout.addWidget(
            WrapLabel(
                self.tr(
                    "Where Oberih on this computer keeps the records. For the centre's server "
                    "the IT officer gives you its details and the centre's certificate; the "
                    "server's password is set up in your computer account by the IT officer "
                    "and is never typed or kept here."
                ),
                self,
            )
        )
        self.local = QRadioButton(self.tr("This &computer (encrypted file)"), self)
        self.local.setObjectName("storeLocal")
        self.server = QRadioButton(self.tr("The centre's ser&ver"), self)
        self.server.setObjectName("storeServer")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        layout.addWidget(self.local)
        layout.addWidget(self.server)

        self.box = QGroupBox(self)  # the radio button above names it
        box_layout = QVBoxLayout(self.box)
        self.form = ErrorForm(self.box)
        self.address = QLineEdit(self.box)
        self.address.setObjectName("serverAddress")
        self.address.setPlaceholderText("postgresql://role@host/database")
        self.host = QLineEdit(self.box)
        self.host.setObjectName("serverHost")
        self.port = QSpinBox(self.box)
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.database = QLineEdit(self.box)
        self.database.setObjectName("serverDatabase")
        self.role = QLineEdit(self.box)
        self.role.setObjectName("serverRole")
        self.ca_file = QLineEdit(self.box)
        self.ca_file.setObjectName("serverCaFile")
        self.browse = QPushButton(self.tr("Bro&wse…"), self.box)
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._choose_ca)
        ca_row = QWidget(self.box)
        ca_row.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_file, 1)
        ca_layout.addWidget(self.browse)
        self.form.add("address", self.tr("Server &address:"), self.address)
        self.form.add("host", self.tr("&Host:"), self.host)
        self.form.add("port", self.tr("P&ort:"), self.port)
        self.form.add("database", self.tr("&Database:"), self.database)
        self.form.add("role", self.tr("&Role:"), self.role)
        self.form.add("ca_file", self.tr("CA c&ertificate:"), ca_row)
        rows = self.form.layout_
        caption = rows.itemAt(rows.rowCount() - 1, QFormLayout.ItemRole.LabelRole).widget()
        if isinstance(caption, QLabel):
            caption.setBuddy(self.ca_file)  # its Alt-letter lands in the path, not the row
        box_layout.addWidget(self.form)
        self.ca_hint = QLabel(
            self.tr(
                "Without a file here, Oberih uses the certificate the IT officer put in "
                "this account's postgresql folder (root.crt)."
            ),
            self.box,
        )
        self.ca_hint.setWordWrap(True)
        box_layout.addWidget(self.ca_hint)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"), self.box)
        self.test_button.setObjectName("testConnection")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        box_layout.addLayout(test_row)
        self.result = WrapLabel("", self.box)
        self.result.setObjectName("testResult")
        self.result.hide()
        box_layout.addWidget(self.result)
        layout.addWidget(self.box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._filling = False
        self._show(load_choice())
        self.address.editingFinished.connect(self._address_typed)
        for edit in (self.host, self.database, self.role, self.ca_file):
            edit.textEdited.connect(self._fields_edited)
        self.port.valueChanged.connect(self._fields_edited)
        self.server.toggled.connect(self._store_changed)
        self._store_changed()
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())

    # --- showing and reading the fields -------------------------------------------------

    def _show(self, choice: ConnectionChoice) -> None:
        (self.server if choice.store is Store.SERVER else self.local).setChecked(True)
        self._fill(choice.server)

    def _fill(self, fields: ServerFields) -> None:
        self._filling = True
        try:
            self.host.setText(fields.host)
            self.port.setValue(fields.port)
            self.database.setText(fields.database)
            self.role.setText(fields.role)
            self.ca_file.setText(fields.ca_file)
        finally:
            self._filling = False
        self._fields_edited()

    def fields(self) -> ServerFields:
        return ServerFields(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            role=self.role.text().strip(),
            ca_file=self.ca_file.text().strip(),
        )

    def _store_changed(self) -> None:
        self.box.setEnabled(self.server.isChecked())
        self.form.clear_errors()
        self.result.hide()

    def _fields_edited(self) -> None:
        """The address line follows the fields (what `--server` would take)."""
        if self._filling:
            return
        self.result.hide()
        try:
            self.address.setText(self.fields().address().url)
            self.address.setCursorPosition(0)  # where it starts: scheme, role and host
        except OberihError:
            self.address.clear()

    def _address_typed(self) -> None:
        """A pasted address fills the fields, or says why it cannot be used."""
        text = self.address.text().strip()
        if not text:
            return
        try:
            address = parse_server_url(text)
        except OberihError as exc:
            self.form.show_error_text("address", exc.user_message())
            return
        self.form.clear_errors()
        self._fill(ServerFields.of(address))

    def _checked_address(self) -> ServerAddress | None:
        """The fields as an address, or None with the problem shown beside its field."""
        self.form.clear_errors()
        typed = self.address.text().strip()
        if typed:
            try:
                parse_server_url(typed)  # an insecure paste is refused, not quietly fixed
            except OberihError as exc:
                self.form.show_error_text("address", exc.user_message())
                return None
        try:
            return self.fields().address()
        except InvalidInput as exc:
            self.form.show_error(exc)
        except OberihError as exc:
            self.form.show_banner(exc.user_message())
        return None

    def _choose_ca(self) -> None:
        start = self.ca_file.text().strip() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The centre's CA certificate"),
            start,
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if chosen:
            self.ca_file.setText(chosen)
            self._fields_edited()

    # --- test and save -------------------------------------------------------------------

    def test_connection(self) -> None:
        address = self._checked_address()
        if address is None:
            return
        self.test_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(fill(self.tr("Connecting to %1…"), address.shown))
        self.result.show()
        self.worker.submit(
            check_server, address, on_done=self._tested, on_error=self._test_failed, owner=self
        )

    def _tested(self, found: ServerCheck) -> None:
        self.test_button.setEnabled(True)
        lines = [fill(self.tr("Connected: PostgreSQL %1."), found.server_version)]
        if found.local_socket:
            lines.append(
                self.tr("Over the server's own local socket: no network, so no TLS is needed.")
            )
        elif found.verified:
            lines.append(
                self.tr(
                    "Encrypted (TLS); the server's certificate and host name were verified "
                    "against the centre's CA."
                )
            )
        if not found.supported:
            lines.append(self.tr("Oberih needs PostgreSQL 15 or newer on the server."))
        if found.schema is None:
            lines.append(self.tr("The database is empty: Oberih has not been set up in it yet."))
        else:
            lines.append(fill(self.tr("Oberih's tables are there (version %1)."), found.schema))
        self.result.setStyleSheet(OK_STYLE if found.supported else ERROR_STYLE)
        self.result.setText("\n".join(lines))
        self.result.show()

    def _test_failed(self, error: OberihError) -> None:
        self.test_button.setEnabled(True)
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(error.user_message())
        self.result.show()

    def choice(self) -> ConnectionChoice | None:
        """What the window shows, or None (with the problem shown) when it is unusable."""
        if self.local.isChecked():
            return ConnectionChoice(Store.LOCAL, self.fields())
        if self._checked_address() is None:
            return None
        return ConnectionChoice(Store.SERVER, self.fields())

    def save(self) -> None:
        choice = self.choice()
        if choice is None:
            return
        save_choice(choice)
        self.accept()
        self.saved.emit(choice)
