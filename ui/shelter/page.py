"""The Shelter area: the board of rooms and beds for a chosen night, with what the case
worker does many times a day (admit, extend, move, record a departure) one click away,
and the waiting list, turn-aways and stays near their limit beside it.

The board shows client codes only: the screen of a shared workstation may be seen by
others. Her name appears in the panel of the selected bed, for roles that may read
client identities. Each bed's state is told by colour AND by a symbol and words, so the
board reads the same in black and white."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QLocale,
    Qt,
)
from PySide6.QtGui import (
    QColor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_app import clients, shelter, shelter_layout
from shelter_app.changes import Changes, Kind
from shelter_app.permissions import Permission
from shelter_app.shelter import LimitWarning, StayRecord, TurnAwayRecord, WaitingEntry
from shelter_app.shelter_layout import BedState, Board, BoardBed, BoardRoom, Occupancy
from shelter_app.vocabulary import (
    ReferringBody,
    TurnAwayReason,
    label,
)

from ..context import AppContext
from ..display import date_text, to_date, to_qdate
from ..table_model import Column, TableModel
from .bed_panel import BedPanel
from .board import BoardView, FlowLayout
from .dialogs import (
    AdmitDialog,
    CancelAdmissionDialog,
    DischargeDialog,
    ExtendDialog,
    MoveDialog,
    PlannedDepartureDialog,
    StayFacts,
    TurnAwayDialog,
    WaitingListDialog,
    WithdrawDialog,
    date_edit,
    hint_label,
)
from .lists import WaitingModel, table_view
from .month_chart import MonthChart
from .tiles import LOOKS, NOTICE_STYLE, TileKind

# what the page shows: stays, beds, the waiting list, turn-aways and clients' codes
SHOWN_KINDS = frozenset(
    {Kind.STAYS, Kind.SHELTER_LAYOUT, Kind.WAITING_LIST, Kind.TURN_AWAYS, Kind.CLIENTS}
)


# --- the page -------------------------------------------------------------------------------


class ShelterPage(QWidget):
    """The shelter board and everything around it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.can_write = ctx.can(Permission.WRITE_STAYS_ENROLMENTS)
        self.day = date.today()
        self.board: Board | None = None
        self.occupancy: Occupancy | None = None
        self.record: StayRecord | None = None
        self.dialog: QDialog | None = None
        self._generation = 0
        self._stale = True
        self._reveal_after_load: int | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addLayout(self._build_top())
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_board_tab(), self.tr("&Board"))
        self.tabs.addTab(self._build_limits_tab(), self.tr("Near the &limit"))
        self.tabs.addTab(self._build_turn_aways_tab(), self.tr("&Turn-aways"))
        outer.addWidget(self.tabs, 1)
        ctx.changed.connect(self._data_changed)
        ctx.settings_changed.connect(self._settings_changed)

    # --- building -------------------------------------------------------------------------

    def _build_top(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_day = QPushButton("◀", self)
        self.previous_day.setToolTip(self.tr("Previous night (Alt+Left)"))
        self.previous_day.setAccessibleName(self.tr("Previous night"))
        self.previous_day.setShortcut("Alt+Left")
        self.date_edit = date_edit(self.day, self)
        self.date_edit.setToolTip(self.tr("The night the board shows"))
        caption = QLabel(self.tr("N&ight of:"), self)
        caption.setBuddy(self.date_edit)
        self.next_day = QPushButton("▶", self)
        self.next_day.setToolTip(self.tr("Next night (Alt+Right)"))
        self.next_day.setAccessibleName(self.tr("Next night"))
        self.next_day.setShortcut("Alt+Right")
        for button in (self.previous_day, self.next_day):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") + 24)
        self.today_button = QPushButton(self.tr("Toda&y"), self)
        self.previous_day.clicked.connect(lambda: self.set_day(self.day - timedelta(days=1)))
        self.next_day.clicked.connect(lambda: self.set_day(self.day + timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.set_day(date.today()))
        self.date_edit.dateChanged.connect(lambda d: self.set_day(to_date(d)))
        for widget in (caption, self.previous_day, self.date_edit, self.next_day):
            row.addWidget(widget)
        row.addWidget(self.today_button)
        row.addSpacing(16)
        summary = QVBoxLayout()
        summary.setSpacing(0)
        self.beds_label = QLabel(self)
        font = self.beds_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.beds_label.setFont(font)
        self.people_label = QLabel(self)
        self.people_label.setStyleSheet("color: #5f5f5f;")
        summary.addWidget(self.beds_label)
        summary.addWidget(self.people_label)
        row.addLayout(summary, 1)
        self.admit_button = QPushButton(self.tr("&Admit…"), self)
        self.admit_button.setToolTip(self.tr("Admit a woman to a free bed (Ctrl+N)"))
        self.admit_button.setShortcut("Ctrl+N")
        self.admit_button.clicked.connect(lambda: self.admit())
        self.admit_button.setVisible(self.can_write)
        row.addWidget(self.admit_button)
        return row

    def _build_legend(self, parent: QWidget) -> QWidget:
        legend = QWidget(parent)
        flow = FlowLayout(legend, spacing=12)
        flow.setContentsMargins(0, 0, 0, 0)
        for kind, text in (
            (TileKind.FREE, self.tr("Free")),
            (TileKind.BOOKED, self.tr("Free, booked later")),
            (TileKind.OCCUPIED, self.tr("Occupied")),
            (TileKind.SOON, self.tr("Departure or limit soon")),
            (TileKind.OVER, self.tr("Over the allowed stay")),
            (TileKind.OUT_OF_USE, self.tr("Unavailable")),
        ):
            look = LOOKS[kind]
            item = QLabel(f"{look.symbol} {text}", legend)
            style = {
                Qt.PenStyle.DashLine: "dashed",
                Qt.PenStyle.DotLine: "dotted",
            }.get(look.line, "solid")
            item.setStyleSheet(
                f"background: {look.background}; border: {look.width}px {style} {look.border};"
                " border-radius: 3px; padding: 1px 6px; color: #1f1f1f;"
            )
            flow.addWidget(item)
        return legend

    def _build_board_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._build_legend(tab))
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        self.board_view = BoardView(self.can_write, splitter)
        self.board_view.bed_clicked.connect(self._select)
        self.board_view.bed_opened.connect(self._open_bed)
        self.board_view.waiting_dropped.connect(self._dropped)
        splitter.addWidget(self.board_view)
        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 0, 0, 0)
        self.side_tabs = QTabWidget(side)
        self.bed_panel = BedPanel(self.ctx, self.side_tabs)
        self.bed_panel.action.connect(self._bed_action)
        self.side_tabs.addTab(self.bed_panel, self.tr("&Selected bed"))
        self.side_tabs.addTab(self._build_waiting(self.side_tabs), self.tr("&Waiting list"))
        side_layout.addWidget(self.side_tabs, 1)
        self.month_title = QLabel(side)
        font = self.month_title.font()
        font.setBold(True)
        self.month_title.setFont(font)
        side_layout.addWidget(self.month_title)
        self.chart = MonthChart(side)
        self.chart.day_clicked.connect(self.set_day)
        side_layout.addWidget(self.chart)
        self.month_note = hint_label("", side)
        side_layout.addWidget(self.month_note)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)
        side.setMinimumWidth(250)
        splitter.setSizes([700, 270])
        layout.addWidget(splitter, 1)
        return tab

    def _build_waiting(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        self.waiting_model = WaitingModel(
            [
                Column(self.tr("Client"), lambda e: e.client_code),
                Column(self.tr("Waiting since"), lambda e: date_text(e.requested_on)),
                Column(self.tr("Children"), lambda e: str(e.children), True),
            ],
            self.can_write,
            box,
        )
        self.waiting_view = table_view(self.waiting_model, box)
        self.waiting_view.setDragEnabled(self.can_write)
        self.waiting_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.waiting_view.doubleClicked.connect(lambda _i: self._admit_waiting())
        layout.addWidget(self.waiting_view, 1)
        if self.can_write:
            layout.addWidget(hint_label(self.tr("Drag a row onto a free bed to admit her."), box))
        buttons = QGridLayout()
        self.waiting_add = QPushButton(self.tr("A&dd…"), box)
        self.waiting_admit = QPushButton(self.tr("Ad&mit her…"), box)
        self.waiting_withdraw = QPushButton(self.tr("Ta&ke off the list…"), box)
        self.waiting_add.clicked.connect(self._add_waiting)
        self.waiting_admit.clicked.connect(self._admit_waiting)
        self.waiting_withdraw.clicked.connect(self._withdraw_waiting)
        buttons.addWidget(self.waiting_add, 0, 0)
        buttons.addWidget(self.waiting_admit, 0, 1)
        buttons.addWidget(self.waiting_withdraw, 1, 0, 1, 2)
        layout.addLayout(buttons)
        for button in (self.waiting_add, self.waiting_admit, self.waiting_withdraw):
            button.setVisible(self.can_write)
        self.waiting_view.selectionModel().selectionChanged.connect(self._waiting_selection)
        self._waiting_selection()
        return box

    def _build_limits_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.limits_hint = hint_label("", tab)
        layout.addWidget(self.limits_hint)
        self.limits_model = TableModel(
            [
                Column(self.tr("Client"), lambda w: w.client_code),
                Column(self.tr("Admitted"), lambda w: date_text(w.admitted_on)),
                Column(self.tr("Allowed until"), lambda w: date_text(w.allowed_until)),
                Column(self.tr("Time left"), self._time_left),
                Column(
                    self.tr("Can be extended until"),
                    lambda w: (
                        date_text(w.extendable_until)
                        if w.extendable_until
                        else self.tr("no further extension")
                    ),
                ),
            ],
            tab,
            tint=lambda w: QColor("#8c1d18") if w.over_limit else None,
        )
        self.limits_view = table_view(self.limits_model, tab)
        self.limits_view.doubleClicked.connect(lambda _i: self._show_limit_bed())
        layout.addWidget(self.limits_view, 1)
        row = QHBoxLayout()
        self.limits_show = QPushButton(self.tr("&Show her bed"), tab)
        self.limits_extend = QPushButton(self.tr("E&xtend the stay…"), tab)
        self.limits_show.clicked.connect(self._show_limit_bed)
        self.limits_extend.clicked.connect(self._extend_limit)
        self.limits_extend.setVisible(self.can_write)
        row.addWidget(self.limits_show)
        row.addWidget(self.limits_extend)
        row.addStretch(1)
        layout.addLayout(row)
        self.limits_view.selectionModel().selectionChanged.connect(self._limits_selection)
        self._limits_selection()
        return tab

    def _build_turn_aways_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        first = date.today().replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        self.turn_from = date_edit(first, tab)
        self.turn_to = date_edit(last, tab)
        caption_from = QLabel(self.tr("&From:"), tab)
        caption_from.setBuddy(self.turn_from)
        caption_to = QLabel(self.tr("t&o:"), tab)
        caption_to.setBuddy(self.turn_to)
        for widget in (caption_from, self.turn_from, caption_to, self.turn_to):
            row.addWidget(widget)
        self.turn_summary = QLabel(tab)
        row.addSpacing(12)
        row.addWidget(self.turn_summary, 1)
        self.turn_record = QPushButton(self.tr("&Record a turn-away…"), tab)
        self.turn_record.clicked.connect(self._record_turn_away)
        self.turn_record.setVisible(self.can_write)
        row.addWidget(self.turn_record)
        layout.addLayout(row)
        self.turn_error = hint_label("", tab)
        self.turn_error.hide()
        layout.addWidget(self.turn_error)
        self.turn_model = TableModel(
            [
                Column(self.tr("Date"), lambda t: date_text(t.on_date)),
                Column(self.tr("Reason"), lambda t: label(TurnAwayReason(t.reason))),
                Column(self.tr("Children"), lambda t: str(t.children), True),
                Column(self.tr("Referred by"), lambda t: label(ReferringBody(t.referred_by))),
                Column(self.tr("Client"), lambda t: t.client_code or self.tr("anonymous")),
            ],
            tab,
        )
        self.turn_view = table_view(self.turn_model, tab)
        layout.addWidget(self.turn_view, 1)
        self.turn_from.dateChanged.connect(lambda _d: self._load_turn_aways())
        self.turn_to.dateChanged.connect(lambda _d: self._load_turn_aways())
        return tab

    # --- the area's entry points ------------------------------------------------------------

    def activate(self) -> None:
        self.reload()

    def navigate_to(self, client_id: object) -> None:
        """Show her bed: today's board, or the night her booked stay begins."""
        if not isinstance(client_id, int):
            return
        self.tabs.setCurrentIndex(0)
        self.ctx.call(
            shelter.client_stays,
            client_id,
            on_done=self._show_her_bed,
            on_error=lambda e: self._notify(e.user_message()),
            owner=self,
        )

    def set_day(self, day: date) -> None:
        if not isinstance(day, date):
            return
        day = min(max(day, date(2000, 1, 1)), date(2200, 12, 31))
        if self.date_edit.date() != to_qdate(day):
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(to_qdate(day))
            self.date_edit.blockSignals(False)
        if day != self.day or self._stale:
            if day != self.day:
                self.notice.hide()
            self.day = day
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self._generation += 1
        number, day = self._generation, self.day
        first = day.replace(day=1)
        stop = (first + timedelta(days=32)).replace(day=1)
        call = self.ctx.call
        call(shelter_layout.board, day, on_done=lambda b: self._got_board(number, b), owner=self)
        call(
            shelter_layout.occupancy,
            day,
            on_done=lambda o: self._got_occupancy(number, o),
            owner=self,
        )
        call(
            shelter_layout.monthly_occupancy,
            day.year,
            day.month,
            on_done=lambda n: self._got_month(number, n),
            owner=self,
        )
        call(
            shelter_layout.bed_nights,
            first,
            stop,
            on_done=lambda n: self._got_bed_nights(number, n),
            owner=self,
        )
        call(shelter.waiting_list, on_done=self._got_waiting, owner=self)
        call(shelter.stays_near_or_over_limit, on_done=self._got_limits, owner=self)
        self._load_turn_aways()

    def _settings_changed(self, _settings: object) -> None:
        self._went_stale()  # the allowed stay and the warning days may differ

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(*SHOWN_KINDS):
            self._went_stale()

    def _went_stale(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # --- results ----------------------------------------------------------------------------

    def _got_board(self, number: int, board: Board) -> None:
        if number != self._generation:
            return
        self.board = board
        if self.board_view.show_board(board):
            self._tab_order()
        if self.board_view.selected in self.board_view.tiles:
            self._select(self.board_view.selected, reveal=False)
            if self._reveal_after_load == self.board_view.selected:
                self.board_view.reveal(self.board_view.selected)
                self.side_tabs.setCurrentIndex(0)
            self._reveal_after_load = None
        else:
            self.board_view.set_selected(None)
            self.record = None
            self.bed_panel.clear()

    def _tab_order(self) -> None:
        """Tab goes from the tab bar through the beds, room by room, then to the panel
        beside them (new tiles would otherwise come last in the focus chain)."""
        chain = [self.tabs.tabBar(), *self.board_view.tiles.values(), self.side_tabs.tabBar()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _got_occupancy(self, number: int, occupancy: Occupancy) -> None:
        if number != self._generation:
            return
        self.occupancy = occupancy
        night = (
            self.tr("Tonight")
            if occupancy.day == date.today()
            else self.tr("Night of %1").replace("%1", date_text(occupancy.day))
        )
        self.beds_label.setText(
            self.tr("%1: %2 of %3 beds taken")
            .replace("%1", night)
            .replace("%2", str(occupancy.beds_occupied))
            .replace("%3", str(occupancy.beds_total))
        )
        people = occupancy.women + occupancy.children
        self.people_label.setText(
            self.tr("%n person(s) in all:", "", people)
            + " "
            + self.tr("%n woman(en)", "", occupancy.women)
            + ", "
            + self.tr("%n child(ren)", "", occupancy.children)
            + " · "
            + self.tr("rooms hold %1").replace("%1", str(occupancy.places_total))
        )
        self.chart.set_capacity(occupancy.beds_total)

    def _got_month(self, number: int, nights: list[tuple[date, int]]) -> None:
        if number != self._generation:
            return
        month = QLocale().standaloneMonthName(self.day.month, QLocale.FormatType.LongFormat)
        self.month_title.setText(
            self.tr("Beds taken in %1 %2").replace("%1", month).replace("%2", str(self.day.year))
        )
        self.chart.set_nights(nights, self.day)

    def _got_bed_nights(self, number: int, nights: int) -> None:
        if number != self._generation:
            return
        self.month_note.setText(self.tr("%n bed-night(s) so far this month.", "", nights))

    def _got_waiting(self, entries: list[WaitingEntry]) -> None:
        self.waiting_model.set_rows(entries)
        self.side_tabs.setTabText(1, self.tr("&Waiting list (%1)").replace("%1", str(len(entries))))
        self._waiting_selection()

    def _got_limits(self, warnings: list[LimitWarning]) -> None:
        self.limits_model.set_rows(warnings)
        over = sum(1 for w in warnings if w.over_limit)
        self.tabs.setTabText(1, self.tr("Near the &limit (%1)").replace("%1", str(len(warnings))))
        self.limits_hint.setText(
            self.tr(
                "Stays whose allowed length ends within %n day(s) or has passed: time to "
                "extend, or to plan her move on.",
                "",
                self.ctx.settings.stay_warning_days,
            )
            + " "
            + self.tr("%n over the limit.", "", over)
        )
        self._limits_selection()

    def _time_left(self, warning: LimitWarning) -> str:
        if warning.over_limit:
            return "⚠ " + self.tr("over by %n day(s)", "", -warning.days_left)
        return self.tr("%n day(s) left", "", warning.days_left)

    def _load_turn_aways(self) -> None:
        start = to_date(self.turn_from.date())
        end = to_date(self.turn_to.date()) + timedelta(days=1)
        self.ctx.call(
            shelter.list_turn_aways,
            start,
            end,
            on_done=self._got_turn_aways,
            on_error=self._turn_aways_refused,
            owner=self,
        )

    def _got_turn_aways(self, rows: list[TurnAwayRecord]) -> None:
        self.turn_error.hide()
        self.turn_model.set_rows(rows)
        children = sum(r.children for r in rows)
        self.turn_summary.setText(
            self.tr("%n turn-away(s) in this period", "", len(rows))
            + (", " + self.tr("with %n child(ren)", "", children) if children else "")
        )

    def _turn_aways_refused(self, error) -> None:
        self.turn_model.set_rows([])
        self.turn_summary.clear()
        self.turn_error.setText(error.user_message())
        self.turn_error.show()

    # --- the selected bed -----------------------------------------------------------------

    def _find(self, bed_id: int) -> tuple[BoardRoom, BoardBed] | None:
        if self.board is None:
            return None
        for room in self.board.rooms:
            for bed in room.beds:
                if bed.bed_id == bed_id:
                    return room, bed
        return None

    def _select(self, bed_id: int, reveal: bool = True) -> None:
        found = self._find(bed_id)
        if found is None:
            return
        room, bed = found
        self.board_view.set_selected(bed_id)
        if reveal:
            self.side_tabs.setCurrentIndex(0)
        self.bed_panel.show_bed(room, bed, self.board_view.tiles[bed_id], self.can_write)
        self.record = None
        if bed.occupant is None:
            return
        stay_id, code = bed.occupant.stay_id, bed.occupant.client_code
        self.ctx.call(
            shelter.get_stay,
            stay_id,
            on_done=lambda r: self._got_record(bed_id, r),
            owner=self,
        )
        if self.ctx.can(Permission.READ_CLIENTS):
            self.ctx.call(
                clients.search_clients,
                code,
                limit=5,
                include_archived=True,
                on_done=lambda rows: self._got_name(bed_id, code, rows),
                on_error=lambda _e: None,
                owner=self,
            )

    def _got_record(self, bed_id: int, record: StayRecord) -> None:
        if self.board_view.selected == bed_id:
            self.record = record
            self.bed_panel.show_record(record)

    def _got_name(self, bed_id: int, code: str, rows: list[clients.ClientSummary]) -> None:
        if self.board_view.selected != bed_id:
            return
        match = next((r for r in rows if r.code == code), None)
        self.bed_panel.show_name(match.display_name if match else "")

    def _open_bed(self, bed_id: int) -> None:
        """Enter or double click: admit to a free bed; otherwise just select it."""
        found = self._find(bed_id)
        if found is None:
            return
        _room, bed = found
        if bed.occupant is None and bed.state == BedState.FREE.value and self.can_write:
            self.admit(bed_id)
        else:
            self._select(bed_id)

    def _bed_action(self, key: str) -> None:
        bed_id = self.board_view.selected
        if key == "admit" and bed_id is not None:
            self.admit(bed_id)
            return
        record = self.record
        if record is None:
            return
        facts = StayFacts.of(record)
        if key == "card":
            self.ctx.navigate.emit("clients", record.client_id)
            return
        dialogs = {
            "extend": lambda: ExtendDialog(self.ctx, facts, self),
            "planned": lambda: PlannedDepartureDialog(self.ctx, facts, self),
            "move": lambda: MoveDialog(self.ctx, facts, max(self.day, date.today()), self),
            "discharge": lambda: DischargeDialog(
                self.ctx, facts, min(self.day, date.today()), self
            ),
            "cancel": lambda: CancelAdmissionDialog(self.ctx, facts, self),
        }
        if key in dialogs:
            self._open(dialogs[key]())

    # --- dialogs ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        """One dialog at a time; it is modal to the window and kept through a lock."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            dialog.deleteLater()
            return self.dialog
        self.dialog = dialog
        dialog.saved.connect(self._written)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None

    def _written(self, result: object) -> None:
        if isinstance(result, StayRecord) and result.is_open and result.beds:
            self.board_view.selected = result.bed.bed_id
            if result.bed.from_date > self.day:
                self.notice_text(
                    self.tr("Booked: %1 arrives on %2; her bed shows from that night.")
                    .replace("%1", result.client_code)
                    .replace("%2", date_text(result.bed.from_date))
                )

    def admit(self, bed_id: int | None = None) -> QDialog | None:
        if not self.can_write:
            return None
        return self._open(AdmitDialog(self.ctx, self, day=self.day, bed_id=bed_id))

    def _dropped(self, bed_id: int, entry_id: int) -> None:
        entry = next((e for e in self.waiting_model.rows if e.id == entry_id), None)
        if entry is not None:
            self._admit_entry(entry, bed_id)

    def _admit_entry(self, entry: WaitingEntry, bed_id: int | None) -> None:
        dialog = self.admit(bed_id)
        if isinstance(dialog, AdmitDialog) and dialog.client.client_id is None:
            dialog.preset_client(entry.client_id, entry.client_code, entry.children)

    def _selected_free_bed(self) -> int | None:
        """The bed chosen on the board, if it is free: "Admit her" puts her there."""
        found = self._find(self.board_view.selected) if self.board_view.selected else None
        if found is not None and found[1].state == BedState.FREE.value:
            return found[1].bed_id
        return None

    def _selected_row(self, view: QTableView, model: TableModel) -> Any:
        rows = view.selectionModel().selectedRows()
        return model.row(rows[0].row()) if rows else None

    def _waiting_selection(self, *_args: object) -> None:
        chosen = self._selected_row(self.waiting_view, self.waiting_model) is not None
        self.waiting_admit.setEnabled(chosen)
        self.waiting_withdraw.setEnabled(chosen)

    def _add_waiting(self) -> None:
        self._open(WaitingListDialog(self.ctx, self))

    def _admit_waiting(self) -> None:
        entry = self._selected_row(self.waiting_view, self.waiting_model)
        if entry is not None and self.can_write:
            self._admit_entry(entry, self._selected_free_bed())

    def _withdraw_waiting(self) -> None:
        entry = self._selected_row(self.waiting_view, self.waiting_model)
        if entry is not None:
            self._open(WithdrawDialog(self.ctx, entry, self))

    def _record_turn_away(self) -> None:
        self._open(TurnAwayDialog(self.ctx, self))

    def _limits_selection(self, *_args: object) -> None:
        chosen = self._selected_row(self.limits_view, self.limits_model) is not None
        self.limits_show.setEnabled(chosen)
        self.limits_extend.setEnabled(chosen)

    def _show_limit_bed(self) -> None:
        warning = self._selected_row(self.limits_view, self.limits_model)
        if warning is not None:
            self.navigate_to(warning.client_id)

    def _extend_limit(self) -> None:
        warning: LimitWarning | None = self._selected_row(self.limits_view, self.limits_model)
        if warning is not None:
            facts = StayFacts(
                warning.stay_id,
                warning.client_id,
                warning.client_code,
                warning.admitted_on,
                warning.allowed_until,
            )
            self._open(ExtendDialog(self.ctx, facts, self))

    # --- her bed --------------------------------------------------------------------------

    def _show_her_bed(self, stays: list[StayRecord]) -> None:
        current = next((s for s in stays if s.is_open and s.beds), None)
        if current is None:
            self._notify(self.tr("She has no bed in the shelter now."))
            return
        self.notice.hide()
        self.board_view.selected = current.bed.bed_id
        self._reveal_after_load = current.bed.bed_id
        self._stale = True
        self.set_day(max(date.today(), current.bed.from_date))

    def _notify(self, text: str) -> None:
        self.notice_text(text)

    def notice_text(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
