"""The card's Case tab driven as the case worker, the psychologist and the head use it:
opening her case, the needs assessment, the plan, a service, closing with the head's
approval; and the buttons that start the usual work for her with her already chosen."""

from __future__ import annotations

import os
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shelter_app import courses, referrals, settings
from shelter_app.cases import caseload, detail, lifecycle
from shelter_app.permissions import Role
from tests.ui.conftest import type_text
from tests.ui.test_risk_referrals import choose, closed, open_card

TODAY = date.today()
LEFT = Qt.MouseButton.LeftButton


def test_a_case_worker_runs_her_case_from_the_card(
    qtbot, gui_ctx, idle, make_client, staff, opened, screenshot, language, tmp_path
):
    ctx = gui_ctx(Role.CASE_WORKER)
    client_id = make_client()
    page, card, tab = open_card(qtbot, ctx, idle, client_id, "case")
    assert "case" in card.tab_keys()
    assert tab.open_button.isVisible() and not tab.assess_button.isVisible()
    qtbot.mouseClick(tab.open_button, LEFT)
    idle(ctx)
    assert tab.detail is not None and tab.detail.summary.state == "opened"
    assert tab.assess_button.isVisible() and not tab.open_button.isVisible()

    # her psychologist joins the team
    qtbot.mouseClick(tab.team_button, LEFT)
    team = tab.dialog
    psychologist = staff[Role.PSYCHOLOGIST].account_id
    assert staff[Role.CASE_WORKER].account_id not in team.boxes  # she is responsible
    qtbot.mouseClick(team.boxes[psychologist], LEFT)
    screenshot(team, "13-case_team_dialog")
    qtbot.mouseClick(team.save_button, LEFT)
    idle(ctx)
    idle(ctx)
    assert [m.account_id for m in tab.detail.team] == [psychologist]

    # needs assessment
    qtbot.mouseClick(tab.assess_button, LEFT)
    dialog = tab.dialog
    choose(dialog.levels["safety"], "high")
    type_text(dialog.comments["safety"], "Погрози")
    choose(dialog.levels["housing"], "medium")
    screenshot(dialog, "13-case_assessment_dialog")
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert closed(dialog)
    idle(ctx)
    assert tab.detail.summary.state == "active"
    assert tab.needs_model.rowCount() == 8
    assert tab.needs_model.text(0, 2) == "Погрози"
    # printed for her paper file
    dialog = tab.print_pdf()
    target = tmp_path / "assessment.pdf"
    dialog.fileSelected.emit(str(target))
    idle(ctx)
    assert target.read_bytes().startswith(b"%PDF")
    if os.name != "nt":  # only this account reads it: it names her and her risks
        assert (target.stat().st_mode & 0o777) == 0o600
    dialog.reject()

    # the plan: a goal, then an action
    tab.new_goal()
    goal = tab.dialog
    choose(goal.domain, "housing")
    type_text(goal.goal, "Житло")
    qtbot.mouseClick(goal.save_button, LEFT)
    idle(ctx)
    idle(ctx)
    tab.new_action()
    action = tab.dialog
    type_text(action.text, "Заява")
    assert action.responsible.currentData() == staff[Role.CASE_WORKER].account_id
    screenshot(action, "13-case_plan_action_dialog")
    qtbot.mouseClick(action.save_button, LEFT)
    idle(ctx)
    idle(ctx)
    assert [len(g.actions) for g in tab.detail.plan.goals] == [1]
    assert tab.plan_tree.topLevelItemCount() == 1

    # the action done by a referral: linked to it
    ref = referrals.record_referral(
        opened.db, staff[Role.CASE_WORKER], client_id, "out", "legal_aid", TODAY
    )
    item = tab.plan_tree.topLevelItem(0).child(0)
    tab.plan_tree.setCurrentItem(item)
    tab.edit_action()
    update = tab.dialog
    idle(ctx)
    choose(update.link, f"referral:{ref.id}")
    choose(update.state, "done")
    screenshot(update, "13-case_plan_action_update_dialog")
    qtbot.mouseClick(update.save_button, LEFT)
    idle(ctx)
    idle(ctx)
    (done,) = tab.detail.plan.goals[0].actions
    assert (done.state, done.link_kind, done.link_id) == ("done", "referral", ref.id)
    assert tab.progress.value() == 1

    # a service of her own
    qtbot.mouseClick(tab.service_button, LEFT)
    service = tab.dialog
    choose(service.service, "social_accompaniment")
    choose(service.format, "accompanied")
    service.minutes.setValue(90)
    type_text(service.note, "До суду")
    screenshot(service, "13-case_service_dialog")
    qtbot.mouseClick(service.save_button, LEFT)
    idle(ctx)
    idle(ctx)
    whats = [tab.timeline_model.text(r, 3) for r in range(tab.timeline_model.rowCount())]
    assert "До суду" in whats
    page.resize(1280, 800)
    tab.parts.setCurrentIndex(1)
    screenshot(card, "13-case_tab_plan")
    tab.parts.setCurrentIndex(2)
    screenshot(card, "13-case_tab_timeline")

    # closing waits for the head when the setting asks
    settings.update_settings(opened.db, opened.admin, case_approval_required=1)
    ctx.settings = settings.get_settings(opened.db, opened.admin)
    qtbot.mouseClick(tab.close_button, LEFT)
    closing = tab.dialog
    choose(closing.reason, "moved_away")
    type_text(closing.summary, "Переїхала")
    screenshot(closing, "13-case_closure_dialog")
    qtbot.mouseClick(closing.save_button, LEFT)
    idle(ctx)
    idle(ctx)
    assert tab.detail.summary.closure_pending and tab.detail.summary.state == "active"
    case_id = tab.detail.summary.id

    head = gui_ctx(Role.HEAD)
    _page, _card, head_tab = open_card(qtbot, head, idle, client_id, "case")
    assert head_tab.approve_closure_button.isVisible()
    assert head_tab.reject_closure_button.isVisible()
    qtbot.mouseClick(head_tab.approve_closure_button, LEFT)
    idle(head)
    idle(head)
    assert head_tab.detail.summary.state == "closed"
    assert head_tab.reopen_button.isVisible()  # she came back: a new case, linked
    qtbot.mouseClick(head_tab.reopen_button, LEFT)
    idle(head)
    idle(head)
    assert head_tab.detail.summary.previous_case_id == case_id
    assert head_tab.earlier_model.rowCount() == 1
    assert [c.state for c in lifecycle.client_cases(opened.db, staff[Role.HEAD], client_id)] == [
        "opened",
        "closed",
    ]


