"""Centre settings (idle lock, stay lengths, report k, retention, backups), the shelter's
rooms and beds, and this computer's interface language."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelter_app import settings, shelter_layout, sites
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.settings import CentreSettings, ClientListOpens
from shelter_app.shelter_layout import BedInfo, RoomInfo
from shelter_app.sites import SiteInfo

from ..context import AppContext
from ..forms import ErrorForm, error_label
from .common import SUCCESS_STYLE, ConfirmDialog, FormDialog, explanation

LANGUAGE_KEY = "language"
LANGUAGES = (("uk", "Українська"), ("en", "English"))
INACTIVE = "#6b6b6b"


class YesNoBox(QCheckBox):
    """A yes/no setting stored as 0/1, read and written like the spin boxes."""

    def value(self) -> int:
        return int(self.isChecked())

    def setValue(self, value: int) -> None:
        self.setChecked(bool(value))


class ChoiceBox(QComboBox):
    """A setting chosen from a short list, stored as its number (like the spin boxes)."""

    def value(self) -> int:
        return int(self.currentData())

    def setValue(self, value: int) -> None:
        self.setCurrentIndex(max(self.findData(value), 0))


def spin_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, 100_000)  # what is allowed is the service's to say
    box.setMinimumWidth(90)
    return box


def spin_row(parent: QWidget) -> tuple[QWidget, QSpinBox]:
    """A spin box at its natural width in a row as wide as the form, so that the error
    line under it has room."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    box = spin_box(row)
    layout.addWidget(box)
    layout.addStretch(1)
    row.setFocusProxy(box)
    return row, box


# --- dialogs for the layout --------------------------------------------------------------


