"""Starting the application: QApplication, translations, the one-instance lock."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import platformdirs
from PySide6.QtWidgets import QApplication, QMessageBox

from shelter_app.errors import DatabaseInUse
from shelter_app.i18n import install_translator
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.instance_lock import InstanceLock

from .main_window import MainWindow

ORGANISATION = "Oberih"
APPLICATION = "Oberih"


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APPLICATION, ORGANISATION)) / "oberih.db"


def make_application(language: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    install_translator(language)
    return app


def run_gui(args: argparse.Namespace) -> int:
    app = make_application(args.lang)
    db_path = Path(args.gui_db) if args.gui_db else default_database_path()
    lock = InstanceLock(DatabasePaths.for_database(db_path))
    try:
        lock.acquire()
    except DatabaseInUse as exc:
        QMessageBox.warning(None, app.translate("app", "Oberih"), exc.user_message())
        return exc.exit_code
    try:
        window = MainWindow(db_path)
        window.show()
        return app.exec()
    finally:
        lock.release()
