"""The sidecar key file: one slot per account plus a recovery slot (LUKS/KeePassXC style).

Each slot holds an X25519 key pair. Its private key is wrapped with AES-256-GCM under a
key that Argon2id derives from the user's password (or the recovery code); the database's
data key is sealed to its public key (X25519 + HKDF + AES-256-GCM). So a password change
rewraps one slot, while rotating the data key reseals every slot without anybody's
password. Besides the data key, a slot carries the compartment keys its account's role
may use (shelter_app.compartments), sealed the same way, each bound to its compartment's
name: sealing needs only the slot's public key, so a holder can grant a compartment to a
colleague's slot without her password. Slots are found by an HMAC of the username under a
per-file salt: the file names nobody. The whole file carries an HMAC under a key derived
from the data key, so an edit anywhere is detected once the file has been unlocked.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import KeyFileDamaged, KeyFileMissing
from . import faults
from .files import atomic_write

FORMAT = "oberih-keyfile"
VERSION = 1
DATA_KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default is RFC 9106's second recommended option."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }


DEFAULT_KDF = KdfParams()
# The most a slot may ask for: 1 GiB, 10 passes, 16 lanes (the default is 64 MiB, 3, 4).
MAX_KDF_MEMORY_KIB = 1024 * 1024
MAX_KDF_ITERATIONS = 10
MAX_KDF_LANES = 16
# The least a slot may ask for. Only code running in this process can lower it: the test
# suite does (tests/conftest.py, and tests/child_hooks for the processes it starts), so
# that its cheap slots open; no environment variable or file can.
KDF_FLOOR = DEFAULT_KDF


def _kdf_floor() -> KdfParams:
    return KDF_FLOOR


# what a slot written since 0012 binds into its wrapped private key's associated data
_BOUND = ("account", "authority")


def _validate_bindings(slot: dict[str, Any]) -> None:
    if "account" in slot and (
        not isinstance(slot["account"], int) or isinstance(slot["account"], bool)
    ):
        raise ValueError("account")
    if "authority" in slot:
        _unb64(slot["authority"])


@dataclass(frozen=True)
class Unlocked:
    """What one slot opens: the data keys (normally one; two while a rotation is
    unfinished) and its compartment keys by name."""

    data_keys: list[bytes] = field(repr=False)
    compartments: dict[str, bytes] = field(repr=False)
    # bound into slots written since 0012 (None in older ones): her account, and the
    # public key of the administrators' authority (shelter_app/authority.py)
    account: int | None = None
    authority: str | None = None


class WrongSecret(Exception):
    """The password or recovery code does not open this slot (or the slot was altered)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _hkdf(key: bytes, info: bytes, salt: bytes | None = None, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(key)


def normalise_secret(secret: str) -> bytes:
    """Passwords typed on different keyboards compose Cyrillic letters differently."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def derive_kek(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(normalise_secret(secret))


def key_id(data_key: bytes) -> str:
    """A short public fingerprint that tells envelopes apart without revealing the key."""
    return _hkdf(data_key, b"oberih key id v1", length=8).hex()


# --- recovery codes -------------------------------------------------------------------

RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LEN = 5  # 30 characters, 150 bits


def new_recovery_code() -> str:
    chars = [secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)]
    groups = [
        "".join(chars[i : i + RECOVERY_GROUP_LEN]) for i in range(0, len(chars), RECOVERY_GROUP_LEN)
    ]
    return "-".join(groups)


def normalise_recovery_code(code: str) -> str:
    """Accept what people type: any case, spaces or dashes, O for 0, I or L for 1."""
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    look_alike: dict[str, str | int | None] = {"O": "0", "I": "1", "L": "1", "U": "V"}
    text = text.translate(str.maketrans(look_alike))
    return text


# --- the file ---------------------------------------------------------------------------


class KeyFile:
    """An immutable view of a key file; every change returns a new KeyFile."""

    def __init__(self, doc: dict[str, Any]):
        self._doc = doc

    # construction and persistence

    @classmethod
    def new(cls) -> KeyFile:
        return cls(
            {
                "format": FORMAT,
                "version": VERSION,
                "database_id": secrets.token_hex(16),
                "locator_salt": _b64(secrets.token_bytes(32)),
                "slots": [],
                "mac": "",
            }
        )

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileMissing() from None
        except OSError as exc:
            raise faults.from_os_error(exc, path) from None
        return cls.from_bytes(raw)

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        """The key file document from its bytes: a file's content, or the server's
        `server_key_file` row (storage/server_store.py), which holds exactly these."""
        try:
            doc = json.loads(raw.decode("utf-8"))
            kf = cls(doc)
            kf._validate()
        except (ValueError, KeyError, TypeError, AttributeError):
            raise KeyFileDamaged() from None
        return kf

    def _validate(self) -> None:
        d = self._doc
        if d["format"] != FORMAT or d["version"] != VERSION:
            raise ValueError("format")
        bytes.fromhex(d["database_id"])
        _unb64(d["locator_salt"])
        bytes.fromhex(d["mac"])
        if "authority" in d:
            _unb64(d["authority"]["public_key"])
            str(d["authority"]["sealed_private"])
        ids = set()
        for slot in d["slots"]:
            if slot["kind"] not in ("user", "recovery") or slot["id"] in ids:
                raise ValueError("slot")
            if not isinstance(slot.get("pending", False), bool):
                raise ValueError("pending")
            ids.add(slot["id"])
            self._kdf_of(slot)
            _unb64(slot["kdf"]["salt"])
            _unb64(slot["public_key"])
            _unb64(slot["wrapped_private"]["nonce"])
            _unb64(slot["wrapped_private"]["ct"])
            if not slot["envelopes"]:
                raise ValueError("envelopes")
            _validate_bindings(slot)
            for env in slot["envelopes"]:
                for field_name in ("ephemeral", "nonce", "ct"):
                    _unb64(env[field_name])
                bytes.fromhex(env["key_id"])
            compartments = slot.get("compartments", {})
            if not isinstance(compartments, dict):
                raise ValueError("compartments")
            for env in compartments.values():
                for field_name in ("ephemeral", "nonce", "ct"):
                    _unb64(env[field_name])
                bytes.fromhex(env["key_id"])

    def to_bytes(self) -> bytes:
        """The document as a file holds it (and the server's key file row)."""
        return json.dumps(self._doc, indent=1, sort_keys=True).encode("utf-8")

    def save(self, path: Path, data_key: bytes) -> KeyFile:
        """Sign with `data_key` and replace the file atomically. Returns the signed copy."""
        signed = self.signed(data_key)
        atomic_write(path, signed.to_bytes())
        return signed

    def signed(self, data_key: bytes) -> KeyFile:
        """A copy carrying the MAC under `data_key` (for a file written elsewhere: a backup)."""
        signed = self._copy()
        signed._doc["mac"] = signed._mac(data_key)
        return signed

    def _copy(self) -> KeyFile:
        return KeyFile(copy.deepcopy(self._doc))

    # integrity

    def _mac(self, data_key: bytes) -> str:
        body = {k: v for k, v in self._doc.items() if k != "mac"}
        mac_key = _hkdf(data_key, b"oberih keyfile mac v1")
        return hmac.new(mac_key, _canonical(body), hashlib.sha256).hexdigest()

    def mac_valid(self, data_key: bytes) -> bool:
        return hmac.compare_digest(self._mac(data_key), self._doc["mac"])

    # slots

    @property
    def database_id(self) -> str:
        return str(self._doc["database_id"])

    @property
    def throttle_id(self) -> str | None:
        """The id of the sign-in throttle file that belongs with this key file (None in
        files written before): read before unlock, authenticated by the MAC after it."""
        value = self._doc.get("throttle_id")
        return value if isinstance(value, str) else None

    def with_throttle_id(self, throttle_id: str) -> KeyFile:
        new = self._copy()
        new._doc["throttle_id"] = throttle_id
        return new

    def locator(self, username: str) -> str:
        salt = _unb64(self._doc["locator_salt"])
        name = normalise_username(username).encode("utf-8")
        return hmac.new(salt, b"user:" + name, hashlib.sha256).hexdigest()[:32]

    def slot_ids(self, kind: str | None = None) -> list[str]:
        return [s["id"] for s in self._doc["slots"] if kind is None or s["kind"] == kind]

    def _slot(self, slot_id: str) -> dict[str, Any] | None:
        for slot in self._doc["slots"]:
            if slot["id"] == slot_id:
                return cast("dict[str, Any]", slot)
        return None

    def has_slot(self, slot_id: str) -> bool:
        return self._slot(slot_id) is not None

    @staticmethod
    def _kdf_of(slot: dict[str, Any]) -> KdfParams:
        kdf = slot["kdf"]
        if kdf["name"] != "argon2id":
            raise ValueError("kdf")
        params = KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"]))
        if params.memory_kib < 8 * params.lanes or params.iterations < 1 or params.lanes < 1:
            raise ValueError("kdf")
        # Bounded on read: a key file asking for more would hang sign-in or exhaust memory
        # (an altered file); one asking for less than Oberih writes would make guessing
        # cheap. Either is "key file altered".
        floor = _kdf_floor()
        if (
            not floor.memory_kib <= params.memory_kib <= MAX_KDF_MEMORY_KIB
            or not floor.iterations <= params.iterations <= MAX_KDF_ITERATIONS
            or params.lanes > MAX_KDF_LANES
        ):
            raise ValueError("kdf bounds")
        return params

    def kdf_params(self, slot_id: str) -> KdfParams:
        slot = self._slot(slot_id)
        if slot is None:
            raise KeyError(slot_id)
        return self._kdf_of(slot)

    def _private_aad(self, slot: dict[str, Any]) -> bytes:
        aad = {
            "format": FORMAT,
            "version": VERSION,
            "database_id": self._doc["database_id"],
            "slot": slot["id"],
            "kind": slot["kind"],
            "kdf": slot["kdf"],
            "public_key": slot["public_key"],
        }
        # bound only in slots written since 0012, so older slots still open
        aad.update({k: slot[k] for k in _BOUND if k in slot})
        return _canonical(aad)

    def _envelope_aad(
        self, slot: dict[str, Any], ephemeral: str, kid: str, compartment: str | None = None
    ) -> bytes:
        fields = {
            "database_id": self._doc["database_id"],
            "slot": slot["id"],
            "public_key": slot["public_key"],
            "ephemeral": ephemeral,
            "key_id": kid,
        }
        if compartment is not None:  # a compartment key cannot pass for another one
            fields["compartment"] = compartment
        return _canonical(fields)

    @staticmethod
    def _info(compartment: str | None) -> bytes:
        return b"oberih data key seal v1" if compartment is None else b"oberih compartment seal v1"

    def _seal(
        self, slot: dict[str, Any], key: bytes, compartment: str | None = None
    ) -> dict[str, str]:
        public = X25519PublicKey.from_public_bytes(_unb64(slot["public_key"]))
        eph = X25519PrivateKey.generate()
        eph_pub = eph.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        wrap_key = _hkdf(
            eph.exchange(public), self._info(compartment), salt=eph_pub + public.public_bytes_raw()
        )
        nonce = secrets.token_bytes(12)
        kid = key_id(key)
        aad = self._envelope_aad(slot, _b64(eph_pub), kid, compartment)
        ct = AESGCM(wrap_key).encrypt(nonce, key, aad)
        return {"key_id": kid, "ephemeral": _b64(eph_pub), "nonce": _b64(nonce), "ct": _b64(ct)}

    def _open_envelope(
        self,
        slot: dict[str, Any],
        private: X25519PrivateKey,
        env: dict[str, str],
        compartment: str | None = None,
    ) -> bytes:
        eph_pub = _unb64(env["ephemeral"])
        public = _unb64(slot["public_key"])
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        wrap_key = _hkdf(shared, self._info(compartment), salt=eph_pub + public)
        aad = self._envelope_aad(slot, env["ephemeral"], env["key_id"], compartment)
        return AESGCM(wrap_key).decrypt(_unb64(env["nonce"]), _unb64(env["ct"]), aad)

    def unlock(self, slot_id: str, secret: str) -> Unlocked:
        """The data keys this slot holds (normally one; two while a rotation is unfinished)
        and its compartment keys.

        Raises WrongSecret for an unknown slot, a wrong secret or an altered slot; the KDF
        runs in every case so the answer takes as long whether or not the slot exists."""
        slot = self._slot(slot_id)
        if slot is None:
            derive_kek(secret, b"\0" * 16, DEFAULT_KDF)
            raise WrongSecret()
        try:
            kek = derive_kek(secret, _unb64(slot["kdf"]["salt"]), self._kdf_of(slot))
            wrapped = slot["wrapped_private"]
            raw = AESGCM(kek).decrypt(
                _unb64(wrapped["nonce"]), _unb64(wrapped["ct"]), self._private_aad(slot)
            )
            private = X25519PrivateKey.from_private_bytes(raw)
            data_keys = [self._open_envelope(slot, private, env) for env in slot["envelopes"]]
            compartments = {
                name: self._open_envelope(slot, private, env, name)
                for name, env in slot.get("compartments", {}).items()
            }
        except (InvalidTag, ValueError):
            raise WrongSecret() from None
        return Unlocked(data_keys, compartments, slot.get("account"), slot.get("authority"))

    def with_slot(
        self,
        slot_id: str,
        kind: str,
        secret: str,
        data_keys: list[bytes],
        kdf: KdfParams | None = None,
        compartments: Mapping[str, bytes] | None = None,
        *,
        account: int | None = None,
    ) -> KeyFile:
        """Add or replace a slot: a fresh key pair wrapped under `secret`, with the
        current default cost unless `kdf` is given, holding the data keys and the
        `compartments` keys. A user slot names its `account`, and the authority's public
        key (if the file has one) is bound in (the ADMIN compartment key is what opens
        the authority: shelter_app/authority.py)."""
        kdf = kdf or DEFAULT_KDF
        private = X25519PrivateKey.generate()
        salt = secrets.token_bytes(16)
        slot: dict[str, Any] = {
            "id": slot_id,
            "kind": kind,
            "kdf": {**kdf.as_dict(), "salt": _b64(salt)},
            "public_key": _b64(private.public_key().public_bytes_raw()),
        }
        if account is not None:
            slot["account"] = account
        if "authority" in self._doc:
            slot["authority"] = self._doc["authority"]["public_key"]
        kek = derive_kek(secret, salt, kdf)
        nonce = secrets.token_bytes(12)
        ct = AESGCM(kek).encrypt(nonce, private.private_bytes_raw(), self._private_aad(slot))
        slot["wrapped_private"] = {"nonce": _b64(nonce), "ct": _b64(ct)}
        slot["envelopes"] = [self._seal(slot, dk) for dk in data_keys]
        slot["compartments"] = {
            str(name): self._seal(slot, key, str(name))
            for name, key in (compartments or {}).items()
        }
        new = self._copy()
        new._doc["slots"] = [s for s in new._doc["slots"] if s["id"] != slot_id] + [slot]
        return new

    def pending_recovery_ids(self) -> list[str]:
        """Recovery slots made but not yet confirmed as written down (two-phase change)."""
        return [s["id"] for s in self._doc["slots"] if s["kind"] == "recovery" and s.get("pending")]

    def marked_pending(self, slot_id: str, pending: bool) -> KeyFile:
        new = self._copy()
        for slot in new._doc["slots"]:
            if slot["id"] == slot_id:
                if pending:
                    slot["pending"] = True
                else:
                    slot.pop("pending", None)
        return new

    def without_slot(self, slot_id: str) -> KeyFile:
        new = self._copy()
        new._doc["slots"] = [s for s in new._doc["slots"] if s["id"] != slot_id]
        return new

    def compartments_of(self, slot_id: str) -> frozenset[str]:
        """The names of the compartments a slot holds (readable without any secret)."""
        slot = self._slot(slot_id)
        if slot is None:
            return frozenset()
        return frozenset(slot.get("compartments", {}))

    def granted(self, slot_id: str, name: str, key: bytes) -> KeyFile:
        """`key` of compartment `name` sealed to slot `slot_id` (replacing an earlier
        envelope of that compartment): needs the slot's public key only."""
        new = self._copy()
        slot = new._slot(slot_id)
        if slot is None:
            raise KeyError(slot_id)
        slot.setdefault("compartments", {})[str(name)] = new._seal(slot, key, str(name))
        return new

    def revoked(self, slot_id: str, name: str) -> KeyFile:
        """The slot's envelope of compartment `name` removed (a role that no longer
        needs it). What she read before stays known to her: rotate that compartment's
        key for more (not done yet)."""
        new = self._copy()
        slot = new._slot(slot_id)
        if slot is not None:
            slot.get("compartments", {}).pop(str(name), None)
        return new

    def resealed(self, data_keys: list[bytes]) -> KeyFile:
        """Every slot's envelopes replaced by `data_keys`, first one current; the
        compartment envelopes stay as they are (they do not depend on the data key)."""
        new = self._copy()
        for slot in new._doc["slots"]:
            slot["envelopes"] = [new._seal(slot, dk) for dk in data_keys]
        return new

    def only_slots(self, keep: set[str]) -> KeyFile:
        """Every slot not in `keep` dropped (rotation: a slot no active account owns goes)."""
        new = self._copy()
        new._doc["slots"] = [s for s in new._doc["slots"] if s["id"] in keep]
        return new

    # --- the administrators' authority (see shelter_app/authority.py) ---------------

    @property
    def authority(self) -> dict[str, str] | None:
        found = self._doc.get("authority")
        return None if found is None else dict(found)

    def with_authority(self, record: dict[str, str]) -> KeyFile:
        new = self._copy()
        new._doc["authority"] = dict(record)
        return new

    def slot_account(self, slot_id: str) -> int | None:
        slot = self._slot(slot_id)
        return None if slot is None else slot.get("account")

    def slots_bound_to_authority(self) -> list[str]:
        return [s["id"] for s in self._doc["slots"] if "authority" in s]

    def authorities_bound(self) -> set[str]:
        """The authority public keys the slots name (one, unless the file was altered)."""
        return {s["authority"] for s in self._doc["slots"] if "authority" in s}

    def envelope_count(self) -> int:
        return max((len(s["envelopes"]) for s in self._doc["slots"]), default=0)


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def normalise_username(username: str) -> str:
    return unicodedata.normalize("NFC", username).strip().casefold()


def new_recovery_slot_id() -> str:
    return "r" + os.urandom(15).hex()[:31]
