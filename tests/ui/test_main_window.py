"""The main window: title, areas by role, remembered size and area, one per database."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtWidgets import QMessageBox

from shelter_app.permissions import Role
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.instance_lock import InstanceLock
from ui import app as app_module
from ui.areas import AREAS
from ui.main_window import MainWindow


def test_title_names_only_the_program(qtbot, gui_ctx, ukrainian, screenshot):
    window = MainWindow(gui_ctx(Role.CASE_WORKER))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Оберіг"
    assert "Працює: Staff caseworker" in window.user_label.text()
    screenshot(window, "main_window")


def test_size_and_last_area_are_remembered(qtbot, gui_ctx):
    ctx = gui_ctx(Role.ADMIN)
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(1250, 700)  # wider than any area needs (administration: ~1230)
    keys = first.area_keys()
    first.nav.setCurrentRow(len(keys) - 1)
    first.save_state()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == first.size()
    assert again.nav.currentRow() == len(keys) - 1


def test_every_list_of_an_area_remembers_her_column_widths_and_not_a_colleagues(
    qtbot, gui_ctx, idle
):
    from PySide6.QtWidgets import QTableView

    def lists(ctx, area: str) -> list[QTableView]:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        page = window.page(area)
        idle(ctx)
        return [v for v in page.findChildren(QTableView) if v.model() is not None]

    psychologist = gui_ctx(Role.PSYCHOLOGIST)
    views = lists(psychologist, "consultations")
    assert views  # the area has lists to remember
    header = views[0].horizontalHeader()
    header.resizeSection(0, 173)
    again = lists(psychologist, "consultations")  # the same user, later
    assert again[0].horizontalHeader().sectionSize(0) == 173
    colleague = lists(gui_ctx(Role.LAWYER), "consultations")
    assert colleague[0].horizontalHeader().sectionSize(0) != 173


def test_second_window_on_the_same_database_gets_a_clear_message(tmp_path, qapp, monkeypatch):
    db = tmp_path / "oberih.db"
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text))
    )
    args = argparse.Namespace(gui_db=str(db), lang="en", demo=False)
    with InstanceLock(DatabasePaths.for_database(db)):
        code = app_module.run_gui(args)
    assert code == 9
    assert shown == ["Oberih already has this database open, on this or another computer."]


@pytest.mark.parametrize("role", list(Role))
def test_every_role_gets_a_window_with_lock_and_quick_exit(qtbot, gui_ctx, role):
    window = MainWindow(gui_ctx(role))
    qtbot.addWidget(window)
    window.show()
    assert window.quick_exit_button.isVisibleTo(window)
    assert window.lock_button.isVisibleTo(window)


EXPECTED_AREAS = {
    Role.ADMIN: [
        "dashboard",
        "clients",
        "consultations",
        "programmes",
        "shelter",
        "reports",
        "administration",
    ],
    Role.HEAD: [
        "dashboard",
        "clients",
        "consultations",
        "contacts",
        "programmes",
        "shelter",
        "reports",
        "cases",
    ],
    Role.CASE_WORKER: [
        "dashboard",
        "clients",
        "consultations",
        "contacts",
        "programmes",
        "shelter",
        "cases",
    ],
    Role.PSYCHOLOGIST: ["dashboard", "clients", "consultations", "programmes", "shelter", "cases"],
    Role.LAWYER: ["dashboard", "clients", "consultations", "programmes", "shelter", "cases"],
    Role.TRAINER: ["dashboard", "programmes"],
    Role.OPERATOR: ["dashboard", "contacts"],
    Role.COORDINATOR: ["dashboard", "reports"],
}


@pytest.mark.parametrize("role", list(Role))
def test_each_role_sees_exactly_its_areas(qtbot, gui_ctx, role, screenshot):
    window = MainWindow(gui_ctx(role))
    qtbot.addWidget(window)
    window.show()
    assert window.area_keys() == EXPECTED_AREAS[role]
    assert window.nav.count() == len(EXPECTED_AREAS[role])
    screenshot(window, f"main_window_{role.value}")


@pytest.mark.parametrize(
    ("role", "area"),
    [(Role.OPERATOR, "contacts"), (Role.TRAINER, "programmes"), (Role.CASE_WORKER, "dashboard")],
)
def test_the_first_window_opens_where_the_role_works(qtbot, gui_ctx, role, area):
    window = MainWindow(gui_ctx(role))
    qtbot.addWidget(window)
    window.show()
    assert window.area_keys()[window.nav.currentRow()] == area


def test_every_area_has_its_own_shortcut():
    shortcuts = [a.shortcut for a in AREAS]
    assert len(set(shortcuts)) == len(shortcuts), shortcuts


def test_a_name_with_percent_markers_shows_as_typed(qtbot, opened, staff, worker):
    from shelter_app import accounts
    from shelter_app.settings import get_settings
    from ui.context import AppContext

    accounts.create_account(
        opened.db, opened.admin, "olena", "Олена %2 %1", "lawyer", "Staff-pass-12"
    )
    user = opened.db.sign_in_again("olena", "Staff-pass-12")
    window = MainWindow(AppContext(opened.db, user, worker, get_settings(opened.db, user)))
    qtbot.addWidget(window)
    assert window.user_label.text() == "Signed in: Олена %2 %1 — lawyer"
