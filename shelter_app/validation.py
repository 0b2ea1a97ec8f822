"""Checks of user input shared by the services; each failure is an InvalidInput with a
translated message and the name of the field it belongs to."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from shelter_app.i18n import fill

from .errors import InvalidInput
from .password_strength import weakness
from .permissions import Role

MIN_PASSWORD_LENGTH = 10
E = TypeVar("E", bound=StrEnum)


def refuse_lone_surrogates(text: object, field: str) -> object:
    """Text that cannot be written as UTF-8 (a lone surrogate, from a broken paste or a
    crafted file) is invalid input, not an encoding error deep in the database driver."""
    if isinstance(text, str) and any("\ud800" <= ch <= "\udfff" for ch in text):
        raise InvalidInput(
            QCoreApplication.translate("validation", "The text contains an invalid character."),
            field,
        )
    return text


# Characters that hide or reorder what a reader sees: NUL and the other C0 controls
# (newline, tab and carriage return are allowed: notes have lines), DEL, and the
# bidirectional embedding, override and isolate marks (U+202A-U+202E, U+2066-U+2069),
# which can make a name or note display as something else than it is.
_HIDDEN = frozenset(
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]
    + ["\x7f"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)


def refuse_hidden_characters(text: object, field: str) -> object:
    """Free text with a control character or a bidirectional override is refused, never
    stored: such a character makes what is shown differ from what is kept."""
    if isinstance(text, str) and not _HIDDEN.isdisjoint(text):
        raise InvalidInput(
            QCoreApplication.translate(
                "validation",
                "The text contains a control or text-direction character; remove it "
                "(it may have come with pasted text).",
            ),
            field,
        )
    return text


def clean_username(username: str) -> str:
    refuse_lone_surrogates(username or "", "username")
    name = unicodedata.normalize("NFC", username or "").strip().casefold()
    if not 2 <= len(name) <= 32:
        raise InvalidInput(
            QCoreApplication.translate("validation", "A username has 2 to 32 characters."),
            "username",
        )
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        raise InvalidInput(
            QCoreApplication.translate(
                "validation",
                "A username may contain only letters, digits, dot, dash and underscore.",
            ),
            "username",
        )
    return name


def clean_display_name(display_name: str) -> str:
    refuse_lone_surrogates(display_name or "", "display_name")
    refuse_hidden_characters(display_name or "", "display_name")
    name = " ".join((display_name or "").split())
    if not 1 <= len(name) <= 120:
        raise InvalidInput(
            QCoreApplication.translate(
                "validation", "Enter a display name of up to 120 characters."
            ),
            "display_name",
        )
    return name


def check_password(password: str, username: str) -> None:
    refuse_lone_surrogates(password or "", "password")
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            fill(
                QCoreApplication.translate(
                    "validation", "A password needs at least %1 characters."
                ),
                str(MIN_PASSWORD_LENGTH),
            ),
            "password",
        )
    if password.strip().casefold() == (username or "").strip().casefold():
        raise InvalidInput(
            QCoreApplication.translate("validation", "The password must not be the username."),
            "password",
        )
    why = weakness(password, username or "")
    if why is not None:
        raise InvalidInput(why, "password")


def clean_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidInput(
            QCoreApplication.translate("validation", "Unknown role."), "role"
        ) from None


# --- shared field checks for the casework services ------------------------------------

EARLIEST_DATE = date(1900, 1, 1)
# Nothing the centre records lies beyond 2100; 9999-12-31 was once accepted and later
# date arithmetic (a follow-up "in 30 days") overflowed.
LATEST_DATE = date(2100, 12, 31)


def _must_be_text(value: object, field: str) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidInput(QCoreApplication.translate("validation", "Enter text."), field)
    if isinstance(value, str):
        refuse_lone_surrogates(value, field)
        refuse_hidden_characters(value, field)


def _not_longer_than(text: str, field: str, max_len: int) -> str:
    if len(text) > max_len:
        raise InvalidInput(
            fill(QCoreApplication.translate("validation", "At most %1 characters."), str(max_len)),
            field,
        )
    return text


def required_text(value: str | None, field: str, max_len: int) -> str:
    """Trimmed, inner whitespace collapsed; refuses empty and over-long text."""
    _must_be_text(value, field)
    text = " ".join((value or "").split())
    if not text:
        raise InvalidInput(
            QCoreApplication.translate("validation", "This field is required."), field
        )
    return _not_longer_than(text, field, max_len)


def optional_text(value: str | None, field: str, max_len: int) -> str | None:
    """Like required_text, but empty gives None. Multi-line notes keep their lines."""
    _must_be_text(value, field)
    if value is None or not value.strip():
        return None
    return _not_longer_than(value.strip(), field, max_len)


def choice(enum: type[E], value: object, field: str) -> E:
    """A code from a controlled list (shelter_app.vocabulary)."""
    try:
        return enum(value)  # type: ignore[arg-type]  # anything the form sent
    except (ValueError, TypeError):
        raise InvalidInput(
            QCoreApplication.translate("validation", "Choose a value from the list."), field
        ) from None


def choices_of(enum: type[E], values: object, field: str) -> frozenset[E]:
    if values is None:
        return frozenset()
    if isinstance(values, str):
        values = [values]
    try:
        return frozenset(choice(enum, v, field) for v in values)  # type: ignore[attr-defined]
    except TypeError:
        raise InvalidInput(
            QCoreApplication.translate("validation", "Choose a value from the list."), field
        ) from None


def valid_date(value: object, field: str, *, not_after: date | None = None) -> date:
    """A real calendar date between 1900 and `not_after` (if given)."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidInput(QCoreApplication.translate("validation", "Enter a valid date."), field)
    if value < EARLIEST_DATE:
        raise InvalidInput(
            QCoreApplication.translate("validation", "The date is too far in the past."), field
        )
    if not_after is not None and value > not_after:
        raise InvalidInput(
            QCoreApplication.translate("validation", "The date cannot be in the future."), field
        )
    if value > LATEST_DATE:
        raise InvalidInput(
            QCoreApplication.translate("validation", "The date is too far in the future."), field
        )
    return value


