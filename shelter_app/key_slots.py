"""The key file's slots and the data key, as a part of `Database`: reading and replacing
the key file, the users' slots, the two-phase change of the recovery code, and the
rotation of the data key. A mixin only so that database.py stays readable; it holds no
state of its own (the attributes below are `Database`'s).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from filelock import FileLock
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from . import audit_chain
from .compartments import NO_KEYS, CompartmentKeys
from .errors import KeyFileDamaged, RecoveryCodeWrong
from .signed_in import SignedInUser, utcnow
from .storage.engine import make_engine, rekey, verify_readable
from .storage.files import DatabasePaths
from .storage.keyfile import (
    KeyFile,
    Unlocked,
    WrongSecret,
    new_data_key,
    new_recovery_slot_id,
    normalise_recovery_code,
)
from .storage.keyfile_home import KeyHome
from .storage.schema import Account
from .storage.server import ServerAddress

if TYPE_CHECKING:
    from contextlib import AbstractContextManager


class KeySlots:
    """Key file slots and data key rotation of a `Database` (see the module docstring)."""

    paths: DatabasePaths
    server: ServerAddress | None
    keyfile: KeyFile
    engine: Engine
    _data_key: bytes
    _keys: KeyHome
    _session_keys: dict[str, CompartmentKeys]

    if TYPE_CHECKING:

        def _session(self, write: bool = False) -> AbstractContextManager[Session]: ...

        def _advance_head(self, seq: int, mac: str) -> None: ...

        def account_sealed(self, acc: Account) -> bool: ...

    def _current_keyfile(self) -> KeyFile:
        """The key file as stored now (another process may have changed it), checked."""
        current = self._keys.load()
        if not current.mac_valid(self._data_key):
            raise KeyFileDamaged()
        return current

    def update_keyfile(self, change: Callable[[KeyFile], KeyFile]) -> None:
        """Reload, change and atomically replace the key file: under the sidecar lock for
        a file, in one transaction holding its row FOR UPDATE on a server."""

        def checked(current: KeyFile) -> KeyFile:
            if not current.mac_valid(self._data_key):
                raise KeyFileDamaged()
            return change(current)

        self.keyfile = self._keys.replace(checked, self._data_key)

    def put_user_slot(
        self,
        username: str,
        password: str,
        compartments: CompartmentKeys = NO_KEYS,
        *,
        account_id: int | None = None,
    ) -> None:
        """Give `username` a fresh slot opened by `password` (new, changed or reset),
        naming her account and holding the `compartments` keys (what the caller holds of
        what her role needs; the rest is granted at a holder's next sign-in:
        complete_grants). The caller audits it."""
        locator = self.keyfile.locator(username)
        self.update_keyfile(
            lambda kf: kf.with_slot(
                locator,
                "user",
                password,
                [self._data_key],
                compartments=compartments.keys,
                account=account_id,
            )
        )

    def remove_user_slot(self, username: str) -> None:
        locator = self.keyfile.locator(username)
        self.update_keyfile(lambda kf: kf.without_slot(locator))

    def password_opens(self, username: str, password: str) -> bool:
        return self._open_slot(username, password) is not None

    def _open_slot(self, username: str, password: str) -> Unlocked | None:
        try:
            unlocked = self.keyfile.unlock(self.keyfile.locator(username), password)
        except WrongSecret:
            return None
        return unlocked if self._data_key in unlocked.data_keys else None

    def add_pending_recovery_slot(self, code: str) -> None:
        """Phase one of a new recovery code: its slot is written BESIDE the old one, marked
        pending, so both codes open the database until the new one is confirmed as
        written down. A kill before the code is shown loses nothing: the old code still
        works (and `check` reports the pending change). An earlier unconfirmed slot is
        dropped: its code was never confirmed."""

        def change(kf: KeyFile) -> KeyFile:
            for stale in kf.pending_recovery_ids():
                kf = kf.without_slot(stale)
            slot_id = new_recovery_slot_id()
            kf = kf.with_slot(
                slot_id,
                "recovery",
                normalise_recovery_code(code),
                [self._data_key],
                compartments=self._recovery_keys(kf),
            )
            return kf.marked_pending(slot_id, True)

        self.update_keyfile(change)

    def _recovery_keys(self, kf: KeyFile) -> dict[str, bytes]:
        """The compartment keys a new recovery slot gets: every one the sessions here
        hold (an administrator holds few: the rest are granted at a holder's sign-in)."""
        found: dict[str, bytes] = {}
        for keys in self._session_keys.values():
            found.update(keys.keys)
        return found

    def confirm_recovery_slot(self, code: str) -> None:
        """Phase two: the new code was shown and written down; the old slots go."""
        secret = normalise_recovery_code(code)
        confirmed = None
        for slot_id in self.keyfile.pending_recovery_ids():
            try:
                self.keyfile.unlock(slot_id, secret)
            except WrongSecret:
                continue
            confirmed = slot_id
            break
        if confirmed is None:
            raise RecoveryCodeWrong()

        def change(kf: KeyFile) -> KeyFile:
            if not kf.has_slot(confirmed):
                raise RecoveryCodeWrong()
            for old in kf.slot_ids("recovery"):
                if old != confirmed:
                    kf = kf.without_slot(old)
            return kf.marked_pending(confirmed, False)

        self.update_keyfile(change)

    # --- data key rotation -------------------------------------------------------------

    def slots_of_active_accounts(self, session: Session) -> set[str]:
        """The user slots that should exist: one per active account whose seal holds
        (a slot naming another account does not count as hers)."""
        keep = set()
        for acc in session.execute(select(Account).where(Account.active.is_(True))).scalars():
            locator = self.keyfile.locator(acc.username)
            bound = self.keyfile.slot_account(locator)
            if self.account_sealed(acc) and bound in (None, acc.id):
                keep.add(locator)
        return keep

    def rotate_data_key(self, uow_actor: SignedInUser) -> None:
        """Re-encrypt the database under a new data key and reseal the slots of active
        accounts and the recovery slots; every other slot is dropped (one planted by
        someone who once had the data key, one left by a deactivated account).

        Crash-safe in three steps: (1) the key file keeps only those slots and gains the
        new key beside the old one; (2) PRAGMA rekey; (3) the old key is dropped from the
        key file. Opening after a crash at any step finds the key that works and finishes
        the job (_finish_rotation). The audit chain does not depend on the data key."""
        old_key, new_key = self._data_key, new_data_key()
        with self._session() as s:
            keep = self.slots_of_active_accounts(s)
        keep |= set(self.keyfile.slot_ids("recovery"))
        dropped = len(set(self.keyfile.slot_ids()) - keep)
        if self.server is not None:
            self._rotate_on_server(uow_actor, keep, dropped, new_key)
            return
        self.update_keyfile(lambda kf: kf.only_slots(keep).resealed([old_key, new_key]))
        self._record_rotation(uow_actor, len(keep), dropped)
        rekey(self.engine, new_key)
        self.engine.dispose()
        self.engine = make_engine(self.paths.database, new_key)
        verify_readable(self.engine)
        self._data_key = new_key
        with FileLock(self.paths.sidecar_lock, timeout=30, mode=0o600):
            self.keyfile = self.keyfile.resealed([new_key]).save(self.paths.key_file, new_key)

    def _rotate_on_server(
        self, actor: SignedInUser, keep: set[str], dropped: int, new_key: bytes
    ) -> None:
        """On a server there are no pages to re-encrypt: the new data key replaces the
        old one in the kept slots and signs the key file row, in one transaction (no
        step can be cut off half-way). Workstations still holding the old key are
        refused their next key file change (KeyFileDamaged) until they sign in again."""
        old_key = self._data_key

        def change(kf: KeyFile) -> KeyFile:
            if not kf.mac_valid(old_key):
                raise KeyFileDamaged()
            return kf.only_slots(keep).resealed([new_key])

        self.keyfile = self._keys.replace(change, new_key)
        self._data_key = new_key
        self._record_rotation(actor, len(keep), dropped)

    def _record_rotation(self, actor: SignedInUser, kept: int, dropped: int) -> None:
        """The rotation's audit entry (on a file before the pages are re-encrypted, on a
        server after the key file row changed), and the head after it."""
        with self._session(write=True) as s:
            entry = audit_chain.append(
                s,
                at=utcnow(),
                account_id=actor.account_id,
                role=actor.role.value,
                action="keys.rotated",
                detail={"slots_kept": kept, "slots_dropped": dropped},
            )
            seq, mac = entry.seq, entry.mac
            s.commit()
        self._advance_head(seq, mac)
