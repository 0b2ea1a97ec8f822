"""The shelter's dialogs: admit, extend a stay, planned departure, move, record a
departure, cancel a booked admission, the waiting list and turn-aways.

Every dialog sends its input to one service and closes only when the service accepted
it; a refusal (the bed was taken meanwhile, the room is full, she is already staying)
appears beside the field it is about and the input stays as it was typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_app import shelter, shelter_layout
from shelter_app.errors import InvalidInput, OberihError
from shelter_app.i18n import fill
from shelter_app.shelter import StayRecord
from shelter_app.shelter_layout import BedState, Board
from shelter_app.vocabulary import (
    DepartureOutcome,
    ExtensionReason,
    ReferringBody,
    TurnAwayReason,
    label,
)

from ..client_picker import ClientPicker
from ..context import AppContext
from ..display import date_format, date_text, to_date, to_qdate
from ..forms import ErrorForm

EARLIEST = date(2000, 1, 1)
LATEST = date(2200, 12, 31)
HINT_STYLE = "color: #5f5f5f;"


# --- dates and small widgets shared with the page ------------------------------------------


def short_date(day: date) -> str:
    """Day and month only, for the tiles (17.05)."""
    fmt = date_format().replace("yyyy", "").strip("./- ")
    fmt = fmt.replace("..", ".").replace("//", "/").replace("--", "-")
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def date_edit(day: date, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setDateRange(to_qdate(EARLIEST), to_qdate(LATEST))
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00.00.00000") + 40)
    return edit


def vocabulary_combo(
    enum: type[StrEnum], parent: QWidget | None = None, *, placeholder: str | None = None
) -> QComboBox:
    """A combo of a controlled list; with `placeholder`, nothing is chosen at first and
    the service asks for a choice if she leaves it so."""
    combo = QComboBox(parent)
    if placeholder is not None:
        combo.addItem(placeholder, "")
    for value in enum:
        combo.addItem(label(value), value.value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    hint = QLabel(text, parent)
    hint.setWordWrap(True)
    hint.setStyleSheet(HINT_STYLE)
    return hint


def beside(widget: QWidget, note: QLabel) -> QWidget:
    """A field with a short note to its right (e.g. the latest date allowed)."""
    row = QWidget(widget.parentWidget())
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addWidget(note, 1)
    row.setFocusProxy(widget)
    return row


@dataclass(frozen=True)
class StayFacts:
    """What the dialogs need to know about a stay (from the board, a StayRecord or a
    warning of the near-the-limit list). Codes only."""

    stay_id: int
    client_id: int | None
    client_code: str
    admitted_on: date
    allowed_until: date
    planned_departure_on: date | None = None
    bed_id: int | None = None

    @classmethod
    def of(cls, record: StayRecord) -> StayFacts:
        return cls(
            record.id,
            record.client_id,
            record.client_code,
            record.admitted_on,
            record.allowed_until,
            record.planned_departure_on,
            record.bed.bed_id if record.beds else None,
        )


class OptionalDate(QWidget):
    """A date that may not be known yet: a check box switches the date on."""

    def __init__(self, text: str, day: date | None, default: date, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(text, self)
        self.edit = date_edit(day or default, self)
        row.addWidget(self.known)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        self.setFocusProxy(self.known)

    def value(self) -> date | None:
        return to_date(self.edit.date()) if self.known.isChecked() else None


class BedChooser(QComboBox):
    """The beds free on a night, from the board of that night; reloaded when the date
    changes. A bed chosen before stays in the list (marked taken) so that the service's
    refusal can be read against it."""

    loaded = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        leave_out: int = 0,
        site_id: int | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.leave_out = leave_out  # her current bed when moving
        # the beds of her site (None: of every site): going to another shelter is a
        # departure ("to another shelter") and an admission there, not a move
        self.site_id = site_id
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(28)
        self._wanted: int | None = None
        self._query = 0

    def bed_id(self) -> int | None:
        data = self.currentData()
        return data if isinstance(data, int) else self._wanted

    def want(self, bed_id: int | None) -> None:
        self._wanted = bed_id
        if bed_id is not None:
            select_data(self, bed_id)

    def load(self, day: date) -> None:
        self._query += 1
        number = self._query
        self.ctx.call(
            shelter_layout.board,
            day,
            site_id=self.site_id,
            on_done=lambda board: self._fill(number, board),
            on_error=lambda _e: None,  # the service says what is wrong with the date
            owner=self,
        )

    def _fill(self, number: int, board: Board) -> None:
        if number != self._query:
            return
        keep = self.bed_id()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Choose a bed…"), None)
        for room in board.rooms:
            for bed in room.beds:
                if bed.bed_id == self.leave_out:
                    continue
                free = bed.state == BedState.FREE.value
                if not free and bed.bed_id != keep:
                    continue
                text = fill(
                    self.tr("%1 · %2 (room: %3 of %4 places taken)"),
                    room.name,
                    bed.label,
                    str(room.people),
                    str(room.max_people),
                )
                if not free:
                    text += " — " + self.tr("taken")
                elif bed.next_arrival_on is not None:
                    text += " — " + fill(self.tr("booked from %1"), date_text(bed.next_arrival_on))
                self.addItem(text, bed.bed_id)
        self.blockSignals(False)
        if keep is not None:
            select_data(self, keep)
        self.loaded.emit()


# --- the dialog every form here is built on --------------------------------------------------


class ServiceDialog(QDialog):
    """A form that calls one service when she presses the default button. `saved(result)`
    after the service accepted it; on a refusal the dialog stays open with the message
    beside the field and nothing changed."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, title: str, ok_text: str, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_value: Any = None
        outer = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.hide()
        outer.addWidget(self.intro)
        self.form = ErrorForm(self)
        outer.addWidget(self.form)
        self.notes = QVBoxLayout()
        outer.addLayout(self.notes)
        outer.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.ok.setDefault(True)
        self.ok.setAutoDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def open(self) -> None:
        self.fit()
        super().open()

    def event(self, event: QEvent) -> bool:
        # A dialog whose labels wrap gets no minimum height from Qt: grow by hand when
        # its content grows (a child added, an error shown).
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            QTimer.singleShot(0, self, self.fit)
        return super().event(event)

    def fit(self) -> None:
        """Grow to hold every line: wrapped labels (longer in Ukrainian) need the height
        for the dialog's real width, which the plain size hint does not give."""
        layout = self.layout()
        layout.activate()
        width = max(self.width(), self.minimumWidth(), self.sizeHint().width())
        height = self.sizeHint().height()
        if layout.hasHeightForWidth():
            height = max(height, layout.totalHeightForWidth(width))
        self.resize(width, max(height, self.height() if self.isVisible() else 0))

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def add_note(self, text: str) -> QLabel:
        """A hint under the form, across the dialog's width."""
        note = hint_label(text, self)
        self.notes.addWidget(note)
        return note

    def request(self) -> tuple[Callable[..., Any], tuple, dict] | None:
        """The service call for the current input, or None when the GUI itself has
        shown what is missing."""
        raise NotImplementedError

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return  # already on its way
        self.form.clear_errors()
        call = self.request()
        if call is None:
            return
        service, args, kwargs = call
        self.ok.setEnabled(False)
        self.ctx.call(
            service, *args, on_done=self._done, on_error=self._refused, owner=self, **kwargs
        )

    def _done(self, result: object) -> None:
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def _refused(self, error: OberihError) -> None:
        self.ok.setEnabled(True)
        self.form.show_error(error)
        self.refused(error)

    def refused(self, error: OberihError) -> None:
        """Hook: e.g. reload the beds after "this bed is taken"."""


