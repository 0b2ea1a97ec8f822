"""The connection settings window (ui/connection_dialog.py): the server chosen and named
by keyboard, kept in this computer account's settings without a password, an insecure
address refused with its message, and "Test connection" against the run's throw-away
server on its Unix socket (skipped, with the reason, when none can be started)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shelter_app.errors import ServerNotSecure
from shelter_app.server_check import ServerFields
from tests import pg_cluster
from tests.ui.test_every_window import latin_words, visible_texts
from tests.ui.walk import mnemonics_in
from ui.connection_dialog import ConnectionDialog
from ui.connection_settings import ConnectionChoice, Store, load_choice, save_choice

# names of formats, files and protocols an IT officer types as they are
URL = re.compile(r"postgresql://\S*")  # an address is typed as it is
TECHNICAL = {"postgresql", "tls", "ca", "root", "crt", "pgpass", "conf", "pg_hba"}


@pytest.fixture
def dialog(qtbot, worker):
    d = ConnectionDialog(worker)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d)
    return d


def alt(widget, key: Qt.Key) -> None:
    """Alt+letter as a person presses it: to whatever has the keyboard in the window."""
    QTest.keyClick(QApplication.focusWidget() or widget, key, Qt.KeyboardModifier.AltModifier)


def retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_server_named_by_keyboard_is_saved_without_password_and_reloaded(qtbot, dialog, worker):
    assert dialog.local.isChecked() and not dialog.box.isEnabled()  # the default
    alt(dialog, Qt.Key.Key_V)  # The centre's ser&ver (a mnemonic clicks animated)
    qtbot.waitUntil(dialog.server.isChecked)
    assert dialog.box.isEnabled()
    alt(dialog, Qt.Key.Key_H)
    assert dialog.host.hasFocus()
    qtbot.keyClicks(dialog.host, "db.centre.local")
    QTest.keyClick(dialog.host, Qt.Key.Key_Tab)
    assert dialog.port.hasFocus()
    dialog.port.selectAll()
    qtbot.keyClicks(dialog.port, "5433")
    alt(dialog, Qt.Key.Key_D)
    retype(qtbot, dialog.database, "oberih_kyiv")
    alt(dialog, Qt.Key.Key_R)
    assert dialog.role.hasFocus()
    qtbot.keyClicks(dialog.role, "oberih_kyiv")
    alt(dialog, Qt.Key.Key_E)
    assert dialog.ca_file.hasFocus()
    qtbot.keyClicks(dialog.ca_file, "/home/olena/centre-ca.crt")
    # the address line follows the fields: what `--server` takes
    assert dialog.address.text() == (
        "postgresql://oberih_kyiv@db.centre.local:5433/oberih_kyiv?"
        "sslrootcert=%2Fhome%2Folena%2Fcentre-ca.crt&sslmode=verify-full"
    )
    with qtbot.waitSignal(dialog.saved) as saved:
        alt(dialog, Qt.Key.Key_S)
    expected = ConnectionChoice(
        Store.SERVER,
        ServerFields(
            "db.centre.local", 5433, "oberih_kyiv", "oberih_kyiv", "/home/olena/centre-ca.crt"
        ),
    )
    assert saved.args == [expected]
    assert load_choice() == expected
    stored = QSettings()
    assert sorted(stored.allKeys()) == [
        "connection/ca_file",
        "connection/database",
        "connection/host",
        "connection/port",
        "connection/role",
        "connection/store",
    ]  # no password, ever
    again = ConnectionDialog(worker)
    qtbot.addWidget(again)
    assert again.server.isChecked()
    assert (again.host.text(), again.port.value(), again.role.text()) == (
        "db.centre.local",
        5433,
        "oberih_kyiv",
    )
    assert again.fields() == expected.server


def test_the_settings_stay_in_the_tests_own_scope(tmp_path_factory):
    save_choice(ConnectionChoice(Store.SERVER, ServerFields("h", 5432, "d", "r")))
    assert QSettings().fileName().startswith(str(tmp_path_factory.getbasetemp()))


def test_an_insecure_pasted_address_is_refused_with_its_message(qtbot, dialog):
    alt(dialog, Qt.Key.Key_V)
    qtbot.waitUntil(dialog.server.isChecked)
    alt(dialog, Qt.Key.Key_A)
    assert dialog.address.hasFocus()
    qtbot.keyClicks(dialog.address, "postgresql://r@db.centre.local/oberih?sslmode=require")
    alt(dialog, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: dialog.form.error_text("address") != "")
    assert dialog.isVisible()  # not saved, not closed
    assert dialog.form.error_text("address") == ServerNotSecure().user_message()
    assert "connection/store" not in QSettings().allKeys()


def test_a_pasted_address_fills_the_fields(qtbot, dialog):
    dialog.server.setChecked(True)
    retype(qtbot, dialog.address, "postgresql://oberih_sh2@10.0.4.7:5434/shelter2")
    QTest.keyClick(dialog.address, Qt.Key.Key_Tab)
    assert dialog.fields() == ServerFields("10.0.4.7", 5434, "shelter2", "oberih_sh2", "")
    assert dialog.form.error_text("address") == ""


def test_a_missing_host_is_said_beside_it(qtbot, dialog):
    dialog.server.setChecked(True)
    retype(qtbot, dialog.role, "r")
    dialog.host.clear()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.form.error_text("host") == "Type the server's host name."
    assert dialog.host.hasFocus()


def test_choosing_this_computer_is_saved(qtbot, dialog):
    dialog.server.setChecked(True)
    alt(dialog, Qt.Key.Key_C)
    qtbot.waitUntil(dialog.local.isChecked)
    with qtbot.waitSignal(dialog.saved):
        alt(dialog, Qt.Key.Key_S)
    assert load_choice().store is Store.LOCAL


def _socket_server(database: str) -> ServerFields:
    cluster = pg_cluster.cluster()
    if cluster.base_url is None:
        pytest.skip(cluster.reason)
    query = dict(p.split("=", 1) for p in cluster.base_url.partition("?")[2].split("&"))
    return ServerFields(query["host"], int(query["port"]), database, "oberih_test")


def fill(qtbot, dialog, fields: ServerFields) -> None:
    dialog.server.setChecked(True)
    retype(qtbot, dialog.host, fields.host)
    dialog.port.setValue(fields.port)
    retype(qtbot, dialog.database, fields.database)
    retype(qtbot, dialog.role, fields.role)


def test_test_connection_reports_the_server(qtbot, language, dialog, idle, worker, screenshot):
    url = pg_cluster.new_database("dlg") if pg_cluster.cluster().base_url else ""
    fields = _socket_server(pg_cluster.database_name(url) if url else "")
    fill(qtbot, dialog, fields)
    if language == "en":
        alt(dialog, Qt.Key.Key_T)
    else:
        dialog.test_button.click()
    qtbot.waitUntil(
        lambda: dialog.result.text().startswith(("Connected", "Підключено")), timeout=15_000
    )
    shown = dialog.result.text()
    assert dialog.result.isVisible()
    version = shown.split("PostgreSQL ", 1)[1].split(".", 1)[0]
    assert int(version) >= 15
    if language == "en":
        assert shown.startswith("Connected: PostgreSQL ")
        assert "local socket" in shown and "empty" in shown
    dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
    assert dialog.width() <= 1366 and dialog.height() <= 728  # a 1366×768 screen's taskbar
    screenshot(dialog, "connection_dialog_tested")


def test_test_connection_failure_is_translated_without_libpq_text(
    qtbot, dialog, idle, worker, quiet_folder, screenshot
):
    fields = _socket_server("postgres")
    fill(qtbot, dialog, ServerFields(str(quiet_folder), fields.port, "postgres", fields.role))
    dialog.test_button.click()
    idle(worker)
    shown = dialog.result.text()
    assert shown.startswith("The server could not be reached")
    assert "Nothing answered at this host and port" in shown
    assert str(quiet_folder) not in shown and "socket" not in shown.casefold()
    assert dialog.test_button.isEnabled()
    screenshot(dialog, "connection_dialog_refused")


def test_mnemonics_unique_and_nothing_left_in_english(qtbot, language, dialog):
    dialog.server.setChecked(True)
    claims = mnemonics_in(dialog)
    assert {k: v for k, v in claims.items() if len(v) > 1} == {}
    assert len(claims) >= 10
    if language == "uk":
        texts = [URL.sub(" ", t) for t in visible_texts(dialog)]
        left = set().union(*(latin_words(t) for t in texts))
        assert {w for w in left if w.casefold() not in TECHNICAL} == set()


def test_the_window_in_both_languages(qtbot, worker, language, screenshot):
    save_choice(
        ConnectionChoice(
            Store.SERVER,
            ServerFields("db.centre.local", 5432, "oberih", "oberih_kyiv", r"C:\IT\centre-ca.crt"),
        )
    )
    d = ConnectionDialog(worker)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    assert d.width() <= 1366 and d.height() <= 728
    for label in d.findChildren(type(d.result)):
        assert label.heightForWidth(label.width()) <= label.height() + 1  # nothing cut off
    screenshot(d, "connection_dialog")
