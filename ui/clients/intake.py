"""Intake and edit of a client's record. The service validates; its messages appear next
to the field they name. At intake a likely duplicate is shown before anything is saved,
so staff can open the existing card instead of registering the same woman twice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from shelter_app import clients
from shelter_app.clients import ClientCard, ClientForm, ClientSummary
from shelter_app.errors import InvalidInput, OberihError
from shelter_app.i18n import fill
from shelter_app.vocabulary import CameVia, Category, Citizenship, District, Sex, choices

from ..context import AppContext
from ..display import code_label, date_hint, impossible_date
from ..forms import BANNER_STYLE, ErrorForm
from .optional_date import OptionalDateEdit

WARNING_STYLE = (
    "QFrame#duplicateWarning { background: #fff4ce; border: 1px solid #e0c060;"
    " border-radius: 4px; }"
)


def _combo(enum, parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    for code, text in choices(enum):
        box.addItem(text, code)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return box


def _select(box: QComboBox, code: str) -> None:
    index = box.findData(code)
    if index >= 0:
        box.setCurrentIndex(index)


class ClientFields(QWidget):
    """The fields of the client form, shared by intake and edit: who she is and how to
    reach her side by side, her categories below. Each part is an ErrorForm; a message
    goes under the field it names, or into the banner above all of them."""

    identity_edited = Signal()  # name or birth changed: a duplicate check is out of date

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.required_note = QLabel(self.tr("Fields marked * must be filled in."), self)
        self.required_note.setStyleSheet("color: #5f5f5f;")
        outer.addWidget(self.required_note)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        self.left, self.right, self.bottom = ErrorForm(self), ErrorForm(self), ErrorForm(self)
        columns.addWidget(self.left, 1, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(self.right, 1, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(columns)
        outer.addWidget(self.bottom)
        outer.addStretch(1)
        self._form_of: dict[str, ErrorForm] = {}

        left = self.left
        self._section(left, self.tr("The person"))
        self.last_name = self._add(
            left, "last_name", self.tr("Su&rname:"), QLineEdit(self), required=True
        )
        self.first_name = self._add(
            left, "first_name", self.tr("&First name:"), QLineEdit(self), required=True
        )
        self.patronymic = self._add(left, "patronymic", self.tr("Pa&tronymic:"), QLineEdit(self))
        for edit in (self.last_name, self.first_name, self.patronymic):
            edit.setMaxLength(clients.NAME_MAX)
        self.birth_date = self._add(
            left, "birth_date", self.tr("&Birth date:"), OptionalDateEdit(self)
        )
        self.birth_year = QLineEdit(self)
        self.birth_year.setValidator(QIntValidator(1, 9999, self.birth_year))
        self.birth_year.setMaxLength(4)
        self.birth_year.setPlaceholderText(self.tr("year"))
        self.birth_year.setToolTip(self.tr("Only when no full date of birth is given"))
        self.birth_year.setMaximumWidth(self.birth_year.fontMetrics().horizontalAdvance("0") * 10)
        self._add(left, "birth_year", self.tr("or birth &year:"), self.birth_year)
        self.sex = self._add(left, "sex", self.tr("Se&x:"), _combo(Sex, self))
        self.citizenship = self._add(
            left, "citizenship", self.tr("C&itizenship:"), _combo(Citizenship, self)
        )

        right = self.right
        self._section(right, self.tr("How to reach the client"))
        self.phone = self._add(right, "phone", self.tr("&Phone:"), QLineEdit(self))
        self.phone.setMaxLength(clients.PHONE_MAX)
        self.phone.setPlaceholderText("+380 44 123 45 67")
        safe = QWidget(self)
        safe_column = QVBoxLayout(safe)
        safe_column.setContentsMargins(0, 0, 0, 0)
        safe_column.setSpacing(2)
        self.safe_to_call = QCheckBox(self.tr("safe to c&all"), safe)
        self.safe_to_text = QCheckBox(self.tr("safe to send &messages"), safe)
        tip = self.tr("Tick only if the client said that a call or a message from us is safe.")
        for box in (self.safe_to_call, self.safe_to_text):
            box.setToolTip(tip)
            safe_column.addWidget(box)
        safe.setFocusProxy(self.safe_to_call)
        self._add(right, "safe_to_call", self.tr("It is:"), safe)
        self._section(right, self.tr("The case"))
        self.district = self._add(right, "district", self.tr("&District:"), _combo(District, self))
        self.came_via = self._add(right, "came_via", self.tr("Came &via:"), _combo(CameVia, self))
        self.first_contact = self._add(
            right, "first_contact_on", self.tr("First &contact:"), OptionalDateEdit(self)
        )
        self.first_contact.set_date(date.today())
        start = ClientForm(last_name="", first_name="")  # the service's defaults
        for box, code in (
            (self.sex, start.sex),
            (self.citizenship, start.citizenship),
            (self.district, start.district),
            (self.came_via, start.came_via),
        ):
            _select(box, code)

        boxes = QWidget(self)
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.categories: dict[str, QCheckBox] = {}
        for n, (code, text) in enumerate(choices(Category)):
            box = QCheckBox(text, boxes)
            self.categories[code] = box
            grid.addWidget(box, n // 2, n % 2)
        boxes.setFocusProxy(next(iter(self.categories.values())))
        self._add(self.bottom, "categories", self.tr("Cate&gories:"), boxes)

        for edit in (self.last_name, self.first_name, self.birth_year, self.birth_date.edit):
            edit.textEdited.connect(lambda _t: self.identity_edited.emit())

    def _add(self, form: ErrorForm, field: str, label: str, widget, *, required: bool = False):
        self._form_of[field] = form
        return form.add(field, label, widget, required=required)

    @staticmethod
    def _section(form: ErrorForm, title: str) -> None:
        label = QLabel(title, form)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        form.layout_.addRow(label)

    # --- errors (the same interface as ErrorForm) -----------------------------------------

    def clear_errors(self) -> None:
        self.banner.hide()
        for form in (self.left, self.right, self.bottom):
            form.clear_errors()

    def error_text(self, field: str) -> str:
        form = self._form_of.get(field)
        return form.error_text(field) if form is not None else ""

    def show_error(self, error: OberihError) -> None:
        self.clear_errors()
        field = error.field if isinstance(error, InvalidInput) else None
        form = self._form_of.get(field or "")
        if form is not None:
            form.show_error(error)
        else:
            self.banner.setText(error.user_message())
            self.banner.show()

    def show_error_text(self, field: str, text: str) -> None:
        self.clear_errors()
        self._form_of[field].show_error_text(field, text)

    def show_errors(self, problems: list[tuple[str, str]]) -> None:
        """Every problem at once, each beside its field, in the order of the form; the
        first field gets the focus."""
        self.clear_errors()
        order = list(self._form_of)
        problems = sorted(problems, key=lambda p: order.index(p[0]) if p[0] in order else -1)
        for n, (field, text) in enumerate(problems):
            form = self._form_of.get(field)
            if form is not None:
                form.add_error(field, text, focus=n == 0)
            else:
                self.banner.setText(text)
                self.banner.show()

    def set_form(self, form: ClientForm) -> None:
        self.last_name.setText(form.last_name)
        self.first_name.setText(form.first_name)
        self.patronymic.setText(form.patronymic or "")
        self.birth_date.set_date(form.birth_date)
        self.birth_year.setText("" if form.birth_year is None else str(form.birth_year))
        _select(self.sex, form.sex)
        _select(self.citizenship, form.citizenship)
        self.phone.setText(form.phone or "")
        self.safe_to_call.setChecked(form.safe_to_call)
        self.safe_to_text.setChecked(form.safe_to_text)
        _select(self.district, form.district)
        _select(self.came_via, form.came_via)
        self.first_contact.set_date(form.first_contact_on)
        for code, box in self.categories.items():
            box.setChecked(code in form.categories)

    def read(self) -> ClientForm | None:
        """The form as typed, or None after showing every problem found in it at once
        (dates that cannot be read here, then the service's own rules, which need no
        database: clients.form_problems)."""
        problems: list[tuple[str, str]] = []
        birth_date = self._date(self.birth_date, "birth_date", problems)
        first_contact = self._date(self.first_contact, "first_contact_on", problems)
        year = self.birth_year.text().strip()
        form = ClientForm(
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            patronymic=self.patronymic.text() or None,
            birth_date=birth_date,
            birth_year=int(year) if year.isdigit() else None,
            sex=self.sex.currentData(),
            citizenship=self.citizenship.currentData(),
            phone=self.phone.text() or None,
            safe_to_call=self.safe_to_call.isChecked(),
            safe_to_text=self.safe_to_text.isChecked(),
            district=self.district.currentData(),
            categories=frozenset(c for c, box in self.categories.items() if box.isChecked()),
            came_via=self.came_via.currentData(),
            first_contact_on=first_contact,
        )
        seen = {field for field, _text in problems}
        problems += [
            (p.field or "", p.user_message())
            for p in clients.form_problems(form)
            if p.field not in seen
        ]
        if problems:
            self.show_errors(problems)
            return None
        return form

    def _date(
        self, edit: OptionalDateEdit, field: str, problems: list[tuple[str, str]]
    ) -> date | None:
        ok, day = edit.value()
        if ok:
            return day
        text = edit.edit.text().strip()
        if impossible_date(text):
            message = self.tr("There is no such day as %1: check the day and the month.")
            problems.append((field, fill(message, text)))
        else:
            problems.append((field, self._date_message()))
        return None

    def _date_message(self) -> str:
        return fill(self.tr("Enter the date as %1, or leave it empty."), date_hint())


class _ClientDialog(QDialog):
    """What intake and edit share: the fields in a scroll area, Save and Cancel, busy
    while the service works, and input kept whatever the service says."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.outer = QVBoxLayout(self)
        self.fields = ClientFields(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.fields)
        self.outer.addWidget(self.scroll, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.outer.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.submit)
        self.fields.last_name.setFocus()

    def fit_to_screen(self, *, grow_only: bool = True) -> None:
        """As big as the form wants (it grows when messages appear), never smaller than
        it is and never beyond the screen (then the fields scroll, and room for the
        scroll bar is kept so that nothing is cut off at the right)."""
        hint = self.fields.sizeHint()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = hint.width() + bar + 40
        wanted = QSize(width, hint.height() + self._extra_height(width))
        room = self.screen().availableGeometry().size() * 0.92
        size = wanted.boundedTo(room)
        self.resize(size.expandedTo(self.size()) if grow_only else size)
        if self.isVisible():  # correct the estimate by what the laid-out fields need
            self.outer.activate()
            short = self.fields.sizeHint().height() - self.scroll.viewport().height()
            if short > 0:
                self.resize(self.width(), min(self.height() + short + 4, room.height()))
            self._keep_on_screen()

    def _keep_on_screen(self) -> None:
        """Grown downwards past the screen's edge (above the taskbar): move it up."""
        area = self.screen().availableGeometry()
        frame = self.frameGeometry()
        dy = min(0, area.bottom() - frame.bottom())
        dx = min(0, area.right() - frame.right())
        if dx or dy:
            self.move(max(area.left(), self.x() + dx), max(area.top(), self.y() + dy))

    def _extra_height(self, width: int) -> int:
        return self.buttons.sizeHint().height() + 60

    def submit(self) -> None:
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)

    def failed(self, error: OberihError) -> None:
        self.set_busy(False)
        self.fields.show_error(error)
        self.fit_to_screen()


