"""Her children in the incident form: for each child record of her family, whether the
child witnessed the violence or was harmed.

Once a child is ticked, the form's general "children witnessed / harmed / how many" follow
the ticks (the service derives them the same way), so the two can never disagree. With no
child on record the general fields are all there is."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from shelter_app import children
from shelter_app.children import ChildRecord
from shelter_app.i18n import fill
from shelter_app.incidents import ChildLink
from shelter_app.permissions import Permission

from ..context import AppContext


def child_text(first_name: str | None, age: int, tr_name: str, tr_age: str) -> str:
    """ "Софія, 6" style text; `tr_name` for a name not recorded, `tr_age` "age %1"."""
    return f"{first_name or tr_name}, {fill(tr_age, str(age))}"


class IncidentChildren(QWidget):
    """Rows of (child, witnessed, harmed), filled from `family_children` when the role may
    read identities. `changed` when a tick changes or the rows arrive."""

    changed = Signal()

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[ChildRecord, QCheckBox, QCheckBox]] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(2)
        self.hide()
        if ctx.can(Permission.READ_CLIENTS):
            ctx.call(
                children.family_children,
                client_id,
                on_done=self._loaded,
                on_error=lambda _e: None,
                owner=self,
            )

    def links(self) -> tuple[ChildLink, ...]:
        return tuple(
            ChildLink(record.id, seen.isChecked(), hurt.isChecked())
            for record, seen, hurt in self.rows
            if seen.isChecked() or hurt.isChecked()
        )

    def _loaded(self, records: list[ChildRecord]) -> None:
        today = date.today()
        for number, record in enumerate(r for r in records if r.age_on(today) < 18):
            name = QLabel(
                child_text(
                    record.first_name,
                    record.age_on(today),
                    self.tr("name not recorded"),
                    self.tr("age %1"),
                ),
                self,
            )
            seen = QCheckBox(self.tr("witnessed"), self)
            hurt = QCheckBox(self.tr("harmed"), self)
            for box in (seen, hurt):
                box.toggled.connect(lambda _on: self.changed.emit())
            self.grid.addWidget(name, number, 0)
            self.grid.addWidget(seen, number, 1)
            self.grid.addWidget(hurt, number, 2)
            self.rows.append((record, seen, hurt))
        self.grid.setColumnStretch(3, 1)
        self.setVisible(bool(self.rows))
        self.changed.emit()
