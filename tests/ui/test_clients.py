"""The Clients area driven like staff use it: search as you type, intake with a mistake
and its correction, the duplicate warning, the card and its tabs for each role, consents,
edits (and one refused because someone saved first), and a long list in batches."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from shelter_app import (
    audit,
    clients,
    consultations,
    courses,
    partners,
    referrals,
    safety,
    shelter,
)
from shelter_app import shelter_layout as layout
from shelter_app.permissions import Role
from shelter_app.settings import ClientListOpens
from shelter_app.shelter import ChildInfo
from tests.ui.conftest import type_text
from ui.clients.page import ClientsPage
from ui.display import date_text

ALL_TABS = [
    "profile",
    "case",
    "consents",
    "risk",
    "violence",  # issue 15
    "consultations",
    "courses",
    "stays",
    "children",  # issue 14
    "referrals",
    "history",
]
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def open_page(qtbot, ctx, idle, opens: ClientListOpens = ClientListOpens.NAMES) -> ClientsPage:
    """The page as it opens in a closed office (names listed) unless `opens` says."""
    ctx.set_settings(replace(ctx.settings, client_list_opens=opens))
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.activate()
    idle(ctx)
    return page


def start_intake(qtbot, page):
    qtbot.keyClick(page.search, Qt.Key.Key_N, CTRL)
    dialog = page.intake
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill_identity(fields, last: str, first: str, born: date) -> None:
    type_text(fields.last_name, last)
    type_text(fields.first_name, first)
    type_text(fields.birth_date.edit, date_text(born))


def codes_in_list(page) -> list[str]:
    return [page.model.summary(r).code for r in range(page.model.rowCount())]


# --- intake ----------------------------------------------------------------------------


def test_intake_shows_the_mistake_beside_the_field_then_saves_her(
    qtbot, gui_ctx, opened, staff, idle, screenshot, language
):
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    dialog = start_intake(qtbot, page)
    fields = dialog.fields
    fill_identity(fields, "Коваленко1", "Дар’я", date(1990, 5, 17))
    fields.categories["idp"].click()
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)

    assert dialog.isVisible()
    assert fields.error_text("last_name")  # the service's message, beside the surname
    assert not fields.error_text("first_name")
    assert clients.count_clients(opened.db, staff[Role.CASE_WORKER]) == 0
    assert fields.first_name.text() == "Дар’я"  # nothing typed is lost
    screenshot(dialog, "clients_intake_error")

    fields.last_name.setFocus()
    qtbot.keyClick(fields.last_name, Qt.Key.Key_End)
    qtbot.keyClick(fields.last_name, Qt.Key.Key_Backspace)
    qtbot.keyClick(fields.last_name, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: page.card is not None and page.card.card is not None)

    [stored] = clients.search_clients(opened.db, staff[Role.CASE_WORKER], "коваленко")
    assert stored.display_name == "Коваленко Дар’я"
    card = clients.get_client(opened.db, staff[Role.CASE_WORKER], stored.id)
    assert card.birth_date == date(1990, 5, 17) and card.categories == {"idp"}
    assert page.card.code_label.text() == stored.code  # her card opens, titled by code
    qtbot.mouseClick(page.card.back_button, LEFT)
    idle(ctx)
    assert stored.code in codes_in_list(page)


def test_duplicate_warning_opens_her_existing_card(
    qtbot, gui_ctx, make_client, opened, staff, idle, screenshot, language
):
    existing = make_client("Шевченко", "Оксана", birth_date=date(1990, 5, 17))
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    dialog = start_intake(qtbot, page)
    fill_identity(dialog.fields, "Шевченко", "Оксана", date(1990, 5, 17))
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)

    assert dialog.warning.isVisible()
    assert "K-2026-9001" in dialog.warning_text.text()
    assert "Шевченко Оксана" in dialog.matches.item(0).text()
    assert not dialog.save_button.isEnabled()  # she must choose
    qtbot.waitUntil(lambda: not dialog.scroll.verticalScrollBar().isVisible())  # grown
    screenshot(dialog, "clients_duplicate_warning")

    qtbot.mouseClick(dialog.open_button, LEFT)
    idle(ctx)
    assert page.card is not None and page.card.client_id == existing
    assert page.card.code_label.text() == "K-2026-9001"
    assert clients.count_clients(opened.db, staff[Role.CASE_WORKER]) == 1


def test_duplicate_warning_allows_a_second_woman_with_a_similar_name(
    qtbot, gui_ctx, make_client, opened, staff, idle
):
    make_client("Шевченко", "Оксана", birth_date=date(1990, 5, 17))
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    dialog = start_intake(qtbot, page)
    fill_identity(dialog.fields, "Шевченко", "Олена", date(1990, 5, 17))
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert dialog.warning.isVisible()
    type_text(dialog.fields.first_name, "а")  # a changed name needs a new check
    assert not dialog.warning.isVisible() and dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert dialog.warning.isVisible()
    qtbot.mouseClick(dialog.create_button, LEFT)
    qtbot.waitUntil(lambda: page.card is not None and page.card.card is not None)
    assert clients.count_clients(opened.db, staff[Role.CASE_WORKER], "шевченко") == 2


def test_roles_that_only_read_get_no_intake(qtbot, gui_ctx, idle):
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    page = open_page(qtbot, ctx, idle)
    assert not page.new_button.isVisibleTo(page)
    qtbot.keyClick(page.search, Qt.Key.Key_N, CTRL)
    assert page.intake is None


# --- search ------------------------------------------------------------------------------


def test_search_as_you_type_folds_case_and_apostrophes(
    qtbot, gui_ctx, make_client, idle, monkeypatch
):
    wanted = make_client("Ґонта", "Дар’я")
    make_client("Коваленко", "Олена")
    make_client("Дарченко", "Ірина", archived=True)
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    assert page.model.rowCount() == 2  # archived records stay out of everyday lists
    searches = []
    real = clients.search_clients
    monkeypatch.setattr(
        clients, "search_clients", lambda *a, **k: searches.append(a[2]) or real(*a, **k)
    )

    type_text(page.search, "дар'я")
    assert page._timer.isActive() and not searches  # waits until she stops typing
    qtbot.waitUntil(lambda: bool(searches) and not ctx.worker.busy, timeout=5_000)
    assert searches == ["дар'я"]  # one search for the whole word, not one per key
    assert [page.model.summary(r).id for r in range(page.model.rowCount())] == [wanted]
    assert page.count_label.text() == "1 client"

    page.search.clear()
    type_text(page.search, "ДАР")
    qtbot.waitUntil(lambda: searches[-1] == "ДАР" and not ctx.worker.busy, timeout=5_000)
    assert page.model.rowCount() == 1
    qtbot.mouseClick(page.archived, LEFT)  # include archived
    idle(ctx)
    names = {page.model.summary(r).display_name for r in range(page.model.rowCount())}
    assert names == {"Ґонта Дар’я", "Дарченко Ірина"}

    type_text(page.search, "zzz")
    qtbot.waitUntil(lambda: searches[-1] == "ДАРzzz" and not ctx.worker.busy, timeout=5_000)
    assert page.model.rowCount() == 0
    assert page.count_label.text().startswith("No client found")


def test_the_list_is_alphabetical_and_narrows_to_a_district(qtbot, gui_ctx, make_client, idle):
    make_client("Яковенко", "Олена", district="darnytskyi")
    make_client("Ґонта", "Дар’я", district="podilskyi")
    make_client("Іваненко", "Ірина", district="darnytskyi")
    make_client("Бондар", "Оксана", district="darnytskyi")
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    surnames = [page.model.summary(r).display_name.split()[0] for r in range(page.model.rowCount())]
    assert surnames == ["Бондар", "Ґонта", "Іваненко", "Яковенко"]
    page.district.setCurrentIndex(page.district.findData("darnytskyi"))
    idle(ctx)
    surnames = [page.model.summary(r).display_name.split()[0] for r in range(page.model.rowCount())]
    assert surnames == ["Бондар", "Іваненко", "Яковенко"]
    assert page.count_label.text() == "3 clients"


def test_the_newest_search_wins_when_answers_come_late(qtbot, gui_ctx, make_client, idle):
    make_client("Ґонта", "Дар’я")
    kovalenko = make_client("Коваленко", "Олена")
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    resets = []
    page.model.modelReset.connect(lambda: resets.append(page.model.rowCount()))
    page.model.search("Ґонта")
    page.model.search("Коваленко")  # typed on before the first answer came back
    idle(ctx)
    assert resets == [1]  # the stale answer was dropped, not shown and replaced
    assert page.model.summary(0).id == kovalenko


def test_enter_opens_her_card_which_is_titled_by_code_and_audited_once(
    qtbot, gui_ctx, make_client, opened, idle
):
    wanted = make_client("Ґонта", "Дар’я")
    make_client("Коваленко", "Олена")
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    qtbot.keyClick(page.search, Qt.Key.Key_F, CTRL)
    type_text(page.search, "ґонта")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # to the results
    idle(ctx)
    assert page.table.hasFocus() or page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    idle(ctx)

    card = page.card
    assert card is not None and card.client_id == wanted
    assert card.code_label.text() == "K-2026-9001"
    assert "Ґонта Дар’я" in card.details.text()
    assert card.tab("profile").values["first_name"].text() == "Дар’я"
    assert card.tab("consents").model.rowCount() == 0
    for window in QApplication.topLevelWidgets():
        assert "Ґонта" not in window.windowTitle()
    views = [
        e
        for e in audit.list_entries(opened.db, opened.admin, action="client.viewed")
        if e.target_id == str(wanted)
    ]
    assert len(views) == 1  # profile and consents use the card read once

    qtbot.keyClick(card.tabs, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back
    assert page.stack.currentWidget() is page.list_panel
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    row = page.model.row_of(wanted)
    rect = page.table.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), LEFT, pos=rect.center())
    idle(ctx)
    assert page.stack.currentWidget() is page.card and page.card.client_id == wanted


def test_navigate_to_opens_the_card(qtbot, gui_ctx, make_client, idle):
    wanted = make_client("Бойко", "Ніна")
    ctx = gui_ctx(Role.LAWYER)
    page = open_page(qtbot, ctx, idle)
    page.navigate_to(wanted)
    idle(ctx)
    assert page.card.client_id == wanted and page.card.code_label.text() == "K-2026-9001"


def test_a_long_list_arrives_in_batches(qtbot, gui_ctx, make_client, idle):
    surnames = ["Бойко", "Коваль", "Мельник", "Шевчук", "Ткаченко"]
    first_names = ["Олена", "Ірина", "Марія", "Наталія", "Оксана", "Тетяна"]
    for n in range(300):
        make_client(surnames[n % 5], first_names[n % 6], birth_date=date(1960 + n % 40, 1, 1))
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    model = page.model
    assert model.rowCount() == 100
    assert page.count_label.text() == "300 clients"
    assert model.canFetchMore(QModelIndex())

    page.table.scrollToBottom()  # the view asks for more at the end
    qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=5_000)
    idle(ctx)
    assert model.rowCount() == 200
    model.fetchMore(QModelIndex())
    idle(ctx)
    assert model.rowCount() == 300
    assert not model.canFetchMore(QModelIndex())
    assert len({model.summary(r).id for r in range(300)}) == 300  # no row twice


# --- the card per role ---------------------------------------------------------------------


def _consultations_of_both_kinds(opened, staff, client_id):
    now = datetime.now().replace(second=0, microsecond=0)
    consultations.log_consultation(
        opened.db,
        staff[Role.PSYCHOLOGIST],
        client_id,
        "psychological",
        now - timedelta(days=3),
        50,
        "in_person",
        ["trauma", "war_stress"],
        "follow_up",
        note="Працювали з тривогою.",
    )
    consultations.log_consultation(
        opened.db,
        staff[Role.LAWYER],
        client_id,
        "legal",
        now - timedelta(days=2),
        40,
        "phone",
        ["protection_order"],
        "completed",
        note="Пояснено порядок подання заяви.",
    )


@pytest.mark.parametrize(
    ("role", "tabs", "kinds", "notes"),
    [
        (
            Role.ADMIN,
            [t for t in ALL_TABS if t not in ("risk", "violence")],
            ["psychological", "legal"],
            False,
        ),
        (Role.CASE_WORKER, ALL_TABS, ["psychological", "legal"], False),
        (Role.PSYCHOLOGIST, ALL_TABS, ["psychological"], True),
        (Role.LAWYER, ALL_TABS, ["legal"], True),
    ],
)
def test_each_role_sees_only_the_tabs_it_may_read(
    qtbot, gui_ctx, make_client, opened, staff, idle, role, tabs, kinds, notes
):
    client_id = make_client("Ґонта", "Дар’я")
    _consultations_of_both_kinds(opened, staff, client_id)
    ctx = gui_ctx(role)
    page = open_page(qtbot, ctx, idle)
    card = page.open_client(client_id)
    idle(ctx)
    assert card.tab_keys() == tabs
    writer = role in (Role.ADMIN, Role.CASE_WORKER)
    assert card.tab("profile").edit_button.isVisibleTo(card) == writer
    assert page.new_button.isVisibleTo(page.list_panel) == writer

    tab = card.show_tab("consultations")
    idle(ctx)
    shown = [tab.model.text(r, 1) for r in range(tab.model.rowCount())]
    labels = {"psychological": "Psychological consultation", "legal": "Legal consultation"}
    assert sorted(shown) == sorted(labels[k] for k in kinds)
    assert tab.note.isVisibleTo(tab) == notes
    if notes:
        assert tab.note.toPlainText() in (
            "Працювали з тривогою.",
            "Пояснено порядок подання заяви.",
        )


# --- every tab with data, for the screenshots ------------------------------------------------


def _a_full_record(opened, staff) -> int:
    worker, admin = staff[Role.CASE_WORKER], opened.admin
    today = date.today()
    card = clients.create_client(
        opened.db,
        worker,
        clients.ClientForm(
            last_name="Ґонта",
            first_name="Дар’я",
            patronymic="Олександрівна",
            birth_date=date(1991, 3, 8),
            phone="+380 67 123 45 67",
            safe_to_call=True,
            district="darnytskyi",
            categories=frozenset({"idp", "with_children"}),
            came_via="hotline",
            first_contact_on=today - timedelta(days=40),
        ),
    )
    cid = card.id
    clients.update_client(
        opened.db, worker, cid, dataclasses.replace(card.form(), district="obolonskyi"), 1
    )
    clients.record_consent(opened.db, worker, cid, "data_processing", today - timedelta(days=40))
    clients.record_consent(opened.db, worker, cid, "special_category", today - timedelta(days=40))
    safety.record_disclosure(
        opened.db, worker, cid, {"physical", "psychological"}, True, 2, today - timedelta(days=39)
    )
    answers = {q.code: q.code in {"threat_to_kill", "stalking"} for q in safety.risk_questions()}
    safety.assess_risk(opened.db, worker, cid, answers, today - timedelta(days=39))
    safety.save_safety_plan(
        opened.db,
        worker,
        cid,
        today - timedelta(days=39),
        today + timedelta(days=20),
        "Тривожна валіза в сусідки. Кодове слово для дзвінка: «калина».",
    )
    _consultations_of_both_kinds(opened, staff, cid)
    course = courses.create_course(
        opened.db, admin, "Фінансова грамотність", 12, today - timedelta(days=10), today
    )
    courses.enrol(opened.db, worker, course.id, cid)
    room = layout.add_room(opened.db, admin, "Кімната 1", 3)
    bed = layout.add_bed(opened.db, admin, room.id, "A")
    shelter.admit(
        opened.db,
        worker,
        cid,
        bed.id,
        today - timedelta(days=30),
        "police",
        [ChildInfo(7, "female"), ChildInfo(3, "male")],
    )
    partner = partners.add_partner(
        opened.db, admin, "Центр безоплатної правничої допомоги", "state_body"
    )
    referrals.record_referral(
        opened.db, worker, cid, "out", "legal_aid", today - timedelta(days=5), partner.id
    )
    return cid


def test_every_tab_of_a_full_card(
    qtbot, gui_ctx, make_client, opened, staff, idle, screenshot, language
):
    cid = _a_full_record(opened, staff)
    for last, first in (("Бондар", "Ірина"), ("Мельник", "Наталія"), ("Іваненко", "Марія")):
        make_client(last, first)
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    assert page.model.rowCount() == 4
    screenshot(page, "clients_list")

    card = page.open_client(cid)
    idle(ctx)
    rows = {}
    for key in ALL_TABS:
        tab = card.show_tab(key)
        idle(ctx)
        screenshot(page, f"client_card_{key}")
        if hasattr(tab, "model"):
            rows[key] = tab.model.rowCount()
    assert rows == {
        "consents": 2,
        "consultations": 2,
        "courses": 1,
        "stays": 1,
        "children": 2,  # the stay's two children, each with a record
        "referrals": 1,
        "history": 1,
    }
    risk = card.tab("risk")
    assert risk.disclosures.rowCount() == 1 and risk.assessments.rowCount() == 1
    assert "калина" in risk.plan_text.toPlainText()
    assert card.tab("history").model.text(0, 2) in ("District", "Район")


# --- consents, edits, archive --------------------------------------------------------------


def test_recording_and_withdrawing_a_consent(
    qtbot, gui_ctx, make_client, opened, staff, idle, screenshot, language
):
    cid = make_client()
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    card = page.open_client(cid)
    idle(ctx)
    tab = card.show_tab("consents")
    qtbot.mouseClick(tab.record_button, LEFT)
    dialog = tab.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("special_category"))
    screenshot(dialog, "client_consent_dialog")
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return)
    idle(ctx)
    assert tab.model.rowCount() == 1 and tab.model.text(0, 3) in ("Yes", "Так")
    [consent] = clients.get_client(opened.db, staff[Role.CASE_WORKER], cid).consents
    assert consent.kind == "special_category" and consent.withdrawn_on is None

    qtbot.mouseClick(tab.record_button, LEFT)  # the same consent again is refused
    again = tab.dialog
    again.kind.setCurrentIndex(again.kind.findData("special_category"))
    qtbot.mouseClick(again.buttons.button(again.buttons.StandardButton.Save), LEFT)
    idle(ctx)
    assert again.isVisible() and again.form.error_text("kind")
    again.reject()

    tab.view.selectRow(0)
    qtbot.mouseClick(tab.withdraw_button, LEFT)
    withdraw = tab.dialog
    qtbot.mouseClick(withdraw.buttons.button(withdraw.buttons.StandardButton.Save), LEFT)
    idle(ctx)
    [consent] = clients.get_client(opened.db, staff[Role.CASE_WORKER], cid).consents
    assert consent.withdrawn_on == date.today()
    assert tab.model.text(0, 2) == date_text(date.today())
    assert not tab.withdraw_button.isEnabled()


def test_edit_saves_and_an_edit_after_someone_elses_save_is_refused(
    qtbot, gui_ctx, make_client, opened, staff, idle, screenshot, language
):
    cid = make_client("Ткаченко", "Марія")
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    card = page.open_client(cid)
    idle(ctx)
    profile = card.tab("profile")
    qtbot.mouseClick(profile.edit_button, LEFT)
    dialog = profile.dialog
    type_text(dialog.fields.phone, "+380 67 111 22 33")
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert profile.values["phone"].text() == "+380 67 111 22 33"
    stored = clients.get_client(opened.db, opened.admin, cid)
    assert stored.phone == "+380 67 111 22 33" and stored.version == 2
    history = card.show_tab("history")
    idle(ctx)
    assert history.model.text(0, 2) in ("Phone", "Телефон")

    card.show_tab("profile")
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(card.tabs, Qt.Key.Key_E, CTRL)  # Ctrl+E edits
    second = profile.dialog
    assert second is not None and second is not dialog and second.isVisible()
    # a colleague saves the record while the dialog is open
    clients.update_client(
        opened.db,
        opened.admin,
        cid,
        dataclasses.replace(stored.form(), district="podilskyi"),
        stored.version,
    )
    type_text(second.fields.patronymic, "Іванівна")
    qtbot.mouseClick(second.save_button, LEFT)
    idle(ctx)
    assert second.isVisible()  # her input stays
    assert second.fields.banner.isVisible()
    assert "Someone else saved" in second.fields.banner.text() or "хтось" in (
        second.fields.banner.text()
    )
    assert second.fields.patronymic.text() == "Іванівна"
    assert clients.get_client(opened.db, opened.admin, cid).patronymic is None
    idle(ctx)  # the card behind is read again, so the next edit starts from her record
    assert profile.card.district == "podilskyi" and profile.card.version == 3
    screenshot(second, "clients_edit_refused")


def test_archiving_takes_her_out_of_the_list(qtbot, gui_ctx, make_client, opened, idle):
    cid = make_client("Руденко", "Олена")
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    card = page.open_client(cid)
    idle(ctx)
    qtbot.mouseClick(card.archive_button, LEFT)
    box = card.archive_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    idle(ctx)
    assert card.status_label.text() == "archived"
    qtbot.mouseClick(card.back_button, LEFT)
    idle(ctx)
    assert page.model.rowCount() == 0
    page.open_client(cid)
    idle(ctx)
    qtbot.mouseClick(page.card.archive_button, LEFT)  # restore needs no confirmation
    idle(ctx)
    assert page.card.status_label.text() == "active"


def test_the_list_says_search_is_being_prepared_until_the_names_are_open(
    qtbot, gui_ctx, make_client, idle
):
    """Right after sign-in the worker opens the names (clients.prepare_search); a list
    asked for meanwhile says so instead of a bare "Searching…", then shows its rows."""
    make_client("Ґонта", "Дар’я")
    ctx = gui_ctx(Role.CASE_WORKER)
    ctx.set_settings(replace(ctx.settings, client_list_opens=ClientListOpens.NAMES))
    ctx.db.client_directory.forget()  # as at sign-in: nothing opened yet
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert page.count_label.text() == page.tr("Preparing search…")
    idle(ctx)
    assert clients.search_prepared(ctx.db)
    assert page.count_label.text() == "1 client"
    page.model.set_rows([])
    page.search_now()
    assert page.count_label.text() == page.tr("Searching…")
    idle(ctx)
