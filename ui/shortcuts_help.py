"""Help → Keyboard shortcuts: the one set of keys the program uses, in one list.

The same key means the same thing everywhere: Ctrl+N makes the area's new thing,
Ctrl+Shift+N its second kind (book a consultation, enrol in a course), Ctrl+E edits what
is open. Keep this list in step with the shortcuts themselves."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelter_app.i18n import fill

COMMON: tuple[tuple[str, str], ...] = (
    (
        "Ctrl+F",
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Search the clients; in other areas, go into the area"
        ),
    ),
    (
        "Ctrl+N",
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog",
            "New in the area: client, consultation, course, event, admission, account",
        ),
    ),
    (
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Book a consultation; enrol a participant in the course"
        ),
    ),
    ("Ctrl+E", QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the client's record or the course")),
    ("Ctrl+T", QT_TRANSLATE_NOOP("ShortcutsDialog", "Take attendance of the course's session")),
    ("Down, Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "From the search to the results")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the chosen row")),
    ("Alt+Left", QT_TRANSLATE_NOOP("ShortcutsDialog", "Back from a client's card to the list")),
    ("Ctrl+PgUp, Ctrl+PgDown", QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous or next day")),
    ("Ctrl+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next tab")),
    ("Ctrl+S, Ctrl+Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the open form")),
    ("F5", QT_TRANSLATE_NOOP("ShortcutsDialog", "Refresh the overview")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("ShortcutsDialog", "Lock the program")),
    ("F12", QT_TRANSLATE_NOOP("ShortcutsDialog", "Quick exit: hide every window at once")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("ShortcutsDialog", "Quit")),
    ("F1", QT_TRANSLATE_NOOP("ShortcutsDialog", "This list")),
)


def key_text(keys: str) -> str:
    """As the system writes keys ("Ctrl+PgUp"), each of a comma-separated list."""
    parts = [
        QKeySequence(k.strip()).toString(QKeySequence.SequenceFormat.NativeText) or k
        for k in keys.split(",")
    ]
    return ", ".join(parts)


class ShortcutsDialog(QDialog):
    def __init__(self, areas: list[tuple[str, str]], parent: QWidget | None = None):
        """`areas`: (shortcut, translated title) of the areas the user has."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(keys, fill(self.tr("Go to: %1"), title)) for keys, title in areas]
        rows += [
            (keys, QCoreApplication.translate("ShortcutsDialog", text)) for keys, text in COMMON
        ]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(key_text(keys)))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
