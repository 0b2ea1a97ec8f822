"""Folding names for search as you type.

SQLite's lower(), LIKE and NOCASE fold ASCII only ("Олена" and "олена" differ to them),
so names are folded in Python into a stored key and searches fold the typed text the
same way. Folding forgives the typing habits of Ukrainian keyboards: case, the three
apostrophes (' ’ ʼ) and the backtick, ґ/г, є/е, ї/і/и, й/и, ё/е, ы/и, э/е, and a Latin
letter typed in place of its Cyrillic twin.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'’ʼ`´‘"
_CYRILLIC_FOLD = str.maketrans(
    {
        "ґ": "г",
        "є": "е",
        "ї": "і",
        "и": "і",
        "й": "і",
        "ё": "е",
        "ы": "і",
        "э": "е",
        "ъ": "",
    }
)
# Latin letters that look like Cyrillic ones, typed with the wrong layout active
_LATIN_LOOKALIKES = str.maketrans(
    {"a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к"}
)
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """The searchable form of `text`: compare folded with folded."""
    text = unicodedata.normalize("NFC", text or "").casefold()
    text = "".join(ch for ch in text if ch not in _APOSTROPHES)
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = text.translate(_LATIN_LOOKALIKES)
    text = text.translate(_CYRILLIC_FOLD)
    text = text.replace("-", " ")
    return _SPACES.sub(" ", text).strip()


_CODE_TYPED = re.compile(r"^\s*[kк][\s\d-]*$", re.IGNORECASE)


def fold_code(code: str) -> str:
    """'K-2026-0147', 'к 2026 0147' and 'k20260147' all fold to 'k20260147'."""
    text = code.casefold().replace("к", "k")
    return "".join(ch for ch in text if ch.isalnum())


def client_search_key(code: str, last_name: str, first_name: str, patronymic: str | None) -> str:
    """Space-separated folded words with a leading and trailing space, so that a search
    for ' гонта' matches the start of any word: ' k20260147 0147 гонта даря '. The code's
    serial number is a word of its own: staff often say just '0147'."""
    serial = code.rsplit("-", 1)[-1] if "-" in code else ""
    words = [fold_code(code), serial, fold(last_name), fold(first_name), fold(patronymic or "")]
    return " " + " ".join(w for w in words if w) + " "


def query_words(typed: str) -> list[str]:
    """The folded words of what was typed; each must begin some word of the key."""
    if _CODE_TYPED.match(typed or "") and any(ch.isdigit() for ch in typed):
        return [fold_code(typed)]
    return [w for w in fold(typed).split(" ") if w]


# --- alphabetical order ------------------------------------------------------------------

ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
_POSITION = {ch: i for i, ch in enumerate(ALPHABET)}


def ukrainian_order(text: str) -> tuple[int, ...]:
    """A sort key in the order of the Ukrainian alphabet (Python's own order puts є, і, ї
    before а and ґ after я): spaces and signs first, then Cyrillic, then other letters."""
    key = []
    for ch in unicodedata.normalize("NFC", text or "").casefold():
        if ch in _APOSTROPHES:
            continue
        if ch in _POSITION:
            key.append(1000 + _POSITION[ch])
        elif ch.isalpha():
            key.append(2000 + ord(ch))
        else:
            key.append(min(ord(ch), 999))
    return tuple(key)


def client_sort_key(last_name: str, first_name: str, patronymic: str | None) -> str:
    """The stored column lists are ordered by: the same order as `ukrainian_order`,
    written as a string whose plain binary comparison (SQLite's BINARY, PostgreSQL's "C")
    follows the Ukrainian alphabet: signs below U+0100, Cyrillic letters at U+0100 + their
    place, other letters above."""
    text = " ".join(p for p in (last_name, first_name, patronymic or "") if p)
    out = []
    for ch in unicodedata.normalize("NFC", text).casefold():
        if ch in _APOSTROPHES:
            continue
        if ch in _POSITION:
            out.append(chr(0x100 + _POSITION[ch]))
        elif ch.isalpha():
            out.append(chr(0x1000 + ord(ch)) if ord(ch) < 0xD000 else ch)
        else:
            out.append(ch if ord(ch) < 0x100 else "\u00ff")
    return "".join(out)[:400]
