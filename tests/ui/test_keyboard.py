"""Working by keyboard alone: Ctrl+1..9 leaves the keyboard in the area, Ctrl+F and
Ctrl+N work from anywhere in the window, one meaning per key, and the list of keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QDialog

from shelter_app.permissions import Role
from tests.ui.conftest import type_text
from ui.areas import AREAS
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
DIGITS = {f"Ctrl+{n}": getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)}


class Presses:
    """Counts every key a person presses (typing a search counts as one step)."""

    def __init__(self, qtbot):
        self.qtbot, self.count = qtbot, 0

    def key(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    def type(self, text: str) -> None:
        self.count += 1
        type_text(QApplication.focusWidget(), text)


def open_window(qtbot, ctx, idle) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    idle(ctx)
    return window


def shortcut_of(key: str) -> str:
    return next(a.shortcut for a in AREAS if a.key == key)


def press_area(qtbot, window: MainWindow, key: str) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, DIGITS[shortcut_of(key)], CTRL)


@pytest.mark.parametrize("role", [Role.CASE_WORKER, Role.ADMIN, Role.TRAINER])
def test_every_area_switch_puts_the_keyboard_into_the_area(qtbot, gui_ctx, idle, role):
    ctx = gui_ctx(role)
    window = open_window(qtbot, ctx, idle)
    for key in window.area_keys():
        window.nav.setFocus()  # the worst case: the keyboard in the sidebar
        press_area(qtbot, window, key)
        idle(ctx)
        page = window.pages[key]
        focus = QApplication.focusWidget()
        assert window.stack.currentWidget() is page
        assert focus is not None and page.isAncestorOf(focus), key


def test_ctrl_f_reaches_the_search_from_the_sidebar_and_from_a_card(
    qtbot, gui_ctx, make_client, idle
):
    make_client("Бойко", "Олена")
    ctx = gui_ctx(Role.CASE_WORKER)
    window = open_window(qtbot, ctx, idle)
    window.show_area("clients")
    page = window.pages["clients"]
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, CTRL)
    assert page.search.hasFocus()
    type_text(page.search, "бойко")
    qtbot.wait(300)
    idle(ctx)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    idle(ctx)
    assert page.stack.currentWidget() is page.card
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)  # from inside the card
    assert page.stack.currentWidget() is page.list_panel
    assert page.search.hasFocus()


@pytest.mark.parametrize(
    ("area", "dialog"),
    [("clients", "IntakeDialog"), ("consultations", "LogConsultationDialog")],
)
def test_ctrl_n_makes_the_areas_new_thing_from_the_sidebar(qtbot, gui_ctx, idle, area, dialog):
    ctx = gui_ctx(Role.CASE_WORKER if area == "clients" else Role.PSYCHOLOGIST)
    window = open_window(qtbot, ctx, idle)
    window.show_area(area)
    idle(ctx)
    window.nav.setFocus()
    before = set(QApplication.topLevelWidgets())
    qtbot.keyClick(window.nav, Qt.Key.Key_N, CTRL)
    new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert [type(w).__name__ for w in new] == [dialog]
    for w in new:
        w.close()


def test_ctrl_n_in_courses_makes_a_course_and_ctrl_e_never_enrols(qtbot, gui_ctx, idle):
    ctx = gui_ctx(Role.CASE_WORKER)
    window = open_window(qtbot, ctx, idle)
    press_area(qtbot, window, "programmes")
    idle(ctx)
    before = set(QApplication.topLevelWidgets())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert [type(w).__name__ for w in new] == ["CourseDialog"]
    new[0].close()
    courses = window.pages["programmes"].courses
    meaning = {s.key().toString(): s for s in courses.findChildren(QShortcut)}
    assert "Ctrl+Shift+N" in meaning  # enrol
    assert "Ctrl+E" in meaning  # edit the course, as Ctrl+E edits a client's record


def test_find_and_open_a_client_in_five_presses_from_any_area(qtbot, gui_ctx, make_client, idle):
    make_client("Бойко", "Олена")
    wanted = make_client("Ґонта", "Дар’я")
    make_client("Шевченко", "Оксана")
    ctx = gui_ctx(Role.CASE_WORKER)
    window = open_window(qtbot, ctx, idle)
    counts = {}
    for start in window.area_keys():
        window.show_area(start)
        idle(ctx)
        window.nav.setFocus()  # the keyboard wherever it was left: the sidebar
        presses = Presses(qtbot)
        presses.key(DIGITS[shortcut_of("clients")], CTRL)
        idle(ctx)
        presses.key(Qt.Key.Key_F, CTRL)  # also needed when her card was left open
        presses.type("ґонт")
        qtbot.wait(300)  # she sees the results
        idle(ctx)
        presses.key(Qt.Key.Key_Return)  # to the results
        presses.key(Qt.Key.Key_Return)  # open
        idle(ctx)
        card = window.pages["clients"].card
        assert card is not None and card.client_id == wanted
        assert window.pages["clients"].stack.currentWidget() is card
        counts[start] = presses.count
    assert max(counts.values()) <= 5, counts


def test_help_lists_the_keys_in_ukrainian(qtbot, gui_ctx, idle, ukrainian):
    ctx = gui_ctx(Role.CASE_WORKER)
    window = open_window(qtbot, ctx, idle)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    dialog = window.findChild(QDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows())
    assert rows["Ctrl+F"].startswith("Пошук")
    assert rows["Ctrl+2"] == "Перейти до: Клієнтки"
    assert all(text and not any("a" <= c.lower() <= "z" for c in text) for text in rows.values())
    dialog.close()
