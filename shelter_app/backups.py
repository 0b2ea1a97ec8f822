"""Backups and restore.

The file format lives in storage/backup_file.py; this module decides who may back up,
audits it, restores, and keeps the automatic generations.

Restore never overwrites in place: the current files are renamed aside under a dated,
unique name and kept; the backup is unpacked beside them under temporary names, checked,
fsynced and then renamed into place, as one journaled operation.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from shelter_app.i18n import fill

from .database import Database, SignedInUser, utcnow
from .errors import AfterCommitProblem, BackupRefused, SchemaTooNew, StorageFault
from .permissions import Permission
from .settings import read_settings
from .storage import backup_trust, faults, migrate, restore_journal
from .storage.backup_file import (
    DATABASE,
    SUFFIX,
    BackupInfo,
    BackupManifest,
    extract_member,
    inspect_backup,
)
from .storage.backup_trust import Opener
from .storage.files import (
    DatabasePaths,
    fsync_dir,
    private_file,
    private_folder,
    replace_retrying,
)
from .storage.instance_lock import InstanceLock, WriterGate
from .storage.keyfile import KeyFile
from .storage.throttle import Throttle

AUTO_PREFIX = "auto-"


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    kept_aside: tuple[Path, ...]
    created_at: datetime
    warnings: tuple[AfterCommitProblem, ...] = ()


def make_backup(db: Database, user: SignedInUser, dest: str | Path) -> BackupInfo:
    """An administrator's backup, audited with the file's SHA-256."""
    with db.unit_of_work(user, Permission.MANAGE_BACKUPS):
        pass
    info = db.write_backup(Path(dest))
    # written and verified: a failure to record it is a warning, not a failed backup
    try:
        with db.unit_of_work(user, Permission.MANAGE_BACKUPS, write=True) as uow:
            uow.audit(
                "backup.created",
                detail={"sha256": info.sha256, "bytes": info.size_bytes, "auto": False},
            )
            uow.commit()
    except StorageFault as fault:
        db.after_commit_warnings.append(AfterCommitProblem("audit_entry", fault))
    return info


def _unlocked(backup: Path, opener: Opener) -> tuple[BackupManifest, KeyFile, bytes]:
    """The backup's manifest and key file, unlocked by `opener` and both MACs checked."""
    manifest = inspect_backup(backup)
    try:
        keys = KeyFile(json.loads(manifest.keys.decode("utf-8")))
    except ValueError:
        raise BackupRefused() from None
    data_key = backup_trust.unlock(keys, opener)
    if manifest.version >= 2 and not backup_trust.manifest_valid(data_key, manifest.document):
        raise BackupRefused()
    if not migrate.is_known_revision(manifest.schema_revision):
        raise SchemaTooNew()
    return manifest, keys, data_key


def check_restore_opener(backup: str | Path, opener: Opener) -> BackupManifest:
    """Before the window signs everyone out: does this password (or code) open the
    backup, and is its manifest authentic? Restore checks it all again."""
    manifest, _keys, _data_key = _unlocked(Path(backup), opener)
    return manifest


def restore_backup(backup: str | Path, database: str | Path, opener: Opener) -> RestoreResult:
    """Put a verified backup in place of `database`, keeping the current files aside.

    `opener` is an administrator of the backup (her password) or the recovery code:
    they unlock the backup's key file, whose MAC and the manifest's are then checked
    (storage/backup_trust.py). Everything that can refuse the backup (format, sizes,
    checksums, MACs, a newer schema, a password that is not an administrator's) does so
    before anything is touched. Then, under the instance lock and the writer gate
    (exclusive: no window or command-line process has the database open), it runs as
    one journaled operation (storage/restore_journal.py): killed at any point, the next
    start or restore finishes it or rolls it back. Everything it writes is 0600."""
    backup = Path(backup)
    manifest, keys, data_key = _unlocked(backup, opener)
    paths = DatabasePaths.for_database(database)
    private_folder(paths.database.parent)
    with InstanceLock(paths):  # refuses while a window has this database open
        gate = WriterGate(paths).acquire_exclusive()  # and while anyone else has it open
        try:
            restore_journal.finish(paths)  # an earlier restore that was cut off
            return _restore_locked(backup, manifest, paths, _Trusted(keys, data_key, opener))
        finally:
            gate.release()


