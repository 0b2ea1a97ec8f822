"""Walking every window a person can reach: each area of the main window (each tab of
it), a client's card (each tab), and every dialog a "…" button or the Help menu opens
there. Used by the checks that hold for every window (mnemonics, untranslated words).

A demo centre (synthetic clients, courses, stays) makes the buttons that need a chosen
row usable: the first row of every list is chosen before its buttons are tried."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from shiboken6 import isValid

from ui.main_window import MainWindow

SKIP_BUTTONS = {"quickExitButton", "lockButton"}  # they hide or lock everything


@dataclass
class Walk:
    qtbot: object
    idle: Callable[[], None]
    seen: list[str] = field(default_factory=list)


def _settle(walk: Walk) -> None:
    walk.idle()
    QApplication.processEvents()


def tab_states(root: QWidget) -> Iterator[str]:
    """Each tab of each visible tab widget in turn (one level deep is what people click)."""
    yield ""
    for tabs in [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)]:
        start = tabs.currentIndex()
        for i in range(tabs.count()):
            if tabs.isTabEnabled(i) and tabs.isTabVisible(i):
                tabs.setCurrentIndex(i)
                yield tabs.tabText(i)
        tabs.setCurrentIndex(start)


def choose_first_rows(root: QWidget) -> None:
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisibleTo(root) and model is not None and model.rowCount() > 0:
            with suppress(RuntimeError):
                view.setCurrentIndex(model.index(0, 0))


def dialogs_from(walk: Walk, root: QWidget, name: str) -> Iterator[tuple[str, QWidget]]:
    """Click each visible, enabled button whose text ends in "…" and yield what opens."""
    choose_first_rows(root)
    _settle(walk)
    buttons = [
        b
        for b in root.findChildren(QAbstractButton)
        if b.isVisibleTo(root)
        and b.isEnabled()
        and b.text().rstrip().endswith("…")
        and b.objectName() not in SKIP_BUTTONS
    ]
    for button in buttons:
        label = button.text()
        if not (button.isVisibleTo(root) and button.isEnabled()):
            continue
        before = set(QApplication.topLevelWidgets())
        button.click()
        _settle(walk)
        for widget in QApplication.topLevelWidgets():
            if not isValid(widget) or widget in before or not isinstance(widget, QDialog):
                continue
            if widget.isVisible():
                walk.seen.append(f"{name} → {label}")
                yield f"{name} → {label}", widget
                widget.close()
                _settle(walk)


def no_blocking_dialogs(monkeypatch) -> None:
    """Message boxes and file dialogs answer at once instead of waiting for a person."""
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.No)
    for static in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox, static, staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
        )
    for static in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, static, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))


def every_window(walk: Walk, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """(where, top-level widget) for each state of every area, card and dialog."""
    for key in window.area_keys():
        window.show_area(key)
        _settle(walk)
        page = window.pages[key]
        for tab in tab_states(page):
            yield f"{key}/{tab}", window
            yield from dialogs_from(walk, page, f"{key}/{tab}")
        if key == "clients":
            clients = window.pages["clients"]
            clients.search.setText("а")
            clients.search_now()
            _settle(walk)
            if clients.model.rowCount():
                clients.open_row(0)
                _settle(walk)
                card = clients.card
                for tab in tab_states(card):
                    _settle(walk)
                    yield f"card/{tab}", window
                    yield from dialogs_from(walk, card, f"card/{tab}")
                clients.show_list()
    window.show_shortcuts()
    _settle(walk)
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            yield "help/shortcuts", dialog
            dialog.close()


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def mnemonics_in(root: QWidget) -> dict[str, list[str]]:
    """letter → the texts that claim it, among what is visible in `root` now."""
    from PySide6.QtWidgets import QGroupBox, QLabel, QMainWindow, QTabBar

    claims: dict[str, list[str]] = {}

    def claim(text: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            claims.setdefault(letter, []).append(text)

    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.isVisible():
                claim(action.text())
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root:
            continue
        buddied = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or buddied:
            claim(widget.text())
        elif isinstance(widget, QGroupBox):
            claim(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    claim(widget.tabText(i))
    return claims


def focus_safe(window: QWidget) -> None:
    window.activateWindow()
    window.setFocus(Qt.FocusReason.OtherFocusReason)
