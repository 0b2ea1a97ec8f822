"""What the window remembers, per user, and how it fits the screen.

Several women share one workstation: each one's size, last area, column widths and sort
order are kept under her own account number (QSettings group `user-<id>`; never a name),
so the lawyer does not land on the shelter board the case worker left open.

The window must fit the screen's *available* geometry (without the taskbar): at first
start on a 1366×768 laptop a 1200×780 default put the status bar — who is signed in —
under the taskbar. A remembered geometry from a bigger screen is fitted again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QMargins, QRect, QSettings, QSize
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from shelter_app.database import SignedInUser

PREFERRED = QSize(1200, 780)
# a window frame the system adds around the client area before Qt knows it (title bar)
FRAME_GUESS = QMargins(8, 31, 8, 8)


class UserSettings:
    """QSettings under the signed-in user's own group."""

    def __init__(self, user: SignedInUser):
        self.group = f"user-{user.account_id}"

    def value(self, key: str, default: Any = None) -> Any:
        return QSettings().value(f"{self.group}/{key}", default)

    def set_value(self, key: str, value: Any) -> None:
        QSettings().setValue(f"{self.group}/{key}", value)


def fitted(client: QRect, available: QRect, frame: QMargins = FRAME_GUESS) -> QRect:
    """The client rectangle moved and shrunk so that it, with its frame, lies inside
    `available`; kept as it is when it already does."""
    room = available.marginsRemoved(frame)
    width = min(client.width(), room.width())
    height = min(client.height(), room.height())
    left = min(max(client.left(), room.left()), room.right() - width + 1)
    top = min(max(client.top(), room.top()), room.bottom() - height + 1)
    return QRect(left, top, width, height)


def first_geometry(available: QRect, frame: QMargins = FRAME_GUESS) -> QRect:
    """The preferred size, smaller where the screen is, centred in the available area."""
    room = available.marginsRemoved(frame)
    width = min(PREFERRED.width(), room.width())
    height = min(PREFERRED.height(), room.height())
    left = room.left() + (room.width() - width) // 2
    top = room.top() + (room.height() - height) // 2
    return QRect(left, top, width, height)


def keep_header(settings: UserSettings, header: QHeaderView, name: str) -> None:
    """Restore a table's column widths and sort from the user's settings and save them
    whenever she changes them."""
    key = f"columns/{name}"
    state = settings.value(key)
    if isinstance(state, QByteArray) and not state.isEmpty():
        header.restoreState(state)

    def save(*_args: object) -> None:
        settings.set_value(key, header.saveState())

    header.sectionResized.connect(save)
    header.sortIndicatorChanged.connect(save)
    view = header.parent()
    if view is not None:
        view.setProperty(KEPT, True)


KEPT = "oberih_columns_kept"  # a view whose page keeps its own header state


def keep_area_headers(settings: UserSettings, page: QWidget, area: str) -> None:
    """Every list of an area's page remembers her column widths and sort (the Clients list
    names its own key; the others are numbered in the order the page made them, which is
    the same at every start)."""
    for number, view in enumerate(page.findChildren(QTableView)):
        if view.property(KEPT):
            continue
        view.setProperty(KEPT, True)
        keep_header(settings, view.horizontalHeader(), f"{area}/{number}")
