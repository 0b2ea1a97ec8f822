"""The participants of the chosen course (the roster: enrolled, completed, withdrawn, and
the waiting list in its order), with enrolment, completion and withdrawal.

Enrolling and withdrawing are casework about a client (WRITE_STAYS_ENROLMENTS); who moves
in from the waiting list is the services' decision, the roster just shows it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from shelter_app import courses
from shelter_app.courses import CourseRecord, EnrolmentRecord, RosterEntry, Withdrawal
from shelter_app.i18n import fill
from shelter_app.permissions import Permission
from shelter_app.vocabulary import EnrolmentStatus

from ..context import AppContext
from ..display import code_label, date_text
from . import NOTICE, Column, ConfirmDialog, RecordModel, button, make_table, selected_record
from .course_dialogs import CompleteDialog, EnrolDialog, _person


class RosterPanel(QGroupBox):
    """Opens its dialogs through `open_dialog` (the tab keeps one at a time and tells the
    area that data changed when one saves); `may_read_list` says whether this account may
    see the chosen course's list (a trainer: only her own courses)."""

    def __init__(
        self,
        ctx: AppContext,
        open_dialog: Callable[[QDialog], None],
        may_read_list: Callable[[int], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setTitle(self.tr("Participants and waiting list"))
        self.ctx = ctx
        self.open_dialog = open_dialog
        self.may_read_list = may_read_list
        self.can_read = ctx.can(Permission.READ_STAYS_ENROLMENTS) or ctx.can(
            Permission.OWN_COURSE_LISTS
        )
        self.can_enrol = ctx.can(Permission.WRITE_STAYS_ENROLMENTS)
        self.course: CourseRecord | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.enrol_button = button(self.tr("En&rol a client…"), self, self.enrol)
        self.complete_button = button(self.tr("Comp&leted…"), self, self.complete)
        self.withdraw_button = button(self.tr("&Withdraw…"), self, self.withdraw)
        for b in (self.enrol_button, self.complete_button, self.withdraw_button):
            b.setVisible(self.can_enrol)
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = RecordModel(
            [
                Column(self.tr("Full name"), lambda r: r.display_name or ""),
                Column(self.tr("Code"), lambda r: r.client_code),
                Column(
                    self.tr("Status"),
                    self._status_text,
                    tint=lambda r: NOTICE if r.status == EnrolmentStatus.WAITING.value else None,
                ),
                Column(self.tr("Since"), self._since_text),
                Column(self.tr("Attended"), self._attended_text, align_right=True),
            ],
            self,
            dim=lambda r: r.status == EnrolmentStatus.WITHDRAWN.value,
        )
        self.view = make_table(self.model, self, stretch=0)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        if ctx.can(Permission.READ_CLIENTS):
            self.view.activated.connect(self._open_client)
            self.view.setToolTip(self.tr("Enter or double-click opens her card."))
        layout.addWidget(self.view, 1)
        self.places = QLabel(self)
        self.places.setWordWrap(True)
        layout.addWidget(self.places)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.note)
        if not self.can_read:
            self.hide()

    # --- texts ----------------------------------------------------------------------------

    def _status_text(self, entry: RosterEntry) -> str:
        status = code_label(EnrolmentStatus, entry.status)
        if entry.queue_position is not None:
            return fill(self.tr("%1, no. %2"), status, str(entry.queue_position))
        return status

    def _since_text(self, entry: RosterEntry) -> str:
        return date_text(entry.withdrawn_on or entry.completed_on or entry.enrolled_on)

    def _attended_text(self, entry: RosterEntry) -> str:
        if not entry.sessions_recorded:
            return "—"
        return fill(self.tr("%1 of %2"), str(entry.sessions_present), str(entry.sessions_recorded))

    # --- loading --------------------------------------------------------------------------

    def show_course(self, course: CourseRecord | None) -> None:
        """The chosen course (None: none), its places, and its roster fetched anew."""
        self.course = course
        if course is None:
            self.places.clear()
            self.model.set_rows([])
            self.update_buttons()
            return
        places = self.tr("Places taken: %1 of %2 · free: %3 · on the waiting list: %4")
        self.places.setText(
            fill(
                places,
                str(course.enrolled + course.completed),
                str(course.capacity),
                str(course.free_places),
                str(course.waiting),
            )
        )
        if not self.may_read_list(course.id):  # a trainer: not her course
            self.model.set_rows([])
        elif self.can_read:
            self.ctx.call(
                courses.course_roster,
                course.id,
                on_done=lambda rows, cid=course.id: self._loaded(cid, rows),
                owner=self,
            )
        self.update_buttons()

    def _loaded(self, course_id: int, rows: list[RosterEntry]) -> None:
        if self.course is None or self.course.id != course_id:
            return  # she has chosen another course meanwhile
        current = selected_record(self.view)
        self.model.set_rows(rows)
        self.view.setColumnHidden(0, all(r.display_name is None for r in rows))
        if current is not None:
            row = self.model.row_of(current.enrolment_id)
            if row >= 0:
                self.view.selectRow(row)
        self.update_buttons()

    def update_buttons(self, *_args: object) -> None:
        course = self.course
        open_course = course is not None and not course.archived
        entry = selected_record(self.view)
        status = entry.status if entry else None
        self.enrol_button.setEnabled(open_course)
        self.complete_button.setEnabled(open_course and status == EnrolmentStatus.ENROLLED.value)
        self.withdraw_button.setEnabled(
            open_course
            and status in (EnrolmentStatus.ENROLLED.value, EnrolmentStatus.WAITING.value)
        )

    # --- actions --------------------------------------------------------------------------

    def enrol(self) -> None:
        if self.can_enrol and self.course is not None and not self.course.archived:
            dialog = EnrolDialog(self.ctx, self, self.course)
            dialog.saved.connect(self._enrolled)
            self.open_dialog(dialog)

    def _enrolled(self, record: EnrolmentRecord) -> None:
        if record.status == EnrolmentStatus.WAITING.value:
            text = self.tr("%1 is on the waiting list, no. %2.")
        else:
            text = self.tr("%1 is enrolled.")
        self.note.setText(fill(text, record.client_code, str(record.queue_position)))

    def complete(self) -> None:
        entry = selected_record(self.view)
        if self.can_enrol and self.course is not None and entry is not None:
            dialog = CompleteDialog(self.ctx, self, self.course, entry)
            dialog.saved.connect(
                lambda r: self.note.setText(
                    fill(self.tr("%1 completed the course."), r.client_code)
                )
            )
            self.open_dialog(dialog)

    def withdraw(self) -> None:
        entry = selected_record(self.view)
        if not self.can_enrol or self.course is None or entry is None:
            return
        who = _person(entry.display_name, entry.client_code)
        if entry.status == EnrolmentStatus.WAITING.value:
            question = fill(self.tr("Take %1 off the waiting list?"), who)
        elif self.course.waiting:
            question = fill(
                self.tr(
                    "Withdraw %1 from the course? The first woman on the waiting list moves "
                    "into her place."
                ),
                who,
            )
        else:
            question = fill(self.tr("Withdraw %1 from the course?"), who)
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
        self.open_dialog(dialog)

    def _withdrawn(self, result: Withdrawal) -> None:
        text = fill(self.tr("%1 withdrew."), result.withdrawn.client_code)
        if result.moved_in:
            codes = ", ".join(e.client_code for e in result.moved_in)
            text += " " + fill(self.tr("Moved in from the waiting list: %1."), codes)
        self.note.setText(text)

    def _open_client(self) -> None:
        entry = selected_record(self.view)
        if entry is not None:
            self.ctx.navigate.emit("clients", entry.client_id)
