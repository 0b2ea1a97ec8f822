"""Her record as entered at intake, and the Edit button for roles that may write."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from shelter_app import clients
from shelter_app.clients import ClientCard
from shelter_app.i18n import fill
from shelter_app.permissions import Permission
from shelter_app.vocabulary import CameVia, Category, Citizenship, District, Sex

from ...context import AppContext
from ...display import code_label, date_text, yes_no
from ..intake import EditClientDialog
from .base import ClientTab


class ProfileTab(ClientTab):
    key = "profile"
    card_changed = Signal(object)  # ClientCard after an edit
    reload_requested = Signal()  # an edit was refused: someone saved first

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(ctx, client_id, parent)
        self.card: ClientCard | None = None
        self.dialog: EditClientDialog | None = None
        self.layout_.addWidget(self.status)
        top = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("E&dit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the record (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit)
        self.edit_button.setVisible(ctx.can(Permission.WRITE_CLIENTS))
        self.edit_button.setEnabled(False)
        top.addWidget(self.edit_button)
        top.addStretch(1)
        self.layout_.addLayout(top)
        columns = QHBoxLayout()
        self.values: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setHorizontalSpacing(12)
            form.setVerticalSpacing(8)
        for key, caption in (
            ("last_name", self.tr("Surname:")),
            ("first_name", self.tr("First name:")),
            ("patronymic", self.tr("Patronymic:")),
            ("birth", self.tr("Born:")),
            ("sex", self.tr("Sex:")),
            ("citizenship", self.tr("Citizenship:")),
            ("phone", self.tr("Phone:")),
            ("contact", self.tr("Contact:")),
        ):
            left.addRow(caption, self._value(key))
        for key, caption in (
            ("district", self.tr("District:")),
            ("came_via", self.tr("Came via:")),
            ("first_contact_on", self.tr("First contact:")),
            ("last_activity_on", self.tr("Last contact:")),
            ("categories", self.tr("Categories:")),
            ("status", self.tr("Record:")),
        ):
            right.addRow(caption, self._value(key))
        columns.addLayout(left, 1)
        columns.addSpacing(24)
        columns.addLayout(right, 1)
        self.layout_.addLayout(columns)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("&Profile")

    def _value(self, key: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values[key] = label
        return label

    def set_card(self, card: ClientCard) -> None:
        """The card the client card already fetched: no second (audited) read."""
        self.card = card
        self.stale = False
        self._show(card)

    def load(self) -> None:
        if self.card is not None:
            self._show(self.card)
            return
        self.ctx.call(
            clients.get_client,
            self.client_id,
            on_done=self.set_card,
            on_error=self.failed,
            owner=self,
        )

    def _show(self, card: ClientCard) -> None:
        v = self.values
        dash = "—"
        v["last_name"].setText(card.last_name)
        v["first_name"].setText(card.first_name)
        v["patronymic"].setText(card.patronymic or dash)
        v["birth"].setText(self.birth_text(card) or dash)
        v["sex"].setText(code_label(Sex, card.sex))
        v["citizenship"].setText(code_label(Citizenship, card.citizenship))
        v["phone"].setText(card.phone or dash)
        v["contact"].setText(
            fill(
                self.tr("safe to call: %1; safe to send messages: %2"),
                yes_no(card.safe_to_call).lower(),
                yes_no(card.safe_to_text).lower(),
            )
        )
        v["district"].setText(code_label(District, card.district))
        v["came_via"].setText(code_label(CameVia, card.came_via))
        v["first_contact_on"].setText(date_text(card.first_contact_on))
        v["last_activity_on"].setText(date_text(card.last_activity_on))
        v["categories"].setText(
            "\n".join(code_label(Category, c.value) for c in Category if c.value in card.categories)
            or dash
        )
        v["status"].setText(self.tr("archived") if card.archived else self.tr("active"))
        self.edit_button.setEnabled(True)
        self.show_status("")

    def birth_text(self, card: ClientCard) -> str:
        if card.birth_date is not None:
            age = clients.age_on(card.birth_date, date.today())
            return fill(self.tr("%1 (%2 years)"), date_text(card.birth_date), str(age))
        if card.birth_year is not None:
            return fill(self.tr("in %1 (only the year is known)"), str(card.birth_year))
        return ""

    def edit(self) -> None:
        if self.card is None or not self.ctx.can(Permission.WRITE_CLIENTS):
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self.dialog = EditClientDialog(self.ctx, self.card, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.saved.connect(self._saved)
        self.dialog.conflict.connect(self.reload_requested.emit)
        self.dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog.open()

    def _saved(self, card: ClientCard) -> None:
        self.set_card(card)
        self.card_changed.emit(card)
