"""The sessions of the chosen course by date, with adding, moving and removing one
(WRITE_PROGRAMMES) and the attendance of each, taken by ticking names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from shelter_app import courses
from shelter_app.courses import CourseRecord, SessionRecord
from shelter_app.i18n import fill
from shelter_app.permissions import Permission

from ..context import AppContext
from ..display import time_text
from . import (
    NOTICE,
    Column,
    ConfirmDialog,
    RecordModel,
    button,
    empty_hint,
    make_table,
    select_record,
    selected_record,
    weekday_day_text,
)
from .course_dialogs import DEFAULT_DURATION_MIN, DEFAULT_START, AttendanceDialog, SessionDialog


class SessionsPanel(QGroupBox):
    """Opens its dialogs through `open_dialog` (the tab keeps one at a time); attendance
    is only for those who may read the course's list (`may_read_list`)."""

    def __init__(
        self,
        ctx: AppContext,
        open_dialog: Callable[[QDialog], None],
        may_read_list: Callable[[int], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setTitle(self.tr("Sessions"))
        self.ctx = ctx
        self.open_dialog = open_dialog
        self.may_read_list = may_read_list
        self.can_define = ctx.can(Permission.WRITE_PROGRAMMES)
        self.can_read_roster = ctx.can(Permission.READ_STAYS_ENROLMENTS) or ctx.can(
            Permission.OWN_COURSE_LISTS
        )
        self.can_enrol = ctx.can(Permission.WRITE_STAYS_ENROLMENTS)
        self.course: CourseRecord | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = button(self.tr("A&dd…"), self, self.add_session)
        self.move_button = button(self.tr("&Move or change…"), self, self.move_session)
        self.remove_button = button(self.tr("Rem&ove…"), self, self.remove_session)
        for b in (self.add_button, self.move_button, self.remove_button):
            b.setVisible(self.can_define)
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        today = date.today()
        self.model = RecordModel(
            [
                Column(self.tr("Date"), lambda s: weekday_day_text(s.starts_at.date())),
                Column(self.tr("Time"), self._session_time),
                Column(self.tr("Topic"), lambda s: s.topic or ""),
                Column(
                    self.tr("Attendance"),
                    self._session_attendance,
                    tint=lambda s: (
                        NOTICE if not s.attendance_taken and s.starts_at.date() <= today else None
                    ),
                ),
            ],
            self,
            bold=lambda s: s.starts_at.date() == today,
            dim=lambda s: s.starts_at.date() > today,
            tooltip=lambda s: s.topic,
        )
        self.view = make_table(self.model, self, stretch=2)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        if self.can_read_roster:
            self.view.activated.connect(lambda _index: self.take_attendance())
        layout.addWidget(self.view, 1)
        self.empty = empty_hint(self.tr("No sessions planned yet."), self)
        layout.addWidget(self.empty)
        self.empty.hide()
        below = QHBoxLayout()
        below.addStretch(1)
        self.attendance_button = button(
            self.tr("Ta&ke attendance…") if self.can_enrol else self.tr("Attendance…"),
            self,
            self.take_attendance,
        )
        self.attendance_button.setToolTip(self.tr("Of the chosen session (Ctrl+T, or Enter)"))
        self.attendance_button.setVisible(self.can_read_roster)
        below.addWidget(self.attendance_button)
        layout.addLayout(below)

    # --- texts ----------------------------------------------------------------------------

    def _session_time(self, session: SessionRecord) -> str:
        end = session.starts_at + timedelta(minutes=session.duration_min)
        return f"{time_text(session.starts_at)}–{time_text(end)}"

    def _session_attendance(self, session: SessionRecord) -> str:
        if session.attendance_taken:
            return fill(self.tr("%1 present"), str(session.present))
        if session.starts_at.date() > date.today():
            return self.tr("planned")
        return self.tr("not taken yet")

    # --- loading --------------------------------------------------------------------------

    def show_course(self, course: CourseRecord | None) -> None:
        """The chosen course (None: none); its sessions fetched anew."""
        self.course = course
        if course is None:
            self.model.set_rows([])
        else:
            self.ctx.call(
                courses.list_sessions,
                course.id,
                on_done=lambda rows, cid=course.id: self._loaded(cid, rows),
                owner=self,
            )
        self.update_buttons()

    def _loaded(self, course_id: int, rows: list[SessionRecord]) -> None:
        if self.course is None or self.course.id != course_id:
            return
        current = selected_record(self.view)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if current is not None:
            select_record(self.view, current.id)
        else:
            select_record(self.view, self._nearest_session(rows))
        self.update_buttons()

    @staticmethod
    def _nearest_session(rows: list[SessionRecord]) -> int | None:
        """The latest session that has begun (the one to take attendance for), else the
        first one."""
        now = datetime.now()
        begun = [s for s in rows if s.starts_at <= now]
        if begun:
            return begun[-1].id
        return rows[0].id if rows else None

    def update_buttons(self, *_args: object) -> None:
        course = self.course
        open_course = course is not None and not course.archived
        session = selected_record(self.view)
        self.attendance_button.setEnabled(
            session is not None and course is not None and self.may_read_list(course.id)
        )
        self.add_button.setEnabled(open_course)
        self.move_button.setEnabled(open_course and session is not None)
        self.remove_button.setEnabled(
            open_course and session is not None and not session.attendance_taken
        )

    # --- actions --------------------------------------------------------------------------

    def add_session(self) -> None:
        course = self.course
        if not self.can_define or course is None or course.archived:
            return
        rows: list[SessionRecord] = self.model.rows
        proposed = datetime.combine(max(course.starts_on, date.today()), DEFAULT_START)
        duration = DEFAULT_DURATION_MIN
        if rows:  # the same weekday and hour a week after the last one
            last = rows[-1]
            following = last.starts_at + timedelta(weeks=1)
            duration = last.duration_min
            if following.date() <= course.ends_on:
                proposed = following
        if proposed.date() > course.ends_on:
            proposed = datetime.combine(course.starts_on, DEFAULT_START)
        self.open_dialog(
            SessionDialog(self.ctx, self, course, proposed=proposed, duration=duration)
        )

    def move_session(self) -> None:
        session = selected_record(self.view)
        if self.can_define and self.course is not None and session is not None:
            self.open_dialog(SessionDialog(self.ctx, self, self.course, session=session))

    def remove_session(self) -> None:
        session = selected_record(self.view)
        if not self.can_define or session is None:
            return
        self.open_dialog(
            ConfirmDialog(
                self.ctx,
                self.tr("Remove a session"),
                fill(
                    self.tr("Remove the session of %1 at %2?"),
                    weekday_day_text(session.starts_at.date()),
                    time_text(session.starts_at),
                ),
                self.tr("Remo&ve"),
                self,
                courses.remove_session,
                session.id,
            )
        )

    def take_attendance(self) -> None:
        session = selected_record(self.view)
        if not self.can_read_roster or self.course is None or session is None:
            return
        writable = self.can_enrol and not self.course.archived
        self.open_dialog(AttendanceDialog(self.ctx, self, self.course, session, writable=writable))
