"""The dialogs of the Courses tab: a course, a session, an enrolment, a completion, and
the attendance of a session taken by ticking names."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_app import courses
from shelter_app.courses import (
    AttendanceRow,
    CourseRecord,
    RosterEntry,
    SessionAttendance,
    SessionRecord,
)
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.vocabulary import EnrolmentStatus

from ..client_picker import ClientPicker
from ..context import AppContext
from ..display import time_text, to_date
from ..forms import ErrorForm
from ..site_box import SiteBox
from . import (
    NOTICE_STYLE,
    ServiceDialog,
    aim_box,
    button,
    date_edit,
    hint_label,
    narrow,
    period_text,
    weekday_day_text,
)

ENROLMENT_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_DURATION_MIN = 120
DEFAULT_START = time(10, 0)


def _person(name: str | None, code: str) -> str:
    """'Коваленко Олена (K-2026-0042)', or only the code for roles without names."""
    return f"{name} ({code})" if name else code


def _shortcut(parent: QWidget, keys: str | QKeySequence.StandardKey, slot) -> None:
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)


# --- dialogs ------------------------------------------------------------------------------


class CourseDialog(ServiceDialog):
    """A new course, or corrections to one (`course` given). A larger capacity lets the
    first women waiting move in at once (the service does it)."""

    def __init__(self, ctx: AppContext, parent: QWidget, course: CourseRecord | None = None):
        super().__init__(ctx, parent)
        self.course = course
        if course is None:
            self.setWindowTitle(self.tr("New course"))
        else:
            self.setWindowTitle(self.tr("Course"))
        today = date.today()
        self.title = QLineEdit(self)
        self.title.setMaxLength(courses.TITLE_MAX)
        self.starts_on = date_edit(course.starts_on if course else today, self)
        self.ends_on = date_edit(course.ends_on if course else today + timedelta(weeks=8), self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(courses.CAPACITY_MIN, courses.CAPACITY_MAX)
        self.capacity.setValue(course.capacity if course else 12)
        self.capacity.setMinimumWidth(110)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What the course teaches, for whom, where"))
        self.description.setMinimumHeight(90)
        self.aim = aim_box(self, course.aim if course else None)
        self.site = SiteBox(ctx, self, course.site_id if course else None)
        self.form.add("title", self.tr("&Title:"), self.title)
        self.form.add("starts_on", self.tr("St&arts on:"), narrow(self.starts_on))
        self.form.add("ends_on", self.tr("&Ends on:"), narrow(self.ends_on))
        self.form.add("capacity", self.tr("&Places:"), narrow(self.capacity))
        self.form.add("aim", self.tr("A&im:"), self.aim)
        self.form.add("site", self.tr("&Venue:"), narrow(self.site))
        self.form.add("description", self.tr("&Description:"), self.description)
        if course is not None:
            self.title.setText(course.title)
            self.description.setPlainText(course.description or "")
        self.finish_layout()
        self.setMinimumWidth(520)

    def submit(self) -> None:
        args = (
            self.title.text(),
            self.capacity.value(),
            to_date(self.starts_on.date()),
            to_date(self.ends_on.date()),
            self.description.toPlainText() or None,
        )
        aim = self.aim.currentData()
        site = self.site.site_id()
        if self.course is None:
            self.run(courses.create_course, *args, aim=aim, site_id=site)
        else:
            self.run(courses.edit_course, self.course.id, *args, aim=aim, site_id=site)


class SessionDialog(ServiceDialog):
    """Add a session to a course, or move/change one (`session` given)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        course: CourseRecord,
        *,
        session: SessionRecord | None = None,
        proposed: datetime | None = None,
        duration: int = DEFAULT_DURATION_MIN,
    ):
        super().__init__(ctx, parent)
        self.course, self.session = course, session
        if session is None:
            self.setWindowTitle(self.tr("New session"))
        else:
            self.setWindowTitle(self.tr("Move or change a session"))
        start = (
            session.starts_at
            if session
            else proposed or datetime.combine(course.starts_on, DEFAULT_START)
        )
        when = QWidget(self)
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        self.day = date_edit(start.date(), when)
        self.time = QTimeEdit(QTime(start.hour, start.minute), when)
        self.time.setDisplayFormat("HH:mm")
        at = QLabel(self.tr("at"), when)
        row.addWidget(self.day)
        row.addWidget(at)
        row.addWidget(self.time)
        row.addStretch(1)
        when.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        when.setFocusProxy(self.day)
        self.duration = QSpinBox(self)
        self.duration.setRange(courses.DURATION_MIN, courses.DURATION_MAX)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(session.duration_min if session else duration)
        self.duration.setMinimumWidth(110)
        self.topic = QLineEdit(self)
        self.topic.setMaxLength(courses.TOPIC_MAX)
        self.topic.setText(session.topic or "" if session else "")
        self.form.add_row(self.tr("Course:"), QLabel(course.title, self))
        self.form.add("starts_at", self.tr("&Date and time:"), when)
        self.form.add("duration_min", self.tr("D&uration:"), narrow(self.duration))
        self.form.add("topic", self.tr("T&opic:"), self.topic)
        hint = hint_label(
            fill(self.tr("The course runs %1."), period_text(course.starts_on, course.ends_on)),
            self,
        )
        self.form.add_row("", hint)
        self.finish_layout()
        self.setMinimumWidth(500)

    def starts_at(self) -> datetime:
        moment = self.time.time()
        return datetime.combine(to_date(self.day.date()), time(moment.hour(), moment.minute()))

    def submit(self) -> None:
        args = (self.starts_at(), self.duration.value(), self.topic.text() or None)
        if self.session is None:
            self.run(courses.add_session, self.course.id, *args)
        else:
            self.run(courses.edit_session, self.session.id, *args)


