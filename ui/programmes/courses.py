"""Training courses: the list with places taken and the waiting list; for the chosen
course, who is enrolled or waiting (the roster, roster_panel.py) and its sessions by
date, attendance taken per session by ticking names (sessions_panel.py).

Defining courses and sessions needs WRITE_PROGRAMMES; enrolment, completion, withdrawal
and attendance are casework about a client (WRITE_STAYS_ENROLMENTS). The services decide
who moves in from the waiting list; the roster simply shows what they did."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from shelter_app import courses
from shelter_app.courses import CourseRecord
from shelter_app.i18n import fill
from shelter_app.permissions import Permission

from ..context import AppContext
from . import (
    Column,
    ConfirmDialog,
    RecordModel,
    button,
    empty_hint,
    make_table,
    period_text,
    select_record,
    selected_record,
)
from .course_dialogs import CourseDialog, _shortcut
from .course_trainer import CourseTrainerBar
from .roster_panel import RosterPanel
from .sessions_panel import SessionsPanel

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
        self.show_archived = QCheckBox(self.tr("&Show archived"), self)
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
                    lambda c: fill(
                        self.tr("%1 of %2"), str(c.enrolled + c.completed), str(c.capacity)
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
        may_read_list = self.trainer_bar.may_read_list
        self.participants = RosterPanel(ctx, self._open, may_read_list, sides)
        self.sessions = SessionsPanel(ctx, self._open, may_read_list, sides)
        sides.addWidget(self.participants)
        sides.addWidget(self.sessions)
        sides.setStretchFactor(0, 5)
        sides.setStretchFactor(1, 4)
        details.addWidget(sides, 1)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        # one set of keys everywhere (shortcuts_help): Ctrl+E edits, Ctrl+Shift+N adds
        if self.can_define:
            _shortcut(self, QKeySequence.StandardKey.New, self.new_course)
            _shortcut(self, "Ctrl+E", self.edit_course)
        if self.can_enrol:
            _shortcut(self, "Ctrl+Shift+N", self.participants.enrol)
        if self.can_read_roster:
            _shortcut(self, "Ctrl+T", self.sessions.take_attendance)
        self._show_course(None)

    def _course_title(self, course: CourseRecord) -> str:
        if course.archived:
            return fill(self.tr("%1 (archived)"), course.title)
        return course.title

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
            self.participants.note.clear()
        self._show_course(course)

    def _show_course(self, course: CourseRecord | None) -> None:
        self.course = course
        self.details.setEnabled(course is not None)
        self.trainer_bar.show_course(course)
        if course is None:
            self.heading.setText(self.tr("Choose a course to see its participants and sessions."))
        else:
            self.heading.setText(
                fill(
                    self.tr("%1 · %2"),
                    self._course_title(course),
                    period_text(course.starts_on, course.ends_on),
                )
            )
        self.participants.show_course(course)
        self.sessions.show_course(course)
        self._update_buttons()

    def _update_buttons(self) -> None:
        course = self.course
        open_course = course is not None and not course.archived
        self.edit_button.setEnabled(open_course)
        self.archive_button.setEnabled(course is not None)
        if course is not None and course.archived:
            self.archive_button.setText(self.tr("Rest&ore"))
        else:
            self.archive_button.setText(self.tr("Arc&hive…"))

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
                fill(
                    self.tr(
                        "Archive “%1”? It leaves the usual list, and nobody can be enrolled or "
                        "marked present until it is restored. Nothing recorded is lost."
                    ),
                    course.title,
                ),
                self.tr("Arc&hive"),
                self,
                courses.archive_course,
                course.id,
            )
        )

    # --- common ---------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        saved = getattr(dialog, "saved", None)
        if saved is not None:
            saved.connect(self._written)
        dialog.open()

    def _written(self, *_args: object) -> None:
        self.changed.emit()
