"""Words of Qt's own dialogs that Qt's Ukrainian catalogue (qtbase_uk) lacks: the file
dialog's "&Look in:" and "Files of &type:" (its catalogue has them without the
Alt-letter). Marked here so that lupdate keeps them in Oberih's catalogue, which Qt asks
when its own has no answer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
