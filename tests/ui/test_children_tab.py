"""The Children tab of the client card: the case worker adds a child, the psychologist
logs a session with her, roles without client files do not see it. Screenshots."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shelter_app import children
from shelter_app.permissions import Role
from tests.ui.conftest import type_text
from tests.ui.test_risk_referrals import closed, open_card, set_date
from ui.clients.tabs.children import ChildDialog, ChildrenTab, ChildSessionDialog

LEFT = Qt.MouseButton.LeftButton
TODAY = date.today()


def _dialog(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5_000)
    return QApplication.activeModalWidget()


def test_the_case_worker_adds_a_child_and_the_psychologist_logs_a_session(
    qtbot, gui_ctx, idle, opened, make_client
):
    mother = make_client()
    ctx = gui_ctx(Role.CASE_WORKER)
    _page, _card, tab = open_card(qtbot, ctx, idle, mother, "children")
    assert tab.status.text() == "No children are recorded with this client."
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = _dialog(qtbot, ChildDialog)
    type_text(dialog.first_name, "Софія")
    set_date(dialog.birth_date, TODAY - timedelta(days=365 * 6 + 30))
    type_text(dialog.school, "Школа № 5")
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert closed(dialog)
    idle(ctx)
    assert tab.model.rowCount() == 1 and tab.model.text(0, 0) == "Софія"
    assert tab.model.text(0, 2) == "6" and tab.model.text(0, 4) == "Школа № 5"
    assert not tab.session_button.isVisible()  # a case worker does not log sessions

    psy = gui_ctx(Role.PSYCHOLOGIST)
    _page, _card, ptab = open_card(qtbot, psy, idle, mother, "children")
    assert not ptab.add_button.isVisible()
    qtbot.mouseClick(ptab.session_button, LEFT)
    session = _dialog(qtbot, ChildSessionDialog)
    qtbot.mouseClick(session.save_button, LEFT)
    idle(psy)
    assert closed(session)
    idle(psy)
    qtbot.waitUntil(lambda: "45 min with Staff psychologist" in ptab.sessions.text())


def test_a_bad_birth_date_stays_in_the_dialog(qtbot, gui_ctx, idle, make_client):
    mother = make_client()
    ctx = gui_ctx(Role.CASE_WORKER)
    _page, _card, tab = open_card(qtbot, ctx, idle, mother, "children")
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = _dialog(qtbot, ChildDialog)
    type_text(dialog.first_name, "Іван")
    set_date(dialog.birth_date, date(1990, 1, 1))  # an adult
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert dialog.isVisible()
    assert "under 18" in dialog.form.error_text("birth_date")
    dialog.reject()


@pytest.mark.parametrize("role", [Role.TRAINER, Role.OPERATOR, Role.COORDINATOR])
def test_roles_without_client_files_have_no_children_tab(gui_ctx, role):
    assert not ChildrenTab.visible_for(gui_ctx(role))


def test_screenshot_of_a_child_record(
    qtbot, gui_ctx, idle, opened, staff, make_client, language, screenshot
):
    mother = make_client()
    for name, born, sex, school in (
        ("Софія", date(2019, 6, 1), "female", "Дитячий садок № 12"),
        ("Тарас", date(2012, 2, 3), "male", "Школа № 214"),
    ):
        children.add_child(opened.db, opened.admin, mother, name, born, sex, school)
    kid = children.family_children(opened.db, opened.admin, mother)[0]
    children.log_child_session(opened.db, staff[Role.PSYCHOLOGIST], kid.id, TODAY, 45)
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    page, _card, tab = open_card(qtbot, ctx, idle, mother, "children")
    qtbot.waitUntil(lambda: ": 45 " in tab.sessions.text())
    screenshot(page, "14-child_record")
    qtbot.mouseClick(tab.session_button, LEFT)
    dialog = _dialog(qtbot, ChildSessionDialog)
    screenshot(dialog, "14-child_session_dialog")
    dialog.reject()


def test_screenshot_of_a_mans_card(qtbot, gui_ctx, idle, opened, make_client, language, screenshot):
    from shelter_app.permissions import Permission
    from shelter_app.search_key import client_search_key, client_sort_key
    from shelter_app.storage.casework_schema import Client

    man = make_client("Ткачук", "Андрій", birth_date=date(1984, 3, 9))
    with opened.db.unit_of_work(opened.admin, Permission.WRITE_CLIENTS, write=True) as uow:
        row = uow.session.get(Client, man)
        row.sex, row.patronymic = "male", "Петрович"
        row.search_key = client_search_key(row.code, "Ткачук", "Андрій", "Петрович")
        row.sort_key = client_sort_key("Ткачук", "Андрій", "Петрович")
        uow.commit()
    ctx = gui_ctx(Role.CASE_WORKER)
    page, card, _tab = open_card(qtbot, ctx, idle, man, "profile")
    assert "Ткачук Андрій" in card.details.text()
    screenshot(page, "14-man_card")
    card.show_tab("stays")
    idle(ctx)
    screenshot(page, "14-man_card_stays")


def test_a_teenager_who_is_a_client_herself_is_linked(qtbot, gui_ctx, idle, opened, make_client):
    from tests.ui.test_programmes import pick_client

    mother = make_client("Коваленко", "Олена")
    make_client("Гнатюк", "Дарина", birth_date=TODAY.replace(year=TODAY.year - 15))
    ctx = gui_ctx(Role.CASE_WORKER)
    _page, _card, tab = open_card(qtbot, ctx, idle, mother, "children")
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = _dialog(qtbot, ChildDialog)
    type_text(dialog.first_name, "Дарина")
    set_date(dialog.birth_date, TODAY.replace(year=TODAY.year - 15) - timedelta(days=3))
    pick_client(qtbot, dialog.own_client, "Гнат")
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert closed(dialog)
    (child,) = children.family_children(opened.db, opened.admin, mother)
    assert child.own_client_id is not None and child.guardian_client_id == mother
    idle(ctx)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.text(0, 5) == "yes")
