"""The administrators' authority: what only administrators (and the recovery code) hold.

Every slot opens the data key, so anything keyed by the data key (a MAC, the key file's
own MAC) can be forged by any colleague who has edited the files with her own password.
Two things must not be: an account's role and active flag, and the first key of the audit
chain. Both rest on the ADMIN key, sealed only into administrators' slots and the
recovery slot of the key file:

- an Ed25519 key pair whose public half is in the key file (and bound into every slot
  written since, so a replaced public key shows at the next sign-in of such a slot) and
  whose private half is sealed under the ADMIN key. Every session VERIFIES account seals
  with the public key; only an administrator's session can SIGN one;
- the audit chain's first key, sealed under the ADMIN key (audit_chain.py).

A key that merely calls itself the ADMIN key (sealed into a slot by someone who had only
the data key) is refused: it must open the sealed private key and give the recorded
public key (`open_signer`).
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

ADMIN_KEY_BYTES = 32


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(purpose: str, database_id: str) -> bytes:
    return json.dumps({"purpose": purpose, "database_id": database_id}, sort_keys=True).encode()


def seal(admin_key: bytes, purpose: str, database_id: str, secret: bytes) -> str:
    """`secret` under the ADMIN key, bound to what it is for and to this database."""
    nonce = secrets.token_bytes(12)
    ct = AESGCM(admin_key).encrypt(nonce, secret, _aad(purpose, database_id))
    return json.dumps({"nonce": _b64(nonce), "ct": _b64(ct)}, sort_keys=True)


def unseal(admin_key: bytes, purpose: str, database_id: str, sealed: str) -> bytes | None:
    """The secret, or None for a wrong key or an altered seal."""
    try:
        doc = json.loads(sealed)
        return AESGCM(admin_key).decrypt(
            _unb64(doc["nonce"]), _unb64(doc["ct"]), _aad(purpose, database_id)
        )
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None


def new_admin_key() -> bytes:
    return secrets.token_bytes(ADMIN_KEY_BYTES)


@dataclass(frozen=True)
class Authority:
    """The key file's public record: the public key and the sealed private key."""

    public_key: str  # base64, 32 bytes
    sealed_private: str

    def as_dict(self) -> dict[str, str]:
        return {"public_key": self.public_key, "sealed_private": self.sealed_private}


def new_authority(admin_key: bytes, database_id: str) -> Authority:
    private = Ed25519PrivateKey.generate()
    return Authority(
        _b64(private.public_key().public_bytes_raw()),
        seal(admin_key, "authority", database_id, private.private_bytes_raw()),
    )


def open_signer(
    authority: Authority, admin_key: bytes | None, database_id: str
) -> Ed25519PrivateKey | None:
    """The signing key, if `admin_key` is the genuine ADMIN key of this authority."""
    if admin_key is None:
        return None
    raw = unseal(admin_key, "authority", database_id, authority.sealed_private)
    if raw is None or len(raw) != 32:
        return None
    private = Ed25519PrivateKey.from_private_bytes(raw)
    if _b64(private.public_key().public_bytes_raw()) != authority.public_key:
        return None
    return private


# --- account seals ---------------------------------------------------------------------


def _account_message(
    database_id: str, account_id: int, locator: str, role: str, active: bool, version: int
) -> bytes:
    return json.dumps(
        {
            "what": "oberih account v1",
            "database_id": database_id,
            "account": account_id,
            "locator": locator,
            "role": role,
            "active": bool(active),
            "version": version,
        },
        sort_keys=True,
        separators=(",", ":"),
    ).encode()


def sign_account(
    signer: Ed25519PrivateKey,
    database_id: str,
    account_id: int,
    locator: str,
    role: str,
    active: bool,
    version: int,
) -> str:
    message = _account_message(database_id, account_id, locator, role, active, version)
    return signer.sign(message).hex()


def account_seal_valid(
    public_key: str,
    seal_hex: str,
    database_id: str,
    account_id: int,
    locator: str,
    role: str,
    active: bool,
    version: int,
) -> bool:
    try:
        public = Ed25519PublicKey.from_public_bytes(_unb64(public_key))
        public.verify(
            bytes.fromhex(seal_hex),
            _account_message(database_id, account_id, locator, role, active, version),
        )
    except (InvalidSignature, ValueError):
        return False
    return True
