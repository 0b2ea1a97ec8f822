"""The incident form lists her children: ticking who witnessed or was harmed sets the
general children fields (locked while any is ticked); the children's-service notice then
names them. Screenshots of both forms (OBERIH_SCREENSHOTS)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTime

from shelter_app import children, incidents, notifications
from shelter_app.permissions import Role
from tests.ui.test_risk_referrals import closed, open_card
from tests.ui.test_violence_tab import TODAY, _consent
from ui.clients.violence_dialogs import IncidentDialog, NotificationDialog

LEFT = Qt.MouseButton.LeftButton


def _child(opened, mother, name, years, sex):
    born = date(TODAY.year - years, 1, 1)
    return children.add_child(opened.db, opened.admin, mother, name, born, sex)


def test_her_children_are_ticked_in_the_incident_and_named_in_the_notice(
    qtbot, gui_ctx, make_client, opened, staff, idle, screenshot, language
):
    worker = staff[Role.CASE_WORKER]
    cid = make_client()
    _consent(opened, cid)
    sofia = _child(opened, cid, "Софія", 6, "female")
    taras = _child(opened, cid, "Тарас", 11, "male")
    ctx = gui_ctx(Role.CASE_WORKER)
    _page, _card, tab = open_card(qtbot, ctx, idle, cid, "violence")

    qtbot.mouseClick(tab.incident_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, IncidentDialog)
    idle(ctx)
    qtbot.waitUntil(lambda: len(dialog.named.rows) == 2, timeout=5_000)
    assert dialog.named.isVisible()
    rows = {record.id: (seen, hurt) for record, seen, hurt in dialog.named.rows}
    dialog.forms.boxes[0][1].setChecked(True)  # physical
    rows[taras.id][0].setChecked(True)  # Taras saw it
    rows[sofia.id][1].setChecked(True)  # Sofia was hurt
    assert dialog.witnessed.isChecked() and dialog.harmed.isChecked()
    assert dialog.children.value() == 2 and not dialog.children.isEnabled()
    dialog.appeal_time.setTime(QTime(0, 0))
    screenshot(dialog, "g1-incident_children")
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert closed(dialog), dialog.form.banner.text()
    [stored] = incidents.list_incidents(opened.db, worker, cid)
    assert {(c.child_id, c.witnessed, c.harmed) for c in stored.children} == {
        (taras.id, True, False),
        (sofia.id, False, True),
    }
    assert stored.children_affected == 2

    # the children's service notice says which children
    notes = notifications.notifications_of_client(opened.db, worker, cid)
    row = [n.recipient for n in notes].index("children_service")
    qtbot.waitUntil(lambda: tab.notices.rowCount() == 3, timeout=5_000)
    tab.notices_view.selectRow(row)
    qtbot.mouseClick(tab.notice_button, LEFT)
    notice = tab.dialog
    assert isinstance(notice, NotificationDialog)
    shown = notice._children_text()
    assert "Софія" in shown and "Тарас" in shown
    screenshot(notice, "g1-children_service_notice")


def test_unticking_every_child_gives_the_general_fields_back(
    qtbot, gui_ctx, make_client, opened, idle
):
    cid = make_client()
    _consent(opened, cid)
    _child(opened, cid, "Софія", 6, "female")
    ctx = gui_ctx(Role.CASE_WORKER)
    _page, _card, tab = open_card(qtbot, ctx, idle, cid, "violence")
    qtbot.mouseClick(tab.incident_button, LEFT)
    dialog = tab.dialog
    qtbot.waitUntil(lambda: len(dialog.named.rows) == 1, timeout=5_000)
    seen = dialog.named.rows[0][1]
    seen.setChecked(True)
    assert not dialog.witnessed.isEnabled()
    seen.setChecked(False)
    assert dialog.witnessed.isEnabled() and dialog.children.isEnabled()
    assert dialog.named.links() == ()
