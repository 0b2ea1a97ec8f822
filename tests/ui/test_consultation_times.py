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
    _choose,
    _choose_client,
    _click_row,
    _dialog,
    _now,
    _open_page,
    _tick,
)
from ui.consultations.log_dialog import LogConsultationDialog, MarkHeldDialog
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
