"""The anonymous-contacts area: the operator's form beside the newest contacts. A case
worker, who may read but not log them, sees the list alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shelter_app import anonymous_contacts
from shelter_app.anonymous_contacts import ContactRecord
from shelter_app.changes import Changes, Kind
from shelter_app.contact_vocabulary import AgeBand, Caller, Channel, Help, contact_label
from shelter_app.permissions import Permission
from shelter_app.vocabulary import District, Sex

from ..context import AppContext
from ..display import RowsModel, code_label, datetime_text, fit_columns, table_view
from .form import ContactForm
from .link import LinkContactDialog

RECENT = 200


class ContactsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        self.form: ContactForm | None = None
        if ctx.can(Permission.LOG_ANON_CONTACTS):
            self.form = ContactForm(ctx, self)
            self.form.setMaximumWidth(560)
            layout.addWidget(self.form, 0)
        right = QVBoxLayout()
        self.heading = QLabel(self.tr("<b>Recent contacts</b>"), self)
        right.addWidget(self.heading)
        self.model = RowsModel(self._headers(), self, text_tips=True)
        self.table = table_view(self.model, self)
        right.addWidget(self.table, 1)
        self.link_button = QPushButton(self.tr("&Became a client…"), self)
        self.link_button.setToolTip(
            self.tr("Link the selected contact to the client file it led to")
        )
        self.link_button.setVisible(ctx.can(Permission.LINK_ANON_CONTACTS))
        self.link_button.setEnabled(False)
        self.link_button.clicked.connect(self.link)
        right.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.link_button.setEnabled(self.selected() is not None)
        )
        layout.addLayout(right, 1)
        ctx.changed.connect(self._data_changed)
        self.refresh()

    def _headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Channel"),
            self.tr("Min"),
            self.tr("Who"),
            self.tr("Sex"),
            self.tr("Age"),
            self.tr("District"),
            self.tr("Help"),
            self.tr("Client"),
        ]

    def activate(self) -> None:
        self.refresh()
        if self.form is not None:
            self.form.channel.setFocus()

    def refresh(self) -> None:
        self.ctx.call(anonymous_contacts.recent_contacts, RECENT, on_done=self._show, owner=self)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.CONTACTS):
            self.refresh()

    def _show(self, rows: list[ContactRecord]) -> None:
        self.model.set_rows([self._row(r) for r in rows], rows)
        fit_columns(self.table)

    @staticmethod
    def _row(r: ContactRecord) -> list[str]:
        return [
            datetime_text(r.at),
            contact_label(Channel(r.channel)),
            str(r.duration_min),
            contact_label(Caller(r.caller)),
            code_label(Sex, r.sex),
            contact_label(AgeBand(r.age_band)),
            code_label(District, r.district),
            ", ".join(contact_label(Help(h)) for h in r.help),
            "✓" if r.became_client else "",
        ]

    def selected(self) -> ContactRecord | None:
        rows = self.table.selectionModel().selectedRows()
        record: ContactRecord | None = self.model.record(rows[0].row()) if rows else None
        return record

    def link(self) -> None:
        contact = self.selected()
        if contact is None or not self.ctx.can(Permission.LINK_ANON_CONTACTS):
            return
        self.dialog = LinkContactDialog(self.ctx, contact, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
