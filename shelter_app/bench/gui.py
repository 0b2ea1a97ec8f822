"""The GUI measurements, each in a fresh process of ui.bench_probe: start-up to the
sign-in window, and peak memory with the client list holding every client."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .timing import Stats

PROBE = "ui.bench_probe"
TIMEOUT_S = 3_600  # the memory probe scrolls through every client


class ProbeFailed(Exception):
    pass


def _environment(config: Path) -> dict[str, str]:
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(config)  # window settings of the probes stay out of the user's
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _probe(args: list[str], config: Path, stdin: str | None = None) -> dict[str, Any]:
    done = subprocess.run(  # noqa: S603 (our own interpreter and module)
        [sys.executable, "-m", PROBE, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=_environment(config),
        timeout=TIMEOUT_S,
        check=False,
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith("{"):
            found: dict[str, Any] = json.loads(line)
            return found
    # never echo the probe's stderr: a failure inside the app could quote data
    raise ProbeFailed(f"{args[0]} exited with {done.returncode}")


def start_up(db: Path, repeat: int) -> tuple[Stats, Stats, float, float]:
    """(app start, bare QApplication start) in ms, and their peak memory in MB."""
    app, bare, app_mb, bare_mb = [], [], 0.0, 0.0
    with tempfile.TemporaryDirectory(prefix="oberih-bench-gui-") as config:
        for _ in range(repeat):
            t0 = time.time()
            found = _probe(["start", str(db), repr(t0)], Path(config))
            app.append(found["seconds"] * 1000)
            app_mb = max(app_mb, found["max_rss_mb"])
            t0 = time.time()
            found = _probe(["bare", repr(t0)], Path(config))
            bare.append(found["seconds"] * 1000)
            bare_mb = max(bare_mb, found["max_rss_mb"])
    return Stats.of(app), Stats.of(bare), app_mb, bare_mb


def memory(db: Path, username: str, password: str) -> dict[str, Any]:
    """{"max_rss_mb", "rows", "total", "seconds"} of a process listing every client."""
    with tempfile.TemporaryDirectory(prefix="oberih-bench-gui-") as config:
        return _probe(["memory", str(db), username], Path(config), stdin=password + "\n")
