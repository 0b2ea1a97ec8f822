"""The forms of the Violence tab: an incident, an alleged perpetrator, a protection order
(with its extension and a violation), and a notification made.

Each sends its input to one service and closes only when the service accepted it (see
RecordDialog); a refusal appears beside the field it names."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import StrEnum

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from shelter_app import incidents, notifications
from shelter_app import protection_orders as orders
from shelter_app.incidents import IncidentInput, PerpetratorInput, PerpetratorRecord
from shelter_app.notifications import NotificationRecord
from shelter_app.protection_orders import OrderRecord
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
    choices,
    code_label,
)

from ..context import AppContext
from ..display import date_text, datetime_text
from .incident_children import IncidentChildren, child_text
from .risk_dialogs import RecordDialog, date_field, hint_label, left_aligned, value_label


def combo(enum: type[StrEnum], parent: QWidget, current: str | None = None) -> QComboBox:
    box = QComboBox(parent)
    for code, text in choices(enum):
        box.addItem(text, code)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


def perpetrator_text(p: PerpetratorRecord) -> str:
    parts = (
        code_label(Relationship, p.relationship),
        code_label(PerpetratorSex, p.sex).lower(),
        code_label(AgeGroup, p.age_group),
    )
    return ", ".join(parts)


class Checks(QWidget):
    """Tick boxes in two columns; `chosen()` gives the data of the ticked ones."""

    def __init__(self, items: list[tuple[object, str]], parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        self.boxes: list[tuple[object, QCheckBox]] = []
        for i, (value, text) in enumerate(items):
            box = QCheckBox(text, self)
            self.boxes.append((value, box))
            grid.addWidget(box, i // 2, i % 2)
        grid.setColumnStretch(2, 1)
        if self.boxes:
            self.setFocusProxy(self.boxes[0][1])

    def chosen(self) -> list[object]:
        return [value for value, box in self.boxes if box.isChecked()]


class IncidentDialog(RecordDialog):
    """What happened: forms, context, when and where, children, police; and whether this
    is an appeal to the centre now (which starts the 24 hours for the notifications)."""

    def __init__(
        self,
        ctx: AppContext,
        client_id: int,
        perpetrators: tuple[PerpetratorRecord, ...],
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Record an incident of violence"))
        self.client_id = client_id
        self.forms = Checks(list(choices(IncidentForm)), self)
        self.form.add("forms", self.tr("Forms of &violence:"), self.forms)
        self.context = combo(IncidentContext, self)
        self.form.add("context", self.tr("&Context:"), self.context)
        self.disclosed_on = date_field(date.today(), self)
        self.form.add("disclosed_on", self.tr("&Disclosed on:"), self.disclosed_on)
        self.appeal = QCheckBox(self.tr("An &appeal to the centre, at:"), self)
        self.appeal.setChecked(True)
        self.appeal_time = QTimeEdit(QTime.currentTime(), self)
        self.appeal_time.setDisplayFormat("HH:mm")
        self.appeal.toggled.connect(self.appeal_time.setEnabled)
        row = QWidget(self)
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.appeal, 0, 0)
        grid.addWidget(self.appeal_time, 0, 1)
        grid.setColumnStretch(2, 1)
        row.setFocusProxy(self.appeal)
        self.form.add("appealed_at", self.tr("Appeal:"), row)
        self.form.add_row(
            "",
            hint_label(
                self.tr(
                    "The police, the district coordinating unit and, when a child is a "
                    "victim, the children's service must be told within 24 hours of the appeal."
                ),
                self,
            ),
        )
        self.occurred_from = date_field(None, self)
        self.form.add("occurred_from", self.tr("Happened &from:"), self.occurred_from)
        self.occurred_to = date_field(None, self)
        self.form.add("occurred_to", self.tr("&until (empty: one day):"), self.occurred_to)
        self.place = combo(PlaceType, self, PlaceType.NOT_STATED.value)
        self.form.add("place_type", self.tr("&Place:"), self.place)
        self.named = IncidentChildren(ctx, client_id, self)
        self.form.add("children", self.tr("He&r children:"), self.named)
        self.form.layout_.setRowVisible(self.named.parentWidget(), False)
        self.named.changed.connect(self._children_changed)
        self.witnessed = QCheckBox(self.tr("Children &witnessed it"), self)
        self.form.add("children_witnessed", self.tr("Children:"), self.witnessed)
        self.harmed = QCheckBox(self.tr("Children were &harmed"), self)
        self.form.add("children_harmed", "", self.harmed)
        self.children = QSpinBox(self)
        self.children.setRange(0, incidents.MAX_CHILDREN)
        self.form.add("children_affected", self.tr("How &many children:"), self.children)
        self.police = QComboBox(self)
        for value, text in (
            (None, self.tr("Not known")),
            (True, self.tr("Yes")),
            (False, self.tr("No")),
        ):
            self.police.addItem(text, value)
        self.form.add("reported_to_police", self.tr("Reported to the p&olice:"), self.police)
        self.perpetrators = Checks([(p.id, perpetrator_text(p)) for p in perpetrators], self)
        if perpetrators:
            self.form.add("perpetrators", self.tr("Alleged &perpetrators:"), self.perpetrators)
        self.layout_.addStretch(1)
        self.finish()
        self.forms.setFocus()

    def _children_changed(self) -> None:
        """Ticked children decide the general fields, as the service does."""
        self.form.layout_.setRowVisible(self.named.parentWidget(), bool(self.named.rows))
        links = self.named.links()
        for widget in (self.witnessed, self.harmed, self.children):
            widget.setEnabled(not links)
        if links:
            self.witnessed.setChecked(any(c.witnessed for c in links))
            self.harmed.setChecked(any(c.harmed for c in links))
            self.children.setValue(len(links))
        self.grow_to_fit()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        checks = (
            (self.disclosed_on, "disclosed_on"),
            (self.occurred_from, "occurred_from"),
            (self.occurred_to, "occurred_to"),
        )
        days: list[date | None] = []
        for edit, field in checks:
            ok, day = self.day_of(edit, field)
            if not ok:
                return
            days.append(day)
        disclosed, start, end = days
        appealed = None
        if self.appeal.isChecked() and disclosed is not None:
            t = self.appeal_time.time()
            appealed = datetime.combine(disclosed, time(t.hour(), t.minute()))
        data = IncidentInput(
            disclosed_on=disclosed,  # type: ignore[arg-type]  (the service refuses None)
            forms=frozenset(str(f) for f in self.forms.chosen()),
            context=self.context.currentData(),
            occurred_from=start,
            occurred_to=end,
            place_type=self.place.currentData(),
            children_witnessed=self.witnessed.isChecked(),
            children_harmed=self.harmed.isChecked(),
            children_affected=self.children.value(),
            reported_to_police=self.police.currentData(),
            appealed_at=appealed,
            perpetrator_ids=frozenset(int(str(p)) for p in self.perpetrators.chosen()),
            children=self.named.links(),
        )
        self.send(incidents.record_incident, self.client_id, data)


class PerpetratorDialog(RecordDialog):
    """The alleged perpetrator as she describes them; with `existing`, a correction."""

    def __init__(
        self,
        ctx: AppContext,
        client_id: int,
        incident_choices: list[tuple[int, str]],
        existing: PerpetratorRecord | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent)
        self.client_id = client_id
        self.existing = existing
        self.setWindowTitle(
            self.tr("Alleged perpetrator") if existing else self.tr("Add an alleged perpetrator")
        )
        e = existing
        self.relationship = combo(Relationship, self, e.relationship if e else None)
        self.form.add("relationship", self.tr("&Relationship to her:"), self.relationship)
        self.sex = combo(PerpetratorSex, self, e.sex if e else None)
        self.form.add("sex", self.tr("Se&x:"), self.sex)
        self.age = combo(AgeGroup, self, e.age_group if e else AgeGroup.NOT_KNOWN.value)
        self.form.add("age_group", self.tr("&Age group:"), self.age)
        self.flags: dict[str, QCheckBox] = {}
        for field, text in (
            ("lives_with_her", self.tr("&Lives with her")),
            ("weapon_access", self.tr("Has access to &weapons")),
            ("earlier_violence", self.tr("&Earlier violence (against her or others)")),
            ("alcohol_or_drugs", self.tr("Abuses alc&ohol or drugs")),
        ):
            box = QCheckBox(text, self)
            box.setChecked(bool(getattr(e, field)) if e else False)
            self.flags[field] = box
            self.form.add(field, "", box)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            self.tr("Appearance, car, places, habits: what the shelter's staff must recognise")
        )
        self.description.setPlainText(e.description or "" if e else "")
        self.description.setMinimumHeight(self.fontMetrics().height() * 5)
        self.form.add("description", self.tr("&Description for security:"), self.description)
        self.incidents = Checks(list(incident_choices), self)
        if incident_choices and e is None:
            self.form.add("incidents", self.tr("&Incidents:"), self.incidents)
        self.layout_.addStretch(1)
        self.finish()
        self.relationship.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        data = PerpetratorInput(
            relationship=self.relationship.currentData(),
            sex=self.sex.currentData(),
            age_group=self.age.currentData(),
            description=self.description.toPlainText(),
            **{field: box.isChecked() for field, box in self.flags.items()},
        )
        if self.existing is not None:
            self.send(incidents.update_perpetrator, self.existing.id, data)
        else:
            ids = [int(str(i)) for i in self.incidents.chosen()]
            self.send(incidents.record_perpetrator, self.client_id, data, ids)


class OrderDialog(RecordDialog):
    """A new urgent barring order or restraining order; the end is offered at the
    longest the law allows and can be shortened."""

    def __init__(
        self,
        ctx: AppContext,
        client_id: int,
        perpetrators: tuple[PerpetratorRecord, ...],
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Record a protection order"))
        self.client_id = client_id
        self.kind = combo(OrderKind, self)
        self.form.add("kind", self.tr("&Kind:"), self.kind)
        today = date.today()
        self.issued_on = date_field(today, self)
        self.form.add("issued_on", self.tr("&Issued on:"), self.issued_on)
        self.starts_on = date_field(today, self)
        self.form.add("starts_on", self.tr("In force &from:"), self.starts_on)
        self.ends_on = date_field(orders.latest_end(OrderKind.URGENT_BARRING, today), self)
        self.form.add("ends_on", self.tr("In force &until:"), self.ends_on)
        self.issuer = QLineEdit(self)
        self.issuer.setMaxLength(orders.MAX_ISSUER)
        self.issuer.setPlaceholderText(self.tr("e.g. the police department or the court"))
        self.form.add("issuer", self.tr("Issued &by:"), self.issuer)
        self.perpetrator = QComboBox(self)
        self.perpetrator.addItem(self.tr("Not recorded"), None)
        for p in perpetrators:
            self.perpetrator.addItem(perpetrator_text(p), p.id)
        self.form.add("perpetrator", self.tr("A&gainst:"), self.perpetrator)
        self.conditions = QPlainTextEdit(self)
        self.conditions.setTabChangesFocus(True)
        self.conditions.setMinimumHeight(self.fontMetrics().height() * 4)
        self.form.add("conditions", self.tr("&Conditions:"), self.conditions)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.layout_.addStretch(1)
        self.finish()
        self.kind.setFocus()

    def _kind_changed(self) -> None:
        ok, start = self.starts_on.value()
        if ok and start is not None:
            self.ends_on.set_date(orders.latest_end(OrderKind(self.kind.currentData()), start))

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        days: list[date | None] = []
        for edit, field in (
            (self.issued_on, "issued_on"),
            (self.starts_on, "starts_on"),
            (self.ends_on, "ends_on"),
        ):
            ok, day = self.day_of(edit, field)
            if not ok:
                return
            days.append(day)
        self.send(
            orders.record_order,
            self.client_id,
            self.kind.currentData(),
            *days,
            self.issuer.text(),
            self.conditions.toPlainText(),
            self.perpetrator.currentData(),
        )


class ExtendOrderDialog(RecordDialog):
    def __init__(self, ctx: AppContext, order: OrderRecord, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Extend the restraining order"))
        self.order = order
        self.form.add_row(self.tr("In force until:"), value_label(date_text(order.ends_on), self))
        self.extended_on = date_field(date.today(), self)
        self.form.add("extended_on", self.tr("&Extended on:"), self.extended_on)
        latest = orders.latest_end(OrderKind.RESTRAINING, order.ends_on + timedelta(days=1))
        self.new_end = date_field(latest, self)
        self.form.add("new_ends_on", self.tr("&New end:"), self.new_end)
        self.layout_.addStretch(1)
        self.finish()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        ok, day = self.day_of(self.extended_on, "extended_on")
        ok2, end = self.day_of(self.new_end, "new_ends_on") if ok else (False, None)
        if ok and ok2:
            self.send(orders.extend_order, self.order.id, day, end)


class ViolationDialog(RecordDialog):
    def __init__(self, ctx: AppContext, order: OrderRecord, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Record a violation of the order"))
        self.order = order
        self.occurred_on = date_field(date.today(), self)
        self.form.add("occurred_on", self.tr("&Happened on:"), self.occurred_on)
        self.reported = QCheckBox(self.tr("&Reported to the police"), self)
        self.form.add("reported_to_police", "", self.reported)
        self.layout_.addStretch(1)
        self.finish()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        ok, day = self.day_of(self.occurred_on, "occurred_on")
        if ok:
            self.send(orders.record_violation, self.order.id, day, self.reported.isChecked())


class NotificationDialog(RecordDialog):
    """A notice the law asks for was made: when, how, and the reference given."""

    def __init__(self, ctx: AppContext, notice: NotificationRecord, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Record a notification"))
        self.notice = notice
        self.form.add_row(
            self.tr("To:"), value_label(code_label(Recipient, notice.recipient), self)
        )
        self.form.add_row(self.tr("Due by:"), value_label(datetime_text(notice.due_at), self))
        if notice.children:
            self.form.add_row(self.tr("About:"), value_label(self._children_text(), self))
        now = datetime.now()
        self.done_on = date_field(now.date(), self)
        self.form.add("done_on", self.tr("Made &on:"), self.done_on)
        self.done_time = QTimeEdit(QTime(now.hour, now.minute), self)
        self.done_time.setDisplayFormat("HH:mm")
        self.form.add("done_at", self.tr("&at:"), left_aligned(self.done_time))
        self.method = combo(NoticeMethod, self)
        self.form.add("method", self.tr("&How:"), self.method)
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(notifications.MAX_REFERENCE)
        self.reference.setPlaceholderText(self.tr("registration number, if one was given"))
        self.form.add("reference", self.tr("&Reference:"), self.reference)
        self.layout_.addStretch(1)
        self.finish()
        self.method.setFocus()

    def _children_text(self) -> str:
        """Which children the children's service is told about, and what befell them."""
        lines = []
        for c in self.notice.children:
            what = [self.tr("witnessed")] if c.witnessed else []
            what += [self.tr("harmed")] if c.harmed else []
            who = child_text(c.first_name, c.age, self.tr("name not recorded"), self.tr("age %1"))
            lines.append(f"{who} ({', '.join(what)})")
        return "; ".join(lines)

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        ok, day = self.day_of(self.done_on, "done_on")
        if not ok or day is None:
            if ok:
                self.show_field_error("done_on", self.tr("Enter the date."))
            return
        t = self.done_time.time()
        self.send(
            notifications.mark_done,
            self.notice.id,
            datetime.combine(day, time(t.hour(), t.minute())),
            self.method.currentData(),
            self.reference.text(),
        )