@dataclass(frozen=True)
class _Trusted:
    keys: KeyFile
    data_key: bytes = field(repr=False)
    opener: Opener


def _aside_names(paths: DatabasePaths, stamp: str) -> list[tuple[Path, Path]]:
    """Unique names for the current files: never one that exists (two restores in the
    same second once overwrote the first one's kept copy)."""
    currents = [
        p
        for p in (paths.database, paths.wal, paths.shm, paths.key_file, paths.audit_head)
        if p.exists()
    ]
    n = 0
    while True:
        suffix = f".before-restore-{stamp}" + (f"-{n}" if n else "")
        pairs = [(c, c.with_name(c.name + suffix)) for c in currents]
        if not any(kept.exists() for _, kept in pairs):
            return pairs
        n += 1


def _stage(
    backup: Path,
    manifest: BackupManifest,
    trusted: _Trusted,
    paths: DatabasePaths,
    staged: tuple[Path, Path],
) -> backup_trust.UnpackedFacts:
    """Unpack and check the database part, then write the key file that goes with it:
    only its active administrators' and the recovery slots, naming the sign-in throttle
    file that is here (a new one where there is none), signed again."""
    staged_db, staged_keys = staged
    extract_member(backup, DATABASE, staged_db, manifest.database_sha256)
    facts = backup_trust.read_unpacked(staged_db, trusted.data_key, trusted.keys.database_id)
    backup_trust.check_opener(facts, trusted.opener)
    if manifest.version >= 2 and (facts.audit_seq, facts.audit_mac) != (
        manifest.audit_seq,
        manifest.audit_mac,
    ):
        raise BackupRefused()
    keys = backup_trust.administrators_only(trusted.keys, facts.admin_usernames)
    here = Throttle(paths).snapshot()
    if here.file_id is None:
        here = Throttle(paths).create()
    if here.file_id is not None:
        keys = keys.with_throttle_id(here.file_id)
    with private_file(staged_keys) as sink:
        sink.write(keys.signed(trusted.data_key).to_bytes())
        sink.flush()
        os.fsync(sink.fileno())
    return facts


def _restore_locked(
    backup: Path, manifest: BackupManifest, paths: DatabasePaths, trusted: _Trusted
) -> RestoreResult:
    folder = paths.database.parent
    staged_db = folder / f".{paths.database.name}.restoring-db"
    staged_keys = folder / f".{paths.database.name}.restoring-keys"
    for leftover in (staged_db, staged_keys):  # orphans of a restore killed while staging
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    try:
        facts = _stage(backup, manifest, trusted, paths, (staged_db, staged_keys))
    except BaseException:
        for leftover in (staged_db, staged_keys):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise
    fsync_dir(folder)
    pairs = _aside_names(paths, utcnow().strftime("%Y%m%d-%H%M%S"))
    plan = restore_journal.Plan(
        restore_journal.STAGED,
        tuple((c.name, k.name) for c, k in pairs),
        ((staged_keys.name, paths.key_file.name), (staged_db.name, paths.database.name)),
        {"database_id": manifest.database_id, "seq": facts.audit_seq, "mac": facts.audit_mac},
    )
    restore_journal.write(paths, plan)
    try:
        for current, kept in pairs:
            replace_retrying(current, kept)
        fsync_dir(folder)
        restore_journal.write(paths, replace(plan, phase=restore_journal.PLACING))
    except BaseException:
        # a rename failed half-way (Windows: a file held open elsewhere): put back
        # what was moved, so the database is as it was
        restore_journal.roll_back(paths, plan)
        raise
    warnings: list[AfterCommitProblem] = []
    try:
        restore_journal.roll_forward(paths, plan)
    except OSError as exc:
        # the backup's files may be in place already; the journal stays and the next
        # start (or restore) finishes the job
        warnings.append(
            AfterCommitProblem("restore_finish", faults.from_os_error(exc, paths.database))
        )
    return RestoreResult(
        paths.database, tuple(k for _, k in pairs), manifest.created_at, tuple(warnings)
    )


