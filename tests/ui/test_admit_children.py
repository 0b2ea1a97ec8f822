"""The admit dialog offers her recorded children as a checklist, ticked at first, beside
the age rows for a child not yet recorded; cancelling it writes no child record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from shelter_app import children, shelter
from shelter_app.permissions import Permission, Role
from shelter_app.storage.people_schema import Child
from tests.ui.test_shelter_board import TODAY, choose, click, make_layout, pick_client
from ui.shelter.admission import AdmitDialog


def _family(opened, make_client):
    mother = make_client("Ґонта", "Дар’я")
    add = children.add_child
    sofia = add(opened.db, opened.admin, mother, "Софія", date(TODAY.year - 6, 1, 5), "female")
    taras = add(opened.db, opened.admin, mother, "Тарас", date(TODAY.year - 11, 2, 3), "male")
    return mother, sofia, taras


def _records(opened):
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        return sorted(uow.session.scalars(select(Child.id)).all())


_HOSTS: list[QWidget] = []  # the dialog's parent must outlive the test's local names


def _dialog(qtbot, ctx, idle, bed):
    host = QWidget()
    _HOSTS.append(host)
    qtbot.addWidget(host)
    dialog = AdmitDialog(ctx, host, day=TODAY, bed_id=bed)
    dialog.open()
    qtbot.waitExposed(dialog)
    idle(ctx)
    return dialog


def test_her_recorded_children_are_ticked_and_admitted_as_themselves(
    qtbot, gui_ctx, make_client, opened, idle, language, screenshot
):
    beds = make_layout(opened, rooms=1, beds=1)
    mother, sofia, taras = _family(opened, make_client)
    ctx = gui_ctx(Role.CASE_WORKER)
    dialog = _dialog(qtbot, ctx, idle, beds[0][0])
    assert dialog.recorded.boxes == [] and dialog.recorded.empty.isVisible()
    pick_client(qtbot, dialog.client, "ґонта")
    qtbot.waitUntil(lambda: len(dialog.recorded.boxes) == 2, timeout=5_000)
    names = [box.text() for box, _r in dialog.recorded.boxes]
    assert names[0].startswith("Тарас") and names[1].startswith("Софія")
    assert all(box.isChecked() for box, _r in dialog.recorded.boxes)
    choose(dialog.referred_by, "police")
    click(qtbot, dialog.children.add_button)
    dialog.children.rows[0][1].setValue(2)
    qtbot.waitUntil(lambda: dialog.children.rows[0][1].isVisible())
    idle(ctx)
    dialog.fit()
    screenshot(dialog, "g1-admit-children")
    dialog.recorded.boxes[0][0].setChecked(False)  # Taras stays with his grandmother
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=5_000)
    (record,) = shelter.client_stays(opened.db, opened.admin, mother)
    kids = {(c.child_id, c.age_years) for c in record.children}
    assert (sofia.id, 6) in kids and all(c != taras.id for c, _a in kids)
    assert len(record.children) == 2 and len(_records(opened)) == 3  # one new record


def test_cancelling_the_admit_dialog_creates_no_child_record(
    qtbot, gui_ctx, make_client, opened, idle
):
    beds = make_layout(opened, rooms=1, beds=1)
    mother, _sofia, _taras = _family(opened, make_client)
    ctx = gui_ctx(Role.CASE_WORKER)
    dialog = _dialog(qtbot, ctx, idle, beds[0][0])
    pick_client(qtbot, dialog.client, "ґонта")
    qtbot.waitUntil(lambda: len(dialog.recorded.boxes) == 2, timeout=5_000)
    click(qtbot, dialog.children.add_button)
    dialog.children.rows[0][1].setValue(4)
    before = _records(opened)
    dialog.reject()
    idle(ctx)
    assert _records(opened) == before
    assert shelter.client_stays(opened.db, opened.admin, mother) == []


def test_the_waiting_list_count_leaves_age_rows_only_for_unrecorded_children(
    qtbot, gui_ctx, make_client, opened, idle
):
    beds = make_layout(opened, rooms=1, beds=1)
    mother, _sofia, _taras = _family(opened, make_client)
    ctx = gui_ctx(Role.CASE_WORKER)
    dialog = _dialog(qtbot, ctx, idle, beds[0][0])
    dialog.preset_client(mother, "K-1", children=3)  # the list said: three children
    qtbot.waitUntil(lambda: len(dialog.recorded.boxes) == 2, timeout=5_000)
    qtbot.waitUntil(lambda: len(dialog.children.rows) == 1, timeout=5_000)


def test_from_her_card_the_admit_dialog_offers_her_children_at_once(
    qtbot, gui_ctx, make_client, opened, idle
):
    from tests.ui.test_risk_referrals import open_card

    make_layout(opened, rooms=1, beds=1)
    mother, sofia, _taras = _family(opened, make_client)
    ctx = gui_ctx(Role.CASE_WORKER)
    _page, _card, tab = open_card(qtbot, ctx, idle, mother, "case")
    qtbot.mouseClick(tab.for_her.admit, Qt.MouseButton.LeftButton)
    dialog = tab.for_her.dialog
    assert isinstance(dialog, AdmitDialog) and dialog.client.client_id == mother
    qtbot.waitUntil(lambda: len(dialog.recorded.boxes) == 2, timeout=5_000)
    assert sofia.id in [r.id for _b, r in dialog.recorded.boxes]
    dialog.reject()