# --- changes to a stay ---------------------------------------------------------------------


class _StayDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, title: str, ok: str, facts: StayFacts, parent: QWidget):
        super().__init__(ctx, f"{title} — {facts.client_code}", ok, parent)
        self.facts = facts
        self.set_intro(
            fill(
                self.tr("Client %1: admitted %2, allowed until %3."),
                facts.client_code,
                date_text(facts.admitted_on),
                date_text(facts.allowed_until),
            )
        )


class ExtendDialog(_StayDialog):
    def __init__(self, ctx: AppContext, facts: StayFacts, parent: QWidget):
        super().__init__(ctx, self.tr("Extend the stay"), self.tr("E&xtend"), facts, parent)
        longest = facts.admitted_on + timedelta(days=ctx.settings.max_extended_stay_days)
        proposed = min(facts.allowed_until + timedelta(days=30), longest)
        self.until = date_edit(proposed, self)
        latest = hint_label(
            fill(
                self.tr(
                    "at most %1 (%n day(s) from admission)", "", ctx.settings.max_extended_stay_days
                ),
                date_text(longest),
            ),
            self,
        )
        self.form.add("new_allowed_until", self.tr("Allowed &until:"), beside(self.until, latest))
        self.reason = self.form.add(
            "reason",
            self.tr("&Reason:"),
            vocabulary_combo(ExtensionReason, self, placeholder=self.tr("Choose…")),
        )
        self.extended_on = self.form.add(
            "extended_on", self.tr("&Decided on:"), date_edit(date.today(), self)
        )
        self.reason.setFocus()

    def request(self):
        return (
            shelter.extend_stay,
            (
                self.facts.stay_id,
                to_date(self.until.date()),
                self.reason.currentData(),
                to_date(self.extended_on.date()),
            ),
            {},
        )