# --- automatic backups ----------------------------------------------------------------


_AUTO_NAME = re.compile(
    r"^auto-(?:(?P<seq>\d{6,})-)?(?P<day>\d{8})-\d{6}" + re.escape(SUFFIX) + "$"
)


def generation(path: Path) -> int:
    """An automatic backup's own sequence number (0: an older name without one, or not
    an automatic backup). Generations are ordered by it, not by the date in the name or
    the file's time: with the clock moved back, the newest backup once sorted as the
    oldest and was deleted right after it was written."""
    m = _AUTO_NAME.match(path.name)
    return int(m["seq"]) if m and m["seq"] else 0


def _made_on(path: Path) -> str | None:
    m = _AUTO_NAME.match(path.name)
    return m["day"] if m else None


def list_backups(folder: Path) -> list[Path]:
    """Backups in a folder, newest first: automatic ones by their sequence number, the
    others (and automatic ones named before sequence numbers) by name."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: (generation(p), p.name), reverse=True)


def newest_good_backup(folder: Path) -> Path | None:
    for candidate in list_backups(folder):
        try:
            inspect_backup(candidate)
            return candidate
        except BackupRefused:
            continue
    return None


def newest_backup_hint(database: str | Path) -> str:
    """The sentence damage messages end with: where the newest good backup is, if any."""
    newest = newest_good_backup(DatabasePaths.for_database(database).backup_dir)
    if newest is None:
        return ""
    return fill(QCoreApplication.translate("cli", "The newest good backup is %1."), str(newest))


def auto_backup_if_due(db: Database, user: SignedInUser) -> BackupInfo | None:
    """At most one automatic backup a day, meant for closing the app; keeps the newest
    automatic backups (as many as the administrator's setting says, 14 by default) and
    deletes older ones. Any signed-in user's closing may trigger it, so it is the
    application's own duty with nothing to choose: the folder is the database's backup
    folder, the count the administrator's setting and the date the database's clock.
    (It once took a folder, a count and a date from its caller, and any role could
    delete every automatic backup with it.) The backup holds only administrators' and
    the recovery slots. A workstation on a server makes none: the server's
    administrator backs the server up (README)."""
    if db.server is not None:
        return None
    folder = db.paths.backup_dir
    now = datetime.fromtimestamp(db.clock(), UTC).replace(tzinfo=None)
    today = now.strftime("%Y%m%d")
    autos = [p for p in list_backups(folder) if p.name.startswith(AUTO_PREFIX)]
    if any(_made_on(p) == today for p in autos):
        return None
    with db.unit_of_work(user, Permission.CHANGE_OWN_PASSWORD) as uow:
        keep = read_settings(uow.session).backup_generations
    seq = max((generation(p) for p in autos), default=0) + 1
    dest = folder / f"{AUTO_PREFIX}{seq:06d}-{now.strftime('%Y%m%d-%H%M%S')}{SUFFIX}"
    info = db.write_backup(dest, created_at=now)
    # The backup is written and verified: from here on nothing turns it into a failure.
    try:
        with db.unit_of_work(user, Permission.CHANGE_OWN_PASSWORD, write=True) as uow:
            uow.audit(
                "backup.created",
                detail={"sha256": info.sha256, "bytes": info.size_bytes, "auto": True},
            )
            uow.commit()
    except StorageFault as fault:
        db.after_commit_warnings.append(AfterCommitProblem("audit_entry", fault))
    autos = [p for p in list_backups(folder) if p.name.startswith(AUTO_PREFIX)]
    for old in autos[keep:]:
        try:
            old.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            db.after_commit_warnings.append(
                AfterCommitProblem("old_backups", faults.from_os_error(exc, old))
            )
            break
    return info