class RoomDialog(FormDialog):
    """A new room (name and how many people it holds), or a new name, or a new capacity."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        room: RoomInfo | None,
        what: str,
        site_id: int | None = None,
    ):
        super().__init__(ctx, "", "", parent)
        self.room, self.what, self.site_id = room, what, site_id
        self.name = QLineEdit(room.name if room else "", self)
        people_row, self.people = spin_row(self)
        self.people.setValue(room.max_people if room else 2)
        self.name.setVisible(room is None or what == "name")  # only the fields asked for
        people_row.setVisible(room is None or what == "max_people")
        if room is None:
            self.setWindowTitle(self.tr("Add a room"))
            self.ok_button.setText(self.tr("&Add room"))
        elif what == "name":
            self.setWindowTitle(self.tr("Rename room"))
            self.ok_button.setText(self.tr("&Rename"))
        else:
            self.setWindowTitle(self.tr("Room capacity"))
            self.ok_button.setText(self.tr("&Save"))
            self.form.add_row(self.tr("Room:"), QLabel(room.name, self))
        if room is None or what == "name":
            self.form.add("name", self.tr("&Name:"), self.name)
        if room is None or what == "max_people":
            self.form.add("max_people", self.tr("&Holds (women and children):"), people_row)
            self.layout_.addWidget(
                explanation(
                    self.tr("Children sleep in the room too, so count them as people."), self
                )
            )
        self.finish_layout()

    def submit(self) -> None:
        if self.room is None:
            self.run(
                shelter_layout.add_room,
                self.name.text(),
                self.people.value(),
                site_id=self.site_id,
            )
        elif self.what == "name":
            self.run(shelter_layout.rename_room, self.room.id, self.name.text())
        else:
            self.run(shelter_layout.set_room_capacity, self.room.id, self.people.value())


class BedDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget, room: RoomInfo):
        super().__init__(ctx, "", "", parent)
        self.room = room
        self.setWindowTitle(self.tr("Add a bed"))
        self.ok_button.setText(self.tr("&Add bed"))
        self.form.add_row(self.tr("Room:"), QLabel(room.name, self))
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("e.g. A or 1"))
        self.form.add("label", self.tr("Bed &label:"), self.label)
        self.finish_layout()

    def submit(self) -> None:
        self.run(shelter_layout.add_bed, self.room.id, self.label.text())


# --- the section --------------------------------------------------------------------------


class SettingsSection(QWidget):
    KEY_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None
        self.rooms: list[RoomInfo] = []
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 5)

        # centre settings
        centre = QGroupBox(self.tr("Centre settings"), self)
        centre_layout = QVBoxLayout(centre)
        self.form = ErrorForm(centre)
        self.fields: dict[str, QSpinBox] = {}
        labels = {
            "idle_lock_minutes": self.tr("Lock after inacti&vity (minutes):"),
            "max_stay_days": self.tr("A&llowed stay in the shelter (days):"),
            "max_extended_stay_days": self.tr("E&xtended stay, at most (days):"),
            "stay_warning_days": self.tr("&Warn before a stay ends (days):"),
            "report_k": self.tr("Smallest count shown in reports (&k):"),
            "retention_years": self.tr("Anonymise after no activity &for (years):"),
            "backup_generations": self.tr("Daily ba&ckups kept:"),
            "first_assessment_days": self.tr("&Needs assessment due in (work days):"),
        }
        for name, label in labels.items():
            row, self.fields[name] = spin_row(centre)
            self.form.add(name, label, row)
            self.fields[name].lineEdit().returnPressed.connect(self.save)  # Enter = save
        # case management (issue 13): whether the head approves plans and closures
        approval = YesNoBox(self.tr("The head a&pproves plans and closures"), centre)
        self.fields["case_approval_required"] = approval  # type: ignore[assignment]
        self.form.add("case_approval_required", self.tr("Cases:"), approval)
        # privacy on shared screens (issue 19): what the Clients area shows as it opens
        opens = ChoiceBox(centre)
        opens.addItem(self.tr("Nobody until she types"), ClientListOpens.EMPTY)
        opens.addItem(self.tr("Client codes only"), ClientListOpens.CODES)
        opens.addItem(self.tr("Everyone's names"), ClientListOpens.NAMES)
        self.fields["client_list_opens"] = opens  # type: ignore[assignment]
        self.form.add("client_list_opens", self.tr("The client list &opens with:"), opens)
        names = YesNoBox(self.tr("&Her specialist and shelter staff"), centre)
        names.setToolTip(
            self.tr(
                "Her psychologist or lawyer sees her name on My day; shelter staff see it "
                "on the board. Everyone else sees client codes there."
            )
        )
        self.fields["names_where_needed"] = names  # type: ignore[assignment]
        self.form.add("names_where_needed", self.tr("Names shown to:"), names)
        centre_layout.addWidget(self.form)
        centre_layout.addWidget(
            explanation(
                self.tr(
                    "In reports, counts from 1 to k−1 are hidden so that nobody can be "
                    "recognised from a small number."
                ),
                centre,
            )
        )
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save se&ttings"), centre)
        self.revert_button = QPushButton(self.tr("Undo change&s"), centre)
        self.saved = QLabel(centre)
        self.saved.setStyleSheet(SUCCESS_STYLE)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.saved, 1)
        centre_layout.addLayout(buttons)
        left.addWidget(centre)

        # language of this computer
        language = QGroupBox(self.tr("On this computer"), self)
        language_layout = QVBoxLayout(language)
        row = QHBoxLayout()
        self.language = QComboBox(language)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        language_label = QLabel(self.tr("&Interface language:"), language)
        language_label.setBuddy(self.language)
        row.addWidget(language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        language_layout.addLayout(row)
        self.language_note = explanation(
            self.tr("The new language is used the next time Oberih starts."), language
        )
        language_layout.addWidget(self.language_note)
        left.addWidget(language)
        left.addStretch(1)

        # shelter layout
        layout_box = QGroupBox(self.tr("Shelter rooms and beds"), self)
        layout_layout = QVBoxLayout(layout_box)
        site_row = QHBoxLayout()
        self.site = QComboBox(layout_box)
        self.site.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # no Alt letter: every letter of the word is taken on this page (Tab reaches it)
        site_caption = QLabel(self.tr("Site:"), layout_box)
        site_caption.setBuddy(self.site)
        site_row.addWidget(site_caption)
        site_row.addWidget(self.site)
        site_row.addStretch(1)
        layout_layout.addLayout(site_row)
        self.tree = QTreeWidget(layout_box)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Room / bed"), self.tr("Holds"), self.tr("State")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout_layout.addWidget(self.tree, 1)
        grid = QHBoxLayout()
        room_buttons = QVBoxLayout()
        bed_buttons = QVBoxLayout()
        self.add_room_button = QPushButton(self.tr("Add &room…"), layout_box)
        self.rename_button = QPushButton(self.tr("Rena&me room…"), layout_box)
        self.capacity_button = QPushButton(self.tr("Room capacit&y…"), layout_box)
        self.add_bed_button = QPushButton(self.tr("Ad&d bed…"), layout_box)
        self.bed_off_button = QPushButton(self.tr("&Bed out of use…"), layout_box)
        self.bed_on_button = QPushButton(self.tr("Bed back in &use"), layout_box)
        for b in (self.add_room_button, self.rename_button, self.capacity_button):
            room_buttons.addWidget(b)
        for b in (self.add_bed_button, self.bed_off_button, self.bed_on_button):
            bed_buttons.addWidget(b)
        grid.addLayout(room_buttons)
        grid.addLayout(bed_buttons)
        grid.addStretch(1)
        layout_layout.addLayout(grid)
        self.layout_error = error_label(layout_box)
        layout_layout.addWidget(self.layout_error)
        layout_layout.addWidget(
            explanation(
                self.tr(
                    "A bed out of use keeps its history. Rooms cannot be removed: take "
                    "their beds out of use instead."
                ),
                layout_box,
            )
        )
        outer.addWidget(layout_box, 4)

        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.show_settings(self.ctx.settings))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.site.activated.connect(lambda _i: self.refresh_layout())
        self.add_room_button.clicked.connect(lambda: self.open_room(None, "new"))
        self.rename_button.clicked.connect(lambda: self.open_room(self.current_room(), "name"))
        self.capacity_button.clicked.connect(
            lambda: self.open_room(self.current_room(), "max_people")
        )
        self.add_bed_button.clicked.connect(self.open_bed)
        self.bed_off_button.clicked.connect(self.ask_bed_off)
        self.bed_on_button.clicked.connect(self.bed_on)
        ctx.settings_changed.connect(self.show_settings)
        self.show_settings(ctx.settings)
        self._show_language()
        self._update_buttons()

    def activate(self) -> None:
        if not self.changes():  # never throw away what she typed and has not saved
            self.ctx.call(settings.get_settings, on_done=self._reloaded, owner=self)
        self.refresh_layout()

    def _reloaded(self, values: CentreSettings) -> None:
        if not self.changes():
            self.show_settings(values)

    # --- centre settings ---------------------------------------------------------------

    def show_settings(self, values: CentreSettings) -> None:
        self.form.clear_errors()
        for f in fields(CentreSettings):
            if f.name in self.fields:
                self.fields[f.name].setValue(getattr(values, f.name))

    def changes(self) -> dict[str, int]:
        current = self.ctx.settings
        return {
            name: box.value()
            for name, box in self.fields.items()
            if box.value() != getattr(current, name)
        }

    def save(self) -> None:
        self.form.clear_errors()
        self.saved.clear()
        changed = self.changes()
        if not changed:
            self.saved.setText(self.tr("Nothing was changed."))
            return
        self.save_button.setEnabled(False)
        self.ctx.call(
            settings.update_settings,
            **changed,
            on_done=self._saved,
            on_error=self._save_failed,
            owner=self,
        )

    def _saved(self, new: CentreSettings) -> None:
        self.save_button.setEnabled(True)
        self.ctx.set_settings(new)
        self.saved.setText(self.tr("Saved."))

    def _save_failed(self, error: OberihError) -> None:
        self.save_button.setEnabled(True)
        self.form.show_error(error)

    # --- language ----------------------------------------------------------------------

    def _show_language(self) -> None:
        chosen = QSettings().value(LANGUAGE_KEY, "", type=str) or "uk"
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        self.language.blockSignals(False)

    def _language_chosen(self, _index: int) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())
        self.language_note.setText(
            self.tr("Saved. The new language is used the next time Oberih starts.")
        )

    # --- shelter layout ----------------------------------------------------------------

    def refresh_layout(self) -> None:
        """The sites (for the choice above the rooms), then the chosen site's rooms."""
        self.ctx.call(sites.list_sites, on_done=self._sites_loaded, owner=self)

    def _sites_loaded(self, found: list[SiteInfo]) -> None:
        chosen = self.site.currentData()
        self.site.blockSignals(True)
        self.site.clear()
        for site in found:
            self.site.addItem(site.name, site.id)
        self.site.setCurrentIndex(max(0, self.site.findData(chosen)))
        self.site.blockSignals(False)
        self.site.setEnabled(len(found) > 1)
        self.ctx.call(
            shelter_layout.list_layout,
            site_id=self.site.currentData(),
            on_done=self._layout_loaded,
            on_error=self._layout_failed,
            owner=self,
        )

    def _layout_loaded(self, rooms: list[RoomInfo], select: tuple[str, int] | None = None) -> None:
        if select is None:
            select = self._current_key()
        self.rooms = list(rooms)
        self.tree.clear()
        chosen = None
        for room in rooms:
            beds_in_use = sum(1 for b in room.beds if b.active)
            item = QTreeWidgetItem(
                [
                    room.name,
                    self.tr("%n place(s)", "", room.max_people),
                    self.tr("%n bed(s) in use", "", beds_in_use),
                ]
            )
            item.setData(0, self.KEY_ROLE, ("room", room.id))
            if not room.active:
                item.setForeground(0, Qt.GlobalColor.gray)
            self.tree.addTopLevelItem(item)
            if select == ("room", room.id):
                chosen = item
            for bed in room.beds:
                child = QTreeWidgetItem(
                    [
                        fill(self.tr("Bed %1"), bed.label),
                        "",
                        self.tr("in use") if bed.active else self.tr("out of use"),
                    ]
                )
                child.setData(0, self.KEY_ROLE, ("bed", bed.id))
                if not bed.active:
                    for column in range(3):
                        child.setForeground(column, Qt.GlobalColor.gray)
                item.addChild(child)
                if select == ("bed", bed.id):
                    chosen = child
            item.setExpanded(True)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._update_buttons()

    def _layout_failed(self, error: OberihError) -> None:
        self.layout_error.setText(error.user_message())
        self.layout_error.show()

    def _current_key(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        value = item.data(0, self.KEY_ROLE) if item is not None else None
        return (str(value[0]), int(value[1])) if value else None

    def current_room(self) -> RoomInfo | None:
        key = self._current_key()
        if key is None:
            return None
        kind, ident = key
        for room in self.rooms:
            if kind == "room" and room.id == ident:
                return room
            if kind == "bed" and any(b.id == ident for b in room.beds):
                return room
        return None

    def current_bed(self) -> BedInfo | None:
        key = self._current_key()
        if key is None or key[0] != "bed":
            return None
        return next((b for r in self.rooms for b in r.beds if b.id == key[1]), None)

    def _update_buttons(self, *_args: object) -> None:
        room, bed = self.current_room(), self.current_bed()
        for b in (self.rename_button, self.capacity_button, self.add_bed_button):
            b.setEnabled(room is not None)
        self.bed_off_button.setEnabled(bed is not None and bed.active)
        self.bed_on_button.setEnabled(bed is not None and not bed.active)

    def _open(self, dialog: QDialog) -> QDialog:
        self.layout_error.hide()
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _layout_changed(self, select: tuple[str, int]) -> None:
        self.ctx.call(
            shelter_layout.list_layout,
            site_id=self.site.currentData(),
            on_done=lambda rooms: self._layout_loaded(rooms, select),
            on_error=self._layout_failed,
            owner=self,
        )

    def open_room(self, room: RoomInfo | None, what: str) -> QDialog | None:
        if room is None and what != "new":
            return None
        dialog = RoomDialog(self.ctx, self, room, what, self.site.currentData())
        dialog.succeeded.connect(lambda info: self._layout_changed(("room", info.id)))
        return self._open(dialog)

    def open_bed(self) -> QDialog | None:
        room = self.current_room()
        if room is None:
            return None
        dialog = BedDialog(self.ctx, self, room)
        dialog.succeeded.connect(lambda info: self._layout_changed(("bed", info.id)))
        return self._open(dialog)

    def ask_bed_off(self) -> QDialog | None:
        bed, room = self.current_bed(), self.current_room()
        if bed is None or room is None:
            return None
        dialog = ConfirmDialog(
            self.tr("Bed out of use"),
            fill(
                self.tr(
                    "Take bed %1 in the room “%2” out of use? Nobody can be admitted to it "
                    "until it is back in use; its history stays."
                ),
                bed.label,
                room.name,
            ),
            self.tr("&Take out of use"),
            self,
        )

        def done(info: BedInfo) -> None:
            dialog.accept()
            self._layout_changed(("bed", info.id))

        dialog.confirmed.connect(
            lambda: self.ctx.call(
                shelter_layout.deactivate_bed,
                bed.id,
                on_done=done,
                on_error=dialog.show_error,
                owner=dialog,
            )
        )
        return self._open(dialog)

    def bed_on(self) -> None:
        bed = self.current_bed()
        if bed is None:
            return
        self.layout_error.hide()
        self.ctx.call(
            shelter_layout.reactivate_bed,
            bed.id,
            on_done=lambda info: self._layout_changed(("bed", info.id)),
            on_error=self._layout_failed,
            owner=self,
        )
