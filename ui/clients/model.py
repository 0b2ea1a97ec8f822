"""The client list as a Qt model: rows come from the clients service a batch at a time
(`search_clients` with offset/limit) as the view scrolls, never all at once.

Every search gets a number; results of an older search that arrive late are dropped, so
the newest query always wins however the worker's answers interleave."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from shelter_app import clients
from shelter_app.clients import MAX_PAGE, ClientSummary
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.settings import ClientListOpens
from shelter_app.vocabulary import District

from ..context import AppContext
from ..display import code_label, date_text
from ..paging import Pager
from ..table_model import Column, TableModel

Index = QModelIndex | QPersistentModelIndex
BATCH = 100
ARCHIVED_COLOUR = QColor("#6b6b6b")


class ClientListModel(TableModel):
    CODE, NAME, AGE, DISTRICT, LAST_CONTACT = range(5)
    ID_ROLE = Qt.ItemDataRole.UserRole
    # the columns the clients service sorts by (clients.ORDERS); the district is a code
    ORDER_OF: ClassVar[dict[int, str]] = {
        CODE: "code",
        NAME: "name",
        AGE: "age",
        LAST_CONTACT: "last_contact",
    }

    searching = Signal(bool)  # a search (first page) is on its way / has arrived
    counted = Signal(int)  # how many clients match the current search
    failed = Signal(object)  # OberihError

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(
            [],
            parent,
            tint=lambda c: QBrush(ARCHIVED_COLOUR) if c.archived else None,
            italic=lambda c: c.archived,
            tooltip=self._tooltip_of,
        )
        self.columns = [
            Column(self.tr("Code"), lambda c: c.code),
            Column(
                self.tr("Full name"),
                lambda c: c.display_name,
                header_tooltip=self.tr("Surname, first name and patronymic; click to sort."),
            ),
            Column(self.tr("Age"), self.age_text, tooltip=self._age_tooltip),
            Column(self.tr("District"), lambda c: code_label(District, c.district)),
            Column(self.tr("Last contact"), lambda c: date_text(c.last_activity_on)),
        ]
        self.ctx = ctx
        self.text = ""
        self.include_archived = False
        self.district: str | None = None
        self.category: str | None = None
        self.total: int | None = None
        self.today = date.today()
        self.order, self.descending = "name", False
        self.waiting_for_text = False  # the centre's setting: nothing shown before typing
        self.codes_only = False
        self._pager = Pager(BATCH)

    # --- searching ---------------------------------------------------------------------

    def search(
        self,
        text: str,
        *,
        include_archived: bool = False,
        district: str | None = None,
        category: str | None = None,
    ) -> None:
        """Start a new search; the rows shown stay until its first page arrives (no
        flicker while she types)."""
        self.text, self.include_archived = text, include_archived
        self.district, self.category = district, category
        self._start(BATCH)

    def refresh(self) -> None:
        """The same search again after a change, keeping about as many rows as shown."""
        self._start(min(max(BATCH, len(self.rows)), MAX_PAGE))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the service sorts (a proxy over 100,000 rows would read all)."""
        if column not in self.ORDER_OF:
            return
        self.order = self.ORDER_OF[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._start(BATCH)

    def _browsing(self) -> bool:
        """Nothing typed and no filter chosen: the list as it opens."""
        return not self.text.strip() and self.district is None and self.category is None

    def _start(self, limit: int) -> None:
        number = self._pager.start()
        self.today = date.today()
        opens = ClientListOpens(self.ctx.settings.client_list_opens)
        self.waiting_for_text = self._browsing() and opens is ClientListOpens.EMPTY
        self.codes_only = self._browsing() and opens is ClientListOpens.CODES
        if self.waiting_for_text:  # a shared screen shows nobody before she types
            self._pager.arrived(number, more=False)
            self.set_rows([])
            self.total = None
            self.searching.emit(False)
            self.counted.emit(-1)
            return
        self.searching.emit(True)
        self.ctx.call(
            clients.count_clients,
            self.text,
            include_archived=self.include_archived,
            district=self.district,
            category=self.category,
            on_done=lambda n: self._counted(number, n),
            on_error=lambda e: self._failed(number, e),
            owner=self,
        )
        self.ctx.call(
            clients.search_clients,
            self.text,
            include_archived=self.include_archived,
            district=self.district,
            category=self.category,
            limit=limit,
            offset=0,
            codes_only=self.codes_only,
            order=self.order,
            descending=self.descending,
            on_done=lambda rows: self._first_page(number, limit, rows),
            on_error=lambda e: self._failed(number, e),
            owner=self,
        )

    def _counted(self, number: int, total: int) -> None:
        if number != self._pager.generation:
            return
        self.total = total
        self.counted.emit(total)

    def _first_page(self, number: int, limit: int, rows: list[ClientSummary]) -> None:
        if not self._pager.arrived(number, more=False):  # a newer search is on its way
            return
        self.set_rows(rows)
        self._pager.more = self._may_have_more(len(rows) == limit)
        self.searching.emit(False)

    def _failed(self, number: int, error: OberihError) -> None:
        if not self._pager.failed(number):
            return
        self.searching.emit(False)
        self.failed.emit(error)

    # --- batches -----------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._pager.can_fetch_more()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        number, offset = self._pager.next_batch(), len(self.rows)
        self.ctx.call(
            clients.search_clients,
            self.text,
            include_archived=self.include_archived,
            district=self.district,
            category=self.category,
            limit=BATCH,
            after=self.rows[-1].id if self.rows else None,  # keyset: no re-reading
            codes_only=self.codes_only,
            order=self.order,
            descending=self.descending,
            on_done=lambda rows: self._next_page(number, offset, rows),
            on_error=lambda e: self._failed(number, e),
            owner=self,
        )

    def _next_page(self, number: int, offset: int, rows: list[ClientSummary]) -> None:
        if offset != len(self.rows) or not self._pager.arrived(number, more=False):
            return
        self.append_rows(rows)
        self._pager.more = self._may_have_more(len(rows) == BATCH)

    def _may_have_more(self, page_was_full: bool) -> bool:
        """A full page may have more behind it, unless the count says all are here."""
        return page_was_full and (self.total is None or len(self.rows) < self.total)

    @property
    def busy(self) -> bool:
        return self._pager.fetching

    # --- reading -----------------------------------------------------------------------

    def summary(self, row: int) -> ClientSummary | None:
        found: ClientSummary | None = self.record(row)
        return found

    def _tooltip_of(self, c: ClientSummary) -> str | None:
        return self.tr("Archived record") if c.archived else None

    def _age_tooltip(self, c: ClientSummary) -> str | None:
        if c.archived:
            return self.tr("Archived record")
        if c.age is None and c.birth_year is not None:
            return fill(self.tr("Only the birth year is known: %1"), str(c.birth_year))
        return None

    def age_text(self, c: ClientSummary) -> str:
        if c.age is not None:
            return str(c.age)
        if c.birth_year is not None:
            return f"≈{self.today.year - c.birth_year}"
        return ""
