"""The client card's tabs on an office laptop (1366×768) and a 1080p laptop at 150 %
(1280×720): every tab label whole, and every tab reachable — by Ctrl+Tab and by the
tab bar's arrows when the labels do not all fit (issue 19)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QTabBar, QToolButton

from shelter_app.permissions import Role
from tests.ui.test_keyboard import open_window
from ui.window_state import first_geometry

TASKBAR = 40  # a Windows taskbar at the bottom of the screen


def _card_window(qtbot, gui_ctx, make_client, idle, width: int, height: int):
    cid = make_client("Ткаченко", "Марія")
    ctx = gui_ctx(Role.CASE_WORKER)
    window = open_window(qtbot, ctx, idle)
    window.setGeometry(first_geometry(QRect(0, 0, width, height - TASKBAR)))
    window.show_area("clients")
    idle(ctx)
    card = window.pages["clients"].open_client(cid)
    idle(ctx)
    qtbot.waitUntil(lambda: card.tabs.isEnabled())
    return window, card


def _arrows(bar: QTabBar) -> list[QToolButton]:
    return [b for b in bar.findChildren(QToolButton) if b.isVisibleTo(bar)]


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_every_card_tab_is_whole_and_reachable_on_a_laptop(
    qtbot, gui_ctx, make_client, idle, language, screenshot, width, height
):
    window, card = _card_window(qtbot, gui_ctx, make_client, idle, width, height)
    bar = card.tabs.tabBar()
    assert card.tabs.count() == 11  # a case worker's card: every tab
    assert bar.elideMode() == Qt.TextElideMode.ElideNone  # no label cut to "Ко…"
    for i in range(bar.count()):
        wanted = bar.fontMetrics().horizontalAdvance(bar.tabText(i))
        assert bar.tabRect(i).width() > wanted, bar.tabText(i)
    screenshot(window, f"card-tabs-{width}x{height}")
    assert not _arrows(bar)  # all eleven fit side by side: none hidden at all
    _each_tab_comes_into_view(qtbot, card)
    screenshot(window, f"card-tabs-last-{width}x{height}")


def test_in_the_narrowest_window_every_tab_is_whole_or_behind_arrows(
    qtbot, gui_ctx, make_client, idle, language, screenshot
):
    window, card = _card_window(qtbot, gui_ctx, make_client, idle, 1280, 720)
    window.resize(window.minimumSizeHint().width(), window.height())
    qtbot.wait(50)
    bar = card.tabs.tabBar()
    screenshot(window, "card-tabs-narrowest")
    _each_tab_comes_into_view(qtbot, card)
    needed = sum(bar.tabRect(i).width() for i in range(bar.count()))
    if needed <= bar.width():  # (in Ukrainian the card's buttons keep the window wider)
        assert not _arrows(bar)
        return
    assert len(_arrows(bar)) == 2  # the labels that do not fit are behind arrows
    # and the arrows bring back the first tab's label, one click at a time
    left = min(_arrows(bar), key=lambda b: b.x())
    for _ in range(bar.count()):
        qtbot.mouseClick(left, Qt.MouseButton.LeftButton)
    assert _visible_part(bar).contains(bar.tabRect(0))


def _visible_part(bar: QTabBar) -> QRect:
    """The tab bar less its arrows (Qt lets a tab run under them by a pixel or two)."""
    arrows = _arrows(bar)
    right = min((b.x() for b in arrows), default=bar.width()) + 2
    return QRect(0, 0, right, bar.height())


def _each_tab_comes_into_view(qtbot, card) -> None:
    """By keyboard (Ctrl+Tab), each tab in turn comes fully into view."""
    bar = card.tabs.tabBar()
    card.tabs.setCurrentIndex(0)
    card.tabs.setFocus()
    for i in range(1, bar.count()):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier
        )
        assert card.tabs.currentIndex() == i
        assert _visible_part(bar).contains(bar.tabRect(i)), (bar.tabText(i), bar.tabRect(i))
