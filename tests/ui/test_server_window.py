"""The window on a PostgreSQL server (issue 20): `shelter-app --server URL` signs in to
the server database through the same windows, and a bad address never opens one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shelter_app import accounts
from shelter_app.database import Database
from shelter_app.errors import ExitCode, NotOnServer
from shelter_app.storage import server_store
from shelter_app.storage.server import parse_server_url
from tests import pg_cluster
from tests.conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD
from ui import launcher
from ui.app import OberihApp


@pytest.fixture
def server_db(tmp_path, monkeypatch):
    if pg_cluster.cluster().base_url is None:
        pytest.skip(pg_cluster.cluster().reason)
    monkeypatch.setenv(server_store.WORKSTATION_DIR_ENV, str(tmp_path / "workstation"))
    address = parse_server_url(pg_cluster.new_database("win"))
    db, admin, _code = Database.initialise(address, ADMIN, ADMIN_PASSWORD, "Адміністраторка")
    accounts.create_account(db, admin, "olena", "Олена Case", "caseworker", STAFF_PASSWORD)
    db.close()
    return address


def test_the_window_signs_in_to_a_server(qtbot, server_db):
    controller = OberihApp(server_db)
    try:
        controller.start()
        window = controller.sign_in_window
        assert window is not None and controller.wizard is None  # never a first run here
        qtbot.keyClicks(window.username, "olena")
        qtbot.keyClicks(window.password, STAFF_PASSWORD)
        qtbot.keyClick(window.password, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: controller.main is not None and controller.main.isVisible(), timeout=30_000
        )
        assert controller.ctx.db.server == server_db
        assert controller.ctx.user.username == "olena"
        with pytest.raises(NotOnServer):  # nothing of a local file is asked of a server
            _ = controller.db_path
    finally:
        if controller.ctx is not None:
            controller._end_session(lambda: None)
        controller.worker.wait()
        for w in QApplication.topLevelWidgets():
            w.close()


@pytest.mark.parametrize(
    "url", ["mysql://u@host/db", "postgresql://u@db.example/db?sslmode=prefer"]
)
def test_a_bad_server_address_is_one_line_and_exit_2(capsys, url):
    assert launcher.main(["--server", url]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("shelter-app: ")


def test_db_and_server_together_are_refused():
    with pytest.raises(SystemExit) as stopped:
        launcher.main(["--db", "x.db", "--server", "postgresql://u@/d"])
    assert stopped.value.code == ExitCode.USAGE
