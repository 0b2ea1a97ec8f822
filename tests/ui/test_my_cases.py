"""The "My cases" area: a worker's caseload with what is due, the head's view of every
caseload and reassignment, and overdue contacts dealt with (done, rescheduled,
dismissed)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from shelter_app.cases import follow_ups, lifecycle
from shelter_app.permissions import Role
from tests.ui.conftest import type_text
from tests.ui.test_risk_referrals import closed, set_date
from ui.areas import areas_for
from ui.cases.my_cases import MyCasesPage

TODAY = date.today()
LEFT = Qt.MouseButton.LeftButton


def _page(qtbot, ctx, idle) -> MyCasesPage:
    page = MyCasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    idle(ctx)
    return page


def test_my_cases_lists_hers_and_overdue_contacts_can_be_dealt_with(
    qtbot, gui_ctx, idle, make_client, staff, opened, screenshot, language
):
    worker = staff[Role.CASE_WORKER]
    ids = [make_client(), make_client("Коваль", "Ірина"), make_client("Бондар", "Анна")]
    week_ago = TODAY - timedelta(days=7)
    cases = [lifecycle.open_case(opened.db, worker, i, opened_on=week_ago) for i in ids]
    # due before the first assessment (3 working days after opening: at the earliest 4
    # days ago), whatever the weekday, so a call is what comes next
    for n, case in enumerate(cases):
        follow_ups.schedule_follow_up(
            opened.db, worker, case.id, TODAY - timedelta(days=n + 5), "Дзвінок"
        )
    ctx = gui_ctx(Role.CASE_WORKER)
    page = _page(qtbot, ctx, idle)
    assert page.model.rowCount() == 3
    assert page.model.text(0, 4) == "Contact her" or language == "uk"
    panel = page.follow_ups
    assert panel.model.rowCount() == 3
    screenshot(page, "13-my_cases")

    panel.view.selectRow(0)
    qtbot.mouseClick(panel.done_button, LEFT)
    idle(ctx)
    idle(ctx)
    assert panel.model.rowCount() == 2

    panel.view.selectRow(0)
    qtbot.mouseClick(panel.reschedule_button, LEFT)
    dialog = panel.dialog
    set_date(dialog.due_on, TODAY + timedelta(days=5))
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert closed(dialog)
    idle(ctx)
    assert panel.model.rowCount() == 1

    panel.view.selectRow(0)
    qtbot.mouseClick(panel.dismiss_button, LEFT)
    dialog = panel.dialog
    qtbot.mouseClick(dialog.save_button, LEFT)  # no reason: refused, stays open
    idle(ctx)
    assert dialog.isVisible() and panel.model.rowCount() == 1
    type_text(dialog.reason, "Переїхала")
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    idle(ctx)
    assert panel.model.rowCount() == 0

    navigated = []
    ctx.navigate.connect(lambda area, arg: navigated.append((area, arg)))
    page.view.doubleClicked.emit(page.model.index(0, 0))
    assert navigated == [("clients", page.model.rows[0].client_id)]


def test_the_head_sees_every_caseload_and_reassigns(
    qtbot, gui_ctx, idle, make_client, staff, opened, screenshot, language
):
    worker = staff[Role.CASE_WORKER]
    case = lifecycle.open_case(opened.db, worker, make_client())
    ctx = gui_ctx(Role.HEAD)
    page = _page(qtbot, ctx, idle)
    assert page.reassign_button.isVisible() and page.model.rowCount() == 1
    screenshot(page, "13-head_caseloads")
    page.view.selectRow(0)
    page.reassign_to.setCurrentIndex(page.reassign_to.findData(staff[Role.HEAD].account_id))
    qtbot.mouseClick(page.reassign_button, LEFT)
    idle(ctx)
    idle(ctx)
    assert page.model.rows[0].responsible_name == staff[Role.HEAD].display_name
    assert lifecycle.client_cases(opened.db, worker, case.client_id)[0].responsible_id == (
        staff[Role.HEAD].account_id
    )


def test_my_cases_is_an_area_for_the_roles_that_work_in_cases():
    has = {role: "cases" in [a.key for a in areas_for(role)] for role in Role}
    assert has == {
        Role.ADMIN: False,
        Role.HEAD: True,
        Role.CASE_WORKER: True,
        Role.PSYCHOLOGIST: True,
        Role.LAWYER: True,
        Role.TRAINER: False,
        Role.OPERATOR: False,
        Role.COORDINATOR: False,
    }
