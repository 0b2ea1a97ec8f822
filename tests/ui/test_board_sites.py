"""The board shows one site at a time: she chooses the centre or a shelter in the combo
box above it, the rooms, the counts and the beds the Admit dialog offers follow, and
her choice is remembered for the next time (in her own settings, not her colleague's)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect

from shelter_app import shelter, shelter_layout, sites
from shelter_app.changes import Changes, Kind
from shelter_app.permissions import Role
from shelter_app.sites import SiteInfo
from tests.ui.test_shelter_board import open_page
from ui.main_window import MainWindow
from ui.shelter.admission import AdmitDialog
from ui.shelter.dialogs import MoveDialog, StayFacts
from ui.shelter.page import first_site

TODAY = date.today()


def _three_sites(opened) -> dict[str, tuple[int, list[int]]]:
    """The centre (renamed) and two shelters, each with its rooms: site id and bed ids."""
    db, admin = opened.db, opened.admin
    (centre,) = sites.list_sites(db, admin)
    sites.rename_site(db, admin, centre.id, "Центр роботи з жінками")
    made = {"centre": centre.id}
    made["left"] = sites.add_site(db, admin, "Притулок «Лівобережний»", "shelter", "p1").id
    made["right"] = sites.add_site(db, admin, "Притулок «Оболонь»", "shelter", "p2").id
    out = {}
    for key, site_id, rooms, beds in (
        ("centre", made["centre"], 4, 3),
        ("left", made["left"], 3, 2),
        ("right", made["right"], 3, 2),
    ):
        ids = []
        for r in range(1, rooms + 1):
            room = shelter_layout.add_room(db, admin, f"Кімната {r}", 2 * beds, site_id=site_id)
            ids += [shelter_layout.add_bed(db, admin, room.id, "АБВГ"[b]).id for b in range(beds)]
        out[key] = (site_id, ids)
    return out


def _room_names(page) -> list[int]:
    return sorted(page.board_view.tiles)


def test_she_switches_sites_and_the_board_the_counts_and_the_offers_follow(
    qtbot, gui_ctx, opened, make_client, idle
):
    made = _three_sites(opened)
    her = make_client("Ковальчук", "Ірина")
    shelter.admit(opened.db, opened.admin, her, made["left"][1][0], TODAY, "police")
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    box = page.night.site_box
    # no choice remembered: the first shelter (the combo lists the centre first)
    assert [box.itemData(i) for i in range(box.count())] == [
        made["centre"][0],
        made["left"][0],
        made["right"][0],
    ]
    assert page.site_id == made["left"][0] and box.currentData() == made["left"][0]
    qtbot.waitUntil(lambda: set(page.board_view.tiles) == set(made["left"][1]), timeout=5_000)
    assert "1 of 6 beds" in page.night.beds_label.text()

    box.setCurrentIndex(box.findData(made["right"][0]))
    box.activated.emit(box.currentIndex())  # as her click or keyboard choice does
    idle(ctx)
    qtbot.waitUntil(lambda: set(page.board_view.tiles) == set(made["right"][1]), timeout=5_000)
    assert "0 of 6 beds" in page.night.beds_label.text()
    dialog = page.admit()
    assert isinstance(dialog, AdmitDialog)
    idle(ctx)
    qtbot.waitUntil(lambda: dialog.bed.ready, timeout=5_000)
    assert {o.bed_id for o in dialog.bed.offers} == set(made["right"][1])
    dialog.reject()

    # her choice is kept: a new board opens on it; her colleague's board does not
    again = open_page(qtbot, ctx, idle)
    qtbot.waitUntil(lambda: set(again.board_view.tiles) == set(made["right"][1]), timeout=5_000)
    other = open_page(qtbot, gui_ctx(Role.PSYCHOLOGIST), idle)
    assert other.site_id == made["left"][0]


def test_a_site_added_elsewhere_appears_in_the_choice(qtbot, gui_ctx, opened, idle):
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    assert page.night.site_box.count() == 1 and not page.night.site_box.isEnabled()
    sites.add_site(opened.db, opened.admin, "Притулок", "shelter", "p1")
    ctx.changed.emit(Changes.of(Kind.SITES))  # as the administrator's save announces it
    qtbot.waitUntil(lambda: page.night.site_box.count() == 2, timeout=5_000)
    assert page.night.site_box.isEnabled()


def test_the_first_site_is_her_last_choice_else_the_first_shelter():
    centre = SiteInfo(1, "Центр", "centre", "centre", True)
    left = SiteInfo(2, "Лівобережний", "shelter", "p1", True)
    assert first_site([centre, left], None) == 2
    assert first_site([centre, left], "1") == 1  # QSettings gives text back
    assert first_site([centre, left], 7) == 2  # a site closed since
    assert first_site([centre], "junk") == 1
    assert first_site([], None) is None


def test_screenshot_of_the_board_with_the_site_choice(
    qtbot, gui_ctx, opened, make_client, idle, screenshot, language
):
    """1366×768, in both languages, every control of the line above the board shown."""
    made = _three_sites(opened)
    for n, bed in enumerate(made["left"][1][:4]):
        client = make_client("Петренко", f"Ольга{n}")
        shelter.admit(opened.db, opened.admin, client, bed, TODAY, "police")
    ctx = gui_ctx(Role.CASE_WORKER)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.setGeometry(QRect(0, 0, 1366, 768 - 40))  # less a taskbar
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("shelter")
    idle(ctx)
    qtbot.waitUntil(lambda: set(page.board_view.tiles) == set(made["left"][1]), timeout=5_000)
    qtbot.wait(100)
    bar = page.night
    for widget in (bar.site_box, bar.date_edit, bar.today_button, bar.beds_label):
        assert widget.isVisible()
        right = widget.mapTo(window, widget.rect().topRight()).x()
        assert right < window.width(), widget
    # the longest site name is not cut off in the combo box
    assert bar.site_box.width() >= bar.site_box.fontMetrics().horizontalAdvance(
        "Притулок «Лівобережний»"
    )
    screenshot(window, "board_sites")


def test_a_move_offers_the_beds_of_her_site_only(qtbot, gui_ctx, opened, make_client, idle):
    made = _three_sites(opened)
    her = make_client("Ковальчук", "Ірина")
    record = shelter.admit(opened.db, opened.admin, her, made["left"][1][0], TODAY, "police")
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    qtbot.waitUntil(lambda: set(page.board_view.tiles) == set(made["left"][1]), timeout=5_000)
    dialog = MoveDialog(ctx, StayFacts.of(record), TODAY, page, page.site_id)
    qtbot.addWidget(dialog)
    idle(ctx)
    chooser = dialog.bed
    offered = {chooser.itemData(i) for i in range(chooser.count())} - {None}
    assert offered == set(made["left"][1][1:])  # her shelter's other beds, no other site's
