"""The Consultations area driven as a psychologist, a lawyer and a case worker would."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDateTime, QModelIndex, QPoint, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from shelter_app import audit, consultations, settings
from shelter_app.permissions import Role
from tests.ui.conftest import type_text
from ui.consultations.appointment_dialogs import (
    AppointmentActionDialog,
    MarkHeldDialog,
    ScheduleDialog,
)
from ui.consultations.log_dialog import LogConsultationDialog
from ui.consultations.page import ConsultationsPage
from ui.display import to_qdate

PSY, LEGAL = "psychological", "legal"
PSY_NOTE = "Панічні атаки після обстрілу"
LEGAL_NOTE = "Готуємо позов про аліменти"


# --- helpers ----------------------------------------------------------------------------------


def _now() -> datetime:
    now = datetime.now().replace(second=0, microsecond=0)
    # an appointment that has just begun, still today (the day list is today's)
    return max(now - timedelta(minutes=1), datetime.combine(now.date(), time(0, 0)))


def _began(minutes: int) -> datetime:
    """The start of an appointment that began `minutes` ago, today (the day list is
    today's; a run too close to midnight has no such time today)."""
    now = datetime.now().replace(second=0, microsecond=0)
    start = now - timedelta(minutes=minutes)
    if start.date() != now.date():
        pytest.skip("no such time today yet: too close to midnight")
    return start


def _tomorrow_at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(date.today() + timedelta(days=1), time(hour, minute))


def _open_page(qtbot, ctx, idle) -> ConsultationsPage:
    page = ConsultationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1120, 780)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.activate()
    idle(ctx)
    return page


def _dialog(qtbot, page: QWidget, kind: type) -> QWidget:
    """The dialog an action opened, active as the window manager would make it."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(kind)), timeout=5_000)
    return _active(qtbot, next(d for d in page.findChildren(kind) if d.isVisible()))


def _active(qtbot, dialog: QWidget) -> QWidget:
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    return dialog


def _choose_client(qtbot, picker, text: str) -> None:
    """Type part of her name, then take the first match from the drop-down."""
    type_text(picker, text)
    qtbot.waitUntil(lambda: picker._model.rowCount() >= 1, timeout=5_000)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.client_id is not None, timeout=5_000)


def _choose(qtbot, combo: QComboBox, code: str) -> None:
    """Pick an item with the keyboard, as from a closed combo box."""
    combo.setFocus()
    for _ in range(combo.count() + 1):
        if combo.currentData() == code:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{code} not reachable")


def _tick(qtbot, box: QAbstractButton) -> None:
    """Click a tick box on its box (its widget may be wider than box and text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _click_row(qtbot, view: QAbstractItemView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _set_moment(edit, moment: datetime) -> None:
    edit.setDateTime(QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute)))


def _shot(screenshot, widget: QWidget, name: str) -> None:
    """Let pending layout requests run (as the event loop would before painting)."""
    QApplication.processEvents()
    screenshot(widget, name)


def _cells(view: QAbstractItemView) -> list[str]:
    model = view.model()
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.StatusTipRole,
        Qt.ItemDataRole.WhatsThisRole,
        Qt.ItemDataRole.UserRole,
    )
    found = []
    for row in range(model.rowCount(QModelIndex())):
        for column in range(model.columnCount(QModelIndex())):
            for role in roles:
                found.append(str(model.data(model.index(row, column), role)))
    return found


def _all_text(root: QWidget) -> str:
    """Every piece of text the widget tree holds: labels, buttons, fields, combo items,
    tooltips and every cell of every list, in every role."""
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        found += [w.toolTip(), w.accessibleName(), w.windowTitle()]
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            found.append(w.text())
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            found += [w.toPlainText(), w.placeholderText()]
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            found += _cells(w)
    return "\n".join(found)


# --- a psychologist's day ---------------------------------------------------------------------


