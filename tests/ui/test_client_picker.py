"""Choosing a client by typing: Cyrillic, apostrophes and codes find her."""

from __future__ import annotations

from shelter_app.permissions import Role
from tests.ui.conftest import type_text
from ui.client_picker import ClientPicker


def test_typing_part_of_a_name_offers_her_and_picking_sets_the_id(
    qtbot, gui_ctx, make_client, idle
):
    wanted = make_client(last_name="Ґонта", first_name="Дар’я")
    make_client(last_name="Коваленко", first_name="Олена")
    ctx = gui_ctx(Role.CASE_WORKER)
    picker = ClientPicker(ctx)
    qtbot.addWidget(picker)
    picker.show()
    chosen = []
    picker.client_chosen.connect(chosen.append)
    type_text(picker, "дар'я")
    qtbot.waitUntil(lambda: picker._model.rowCount() == 1, timeout=5_000)
    label = picker._model.stringList()[0]
    assert "Ґонта" in label
    assert picker.client_id is None  # typing alone chooses nobody
    picker.completer().activated[str].emit(label)
    assert picker.client_id == wanted and chosen == [wanted]
    type_text(picker, "x")  # editing again forgets the choice
    assert picker.client_id is None
