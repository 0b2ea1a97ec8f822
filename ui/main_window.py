"""The main window. For now a placeholder shell: sign-in, navigation and the work areas
arrive with the GUI issues."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        # The title names the program only: never a client, never a path.
        self.setWindowTitle(self.tr("Oberih"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addStretch(1)
        title = QLabel(self.tr("Oberih — case management"), central)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        layout.addWidget(title)
        status = (
            self.tr("Database found. Sign-in will appear here in the next version.")
            if db_path.exists()
            else self.tr(
                "No database yet. Create one with: shelter-app init --db PATH --admin NAME "
                "--password-stdin"
            )
        )
        self.status_label = QLabel(status, central)
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.resize(720, 420)
