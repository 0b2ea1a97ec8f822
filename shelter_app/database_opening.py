"""Opening a target and founding a new database: where a sign-in opens one (a local
file behind its guards, or a server: `_Opening`) and what `init` makes and writes first
(`_Founding`), the same for a file and a server. Apart from database.py, which holds
the opened database itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete
from sqlalchemy.orm import Session

from . import __version__, audit_chain, authority
from .compartments import Compartment, CompartmentKeys, new_compartment_keys
from .permissions import Role, compartments_of
from .signed_in import utcnow
from .storage import leftovers, location, migrate, restore_journal
from .storage import throttle as throttle_ledger
from .storage.engine import check_file_before_open
from .storage.files import DatabasePaths
from .storage.instance_lock import WriterGate
from .storage.keyfile import (
    KeyFile,
    new_data_key,
    new_recovery_code,
    new_recovery_slot_id,
    normalise_recovery_code,
)
from .storage.schema import Account, DatabaseInfo, Setting
from .storage.sealing import UNSEALED
from .storage.server import ServerAddress, make_server_engine, reachable, server_errors
from .storage.server_store import ServerKeys, ServerLedger
from .storage.throttle import LedgerStore

# where a database is: its local encrypted file (the default), or a PostgreSQL server
Target = str | Path | ServerAddress


@dataclass
class _Opening:
    """Where a sign-in opens a database. A local file: its paths, the writer gate
    (held shared until the database closes) and where it lies (_enter). A
    server: its address and engine; none of the file's guards apply there (instance
    lock, writer gate, location check, leftovers sweep, restore journal)."""

    paths: DatabasePaths | None = None
    gate: WriterGate | None = None
    placement: location.Verdict | None = None
    server: ServerAddress | None = None
    engine: Engine | None = None

    @classmethod
    def start(cls, target: Target) -> _Opening:
        if isinstance(target, ServerAddress):
            engine = make_server_engine(target)
            try:
                reachable(engine)
            except BaseException:
                engine.dispose()
                raise
            return cls(server=target, engine=engine)
        paths = DatabasePaths.for_database(target)
        gate, placement = cls._enter(paths)
        return cls(paths=paths, gate=gate, placement=placement)

    def load_keyfile(self) -> KeyFile:
        if self.engine is not None:
            with server_errors():
                return ServerKeys(self.engine).load()
        assert self.paths is not None
        return KeyFile.load(self.paths.key_file)

    @property
    def ledger(self) -> DatabasePaths | LedgerStore:
        if self.engine is not None:
            return ServerLedger(self.engine)
        assert self.paths is not None
        return self.paths

    def release(self) -> None:
        if self.gate is not None:
            self.gate.release()
        if self.engine is not None:
            self.engine.dispose()

    @staticmethod
    def _enter(paths: DatabasePaths) -> tuple[WriterGate, location.Verdict]:
        """Before the key file is read: finish or roll back a restore that was cut off,
        refuse a shared place, sweep temp files of killed backups, and take the writer
        gate (shared; refused while a restore runs). Returns the gate and where the
        database lies (a share the administrator allowed gets a rollback journal)."""
        if paths.restore_journal.exists():
            restore_journal.recover(paths)  # a restore was cut off: finish it first
        check_file_before_open(paths.database)  # creates nothing when there is no database
        # a database on a share or in a synced folder is refused before any password work
        # and before the gate file is made beside it
        placement = location.check(paths.database)
        gate = WriterGate(paths).acquire_shared()
        try:
            leftovers.sweep(paths)
        except BaseException:
            gate.release()
            raise
        return gate, placement


@dataclass(frozen=True)
class _Founding:
    """What `init` makes before anything is written (keys, the authority, the recovery
    code), and the first rows and slots it writes: the same for a file and a server."""

    username: str
    name: str
    password: str = field(repr=False)
    data_key: bytes = field(repr=False)
    all_keys: dict[str, bytes] = field(repr=False)
    keyfile: KeyFile = field(repr=False)
    signer: Any = field(repr=False)
    code: str = field(repr=False)

    @classmethod
    def new(cls, username: str, name: str, password: str) -> _Founding:
        all_keys = new_compartment_keys()
        keyfile = KeyFile.new()
        admin_key = all_keys[Compartment.ADMIN.value]  # what signs roles and opens the log
        founding = authority.new_authority(admin_key, keyfile.database_id)
        keyfile = keyfile.with_authority(founding.as_dict())
        signer = authority.open_signer(founding, admin_key, keyfile.database_id)
        assert signer is not None
        return cls(
            username,
            name,
            password,
            new_data_key(),
            all_keys,
            keyfile,
            signer,
            new_recovery_code(),
        )

    @property
    def admin_keys(self) -> CompartmentKeys:
        return CompartmentKeys(self.all_keys).only(compartments_of(Role.ADMIN))

    def first_rows(
        self, s: Session, make_throttle: Callable[[], throttle_ledger.Snapshot]
    ) -> tuple[int, tuple[int, str], throttle_ledger.Snapshot]:
        """The schema, the database's identity, the throttle ledger, the administrator
        (signed) and the audit chain's first entry, in `s` (the caller commits).
        Returns her id, the head and the new throttle document's state."""
        migrate.upgrade_in(s.connection())
        # a new database has nothing plain to seal (see migration 0011)
        s.execute(delete(Setting).where(Setting.key == UNSEALED))
        now = utcnow()
        database_id = self.keyfile.database_id
        s.add(
            DatabaseInfo(
                id=1,
                database_id=database_id,
                created_at=now,
                created_by_version=__version__,
            )
        )
        fresh = make_throttle()
        s.add(Setting(key=throttle_ledger.LEDGER_KEY, value=throttle_ledger.ledger_value(fresh)))
        admin = Account(
            username=self.username,
            display_name=self.name,
            role=Role.ADMIN.value,
            active=True,
            created_at=now,
            password_changed_at=now,
        )
        s.add(admin)
        s.flush()
        admin.seal_version = 1
        admin.seal = authority.sign_account(
            self.signer,
            database_id,
            admin.id,
            self.keyfile.locator(self.username),
            Role.ADMIN.value,
            True,
            1,
        )
        admin_key = self.all_keys[Compartment.ADMIN.value]
        audit_chain.start(s, audit_chain.new_first_key(), admin_key, database_id)
        entry = audit_chain.append(
            s,
            at=now,
            account_id=admin.id,
            role=Role.ADMIN.value,
            action="database.created",
            target_type="account",
            target_id=admin.id,
        )
        return admin.id, (entry.seq, entry.mac), fresh

    def with_first_slots(self, admin_id: int, fresh: throttle_ledger.Snapshot) -> KeyFile:
        """The key file with the administrator's and the recovery slot (not signed)."""
        keyfile = self.keyfile.with_slot(
            self.keyfile.locator(self.username),
            "user",
            self.password,
            [self.data_key],
            compartments=self.admin_keys.keys,
            account=admin_id,
        )
        keyfile = keyfile.with_slot(
            new_recovery_slot_id(),
            "recovery",
            normalise_recovery_code(self.code),
            [self.data_key],
            compartments=self.all_keys,
        )
        if fresh.file_id is not None:
            keyfile = keyfile.with_throttle_id(fresh.file_id)
        return keyfile
