"""Admitting a woman and the children who come with her: only beds whose room has space
for all of them are offered, with the room's free places shown ("1 place free of 4"),
and when no room fits she is told at once and can put her on the waiting list from the
same dialog, before anything else is filled in."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_app import clients, shelter
from shelter_app.bed_offers import BedOffer, bed_offers
from shelter_app.errors import InvalidInput, OberihError
from shelter_app.i18n import fill
from shelter_app.permissions import Permission
from shelter_app.shelter import ChildInfo
from shelter_app.vocabulary import ReferringBody, Sex

from ..client_picker import ClientPicker
from ..context import AppContext
from ..display import date_text, to_date
from ..forms import BANNER_STYLE
from .dialogs import (
    HINT_STYLE,
    OptionalDate,
    ServiceDialog,
    date_edit,
    hint_label,
    select_data,
    vocabulary_combo,
)
from .family_children import FamilyChildren


class ChildrenEditor(QWidget):
    """Children who come with her and have no record yet: age and sex each, no names
    (the service makes an unnamed record for each, with the stay). `changed` when a row
    comes or goes (the beds offered depend on how many they are)."""

    changed = Signal()

    UNKNOWN_AGE = -1  # shown as "?": the service asks for the age if it is left so

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.grid)
        self.none_label = QLabel(self.tr("She comes without children."), self)
        self.none_label.setStyleSheet(HINT_STYLE)
        outer.addWidget(self.none_label)
        self.add_button = QPushButton(self.tr("Add a ch&ild"), self)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.add_button.clicked.connect(lambda: self.add_child())
        outer.addWidget(self.add_button)
        self.rows: list[tuple[QLabel, QSpinBox, QComboBox, QPushButton]] = []

    def add_child(self, age: int | None = None, sex: str = Sex.NOT_STATED.value) -> QSpinBox:
        number = len(self.rows) + 1
        caption = QLabel(fill(self.tr("Child %1, age:"), str(number)), self)
        spin = QSpinBox(self)
        spin.setRange(self.UNKNOWN_AGE, 17)
        spin.setSpecialValueText("?")
        spin.setValue(self.UNKNOWN_AGE if age is None else age)
        caption.setBuddy(spin)
        sex_box = QComboBox(self)
        for code, text in (
            (Sex.FEMALE.value, self.tr("girl")),
            (Sex.MALE.value, self.tr("boy")),
            (Sex.NOT_STATED.value, self.tr("not stated")),
        ):
            sex_box.addItem(text, code)
        select_data(sex_box, sex)
        remove = QPushButton(self.tr("Remove"), self)
        row_widgets = (caption, spin, sex_box, remove)
        remove.clicked.connect(lambda: self._remove(row_widgets))
        self.rows.append(row_widgets)
        self._relayout()
        spin.setFocus()
        return spin

    def set_count(self, count: int) -> None:
        """Rows for `count` children whose ages are still to be entered (from the
        waiting list, which records only how many)."""
        while self.rows:
            self._remove(self.rows[-1])
        for _ in range(count):
            self.add_child()

    def children(self) -> list[ChildInfo]:
        return [ChildInfo(spin.value(), box.currentData()) for _c, spin, box, _r in self.rows]

    def _remove(self, row: tuple[QLabel, QSpinBox, QComboBox, QPushButton]) -> None:
        self.rows.remove(row)
        for widget in row:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._relayout()
        self.add_button.setFocus()

    def _relayout(self) -> None:
        for number, (caption, spin, box, remove) in enumerate(self.rows):
            caption.setText(fill(self.tr("Child %1, age:"), str(number + 1)))
            self.grid.addWidget(caption, number, 0)
            self.grid.addWidget(spin, number, 1)
            self.grid.addWidget(box, number, 2)
            self.grid.addWidget(remove, number, 3)
        self.grid.setColumnStretch(4, 1)
        self.none_label.setVisible(not self.rows)
        self.add_button.setEnabled(len(self.rows) < shelter.MAX_CHILDREN)
        self.changed.emit()


class BedOfferChooser(QComboBox):
    """The beds free from the admission night on whose room holds `party` more people,
    each with its room's free places. The bed she started from stays chosen while it
    fits; otherwise the first that fits is chosen, so a fitting bed costs no click."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, site_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.site_id = site_id  # the board's site: its beds only (None: every site's)
        self.offers: list[BedOffer] = []
        self.party = 1
        self.ready = False
        self._wanted: int | None = None
        self._query = 0
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(30)

    def bed_id(self) -> int | None:
        data = self.currentData()
        return data if isinstance(data, int) else None

    def want(self, bed_id: int | None) -> None:
        self._wanted = bed_id
        self._fill()

    def fitting(self) -> list[BedOffer]:
        return [o for o in self.offers if o.fits(self.party)]

    def unfit(self) -> list[BedOffer]:
        return [o for o in self.offers if not o.fits(self.party)]

    def set_party(self, party: int) -> None:
        if party != self.party:
            self.party = party
            self._fill()

    def load(self, day: date) -> None:
        self._query += 1
        number = self._query
        self.ctx.call(
            bed_offers,
            day,
            site_id=self.site_id,
            on_done=lambda offers: self._loaded(number, offers),
            on_error=lambda _e: None,  # the service says what is wrong with the date
            owner=self,
        )

    def _loaded(self, number: int, offers: list[BedOffer]) -> None:
        if number != self._query:
            return
        self.offers = offers
        self.ready = True
        self._fill()

    def _fill(self) -> None:
        keep = self.bed_id() or self._wanted
        fitting = self.fitting()
        self.blockSignals(True)
        self.clear()
        for offer in fitting:
            self.addItem(self.offer_text(offer), offer.bed_id)
        if not fitting:
            self.addItem(self.tr("No bed fits"), None)
        self.setEnabled(bool(fitting))
        if keep is not None and self.findData(keep) >= 0:
            select_data(self, keep)
        self.blockSignals(False)
        self.currentIndexChanged.emit(self.currentIndex())
        if self.ready:
            self.loaded.emit()

    def offer_text(self, offer: BedOffer) -> str:
        return fill(
            self.tr("%1 · bed %2 — %n place(s) free of %3", "", offer.free_places),
            offer.room_name,
            offer.bed_label,
            str(offer.max_people),
        )


