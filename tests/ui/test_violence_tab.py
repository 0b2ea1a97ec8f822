"""The Violence tab driven like a case worker uses it: an incident with its notices, an
alleged perpetrator, a protection order extended and violated, a notice made; the
psychologist only reads; without consent nothing new can be started. Screenshots of
every form in both languages (OBERIH_SCREENSHOTS)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, QTime

from shelter_app import clients, incidents, notifications
from shelter_app import protection_orders as orders
from shelter_app.permissions import Role
from tests.ui.conftest import type_text
from tests.ui.test_risk_referrals import closed, open_card
from ui.clients.violence_dialogs import (
    ExtendOrderDialog,
    IncidentDialog,
    NotificationDialog,
    OrderDialog,
    PerpetratorDialog,
    ViolationDialog,
)

LEFT = Qt.MouseButton.LeftButton
TODAY = date.today()


def _consent(opened, cid):
    clients.record_consent(
        opened.db, opened.admin, cid, "special_category", TODAY - timedelta(days=30), TODAY
    )


def _select(view, row: int) -> None:
    view.selectRow(row)


def test_a_case_worker_records_an_incident_a_perpetrator_an_order_and_a_notice(
    qtbot, gui_ctx, make_client, opened, staff, idle, screenshot, language
):
    worker = staff[Role.CASE_WORKER]
    cid = make_client()
    _consent(opened, cid)
    ctx = gui_ctx(Role.CASE_WORKER)
    page, _card, tab = open_card(qtbot, ctx, idle, cid, "violence")
    assert tab.incident_button.isEnabled() and not tab.extend_button.isEnabled()

    # a perpetrator first (so the incident form can name them)
    qtbot.mouseClick(tab.perpetrator_button, LEFT)
    perp = tab.dialog
    assert isinstance(perp, PerpetratorDialog)
    perp.relationship.setCurrentIndex(perp.relationship.findData("former_partner"))
    perp.sex.setCurrentIndex(perp.sex.findData("male"))
    perp.flags["weapon_access"].setChecked(True)
    type_text(perp.description, "Сірий позашляховик, чекає біля школи")
    screenshot(perp, "15-perpetrator_dialog")
    qtbot.mouseClick(perp.save_button, LEFT)
    idle(ctx)
    assert closed(perp) and tab.perpetrators.rowCount() == 1

    # the incident: nothing ticked is refused beside the forms; then saved with its notices
    qtbot.mouseClick(tab.incident_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, IncidentDialog)
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert dialog.form.error_text("forms")
    dialog.forms.boxes[0][1].setChecked(True)  # physical
    dialog.forms.boxes[8][1].setChecked(True)  # stalking
    dialog.witnessed.setChecked(True)
    dialog.children.setValue(1)
    dialog.perpetrators.boxes[0][1].setChecked(True)
    dialog.appeal_time.setTime(QTime(0, 0))  # never later than now
    screenshot(dialog, "15-incident_dialog")
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert closed(dialog), dialog.form.banner.text()
    [stored] = incidents.list_incidents(opened.db, worker, cid)
    assert stored.forms == {"physical", "stalking"} and stored.perpetrator_ids
    assert tab.incidents.rowCount() == 1 and tab.notices.rowCount() == 3

    # a restraining order, extended and violated
    qtbot.mouseClick(tab.order_button, LEFT)
    order = tab.dialog
    assert isinstance(order, OrderDialog)
    order.kind.setCurrentIndex(order.kind.findData("restraining"))
    type_text(order.issuer, "Дарницький районний суд м. Києва")
    type_text(order.conditions, "Не наближатися ближче ніж на 100 м")
    order.perpetrator.setCurrentIndex(1)
    screenshot(order, "15-order_dialog")
    qtbot.mouseClick(order.save_button, LEFT)
    idle(ctx)
    assert closed(order), order.form.banner.text()
    _select(tab.orders_view, 0)
    assert tab.extend_button.isEnabled() and tab.violation_button.isEnabled()
    qtbot.mouseClick(tab.extend_button, LEFT)
    extend = tab.dialog
    assert isinstance(extend, ExtendOrderDialog)
    screenshot(extend, "15-extend_dialog")
    qtbot.mouseClick(extend.save_button, LEFT)
    idle(ctx)
    assert closed(extend)
    _select(tab.orders_view, 0)
    qtbot.mouseClick(tab.violation_button, LEFT)
    violation = tab.dialog
    assert isinstance(violation, ViolationDialog)
    violation.reported.setChecked(True)
    screenshot(violation, "15-violation_dialog")
    qtbot.mouseClick(violation.save_button, LEFT)
    idle(ctx)
    assert closed(violation)
    [saved] = orders.list_orders(opened.db, worker, cid)
    assert len(saved.extensions) == 1 and saved.violations == ((TODAY, True),)

    # the police were told
    _select(tab.notices_view, 0)
    qtbot.mouseClick(tab.notice_button, LEFT)
    notice = tab.dialog
    assert isinstance(notice, NotificationDialog)
    notice.method.setCurrentIndex(notice.method.findData("phone"))
    type_text(notice.reference, "ЄО 4521")
    screenshot(notice, "15-notification_dialog")
    qtbot.mouseClick(notice.save_button, LEFT)
    idle(ctx)
    assert closed(notice), notice.form.banner.text()
    made = [n for n in notifications.notifications_of_client(opened.db, worker, cid) if n.done_at]
    assert [(n.recipient, n.reference) for n in made] == [("police", "ЄО 4521")]
    page.resize(1400, 1000)
    screenshot(page, "15-violence_tab")


def test_the_psychologist_reads_and_no_form_opens_without_consent(
    qtbot, gui_ctx, make_client, opened, staff, idle
):
    cid = make_client()
    _consent(opened, cid)
    incidents.record_incident(
        opened.db,
        staff[Role.CASE_WORKER],
        cid,
        incidents.IncidentInput(
            disclosed_on=TODAY,
            forms=frozenset({"economic"}),
            context="domestic",
            appealed_at=datetime.combine(TODAY, datetime.min.time()),
        ),
    )
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    _page, _card, tab = open_card(qtbot, ctx, idle, cid, "violence")
    assert tab.incidents.rowCount() == 1 and tab.notices.rowCount() == 2
    assert not tab.incident_button.isVisible() and not tab.notice_button.isVisible()
    tab.new_incident()
    assert tab.dialog is None

    other = make_client("Коваль")
    ctx2 = gui_ctx(Role.CASE_WORKER)
    _page2, _card2, tab2 = open_card(qtbot, ctx2, idle, other, "violence")
    assert tab2.status.isVisible() and "consent" in tab2.status.text()
    assert not tab2.incident_button.isEnabled()
    tab2.new_incident()
    assert tab2.dialog is None


def test_the_coordinator_and_the_administrator_have_no_violence_tab(
    qtbot, gui_ctx, make_client, opened, idle
):
    cid = make_client()
    ctx = gui_ctx(Role.ADMIN)
    _page, card, _tab = open_card(qtbot, ctx, idle, cid, "profile")
    assert "violence" not in card.tab_keys()
