"""Every window carries the application icon, and a dark system theme (Windows 11 or
macOS dark mode) does not make the style sheets' dark text unreadable: the program
keeps a light palette."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ui import appearance
from ui.app import make_application


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202020"),
        (QPalette.ColorRole.WindowText, "#f0f0f0"),
        (QPalette.ColorRole.Base, "#1a1a1a"),
        (QPalette.ColorRole.Text, "#f0f0f0"),
        (QPalette.ColorRole.Button, "#2b2b2b"),
        (QPalette.ColorRole.ButtonText, "#f0f0f0"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_every_window_gets_the_icon(qapp) -> None:
    app = make_application()
    assert not app.windowIcon().isNull()
    assert app.windowIcon().availableSizes()
    window = QWidget()
    assert window.windowIcon().cacheKey() == app.windowIcon().cacheKey()
    window.deleteLater()


def test_a_dark_system_palette_is_replaced_by_a_light_one(qapp) -> None:
    app = QApplication.instance()
    style, palette = app.style().name(), app.palette()
    try:
        app.setPalette(_dark_palette())
        assert appearance.palette_is_dark(app.palette())
        appearance.force_light_scheme(app)
        light = app.palette()
        assert not appearance.palette_is_dark(light)
        assert light.color(QPalette.ColorRole.Window).lightness() > 200
        # the warning red of the forms stays readable on it (contrast of #b3261e on the
        # window colour above 4.5:1)
        assert _contrast(QColor("#b3261e"), light.color(QPalette.ColorRole.Window)) > 4.5
        if hasattr(app.styleHints(), "colorScheme"):
            assert app.styleHints().colorScheme() in (
                Qt.ColorScheme.Light,
                Qt.ColorScheme.Unknown,  # platforms without a scheme (offscreen)
            )
    finally:
        app.setStyle(style)
        app.setPalette(palette)


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
