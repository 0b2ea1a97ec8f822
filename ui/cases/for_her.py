"""The card's buttons that start the usual work for *her*: log a consultation, enrol on a
course, admit to the shelter, record a referral. Each opens the dialog the other areas
use, with her already chosen; the button is shown only to roles that may do it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_app import clients, courses
from shelter_app.clients import ClientCard, ClientSummary
from shelter_app.courses import CourseRecord
from shelter_app.errors import OberihError
from shelter_app.permissions import Permission

from ..context import AppContext


def summary_of(card: ClientCard) -> ClientSummary:
    age = clients.age_on(card.birth_date, date.today()) if card.birth_date else None
    return ClientSummary(
        id=card.id,
        code=card.code,
        display_name=clients.display_name(card.last_name, card.first_name, card.patronymic),
        age=age,
        birth_year=card.birth_year,
        district=card.district,
        last_activity_on=card.last_activity_on,
        archived=card.archived,
    )


class CourseChoiceDialog(QDialog):
    """Which course to enrol her in; then the usual enrolment form opens for her."""

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Enrol in a course"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("&Course:"), self))
        self.course = QComboBox(self)
        self.course.setMinimumWidth(420)
        layout.itemAt(0).widget().setBuddy(self.course)  # type: ignore[union-attr]
        layout.addWidget(self.course)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Next…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.courses: list[CourseRecord] = []
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        ctx.call(courses.list_courses, on_done=self._show, on_error=self._failed, owner=self)

    def _show(self, rows: list[CourseRecord]) -> None:
        self.courses = [c for c in rows if c.ends_on >= date.today()]
        for c in self.courses:
            self.course.addItem(c.title, c.id)
        if not self.courses:
            self.message.setText(self.tr("No course is running or planned."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.courses))

    def _failed(self, error: OberihError) -> None:
        self.message.setText(error.user_message())

    def chosen(self) -> CourseRecord | None:
        return next((c for c in self.courses if c.id == self.course.currentData()), None)


class ForHerButtons(QWidget):
    """A row of buttons; `card` must be set (set_card) before they open anything."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.card: ClientCard | None = None
        self.dialog: QDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("For her:"), self))
        self.consultation = self._button(
            self.tr("&Log a consultation…"),
            self.log_consultation,
            Permission.WRITE_PSY_CONSULTATIONS,
            Permission.WRITE_LEGAL_CONSULTATIONS,
        )
        self.enrol = self._button(
            self.tr("E&nrol on a course…"), self.enrol_on_course, Permission.WRITE_STAYS_ENROLMENTS
        )
        self.admit = self._button(
            self.tr("Ad&mit to the shelter…"),
            self.admit_to_shelter,
            Permission.WRITE_STAYS_ENROLMENTS,
        )
        self.referral = self._button(
            self.tr("Re&cord a referral…"), self.record_referral, Permission.WRITE_REFERRALS
        )
        for b in (self.consultation, self.enrol, self.admit, self.referral):
            row.addWidget(b)
        row.addStretch(1)

    def _button(self, text: str, slot, *permissions: Permission) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, self)
        button.setVisible(any(self.ctx.can(p) for p in permissions))
        button.clicked.connect(slot)
        return button

    def any_visible(self) -> bool:
        return any(
            not b.isHidden() for b in (self.consultation, self.enrol, self.admit, self.referral)
        )

    def set_card(self, card: ClientCard) -> None:
        self.card = card
        for b in (self.consultation, self.enrol, self.admit, self.referral):
            b.setEnabled(not card.archived)

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def log_consultation(self) -> None:
        from ..consultations.log_dialog import LogConsultationDialog

        if self.card is not None:
            her = summary_of(self.card)
            self._show(LogConsultationDialog(self.ctx, self, (her.id, her.code)))

    def enrol_on_course(self) -> None:
        if self.card is None:
            return
        chooser = CourseChoiceDialog(self.ctx, self)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.accepted.connect(lambda: self._enrol(chooser.chosen()))
        self.dialog = chooser
        chooser.open()

    def _enrol(self, course: CourseRecord | None) -> None:
        from ..programmes.course_dialogs import EnrolDialog

        if course is not None and self.card is not None:
            dialog = EnrolDialog(self.ctx, self, course)
            dialog.picker.set_client(summary_of(self.card))
            self._show(dialog)

    def admit_to_shelter(self) -> None:
        from ..shelter.admission import AdmitDialog

        if self.card is not None:
            dialog = AdmitDialog(self.ctx, self, day=date.today())
            dialog.set_client(summary_of(self.card))  # offers her recorded children too
            self._show(dialog)

    def record_referral(self) -> None:
        from ..clients.referral_dialogs import ReferralDialog

        if self.card is not None:
            self._show(ReferralDialog(self.ctx, self.card.id, self.card.consents, self))
