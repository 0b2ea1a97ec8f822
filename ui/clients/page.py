"""The Clients area: find a client by typing (the core's search, as you type), open her
card, or register a new one. The list and the card share the page (a stack), so the
card never opens a window whose title could show her name."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_app import clients
from shelter_app.changes import Changes, Kind
from shelter_app.clients import ClientCard
from shelter_app.errors import OberihError
from shelter_app.permissions import Permission
from shelter_app.vocabulary import Category, District, choices

from ..context import AppContext
from ..forms import ERROR_STYLE
from ..window_state import UserSettings, keep_header
from .card import ClientCardView
from .intake import IntakeDialog
from .model import ClientListModel

SEARCH_DELAY_MS = 200
OPEN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class ClientTable(QTableView):
    """The list; Enter or a double click opens the card of the row."""

    open_requested = Signal(int)  # row

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doubleClicked.connect(lambda index: self.open_requested.emit(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in OPEN_KEYS and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class SearchField(QLineEdit):
    """Down arrow and Enter move to the results, so the mouse is never needed."""

    to_results = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in OPEN_KEYS or event.key() == Qt.Key.Key_Down:
            self.to_results.emit()
            return
        super().keyPressEvent(event)


class ClientsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.card: ClientCardView | None = None
        self.intake: IntakeDialog | None = None
        self._searched = False
        self._stale = False
        self.model = ClientListModel(ctx, self)
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.list_panel = QWidget(self.stack)
        self.stack.addWidget(self.list_panel)
        self._build_list()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.to_results.connect(self._to_results)
        self.archived.toggled.connect(lambda _c: self.search_now())
        self.model.searching.connect(self._searching)
        self.model.counted.connect(self._counted)
        self.model.failed.connect(self._failed)
        self.model.modelReset.connect(self._rows_changed)
        self.model.rowsInserted.connect(lambda *_: self._rows_changed())
        ctx.changed.connect(self._data_changed)

        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        new = QShortcut(QKeySequence("Ctrl+N"), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_client)

    def _build_list(self) -> None:
        layout = QVBoxLayout(self.list_panel)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Search:"), self.list_panel)
        self.search = SearchField(self.list_panel)
        self.search.setPlaceholderText(self.tr("Surname, name or client code (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("x") * 24)
        label.setBuddy(self.search)
        row.addWidget(label)
        row.addWidget(self.search, 1)
        self.archived = QCheckBox(self.tr("&Include archived"), self.list_panel)
        self.archived.setToolTip(self.tr("Also list clients whose records were archived"))
        row.addWidget(self.archived)
        row.addSpacing(12)
        self.district = QComboBox(self.list_panel)
        self.district.setObjectName("districtFilter")
        self.district.addItem(self.tr("All districts"), None)
        for code, label in choices(District):
            self.district.addItem(label, code)
        self.district.setToolTip(self.tr("Only clients of this district"))
        self.district.currentIndexChanged.connect(self.search_now)
        row.addWidget(self.district)
        self.category = QComboBox(self.list_panel)
        self.category.setObjectName("categoryFilter")
        self.category.addItem(self.tr("All categories"), None)
        for code, label in choices(Category):
            self.category.addItem(label, code)
        self.category.setToolTip(self.tr("Only clients of this category"))
        self.category.currentIndexChanged.connect(self.search_now)
        row.addWidget(self.category)
        row.addSpacing(12)
        self.new_button = QPushButton(self.tr("&New client…"), self.list_panel)
        self.new_button.setToolTip(self.tr("Intake of a new client (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_client)
        self.new_button.setVisible(self.ctx.can(Permission.WRITE_CLIENTS))
        row.addWidget(self.new_button)
        layout.addLayout(row)

        self.count_label = QLabel(self.list_panel)
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)

        self.table = ClientTable(self.list_panel)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        # a header click sorts in the clients service (the model asks it), not in a proxy;
        # by default Ukrainian alphabetical order of the names
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(ClientListModel.NAME, Qt.SortOrder.AscendingOrder)
        self._sorted_by = (ClientListModel.NAME, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ClientListModel.NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        header.resizeSection(ClientListModel.CODE, metrics.horizontalAdvance("K-2026-00000") + 24)
        header.resizeSection(ClientListModel.AGE, metrics.horizontalAdvance("Вік ≈100") + 24)
        header.resizeSection(
            ClientListModel.DISTRICT, metrics.horizontalAdvance("Інше місто чи область") + 24
        )
        header.resizeSection(
            ClientListModel.LAST_CONTACT, metrics.horizontalAdvance("Останній контакт") + 24
        )
        header.sortIndicatorChanged.connect(self._sort_chosen)
        keep_header(UserSettings(self.ctx.user), header, "clients")  # her widths and sort
        self.table.open_requested.connect(self.open_row)
        layout.addWidget(self.table, 1)

    def _sort_chosen(self, column: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if column not in ClientListModel.ORDER_OF:  # the district: a code, not sortable
            header.blockSignals(True)
            header.setSortIndicator(*self._sorted_by)
            header.blockSignals(False)
            return
        self._sorted_by = (column, order)
        self.model.order = ClientListModel.ORDER_OF[column]
        self.model.descending = order == Qt.SortOrder.DescendingOrder
        if self._searched:
            self.search_now()

    # --- the area's interface ----------------------------------------------------------

    def activate(self) -> None:
        """The area is shown: refresh what may have changed elsewhere."""
        if not self._searched:
            self.search_now()
        elif self._stale or self.stack.currentWidget() is self.list_panel:
            self._stale = False
            self.model.refresh()
        if self.card is not None and self.stack.currentWidget() is self.card:
            self.card.refresh()

    def navigate_to(self, argument: object) -> None:
        if isinstance(argument, int) and not isinstance(argument, bool):
            self.open_client(argument)

    # --- searching ---------------------------------------------------------------------

    def search_now(self) -> None:
        self._timer.stop()
        self._searched = True
        self.model.search(
            self.search.text(),
            include_archived=self.archived.isChecked(),
            district=self.district.currentData(),
            category=self.category.currentData(),
        )

    def focus_content(self) -> None:
        """The area is shown by keyboard: the open card, else the search field."""
        if self.card is not None and self.stack.currentWidget() is self.card:
            self.card.tabs.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            self.search.selectAll()

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _to_results(self) -> None:
        if self._timer.isActive():
            self.search_now()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _searching(self, busy: bool) -> None:
        if busy and self.model.rowCount() == 0:
            if clients.search_prepared(self.ctx.db):
                self.count_label.setText(self.tr("Searching…"))
            else:  # right after sign-in: the names are being opened (clients.prepare_search)
                self.count_label.setText(self.tr("Preparing search…"))

    def _counted(self, total: int) -> None:
        self.count_label.setStyleSheet("")
        if total < 0:  # the centre's setting: the list opens empty on a shared screen
            self.count_label.setText(
                self.tr("Type part of a surname, a name or a client code to find her.")
            )
        elif total == 0 and self.model.text.strip():
            self.count_label.setText(
                self.tr("No client found. Try part of the surname, the first name or the code.")
            )
        elif total == 0:
            self.count_label.setText(self.tr("No clients registered yet."))
        else:
            self.count_label.setText(self.tr("%n client(s)", "", total))

    def _failed(self, error: OberihError) -> None:
        self.count_label.setStyleSheet(ERROR_STYLE)
        self.count_label.setText(error.user_message())

    def _rows_changed(self) -> None:
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                self.table.selectionModel().SelectionFlag.NoUpdate,
            )

    def _data_changed(self, changes: Changes) -> None:
        if not changes.touches(Kind.CLIENTS) or not self._searched:
            return
        if self.isVisible() and self.stack.currentWidget() is self.list_panel:
            self.model.refresh()
        else:
            self._stale = True

    # --- the card ----------------------------------------------------------------------

    def open_row(self, row: int) -> None:
        summary = self.model.summary(row)
        if summary is not None:
            self.open_client(summary.id)

    def open_client(self, client_id: int, card: ClientCard | None = None) -> ClientCardView:
        if self.card is not None:
            self.stack.removeWidget(self.card)
            self.card.deleteLater()
        view = ClientCardView(self.ctx, client_id, self.stack)
        view.back_requested.connect(self.show_list)
        self.card = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        if card is not None:
            view.show_card(card)
        else:
            view.load()
        view.tabs.setFocus(Qt.FocusReason.OtherFocusReason)
        return view

    def show_list(self) -> None:
        if self.stack.currentWidget() is self.list_panel:
            return
        opened = self.card.client_id if self.card is not None else None
        self.stack.setCurrentWidget(self.list_panel)
        if self._stale:
            self._stale = False
            self.model.refresh()
        row = self.model.row_of(opened) if opened is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- intake ------------------------------------------------------------------------

    def new_client(self) -> None:
        if not self.ctx.can(Permission.WRITE_CLIENTS):
            return
        if self.intake is not None and self.intake.isVisible():
            self.intake.raise_()
            self.intake.activateWindow()
            return
        dialog = IntakeDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        dialog.open_existing.connect(self.open_client)
        dialog.destroyed.connect(lambda: setattr(self, "intake", None))
        self.intake = dialog
        dialog.open()

    def _created(self, card: ClientCard) -> None:
        self.open_client(card.id, card)
