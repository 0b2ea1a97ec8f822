"""The first page after sign-in: what needs attention today, for the role signed in.

A card appears only when the role may read its data (the services refuse the others
anyway, but a card that can only fail is clutter). Every card loads on the worker and
shows client codes, not names: the dashboard is on screen whenever someone walks past.
The one exception is a specialist's own appointments (her My day), where the centre's
setting `names_where_needed` lets her see who is coming next.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_app import consultations, courses, events, referrals, safety, shelter
from shelter_app import shelter_layout as layout
from shelter_app.changes import Changes, Kind
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.permissions import Permission as P
from shelter_app.vocabulary import ConsultationFormat, ConsultationStatus

from .charts import BarChart, number
from .context import AppContext
from .display import code_label, long_date_text, name_and_code, setup_table
from .forms import ERROR_STYLE
from .table_model import Column, TableModel

MAX_VISIBLE_ROWS = 6  # a longer list scrolls inside its card
MAX_COLUMNS = 3
CARD_WIDTH_LINES = 26  # a card's narrowest width, in line heights (follows the font size)
REFRESH_DELAY_MS = 300  # several change notices in a row give one refresh
Index = QModelIndex | QPersistentModelIndex
# what the cards count: the shelter, consultations, reviews of safety plans, the month's
# courses, events and referrals, and clients' codes in the lists
SHOWN_KINDS = frozenset(
    {
        Kind.STAYS,
        Kind.SHELTER_LAYOUT,
        Kind.WAITING_LIST,
        Kind.CONSULTATIONS,
        Kind.SAFETY,
        Kind.COURSES,
        Kind.EVENTS,
        Kind.REFERRALS,
        Kind.CLIENTS,
        Kind.CASES,  # follow-ups and reviews
        Kind.VIOLENCE,  # orders ending, notifications due
        Kind.CONTACTS,  # the operator's count of contacts
    }
)


def _day(d: date, today: date) -> str:
    """The day as "10 March" in the interface language (Ukrainian months in the
    genitive), with the year when it is not this year's."""
    form = "d MMMM" if d.year == today.year else "d MMMM yyyy"
    return QLocale().toString(QDate(d.year, d.month, d.day), form)


