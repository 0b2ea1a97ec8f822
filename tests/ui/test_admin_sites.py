"""Administration → Sites and the layout per site, driven as the administrator does it:
add a shelter, edit it, close it (refused while a woman stays there), and add a room to
the site chosen above the layout."""

from __future__ import annotations

from datetime import date

import pytest

from shelter_app import shelter, shelter_layout, sites
from shelter_app.permissions import Role
from tests.ui.conftest import type_text
from tests.ui.test_admin import click, closed
from ui.admin.page import AdminPage


@pytest.fixture
def admin_page(qtbot, gui_ctx, idle):
    """The area on the tab asked for, as the main window shows it."""

    def open_on(section: str) -> AdminPage:
        ctx = gui_ctx(Role.ADMIN)
        page = AdminPage(ctx)
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        qtbot.waitExposed(page)
        page.show_section(getattr(page, section))
        page.activate()
        idle(ctx)
        return page

    return open_on


def test_the_administrator_adds_edits_and_closes_a_site(qtbot, admin_page, idle, make_client):
    page = admin_page("sites")
    section = page.sites
    ctx = section.ctx
    assert section.tree.topLevelItemCount() == 1  # the centre
    click(qtbot, section.add_button)
    dialog = section.dialog
    type_text(dialog.name, "Притулок «Оболонь»")
    qtbot.keyClicks(dialog.code, "two words")
    click(qtbot, dialog.ok_button)
    idle(ctx)
    assert dialog.form.error_text("code")  # refused beside the field, input kept
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "prytulok-2")
    type_text(dialog.address, "вул. Умовна, 15")
    click(qtbot, dialog.ok_button)
    idle(ctx)
    assert closed(dialog)
    qtbot.waitUntil(lambda: section.tree.topLevelItemCount() == 2, timeout=5_000)
    made = next(s for s in sites.list_sites(ctx.db, ctx.user) if s.code == "prytulok-2")
    assert (made.kind, made.address) == ("shelter", "вул. Умовна, 15")

    # a woman stays there: closing is refused with the service's reason
    room = shelter_layout.add_room(ctx.db, ctx.user, "Кімната 1", 2, site_id=made.id)
    bed = shelter_layout.add_bed(ctx.db, ctx.user, room.id, "А")
    stay = shelter.admit(ctx.db, ctx.user, make_client(), bed.id, date.today(), "police")
    section.tree.setCurrentItem(section.tree.topLevelItem(1))
    assert section.current() == made
    click(qtbot, section.close_button)
    idle(ctx)
    assert section.error.isVisible() and "staying" in section.error.text()
    shelter.cancel_admission(ctx.db, ctx.user, stay.id)
    click(qtbot, section.close_button)
    idle(ctx)
    qtbot.waitUntil(lambda: section.reopen_button.isEnabled(), timeout=5_000)
    assert not sites.list_sites(ctx.db, ctx.user, True)[1].active


def test_a_room_is_added_to_the_site_chosen_above_the_layout(qtbot, admin_page, idle):
    page = admin_page("settings")
    ctx = page.settings.ctx
    made = sites.add_site(ctx.db, ctx.user, "Притулок «Оболонь»", "shelter", "p2")
    section = page.settings
    section.refresh_layout()
    idle(ctx)
    qtbot.waitUntil(lambda: section.site.count() == 2, timeout=5_000)
    section.site.setCurrentIndex(section.site.findData(made.id))
    section.site.activated.emit(section.site.currentIndex())
    idle(ctx)
    click(qtbot, section.add_room_button)
    dialog = section.dialog
    type_text(dialog.name, "Кімната 1")
    click(qtbot, dialog.ok_button)
    idle(ctx)
    assert closed(dialog)
    [room] = shelter_layout.list_layout(ctx.db, ctx.user, site_id=made.id)
    assert room.name == "Кімната 1"
    assert shelter_layout.list_layout(ctx.db, ctx.user, site_id=made.id - 1) == []
