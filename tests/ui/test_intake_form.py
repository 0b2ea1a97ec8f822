"""The intake form as a case worker fills it in a hurry: every mistake is shown at once
beside its field, the required fields are marked, an impossible date is called that
(not a format error), and the dialog grows to show the messages instead of a scroll bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from shelter_app import clients
from shelter_app.permissions import Role
from tests.ui.conftest import type_text
from tests.ui.test_clients import open_page, start_intake

LEFT = Qt.MouseButton.LeftButton


def _caption(fields, form, widget) -> str:
    for row in range(form.layout_.rowCount()):
        field = form.layout_.itemAt(row, form.layout_.ItemRole.FieldRole)
        if (
            field is not None
            and field.widget() is not None
            and widget
            in (
                field.widget(),
                *field.widget().findChildren(type(widget)),
            )
        ):
            label = form.layout_.itemAt(row, form.layout_.ItemRole.LabelRole).widget()
            assert isinstance(label, QLabel)
            return label.text()
    raise AssertionError("no caption")


def test_every_mistake_is_shown_at_once_and_the_dialog_grows_to_show_them(
    qtbot, gui_ctx, opened, staff, idle, language, screenshot
):
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    dialog = start_intake(qtbot, page)
    fields = dialog.fields
    assert _caption(fields, fields.left, fields.last_name).endswith("*")
    assert _caption(fields, fields.left, fields.first_name).endswith("*")
    assert not _caption(fields, fields.left, fields.patronymic).endswith("*")
    assert "*" in fields.required_note.text()
    before = dialog.height()

    type_text(fields.last_name, "Коваленко1")  # a digit in the surname
    # no first name at all
    type_text(fields.birth_date.edit, "31.02.1990" if language == "uk" else "31/02/1990")
    type_text(fields.phone, "12")
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)

    shown = {f: fields.error_text(f) for f in ("last_name", "first_name", "birth_date", "phone")}
    assert all(shown.values()), shown
    if language == "uk":
        assert "31.02.1990" in shown["birth_date"] and "Такого дня" in shown["birth_date"]
        assert "ДД" not in shown["birth_date"] and "DD" not in shown["birth_date"]
    else:
        assert shown["birth_date"].startswith("There is no such day as 31/02/1990")
    assert dialog.focusWidget() is fields.last_name  # the first mistake
    assert clients.count_clients(opened.db, staff[Role.CASE_WORKER]) == 0
    assert dialog.height() > before
    assert not dialog.scroll.verticalScrollBar().isVisible()
    area = dialog.screen().availableGeometry()
    assert area.contains(dialog.frameGeometry())
    screenshot(dialog, "desk1-intake-all-errors")

    # mended one by one, she is saved
    fields.last_name.setText("Коваленко")
    type_text(fields.first_name, "Дар’я")
    fields.birth_date.edit.setText("28.02.1990" if language == "uk" else "28/02/1990")
    fields.phone.setText("+380 44 123 45 67")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: page.card is not None and page.card.card is not None)
    assert clients.count_clients(opened.db, staff[Role.CASE_WORKER]) == 1


def test_a_date_in_the_wrong_form_is_still_called_a_format_error(qtbot, gui_ctx, idle):
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle)
    dialog = start_intake(qtbot, page)
    fields = dialog.fields
    type_text(fields.last_name, "Koval")
    type_text(fields.first_name, "Daria")
    type_text(fields.birth_date.edit, "1990-17")
    qtbot.mouseClick(dialog.save_button, LEFT)
    idle(ctx)
    assert fields.error_text("birth_date").startswith("Enter the date as")
    assert not fields.error_text("last_name")
    dialog.reject()