class EnrolDialog(ServiceDialog):
    """Enrol a client found by typing; when the course is full she goes on the waiting
    list (the dialog says so before she is added)."""

    def __init__(self, ctx: AppContext, parent: QWidget, course: CourseRecord):
        super().__init__(ctx, parent)
        self.course = course
        self.setWindowTitle(self.tr("Enrol in a course"))
        self.ok_button.setText(self.tr("&Enrol"))
        self.picker = ClientPicker(ctx, self)
        self.picker.setMinimumWidth(360)
        self.form.add_row(self.tr("Course:"), QLabel(course.title, self))
        self.form.add("client", self.tr("&Client:"), self.picker)
        taken = course.enrolled + course.completed
        if course.free_places:
            text = self.tr("%1 of %2 places taken: she gets a place.")
        else:
            text = self.tr(
                "The course is full (%1 of %2 places taken): she goes on the waiting list "
                "as no. %3 and moves in when a place frees."
            )
        self.places = hint_label(
            fill(text, str(taken), str(course.capacity), str(course.waiting + 1)), self
        )
        if not course.free_places:
            self.places.setStyleSheet(NOTICE_STYLE)
        self.form.add_row("", self.places)
        self.finish_layout()
        self.setMinimumWidth(560)

    def submit(self) -> None:
        if self.picker.client_id is None:
            self.form.show_error_text(
                "client", self.tr("Type part of her name or code and choose her from the list.")
            )
            return
        self.run(courses.enrol, self.course.id, self.picker.client_id)


class CompleteDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, parent: QWidget, course: CourseRecord, entry: RosterEntry):
        super().__init__(ctx, parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Course completed"))
        self.ok_button.setText(self.tr("&Record completion"))
        self.completed_on = date_edit(min(date.today(), course.ends_on), self)
        self.form.add_row(self.tr("Course:"), QLabel(course.title, self))
        self.form.add_row(
            self.tr("Participant:"), QLabel(_person(entry.display_name, entry.client_code), self)
        )
        self.form.add("completed_on", self.tr("&Completed on:"), narrow(self.completed_on))
        self.finish_layout()
        self.setMinimumWidth(480)

    def submit(self) -> None:
        self.run(courses.complete, self.entry.enrolment_id, to_date(self.completed_on.date()))


class AttendanceDialog(QDialog):
    """Who came to one session: tick the names, Save. Everyone holding a place is listed;
    a woman who has withdrawn keeps the mark she had, shown but not editable."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        course: CourseRecord,
        session: SessionRecord,
        *,
        writable: bool,
    ):
        super().__init__(parent)
        self.ctx, self.session, self.writable = ctx, session, writable
        self.taken = session.attendance_taken
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Attendance"))
        layout = QVBoxLayout(self)
        title = QLabel(course.title, self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        end = session.starts_at + timedelta(minutes=session.duration_min)
        when = fill(
            self.tr("%1, %2–%3"),
            weekday_day_text(session.starts_at.date()),
            time_text(session.starts_at),
            time_text(end),
        )
        if session.topic:
            when = f"{when} · {session.topic}"
        subtitle = QLabel(when, self)
        subtitle.setTextFormat(Qt.TextFormat.PlainText)
        subtitle.setWordWrap(True)
        layout.addWidget(subtitle)
        self.form = ErrorForm(self)
        self.form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.names = QListWidget(self)
        self.names.setSpacing(2)
        self.names.setMinimumHeight(260)
        self.names.itemChanged.connect(self._count)
        caption = (
            self.tr("Tick the women who were &present:") if writable else self.tr("Marked present:")
        )
        self.form.add("present", caption, self.names)
        layout.addWidget(self.form, 1)
        tools = QHBoxLayout()
        self.count = QLabel(self)
        if writable:
            self.all_button = button(self.tr("Tick &all"), self, lambda: self._tick_all(True))
            self.none_button = button(self.tr("C&lear all"), self, lambda: self._tick_all(False))
            tools.addWidget(self.all_button)
            tools.addWidget(self.none_button)
        tools.addStretch(1)
        tools.addWidget(self.count)
        layout.addLayout(tools)
        self.buttons = QDialogButtonBox(self)
        if writable:
            self.save_button = self.buttons.addButton(
                self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.save_button.setDefault(True)
            self.save_button.setEnabled(False)  # until the list has come
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.buttons.accepted.connect(self.submit)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.count.setText(self.tr("Loading…"))
        ctx.call(
            courses.session_attendance,
            session.id,
            on_done=self._loaded,
            on_error=self._failed,
            owner=self,
        )

    # --- the list -------------------------------------------------------------------------

    def _loaded(self, attendance: SessionAttendance) -> None:
        self.taken = attendance.session.attendance_taken
        self.names.blockSignals(True)
        self.names.clear()
        for row in attendance.rows:
            self._add(row)
        self.names.blockSignals(False)
        if not attendance.rows:
            placeholder = QListWidgetItem(self.tr("Nobody is enrolled in this course."), self.names)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        if self.writable:
            self.save_button.setEnabled(bool(attendance.rows))
            self.names.setFocus()
            self.names.setCurrentRow(0)
        self._count()

    def _add(self, row: AttendanceRow) -> None:
        text = _person(row.display_name, row.client_code)
        withdrawn = row.status == EnrolmentStatus.WITHDRAWN.value
        if withdrawn:
            text = fill(self.tr("%1 — withdrawn since; her mark is kept"), text)
        elif row.status == EnrolmentStatus.COMPLETED.value:
            text = fill(self.tr("%1 — completed the course"), text)
        item = QListWidgetItem(text, self.names)
        item.setData(ENROLMENT_ROLE, row.enrolment_id)
        # read-only rows stay readable (enabled) but cannot be ticked; a withdrawn
        # woman's row is greyed out
        flags = Qt.ItemFlag.ItemIsSelectable
        if not withdrawn:
            flags |= Qt.ItemFlag.ItemIsEnabled
        if self.writable and not withdrawn:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked)
        if row.present is None and self.taken:
            item.setToolTip(self.tr("Not recorded for this session."))

    def items(self) -> list[QListWidgetItem]:
        found = (self.names.item(i) for i in range(self.names.count()))
        return [i for i in found if i.data(ENROLMENT_ROLE) is not None]

    def editable_items(self) -> list[QListWidgetItem]:
        return [i for i in self.items() if i.flags() & Qt.ItemFlag.ItemIsUserCheckable]

    def present(self) -> set[int]:
        return {
            i.data(ENROLMENT_ROLE)
            for i in self.editable_items()
            if i.checkState() == Qt.CheckState.Checked
        }

    def item_for(self, text_part: str) -> QListWidgetItem | None:
        return next((i for i in self.items() if text_part in i.text()), None)

    def _tick_all(self, present: bool) -> None:
        state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        for item in self.editable_items():
            item.setCheckState(state)

    def _count(self, *_args: object) -> None:
        if not self.writable and not self.taken:
            self.count.setText(self.tr("Attendance has not been taken for this session yet."))
            return
        editable = self.editable_items() if self.writable else self.items()
        ticked = sum(1 for i in editable if i.checkState() == Qt.CheckState.Checked)
        self.count.setText(fill(self.tr("Present: %1 of %2"), str(ticked), str(len(editable))))

    # --- saving ---------------------------------------------------------------------------

    def submit(self) -> None:
        self.form.clear_errors()
        self.buttons.setEnabled(False)
        self.ctx.call(
            courses.record_attendance,
            self.session.id,
            self.present(),
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, result: SessionAttendance) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: OberihError) -> None:
        self.buttons.setEnabled(True)
        if self.count.text() == self.tr("Loading…"):
            self.count.clear()
        self.form.show_error(error)
