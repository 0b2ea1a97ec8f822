"""Who may read the data folder on Windows, where `chmod 0600` protects nothing.

A folder made by `init` gets an explicit access list — SYSTEM, Administrators and the
account that made it, nothing inherited — so another local account cannot copy the
database, key file and backups (they are encrypted, but a copy can be attacked offline
for as long as one likes). A folder that already existed (D:\\Oberih, a FAT stick, the
installer's ProgramData folder) is left as it is, and `init` warns when Everyone, Users
or Authenticated Users may read it. The installer gives its own folder the access list
of the "Oberih users" group instead (packaging/oberih.iss).

Everything goes through `icacls` (part of Windows) with well-known SIDs, whose names are
translated on a Ukrainian Windows; `run` is injectable so the rules are tested anywhere.
Off Windows every function does nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from shelter_app.i18n import fill

Runner = Callable[[Sequence[str]], subprocess.CompletedProcess[bytes]]

# SDDL abbreviations and SIDs of groups that hold every local account
BROAD_GROUPS = {
    "WD": "Everyone",
    "S-1-1-0": "Everyone",
    "BU": "Users",
    "S-1-5-32-545": "Users",
    "AU": "Authenticated Users",
    "S-1-5-11": "Authenticated Users",
}
READ_RIGHTS = {"FA", "FR", "GA", "GR", "FX", "GX"}
FILE_READ_DATA = 0x1
GENERIC_READ = 0x80000000
GENERIC_ALL = 0x10000000
ACE = re.compile(r"\((A|OA);([^;]*);([^;]*);[^;]*;[^;]*;([^;)]*)[^)]*\)")


def _run(args: Sequence[str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # noqa: S603 (icacls with our own arguments)
        list(args), capture_output=True, timeout=60, check=False
    )


def _grants_read(rights: str) -> bool:
    if rights.lower().startswith("0x"):
        mask = int(rights, 16)
        return bool(mask & (FILE_READ_DATA | GENERIC_READ | GENERIC_ALL))
    return any(rights[i : i + 2] in READ_RIGHTS for i in range(0, len(rights), 2))


def broad_readers_in_sddl(sddl: str) -> list[str]:
    """Names of the all-accounts groups an SDDL's allow entries let read, in order."""
    dacl = sddl.split("D:", 1)[1] if "D:" in sddl else sddl
    dacl = dacl.split("S:", 1)[0]  # the audit part (SACL) grants nothing
    found: list[str] = []
    for _kind, _flags, rights, sid in ACE.findall(dacl):
        name = BROAD_GROUPS.get(sid.strip())
        if name and _grants_read(rights) and name not in found:
            found.append(name)
    return found


def broad_readers(folder: Path, run: Runner = _run) -> list[str]:
    """The all-accounts groups that may read `folder` (empty off Windows or when
    icacls cannot tell)."""
    with tempfile.TemporaryDirectory(prefix="oberih-acl-") as scratch:
        saved = Path(scratch) / "acl.txt"
        done = run(["icacls", str(folder), "/save", str(saved), "/c", "/q"])
        if done.returncode != 0 or not saved.exists():
            return []
        text = saved.read_bytes().decode("utf-16", errors="replace")
    # the file holds the folder's name on one line and its SDDL on the next
    lines = [line for line in text.splitlines() if line.strip()]
    return broad_readers_in_sddl(lines[1]) if len(lines) > 1 else []


def restrict_new_folder(folder: Path, run: Runner = _run, user: str | None = None) -> bool:
    """Give a folder `init` has just made an explicit access list; True if icacls did."""
    account = user or _current_account()
    if not account:
        return False
    done = run(
        [
            "icacls",
            str(folder),
            "/inheritance:r",
            "/grant:r",
            "*S-1-5-18:(OI)(CI)F",  # SYSTEM
            "*S-1-5-32-544:(OI)(CI)F",  # Administrators
            f"{account}:(OI)(CI)F",
            "/q",
        ]
    )
    return done.returncode == 0


def _current_account() -> str:
    name = os.environ.get("USERNAME", "")
    domain = os.environ.get("USERDOMAIN", "")
    return f"{domain}\\{name}" if domain and name else name


def on_windows() -> bool:
    return sys.platform == "win32"


def protect_new_folder(folder: Path, run: Runner = _run) -> None:
    """`init` made this folder: on Windows, give it its explicit access list."""
    if on_windows():
        restrict_new_folder(folder, run)


def folder_warning(folder: Path, run: Runner = _run) -> str | None:
    """On Windows, a warning to show when every local account may read `folder`."""
    if not on_windows():
        return None
    readers = broad_readers(folder, run)
    if not readers:
        return None
    return fill(
        QCoreApplication.translate(
            "errors",
            "Warning: every local account (%1) may read the data folder %2. Ask the IT "
            "administrator to limit it to the Oberih users, or use the folder the "
            "installer made.",
        ),
        ", ".join(readers),
        str(folder),
    )
