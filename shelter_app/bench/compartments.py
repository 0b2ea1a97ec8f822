"""What compartments cost: sign-in, search as you type, the client card, saving a
consultation and the annual summary on the sealed benchmark database, each beside the
same operation as the release before compartments ran it, in the same run, on an
encrypted copy of the same data with every value unsealed ("before"):

- sign-in + first search: the sealed database builds the in-memory name directory
  (shelter_app.client_directory) on the first search; before, the first page came
  from the plain search index;
- search: search_clients + count_clients (the directory) against the release-before
  statement (LIKE on the plain folded key, with its index of migration 0005);
- card: the same service on sealed and on plain values (the difference is opening);
- save: a psychologist's consultation with a sealed note against the raw INSERT +
  COMMIT of the same row;
- annual summary: the same service on both (the reports read only plain columns).

    python -m shelter_app.bench.compartments --db /tmp/bench.db --clients 20000 \
        --consultations 40000 [--repeat 30] [--json out.json]

The database is the benchmark's own synthetic one (shelter_app.bench.dataset), reused
when its marker matches. Ratios, never timed asserts.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, bindparam, select, text

from ..compartments import CompartmentKeys
from ..database import Database
from ..sealed import is_sealed
from ..sealed_columns import BY_TABLE
from ..storage.engine import make_engine
from ..storage.files import DatabasePaths
from ..storage.keyfile import KeyFile
from ..storage.schema import Base
from ..storage.sealing import open_value, row_ref
from .dataset import BENCH_PASSWORD, is_bench_database, prepare
from .plaintext import NotSynthetic
from .timing import Result, Stats, Timer
from .workload import SEARCHES, Workload, previous_year

ROLES = ("caseworker", "psychologist", "lawyer", "coordinator")


def _every_key(key_file: Path) -> CompartmentKeys:
    """The union of the case worker's, psychologist's and lawyer's keys: every
    compartment that seals a value (ADMIN seals none)."""
    kf = KeyFile.load(key_file)
    keys: dict[str, bytes] = {}
    for name in ("caseworker", "psychologist", "lawyer"):
        keys.update(kf.unlock(kf.locator(name), BENCH_PASSWORD).compartments)
    return CompartmentKeys(keys)


def unseal_all(conn: Connection, keys: CompartmentKeys) -> int:
    """Every sealed value written back plain (the benchmark's "before" copy only)."""
    count = 0
    for table_name, cols in BY_TABLE.items():
        table = Base.metadata.tables[table_name]
        pk = list(table.primary_key.columns)
        names = [c.column for c in cols] + [c.by for c in cols if c.by]
        batch = []
        for r in conn.execute(select(*pk, *(table.c[n] for n in names))).mappings():
            ref = row_ref(r[c.name] for c in pk)
            values = {}
            for col in cols:
                if ref is not None and is_sealed(r[col.column]):
                    values[col.column] = open_value(keys, col, ref, r[col.column], r.get)
            if values:
                for col in cols:  # one statement shape: unchanged columns keep their value
                    values.setdefault(col.column, r[col.column])
                batch.append(
                    {
                        **{f"v_{k}": v for k, v in values.items()},
                        **{f"k_{c.name}": r[c.name] for c in pk},
                    }
                )
                count += 1
        if batch:
            stmt = (
                table.update()
                .where(and_(*(c == bindparam(f"k_{c.name}") for c in pk)))
                .values({c.column: bindparam(f"v_{c.column}") for c in cols})
            )
            conn.execute(stmt, batch)
    return count


@contextmanager
def before_compartments(db: Database) -> Iterator[Database]:
    """An encrypted copy of the benchmark database with every value unsealed and the
    plain search index back, opened like any database; removed on leaving."""
    if not is_bench_database(db.paths.database):
        raise NotSynthetic()
    folder = Path(tempfile.mkdtemp(prefix="oberih-bench-before-"))  # mode 0700
    copy: Database | None = None
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.commit()
        paths = DatabasePaths.for_database(folder / "before.db")
        shutil.copyfile(db.paths.database, paths.database)
        shutil.copyfile(db.paths.key_file, paths.key_file)
        # the head and the throttle file too: without its throttle file a database
        # refuses sign-in for a while (a deleted file must not reset the throttle)
        for found, copy_to in (
            (db.paths.audit_head, paths.audit_head),
            (db.paths.throttle, paths.throttle),
        ):
            if found.exists():
                shutil.copyfile(found, copy_to)
        kf = KeyFile.load(paths.key_file)
        data_key = kf.unlock(kf.locator("admin"), BENCH_PASSWORD).data_keys[0]
        engine = make_engine(paths.database, data_key)
        with engine.begin() as conn:
            unseal_all(conn, _every_key(paths.key_file))
            conn.exec_driver_sql(
                "CREATE INDEX ix_clients_search_active ON clients (sort_key, id, search_key) "
                "WHERE archived_at IS NULL AND anonymised_at IS NULL"
            )
        copy = Database(paths, kf, data_key, engine)
        yield copy
    finally:
        if copy is not None:
            copy.close()
        shutil.rmtree(folder, ignore_errors=True)


def _row(key: str, label: str, app: Stats, base: Stats, base_label: str, target: str) -> Result:
    return Result(key, label, "ms", app, base, base_label, target, None)


def run(path: Path, clients: int, consultations: int, seed: int, repeat: int) -> dict[str, Any]:
    started = time.perf_counter()
    dataset = prepare(path, clients, consultations, seed)
    timer = Timer(repeat)
    results: list[Result] = []
    db, _admin = Database.sign_in(dataset.path, "admin", BENCH_PASSWORD)
    try:
        with before_compartments(db) as before:
            sealed = Workload(
                db,
                {n: db.sign_in_again(n, BENCH_PASSWORD) for n in ROLES},
                dataset.today,
                timer,
                seed,
            )
            plain = Workload(
                before,
                {n: before.sign_in_again(n, BENCH_PASSWORD) for n in ROLES},
                dataset.today,
                timer,
                seed,
            )
            build = _directory_build(db, sealed, timer)
            results.append(build)
            results.append(_sign_in_and_first_page(dataset.path, before, timer))
            for key in SEARCHES:
                app, _ = sealed.search(key)
                _, base = plain.search(key)
                a, b = timer.pair(app, base)
                results.append(
                    _row(key, f"search {key}", a, b, "before: SQL on plain key", "p95 < 50 ms")
                )
            a, b = timer.pair(sealed.card()[0], plain.card()[0])
            results.append(_row("card", "client card", a, b, "before: plain values", "< 50 ms"))
            a, b = timer.pair(sealed.save()[0], plain.save()[1])
            results.append(
                _row("save", "save a consultation", a, b, "raw INSERT + COMMIT", "p95 < 30 ms")
            )
            year = previous_year(dataset.today)
            a, b = timer.pair(sealed.summary(year)[0], plain.summary(year)[0])
            results.append(_row("annual", "annual summary", a, b, "before: plain values", ""))
    finally:
        db.close()
    return {
        "synthetic_data_only": True,
        "clients": dataset.clients,
        "consultations": dataset.consultations_built,
        "directory_size": build.note,
        "seconds": round(time.perf_counter() - started, 1),
        "results": [r.as_json() for r in results],
    }


def _directory_build(db: Database, work: Workload, timer: Timer) -> Result:
    """The sign-in cost compartments add: opening every client's sealed folded name
    once (the first search after sign-in), against a search on the built directory."""
    user = work.users["caseworker"]
    from .. import clients as clients_service

    def app(_i: int) -> None:
        db.client_directory.forget()
        clients_service.prepare_search(db, user)
        clients_service.search_clients(db, user, "", limit=50)

    def base(_i: int) -> None:
        clients_service.search_clients(db, user, "", limit=50)

    a, b = timer.pair(app, base)
    return Result(
        "directory_build",
        "first search after sign-in (directory build)",
        "ms",
        a,
        b,
        "the same search, directory built",
        "",
        None,
        note=str(db.client_directory.size),
    )


def _sign_in_and_first_page(path: Path, before: Database, timer: Timer) -> Result:
    """Sign-in and the first page of the client list: sealed (directory built) against
    the release before (sign-in, then the first page from the plain index)."""
    from .. import clients as clients_service

    def app(_i: int) -> None:
        db, user = Database.sign_in(path, "caseworker", BENCH_PASSWORD)
        try:
            clients_service.search_clients(db, user, "", limit=50)
        finally:
            db.close()

    def base(_i: int) -> None:
        db, _user = Database.sign_in(path, "caseworker", BENCH_PASSWORD)
        try:
            with before.engine.connect() as conn:
                conn.execute(
                    text(
                        "SELECT id FROM clients WHERE archived_at IS NULL"
                        " AND anonymised_at IS NULL ORDER BY sort_key, id LIMIT 50"
                    )
                ).all()
                conn.rollback()
        finally:
            db.close()

    a, b = timer.pair(app, base)
    return Result(
        "sign_in",
        "sign-in + first page of clients",
        "ms",
        a,
        b,
        "sign-in + first page before",
        "< 400 ms",
        None,
    )


def table(report: dict[str, Any]) -> str:
    lines = [f"{'operation':<48} {'app med/p95 ms':>16} {'before med/p95 ms':>18} {'ratio':>7}"]
    for r in report["results"]:
        app, base = r["app"], r["baseline"]
        lines.append(
            f"{r['label']:<48} {app['median']:>7.1f}/{app['p95']:<8.1f} "
            f"{base['median']:>8.1f}/{base['p95']:<9.1f} {r['ratio']:>6.2f}×"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--consultations", type=int, default=40_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    report = run(args.db, args.clients, args.consultations, args.seed, args.repeat)
    print(table(report))
    build = next(r for r in report["results"] if r["operation"] == "directory_build")
    size = int(report["directory_size"] or 0)
    per_client = (build["app"]["median"] - build["baseline"]["median"]) * 1000 / max(size, 1)
    print(
        f"clients: {report['clients']}, directory entries: {size} "
        f"(build {per_client:.1f} µs per client), {report['seconds']} s"
    )
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
