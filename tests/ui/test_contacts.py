"""The operator logs anonymous contacts by keyboard alone; the form is ready again after
each save; the list shows the newest first. Screenshots of the operator's screen."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shelter_app import anonymous_contacts
from shelter_app.permissions import Role
from ui.contacts.page import ContactsPage


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times=1):
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _type(qtbot, text):
    for ch in text:  # ASCII only here
        qtbot.keyClicks(QApplication.focusWidget(), ch)


def _page(qtbot, gui_ctx, idle, role=Role.OPERATOR):
    ctx = gui_ctx(role)
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    idle(ctx)
    page.activate()
    idle(ctx)
    return ctx, page


def test_three_contacts_by_keyboard_alone(qtbot, gui_ctx, idle, opened, staff):
    ctx, page = _page(qtbot, gui_ctx, idle)
    form = page.form
    assert form is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.channel)

    # 1: a hotline call from the woman herself, 12 minutes, psychological violence,
    #    counselling; everything else as the form offers it
    started = time.monotonic()
    _press(qtbot, Qt.Key.Key_Tab)  # duration
    _type(qtbot, "12")
    _press(qtbot, Qt.Key.Key_Tab, times=5)  # caller, sex, age, district, first form
    _press(qtbot, Qt.Key.Key_Tab, times=2)  # sexual, psychological
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Tab, times=3)  # economic, information, counselling
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(ctx)
    assert time.monotonic() - started < 30
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.channel)

    # 2: a walk-in, a relative calling about a man, referred to the police
    _press(qtbot, Qt.Key.Key_Down)  # walk-in
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "20")
    _press(qtbot, Qt.Key.Key_Tab)  # caller
    _press(qtbot, Qt.Key.Key_Down)  # a relative
    _press(qtbot, Qt.Key.Key_Tab)  # sex
    _press(qtbot, Qt.Key.Key_Down)  # male
    _press(qtbot, Qt.Key.Key_Tab)  # age
    _press(qtbot, Qt.Key.Key_Home)  # under 18
    _press(qtbot, Qt.Key.Key_Tab, times=2)  # district, physical
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Tab, times=7)  # ... crisis support, referral
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Tab)  # referred to
    _press(qtbot, Qt.Key.Key_Down)  # police
    _press(qtbot, Qt.Key.Key_Tab)  # note
    _type(qtbot, "Second call this week")
    _press(qtbot, Qt.Key.Key_Return)  # Enter in the note saves
    idle(ctx)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.channel)

    # 3: all defaults, saved at once
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(ctx)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.channel)

    # the form is empty again
    assert form.note.text() == "" and form.minutes.value() == 5
    assert not any(b.isChecked() for b in (*form.forms.values(), *form.help.values()))
    assert form.referred_to.currentData() is None

    third, second, first = anonymous_contacts.recent_contacts(opened.db, staff[Role.OPERATOR])
    assert (first.channel, first.duration_min, first.caller, first.sex) == (
        "hotline",
        12,
        "self",
        "female",
    )
    assert first.forms == ("psychological",) and first.help == ("counselling",)
    assert (second.channel, second.caller, second.sex, second.age_band) == (
        "walk_in",
        "relative",
        "male",
        "0-17",
    )
    assert second.forms == ("physical",) and second.help == ("referral",)
    assert second.referred_to == "police" and second.note == "Second call this week"
    assert (third.channel, third.duration_min, third.forms, third.help) == ("hotline", 5, (), ())
    idle(ctx)
    assert page.model.rowCount() == 3


def test_a_refused_note_stays_in_the_form_with_its_message(qtbot, gui_ctx, idle, opened, staff):
    ctx, page = _page(qtbot, gui_ctx, idle)
    form = page.form
    form.note.setFocus()
    _type(qtbot, "call 0671234567")
    _press(qtbot, Qt.Key.Key_Return)
    idle(ctx)
    assert "phone number" in form.form.error_text("note")
    assert form.note.text() == "call 0671234567"
    assert anonymous_contacts.recent_contacts(opened.db, staff[Role.OPERATOR]) == []


def test_a_case_worker_reads_the_list_without_the_form(qtbot, gui_ctx, idle, opened, staff):
    anonymous_contacts.log_contact(
        opened.db,
        staff[Role.OPERATOR],
        channel="online",
        duration_min=3,
        caller="professional",
        sex="female",
        age_band="35-44",
        district="podilskyi",
    )
    _ctx, page = _page(qtbot, gui_ctx, idle, Role.CASE_WORKER)
    assert page.form is None
    assert page.model.rowCount() == 1 and page.model.text(0, 1) == "Online"


@pytest.mark.usefixtures("language")
def test_screenshot_of_the_operators_screen(qtbot, gui_ctx, idle, opened, staff, screenshot):
    op = staff[Role.OPERATOR]
    for i, (channel, sex) in enumerate(
        [("hotline", "female"), ("walk_in", "male"), ("online", "female"), ("hotline", "female")]
    ):
        anonymous_contacts.log_contact(
            opened.db,
            op,
            channel=channel,
            duration_min=5 + 3 * i,
            caller="self",
            sex=sex,
            age_band="25-34",
            district="obolonskyi",
            help=["counselling", "information"],
        )
    _ctx, page = _page(qtbot, gui_ctx, idle)
    assert page.model.rowCount() == 4
    screenshot(page, "14-operator")


def test_a_case_worker_links_a_contact_to_the_client_it_led_to(
    qtbot, gui_ctx, idle, opened, staff, make_client
):
    from tests.ui.test_programmes import pick_client
    from ui.contacts.link import LinkContactDialog

    anonymous_contacts.log_contact(
        opened.db,
        staff[Role.OPERATOR],
        channel="hotline",
        duration_min=9,
        caller="self",
        sex="female",
        age_band="25-34",
        district="podilskyi",
    )
    make_client("Коваленко", "Олена")
    ctx, page = _page(qtbot, gui_ctx, idle, Role.CASE_WORKER)
    assert page.link_button.isVisible() and not page.link_button.isEnabled()
    page.table.selectRow(0)
    page.link()
    dialog = page.dialog
    assert isinstance(dialog, LinkContactDialog)
    qtbot.waitExposed(dialog)
    pick_client(qtbot, dialog.picker, "Ковал")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    idle(ctx)
    (contact,) = anonymous_contacts.recent_contacts(opened.db, staff[Role.CASE_WORKER])
    assert contact.became_client
    qtbot.waitUntil(lambda: page.model.text(0, 8) == "✓")


def test_the_operator_cannot_link(qtbot, gui_ctx, idle):
    _ctx, page = _page(qtbot, gui_ctx, idle)
    assert not page.link_button.isVisible()
