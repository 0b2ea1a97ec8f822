"""The panel of the selected bed: who is in it (her name only for roles that may
read identities), her stay's facts, and the actions on it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shelter_app.i18n import fill
from shelter_app.permissions import Permission
from shelter_app.shelter import StayRecord
from shelter_app.shelter_layout import BedState, BoardBed, BoardRoom
from shelter_app.vocabulary import (
    DepartureOutcome,
    ExtensionReason,
    ReferringBody,
    label,
)

from ..context import AppContext
from ..display import date_text
from .tiles import BedTile

# --- the panel of the selected bed ---------------------------------------------------------


class BedPanel(QWidget):
    """What the board cannot show on a tile, and the actions for this bed."""

    action = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # the details scroll when the panel is short; the actions stay in view below
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details = QWidget(scroll)
        column = QVBoxLayout(details)
        scroll.setWidget(details)
        outer.addWidget(scroll, 1)
        self.title = QLabel(self.tr("Choose a bed on the board."), details)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        column.addWidget(self.title)
        self.state = QLabel(details)
        self.state.setWordWrap(True)
        column.addWidget(self.state)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        for key, caption in (
            ("code", self.tr("Client code:")),
            ("name", self.tr("Full name:")),
            ("admitted", self.tr("Admitted:")),
            ("referred", self.tr("Referred by:")),
            ("allowed", self.tr("Allowed until:")),
            ("planned", self.tr("Planned departure:")),
            ("children", self.tr("Children:")),
            ("extensions", self.tr("Extensions:")),
            ("beds", self.tr("Beds:")),
        ):
            value = QLabel(details)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(caption, value)
            self.values[key] = value
        column.addLayout(self.form)
        column.addStretch(1)
        actions = QVBoxLayout()
        actions.setContentsMargins(9, 4, 9, 6)
        outer.addLayout(actions)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("admit", self.tr("Ad&mit to this bed…")),
            ("extend", self.tr("E&xtend the stay…")),
            ("planned", self.tr("&Planned departure…")),
            ("move", self.tr("&Move to another bed…")),
            ("discharge", self.tr("Record &departure…")),
            ("cancel", self.tr("Ca&ncel the admission…")),
            ("card", self.tr("Open the client &card")),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, k=key: self.action.emit(k))
            actions.addWidget(button)
            self.buttons[key] = button
        self.clear()

    def _show_rows(self, keys: set[str]) -> None:
        for key, value in self.values.items():
            self.form.setRowVisible(value, key in keys)

    def _show_buttons(self, keys: set[str]) -> None:
        for key, button in self.buttons.items():
            button.setVisible(key in keys)

    def clear(self) -> None:
        self.title.setText(self.tr("Choose a bed on the board."))
        self.state.setText(
            self.tr("Click a bed, or move to it with Tab and the arrow keys, to see its stay.")
        )
        self._show_rows(set())
        self._show_buttons(set())

    def show_bed(self, room: BoardRoom, bed: BoardBed, tile: BedTile, can_write: bool) -> None:
        self.title.setText(f"{room.name} · {bed.label}")
        state = tile.state_words()
        self.state.setText(state[:1].upper() + state[1:] + ".")
        occupant = bed.occupant
        if occupant is None:
            self._show_rows(set())
            if bed.next_arrival_on is not None:
                self.state.setText(
                    fill(
                        self.tr("Free that night; someone is booked into it from %1."),
                        date_text(bed.next_arrival_on),
                    )
                )
            free = bed.state == BedState.FREE.value
            self._show_buttons({"admit"} if free and can_write else set())
            return
        values = self.values
        values["code"].setText(occupant.client_code)
        values["name"].setText("…")
        values["admitted"].setText(date_text(occupant.admitted_on))
        allowed = date_text(occupant.allowed_until)
        if occupant.over_limit:
            allowed = fill(self.tr("%1 — over the allowed stay"), allowed)
        values["allowed"].setText(allowed)
        values["planned"].setText(
            date_text(occupant.planned_departure_on)
            if occupant.planned_departure_on
            else self.tr("not set")
        )
        values["children"].setText(
            self.tr("%n child(ren)", "", occupant.children)
            if occupant.children
            else self.tr("none")
        )
        rows = {"code", "admitted", "allowed", "planned", "children"}
        if self.ctx.can(Permission.READ_CLIENTS):
            rows.add("name")
        self._show_rows(rows)
        keys = {"card"} if self.ctx.can(Permission.READ_CLIENTS) else set()
        if can_write:
            keys |= {"extend", "planned", "move", "discharge"}
            if occupant.admitted_on >= date.today():
                keys.add("cancel")
        self._show_buttons(keys)
        for key in ("extend", "planned", "move", "discharge", "cancel"):
            self.buttons[key].setEnabled(False)  # until her stay is loaded

    def show_record(self, record: StayRecord) -> None:
        values = self.values
        values["referred"].setText(label(ReferringBody(record.referred_by)))
        if record.children:
            ages = ", ".join(str(c.age_years) for c in record.children)
            values["children"].setText(
                fill(self.tr("%n child(ren), aged %1", "", len(record.children)), ages)
            )
        if record.extensions:
            last = record.extensions[-1]
            values["extensions"].setText(
                fill(
                    self.tr("%n extension(s), the last on %1: %2", "", len(record.extensions)),
                    date_text(last.extended_on),
                    label(ExtensionReason(last.reason)),
                )
            )
        if len(record.beds) > 1:
            values["beds"].setText(
                "; ".join(
                    f"{b.room_name} · {b.bed_label} ({date_text(b.from_date)})" for b in record.beds
                )
            )
        if record.departed_on is not None:
            self.state.setText(
                fill(
                    self.tr("She left on %1 (%2)."),
                    date_text(record.departed_on),
                    label(DepartureOutcome(record.departure_outcome)),
                )
            )
        visible = {k for k, v in values.items() if not self._row_hidden(v)}
        visible |= {"referred"}
        if record.extensions:
            visible.add("extensions")
        if len(record.beds) > 1:
            visible.add("beds")
        self._show_rows(visible)
        for key in ("extend", "planned", "move", "discharge", "cancel"):
            self.buttons[key].setEnabled(record.is_open)

    def show_name(self, name: str) -> None:
        self.values["name"].setText(name)

    def _row_hidden(self, value: QLabel) -> bool:
        return not self.form.isRowVisible(value)
