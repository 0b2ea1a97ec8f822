"""The placeholder window: starts offscreen, Ukrainian by default, one per database."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from shelter_app.i18n import install_translator
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.instance_lock import InstanceLock
from ui import app as app_module
from ui.main_window import MainWindow


def _save_screenshot(widget, name: str) -> None:
    folder = os.environ.get("OBERIH_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def ukrainian(qapp):
    install_translator("uk")
    yield
    install_translator("en")


def test_window_is_ukrainian_and_its_title_names_only_the_program(qtbot, tmp_path, ukrainian):
    db = tmp_path / "Ярина Коваленко.db"  # a careless folder name must not reach the title
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Оберіг"
    assert "Бази даних ще немає" in window.status_label.text()
    assert "Ярина" not in window.windowTitle()
    assert not window.grab().isNull()
    _save_screenshot(window, "main_window_uk")


def test_window_in_english(qtbot, tmp_path, qapp):
    install_translator("en")
    db = tmp_path / "x.db"
    db.write_bytes(b"x")
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Oberih"
    assert window.status_label.text().startswith("Database found")
    _save_screenshot(window, "main_window_en")


def test_second_window_on_the_same_database_gets_a_clear_message(tmp_path, qapp, monkeypatch):
    db = tmp_path / "oberih.db"
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text))
    )
    args = argparse.Namespace(gui_db=str(db), lang="en")
    with InstanceLock(DatabasePaths.for_database(db)):
        code = app_module.run_gui(args)
    assert code == 9
    assert shown == ["Oberih is already open on this computer with this database."]