def _time(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def quiet(label: QWidget) -> None:
    """Secondary text (notes, empty lists, the period): softer than the figures but
    still above the 4.5:1 contrast that small text needs, which the palette's
    placeholder grey is not."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    mixed = QColor.fromRgbF(
        0.55 * text.redF() + 0.45 * base.redF(),
        0.55 * text.greenF() + 0.45 * base.greenF(),
        0.55 * text.blueF() + 0.45 * base.blueF(),
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    palette.setColor(QPalette.ColorRole.Text, mixed)
    label.setPalette(palette)


# --- small building blocks ----------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    client_id: int | None = None  # set when clicking the row opens her card
    warning: bool = False  # marked with an icon; the words in the row say why
    tip: str | None = None  # more about the last cell (the exact moment of a deadline)


def _warning_icon(row: Row) -> QIcon | None:
    if not row.warning:
        return None
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def _columns(headers: Sequence[str], hint: str) -> list[Column]:
    """Cells are the row's texts; the first one carries the warning icon, every one the
    hint of a row that opens her card."""

    def tip(row: Row, i: int) -> str | None:
        # a middle column gives way when the card is narrow: its whole text in the tip
        parts = [row.cells[i]] if 0 < i < len(headers) - 1 else []
        if i == len(headers) - 1 and row.tip:
            parts.append(row.tip)
        if row.client_id is not None and hint:
            parts.append(hint)
        return " — ".join(parts) or None

    return [
        Column(
            title,
            lambda row, i=i: row.cells[i],
            tooltip=lambda row, i=i: tip(row, i),
            icon=_warning_icon if i == 0 else None,
        )
        for i, title in enumerate(headers)
    ]


class CodeTable(QTableView):
    """A short list inside a card, as tall as its rows (up to MAX_VISIBLE_ROWS). With
    `opens_card`, a click or Enter on a row emits `client_chosen(client_id)`."""

    client_chosen = Signal(int)

    def __init__(
        self, headers: Sequence[str], name: str, parent: QWidget, *, opens_card: bool = False
    ):
        super().__init__(parent)
        hint = QCoreApplication.translate("dashboard", "Open her card") if opens_card else ""
        self.rows = TableModel(_columns(headers, hint), self)
        self.setModel(self.rows)
        self.setAccessibleName(name)
        setup_table(self)  # Tab leaves the list, arrows move inside it
        self.setCornerButtonEnabled(False)
        rows = self.verticalHeader()
        rows.setMinimumSectionSize(self.fontMetrics().height() + 4)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the code and the last column (a deadline, a date) are always whole; a middle
        # one ("to whom", "which order") takes what is left, cut with "…", so a card
        # never hides its deadline behind a sideways scroll bar
        for middle in range(1, len(headers) - 1):
            header.setSectionResizeMode(middle, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(len(headers) <= 2)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.opens_card = opens_card
        if opens_card:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            self.clicked.connect(self._open)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.rows.set_rows(rows)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        shown = min(max(self.rows.rowCount(), 1), MAX_VISIBLE_ROWS)
        height = (
            self.horizontalHeader().sizeHint().height()
            + shown * self.verticalHeader().defaultSectionSize()
            + 2 * self.frameWidth()
        )
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if self.opens_card and enter and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        client_id = self.rows.row(index.row()).client_id
        if client_id is not None:
            self.client_chosen.emit(client_id)


class Stat(QWidget):
    """One figure: a big number, what it counts, and an optional note under it."""

    def __init__(self, caption: str, parent: QWidget):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        quiet(self.note)
        self.note.hide()
        column.addWidget(self.value)
        column.addWidget(self.caption)
        column.addWidget(self.note)
        column.addStretch(1)
        self.setAccessibleName(caption)

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))  # "0 completed" and the like are left out
        self.setAccessibleDescription(f"{value} {note}".strip())


def stat_row(parent: QWidget, captions: Sequence[str], columns: int | None = None) -> tuple:
    """Figures side by side (wrapping after `columns`); returns (layout, *stats)."""
    grid = QGridLayout()
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(18)
    grid.setVerticalSpacing(10)
    per_row = columns or len(captions)
    stats = []
    for i, caption in enumerate(captions):
        stat = Stat(caption, parent)
        grid.addWidget(stat, i // per_row, i % per_row)
        stats.append(stat)
    for c in range(per_row):
        grid.setColumnStretch(c, 1)
    return (grid, *stats)


# --- cards --------------------------------------------------------------------------------


class RelativeDays(QObject):
    """Words for a day relative to today. A class of its own, never subclassed, because
    PySide6's `self.tr` finds a base class's plurals only under the calling object's
    own class name: a card subclass calling a `Card` method would stay in English."""

    def when(self, day: date, today: date) -> str:
        """The day with how far it is from today: "12 March (in 2 days)"."""
        delta = (day - today).days
        if delta == 0:
            relative = self.tr("today")
        elif delta == 1:
            relative = self.tr("tomorrow")
        elif delta > 1:
            relative = self.tr("in %n day(s)", "", delta)
        else:
            relative = self.tr("%n day(s) ago", "", -delta)
        return fill(self.tr("%1 (%2)"), _day(day, today), relative)


Request = tuple  # (service, *arguments) for ctx.call


class Card(QFrame):
    """A titled panel whose content comes from one or more services, loaded together
    on the worker. The first load shows "Loading…"; later ones keep the old figures on
    screen until the new ones arrive, so a refresh does not flicker."""

    finished = Signal()

    def __init__(self, ctx: AppContext, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(key)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 14)
        outer.setSpacing(8)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        quiet(self.subtitle)
        self.subtitle.setWordWrap(True)
        self.subtitle.hide()
        self.status = QLabel(QCoreApplication.translate("dashboard", "Loading…"), self)
        self.status.setWordWrap(True)
        quiet(self.status)
        self.body = QWidget(self)
        self.content = QVBoxLayout(self.body)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(6)
        self.body.hide()
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)
        outer.addWidget(self.status)
        outer.addWidget(self.body)
        outer.addStretch(1)
        self.busy = False
        self.loaded = False
        self._generation = 0
        self._days = RelativeDays(self)

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.setAccessibleName(text)

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))

    # what a card asks for and how it shows it
    def requests(self, today: date) -> list[Request]:
        raise NotImplementedError

    def show_results(self, today: date, results: list[Any]) -> None:
        raise NotImplementedError

    # loading
    def load(self, today: date) -> None:
        self._generation += 1
        generation = self._generation
        calls = self.requests(today)
        results: list[Any] = [None] * len(calls)
        waiting = [len(calls)]
        self.busy = True
        if self.body.isHidden():  # nothing shown yet, or the last load failed
            self.status.setText(QCoreApplication.translate("dashboard", "Loading…"))
            self.status.setStyleSheet("")
            self.status.show()

        def done(i: int, result: Any) -> None:
            if generation != self._generation:
                return  # a newer load is on its way
            results[i] = result
            waiting[0] -= 1
            if waiting[0] == 0:
                self.busy = False
                self.loaded = True
                self.status.hide()
                self.show_results(today, results)
                self.body.show()
                self.finished.emit()

        def failed(error: OberihError) -> None:
            if generation != self._generation:
                return
            self._generation += 1  # ignore the rest of this load
            self.busy = False
            self.body.hide()
            self.status.setText(
                fill(
                    QCoreApplication.translate("dashboard", "This could not be loaded: %1"),
                    error.user_message(),
                )
            )
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.show()
            self.finished.emit()

        for i, (service, *args) in enumerate(calls):
            self.ctx.call(
                service,
                *args,
                on_done=lambda result, i=i: done(i, result),
                on_error=failed,
                owner=self,
            )

    # helpers for the cards' content
    def section(self, text: str) -> QLabel:
        heading = QLabel(text, self.body)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, 6, 0, 0)
        self.content.addWidget(heading)
        return heading

    def table(
        self, headers: Sequence[str], name: str, empty_text: str, *, opens_card: bool = False
    ) -> tuple[CodeTable, QLabel]:
        """A list with the sentence shown instead of it when it is empty."""
        view = CodeTable(headers, name, self.body, opens_card=opens_card)
        if opens_card:
            view.client_chosen.connect(lambda cid: self.ctx.navigate.emit("clients", cid))
        empty = QLabel(empty_text, self.body)
        empty.setWordWrap(True)
        quiet(empty)
        self.content.addWidget(view)
        self.content.addWidget(empty)
        view.hide()
        return view, empty

    @staticmethod
    def fill(view: CodeTable, empty: QLabel, rows: Sequence[Row]) -> None:
        view.set_rows(rows)
        view.setVisible(bool(rows))
        empty.setVisible(not rows)

    def button(self, text: str, area: str) -> QPushButton:
        """A button that opens another area of the window, at the card's foot."""
        button = QPushButton(text, self.body)
        button.clicked.connect(lambda: self.ctx.navigate.emit(area, None))
        line = QHBoxLayout()
        line.setContentsMargins(0, 6, 0, 0)
        line.addStretch(1)
        line.addWidget(button)
        self.content.addLayout(line)
        return button

    def when(self, day: date, today: date) -> str:
        return self._days.when(day, today)


class ShelterCard(Card):
    """Beds and people tonight; for staff who may read stays, who leaves soon and whose
    allowed stay is ending or over. The coordinator sees the figures only."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "shelter", parent)
        self.set_title(self.tr("Shelter today"))
        self.lists = ctx.can(P.READ_STAYS_ENROLMENTS)
        grid, self.free, self.taken, self.people = stat_row(
            self.body, [self.tr("Free beds"), self.tr("Beds taken"), self.tr("People staying")]
        )
        self.content.addLayout(grid)
        if self.lists:
            self.section(self.tr("Leaving in the next %n day(s)", "", layout.DEPARTING_SOON_DAYS))
            self.departures, self.no_departures = self.table(
                [self.tr("Client code"), self.tr("Planned departure")],
                self.tr("Departures planned soon"),
                self.tr("No departure is planned for the next few days."),
            )
            self.section(self.tr("Stays near or over the allowed length"))
            self.limits, self.no_limits = self.table(
                [self.tr("Client code"), self.tr("Allowed until"), self.tr("Status")],
                self.tr("Stays near or over the allowed length"),
                self.tr("No stay is near its allowed length."),
            )
            self.open_board = self.button(self.tr("Open the shelter &board"), "shelter")

    def requests(self, today: date) -> list[Request]:
        wanted: list[Request] = [(layout.occupancy, today)]
        if self.lists:
            wanted += [(layout.board, today), (shelter.stays_near_or_over_limit, today)]
        return wanted

    def show_results(self, today: date, results: list[Any]) -> None:
        occupancy: layout.Occupancy = results[0]
        self.free.set(number(max(0, occupancy.beds_total - occupancy.beds_occupied)))
        self.taken.set(
            number(occupancy.beds_occupied),
            self.tr("of %n bed(s)", "", occupancy.beds_total),
        )
        self.people.set(
            number(occupancy.women + occupancy.children),
            self.tr("incl. %n child(ren)", "", occupancy.children) if occupancy.children else "",
        )
        if not self.lists:
            return
        board: layout.Board = results[1]
        leaving = sorted(
            (
                bed.occupant
                for room in board.rooms
                for bed in room.beds
                if bed.occupant is not None
                and bed.occupant.departing_soon
                and bed.occupant.planned_departure_on is not None
            ),
            key=lambda o: (o.planned_departure_on, o.client_code),
        )
        self.fill(
            self.departures,
            self.no_departures,
            [Row((o.client_code, self.when(o.planned_departure_on, today))) for o in leaving],
        )
        warnings: list[shelter.LimitWarning] = results[2]
        self.fill(
            self.limits,
            self.no_limits,
            [
                Row(
                    (w.client_code, _day(w.allowed_until, today), self._limit(w)),
                    warning=w.over_limit,
                )
                for w in warnings
            ],
        )

    def _limit(self, warning: shelter.LimitWarning) -> str:
        if warning.over_limit:
            return self.tr("over by %n day(s)", "", -warning.days_left)
        if warning.days_left == 0:
            return self.tr("last day today")
        return self.tr("%n day(s) left", "", warning.days_left)


class AppointmentsCard(Card):
    """A psychologist's or lawyer's own day: today's appointments, the coming week,
    and follow-ups she planned that have not happened."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "appointments", parent)
        self.set_title(self.tr("My appointments today"))
        opens = ctx.can(P.READ_CLIENTS)
        self.today_list, self.no_today = self.table(
            [self.tr("Time"), self.tr("Client"), self.tr("Format"), self.tr("Status")],
            self.tr("Today's appointments"),
            self.tr("No appointments today."),
            opens_card=opens,
        )
        self.coming = QLabel(self.body)
        self.coming.setWordWrap(True)
        self.content.addWidget(self.coming)
        self.section(self.tr("Overdue follow-ups"))
        self.follow_ups, self.no_follow_ups = self.table(
            [self.tr("Client"), self.tr("Follow-up was due")],
            self.tr("Overdue follow-ups"),
            self.tr("No follow-up is overdue."),
            opens_card=opens,
        )
        self.open_consultations = self.button(self.tr("Open &consultations"), "consultations")

    def requests(self, today: date) -> list[Request]:
        return [(consultations.my_day, today)]

    def show_results(self, today: date, results: list[Any]) -> None:
        day: consultations.MyDay = results[0]
        self.fill(
            self.today_list,
            self.no_today,
            [
                Row(
                    (
                        _time(a.starts_at),
                        name_and_code(a.client_name, a.client_code),
                        code_label(ConsultationFormat, a.format),
                        code_label(ConsultationStatus, a.status),
                    ),
                    client_id=a.client_id,
                )
                for a in day.today
            ],
        )
        # my_day's "upcoming" is the UPCOMING_DAYS (7) days after today
        self.coming.setText(
            self.tr("Coming week: %n more appointment(s) booked.", "", len(day.upcoming))
            if day.upcoming
            else self.tr("Coming week: nothing else booked yet.")
        )
        self.fill(
            self.follow_ups,
            self.no_follow_ups,
            [
                Row(
                    (name_and_code(f.client_name, f.client_code), self.when(f.follow_up_on, today)),
                    client_id=f.client_id,
                )
                for f in day.overdue_follow_ups
            ],
        )


class ReviewsCard(Card):
    """Safety plans whose review date has passed: each one is a woman whose plan may no
    longer fit her situation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "reviews", parent)
        self.set_title(self.tr("Safety plans due for review"))
        opens = ctx.can(P.READ_CLIENTS)
        self.reviews, self.no_reviews = self.table(
            [self.tr("Client code"), self.tr("Review was due")],
            self.tr("Overdue safety-plan reviews"),
            self.tr("No safety plan is overdue for review."),
            opens_card=opens,
        )
        self.hint = QLabel(self.tr("Click a row to open her card."), self.body)
        quiet(self.hint)
        self.hint.setVisible(False)
        self.content.addWidget(self.hint)
        self.opens = opens

    def requests(self, today: date) -> list[Request]:
        return [(safety.overdue_reviews, today)]

    def show_results(self, today: date, results: list[Any]) -> None:
        overdue: list[safety.OverdueReview] = results[0]
        self.fill(
            self.reviews,
            self.no_reviews,
            [Row((r.code, self.when(r.review_on, today)), client_id=r.client_id) for r in overdue],
        )
        self.hint.setVisible(self.opens and bool(overdue))


class MonthCard(Card):
    """The month so far in anonymous counts (administrators and coordinators)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "month", parent)
        self.set_title(self.tr("This month"))
        grid, *stats = stat_row(
            self.body,
            [
                self.tr("Psychological consultations"),
                self.tr("Legal consultations"),
                self.tr("Course enrolments"),
                self.tr("Events"),
                self.tr("Referrals received"),
                self.tr("Referrals made"),
            ],
            columns=3,
        )
        self.psy, self.legal, self.enrolments, self.events, self.ref_in, self.ref_out = stats
        self.content.addLayout(grid)

    def requests(self, today: date) -> list[Request]:
        first = today.replace(day=1)
        return [
            (consultations.consultation_counts, first, today),
            (courses.course_counts, first, today),
            (events.event_counts, first, today),
            (referrals.referral_counts, first, today),
        ]

    def show_results(self, today: date, results: list[Any]) -> None:
        held, course, event, referral = results
        self.set_subtitle(
            fill(self.tr("From %1 to %2"), _day(today.replace(day=1), today), _day(today, today))
        )
        self.psy.set(number(held.held_by_kind.get("psychological", 0)))
        self.legal.set(number(held.held_by_kind.get("legal", 0)))
        completed = self.tr("%n completed", "", course.completions)
        self.enrolments.set(number(course.enrolments), completed if course.completions else "")
        attended = self.tr("%n attended", "", event.attendance)
        self.events.set(number(event.events), attended if event.attendance else "")
        self.ref_in.set(number(referral.by_direction.get("in", 0)))
        self.ref_out.set(number(referral.by_direction.get("out", 0)))


