"""The keys the main window owns for every area: Ctrl+F (find) and Ctrl+N (new).

An area declares them as it always did, as its own `QShortcut` (or a button's shortcut)
on the widget they belong to — the Courses tab's Ctrl+N makes a course, the Events tab's
records an event. Those only fire while the focus is inside that widget, and two owners
of one key make Qt refuse both. So the window adopts them: it switches the area's own
ones off and, whatever has the focus (the sidebar, the toolbar, any field), does what
the shown area's shortcut for the key would do. Ctrl+F in an area without a search puts
the focus into the area's content instead of doing nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

FIND = QKeySequence("Ctrl+F")
NEW = QKeySequence("Ctrl+N")
OWNED = (FIND, NEW)
_ADOPTED = "oberihAdoptedKeys"  # property on a page's shortcut: the key it had


def _same(a: QKeySequence, b: QKeySequence) -> bool:
    return a.matches(b) == QKeySequence.SequenceMatch.ExactMatch and a.count() == b.count()


def adopt(page: QWidget) -> None:
    """Switch off the page's own shortcuts for the owned keys (kept for `trigger`)."""
    for shortcut in page.findChildren(QShortcut):
        if shortcut.isEnabled() and any(_same(shortcut.key(), k) for k in OWNED):
            shortcut.setProperty(_ADOPTED, shortcut.key().toString())
            shortcut.setEnabled(False)
    for button in page.findChildren(QAbstractButton):
        if any(_same(button.shortcut(), k) for k in OWNED):
            button.setProperty(_ADOPTED, button.shortcut().toString())
            button.setShortcut(QKeySequence())


def _showing(widget: QWidget | None) -> bool:
    return widget is not None and widget.isVisible() and widget.isEnabled()


def trigger(page: QWidget, keys: QKeySequence) -> bool:
    """Do what the page's own shortcut for `keys` does, if one is showing. The one around
    the focus wins (a card's over the list's), else the first showing one."""
    adopt(page)  # shortcuts made since the page was shown
    wanted = keys.toString()
    owners: list[tuple[QWidget, object]] = []
    for shortcut in page.findChildren(QShortcut):
        parent = shortcut.parent()
        if (
            shortcut.property(_ADOPTED) == wanted
            and isinstance(parent, QWidget)
            and _showing(parent)
        ):
            owners.append((parent, shortcut.activated.emit))
    for button in page.findChildren(QAbstractButton):
        if button.property(_ADOPTED) == wanted and _showing(button):
            owners.append((button, button.click))
    if not owners:
        return False
    focus = page.focusWidget()
    around = [o for o in owners if focus is not None and o[0].isAncestorOf(focus)]
    _widget, act = max(around, key=lambda o: _depth(o[0])) if around else owners[0]
    act()  # type: ignore[operator]
    return True


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


def focus_content(page: QWidget) -> None:
    """Put the focus into the area: its own choice (`focus_content()`), else its first
    Tab stop — so Ctrl+1..9 leaves the keyboard where the work is, not in the sidebar."""
    own = getattr(page, "focus_content", None)
    if callable(own):
        own()
        return
    widget = page.nextInFocusChain()
    for _ in range(500):  # the chain is a ring; stop at the page or after a lap
        if widget is None or widget is page:
            break
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = widget.nextInFocusChain()
    page.setFocus(Qt.FocusReason.OtherFocusReason)
