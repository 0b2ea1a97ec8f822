"""The one-folder bundle staff install (packaging/oberih.spec), built with PyInstaller
and run as they would run it: `shelter-app --help`, `demo`, `check`, a PDF `report`, and
the windowed `oberih` starting (offscreen), ended by SIGTERM with exit 0.

Slow (about a minute: the build is most of it) and CPU-heavy; CI runs it. It builds
into a temporary folder from this checkout, so a fresh clone in a fresh virtual
environment (`pip install -e ".[test]"`) is all it needs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "packaging" / "oberih.spec"
PASSWORD = "Bundle-pass-2026"
EXE = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with the test extras")
    root = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(root / "dist"),
            "--workpath",
            str(root / "work"),
            str(SPEC),
        ],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=900,
    )
    assert built.returncode == 0, built.stderr[-4000:]
    folder = root / "dist" / "oberih"
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    return folder


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "OBERIH_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        OBERIH_LANG="en",
        # the bundle's window settings and data folder stay out of the real user's
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        TMPDIR=str(home / "tmp"),
        HOME=str(home),
    )
    (home / "tmp").mkdir(exist_ok=True)
    return env


def _run(bundle: Path, home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(bundle / f"shelter-app{EXE}"), *args],
        input=stdin.encode(),
        capture_output=True,
        env=_env(home),
        timeout=300,
    )


def test_the_bundle_has_both_programs_and_its_data(bundle: Path) -> None:
    assert (bundle / f"oberih{EXE}").is_file()
    assert (bundle / f"shelter-app{EXE}").is_file()
    internal = bundle / "_internal"
    assert (internal / "resources" / "translations" / "oberih_uk.qm").is_file()
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "icons" / "oberih.png").is_file()
    versions = internal / "shelter_app" / "storage" / "migrations" / "versions"
    assert sorted(p.name for p in versions.glob("0001_*.py"))


def test_the_command_line_runs_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    helped = _run(bundle, tmp_path, "--help")
    assert helped.returncode == 0, helped.stderr
    assert b"usage: shelter-app" in helped.stdout

    db = tmp_path / "demo" / "oberih.db"
    pw = PASSWORD + "\n"
    made = _run(
        bundle, tmp_path, "demo", "--db", str(db), "--clients", "40", "--password-stdin", stdin=pw
    )
    assert made.returncode == 0, made.stderr.decode(errors="replace")
    assert b"Demo database created" in made.stdout

    checked = _run(
        bundle, tmp_path, "check", "--db", str(db), "--user", "admin", "--password-stdin", stdin=pw
    )
    assert checked.returncode == 0, checked.stderr.decode(errors="replace")
    assert b"Check passed." in checked.stdout

    pdf = tmp_path / "summary.pdf"
    reported = _run(
        bundle,
        tmp_path,
        "report",
        "--db",
        str(db),
        "--user",
        "admin",
        "--password-stdin",
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
        "--out",
        str(pdf),
        "--lang",
        "uk",
        stdin=pw,
    )
    assert reported.returncode == 0, reported.stderr.decode(errors="replace")
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "Звіт записано".encode() in reported.stdout  # Ukrainian, UTF-8, from the bundle

    refused = _run(
        bundle,
        tmp_path,
        "check",
        "--db",
        str(db),
        "--user",
        "admin",
        "--password-stdin",
        stdin="wrong\n",
    )
    assert refused.returncode == 3
    assert b"Traceback" not in refused.stderr
    assert len(refused.stderr.splitlines()) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no SIGTERM to send")
def test_the_window_starts_from_the_bundle_and_ends_cleanly(bundle: Path, tmp_path: Path) -> None:
    """`oberih --demo`: builds the demo database, shows the sign-in window, and on SIGTERM
    ends with 0 and removes the demo folder (what the window does when it closes)."""
    env = _env(tmp_path)
    proc = subprocess.Popen(
        [str(bundle / f"oberih{EXE}"), "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    tmp = Path(env["TMPDIR"])
    try:
        deadline = time.monotonic() + 120
        while not list(tmp.glob("oberih-demo-*/demo.db.keys")):
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else b""
            assert time.monotonic() < deadline, "the demo database was not built"
            time.sleep(0.2)
        time.sleep(3)  # the sign-in window comes up
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else b""
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err.decode(errors="replace")
    assert b"Traceback" not in err
    assert not list(tmp.glob("oberih-demo-*"))
