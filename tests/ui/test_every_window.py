"""Checks that hold for every window a person can reach (tests/ui/walk.py): no two
controls of one window share an Alt-letter, and nothing shown in Ukrainian is left in
English."""

from __future__ import annotations

import json
import os
import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from shelter_app.database import Database
from shelter_app.demo import build_demo
from shelter_app.settings import get_settings
from tests.ui.walk import Walk, every_window, mnemonics_in, no_blocking_dialogs
from ui.context import AppContext
from ui.main_window import MainWindow

PASSWORD = "Demo-pass-123"
ROLES = [
    "admin",
    "caseworker",
    "psychologist",
    "lawyer",
    "head",
    "trainer",
    "operator",
    "coordinator",
]

# Latin words allowed in Ukrainian: names of formats, standards, keys and the program
ALLOWED = {
    "sha",
    "pdf",
    "csv",
    "json",
    "oberih",
    "ctrl",
    "shift",
    "alt",
    "enter",
    "return",
    "tab",
    "esc",
    "pgup",
    "pgdown",
    "up",
    "down",
    "left",
    "right",
    "del",
    "f1",
    "f5",
    "f12",
    "k",
    "id",
    "utc",
    "sqlcipher",
    "aes",
    "gcm",
    "argon2id",
    "usb",
    "wal",
    "qr",
    "e",
    "mail",
    "www",
    "http",
    "https",
    "viber",
    "telegram",
    "signal",
    "whatsapp",
    "english",  # the language's own name in the language list
    "olena",  # an example user name (user names are written in Latin letters)
}
PATHS = re.compile(r"(?:[A-Za-z]:)?[\\/][^\s,;)«»]*")  # folders are named as on disk
KEYS = re.compile(r"\b(?:Ctrl|Alt|Shift)\+[\w+]+")  # Ctrl+L, Ctrl+Shift+N
CODE = re.compile(r"\bK-\d{4}-\d+\b|\b[A-Z]{1,3}-\d[\w-]*\b")  # client codes, room labels
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("walk") / "demo.db"
    build_demo(path, PASSWORD, 60, seed=5)
    return path


def walk_role(qtbot, worker, idle, demo_path, role: str):
    db, user = Database.sign_in(demo_path, role, PASSWORD)
    ctx = AppContext(db, user, worker, get_settings(db, user), demo=True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    walk = Walk(qtbot, lambda: idle(ctx))
    try:
        yield from every_window(walk, window)
    finally:
        window.allow_close = True
        window.close()
        worker.wait()
        db.close()


@pytest.mark.parametrize("role", ROLES)
def test_no_two_controls_of_a_window_share_an_alt_letter(
    qtbot, worker, idle, demo_path, role, language, monkeypatch
):
    no_blocking_dialogs(monkeypatch)
    clashes: dict[str, dict[str, list[str]]] = {}
    windows = 0
    dump = os.environ.get("OBERIH_MNEMONIC_DUMP")  # for re-choosing letters in bulk
    for where, root in walk_role(qtbot, worker, idle, demo_path, role):
        windows += 1
        claims = mnemonics_in(root)
        if dump:
            with open(dump, "a", encoding="utf-8") as f:
                texts = [t for ts in claims.values() for t in ts]
                f.write(json.dumps({"lang": language, "where": where, "texts": texts}) + "\n")
        for letter, texts in claims.items():
            if len(set(texts)) > 1 or len(texts) > 1:
                clashes.setdefault(where, {})[letter] = texts
    assert windows > 2  # the walk reached the areas, tabs and dialogs
    report = "\n".join(f"{where}: {letters}" for where, letters in clashes.items())
    assert clashes == {}, report


def visible_texts(root: QWidget) -> list[str]:
    found = [root.windowTitle()]
    if isinstance(root, QMainWindow):
        found += [a.text() for a in root.menuBar().actions()]
        for menu_action in root.menuBar().actions():
            if menu_action.menu() is not None:
                found += [a.text() for a in menu_action.menu().actions()]
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.window() is not root:
            continue
        found.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            found.append(w.text())
        elif isinstance(w, QGroupBox):
            found.append(w.title())
        elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            found.append(w.placeholderText())
        elif isinstance(w, QComboBox) and not isinstance(root, QFileDialog):  # not paths
            found += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            found += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps its columnCount private
                columns = 0
            for c in range(columns):
                found.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
    return [t for t in found if t]


def latin_words(text: str) -> set[str]:
    text = re.sub(r"<[^>]+>", " ", text)  # rich-text tags
    text = CODE.sub(" ", KEYS.sub(" ", PATHS.sub(" ", text)))
    return {w for w in LATIN_WORD.findall(text) if w.casefold() not in ALLOWED}


@pytest.mark.parametrize("role", ROLES)
def test_nothing_shown_in_ukrainian_is_left_in_english(
    qtbot, worker, idle, demo_path, role, ukrainian, monkeypatch
):
    no_blocking_dialogs(monkeypatch)
    left: dict[str, set[str]] = {}
    for where, root in walk_role(qtbot, worker, idle, demo_path, role):
        for text in visible_texts(root):
            words = latin_words(text)
            if words:
                left.setdefault(where, set()).update(words)
    report = "\n".join(f"{where}: {sorted(words)}" for where, words in left.items())
    assert left == {}, report


def test_qt_own_file_dialog_speaks_ukrainian(qtbot, ukrainian):
    dialog = QFileDialog(None, "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Перегляд у:"
    assert labels["fileTypeLabel"] == "&Тип файлів:"
    assert not latin_words(" ".join(labels.values()))
