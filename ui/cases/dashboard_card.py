"""The overview's card of overdue contacts with her (follow-ups of open cases), which
can be dealt with on the spot: done, rescheduled, or dismissed with a reason."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from shelter_app.cases import follow_ups

from ..context import AppContext
from ..dashboard import Card, Request
from .follow_up_list import OverdueFollowUps


class FollowUpsCard(Card):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "follow_ups", parent)
        self.set_title(self.tr("Overdue contacts"))
        self.list = OverdueFollowUps(ctx, self.body, show_names=False)
        self.list.heading.hide()
        self.list.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.content.addWidget(self.list)

    def requests(self, today: date) -> list[Request]:
        return [(follow_ups.overdue_follow_ups, today)]

    def show_results(self, today: date, results: list[Any]) -> None:
        self.list._show(results[0])