class PlannedDepartureDialog(_StayDialog):
    def __init__(self, ctx: AppContext, facts: StayFacts, parent: QWidget):
        super().__init__(ctx, self.tr("Planned departure"), self.tr("&Save"), facts, parent)
        default = min(date.today() + timedelta(days=7), facts.allowed_until)
        self.planned = self.form.add(
            "planned_departure_on",
            self.tr("&Planned departure:"),
            OptionalDate(self.tr("known"), facts.planned_departure_on, default, self),
        )
        self.add_note(
            self.tr(
                "The board marks her bed a few days ahead so that it can be promised "
                "to the next woman. Clear the box if the date is no longer known."
            )
        )
        self.planned.known.setFocus()

    def request(self):
        return shelter.set_planned_departure, (self.facts.stay_id, self.planned.value()), {}


class MoveDialog(_StayDialog):
    def __init__(
        self,
        ctx: AppContext,
        facts: StayFacts,
        day: date,
        parent: QWidget,
        site_id: int | None = None,
    ):
        super().__init__(ctx, self.tr("Move to another bed"), self.tr("&Move"), facts, parent)
        self.on_date = self.form.add(
            "on_date", self.tr("From the &night of:"), date_edit(day, self)
        )
        chooser = BedChooser(ctx, self, leave_out=facts.bed_id or 0, site_id=site_id)
        self.bed = self.form.add("bed", self.tr("New &bed:"), chooser)
        self.add_note(self.tr("Her children move with her."))
        self.on_date.dateChanged.connect(lambda d: self.bed.load(to_date(d)))
        self.bed.load(day)
        self.bed.setFocus()

    def request(self):
        return (
            shelter.move,
            (self.facts.stay_id, self.bed.bed_id(), to_date(self.on_date.date())),
            {},
        )

    def refused(self, error: OberihError) -> None:
        if isinstance(error, InvalidInput) and error.field == "bed":
            self.bed.load(to_date(self.on_date.date()))


class DischargeDialog(_StayDialog):
    def __init__(self, ctx: AppContext, facts: StayFacts, day: date, parent: QWidget):
        super().__init__(
            ctx, self.tr("Record her departure"), self.tr("Record &departure"), facts, parent
        )
        self.departed_on = date_edit(day, self)
        self.nights = hint_label("", self)
        self.form.add(
            "departed_on", self.tr("She &left on:"), beside(self.departed_on, self.nights)
        )
        self.outcome = self.form.add(
            "outcome",
            self.tr("&Where she went:"),
            vocabulary_combo(DepartureOutcome, self, placeholder=self.tr("Choose…")),
        )
        self.departed_on.dateChanged.connect(self._count)
        self._count()
        self.outcome.setFocus()

    def _count(self) -> None:
        nights = (to_date(self.departed_on.date()) - self.facts.admitted_on).days
        self.nights.setText(self.tr("%n night(s) in the shelter", "", max(nights, 0)))

    def request(self):
        return (
            shelter.discharge,
            (
                self.facts.stay_id,
                to_date(self.departed_on.date()),
                self.outcome.currentData(),
            ),
            {},
        )


