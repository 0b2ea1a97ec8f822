"""The Shelter area: the board of rooms and beds of one site (the centre or a shelter at
another address) for a chosen night, with what the case worker does many times a day
(admit, extend, move, record a departure) one click away, and the waiting list,
turn-aways and stays near their limit beside it.

The board shows one site at a time. Each user's last choice is remembered in her own
settings (window_state.UserSettings); without one, the first shelter is shown (the
accounts name no site of their own yet), or the first site when there is no shelter.

The board shows client codes only: the screen of a shared workstation may be seen by
others. Her name appears in the panel of the selected bed, for roles that may read
client identities. Each bed's state is told by colour AND by a symbol and words, so the
board reads the same in black and white."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import (
    QLocale,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_app import clients, shelter, shelter_layout, sites
from shelter_app.changes import Changes, Kind
from shelter_app.i18n import fill
from shelter_app.permissions import Permission
from shelter_app.shelter import LimitWarning, StayRecord, WaitingEntry
from shelter_app.shelter_layout import BedState, Board, BoardBed, BoardRoom, Occupancy
from shelter_app.sites import SiteInfo, SiteKind

from ..context import AppContext
from ..display import date_text
from ..window_state import UserSettings
from .admission import AdmitDialog
from .bed_panel import BedPanel
from .board import BoardView, Legend, SideBySide
from .dialogs import (
    CancelAdmissionDialog,
    DischargeDialog,
    ExtendDialog,
    MoveDialog,
    PlannedDepartureDialog,
    StayFacts,
    TurnAwayDialog,
    WaitingListDialog,
    WithdrawDialog,
    hint_label,
)
from .lists import LimitsTab, TurnAwaysTab, WaitingPanel
from .month_chart import MonthChart
from .night_bar import NightBar
from .tiles import NOTICE_STYLE

# what the page shows: stays, beds, the waiting list, turn-aways and clients' codes
SHOWN_KINDS = frozenset(
    {Kind.STAYS, Kind.SHELTER_LAYOUT, Kind.WAITING_LIST, Kind.TURN_AWAYS, Kind.CLIENTS}
)
SITE_KEY = "shelter/site"  # the user's last site on the board (UserSettings)


def first_site(choices: list[SiteInfo], remembered: object) -> int | None:
    """The site the board opens on: her last choice while it is in use, else the first
    shelter, else the first site."""
    ids = [s.id for s in choices]
    try:
        wanted = int(remembered)  # type: ignore[call-overload]  # QSettings may give a str
    except (TypeError, ValueError):
        wanted = None
    if wanted in ids:
        return wanted
    shelters = [s.id for s in choices if s.kind == SiteKind.SHELTER]
    return (shelters or ids or [None])[0]


# --- the page -------------------------------------------------------------------------------


class ShelterPage(QWidget):
    """The shelter board and everything around it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.can_write = ctx.can(Permission.WRITE_STAYS_ENROLMENTS)
        self.day = date.today()
        self.site_id: int | None = None  # None until the sites have come
        self.sites: list[SiteInfo] = []
        self.board: Board | None = None
        self.occupancy: Occupancy | None = None
        self.record: StayRecord | None = None
        self.dialog: QDialog | None = None
        self._generation = 0
        self._stale = True
        self._reveal_after_load: int | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.night = NightBar(self.day, self.can_write, self)
        self.night.day_chosen.connect(self.set_day)
        self.night.site_chosen.connect(self.set_site)
        self.night.admit_requested.connect(lambda: self.admit())
        outer.addWidget(self.night)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_board_tab(), self.tr("&Board"))
        self.limits = LimitsTab(self.can_write, self.tabs)
        self.limits.show_requested.connect(self._show_limit_bed)
        self.limits.extend_requested.connect(self._extend_limit)
        self.tabs.addTab(self.limits, self.tr("Near the &limit"))
        self.turn_aways = TurnAwaysTab(ctx, self.can_write, self.tabs)
        self.turn_aways.record_requested.connect(self._record_turn_away)
        self.tabs.addTab(self.turn_aways, self.tr("&Turn-aways"))
        outer.addWidget(self.tabs, 1)
        ctx.changed.connect(self._data_changed)
        ctx.settings_changed.connect(self._settings_changed)

    # --- building -------------------------------------------------------------------------

    def _build_board_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(Legend(tab))
        splitter = SideBySide(tab)
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
        self.waiting = WaitingPanel(self.can_write, self.side_tabs)
        self.waiting.add_requested.connect(self._add_waiting)
        self.waiting.admit_requested.connect(self._admit_waiting)
        self.waiting.withdraw_requested.connect(self._withdraw_waiting)
        self.side_tabs.addTab(self.waiting, self.tr("&Waiting list"))
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
        side.setMinimumWidth(SideBySide.NARROWEST - 40)
        self.splitter = splitter
        layout.addWidget(splitter, 1)
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
        self.night.show_day(day)
        if day != self.day or self._stale:
            if day != self.day:
                self.notice.hide()
            self.day = day
            self.reload()

    def set_site(self, site_id: int) -> None:
        """Show another site's board; remembered as her choice for the next time."""
        if site_id == self.site_id or site_id not in {s.id for s in self.sites}:
            return
        self.site_id = site_id
        UserSettings(self.ctx.user).set_value(SITE_KEY, site_id)
        self.board_view.set_selected(None)
        self.notice.hide()
        self.reload()

    def reload(self) -> None:
        self._stale = False
        self._generation += 1
        number, day = self._generation, self.day
        first = day.replace(day=1)
        stop = (first + timedelta(days=32)).replace(day=1)
        call = self.ctx.call
        call(sites.list_sites, on_done=lambda found: self._got_sites(number, found), owner=self)
        call(shelter.waiting_list, on_done=self._got_waiting, owner=self)
        call(shelter.stays_near_or_over_limit, on_done=self._got_limits, owner=self)
        self.turn_aways.load()
        if self.site_id is None:
            return  # the site's own figures follow once the sites are known
        site = self.site_id
        call(
            shelter_layout.board,
            day,
            site_id=site,
            on_done=lambda b: self._got_board(number, b),
            owner=self,
        )
        call(
            shelter_layout.occupancy,
            day,
            site_id=site,
            on_done=lambda o: self._got_occupancy(number, o),
            owner=self,
        )
        call(
            shelter_layout.monthly_occupancy,
            day.year,
            day.month,
            site_id=site,
            on_done=lambda n: self._got_month(number, n),
            owner=self,
        )
        call(
            shelter_layout.bed_nights,
            first,
            stop,
            site_id=site,
            on_done=lambda n: self._got_bed_nights(number, n),
            owner=self,
        )

    def _got_sites(self, number: int, found: list[SiteInfo]) -> None:
        if number != self._generation:
            return
        self.sites = found
        chosen = self.site_id if self.site_id in {s.id for s in found} else None
        if chosen is None:
            chosen = first_site(found, UserSettings(self.ctx.user).value(SITE_KEY))
        self.night.show_sites(found, chosen)
        if chosen != self.site_id:
            self.site_id = chosen
            if chosen is not None:
                self.reload()

    def _settings_changed(self, _settings: object) -> None:
        self._went_stale()  # the allowed stay and the warning days may differ

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(*SHOWN_KINDS, Kind.SITES):
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
        self.night.show_occupancy(occupancy)
        self.chart.set_capacity(occupancy.beds_total)

    def _got_month(self, number: int, nights: list[tuple[date, int]]) -> None:
        if number != self._generation:
            return
        month = QLocale().standaloneMonthName(self.day.month, QLocale.FormatType.LongFormat)
        self.month_title.setText(fill(self.tr("Beds taken in %1 %2"), month, str(self.day.year)))
        self.chart.set_nights(nights, self.day)

    def _got_bed_nights(self, number: int, nights: int) -> None:
        if number != self._generation:
            return
        self.month_note.setText(self.tr("%n bed-night(s) so far this month.", "", nights))

    def _got_waiting(self, entries: list[WaitingEntry]) -> None:
        self.waiting.set_entries(entries)
        self.side_tabs.setTabText(1, fill(self.tr("&Waiting list (%1)"), str(len(entries))))

    def _got_limits(self, warnings: list[LimitWarning]) -> None:
        self.limits.set_warnings(warnings, self.ctx.settings.stay_warning_days)
        self.tabs.setTabText(1, fill(self.tr("Near the &limit (%1)"), str(len(warnings))))

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
            "move": lambda: MoveDialog(
                self.ctx, facts, max(self.day, date.today()), self, self.site_id
            ),
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
                    fill(
                        self.tr("Booked: %1 arrives on %2; her bed shows from that night."),
                        result.client_code,
                        date_text(result.bed.from_date),
                    )
                )

    def admit(self, bed_id: int | None = None) -> QDialog | None:
        if not self.can_write:
            return None
        return self._open(
            AdmitDialog(self.ctx, self, day=self.day, bed_id=bed_id, site_id=self.site_id)
        )

    def _dropped(self, bed_id: int, entry_id: int) -> None:
        entry = next((e for e in self.waiting.model.rows if e.id == entry_id), None)
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

    def _add_waiting(self) -> None:
        self._open(WaitingListDialog(self.ctx, self))

    def _admit_waiting(self) -> None:
        entry = self.waiting.selected()
        if entry is not None and self.can_write:
            self._admit_entry(entry, self._selected_free_bed())

    def _withdraw_waiting(self) -> None:
        entry = self.waiting.selected()
        if entry is not None:
            self._open(WithdrawDialog(self.ctx, entry, self))

    def _record_turn_away(self) -> None:
        self._open(TurnAwayDialog(self.ctx, self))

    def _show_limit_bed(self) -> None:
        warning = self.limits.selected()
        if warning is not None:
            self.navigate_to(warning.client_id)

    def _extend_limit(self) -> None:
        warning = self.limits.selected()
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
