"""`shelter-app bench`: how fast Oberih is at ten years of records (issue 8).

A synthetic encrypted database of N clients and M consultations is built once
(dataset.py) and reused; every operation staff feel is timed through the services next
to a baseline measured in the same run (workload.py, gui.py, runner.py). The benchmark is
not a test: CI runs it at a small size only to prove that it works."""

from __future__ import annotations

from pathlib import Path

import platformdirs


def default_path(clients: int, consultations: int, seed: int) -> Path:
    """One database per size and seed in the user's cache folder (it is rebuilt from
    nothing but the arguments, so losing it costs only time)."""
    folder = Path(platformdirs.user_cache_dir("Oberih", "Oberih")) / "bench"
    return folder / f"bench-{clients}-{consultations}-{seed}.db"
