"""Failed sign-in attempts, kept in a small file beside the database.

A wrong password cannot open the encrypted database, so the count and the pending audit
entries live outside it, keyed by the slot locator (an HMAC of the username: the file
names nobody). The next successful sign-in moves the pending entries into the audit log.
This throttles guessing at the shared workstation; an attacker who copies the files can
guess offline and is slowed down by Argon2id instead."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock

from .files import DatabasePaths, atomic_write

FREE_ATTEMPTS = 3
MAX_DELAY_S = 300.0
MAX_PENDING = 1000


def delay_after(failures: int) -> float:
    """Seconds to wait after `failures` consecutive failures: 0, 0, 0, 2, 4, 8, ... 300."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_S, 2.0 ** (failures - FREE_ATTEMPTS + 1))


def clock_safe_wait(last: float, now: float, delay: float) -> float:
    """Seconds left of `delay` after a failure at `last`. Never more than `delay` itself
    (at most MAX_DELAY_S): with the clock moved back a day, `last` lies in the future
    and a naive difference locked the account for 86,401 s. With the clock moved
    forward the wait is simply over."""
    elapsed = now - last
    if elapsed < 0:  # the clock went back: count the failure as just now
        elapsed = 0.0
    return min(delay, MAX_DELAY_S, max(0.0, delay - elapsed))


@dataclass(frozen=True)
class PendingFailure:
    locator: str
    at: float


def boot_id() -> str | None:
    """This boot of the computer (Linux); None where the system does not say."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text("ascii").strip() or None
    except OSError:
        return None


class Throttle:
    """With `monotonic` (the real clock) and a known boot, a wait is measured on the
    monotonic clock, which moving the wall clock forward or back does not change; across
    a restart (or where the boot is unknown) the wall clock is used, capped."""

    def __init__(self, paths: DatabasePaths, monotonic: Callable[[], float] | None = None):
        self.paths = paths
        self._monotonic = monotonic
        self._boot = boot_id() if monotonic is not None else None

    def _load(self) -> dict[str, Any]:
        try:
            doc = json.loads(self.paths.throttle.read_text("utf-8"))
            if isinstance(doc, dict):
                doc.setdefault("counters", {})
                doc.setdefault("pending", [])
                return doc
        except (FileNotFoundError, ValueError):
            pass
        return {"counters": {}, "pending": []}

    def _save(self, doc: dict[str, Any]) -> None:
        atomic_write(self.paths.throttle, json.dumps(doc).encode("utf-8"))

    def wait_remaining(self, locator: str, now: float) -> float:
        counter = self._load()["counters"].get(locator)
        if not counter:
            return 0.0
        delay = delay_after(int(counter["failures"]))
        if (
            self._monotonic is not None
            and self._boot is not None
            and counter.get("boot") == self._boot
            and isinstance(counter.get("mono"), int | float)
        ):
            elapsed = max(0.0, self._monotonic() - float(counter["mono"]))
            return min(delay, max(0.0, delay - elapsed))
        return clock_safe_wait(float(counter["last"]), now, delay)

    def record_failure(self, locator: str, now: float) -> None:
        with FileLock(self.paths.sidecar_lock, timeout=30, mode=0o600):
            doc = self._load()
            counter = doc["counters"].setdefault(locator, {"failures": 0, "last": now})
            counter["failures"] += 1
            counter["last"] = now
            if self._monotonic is not None and self._boot is not None:
                counter["boot"], counter["mono"] = self._boot, self._monotonic()
            else:
                counter.pop("boot", None)
            doc["pending"] = [*doc["pending"], {"locator": locator, "at": now}][-MAX_PENDING:]
            self._save(doc)

    def record_success(self, locator: str) -> None:
        with FileLock(self.paths.sidecar_lock, timeout=30, mode=0o600):
            doc = self._load()
            if doc["counters"].pop(locator, None) is not None:
                self._save(doc)

    def pending(self) -> list[PendingFailure]:
        return [PendingFailure(p["locator"], float(p["at"])) for p in self._load()["pending"]]

    def clear_pending(self, handled: list[PendingFailure]) -> None:
        """Drop the entries now in the audit log (others may have arrived meanwhile)."""
        done = {(p.locator, p.at) for p in handled}
        with FileLock(self.paths.sidecar_lock, timeout=30, mode=0o600):
            doc = self._load()
            doc["pending"] = [p for p in doc["pending"] if (p["locator"], p["at"]) not in done]
            self._save(doc)
