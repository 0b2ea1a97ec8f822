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

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMargins,
    QObject,
    QRect,
    QSettings,
    QSize,
)
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QTreeView, QWidget

from shelter_app.database import SignedInUser

from .display import FITTING, OWN_WIDTHS

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
    """Restore a list's column widths and sort from the user's settings and save them
    whenever she changes them. Widths she set by hand are hers: `fit_columns` leaves
    them alone from then on (also at the next start); widths the program fits to the
    rows are not saved as hers."""
    key = f"columns/{name}"
    own_key = f"columns-own/{name}"
    view = header.parent()
    state = settings.value(key)
    if isinstance(state, QByteArray) and not state.isEmpty():
        header.restoreState(state)  # sets the sort too: a sorting view sorts by it
        if view is not None and _true(settings.value(own_key)):
            view.setProperty(OWN_WIDTHS, True)

    def save(*_args: object) -> None:
        settings.set_value(key, header.saveState())

    def resized(section: int, *_sizes: object) -> None:
        if view is not None and view.property(FITTING):
            return  # the program fitting the columns to the rows
        if header.stretchLastSection() and section == header.count() - 1:
            return  # the last column follows the window's width
        settings.set_value(own_key, True)
        if view is not None:
            view.setProperty(OWN_WIDTHS, True)
        save()

    header.sectionResized.connect(resized)
    header.sortIndicatorChanged.connect(save)
    if view is not None:
        view.setProperty(KEPT, True)


def _true(value: object) -> bool:
    """A flag as QSettings gives it back (a bool, or "true" from an INI file)."""
    return value is True or str(value).lower() == "true"


KEPT = "oberih_columns_kept"  # a view whose header state is already kept


def headed_views(root: QWidget) -> list[tuple[str, QHeaderView]]:
    """Every list with column headers under `root`, named by kind and the order the
    page made them (the same at every start): tables "0", "1", …, trees "tree-0", …"""
    views: list[tuple[str, QHeaderView]] = []
    for number, table in enumerate(root.findChildren(QTableView)):
        views.append((str(number), table.horizontalHeader()))
    for number, tree in enumerate(root.findChildren(QTreeView)):
        views.append((f"tree-{number}", tree.header()))
    return views


def keep_lists(settings: UserSettings, root: QWidget, name: str) -> None:
    """Every list under `root` (an area's page, a card's tab, a dialog) remembers her
    column widths and sort under `name`; lists already kept (the Clients list names
    its own key) are left as they are, so calling it again catches only new lists."""
    for number, header in headed_views(root):
        view = header.parent()
        if view is None or view.property(KEPT):
            continue
        keep_header(settings, header, f"{name}/{number}")


def keep_area_headers(settings: UserSettings, page: QWidget, area: str) -> None:
    """An area's lists (kept under the area's key, as since the first release)."""
    keep_lists(settings, page, area)


class DialogLists(QObject):
    """The lists of every dialog of the program remember her widths and sort: each
    dialog, when first shown, is kept under its class's name (`dialogs/<Class>/…`).
    Qt's own dialogs (the file chooser keeps its own state) are left alone."""

    def __init__(self, settings: UserSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and not type(watched).__module__.startswith("PySide6")
        ):
            keep_lists(self.settings, watched, f"dialogs/{type(watched).__name__}")
        return False

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
