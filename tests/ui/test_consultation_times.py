"""The times of a consultation as a psychologist logs it just after the session: the
start defaults to one that ends now, the date and the time are two fields reached by one
Tab, the end is shown (and marked if it would lie in the future), and "Mark as held"
ticks no topic she did not tick herself."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shelter_app import consultations
from shelter_app.permissions import Role
from tests.ui.test_consultations import (
    PSY,
    _active,
    _began,
    _choose,
    _choose_client,
    _click_row,
    _dialog,
    _now,
    _open_page,
    _tick,
)
from ui.consultations.appointment_dialogs import MarkHeldDialog
from ui.consultations.log_dialog import LogConsultationDialog
from ui.consultations.moment import ending_now

EVENING = datetime(2026, 3, 10, 19, 2)


def test_ending_now_rounds_the_end_down_to_five_minutes():
    assert ending_now(EVENING, 50) == datetime(2026, 3, 10, 18, 10)
    assert ending_now(datetime(2026, 3, 10, 0, 20), 50) == datetime(2026, 3, 9, 23, 30)


def test_the_start_defaults_to_a_session_that_ended_now_and_follows_the_duration(
    qtbot, gui_ctx, language, screenshot
):
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    dialog = LogConsultationDialog(ctx, None, now=EVENING)
    qtbot.addWidget(dialog)
    dialog.show()
    _active(qtbot, dialog)
    assert dialog.starts_at.moment() == datetime(2026, 3, 10, 18, 10)
    assert "19:00" in dialog.starts_at.end.text()
    assert dialog.starts_at.end.styleSheet().startswith("color: #5f")  # not in the future
    dialog.duration.selectAll()
    qtbot.keyClicks(dialog.duration, "60")
    assert dialog.starts_at.moment() == datetime(2026, 3, 10, 18, 0)  # still ends at 19:00
    screenshot(dialog, "desk1-log-consultation")

    # keyboard: from the date one Tab reaches the time; four digits set it
    dialog.starts_at.date_edit.setFocus()
    qtbot.keyClick(dialog.starts_at.date_edit, Qt.Key.Key_Tab)
    time_edit = dialog.starts_at.time_edit
    assert QApplication.focusWidget() is time_edit
    qtbot.keyClicks(time_edit, "1845")
    assert dialog.starts_at.moment() == datetime(2026, 3, 10, 18, 45)
    end = dialog.starts_at.end
    assert "19:45" in end.text() and end.styleSheet().startswith("color: #b3")  # future
    dialog.duration.selectAll()
    qtbot.keyClicks(dialog.duration, "15")
    assert dialog.starts_at.moment() == datetime(2026, 3, 10, 18, 45)  # hers, kept
    assert "19:00" in end.text() and end.styleSheet().startswith("color: #5f")
    dialog.reject()


def test_a_consultation_logged_at_once_is_saved_as_ended_before_now(
    qtbot, gui_ctx, make_client, idle
):
    olena = make_client("Коваленко", "Олена")
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    page = _open_page(qtbot, ctx, idle)
    dialog = _active(qtbot, page.my_day.log())
    _choose_client(qtbot, dialog.picker, "ковал")
    _tick(qtbot, dialog.topics.boxes["trauma"])
    _choose(qtbot, dialog.outcome, "completed")
    before_save = datetime.now()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    [held] = consultations.client_consultations(ctx.db, ctx.user, olena, PSY)
    assert held.starts_at + timedelta(minutes=held.duration_min) <= before_save


def test_mark_as_held_ticks_no_topic_of_last_time_until_she_asks(qtbot, gui_ctx, make_client, idle):
    olena = make_client("Коваленко", "Олена")
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    earlier = _now() - timedelta(days=7)
    consultations.log_consultation(
        ctx.db, ctx.user, olena, PSY, earlier, 50, "in_person", ["trauma", "crisis"], "completed"
    )
    consultations.schedule_appointment(ctx.db, ctx.user, olena, PSY, _now(), 50, "in_person")
    page = _open_page(qtbot, ctx, idle)
    _click_row(qtbot, page.my_day.today.view, 0)
    qtbot.mouseClick(page.my_day.held_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, MarkHeldDialog)
    idle(ctx)
    qtbot.waitUntil(dialog.same_topics.isVisible, timeout=5_000)
    assert dialog.topics.chosen() == []
    assert "Trauma" in dialog.same_topics.toolTip()
    qtbot.mouseClick(dialog.same_topics, Qt.MouseButton.LeftButton)
    assert sorted(dialog.topics.chosen()) == ["crisis", "trauma"]
    dialog.reject()


def _log_for_olena(qtbot, ctx, idle, page):
    dialog = _active(qtbot, page.my_day.log())
    _choose_client(qtbot, dialog.picker, "ковал")
    idle(ctx)
    return dialog


def test_logging_offers_her_booked_slot_and_marks_it_held_instead_of_a_second_record(
    qtbot, gui_ctx, make_client, idle, language, screenshot
):
    olena = make_client("Коваленко", "Олена")
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    start = _began(70)
    booked = consultations.schedule_appointment(
        ctx.db, ctx.user, olena, PSY, start, 60, "in_person", now=start
    )
    page = _open_page(qtbot, ctx, idle)
    dialog = _log_for_olena(qtbot, ctx, idle, page)
    qtbot.waitUntil(dialog.slot.isVisible, timeout=5_000)
    assert dialog.slot.isChecked()  # offered, and she sees it is chosen
    assert start.strftime("%H:%M") in dialog.slot.text()
    assert dialog.starts_at.moment() == start and not dialog.starts_at.isEnabled()
    assert dialog.duration.value() == 60  # the booked hour is over
    screenshot(dialog, "desk2-log-offers-the-booked-slot")
    _tick(qtbot, dialog.topics.boxes["trauma"])
    _choose(qtbot, dialog.outcome, "completed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    [held] = consultations.client_consultations(ctx.db, ctx.user, olena, PSY)
    assert (held.id, held.status, held.starts_at, held.topics) == (
        booked.id,
        "held",
        start,
        ("trauma",),
    )


def test_unticking_the_offer_logs_a_consultation_of_her_own_time(qtbot, gui_ctx, make_client, idle):
    olena = make_client("Коваленко", "Олена")
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    start = _began(70)
    booked = consultations.schedule_appointment(
        ctx.db, ctx.user, olena, PSY, start, 60, "in_person", now=start
    )
    page = _open_page(qtbot, ctx, idle)
    dialog = _log_for_olena(qtbot, ctx, idle, page)
    qtbot.waitUntil(dialog.slot.isVisible, timeout=5_000)
    dialog.slot.setFocus()
    qtbot.keyClick(dialog.slot, Qt.Key.Key_Space)  # untick
    assert dialog.starts_at.isEnabled() and dialog.starts_at.moment() != start
    ends = dialog.starts_at.moment() + timedelta(minutes=dialog.duration.value())
    assert ends <= datetime.now()  # her own time again: ending now
    _tick(qtbot, dialog.topics.boxes["trauma"])
    _choose(qtbot, dialog.outcome, "completed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    found = consultations.client_consultations(ctx.db, ctx.user, olena, PSY)
    assert sorted((c.id == booked.id, c.status) for c in found) == [
        (False, "held"),
        (True, "scheduled"),
    ]


def test_no_offer_without_a_booking_near_the_time(qtbot, gui_ctx, make_client, idle):
    olena = make_client("Коваленко", "Олена")
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    tomorrow = datetime.now().replace(second=0, microsecond=0) + timedelta(days=1)
    consultations.schedule_appointment(ctx.db, ctx.user, olena, PSY, tomorrow, 50, "phone")
    page = _open_page(qtbot, ctx, idle)
    dialog = _log_for_olena(qtbot, ctx, idle, page)
    idle(ctx)
    assert not dialog.slot.isVisible() and dialog.starts_at.isEnabled()
    dialog.reject()


def test_marked_held_before_its_booked_end_it_lasted_until_now(qtbot, gui_ctx, make_client, idle):
    olena = make_client("Коваленко", "Олена")
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    start = _began(42)
    consultations.schedule_appointment(
        ctx.db, ctx.user, olena, PSY, start, 60, "in_person", now=start
    )
    page = _open_page(qtbot, ctx, idle)
    _click_row(qtbot, page.my_day.today.view, 0)
    qtbot.mouseClick(page.my_day.held_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, MarkHeldDialog)
    assert dialog.duration.value() == 40  # 42 minutes so far, down to 5
    _tick(qtbot, dialog.topics.boxes["crisis"])
    _choose(qtbot, dialog.outcome, "completed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    [held] = consultations.client_consultations(ctx.db, ctx.user, olena, PSY)
    assert (held.status, held.duration_min) == ("held", 40)


def test_the_full_booked_length_before_its_end_is_refused_with_the_reason(
    qtbot, gui_ctx, make_client, idle
):
    olena = make_client("Коваленко", "Олена")
    ctx = gui_ctx(Role.PSYCHOLOGIST)
    start = _began(42)
    consultations.schedule_appointment(
        ctx.db, ctx.user, olena, PSY, start, 60, "in_person", now=start
    )
    page = _open_page(qtbot, ctx, idle)
    _click_row(qtbot, page.my_day.today.view, 0)
    qtbot.mouseClick(page.my_day.held_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, MarkHeldDialog)
    dialog.duration.setValue(60)
    _tick(qtbot, dialog.topics.boxes["crisis"])
    _choose(qtbot, dialog.outcome, "completed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert dialog.isVisible()
    assert "already ended" in dialog.form.error_text("duration_min")
    [booked] = consultations.client_consultations(ctx.db, ctx.user, olena, PSY)
    assert booked.status == "scheduled"
    dialog.reject()
