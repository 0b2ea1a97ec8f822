"""How easily a password is guessed: zxcvbn's estimate, told the Ukrainian and
transliterated words people build passwords from (resources/passwords/common_uk.txt),
also as typed on the wrong keyboard layout ("gfhjkm" for "пароль").

Applied when a password is set (first administrator, new account, change, reset,
recovery); a password set before this check keeps opening its slot until it is
changed. Recovery codes are random and never pass through here."""

from __future__ import annotations

import functools
from importlib import resources

from PySide6.QtCore import QCoreApplication
from zxcvbn import zxcvbn

# zxcvbn's score 3: "safely unguessable", about 10^8 guesses or more. The key file is
# guessed offline with Argon2id, so a weaker password is what a copied laptop gives up.
MIN_SCORE = 3
# zxcvbn's work grows with the length; what lies past this cannot make a password weaker
ESTIMATED_CHARS = 64

_UK_ROW = "йцукенгшщзхїфівапролджєячсмитьбю'"
_QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
_LAYOUT = str.maketrans(_UK_ROW, _QWERTY)


@functools.cache
def common_words() -> tuple[str, ...]:
    text = (resources.files("resources") / "passwords" / "common_uk.txt").read_text("utf-8")
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    typed_wrong = [w.translate(_LAYOUT) for w in words if w.translate(_LAYOUT) != w]
    return tuple(dict.fromkeys(words + typed_wrong))


def weakness(password: str, username: str) -> str | None:
    """Why the password is too easy to guess, in the user's language; None if it is not."""
    result = zxcvbn(password[:ESTIMATED_CHARS], user_inputs=[username, *common_words()])
    if result["score"] >= MIN_SCORE:
        return None
    patterns = {m.get("pattern") for m in result["sequence"]}
    dictionary = [m for m in result["sequence"] if m.get("pattern") == "dictionary"]
    if any(m.get("dictionary_name") == "user_inputs" for m in dictionary):
        reason = QCoreApplication.translate(
            "validation", "It is built on a common word, name or place, which is guessed first."
        )
    elif "sequence" in patterns or "spatial" in patterns:
        reason = QCoreApplication.translate(
            "validation", "It contains a run such as 12345, abcde or qwerty."
        )
    elif "repeat" in patterns:
        reason = QCoreApplication.translate("validation", "It repeats the same characters.")
    elif "date" in patterns:
        reason = QCoreApplication.translate("validation", "It contains a date or a year.")
    elif dictionary:
        reason = QCoreApplication.translate(
            "validation", "It is built on a common password or word, which is guessed first."
        )
    else:
        reason = QCoreApplication.translate("validation", "It is too easy to guess.")
    return (
        QCoreApplication.translate("validation", "This password is too weak.")
        + " "
        + reason
        + " "
        + QCoreApplication.translate(
            "validation", "Use a few unrelated words, or add more characters of your own."
        )
    )
