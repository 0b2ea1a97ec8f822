"""The data folder's access list on Windows, tested anywhere: icacls is replaced by a
recorder, and the SDDL rules are checked on real icacls /save output shapes. (Nothing
here ran on Windows itself; see README, "Not tested on Windows or macOS".)"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from shelter_app.database import Database
from shelter_app.storage import windows_access
from tests.conftest import ADMIN, ADMIN_PASSWORD

# icacls /save of C:\ProgramData\Oberih as the installer leaves it, and of a folder made
# by hand under D:\ (inheriting "Users: read & execute" and "Authenticated Users: modify")
INSTALLER = "D:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1301bf;;;S-1-5-21-1-2-3-1005)"
HAND_MADE = (
    "D:AI(A;OICIID;FA;;;BA)(A;OICIID;FA;;;SY)(A;OICIID;0x1200a9;;;BU)"
    "(A;ID;0x1301bf;;;AU)(A;OICIIOID;SDGXGWGR;;;AU)"
)


@pytest.mark.parametrize(
    ("sddl", "readers"),
    [
        (INSTALLER, []),
        (HAND_MADE, ["Users", "Authenticated Users"]),
        ("D:(A;;GA;;;WD)", ["Everyone"]),
        ("D:(D;;FA;;;WD)(A;;FA;;;SY)", []),  # a deny entry grants nothing
        ("D:(A;;0x100000;;;BU)", []),  # SYNCHRONIZE only: no reading
        ("D:(A;;FA;;;SY)S:(AU;SAFA;FA;;;WD)", []),  # auditing Everyone is not a grant
    ],
)
def test_broad_readers_in_sddl(sddl: str, readers: list[str]) -> None:
    assert windows_access.broad_readers_in_sddl(sddl) == readers


class FakeIcacls:
    def __init__(self, sddl: str = INSTALLER, code: int = 0) -> None:
        self.calls: list[list[str]] = []
        self.sddl, self.code = sddl, code

    def __call__(self, args: Sequence[str]) -> subprocess.CompletedProcess[bytes]:
        self.calls.append(list(args))
        if "/save" in args:
            target = Path(args[args.index("/save") + 1])
            target.write_bytes(f"oberih\r\n{self.sddl}\r\n".encode("utf-16"))
        return subprocess.CompletedProcess(list(args), self.code, b"", b"")


def test_a_new_folder_gets_system_administrators_and_its_maker(tmp_path) -> None:
    icacls = FakeIcacls()
    assert windows_access.restrict_new_folder(tmp_path, icacls, user="CENTRE\\olena")
    assert icacls.calls == [
        [
            "icacls",
            str(tmp_path),
            "/inheritance:r",
            "/grant:r",
            "*S-1-5-18:(OI)(CI)F",
            "*S-1-5-32-544:(OI)(CI)F",
            "CENTRE\\olena:(OI)(CI)F",
            "/q",
        ]
    ]


def test_a_folder_every_account_may_read_is_warned_about(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(windows_access, "on_windows", lambda: True)
    warning = windows_access.folder_warning(tmp_path, FakeIcacls(HAND_MADE))
    assert warning is not None
    assert "(Users, Authenticated Users)" in warning
    assert str(tmp_path) in warning
    assert windows_access.folder_warning(tmp_path, FakeIcacls(INSTALLER)) is None
    assert windows_access.folder_warning(tmp_path, FakeIcacls(HAND_MADE, code=5)) is None


def test_off_windows_nothing_runs(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(windows_access, "on_windows", lambda: False)
    icacls = FakeIcacls(HAND_MADE)
    windows_access.protect_new_folder(tmp_path, icacls)
    assert windows_access.folder_warning(tmp_path, icacls) is None
    assert icacls.calls == []


def test_init_protects_the_folder_it_makes_and_only_that(tmp_path, monkeypatch) -> None:
    protected: list[Path] = []
    monkeypatch.setattr(windows_access, "protect_new_folder", protected.append)
    db, _admin, _code = Database.initialise(tmp_path / "new" / "oberih.db", ADMIN, ADMIN_PASSWORD)
    db.close()
    db, _admin, _code = Database.initialise(tmp_path / "new" / "other.db", ADMIN, ADMIN_PASSWORD)
    db.close()
    assert protected == [tmp_path / "new"]