def test_psychologist_logs_a_held_consultation_in_seconds(qtbot, gui_ctx, make_client, idle):
    olena = make_client("Коваленко", "Олена")
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    page = _open_page(qtbot, ctx, idle)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, page, LogConsultationDialog)
    assert "Коваленко" not in dialog.windowTitle()
    assert dialog.focusWidget() is dialog.picker  # she starts typing at once
    _choose_client(qtbot, dialog.picker, "ковал")
    _tick(qtbot, dialog.topics.boxes["trauma"])
    _choose(qtbot, dialog.outcome, "completed")
    type_text(dialog.note, PSY_NOTE)
    dialog.duration.selectAll()
    qtbot.keyClicks(dialog.duration, "45")
    qtbot.keyClick(dialog.duration, Qt.Key.Key_Return)  # Enter saves
    idle(ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)

    [held] = consultations.client_consultations(ctx.db, ctx.user, olena, PSY)
    assert (held.status, held.topics, held.outcome, held.duration_min, held.note) == (
        "held",
        ("trauma",),
        "completed",
        45,
        PSY_NOTE,
    )
    assert held.is_first and held.specialist_id == ctx.user.account_id
    message = page.my_day.message.text()
    assert "Saved" in message and "K-2026-" in message and "Коваленко" not in message

    # the next time, her topics, format and duration come from this one
    page.my_day.log_button.click()
    again = _dialog(qtbot, page, LogConsultationDialog)
    _choose_client(qtbot, again.picker, "олена")
    qtbot.waitUntil(again.prefilled.isVisible, timeout=5_000)
    assert again.topics.chosen() == ["trauma"]
    assert again.duration.value() == 45
    again.reject()


