"""An opened Oberih database: unlocking with a password or the recovery code, signed-in
users, and units of work that check permissions before touching data.

Like Anki's Collection, this is the one object the GUI and the CLI hold; services are
functions that take it, a signed-in user and plain arguments.

A database is a *target*: a path (the local encrypted SQLCipher file and its sidecar
files, the default) or a `ServerAddress` (PostgreSQL, issue 20: the key file and the
throttle as rows, the audit head remembered per workstation: storage/server_store.py).
The services cannot tell them apart.

Its parts live beside it: the unit of work (unit_of_work.py), who acts and when
(signed_in.py), opening a target and founding a new database (database_opening.py),
and two mixins of `Database` itself: account seals and compartment grants
(seals_and_grants.py), key file slots and data key rotation (key_slots.py). The names
services import from here are re-exported.
"""

from __future__ import annotations

import contextlib
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from filelock import Timeout
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from . import audit_chain, authority
from .client_directory import ClientDirectory
from .compartments import NO_KEYS, Compartment, CompartmentKeys
from .database_opening import Target as Target
from .database_opening import _Founding, _Opening
from .errors import (
    AfterCommitProblem,
    AlreadyExists,
    AuthenticationFailed,
    DatabaseDamaged,
    KeyFileDamaged,
    LoginThrottled,
    PermissionDenied,
    RecoveryCodeWrong,
    Stopped,
    StorageIOError,
)
from .key_slots import KeySlots
from .permissions import Permission, Role, allowed, compartments_of
from .seals_and_grants import SEALED_ACCOUNT_ACTIONS as SEALED_ACCOUNT_ACTIONS
from .seals_and_grants import SealsAndGrants
from .signed_in import SignedInUser as SignedInUser
from .signed_in import utcnow as utcnow
from .storage import (
    backup_trust,
    faults,
    location,
    migrate,
    windows_access,
)
from .storage import throttle as throttle_ledger
from .storage.backup_file import SUFFIX as BACKUP_SUFFIX
from .storage.backup_file import BackupInfo, write_backup_file
from .storage.engine import (
    IMMEDIATE,
    check_file_before_open,
    enable_wal,
    make_engine,
    page_problems,
    storage_errors,
    translate_db_error,
    verify_readable,
)
from .storage.files import DatabasePaths, private_file, private_folder
from .storage.instance_lock import WriterGate
from .storage.keyfile import (
    KeyFile,
    Unlocked,
    WrongSecret,
    normalise_recovery_code,
)
from .storage.keyfile_home import KeyHome, LocalKeys
from .storage.schema import Account, AuditEntry, AuditState, DatabaseInfo, Setting
from .storage.server import ServerAddress as ServerAddress  # the GUI's import of it
from .storage.server import make_server_engine, reachable, server_errors
from .storage.server_store import ServerKeys, ServerLedger, put_key_file, workstation_paths
from .storage.throttle import LedgerStore, PendingFailure, Throttle
from .unit_of_work import UnitOfWork as UnitOfWork
from .validation import check_password, clean_display_name, clean_username

RECOVERY_LOCATOR = "recovery"
# the computer's clock may be corrected by minutes; a day behind the log is noticed
CLOCK_BACK_TOLERANCE = timedelta(days=1)


def _throttle(
    where: DatabasePaths | LedgerStore,
    clock: Callable[[], float],
    keyfile: KeyFile | None = None,
) -> Throttle:
    """Waits on the monotonic clock when the wall clock is the real one (a test's fake
    clock keeps the wall-clock rule, capped). The key file names the throttle file that
    belongs with it: another one (or none) means a wait first (storage/throttle.py).
    `where`: a local database's paths, or a server's throttle row."""
    expected = keyfile.throttle_id if keyfile is not None else None
    return Throttle(where, time.monotonic if clock is time.time else None, expected)


