"""Errors the user can meet, each with a translated one-line message and an exit code.

Messages never carry client data, usernames or keys: an error text may end up in a log.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from shelter_app.i18n import fill


class ExitCode:
    OK = 0
    CHECK_FAILED = 1
    USAGE = 2
    AUTH_FAILED = 3
    KEY_FILE_MISSING = 4
    KEY_FILE_DAMAGED = 5
    DATABASE_DAMAGED = 6
    DATABASE_MISSING = 7
    PERMISSION_DENIED = 8
    DATABASE_IN_USE = 9
    SCHEMA_TOO_NEW = 10
    THROTTLED = 11
    INVALID_INPUT = 12
    ALREADY_EXISTS = 13
    DISK_FULL = 14
    READ_ONLY = 15
    ACCESS_DENIED = 16
    IO_ERROR = 17


class OberihError(Exception):
    """Base for expected failures. `str(err)` is the translated user message."""

    exit_code = ExitCode.CHECK_FAILED

    def user_message(self) -> str:
        raise NotImplementedError

    def __str__(self) -> str:
        return self.user_message()


class AuthenticationFailed(OberihError):
    exit_code = ExitCode.AUTH_FAILED

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors", "Wrong username or password, or the account is deactivated."
        )


class RecoveryCodeWrong(OberihError):
    exit_code = ExitCode.AUTH_FAILED

    def user_message(self) -> str:
        return QCoreApplication.translate("errors", "The recovery code is not correct.")


class RestoreNotAllowed(OberihError):
    """The password opened the backup but is not an active administrator's in it."""

    exit_code = ExitCode.AUTH_FAILED

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "A backup is restored with the password of one of its administrators or with "
            "the recovery code; nothing was changed.",
        )


class LoginThrottled(OberihError):
    exit_code = ExitCode.THROTTLED

    def __init__(self, seconds: float):
        super().__init__(seconds)
        self.seconds = max(1, math.ceil(seconds))

    def user_message(self) -> str:
        # "%1 s", not a %n plural: the Qt 6.11 lupdate does not mark plurals of
        # QCoreApplication.translate, so Ukrainian plural forms would be lost
        return fill(
            QCoreApplication.translate("errors", "Too many failed attempts. Try again in %1 s."),
            str(self.seconds),
        )


class KeyFileMissing(OberihError):
    exit_code = ExitCode.KEY_FILE_MISSING

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors", "The key file next to the database is missing; the database cannot be opened."
        )


class KeyFileDamaged(OberihError):
    exit_code = ExitCode.KEY_FILE_DAMAGED

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors", "The key file is damaged or was altered; nothing was changed."
        )


class DatabaseMissing(OberihError):
    exit_code = ExitCode.DATABASE_MISSING

    def user_message(self) -> str:
        return QCoreApplication.translate("errors", "No database at this path.")


class DatabaseDamaged(OberihError):
    exit_code = ExitCode.DATABASE_DAMAGED

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "The database file is damaged or does not belong to this key file; "
            "nothing was changed.",
        )


class NotADatabase(OberihError):
    exit_code = ExitCode.DATABASE_DAMAGED

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors", "This file is not an Oberih database; nothing was changed."
        )


class DatabaseInUse(OberihError):
    exit_code = ExitCode.DATABASE_IN_USE

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors", "Oberih already has this database open, on this or another computer."
        )


class DatabaseBusy(OberihError):
    exit_code = ExitCode.DATABASE_IN_USE

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors", "The database is busy with another program; try again in a moment."
        )


class SchemaTooNew(OberihError):
    exit_code = ExitCode.SCHEMA_TOO_NEW

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "This database was made by a newer version of Oberih; update the program "
            "before opening it.",
        )


class AlreadyExists(OberihError):
    exit_code = ExitCode.ALREADY_EXISTS

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors", "A database already exists at this path; nothing was changed."
        )


class PermissionDenied(OberihError):
    exit_code = ExitCode.PERMISSION_DENIED

    def __init__(self, permission: str = ""):
        super().__init__(permission)
        self.permission = permission

    def user_message(self) -> str:
        return QCoreApplication.translate("errors", "Your role does not allow this action.")


class CompartmentLocked(PermissionDenied):
    """A sealed value her key slot does not open (or not yet: a pending grant)."""

    def __init__(self, compartment: str = ""):
        super().__init__(f"compartment:{compartment}")
        self.compartment = compartment

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "Your key does not open this part of the records. If your role should see it, "
            "it opens after a colleague who holds it signs in.",
        )


class SealedValueDamaged(OberihError):
    """A sealed value that does not open under its key: altered, or moved from another
    row or column. The rest of the record still opens."""

    exit_code = ExitCode.DATABASE_DAMAGED

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "A protected value in this record does not open: it was altered or moved. "
            "Run the integrity check and tell the administrator.",
        )


