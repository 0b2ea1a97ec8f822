"""'She became a client': a case worker links an anonymous contact to the client file it
led to (or removes a wrong link). Operators never see client files, so only roles that
may link see this."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from shelter_app import anonymous_contacts
from shelter_app.anonymous_contacts import ContactRecord
from shelter_app.contact_vocabulary import Channel, contact_label
from shelter_app.errors import OberihError
from shelter_app.i18n import fill

from ..client_picker import ClientPicker
from ..context import AppContext
from ..display import datetime_text
from ..forms import ErrorForm


class LinkContactDialog(QDialog):
    linked = Signal(object)  # ContactRecord

    def __init__(self, ctx: AppContext, contact: ContactRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.contact = ctx, contact
        self.setWindowTitle(self.tr("Link the contact to a client"))
        layout = QVBoxLayout(self)
        self.form = ErrorForm(self)
        what = fill(
            self.tr("%1, %2"), contact_label(Channel(contact.channel)), datetime_text(contact.at)
        )
        self.form.add_row(self.tr("Contact:"), QLabel(what, self))
        self.picker = ClientPicker(ctx, self)
        self.picker.setMinimumWidth(360)
        self.form.add("client", self.tr("&Became the client:"), self.picker)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Link"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.unlink_button = self.buttons.addButton(
            self.tr("&Remove the link"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.unlink_button.setVisible(contact.became_client)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.submit)
        self.unlink_button.clicked.connect(lambda: self._run(None))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.picker.setFocus()

    def submit(self) -> None:
        if self.picker.client_id is None:
            self.form.show_error_text("client", self.tr("Choose the client from the list."))
            return
        self._run(self.picker.client_id)

    def _run(self, client_id: int | None) -> None:
        if not self.buttons.isEnabled():
            return
        self.buttons.setEnabled(False)
        self.ctx.call(
            anonymous_contacts.link_to_client,
            self.contact.id,
            client_id,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, record: ContactRecord) -> None:
        self.buttons.setEnabled(True)
        self.linked.emit(record)
        self.accept()

    def _failed(self, error: OberihError) -> None:
        self.buttons.setEnabled(True)
        self.form.show_error(error)
