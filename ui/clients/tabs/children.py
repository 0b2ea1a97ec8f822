"""Her (or his) children: the child records linked to this client as parent or guardian,
adding and correcting one, and, for psychologists, the sessions held with the selected
child. A child's name is an identity: shown only to roles that read client files."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_app import children
from shelter_app.changes import Kind
from shelter_app.children import ChildRecord, ChildSessionRecord
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.permissions import Permission
from shelter_app.vocabulary import ConsultationFormat, Sex, choices

from ...client_picker import ClientPicker
from ...context import AppContext
from ...display import code_label, date_text
from ...forms import ErrorForm
from ..optional_date import OptionalDateEdit
from .base import ListTab


class ChildrenTab(ListTab):
    key = "children"
    keep_empty_table = True
    permissions = (Permission.READ_CLIENTS,)
    kinds = frozenset({Kind.CLIENTS, Kind.STAYS, Kind.CHILDREN})

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(ctx, client_id, parent)
        self.records: list[ChildRecord] = []
        self.dialog: QDialog | None = None
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("A&dd a child…"), self)
        self.add_button.clicked.connect(lambda: self._open(ChildDialog(ctx, client_id, None, self)))
        self.edit_button = QPushButton(self.tr("&Correct…"), self)
        self.edit_button.clicked.connect(self._edit)
        self.session_button = QPushButton(self.tr("&Log a session with the child…"), self)
        self.session_button.clicked.connect(self._session)
        for b, permission in (
            (self.add_button, Permission.WRITE_CLIENTS),
            (self.edit_button, Permission.WRITE_CLIENTS),
            (self.session_button, Permission.WRITE_PSY_CONSULTATIONS),
        ):
            b.setVisible(ctx.can(permission))
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.layout_.insertLayout(1, buttons)
        self.sessions = QLabel(self)
        self.sessions.setWordWrap(True)
        self.sessions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.sessions)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self._selection()

    def title(self) -> str:
        return self.tr("Chi&ldren")

    def headers(self) -> list[str]:
        return [
            self.tr("First name"),
            self.tr("Born"),
            self.tr("Age"),
            self.tr("Sex"),
            self.tr("School or kindergarten"),
            self.tr("Also a client"),
        ]

    def empty_text(self) -> str:
        return self.tr("No children are recorded with this client.")

    def load(self) -> None:
        self.ctx.call(
            children.family_children,
            self.client_id,
            on_done=self._show,
            on_error=self.failed,
            owner=self,
        )

    def _show(self, records: list[ChildRecord]) -> None:
        self.records = records
        today = date.today()
        self.show_rows(
            [
                (
                    r.first_name or self.tr("(name not recorded)"),
                    self._born(r),
                    str(r.age_on(today)),
                    code_label(Sex, r.sex),
                    r.school or "",
                    self.tr("yes") if r.own_client_id else "",
                )
                for r in records
            ],
            records=records,
        )
        if records:
            self.view.selectRow(0)
        self._selection()

    def _born(self, r: ChildRecord) -> str:
        if r.birth_date_approximate:
            return fill(self.tr("about %1"), str(r.birth_date.year))
        return date_text(r.birth_date)

    def selected(self) -> ChildRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection(self) -> None:
        child = self.selected()
        self.edit_button.setEnabled(child is not None)
        self.session_button.setEnabled(child is not None)
        self.sessions.clear()
        if child is not None and self.ctx.can(Permission.READ_PSY_CONSULTATIONS):
            self.ctx.call(
                children.child_sessions,
                child.id,
                on_done=lambda rows, cid=child.id: self._sessions_loaded(cid, rows),
                on_error=self.failed,
                owner=self,
            )

    def _sessions_loaded(self, child_id: int, rows: list[ChildSessionRecord]) -> None:
        child = self.selected()
        if child is None or child.id != child_id:
            return
        if not rows:
            self.sessions.setText(self.tr("No sessions with a psychologist yet."))
            return
        lines = [
            fill(
                self.tr("%1: %2 min with %3"),
                date_text(r.held_on),
                str(r.duration_min),
                r.psychologist,
            )
            for r in rows
        ]
        self.sessions.setText(self.tr("Sessions with a psychologist:") + "\n" + "\n".join(lines))

    def _edit(self) -> None:
        child = self.selected()
        if child is not None:
            self._open(ChildDialog(self.ctx, self.client_id, child, self))

    def _session(self) -> None:
        child = self.selected()
        if child is not None:
            self._open(ChildSessionDialog(self.ctx, child, self))

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            dialog.deleteLater()
            return
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.load)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        dialog.open()


class _Dialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.form = ErrorForm(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, service: object, *args: object) -> None:
        if not self.buttons.isEnabled():
            return
        self.buttons.setEnabled(False)
        self.ctx.call(service, *args, on_done=self._done, on_error=self._failed, owner=self)  # type: ignore[arg-type]

    def _done(self, _record: object) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: OberihError) -> None:
        self.buttons.setEnabled(True)
        self.form.show_error(error)


class ChildDialog(_Dialog):
    """A new child of this client, or a correction (`child` given)."""

    def __init__(
        self, ctx: AppContext, client_id: int, child: ChildRecord | None, parent: QWidget | None
    ):
        super().__init__(ctx, parent)
        self.client_id, self.child = client_id, child
        self.setWindowTitle(self.tr("Child") if child else self.tr("New child"))
        self.first_name = QLineEdit(self)
        self.first_name.setMaxLength(children.NAME_MAX)
        self.birth_date = OptionalDateEdit(self)
        self.sex = QComboBox(self)
        for code, text in choices(Sex):
            self.sex.addItem(text, code)
        self.school = QLineEdit(self)
        self.school.setMaxLength(children.SCHOOL_MAX)
        self.school.setPlaceholderText(self.tr("e.g. School No. 12, kindergarten No. 3"))
        self.form.add("first_name", self.tr("&First name:"), self.first_name)
        self.form.add("birth_date", self.tr("&Date of birth:"), self.birth_date)
        self.form.add("sex", self.tr("Se&x:"), self.sex)
        self.form.add("school", self.tr("School &or kindergarten:"), self.school)
        self.own_client: ClientPicker | None = None
        if child is None:  # a 14-17-year-old who is also a client herself or himself
            self.own_client = ClientPicker(ctx, self)
            self.own_client.setPlaceholderText(self.tr("Only if 14–17 and registered as a client"))
            self.form.add("own_client", self.tr("Also a &client:"), self.own_client)
        if child is not None:
            self.first_name.setText(child.first_name or "")
            self.birth_date.set_date(child.birth_date)
            self.sex.setCurrentIndex(max(0, self.sex.findData(child.sex)))
            self.school.setText(child.school or "")
            if child.birth_date_approximate:
                hint = QLabel(self.tr("Approximate: only the age was recorded at admission."), self)
                hint.setWordWrap(True)
                self.form.add_row("", hint)
        self.first_name.setFocus()

    def submit(self) -> None:
        self.form.clear_errors()
        ok, born = self.birth_date.value()
        if not ok or born is None:
            self.form.show_error_text("birth_date", self.tr("Enter the date of birth."))
            return
        args = (self.first_name.text(), born, self.sex.currentData(), self.school.text() or None)
        if self.child is None:
            own = self.own_client.client_id if self.own_client is not None else None
            self.run(children.add_child, self.client_id, *args, own)
        else:
            self.run(children.edit_child, self.child.id, *args)


class ChildSessionDialog(_Dialog):
    def __init__(self, ctx: AppContext, child: ChildRecord, parent: QWidget | None):
        super().__init__(ctx, parent)
        self.child = child
        self.setWindowTitle(self.tr("Session with a child"))
        self.held_on = OptionalDateEdit(self)
        self.held_on.set_date(date.today())
        self.minutes = QSpinBox(self)
        self.minutes.setRange(*children.SESSION_MINUTES)
        self.minutes.setValue(45)
        self.minutes.setSuffix(self.tr(" min"))
        self.format = QComboBox(self)
        for code, text in choices(ConsultationFormat):
            self.format.addItem(text, code)
        self.form.add_row(self.tr("Child:"), QLabel(child.first_name or "—", self))
        self.form.add("held_on", self.tr("&Held on:"), self.held_on)
        self.form.add("duration", self.tr("&Duration:"), self.minutes)
        self.form.add("format", self.tr("&Format:"), self.format)
        self.held_on.setFocus()

    def submit(self) -> None:
        self.form.clear_errors()
        ok, day = self.held_on.value()
        if not ok or day is None:
            self.form.show_error_text("held_on", self.tr("Enter the date."))
            return
        self.run(
            children.log_child_session,
            self.child.id,
            day,
            self.minutes.value(),
            self.format.currentData(),
        )
