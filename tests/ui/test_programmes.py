"""Courses and events driven as the case worker uses them: a course with two places and a
waiting list, a session whose attendance is taken by ticking names, completion, an event
with head counts and partners, the partner register; a psychologist only looks."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from shiboken6 import isValid

from shelter_app import courses, events, partners
from shelter_app.permissions import Role
from tests.ui.conftest import type_text
from ui.display import to_qdate
from ui.forms import ErrorForm
from ui.programmes import ConfirmDialog
from ui.programmes.course_dialogs import (
    AttendanceDialog,
    CompleteDialog,
    CourseDialog,
    EnrolDialog,
    SessionDialog,
)
from ui.programmes.events import EventDialog
from ui.programmes.page import ProgrammesPage
from ui.programmes.partners import PartnerDialog

TODAY = date.today()
LEFT = Qt.MouseButton.LeftButton


# --- helpers ------------------------------------------------------------------------------


@pytest.fixture
def open_page(qtbot, gui_ctx, idle):
    def make(role: Role = Role.CASE_WORKER):
        ctx = gui_ctx(role)
        page = ProgrammesPage(ctx)
        qtbot.addWidget(page)
        page.resize(1040, 700)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        page.activate()
        idle(ctx)
        return ctx, page

    return make


@pytest.fixture
def as_caseworker(opened, staff):
    """Call a service as the case worker would (set-up that other tests drive)."""
    return lambda service, *args, **kw: service(opened.db, staff[Role.CASE_WORKER], *args, **kw)


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, LEFT)


def dialog_of(qtbot, kind: type) -> QWidget:
    """The window-modal dialog the last click opened."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5_000)
    dialog = QApplication.activeModalWidget()
    qtbot.waitExposed(dialog)
    return dialog


def close_dialog(qtbot, dialog: QWidget, idle, ctx) -> None:
    """Click the dialog's Save (or its other action) and wait for the service and the
    refresh that follows."""
    qtbot.mouseClick(dialog.ok_button, LEFT)
    idle(ctx)


def closed(dialog: QWidget) -> bool:
    return not isValid(dialog) or not dialog.isVisible()


