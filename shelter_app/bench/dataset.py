"""The benchmark's synthetic database: ten years of a busy centre, built once and reused.

`shelter_app.demo` makes the clients and about 18 months of casework; decade.py
spreads them over ten years and adds consultations up to the size asked for.

A marker file beside the database records the sizes, the seed and the day it was built
for: the same arguments reuse it; a database without the marker is never touched (the
benchmark makes a plaintext copy, which must never happen to real records).
"""

from __future__ import annotations

import contextlib
import json
import random
import time as timer
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from .. import demo
from ..database import Database
from ..errors import InvalidInput
from ..permissions import Permission
from ..storage.casework_schema import Consultation
from ..storage.files import DatabasePaths
from .decade import Decade

BENCH_PASSWORD = "bench-pass-2026"  # noqa: S105 (synthetic data only; see the marker)
MARKER_SUFFIX = ".bench.json"
MARKER_FORMAT = 1
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Dataset:
    path: Path
    clients: int
    consultations: int  # asked for
    consultations_built: int  # what the database holds (more if demo alone made more)
    seed: int
    today: date
    build_seconds: float
    reused: bool


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + MARKER_SUFFIX)


def prepare(
    path: str | Path,
    clients: int,
    consultations: int,
    seed: int = 1,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> Dataset:
    """The benchmark database at `path`: reused when it was built with these sizes and
    seed, built when `path` does not exist, refused otherwise."""
    path = DatabasePaths.for_database(path).database
    for value, field in ((clients, "clients"), (consultations, "consultations"), (seed, "seed")):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise InvalidInput(
                QCoreApplication.translate("bench", "Give a whole number, 0 or more."), field
            )
    found = _read_marker(path)
    if path.exists() or DatabasePaths.for_database(path).key_file.exists():
        if found is None:
            raise InvalidInput(
                QCoreApplication.translate(
                    "bench",
                    "This file is not a benchmark database; the benchmark runs only on the "
                    "synthetic databases it builds. Choose a path that does not exist yet.",
                ),
                "db",
            )
        if (found["clients"], found["consultations"], found["seed"]) != (
            clients,
            consultations,
            seed,
        ):
            raise InvalidInput(
                QCoreApplication.translate(
                    "bench",
                    "This benchmark database was built with other sizes or another seed; "
                    "choose another path or remove it.",
                ),
                "db",
            )
        return Dataset(
            path=path,
            clients=clients,
            consultations=consultations,
            consultations_built=found["consultations_built"],
            seed=seed,
            today=date.fromisoformat(found["today"]),
            build_seconds=found["build_seconds"],
            reused=True,
        )
    return _build(path, clients, consultations, seed, today or date.today(), progress)


def is_bench_database(path: Path) -> bool:
    """Only the benchmark's own synthetic databases may be copied unencrypted."""
    found = _read_marker(path)
    if found is None:
        return False
    try:
        keys = json.loads(DatabasePaths.for_database(path).key_file.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return found.get("synthetic") is True and keys.get("database_id") == found["database_id"]


def _read_marker(path: Path) -> dict[str, Any] | None:
    try:
        found = json.loads(marker_path(path).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(found, dict) or found.get("format") != MARKER_FORMAT:
        return None
    return found


def _build(
    path: Path, clients: int, consultations: int, seed: int, today: date, progress: Any
) -> Dataset:
    started = timer.perf_counter()
    report = progress or (lambda _stage, _done, _total: None)
    made = demo.build_demo(
        path,
        BENCH_PASSWORD,
        max(1, clients),
        seed=seed,
        today=today,
        progress=lambda done, total: report("demo", done, total),
    )
    try:
        db, admin = Database.sign_in(path, demo.ADMIN_USERNAME, BENCH_PASSWORD)
        try:
            rng = random.Random(seed * 7_919 + 17)  # noqa: S311 (synthetic data)
            decade = Decade(db, admin, BENCH_PASSWORD, rng, today, report)
            moved = decade.move_back()
            added = decade.top_up(consultations)
            built = decade.count(Consultation)
            # the decade's bulk inserts wrote their notes plain: sealed as the app would
            db.seal_plain_with_recovery(made.recovery_code)
            with db.unit_of_work(admin, Permission.MANAGE_SETTINGS, write=True) as uow:
                uow.audit(
                    "bench.generated",
                    detail={"moved_back": moved, "consultations_added": added},
                )
                uow.commit()
            database_id = db.database_id
        finally:
            db.close()
    except BaseException:
        _remove(path)
        raise
    seconds = round(timer.perf_counter() - started, 1)
    marker = {
        "format": MARKER_FORMAT,
        "synthetic": True,
        "clients": clients,
        "consultations": consultations,
        "consultations_built": built,
        "seed": seed,
        "today": today.isoformat(),
        "build_seconds": seconds,
        "database_id": database_id,
    }
    marker_path(path).write_text(json.dumps(marker, indent=2), "utf-8")
    return Dataset(path, clients, consultations, built, seed, today, seconds, reused=False)


def _remove(path: Path) -> None:
    paths = DatabasePaths.for_database(path)
    for leftover in (
        paths.database,
        paths.wal,
        paths.shm,
        paths.journal,
        paths.key_file,
        paths.audit_head,
        paths.throttle,
        paths.sidecar_lock,
        marker_path(path),
    ):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
