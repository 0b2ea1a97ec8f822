"""Synthetic data for training and testing (`shelter-app demo`, `shelter-app --demo`).

A realistic database of made-up women: Ukrainian names, about 18 months of casework
(consultations, risk assessments, referrals, courses, events, shelter stays with
children) and one account per role. Every draw comes from one random.Random(seed) in a
fixed order, so the same seed and `today` give the same rows.

The rows go straight into the tables with bulk inserts, a few thousand at a time, each
batch committed, so that 100,000 clients take minutes. They are written in units of work
of the role that would write them (case worker, psychologist, lawyer, administrator),
and they follow the rules the services enforce: violence details only under a consent
valid on the day, identity shared only with the sharing consent, no specialist booked
twice at once, no bed held twice on a night, no room or course over capacity, first and
repeat consultations in order, each client's last activity the date of her latest.
"""

from __future__ import annotations

import random
import threading
import time as timer
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from shelter_app.i18n import fill

from ..database import Database, Target
from ..errors import InvalidInput
from ..validation import check_password
from .builder import _Builder
from .made import COUNTED, DemoSummary
from .parameters import (
    ADMIN_NAME,
    ADMIN_USERNAME,
    BATCH,
    BOOKING_DAYS,
    CONSULTATIONS,
    HISTORY_DAYS,
    HOURS,
    MAX_CLIENTS,
    MAX_STAY_KIDS,
    OLD_CLIENTS,
    PLANNING_DAYS,
    PSY_SHARE,
    SLOT_USE,
    YES_ODDS,
)
from .plan import _Plan
from .writing import (
    _empty_server_database,
    _remove_files,
)


def build_demo(
    path: Target,
    password: str,
    clients: int,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    stop: threading.Event | None = None,
) -> DemoSummary:
    """Create a demo database at `path` with `clients` synthetic clients and the accounts
    admin, caseworker, psychologist, lawyer and coordinator, all opened by `password`
    (plus more psychologists and lawyers when one of each could not see them all).
    A failure part-way removes the half-built files, or empties the server database
    again: nothing else was there before;
    `stop`, once set (the program is closing), ends the build at its next save so."""
    started = timer.perf_counter()
    if isinstance(clients, bool) or not isinstance(clients, int) or not 1 <= clients <= MAX_CLIENTS:
        raise InvalidInput(
            fill(
                QCoreApplication.translate("demo", "The number of clients must be from %1 to %2."),
                "1",
                str(MAX_CLIENTS),
            ),
            "clients",
        )
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise InvalidInput(
            QCoreApplication.translate("demo", "The seed must be a whole number."), "seed"
        )
    day = today or date.today()
    plan = _Plan(clients)
    for username in plan.usernames():
        check_password(password, username)  # before anything is created
    db, admin, code = Database.initialise(path, ADMIN_USERNAME, password, ADMIN_NAME)
    db.stop_requested = stop
    try:
        rng = random.Random(seed)  # noqa: S311 (synthetic data, not secrets)
        builder = _Builder(db, admin, password, rng, day, plan, progress)
        counts = builder.build()
        # the bulk inserts wrote plain values: sealed before anyone else opens the file
        db.seal_bulk_written()
    except BaseException:
        db.close()
        if db.server is not None:  # the server database was empty: it is made so again
            _empty_server_database(db.server)
        _remove_files(db.paths)  # the file, or this workstation's notes on the server's
        raise
    db.close()
    return DemoSummary(
        path=db.paths.database,
        seconds=round(timer.perf_counter() - started, 2),
        usernames=tuple(plan.usernames()),
        recovery_code=code,
        **counts,
    )


# what shelter_app.demo offered as one module
__all__ = [
    "ADMIN_NAME",
    "ADMIN_USERNAME",
    "BATCH",
    "BOOKING_DAYS",
    "CONSULTATIONS",
    "COUNTED",
    "HISTORY_DAYS",
    "HOURS",
    "MAX_CLIENTS",
    "MAX_STAY_KIDS",
    "OLD_CLIENTS",
    "PLANNING_DAYS",
    "PSY_SHARE",
    "SLOT_USE",
    "YES_ODDS",
    "DemoSummary",
    "_Plan",
    "build_demo",
    "q",
]
