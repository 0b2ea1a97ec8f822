"""Dialog pieces every area uses: a word-wrapping label that sizes to its width and the
busy dialog for long work on the worker, printing a recovery code."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressDialog, QWidget


class WrapLabel(QLabel):
    """A word-wrapped label whose preferred height is the one for its actual width. (A
    plain QLabel asks for the height of a narrow guess, so a sentence on a wide dialog
    gets blank lines around it.)"""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.width() > 0:
            height = self.heightForWidth(self.width())
            if height > 0:
                return QSize(hint.width(), height)
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.sizeHint().height() != self.height():
            self.updateGeometry()


class BusyDialog(QProgressDialog):
    """Long work on the worker: a moving bar, no cancel (the services finish or roll
    back; stopping half-way is not on offer). Opened with open(), closed by the owner."""

    def __init__(self, text: str, parent: QWidget):
        super().__init__(text, "", 0, 0, parent)
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() != Qt.Key.Key_Escape:  # Escape would only hide the bar, not stop
            super().keyPressEvent(event)


def print_recovery_code(parent: QWidget, code: str) -> None:
    """The print dialog for a recovery code (first start, and a replaced code). The page
    goes to the printer only; nothing is written to a file by Oberih."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    document = QTextDocument(dialog)
    document.setHtml(
        "<h2>{}</h2><p style='font-size:18pt; font-family:monospace'>{}</p><p>{}</p>".format(
            QCoreApplication.translate("recovery_code", "Oberih recovery code"),
            code,
            QCoreApplication.translate(
                "recovery_code", "Keep this paper locked away from the computer."
            ),
        )
    )
    dialog.accepted.connect(lambda: document.print_(printer))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    QDialog.open(dialog)  # QPrintDialog.open() itself wants a receiver and a slot
