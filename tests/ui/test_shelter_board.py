"""The shelter board driven as the case worker drives it: admit from a free bed, the
double-booking refusal in the dialog, extend, move, record a departure, the waiting list
and turn-aways; the psychologist sees the board read-only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from shelter_app import shelter, shelter_layout
from shelter_app.permissions import Role
from shelter_app.shelter import ChildInfo
from tests.ui.conftest import type_text
from ui.shelter.admission import AdmitDialog
from ui.shelter.dialogs import (
    DischargeDialog,
    ExtendDialog,
    MoveDialog,
    TurnAwayDialog,
    WaitingListDialog,
    WithdrawDialog,
)
from ui.shelter.page import ShelterPage
from ui.shelter.tiles import TileKind

TODAY = date.today()


def make_layout(opened, rooms: int, beds: int, max_people: int = 4) -> list[list[int]]:
    """Rooms and beds as the administrator sets them up: bed ids per room."""
    layout = []
    for r in range(1, rooms + 1):
        room = shelter_layout.add_room(opened.db, opened.admin, f"Room {r}", max_people)
        layout.append(
            [
                shelter_layout.add_bed(opened.db, opened.admin, room.id, f"Bed {r}.{b}").id
                for b in range(1, beds + 1)
            ]
        )
    return layout


def stay(opened, client_id, bed_id, days_ago=0, children=0, planned=None):
    """A stay recorded through the service (set-up, as another case worker would)."""
    return shelter.admit(
        opened.db,
        opened.admin,
        client_id,
        bed_id,
        TODAY - timedelta(days=days_ago),
        "police",
        children=[ChildInfo(5 + i, "female") for i in range(children)],
        planned_departure_on=planned,
    )


def open_page(qtbot, ctx, idle, size=(1100, 720)) -> ShelterPage:
    page = ShelterPage(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    idle(ctx)
    return page


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(combo, code) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def pick_client(qtbot, picker, typed: str) -> None:
    """Type part of her name and take the first suggestion."""
    type_text(picker, typed)

    def offered() -> list[str]:
        return [s for s in picker._model.stringList() if typed.casefold() in s.casefold()]

    qtbot.waitUntil(lambda: bool(offered()), timeout=5_000)
    picker.completer().activated[str].emit(offered()[0])


def select_bed(qtbot, page, ctx, idle, bed_id):
    click(qtbot, page.board_view.tiles[bed_id])
    idle(ctx)
    return page.bed_panel


def wait_closed(qtbot, page, ctx, idle) -> None:
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5_000)
    idle(ctx)


def test_case_worker_admits_a_client_to_a_free_bed_from_the_board(
    qtbot, gui_ctx, make_client, opened, idle
):
    beds = make_layout(opened, rooms=2, beds=2)
    client = make_client("Ґонта", "Дар’я")
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    tile = page.board_view.tiles[beds[1][0]]
    assert tile.kind is TileKind.FREE and "Free" in tile.lines

    panel = select_bed(qtbot, page, ctx, idle, beds[1][0])
    assert panel.buttons["admit"].isVisible()
    click(qtbot, panel.buttons["admit"])
    dialog = page.dialog
    assert isinstance(dialog, AdmitDialog)
    idle(ctx)
    assert dialog.bed.bed_id() == beds[1][0]  # the bed she started from
    pick_client(qtbot, dialog.client, "ґонта")
    choose(dialog.referred_by, "mobile_brigade")
    click(qtbot, dialog.children.add_button)
    dialog.children.rows[0][1].setValue(7)
    click(qtbot, dialog.ok)
    wait_closed(qtbot, page, ctx, idle)

    tile = page.board_view.tiles[beds[1][0]]
    # shelter staff know her by name on the board (settings.names_where_needed); the code
    # stays in the tile's tooltip
    assert tile.lines[1].startswith("Ґонта")
    assert "+1 child" in tile.lines[2]
    board = shelter_layout.board(opened.db, opened.admin, TODAY)
    held = {b.bed_id: b.occupant for r in board.rooms for b in r.beds}
    code = held[beds[1][0]].client_code
    assert code in tile.toolTip() and held[beds[1][0]].children == 1
    assert "1 of 4 beds taken" in page.night.beds_label.text()
    record = shelter.client_stays(opened.db, opened.admin, client)[0]
    assert record.referred_by == "mobile_brigade" and record.children[0].age_years == 7
    # her name only in the panel of the selected bed
    qtbot.waitUntil(lambda: "Ґонта" in page.bed_panel.values["name"].text())


def test_the_double_booking_refusal_is_shown_in_the_dialog_without_losing_the_input(
    qtbot, gui_ctx, make_client, opened, idle
):
    beds = make_layout(opened, rooms=1, beds=2, max_people=2)
    her = make_client("Коваленко", "Олена")
    other = make_client("Мельник", "Ірина")
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    select_bed(qtbot, page, ctx, idle, beds[0][0])
    click(qtbot, page.bed_panel.buttons["admit"])
    dialog = page.dialog
    idle(ctx)
    pick_client(qtbot, dialog.client, "Коваленко")
    choose(dialog.referred_by, "police")
    click(qtbot, dialog.children.add_button)
    dialog.children.rows[0][1].setValue(4)

    # meanwhile a colleague at the other desk gives that bed to someone else
    stay(opened, other, beds[0][0])
    click(qtbot, dialog.ok)
    idle(ctx)
    assert page.dialog is dialog and dialog.isVisible()
    assert "taken" in dialog.form.error_text("bed")
    assert dialog.client.client_id == her and "Коваленко" in dialog.client.text()
    assert dialog.referred_by.currentData() == "police"
    assert dialog.children.children() == [ChildInfo(4, "not_stated")]
    assert shelter.client_stays(opened.db, opened.admin, her) == []

    # the other bed of the room is not offered: she and her child do not fit beside the
    # other woman; the dialog says so and offers the waiting list instead
    qtbot.waitUntil(lambda: dialog.no_room.isVisible(), timeout=5_000)
    assert dialog.bed.bed_id() is None and not dialog.ok.isEnabled()
    assert "(2 places needed)" in dialog.no_room.text.text()
    assert dialog.isVisible() and dialog.children.children() == [ChildInfo(4, "not_stated")]

    # choosing the woman who is already staying is refused beside the client
    dialog.client.clear()
    pick_client(qtbot, dialog.client, "Мельник")
    click(qtbot, dialog.children.rows[0][3])  # alone, she would fit
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=5_000)
    click(qtbot, dialog.ok)
    idle(ctx)
    assert "already has a stay" in dialog.form.error_text("client")
    assert shelter.client_stays(opened.db, opened.admin, her) == []
    dialog.reject()


def test_case_worker_extends_a_stay_near_its_limit_with_a_reason(
    qtbot, gui_ctx, make_client, opened, idle
):
    beds = make_layout(opened, rooms=1, beds=2)
    client = make_client()
    record = stay(opened, client, beds[0][0], days_ago=85)
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    tile = page.board_view.tiles[beds[0][0]]
    assert tile.kind is TileKind.SOON and tile.lines[3].startswith("Limit")
    panel = select_bed(qtbot, page, ctx, idle, beds[0][0])
    assert panel.buttons["extend"].isEnabled()
    click(qtbot, panel.buttons["extend"])
    dialog = page.dialog
    assert isinstance(dialog, ExtendDialog)
    click(qtbot, dialog.ok)  # no reason chosen
    idle(ctx)
    assert dialog.form.error_text("reason")
    choose(dialog.reason, "no_housing")
    click(qtbot, dialog.ok)
    wait_closed(qtbot, page, ctx, idle)

    stored = shelter.get_stay(opened.db, opened.admin, record.id)
    assert stored.allowed_until == record.allowed_until + timedelta(days=30)
    assert [e.reason for e in stored.extensions] == ["no_housing"]
    assert page.board_view.tiles[beds[0][0]].kind is TileKind.OCCUPIED
    qtbot.waitUntil(lambda: "No housing yet" in panel.values["extensions"].text())


def test_case_worker_moves_her_to_another_bed(qtbot, gui_ctx, make_client, opened, idle):
    beds = make_layout(opened, rooms=2, beds=2)
    client = make_client()
    record = stay(opened, client, beds[0][0], days_ago=10, children=1)
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    panel = select_bed(qtbot, page, ctx, idle, beds[0][0])
    click(qtbot, panel.buttons["move"])
    dialog = page.dialog
    assert isinstance(dialog, MoveDialog)
    idle(ctx)
    assert dialog.bed.findData(beds[0][0]) < 0  # not her own bed
    choose(dialog.bed, beds[1][1])
    click(qtbot, dialog.ok)
    wait_closed(qtbot, page, ctx, idle)

    assert page.board_view.tiles[beds[0][0]].kind is TileKind.FREE
    assert page.board_view.tiles[beds[1][1]].lines[1] == "Шевченко Оксана"  # staff: her name
    assert shelter.get_stay(opened.db, opened.admin, record.id).bed.bed_id == beds[1][1]
    assert page.board_view.selected == beds[1][1]  # the selection follows her


def test_case_worker_records_a_departure_with_its_outcome_and_the_bed_is_free_again(
    qtbot, gui_ctx, make_client, opened, idle
):
    beds = make_layout(opened, rooms=1, beds=2)
    client = make_client()
    record = stay(opened, client, beds[0][1], days_ago=20, planned=TODAY + timedelta(days=1))
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    tile = page.board_view.tiles[beds[0][1]]
    assert tile.kind is TileKind.SOON and tile.lines[3].startswith("Leaves")
    panel = select_bed(qtbot, page, ctx, idle, beds[0][1])
    click(qtbot, panel.buttons["discharge"])
    dialog = page.dialog
    assert isinstance(dialog, DischargeDialog)
    assert dialog.nights.text().startswith("20 night")
    click(qtbot, dialog.ok)
    idle(ctx)
    assert dialog.form.error_text("outcome")  # where she went is asked for
    choose(dialog.outcome, "relatives")
    click(qtbot, dialog.ok)
    wait_closed(qtbot, page, ctx, idle)

    assert page.board_view.tiles[beds[0][1]].kind is TileKind.FREE
    stored = shelter.get_stay(opened.db, opened.admin, record.id)
    assert stored.departed_on == TODAY and stored.departure_outcome == "relatives"
    assert panel.buttons["admit"].isVisible()  # the same bed, free now


def test_waiting_list_add_admit_by_dropping_on_a_free_bed_withdraw_and_a_turn_away(
    qtbot, gui_ctx, make_client, opened, idle
):
    beds = make_layout(opened, rooms=1, beds=2)
    first = make_client("Бондар", "Марія")
    second = make_client("Ткачук", "Ольга")
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    page.side_tabs.setCurrentIndex(1)

    for client_name, children in (("Бондар", 2), ("Ткачук", 0)):
        click(qtbot, page.waiting.add_button)
        dialog = page.dialog
        assert isinstance(dialog, WaitingListDialog)
        pick_client(qtbot, dialog.client, client_name)
        dialog.children.setValue(children)
        click(qtbot, dialog.ok)
        wait_closed(qtbot, page, ctx, idle)
    assert page.waiting.model.rowCount() == 2
    waiting = shelter.waiting_list(opened.db, opened.admin)
    assert [(e.client_id, e.children) for e in waiting] == [(first, 2), (second, 0)]

    # drag her row onto a free bed: the admission dialog opens with her and the bed
    mime = page.waiting.model.mimeData([page.waiting.model.index(0, 0)])
    tile = page.board_view.tiles[beds[0][1]]
    point = tile.rect().center()
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(tile, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        tile,
        QDropEvent(
            point.toPointF(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier(0),
        ),
    )
    dialog = page.dialog
    assert isinstance(dialog, AdmitDialog)
    idle(ctx)
    assert dialog.client.client_id == first and "Бондар" in dialog.client.text()
    assert dialog.bed.bed_id() == beds[0][1] and len(dialog.children.rows) == 2
    choose(dialog.referred_by, "self")
    click(qtbot, dialog.ok)  # the children's ages are still "?"
    idle(ctx)
    assert "0 to 17" in dialog.form.error_text("children")
    for number, (_c, spin, _s, _r) in enumerate(dialog.children.rows):
        spin.setValue(3 + number)
    click(qtbot, dialog.ok)
    wait_closed(qtbot, page, ctx, idle)
    assert page.board_view.tiles[beds[0][1]].lines[2].startswith("+2 child")
    assert [e.client_id for e in shelter.waiting_list(opened.db, opened.admin)] == [second]
    assert page.waiting.model.rowCount() == 1

    # she found a place elsewhere: take her off the list
    page.waiting.view.selectRow(0)
    click(qtbot, page.waiting.withdraw_button)
    dialog = page.dialog
    assert isinstance(dialog, WithdrawDialog)
    click(qtbot, dialog.ok)
    wait_closed(qtbot, page, ctx, idle)
    assert page.waiting.model.rowCount() == 0
    assert shelter.waiting_list(opened.db, opened.admin) == []

    # a woman the shelter could not take
    page.tabs.setCurrentIndex(2)
    click(qtbot, page.turn_aways.record_button)
    dialog = page.dialog
    assert isinstance(dialog, TurnAwayDialog)
    choose(dialog.reason, "no_free_bed")
    click(qtbot, dialog.ok)  # who referred her is still missing
    idle(ctx)
    assert dialog.form.error_text("referred_by")
    choose(dialog.referred_by, "police")
    dialog.children.setValue(3)
    click(qtbot, dialog.ok)
    wait_closed(qtbot, page, ctx, idle)
    recorded = shelter.list_turn_aways(
        opened.db, opened.admin, TODAY.replace(day=1), TODAY + timedelta(days=1)
    )
    assert [(t.reason, t.children, t.client_id) for t in recorded] == [("no_free_bed", 3, None)]
    assert page.turn_aways.model.rowCount() == 1
    assert page.turn_aways.model.index(0, 4).data() == "anonymous"
    assert "1 turn-away" in page.turn_aways.summary.text()


def test_psychologist_sees_the_board_read_only(qtbot, gui_ctx, make_client, opened, idle):
    beds = make_layout(opened, rooms=1, beds=2)
    client = make_client("Савчук", "Наталія")
    record = stay(opened, client, beds[0][0], children=2)
    shelter.add_to_waiting_list(opened.db, opened.admin, make_client("Бойко", "Алла"), TODAY)
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    page = open_page(qtbot, ctx, idle)
    assert page.board_view.tiles[beds[0][0]].lines[1] == record.client_code
    assert not page.night.admit_button.isVisible()

    panel = select_bed(qtbot, page, ctx, idle, beds[0][0])
    shown = {k for k, b in panel.buttons.items() if b.isVisible()}
    assert shown == {"card"}  # no admit, extend, move or departure
    qtbot.waitUntil(lambda: "Савчук" in panel.values["name"].text())

    panel = select_bed(qtbot, page, ctx, idle, beds[0][1])
    assert not any(b.isVisible() for b in panel.buttons.values())
    page.board_view.tiles[beds[0][1]].opened.emit(beds[0][1])  # Enter on a free bed
    assert page.dialog is None

    page.side_tabs.setCurrentIndex(1)
    assert page.waiting.model.rowCount() == 1
    assert not page.waiting.add_button.isVisible() and not page.waiting.withdraw_button.isVisible()
    assert (
        not page.waiting.model.flags(page.waiting.model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    )
    page.tabs.setCurrentIndex(2)
    assert not page.turn_aways.record_button.isVisible()


def test_another_area_asks_for_her_bed_and_the_board_highlights_it(
    qtbot, gui_ctx, make_client, opened, idle
):
    beds = make_layout(opened, rooms=3, beds=2)
    client = make_client()
    stay(opened, client, beds[2][1], days_ago=3)
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    page.set_day(TODAY - timedelta(days=30))
    idle(ctx)
    page.navigate_to(client)
    idle(ctx)
    assert page.day == TODAY
    assert page.board_view.selected == beds[2][1]
    assert page.board_view.tiles[beds[2][1]].selected
    page.navigate_to(make_client("Без", "Ліжка"))
    idle(ctx)
    assert page.notice.isVisible() and "no bed" in page.notice.text()


# --- screenshots ---------------------------------------------------------------------------


def _full_shelter(opened, make_client) -> list[list[int]]:
    """8 rooms of 4 beds with every state on the board."""
    beds = make_layout(opened, rooms=8, beds=4, max_people=8)
    shelter_layout.rename_room(
        opened.db, opened.admin, _room_id(opened, 8), "Кімната для мам із немовлятами"
    )
    surnames = [
        "Андрієнко",
        "Бабенко",
        "Гнатюк",
        "Дячук",
        "Єрмак",
        "Жук",
        "Захарчук",
        "Ігнатенко",
        "Кравець",
        "Литвин",
    ]
    given = [
        "Оксана",
        "Віра",
        "Зоя",
        "Інна",
        "Ліна",
        "Ніна",
        "Оля",
        "Рита",
        "Світлана",
        "Таїса",
        "Уляна",
    ]
    counter = iter(range(1000))

    def client():
        n = next(counter)
        return make_client(surnames[n % len(surnames)], given[n % len(given)])

    for room_no, room in enumerate(beds):
        for bed_no, bed in enumerate(room):
            slot = (room_no * 4 + bed_no) % 7
            if room_no == 7 and bed_no == 3:
                continue
            if slot == 0:
                continue  # free
            if slot == 1:
                stay(opened, client(), bed, days_ago=100, children=1)  # over the limit
            elif slot == 2:
                stay(opened, client(), bed, days_ago=82)  # limit near
            elif slot == 3:
                stay(
                    opened,
                    client(),
                    bed,
                    days_ago=12,
                    children=2,
                    planned=TODAY + timedelta(days=2),
                )
            elif slot in (4, 5):
                stay(opened, client(), bed, days_ago=5 * slot, children=slot - 4)
            elif slot == 6 and room_no % 2:
                stay(opened, client(), bed, days_ago=-3)  # booked from a later night
    shelter_layout.deactivate_bed(opened.db, opened.admin, beds[7][3])
    return beds


def _room_id(opened, number: int) -> int:
    return shelter_layout.list_layout(opened.db, opened.admin)[number - 1].id


@pytest.mark.slow
def test_screenshots_of_the_board_and_every_dialog(
    qtbot, gui_ctx, make_client, opened, idle, screenshot, language
):
    save = screenshot
    beds = _full_shelter(opened, make_client)
    waiting = [make_client("Чекає", f"Перша{i}") for i in range(3)]
    for i, who in enumerate(waiting):
        shelter.add_to_waiting_list(opened.db, opened.admin, who, TODAY - timedelta(days=i * 4), i)
    for reason, kids in (("no_free_bed", 2), ("outside_rules", 0), ("other", 1)):
        shelter.record_turn_away(opened.db, opened.admin, TODAY, reason, kids, "police")
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle, size=(990, 700))  # the page inside a 1200×780 window

    def screenshot(widget, name):
        QApplication.processEvents()  # let layouts settle on texts that just arrived
        save(widget, name)

    screenshot(page, "shelter_board_full")
    occupied = next(b for r in beds for b in r if page.board_view.tiles[b].kind is TileKind.OVER)
    select_bed(qtbot, page, ctx, idle, occupied)
    qtbot.waitUntil(lambda: page.bed_panel.buttons["extend"].isEnabled())
    screenshot(page, "shelter_board_selected")
    page.side_tabs.setCurrentIndex(1)
    screenshot(page, "shelter_waiting_list")
    page.tabs.setCurrentIndex(1)
    screenshot(page, "shelter_near_limit")
    page.tabs.setCurrentIndex(2)
    screenshot(page, "shelter_turn_aways")
    page.tabs.setCurrentIndex(0)

    def shoot(open_dialog, name, prepare=None):
        open_dialog()
        dialog = page.dialog
        assert dialog is not None
        idle(ctx)
        if prepare:
            prepare(dialog)
            idle(ctx)
        QApplication.processEvents()
        dialog.fit()
        screenshot(dialog, name)
        dialog.reject()
        qtbot.waitUntil(lambda: page.dialog is None)

    free = next(b for r in beds for b in r if page.board_view.tiles[b].kind is TileKind.FREE)
    page._select(free)

    def refused(dialog):
        pick_client(qtbot, dialog.client, "Андрієнко")
        choose(dialog.referred_by, "police")
        click(qtbot, dialog.children.add_button)
        dialog.children.rows[0][1].setValue(6)
        click(qtbot, dialog.ok)
        idle(ctx)
        assert dialog.form.error_text("client")  # she is staying already

    shoot(lambda: page._bed_action("admit"), "shelter_admit")
    shoot(lambda: page._bed_action("admit"), "shelter_admit_refused", refused)
    page._select(occupied)
    idle(ctx)
    for key in ("extend", "planned", "move", "discharge"):
        shoot(lambda k=key: page._bed_action(k), f"shelter_{key}")
    booked = shelter.admit(
        opened.db, opened.admin, make_client("Нова", "Гостя"), free, TODAY, "police"
    )
    page.reload()
    idle(ctx)
    page._select(booked.bed.bed_id)
    idle(ctx)
    shoot(lambda: page._bed_action("cancel"), "shelter_cancel_admission")
    page.waiting.view.selectRow(0)
    shoot(page._add_waiting, "shelter_waiting_add")
    shoot(page._withdraw_waiting, "shelter_waiting_withdraw")
    shoot(page._record_turn_away, "shelter_turn_away")

    # psychologist: the same board without the actions
    reader = gui_ctx(Role.PSYCHOLOGIST)
    page = open_page(qtbot, reader, idle, size=(990, 700))
    select_bed(qtbot, page, reader, idle, occupied)
    screenshot(page, "shelter_board_psychologist")


def test_keyboard_tab_reaches_the_beds_and_enter_on_a_free_bed_opens_the_admission(
    qtbot, gui_ctx, opened, idle
):
    beds = make_layout(opened, rooms=2, beds=2)
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    page.activateWindow()
    qtbot.waitUntil(lambda: page.isActiveWindow())
    page.tabs.tabBar().setFocus()
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_Tab)
    first = page.board_view.tiles[beds[0][0]]
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)  # arrows go from bed to bed
    second = page.board_view.tiles[beds[0][1]]
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert isinstance(page.dialog, AdmitDialog)
    idle(ctx)
    assert page.dialog.bed.bed_id() == beds[0][1]
    qtbot.keyClick(page.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)
