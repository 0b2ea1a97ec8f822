"""The Shelter area: the board of rooms and beds for a chosen night, with what the case
worker does many times a day (admit, extend, move, record a departure) one click away,
and the waiting list, turn-aways and stays near their limit beside it.

The board shows client codes only: the screen of a shared workstation may be seen by
others. Her name appears in the panel of the selected bed, for roles that may read
client identities. Each bed's state is told by colour AND by a symbol and words, so the
board reads the same in black and white."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyleOptionFocusRect,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from shelter_app import clients, shelter, shelter_layout
from shelter_app.changes import Changes, Kind
from shelter_app.permissions import Permission
from shelter_app.shelter import LimitWarning, StayRecord, TurnAwayRecord, WaitingEntry
from shelter_app.shelter_layout import BedState, Board, BoardBed, BoardRoom, Occupancy
from shelter_app.vocabulary import (
    DepartureOutcome,
    ExtensionReason,
    ReferringBody,
    TurnAwayReason,
    label,
)

from ..context import AppContext
from ..display import date_text, setup_table, to_date, to_qdate
from ..table_model import Column, TableModel
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
    short_date,
)

MIME_WAITING = "application/x-oberih-waiting-entry"
TEXT = QColor("#1f1f1f")
MUTED = QColor("#6b6b6b")
SELECTED = QColor("#1a4d8f")
NOTICE_STYLE = (
    "background: #eef3fb; color: #1a3d6d; border: 1px solid #b7c8e3; border-radius: 4px;"
    " padding: 6px;"
)


# --- what a tile shows ---------------------------------------------------------------------

# what the page shows: stays, beds, the waiting list, turn-aways and clients' codes
SHOWN_KINDS = frozenset(
    {Kind.STAYS, Kind.SHELTER_LAYOUT, Kind.WAITING_LIST, Kind.TURN_AWAYS, Kind.CLIENTS}
)


class TileKind(StrEnum):
    FREE = "free"
    BOOKED = "booked"  # free tonight, someone arrives later
    OCCUPIED = "occupied"
    SOON = "soon"  # planned departure within days, or the allowed stay ends soon
    OVER = "over"  # over the allowed stay
    OUT_OF_USE = "out_of_use"


@dataclass(frozen=True)
class TileLook:
    background: str
    border: str
    width: int
    line: Qt.PenStyle
    symbol: str


LOOKS = {
    TileKind.FREE: TileLook("#eaf5ea", "#5f9e5e", 1, Qt.PenStyle.DashLine, "○"),
    TileKind.BOOKED: TileLook("#eef2f9", "#6f8fbf", 1, Qt.PenStyle.DashLine, "→"),
    TileKind.OCCUPIED: TileLook("#e6ecf5", "#5b7aa8", 1, Qt.PenStyle.SolidLine, "●"),
    TileKind.SOON: TileLook("#fff1cc", "#b58500", 2, Qt.PenStyle.SolidLine, "◷"),
    TileKind.OVER: TileLook("#fbdcd8", "#b3261e", 3, Qt.PenStyle.SolidLine, "⚠"),
    TileKind.OUT_OF_USE: TileLook("#eeeeee", "#a0a0a0", 1, Qt.PenStyle.DotLine, "✕"),
}


def tile_kind(bed: BoardBed) -> TileKind:
    occupant = bed.occupant
    if occupant is not None:
        if occupant.over_limit:
            return TileKind.OVER
        if occupant.departing_soon or occupant.near_limit:
            return TileKind.SOON
        return TileKind.OCCUPIED
    if bed.state == BedState.OUT_OF_USE.value:
        return TileKind.OUT_OF_USE
    return TileKind.BOOKED if bed.next_arrival_on is not None else TileKind.FREE


# --- the board ----------------------------------------------------------------------------


class BedTile(QAbstractButton):
    """One bed. Click selects it, Enter or a double click does the usual thing (admit to
    a free bed); a waiting-list row dropped on a free bed starts an admission."""

    opened = Signal(int)  # bed id
    dropped = Signal(int, int)  # bed id, waiting-list entry id

    def __init__(self, room: BoardRoom, bed: BoardBed, accepts_drops: bool, parent: QWidget):
        super().__init__(parent)
        self.accepts_drops = accepts_drops
        self.selected = False
        self._drop_hover = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(accepts_drops)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.update_bed(room, bed)

    @property
    def bed_id(self) -> int:
        return self.bed.bed_id

    def update_bed(self, room: BoardRoom, bed: BoardBed) -> None:
        self.room, self.bed = room, bed
        self.kind = tile_kind(bed)
        self.lines = self._lines()
        details = self.lines[1:] if bed.occupant is not None else self.lines[3:]
        words = [f"{room.name} · {bed.label}", self.state_words(), *details]
        summary = " — ".join(w for w in words if w)
        self.setToolTip(summary)
        self.setAccessibleName(summary)
        self.setText(summary)
        self.update()

    def state_words(self) -> str:
        return {
            TileKind.FREE: self.tr("free"),
            TileKind.BOOKED: self.tr("free, booked later"),
            TileKind.OCCUPIED: self.tr("occupied"),
            TileKind.SOON: self.tr("occupied, departure or limit soon"),
            TileKind.OVER: self.tr("occupied, over the allowed stay"),
            TileKind.OUT_OF_USE: self.tr("out of use"),
        }[self.kind]

    def _lines(self) -> tuple[str, str, str, str]:
        """Bed label, main line (code or state), children, status."""
        bed, occupant = self.bed, self.bed.occupant
        if occupant is None:
            if self.kind is TileKind.OUT_OF_USE:
                return bed.label, self.tr("Unavailable"), "", ""
            status = ""
            if bed.next_arrival_on is not None:
                status = self.tr("Booked %1").replace("%1", short_date(bed.next_arrival_on))
            return bed.label, self.tr("Free"), "", status
        children = self.tr("+%n child(ren)", "", occupant.children) if occupant.children else ""
        if occupant.over_limit:
            status = self.tr("Over limit")
        elif occupant.departing_soon and occupant.planned_departure_on is not None:
            status = self.tr("Leaves %1").replace("%1", short_date(occupant.planned_departure_on))
        elif occupant.near_limit:
            status = self.tr("Limit %1").replace("%1", short_date(occupant.allowed_until))
        elif occupant.planned_departure_on is not None:
            status = self.tr("Leaves %1").replace("%1", short_date(occupant.planned_departure_on))
        else:
            status = ""
        return bed.label, occupant.client_code, children, status

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    # size and painting

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:
        """The same for every tile, so that rooms line up; longer text is elided on the
        tile and read in full in its tooltip and in the panel of the selected bed."""
        plain, bold = self.fontMetrics(), QFontMetrics(self._bold())
        width = max(100, bold.horizontalAdvance("K-2026-0000") + 18)
        return QSize(width, 4 * plain.height() + 10)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        look = LOOKS[self.kind]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outer = self.rect().adjusted(1, 1, -1, -1)
        if self.selected or self._drop_hover:
            painter.setPen(QPen(SELECTED, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(outer, 6, 6)
        box = outer.adjusted(2, 2, -2, -2)
        painter.setPen(QPen(QColor(look.border), look.width, look.line))
        painter.setBrush(QColor(look.background))
        painter.drawRoundedRect(box, 4, 4)
        inner = box.adjusted(5, 1, -4, -1)
        plain = self.fontMetrics()
        height = plain.height()
        muted = self.kind is TileKind.OUT_OF_USE
        label, main, children, status = self.lines
        # line 1: bed label, symbol on the right
        painter.setPen(MUTED)
        symbol_width = plain.horizontalAdvance(look.symbol) + 4
        row = QRect(inner.left(), inner.top(), inner.width() - symbol_width, height)
        painter.drawText(
            row,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            plain.elidedText(label, Qt.TextElideMode.ElideRight, row.width()),
        )
        painter.setPen(QColor(look.border) if self.kind is not TileKind.OCCUPIED else TEXT)
        painter.drawText(
            QRect(inner.right() - symbol_width, inner.top(), symbol_width, height),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            look.symbol,
        )
        # line 2: the code (or Free / Unavailable), bold
        bold = self._bold()
        painter.setFont(bold)
        painter.setPen(MUTED if muted else TEXT)
        row = QRect(inner.left(), inner.top() + height, inner.width(), height)
        painter.drawText(
            row,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(main, Qt.TextElideMode.ElideRight, row.width()),
        )
        painter.setFont(self.font())
        # lines 3 and 4: children, status (over the limit in bold)
        for number, text in ((2, children), (3, status)):
            if not text:
                continue
            font = self.font()
            painter.setPen(QColor("#8c1d18") if self.kind is TileKind.OVER else TEXT)
            row = QRect(inner.left(), inner.top() + number * height, inner.width(), height)
            painter.drawText(
                row,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, row.width()),
            )
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = box.adjusted(2, 2, -2, -2)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
        painter.end()

    # keyboard, mouse, drops

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            self.opened.emit(self.bed_id)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.focusNextChild()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.opened.emit(self.bed_id)
        else:
            super().mouseDoubleClickEvent(event)

    def _droppable(self, event: QDragEnterEvent | QDropEvent) -> bool:
        return (
            self.accepts_drops
            and self.kind in (TileKind.FREE, TileKind.BOOKED)
            and event.mimeData().hasFormat(MIME_WAITING)
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._droppable(event):
            self._drop_hover = True
            self.update()
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._drop_hover = False
        self.update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_hover = False
        self.update()
        if not self._droppable(event):
            event.ignore()
            return
        payload = bytes(event.mimeData().data(MIME_WAITING).data()).decode("ascii", "ignore")
        if payload.isdigit():
            event.acceptProposedAction()
            self.dropped.emit(self.bed_id, int(payload))
        else:
            event.ignore()


class FlowLayout(QLayout):
    """Rooms side by side, wrapping to the next line when the board is narrow (the Qt
    flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no place
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y, line_height = area.x(), y + line_height + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class RoomBox(QFrame):
    """A room: its name, how many people it holds that night, and its beds two by two."""

    COLUMNS = 2

    def __init__(self, room: BoardRoom, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("room")
        self.setStyleSheet(
            "QFrame#room { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(5, 4, 5, 5)
        outer.setSpacing(3)
        header = QHBoxLayout()
        self.name = QLabel(self)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.count = QLabel(self)
        self.count.setStyleSheet("color: #5f5f5f;")
        header.addWidget(self.name, 1)
        header.addWidget(self.count)
        outer.addLayout(header)
        self.grid = QGridLayout()
        self.grid.setSpacing(2)
        outer.addLayout(self.grid)
        self.room = room

    def set_room(self, room: BoardRoom) -> None:
        self.room = room
        self.count.setText(
            self.tr("%1 of %2 people")
            .replace("%1", str(room.people))
            .replace("%2", str(room.max_people))
        )
        self.count.setToolTip(
            self.tr("Women and children in the room that night, of the %1 it can hold.").replace(
                "%1", str(room.max_people)
            )
        )
        self.setToolTip(room.name)
        self._elide()

    def add_tile(self, tile: BedTile, number: int) -> None:
        self.grid.addWidget(tile, number // self.COLUMNS, number % self.COLUMNS)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room_width = max(self.width(), self.sizeHint().width()) - 14
        space = room_width - self.count.sizeHint().width() - 8
        metrics = QFontMetrics(self.name.font())
        self.name.setText(metrics.elidedText(self.room.name, Qt.TextElideMode.ElideRight, space))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        tiles = self.grid.sizeHint().width() + 12
        return QSize(tiles, hint.height())


class BoardView(QScrollArea):
    """The rooms and beds of one night."""

    bed_clicked = Signal(int)
    bed_opened = Signal(int)
    waiting_dropped = Signal(int, int)  # bed id, waiting-list entry id

    def __init__(self, accepts_drops: bool, parent: QWidget):
        super().__init__(parent)
        self.accepts_drops = accepts_drops
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.container = QWidget(self)
        self.flow = FlowLayout(self.container, spacing=8)
        self.flow.setContentsMargins(2, 2, 2, 2)
        self.setWidget(self.container)
        self.empty = QLabel(
            self.tr(
                "No rooms are set up yet. The administrator adds rooms and beds under "
                "Administration."
            ),
            self.container,
        )
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.tiles: dict[int, BedTile] = {}
        self.rooms: dict[int, RoomBox] = {}
        self._shape: tuple = ()
        self.selected: int | None = None

    def show_board(self, board: Board) -> bool:
        """Show the night's board; True when the tiles were made anew."""
        shape = tuple((r.room_id, tuple(b.bed_id for b in r.beds)) for r in board.rooms)
        rebuilt = shape != self._shape
        if rebuilt:
            self._rebuild(board)
            self._shape = shape
        else:
            for room in board.rooms:
                self.rooms[room.room_id].set_room(room)
                for bed in room.beds:
                    self.tiles[bed.bed_id].update_bed(room, bed)
        self.empty.setVisible(not board.rooms)
        self.set_selected(self.selected if self.selected in self.tiles else None)
        return rebuilt

    def _rebuild(self, board: Board) -> None:
        had_focus = next((i for i, t in self.tiles.items() if t.hasFocus()), None)
        while self.flow.count():
            item = self.flow.takeAt(0)
            if item.widget() is not None and item.widget() is not self.empty:
                item.widget().deleteLater()
        self.tiles.clear()
        self.rooms.clear()
        self.flow.addWidget(self.empty)
        for room in board.rooms:
            box = RoomBox(room, self.container)
            for number, bed in enumerate(room.beds):
                tile = BedTile(room, bed, self.accepts_drops, box)
                tile.clicked.connect(lambda _c=False, i=bed.bed_id: self.bed_clicked.emit(i))
                tile.opened.connect(self.bed_opened.emit)
                tile.dropped.connect(self.waiting_dropped.emit)
                box.add_tile(tile, number)
                self.tiles[bed.bed_id] = tile
            box.set_room(room)
            self.rooms[room.room_id] = box
            self.flow.addWidget(box)
        if had_focus in self.tiles:
            self.tiles[had_focus].setFocus()

    def set_selected(self, bed_id: int | None) -> None:
        self.selected = bed_id
        for key, tile in self.tiles.items():
            tile.set_selected(key == bed_id)

    def reveal(self, bed_id: int) -> None:
        tile = self.tiles.get(bed_id)
        if tile is not None:
            self.ensureWidgetVisible(tile, 20, 20)
            tile.setFocus()


class MonthChart(QWidget):
    """Beds held on each night of the month, one bar a night, against the beds in use.
    Nights still to come (as booked) are lighter; the night on the board is dark."""

    day_clicked = Signal(object)  # date

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.nights: list[tuple[date, int]] = []
        self.capacity = 0
        self.selected: date | None = None
        self.setMinimumHeight(80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_nights(self, nights: Sequence[tuple[date, int]], selected: date) -> None:
        self.nights = list(nights)
        self.selected = selected
        self._describe()
        self.update()

    def set_capacity(self, capacity: int) -> None:
        self.capacity = capacity
        self._describe()
        self.update()

    def _describe(self) -> None:
        if not self.nights:
            return
        top = max(n for _d, n in self.nights)
        self.setAccessibleDescription(
            self.tr("Beds taken per night: at most %1 of %2.")
            .replace("%1", str(top))
            .replace("%2", str(self.capacity))
        )

    def sizeHint(self) -> QSize:
        return QSize(260, 90)

    def _plot(self) -> QRect:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("000") + 8
        return self.rect().adjusted(left, 6, -4, -(metrics.height() + 4))

    def _bar_at(self, x: int) -> int | None:
        plot = self._plot()
        if not self.nights or not plot.left() <= x <= plot.right():
            return None
        index = int((x - plot.left()) * len(self.nights) / max(plot.width(), 1))
        return min(index, len(self.nights) - 1)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        plot = self._plot()
        metrics = self.fontMetrics()
        painter.fillRect(plot, self.palette().base())
        if not self.nights:
            painter.end()
            return
        top = max(self.capacity, max(n for _d, n in self.nights), 1)
        width = plot.width() / len(self.nights)
        today = date.today()
        for index, (night, count) in enumerate(self.nights):
            height = round(plot.height() * count / top)
            x = plot.left() + round(index * width)
            bar = QRect(x + 1, plot.bottom() - height + 1, max(round(width) - 2, 1), height)
            if night == self.selected:
                colour = SELECTED
            elif night > today:
                colour = QColor("#b9c8de")
            else:
                colour = QColor("#6d87ad")
            painter.fillRect(bar, colour)
        painter.setPen(QPen(QColor("#b3261e"), 1, Qt.PenStyle.DashLine))
        if self.capacity:
            y = plot.bottom() - round(plot.height() * self.capacity / top)
            painter.drawLine(plot.left(), y, plot.right(), y)
        painter.setPen(MUTED)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        axis = QRect(0, plot.top() - metrics.height() // 2, plot.left() - 4, metrics.height())
        painter.drawText(axis, Qt.AlignmentFlag.AlignRight, str(top))
        axis.moveTop(plot.bottom() - metrics.height() // 2)
        painter.drawText(axis, Qt.AlignmentFlag.AlignRight, "0")
        for index, (night, _count) in enumerate(self.nights):
            if night.day in (1, 10, 20) or index == len(self.nights) - 1:
                x = plot.left() + round((index + 0.5) * width)
                text = str(night.day)
                half = metrics.horizontalAdvance(text) // 2
                painter.drawText(
                    QRect(x - half - 2, plot.bottom() + 2, 2 * half + 4, metrics.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._bar_at(event.position().toPoint().x())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_clicked.emit(self.nights[index][0])

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._bar_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                night, count = self.nights[index]
                text = (
                    self.tr("%1: %2 of %3 beds booked (a night to come)")
                    if night > date.today()
                    else self.tr("%1: %2 of %3 beds taken")
                )
                QToolTip.showText(
                    event.globalPos(),
                    text.replace("%1", date_text(night))
                    .replace("%2", str(count))
                    .replace("%3", str(self.capacity))
                    + "\n"
                    + self.tr("Click to show that night on the board."),
                    self,
                )
            return True
        return super().event(event)


# --- lists ----------------------------------------------------------------------------------

Index = QModelIndex | QPersistentModelIndex


class WaitingModel(TableModel):
    """Rows can be dragged onto a free bed (the entry id travels, nothing else)."""

    def __init__(self, columns: list[Column], draggable: bool, parent: QWidget):
        super().__init__(columns, parent)
        self.draggable = draggable

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.draggable and index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [MIME_WAITING]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        if indexes:
            entry: WaitingEntry = self.rows[indexes[0].row()]
            mime.setData(MIME_WAITING, QByteArray(str(entry.id).encode("ascii")))
        return mime


def table_view(model: TableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    setup_table(view, stretch_last=False, leave_on_tab=False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    return view


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
            ("name", self.tr("Name:")),
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
                    self.tr("Free that night; someone is booked into it from %1.").replace(
                        "%1", date_text(bed.next_arrival_on)
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
            allowed = self.tr("%1 — over the allowed stay").replace("%1", allowed)
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
                self.tr("%n child(ren), aged %1", "", len(record.children)).replace("%1", ages)
            )
        if record.extensions:
            last = record.extensions[-1]
            values["extensions"].setText(
                self.tr("%n extension(s), the last on %1: %2", "", len(record.extensions))
                .replace("%1", date_text(last.extended_on))
                .replace("%2", label(ExtensionReason(last.reason)))
            )
        if len(record.beds) > 1:
            values["beds"].setText(
                "; ".join(
                    f"{b.room_name} · {b.bed_label} ({date_text(b.from_date)})" for b in record.beds
                )
            )
        if record.departed_on is not None:
            self.state.setText(
                self.tr("She left on %1 (%2).")
                .replace("%1", date_text(record.departed_on))
                .replace("%2", label(DepartureOutcome(record.departure_outcome)))
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
