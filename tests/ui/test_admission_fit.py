"""Admitting a woman with two children as the case worker does it, counting every click
and key: only beds whose room fits all three are offered, with the room's free places
("1 place free of 4"); when no room fits the dialog says so before anything is filled in
and puts her on the waiting list from the same place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from shelter_app import children, shelter
from shelter_app.permissions import Role
from tests.ui.conftest import type_text
from tests.ui.test_shelter_board import TODAY, make_layout, open_page, stay
from ui.shelter.admission import AdmitDialog


class Hands:
    """A person's hands: every mouse click and key press is counted."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.clicks = 0
        self.keys = 0

    def click(self, widget: QWidget) -> None:
        self.clicks += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def click_item(self, view, index) -> None:
        """A click on a row of an open list (a combo's or the picker's drop-down)."""
        self.clicks += 1
        view.scrollTo(index)
        point = view.visualRect(index).center()
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)

    def type(self, widget: QWidget, text: str) -> None:
        self.keys += len(text)
        type_text(widget, text)

    def choose(self, combo: QComboBox, data: object) -> None:
        """Open the combo with a click and click the entry."""
        self.click(combo)
        self.qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=3_000)
        # a combo's list ignores a release that comes as quickly as a double click
        self.qtbot.wait(QApplication.doubleClickInterval() + 50)
        self.click_item(combo.view(), combo.model().index(combo.findData(data), 0))
        self.qtbot.waitUntil(lambda: not combo.view().isVisible(), timeout=3_000)


def _mother_of_two(opened, make_client) -> int:
    mother = make_client("Бойко", "Оксана")
    add = children.add_child
    add(opened.db, opened.admin, mother, "Марта", date(TODAY.year - 7, 4, 2), "female")
    add(opened.db, opened.admin, mother, "Остап", date(TODAY.year - 4, 9, 9), "male")
    return mother


def _pick(hands: Hands, qtbot, picker, typed: str) -> None:
    hands.type(picker, typed)
    popup = picker.completer().popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() > 0, timeout=5_000)
    hands.click_item(popup, popup.model().index(0, 0))


def test_a_woman_with_two_children_is_admitted_in_five_clicks_to_the_only_bed_that_fits(
    qtbot, gui_ctx, make_client, opened, idle, language, screenshot
):
    # room 1 holds 2 and has one woman: its free bed cannot take a mother of two;
    # room 2 holds 4 and has one woman: its free bed can
    beds = make_layout(opened, rooms=2, beds=2)
    from shelter_app import shelter_layout

    shelter_layout.set_room_capacity(opened.db, opened.admin, _room(opened, beds[0][0]), 2, TODAY)
    stay(opened, make_client("Мельник", "Ірина"), beds[0][0])
    stay(opened, make_client("Ткачук", "Ольга"), beds[1][0])
    mother = _mother_of_two(opened, make_client)
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle, size=(1366, 700))
    hands = Hands(qtbot)

    hands.click(page.night.admit_button)
    dialog = page.dialog
    assert isinstance(dialog, AdmitDialog)
    idle(ctx)
    _pick(hands, qtbot, dialog.client, "бойко")
    qtbot.waitUntil(lambda: len(dialog.recorded.chosen()) == 2, timeout=5_000)
    idle(ctx)
    # only room 2's bed is offered, already chosen, with the arithmetic shown
    assert dialog.bed.count() == 1 and dialog.bed.bed_id() == beds[1][1]
    text = dialog.bed.currentText()
    if language == "uk":
        assert "вільно 3 місця з 4" in text and "Потрібно: 3 місця" in dialog.fit_note.text()
        assert "1 вільне ліжко" in dialog.fit_note.text()
    else:
        assert "3 places free of 4" in text and "Needed: 3 places" in dialog.fit_note.text()
    assert not dialog.no_room.isVisible()
    hands.choose(dialog.referred_by, "police")
    dialog.fit()
    screenshot(dialog, "desk1-admit-two-children")
    hands.click(dialog.ok)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5_000)
    idle(ctx)  # the board's refresh after the admission runs on the worker: let it finish

    (record,) = shelter.client_stays(opened.db, opened.admin, mother)
    assert record.bed.bed_id == beds[1][1] and len(record.children) == 2
    assert hands.clicks <= 6, hands.clicks
    assert (hands.clicks, hands.keys) == (5, 5)
    print(f"\nadmit a woman with two children: {hands.clicks} clicks, {hands.keys} keys")


def _room(opened, bed_id: int) -> int:
    from shelter_app import shelter_layout

    for room in shelter_layout.list_layout(opened.db, opened.admin):
        if any(b.id == bed_id for b in room.beds):
            return room.id
    raise AssertionError(bed_id)


def test_no_room_for_her_and_her_children_is_said_at_once_and_she_goes_on_the_waiting_list(
    qtbot, gui_ctx, make_client, opened, idle, language, screenshot
):
    beds = make_layout(opened, rooms=1, beds=2, max_people=3)
    stay(opened, make_client("Мельник", "Ірина"), beds[0][0])
    mother = _mother_of_two(opened, make_client)
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    hands = Hands(qtbot)
    hands.click(page.night.admit_button)
    dialog = page.dialog
    idle(ctx)
    # alone she would fit: the free bed is offered
    assert dialog.bed.bed_id() == beds[0][1] and not dialog.no_room.isVisible()
    _pick(hands, qtbot, dialog.client, "бойко")
    qtbot.waitUntil(lambda: dialog.no_room.isVisible(), timeout=5_000)
    assert not dialog.ok.isEnabled() and dialog.bed.bed_id() is None
    assert dialog.referred_by.currentData() == ""  # nothing else filled in yet
    if language == "uk":
        assert "потрібно 3 місця" in dialog.no_room.text.text()
    dialog.fit()
    screenshot(dialog, "desk1-admit-no-room")
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # the default button is now the waiting list
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5_000)
    (entry,) = shelter.waiting_list(opened.db, opened.admin)
    assert (entry.client_id, entry.children) == (mother, 2)
    assert shelter.client_stays(opened.db, opened.admin, mother) == []


def test_a_child_added_in_the_dialog_takes_a_too_small_room_out_of_the_offer(
    qtbot, gui_ctx, make_client, opened, idle
):
    beds = make_layout(opened, rooms=2, beds=1, max_people=2)
    from shelter_app import shelter_layout

    shelter_layout.set_room_capacity(opened.db, opened.admin, _room(opened, beds[1][0]), 3, TODAY)
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    page.admit(beds[0][0])  # started from room 1's bed
    dialog = page.dialog
    idle(ctx)
    assert dialog.bed.bed_id() == beds[0][0] and dialog.bed.count() == 2
    qtbot.mouseClick(dialog.children.add_button, Qt.MouseButton.LeftButton)
    assert dialog.bed.bed_id() == beds[0][0]  # she and one child: 2 places, room 1 holds 2
    qtbot.mouseClick(dialog.children.add_button, Qt.MouseButton.LeftButton)
    assert dialog.bed.count() == 1 and dialog.bed.bed_id() == beds[1][0]
    assert "1 free bed" in dialog.fit_note.text()
    qtbot.mouseClick(dialog.children.rows[1][3], Qt.MouseButton.LeftButton)
    assert dialog.bed.count() == 2
    dialog.reject()
