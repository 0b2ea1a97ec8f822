"""The Overview's cards for a trainer (her week: sessions of her courses, places taken,
the centre's events) and a hotline operator (contacts today and this week by channel).
Counts and codes only, from shelter_app.role_overview; the names on a trainer's lists stay
on the course's own list."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from shelter_app import role_overview
from shelter_app.contact_vocabulary import Channel, contact_label
from shelter_app.i18n import fill
from shelter_app.vocabulary import EventKind

from .charts import number
from .context import AppContext
from .dashboard import Card, Request, Row, _day, _time, stat_row
from .display import code_label


class TrainerWeekCard(Card):
    """The week of the trainer signed in."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "trainer_week", parent)
        self.set_title(self.tr("My courses this week"))
        grid, self.running, self.session_count, self.event_count = stat_row(
            self.body,
            [self.tr("My courses running"), self.tr("Sessions this week"), self.tr("Events")],
        )
        self.content.addLayout(grid)
        self.section(self.tr("Sessions of my courses"))
        self.sessions, self.no_sessions = self.table(
            [self.tr("Day"), self.tr("Time"), self.tr("Course"), self.tr("Places taken")],
            self.tr("Sessions of my courses this week"),
            self.tr("No session of your courses this week."),
        )
        self.section(self.tr("Events this week"))
        self.events, self.no_events = self.table(
            [self.tr("Day"), self.tr("Event"), self.tr("Kind")],
            self.tr("Events this week"),
            self.tr("No event this week."),
        )
        self.button(self.tr("Open &courses and events"), "programmes")

    def requests(self, today: date) -> list[Request]:
        return [(role_overview.trainer_week, today)]

    def show_results(self, today: date, results: list[Any]) -> None:
        week: role_overview.TrainerWeek = results[0]
        self.set_subtitle(
            fill(self.tr("From %1 to %2"), _day(week.monday, today), _day(week.sunday, today))
        )
        self.running.set(number(week.courses_running))
        self.session_count.set(number(len(week.sessions)))
        self.event_count.set(number(len(week.events)))
        rows = []
        for s in week.sessions:
            places = fill(self.tr("%1 of %2"), number(s.enrolled), number(s.capacity))
            if s.waiting:
                places += " " + self.tr("(%n waiting)", "", s.waiting)
            rows.append(
                Row(
                    (
                        self.when(s.starts_at.date(), today),
                        _time(s.starts_at),
                        s.course_title,
                        places,
                    )
                )
            )
        self.fill(self.sessions, self.no_sessions, rows)
        self.fill(
            self.events,
            self.no_events,
            [
                Row((self.when(e.held_on, today), e.title, code_label(EventKind, e.kind)))
                for e in week.events
            ],
        )


class ContactsCard(Card):
    """The operator's line: how many contacts today and this week, by channel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "contacts_today", parent)
        self.set_title(self.tr("Anonymous contacts"))
        grid, self.today_total, self.week_total, self.mine = stat_row(
            self.body,
            [self.tr("Today"), self.tr("This week"), self.tr("Logged by you today")],
        )
        self.content.addLayout(grid)
        self.section(self.tr("By channel"))
        self.channels, self.no_channels = self.table(
            [self.tr("Channel"), self.tr("Today"), self.tr("This week")],
            self.tr("Contacts by channel"),
            self.tr("No contact logged this week yet."),
        )
        self.button(self.tr("&Log a contact"), "contacts")

    def requests(self, today: date) -> list[Request]:
        return [(role_overview.contact_overview, today)]

    def show_results(self, today: date, results: list[Any]) -> None:
        seen: role_overview.ContactOverview = results[0]
        self.set_subtitle(fill(self.tr("Week from %1"), _day(seen.monday, today)))
        self.today_total.set(number(seen.today_total))
        self.week_total.set(number(seen.week_total))
        self.mine.set(number(seen.logged_by_me_today))
        rows = [
            Row(
                (
                    contact_label(c),
                    number(seen.today_by_channel.get(c.value, 0)),
                    number(seen.week_by_channel.get(c.value, 0)),
                )
            )
            for c in Channel
            if seen.week_by_channel.get(c.value, 0)
        ]
        self.fill(self.channels, self.no_channels, rows)
