"""Her children already on record, as a checklist in the admit dialog.

The children who come with her are usually her recorded children: ticking them keeps one
record per child (sessions, incidents and the case follow the same child) instead of a
new unnamed record per stay. Only children under 18 on the admission day are offered;
all are ticked at first, since children stay with their mother."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from shelter_app import children
from shelter_app.children import ChildRecord
from shelter_app.i18n import fill
from shelter_app.permissions import Permission
from shelter_app.shelter import ChildInfo

from ..context import AppContext
from ..display import date_text

HINT_STYLE = "color: #5f5f5f;"


class FamilyChildren(QWidget):
    """One check box per recorded child; `chosen()` gives the ticked ones for the
    admission (their age and sex come from the record, in the service). `changed` when
    the children ticked may have changed (the beds offered depend on them)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.records: list[ChildRecord] = []
        self.boxes: list[tuple[QCheckBox, ChildRecord]] = []
        self.day = date.today()
        # called with the number ticked once her records arrive (the waiting-list path)
        self.loaded_count: Callable[[int], None] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No children on record."), self)
        self.empty.setStyleSheet(HINT_STYLE)
        self._layout.addWidget(self.empty)

    def load(self, client_id: int | None) -> None:
        """Her records, asked of the service; nothing for a role that may not read them."""
        self.client_id = client_id
        self._show([])
        if client_id is None or not self.ctx.can(Permission.READ_CLIENTS):
            return
        self.ctx.call(
            children.family_children,
            client_id,
            on_done=lambda rows: self._loaded(client_id, rows),
            on_error=lambda _e: None,
            owner=self,
        )

    def set_day(self, day: date) -> None:
        """The admission day decides who is still a child."""
        self.day = day
        ticked = {r.id for box, r in self.boxes if box.isChecked()}
        self._show(self.records, ticked)

    def chosen(self) -> list[ChildInfo]:
        return [
            ChildInfo(r.age_on(self.day), r.sex, r.id) for box, r in self.boxes if box.isChecked()
        ]

    def _loaded(self, client_id: int, rows: list[ChildRecord]) -> None:
        if client_id == self.client_id:
            self._show(rows)
            if self.loaded_count is not None:
                self.loaded_count(len(self.boxes))

    def _show(self, rows: list[ChildRecord], ticked: set[int] | None = None) -> None:
        self.records = rows
        for box, _r in self.boxes:
            self._layout.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        for record in rows:
            age = record.age_on(self.day)
            if age >= 18:
                continue
            box = QCheckBox(self._text(record, age), self)
            box.setChecked(ticked is None or record.id in ticked)
            self._layout.insertWidget(self._layout.count() - 1, box)
            self.boxes.append((box, record))
            box.toggled.connect(lambda _on: self.changed.emit())
        self.empty.setVisible(not self.boxes)
        self.changed.emit()

    def _text(self, record: ChildRecord, age: int) -> str:
        name = record.first_name or self.tr("name not recorded")
        born = date_text(record.birth_date)
        if record.birth_date_approximate:
            born = fill(self.tr("about %1"), str(record.birth_date.year))
        return fill(self.tr("%1, age %2 (born %3)"), name, str(age), born)
