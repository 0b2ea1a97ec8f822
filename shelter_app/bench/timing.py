"""Timing and the result rows: each operation's median and 95th percentile, next to its
baseline measured in the same run, and the machine it ran on."""

from __future__ import annotations

import math
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Stats:
    median: float
    p95: float
    runs: int

    @classmethod
    def of(cls, samples: list[float]) -> Stats:
        ordered = sorted(samples)
        rank = max(1, math.ceil(0.95 * len(ordered)))  # nearest-rank percentile
        return cls(statistics.median(ordered), ordered[rank - 1], len(ordered))


@dataclass(frozen=True)
class Result:
    """One line of the table. `unit` is "ms" or "MB"; ratio is app over baseline (for
    the encryption lines: encrypted over unencrypted)."""

    operation: str  # stable key, e.g. "search_3"
    label: str  # translated, for the table
    unit: str
    app: Stats
    baseline: Stats
    baseline_label: str
    target: str = ""  # issue 8's target, as text
    met: bool | None = None  # None when the operation has no target
    note: str = ""
    failed: str = ""  # the exception's type when the operation failed: a target missed

    @property
    def ratio(self) -> float:
        return self.app.median / self.baseline.median if self.baseline.median > 0 else math.inf

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["ratio"] = None if self.failed else round(self.ratio, 3)
        return out


@dataclass
class Timer:
    """Runs an operation `repeat` times after `warmup` unmeasured runs; milliseconds."""

    repeat: int
    warmup: int = 1
    samples: dict[str, list[float]] = field(default_factory=dict)

    def pair(
        self,
        app: Callable[[int], object],
        baseline: Callable[[int], object],
        *,
        before: Callable[[], object] | None = None,
    ) -> tuple[Stats, Stats]:
        """Both, run after run, in the order app-baseline then baseline-app (ABBA), so
        load from elsewhere on the machine and pages left in the cache by the one run
        before fall on both alike. `before` runs untimed ahead of every run (e.g. to
        empty the page cache for a cold measurement)."""
        for i in range(self.warmup):
            app(-1 - i)
            baseline(-1 - i)
        a: list[float] = []
        b: list[float] = []
        for i in range(self.repeat):
            order = ((app, a), (baseline, b)) if i % 2 == 0 else ((baseline, b), (app, a))
            for fn, samples in order:
                if before is not None:
                    before()
                started = time.perf_counter()
                fn(i)
                samples.append((time.perf_counter() - started) * 1000)
        return Stats.of(a), Stats.of(b)

    def time(self, fn: Callable[[int], object], warmup: int | None = None) -> Stats:
        """`fn(i)` gets the run number, so runs can vary their input (another client,
        another typed word) the same way for the app and for its baseline."""
        for i in range(self.warmup if warmup is None else warmup):
            fn(-1 - i)
        samples = []
        for i in range(self.repeat):
            started = time.perf_counter()
            fn(i)
            samples.append((time.perf_counter() - started) * 1000)
        return Stats.of(samples)


def machine(sqlcipher_version: str, sqlite_version: str) -> dict[str, Any]:
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "ram_gib": _ram_gib(),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "sqlcipher": sqlcipher_version,
        "sqlite": sqlite_version,
        # other work on the machine during the run (1, 5, 15 min); set again at the end
        "load_average_start": load_average(),
    }


def load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (OSError, AttributeError):
        return None


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    return round(pages * size / 2**30, 1)
