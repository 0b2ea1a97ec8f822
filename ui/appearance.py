"""How every window looks whatever the system's theme: the application icon, and a
light colour scheme.

Windows 11 and macOS dark mode make Qt use a dark palette, while Oberih's style sheets
use dark text colours for warnings and hints (red, amber, green on light): on a dark
background those become unreadable. The program asks Qt for the light scheme, and where
the platform ignores that (or has no such setting) and the palette is still dark, it
falls back to the Fusion style's own light palette."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def application_icon() -> QIcon:
    """The icon on every window and in the task bar (the bundle's executables carry the
    .ico / .icns of the same drawing)."""
    folder = resources.files("resources") / "icons"
    return QIcon(str(folder / "oberih.png"))


def palette_is_dark(palette: QPalette) -> bool:
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def force_light_scheme(app: QApplication) -> None:
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        hints.setColorScheme(Qt.ColorScheme.Light)
    if palette_is_dark(app.palette()):
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
            app.setPalette(fusion.standardPalette())


def apply(app: QApplication) -> None:
    app.setWindowIcon(application_icon())
    force_light_scheme(app)
