"""The Consultations area.

A psychologist or lawyer starts at "My day": her appointments of the day, the coming
week's bookings and the follow-ups she planned that have not happened, with the actions
she takes many times a day one click or key away. Case workers and administrators, who
may know who sees whom and when but nothing of what was said, get the day plan of every
specialist instead. Both have a client's consultation history (history.py)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shelter_app import clients, consultations
from shelter_app.changes import Changes, Kind
from shelter_app.clients import ClientCard
from shelter_app.consultations import Appointment, FollowUp, MyDay, ScheduleEntry
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.vocabulary import ConsultationFormat, ConsultationKind, ConsultationStatus

from ..client_picker import ClientPicker
from ..context import AppContext
from ..display import (
    RowsModel,
    code_label,
    date_format,
    date_text,
    datetime_text,
    fit_columns,
    long_date_text,
    name_and_code,
    table_view,
    time_text,
    to_date,
    to_qdate,
)
from ..forms import ERROR_STYLE
from . import own_kind, readable_kinds
from .appointment_dialogs import AppointmentActionDialog, MarkHeldDialog, ScheduleDialog
from .history import ConsultationHistory
from .log_dialog import LogConsultationDialog

SAVED_STYLE = "color: #1e6b34;"


def _heading(parent: QWidget, scale: float = 1.25) -> QLabel:
    heading = QLabel(parent)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    heading.setFont(font)
    return heading


def _big_button(text: str, parent: QWidget, *, primary: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    font = button.font()
    font.setPointSizeF(font.pointSizeF() * (1.1 if primary else 1.0))
    font.setBold(primary)
    button.setFont(font)
    button.setMinimumHeight(int(button.fontMetrics().height() * 2.2))
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return button


def _time_range(a: Appointment | ScheduleEntry) -> str:
    start = time_text(a.starts_at)
    if not a.duration_min:
        return start
    return f"{start}–{time_text(a.starts_at + timedelta(minutes=a.duration_min))}"


class DayChooser(QWidget):
    """A day with previous/next and "today" at hand. `changed(date)` via `on_change`."""

    def __init__(self, parent: QWidget, on_change):
        super().__init__(parent)
        self._on_change = on_change
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("&Day:"), self)
        self.previous = QToolButton(self)
        self.previous.setText("◀")
        self.previous.setToolTip(self.tr("Previous day (Ctrl+Page Up)"))
        self.previous.setAccessibleName(self.tr("Previous day"))
        self.edit = QDateEdit(to_qdate(date.today()), self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format())
        caption.setBuddy(self.edit)
        self.next = QToolButton(self)
        self.next.setText("▶")
        self.next.setToolTip(self.tr("Next day (Ctrl+Page Down)"))
        self.next.setAccessibleName(self.tr("Next day"))
        self.today = QPushButton(self.tr("T&oday"), self)
        for w in (caption, self.previous, self.edit, self.next, self.today):
            row.addWidget(w)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.today.clicked.connect(lambda: self.set_day(date.today()))
        self.edit.dateChanged.connect(lambda _d: self._on_change(self.day()))
        QShortcut(QKeySequence("Ctrl+PgUp"), parent, activated=lambda: self.step(-1))
        QShortcut(QKeySequence("Ctrl+PgDown"), parent, activated=lambda: self.step(1))

    def day(self) -> date:
        return to_date(self.edit.date())

    def set_day(self, day: date) -> None:
        self.edit.setDate(to_qdate(day))

    def step(self, days: int) -> None:
        self.set_day(self.day() + timedelta(days=days))


class _Section(QWidget):
    """A titled list with a calm line in place of the table when there is nothing."""

    def __init__(self, title: str, headers: list[str], empty: str, parent: QWidget):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        self.title = _heading(self, 1.05)
        self.title.setText(title)
        self.empty = QLabel(empty, self)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 4px 2px;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.model = RowsModel(headers, self, text_tips=True)
        self.view: QTableView = table_view(self.model, self)
        self.view.setAccessibleName(title)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

    def fill(self, rows: list[tuple[str, ...]], records: list) -> None:
        chosen = self.view.selectionModel().selectedRows()
        current = self.model.record(chosen[0].row()) if chosen else None
        self.model.set_rows(rows, records)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        # an empty list is one line; the lists with rows share the height
        self.setSizePolicy(
            QSizePolicy.Policy.Preferred,
            QSizePolicy.Policy.Expanding if rows else QSizePolicy.Policy.Maximum,
        )
        fit_columns(self.view, 300, padding=12)
        if current is not None:  # keep her place across a refresh
            for row, record in enumerate(self.model.records()):
                if record.consultation_id == current.consultation_id:
                    self.view.selectRow(row)


class MyDayPanel(QWidget):
    """The specialist's own day. The selected row (in any of the three lists) is what
    the row actions work on."""

    def __init__(self, page: ConsultationsPage):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.stale = True
        self.selected: Appointment | FollowUp | None = None
        self._round = 0
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.heading = _heading(self)
        top.addWidget(self.heading, 1)
        self.day = DayChooser(self, lambda _day: self.refresh())
        top.addWidget(self.day)
        layout.addLayout(top)

        actions = QHBoxLayout()
        self.log_button = _big_button(self.tr("&Log a held consultation"), self, primary=True)
        self.schedule_button = _big_button(self.tr("&Schedule an appointment"), self)
        keys = QLabel(self.tr("Ctrl+N: log a consultation · Ctrl+Shift+N: book"), self)
        keys.setStyleSheet("color: palette(placeholder-text);")
        keys.setWordWrap(True)
        actions.addWidget(self.log_button)
        actions.addWidget(self.schedule_button)
        actions.addWidget(keys, 1)
        layout.addLayout(actions)

        selected = QHBoxLayout()
        selected.addWidget(QLabel(self.tr("Selected row:"), self))
        self.held_button = _big_button(self.tr("Mark &held"), self)
        self.no_show_button = _big_button(self.tr("Mark &no-show"), self)
        self.cancel_button = _big_button(self.tr("&Cancel appointment"), self)
        self.book_next_button = _big_button(self.tr("&Book a follow-up"), self)
        self.history_button = _big_button(self.tr("Her consultation histo&ry"), self)
        self.held_button.setToolTip(
            self.tr("The selected appointment took place: record its topics, outcome and note.")
        )
        self.no_show_button.setToolTip(self.tr("She did not come to the selected appointment."))
        self.cancel_button.setToolTip(self.tr("Cancel the selected appointment."))
        self.book_next_button.setToolTip(
            self.tr("Book the next appointment for the selected overdue follow-up.")
        )
        self.history_button.setToolTip(
            self.tr("All consultations of the selected client (or double-click the row).")
        )
        for b in (
            self.held_button,
            self.no_show_button,
            self.cancel_button,
            self.book_next_button,
            self.history_button,
        ):
            selected.addWidget(b)
        selected.addStretch(1)
        layout.addLayout(selected)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)

        self.today = _Section(
            self.tr("Appointments"),
            [self.tr("Time"), self.tr("Client"), self.tr("Format"), self.tr("Status")],
            self.tr("Nothing booked for this day."),
            self,
        )
        self.upcoming = _Section(
            fill(self.tr("The next %1 days"), str(consultations.UPCOMING_DAYS)),
            [self.tr("Date"), self.tr("Time"), self.tr("Client"), self.tr("Format")],
            self.tr("Nothing booked yet."),
            self,
        )
        self.follow_ups = _Section(
            self.tr("Overdue follow-ups"),
            [self.tr("Client"), self.tr("Last consultation"), self.tr("Follow-up was due")],
            self.tr("No follow-up is overdue."),
            self,
        )
        layout.addWidget(self.today, 3)
        layout.addWidget(self.upcoming, 2)
        layout.addWidget(self.follow_ups, 2)
        layout.addStretch(0)  # takes the height when every list is empty
        self.sections = (self.today, self.upcoming, self.follow_ups)
        for section in self.sections:
            section.view.selectionModel().selectionChanged.connect(
                lambda _new, _old, s=section: self._selection_changed(s)
            )
            section.view.activated.connect(lambda index, s=section: self._activated(s, index))

        self.log_button.clicked.connect(lambda: self.log())
        self.schedule_button.clicked.connect(lambda: self.schedule())
        self.held_button.clicked.connect(self.mark_held)
        self.no_show_button.clicked.connect(lambda: self.act(AppointmentActionDialog.NO_SHOW))
        self.cancel_button.clicked.connect(lambda: self.act(AppointmentActionDialog.CANCEL))
        self.book_next_button.clicked.connect(self._book_next)
        self.history_button.clicked.connect(self._open_history)
        # on the page, not the tab: they work from the client history as well
        QShortcut(QKeySequence("Ctrl+N"), page, activated=lambda: self.log())
        QShortcut(QKeySequence("Ctrl+Shift+N"), page, activated=lambda: self.schedule())
        self._update_actions()

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.stale = False
        self._round += 1
        number = self._round
        day = self.day.day()
        if day == date.today():
            self.heading.setText(fill(self.tr("My day: %1"), long_date_text(day)))
        else:
            self.heading.setText(long_date_text(day))
        self.ctx.call(
            consultations.my_day,
            day,
            on_done=lambda plan: self._show(number, plan),
            on_error=self._failed,
            owner=self,
        )

    def _show(self, number: int, plan: MyDay) -> None:
        if number != self._round:
            return
        self.today.fill(
            [
                (
                    _time_range(a),
                    name_and_code(a.client_name, a.client_code),  # her specialist's day
                    code_label(ConsultationFormat, a.format),
                    code_label(ConsultationStatus, a.status),
                )
                for a in plan.today
            ],
            list(plan.today),
        )
        self.upcoming.fill(
            [
                (
                    date_text(a.starts_at.date()),
                    _time_range(a),
                    name_and_code(a.client_name, a.client_code),
                    code_label(ConsultationFormat, a.format),
                )
                for a in plan.upcoming
            ],
            list(plan.upcoming),
        )
        self.follow_ups.fill(
            [
                (
                    name_and_code(f.client_name, f.client_code),
                    date_text(f.held_at.date()),
                    date_text(f.follow_up_on),
                )
                for f in plan.overdue_follow_ups
            ],
            list(plan.overdue_follow_ups),
        )
        self.today.title.setText(
            self.tr("Appointments today")
            if plan.day == date.today()
            else fill(self.tr("Appointments on %1"), date_text(plan.day))
        )
        self._selection_changed(None)

    def _failed(self, error: OberihError) -> None:
        self.stale = True
        self.say(error.user_message(), error=True)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else SAVED_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- selection ------------------------------------------------------------------------

    def _selection_changed(self, section: _Section | None) -> None:
        if section is not None and section.view.selectionModel().hasSelection():
            for other in self.sections:
                if other is not section:
                    other.view.clearSelection()
        self.selected = None
        for s in self.sections:
            rows = s.view.selectionModel().selectedRows()
            if rows:
                self.selected = s.model.record(rows[0].row())
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.selected
        booked = (
            isinstance(chosen, Appointment) and chosen.status == ConsultationStatus.SCHEDULED.value
        )
        for b in (self.held_button, self.no_show_button, self.cancel_button):
            b.setEnabled(booked)
        self.book_next_button.setEnabled(isinstance(chosen, FollowUp))
        self.history_button.setEnabled(chosen is not None)

    def _activated(self, section: _Section, index: QModelIndex) -> None:
        record = section.model.record(index.row())
        if record is not None:
            self.page.show_history(record.client_id, record.client_code)

    # --- actions --------------------------------------------------------------------------

    def _client_of_selection(self) -> tuple[int, str] | None:
        if self.selected is None:
            return None
        return (self.selected.client_id, self.selected.client_code)

    def log(self, client: tuple[int, str] | None = None) -> LogConsultationDialog:
        dialog = LogConsultationDialog(self.ctx, self, client)
        dialog.accepted.connect(
            lambda: self._saved(
                fill(
                    self.tr("Saved: consultation with %1 on %2."),
                    dialog.client_code(),
                    datetime_text(dialog.saved_record.starts_at),
                )
            )
        )
        dialog.open()
        return dialog

    def schedule(self, client: tuple[int, str] | None = None) -> ScheduleDialog:
        dialog = ScheduleDialog(self.ctx, self, client)
        dialog.accepted.connect(
            lambda: self._saved(
                fill(
                    self.tr("Booked: %1 on %2."),
                    dialog.client_code(),
                    datetime_text(dialog.saved_record.starts_at),
                )
            )
        )
        dialog.open()
        return dialog

    def mark_held(self) -> MarkHeldDialog | None:
        chosen = self.selected
        if not isinstance(chosen, Appointment):
            return None
        dialog = MarkHeldDialog(self.ctx, chosen, self)
        dialog.accepted.connect(
            lambda: self._saved(fill(self.tr("Marked held: %1."), chosen.client_code))
        )
        dialog.open()
        return dialog

    def act(self, action: str) -> AppointmentActionDialog | None:
        chosen = self.selected
        if not isinstance(chosen, Appointment):
            return None
        dialog = AppointmentActionDialog(self.ctx, chosen, action, self)
        if action == AppointmentActionDialog.NO_SHOW:
            done = fill(self.tr("Marked as no-show: %1."), chosen.client_code)
        else:
            done = fill(
                self.tr("Cancelled: %1 on %2."),
                chosen.client_code,
                datetime_text(chosen.starts_at),
            )
        dialog.accepted.connect(lambda: self._saved(done))
        dialog.open()
        return dialog

    def _book_next(self) -> None:
        client = self._client_of_selection()
        if client is not None:
            self.schedule(client)

    def _open_history(self) -> None:
        client = self._client_of_selection()
        if client is not None:
            self.page.show_history(*client)

    def _saved(self, text: str) -> None:
        self.say("✓ " + text)


class DayPlanPanel(QWidget):
    """Every specialist's consultations of a day, who and when only (case workers,
    administrators). Read-only."""

    def __init__(self, page: ConsultationsPage):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.kinds = readable_kinds(self.ctx)
        self.stale = True
        self._round = 0
        self._arrived: dict[ConsultationKind, tuple[ScheduleEntry, ...]] = {}
        self.entries: list[ScheduleEntry] = []
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.heading = _heading(self)
        top.addWidget(self.heading, 1)
        self.day = DayChooser(self, lambda _day: self.refresh())
        top.addWidget(self.day)
        layout.addLayout(top)

        filters = QHBoxLayout()
        caption = QLabel(self.tr("&Specialist:"), self)
        self.specialist = QComboBox(self)
        self.specialist.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption.setBuddy(self.specialist)
        filters.addWidget(caption)
        filters.addWidget(self.specialist)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.scope = QLabel(
            self.tr(
                "Who sees whom and when. What was discussed stays with the psychologist or "
                "lawyer. Double-click a row for the client's consultation history."
            ),
            self,
        )
        self.scope.setWordWrap(True)
        self.scope.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.scope)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model = RowsModel(
            [
                self.tr("Time"),
                self.tr("Kind"),
                self.tr("Specialist"),
                self.tr("Client"),
                self.tr("Format"),
                self.tr("Status"),
            ],
            self,
            text_tips=True,
        )
        self.view = table_view(self.model, self)
        self.view.setAccessibleName(self.tr("Consultations of the day"))
        layout.addWidget(self.view, 1)
        layout.addStretch(0)  # keeps the "no consultations" line at the top
        self.specialist.currentIndexChanged.connect(lambda _i: self._show())
        self.view.activated.connect(self._activated)

    def refresh(self) -> None:
        self.stale = False
        self._round += 1
        number = self._round
        self._arrived = {}
        day = self.day.day()
        self.heading.setText(fill(self.tr("Day plan: %1"), long_date_text(day)))
        for kind in self.kinds:
            self.ctx.call(
                consultations.day_schedule,
                kind.value,
                day,
                on_done=lambda rows, k=kind: self._received(number, k, rows),
                on_error=lambda error: self._failed(number, error),
                owner=self,
            )

    def _received(self, number: int, kind: ConsultationKind, rows: tuple) -> None:
        if number != self._round:
            return
        self._arrived[kind] = rows
        if len(self._arrived) < len(self.kinds):
            return
        self.entries = sorted(
            (e for k in self.kinds for e in self._arrived[k]),
            key=lambda e: (e.starts_at, e.specialist_name, e.consultation_id),
        )
        chosen = self.specialist.currentData()
        names = sorted({(e.specialist_name, e.specialist_id) for e in self.entries})
        self.specialist.blockSignals(True)
        self.specialist.clear()
        self.specialist.addItem(self.tr("All specialists"), None)
        for name, account_id in names:
            self.specialist.addItem(name, account_id)
        index = self.specialist.findData(chosen)
        self.specialist.setCurrentIndex(max(index, 0))
        self.specialist.blockSignals(False)
        self._show()

    def _show(self) -> None:
        who = self.specialist.currentData()
        shown = [e for e in self.entries if who is None or e.specialist_id == who]
        self.model.set_rows(
            [
                (
                    _time_range(e),
                    code_label(ConsultationKind, e.kind),
                    e.specialist_name,
                    e.client_code,
                    code_label(ConsultationFormat, e.format),
                    code_label(ConsultationStatus, e.status),
                )
                for e in shown
            ],
            shown,
        )
        fit_columns(self.view, 300, padding=12)
        self.view.setVisible(bool(shown))
        self._status(self.tr("No consultations on this day.") if not shown else "")

    def _failed(self, number: int, error: OberihError) -> None:
        if number != self._round:
            return
        self._round += 1
        self.stale = True
        self.entries = []
        self._show()
        self._status(error.user_message(), error=True)

    def _status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "color: palette(placeholder-text);")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.record(index.row())
        if entry is not None:
            self.page.show_history(entry.client_id, entry.client_code)


class HistoryPanel(QWidget):
    """Choose a client, see her consultations. Psychologists and lawyers can log or book
    for her from here."""

    def __init__(self, page: ConsultationsPage):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.stale = False
        self.code = ""
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        caption = QLabel(self.tr("C&lient:"), self)
        self.picker = ClientPicker(self.ctx, self)
        caption.setBuddy(self.picker)
        row.addWidget(caption)
        row.addWidget(self.picker, 1)
        self.log_button = self.book_button = None
        if own_kind(self.ctx) is not None:
            self.log_button = QPushButton(self.tr("Log a consultation with her"), self)
            self.book_button = QPushButton(self.tr("Book an appointment for her"), self)
            row.addWidget(self.log_button)
            row.addWidget(self.book_button)
            self.log_button.clicked.connect(lambda: self.page.my_day.log(self._client()))
            self.book_button.clicked.connect(lambda: self.page.my_day.schedule(self._client()))
        layout.addLayout(row)
        self.history = ConsultationHistory(self.ctx, self)
        layout.addWidget(self.history, 1)
        self.picker.client_chosen.connect(self._picked)
        self.picker.textEdited.connect(lambda _t: self._enable())
        self._enable()

    def _client(self) -> tuple[int, str] | None:
        if self.picker.client_id is None:
            return None
        return (self.picker.client_id, self.code)

    def _enable(self) -> None:
        for b in (self.log_button, self.book_button):
            if b is not None:
                b.setEnabled(self.picker.client_id is not None)

    def _picked(self, client_id: int) -> None:
        self.code = self.picker.chosen.code if self.picker.chosen is not None else ""
        self.history.show_client(client_id, self.code)
        self._enable()

    def open_client(self, client_id: int, code: str | None = None) -> None:
        """Show her history. Without a code (another area asked by id) her card is read
        first for it, which the clients service audits as a view."""
        if code is None:
            self.ctx.call(
                clients.get_client,
                client_id,
                on_done=self._opened,
                on_error=lambda error: self.history.show_status(error.user_message(), error=True),
                owner=self,
            )
            return
        self.picker.setText(code)
        self.picker.client_id = client_id
        self.code = code
        self.history.show_client(client_id, code)
        self._enable()

    def _opened(self, card: ClientCard) -> None:
        self.open_client(card.id, card.code)

    def refresh(self) -> None:
        self.stale = False
        self.history.reload()


class ConsultationsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.my_day: MyDayPanel | None = None
        self.day_plan: DayPlanPanel | None = None
        if own_kind(ctx) is not None:
            self.my_day = MyDayPanel(self)
            self.tabs.addTab(self.my_day, self.tr("&My day"))
        else:
            self.day_plan = DayPlanPanel(self)
            self.tabs.addTab(self.day_plan, self.tr("Day &plan"))
        self.history = HistoryPanel(self)
        self.tabs.addTab(self.history, self.tr("Client his&tory"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current(only_stale=True))
        ctx.changed.connect(self._data_changed)

    def panels(self) -> list[QWidget]:
        return [p for p in (self.my_day, self.day_plan, self.history) if p is not None]

    def activate(self) -> None:
        self._refresh_current(only_stale=False)

    def navigate_to(self, argument: object) -> None:
        """Another area asks for a client's consultation history (argument: client id)."""
        if isinstance(argument, int) and not isinstance(argument, bool):
            self._to_history()
            self.history.open_client(argument)

    def show_history(self, client_id: int, code: str) -> None:
        self._to_history()
        self.history.open_client(client_id, code)

    def _to_history(self) -> None:
        self.history.stale = False  # about to load another client: no reload of the last
        self.tabs.setCurrentWidget(self.history)

    def _refresh_current(self, *, only_stale: bool) -> None:
        panel = self.tabs.currentWidget()
        if panel is self.history and not only_stale:
            only_stale = True  # re-reading notes is audited: only when something changed
        if panel is not None and (panel.stale or not only_stale):
            panel.refresh()

    def _data_changed(self, changes: Changes) -> None:
        if not changes.touches(Kind.CONSULTATIONS, Kind.CLIENTS):
            return
        for panel in self.panels():
            panel.stale = True
        if self.isVisible():
            self._refresh_current(only_stale=True)
