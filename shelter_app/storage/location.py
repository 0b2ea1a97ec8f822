"""Where a database may live: on this computer's own disk, not on a shared one.

SQLite's locking does not work reliably over SMB/NFS, and WAL needs shared memory that
two hosts cannot share: a database opened from two PCs over a network drive corrupts,
and a folder synced by OneDrive or Dropbox can be uploaded half-written or replaced by an
older copy. So `init` and every open refuse a network file system, a UNC path or mapped
network drive, and a synced folder, with a message saying why — unless the IT
administrator explicitly allows it (OBERIH_ALLOW_SHARED_STORAGE=1), and then the
database uses a rollback journal instead of WAL.

The detector is injectable (`detector`): tests and other systems can swap in their own
without a real network share."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path, PureWindowsPath

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine

from shelter_app.i18n import fill

from ..errors import ExitCode, OberihError
from .engine import raw_cursor

ALLOW_VARIABLE = "OBERIH_ALLOW_SHARED_STORAGE"

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.davfs2",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.s3fs",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "9p",
        "lustre",
        "gpfs",
    }
)
SYNCED_FOLDER_NAMES = ("onedrive", "dropbox", "google drive", "googledrive", "icloud drive")
SYNCED_FOLDER_PARTS = ("mobile documents",)  # macOS iCloud Drive's real folder


class Placement(Enum):
    LOCAL = "local"
    NETWORK = "network"  # a network file system, a UNC path, a mapped network drive
    SYNCED = "synced"  # a folder a sync client uploads (OneDrive, Dropbox, iCloud...)


@dataclass(frozen=True)
class Verdict:
    placement: Placement
    detail: str  # what was seen: a file system type, "UNC path", a folder name — no path

    @property
    def shared(self) -> bool:
        return self.placement is not Placement.LOCAL


Detector = Callable[[Path], Verdict]


class UnsafeLocation(OberihError):
    """The database would be on a network or synced folder."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, verdict: Verdict):
        super().__init__(verdict.placement.value)
        self.verdict = verdict

    def user_message(self) -> str:
        if self.verdict.placement is Placement.SYNCED:
            text = QCoreApplication.translate(
                "errors",
                "The database is in a folder that a sync service uploads (%1): a synced "
                "copy can be half-written or replaced by an older one. Keep it on this "
                "computer's own disk, outside OneDrive, Dropbox or iCloud.",
            )
        else:
            text = QCoreApplication.translate(
                "errors",
                "The database is on a network drive (%1): opened from two computers it "
                "gets corrupted. Keep it on this computer's own disk (or use server mode "
                "for several workstations).",
            )
        return fill(text, self.verdict.detail)


# --- what the system says ---------------------------------------------------------------


def _unescape_mount(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_mounts(lines: Iterable[str]) -> list[tuple[str, str]]:
    """(mount point, file system type) from /proc/mounts lines or macOS `mount` output
    ("//user@host/share on /Volumes/share (smbfs, nodev, ...)")."""
    mounts: list[tuple[str, str]] = []
    for line in lines:
        if " on " in line and " (" in line:  # macOS / BSD
            rest = line.split(" on ", 1)[1]
            point, _sep, options = rest.rpartition(" (")
            mounts.append((point, options.split(",")[0].strip(" )")))
            continue
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((_unescape_mount(fields[1]), fields[2]))
    return mounts


def file_system_type(path: Path, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the file system `path` is on: the longest mount point above it."""
    best: tuple[int, str] | None = None
    text = str(path)
    for point, fstype in mounts:
        inside = text == point or text.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fstype)
    return best[1] if best else None


def _system_mounts() -> list[tuple[str, str]]:
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/mounts", encoding="utf-8", errors="replace") as f:
                return parse_mounts(f)
        except OSError:
            return []
    if sys.platform == "darwin" or "bsd" in sys.platform:
        try:
            out = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=10, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        return parse_mounts(out.splitlines())
    return []


def _windows_drive_is_remote(path: PureWindowsPath) -> bool:
    """A mapped network drive (Z:\\ → \\\\server\\share): GetDriveTypeW says DRIVE_REMOTE."""
    if sys.platform != "win32" or not path.drive:
        return False
    import ctypes

    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(path.drive + "\\") == drive_remote)


def synced_folder(path: Path | PureWindowsPath) -> str | None:
    """The name of a sync client's folder the path lies in, if any. Names, not the
    clients' settings, decide: "OneDrive - Centre", "Dropbox (Personal)", "Google Drive"."""
    for part in path.parts:
        lowered = part.casefold()
        if lowered.startswith(SYNCED_FOLDER_NAMES) or lowered in SYNCED_FOLDER_PARTS:
            return part
    for variable in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        root = os.environ.get(variable)
        if root and _is_within(path, root):
            return "OneDrive"
    return None


def _is_within(path: Path | PureWindowsPath, root: str) -> bool:
    try:
        return Path(os.path.normcase(str(path))).is_relative_to(os.path.normcase(root))
    except ValueError:
        return False


def system_detector(path: Path) -> Verdict:
    """The real detector: UNC path, mapped network drive, network file system, synced
    folder — in that order."""
    text = str(path)
    windows = PureWindowsPath(text)
    if text.startswith(("\\\\", "//")) or windows.drive.startswith("\\\\"):
        return Verdict(Placement.NETWORK, "UNC path")
    if _windows_drive_is_remote(windows):
        return Verdict(Placement.NETWORK, f"network drive {windows.drive}")
    fstype = file_system_type(_existing(path), _system_mounts())
    if fstype is not None and (fstype in NETWORK_FILE_SYSTEMS or fstype.startswith("nfs")):
        return Verdict(Placement.NETWORK, fstype)
    folder = synced_folder(path)
    if folder is not None:
        return Verdict(Placement.SYNCED, folder)
    return Verdict(Placement.LOCAL, fstype or "")


def _existing(path: Path) -> Path:
    """The nearest folder that exists (a new database's folder may not yet)."""
    path = path.absolute()
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate.resolve()
    return path


detector: Detector = system_detector


# --- the rule ---------------------------------------------------------------------------


def shared_storage_allowed() -> bool:
    return os.environ.get(ALLOW_VARIABLE, "").strip().lower() in {"1", "yes", "true"}


def check(path: Path) -> Verdict:
    """Refuse a shared place unless allowed; return what was found (the caller switches
    a shared database to a rollback journal)."""
    verdict = detector(Path(path))
    if verdict.shared and not shared_storage_allowed():
        raise UnsafeLocation(verdict)
    return verdict


def use_rollback_journal(engine: Engine) -> None:
    """WAL's shared-memory index cannot be shared between hosts: a database the
    administrator allowed on a shared drive uses a rollback journal (persistent in the
    file) with the same synchronous=FULL durability."""
    with raw_cursor(engine) as cur:
        mode = cur.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    if str(mode).lower() != "delete":
        raise RuntimeError("could not switch to a rollback journal")
