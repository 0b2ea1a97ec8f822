"""Views refresh from the change notice of a write made anywhere in the window: the
client card's Referrals, Courses and Risk tabs used to listen for "referrals", "courses",
"risk" and "safety", which nothing ever sent, so a write made elsewhere left them stale."""

from __future__ import annotations

from datetime import date, timedelta

from shelter_app import clients, courses, partners, referrals, safety
from shelter_app.changes import Changes, Kind
from shelter_app.permissions import Role
from ui.clients.page import ClientsPage

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
    return card, tab


def test_a_referral_recorded_elsewhere_appears_on_her_open_card(
    qtbot, gui_ctx, make_client, opened, idle
):
    partner = partners.add_partner(opened.db, opened.admin, "Поліція Оболоні", "state_body")
    cid = make_client()
    ctx = gui_ctx(Role.CASE_WORKER)
    _card, tab = open_card(qtbot, ctx, idle, cid, "referrals")
    assert tab.model.rowCount() == 0
    seen: list[Changes] = []
    ctx.changed.connect(seen.append)
    ctx.call(referrals.record_referral, cid, "out", "legal_aid", TODAY, partner.id)
    idle(ctx)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5_000)
    assert seen[-1].touches(Kind.REFERRALS) and seen[-1].concerns(cid)


def test_an_enrolment_made_elsewhere_makes_her_courses_tab_stale(
    qtbot, gui_ctx, make_client, opened, idle
):
    course = courses.create_course(
        opened.db, opened.admin, "Фінансова грамотність", 12, TODAY - timedelta(days=3), TODAY
    )
    cid = make_client()
    ctx = gui_ctx(Role.CASE_WORKER)
    card, courses_tab = open_card(qtbot, ctx, idle, cid, "courses")
    assert courses_tab.model.rowCount() == 0
    card.show_tab("profile")
    idle(ctx)
    ctx.call(courses.enrol, course.id, cid)  # as the Courses area does
    idle(ctx)
    assert courses_tab.stale  # not shown: it reloads when shown, not before
    card.show_tab("courses")
    idle(ctx)
    assert courses_tab.model.rowCount() == 1


def test_risk_and_safety_recorded_elsewhere_show_on_the_risk_tab(
    qtbot, gui_ctx, make_client, opened, staff, idle
):
    worker = staff[Role.CASE_WORKER]
    cid = make_client()
    clients.record_consent(opened.db, worker, cid, "special_category", TODAY)
    ctx = gui_ctx(Role.CASE_WORKER)
    _card, tab = open_card(qtbot, ctx, idle, cid, "risk")
    assert tab.disclosures.rowCount() == 0
    ctx.call(safety.record_disclosure, cid, {"physical"}, False, 0, TODAY)
    idle(ctx)
    qtbot.waitUntil(lambda: tab.disclosures.rowCount() == 1, timeout=5_000)
    ctx.call(safety.save_safety_plan, cid, TODAY, TODAY + timedelta(days=20), "Кодове слово")
    idle(ctx)
    qtbot.waitUntil(lambda: "Кодове слово" in tab.plan_text.toPlainText(), timeout=5_000)


def test_another_clients_change_does_not_reload_her_card(qtbot, gui_ctx, make_client, opened, idle):
    partner = partners.add_partner(opened.db, opened.admin, "Поліція Оболоні", "state_body")
    hers, other = make_client(), make_client("Бондар", "Ірина")
    ctx = gui_ctx(Role.CASE_WORKER)
    _card, tab = open_card(qtbot, ctx, idle, hers, "referrals")
    loads: list[int] = []
    tab.load = lambda: loads.append(1)
    ctx.call(referrals.record_referral, other, "out", "legal_aid", TODAY, partner.id)
    idle(ctx)
    assert loads == [] and not tab.stale
    ctx.changed.emit(Changes.of(Kind.REFERRALS))  # a change for any client does reload it
    assert loads == [1]
