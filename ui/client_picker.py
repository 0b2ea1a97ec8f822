"""Picking a client by typing part of her name or code, for the forms of every area
(log a consultation, admit to a bed, enrol in a course, record a referral)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from shelter_app import clients
from shelter_app.clients import ClientSummary

from .context import AppContext

SEARCH_DELAY_MS = 200


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
        self._query_no = 0
        self.setPlaceholderText(self.tr("Type a name or a client code…"))
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
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

    def set_client(self, summary: ClientSummary) -> None:
        """Preselect (e.g. the client whose card is open)."""
        self.chosen = summary
        self.client_id = summary.id
        self.setText(self.label(summary))

    def _edited(self, _text: str) -> None:
        self.client_id = None
        self.chosen = None
        self._timer.start()

    def _search(self) -> None:
        text = self.text().strip()
        if len(text) < 2:
            self._model.setStringList([])
            return
        self._query_no += 1
        number = self._query_no
        self.ctx.call(
            clients.search_clients,
            text,
            limit=15,
            on_done=lambda rows: self._show(number, rows),
            owner=self,
        )

    def _show(self, number: int, rows: list[ClientSummary]) -> None:
        if number != self._query_no:  # a newer search is on its way
            return
        self._matches = {self.label(r): r for r in rows}
        self._model.setStringList(list(self._matches))
        if rows and self.hasFocus():
            self.completer().complete()

    def _picked(self, text: str) -> None:
        summary = self._matches.get(text)
        if summary is None:
            return
        self.set_client(summary)
        self.client_chosen.emit(summary.id)
