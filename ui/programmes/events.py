"""Educational and information events of a chosen period: what, when, which partner
organisations took part, and how many women, men and children came (head counts: an
event names nobody)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_app import events, partners
from shelter_app.events import EventRecord
from shelter_app.i18n import fill
from shelter_app.partners import PartnerRecord
from shelter_app.permissions import Permission
from shelter_app.vocabulary import EventKind, choices

from ..context import AppContext
from ..display import code_label, date_text, to_date, to_qdate
from ..site_box import SiteBox
from . import (
    Column,
    ConfirmDialog,
    RecordModel,
    ServiceDialog,
    aim_box,
    button,
    date_edit,
    empty_hint,
    hint_label,
    make_table,
    narrow,
    select_record,
    selected_record,
)

PARTNER_ROLE = Qt.ItemDataRole.UserRole


# --- periods ------------------------------------------------------------------------------


def month_of(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def preset_period(preset: str, today: date) -> tuple[date, date]:
    if preset == "last_month":
        return month_of(today.replace(day=1) - timedelta(days=1))
    if preset == "quarter":
        first = today.replace(month=3 * ((today.month - 1) // 3) + 1, day=1)
        last_month = first.replace(month=first.month + 2)
        return first, month_of(last_month)[1]
    if preset == "year":
        return today.replace(month=1, day=1), today.replace(month=12, day=31)
    return month_of(today)


# --- the form -----------------------------------------------------------------------------


class PartnerChecklist(QWidget):
    """Partner organisations to tick, with a filter for a long register."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter the list…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(140)
        self.list.itemChanged.connect(self._count)
        self.chosen = QLabel(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.list)
        self._count()

    def set_partners(self, rows: list[PartnerRecord], ticked: set[int]) -> None:
        """Active partners, and inactive ones only if the event already names them."""
        self.list.clear()
        for partner in rows:
            if not partner.active and partner.id not in ticked:
                continue
            text = partner.name
            if not partner.active:
                text = fill(self.tr("%1 (inactive)"), partner.name)
            item = QListWidgetItem(text, self.list)
            item.setData(PARTNER_ROLE, partner.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = partner.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if not self.list.count():
            placeholder = QListWidgetItem(
                self.tr(
                    "No active partner organisations: add them on the Partner organisations tab."
                ),
                self.list,
            )
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        self._filter(self.filter.text())
        self._count()

    def ticked(self) -> list[int]:
        return [
            item.data(PARTNER_ROLE)
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def items(self) -> list[QListWidgetItem]:
        found = (self.list.item(i) for i in range(self.list.count()))
        return [item for item in found if item.data(PARTNER_ROLE) is not None]

    def tick(self, name: str) -> None:
        """Tick the partner called `name` (as a click on its box would)."""
        for item in self.items():
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for item in self.items():
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _count(self, *_args: object) -> None:
        self.chosen.setText(fill(self.tr("Chosen: %1"), str(len(self.ticked()))))


class EventDialog(ServiceDialog):
    """Record an event, or correct one (`event` given). A planned event gets its head
    counts by editing it once it has taken place."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        event: EventRecord | None = None,
        day: date | None = None,
    ):
        super().__init__(ctx, parent)
        self.event = event
        if event is None:
            self.setWindowTitle(self.tr("New event"))
        else:
            self.setWindowTitle(self.tr("Event"))
        self.title = QLineEdit(self)
        self.title.setMaxLength(events.TITLE_MAX)
        self.kind = QComboBox(self)
        for code, text in choices(EventKind):
            self.kind.addItem(text, code)
        self.held_on = date_edit(day or date.today(), self)
        self.topic = QLineEdit(self)
        self.topic.setMaxLength(events.TOPIC_MAX)
        self.women, self.men, self.children = (self._count_box() for _ in range(3))
        self.partners = PartnerChecklist(self)
        self.aim = aim_box(self, event.aim if event else None)
        self.site = SiteBox(ctx, self, event.site_id if event else None)
        self.form.add("title", self.tr("&Title:"), self.title)
        self.form.add("kind", self.tr("&Kind:"), narrow(self.kind))
        self.form.add("aim", self.tr("A&im:"), self.aim)
        self.form.add("held_on", self.tr("&Date:"), narrow(self.held_on))
        self.form.add("site", self.tr("&Venue:"), narrow(self.site))
        self.form.add("topic", self.tr("T&opic:"), self.topic)
        hint = hint_label(self.tr("Head counts only: an event names nobody."), self)
        self.form.add_row("", hint)
        self.form.add("women", self.tr("&Women attending:"), narrow(self.women))
        self.form.add("men", self.tr("&Men attending:"), narrow(self.men))
        self.form.add("children", self.tr("C&hildren attending:"), narrow(self.children))
        self.form.add("partners", self.tr("&Partner organisations:"), self.partners)
        if event is not None:
            self.title.setText(event.title)
            self.kind.setCurrentIndex(max(0, self.kind.findData(event.kind)))
            self.held_on.setDate(to_qdate(event.held_on))
            self.topic.setText(event.topic or "")
            self.women.setValue(event.women)
            self.men.setValue(event.men)
            self.children.setValue(event.children)
        self.finish_layout()
        self.setMinimumWidth(560)
        self.ok_button.setEnabled(False)  # until the partner list is there
        ctx.call(partners.list_partners, True, on_done=self._partners_loaded, owner=self)

    def _count_box(self) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(0, events.ATTENDEES_MAX)
        box.setAccelerated(True)
        box.setMinimumWidth(110)
        return box

    def _partners_loaded(self, rows: list[PartnerRecord]) -> None:
        ticked = set(self.event.partner_ids) if self.event else set()
        self.partners.set_partners(rows, ticked)
        self.ok_button.setEnabled(True)

    def submit(self) -> None:
        args = (
            self.title.text(),
            self.kind.currentData(),
            to_date(self.held_on.date()),
            self.topic.text() or None,
            self.women.value(),
            self.men.value(),
            self.children.value(),
            self.partners.ticked(),
        )
        aim = self.aim.currentData()
        site = self.site.site_id()
        if self.event is None:
            self.run(events.record_event, *args, aim=aim, site_id=site)
        else:
            self.run(events.edit_event, self.event.id, *args, aim=aim, site_id=site)


# --- the tab ------------------------------------------------------------------------------


class EventsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.can_write = ctx.can(Permission.WRITE_PROGRAMMES)
        self.dialog: ServiceDialog | None = None
        self._setting_period = False
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.record_button = button(self.tr("Rec&ord event…"), self, self.record)
        self.edit_button = button(self.tr("Ed&it…"), self, self.edit)
        self.delete_button = button(self.tr("&Delete…"), self, self.delete)
        for b in (self.record_button, self.edit_button, self.delete_button):
            b.setVisible(self.can_write)
            bar.addWidget(b)
        bar.addStretch(1)
        self.preset = QComboBox(self)
        for code, text in (
            ("month", self.tr("This month")),
            ("last_month", self.tr("Last month")),
            ("quarter", self.tr("This quarter")),
            ("year", self.tr("This year")),
            ("chosen", self.tr("Chosen dates")),
        ):
            self.preset.addItem(text, code)
        first, last = preset_period("month", date.today())
        self.start = date_edit(first, self)
        self.end = date_edit(last, self)
        period_label = QLabel(self.tr("Pe&riod:"), self)
        period_label.setBuddy(self.preset)
        from_label = QLabel(self.tr("&From:"), self)
        from_label.setBuddy(self.start)
        to_label = QLabel(self.tr("&To:"), self)
        to_label.setBuddy(self.end)
        for w in (period_label, self.preset, from_label, self.start, to_label, self.end):
            bar.addWidget(w)
        layout.addLayout(bar)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)

        self.model = RecordModel(
            [
                Column(self.tr("Date"), lambda e: date_text(e.held_on)),
                Column(self.tr("Kind"), lambda e: code_label(EventKind, e.kind)),
                Column(self.tr("Title"), lambda e: e.title),
                Column(self.tr("Women"), lambda e: str(e.women), align_right=True),
                Column(self.tr("Men"), lambda e: str(e.men), align_right=True),
                Column(self.tr("Children"), lambda e: str(e.children), align_right=True),
                Column(self.tr("Total"), lambda e: str(e.attendance), align_right=True),
                Column(self.tr("Partner organisations"), lambda e: ", ".join(e.partner_names)),
            ],
            self,
            bold=lambda e: e.held_on == date.today(),
            tooltip=self._tooltip,
        )
        self.view = make_table(self.model, self, stretch=7)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 260)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        if self.can_write:
            self.view.activated.connect(lambda _index: self.edit())
        layout.addWidget(self.view, 1)
        self.empty = empty_hint(self.tr("No events in this period."), self)
        layout.addWidget(self.empty)
        self.empty.hide()
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        if self.can_write:
            new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
            new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            new.activated.connect(self.record)
        self._update_buttons()

    def _tooltip(self, event: EventRecord) -> str:
        """The whole of what a narrow column cuts off."""
        lines = [event.title]
        if event.topic:
            lines.append(fill(self.tr("Topic: %1"), event.topic))
        if event.partner_names:
            lines.append(fill(self.tr("Partner organisations: %1"), ", ".join(event.partner_names)))
        return "\n".join(lines)

    # --- the period -----------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return to_date(self.start.date()), to_date(self.end.date())

    def set_period(self, first: date, last: date, preset: str = "chosen") -> None:
        self._setting_period = True
        self.preset.setCurrentIndex(self.preset.findData(preset))
        self.start.setDate(to_qdate(first))
        self.end.setDate(to_qdate(last))
        self._setting_period = False
        self.refresh()

    def _preset_chosen(self) -> None:
        code = self.preset.currentData()
        if self._setting_period or code == "chosen":
            return
        self.set_period(*preset_period(code, date.today()), preset=code)

    def _dates_edited(self) -> None:
        if self._setting_period:
            return
        self._setting_period = True
        self.preset.setCurrentIndex(self.preset.findData("chosen"))
        self._setting_period = False
        self.refresh()

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        first, last = self.period()
        if last < first:
            self.model.set_rows([])
            self.totals.setText(self.tr("The period ends before it starts."))
            return
        self.ctx.call(events.list_events, first, last, on_done=self._show, owner=self)

    def _show(self, rows: list[EventRecord]) -> None:
        current = selected_record(self.view)
        self.model.set_rows(rows)
        select_record(self.view, current.id if current else None)
        self.empty.setVisible(not rows)
        women = sum(e.women for e in rows)
        men = sum(e.men for e in rows)
        children = sum(e.children for e in rows)
        self.totals.setText(
            self.tr("%n event(s)", "", len(rows))
            + " · "
            + fill(
                self.tr("attended: %1 women, %2 men, %3 children"),
                str(women),
                str(men),
                str(children),
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = selected_record(self.view) is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # --- actions --------------------------------------------------------------------------

    def record(self) -> None:
        if self.can_write:
            self._open(EventDialog(self.ctx, self))

    def edit(self) -> None:
        event = selected_record(self.view)
        if self.can_write and event is not None:
            self._open(EventDialog(self.ctx, self, event))

    def delete(self) -> None:
        event = selected_record(self.view)
        if not self.can_write or event is None:
            return
        self._open(
            ConfirmDialog(
                self.ctx,
                self.tr("Delete an event"),
                fill(
                    self.tr(
                        "Delete the event “%1” of %2? Use this for an event recorded by mistake "
                        "or one that did not take place."
                    ),
                    event.title,
                    date_text(event.held_on),
                ),
                self.tr("&Delete"),
                self,
                events.delete_event,
                event.id,
            )
        )

    def _open(self, dialog: ServiceDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._written)
        dialog.open()

    def _written(self, result: object) -> None:
        first, last = self.period()
        if isinstance(result, EventRecord) and not first <= result.held_on <= last:
            self.set_period(*month_of(result.held_on))  # show her what she just saved
        self.changed.emit()