def test_validation_error_appears_beside_the_field_and_the_input_stays(
    qtbot, gui_ctx, make_client, idle
):
    olena = make_client("Коваленко", "Олена")
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    page = _open_page(qtbot, ctx, idle)
    dialog = _active(qtbot, page.my_day.log())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "choose her from the list" in dialog.form.error_text("client")

    _choose_client(qtbot, dialog.picker, "ковал")
    _choose(qtbot, dialog.outcome, "follow_up")
    # planned for her a week after the session (which may have begun yesterday, just
    # after midnight: it ends now by default)
    held_on = dialog.starts_at.moment().date()
    assert held_on in (date.today(), date.today() - timedelta(days=1))
    assert dialog.follow_up.value() == held_on + timedelta(days=7)
    type_text(dialog.note, PSY_NOTE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no topic ticked
    idle(ctx)
    assert dialog.form.error_text("topics") == "Choose at least one topic."
    assert dialog.isVisible() and dialog.form.error_text("client") == ""
    assert dialog.note.toPlainText() == PSY_NOTE and dialog.picker.client_id == olena
    assert consultations.client_consultations(ctx.db, ctx.user, olena, PSY) == []

    _tick(qtbot, dialog.topics.boxes["war_stress"])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    [held] = consultations.client_consultations(ctx.db, ctx.user, olena, PSY)
    assert held.topics == ("war_stress",) and held.follow_up_on == held_on + timedelta(7)


def test_psychologist_marks_an_appointment_no_show(qtbot, gui_ctx, make_client, idle):
    olena = make_client("Коваленко", "Олена")
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    booked = consultations.schedule_appointment(ctx.db, ctx.user, olena, PSY, _now(), 50, "phone")
    page = _open_page(qtbot, ctx, idle)
    today = page.my_day.today
    assert today.model.rowCount() == 1
    assert not page.my_day.no_show_button.isEnabled()  # nothing chosen yet
    _click_row(qtbot, today.view, 0)
    assert page.my_day.no_show_button.isEnabled()
    qtbot.mouseClick(page.my_day.no_show_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, AppointmentActionDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    idle(ctx)  # the day is read again

    [record] = consultations.client_consultations(ctx.db, ctx.user, olena, PSY)
    assert (record.id, record.status) == (booked.id, "no_show")
    assert today.model.index(0, 3).data() == "No-show"
    _click_row(qtbot, today.view, 0)
    assert not page.my_day.held_button.isEnabled()  # a no-show is no longer booked


def test_booked_appointment_is_marked_held_with_a_note(qtbot, gui_ctx, make_client, idle):
    olena = make_client("Коваленко", "Олена")
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    start = _began(70)  # held means ended: the booked hour is over
    consultations.schedule_appointment(
        ctx.db, ctx.user, olena, PSY, start, 60, "in_person", now=start
    )
    page = _open_page(qtbot, ctx, idle)
    _click_row(qtbot, page.my_day.today.view, 0)
    qtbot.mouseClick(page.my_day.held_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, MarkHeldDialog)
    assert dialog.duration.value() == 60  # as booked
    _tick(qtbot, dialog.topics.boxes["crisis"])
    _choose(qtbot, dialog.outcome, "referred")
    type_text(dialog.note, PSY_NOTE)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    [held] = consultations.client_consultations(ctx.db, ctx.user, olena, PSY)
    assert (held.status, held.topics, held.outcome, held.note) == (
        "held",
        ("crisis",),
        "referred",
        PSY_NOTE,
    )


def test_double_booking_is_refused_in_the_dialog(qtbot, gui_ctx, make_client, idle):
    olena = make_client("Коваленко", "Олена")
    iryna = make_client("Бондар", "Ірина")
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    consultations.schedule_appointment(ctx.db, ctx.user, olena, PSY, _tomorrow_at(10), 50, "phone")
    page = _open_page(qtbot, ctx, idle)
    qtbot.mouseClick(page.my_day.schedule_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, ScheduleDialog)
    _choose_client(qtbot, dialog.picker, "бондар")
    _set_moment(dialog.starts_at, _tomorrow_at(10, 30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert dialog.isVisible()
    assert dialog.form.error_text("starts_at") == (
        "The specialist already has an appointment at this time."
    )
    assert dialog.starts_at.hasFocus() and dialog.picker.client_id == iryna
    assert consultations.client_consultations(ctx.db, ctx.user, iryna, PSY) == []

    _set_moment(dialog.starts_at, _tomorrow_at(11))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    [booked] = consultations.client_consultations(ctx.db, ctx.user, iryna, PSY)
    assert (booked.status, booked.starts_at) == ("scheduled", _tomorrow_at(11))
    idle(ctx)
    assert page.my_day.upcoming.model.rowCount() == 2


# --- who may see what --------------------------------------------------------------------------


def test_psychologists_notes_never_reach_a_lawyer_or_a_case_worker(
    qtbot, gui_ctx, make_client, idle, staff
):
    olena = make_client("Коваленко", "Олена")
    psy, lawyer = gui_ctx(Role.PSYCHOLOGIST), gui_ctx(Role.LAWYER)
    earlier = _now() - timedelta(days=3)
    consultations.log_consultation(
        psy.db, psy.user, olena, PSY, earlier, 50, "in_person", ["trauma"], "follow_up", PSY_NOTE
    )
    consultations.log_consultation(
        lawyer.db,
        lawyer.user,
        olena,
        LEGAL,
        earlier + timedelta(days=1),
        40,
        "phone",
        ["alimony"],
        "follow_up",
        LEGAL_NOTE,
    )

    page = _open_page(qtbot, lawyer, idle)
    page.navigate_to(olena)
    idle(lawyer)
    history = page.history.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=5_000)
    assert page.tabs.currentWidget() is page.history
    assert history.records()[0].kind == LEGAL
    assert history.note.toPlainText() == LEGAL_NOTE  # her own profession's note
    viewed = [
        e for e in audit.list_entries(lawyer.db, staff[Role.ADMIN]) if "notes_viewed" in e.action
    ]
    assert len(viewed) == 1  # opening her history read the notes once, and it is on record
    shown = _all_text(page)
    assert PSY_NOTE not in shown and "Psychological consultation" not in shown
    assert "Trauma" not in shown

    worker_ctx = gui_ctx(Role.CASE_WORKER)
    page = _open_page(qtbot, worker_ctx, idle)
    page.navigate_to(olena)
    idle(worker_ctx)
    history = page.history.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=5_000)
    # she sees that both took place, when, and with whom
    assert [history.model.index(r, 1).data() for r in range(2)] == [
        "Legal consultation",
        "Psychological consultation",
    ]
    assert history.model.index(1, 3).data() == "Staff psychologist"
    assert all(r.note is None for r in history.records())
    # and what was said never reaches her window, not only the table (who/when only)
    assert all(
        (r.topics, r.outcome, r.follow_up_on, r.has_note) == ((), None, None, False)
        for r in history.records()
    )
    shown = _all_text(page)
    assert PSY_NOTE not in shown and LEGAL_NOTE not in shown
    assert "Trauma" not in shown and "Alimony" not in shown  # not even the topics
    assert not history.note.isVisibleTo(page)


def test_case_worker_sees_the_day_plan_of_every_specialist_read_only(
    qtbot, gui_ctx, make_client, idle, staff
):
    olena, iryna = make_client("Коваленко", "Олена"), make_client("Бондар", "Ірина")
    psy, lawyer = gui_ctx(Role.PSYCHOLOGIST), gui_ctx(Role.LAWYER)
    consultations.schedule_appointment(psy.db, psy.user, olena, PSY, _tomorrow_at(9), 50, "phone")
    consultations.schedule_appointment(
        lawyer.db, lawyer.user, iryna, LEGAL, _tomorrow_at(11), 40, "in_person"
    )
    ctx = gui_ctx(Role.CASE_WORKER)
    page = _open_page(qtbot, ctx, idle)
    plan = page.day_plan
    assert page.my_day is None and plan is not None
    assert not any(
        "Log" in b.text() or "Mark" in b.text() for b in page.findChildren(QAbstractButton)
    )
    qtbot.mouseClick(plan.day.next, Qt.MouseButton.LeftButton)
    idle(ctx)
    rows = [
        [plan.model.index(r, c).data() for c in range(plan.model.columnCount())]
        for r in range(plan.model.rowCount())
    ]
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("09:00–09:50", "Staff psychologist", "Scheduled"),
        ("11:00–11:40", "Staff lawyer", "Scheduled"),
    ]
    _choose(qtbot, plan.specialist, staff[Role.LAWYER].account_id)
    assert plan.model.rowCount() == 1 and plan.model.index(0, 1).data() == "Legal consultation"
    plan.view.activated.emit(plan.model.index(0, 0))  # double-click: her history
    idle(ctx)
    assert page.tabs.currentWidget() is page.history
    qtbot.waitUntil(lambda: page.history.history.model.rowCount() == 1, timeout=5_000)


# --- how it looks --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.PSYCHOLOGIST])
def test_screenshots(qtbot, gui_ctx, make_client, idle, staff, screenshot, language, role):
    names = [("Коваленко", "Олена"), ("Бондар", "Ірина"), ("Шевчук", "Дар’я"), ("Ткач", "Леся")]
    olena, iryna, daria, lesia = (make_client(*n) for n in names)
    ctx, lawyer = gui_ctx(role), gui_ctx(Role.LAWYER)
    now = _now()
    weeks_ago = now - timedelta(days=14)
    consultations.log_consultation(
        ctx.db,
        ctx.user,
        lesia,
        PSY,
        weeks_ago,
        50,
        "in_person",
        ["trauma", "war_stress"],
        "follow_up",
        PSY_NOTE,
        follow_up_on=date.today() - timedelta(days=7),
    )
    for client, moment, fmt in (
        (olena, now, "in_person"),
        (iryna, now + timedelta(minutes=70), "online"),
        (daria, _tomorrow_at(10), "phone"),
        (olena, _tomorrow_at(10) + timedelta(days=2), "in_person"),
    ):
        if moment.date() == now.date() or moment > now:
            consultations.schedule_appointment(ctx.db, ctx.user, client, PSY, moment, 50, fmt)
    consultations.schedule_appointment(
        lawyer.db, lawyer.user, iryna, LEGAL, _tomorrow_at(12), 40, "in_person"
    )
    page = _open_page(qtbot, ctx, idle)
    _click_row(qtbot, page.my_day.today.view, 0)
    _shot(screenshot, page, "consultations_my_day")

    log = page.my_day.log()
    qtbot.waitExposed(log)
    _choose_client(qtbot, log.picker, "ткач")
    qtbot.waitUntil(log.prefilled.isVisible, timeout=5_000)
    for box in log.topics.boxes.values():
        box.setChecked(False)
    qtbot.mouseClick(log.save_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert log.form.error_text("outcome") or log.form.error_text("topics")
    _shot(screenshot, log, "consultations_log_dialog_error")
    log.reject()

    book = page.my_day.schedule()
    qtbot.waitExposed(book)
    _choose_client(qtbot, book.picker, "шевчук")
    _set_moment(book.starts_at, _tomorrow_at(10, 20))
    qtbot.mouseClick(book.save_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert book.form.error_text("starts_at")
    _shot(screenshot, book, "consultations_schedule_double_booking")
    book.reject()

    _click_row(qtbot, page.my_day.today.view, 0)
    held = page.my_day.mark_held()
    qtbot.waitExposed(held)
    idle(ctx)
    _shot(screenshot, held, "consultations_mark_held")
    held.reject()
    no_show = page.my_day.act(AppointmentActionDialog.NO_SHOW)
    qtbot.waitExposed(no_show)
    _shot(screenshot, no_show, "consultations_no_show")
    no_show.reject()

    page.show_history(lesia, "K-2026-9004")
    idle(ctx)
    qtbot.waitUntil(lambda: page.history.history.model.rowCount() == 1, timeout=5_000)
    _shot(screenshot, page, "consultations_history_psychologist")

    worker_ctx = gui_ctx(Role.CASE_WORKER)
    plan_page = _open_page(qtbot, worker_ctx, idle)
    plan_page.day_plan.day.step(1)
    idle(worker_ctx)
    _shot(screenshot, plan_page, "consultations_day_plan_caseworker")
    plan_page.navigate_to(lesia)
    idle(worker_ctx)
    qtbot.waitUntil(lambda: plan_page.history.history.model.rowCount() == 1, timeout=5_000)
    _shot(screenshot, plan_page, "consultations_history_caseworker")


def test_her_specialist_sees_who_is_coming_on_my_day_by_name_and_code(
    qtbot, gui_ctx, make_client, opened, idle
):
    """Issue 19: the psychologist could not see who was coming next (codes only). Her
    own day names them (the centre's setting, on by default); with it off, codes."""
    olena = make_client("Коваленко", "Олена")
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    consultations.schedule_appointment(ctx.db, ctx.user, olena, PSY, _now(), 50, "phone")
    consultations.schedule_appointment(ctx.db, ctx.user, olena, PSY, _tomorrow_at(10), 50, "phone")
    page = _open_page(qtbot, ctx, idle)
    today, coming = page.my_day.today.model, page.my_day.upcoming.model
    assert today.text(0, 1).startswith("Коваленко Олена (K-20")
    assert coming.text(0, 2).startswith("Коваленко Олена (K-20")
    settings.update_settings(opened.db, opened.admin, names_where_needed=0)
    page.my_day.refresh()
    idle(ctx)
    assert today.text(0, 1).startswith("K-20") and "Коваленко" not in _all_text(page)
