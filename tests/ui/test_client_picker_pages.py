"""The client picker when many women share a name (66 are called Бойко in the demo): it
says how many more match and pages on, tells who is already in the shelter or on its
waiting list, and is wide enough in a narrow dialog to show each whole name."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QVBoxLayout

from shelter_app import shelter, shelter_layout
from shelter_app.permissions import Role
from tests.ui.conftest import type_text
from ui.client_picker import ClientPicker


def _many_boiko(opened, make_client, count: int) -> list[int]:
    return [make_client("Бойко", f"Олена{'а' * n}") for n in range(count)]


def _picker_in_a_narrow_dialog(qtbot, ctx):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    picker = ClientPicker(ctx, dialog)
    layout.addWidget(picker)
    dialog.resize(240, 80)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    picker.setFocus()
    return dialog, picker


def test_it_says_how_many_more_match_and_pages_on(
    qtbot, gui_ctx, make_client, opened, idle, language, screenshot
):
    ids = _many_boiko(opened, make_client, 20)
    room = shelter_layout.add_room(opened.db, opened.admin, "Кімната 1", 4)
    bed = shelter_layout.add_bed(opened.db, opened.admin, room.id, "A")
    shelter.admit(opened.db, opened.admin, ids[0], bed.id, date.today(), "police")
    shelter.add_to_waiting_list(opened.db, opened.admin, ids[1], date.today(), 2)
    ctx = gui_ctx(Role.CASE_WORKER)
    _dialog, picker = _picker_in_a_narrow_dialog(qtbot, ctx)
    type_text(picker, "бойко")
    qtbot.waitUntil(lambda: picker._model.rowCount() == 16, timeout=5_000)
    rows = picker._model.stringList()
    more = rows[-1]
    assert more.startswith("ще 5 " if language == "uk" else "5 more ")
    staying = "у притулку" if language == "uk" else "in the shelter"
    waiting = "у списку очікування" if language == "uk" else "on the waiting list"
    assert sum(staying in r for r in rows) == 1 and sum(waiting in r for r in rows) == 1
    # the drop-down is wider than the narrow field and holds every whole line
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    assert popup.width() > picker.width()
    widest = max(popup.fontMetrics().horizontalAdvance(r) for r in rows)
    assert popup.viewport().width() >= widest
    index = picker._model.index(0, 0)
    assert picker._model.data(index, 3) == rows[0]  # the tooltip holds the whole line
    screenshot(popup, "desk1-picker-boiko")

    picker.completer().activated[str].emit(more)
    qtbot.waitUntil(lambda: picker._model.rowCount() == 20, timeout=5_000)
    assert not any(r.startswith(("ще ", "5 more")) for r in picker._model.stringList())
    assert picker.text() == "бойко" and picker.client_id is None

    chosen = next(r for r in picker._model.stringList() if waiting in r)
    picker.completer().activated[str].emit(chosen)
    assert picker.client_id == ids[1]
    qtbot.waitUntil(lambda: waiting not in picker.text(), timeout=2_000)
    assert picker.text().startswith("K-") and "Бойко" in picker.toolTip()


def test_a_role_that_may_not_read_stays_gets_no_badges(qtbot, gui_ctx, make_client, opened):
    from shelter_app.client_matches import find_clients, shelter_standings
    from shelter_app.permissions import POLICY, Permission

    ids = _many_boiko(opened, make_client, 2)
    shelter.add_to_waiting_list(opened.db, opened.admin, ids[0], date.today(), 0)
    for role in Role:
        ctx = gui_ctx(role)
        if Permission.READ_CLIENTS not in POLICY[role]:
            continue
        page = find_clients(ctx.db, ctx.user, "бойко", limit=1)
        assert page.total == 2 and len(page.matches) == 1
        standings = shelter_standings(ctx.db, ctx.user, ids)
        if Permission.READ_STAYS_ENROLMENTS in POLICY[role]:
            assert standings == {ids[0]: "waiting"}
        else:
            assert standings == {}
