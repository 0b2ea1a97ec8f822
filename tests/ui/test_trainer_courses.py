"""The trainer's course list: names on her own course, none on a colleague's; she takes a
course nobody runs from the trainer picker. Screenshots in both languages."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from shelter_app import course_trainers, courses
from shelter_app.permissions import Role
from tests.ui.test_programmes import click_row, shown
from ui.programmes.page import ProgrammesPage

TODAY = date.today()


@pytest.fixture
def open_page(qtbot, gui_ctx, idle):
    def make(role: Role):
        ctx = gui_ctx(role)
        page = ProgrammesPage(ctx)
        qtbot.addWidget(page)
        page.resize(1200, 760)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        page.activate()
        idle(ctx)
        return ctx, page

    return make


@pytest.fixture
def two_courses(opened, staff, make_client):
    worker, trainer = staff[Role.CASE_WORKER], staff[Role.TRAINER]
    start, end = TODAY - timedelta(days=14), TODAY + timedelta(days=30)
    own = courses.create_course(opened.db, worker, "Комп'ютерна грамотність", 8, start, end)
    other = courses.create_course(opened.db, worker, "Англійська мова", 8, start, end)
    course_trainers.assign_trainer(opened.db, worker, own.id, trainer.account_id)
    for last, first in (("Коваленко", "Олена"), ("Бондар", "Ірина"), ("Мельник", "Марія")):
        client = make_client(last, first)
        for course in (own, other):
            courses.enrol(opened.db, worker, course.id, client, start)
    day = datetime.combine(TODAY - timedelta(days=2), datetime.min.time()).replace(hour=10)
    courses.add_session(opened.db, trainer, own.id, day, 120)
    return own, other


def _row_of(tab, course_id) -> int:
    return [c.id for c in tab.model.rows].index(course_id)


def test_the_trainer_sees_names_on_her_course_only(
    qtbot, open_page, idle, opened, staff, two_courses, language, screenshot
):
    own, other = two_courses
    ctx, page = open_page(Role.TRAINER)
    tab = page.courses
    click_row(qtbot, tab.view, _row_of(tab, own.id))
    idle(ctx)
    names = shown(tab.participants.view, 0)
    assert sorted(n.split()[0] for n in names) == ["Бондар", "Коваленко", "Мельник"]
    assert tab.trainer_bar.combo.currentData() == staff[Role.TRAINER].account_id
    assert tab.sessions.attendance_button.isVisible()
    screenshot(page, "14-trainer_course_list")

    click_row(qtbot, tab.view, _row_of(tab, other.id))
    idle(ctx)
    assert tab.participants.model.rowCount() == 0
    assert tab.trainer_bar.hint.text() != ""
    assert not tab.sessions.attendance_button.isEnabled()

    # she takes the course nobody runs: its list opens
    combo = tab.trainer_bar.combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    idle(ctx)
    idle(ctx)
    assert course_trainers.course_trainer(opened.db, staff[Role.TRAINER], other.id) == (
        staff[Role.TRAINER].account_id
    )
    qtbot.waitUntil(lambda: tab.participants.model.rowCount() == 3)
