"""Checks of user input shared by the services; each failure is an InvalidInput with a
translated message and the name of the field it belongs to."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication

from .errors import InvalidInput
from .permissions import Role

MIN_PASSWORD_LENGTH = 10


def clean_username(username: str) -> str:
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
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            QCoreApplication.translate(
                "validation", "A password needs at least %1 characters."
            ).replace("%1", str(MIN_PASSWORD_LENGTH)),
            "password",
        )
    if password.strip().casefold() == (username or "").strip().casefold():
        raise InvalidInput(
            QCoreApplication.translate("validation", "The password must not be the username."),
            "password",
        )


def clean_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidInput(
            QCoreApplication.translate("validation", "Unknown role."), "role"
        ) from None
