"""Failed sign-in attempts, kept in a small file beside the database.

A wrong password cannot open the encrypted database, so the count and the pending audit
entries live outside it, keyed by the slot locator (an HMAC of the username: the file
names nobody). The next successful sign-in moves the pending entries into the audit log.
This throttles guessing at the shared workstation; an attacker who copies the files can
guess offline and is slowed down by Argon2id instead.

Before anyone signs in, nothing here can be authenticated: no secret is open yet. So
the file is made to fail safe and to be checked later:
- every value is read defensively: a count, time or monotonic reading that is not a
  sane number (`at=1e20`, NaN, a string) is taken as the most cautious value, never as
  an error that breaks every sign-in;
- a missing or unreadable file does not mean "no failures": every account starts with
  its free attempts used up;
- the key file names this file (its id; the key file's MAC covers it once unlocked):
  when the file found is not that one, every attempt first waits HOLD_S, so deleting
  the file after each guess buys nothing;
- the file carries its own id and the number of failures it has ever recorded. Each
  successful sign-in keeps a copy of both in the encrypted database (the ledger) and
  compares: a file deleted, replaced, rolled back, or with pending failures removed is
  noticed there and recorded in the audit log (database.py), never reset silently.
"""

from __future__ import annotations

import json
import math
import secrets
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from filelock import FileLock

from .files import DatabasePaths, atomic_write

FREE_ATTEMPTS = 3
MAX_DELAY_S = 300.0
MAX_PENDING = 1000
VERSION = 2
# nothing Oberih records lies outside these: a time past 2100 or a count past a million
# is an edit, and is read as the most cautious value instead
LATEST_TIME = 4_102_444_800.0  # 2100-01-01 UTC
MAX_FAILURES = 1_000_000
# The key file names the throttle file that belongs with it. When the file found is not
# that one (deleted, replaced), every attempt first waits this long, from when that was
# first seen: deleting the file after each guess buys nothing.
HOLD_S = 60.0


def delay_after(failures: int) -> float:
    """Seconds to wait after `failures` consecutive failures: 0, 0, 0, 2, 4, 8, ... 300."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_S, 2.0 ** (min(failures, 64) - FREE_ATTEMPTS + 1))


def clock_safe_wait(last: float, now: float, delay: float) -> float:
    """Seconds left of `delay` after a failure at `last`. Never more than `delay` itself
    (at most MAX_DELAY_S): with the clock moved back a day, `last` lies in the future
    and a naive difference locked the account for 86,401 s. With the clock moved
    forward the wait is simply over."""
    elapsed = now - last
    if not math.isfinite(elapsed) or elapsed < 0:  # the clock went back: count it as now
        elapsed = 0.0
    return min(delay, MAX_DELAY_S, max(0.0, delay - elapsed))


@dataclass(frozen=True)
class PendingFailure:
    locator: str
    at: float


@dataclass(frozen=True)
class Snapshot:
    """What the file says about itself, for the comparison with the ledger."""

    file_id: str | None  # None: the file is missing or could not be read
    recorded: int  # failures ever recorded in this file
    pending: int
    damaged: bool  # some value had to be replaced by a cautious one
    restarted: str | None = None  # this file replaced a missing or damaged one


def boot_id() -> str | None:
    """This boot of the computer (Linux); None where the system does not say."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text("ascii").strip() or None
    except OSError:
        return None


