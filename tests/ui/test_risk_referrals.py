"""The Risk and safety tab and the Referrals tab of the client card, driven like the case
worker, the psychologist and the lawyer use them: the consent notice before anything can
be typed, a disclosure, an assessment raised by a sign of lethal danger, an overdue
safety plan marked reviewed, read-only roles, and referrals out without and with her
consent to sharing (the form says what will happen before saving), and their outcome."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from shelter_app import clients, partners, referrals, safety
from shelter_app.permissions import Role
from shelter_app.vocabulary import ReferralOutcome, RiskLevel, label
from tests.ui.conftest import type_text
from ui.clients.page import ClientsPage
from ui.clients.referral_dialogs import CONSENTED_STYLE, WARNING_STYLE, ReferralDialog
from ui.clients.risk_dialogs import (
    AssessmentDialog,
    DisclosureDialog,
    PlanReviewedDialog,
    SafetyPlanDialog,
)
from ui.clients.tabs.risk import OVERDUE_STYLE
from ui.display import date_text, yes_no

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date.today()


def open_card(qtbot, ctx, idle, client_id: int, tab_key: str):
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    idle(ctx)
    card = page.open_client(client_id)
    idle(ctx)
    tab = card.show_tab(tab_key)
    idle(ctx)
    return page, card, tab


def set_date(edit, day: date) -> None:
    edit.edit.clear()
    type_text(edit.edit, date_text(day))


def closed(dialog) -> bool:
    """Saved dialogs close and are deleted."""
    return not isValid(dialog) or not dialog.isVisible()


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)


# --- risk and safety -------------------------------------------------------------------------


def test_a_case_worker_records_risk_and_a_safety_plan_once_she_has_consented(
    qtbot, gui_ctx, make_client, opened, staff, idle, screenshot, language
):
    worker = staff[Role.CASE_WORKER]
    cid = make_client()
    ctx = gui_ctx(Role.CASE_WORKER)
    page, card, tab = open_card(qtbot, ctx, idle, cid, "risk")

    # without her consent: said up front, and no form opens
    assert tab.consent_notice.isVisible() and tab.consents_button.isVisible()
    writes = [tab.disclose_button, tab.assess_button, tab.plan_button, tab.reviewed_button]
    assert all(b.isVisible() and not b.isEnabled() for b in writes)
    screenshot(page, "risk_tab_without_consent")
    for button in writes:
        qtbot.mouseClick(button, LEFT)
    tab.record_disclosure()  # not even a shortcut gets past it
    assert tab.dialog is None

    # the notice leads to the Consents tab, where she records it
    qtbot.mouseClick(tab.consents_button, LEFT)
    consents = card.tab("consents")
    assert card.tabs.currentWidget() is consents
    qtbot.mouseClick(consents.record_button, LEFT)
    given = consents.dialog
    choose(given.kind, "special_category")
    set_date(given.given_on, TODAY - timedelta(days=60))
    qtbot.keyClick(given.kind, Qt.Key.Key_Return)
    idle(ctx)
    assert safety.client_safety(opened.db, worker, cid).consent_today
    card.show_tab("risk")
    idle(ctx)
    assert not tab.consent_notice.isVisible()
    assert tab.disclose_button.isEnabled() and tab.assess_button.isEnabled()
    assert not tab.reviewed_button.isEnabled()  # no plan yet

    # a disclosure: nothing ticked is refused beside the forms, then it is saved
    qtbot.mouseClick(tab.disclose_button, LEFT)
    disclosure = tab.dialog
    assert isinstance(disclosure, DisclosureDialog) and disclosure.parent() is tab
    qtbot.mouseClick(disclosure.save_button, LEFT)
    idle(ctx)
    assert disclosure.isVisible() and disclosure.form.error_text("forms")
    qtbot.mouseClick(disclosure.forms.boxes["physical"], LEFT)
    qtbot.mouseClick(disclosure.forms.boxes["psychological"], LEFT)
    qtbot.mouseClick(disclosure.witnessed, LEFT)
    assert disclosure.children.hasFocus()
    qtbot.keyClicks(disclosure.children, "2")
    screenshot(disclosure, "risk_disclosure_dialog")
    qtbot.mouseClick(disclosure.save_button, LEFT)
    idle(ctx)
    assert closed(disclosure)
    [stored] = safety.client_safety(opened.db, worker, cid).disclosures
    assert stored.forms == {"physical", "psychological"} and stored.children_affected == 2
    assert stored.disclosed_on == TODAY and tab.disclosures.rowCount() == 1
    assert tab.disclosures.text(0, 1) == ", ".join(
        label(f) for f in (safety.ViolenceForm.PHYSICAL, safety.ViolenceForm.PSYCHOLOGICAL)
    )

    # an assessment: one question passed over is pointed out; strangulation alone scores
    # low, and the level shown is the higher one the service applies
    qtbot.mouseClick(tab.assess_button, LEFT)
    assessment = tab.dialog
    assert isinstance(assessment, AssessmentDialog)
    assert len(assessment.rows) == len(safety.risk_questions())
    qtbot.waitExposed(assessment)
    qtbot.waitUntil(lambda: not assessment.scroll.verticalScrollBar().isVisible())  # all fit
    screenshot(assessment, "risk_assessment_dialog_new")
    for code, row in assessment.rows.items():
        if code == "strangulation":
            qtbot.mouseClick(row.yes, LEFT)
        elif code != "substance_abuse":
            qtbot.mouseClick(row.no, LEFT)
    qtbot.mouseClick(assessment.save_button, LEFT)
    idle(ctx)
    assert assessment.isVisible() and assessment.error_text("substance_abuse")
    qtbot.mouseClick(assessment.rows["substance_abuse"].no, LEFT)
    assert not assessment.error_text("substance_abuse")  # answered: the message goes
    assert assessment.shown_level == RiskLevel.HIGH.value
    assert label(RiskLevel.HIGH) in assessment.level.text()
    assert assessment.raised.isVisible() and label(RiskLevel.LOW) in assessment.raised.text()
    screenshot(assessment, "risk_assessment_dialog")
    qtbot.mouseClick(assessment.save_button, LEFT)
    idle(ctx)
    assert closed(assessment)
    [assessed] = safety.risk_history(opened.db, worker, cid)
    assert (assessed.level, assessed.score) == (RiskLevel.HIGH.value, 4)
    assert tab.assessments.text(0, 1) == label(RiskLevel.HIGH)
    assert tab.saved_note.isVisible() and label(RiskLevel.HIGH) in tab.saved_note.text()

    # a safety plan whose review date has passed shows as overdue
    qtbot.mouseClick(tab.plan_button, LEFT)
    plan = tab.dialog
    assert isinstance(plan, SafetyPlanDialog)
    set_date(plan.made_on, TODAY - timedelta(days=40))
    set_date(plan.review_on, TODAY - timedelta(days=10))
    type_text(plan.plan, "Тривожна валіза в сусідки. Кодове слово: «калина».")
    screenshot(plan, "risk_safety_plan_dialog")
    plan.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is plan)
    qtbot.keyClick(plan.plan, Qt.Key.Key_S, CTRL)  # saves from inside the text
    idle(ctx)
    assert closed(plan)
    assert tab.plan_overdue and tab.plan_review.styleSheet() == OVERDUE_STYLE
    assert date_text(TODAY - timedelta(days=10)) in tab.plan_review.text()
    assert "10" in tab.plan_review.text().replace(date_text(TODAY - timedelta(days=10)), "")
    assert "калина" in tab.plan_text.toPlainText()
    [overdue] = safety.overdue_reviews(opened.db, worker)
    assert overdue.client_id == cid and overdue.days_overdue == 10
    screenshot(page, "risk_tab")

    # marked reviewed: no longer overdue
    assert tab.reviewed_button.isEnabled()
    qtbot.mouseClick(tab.reviewed_button, LEFT)
    reviewed = tab.dialog
    assert isinstance(reviewed, PlanReviewedDialog)
    screenshot(reviewed, "risk_plan_reviewed_dialog")
    qtbot.keyClick(reviewed.reviewed_on.edit, Qt.Key.Key_Return)
    idle(ctx)
    assert closed(reviewed)
    assert safety.client_safety(opened.db, worker, cid).current_plan.reviewed_on == TODAY
    assert safety.overdue_reviews(opened.db, worker) == []
    assert not tab.plan_overdue and tab.plan_review.styleSheet() == ""
    assert date_text(TODAY) in tab.plan_review.text()
    assert not tab.reviewed_button.isEnabled()


def _her_risk_record(opened, staff, cid: int) -> None:
    worker = staff[Role.CASE_WORKER]
    clients.record_consent(opened.db, worker, cid, "special_category", TODAY - timedelta(days=5))
    safety.record_disclosure(opened.db, worker, cid, {"economic"}, False, 0, TODAY)
    answers = {q.code: q.code == "stalking" for q in safety.risk_questions()}
    safety.assess_risk(opened.db, worker, cid, answers, TODAY)
    safety.save_safety_plan(
        opened.db, worker, cid, TODAY, TODAY + timedelta(days=3), "Зустрічі лише в центрі."
    )


def test_a_lawyer_sees_risk_and_safety_but_cannot_change_them(
    qtbot, gui_ctx, make_client, opened, staff, idle
):
    cid = make_client()
    _her_risk_record(opened, staff, cid)
    ctx = gui_ctx(Role.LAWYER)
    _page, _card, tab = open_card(qtbot, ctx, idle, cid, "risk")
    assert tab.disclosures.rowCount() == 1 and tab.assessments.rowCount() == 1
    assert "центрі" in tab.plan_text.toPlainText() and tab.plan_text.isReadOnly()
    writes = [tab.disclose_button, tab.assess_button, tab.plan_button, tab.reviewed_button]
    assert not any(b.isVisibleTo(tab) for b in writes)
    assert not tab.consent_notice.isVisibleTo(tab)
    tab.new_assessment()
    assert tab.dialog is None
    assert tab.plan_review.styleSheet() != ""  # due in three days: shown as soon due


def test_a_psychologist_without_her_consent_is_sent_to_a_case_worker(
    qtbot, gui_ctx, make_client, idle
):
    cid = make_client()
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    _page, card, tab = open_card(qtbot, ctx, idle, cid, "risk")
    assert tab.consent_notice.isVisible() and not tab.assess_button.isEnabled()
    qtbot.mouseClick(tab.consents_button, LEFT)
    consents = card.tab("consents")
    assert card.tabs.currentWidget() is consents
    assert not consents.record_button.isVisibleTo(consents)  # she reads consents only


# --- referrals -------------------------------------------------------------------------------


def test_referrals_out_without_and_with_her_consent_to_sharing_and_their_outcome(
    qtbot, gui_ctx, make_client, opened, staff, idle, screenshot, language
):
    worker = staff[Role.CASE_WORKER]
    cid = make_client()
    strada = partners.add_partner(opened.db, opened.admin, "ГО «Ла Страда-Україна»", "ngo")
    partners.add_partner(opened.db, opened.admin, "Центр безоплатної правничої допомоги", "ngo")
    ctx = gui_ctx(Role.CASE_WORKER)
    page, card, tab = open_card(qtbot, ctx, idle, cid, "referrals")
    assert tab.model.rowCount() == 0 and tab.view.isVisible()
    assert not tab.outcome_button.isEnabled()

    # without her consent to sharing: the form says so before saving
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, ReferralDialog) and dialog.parent() is tab
    idle(ctx)  # the partner list arrives
    assert dialog.outgoing() and dialog.consent_note.isVisible()
    assert dialog.consent_note.styleSheet() == WARNING_STYLE
    assert date_text(TODAY) in dialog.consent_note.text()
    assert not dialog.share.isEnabled() and not dialog.share.isChecked()
    choose(dialog.kind, "legal_aid")
    choose(dialog.partner, strada.id)
    screenshot(dialog, "referral_dialog_without_consent")
    qtbot.mouseClick(dialog.direction.buttons["in"], LEFT)  # to us: no consent question
    assert not dialog.consent_note.isVisibleTo(dialog) and not dialog.share.isVisibleTo(dialog)
    screenshot(dialog, "referral_dialog_to_us")
    qtbot.mouseClick(dialog.direction.buttons["out"], LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert closed(dialog)
    [anonymous] = referrals.client_referrals(opened.db, worker, cid)
    assert (anonymous.direction, anonymous.referral_type) == ("out", "legal_aid")
    assert anonymous.partner_id == strada.id and not anonymous.identity_shared
    assert tab.model.rowCount() == 1 and tab.model.text(0, 3) == strada.name
    assert tab.model.text(0, 4) == tab.tr("No (anonymous)")
    assert tab.saved_note.isVisible()

    # she gives the consent (recorded at another desk); her card opened again knows it
    clients.record_consent(opened.db, worker, cid, "sharing_with_partners", TODAY)
    qtbot.mouseClick(card.back_button, LEFT)
    card = page.open_client(cid)
    idle(ctx)
    tab = card.show_tab("referrals")
    idle(ctx)
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.dialog
    idle(ctx)
    assert dialog.share.isEnabled() and dialog.consent_note.styleSheet() == CONSENTED_STYLE
    choose(dialog.kind, "ngo")
    qtbot.mouseClick(dialog.share, LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)  # shared, but with nobody named: refused
    idle(ctx)
    assert dialog.isVisible() and dialog.form.error_text("partner")
    assert dialog.share.isChecked()  # what she chose stays
    choose(dialog.partner, strada.id)
    screenshot(dialog, "referral_dialog_with_consent")
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert closed(dialog)
    shared, _anonymous = referrals.client_referrals(opened.db, worker, cid)
    assert shared.identity_shared and shared.partner_id == strada.id
    assert tab.model.text(0, 4) == yes_no(True)
    assert tab.view.currentIndex().row() == 0  # the new one is selected

    # what came of it
    qtbot.mouseClick(tab.outcome_button, LEFT)
    outcome = tab.dialog
    assert outcome.outcome.currentData() == "pending"
    choose(outcome.outcome, "accepted")
    screenshot(outcome, "referral_outcome_dialog")
    qtbot.keyClick(outcome.outcome, Qt.Key.Key_Return)
    idle(ctx)
    assert closed(outcome)
    assert referrals.client_referrals(opened.db, worker, cid)[0].outcome == "accepted"
    assert tab.model.text(0, 5) == label(ReferralOutcome.ACCEPTED)
    screenshot(page, "referrals_tab")


def test_a_consent_recorded_on_the_consents_tab_reaches_the_referral_form_at_once(
    qtbot, gui_ctx, make_client, opened, staff, idle
):
    cid = make_client()
    partner = partners.add_partner(opened.db, opened.admin, "Поліція Оболоні", "state_body")
    ctx = gui_ctx(Role.CASE_WORKER)
    _page, card, tab = open_card(qtbot, ctx, idle, cid, "consents")
    qtbot.mouseClick(tab.record_button, LEFT)
    given = tab.dialog
    choose(given.kind, "sharing_with_partners")
    qtbot.keyClick(given.kind, Qt.Key.Key_Return)
    idle(ctx)
    referrals_tab = card.show_tab("referrals")
    idle(ctx)
    qtbot.mouseClick(referrals_tab.new_button, LEFT)
    dialog = referrals_tab.dialog
    idle(ctx)
    assert dialog.share.isEnabled()

    # withdrawn meanwhile at another desk: the service refuses, and the form says why
    [consent] = clients.get_client(opened.db, staff[Role.CASE_WORKER], cid).consents
    clients.withdraw_consent(opened.db, staff[Role.CASE_WORKER], consent.id, TODAY)
    choose(dialog.kind, "police")
    choose(dialog.partner, partner.id)
    qtbot.mouseClick(dialog.share, LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert dialog.isVisible() and dialog.consent_error_text()
    assert referrals.client_referrals(opened.db, staff[Role.CASE_WORKER], cid) == []


def test_nothing_new_is_recorded_for_an_archived_client(qtbot, gui_ctx, make_client, idle):
    cid = make_client(archived=True)
    ctx = gui_ctx(Role.CASE_WORKER)
    _page, card, risk = open_card(qtbot, ctx, idle, cid, "risk")
    assert risk.status.isVisible() and not risk.consent_notice.isVisible()
    assert not risk.disclose_button.isEnabled() and not risk.assess_button.isEnabled()
    referrals_tab = card.show_tab("referrals")
    idle(ctx)
    assert not referrals_tab.new_button.isEnabled()


@pytest.mark.parametrize(
    ("role", "tab_key", "buttons"),
    [
        (Role.ADMIN, "referrals", ("new_button", "outcome_button")),
        (Role.LAWYER, "referrals", ()),
        (Role.PSYCHOLOGIST, "referrals", ()),
    ],
)
def test_who_may_record_referrals(qtbot, gui_ctx, make_client, idle, role, tab_key, buttons):
    cid = make_client()
    ctx = gui_ctx(role)
    _page, _card, tab = open_card(qtbot, ctx, idle, cid, tab_key)
    hidden = set(buttons)
    for name in ("new_button", "outcome_button"):
        assert getattr(tab, name).isVisibleTo(tab) == (name not in hidden)
    if hidden:
        tab.new_referral()
        assert tab.dialog is None
