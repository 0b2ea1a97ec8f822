"""What every tab of the client card shares: loading once when first shown (so reading
e.g. her risk data is audited only when someone actually opens that tab), reloading
when the data it shows changed, and a calm message when there is nothing or it failed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from shelter_app.changes import Changes, Kind
from shelter_app.errors import OberihError
from shelter_app.permissions import Permission

from ...context import AppContext
from ...display import RowsModel, fit_columns, table_view
from ...forms import ERROR_STYLE


class ClientTab(QWidget):
    key = ""
    permissions: tuple[Permission, ...] = (Permission.READ_CLIENTS,)
    kinds: frozenset[Kind] = frozenset()  # changes of these kinds (for her) make it stale

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.stale = True
        self.layout_ = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        ctx.changed.connect(self._changed)

    @classmethod
    def visible_for(cls, ctx: AppContext) -> bool:
        return any(ctx.can(p) for p in cls.permissions)

    def title(self) -> str:
        raise NotImplementedError

    def ensure_loaded(self) -> None:
        if self.stale:
            self.stale = False
            self.load()

    def load(self) -> None:
        raise NotImplementedError

    def _changed(self, changes: Changes) -> None:
        """Her data of a kind shown here changed (here or anywhere): reload now if shown,
        else when next shown."""
        if changes.touches(*self.kinds) and changes.concerns(self.client_id):
            self.stale = True
            if self.isVisible():
                self.ensure_loaded()

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def failed(self, error: OberihError) -> None:
        self.stale = True  # try again next time the tab is shown
        self.show_status(error.user_message(), error=True)


class ListTab(ClientTab):
    """A read-only list with a line above it for empty states and errors. An empty list
    shows only that line (unless `keep_empty_table`: a list the user fills in here)."""

    keep_empty_table = False

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None):
        super().__init__(ctx, client_id, parent)
        self.model = RowsModel(self.headers(), self)
        self.view: QTableView = table_view(self.model, self, leave_on_tab=False)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.view, 1)
        self.view.hide()  # until the rows arrive

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def empty_text(self) -> str:
        return QCoreApplication.translate("ListTab", "Nothing recorded yet.")

    def show_rows(self, rows, records=None, tips=None) -> None:
        self.model.set_rows(rows, records, tips)
        fit_columns(self.view)
        self.show_status("" if rows else self.empty_text())
        self.view.setVisible(bool(rows) or self.keep_empty_table)