class Database(SealsAndGrants, KeySlots):
    def __init__(
        self,
        paths: DatabasePaths,
        keyfile: KeyFile,
        data_key: bytes,
        engine: Engine,
        clock: Callable[[], float] = time.time,
        gate: WriterGate | None = None,
        *,
        server: ServerAddress | None = None,
    ):
        # on a server, `paths` names this workstation's own files about the database
        # (its audit head: storage/server_store.py); the key file and throttle are rows
        self.paths = paths
        self.server = server
        self._gate = gate
        self.keyfile = keyfile
        self._data_key = data_key
        self.engine = engine
        self.clock = clock
        self._keys: KeyHome = ServerKeys(engine) if server is not None else LocalKeys(paths)
        self.throttle = _throttle(
            ServerLedger(engine) if server is not None else paths, clock, keyfile
        )
        self._sessions: dict[str, int] = {}
        self._session_keys: dict[str, CompartmentKeys] = {}
        # keys made by an upgrade at this opening (compartments, the ADMIN key of the
        # authority): the first session holds those of her role, since her slot was read
        # before they were granted to it
        self._opening_keys = NO_KEYS
        self._sealed_ok: set[tuple[object, ...]] = set()
        # the head file as found at opening; a problem is reported, and the head is then
        # left alone until an administrator accepts the database as it is
        self.head_problem: str | None = None
        self._head_problem_noted = False
        self.after_commit_warnings: list[AfterCommitProblem] = []
        # `init` only: every compartment key, until this process closes (see initialise)
        self._bootstrap_keys = NO_KEYS
        # names for search as you type, opened in memory by an IDENTITY holder
        self.client_directory = ClientDirectory()
        # set while the program closes: long work (the demo build) stops at its next save
        self.stop_requested: threading.Event | None = None

    def __repr__(self) -> str:  # never show keys
        if self.server is not None:
            return f"<Database on {self.server.shown}>"
        return f"<Database {self.paths.database.name}>"

    @property
    def target(self) -> Path | ServerAddress:
        """Where this database is: the file's path or the server's address."""
        return self.server if self.server is not None else self.paths.database

    # --- keys --------------------------------------------------------------------------

    @property
    def database_id(self) -> str:
        return self.keyfile.database_id

    def _advance_head(self, seq: int, mac: str) -> None:
        """After a commit: record the newest entry in the head file. The save has already
        committed, so a failure here (full disk, a lock held too long) must not turn it
        into a reported failure: it becomes a warning, and the next sign-in writes the
        head again (its own entry is newer). A head found wrong at opening is left as it
        is (see head_problem)."""
        if self.head_problem is not None:
            return
        try:
            audit_chain.advance_head(self.paths, self.database_id, seq, mac)
        except (OSError, Timeout) as exc:
            fault = (
                faults.from_os_error(exc, self.paths.audit_head)
                if isinstance(exc, OSError)
                else StorageIOError()
            )
            self.after_commit_warnings.append(AfterCommitProblem("audit_head", fault))

    def take_warnings(self) -> list[AfterCommitProblem]:
        """Problems of after-commit work since the last call (the saves did commit)."""
        found, self.after_commit_warnings = self.after_commit_warnings, []
        return found

    def write_backup(self, dest: Path, created_at: datetime | None = None) -> BackupInfo:
        """A verified backup file of this database (no permission check: see backups.py),
        carrying only the active administrators' and the recovery slots. On a server the
        same format: its rows copied into a new file under the data key and verified row
        by row (storage/server_copy.py); restorable onto a file or an empty server."""
        with self._session() as s:
            admins = s.execute(
                select(Account.username).where(Account.role == Role.ADMIN.value, Account.active)
            ).scalars()
            keys = backup_trust.administrators_only(self._current_keyfile(), list(admins))
        return write_backup_file(
            self.engine,
            self._data_key,
            keys,
            self.database_id,
            dest,
            created_at or utcnow(),
        )

    def open_copy(self, path: Path) -> Engine:
        """An engine on an encrypted copy made under this database's key (tests, checks)."""
        return make_engine(path, self._data_key)

    def end_sessions_of(self, account_id: int) -> None:
        self._sessions = {t: a for t, a in self._sessions.items() if a != account_id}
        self._session_keys = {t: k for t, k in self._session_keys.items() if t in self._sessions}

    # --- creating and opening ----------------------------------------------------------

    @classmethod
    def initialise(
        cls,
        target: Target,
        admin_username: str,
        admin_password: str,
        display_name: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> tuple[Database, SignedInUser, str]:
        """Create a database, its key file, the first administrator and the recovery slot,
        in a new local file (`target` a path) or an empty server database (a ServerAddress).

        Returns the opened database, the signed-in administrator and the recovery code,
        which is shown once and stored nowhere."""
        if isinstance(target, ServerAddress):
            return cls._initialise_on_server(
                target, admin_username, admin_password, display_name, clock
            )
        paths = DatabasePaths.for_database(target)
        username = clean_username(admin_username)
        name = clean_display_name(display_name or admin_username)
        check_password(admin_password, username)
        if paths.database.exists() or paths.key_file.exists():
            raise AlreadyExists()
        placement = location.check(paths.database)  # no network or synced folder
        new_folder = not paths.database.parent.exists()
        private_folder(paths.database.parent)  # 0700 when Oberih makes it
        if new_folder:  # Windows: an explicit access list (chmod does nothing there)
            windows_access.protect_new_folder(paths.database.parent)

        founding = _Founding.new(username, name, admin_password)
        data_key, keyfile = founding.data_key, founding.keyfile
        private_file(paths.database).close()  # SQLite would make it 0644 first
        engine = make_engine(paths.database, data_key)
        try:
            if placement.shared:  # allowed by the IT administrator: no WAL across hosts
                location.use_rollback_journal(engine)
            else:
                enable_wal(engine)
            for created in (paths.database, paths.wal, paths.shm):
                with contextlib.suppress(FileNotFoundError):
                    created.chmod(0o600)
            with Session(engine.execution_options(**IMMEDIATE)) as s, s.begin():
                # the ledger and key file name this throttle file
                admin_id, head, fresh = founding.first_rows(s, Throttle(paths).create)
            keyfile = founding.with_first_slots(admin_id, fresh).save(paths.key_file, data_key)
        except BaseException:
            engine.dispose()
            for leftover in (paths.database, paths.wal, paths.shm, paths.key_file, paths.throttle):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            raise
        db = cls(paths, keyfile, data_key, engine, clock)
        audit_chain.write_head(paths, keyfile.database_id, *head)
        return db._founded(founding, admin_id)

    @classmethod
    def _initialise_on_server(
        cls,
        address: ServerAddress,
        admin_username: str,
        admin_password: str,
        display_name: str | None,
        clock: Callable[[], float],
    ) -> tuple[Database, SignedInUser, str]:
        """`initialise` on an empty server database: the schema, the first rows, the
        throttle row and the key file row in ONE transaction, so a failure leaves the
        server database empty (no files to clean up)."""
        username = clean_username(admin_username)
        name = clean_display_name(display_name or admin_username)
        check_password(admin_password, username)
        engine = make_server_engine(address)
        try:
            reachable(engine)
            with engine.connect() as conn:
                level = migrate.schema_level(conn)
                conn.rollback()
            if level.current is not None:
                raise AlreadyExists()
            founding = _Founding.new(username, name, admin_password)
            data_key = founding.data_key
            with server_errors(), Session(engine.execution_options(**IMMEDIATE)) as s, s.begin():
                conn = s.connection()
                made = Throttle(ServerLedger(engine, conn)).create
                admin_id, head, fresh = founding.first_rows(s, made)
                keyfile = founding.with_first_slots(admin_id, fresh).signed(data_key)
                put_key_file(conn, keyfile)
        except BaseException:
            engine.dispose()
            raise
        paths = workstation_paths(keyfile.database_id)
        db = cls(paths, keyfile, data_key, engine, clock, server=address)
        audit_chain.write_head(paths, keyfile.database_id, *head)
        return db._founded(founding, admin_id)

    def _founded(self, founding: _Founding, admin_id: int) -> tuple[Database, SignedInUser, str]:
        user = self._issue(
            admin_id, founding.username, founding.name, Role.ADMIN, founding.admin_keys
        )
        # The other keys live only in the recovery slot until an account that needs them
        # exists. The process that made them keeps them until it closes, so accounts
        # created in the same run (the demo, first-run set-up) get them at once; later
        # ones wait for a holder's sign-in, or the recovery code (accounts.py).
        self._bootstrap_keys = CompartmentKeys(founding.all_keys)
        return self, user, founding.code

    @classmethod
    def sign_in(
        cls,
        target: Target,
        username: str,
        password: str,
        clock: Callable[[], float] = time.time,
        *,
        verify_pages_first: bool = False,
    ) -> tuple[Database, SignedInUser]:
        """Unlock the database with one account's password and sign her in.

        Wrong username, wrong password, an altered slot and a deactivated account all
        give the same answer, after the same Argon2id work. `verify_pages_first` reads
        every page before anything is written (for `check`): a damaged file is then left
        byte for byte as it was. `target`: a path or a ServerAddress."""
        opening = _Opening.start(target)
        try:
            keyfile = opening.load_keyfile()
            locator = keyfile.locator(username)
            throttle = _throttle(opening.ledger, clock, keyfile)
            wait = throttle.wait_remaining(locator, clock())
            if wait > 0:
                raise LoginThrottled(wait)
            try:
                unlocked = keyfile.unlock(locator, password)
            except WrongSecret:
                throttle.record_failure(locator, clock())
                raise AuthenticationFailed() from None
            db = cls._open_at(opening, keyfile, unlocked.data_keys, clock, verify_pages_first)
        except BaseException:
            opening.release()
            raise
        try:
            user = db._start_session(username, locator, unlocked)
        except BaseException:
            db.close()
            raise
        return db, user

    @classmethod
    def sign_in_with_recovery(
        cls,
        target: Target,
        code: str,
        admin_username: str,
        new_password: str,
        clock: Callable[[], float] = time.time,
    ) -> tuple[Database, SignedInUser]:
        """The administrator forgot her password: the printed recovery code unlocks the
        database and sets a new password for her account."""
        username = clean_username(admin_username)
        check_password(new_password, username)
        opening = _Opening.start(target)
        try:
            keyfile = opening.load_keyfile()
            throttle = _throttle(opening.ledger, clock, keyfile)
            wait = throttle.wait_remaining(RECOVERY_LOCATOR, clock())
            if wait > 0:
                raise LoginThrottled(wait)
            unlocked: Unlocked | None = None
            for slot_id in keyfile.slot_ids("recovery"):
                try:
                    unlocked = keyfile.unlock(slot_id, normalise_recovery_code(code))
                    break
                except WrongSecret:
                    continue
            if unlocked is None:
                throttle.record_failure(RECOVERY_LOCATOR, clock())
                raise RecoveryCodeWrong()
            db = cls._open_at(opening, keyfile, unlocked.data_keys, clock)
        except BaseException:
            opening.release()
            raise
        try:
            with db._session(write=True) as s:
                acc = s.execute(
                    select(Account).where(Account.username == username)
                ).scalar_one_or_none()
                if (
                    acc is None
                    or not acc.active
                    or acc.role != Role.ADMIN.value
                    or not db.account_sealed(acc)
                ):
                    raise AuthenticationFailed()
                account_id = acc.id
            recovered = CompartmentKeys(unlocked.compartments)
            db.put_user_slot(
                username,
                new_password,
                recovered.only(compartments_of(Role.ADMIN)),
                account_id=account_id,
            )
            throttle.record_success(RECOVERY_LOCATOR)
            # the recovery code holds every compartment: it completes every grant
            authority_key = (db.keyfile.authority or {}).get("public_key")
            own = Unlocked([db._data_key], dict(recovered.keys), account_id, authority_key)
            user = db._start_session(
                username, db.keyfile.locator(username), own, "session.recovered"
            )
            with db.unit_of_work(user, Permission.CHANGE_OWN_PASSWORD, write=True) as uow:
                uow.audit("keys.slot_written", "account", account_id, detail={"recovery": True})
                uow.commit()
        except BaseException:
            db.close()
            raise
        return db, user

    @classmethod
    def _open_at(
        cls,
        opening: _Opening,
        keyfile: KeyFile,
        candidates: list[bytes],
        clock: Callable[[], float],
        verify_pages_first: bool = False,
    ) -> Database:
        if opening.server is None:
            assert opening.paths is not None and opening.gate is not None
            assert opening.placement is not None
            return cls._open_unlocked(
                opening.paths,
                keyfile,
                candidates,
                clock,
                opening.placement,
                opening.gate,
                verify_pages_first,
            )
        assert opening.engine is not None
        return cls._open_on_server(opening.server, opening.engine, keyfile, candidates, clock)

    @classmethod
    def _open_on_server(
        cls,
        address: ServerAddress,
        engine: Engine,
        keyfile: KeyFile,
        candidates: list[bytes],
        clock: Callable[[], float],
    ) -> Database:
        """The server's rows are not encrypted as a whole: the data key is the one whose
        MAC the key file document carries (a slot's keys that do not sign it open
        nothing here). Then the binding, the schema and the workstation's audit head, as
        for a file (no page check, no rotation to finish: see rotate_data_key)."""
        data_key = next((dk for dk in candidates if keyfile.mac_valid(dk)), None)
        if data_key is None:
            raise KeyFileDamaged()
        paths = workstation_paths(keyfile.database_id)
        db = cls(paths, keyfile, data_key, engine, clock, server=address)
        try:
            with server_errors():
                db._check_binding()
                db._bring_schema_up_to_date()
                db._establish_authority()
                with db._session() as s:
                    if audit_chain.read_head(paths.audit_head) is None:
                        # this workstation's first sign-in: nothing to compare with yet
                        newest = s.get(AuditEntry, audit_chain.last_seq(s))
                        if newest is not None:
                            audit_chain.write_head(paths, db.database_id, newest.seq, newest.mac)
                    db.head_problem = audit_chain.head_problem(s, paths, db.database_id)
        except BaseException:
            db.close()
            raise
        return db

    @classmethod
    def _open_unlocked(
        cls,
        paths: DatabasePaths,
        keyfile: KeyFile,
        candidates: list[bytes],
        clock: Callable[[], float],
        placement: location.Verdict,
        gate: WriterGate,
        verify_pages_first: bool = False,
    ) -> Database:
        """Find which unwrapped key opens the file, check the key file's MAC and the
        binding between the two, then bring the schema up to date; a database of before
        0012 gets its authority here (_establish_authority)."""
        check_file_before_open(paths.database)
        engine = data_key = None
        for dk in candidates:
            candidate = make_engine(paths.database, dk)
            try:
                verify_readable(candidate)
            except DatabaseDamaged:
                candidate.dispose()
                continue
            engine, data_key = candidate, dk
            break
        if engine is None or data_key is None:
            raise DatabaseDamaged()
        if placement.shared:
            location.use_rollback_journal(engine)
        db = cls(paths, keyfile, data_key, engine, clock, gate)
        try:
            if not any(keyfile.mac_valid(dk) for dk in candidates):
                raise KeyFileDamaged()
            with storage_errors(paths.database):
                db._check_binding()
                if verify_pages_first:
                    with engine.connect() as conn:
                        problems = page_problems(conn)
                        conn.rollback()
                    if problems:
                        raise DatabaseDamaged()
                db._bring_schema_up_to_date()
                if keyfile.envelope_count() > 1:
                    db._finish_rotation()
                db._establish_authority()
                with db._session() as s:
                    db.head_problem = audit_chain.head_problem(s, paths, db.database_id)
        except BaseException:
            db.close()
            raise
        return db

    def _check_binding(self) -> None:
        try:
            with Session(self.engine) as s:
                info = s.get(DatabaseInfo, 1)
        except DBAPIError as exc:
            raise translate_db_error(exc, self.paths.database) from None
        if info is None or info.database_id != self.keyfile.database_id:
            raise DatabaseDamaged()

    def _bring_schema_up_to_date(self) -> None:
        """An older schema is upgraded at sign-in, after a verified backup of it as it
        was (`before-upgrade-...` in the backups folder): a file's beside it; a server's
        in this workstation's folder for that server database (storage/server_store.py),
        the same backup format, its rows copied as the older schema has them
        (storage/server_copy.py). A server upgrade also runs in one transaction (its DDL
        is transactional), so a failed one leaves the schema as it was; the backup is
        for an upgrade that succeeds and is then found wrong. When the backup cannot be
        written (a full disk, a row that differs) the upgrade does not run: the sign-in
        fails with the backup's own message, and nothing on the server was changed."""
        with self.engine.connect() as conn:
            level = migrate.schema_level(conn)
            conn.rollback()
        if level.up_to_date:
            return
        stamp = utcnow().strftime("%Y%m%d-%H%M%S")
        base = f"before-upgrade-{level.current}-to-{level.head}-{stamp}"
        dest = self.paths.backup_dir / f"{base}{BACKUP_SUFFIX}"
        n = 1
        while dest.exists():  # a second try within the same second (after a full disk)
            n += 1
            dest = self.paths.backup_dir / f"{base}-{n}{BACKUP_SUFFIX}"
        self.write_backup(dest)
        migrate.upgrade(self.engine)
        self._seal_after_upgrade()

    def _finish_rotation(self) -> None:
        """A rotation was cut off: keep the key that opens the file and drop the other
        envelope (the audit chain does not depend on the data key)."""
        keep = self.keyfile.resealed([self._data_key])
        self.keyfile = self._keys.replace(lambda _current: keep, self._data_key)

    def _establish_authority(self) -> None:
        """A database of before 0012 (no audit state yet): make the ADMIN key and the
        authority, seal the ADMIN key into the slots of the accounts stored as active
        administrators and into the recovery slots, sign every account as stored, and
        re-chain the existing audit log on a forward-secure chain (after checking it under
        its old key). This trusts the roles as they are at the upgrade, once.

        Refused when a slot is already bound to an authority: then the audit state or the
        authority was removed on purpose, and re-establishing would launder it."""
        with self._session() as s:
            state = s.get(AuditState, 1)
        if state is not None:
            if self.keyfile.authority is None:
                raise KeyFileDamaged()
            return
        if self.keyfile.slots_bound_to_authority():
            raise DatabaseDamaged()
        # the ADMIN compartment key the compartments' upgrade has just made, if it ran now
        admin_key = self._bootstrap_keys.key(Compartment.ADMIN) or authority.new_admin_key()
        founding = authority.new_authority(admin_key, self.database_id)
        signer = authority.open_signer(founding, admin_key, self.database_id)
        assert signer is not None
        with self._session(write=True) as s:
            head_was_fine = audit_chain.head_problem(s, self.paths, self.database_id) is None
            legacy = audit_chain.verify_legacy_chain(s, audit_chain.legacy_key(self._data_key))
            admins: set[str] = set()
            for acc in s.execute(select(Account)).scalars():
                locator = self.keyfile.locator(acc.username)
                acc.seal_version += 1
                acc.seal = authority.sign_account(signer, *self._seal_facts(acc))
                if acc.active and acc.role == Role.ADMIN.value:
                    admins.add(locator)

            # the key file first: a crash before the commit below leaves no audit state
            # and no bound slot, so the next opening does all this again
            def change(kf: KeyFile) -> KeyFile:
                kf = kf.with_authority(founding.as_dict())
                for slot_id in kf.slot_ids():
                    held = slot_id in admins or slot_id in kf.slot_ids("recovery")
                    if held:
                        kf = kf.granted(slot_id, Compartment.ADMIN.value, admin_key)
                    else:
                        kf = kf.revoked(slot_id, Compartment.ADMIN.value)
                return kf

            self.update_keyfile(change)
            self._opening_keys = CompartmentKeys(
                {**self._bootstrap_keys.keys, Compartment.ADMIN.value: admin_key}
            )
            audit_chain.rechain(s, audit_chain.new_first_key(), admin_key, self.database_id)
            detail: dict[str, Any] = {"entries": legacy.entries}
            if not legacy.ok:
                detail["old_chain_first_bad_seq"] = legacy.first_bad_seq
            entry = audit_chain.append(
                s,
                at=utcnow(),
                account_id=None,
                role=None,
                action="keys.authority_established",
                outcome="ok" if legacy.ok else "warning",
                detail=detail,
            )
            s.commit()
        if head_was_fine:
            audit_chain.write_head(self.paths, self.database_id, entry.seq, entry.mac)

    # --- sessions ----------------------------------------------------------------------

    @contextmanager
    def _session(self, write: bool = False) -> Iterator[Session]:
        """A session; `write`: the writers' lock first (SQLite's BEGIN IMMEDIATE, the
        server's advisory lock: storage/server.py)."""
        bind = self.engine.execution_options(**IMMEDIATE) if write else self.engine
        session = Session(bind, expire_on_commit=False)
        errors = server_errors() if self.server is not None else storage_errors(self.paths.database)
        try:
            with errors:
                yield session
        finally:
            session.close()

    def _issue(
        self,
        account_id: int,
        username: str,
        display_name: str,
        role: Role,
        keys: CompartmentKeys = NO_KEYS,
    ) -> SignedInUser:
        token = secrets.token_hex(16)
        self._sessions[token] = account_id
        self._session_keys[token] = keys.only(compartments_of(role))
        return SignedInUser(account_id, username, display_name, role, token)

    def _refusal(
        self, s: Session, acc: Account | None, opened: Unlocked, admin_key: bytes | None
    ) -> str | None:
        """Why this account may not sign in with this slot, or None; refused like a wrong
        password (and audited):
        - an account whose role or active flag was edited outside Oberih, or put back
          as an administrator once signed it (an older version than the log records);
        - a slot naming another account, or any slot bound to another authority than
          the key file's (a replaced authority cannot live beside colleagues' slots);
        - an administrator's slot without the genuine ADMIN key: a slot planted under
          her name by someone who had only the data key."""
        if acc is None or not acc.active:
            return "inactive"
        if not self.account_sealed(acc):
            return "account_seal"
        if self.seal_replayed(s, acc):
            return "account_replayed"
        public = (self.keyfile.authority or {}).get("public_key")
        if opened.account is not None and opened.account != acc.id:
            return "slot_account"
        if opened.authority is not None and opened.authority != public:
            return "slot_authority"
        if any(bound != public for bound in self.keyfile.authorities_bound()):
            return "slot_authority"
        if acc.role == Role.ADMIN.value and self._genuine_admin_key(admin_key) is None:
            return "admin_key"
        return None

    def _start_session(
        self,
        username: str,
        locator: str,
        unlocked: Unlocked,
        action: str = "session.signed_in",
    ) -> SignedInUser:
        name = clean_username(username)
        pending = self.throttle.pending()
        keys = CompartmentKeys(unlocked.compartments)
        if self._opening_keys.keys:  # granted to her slot after it was read (upgrade)
            keys = CompartmentKeys({**keys.keys, **self._opening_keys.keys})
            self._opening_keys = NO_KEYS
        admin_key = keys.key(Compartment.ADMIN)
        with self._session(write=True) as s:
            accounts = s.execute(select(Account)).scalars().all()
            by_locator = {self.keyfile.locator(a.username): a for a in accounts}
            self._record_failures(s, pending, by_locator)
            acc = next((a for a in accounts if a.username == name), None)
            self._notice_clock_moved_back(s, acc)
            self._notice_throttle_reset(s, acc, len(pending))
            self._note_head_problem(s, acc)
            refusal = self._refusal(s, acc, unlocked, admin_key)
            if refusal is not None:
                entry = audit_chain.append(
                    s,
                    at=utcnow(),
                    account_id=acc.id if acc else None,
                    role=acc.role if acc else None,
                    action="session.sign_in_refused",
                    outcome="denied",
                    detail=None if refusal == "inactive" else {"reason": refusal},
                )
                s.commit()
                self._advance_head(entry.seq, entry.mac)
                self.throttle.clear_pending(pending)
                self.throttle.record_failure(locator, self.clock())
                raise AuthenticationFailed()
            assert acc is not None
            entry = audit_chain.append(
                s,
                at=utcnow(),
                account_id=acc.id,
                role=acc.role,
                action=action,
                target_type="account",
                target_id=acc.id,
            )
            s.commit()
            self._advance_head(entry.seq, entry.mac)
            user = self._issue(acc.id, acc.username, acc.display_name, Role(acc.role), keys)
            self._grant_after_sign_in(s, acc, keys)
        if keys.keys and self._plain_values_left():  # a cut-off upgrade: seal what she can
            self._seal_plain(keys)
        self.throttle.clear_pending(pending)
        self.throttle.record_success(locator)
        return user

    def _note_head_problem(self, s: Session, acc: Account | None) -> None:
        """A head file found missing, older or foreign at opening is recorded once in the
        log (and reported by `check` and the audit view until accepted)."""
        if self.head_problem is None or self._head_problem_noted:
            return
        self._head_problem_noted = True
        _warn(s, acc, "audit.head_problem", {"problem": self.head_problem})

    def accept_head(self, seq: int, mac: str) -> None:
        """An administrator accepted the database as it is: its newest entry becomes the
        head (audit.accept_head checks who and audits it)."""
        audit_chain.write_head(self.paths, self.database_id, seq, mac)
        self.head_problem = None

    def _grant_after_sign_in(self, s: Session, acc: Account, keys: CompartmentKeys) -> None:
        """Her sign-in completes the grants her keys can complete (complete_grants). A
        failure here must not refuse her sign-in: the next holder's sign-in tries again."""
        try:
            entry = self.complete_grants(s, acc, keys)
            if entry is not None:
                s.commit()
                self._advance_head(entry.seq, entry.mac)
        except (OSError, Timeout, KeyFileDamaged) as exc:
            s.rollback()
            fault = exc if isinstance(exc, StorageIOError) else StorageIOError()
            self.after_commit_warnings.append(AfterCommitProblem("compartment_grants", fault))

    def _notice_clock_moved_back(self, s: Session, acc: Account | None) -> None:
        """A clock more than a day behind the newest audit entry is recorded in the log:
        entries after it would otherwise look older than they are, unexplained."""
        newest = s.execute(select(func.max(AuditEntry.at))).scalar_one()
        now = utcnow()
        if newest is None or newest - now <= CLOCK_BACK_TOLERANCE:
            return
        _warn(s, acc, "clock.moved_back", {"behind_seconds": int((newest - now).total_seconds())})

    def _notice_throttle_reset(self, s: Session, acc: Account | None, handled: int) -> None:
        """Compare the throttle file with the copy of its state this database kept at the
        last sign-in (storage/throttle.py): a file deleted, replaced, rolled back or edited
        is recorded in the audit log for the administrator, never reset silently. Then
        keep the state seen now."""
        snapshot = self.throttle.snapshot()
        ledger = s.get(Setting, throttle_ledger.LEDGER_KEY)
        why = throttle_ledger.disagreement(snapshot, ledger.value if ledger else None)
        if why is not None:
            _warn(s, acc, "throttle.reset_detected", {"why": why})
        if snapshot.file_id is None or snapshot.damaged:
            self.throttle.record_success("")  # write the file whole again, with an id
            snapshot = self.throttle.snapshot()
        if snapshot.file_id is not None and self.keyfile.throttle_id != snapshot.file_id:
            new_id = snapshot.file_id  # an older key file, or the file replaced: noted above
            self.update_keyfile(lambda kf: kf.with_throttle_id(new_id))
            self.throttle.expected_id = new_id
        value = throttle_ledger.ledger_value(snapshot, max(0, snapshot.pending - handled))
        if ledger is None:
            s.add(Setting(key=throttle_ledger.LEDGER_KEY, value=value))
        else:
            ledger.value = value

    def _record_failures(
        self, s: Session, pending: list[PendingFailure], by_locator: dict[str, Account]
    ) -> None:
        for failure in pending:
            acc = by_locator.get(failure.locator)
            audit_chain.append(
                s,
                at=datetime.fromtimestamp(failure.at, UTC).replace(tzinfo=None),
                account_id=acc.id if acc else None,
                role=acc.role if acc else None,
                action="session.sign_in_failed"
                if failure.locator != RECOVERY_LOCATOR
                else "session.recovery_failed",
                outcome="denied",
            )

    def sign_in_again(self, username: str, password: str) -> SignedInUser:
        """Sign in on an already unlocked database (switching user at the lock screen)."""
        locator = self.keyfile.locator(username)
        wait = self.throttle.wait_remaining(locator, self.clock())
        if wait > 0:
            raise LoginThrottled(wait)
        unlocked = self._open_slot(username, password)
        if unlocked is None:
            self.throttle.record_failure(locator, self.clock())
            raise AuthenticationFailed()
        return self._start_session(username, locator, unlocked)

    def sign_out(self, user: SignedInUser) -> None:
        self._session_keys.pop(user.token, None)
        if self._sessions.pop(user.token, None) is None:
            return
        if not self._sessions:  # nobody signed in: no names stay in memory
            self.client_directory.forget()
        with self._session(write=True) as s:
            entry = audit_chain.append(
                s,
                at=utcnow(),
                account_id=user.account_id,
                role=user.role.value,
                action="session.signed_out",
            )
            s.commit()
            self._advance_head(entry.seq, entry.mac)

    @contextmanager
    def unit_of_work(
        self, user: SignedInUser, permission: Permission, write: bool = False
    ) -> Iterator[UnitOfWork]:
        """Check that `user` is signed in here, still active, and that her role (as stored
        now) holds `permission`, before any data is read. Denials are audited."""
        if self.stop_requested is not None and self.stop_requested.is_set():
            raise Stopped()
        account_id = self._sessions.get(user.token)
        if account_id is None or account_id != user.account_id:
            raise PermissionDenied(permission.value)
        # Never nest sessions: one connection per thread means they would share it.
        denied = False
        reason: str | None = None
        with self._session(write=write) as s:
            acc = s.get(Account, account_id)
            role = Role(acc.role) if acc is not None else None
            if acc is None or not acc.active or role is None or not allowed(role, permission):
                denied = True
            elif not self.account_sealed(acc):  # role or active flag edited outside Oberih
                denied = True
                reason = "account_seal"
            else:
                actor = replace(user, role=role, display_name=acc.display_name)
                keys = self.keys_of(user).only(compartments_of(role))
                yield UnitOfWork(self, s, actor, write, keys)
        if denied:
            self._audit_denial(user, permission, reason)
            raise PermissionDenied(permission.value)

    def _audit_denial(
        self, user: SignedInUser, permission: Permission, reason: str | None = None
    ) -> None:
        detail = {"permission": permission.value}
        if reason is not None:
            detail["reason"] = reason
        with self._session(write=True) as s:
            entry = audit_chain.append(
                s,
                at=utcnow(),
                account_id=user.account_id,
                role=user.role.value,
                action="permission.denied",
                outcome="denied",
                detail=detail,
            )
            s.commit()
            self._advance_head(entry.seq, entry.mac)

    def verify_password(self, user: SignedInUser, password: str) -> None:
        """Unlocking the lock screen: the password of the user who is signed in."""
        locator = self.keyfile.locator(user.username)
        wait = self.throttle.wait_remaining(locator, self.clock())
        if wait > 0:
            raise LoginThrottled(wait)
        if user.token not in self._sessions or not self.password_opens(user.username, password):
            self.throttle.record_failure(locator, self.clock())
            raise AuthenticationFailed()
        self.throttle.record_success(locator)

    # --- closing -----------------------------------------------------------------------

    def close(self) -> None:
        self._sessions.clear()
        self._session_keys.clear()
        self._bootstrap_keys = NO_KEYS
        self.client_directory.forget()
        self.engine.dispose()
        if self._gate is not None:
            self._gate.release()
            self._gate = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _warn(s: Session, acc: Account | None, action: str, detail: dict[str, Any]) -> None:
    """Something found at sign-in that the administrator should see in the log (a head
    problem, a clock set back, a throttle file reset): one warning entry, by whoever signs in."""
    audit_chain.append(
        s,
        at=utcnow(),
        account_id=acc.id if acc else None,
        role=acc.role if acc else None,
        action=action,
        outcome="warning",
        detail=detail,
    )