class InvalidInput(OberihError):
    """Bad input from the user. `field` names the form field, for the GUI."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message, field)
        self.message = message
        self.field = field

    def user_message(self) -> str:
        return self.message


class BackupRefused(OberihError):
    """The file is not a backup of ours, or it is damaged."""

    exit_code = ExitCode.DATABASE_DAMAGED

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "This file is not a usable Oberih backup (damaged or foreign); nothing was changed.",
        )


class BackupFailed(OberihError):
    exit_code = ExitCode.CHECK_FAILED

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors", "The backup could not be written and verified; no backup file was left."
        )


# --- storage faults: told apart from damage (issue 18) -------------------------------
# A full or read-only drive is not a damaged database: a worker told "damaged" may restore
# a day-old backup over a good file. Only a failed page HMAC or page check says damaged.


class StorageFault(OberihError):
    """The drive refused a read or write; the database itself may be whole."""


class DiskFull(StorageFault):
    exit_code = ExitCode.DISK_FULL

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "The drive is full. Free some space and try again; what was saved before is intact.",
        )


class StorageReadOnly(StorageFault):
    exit_code = ExitCode.READ_ONLY

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "The drive or folder is read-only, so nothing could be written; nothing was changed.",
        )


class StorageAccessDenied(StorageFault):
    exit_code = ExitCode.ACCESS_DENIED

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "This computer account may not write to the database folder; nothing was changed.",
        )


class StorageIOError(StorageFault):
    exit_code = ExitCode.IO_ERROR

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "The drive reported a read or write error. The database was not changed; "
            "check the drive (or its cable) and try again.",
        )


class KdfOutOfBounds(KeyFileDamaged):
    """The key file asks for a key derivation cost outside what Oberih ever writes."""


class AfterCommitProblem(OberihError):
    """Not a failure: the save committed, but work after it (the audit head, the export
    register, backup bookkeeping) did not finish. Reported as a warning; it is repaired
    at the next start."""

    exit_code = ExitCode.OK

    def __init__(self, what: str, fault: OberihError):
        super().__init__(what, fault)
        self.what = what
        self.fault = fault

    def user_message(self) -> str:
        what = {
            "audit_head": QCoreApplication.translate("errors", "the audit log's head file"),
            "audit_entry": QCoreApplication.translate("errors", "the audit log entry"),
            "old_backups": QCoreApplication.translate("errors", "removing old automatic backups"),
            "restore_finish": QCoreApplication.translate("errors", "the end of the restore"),
        }.get(self.what, self.what)
        return (
            fill(
                QCoreApplication.translate(
                    "errors",
                    "Saved. Only the follow-up step (%1) did not finish and will be repeated at "
                    "the next start:",
                ),
                what,
            )
            + " "
            + self.fault.user_message()
        )


def classify_os_error(exc: OSError) -> OberihError:
    """The user's error for an OSError that reached the window or the command line
    (a full, read-only or refusing drive), by the same rules as the storage layer."""
    from .storage.faults import from_os_error  # storage imports this module

    return from_os_error(exc, Path(exc.filename) if isinstance(exc.filename, str) else None)


class ServerAddressInvalid(OberihError):
    """A --server address Oberih cannot use (not postgresql://, no database named)."""

    exit_code = ExitCode.USAGE

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "The server address is not valid: it must look like "
            "postgresql://user@host/database (see the README, 'A server for several "
            "workstations').",
        )


class ServerNotSecure(OberihError):
    """A network connection without a verified certificate (issue 20)."""

    exit_code = ExitCode.USAGE

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "Oberih connects to a server over the network only with TLS and a verified "
            "server certificate (sslmode=verify-full); ask the IT officer for the "
            "centre's certificate.",
        )


class ServerUnreachable(OberihError):
    """The server did not answer, refused the role, or failed the certificate check."""

    exit_code = ExitCode.DATABASE_MISSING

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "The server could not be reached, or it refused this workstation (address, "
            "network, certificate or the installation's server password); ask the IT "
            "officer.",
        )


class NotOnServer(OberihError):
    """Work on the local file that has no meaning on a server (a backup file of the
    whole database, a restore in place): the server's administrator does it there."""

    exit_code = ExitCode.USAGE

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "On a server, backups and restores are made on the server by its "
            "administrator (see the README's server page); nothing was changed.",
        )


class ServerDatabaseEmpty(OberihError):
    """The server database named holds no Oberih database (yet)."""

    exit_code = ExitCode.DATABASE_MISSING

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "errors",
            "The server database holds no Oberih database yet; the IT officer creates it "
            "with: shelter-app init --server URL.",
        )
