"""Benchmark of the hotline's one write: logging an anonymous contact durably (service,
validation, permission check, audit entry, commit with synchronous=FULL) against a raw
INSERT + COMMIT of the same row on the same connection, in the same run (issue 14's
target: p95 < 30 ms with 1,000,000 contacts already logged).

    python -m shelter_app.bench.contacts --db /tmp/contacts.db --contacts 1000000 \
        --repeat 200 [--json out.json]

The database is synthetic: an administrator and an operator, and `contacts` contacts
bulk-inserted (reused when it already holds them). Run in the worktree with PYTHONPATH.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from .. import accounts, anonymous_contacts
from ..database import Database, SignedInUser
from ..storage.engine import raw_cursor
from ..storage.people_schema import AnonymousContact
from .timing import Result, Timer

PASSWORD = "Bench-contacts-1"  # noqa: S105 (a synthetic benchmark database)
FILL_CHUNK = 50_000
_COLUMNS = (
    "at, channel, duration_min, caller, sex, age_band, district, forms, help, referred_to, "
    "note, client_id, logged_by"
)
_ROW = (
    "hotline",
    7,
    "self",
    "female",
    "25-34",
    "obolonskyi",
    "psychological",
    "counselling",
)


def prepare(path: Path, contacts: int) -> tuple[Database, SignedInUser]:
    """The benchmark database with at least `contacts` contacts; returns the operator."""
    if path.exists():
        db, admin = Database.sign_in(path, "admin", PASSWORD)
    else:
        db, admin, _code = Database.initialise(path, "admin", PASSWORD)
        accounts.create_account(db, admin, "operator", "Оператор", "operator", PASSWORD)
    operator = db.sign_in_again("operator", PASSWORD)
    with db.engine.connect() as conn:
        have = conn.execute(select(func.count()).select_from(AnonymousContact)).scalar_one()
        conn.rollback()
    _fill(db, operator.account_id, contacts - have)
    return db, operator


def _fill(db: Database, operator: int, missing: int) -> None:
    rng = random.Random(14)  # noqa: S311 (synthetic data)
    start = datetime(2016, 1, 1)
    done = 0
    with raw_cursor(db.engine) as cur:
        while done < missing:
            n = min(FILL_CHUNK, missing - done)
            rows = [
                (
                    _sql_time(start + timedelta(minutes=rng.randint(0, 5_000_000))),
                    rng.choice(("hotline", "hotline", "online", "walk_in")),
                    rng.randint(1, 40),
                    "self",
                    rng.choice(("female", "female", "male")),
                    rng.choice(("18-24", "25-34", "35-44", "unknown")),
                    "not_stated",
                    "psychological",
                    "information",
                    None,
                    None,
                    None,
                    operator,
                )
                for _ in range(n)
            ]
            cur.execute("BEGIN IMMEDIATE")
            cur.executemany(
                f"INSERT INTO anonymous_contacts ({_COLUMNS}) VALUES "  # noqa: S608 (constants)
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            cur.execute("COMMIT")
            done += n


def measure(db: Database, operator: SignedInUser, repeat: int) -> Result:
    def app(_i: int) -> None:
        anonymous_contacts.log_contact(
            db,
            operator,
            channel=_ROW[0],
            duration_min=_ROW[1],
            caller=_ROW[2],
            sex=_ROW[3],
            age_band=_ROW[4],
            district=_ROW[5],
            forms=[_ROW[6]],
            help=[_ROW[7]],
        )

    def baseline(_i: int) -> None:
        with raw_cursor(db.engine) as cur:
            cur.execute("BEGIN IMMEDIATE")
            try:
                cur.execute(
                    f"INSERT INTO anonymous_contacts ({_COLUMNS}) VALUES "  # noqa: S608
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?)",
                    (_sql_time(datetime.now()), *_ROW, operator.account_id),
                )
            except BaseException:
                cur.execute("ROLLBACK")
                raise
            cur.execute("COMMIT")

    app_stats, base_stats = Timer(repeat).pair(app, baseline)
    return Result(
        "anon_contact",
        "Log an anonymous contact (durable)",
        "ms",
        app_stats,
        base_stats,
        "raw INSERT + COMMIT",
        "p95 < 30 ms",
        app_stats.p95 < 30,
    )


def _sql_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    db, operator = prepare(args.db, args.contacts)
    try:
        result = measure(db, operator, args.repeat)
        with db.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(AnonymousContact)).scalar_one()
            conn.rollback()
    finally:
        db.close()
    data: dict[str, Any] = {"contacts_in_table": total, **result.as_json()}
    print(
        f"{result.label}: median {result.app.median:.2f} ms, p95 {result.app.p95:.2f} ms; "
        f"{result.baseline_label}: median {result.baseline.median:.2f} ms, "
        f"p95 {result.baseline.p95:.2f} ms; ratio {result.ratio:.2f}; "
        f"{total} contacts; target {result.target}: {'met' if result.met else 'NOT met'}"
    )
    if args.json:
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
