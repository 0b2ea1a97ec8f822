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
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shelter_app import children, clients, shelter
from shelter_app.database import Database
from shelter_app.settings import get_settings
from tests.ui.conftest import type_text
from tests.ui.test_admission_fit import Hands
from tests.ui.test_keyboard import CTRL, DIGITS, Presses, open_window, shortcut_of
from tests.ui.test_shelter_board import open_page as open_shelter
from ui.client_picker import ClientPicker
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


def _mother_of_two(ctx: AppContext) -> tuple[int, str, str]:
    """A woman of the demo with two recorded children, neither staying nor waiting."""
    waiting = {e.client_id for e in shelter.waiting_list(ctx.db, ctx.user)}
    for her in clients.search_clients(ctx.db, ctx.user, "", limit=500):
        if her.id in waiting or len(children.family_children(ctx.db, ctx.user, her.id)) != 2:
            continue
        if any(s.departed_on is None for s in shelter.client_stays(ctx.db, ctx.user, her.id)):
            continue
        surname, first = her.display_name.split()[:2]
        return her.id, her.display_name, f"{surname} {first}".lower()
    raise AssertionError("no mother of two in the demo")


def test_admit_a_woman_with_two_children_on_the_demo(qtbot, demo_ctx, idle):
    """Counted as in test_admission_fit: every click and key. On the demo's full
    shelter the dialog says at once that no room fits and Enter puts the three of them
    on the waiting list; with a fitting bed she is admitted."""
    mother, name, typed = _mother_of_two(demo_ctx)
    page = open_shelter(qtbot, demo_ctx, idle, size=(1180, 680))
    hands = Hands(qtbot)
    hands.click(page.night.admit_button)
    dialog = page.dialog
    idle(demo_ctx)
    hands.type(dialog.client, typed)
    popup = dialog.client.completer().popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() > 0, timeout=5_000)
    rows = [popup.model().index(r, 0) for r in range(popup.model().rowCount())]
    hands.click_item(popup, next((i for i in rows if name in str(i.data())), rows[0]))
    qtbot.waitUntil(lambda: len(dialog.recorded.chosen()) == 2, timeout=5_000)
    idle(demo_ctx)
    qtbot.wait(200)
    if dialog.no_room.isVisible():
        outcome = "waiting list"
        hands.keys += 1
        QTest.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.dialog is None, timeout=5_000)
        waiting = shelter.waiting_list(demo_ctx.db, demo_ctx.user)
        assert any(e.client_id == mother and e.children == 2 for e in waiting)
    else:
        outcome = "admitted"
        hands.choose(dialog.referred_by, "police")
        hands.click(dialog.ok)
        qtbot.waitUntil(lambda: page.dialog is None, timeout=5_000)
        stays = shelter.client_stays(demo_ctx.db, demo_ctx.user, mother)
        assert any(s.departed_on is None and len(s.children) == 2 for s in stays)
    idle(demo_ctx)
    print(f"\nmother of two on the demo: {outcome} in {hands.clicks} clicks, {hands.keys} keys")
    assert hands.clicks <= 6


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_screenshots_of_every_card_tab_on_the_demo(
    qtbot, demo_ctx, idle, language, screenshot, width, height
):
    """A busy woman's card (the one with the most history) tab by tab."""
    window = open_window(qtbot, demo_ctx, idle)
    window.setGeometry(first_geometry(QRect(0, 0, width, height - 40)))
    wanted, _typed = _a_woman_to_find(demo_ctx)
    window.show_area("clients")
    idle(demo_ctx)
    card = window.pages["clients"].open_client(wanted)
    idle(demo_ctx)
    for key in card.tab_keys():
        card.show_tab(key)
        idle(demo_ctx)
        qtbot.wait(100)
        screenshot(window, f"demo-card-{key}-{width}x{height}")


def test_the_picker_on_the_demos_commonest_surname(qtbot, demo_ctx, idle, language, screenshot):
    """66 women were called Бойко in the demo of the issue: the drop-down says how many
    more there are and marks who is in the shelter or waiting for a place."""
    _wanted, typed = _a_woman_to_find(demo_ctx)
    surname = typed.split()[0]
    picker = ClientPicker(demo_ctx)
    qtbot.addWidget(picker)
    picker.resize(300, picker.sizeHint().height())
    picker.show()
    qtbot.waitExposed(picker)
    type_text(picker, surname)
    popup = picker.completer().popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() > 0, timeout=5_000)
    idle(demo_ctx)
    rows = [str(popup.model().index(r, 0).data()) for r in range(popup.model().rowCount())]
    more = rows[-1]
    assert len(rows) == 16 and any(ch.isdigit() for ch in more)  # "51 more — …"
    marked = [r for r in rows[:-1] if " · " in r]  # "· у притулку", "· у списку очікування"
    print(f"\npicker on '{surname[:3]}…': {len(rows) - 1} shown, last line: {more!r}")
    print(f"rows with a shelter/waiting badge: {len(marked)}; widest popup {popup.width()} px")
    screenshot(popup, "demo-picker-common-surname")