class NoRoomBanner(QWidget):
    """Said at once when no room has space for her and her children that night, with
    the waiting list offered in the same place."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setStyleSheet(BANNER_STYLE)
        column.addWidget(self.text)
        row = QHBoxLayout()
        self.waiting_button = QPushButton(self.tr("Add to the &waiting list"), self)
        row.addWidget(self.waiting_button)
        row.addStretch(1)
        column.addLayout(row)
        self.hide()


class AdmitDialog(ServiceDialog):
    """Admit a woman (and the children who come with her) to a bed, or book her in."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        *,
        day: date,
        bed_id: int | None = None,
        site_id: int | None = None,
    ):
        super().__init__(ctx, self.tr("Admit to the shelter"), self.tr("&Admit"), parent)
        self.set_intro(
            self.tr(
                "The stay may last %n day(s); it can be extended later in difficult circumstances.",
                "",
                ctx.settings.max_stay_days,
            )
        )
        self.waiting_children = 0
        self.no_room = NoRoomBanner(self)
        self.layout().insertWidget(1, self.no_room)
        self.no_room.waiting_button.clicked.connect(self.add_to_waiting_list)
        self.client = self.form.add("client", self.tr("&Client:"), ClientPicker(ctx, self))
        self.admitted_on = self.form.add(
            "admitted_on", self.tr("Admission &date:"), date_edit(day, self)
        )
        self.recorded = FamilyChildren(ctx, self)
        if ctx.can(Permission.READ_CLIENTS):
            self.form.add_row(self.tr("Her children on record:"), self.recorded)
        else:
            self.recorded.hide()
        self.children = self.form.add(
            "children", self.tr("C&hildren not yet recorded:"), ChildrenEditor(self)
        )
        bed_box = QWidget(self)
        bed_column = QVBoxLayout(bed_box)
        bed_column.setContentsMargins(0, 0, 0, 0)
        bed_column.setSpacing(2)
        self.bed = BedOfferChooser(ctx, bed_box, site_id)
        bed_column.addWidget(self.bed)
        self.fit_note = hint_label("", bed_box)
        bed_column.addWidget(self.fit_note)
        bed_box.setFocusProxy(self.bed)
        self.form.add("bed", self.tr("&Bed:"), bed_box)
        self.bed.want(bed_id)
        self.referred_by = self.form.add(
            "referred_by",
            self.tr("&Referred by:"),
            vocabulary_combo(ReferringBody, self, placeholder=self.tr("Choose…")),
        )
        self.planned = self.form.add(
            "planned_departure_on",
            self.tr("&Planned departure:"),
            OptionalDate(self.tr("known"), None, day + timedelta(days=30), self),
        )
        self.client.client_chosen.connect(self.recorded.load)
        self.client.textEdited.connect(lambda _t: self.recorded.load(None))
        self.admitted_on.dateChanged.connect(lambda d: self.bed.load(to_date(d)))
        self.admitted_on.dateChanged.connect(lambda d: self.recorded.set_day(to_date(d)))
        self.recorded.changed.connect(self._party_changed)
        self.children.changed.connect(self._party_changed)
        self.bed.loaded.connect(self._show_fit)
        self.bed.currentIndexChanged.connect(lambda _i: self._show_fit())
        self.recorded.set_day(day)
        self.bed.load(day)
        self.client.setFocus()

    # --- who comes, and where she fits -------------------------------------------------------

    def party(self) -> int:
        """She and every child who comes with her: the places the room must have."""
        return 1 + len(self.recorded.chosen()) + len(self.children.rows)

    def _party_changed(self) -> None:
        self.bed.set_party(self.party())
        # "she comes without children" only when no recorded child is ticked either
        self.children.none_label.setVisible(self.party() == 1)
        self._show_fit()

    def _show_fit(self) -> None:
        """The arithmetic beside the bed, and the banner when no room fits."""
        if not self.bed.ready:
            return
        party = self.party()
        fitting = bool(self.bed.fitting())
        needed = self.tr("Needed: %n place(s) (she and her children).", "", party)
        left_out = len(self.bed.unfit())
        if left_out:
            needed += " " + self.tr(
                "%n free bed(s) in rooms without that space not offered.", "", left_out
            )
        self.fit_note.setText(needed)
        self.no_room.setVisible(not fitting)
        if not fitting:
            self.no_room.text.setText(
                fill(
                    self.tr(
                        "No room has space for her and her children from %1 (%n place(s) "
                        "needed). Put her on the waiting list, or try another date.",
                        "",
                        party,
                    ),
                    date_text(to_date(self.admitted_on.date())),
                )
            )
        self.ok.setEnabled(fitting)
        self.ok.setDefault(fitting)
        self.no_room.waiting_button.setDefault(not fitting)

    # --- filled from elsewhere ---------------------------------------------------------------

    def set_client(self, summary: clients.ClientSummary) -> None:
        """Her, already chosen (from her card): her recorded children are offered at once."""
        self.client.set_client(summary)
        self.recorded.load(summary.id)

    def preset_client(self, client_id: int, code: str, children: int = 0) -> None:
        """From the waiting list: her code at once, her name when the search answers."""
        self.client.client_id = client_id
        self.client.setText(code)
        self.children.set_count(children)
        self.waiting_children = children
        self.recorded.loaded_count = self._fewer_rows
        self.recorded.load(client_id)
        if self.ctx.can(Permission.READ_CLIENTS):
            self.ctx.call(
                clients.search_clients,
                code,
                limit=5,
                on_done=lambda rows: self._found(client_id, rows),
                on_error=lambda _e: None,
                owner=self,
            )

    def _fewer_rows(self, ticked: int) -> None:
        """The waiting list gave only how many children: those on record are ticked, so
        fewer age rows are left to fill."""
        self.recorded.loaded_count = None
        self.children.set_count(max(0, self.waiting_children - ticked))

    def _found(self, client_id: int, rows: list[clients.ClientSummary]) -> None:
        match = next((r for r in rows if r.id == client_id), None)
        if match is not None and self.client.client_id == client_id:
            self.client.set_client(match)

    # --- the two ways out ----------------------------------------------------------------------

    def _no_client(self) -> bool:
        if self.client.client_id is None:
            self.form.show_error_text(
                "client", self.tr("Choose her from the list: type part of her name or code.")
            )
            return True
        return False

    def request(self):
        if self._no_client():
            return None
        return (
            shelter.admit,
            (
                self.client.client_id,
                self.bed.bed_id(),
                to_date(self.admitted_on.date()),
                self.referred_by.currentData(),
            ),
            {
                "children": self.recorded.chosen() + self.children.children(),
                "planned_departure_on": self.planned.value(),
            },
        )

    def add_to_waiting_list(self) -> None:
        """No room fits: she waits, with the number of children who come with her."""
        self.form.clear_errors()
        if self._no_client():
            return
        self.no_room.waiting_button.setEnabled(False)
        self.ctx.call(
            shelter.add_to_waiting_list,
            self.client.client_id,
            min(to_date(self.admitted_on.date()), date.today()),
            children=min(self.party() - 1, shelter.MAX_CHILDREN),
            on_done=self._done,
            on_error=self._waiting_refused,
            owner=self,
        )

    def _waiting_refused(self, error: OberihError) -> None:
        self.no_room.waiting_button.setEnabled(True)
        self.form.show_error(error)

    def refused(self, error: OberihError) -> None:
        if isinstance(error, InvalidInput) and error.field == "bed":
            self.bed.load(to_date(self.admitted_on.date()))  # without the bed taken meanwhile
