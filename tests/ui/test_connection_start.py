"""Starting the window against the centre's server (issue 20): the connection settings
reached from the sign-in window and the first-run wizard switch the program to the
chosen store before anyone signs in (the local file's instance lock taken or let go to
match), a saved server is where the next start goes, and signing in there opens the
main window on the server's database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from shelter_app.database import Database
from shelter_app.errors import DatabaseInUse
from shelter_app.local_files import instance_lock
from shelter_app.server_check import ServerFields
from shelter_app.storage.server import ServerAddress
from tests import pg_cluster
from tests.conftest import ADMIN, ADMIN_PASSWORD
from ui.app import OberihApp
from ui.connection_dialog import ConnectionDialog
from ui.connection_settings import ConnectionChoice, Store, save_choice, saved_server_address
from ui.sign_in import SignInWindow

SERVER = ServerFields("db.centre.local", 5432, "oberih", "oberih_kyiv")


@pytest.fixture
def controllers(qtbot):
    made: list[OberihApp] = []
    yield made
    for controller in made:
        if controller.ctx is not None:
            controller._end_session(lambda: None)
        controller.worker.wait()
        if controller.instance_lock is not None:
            controller.instance_lock.release()
        for w in QApplication.topLevelWidgets():
            w.close()


def start(controllers, target, lock=None) -> OberihApp:
    controller = OberihApp(target, lock)
    controllers.append(controller)
    ended: list[int] = []
    controller.finished.connect(ended.append)
    controller.ended = ended  # type: ignore[attr-defined]
    controller.start()
    return controller


def open_settings(qtbot, window) -> ConnectionDialog:
    window.findChild(type(window.sign_in_button), "connectionButton").click()
    dialog = window.findChild(ConnectionDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def choose_server(qtbot, dialog: ConnectionDialog, fields: ServerFields) -> None:
    dialog.server.setChecked(True)
    dialog.host.setText(fields.host)
    dialog.port.setValue(fields.port)
    dialog.database.setText(fields.database)
    dialog.role.setText(fields.role)
    dialog._fields_edited()
    dialog.save()


def held_elsewhere(path: Path) -> bool:
    other = instance_lock(path)
    try:
        other.acquire()
    except DatabaseInUse:
        return True
    other.release()
    return False


def test_switching_to_the_server_and_back_at_the_sign_in_window(qtbot, tmp_path, controllers):
    path = tmp_path / "oberih.db"
    Database.initialise(path, ADMIN, ADMIN_PASSWORD, "A")[0].close()
    lock = instance_lock(path)
    lock.acquire()
    controller = start(controllers, path, lock)
    first = controller.sign_in_window
    assert first is not None
    assert first.where.text() == "Records on this computer (encrypted file)."

    choose_server(qtbot, open_settings(qtbot, first), SERVER)
    assert controller.target == SERVER.address()
    assert controller.instance_lock is None and not held_elsewhere(path)
    window = controller.sign_in_window
    assert window is not None and window is not first and window.isVisible()
    assert window.where.text() == "Records on the centre's server db.centre.local:5432/oberih."
    assert controller.ended == []  # replacing the window did not end the program
    assert saved_server_address() == SERVER.address()

    dialog = open_settings(qtbot, window)
    dialog.local.setChecked(True)
    dialog.save()
    assert controller.target == path
    assert held_elsewhere(path)
    assert controller.sign_in_window is not None
    assert controller.sign_in_window.where.text().startswith("Records on this computer")
    assert controller.ended == [] and saved_server_address() is None


def test_a_new_workstation_goes_from_the_first_run_wizard_to_the_server(
    qtbot, tmp_path, controllers
):
    controller = start(controllers, tmp_path / "none" / "oberih.db")
    wizard = controller.wizard
    assert wizard is not None
    button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert button.isVisible() and button.text() == "Connec&tion…"
    button.click()
    dialog = wizard.findChild(ConnectionDialog)
    choose_server(qtbot, dialog, SERVER)
    assert controller.wizard is None and controller.ended == []
    assert isinstance(controller.target, ServerAddress)
    assert controller.sign_in_window is not None and controller.sign_in_window.isVisible()
    assert not (tmp_path / "none" / "oberih.db").exists()  # no local database was made


def test_the_demo_sign_in_window_offers_no_connection_settings(qtbot, tmp_path, worker):
    window = SignInWindow(tmp_path / "demo.db", worker, can_change_target=False)
    qtbot.addWidget(window)
    assert window.connection_button is None


def test_a_saved_server_is_where_the_next_start_goes():
    assert saved_server_address() is None  # nothing saved: the local file
    save_choice(ConnectionChoice(Store.SERVER, SERVER))
    assert saved_server_address() == SERVER.address()
    save_choice(ConnectionChoice(Store.LOCAL, SERVER))  # the fields are kept, unused
    assert saved_server_address() is None


def test_signing_in_on_the_server_opens_the_main_window(qtbot, controllers):
    cluster = pg_cluster.cluster()
    if cluster.base_url is None:
        pytest.skip(cluster.reason)
    url = pg_cluster.new_database("gui")
    query = dict(p.split("=", 1) for p in url.partition("?")[2].split("&"))
    fields = ServerFields(
        query["host"], int(query["port"]), pg_cluster.database_name(url), "oberih_test"
    )
    db, _admin, _code = Database.initialise(fields.address(), ADMIN, ADMIN_PASSWORD, "A")
    db.close()
    save_choice(ConnectionChoice(Store.SERVER, fields))
    controller = start(controllers, saved_server_address())
    window = controller.sign_in_window
    assert window is not None and controller.instance_lock is None
    window.username.setText(ADMIN)
    window.password.setText(ADMIN_PASSWORD)
    window.submit()
    qtbot.waitUntil(lambda: controller.main is not None, timeout=30_000)
    assert controller.ctx is not None and controller.ctx.user.username == ADMIN


def test_the_sign_in_window_names_the_server(qtbot, worker, language, screenshot):
    window = SignInWindow(SERVER.address(), worker)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "db.centre.local:5432/oberih" in window.where.text()
    assert window.where.heightForWidth(window.where.width()) <= window.where.height() + 1
    texts = [b.text() for b in window.findChildren(type(window.sign_in_button))]
    letters = [t[t.index("&") + 1].casefold() for t in texts if "&" in t]
    assert len(letters) == len(set(letters)), texts  # Alt-letters unique
    screenshot(window, "sign_in_server")