def _time(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    value = float(value)
    return value if math.isfinite(value) and 0.0 <= value <= LATEST_TIME else None


def _count(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= MAX_FAILURES else None


class _Doc:
    """The file's content, every value checked; `damaged` when one was not sane."""

    def __init__(self, raw: object, missing: bool):
        self.missing = missing
        self.damaged = False
        doc = raw if isinstance(raw, dict) else {}
        if not missing and not isinstance(raw, dict):
            self.damaged = True
        file_id = doc.get("file_id")
        self.file_id = file_id if isinstance(file_id, str) and len(file_id) == 32 else None
        if not missing and self.file_id is None and (doc.get("version") or not doc):
            # a file of the first format (no version) had no id; an empty one is an edit
            self.damaged = True
        # without an id nobody can tell how many failures there were: none are free
        self.unknown = missing or self.file_id is None
        restarted = doc.get("restarted")
        self.restarted = restarted if restarted in ("missing", "damaged") else None
        self.hold_since = _time(doc.get("hold_since"))
        recorded = _count(doc.get("recorded", 0))
        self.recorded = recorded if recorded is not None else 0
        self.damaged |= recorded is None
        self.counters: dict[str, dict[str, Any]] = {}
        counters = doc.get("counters", {})
        if not isinstance(counters, dict):
            counters, self.damaged = {}, True
        for locator, counter in counters.items():
            self.counters[str(locator)] = self._counter(counter)
        self.pending: list[dict[str, Any]] = []
        pending = doc.get("pending", [])
        if not isinstance(pending, list):
            pending, self.damaged = [], True
        for item in pending[-MAX_PENDING:]:
            if not isinstance(item, dict) or not isinstance(item.get("locator"), str):
                self.damaged = True
                continue
            at = _time(item.get("at"))
            self.damaged |= at is None
            entry = {"locator": item["locator"], "at": at if at is not None else 0.0}
            if item.get("settled") is True:
                entry["settled"] = True
            self.pending.append(entry)
        # a pending failure not followed by a success of that account counts in its
        # counter: a counter removed or lowered by hand comes back
        unsettled = [p for p in self.pending if not p.get("settled")]
        for item in unsettled:
            counter = self.counters.setdefault(item["locator"], {"failures": 0, "last": 0.0})
            counter["last"] = max(counter["last"], item["at"])
        for locator, counter in self.counters.items():
            waiting = sum(1 for p in unsettled if p["locator"] == locator)
            if counter["failures"] < waiting:
                counter["failures"], self.damaged = waiting, True

    def _counter(self, counter: object) -> dict[str, Any]:
        c = counter if isinstance(counter, dict) else {}
        failures = _count(c.get("failures"))
        last = _time(c.get("last"))
        mono = c.get("mono")
        sane: dict[str, Any] = {
            # a damaged count is the most cautious one (the longest wait after the next
            # failure); a damaged time is long ago, so it cannot lock anybody out for good
            "failures": failures if failures is not None else MAX_FAILURES,
            "last": last if last is not None else 0.0,
        }
        if isinstance(c.get("boot"), str) and isinstance(mono, int | float):
            if math.isfinite(float(mono)) and not isinstance(mono, bool):
                sane["boot"], sane["mono"] = c["boot"], float(mono)
            else:
                self.damaged = True
        if failures is None or last is None:
            self.damaged = True
        return sane

    def counter(self, locator: str) -> dict[str, Any] | None:
        found = self.counters.get(locator)
        if found is None and self.unknown:
            return {"failures": FREE_ATTEMPTS, "last": 0.0}
        return found

    def to_json(self) -> dict[str, Any]:
        if self.file_id is None:  # a new file: say why, for the comparison at sign-in
            self.restarted = "missing" if self.missing else "damaged"
        return {
            "version": VERSION,
            "hold_since": self.hold_since,
            "restarted": self.restarted,
            "file_id": self.file_id or secrets.token_hex(16),
            "recorded": self.recorded,
            "counters": self.counters,
            "pending": self.pending,
        }


class LedgerStore(Protocol):
    """Where the throttle document lives: the file beside a local database, or a row on
    a server (storage/server_store.py). `lock` serialises read-change-write between
    processes (and workstations); `read` gives None when there is no document and
    raises OSError when it cannot be read."""

    def read(self) -> bytes | None: ...

    def write(self, data: bytes) -> None: ...

    def lock(self) -> AbstractContextManager[object]: ...


class FileLedger:
    """The `.throttle` file beside a local database, under the sidecar lock."""

    def __init__(self, paths: DatabasePaths):
        self.paths = paths

    def read(self) -> bytes | None:
        try:
            return self.paths.throttle.read_bytes()
        except FileNotFoundError:
            return None

    def write(self, data: bytes) -> None:
        atomic_write(self.paths.throttle, data)

    def lock(self) -> FileLock:
        return FileLock(self.paths.sidecar_lock, timeout=30, mode=0o600)


class Throttle:
    """With `monotonic` (the real clock) and a known boot, a wait is measured on the
    monotonic clock, which moving the wall clock forward or back does not change; across
    a restart (or where the boot is unknown) the wall clock is used, capped.

    The document lives in `where`: a local database's paths (its `.throttle` file) or a
    server's ledger store (the same document in a row, shared by every workstation)."""

    def __init__(
        self,
        where: DatabasePaths | LedgerStore,
        monotonic: Callable[[], float] | None = None,
        expected_id: str | None = None,
    ):
        self.store: LedgerStore = FileLedger(where) if isinstance(where, DatabasePaths) else where
        self._monotonic = monotonic
        self._boot = boot_id() if monotonic is not None else None
        self.expected_id = expected_id  # what the key file names (None: it names none)

    def _load(self) -> _Doc:
        try:
            raw = self.store.read()
            doc = (
                _Doc({}, missing=True)
                if raw is None
                else _Doc(json.loads(raw.decode("utf-8")), missing=False)
            )
        except (OSError, ValueError):
            doc = _Doc(None, missing=False)
        if self.expected_id is not None and doc.file_id != self.expected_id:
            doc.unknown = True  # not the key file's own: its counts are no guide
        return doc

    def _save(self, doc: _Doc) -> None:
        data = doc.to_json()
        doc.file_id = data["file_id"]
        self.store.write(json.dumps(data).encode("utf-8"))

    def _lock(self) -> AbstractContextManager[object]:
        return self.store.lock()

    def create(self) -> Snapshot:
        """A new database's file: a new id, nothing recorded."""
        with self._lock():
            doc = _Doc({}, missing=False)
            doc.file_id, doc.damaged = secrets.token_hex(16), False
            self._save(doc)
        return self.snapshot()

    def _held(self, now: float) -> float:
        """Seconds still to wait because the file is not the one the key file names."""
        if self.expected_id is None:
            return 0.0
        doc = self._load()
        if not doc.missing and doc.file_id == self.expected_id:
            return 0.0
        if doc.missing or doc.hold_since is None or doc.hold_since > now:
            with self._lock():
                doc = self._load()
                doc.hold_since = now
                self._save(doc)
        assert doc.hold_since is not None
        return max(0.0, min(HOLD_S, HOLD_S - (now - doc.hold_since)))

    def wait_remaining(self, locator: str, now: float) -> float:
        held = self._held(now)
        if held > 0:
            return held
        counter = self._load().counter(locator)
        if not counter:
            return 0.0
        delay = delay_after(int(counter["failures"]))
        if (
            self._monotonic is not None
            and self._boot is not None
            and counter.get("boot") == self._boot
            and "mono" in counter
            and float(counter["mono"]) <= self._monotonic()  # else: an edit, not this boot
        ):
            elapsed = self._monotonic() - float(counter["mono"])
            return min(delay, max(0.0, delay - elapsed))
        return clock_safe_wait(float(counter["last"]), now, delay)

    def record_failure(self, locator: str, now: float) -> None:
        with self._lock():
            doc = self._load()
            counter = doc.counter(locator) or {"failures": 0, "last": now}
            counter["failures"] = min(MAX_FAILURES, int(counter["failures"]) + 1)
            counter["last"] = now
            if self._monotonic is not None and self._boot is not None:
                counter["boot"], counter["mono"] = self._boot, self._monotonic()
            else:
                counter.pop("boot", None)
                counter.pop("mono", None)
            doc.counters[locator] = counter
            doc.recorded = min(MAX_FAILURES, doc.recorded + 1)
            doc.pending = [*doc.pending, {"locator": locator, "at": now}][-MAX_PENDING:]
            self._save(doc)

    def record_success(self, locator: str) -> None:
        with self._lock():
            doc = self._load()
            changed = doc.counters.pop(locator, None) is not None or doc.unknown or doc.damaged
            for item in doc.pending:  # still to be audited, no longer counted
                if item["locator"] == locator and not item.get("settled"):
                    item["settled"], changed = True, True
            if changed:
                self._save(doc)  # a missing, old or damaged file is written whole again

    def pending(self) -> list[PendingFailure]:
        return [PendingFailure(p["locator"], float(p["at"])) for p in self._load().pending]

    def snapshot(self) -> Snapshot:
        doc = self._load()
        return Snapshot(
            None if doc.missing else doc.file_id,
            doc.recorded,
            len(doc.pending),
            doc.damaged,
            doc.restarted,
        )

    def clear_pending(self, handled: list[PendingFailure]) -> None:
        """Drop the entries now in the audit log (others may have arrived meanwhile)."""
        done = {(p.locator, p.at) for p in handled}
        with self._lock():
            doc = self._load()
            doc.pending = [p for p in doc.pending if (p["locator"], p["at"]) not in done]
            self._save(doc)


# --- the ledger: the file's state as the last successful sign-in saw it ---------------

LEDGER_KEY = "throttle.ledger"  # a row of the settings table (internal, not a setting)


def ledger_value(snapshot: Snapshot, pending_after: int = 0) -> str:
    return json.dumps(
        {"file_id": snapshot.file_id, "recorded": snapshot.recorded, "pending": pending_after}
    )


def disagreement(snapshot: Snapshot, ledger: str | None) -> str | None:
    """Why the file does not continue from what the last sign-in saw (None: it does).

    "damaged": a value was not sane; "missing": the file is gone; "replaced": another
    file's id; "rolled_back": fewer failures ever recorded than before; "pending_removed":
    failures recorded since the last sign-in are not all waiting for the audit log."""
    if snapshot.damaged:
        return "damaged"
    try:
        seen = json.loads(ledger) if ledger is not None else None
    except ValueError:
        seen = None
    if not isinstance(seen, dict):
        return None  # a database from before the ledger: nothing to compare yet
    if snapshot.file_id is None:
        return "missing"
    if seen.get("file_id") != snapshot.file_id:
        return snapshot.restarted or "replaced"
    before = _count(seen.get("recorded"))
    waiting = _count(seen.get("pending")) or 0
    if before is None or snapshot.recorded < before:
        return "rolled_back"
    new_failures = snapshot.recorded - before
    if snapshot.pending < min(MAX_PENDING, waiting + new_failures):
        return "pending_removed"
    return None
