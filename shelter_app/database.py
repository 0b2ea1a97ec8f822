"""An opened Oberih database: unlocking with a password or the recovery code, signed-in
users, and units of work that check permissions before touching data.

Like Anki's Collection, this is the one object the GUI and the CLI hold; services are
functions that take it, a signed-in user and plain arguments.
"""

from __future__ import annotations

import contextlib
import functools
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine, event, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from . import __version__, audit_chain, changes
from .errors import (
    AfterCommitProblem,
    AlreadyExists,
    AuthenticationFailed,
    DatabaseDamaged,
    KeyFileDamaged,
    LoginThrottled,
    PermissionDenied,
    RecoveryCodeWrong,
    StorageIOError,
)
from .permissions import Permission, Role, allowed
from .storage import (
    backup_trust,
    faults,
    leftovers,
    location,
    migrate,
    restore_journal,
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
    rekey,
    sqlite_integrity,
    storage_errors,
    translate_db_error,
    verify_readable,
)
from .storage.files import DatabasePaths, private_file, private_folder
from .storage.instance_lock import WriterGate
from .storage.keyfile import (
    KeyFile,
    WrongSecret,
    new_data_key,
    new_recovery_code,
    new_recovery_slot_id,
    normalise_recovery_code,
)
from .storage.schema import Account, AuditEntry, Base, DatabaseInfo, Setting
from .storage.throttle import PendingFailure, Throttle
from .validation import check_password, clean_display_name, clean_username

RECOVERY_LOCATOR = "recovery"
# the computer's clock may be corrected by minutes; a day behind the log is noticed
CLOCK_BACK_TOLERANCE = timedelta(days=1)


def _throttle(
    paths: DatabasePaths, clock: Callable[[], float], keyfile: KeyFile | None = None
) -> Throttle:
    """Waits on the monotonic clock when the wall clock is the real one (a test's fake
    clock keeps the wall-clock rule, capped). The key file names the throttle file that
    belongs with it: another one (or none) means a wait first (storage/throttle.py)."""
    expected = keyfile.throttle_id if keyfile is not None else None
    return Throttle(paths, time.monotonic if clock is time.time else None, expected)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class SignedInUser:
    """Who is acting. Issued only by Database; services accept no other."""

    account_id: int
    username: str
    display_name: str
    role: Role
    token: str = field(repr=False, compare=False)


_TRACKER = "oberih.changes"


class _ChangeTracker:
    """The rows a write session flushed and the tables its statements wrote, as the
    `changes.Changes` that `UnitOfWork.commit` announces."""

    def __init__(self) -> None:
        self.kinds: set[changes.Kind] = set()
        self.client_ids: set[int] = set()
        self.any_client = False

    def table(self, name: str, client_id: object = None) -> None:
        kind = changes.kind_of_table(name)
        if kind is None:
            return
        self.kinds.add(kind)
        if isinstance(client_id, int):
            self.client_ids.add(client_id)
        else:
            self.any_client = True

    def row(self, session: Session, obj: object) -> None:
        table = getattr(obj, "__table__", None)
        name = getattr(table, "name", None)
        if name is not None:
            self.table(name, _client_of(session, obj))

    def take(self) -> changes.Changes:
        result = changes.Changes(
            frozenset(self.kinds), None if self.any_client else frozenset(self.client_ids)
        )
        self.kinds, self.client_ids, self.any_client = set(), set(), False
        return result


def _client_of(session: Session, obj: object, depth: int = 0) -> object:
    """The client a row belongs to: her own row, its `client_id`, or (a bed assignment,
    an attendance mark) its parent's if the parent is in the session already. None:
    not known without a query."""
    table = getattr(obj, "__table__", None)
    if table is None:
        return None
    if table.name == "clients":
        return getattr(obj, "id", None)
    if hasattr(obj, "client_id"):
        return getattr(obj, "client_id", None)
    for fk in table.foreign_keys if depth < 2 else ():
        parent_class = _mapped_classes().get(fk.column.table.name)
        value = getattr(obj, fk.parent.key, None)
        if parent_class is None or value is None:
            continue
        parent = session.identity_map.get(identity_key(parent_class, value))
        if parent is not None:
            found = _client_of(session, parent, depth + 1)
            if found is not None:
                return found
    return None


@functools.cache
def _mapped_classes() -> dict[str, type]:
    return {m.persist_selectable.description: m.class_ for m in Base.registry.mappers}