class IntakeDialog(_ClientDialog):
    """A new client. Emits `created(ClientCard)`, or `open_existing(client_id)` when staff
    recognise her among the likely duplicates."""

    created = Signal(object)
    open_existing = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New client (intake)"))
        self.duplicates: list[ClientSummary] = []
        self._build_warning()
        self.fields.identity_edited.connect(self._identity_edited)
        self.fit_to_screen(grow_only=False)

    def _extra_height(self, width: int) -> int:
        extra = super()._extra_height(width)
        if not self.warning.isHidden():
            layout = self.warning.layout()
            extra += layout.totalHeightForWidth(width - 20) + 8
        return extra

    def _build_warning(self) -> None:
        self.warning = QFrame(self)
        self.warning.setObjectName("duplicateWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        box = QVBoxLayout(self.warning)
        self.warning_text = QLabel(self.warning)
        self.warning_text.setWordWrap(True)
        box.addWidget(self.warning_text)
        self.matches = QListWidget(self.warning)
        self.matches.itemActivated.connect(lambda _item: self.open_selected())
        box.addWidget(self.matches)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open that card instead"), self.warning)
        self.open_button.clicked.connect(self.open_selected)
        self.create_button = QPushButton(self.tr("Create a new record &anyway"), self.warning)
        self.create_button.clicked.connect(self.create_anyway)
        row.addWidget(self.open_button)
        row.addWidget(self.create_button)
        row.addStretch(1)
        box.addLayout(row)
        self.warning.hide()
        self.outer.insertWidget(0, self.warning)

    def submit(self) -> None:
        if self.busy:
            return
        self.fields.clear_errors()
        form = self.fields.read()
        if form is None:
            self.fit_to_screen()
            return
        birth = form.birth_date or form.birth_year
        self.set_busy(True)
        if birth is None:
            self._save(form)
            return
        self.ctx.call(
            clients.find_duplicates,
            form.last_name,
            form.first_name,
            birth,
            on_done=lambda rows: self._checked(form, rows),
            on_error=self.failed,
            owner=self,
        )

    def _checked(self, form: ClientForm, rows: list[ClientSummary]) -> None:
        if not rows:
            self._save(form)
            return
        self.set_busy(False)
        self._show_warning(rows)

    def _show_warning(self, rows: list[ClientSummary]) -> None:
        self.duplicates = list(rows)
        if len(rows) == 1:
            text = fill(
                self.tr(
                    "A client with a similar name and the same birth date or year is already "
                    "registered: %1. Is it the same person? Open that card instead of creating a "
                    "second record."
                ),
                rows[0].code,
            )
        else:
            text = fill(
                self.tr(
                    "Clients with a similar name and the same birth date or year are already "
                    "registered: %1. Is one of them the same person? Open that card instead of "
                    "creating a second record."
                ),
                ", ".join(r.code for r in rows),
            )
        self.warning_text.setText(text)
        self.matches.clear()
        for r in rows:
            parts = [r.code, r.display_name]
            if r.age is not None:
                parts.append(fill(self.tr("%1 years"), str(r.age)))
            elif r.birth_year is not None:
                parts.append(fill(self.tr("born %1"), str(r.birth_year)))
            parts.append(code_label(District, r.district))
            if r.archived:
                parts.append(self.tr("archived"))
            item = QListWidgetItem(" — ".join(parts[:2]) + ", " + ", ".join(parts[2:]))
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        frame = 2 * self.matches.frameWidth()
        self.matches.setFixedHeight(self.matches.sizeHintForRow(0) * min(len(rows), 4) + frame)
        self.warning.show()
        self.fit_to_screen()
        self.save_button.setEnabled(False)
        self.open_button.setDefault(True)
        self.open_button.setFocus()

    def _identity_edited(self) -> None:
        if self.warning.isVisible():
            self.warning.hide()
            self.duplicates = []
            self.save_button.setEnabled(True)
            self.save_button.setDefault(True)

    def open_selected(self) -> None:
        item = self.matches.currentItem()
        if item is None:
            return
        self.open_existing.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        self.reject()

    def create_anyway(self) -> None:
        if self.busy:
            return
        form = self.fields.read()
        if form is None:
            self.fit_to_screen()
            return
        self.warning.hide()
        self.save_button.setEnabled(True)
        self.save_button.setDefault(True)
        self.set_busy(True)
        self._save(form)

    def _save(self, form: ClientForm) -> None:
        self.ctx.call(
            clients.create_client, form, on_done=self._created, on_error=self.failed, owner=self
        )

    def _created(self, card: ClientCard) -> None:
        self.set_busy(False)
        self.created.emit(card)
        self.accept()


class EditClientDialog(_ClientDialog):
    """Edit her record. Saved only if nobody saved it since the card was opened (the
    service's version check); otherwise the input stays and the banner says why."""

    saved = Signal(object)  # ClientCard
    conflict = Signal()  # someone saved first: the card behind should be read again

    def __init__(self, ctx: AppContext, card: ClientCard, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.card = card
        self.setWindowTitle(fill(self.tr("Edit client %1"), card.code))
        self.fields.set_form(card.form())
        self.fit_to_screen(grow_only=False)

    def submit(self) -> None:
        if self.busy:
            return
        self.fields.clear_errors()
        form = self.fields.read()
        if form is None:
            self.fit_to_screen()
            return
        self.set_busy(True)
        self.ctx.call(
            clients.update_client,
            self.card.id,
            form,
            self.card.version,
            on_done=self._saved,
            on_error=self.failed,
            owner=self,
        )

    def _saved(self, card: ClientCard) -> None:
        self.set_busy(False)
        self.saved.emit(card)
        self.accept()

    def failed(self, error: OberihError) -> None:
        super().failed(error)
        if isinstance(error, InvalidInput) and error.field == "version":
            self.conflict.emit()
