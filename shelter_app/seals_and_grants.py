"""The administrators' authority over accounts and the compartment keys, as a part of
`Database`: the seals that sign each account's role and active flag, the compartment
keys a session holds, the grants of those keys to the slots that lack them, and the
sealing of plain values. A mixin only so that database.py stays readable; it holds no
state of its own (the attributes below are `Database`'s).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from . import audit_chain, authority
from .client_directory import ClientDirectory
from .compartments import NO_KEYS, Compartment, CompartmentKeys, new_compartment_keys
from .errors import PermissionDenied, RecoveryCodeWrong
from .permissions import RECOVERY_COMPARTMENTS, Role, compartments_of
from .signed_in import SignedInUser, utcnow
from .storage.engine import IMMEDIATE, drop_plain_pages
from .storage.keyfile import KeyFile, WrongSecret, normalise_recovery_code
from .storage.schema import Account, AuditEntry, Setting
from .storage.sealing import UNSEALED, fill_roster_names, seal_plain_rows

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

# the audit entries that record the version of an account's new seal (accounts.py)
SEALED_ACCOUNT_ACTIONS = (
    "account.created",
    "account.role_changed",
    "account.deactivated",
    "account.reactivated",
)


class SealsAndGrants:
    """Account seals and compartment grants of a `Database` (see the module docstring)."""

    keyfile: KeyFile
    engine: Engine
    client_directory: ClientDirectory
    _sessions: dict[str, int]
    _session_keys: dict[str, CompartmentKeys]
    _sealed_ok: set[tuple[object, ...]]
    _bootstrap_keys: CompartmentKeys

    if TYPE_CHECKING:

        @property
        def database_id(self) -> str: ...

        def _session(self, write: bool = False) -> AbstractContextManager[Session]: ...

        def _advance_head(self, seq: int, mac: str) -> None: ...

        def update_keyfile(self, change: Callable[[KeyFile], KeyFile]) -> None: ...

    def _authority(self) -> authority.Authority | None:
        record = self.keyfile.authority
        if record is None:
            return None
        return authority.Authority(record["public_key"], record["sealed_private"])

    def _genuine_admin_key(self, admin_key: bytes | None) -> bytes | None:
        auth = self._authority()
        if auth is None or authority.open_signer(auth, admin_key, self.database_id) is None:
            return None
        return admin_key

    def admin_key_of(self, user: SignedInUser) -> bytes | None:
        """The genuine ADMIN compartment key an administrator's session holds (None for
        every other role, and for a key that does not open the authority)."""
        if self._sessions.get(user.token) != user.account_id:
            return None
        return self._genuine_admin_key(self.keys_of(user).key(Compartment.ADMIN))

    def seal_account(self, user: SignedInUser, acc: Account) -> None:
        """Sign `acc`'s identity, role and active flag anew (next version). Only an
        administrator's session holds the key: anyone else is refused."""
        auth = self._authority()
        signer = None
        if auth is not None:
            signer = authority.open_signer(auth, self.admin_key_of(user), self.database_id)
        if signer is None:
            raise PermissionDenied("accounts.seal")
        acc.seal_version += 1
        acc.seal = authority.sign_account(signer, *self._seal_facts(acc))

    def _seal_facts(self, acc: Account) -> tuple[str, int, str, str, bool, int]:
        """What an account's seal signs, in the order `authority` takes it."""
        return (
            self.database_id,
            acc.id,
            self.keyfile.locator(acc.username),
            acc.role,
            acc.active,
            acc.seal_version,
        )

    def account_sealed(self, acc: Account) -> bool:
        """Is this row's role and active flag as an administrator signed them?"""
        auth = self._authority()
        if auth is None:
            return False
        facts = (
            auth.public_key,
            acc.id,
            acc.username,
            acc.role,
            bool(acc.active),
            acc.seal_version,
            acc.seal,
        )
        if facts in self._sealed_ok:
            return True
        ok = authority.account_seal_valid(auth.public_key, acc.seal, *self._seal_facts(acc))
        if ok:
            self._sealed_ok.add(facts)
        return ok

    def seal_replayed(self, session: Session, acc: Account) -> bool:
        """An older signed state of the row put back (she copies the seal of the day she
        was still active): the audit log records the version of every signed change,
        so the row may not be older than the newest one it names."""
        details = session.execute(
            select(AuditEntry.detail).where(
                AuditEntry.action.in_(SEALED_ACCOUNT_ACTIONS),
                AuditEntry.target_type == "account",
                AuditEntry.target_id == str(acc.id),
            )
        ).scalars()
        newest = 0
        for detail in details:
            try:
                newest = max(newest, int(json.loads(detail or "{}").get("version", 0)))
            except (ValueError, TypeError, AttributeError):
                continue
        return acc.seal_version < newest

    def audit_first_key(self, user: SignedInUser, session: Session) -> bytes | None:
        """The audit chain's first key, for an administrator's session only."""
        return audit_chain.first_key(session, self.admin_key_of(user), self.database_id)

    def keys_of(self, user: SignedInUser) -> CompartmentKeys:
        """The compartment keys her slot opened at sign-in (none for a stale session)."""
        return self._session_keys.get(user.token, NO_KEYS)

    def grantable(self, user: SignedInUser, role: Role | str) -> CompartmentKeys:
        """What `user` can seal into a slot of `role` now: the keys she holds (and, in
        the process that ran `init`, the keys it made) among those `role` needs."""
        held = {**self._bootstrap_keys.keys, **self.keys_of(user).keys}
        return CompartmentKeys(held).only(compartments_of(role))

    def seal_bulk_written(self) -> int:
        """Seal the plain values that bulk statements wrote (the demo, in the process
        that ran `init` and so still holds every compartment key), then checkpoint the
        WAL so no plain page stays in it. Returns how many values were sealed."""
        if not self._bootstrap_keys.keys:
            raise PermissionDenied("keys")
        with self.engine.execution_options(**IMMEDIATE).begin() as conn:
            fill_roster_names(conn)
        count = self._seal_plain(self._bootstrap_keys)
        self.client_directory.mark_stale(None)
        return count

    def _seal_plain(self, keys: CompartmentKeys) -> int:
        """Seal the plain values `keys` can seal; the `compartments.unsealed` mark of
        migration 0011 goes once none is left. Then the WAL is checkpointed and
        truncated, so the plain pages do not stay in it (freed cells are zeroed:
        secure_delete)."""
        with self.engine.execution_options(**IMMEDIATE).begin() as conn:
            count, left = seal_plain_rows(conn, keys.keys)
            if not left:
                conn.execute(delete(Setting).where(Setting.key == UNSEALED))
        drop_plain_pages(self.engine)
        return count

    def _plain_values_left(self) -> bool:
        with self._session() as s:
            return s.get(Setting, UNSEALED) is not None

    def _seal_after_upgrade(self) -> None:
        """After migration 0011 (or a cut-off run of this): a key file from before
        compartments gets every compartment key, sealed to each slot by its account's
        role and to the recovery slots; then every plain value is sealed. The keys stay
        with this process until it closes, as after `init`."""
        if not self._plain_values_left():
            return
        kf = self.keyfile
        if not any(kf.compartments_of(slot) for slot in kf.slot_ids()):
            keys = new_compartment_keys()
            with self._session() as s:
                people = s.execute(select(Account.username, Account.role, Account.active)).all()

            def change(current: KeyFile) -> KeyFile:
                for username, role, active in people:
                    slot = current.locator(username)
                    if active and current.has_slot(slot):
                        for c in compartments_of(role):
                            current = current.granted(slot, c.value, keys[c.value])
                for slot in current.slot_ids("recovery"):
                    for c in RECOVERY_COMPARTMENTS:
                        current = current.granted(slot, c.value, keys[c.value])
                return current

            self.update_keyfile(change)  # before any value is sealed under them
            self._bootstrap_keys = CompartmentKeys(keys)
        if self._bootstrap_keys.keys:
            self._seal_plain(self._bootstrap_keys)

    def seal_plain_with_recovery(self, code: str) -> int:
        """Seal every plain value left (bulk-written rows) with the recovery code's keys,
        which hold every compartment. Returns how many values were sealed."""
        secret = normalise_recovery_code(code)
        for slot_id in self.keyfile.slot_ids("recovery"):
            try:
                unlocked = self.keyfile.unlock(slot_id, secret)
            except WrongSecret:
                continue
            count = self._seal_plain(CompartmentKeys(unlocked.compartments))
            self.client_directory.mark_stale(None)
            return count
        raise RecoveryCodeWrong()

    def compartments_granted_by_recovery(self, user: SignedInUser, code: str) -> int:
        """Complete every pending grant with the recovery code's keys (when no account
        holding a compartment exists yet to sign in). Returns how many were sealed."""
        secret = normalise_recovery_code(code)
        for slot_id in self.keyfile.slot_ids("recovery"):
            try:
                unlocked = self.keyfile.unlock(slot_id, secret)
            except WrongSecret:
                continue
            with self._session(write=True) as s:
                acc = s.get(Account, user.account_id)
                if acc is None:
                    raise PermissionDenied("keys")
                before = self.keyfile
                entry = self.complete_grants(s, acc, CompartmentKeys(unlocked.compartments))
                if entry is None:
                    return 0
                s.commit()
                self._advance_head(entry.seq, entry.mac)
                return sum(
                    len(self.keyfile.compartments_of(slot) - before.compartments_of(slot))
                    for slot in self.keyfile.slot_ids()
                )
        raise RecoveryCodeWrong()

    def missing_grants(self, username: str, role: Role | str) -> frozenset[str]:
        """The compartments `role` needs that the account's slot does not hold yet."""
        held = self.keyfile.compartments_of(self.keyfile.locator(username))
        return frozenset(str(c) for c in compartments_of(role)) - held

    def complete_grants(
        self, s: Session, holder: Account, keys: CompartmentKeys
    ) -> AuditEntry | None:
        """Seal each compartment key `keys` holds to every slot whose role needs it but
        lacks it (an account made by an administrator who could not give it, a password
        reset, a role change, the upgrade): only public keys are needed. Each grant is
        audited in `s` (the caller commits)."""
        accounts = s.execute(select(Account).where(Account.active.is_(True))).scalars().all()
        wanted: list[tuple[str, str, int | None]] = []  # (slot, compartment, account id)
        kf = self.keyfile
        for acc in accounts:
            slot = kf.locator(acc.username)
            # a role edited in the database must not draw keys to her slot
            if not kf.has_slot(slot) or not self.account_sealed(acc):
                continue
            for name in self.missing_grants(acc.username, acc.role):
                if keys.holds(name):
                    wanted.append((slot, name, acc.id))
        for slot in kf.slot_ids("recovery"):
            held = kf.compartments_of(slot)
            for c in RECOVERY_COMPARTMENTS:
                if str(c) not in held and keys.holds(c):
                    wanted.append((slot, str(c), None))
        if not wanted:
            return None

        def change(current: KeyFile) -> KeyFile:
            for slot, name, _acc in wanted:
                key = keys.key(name)
                if current.has_slot(slot) and key is not None:
                    current = current.granted(slot, name, key)
            return current

        self.update_keyfile(change)
        entry = None
        for _slot, name, acc_id in wanted:
            entry = audit_chain.append(
                s,
                at=utcnow(),
                account_id=holder.id,
                role=holder.role,
                action="keys.compartment_granted",
                target_type="account" if acc_id is not None else "recovery",
                target_id=acc_id,
                detail={"compartment": name},
            )
        return entry