@event.listens_for(Session, "after_flush")
def _rows_flushed(session: Session, _context: object) -> None:
    tracker = session.info.get(_TRACKER)
    if tracker is None:
        return
    for obj in (*session.new, *session.deleted):
        tracker.row(session, obj)
    for obj in session.dirty:
        if session.is_modified(obj):
            tracker.row(session, obj)


@event.listens_for(Session, "do_orm_execute")
def _statement_run(state) -> None:  # type: ignore[no-untyped-def]
    tracker = state.session.info.get(_TRACKER)
    if tracker is None or not (state.is_insert or state.is_update or state.is_delete):
        return
    name = getattr(getattr(state.statement, "table", None), "name", None)
    if name is not None:
        tracker.table(name)  # which rows is not known: possibly any client's


class UnitOfWork:
    """One user action: a session, the acting user (role as stored now), audit entries
    that commit together with the change. Commit is explicit; leaving without it rolls
    back. What a write commits is announced as a `changes.Changes` (see changes.py)."""

    def __init__(self, db: Database, session: Session, actor: SignedInUser, write: bool):
        self.db = db
        self.session = session
        self.actor = actor
        self.write = write
        self._last_entry: tuple[int, str] | None = None
        self._tracker = _ChangeTracker()
        if write:
            session.info[_TRACKER] = self._tracker

    def audit(
        self,
        action: str,
        target_type: str | None = None,
        target_id: str | int | None = None,
        outcome: str = "ok",
        detail: dict[str, Any] | None = None,
    ) -> None:
        if not self.write:
            raise RuntimeError("audit entries need a write unit of work")
        entry = audit_chain.append(
            self.session,
            self.db.audit_key,
            at=utcnow(),
            account_id=self.actor.account_id,
            role=self.actor.role.value,
            action=action,
            target_type=target_type,
            target_id=target_id,
            outcome=outcome,
            detail=detail,
        )
        self._last_entry = (entry.seq, entry.mac)

    def commit(self) -> None:
        self.session.commit()
        if self._last_entry is not None:
            self.db._advance_head(*self._last_entry)
            self._last_entry = None
        changes.note(self._tracker.take())


