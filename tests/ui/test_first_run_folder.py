"""On Windows, the first start warns on the recovery-code page when every local account
may read the data folder (emulated: the access-list reader is replaced)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.ui import test_session
from ui import first_run

app_factory = test_session.app_factory
WARNING = "Warning: every local account (Users) may read the data folder D:\\Oberih."
WARNING_UK = "Увага: теку з даними D:\\Oberih може читати кожен локальний обліковий запис (Users)."


def _create(qtbot, controller) -> None:
    wizard = controller.wizard
    page = wizard.account_page
    qtbot.keyClicks(page.password, "Kalyna-2026-spring")
    qtbot.keyClicks(page.repeat, "Kalyna-2026-spring")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == 1, timeout=15_000)


def test_a_folder_every_account_may_read_is_named_on_the_code_page(
    qtbot, tmp_path, app_factory, monkeypatch, screenshot, language
) -> None:
    seen = []

    def warn(folder):
        seen.append(folder)
        return WARNING if language == "en" else WARNING_UK

    monkeypatch.setattr(first_run, "folder_warning", warn)
    controller = app_factory(tmp_path / "data" / "oberih.db")
    _create(qtbot, controller)
    page = controller.wizard.code_page
    assert seen == [tmp_path / "data"]
    assert page.folder_warning.isVisible()
    assert page.folder_warning.text() == (WARNING if language == "en" else WARNING_UK)
    screenshot(controller.wizard, "first_run_folder_warning")


def test_no_warning_when_the_folder_is_private(qtbot, tmp_path, app_factory, monkeypatch) -> None:
    monkeypatch.setattr(first_run, "folder_warning", lambda _folder: None)
    controller = app_factory(tmp_path / "data" / "oberih.db")
    _create(qtbot, controller)
    assert not controller.wizard.code_page.folder_warning.isVisible()
