"""Translation of user-visible text through Qt's translator, so the core, the CLI and the
GUI share one set of .ts/.qm files. Only QtCore is used; no display is needed."""

from __future__ import annotations

import os
import re
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

DEFAULT_LANGUAGE = "uk"
LANGUAGES = ("uk", "en")

_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources.files("resources") / "translations")


def chosen_language(given: str | None = None, preference: str | None = None) -> str:
    """--lang wins, then the OBERIH_LANG environment variable, then the saved preference
    of the window (if any), then Ukrainian."""
    for candidate in (given, os.environ.get("OBERIH_LANG"), preference):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def install_translator(language: str = DEFAULT_LANGUAGE) -> bool:
    """Load the compiled catalogue for `language` into the running Q(Core)Application,
    with Qt's own catalogue (standard buttons, calendars, context menus).

    English is the source language; its small catalogue only holds plural forms
    ("1 day", "2 days"). Returns whether Ukrainian text is now in use."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translator needs a QCoreApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        _load(app, "oberih_en", translations_dir())
        return False
    if not _load(app, f"oberih_{language}", translations_dir()):
        return False
    # Qt's own words (file dialogs' "Look in:", standard buttons): from Qt's folder, or
    # PySide6's own copy where a bundled Qt reports no folder
    for folder in qt_translations_dirs():
        if _load(app, f"qtbase_{language}", folder):
            break
    QLocale.setDefault(QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine))
    return True


def qt_translations_dirs() -> list[str]:
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        os.path.join(os.path.dirname(PySide6.__file__), "Qt", "translations"),
    ]


def _load(app: QCoreApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def ensure_core_app(language: str = DEFAULT_LANGUAGE) -> QCoreApplication:
    """A QCoreApplication for headless use (the CLI), with the translator installed."""
    app = QCoreApplication.instance() or QCoreApplication(["shelter-app"])
    install_translator(language)
    return app


_MARKER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """`template` with %1..%9 replaced by `values`, in one pass, like Qt's
    QString.arg(a, b, ...). Chained str.replace calls (first %1, then %2) would also
    replace a "%2" that the first value brought in (a name typed as "Олена %2"); here
    what a value contains is never read again. A marker with no value stays as it is."""
    texts = [str(v) for v in values]

    def one(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return texts[number - 1] if number <= len(texts) else match.group(0)

    return _MARKER.sub(one, template)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for translation in `context` and returns it unchanged, like Qt's
    own, which its type stubs declare as returning `object`."""
    return source
