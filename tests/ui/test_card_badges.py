"""The card says "do not call" (and "no messages") as a badge in its header, seen from
every tab, when her phone is on record but a call or a message is not safe."""

from __future__ import annotations

import dataclasses

from shelter_app import clients
from shelter_app.permissions import Role
from tests.ui.test_clients import open_page


def _phone(opened, cid: int, *, call: bool, text: bool) -> None:
    card = clients.get_client(opened.db, opened.admin, cid)
    form = dataclasses.replace(
        card.form(), phone="+380 67 111 22 33", safe_to_call=call, safe_to_text=text
    )
    clients.update_client(opened.db, opened.admin, cid, form, card.version)


def test_a_phone_not_safe_to_call_shows_a_badge_on_every_tab(
    qtbot, gui_ctx, make_client, opened, idle, language, screenshot
):
    cid = make_client("Ткаченко", "Марія")
    _phone(opened, cid, call=False, text=True)
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    card = page.open_client(cid)
    idle(ctx)
    assert card.no_call_badge.isVisible() and not card.no_text_badge.isVisible()
    assert card.no_call_badge.text() == ("Не телефонувати" if language == "uk" else "Do not call")
    assert card.no_call_badge.toolTip()
    for key in card.tab_keys():
        card.show_tab(key)
        assert card.no_call_badge.isVisible()
    screenshot(card, "desk1-card-do-not-call")


def test_no_badge_when_a_call_is_safe_or_there_is_no_phone(
    qtbot, gui_ctx, make_client, opened, idle
):
    safe = make_client("Ткаченко", "Марія")
    _phone(opened, safe, call=True, text=False)
    without = make_client("Мельник", "Ірина")
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    page = open_page(qtbot, ctx, idle)
    card = page.open_client(safe)
    idle(ctx)
    assert not card.no_call_badge.isVisible() and card.no_text_badge.isVisible()
    card = page.open_client(without)
    idle(ctx)
    assert not card.no_call_badge.isVisible() and not card.no_text_badge.isVisible()
