"""Her children in the needs-assessment form: a level of need and a comment for each
child record of her family, under the "children" domain (the family's case holds the
child's needs). Filled from `family_children` when the role may read identities; a child
left at "not assessed" gets no line."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from shelter_app import children
from shelter_app.cases import assessment
from shelter_app.cases.records import ChildNeedRecord
from shelter_app.cases.vocabulary import NeedLevel, case_choices
from shelter_app.children import ChildRecord
from shelter_app.i18n import fill
from shelter_app.permissions import Permission

from ..context import AppContext


def child_need_name(
    line: ChildNeedRecord | ChildRecord, age: int, name_unknown: str, age_text: str
) -> str:
    return f"{line.first_name or name_unknown}, {fill(age_text, str(age))}"


class ChildNeeds(QWidget):
    """One row per child of hers under 18: name and age, level (or not assessed),
    comment. `loaded` once the rows are there."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, client_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[ChildRecord, QComboBox, QLineEdit]] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.hide()
        if client_id is not None and ctx.can(Permission.READ_CLIENTS):
            ctx.call(
                children.family_children,
                client_id,
                on_done=self._loaded,
                on_error=lambda _e: None,
                owner=self,
            )

    def lines(self) -> list[tuple[int, str, str | None]]:
        """(child id, level, comment) for each child given a level."""
        return [
            (record.id, level.currentData(), comment.text() or None)
            for record, level, comment in self.rows
            if level.currentData()
        ]

    def _loaded(self, records: list[ChildRecord]) -> None:
        today = date.today()
        for number, record in enumerate(r for r in records if r.age_on(today) < 18):
            name = QLabel(
                child_need_name(
                    record, record.age_on(today), self.tr("name not recorded"), self.tr("age %1")
                ),
                self,
            )
            level = QComboBox(self)
            level.addItem(self.tr("not assessed"), "")
            for code, text in case_choices(NeedLevel):
                level.addItem(text, code)
            comment = QLineEdit(self)
            comment.setMaxLength(assessment.COMMENT_MAX)
            name.setBuddy(level)
            self.grid.addWidget(name, number, 0)
            self.grid.addWidget(level, number, 1)
            self.grid.addWidget(comment, number, 2)
            self.rows.append((record, level, comment))
        self.grid.setColumnStretch(2, 1)
        self.setVisible(bool(self.rows))
        self.loaded.emit()