class Database:
    def __init__(
        self,
        paths: DatabasePaths,
        keyfile: KeyFile,
        data_key: bytes,
        engine: Engine,
        clock: Callable[[], float] = time.time,
        gate: WriterGate | None = None,
    ):
        self.paths = paths
        self._gate = gate
        self.keyfile = keyfile
        self._data_key = data_key
        self.engine = engine
        self.clock = clock
        self.throttle = _throttle(paths, clock, keyfile)
        self._sessions: dict[str, int] = {}
        self.after_commit_warnings: list[AfterCommitProblem] = []

    def __repr__(self) -> str:  # never show keys
        return f"<Database {self.paths.database.name}>"

    # --- keys --------------------------------------------------------------------------

    @property
    def audit_key(self) -> bytes:
        return audit_chain.audit_key(self._data_key)

    @property
    def database_id(self) -> str:
        return self.keyfile.database_id

    def _advance_head(self, seq: int, mac: str) -> None:
        """After a commit: record the newest entry in the head file. The save has already
        committed, so a failure here (full disk, a lock held too long) must not turn it
        into a reported failure: it becomes a warning, and the next sign-in writes the
        head again (its own entry is newer)."""
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
        carrying only the active administrators' and the recovery slots."""
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

    def _current_keyfile(self) -> KeyFile:
        """The key file as on disk now (another process may have changed it), checked."""
        with FileLock(self.paths.sidecar_lock, timeout=30, mode=0o600):
            current = KeyFile.load(self.paths.key_file)
        if not current.mac_valid(self._data_key):
            raise KeyFileDamaged()
        return current

    def update_keyfile(self, change: Callable[[KeyFile], KeyFile]) -> None:
        """Reload, change and atomically replace the key file under the sidecar lock."""
        with FileLock(self.paths.sidecar_lock, timeout=30, mode=0o600):
            current = KeyFile.load(self.paths.key_file)
            if not current.mac_valid(self._data_key):
                raise KeyFileDamaged()
            self.keyfile = change(current).save(self.paths.key_file, self._data_key)

    def put_user_slot(self, username: str, password: str) -> None:
        """Give `username` a fresh slot opened by `password` (new, changed or reset)."""
        locator = self.keyfile.locator(username)
        self.update_keyfile(lambda kf: kf.with_slot(locator, "user", password, [self._data_key]))

    def remove_user_slot(self, username: str) -> None:
        locator = self.keyfile.locator(username)
        self.update_keyfile(lambda kf: kf.without_slot(locator))

    def password_opens(self, username: str, password: str) -> bool:
        try:
            keys = self.keyfile.unlock(self.keyfile.locator(username), password)
        except WrongSecret:
            return False
        return self._data_key in keys

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
            kf = kf.with_slot(slot_id, "recovery", normalise_recovery_code(code), [self._data_key])
            return kf.marked_pending(slot_id, True)

        self.update_keyfile(change)

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

    def end_sessions_of(self, account_id: int) -> None:
        self._sessions = {t: a for t, a in self._sessions.items() if a != account_id}

    # --- creating and opening ----------------------------------------------------------

    @classmethod
    def initialise(
        cls,
        path: str | Path,
        admin_username: str,
        admin_password: str,
        display_name: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> tuple[Database, SignedInUser, str]:
        """Create a database, its key file, the first administrator and the recovery slot.

        Returns the opened database, the signed-in administrator and the recovery code,
        which is shown once and stored nowhere."""
        paths = DatabasePaths.for_database(path)
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

        data_key = new_data_key()
        keyfile = KeyFile.new()
        code = new_recovery_code()
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
                migrate.upgrade_in(s.connection())
                now = utcnow()
                s.add(
                    DatabaseInfo(
                        id=1,
                        database_id=keyfile.database_id,
                        created_at=now,
                        created_by_version=__version__,
                    )
                )
                fresh = Throttle(paths).create()  # the ledger and key file name this file
                s.add(
                    Setting(
                        key=throttle_ledger.LEDGER_KEY, value=throttle_ledger.ledger_value(fresh)
                    )
                )
                admin = Account(
                    username=username,
                    display_name=name,
                    role=Role.ADMIN.value,
                    active=True,
                    created_at=now,
                    password_changed_at=now,
                )
                s.add(admin)
                s.flush()
                entry = audit_chain.append(
                    s,
                    audit_chain.audit_key(data_key),
                    at=now,
                    account_id=admin.id,
                    role=Role.ADMIN.value,
                    action="database.created",
                    target_type="account",
                    target_id=admin.id,
                )
                admin_id, head = admin.id, (entry.seq, entry.mac)
            keyfile = keyfile.with_slot(
                keyfile.locator(username), "user", admin_password, [data_key]
            )
            keyfile = keyfile.with_slot(
                new_recovery_slot_id(), "recovery", normalise_recovery_code(code), [data_key]
            )
            if fresh.file_id is not None:
                keyfile = keyfile.with_throttle_id(fresh.file_id)
            keyfile = keyfile.save(paths.key_file, data_key)
        except BaseException:
            engine.dispose()
            for leftover in (paths.database, paths.wal, paths.shm, paths.key_file, paths.throttle):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            raise
        db = cls(paths, keyfile, data_key, engine, clock)
        audit_chain.write_head(paths, keyfile.database_id, *head)
        user = db._issue(admin_id, username, name, Role.ADMIN)
        return db, user, code

    @classmethod
    def sign_in(
        cls,
        path: str | Path,
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
        byte for byte as it was."""
        paths = DatabasePaths.for_database(path)
        gate, placement = cls._enter(paths)
        try:
            keyfile = KeyFile.load(paths.key_file)
            locator = keyfile.locator(username)
            throttle = _throttle(paths, clock, keyfile)
            wait = throttle.wait_remaining(locator, clock())
            if wait > 0:
                raise LoginThrottled(wait)
            try:
                candidates = keyfile.unlock(locator, password)
            except WrongSecret:
                throttle.record_failure(locator, clock())
                raise AuthenticationFailed() from None
            db = cls._open_unlocked(
                paths, keyfile, candidates, clock, placement, gate, verify_pages_first
            )
        except BaseException:
            gate.release()
            raise
        try:
            user = db._start_session(username, locator)
        except BaseException:
            db.close()
            raise
        return db, user

    @classmethod
    def sign_in_with_recovery(
        cls,
        path: str | Path,
        code: str,
        admin_username: str,
        new_password: str,
        clock: Callable[[], float] = time.time,
    ) -> tuple[Database, SignedInUser]:
        """The administrator forgot her password: the printed recovery code unlocks the
        database and sets a new password for her account."""
        paths = DatabasePaths.for_database(path)
        username = clean_username(admin_username)
        check_password(new_password, username)
        gate, placement = cls._enter(paths)
        try:
            keyfile = KeyFile.load(paths.key_file)
            throttle = _throttle(paths, clock, keyfile)
            wait = throttle.wait_remaining(RECOVERY_LOCATOR, clock())
            if wait > 0:
                raise LoginThrottled(wait)
            candidates: list[bytes] | None = None
            for slot_id in keyfile.slot_ids("recovery"):
                try:
                    candidates = keyfile.unlock(slot_id, normalise_recovery_code(code))
                    break
                except WrongSecret:
                    continue
            if candidates is None:
                throttle.record_failure(RECOVERY_LOCATOR, clock())
                raise RecoveryCodeWrong()
            db = cls._open_unlocked(paths, keyfile, candidates, clock, placement, gate)
        except BaseException:
            gate.release()
            raise
        try:
            with db._session(write=True) as s:
                acc = s.execute(
                    select(Account).where(Account.username == username)
                ).scalar_one_or_none()
                if acc is None or not acc.active or acc.role != Role.ADMIN.value:
                    raise AuthenticationFailed()
            db.put_user_slot(username, new_password)
            throttle.record_success(RECOVERY_LOCATOR)
            user = db._start_session(username, db.keyfile.locator(username), "session.recovered")
        except BaseException:
            db.close()
            raise
        return db, user

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
        binding between the two, then bring the schema up to date."""
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
                        problems = sqlite_integrity(conn)
                        conn.rollback()
                    if problems:
                        raise DatabaseDamaged()
                db._bring_schema_up_to_date()
                if keyfile.envelope_count() > 1:
                    db._finish_rotation(candidates)
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

    def _finish_rotation(self, candidates: list[bytes]) -> None:
        """A rotation was cut off: keep the key that opens the file, make the audit chain
        verify under it, and drop the other envelope."""
        with self._session(write=True) as s:
            if not audit_chain.verify_chain(s, self.audit_key).ok:
                for other in candidates:
                    if (
                        other != self._data_key
                        and audit_chain.verify_chain(s, audit_chain.audit_key(other)).ok
                    ):
                        audit_chain.remac_all(s, self.audit_key)
                        break
            s.commit()
            result = audit_chain.verify_chain(s, self.audit_key)
        with FileLock(self.paths.sidecar_lock, timeout=30, mode=0o600):
            self.keyfile = self.keyfile.resealed([self._data_key]).save(
                self.paths.key_file, self._data_key
            )
        if result.ok and result.last_seq:
            audit_chain.write_head(self.paths, self.database_id, result.last_seq, result.last_mac)

    # --- sessions ----------------------------------------------------------------------

    @contextmanager
    def _session(self, write: bool = False) -> Iterator[Session]:
        bind = self.engine.execution_options(**IMMEDIATE) if write else self.engine
        session = Session(bind, expire_on_commit=False)
        try:
            with storage_errors(self.paths.database):
                yield session
        finally:
            session.close()

    def _issue(self, account_id: int, username: str, display_name: str, role: Role) -> SignedInUser:
        token = secrets.token_hex(16)
        self._sessions[token] = account_id
        return SignedInUser(account_id, username, display_name, role, token)

    def _start_session(
        self, username: str, locator: str, action: str = "session.signed_in"
    ) -> SignedInUser:
        name = clean_username(username)
        pending = self.throttle.pending()
        with self._session(write=True) as s:
            accounts = s.execute(select(Account)).scalars().all()
            by_locator = {self.keyfile.locator(a.username): a for a in accounts}
            self._record_failures(s, pending, by_locator)
            acc = next((a for a in accounts if a.username == name), None)
            self._notice_clock_moved_back(s, acc)
            self._notice_throttle_reset(s, acc, len(pending))
            if acc is None or not acc.active:
                entry = audit_chain.append(
                    s,
                    self.audit_key,
                    at=utcnow(),
                    account_id=acc.id if acc else None,
                    role=acc.role if acc else None,
                    action="session.sign_in_refused",
                    outcome="denied",
                )
                s.commit()
                self._advance_head(entry.seq, entry.mac)
                self.throttle.clear_pending(pending)
                self.throttle.record_failure(locator, self.clock())
                raise AuthenticationFailed()
            entry = audit_chain.append(
                s,
                self.audit_key,
                at=utcnow(),
                account_id=acc.id,
                role=acc.role,
                action=action,
                target_type="account",
                target_id=acc.id,
            )
            s.commit()
            self._advance_head(entry.seq, entry.mac)
            user = self._issue(acc.id, acc.username, acc.display_name, Role(acc.role))
        self.throttle.clear_pending(pending)
        self.throttle.record_success(locator)
        return user

    def _notice_clock_moved_back(self, s: Session, acc: Account | None) -> None:
        """A clock more than a day behind the newest audit entry is recorded in the log:
        entries after it would otherwise look older than they are, unexplained."""
        newest = s.execute(select(func.max(AuditEntry.at))).scalar_one()
        now = utcnow()
        if newest is None or newest - now <= CLOCK_BACK_TOLERANCE:
            return
        audit_chain.append(
            s,
            self.audit_key,
            at=now,
            account_id=acc.id if acc else None,
            role=acc.role if acc else None,
            action="clock.moved_back",
            outcome="warning",
            detail={"behind_seconds": int((newest - now).total_seconds())},
        )

    def _notice_throttle_reset(self, s: Session, acc: Account | None, handled: int) -> None:
        """Compare the throttle file with the copy of its state this database kept at the
        last sign-in (storage/throttle.py): a file deleted, replaced, rolled back or edited
        is recorded in the audit log for the administrator, never reset silently. Then
        keep the state seen now."""
        snapshot = self.throttle.snapshot()
        ledger = s.get(Setting, throttle_ledger.LEDGER_KEY)
        why = throttle_ledger.disagreement(snapshot, ledger.value if ledger else None)
        if why is not None:
            audit_chain.append(
                s,
                self.audit_key,
                at=utcnow(),
                account_id=acc.id if acc else None,
                role=acc.role if acc else None,
                action="throttle.reset_detected",
                outcome="warning",
                detail={"why": why},
            )
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
                self.audit_key,
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
        if not self.password_opens(username, password):
            self.throttle.record_failure(locator, self.clock())
            raise AuthenticationFailed()
        return self._start_session(username, locator)

    def sign_out(self, user: SignedInUser) -> None:
        if self._sessions.pop(user.token, None) is None:
            return
        with self._session(write=True) as s:
            entry = audit_chain.append(
                s,
                self.audit_key,
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
        account_id = self._sessions.get(user.token)
        if account_id is None or account_id != user.account_id:
            raise PermissionDenied(permission.value)
        # Never nest sessions: one connection per thread means they would share it.
        denied = False
        with self._session(write=write) as s:
            acc = s.get(Account, account_id)
            role = Role(acc.role) if acc is not None else None
            if acc is None or not acc.active or role is None or not allowed(role, permission):
                denied = True
            else:
                actor = replace(user, role=role, display_name=acc.display_name)
                yield UnitOfWork(self, s, actor, write)
        if denied:
            self._audit_denial(user, permission)
            raise PermissionDenied(permission.value)

    def _audit_denial(self, user: SignedInUser, permission: Permission) -> None:
        with self._session(write=True) as s:
            entry = audit_chain.append(
                s,
                self.audit_key,
                at=utcnow(),
                account_id=user.account_id,
                role=user.role.value,
                action="permission.denied",
                outcome="denied",
                detail={"permission": permission.value},
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

    # --- data key rotation -------------------------------------------------------------

    def rotate_data_key(self, uow_actor: SignedInUser) -> None:
        """Re-encrypt the database under a new data key and reseal every slot.

        Crash-safe in four steps: (1) the key file gains the new key beside the old one;
        (2) the audit chain is re-signed under the new key; (3) PRAGMA rekey; (4) the old
        key is dropped from the key file. Opening after a crash at any step finds the key
        that works and finishes the job (_finish_rotation)."""
        old_key, new_key = self._data_key, new_data_key()
        with self._session(write=True) as s:
            if not audit_chain.verify_chain(s, self.audit_key).ok:
                raise DatabaseDamaged()  # re-signing would launder a tampered chain
        self.update_keyfile(lambda kf: kf.resealed([old_key, new_key]))
        with self._session(write=True) as s:
            audit_chain.remac_all(s, audit_chain.audit_key(new_key))
            entry = audit_chain.append(
                s,
                audit_chain.audit_key(new_key),
                at=utcnow(),
                account_id=uow_actor.account_id,
                role=uow_actor.role.value,
                action="keys.rotated",
            )
            seq, mac = entry.seq, entry.mac
            s.commit()
        audit_chain.write_head(self.paths, self.database_id, seq, mac)
        rekey(self.engine, new_key)
        self.engine.dispose()
        self.engine = make_engine(self.paths.database, new_key)
        verify_readable(self.engine)
        self._data_key = new_key
        with FileLock(self.paths.sidecar_lock, timeout=30, mode=0o600):
            self.keyfile = self.keyfile.resealed([new_key]).save(self.paths.key_file, new_key)

    # --- closing -----------------------------------------------------------------------

    def close(self) -> None:
        self._sessions.clear()
        self.engine.dispose()
        if self._gate is not None:
            self._gate.release()
            self._gate = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
