"""Fixtures for driving the real widgets: a worker, a signed-in AppContext per role,
Ukrainian/English switching, screenshots under OBERIH_SCREENSHOTS, private QSettings."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from shelter_app.i18n import install_translator
from shelter_app.permissions import Role
from shelter_app.settings import get_settings
from ui.context import AppContext
from ui.worker import Worker

_language = {"current": "en"}


@pytest.fixture(autouse=True)
def private_qsettings(tmp_path_factory):
    """Window geometry and preferences go to a throw-away folder, never the user's."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(autouse=True, scope="session")
def english_by_default(qapp):
    """Tests read English unless they ask for Ukrainian; plurals come from the English
    catalogue ("1 client", "3 clients") whatever ran before."""
    install_translator("en")


@pytest.fixture
def ukrainian(qapp):
    install_translator("uk")
    _language["current"] = "uk"
    yield
    install_translator("en")
    _language["current"] = "en"


@pytest.fixture(params=["uk", "en"])
def language(request, qapp):
    """Run a test once in Ukrainian and once in English (for screenshots of both)."""
    install_translator(request.param)
    _language["current"] = request.param
    yield request.param
    install_translator("en")
    _language["current"] = "en"


@pytest.fixture
def screenshot() -> Callable[[QWidget, str], None]:
    """`screenshot(widget, "clients_list")` saves clients_list_<lang>.png into the folder
    named by OBERIH_SCREENSHOTS, if set."""

    def save(widget: QWidget, name: str) -> None:
        folder = os.environ.get("OBERIH_SCREENSHOTS")
        if not folder:
            return
        Path(folder).mkdir(parents=True, exist_ok=True)
        target = Path(folder) / f"{name}_{_language['current']}.png"
        assert widget.grab().save(str(target))

    return save


@pytest.fixture
def worker(qapp):
    w = Worker()
    yield w
    w.wait()


@pytest.fixture
def gui_ctx(opened, staff, worker) -> Callable[..., AppContext]:
    """`gui_ctx(Role.CASE_WORKER)`: a signed-in context as the window would have it."""
    made: list[AppContext] = []

    def make(role: Role = Role.ADMIN, *, demo: bool = False) -> AppContext:
        user = opened.admin if role is Role.ADMIN else staff[role]
        ctx = AppContext(opened.db, user, worker, get_settings(opened.db, user), demo=demo)
        made.append(ctx)
        return ctx

    yield make
    worker.wait()


@pytest.fixture
def idle(qtbot) -> Callable[[AppContext | Worker], None]:
    """Wait until the background worker has finished everything queued."""

    def wait(ctx_or_worker) -> None:
        w = ctx_or_worker.worker if isinstance(ctx_or_worker, AppContext) else ctx_or_worker
        qtbot.waitUntil(lambda: not w.busy, timeout=15_000)

    return wait


def type_text(widget: QWidget, text: str) -> None:
    """Type like a person, one key at a time. `qtbot.keyClicks` aborts Python on
    Cyrillic (Qt's qasciikey assertion), so every character goes as its own key event."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def type_into() -> Callable[[QWidget, str], None]:
    return type_text
