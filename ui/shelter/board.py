"""The board of rooms and beds for one night: rooms that flow into columns as the
window widens, each with its bed tiles; a waiting-list row dropped on a free bed admits.
Above it, the legend of what the tiles look like."""

from __future__ import annotations

from PySide6.QtCore import (
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFontMetrics,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from shelter_app.i18n import fill
from shelter_app.shelter_layout import Board, BoardRoom

from .tiles import LOOKS, BedTile, TileKind


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
        self.count.setText(fill(self.tr("%1 of %2 people"), str(room.people), str(room.max_people)))
        self.count.setToolTip(
            fill(
                self.tr("Women and children in the room that night, of the %1 it can hold."),
                str(room.max_people),
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


class SideBySide(QSplitter):
    """The board and its side panel: the panel takes a share of the width (wider at
    1366 than a fixed 260 px, not wider than it needs at 1920) until she drags the
    handle herself; then her choice is kept."""

    SHARE = 0.3
    NARROWEST, WIDEST = 300, 460

    def __init__(self, parent: QWidget):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.dragged = False
        self.splitterMoved.connect(self._dragged)

    def _dragged(self, _pos: int, _index: int) -> None:
        self.dragged = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.dragged and self.count() == 2:
            total = max(0, self.width() - self.handleWidth())
            side = int(min(self.WIDEST, max(self.NARROWEST, total * self.SHARE)))
            side = min(side, total // 2)
            self.blockSignals(True)
            self.setSizes([total - side, side])
            self.blockSignals(False)


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
        self.tile_width = 0  # 0: the tiles' own width

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_tiles()

    def fit_tiles(self) -> None:
        """Tiles grow (up to twice their width) so that the rooms of a row fill
        the width the board has, instead of leaving a strip unused at 1920."""
        if not self.tiles:
            return
        base = next(iter(self.tiles.values())).base_size().width()
        gap, frame = 8, 16  # between rooms; a room's frame and margins around its tiles
        per_room = RoomBox.COLUMNS * (base + 2) + frame
        room_width = self.viewport().width() - 6
        most = max(1, min(len(self.rooms), (room_width + gap) // (per_room + gap)))
        rows = -(-len(self.rooms) // most)
        in_a_row = -(-len(self.rooms) // rows)  # rows as even as they can be: 3 + 3, not 5 + 1
        share = (room_width + gap) // in_a_row - gap - frame
        width = max(base, min(base * 2, share // RoomBox.COLUMNS - 2))
        if width != self.tile_width:
            self.tile_width = width
            for tile in self.tiles.values():
                tile.set_width(width)
            for box in self.rooms.values():
                box.updateGeometry()
            self.flow.invalidate()

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
        self.tile_width = 0
        self.fit_tiles()
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


class Legend(QWidget):
    """What each look of a bed tile means, in the tile's own colours and symbols."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        flow = FlowLayout(self, spacing=12)
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
            item = QLabel(f"{look.symbol} {text}", self)
            style = {
                Qt.PenStyle.DashLine: "dashed",
                Qt.PenStyle.DotLine: "dotted",
            }.get(look.line, "solid")
            item.setStyleSheet(
                f"background: {look.background}; border: {look.width}px {style} {look.border};"
                " border-radius: 3px; padding: 1px 6px; color: #1f1f1f;"
            )
            flow.addWidget(item)
