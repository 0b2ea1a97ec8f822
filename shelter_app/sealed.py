"""Sealed values: one AES-256-GCM ciphertext per special-category value, under the key
of its compartment (shelter_app.compartments), with the table, column and row id as
associated data (a composite key is written `a/b`), so a value copied into another row
or column does not open.

Stored as text in the value's own column: `~s1~` and the base64 of a version byte, the
nonce and the ciphertext. Codes, dates, categories and counts stay plain: the reports
and the coordinator need them and they name nobody.
"""

from __future__ import annotations

import base64
import binascii
import functools
import secrets
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import SealedValueDamaged

PREFIX = "~s1~"
VERSION = 1
_NONCE = 12


def _aad(table: str, column: str, row_id: int | str) -> bytes:
    return f"oberih sealed v{VERSION}\0{table}\0{column}\0{row_id}".encode()


@functools.lru_cache(maxsize=16)
def _cipher(key: bytes) -> AESGCM:
    """One cipher object per compartment key (making one costs more than a decryption)."""
    return AESGCM(key)


def is_sealed(stored: object) -> bool:
    return isinstance(stored, str) and stored.startswith(PREFIX)


def seal(key: bytes, table: str, column: str, row_id: int | str, text: str) -> str:
    nonce = secrets.token_bytes(_NONCE)
    ct = _cipher(key).encrypt(nonce, text.encode("utf-8"), _aad(table, column, row_id))
    return PREFIX + base64.b64encode(bytes([VERSION]) + nonce + ct).decode("ascii")


def open_sealed(key: bytes, table: str, column: str, row_id: int | str, stored: str) -> str:
    """The plain text of a sealed value. Raises SealedValueDamaged (which names no
    value) for a value altered, moved or sealed under another key."""
    try:
        raw = base64.b64decode(stored[len(PREFIX) :], validate=True)
        if not stored.startswith(PREFIX) or len(raw) < 1 + _NONCE + 16 or raw[0] != VERSION:
            raise ValueError("format")
        nonce, ct = raw[1 : 1 + _NONCE], raw[1 + _NONCE :]
        plain = _cipher(key).decrypt(nonce, ct, _aad(table, column, row_id))
        return plain.decode("utf-8")
    except (InvalidTag, ValueError, binascii.Error, UnicodeDecodeError):
        raise SealedValueDamaged() from None


def opener(key: bytes, table: str, column: str) -> Callable[[int | str, str], str]:
    """open_sealed for many values of one column (the client directory's build): one
    cipher object for all of them."""
    aes = _cipher(key)
    head = f"oberih sealed v{VERSION}\0{table}\0{column}\0"
    cut = len(PREFIX)

    def open_one(row_id: int | str, stored: str) -> str:
        try:
            raw = binascii.a2b_base64(stored[cut:])
            if not stored.startswith(PREFIX) or raw[0] != VERSION:
                raise ValueError("format")
            aad = (head + str(row_id)).encode()
            return aes.decrypt(raw[1 : 1 + _NONCE], raw[1 + _NONCE :], aad).decode("utf-8")
        except (InvalidTag, ValueError, IndexError, binascii.Error, UnicodeDecodeError):
            raise SealedValueDamaged() from None

    return open_one
