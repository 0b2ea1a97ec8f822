"""The dashboard card of violence casework (issue 15): notifications the law asks for
that are not yet made — loud once overdue — and protection orders that end within three
days (for a lawyer, those of her clients). Client codes only, like every card."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from shelter_app import notifications
from shelter_app import protection_orders as orders
from shelter_app.i18n import fill
from shelter_app.permissions import Permission
from shelter_app.violence_vocabulary import OrderKind, Recipient, code_label

from .context import AppContext
from .dashboard import Card, Row, quiet
from .display import datetime_text
from .violence_journal import JournalDialog

LOUD_STYLE = (
    "background: #fdecea; color: #8c1d18; border: 1px solid #f2b8b5; border-radius: 4px;"
    " padding: 6px; font-weight: bold;"
)
SOON_MINUTES = 4 * 60  # a notice due within four hours is marked too


class ViolenceCard(Card):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "violence", parent)
        self.set_title(self.tr("Notifications and protection orders"))
        self.alarm = QLabel(self.body)
        self.alarm.setWordWrap(True)
        self.alarm.setStyleSheet(LOUD_STYLE)
        self.alarm.hide()
        self.content.addWidget(self.alarm)
        opens = ctx.can(Permission.READ_CLIENTS)
        self.section(self.tr("Notifications not yet made"))
        self.notices, self.no_notices = self.table(
            [self.tr("Client code"), self.tr("To"), self.tr("Due")],
            self.tr("Notifications not yet made"),
            self.tr("Every notification is made."),
            opens_card=opens,
        )
        self.section(self.tr("Protection orders ending within 3 days"))
        self.orders, self.no_orders = self.table(
            [self.tr("Client code"), self.tr("Order"), self.tr("Ends")],
            self.tr("Protection orders ending soon"),
            self.tr("No protection order ends within 3 days."),
            opens_card=opens,
        )
        hint = QLabel(self.tr("Click a row to open her card."), self.body)
        quiet(hint)
        hint.setVisible(opens)
        self.content.addWidget(hint)
        self.journal_button = QPushButton(self.tr("&Journal of appeals…"), self.body)
        self.journal_button.clicked.connect(self.open_journal)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.journal_button)
        self.content.addLayout(line)
        self.dialog: JournalDialog | None = None

    def open_journal(self) -> None:
        self.dialog = JournalDialog(self.ctx, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog.open()

    def now(self) -> datetime:
        return notifications.local_now()

    def requests(self, today: date) -> list[tuple[Any, ...]]:
        return [
            (notifications.open_notifications, self.now()),
            (orders.expiring_orders, today),
        ]

    def show_results(self, today: date, results: list[Any]) -> None:
        due: list[notifications.DueNotification] = results[0]
        ending: list[orders.ExpiringOrder] = results[1]
        overdue = sum(1 for d in due if d.minutes_left < 0)
        self.alarm.setText(
            self.tr(
                "%n notification(s) OVERDUE: the law asks for them within 24 hours.", "", overdue
            )
        )
        self.alarm.setVisible(overdue > 0)
        self.fill(
            self.notices,
            self.no_notices,
            [
                Row(
                    (d.client_code, code_label(Recipient, d.recipient), self._due(d)),
                    client_id=d.client_id,
                    warning=d.minutes_left < SOON_MINUTES,
                    tip=fill(self.tr("Due: %1"), datetime_text(d.due_at)),
                )
                for d in due
            ],
        )
        self.fill(
            self.orders,
            self.no_orders,
            [
                Row(
                    (o.client_code, code_label(OrderKind, o.kind), self._ends(o)),
                    client_id=o.client_id,
                    warning=True,
                )
                for o in ending
            ],
        )

    def _due(self, d: notifications.DueNotification) -> str:
        """How long is left (the exact moment is in the row's tip): short enough that
        the card shows to whom beside it."""
        if d.minutes_left < 0:
            late = -d.minutes_left
            return fill(self.tr("OVERDUE by %1 h %2 min"), str(late // 60), str(late % 60))
        left = d.minutes_left
        return fill(self.tr("in %1 h %2 min"), str(left // 60), str(left % 60))

    def _ends(self, o: orders.ExpiringOrder) -> str:
        if o.days_left == 0:
            return self.tr("today")
        return self.tr("in %n day(s)", "", o.days_left)