def test_the_psychologist_on_the_team_reads_but_does_not_write(
    qtbot, gui_ctx, idle, make_client, staff, opened
):
    client_id = make_client()
    case = lifecycle.open_case(opened.db, staff[Role.CASE_WORKER], client_id)
    lifecycle.set_team(opened.db, staff[Role.CASE_WORKER], case.id, frozenset())
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    _page, _card, tab = open_card(qtbot, ctx, idle, client_id, "case")
    assert tab.detail.summary.id == case.id
    assert not tab.assess_button.isVisible() and not tab.open_button.isVisible()
    assert "team" in tab.status.text()
    assert detail.client_case(opened.db, staff[Role.PSYCHOLOGIST], client_id).plan.goals == ()


def test_each_button_for_her_opens_the_usual_dialog_with_her_chosen(
    qtbot, gui_ctx, idle, make_client, staff, opened, screenshot, language
):
    client_id = make_client()
    courses.create_course(
        opened.db, opened.admin, "Фінансова грамотність", 10, TODAY, TODAY + timedelta(days=30)
    )
    ctx = gui_ctx(Role.CASE_WORKER)
    page, card, tab = open_card(qtbot, ctx, idle, client_id, "case")
    buttons = tab.for_her
    assert not buttons.consultation.isVisible()  # the case worker holds no consultations
    page.resize(1280, 800)
    screenshot(card, "13-case_tab_buttons")

    qtbot.mouseClick(buttons.referral, LEFT)
    assert buttons.dialog.client_id == client_id
    buttons.dialog.reject()

    qtbot.mouseClick(buttons.admit, LEFT)
    idle(ctx)
    assert buttons.dialog.client.client_id == client_id
    buttons.dialog.reject()

    qtbot.mouseClick(buttons.enrol, LEFT)
    idle(ctx)
    chooser = buttons.dialog
    assert chooser.course.count() == 1
    chooser.accept()
    QApplication.processEvents()
    assert buttons.dialog.picker.client_id == client_id
    assert buttons.dialog.course.title == "Фінансова грамотність"
    buttons.dialog.reject()

    psy = gui_ctx(Role.PSYCHOLOGIST)
    _page, _card, psy_tab = open_card(qtbot, psy, idle, client_id, "case")
    assert psy_tab.for_her.consultation.isVisible()
    qtbot.mouseClick(psy_tab.for_her.consultation, LEFT)
    idle(psy)
    assert psy_tab.for_her.dialog.picker.client_id == client_id
    psy_tab.for_her.dialog.reject()
    assert caseload.my_cases(opened.db, staff[Role.CASE_WORKER]) == []


def test_the_administrator_sets_approval_and_the_first_assessment_days(
    qtbot, gui_ctx, idle, opened, screenshot, language
):
    from tests.ui.test_admin import replace_text
    from ui.admin.page import AdminPage

    ctx = gui_ctx(Role.ADMIN)
    page = AdminPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitExposed(page)
    page.show_section(page.settings)
    page.activate()
    idle(ctx)
    section = page.settings
    assert not section.fields["case_approval_required"].isChecked()
    qtbot.mouseClick(section.fields["case_approval_required"], LEFT)
    replace_text(qtbot, section.fields["first_assessment_days"], "5")
    screenshot(page, "13-settings_cases")
    qtbot.mouseClick(section.save_button, LEFT)
    idle(ctx)
    stored = settings.get_settings(opened.db, opened.admin)
    assert (stored.case_approval_required, stored.first_assessment_days) == (1, 5)
