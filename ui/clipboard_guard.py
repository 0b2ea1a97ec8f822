"""What Oberih puts on the clipboard leaves with the session.

A name or phone number copied from a card (Ctrl+C in any field or table, or a Copy
button) would otherwise wait on the clipboard for whoever uses the computer next, or for
the abuser who gets to it. The guard remembers a digest of the last text copied in
Oberih and clears the clipboard on lock, idle lock and sign-out, but only if it still
holds that text: what the user copied in another program since is hers to keep."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ours: bytes | None = None  # a digest, not the text: no copy kept here
        clipboard = self._clipboard()
        if clipboard is not None:
            clipboard.dataChanged.connect(self._changed)

    @staticmethod
    def _clipboard() -> QClipboard | None:
        return QGuiApplication.clipboard()

    def _changed(self) -> None:
        clipboard = self._clipboard()
        if clipboard is None:
            return
        # Oberih's when it owns the clipboard (X11, Windows) or when one of its windows
        # had the focus as the clipboard changed (a copy made in Oberih)
        if clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None:
            text = clipboard.text()
            self._ours = _digest(text) if text else None

    def clear_ours(self) -> bool:
        """Clear the clipboard if it still holds what Oberih put there; True if it did."""
        clipboard = self._clipboard()
        ours, self._ours = self._ours, None
        if clipboard is None or ours is None or _digest(clipboard.text()) != ours:
            return False
        clipboard.clear()
        return True