class ShelterMonthCard(Card):
    """Beds taken night by night this month: a run of full nights, or a half-empty
    shelter, shows at a glance where a table of numbers would not."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "shelter_month", parent)
        self.set_title(self.tr("Shelter this month"))
        caption = QLabel(self.tr("Beds taken each night"), self.body)
        caption.setWordWrap(True)
        self.content.addWidget(caption)
        self.chart = BarChart([], [], self.body)
        self.chart.setAccessibleName(self.tr("Beds taken each night this month"))
        caption.setBuddy(self.chart)
        self.content.addWidget(self.chart)
        grid, self.nights, self.rate = stat_row(
            self.body, [self.tr("Bed-nights so far"), self.tr("Average occupancy")]
        )
        self.content.addSpacing(4)
        self.content.addLayout(grid)

    def requests(self, today: date) -> list[Request]:
        first = today.replace(day=1)
        return [
            (layout.monthly_occupancy, today.year, today.month),
            (layout.bed_nights, first, today + timedelta(days=1), today),
            (layout.occupancy, today),
        ]

    def show_results(self, today: date, results: list[Any]) -> None:
        per_night, nights, occupancy = results
        so_far = [(d, n) for d, n in per_night if d <= today]
        values = [n for _, n in so_far]
        beds = occupancy.beds_total
        self.chart.set_data(
            values,
            [number(d.day) for d, _ in so_far],
            reference=beds or None,
            reference_label=self.tr("%n bed(s)", "", beds),
        )
        self.set_subtitle(
            fill(self.tr("From %1 to %2"), _day(today.replace(day=1), today), _day(today, today))
        )
        if values:
            self.chart.set_summary(
                fill(
                    self.tr("Fewest beds taken on a night: %1, most: %2, tonight: %3 of %4."),
                    number(min(values)),
                    number(max(values)),
                    number(values[-1]),
                    number(beds),
                )
            )
        self.nights.set(number(nights))
        possible = beds * len(so_far)
        if possible:
            self.rate.set(fill(self.tr("%1%"), number(round(100 * nights / possible))))
        else:
            self.rate.set("–")


# --- the page -----------------------------------------------------------------------------


def cards_for(ctx: AppContext) -> list[Callable[[AppContext, QWidget], Card]]:
    """The cards this role may fill, most pressing first."""
    made: list[Callable[[AppContext, QWidget], Card]] = []
    if ctx.can(P.READ_VIOLENCE):  # issue 15: overdue notifications come first
        from .violence_warnings import ViolenceCard

        made.append(ViolenceCard)
    # my_day reads the diary of the user's own profession
    if ctx.can(P.WRITE_PSY_CONSULTATIONS) or ctx.can(P.WRITE_LEGAL_CONSULTATIONS):
        made.append(AppointmentsCard)
    if ctx.can(P.WRITE_CASES) or ctx.can(P.CASE_NOTES):  # case management (issue 13)
        from .cases.dashboard_card import FollowUpsCard

        made.append(FollowUpsCard)
    # occupancy and bed-nights: layout.counts_permission
    shelter_counts = ctx.can(P.READ_COUNTS) or ctx.can(P.READ_STAYS_ENROLMENTS)
    if shelter_counts:
        made.append(ShelterCard)
    if ctx.can(P.READ_RISK):
        made.append(ReviewsCard)
    if ctx.can(P.READ_COUNTS):
        made.append(MonthCard)
    if shelter_counts:
        made.append(ShelterMonthCard)
    # a trainer's week and an operator's line (issue 14; ui/role_cards.py)
    from .role_cards import ContactsCard, TrainerWeekCard

    if ctx.can(P.OWN_COURSE_LISTS):
        made.append(TrainerWeekCard)
    if ctx.can(P.LOG_ANON_CONTACTS):
        made.append(ContactsCard)
    return made


class CardGrid(QWidget):
    """Cards in as many equal columns as fit (1 to MAX_COLUMNS), re-flowed on resize;
    the last card widens to fill its row."""

    def __init__(self, cards: Sequence[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.cards = list(cards)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(14)
        self.columns = 0
        self._place(1)

    def card_width(self) -> int:
        return CARD_WIDTH_LINES * self.fontMetrics().height()

    def columns_for(self, width: int) -> int:
        spacing = self.grid.horizontalSpacing()
        fits = max(1, min(MAX_COLUMNS, (width + spacing) // (self.card_width() + spacing)))
        count = max(1, len(self.cards))
        rows = -(-count // fits)
        # as few columns as give the same number of rows: 2 + 2 rather than 3 + 1
        return next(c for c in range(1, fits + 1) if -(-count // c) == rows)

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        for card in self.cards:
            self.grid.removeWidget(card)
        for c in range(MAX_COLUMNS):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        for i, card in enumerate(self.cards):
            column = i % columns
            # the last card takes the rest of its row rather than leave a hole beside it
            span = columns - column if i == len(self.cards) - 1 else 1
            self.grid.addWidget(card, i // columns, column, 1, span)
        rows = (len(self.cards) + columns - 1) // columns
        for r in range(len(self.cards) + 1):
            self.grid.setRowStretch(r, 1 if r == rows else 0)
        self.columns = columns

    def resizeEvent(self, event) -> None:
        self._place(self.columns_for(event.size().width()))
        super().resizeEvent(event)


class DashboardPage(QWidget):
    """The overview: cards for the role, refreshed whenever the page is shown, on F5,
    and when another page reports a change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.cards: list[Card] = [make(ctx, self) for make in cards_for(ctx)]

        self.date_label = QLabel(self)
        font = self.date_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.date_label.setFont(font)
        self.state = QLabel(self)
        quiet(self.state)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Load the figures again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)  # only while shown
        shortcut.activated.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(self.date_label)
        header.addStretch(1)
        header.addWidget(self.state)
        header.addWidget(self.refresh_button)

        self.grid = CardGrid(self.cards, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.grid)
        scroll.viewport().setAutoFillBackground(False)
        # keep the cards clear of the scroll bar when there is one
        scroll.verticalScrollBar().rangeChanged.connect(
            lambda _low, high: self.grid.grid.setContentsMargins(0, 0, 8 if high else 0, 0)
        )
        self.grid.setAutoFillBackground(False)

        page = QVBoxLayout(self)
        page.setContentsMargins(16, 12, 16, 12)
        page.setSpacing(12)
        page.addLayout(header)
        if not self.cards:
            nothing = QLabel(self.tr("There is nothing to show for your role here."), self)
            nothing.setWordWrap(True)
            page.addWidget(nothing)
        page.addWidget(scroll, 1)

        for card in self.cards:
            card.finished.connect(self._card_finished)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFRESH_DELAY_MS)
        self._later.timeout.connect(self.refresh)
        ctx.changed.connect(self._data_changed)
        ctx.settings_changed.connect(self._changed)

    def today(self) -> date:
        return date.today()

    def card(self, key: str) -> Card | None:
        return next((c for c in self.cards if c.objectName() == key), None)

    def card_keys(self) -> list[str]:
        return [c.objectName() for c in self.cards]

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        today = self.today()
        shown = long_date_text(today)
        self.date_label.setText(shown[:1].upper() + shown[1:])  # Ukrainian weekdays are lower case
        self.state.setText(self.tr("Loading…"))
        for card in self.cards:
            card.load(today)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(*SHOWN_KINDS):
            self._changed()

    def _changed(self, *_args: object) -> None:
        if self.isVisible():
            self._later.start()

    def _card_finished(self) -> None:
        if any(card.busy for card in self.cards):
            return
        now = QTime.currentTime()
        self.state.setText(
            fill(self.tr("Updated at %1"), QLocale().toString(now, QLocale.FormatType.ShortFormat))
        )
