"""The operator's form for one anonymous contact, built for the keyboard: every field is
a combo box (type the first letter), a spin box or a check box (Space), in Tab order;
Ctrl+Enter (or Enter in the note) saves. After a save the form returns to its defaults
with the first field focused, ready for the next call.

It asks for no name or phone; the service refuses a note that looks like a phone number.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_app import anonymous_contacts
from shelter_app.anonymous_contacts import ContactRecord
from shelter_app.contact_vocabulary import AgeBand, Caller, Channel, Help, contact_choices
from shelter_app.errors import OberihError
from shelter_app.vocabulary import District, ReferralType, Sex, ViolenceForm, choices

from ..context import AppContext
from ..forms import ErrorForm

DEFAULT_MINUTES = 5


def _combo(parent: QWidget, items: list[tuple[str, str]], *, empty: str | None = None) -> QComboBox:
    combo = QComboBox(parent)
    if empty is not None:
        combo.addItem(empty, None)
    for code, text in items:
        combo.addItem(text, code)
    return combo


def _boxes(parent: QWidget, items: list[tuple[str, str]]) -> tuple[QWidget, dict[str, QCheckBox]]:
    holder = QWidget(parent)
    grid = QGridLayout(holder)
    grid.setContentsMargins(0, 0, 0, 0)
    boxes: dict[str, QCheckBox] = {}
    for i, (code, text) in enumerate(items):
        box = QCheckBox(text, holder)
        grid.addWidget(box, i // 2, i % 2)
        boxes[code] = box
    return holder, boxes


class ContactForm(QWidget):
    saved = Signal(object)  # ContactRecord

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.form = ErrorForm(self)
        self.channel = _combo(self, contact_choices(Channel))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, anonymous_contacts.DURATION_MAX)
        self.minutes.setSuffix(self.tr(" min"))
        self.caller = _combo(self, contact_choices(Caller))
        self.sex = _combo(self, choices(Sex))
        self.age = _combo(self, contact_choices(AgeBand))
        self.district = _combo(self, choices(District))
        forms_box, self.forms = _boxes(self, choices(ViolenceForm))
        help_box, self.help = _boxes(self, contact_choices(Help))
        self.referred_to = _combo(self, choices(ReferralType), empty=self.tr("— no referral —"))
        self.note = QLineEdit(self)
        self.note.setMaxLength(anonymous_contacts.NOTE_MAX)
        self.note.setPlaceholderText(self.tr("Optional; no name, phone or address"))
        self.form.add("channel", self.tr("C&hannel:"), self.channel)
        self.form.add("duration", self.tr("&Duration:"), self.minutes)
        self.form.add("caller", self.tr("&Who is calling:"), self.caller)
        self.form.add("sex", self.tr("Se&x:"), self.sex)
        self.form.add("age_band", self.tr("Age grou&p:"), self.age)
        self.form.add("district", self.tr("Dis&trict:"), self.district)
        self.form.add("forms", self.tr("Violence mentioned:"), forms_box)
        self.form.add("help", self.tr("Help given:"), help_box)
        self.form.add("referred_to", self.tr("&Referred to:"), self.referred_to)
        self.form.add("note", self.tr("&Note:"), self.note)
        self.save_button = QPushButton(self.tr("&Save contact (Ctrl+Enter)"), self)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)
        self.note.returnPressed.connect(self.submit)
        self._busy = False
        self.clear()

    def clear(self) -> None:
        """Back to the defaults of the commonest call, first field focused."""
        self.form.clear_errors()
        self._select(self.channel, Channel.HOTLINE)
        self.minutes.setValue(DEFAULT_MINUTES)
        self._select(self.caller, Caller.SELF)
        self._select(self.sex, Sex.FEMALE)
        self._select(self.age, AgeBand.UNKNOWN)
        self._select(self.district, District.NOT_STATED)
        for box in (*self.forms.values(), *self.help.values()):
            box.setChecked(False)
        self.referred_to.setCurrentIndex(0)
        self.note.clear()
        self.channel.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.save_button.setEnabled(False)
        self.ctx.call(
            anonymous_contacts.log_contact,
            channel=self.channel.currentData(),
            duration_min=self.minutes.value(),
            caller=self.caller.currentData(),
            sex=self.sex.currentData(),
            age_band=self.age.currentData(),
            district=self.district.currentData(),
            forms=[code for code, box in self.forms.items() if box.isChecked()],
            help=[code for code, box in self.help.items() if box.isChecked()],
            referred_to=self.referred_to.currentData(),
            note=self.note.text() or None,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, record: ContactRecord) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self.clear()
        self.saved.emit(record)

    def _failed(self, error: OberihError) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self.form.show_error(error)

    @staticmethod
    def _select(combo: QComboBox, value: StrEnum) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value.value)))
