"""Violence: her incidents, the alleged perpetrators, protection orders and the
notifications the law asks for after an appeal, with the forms to add to them
(ui/clients/violence_dialogs.py).

Special-category data: the tab exists only for roles with READ_VIOLENCE, the buttons only
for WRITE_VIOLENCE, and it is read (and the viewing audited) only when someone opens it.
Without her consent nothing new can be recorded (the services refuse it; the buttons are
off and the line above says why); notifications can always be marked made: the duty to
notify is the law's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_app.changes import Kind
from shelter_app.i18n import fill
from shelter_app.incidents import IncidentRecord, PerpetratorRecord
from shelter_app.notifications import NotificationRecord
from shelter_app.permissions import Permission
from shelter_app.protection_orders import OrderRecord
from shelter_app.violence_overview import ClientViolence, client_violence
from shelter_app.violence_vocabulary import (
    AgeGroup,
    IncidentContext,
    IncidentForm,
    NoticeMethod,
    OrderKind,
    PerpetratorSex,
    PlaceType,
    Recipient,
    Relationship,
    code_label,
    label,
)

from ...context import AppContext
from ...display import RowsModel, date_text, datetime_text, fit_columns, table_view, yes_no
from ..risk_dialogs import RecordDialog
from ..violence_dialogs import (
    ExtendOrderDialog,
    IncidentDialog,
    NotificationDialog,
    OrderDialog,
    PerpetratorDialog,
    ViolationDialog,
)
from .base import ClientTab

SAVED_STYLE = "color: #1e6b32;"
LOUD_STYLE = "color: #b3261e; font-weight: bold;"


def period_text(i: IncidentRecord) -> str:
    if i.occurred_from is None:
        return "—"
    if i.occurred_from == i.occurred_to:
        return date_text(i.occurred_from)
    return f"{date_text(i.occurred_from)} – {date_text(i.occurred_to)}"


class ViolenceTab(ClientTab):
    key = "violence"
    permissions = (Permission.READ_VIOLENCE,)
    kinds = frozenset({Kind.VIOLENCE, Kind.CLIENTS})

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(ctx, client_id, parent)
        self.data: ClientViolence | None = None
        self.archived = False
        self.dialog: RecordDialog | None = None
        self.writer = ctx.can(Permission.WRITE_VIOLENCE)
        self.layout_.addWidget(self.status)
        self.saved_note = QLabel(self)
        self.saved_note.setStyleSheet(SAVED_STYLE)
        self.saved_note.setWordWrap(True)
        self.saved_note.hide()
        self.layout_.addWidget(self.saved_note)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        self.inner = QVBoxLayout(content)
        self.inner.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(content)
        self.layout_.addWidget(scroll, 1)

        self.incident_button = self._button(self.tr("Record an &incident…"), self.new_incident)
        self.incidents, self.incidents_view = self._group(
            content,
            self.tr("Incidents"),
            [self.incident_button],
            [
                self.tr("Disclosed on"),
                self.tr("Forms of violence"),
                self.tr("Context"),
                self.tr("When"),
                self.tr("Place"),
                self.tr("Children"),
                self.tr("Police"),
            ],
        )
        self.perpetrator_button = self._button(
            self.tr("Add an alleged &perpetrator…"), self.new_perpetrator
        )
        self.edit_perpetrator_button = self._button(
            self.tr("&Correct the description…"), self.edit_perpetrator
        )
        self.perpetrators, self.perpetrators_view = self._group(
            content,
            self.tr("Alleged perpetrators"),
            [self.perpetrator_button, self.edit_perpetrator_button],
            [
                self.tr("Relationship"),
                self.tr("Sex"),
                self.tr("Age"),
                self.tr("Lives with her"),
                self.tr("Weapons"),
                self.tr("Earlier violence"),
                self.tr("Alcohol, drugs"),
                self.tr("Orders in force"),
                self.tr("Description"),
            ],
        )
        self.order_button = self._button(self.tr("Record an &order…"), self.new_order)
        self.extend_button = self._button(self.tr("E&xtend…"), self.extend_order)
        self.violation_button = self._button(self.tr("Vio&lation…"), self.new_violation)
        self.orders, self.orders_view = self._group(
            content,
            self.tr("Protection orders"),
            [self.order_button, self.extend_button, self.violation_button],
            [
                self.tr("Kind"),
                self.tr("Issued on"),
                self.tr("In force"),
                self.tr("Issued by"),
                self.tr("Extensions"),
                self.tr("Violations"),
            ],
        )
        self.notice_button = self._button(self.tr("Notification &made…"), self.notice_made)
        self.notices, self.notices_view = self._group(
            content,
            self.tr("Notifications (due 24 hours after the appeal)"),
            [self.notice_button],
            [
                self.tr("To"),
                self.tr("Due by"),
                self.tr("Made"),
                self.tr("By"),
                self.tr("How"),
                self.tr("Reference"),
            ],
        )
        for view in (self.perpetrators_view, self.orders_view, self.notices_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- building ------------------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        button.setVisible(self.writer)
        return button

    def _group(
        self, content: QWidget, title: str, buttons: list[QPushButton], headers: list[str]
    ) -> tuple[RowsModel, QTableView]:
        box = QGroupBox(title, content)
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        model = RowsModel(headers, self)
        view = table_view(model, box, leave_on_tab=False)
        view.setMinimumHeight(self.fontMetrics().height() * 5)
        column.addWidget(view)
        self.inner.addWidget(box, 1)
        return model, view

    def title(self) -> str:
        return self.tr("&Violence")

    # --- loading -------------------------------------------------------------------------

    def set_card(self, card: object) -> None:
        self.archived = bool(getattr(card, "archived", False))
        self.stale = True
        self._update_buttons()

    def load(self) -> None:
        self.ctx.call(
            client_violence, self.client_id, on_done=self._show, on_error=self.failed, owner=self
        )

    def _show(self, data: ClientViolence) -> None:
        self.data = data
        if self.writer and self.archived:
            self.show_status(
                self.tr("Her record is archived: restore it to record anything new here.")
            )
        elif self.writer and not data.consent_today:
            self.show_status(
                self.tr(
                    "She has no valid consent to processing violence and health details "
                    "today, so nothing new can be recorded here; notifications can still be "
                    "marked made. Record her consent on the Consents tab first."
                )
            )
        else:
            self.show_status("")
        self._show_incidents(data.incidents)
        self._show_perpetrators(data.perpetrators)
        self._show_orders(data.orders)
        self._show_notices(data.notifications)
        self._update_buttons()

    def _show_incidents(self, rows: tuple[IncidentRecord, ...]) -> None:
        self.incidents.set_rows(
            [
                (
                    date_text(i.disclosed_on),
                    ", ".join(label(f) for f in IncidentForm if f.value in i.forms),
                    code_label(IncidentContext, i.context),
                    period_text(i),
                    code_label(PlaceType, i.place_type),
                    self._children(i),
                    "—" if i.reported_to_police is None else yes_no(i.reported_to_police),
                )
                for i in rows
            ],
            records=[i.id for i in rows],
        )
        fit_columns(self.incidents_view)

    def _children(self, i: IncidentRecord) -> str:
        if not (i.children_witnessed or i.children_harmed):
            return "—"
        how = []
        if i.children_witnessed:
            how.append(self.tr("witnessed"))
        if i.children_harmed:
            how.append(self.tr("harmed"))
        return f"{i.children_affected}: {', '.join(how)}"

    def _show_perpetrators(self, rows: tuple[PerpetratorRecord, ...]) -> None:
        self.perpetrators.set_rows(
            [
                (
                    code_label(Relationship, p.relationship),
                    code_label(PerpetratorSex, p.sex),
                    code_label(AgeGroup, p.age_group),
                    yes_no(p.lives_with_her),
                    yes_no(p.weapon_access),
                    yes_no(p.earlier_violence),
                    yes_no(p.alcohol_or_drugs),
                    str(p.orders_in_force),
                    " ".join((p.description or "").split()),
                )
                for p in rows
            ],
            records=list(rows),
            tips=[p.description for p in rows],
        )
        fit_columns(self.perpetrators_view)

    def _show_orders(self, rows: tuple[OrderRecord, ...]) -> None:
        today = date.today()
        self.orders.set_rows(
            [
                (
                    code_label(OrderKind, o.kind),
                    date_text(o.issued_on),
                    self._in_force(o, today),
                    o.issuer,
                    str(len(o.extensions)),
                    str(len(o.violations)),
                )
                for o in rows
            ],
            records=list(rows),
            tips=[o.conditions for o in rows],
        )
        fit_columns(self.orders_view)

    def _in_force(self, o: OrderRecord, today: date) -> str:
        span = f"{date_text(o.starts_on)} – {date_text(o.ends_on)}"
        if o.in_force(today):
            days = (o.ends_on - today).days
            return fill(self.tr("%1 (%n day(s) left)", "", days), span)
        return span

    def _show_notices(self, rows: tuple[NotificationRecord, ...]) -> None:
        now = datetime.now()
        self.notices.set_rows(
            [
                (
                    code_label(Recipient, n.recipient),
                    datetime_text(n.due_at),
                    self._made(n, now),
                    n.done_by or "",
                    code_label(NoticeMethod, n.method) if n.method else "",
                    n.reference or "",
                )
                for n in rows
            ],
            records=list(rows),
        )
        fit_columns(self.notices_view)

    def _made(self, n: NotificationRecord, now: datetime) -> str:
        if n.done_at is None:
            return self.tr("OVERDUE") if n.overdue(now) else self.tr("not yet")
        made = datetime_text(n.done_at)
        return fill(self.tr("%1 (late)"), made) if n.overdue(now) else made

    def _selected(self, model: RowsModel, view: QTableView) -> object | None:
        rows = view.selectionModel().selectedRows()
        return model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        data = self.data
        may = self.writer and data is not None and data.consent_today and not self.archived
        for button in (self.incident_button, self.perpetrator_button, self.order_button):
            button.setEnabled(may)
        self.edit_perpetrator_button.setEnabled(
            may and self._selected(self.perpetrators, self.perpetrators_view) is not None
        )
        order = self._selected(self.orders, self.orders_view)
        self.extend_button.setEnabled(
            may and isinstance(order, OrderRecord) and order.kind == OrderKind.RESTRAINING.value
        )
        self.violation_button.setEnabled(may and order is not None)
        notice = self._selected(self.notices, self.notices_view)
        self.notice_button.setEnabled(
            self.writer
            and data is not None
            and isinstance(notice, NotificationRecord)
            and notice.done_at is None
        )

    # --- the forms -----------------------------------------------------------------------

    def new_incident(self) -> None:
        if self._may_open(self.incident_button) and self.data is not None:
            dialog = IncidentDialog(self.ctx, self.client_id, self.data.perpetrators, self)
            self._open(dialog, self.tr("The incident was recorded."))

    def new_perpetrator(self) -> None:
        if self._may_open(self.perpetrator_button) and self.data is not None:
            choices = [
                (
                    i.id,
                    f"{date_text(i.disclosed_on)}: "
                    + ", ".join(label(f) for f in IncidentForm if f.value in i.forms),
                )
                for i in self.data.incidents
            ]
            dialog = PerpetratorDialog(self.ctx, self.client_id, choices, None, self)
            self._open(dialog, self.tr("The alleged perpetrator was added."))

    def edit_perpetrator(self) -> None:
        chosen = self._selected(self.perpetrators, self.perpetrators_view)
        if self._may_open(self.edit_perpetrator_button) and isinstance(chosen, PerpetratorRecord):
            dialog = PerpetratorDialog(self.ctx, self.client_id, [], chosen, self)
            self._open(dialog, self.tr("The description was saved."))

    def new_order(self) -> None:
        if self._may_open(self.order_button) and self.data is not None:
            dialog = OrderDialog(self.ctx, self.client_id, self.data.perpetrators, self)
            self._open(dialog, self.tr("The protection order was recorded."))

    def extend_order(self) -> None:
        order = self._selected(self.orders, self.orders_view)
        if self._may_open(self.extend_button) and isinstance(order, OrderRecord):
            self._open(ExtendOrderDialog(self.ctx, order, self), self.tr("The order was extended."))

    def new_violation(self) -> None:
        order = self._selected(self.orders, self.orders_view)
        if self._may_open(self.violation_button) and isinstance(order, OrderRecord):
            self._open(
                ViolationDialog(self.ctx, order, self), self.tr("The violation was recorded.")
            )

    def notice_made(self) -> None:
        notice = self._selected(self.notices, self.notices_view)
        if self._may_open(self.notice_button) and isinstance(notice, NotificationRecord):
            dialog = NotificationDialog(self.ctx, notice, self)
            self._open(dialog, self.tr("The notification was recorded."))

    def _may_open(self, button: QPushButton) -> bool:
        if not self.writer or not button.isEnabled():
            return False
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return False
        return True

    def _open(self, dialog: RecordDialog, note: str) -> None:
        self.saved_note.hide()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _r: self._after_write(note))
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        dialog.open()

    def _after_write(self, note: str) -> None:
        self.saved_note.setText(note)
        self.saved_note.show()
        self.stale = True
        self.ensure_loaded()
