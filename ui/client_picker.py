"""Picking a client by typing part of her name or code, for the forms of every area
(log a consultation, admit to a bed, enrol in a course, record a referral).

The drop-down says how many match in all and pages on (a last row "15 more — refine
the search, or choose this row"), tells women of the same name apart by whether each is
already in the shelter or on its waiting list (client_matches.find_clients), and is as
wide as its longest line, so that a narrow dialog cuts no name (each row's tooltip holds
it too)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from shelter_app.client_matches import ClientMatch, MatchPage, ShelterStanding, find_clients
from shelter_app.clients import ClientSummary

from .context import AppContext

SEARCH_DELAY_MS = 200
PAGE = 15


class _Rows(QStringListModel):
    """The lines of the drop-down, each with itself as its tooltip (for a line the
    screen is too narrow for)."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)


class ClientPicker(QLineEdit):
    """A search field with a drop-down of matches. `client_id` is the chosen client or
    None; `client_chosen(int)` is emitted when she picks one."""

    client_chosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.chosen: ClientSummary | None = None
        self._matches: dict[str, ClientSummary] = {}
        self._shown: list[ClientMatch] = []
        self._total = 0
        self._more_row = ""
        self._query_no = 0
        self._text = ""
        self.setPlaceholderText(self.tr("Type a name or a client code…"))
        self.setClearButtonEnabled(True)
        self._model = _Rows(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(PAGE + 1)
        completer.activated[str].connect(self._picked)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._edited)

    @staticmethod
    def label(summary: ClientSummary) -> str:
        age = f", {summary.age}" if summary.age is not None else ""
        return f"{summary.code} — {summary.display_name}{age}"

    def row_text(self, match: ClientMatch) -> str:
        badge = {
            ShelterStanding.STAYING.value: self.tr("in the shelter"),
            ShelterStanding.BOOKED.value: self.tr("admission booked"),
            ShelterStanding.WAITING.value: self.tr("on the waiting list"),
        }.get(match.standing or "")
        text = self.label(match.summary)
        return f"{text} · {badge}" if badge else text

    def set_client(self, summary: ClientSummary) -> None:
        """Preselect (e.g. the client whose card is open)."""
        self.chosen = summary
        self.client_id = summary.id
        self.setText(self.label(summary))
        self.setToolTip(self.label(summary))
        self.setCursorPosition(0)  # her code and name first, in a narrow field

    def _edited(self, _text: str) -> None:
        self.client_id = None
        self.chosen = None
        self.setToolTip("")
        self._timer.start()

    def _search(self) -> None:
        text = self.text().strip()
        if len(text) < 2:
            self._model.setStringList([])
            return
        self._text = text
        self._shown = []
        self._ask(None)

    def _ask(self, after: int | None) -> None:
        self._query_no += 1
        number = self._query_no
        self.ctx.call(
            find_clients,
            self._text,
            limit=PAGE,
            after=after,
            on_done=lambda page: self._show(number, page),
            owner=self,
        )

    def _show(self, number: int, page: MatchPage) -> None:
        if number != self._query_no:  # a newer search is on its way
            return
        self._shown += page.matches
        self._total = page.total
        rows = [self.row_text(m) for m in self._shown]
        self._matches = dict(zip(rows, (m.summary for m in self._shown), strict=True))
        left = self._total - len(self._shown)
        self._more_row = (
            self.tr("%n more — type more of the name, or choose this line to see them", "", left)
            if left > 0
            else ""
        )
        self._model.setStringList(rows + ([self._more_row] if self._more_row else []))
        if rows and self.hasFocus():
            self._pop_up()

    def _pop_up(self) -> None:
        """The drop-down as wide as its longest line (within the screen), never
        narrower than the field."""
        popup = self.completer().popup()
        metrics = popup.fontMetrics()
        widest = max((metrics.horizontalAdvance(t) for t in self._model.stringList()), default=0)
        bar = popup.verticalScrollBar().sizeHint().width()
        width = max(self.width(), widest + bar + 24)
        screen = self.screen().availableGeometry()
        left = self.mapToGlobal(self.rect().topLeft()).x()
        width = min(width, max(self.width(), screen.right() - left))
        self.completer().complete(QRect(0, 0, width, self.height()))

    def _picked(self, text: str) -> None:
        # the line edit puts the chosen line's text in the field after this slot ran
        # (its own connection comes later): the field's text is set once it has
        if self._more_row and text == self._more_row:
            last = self._shown[-1].summary.id if self._shown else None
            QTimer.singleShot(0, self, lambda: self.setText(self._text))
            self._ask(last)
            return
        summary = self._matches.get(text)
        if summary is None:
            return
        self.set_client(summary)
        QTimer.singleShot(0, self, lambda: self._show_chosen(summary))
        self.client_chosen.emit(summary.id)

    def _show_chosen(self, summary: ClientSummary) -> None:
        if self.client_id == summary.id:
            self.setText(self.label(summary))
            self.setCursorPosition(0)
