"""Her course enrolments, newest request first (read-only here; enrolment happens in the
Courses and events area)."""

from __future__ import annotations

from shelter_app import courses
from shelter_app.changes import Kind
from shelter_app.courses import EnrolmentRecord
from shelter_app.i18n import fill
from shelter_app.permissions import Permission
from shelter_app.vocabulary import EnrolmentStatus

from ...display import code_label, date_text
from .base import ListTab


class CoursesTab(ListTab):
    key = "courses"
    permissions = (Permission.READ_STAYS_ENROLMENTS,)
    kinds = frozenset({Kind.COURSES})

    def title(self) -> str:
        return self.tr("Co&urses")

    def headers(self) -> list[str]:
        return [
            self.tr("Course"),
            self.tr("Status"),
            self.tr("Asked on"),
            self.tr("Enrolled on"),
            self.tr("Completed or left on"),
        ]

    def empty_text(self) -> str:
        return self.tr("Not enrolled in any course.")

    def load(self) -> None:
        self.ctx.call(
            courses.client_enrolments,
            self.client_id,
            on_done=self._show,
            on_error=self.failed,
            owner=self,
        )

    def _show(self, rows: list[EnrolmentRecord]) -> None:
        self.show_rows([self._row(r) for r in rows], records=[r.id for r in rows])

    def _row(self, r: EnrolmentRecord) -> tuple[str, ...]:
        status = code_label(EnrolmentStatus, r.status)
        if r.queue_position is not None:
            status = fill(self.tr("%1 (place %2)"), status, str(r.queue_position))
        return (
            r.course_title,
            status,
            date_text(r.requested_at.date()),
            date_text(r.enrolled_on),
            date_text(r.completed_on or r.withdrawn_on),
        )
