"""One bed on the board: what its tile shows (a colour AND a symbol and words, so the
board reads the same in black and white), and the tile itself."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import (
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
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QWidget,
)

from shelter_app.i18n import fill
from shelter_app.shelter_layout import BedState, BoardBed, BoardRoom

from .dialogs import (
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
        self._width = 0  # set by the board when it has room for wider tiles
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
        if bed.occupant is not None and bed.occupant.client_name:
            words.insert(3, bed.occupant.client_code)
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
                status = fill(self.tr("Booked %1"), short_date(bed.next_arrival_on))
            return bed.label, self.tr("Free"), "", status
        children = self.tr("+%n child(ren)", "", occupant.children) if occupant.children else ""
        if occupant.over_limit:
            status = self.tr("Over limit")
        elif occupant.departing_soon and occupant.planned_departure_on is not None:
            status = fill(self.tr("Leaves %1"), short_date(occupant.planned_departure_on))
        elif occupant.near_limit:
            status = fill(self.tr("Limit %1"), short_date(occupant.allowed_until))
        elif occupant.planned_departure_on is not None:
            status = fill(self.tr("Leaves %1"), short_date(occupant.planned_departure_on))
        else:
            status = ""
        # shelter staff see her name (names_where_needed); the code stays in the tooltip
        return bed.label, occupant.client_name or occupant.client_code, children, status

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    # size and painting

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def base_size(self) -> QSize:
        """The same for every tile, so that rooms line up; longer text is elided on the
        tile and read in full in its tooltip and in the panel of the selected bed."""
        plain, bold = self.fontMetrics(), QFontMetrics(self._bold())
        width = max(100, bold.horizontalAdvance("K-2026-0000") + 18)
        return QSize(width, 4 * plain.height() + 10)

    def set_width(self, width: int) -> None:
        """Wider than the base when the board has the room (BoardView.fit_tiles)."""
        self._width = width
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        base = self.base_size()
        return QSize(max(base.width(), self._width), base.height())

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
