"""Compartments: the special-category data sealed under keys of their own.

The SQLCipher data key opens the file for every account; a compartment key opens one
kind of sensitive value (shelter_app.sealed) and is wrapped only into the key slots of
the roles that may read it (shelter_app.permissions.ROLE_COMPARTMENTS). So a colleague
with her own password, both files and raw `sqlcipher3` reads what her role reads and no
more: the keys enforce the matrix, not only the services.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from .i18n import QT_TRANSLATE_NOOP

COMPARTMENT_KEY_BYTES = 32


class Compartment(StrEnum):
    IDENTITY = "identity"  # client and child names, phone, history of those fields
    PSYCH = "psych"  # psychological consultation notes
    LEGAL = "legal"  # legal consultation notes
    VIOLENCE = "violence"  # risk answers, safety plans, perpetrators, order conditions
    CASE_NOTES = "case_notes"  # case notes, plan texts, assessment comments, follow-ups
    COURSE_LISTS = "course_lists"  # the names on course rosters (trainers' own lists)
    ADMIN = "admin"  # administrators and the recovery slot only (roles, audit chain)


ALL_COMPARTMENTS = frozenset(Compartment)

_NAMES = {
    Compartment.IDENTITY: QT_TRANSLATE_NOOP("compartments", "client identities and contacts"),
    Compartment.PSYCH: QT_TRANSLATE_NOOP("compartments", "psychological notes"),
    Compartment.LEGAL: QT_TRANSLATE_NOOP("compartments", "legal notes"),
    Compartment.VIOLENCE: QT_TRANSLATE_NOOP("compartments", "risk, safety plans, perpetrators"),
    Compartment.CASE_NOTES: QT_TRANSLATE_NOOP("compartments", "case notes"),
    Compartment.COURSE_LISTS: QT_TRANSLATE_NOOP("compartments", "names on course lists"),
    Compartment.ADMIN: QT_TRANSLATE_NOOP("compartments", "administration keys"),
}


def compartment_label(compartment: Compartment) -> str:
    """The compartment as staff would name it, in the interface language."""
    return QCoreApplication.translate("compartments", str(_NAMES[compartment]))


def new_compartment_keys(which: Iterable[Compartment] = ALL_COMPARTMENTS) -> dict[str, bytes]:
    """Fresh random keys, one per compartment (made once, at `init` or the upgrade)."""
    return {c.value: secrets.token_bytes(COMPARTMENT_KEY_BYTES) for c in which}


@dataclass(frozen=True)
class CompartmentKeys:
    """The compartment keys a session holds. Never printed (repr hides the keys)."""

    keys: Mapping[str, bytes] = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        return f"CompartmentKeys({sorted(self.keys)})"

    def holds(self, compartment: Compartment | str) -> bool:
        return str(compartment) in self.keys

    def key(self, compartment: Compartment | str) -> bytes | None:
        return self.keys.get(str(compartment))

    @property
    def names(self) -> frozenset[Compartment]:
        return frozenset(Compartment(n) for n in self.keys if n in Compartment._value2member_map_)

    def only(self, allowed: Iterable[Compartment]) -> CompartmentKeys:
        """The subset a role may use now (a role lowered since sign-in uses less)."""
        wanted = {str(c) for c in allowed}
        return CompartmentKeys({n: k for n, k in self.keys.items() if n in wanted})


NO_KEYS = CompartmentKeys()
