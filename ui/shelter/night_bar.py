"""The line above the Shelter board: which site (the centre or a shelter at another
address) and which night it shows (previous, next, today), how many beds and people that
night holds, and the Admit button."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_app.i18n import fill
from shelter_app.shelter_layout import Occupancy
from shelter_app.sites import SiteInfo, kind_label

from ..display import date_text, to_date, to_qdate
from .dialogs import date_edit


class NightBar(QWidget):
    """Tells the page the night she chose (`day_chosen`) and that she wants to admit;
    the page decides what follows."""

    day_chosen = Signal(object)  # a date
    site_chosen = Signal(int)  # a site's id
    admit_requested = Signal()

    def __init__(self, day: date, can_write: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.day = day
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.site_box = QComboBox(self)
        self.site_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.site_box.setToolTip(self.tr("The site whose rooms the board shows"))
        self.site_box.setAccessibleName(self.tr("Site"))
        # English has no Alt letter left for it on this page (Tab reaches it first)
        site_caption = QLabel(self.tr("Site:"), self)
        site_caption.setBuddy(self.site_box)
        self.site_box.activated.connect(self._site_activated)
        row.addWidget(site_caption)
        row.addWidget(self.site_box)
        row.addSpacing(12)
        self.previous_day = QPushButton("◀", self)
        self.previous_day.setToolTip(self.tr("Previous night (Alt+Left)"))
        self.previous_day.setAccessibleName(self.tr("Previous night"))
        self.previous_day.setShortcut("Alt+Left")
        self.date_edit = date_edit(day, self)
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
        self.previous_day.clicked.connect(
            lambda: self.day_chosen.emit(self.day - timedelta(days=1))
        )
        self.next_day.clicked.connect(lambda: self.day_chosen.emit(self.day + timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.day_chosen.emit(date.today()))
        self.date_edit.dateChanged.connect(lambda d: self.day_chosen.emit(to_date(d)))
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
        self.admit_button = QPushButton(self.tr("Ad&mit…"), self)
        self.admit_button.setToolTip(self.tr("Admit a woman to a free bed (Ctrl+N)"))
        self.admit_button.setShortcut("Ctrl+N")
        self.admit_button.clicked.connect(self.admit_requested)
        self.admit_button.setVisible(can_write)
        row.addWidget(self.admit_button)

    def show_sites(self, sites: list[SiteInfo], chosen: int | None) -> None:
        """The sites to choose from, `chosen` selected (no signal: the page knows)."""
        self.site_box.blockSignals(True)
        self.site_box.clear()
        for site in sites:
            self.site_box.addItem(site.name, site.id)
            self.site_box.setItemData(
                self.site_box.count() - 1, kind_label(site.kind), Qt.ItemDataRole.ToolTipRole
            )
        index = self.site_box.findData(chosen)
        self.site_box.setCurrentIndex(max(index, 0))
        self.site_box.blockSignals(False)
        # one site: nothing to choose, but the name still says whose board it is
        self.site_box.setEnabled(len(sites) > 1)

    def _site_activated(self, index: int) -> None:
        site_id = self.site_box.itemData(index)
        if isinstance(site_id, int):
            self.site_chosen.emit(site_id)

    def show_day(self, day: date) -> None:
        """The night the page now shows (the date field follows without a signal)."""
        self.day = day
        if self.date_edit.date() != to_qdate(day):
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(to_qdate(day))
            self.date_edit.blockSignals(False)

    def show_occupancy(self, occupancy: Occupancy) -> None:
        night = (
            self.tr("Tonight")
            if occupancy.day == date.today()
            else fill(self.tr("Night of %1"), date_text(occupancy.day))
        )
        self.beds_label.setText(
            fill(
                self.tr("%1: %2 of %3 beds taken"),
                night,
                str(occupancy.beds_occupied),
                str(occupancy.beds_total),
            )
        )
        people = occupancy.women + occupancy.children
        self.people_label.setText(
            self.tr("%n person(s) in all:", "", people)
            + " "
            + self.tr("%n wom(an|en)", "", occupancy.women)
            + ", "
            + self.tr("%n child(ren)", "", occupancy.children)
            + " · "
            + fill(self.tr("rooms hold %1"), str(occupancy.places_total))
        )
