"""Who runs the chosen course: a picker above its lists. Staff who run programmes assign
any active trainer; a trainer can take a course nobody runs, or hand hers back, and opens
the lists of her own courses only (the services refuse the others regardless)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from shelter_app import course_trainers
from shelter_app.course_trainers import TrainerChoice
from shelter_app.courses import CourseRecord
from shelter_app.errors import OberihError
from shelter_app.permissions import Permission

from ..context import AppContext


class CourseTrainerBar(QWidget):
    changed = Signal()  # the course's trainer changed: its lists may open or close

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.is_trainer = ctx.can(Permission.OWN_COURSE_LISTS) and not ctx.can(
            Permission.READ_STAYS_ENROLMENTS
        )
        self.own: frozenset[int] = frozenset()
        self.course: CourseRecord | None = None
        self._loading = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("&Trainer:"), self)
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(18)
        caption.setBuddy(self.combo)
        self.combo.addItem(self.tr("— nobody —"), None)
        self.combo.setEnabled(ctx.can(Permission.WRITE_PROGRAMMES))
        self.combo.activated.connect(self._chosen)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(caption)
        layout.addWidget(self.combo)
        layout.addWidget(self.hint, 1)
        ctx.call(course_trainers.list_trainers, on_done=self._trainers_loaded, owner=self)
        if self.is_trainer:
            ctx.call(course_trainers.own_course_ids, on_done=self._own_loaded, owner=self)

    def may_read_list(self, course_id: int) -> bool:
        return not self.is_trainer or course_id in self.own

    def show_course(self, course: CourseRecord | None) -> None:
        self.course = course
        self.setVisible(course is not None)
        if course is None:
            return
        self.hint.setText(
            self.tr("Only the course's trainer sees its list of participants.")
            if not self.may_read_list(course.id)
            else ""
        )
        self.ctx.call(
            course_trainers.course_trainer,
            course.id,
            on_done=lambda trainer, cid=course.id: self._current(cid, trainer),
            owner=self,
        )

    def _trainers_loaded(self, trainers: list[TrainerChoice]) -> None:
        for t in trainers:
            if not self.is_trainer or t.account_id == self.ctx.user.account_id:
                self.combo.addItem(t.display_name, t.account_id)

    def _own_loaded(self, ids: frozenset[int]) -> None:
        self.own = ids

    def _current(self, course_id: int, trainer: int | None) -> None:
        if self.course is None or self.course.id != course_id:
            return
        index = self.combo.findData(trainer)
        if index < 0:  # a colleague's course, seen by a trainer
            self.combo.addItem(self.tr("another trainer"), trainer)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def _chosen(self, index: int) -> None:
        if self.course is None:
            return
        self.ctx.call(
            course_trainers.assign_trainer,
            self.course.id,
            self.combo.itemData(index),
            on_done=lambda _t: self._assigned(),
            on_error=self._refused,
            owner=self,
        )

    def _assigned(self) -> None:
        if self.is_trainer:
            self.ctx.call(course_trainers.own_course_ids, on_done=self._reopen, owner=self)
        else:
            self.changed.emit()

    def _reopen(self, ids: frozenset[int]) -> None:
        self.own = ids
        self.changed.emit()

    def _refused(self, error: OberihError) -> None:
        self.hint.setText(error.user_message())
        if self.course is not None:
            course = self.course
            self.show_course(course)
            self.hint.setText(error.user_message())