class CancelAdmissionDialog(_StayDialog):
    def __init__(self, ctx: AppContext, facts: StayFacts, parent: QWidget):
        super().__init__(
            ctx,
            self.tr("Cancel the admission"),
            self.tr("&Remove the admission"),
            facts,
            parent,
        )
        self.add_note(
            self.tr(
                "Use this when she did not come. The booked stay, its bed and its "
                "children are removed; her client record stays. If she still needs a "
                "place, add her to the waiting list again."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Keep it"))

    def request(self):
        return shelter.cancel_admission, (self.facts.stay_id,), {}


# --- waiting list and turn-aways -------------------------------------------------------------


class WaitingListDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(ctx, self.tr("Add to the waiting list"), self.tr("&Add"), parent)
        self.client = self.form.add("client", self.tr("&Client:"), ClientPicker(ctx, self))
        self.requested_on = self.form.add(
            "requested_on", self.tr("She as&ked on:"), date_edit(date.today(), self)
        )
        spin = QSpinBox(self)
        spin.setRange(0, shelter.MAX_CHILDREN)
        self.children = self.form.add("children", self.tr("C&hildren with her:"), spin)
        self.client.setFocus()

    def request(self):
        if self.client.client_id is None:
            self.form.show_error_text(
                "client", self.tr("Choose her from the list: type part of her name or code.")
            )
            return None
        return (
            shelter.add_to_waiting_list,
            (self.client.client_id, to_date(self.requested_on.date())),
            {"children": self.children.value()},
        )


class WithdrawDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, entry: shelter.WaitingEntry, parent: QWidget):
        super().__init__(
            ctx,
            self.tr("Take off the waiting list") + f" — {entry.client_code}",
            self.tr("&Take off the list"),
            parent,
        )
        self.entry = entry
        self.set_intro(
            fill(
                self.tr(
                    "%1 has been waiting since %2. Take her off the list when she no longer "
                    "needs the place (found one elsewhere, cannot be reached)."
                ),
                entry.client_code,
                date_text(entry.requested_on),
            )
        )
        self.on_date = self.form.add("on_date", self.tr("&On:"), date_edit(date.today(), self))

    def request(self):
        return (
            shelter.withdraw_from_waiting_list,
            (self.entry.id,),
            {"on_date": to_date(self.on_date.date())},
        )


class TurnAwayDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(ctx, self.tr("Record a turn-away"), self.tr("Re&cord"), parent)
        self.set_intro(
            self.tr(
                "A woman the shelter could not take. The count goes into the anonymised "
                "reports as unmet demand."
            )
        )
        self.on_date = self.form.add("on_date", self.tr("&Date:"), date_edit(date.today(), self))
        self.reason = self.form.add(
            "reason",
            self.tr("&Reason:"),
            vocabulary_combo(TurnAwayReason, self, placeholder=self.tr("Choose…")),
        )
        spin = QSpinBox(self)
        spin.setRange(0, shelter.MAX_CHILDREN)
        self.children = self.form.add("children", self.tr("C&hildren with her:"), spin)
        self.referred_by = self.form.add(
            "referred_by",
            self.tr("Referred &by:"),
            vocabulary_combo(ReferringBody, self, placeholder=self.tr("Choose…")),
        )
        self.client = self.form.add(
            "client", self.tr("C&lient (optional):"), ClientPicker(ctx, self)
        )
        self.add_note(self.tr("Leave the client empty to record her anonymously."))
        self.reason.setFocus()

    def request(self):
        typed = self.client.text().strip()
        if typed and self.client.client_id is None:
            self.form.show_error_text(
                "client",
                self.tr("Choose her from the list, or leave the field empty."),
            )
            return None
        return (
            shelter.record_turn_away,
            (
                to_date(self.on_date.date()),
                self.reason.currentData(),
                self.children.value(),
                self.referred_by.currentData(),
            ),
            {"client_id": self.client.client_id},
        )
