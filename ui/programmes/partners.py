"""The register of partner organisations that events and referrals name. A partner is
never deleted, only deactivated (old events keep it); the list is in Ukrainian
alphabetical order exactly as the service returns it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_app import partners
from shelter_app.i18n import fill
from shelter_app.partners import PartnerRecord
from shelter_app.permissions import Permission
from shelter_app.vocabulary import PartnerKind, choices

from ..context import AppContext
from ..display import code_label
from . import (
    Column,
    ConfirmDialog,
    RecordModel,
    ServiceDialog,
    button,
    empty_hint,
    make_table,
    narrow,
    select_record,
    selected_record,
)


class PartnerDialog(ServiceDialog):
    """Add a partner organisation, or correct one (`partner` given)."""

    def __init__(self, ctx: AppContext, parent: QWidget, partner: PartnerRecord | None = None):
        super().__init__(ctx, parent)
        if partner is None:
            self.setWindowTitle(self.tr("New partner organisation"))
        else:
            self.setWindowTitle(self.tr("Partner organisation"))
        self.partner = partner
        self.name = QLineEdit(self)
        self.name.setMaxLength(partners.NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. NGO «La Strada-Ukraine»"))
        self.kind = QComboBox(self)
        for code, text in choices(PartnerKind):
            self.kind.addItem(text, code)
        self.contact = QLineEdit(self)
        self.contact.setMaxLength(partners.CONTACT_MAX)
        self.contact.setPlaceholderText(self.tr("The organisation's phone, e-mail or address"))
        self.form.add("name", self.tr("&Name:"), self.name)
        self.form.add("kind", self.tr("&Kind:"), narrow(self.kind))
        self.form.add("contact", self.tr("&Contact:"), self.contact)
        if partner is not None:
            self.name.setText(partner.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(partner.kind)))
            self.contact.setText(partner.contact or "")
        self.finish_layout()
        self.setMinimumWidth(520)

    def submit(self) -> None:
        args = (self.name.text(), self.kind.currentData(), self.contact.text() or None)
        if self.partner is None:
            self.run(partners.add_partner, *args)
        else:
            self.run(partners.edit_partner, self.partner.id, *args)


class PartnersTab(QWidget):
    changed = Signal()  # something was written: the page refreshes whatever shows it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.can_write = ctx.can(Permission.WRITE_PROGRAMMES)
        self.dialog: ServiceDialog | None = None
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.add_button = button(self.tr("Add pa&rtner…"), self, self.add)
        self.edit_button = button(self.tr("Ed&it…"), self, self.edit)
        self.active_button = button(self.tr("&Deactivate…"), self, self.toggle_active)
        for b in (self.add_button, self.edit_button, self.active_button):
            b.setVisible(self.can_write)
            bar.addWidget(b)
        bar.addStretch(1)
        self.show_inactive = QCheckBox(self.tr("Sh&ow inactive"), self)
        self.show_inactive.toggled.connect(self.refresh)
        bar.addWidget(self.show_inactive)
        layout.addLayout(bar)

        self.model = RecordModel(
            [
                Column(self.tr("Organisation"), lambda p: p.name),
                Column(self.tr("Kind"), lambda p: code_label(PartnerKind, p.kind)),
                Column(self.tr("Contact"), lambda p: p.contact or ""),
                Column(
                    self.tr("Status"),
                    lambda p: self.tr("active") if p.active else self.tr("inactive"),
                ),
            ],
            self,
            dim=lambda p: not p.active,
        )
        self.view = make_table(self.model, self, stretch=2)  # addresses are long
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        if self.can_write:
            self.view.activated.connect(lambda _index: self.edit())
        layout.addWidget(self.view, 1)
        self.empty = empty_hint(self.tr("No partner organisations are registered yet."), self)
        layout.addWidget(self.empty)
        self.empty.hide()
        self.count = QLabel(self)
        layout.addWidget(self.count)
        if self.can_write:
            new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
            new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            new.activated.connect(self.add)
        self._update_buttons()

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.call(
            partners.list_partners,
            self.show_inactive.isChecked(),
            on_done=self._show,
            owner=self,
        )

    def _show(self, rows: list[PartnerRecord]) -> None:
        current = selected_record(self.view)
        self.model.set_rows(rows)
        select_record(self.view, current.id if current else None)
        self.empty.setVisible(not rows)
        self.count.setText(self.tr("%n organisation(s)", "", len(rows)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        partner = selected_record(self.view)
        self.edit_button.setEnabled(partner is not None)
        self.active_button.setEnabled(partner is not None)
        if partner is not None and not partner.active:
            self.active_button.setText(self.tr("&Reactivate"))
        else:
            self.active_button.setText(self.tr("&Deactivate…"))

    # --- actions --------------------------------------------------------------------------

    def add(self) -> None:
        if self.can_write:
            self._open(PartnerDialog(self.ctx, self))

    def edit(self) -> None:
        partner = selected_record(self.view)
        if self.can_write and partner is not None:
            self._open(PartnerDialog(self.ctx, self, partner))

    def toggle_active(self) -> None:
        partner = selected_record(self.view)
        if not self.can_write or partner is None:
            return
        if not partner.active:
            self.ctx.call(
                partners.reactivate_partner, partner.id, on_done=self._written, owner=self
            )
            return
        self._open(
            ConfirmDialog(
                self.ctx,
                self.tr("Deactivate a partner organisation"),
                fill(
                    self.tr(
                        "“%1” will no longer be offered for new events and referrals. Events "
                        "and referrals that already name it keep it."
                    ),
                    partner.name,
                ),
                self.tr("&Deactivate"),
                self,
                partners.deactivate_partner,
                partner.id,
            )
        )

    def _open(self, dialog: ServiceDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._written)
        dialog.open()

    def _written(self, _result: object) -> None:
        self.changed.emit()
