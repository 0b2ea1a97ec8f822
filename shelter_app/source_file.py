"""A local database opened for reading only, with one account's password (issue 20: the
file a move to a server copies, which it must leave exactly as it was).

A normal sign-in writes: an audit entry, the head file, the throttle file, a schema
upgrade. This opening writes nothing on success: the slot is unwrapped from the key file,
the file is read through an immutable engine while the writer gate is held exclusively
(storage/read_only.py), and the account is checked as a sign-in checks it (active,
sealed by the administrators' authority, not an older seal put back, the slot bound to
her, an administrator's ADMIN key genuine). A wrong password is still counted in the
throttle file, as at any sign-in: the file itself is not touched.

What the account may do with it is the caller's check (server_move.py)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from . import authority
from .compartments import Compartment
from .database import Database
from .errors import (
    AuthenticationFailed,
    DatabaseDamaged,
    KeyFileDamaged,
    LoginThrottled,
    SourceNotCurrent,
)
from .permissions import Role
from .storage import migrate
from .storage.engine import check_file_before_open
from .storage.files import DatabasePaths
from .storage.keyfile import KeyFile, Unlocked, WrongSecret
from .storage.read_only import check_settled, nobody_writing, read_only_engine
from .storage.schema import Account, DatabaseInfo
from .storage.throttle import Throttle
from .validation import clean_username


@dataclass
class SourceFile:
    """The opened file: its read-only engine, who opened it, and the key file's bytes
    (what a server stores as its key slots). `close()` ends the read and frees the gate."""

    paths: DatabasePaths
    engine: Engine
    account_id: int
    username: str
    role: Role
    database_id: str
    key_document: bytes = field(repr=False)
    throttle_document: bytes | None = field(repr=False)  # None: the file has none
    _exit: contextlib.ExitStack = field(repr=False)

    def close(self) -> None:
        self.engine.dispose()
        self._exit.close()

    def __enter__(self) -> SourceFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_read_only(
    path: str | Path, username: str, password: str, clock: Callable[[], float] = time.time
) -> SourceFile:
    """Open `path` for reading with `username`'s password; nothing is written (a wrong
    password is counted in the throttle file, as at every sign-in)."""
    paths = DatabasePaths.for_database(path)
    check_file_before_open(paths.database)
    stack = contextlib.ExitStack()
    try:
        stack.enter_context(nobody_writing(paths))
        check_settled(paths)
        keyfile = KeyFile.load(paths.key_file)
        key_document = paths.key_file.read_bytes()  # the gate keeps it as loaded
        locator = keyfile.locator(username)
        throttle = Throttle(
            paths, time.monotonic if clock is time.time else None, keyfile.throttle_id
        )
        wait = throttle.wait_remaining(locator, clock())
        if wait > 0:
            raise LoginThrottled(wait)
        try:
            unlocked = keyfile.unlock(locator, password)
        except WrongSecret:
            throttle.record_failure(locator, clock())
            raise AuthenticationFailed() from None
        engine, data_key = _engine(paths, keyfile, unlocked)
        stack.callback(engine.dispose)
        try:
            account = _checked_account(paths, keyfile, data_key, engine, username, unlocked)
        except AuthenticationFailed:
            throttle.record_failure(locator, clock())
            raise
        except DBAPIError:
            raise DatabaseDamaged() from None
    except BaseException:
        stack.close()
        raise
    try:
        throttle_document: bytes | None = paths.throttle.read_bytes()
    except FileNotFoundError:
        throttle_document = None
    return SourceFile(
        paths,
        engine,
        account.id,
        account.username,
        Role(account.role),
        keyfile.database_id,
        key_document,
        throttle_document,
        stack,
    )


def _engine(paths: DatabasePaths, keyfile: KeyFile, unlocked: Unlocked) -> tuple[Engine, bytes]:
    """The data key that opens the file and belongs to this key file (its binding and
    the key file's MAC), at this program's schema level."""
    for data_key in unlocked.data_keys:
        engine = read_only_engine(paths.database, data_key)
        try:
            with engine.connect() as conn:
                info = conn.execute(select(DatabaseInfo.database_id)).scalar_one_or_none()
                level = migrate.schema_level(conn)
                conn.rollback()
        except DBAPIError:
            engine.dispose()
            continue
        if info != keyfile.database_id:
            engine.dispose()
            raise DatabaseDamaged()
        if not any(keyfile.mac_valid(k) for k in unlocked.data_keys):
            engine.dispose()
            raise KeyFileDamaged()
        if not level.up_to_date:
            engine.dispose()
            raise SourceNotCurrent()
        return engine, data_key
    raise DatabaseDamaged()


def _checked_account(
    paths: DatabasePaths,
    keyfile: KeyFile,
    data_key: bytes,
    engine: Engine,
    username: str,
    unlocked: Unlocked,
) -> Account:
    """The account as a sign-in accepts it (Database._refusal's rules), or
    AuthenticationFailed; nothing is audited, since nothing may be written."""
    db = Database(paths, keyfile, data_key, engine)  # no gate, no writes: for its checks
    name = clean_username(username)
    with Session(engine) as s:
        acc = s.execute(select(Account).where(Account.username == name)).scalar_one_or_none()
        if acc is None or not acc.active or not db.account_sealed(acc):
            raise AuthenticationFailed()
        if db.seal_replayed(s, acc):
            raise AuthenticationFailed()
        s.expunge(acc)
    public = (keyfile.authority or {}).get("public_key")
    if unlocked.account is not None and unlocked.account != acc.id:
        raise AuthenticationFailed()
    if unlocked.authority is not None and unlocked.authority != public:
        raise AuthenticationFailed()
    if any(bound != public for bound in keyfile.authorities_bound()):
        raise AuthenticationFailed()
    if acc.role == Role.ADMIN.value:
        record = keyfile.authority
        admin_key = unlocked.compartments.get(Compartment.ADMIN.value)
        if record is None or admin_key is None:
            raise AuthenticationFailed()
        founding = authority.Authority(record["public_key"], record["sealed_private"])
        if authority.open_signer(founding, admin_key, keyfile.database_id) is None:
            raise AuthenticationFailed()
    return acc
