"""The counts issue 19 names, measured on a real demo centre (2,000 synthetic clients):
keyboard-only find-and-open from every area, and the client picker on a common surname.
Runs only when OBERIH_DEMO_DB names a database made by `shelter-app demo` (password
demo-pass-2026), since building one takes longer than a test should:

    python -m shelter_app demo --db /tmp/demo/o.db --clients 2000 --password-stdin
    OBERIH_DEMO_DB=/tmp/demo/o.db python -m pytest tests/ui/test_demo_counts.py -s

The small-world tests (tests/ui/test_keyboard.py, test_admission_fit.py) hold the same
limits on every run."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from shelter_app import clients
from shelter_app.database import Database
from shelter_app.settings import get_settings
from tests.ui.test_keyboard import CTRL, DIGITS, Presses, open_window, shortcut_of
from ui.context import AppContext
from ui.window_state import first_geometry

DEMO = os.environ.get("OBERIH_DEMO_DB")
pytestmark = pytest.mark.skipif(not DEMO, reason="OBERIH_DEMO_DB names no demo database")


@pytest.fixture
def demo_ctx(worker):
    db, user = Database.sign_in(Path(str(DEMO)), "caseworker", "demo-pass-2026")
    yield AppContext(db, user, worker, get_settings(db, user))
    worker.wait()
    db.close()


def _a_woman_to_find(ctx: AppContext) -> tuple[int, str]:
    """A woman of the demo with a common surname, typed as a case worker would: her
    surname and first name."""
    everyone = clients.search_clients(ctx.db, ctx.user, "", limit=500)
    surnames = Counter(c.display_name.split()[0] for c in everyone)
    common = max(surnames, key=surnames.__getitem__)
    her = next(c for c in everyone if c.display_name.split()[0] == common)
    surname, first = her.display_name.split()[:2]
    return her.id, f"{surname} {first}".lower()


def test_find_and_open_a_client_by_keyboard_from_every_area(qtbot, demo_ctx, idle):
    wanted, typed = _a_woman_to_find(demo_ctx)
    window = open_window(qtbot, demo_ctx, idle)
    counts = {}
    for start in window.area_keys():
        window.show_area(start)
        idle(demo_ctx)
        window.nav.setFocus()
        presses = Presses(qtbot)
        presses.key(DIGITS[shortcut_of("clients")], CTRL)
        idle(demo_ctx)
        presses.key(Qt.Key.Key_F, CTRL)
        presses.type(typed)
        qtbot.wait(300)
        idle(demo_ctx)
        presses.key(Qt.Key.Key_Return)  # to the results
        page = window.pages["clients"]
        while page.model.summary(page.table.currentIndex().row()).id != wanted:
            presses.key(Qt.Key.Key_Down)  # namesakes above her
            assert presses.count < 20
        presses.key(Qt.Key.Key_Return)
        idle(demo_ctx)
        assert page.card is not None and page.card.client_id == wanted
        assert QApplication.focusWidget() is not None
        counts[start] = presses.count
    print(f"\nfind and open '{typed[:3]}…' by keyboard, presses per starting area: {counts}")
    assert max(counts.values()) <= 5, counts


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
@pytest.mark.parametrize("account", ["caseworker", "psychologist", "head"])
def test_screenshots_of_every_area_on_the_demo(
    qtbot, worker, idle, language, screenshot, width, height, account
):
    """Every area of the demo as three roles see it on the two laptop screens (for a
    person to look at: OBERIH_SCREENSHOTS)."""
    db, user = Database.sign_in(Path(str(DEMO)), account, "demo-pass-2026")
    ctx = AppContext(db, user, worker, get_settings(db, user))
    window = open_window(qtbot, ctx, idle)
    window.setGeometry(first_geometry(QRect(0, 0, width, height - 40)))
    for key in window.area_keys():
        window.show_area(key)
        idle(ctx)
        qtbot.wait(100)
        idle(ctx)
        screenshot(window, f"demo-{account}-{key}-{width}x{height}")
    worker.wait()
    db.close()