def click_row(qtbot, view: QTableView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
    assert view.selectionModel().selectedRows()[0].row() == row


def shown(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def roster_row(page: ProgrammesPage, code: str) -> int:
    return [r.client_code for r in page.courses.participants.model.rows].index(code)


def pick_client(qtbot, picker, text: str) -> None:
    """Type part of her name, then choose her in the drop-down with the keyboard."""
    type_text(picker, text)
    qtbot.waitUntil(lambda: picker._model.rowCount() >= 1, timeout=5_000)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.client_id is not None, timeout=5_000)


def course_with_places(as_caseworker, places: int = 2) -> courses.CourseRecord:
    return as_caseworker(
        courses.create_course,
        "Фінансова грамотність",
        places,
        TODAY - timedelta(days=14),
        TODAY + timedelta(days=30),
    )


def three_women(make_client) -> list[int]:
    return [
        make_client("Коваленко", "Олена"),
        make_client("Бондар", "Ірина"),
        make_client("Ґонта", "Дар’я"),
    ]


def enrol_in_gui(qtbot, page, ctx, idle, name: str) -> str:
    """Enrol her as the case worker does; returns what the dialog said about places."""
    click(qtbot, page.courses.participants.enrol_button)
    dialog = dialog_of(qtbot, EnrolDialog)
    said = dialog.places.text()
    pick_client(qtbot, dialog.picker, name)
    close_dialog(qtbot, dialog, idle, ctx)
    assert closed(dialog)
    return said


# --- courses ------------------------------------------------------------------------------


def test_case_worker_creates_a_course_with_two_places(qtbot, open_page, idle, opened, staff):
    ctx, page = open_page()
    tab = page.courses
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = dialog_of(qtbot, CourseDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title)  # typing at once
    type_text(dialog.title, "Фінансова грамотність")
    dialog.capacity.lineEdit().selectAll()
    qtbot.keyClicks(dialog.capacity, "2")
    dialog.starts_on.setDate(dialog.starts_on.date().addDays(-7))
    assert dialog.aim.currentData() == "not_stated"  # a new course's aim is a choice made
    dialog.aim.setFocus()
    for _ in range(dialog.aim.count()):  # by keyboard, up from "not stated" (last)
        if dialog.aim.currentData() == "economic_empowerment":
            break
        qtbot.keyClick(dialog.aim, Qt.Key.Key_Up)
    assert dialog.aim.currentData() == "economic_empowerment"
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter = Save
    idle(ctx)
    assert closed(dialog)
    assert shown(tab.view, 0) == ["Фінансова грамотність"]
    assert shown(tab.view, 2) == ["0 of 2"]
    assert tab.course is not None and tab.course.title == "Фінансова грамотність"
    stored = courses.list_courses(opened.db, staff[Role.CASE_WORKER])
    assert [(c.title, c.capacity, c.aim) for c in stored] == [
        ("Фінансова грамотність", 2, "economic_empowerment")
    ]
    # editing shows the aim chosen, and saving without touching it keeps it
    again = CourseDialog(ctx, page, stored[0])
    qtbot.addWidget(again)
    assert again.aim.currentText() == "Economic empowerment"


def test_a_course_ending_before_it_starts_is_refused_beside_the_end_date(
    qtbot, open_page, idle, opened, staff
):
    ctx, page = open_page()
    click(qtbot, page.courses.new_button)
    dialog = dialog_of(qtbot, CourseDialog)
    qtbot.keyClicks(dialog.title, "Self-defence")
    dialog.ends_on.setDate(dialog.starts_on.date().addDays(-1))
    close_dialog(qtbot, dialog, idle, ctx)
    assert dialog.isVisible()  # her input stays
    assert dialog.form.error_text("ends_on")
    assert dialog.title.text() == "Self-defence"
    assert courses.list_courses(opened.db, staff[Role.CASE_WORKER]) == []
    dialog.reject()


def test_third_woman_waits_and_moves_in_when_one_withdraws(
    qtbot, open_page, idle, as_caseworker, make_client, opened, staff
):
    course = course_with_places(as_caseworker)
    first, _second, third = three_women(make_client)
    ctx, page = open_page()
    tab = page.courses
    said = [enrol_in_gui(qtbot, page, ctx, idle, name) for name in ("Коваленко", "Бондар", "Ґонта")]
    assert said[0].startswith("0 of 2 places taken: she gets a place")
    assert "she goes on the waiting list as no. 1" in said[2]
    assert shown(tab.participants.view, 2) == ["Enrolled", "Enrolled", "Waiting list, no. 1"]
    assert "K-2026-9003 is on the waiting list, no. 1." in tab.participants.note.text()
    assert shown(tab.view, 2) == ["2 of 2"] and shown(tab.view, 3) == ["1"]

    click_row(qtbot, tab.participants.view, roster_row(page, "K-2026-9001"))
    click(qtbot, tab.participants.withdraw_button)
    confirm = dialog_of(qtbot, ConfirmDialog)
    assert "moves into her place" in confirm.question.text()
    close_dialog(qtbot, confirm, idle, ctx)

    statuses = dict(
        zip(shown(tab.participants.view, 1), shown(tab.participants.view, 2), strict=True)
    )
    assert statuses == {
        "K-2026-9002": "Enrolled",
        "K-2026-9003": "Enrolled",
        "K-2026-9001": "Withdrawn",
    }
    assert "Moved in from the waiting list: K-2026-9003." in tab.participants.note.text()
    assert shown(tab.view, 3) == ["0"]
    stored = {
        e.client_id: e.status
        for e in courses.course_roster(opened.db, staff[Role.CASE_WORKER], course.id)
    }
    assert stored == {first: "withdrawn", _second: "enrolled", third: "enrolled"}


def test_attendance_is_taken_by_ticking_names(
    qtbot, open_page, idle, as_caseworker, make_client, opened, staff
):
    course = course_with_places(as_caseworker, places=3)
    for client in three_women(make_client):
        as_caseworker(courses.enrol, course.id, client, TODAY - timedelta(days=14))
    ctx, page = open_page()
    tab = page.courses

    click(qtbot, tab.sessions.add_button)
    dialog = dialog_of(qtbot, SessionDialog)
    dialog.day.setDate(to_qdate(TODAY - timedelta(days=1)))
    qtbot.keyClicks(dialog.topic, "Budget")
    close_dialog(qtbot, dialog, idle, ctx)
    assert shown(tab.sessions.view, 3) == ["not taken yet"]

    click_row(qtbot, tab.sessions.view, 0)
    click(qtbot, tab.sessions.attendance_button)
    checklist = dialog_of(qtbot, AttendanceDialog)
    idle(ctx)
    assert len(checklist.items()) == 3
    for name in ("Коваленко", "Ґонта"):  # tick with the keyboard: Space on her name
        checklist.names.setCurrentItem(checklist.item_for(name))
        qtbot.keyClick(checklist.names, Qt.Key.Key_Space)
    assert checklist.count.text() == "Present: 2 of 3"
    qtbot.mouseClick(checklist.save_button, LEFT)
    idle(ctx)
    assert closed(checklist)

    assert shown(tab.sessions.view, 3) == ["2 present"]
    session_id = tab.sessions.model.rows[0].id
    stored = courses.session_attendance(opened.db, staff[Role.CASE_WORKER], session_id)
    present = {r.display_name.split()[0]: r.present for r in stored.rows}
    assert present == {"Коваленко": True, "Бондар": False, "Ґонта": True}
    assert shown(tab.participants.view, 4) == ["1 of 1", "0 of 1", "1 of 1"]


def test_attendance_of_a_session_not_held_yet_is_refused_in_the_checklist(
    qtbot, open_page, idle, as_caseworker, make_client
):
    course = course_with_places(as_caseworker)
    as_caseworker(courses.enrol, course.id, make_client())
    as_caseworker(
        courses.add_session, course.id, datetime.combine(TODAY + timedelta(days=2), time(10)), 90
    )
    ctx, page = open_page()
    click(qtbot, page.courses.sessions.attendance_button)
    checklist = dialog_of(qtbot, AttendanceDialog)
    idle(ctx)
    checklist._tick_all(True)
    qtbot.mouseClick(checklist.save_button, LEFT)
    idle(ctx)
    assert checklist.isVisible()
    assert "once the session has taken place" in checklist.form.banner.text()
    assert checklist.present() == {checklist.items()[0].data(Qt.ItemDataRole.UserRole)}
    checklist.reject()


def test_completing_a_participant(
    qtbot, open_page, idle, as_caseworker, make_client, opened, staff
):
    course = course_with_places(as_caseworker)
    client = make_client("Коваленко", "Олена")
    as_caseworker(courses.enrol, course.id, client)
    ctx, page = open_page()
    tab = page.courses
    click_row(qtbot, tab.participants.view, 0)
    click(qtbot, tab.participants.complete_button)
    dialog = dialog_of(qtbot, CompleteDialog)
    close_dialog(qtbot, dialog, idle, ctx)
    assert shown(tab.participants.view, 2) == ["Completed"]
    assert "K-2026-9001 completed the course." in tab.participants.note.text()
    stored = courses.course_roster(opened.db, staff[Role.CASE_WORKER], course.id)
    assert [(e.status, e.completed_on) for e in stored] == [("completed", TODAY)]


def test_moving_a_session_and_removing_one(qtbot, open_page, idle, as_caseworker, opened, staff):
    course = course_with_places(as_caseworker)
    for days in (1, 8):
        start = datetime.combine(TODAY + timedelta(days=days), time(10))
        as_caseworker(courses.add_session, course.id, start, 90)
    ctx, page = open_page()
    tab = page.courses
    click_row(qtbot, tab.sessions.view, 0)
    click(qtbot, tab.sessions.move_button)
    dialog = dialog_of(qtbot, SessionDialog)
    dialog.day.setDate(to_qdate(TODAY + timedelta(days=2)))
    dialog.time.setTime(dialog.time.time().addSecs(4 * 3600))  # 14:00: the room was busy
    close_dialog(qtbot, dialog, idle, ctx)
    assert shown(tab.sessions.view, 1)[0] == "14:00–15:30"
    click_row(qtbot, tab.sessions.view, 1)
    click(qtbot, tab.sessions.remove_button)
    close_dialog(qtbot, dialog_of(qtbot, ConfirmDialog), idle, ctx)
    stored = courses.list_sessions(opened.db, staff[Role.CASE_WORKER], course.id)
    assert [s.starts_at for s in stored] == [datetime.combine(TODAY + timedelta(days=2), time(14))]
    assert tab.sessions.model.rowCount() == 1 and shown(tab.view, 4) == ["1"]


def test_a_session_outside_the_course_dates_is_refused_beside_the_date(
    qtbot, open_page, idle, as_caseworker
):
    course_with_places(as_caseworker)
    ctx, page = open_page()
    click(qtbot, page.courses.sessions.add_button)
    dialog = dialog_of(qtbot, SessionDialog)
    dialog.day.setDate(to_qdate(TODAY + timedelta(days=90)))
    close_dialog(qtbot, dialog, idle, ctx)
    assert "within the course dates" in dialog.form.error_text("starts_at")
    assert page.courses.sessions.model.rowCount() == 0
    dialog.reject()


def test_archiving_a_course_and_restoring_it(qtbot, open_page, idle, as_caseworker, opened, staff):
    course = course_with_places(as_caseworker)
    ctx, page = open_page()
    tab = page.courses
    click(qtbot, tab.archive_button)
    close_dialog(qtbot, dialog_of(qtbot, ConfirmDialog), idle, ctx)
    assert tab.model.rowCount() == 0
    qtbot.mouseClick(tab.show_archived, LEFT)
    idle(ctx)
    assert shown(tab.view, 0) == ["Фінансова грамотність (archived)"]
    assert not tab.participants.enrol_button.isEnabled()
    assert not tab.sessions.add_button.isEnabled()
    click(qtbot, tab.archive_button)  # now "Restore"
    idle(ctx)
    assert shown(tab.view, 0) == ["Фінансова грамотність"]
    assert not courses.get_course(opened.db, staff[Role.CASE_WORKER], course.id).archived


# --- events and partners ------------------------------------------------------------------


def test_an_event_with_head_counts_and_two_partners(
    qtbot, open_page, idle, as_caseworker, opened, staff
):
    strada = as_caseworker(partners.add_partner, "ГО «Ла Страда-Україна»", "ngo")
    police = as_caseworker(partners.add_partner, "Ювенальна поліція Києва", "state_body")
    as_caseworker(partners.add_partner, "Фонд «Крок»", "ngo")
    ctx, page = open_page()
    page.tabs.setCurrentWidget(page.events)
    idle(ctx)
    tab = page.events
    click(qtbot, tab.record_button)
    dialog = dialog_of(qtbot, EventDialog)
    idle(ctx)  # the partner register
    type_text(dialog.title, "Тиждень протидії насильству")
    dialog.kind.setCurrentIndex(dialog.kind.findData("city_event"))
    dialog.aim.setCurrentIndex(dialog.aim.findData("sixteen_days"))
    for box, count in ((dialog.women, "40"), (dialog.men, "6"), (dialog.children, "12")):
        box.lineEdit().selectAll()
        qtbot.keyClicks(box, count)
    type_text(dialog.partners.filter, "страда")
    assert [i.isHidden() for i in dialog.partners.items()] == [False, True, True]
    dialog.partners.tick("ГО «Ла Страда-Україна»")
    dialog.partners.filter.clear()
    dialog.partners.tick("Ювенальна поліція Києва")
    assert dialog.partners.chosen.text() == "Chosen: 2"
    close_dialog(qtbot, dialog, idle, ctx)
    assert closed(dialog)

    assert shown(tab.view, 2) == ["Тиждень протидії насильству"]
    assert shown(tab.view, 6) == ["58"]
    assert shown(tab.view, 7) == ["ГО «Ла Страда-Україна», Ювенальна поліція Києва"]
    assert "40 women, 6 men, 12 children" in tab.totals.text()
    stored = events.list_events(opened.db, staff[Role.CASE_WORKER], TODAY, TODAY)
    assert [(e.women, e.men, e.children, set(e.partner_ids), e.aim) for e in stored] == [
        (40, 6, 12, {strada.id, police.id}, "sixteen_days")
    ]


def test_a_duplicate_partner_name_is_refused_beside_the_name(
    qtbot, open_page, idle, as_caseworker, opened, staff
):
    as_caseworker(partners.add_partner, "ГО «Ла Страда-Україна»", "ngo")
    ctx, page = open_page()
    page.tabs.setCurrentWidget(page.partners)
    idle(ctx)
    click(qtbot, page.partners.add_button)
    dialog = dialog_of(qtbot, PartnerDialog)
    type_text(dialog.name, "го «ла страда-україна»")
    close_dialog(qtbot, dialog, idle, ctx)
    assert dialog.isVisible()
    assert "already registered" in dialog.form.error_text("name")
    assert dialog.name.text() == "го «ла страда-україна»"
    assert len(partners.list_partners(opened.db, staff[Role.CASE_WORKER], True)) == 1
    dialog.reject()


def test_deactivating_a_partner_and_bringing_it_back(qtbot, open_page, idle, as_caseworker):
    as_caseworker(partners.add_partner, "Фонд «Крок»", "ngo")
    ctx, page = open_page()
    page.tabs.setCurrentWidget(page.partners)
    idle(ctx)
    tab = page.partners
    click_row(qtbot, tab.view, 0)
    click(qtbot, tab.active_button)
    close_dialog(qtbot, dialog_of(qtbot, ConfirmDialog), idle, ctx)
    assert tab.model.rowCount() == 0  # inactive ones are hidden by default
    qtbot.mouseClick(tab.show_inactive, LEFT)
    idle(ctx)
    assert shown(tab.view, 3) == ["inactive"]
    click_row(qtbot, tab.view, 0)
    click(qtbot, tab.active_button)
    idle(ctx)
    assert shown(tab.view, 3) == ["active"]


# --- read-only roles ----------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.PSYCHOLOGIST, Role.LAWYER])
def test_psychologists_and_lawyers_see_everything_read_only(
    qtbot, open_page, idle, as_caseworker, make_client, role
):
    course = course_with_places(as_caseworker)
    as_caseworker(courses.enrol, course.id, make_client("Коваленко", "Олена"))
    session = as_caseworker(
        courses.add_session, course.id, datetime.combine(TODAY - timedelta(days=1), time(10)), 90
    )
    as_caseworker(courses.record_attendance, session.id, set(), today=TODAY)
    partner = as_caseworker(partners.add_partner, "Фонд «Крок»", "ngo")
    as_caseworker(events.record_event, "Лекція", "talk", TODAY, None, 10, 0, 0, [partner.id])
    ctx, page = open_page(role)
    c, e, p = page.courses, page.events, page.partners
    r, s = c.participants, c.sessions
    writes = [
        c.new_button, c.edit_button, c.archive_button,
        r.enrol_button, r.complete_button, r.withdraw_button,
        s.add_button, s.move_button, s.remove_button,
        e.record_button, e.edit_button, e.delete_button,
        p.add_button, p.edit_button, p.active_button,
    ]  # fmt: skip
    assert all(b.isHidden() for b in writes)
    assert shown(c.view, 0) == ["Фінансова грамотність"]
    assert shown(c.participants.view, 0) == ["Коваленко Олена"]
    c.view.setFocus()
    qtbot.keyClick(c.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None  # no shortcut that writes either
    click(qtbot, c.sessions.attendance_button)
    checklist = dialog_of(qtbot, AttendanceDialog)
    idle(ctx)
    assert not hasattr(checklist, "save_button")
    assert checklist.items() and checklist.editable_items() == []
    assert checklist.items()[0].checkState() == Qt.CheckState.Unchecked  # marked absent
    checklist.reject()
    page.tabs.setCurrentWidget(e)
    idle(ctx)
    assert shown(e.view, 2) == ["Лекція"]
    page.tabs.setCurrentWidget(p)
    idle(ctx)
    assert shown(p.view, 0) == ["Фонд «Крок»"]


# --- screenshots --------------------------------------------------------------------------


def _shoot_dialog(qtbot, screenshot, dialog: QWidget, name: str) -> None:
    qtbot.waitExposed(dialog)
    dialog.layout().activate()  # texts that came with the data get their full width
    screenshot(dialog, name)
    dialog.reject()


def test_screenshots_of_every_tab_and_dialog(
    qtbot, open_page, idle, as_caseworker, make_client, screenshot, language
):
    course = course_with_places(as_caseworker)
    as_caseworker(
        courses.create_course,
        "Самооборона та безпека вдома",
        12,
        TODAY + timedelta(days=20),
        TODAY + timedelta(days=60),
        "Практичний курс для жінок",
    )
    for client in three_women(make_client):
        as_caseworker(courses.enrol, course.id, client)
    for days, topic in ((-7, "Сімейний бюджет"), (-1, "Борги та кредити"), (6, None)):
        start = datetime.combine(TODAY + timedelta(days=days), time(10))
        as_caseworker(courses.add_session, course.id, start, 120, topic)
    sessions = as_caseworker(courses.list_sessions, course.id)
    roster = as_caseworker(courses.course_roster, course.id)
    as_caseworker(courses.record_attendance, sessions[0].id, {roster[0].enrolment_id})
    ids = [
        as_caseworker(partners.add_partner, name, kind, contact).id
        for name, kind, contact in (
            ("ГО «Ла Страда-Україна»", "ngo", "116 123, info@la-strada.org.ua"),
            ("Ювенальна поліція Києва", "state_body", None),
            ("Фонд ООН у галузі народонаселення", "international", "вул. Кловський узвіз, 1"),
        )
    ]
    as_caseworker(
        events.record_event, "Тиждень протидії насильству", "city_event", TODAY, "Безпека",
        40, 6, 12, ids[:2],
    )  # fmt: skip
    ctx, page = open_page()
    c = page.courses
    click_row(qtbot, c.view, c.model.row_of(course.id))
    idle(ctx)
    click_row(qtbot, c.participants.view, 0)
    screenshot(page, "programmes_courses")

    click(qtbot, c.new_button)
    _shoot_dialog(qtbot, screenshot, dialog_of(qtbot, CourseDialog), "programmes_course_dialog")
    click(qtbot, c.edit_button)
    dialog = dialog_of(qtbot, CourseDialog)
    dialog.capacity.setValue(1)
    close_dialog(qtbot, dialog, idle, ctx)  # refused: fewer places than taken
    _shoot_dialog(qtbot, screenshot, dialog, "programmes_course_dialog_refused")
    click(qtbot, c.archive_button)
    _shoot_dialog(qtbot, screenshot, dialog_of(qtbot, ConfirmDialog), "programmes_archive")
    click(qtbot, c.participants.enrol_button)
    _shoot_dialog(qtbot, screenshot, dialog_of(qtbot, EnrolDialog), "programmes_enrol")
    click(qtbot, c.participants.withdraw_button)
    _shoot_dialog(qtbot, screenshot, dialog_of(qtbot, ConfirmDialog), "programmes_withdraw")
    click(qtbot, c.participants.complete_button)
    _shoot_dialog(qtbot, screenshot, dialog_of(qtbot, CompleteDialog), "programmes_complete")
    click(qtbot, c.sessions.add_button)
    _shoot_dialog(qtbot, screenshot, dialog_of(qtbot, SessionDialog), "programmes_session")
    click_row(qtbot, c.sessions.view, 2)
    click(qtbot, c.sessions.remove_button)
    _shoot_dialog(qtbot, screenshot, dialog_of(qtbot, ConfirmDialog), "programmes_remove_session")
    click_row(qtbot, c.sessions.view, 0)
    click(qtbot, c.sessions.attendance_button)
    checklist = dialog_of(qtbot, AttendanceDialog)
    idle(ctx)
    _shoot_dialog(qtbot, screenshot, checklist, "programmes_attendance")

    page.tabs.setCurrentWidget(page.events)
    idle(ctx)
    click_row(qtbot, page.events.view, 0)
    screenshot(page, "programmes_events")
    click(qtbot, page.events.edit_button)
    dialog = dialog_of(qtbot, EventDialog)
    idle(ctx)
    _shoot_dialog(qtbot, screenshot, dialog, "programmes_event_dialog")
    click(qtbot, page.events.delete_button)
    _shoot_dialog(qtbot, screenshot, dialog_of(qtbot, ConfirmDialog), "programmes_delete_event")

    page.tabs.setCurrentWidget(page.partners)
    idle(ctx)
    click_row(qtbot, page.partners.view, 0)
    screenshot(page, "programmes_partners")
    click(qtbot, page.partners.add_button)
    dialog = dialog_of(qtbot, PartnerDialog)
    type_text(dialog.name, "го «ла страда-україна»")
    close_dialog(qtbot, dialog, idle, ctx)
    _shoot_dialog(qtbot, screenshot, dialog, "programmes_partner_refused")
    click(qtbot, page.partners.active_button)
    _shoot_dialog(qtbot, screenshot, dialog_of(qtbot, ConfirmDialog), "programmes_deactivate")

    ctx, read_only = open_page(Role.PSYCHOLOGIST)
    click_row(qtbot, read_only.courses.view, read_only.courses.model.row_of(course.id))
    idle(ctx)
    screenshot(read_only, "programmes_courses_psychologist")
    click(qtbot, read_only.courses.sessions.attendance_button)
    checklist = dialog_of(qtbot, AttendanceDialog)
    idle(ctx)
    _shoot_dialog(qtbot, screenshot, checklist, "programmes_attendance_read_only")
    assert isinstance(checklist.form, ErrorForm)
