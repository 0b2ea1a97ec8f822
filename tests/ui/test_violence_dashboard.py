"""The dashboard's violence card: a notification due in two hours and an order ending in
two days show with their client codes; an overdue notification is loud."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from shelter_app import clients, incidents
from shelter_app import protection_orders as orders
from shelter_app.incidents import IncidentInput
from shelter_app.notifications import local_now
from shelter_app.permissions import Role
from ui.dashboard import DashboardPage

TODAY = date.today()


def _consenting(opened, make_client, name):
    cid = make_client(name)
    clients.record_consent(
        opened.db, opened.admin, cid, "special_category", TODAY - timedelta(days=40), TODAY
    )
    return cid


def _code(opened, cid):
    return clients.get_client(opened.db, opened.admin, cid).code


def test_due_notices_and_orders_ending_soon_are_on_the_dashboard(
    qtbot, gui_ctx, make_client, opened, staff, idle, screenshot, language
):
    worker = staff[Role.CASE_WORKER]
    now = local_now()
    fresh = _consenting(opened, make_client, "Ткаченко")
    # an appeal 22 hours ago: its notices are due in two hours
    appealed = now - timedelta(hours=22)
    incidents.record_incident(
        opened.db,
        worker,
        fresh,
        IncidentInput(
            disclosed_on=appealed.date(),
            forms=frozenset({"physical"}),
            context="domestic",
            appealed_at=appealed,
        ),
        now=now,
    )
    ordered = _consenting(opened, make_client, "Бондар")
    orders.record_order(
        opened.db,
        worker,
        ordered,
        "urgent_barring",
        TODAY - timedelta(days=7),
        TODAY - timedelta(days=7),
        TODAY + timedelta(days=2),
        "Поліція",
        today=TODAY,
    )
    ctx = gui_ctx(Role.CASE_WORKER)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    page.activate()
    idle(ctx)
    card = page.card("violence")
    assert card is not None and page.card_keys()[0] == "violence"
    notices = card.notices.rows
    assert notices.rowCount() == 2  # police and the coordinating unit
    row = notices.row(0)
    assert row.cells[0] == _code(opened, fresh) and row.warning
    assert row.cells[2].startswith(("in 1 h 59", "in 2 h 0", "через"))
    assert not card.alarm.isVisible()
    ending = card.orders.rows
    assert ending.rowCount() == 1 and ending.row(0).cells[0] == _code(opened, ordered)
    assert ending.row(0).client_id == ordered
    screenshot(page, "15-dashboard")

    # a day later nothing was done: loud
    late = _consenting(opened, make_client, "Гнатюк")
    before = now - timedelta(hours=26)
    incidents.record_incident(
        opened.db,
        worker,
        late,
        IncidentInput(
            disclosed_on=before.date(),
            forms=frozenset({"psychological"}),
            context="domestic",
            appealed_at=before,
            children_witnessed=True,
            children_affected=1,
        ),
        now=now,
    )
    page.refresh()
    idle(ctx)
    assert card.alarm.isVisible() and "3" in card.alarm.text()
    assert card.notices.rows.row(0).cells[0] == _code(opened, late)
    screenshot(page, "15-dashboard_overdue")


def test_the_coordinator_gets_no_violence_card(qtbot, gui_ctx, idle):
    ctx = gui_ctx(Role.COORDINATOR)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    assert page.card("violence") is None


def test_the_journal_of_appeals_is_saved_from_the_dashboard(
    qtbot, gui_ctx, make_client, opened, staff, idle, tmp_path, screenshot, language
):
    cid = _consenting(opened, make_client, "Ткаченко")
    incidents.record_incident(
        opened.db,
        staff[Role.CASE_WORKER],
        cid,
        IncidentInput(
            disclosed_on=TODAY,
            forms=frozenset({"sexual_harassment"}),
            context="outside_family",
            appealed_at=local_now().replace(hour=0, minute=0, second=0),
        ),
    )
    ctx = gui_ctx(Role.LAWYER)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    idle(ctx)
    card = page.card("violence")
    qtbot.mouseClick(card.journal_button, Qt.MouseButton.LeftButton)
    dialog = card.dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "journal.pdf"
    dialog.path.setText(str(tmp_path / "journal.txt"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert dialog.form.error_text("out") and not target.exists()
    dialog.path.setText(str(target))
    screenshot(dialog, "15-journal_dialog")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert target.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: card.dialog is None or not card.dialog.isVisible())
