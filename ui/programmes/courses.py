"""Training courses: the list with places taken and the waiting list; for the chosen
course, who is enrolled or waiting (the roster) and its sessions by date, attendance
taken per session by ticking names.

Defining courses and sessions needs WRITE_PROGRAMMES; enrolment, completion, withdrawal
and attendance are casework about a client (WRITE_STAYS_ENROLMENTS). The services decide
who moves in from the waiting list; the roster simply shows what they did."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from shelter_app import courses
from shelter_app.courses import (
    CourseRecord,
    EnrolmentRecord,
    RosterEntry,
    SessionRecord,
    Withdrawal,
)
from shelter_app.permissions import Permission
from shelter_app.vocabulary import EnrolmentStatus

from ..context import AppContext
from ..display import code_label, date_text, time_text
from . import (
    NOTICE,
    Column,
    ConfirmDialog,
    RecordModel,
    button,
    empty_hint,
    make_table,
    period_text,
    select_record,
    selected_record,
    weekday_day_text,
)
from .course_dialogs import (
    DEFAULT_DURATION_MIN,
    DEFAULT_START,
    AttendanceDialog,
    CompleteDialog,
    CourseDialog,
    EnrolDialog,
    SessionDialog,
    _person,
    _shortcut,
)
from .course_trainer import CourseTrainerBar

# --- the tab ------------------------------------------------------------------------------


class CoursesTab(QWidget):
    """The course list on top; the chosen course's participants and sessions below."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.can_define = ctx.can(Permission.WRITE_PROGRAMMES)
        self.can_read_roster = ctx.can(Permission.READ_STAYS_ENROLMENTS) or ctx.can(
            Permission.OWN_COURSE_LISTS
        )
        self.can_enrol = ctx.can(Permission.WRITE_STAYS_ENROLMENTS)
        self.course: CourseRecord | None = None
        self.dialog: QDialog | None = None
        self._wanted: int | None = None  # a course another page asked to show
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.new_button = button(self.tr("&New course…"), self, self.new_course)
        self.edit_button = button(self.tr("Ed&it course…"), self, self.edit_course)
        self.archive_button = button(self.tr("Arc&hive…"), self, self.archive_or_restore)
        for b in (self.new_button, self.edit_button, self.archive_button):
            b.setVisible(self.can_define)
            bar.addWidget(b)
        bar.addStretch(1)
        self.show_archived = QCheckBox(self.tr("Show &archived"), self)
        self.show_archived.toggled.connect(self.refresh)
        bar.addWidget(self.show_archived)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.model = RecordModel(
            [
                Column(self.tr("Course"), self._course_title),
                Column(self.tr("Dates"), lambda c: period_text(c.starts_on, c.ends_on)),
                Column(
                    self.tr("Places taken"),
                    lambda c: (
                        self.tr("%1 of %2")
                        .replace("%1", str(c.enrolled + c.completed))
                        .replace("%2", str(c.capacity))
                    ),
                    align_right=True,
                ),
                Column(self.tr("Waiting list"), lambda c: str(c.waiting), align_right=True),
                Column(self.tr("Sessions"), lambda c: str(c.sessions), align_right=True),
            ],
            self,
            dim=lambda c: c.archived,
            tooltip=lambda c: c.description,
        )
        self.view = make_table(self.model, top, stretch=0)
        self.view.selectionModel().selectionChanged.connect(self._course_chosen)
        if self.can_define:
            self.view.activated.connect(lambda _index: self.edit_course())
        top_layout.addWidget(self.view, 1)
        self.empty = empty_hint(
            self.tr("No courses yet: “New course…” (Ctrl+N) creates one.")
            if self.can_define
            else self.tr("No courses yet."),
            top,
        )
        top_layout.addWidget(self.empty)
        self.empty.hide()
        splitter.addWidget(top)

        self.details = QWidget(splitter)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.details)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        details.addWidget(self.heading)
        self.trainer_bar = CourseTrainerBar(ctx, self.details)  # issue 14
        self.trainer_bar.changed.connect(lambda: self._show_course(self.course))
        details.addWidget(self.trainer_bar)
        sides = QSplitter(Qt.Orientation.Horizontal, self.details)
        sides.setChildrenCollapsible(False)
        sides.addWidget(self._participants_box(sides))
        sides.addWidget(self._sessions_box(sides))
        sides.setStretchFactor(0, 5)
        sides.setStretchFactor(1, 4)
        details.addWidget(sides, 1)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        if self.can_define:
            _shortcut(self, QKeySequence.StandardKey.New, self.new_course)
        if self.can_enrol:
            _shortcut(self, "Ctrl+E", self.enrol)
        if self.can_read_roster:
            _shortcut(self, "Ctrl+T", self.take_attendance)
        self._show_course(None)

    def _course_title(self, course: CourseRecord) -> str:
        if course.archived:
            return self.tr("%1 (archived)").replace("%1", course.title)
        return course.title

    def _participants_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Participants and waiting list"), parent)
        layout = QVBoxLayout(box)
        bar = QHBoxLayout()
        self.enrol_button = button(self.tr("En&rol a client…"), box, self.enrol)
        self.complete_button = button(self.tr("Co&mpleted…"), box, self.complete)
        self.withdraw_button = button(self.tr("&Withdraw…"), box, self.withdraw)
        for b in (self.enrol_button, self.complete_button, self.withdraw_button):
            b.setVisible(self.can_enrol)
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.roster_model = RecordModel(
            [
                Column(self.tr("Name"), lambda r: r.display_name or ""),
                Column(self.tr("Code"), lambda r: r.client_code),
                Column(
                    self.tr("Status"),
                    self._status_text,
                    tint=lambda r: NOTICE if r.status == EnrolmentStatus.WAITING.value else None,
                ),
                Column(self.tr("Since"), self._since_text),
                Column(self.tr("Attended"), self._attended_text, align_right=True),
            ],
            box,
            dim=lambda r: r.status == EnrolmentStatus.WITHDRAWN.value,
        )
        self.roster = make_table(self.roster_model, box, stretch=0)
        self.roster.selectionModel().selectionChanged.connect(self._update_buttons)
        if self.ctx.can(Permission.READ_CLIENTS):
            self.roster.activated.connect(self._open_client)
            self.roster.setToolTip(self.tr("Enter or double-click opens her card."))
        layout.addWidget(self.roster, 1)
        self.places = QLabel(box)
        self.places.setWordWrap(True)
        layout.addWidget(self.places)
        self.note = QLabel(box)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.note)
        if not self.can_read_roster:
            box.hide()
        return box

    def _sessions_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Sessions"), parent)
        layout = QVBoxLayout(box)
        bar = QHBoxLayout()
        self.add_session_button = button(self.tr("A&dd…"), box, self.add_session)
        self.move_session_button = button(self.tr("Move or chan&ge…"), box, self.move_session)
        self.remove_session_button = button(self.tr("Remo&ve…"), box, self.remove_session)
        for b in (self.add_session_button, self.move_session_button, self.remove_session_button):
            b.setVisible(self.can_define)
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        today = date.today()
        self.sessions_model = RecordModel(
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
            box,
            bold=lambda s: s.starts_at.date() == today,
            dim=lambda s: s.starts_at.date() > today,
            tooltip=lambda s: s.topic,
        )
        self.sessions = make_table(self.sessions_model, box, stretch=2)
        self.sessions.selectionModel().selectionChanged.connect(self._update_buttons)
        if self.can_read_roster:
            self.sessions.activated.connect(lambda _index: self.take_attendance())
        layout.addWidget(self.sessions, 1)
        self.sessions_empty = empty_hint(self.tr("No sessions planned yet."), box)
        layout.addWidget(self.sessions_empty)
        self.sessions_empty.hide()
        below = QHBoxLayout()
        below.addStretch(1)
        self.attendance_button = button(
            self.tr("&Take attendance…") if self.can_enrol else self.tr("Attendance…"),
            box,
            self.take_attendance,
        )
        self.attendance_button.setToolTip(self.tr("Of the chosen session (Ctrl+T, or Enter)"))
        self.attendance_button.setVisible(self.can_read_roster)
        below.addWidget(self.attendance_button)
        layout.addLayout(below)
        return box

    # --- texts ----------------------------------------------------------------------------

    def _status_text(self, entry: RosterEntry) -> str:
        status = code_label(EnrolmentStatus, entry.status)
        if entry.queue_position is not None:
            return (
                self.tr("%1, no. %2").replace("%1", status).replace("%2", str(entry.queue_position))
            )
        return status

    def _since_text(self, entry: RosterEntry) -> str:
        return date_text(entry.withdrawn_on or entry.completed_on or entry.enrolled_on)

    def _attended_text(self, entry: RosterEntry) -> str:
        if not entry.sessions_recorded:
            return "—"
        return (
            self.tr("%1 of %2")
            .replace("%1", str(entry.sessions_present))
            .replace("%2", str(entry.sessions_recorded))
        )

    def _session_time(self, session: SessionRecord) -> str:
        end = session.starts_at + timedelta(minutes=session.duration_min)
        return f"{time_text(session.starts_at)}–{time_text(end)}"

    def _session_attendance(self, session: SessionRecord) -> str:
        if session.attendance_taken:
            return self.tr("%1 present").replace("%1", str(session.present))
        if session.starts_at.date() > date.today():
            return self.tr("planned")
        return self.tr("not taken yet")

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.call(
            courses.list_courses, self.show_archived.isChecked(), on_done=self._show, owner=self
        )

    def show_course(self, course_id: int) -> None:
        """Another page asked for this course (it may be archived)."""
        self._wanted = course_id
        if self.model.row_of(course_id) < 0 and not self.show_archived.isChecked():
            self.show_archived.setChecked(True)  # refreshes
        else:
            select_record(self.view, course_id)

    def _show(self, rows: list[CourseRecord]) -> None:
        wanted = (
            self._wanted if self._wanted is not None else (self.course.id if self.course else None)
        )
        self.model.set_rows(rows)
        if self._wanted is not None and (
            self.model.row_of(self._wanted) >= 0 or self.show_archived.isChecked()
        ):
            self._wanted = None
        self.empty.setVisible(not rows)
        if rows:
            select_record(self.view, wanted)
        else:
            self._show_course(None)

    def _course_chosen(self) -> None:
        course = selected_record(self.view)
        if course is None:
            return  # a reload in progress; the selection comes back with the rows
        if self.course is None or course.id != self.course.id:
            self.note.clear()
        self._show_course(course)

    def _show_course(self, course: CourseRecord | None) -> None:
        self.course = course
        self.details.setEnabled(course is not None)
        self.trainer_bar.show_course(course)
        if course is None:
            self.heading.setText(self.tr("Choose a course to see its participants and sessions."))
            self.places.clear()
            self.roster_model.set_rows([])
            self.sessions_model.set_rows([])
            self._update_buttons()
            return
        self.heading.setText(
            self.tr("%1 · %2")
            .replace("%1", self._course_title(course))
            .replace("%2", period_text(course.starts_on, course.ends_on))
        )
        places = self.tr("Places taken: %1 of %2 · free: %3 · on the waiting list: %4")
        self.places.setText(
            places.replace("%1", str(course.enrolled + course.completed))
            .replace("%2", str(course.capacity))
            .replace("%3", str(course.free_places))
            .replace("%4", str(course.waiting))
        )
        if not self.trainer_bar.may_read_list(course.id):  # a trainer: not her course
            self.roster_model.set_rows([])
        elif self.can_read_roster:
            self.ctx.call(
                courses.course_roster,
                course.id,
                on_done=lambda rows, cid=course.id: self._roster_loaded(cid, rows),
                owner=self,
            )
        self.ctx.call(
            courses.list_sessions,
            course.id,
            on_done=lambda rows, cid=course.id: self._sessions_loaded(cid, rows),
            owner=self,
        )
        self._update_buttons()

    def _roster_loaded(self, course_id: int, rows: list[RosterEntry]) -> None:
        if self.course is None or self.course.id != course_id:
            return  # she has chosen another course meanwhile
        current = selected_record(self.roster)
        self.roster_model.set_rows(rows)
        self.roster.setColumnHidden(0, all(r.display_name is None for r in rows))
        if current is not None:
            row = self.roster_model.row_of(current.enrolment_id)
            if row >= 0:
                self.roster.selectRow(row)
        self._update_buttons()

    def _sessions_loaded(self, course_id: int, rows: list[SessionRecord]) -> None:
        if self.course is None or self.course.id != course_id:
            return
        current = selected_record(self.sessions)
        self.sessions_model.set_rows(rows)
        self.sessions_empty.setVisible(not rows)
        if current is not None:
            select_record(self.sessions, current.id)
        else:
            select_record(self.sessions, self._nearest_session(rows))
        self._update_buttons()

    @staticmethod
    def _nearest_session(rows: list[SessionRecord]) -> int | None:
        """The latest session that has begun (the one to take attendance for), else the
        first one."""
        now = datetime.now()
        begun = [s for s in rows if s.starts_at <= now]
        if begun:
            return begun[-1].id
        return rows[0].id if rows else None

    def _update_buttons(self) -> None:
        course = self.course
        open_course = course is not None and not course.archived
        self.edit_button.setEnabled(open_course)
        self.archive_button.setEnabled(course is not None)
        if course is not None and course.archived:
            self.archive_button.setText(self.tr("Rest&ore"))
        else:
            self.archive_button.setText(self.tr("Arc&hive…"))
        entry = selected_record(self.roster)
        status = entry.status if entry else None
        self.enrol_button.setEnabled(open_course)
        self.complete_button.setEnabled(open_course and status == EnrolmentStatus.ENROLLED.value)
        self.withdraw_button.setEnabled(
            open_course
            and status in (EnrolmentStatus.ENROLLED.value, EnrolmentStatus.WAITING.value)
        )
        session = selected_record(self.sessions)
        self.attendance_button.setEnabled(
            session is not None and course is not None and self.trainer_bar.may_read_list(course.id)
        )
        self.add_session_button.setEnabled(open_course)
        self.move_session_button.setEnabled(open_course and session is not None)
        self.remove_session_button.setEnabled(
            open_course and session is not None and not session.attendance_taken
        )

    # --- courses --------------------------------------------------------------------------

    def new_course(self) -> None:
        if self.can_define:
            dialog = CourseDialog(self.ctx, self)
            dialog.saved.connect(self._course_saved)
            self._open(dialog)

    def edit_course(self) -> None:
        if self.can_define and self.course is not None and not self.course.archived:
            dialog = CourseDialog(self.ctx, self, self.course)
            dialog.saved.connect(self._course_saved)
            self._open(dialog)

    def _course_saved(self, course: CourseRecord) -> None:
        self._wanted = course.id  # the refresh that follows selects it

    def archive_or_restore(self) -> None:
        course = self.course
        if not self.can_define or course is None:
            return
        if course.archived:
            self.ctx.call(courses.restore_course, course.id, on_done=self._written, owner=self)
            return
        self._open(
            ConfirmDialog(
                self.ctx,
                self.tr("Archive a course"),
                self.tr(
                    "Archive “%1”? It leaves the usual list, and nobody can be enrolled or "
                    "marked present until it is restored. Nothing recorded is lost."
                ).replace("%1", course.title),
                self.tr("Arc&hive"),
                self,
                courses.archive_course,
                course.id,
            )
        )

    # --- participants ---------------------------------------------------------------------

    def enrol(self) -> None:
        if self.can_enrol and self.course is not None and not self.course.archived:
            dialog = EnrolDialog(self.ctx, self, self.course)
            dialog.saved.connect(self._enrolled)
            self._open(dialog)

    def _enrolled(self, record: EnrolmentRecord) -> None:
        if record.status == EnrolmentStatus.WAITING.value:
            text = self.tr("%1 is on the waiting list, no. %2.").replace(
                "%2", str(record.queue_position)
            )
        else:
            text = self.tr("%1 is enrolled.")
        self.note.setText(text.replace("%1", record.client_code))

    def complete(self) -> None:
        entry = selected_record(self.roster)
        if self.can_enrol and self.course is not None and entry is not None:
            dialog = CompleteDialog(self.ctx, self, self.course, entry)
            dialog.saved.connect(
                lambda r: self.note.setText(
                    self.tr("%1 completed the course.").replace("%1", r.client_code)
                )
            )
            self._open(dialog)

    def withdraw(self) -> None:
        entry = selected_record(self.roster)
        if not self.can_enrol or self.course is None or entry is None:
            return
        who = _person(entry.display_name, entry.client_code)
        if entry.status == EnrolmentStatus.WAITING.value:
            question = self.tr("Take %1 off the waiting list?").replace("%1", who)
        elif self.course.waiting:
            question = self.tr(
                "Withdraw %1 from the course? The first woman on the waiting list moves "
                "into her place."
            ).replace("%1", who)
        else:
            question = self.tr("Withdraw %1 from the course?").replace("%1", who)
        dialog = ConfirmDialog(
            self.ctx,
            self.tr("Withdraw from a course"),
            question,
            self.tr("&Withdraw"),
            self,
            courses.withdraw,
            entry.enrolment_id,
        )
        dialog.saved.connect(self._withdrawn)
        self._open(dialog)

    def _withdrawn(self, result: Withdrawal) -> None:
        text = self.tr("%1 withdrew.").replace("%1", result.withdrawn.client_code)
        if result.moved_in:
            codes = ", ".join(e.client_code for e in result.moved_in)
            text += " " + self.tr("Moved in from the waiting list: %1.").replace("%1", codes)
        self.note.setText(text)

    def _open_client(self) -> None:
        entry = selected_record(self.roster)
        if entry is not None:
            self.ctx.navigate.emit("clients", entry.client_id)

    # --- sessions -------------------------------------------------------------------------

    def add_session(self) -> None:
        course = self.course
        if not self.can_define or course is None or course.archived:
            return
        rows: list[SessionRecord] = self.sessions_model.rows
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
        self._open(SessionDialog(self.ctx, self, course, proposed=proposed, duration=duration))

    def move_session(self) -> None:
        session = selected_record(self.sessions)
        if self.can_define and self.course is not None and session is not None:
            self._open(SessionDialog(self.ctx, self, self.course, session=session))

    def remove_session(self) -> None:
        session = selected_record(self.sessions)
        if not self.can_define or session is None:
            return
        self._open(
            ConfirmDialog(
                self.ctx,
                self.tr("Remove a session"),
                self.tr("Remove the session of %1 at %2?")
                .replace("%1", weekday_day_text(session.starts_at.date()))
                .replace("%2", time_text(session.starts_at)),
                self.tr("Remo&ve"),
                self,
                courses.remove_session,
                session.id,
            )
        )

    def take_attendance(self) -> None:
        session = selected_record(self.sessions)
        if not self.can_read_roster or self.course is None or session is None:
            return
        writable = self.can_enrol and not self.course.archived
        self._open(AttendanceDialog(self.ctx, self, self.course, session, writable=writable))

    # --- common ---------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        saved = getattr(dialog, "saved", None)
        if saved is not None:
            saved.connect(self._written)
        dialog.open()

    def _written(self, *_args: object) -> None:
        self.changed.emit()
