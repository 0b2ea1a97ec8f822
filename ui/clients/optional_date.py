"""A date that may be left empty: typed as on paper or picked from a calendar. Used by
the client form and the forms of her card (consents, children, risk)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ..display import date_hint, date_text, parse_date


class OptionalDateEdit(QWidget):
    """A date that may be left empty: typed as on paper (17.05.1990) or picked from a
    calendar. `value()` is (True, date | None) or (False, None) for text that is no date."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(date_hint())
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 60)
        row.addWidget(self.edit)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.button.setToolTip(self.tr("Pick the date in a calendar"))
        self.button.setAccessibleName(self.tr("Calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._calendar_to_text)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.button.setMenu(menu)
        row.addWidget(self.button)
        row.addStretch(1)
        self.setFocusProxy(self.edit)

    def set_date(self, day: date | None) -> None:
        self.edit.setText(date_text(day))

    def value(self) -> tuple[bool, date | None]:
        text = self.edit.text().strip()
        if not text:
            return True, None
        day = parse_date(text)
        return (day is not None), day

    def _calendar_to_text(self) -> None:
        ok, day = self.value()
        if ok and day is not None:
            self.calendar.setSelectedDate(day)

    def _picked(self, qdate) -> None:
        self.edit.setText(date_text(date(qdate.year(), qdate.month(), qdate.day())))
        self.button.menu().hide()
        self.edit.setFocus()