def valid_datetime(value: object, field: str) -> datetime:
    if (
        not isinstance(value, datetime)
        or value.date() < EARLIEST_DATE
        or value.date() > LATEST_DATE
    ):
        raise InvalidInput(
            QCoreApplication.translate("validation", "Enter a valid date and time."), field
        )
    return value.replace(tzinfo=None, microsecond=0)


def int_in_range(value: object, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(
            fill(
                QCoreApplication.translate("validation", "Enter a whole number from %1 to %2."),
                str(low),
                str(high),
            ),
            field,
        )
    return value


def date_not_before(later: date, earlier: date, field: str) -> None:
    if later < earlier:
        raise InvalidInput(
            fill(
                QCoreApplication.translate("validation", "This date cannot be before %1."),
                earlier.strftime("%d.%m.%Y"),
            ),
            field,
        )


# Row ids are INTEGER columns: 64-bit in SQLite but 32-bit on PostgreSQL, where a bigger
# value is an error ("integer out of range") instead of finding no row.
MAX_ID = 2**31 - 1


def is_id(value: object) -> bool:
    """A row id as a form can hold one: an int, not a bool, within both engines' INTEGER
    (a bigger one would crash the query instead of finding no row)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_ID


def id_or_none(value: object) -> int | None:
    return value if is_id(value) else None  # type: ignore[return-value]


def id_set(values: object) -> frozenset[int] | None:
    """A collection of row ids as a form sends them (None counts as empty); None back
    when it is not one, so the caller can refuse with its own message."""
    if values is None:
        return frozenset()
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        return None
    ids = list(values)
    return frozenset(ids) if all(is_id(v) for v in ids) else None
