"""`shelter-app bench --server URL` (issue 20): the SQLite run's operations on a
PostgreSQL server, each beside raw SQL on the same server.

The same synthetic file the SQLite run uses is built (or reused), moved into the EMPTY
server database by the move of `migrate-to-server` (a database with rows is refused, so
real records are never benchmarked), and measured through the services; each baseline
runs on one plain driver connection to the same server. The baselines are workload.py's
SQL, with the few statements PostgreSQL says differently given here."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from shelter_app.i18n import fill

from ..database import Database, utcnow
from ..server_move import move_to_server
from ..settings import get_settings
from ..source_file import open_read_only
from ..storage.keyfile import derive_kek
from ..storage.server import ServerAddress, make_server_engine
from ..vocabulary import ConsultationFormat, ConsultationOutcome, PsyTopic
from .dataset import BENCH_PASSWORD
from .raw_postgres import NamedCursor
from .raw_summary import raw_summary
from .runner import ROLES, Report, Say, prepared
from .timing import Result, Stats, Timer, load_average, machine
from .workload import PSY, SEARCHES, Pair, Workload, _raw_card, previous_month, previous_year

ADMIN = "admin"


class Qmark:
    """A psycopg connection that takes workload.py's SQLite-style `?` statements."""

    def __init__(self, conn: Any):
        self.conn = conn

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self.conn.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params))


class ServerWorkload(Workload):
    """workload.py's operations on the server; the baselines on `raw`, one psycopg
    connection of its own (autocommit; each baseline opens its own transaction)."""

    def __init__(self, db: Database, raw: Any, today: Any, timer: Timer, seed: int):
        super().__init__(
            db, {n: db.sign_in_again(n, BENCH_PASSWORD) for n in ROLES}, today, timer, seed
        )
        self.raw = raw
        self._server_names: Qmark | None = None

    def plain_names(self) -> Any:
        """The search baseline's plain names, as a TEMPORARY table of the baseline's
        session on the server (synthetic data only; gone when the session ends), with
        the index the release before compartments had."""
        if self._server_names is None:
            mirror = super().plain_names()  # the same rows, made by the same code
            rows = mirror.execute("SELECT * FROM clients").fetchall()
            self.raw.execute(
                "CREATE TEMPORARY TABLE bench_plain_clients (id integer PRIMARY KEY, code text, "
                "last_name text, first_name text, patronymic text, birth_date text, "
                "birth_year integer, district text, last_activity_on text, archived_at text, "
                'anonymised_at text, sort_key text COLLATE "C", search_key text)'
            )
            with self.raw.cursor() as cur:
                cur.executemany(
                    "INSERT INTO bench_plain_clients VALUES "
                    "(%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                    rows,
                )
            self.raw.execute(
                "CREATE INDEX ON bench_plain_clients (sort_key, id, search_key) "
                "WHERE anonymised_at IS NULL AND archived_at IS NULL"
            )
            self.raw.execute("ANALYZE bench_plain_clients")
            self._server_names = _Renamed(self.raw)
        return self._server_names

    def card(self) -> Pair:
        app, _sqlite = super().card()

        def baseline(i: int) -> None:
            cid = self._pick(self.card_clients, i)
            with self.raw.transaction():
                _raw_card(Qmark(self.raw), cid, self.today)

        return app, baseline

    def save(self) -> Pair:
        app, _sqlite = super().save()
        user = self.users["psychologist"]
        topics = [PsyTopic.TRAUMA.value, PsyTopic.CRISIS.value]

        def baseline(i: int) -> None:
            now = datetime.now().replace(microsecond=0)
            with self.raw.transaction():
                new_id = self.raw.execute(
                    "INSERT INTO consultations (client_id, kind, specialist_id, status, "
                    "starts_at, duration_min, format, is_first, outcome, follow_up_on, "
                    "note, created_at) VALUES (%s, %s, %s, 'held', %s, 50, %s, false, %s, "
                    "%s, %s, %s) RETURNING id",
                    (
                        self._pick(self.save_clients, i),
                        PSY,
                        user.account_id,
                        now - timedelta(minutes=50),
                        ConsultationFormat.IN_PERSON.value,
                        ConsultationOutcome.FOLLOW_UP.value,
                        now.date() + timedelta(days=14),
                        "Синтетична нотатка бенчмарку.",
                        utcnow(),
                    ),
                ).fetchone()[0]
                with self.raw.cursor() as cur:
                    cur.executemany(
                        "INSERT INTO consultation_topics (consultation_id, topic) VALUES (%s, %s)",
                        [(new_id, t) for t in topics],
                    )

        return app, baseline

    def summary(self, period: tuple[date, date], pdf: bool = False) -> Pair:
        app, _sqlite = super().summary(period, pdf=pdf)
        start, end = period

        def baseline(_i: int) -> None:
            with self.raw.transaction():
                raw_summary(NamedCursor(self.raw), start, end, min(end, self.today))

        return app, baseline


class _Renamed(Qmark):
    """The search statement of workload.py, on the temporary table."""

    def execute(self, sql: str, params: Any = ()) -> Any:
        return super().execute(sql.replace("FROM clients", "FROM bench_plain_clients"), params)


def labels() -> dict[str, tuple[str, str]]:
    """The server's lines: runner.py's labels, and the cold ones."""
    from .runner import labels as sqlite_labels

    out = {
        k: v
        for k, v in sqlite_labels().items()
        if k in (*SEARCHES, "card", "save", "annual", "monthly", "sign_in")
    }
    out["card_cold"] = (
        QCoreApplication.translate("bench", "Open a client card (all tabs), new connection"),
        QCoreApplication.translate("bench", "raw SQL on a new connection"),
    )
    return out


def _line(key: str, app: Stats, baseline: Stats, failed: str = "") -> Result:
    label, base_label = labels()[key]
    ratio = app.median / baseline.median if baseline.median > 0 else float("inf")
    if key.startswith("search_"):
        target, met = "p95 < 50 ms, ≤ 2×", app.p95 < 50 and ratio <= 2
    elif key in ("card", "card_cold"):
        target, met = "< 50 ms", app.median < 50
    elif key == "save":
        target, met = "p95 < 30 ms", app.p95 < 30
    elif key == "annual":
        target, met = "< 3 s, ≤ 1.5×", app.median < 3000 and ratio <= 1.5
    else:
        target, met = "", None
    if failed:
        met = False
    return Result(key, label, "ms", app, baseline, base_label, target, met, failed=failed)


def _measure(report: Report, key: str, measure: Callable[[], tuple[Stats, Stats]]) -> None:
    try:
        app, baseline = measure()
    except Exception as exc:  # a benchmark reports a failing line, and goes on
        nothing = Stats(0.0, 0.0, 0)
        report.results.append(_line(key, nothing, nothing, type(exc).__name__))
        return
    report.results.append(_line(key, app, baseline))


def run(
    address: ServerAddress,
    path: Path,
    clients: int,
    consultations: int,
    seed: int,
    repeat: int,
    say: Say,
    progress: Callable[[str, int, int], None] | None = None,
) -> Report:
    started = time.perf_counter()
    dataset = prepared(path, clients, consultations, seed, repeat, say, progress)
    say(
        fill(
            QCoreApplication.translate("bench", "Moving the benchmark database %1 to %2…"),
            str(dataset.path),
            address.shown,
        )
    )
    engine = make_server_engine(address)
    try:
        with open_read_only(dataset.path, ADMIN, BENCH_PASSWORD) as source:
            moved = move_to_server(source, engine)
    finally:
        engine.dispose()
    db, _admin = Database.sign_in(address, ADMIN, BENCH_PASSWORD)
    raw = _connect(db)
    try:
        version = raw.execute("SHOW server_version").fetchone()[0]
        report = Report(dataset, machine("—", "—"))
        report.machine["server"] = address.shown
        report.machine["postgresql"] = version
        timer = Timer(repeat)
        work = ServerWorkload(db, raw, dataset.today, timer, seed)
        say(QCoreApplication.translate("bench", "Measuring search as you type…"))
        for key in SEARCHES:
            _measure(report, key, partial(_pair, timer, partial(work.search, key)))
        say(QCoreApplication.translate("bench", "Measuring the client card and saving…"))
        _measure(report, "card", lambda: timer.pair(*work.card()))
        _measure(report, "card_cold", lambda: _card_cold(db, work, timer))
        _measure(report, "save", lambda: timer.pair(*work.save()))
        say(QCoreApplication.translate("bench", "Measuring the summaries…"))
        for key, period in (
            ("annual", previous_year(dataset.today)),
            ("monthly", previous_month(dataset.today)),
        ):
            _measure(report, key, partial(_pair, timer, partial(work.summary, period)))
        say(QCoreApplication.translate("bench", "Measuring sign-in…"))
        _measure(report, "sign_in", lambda: _sign_in(address, db, timer))
    finally:
        raw.close()
        db.close()
    report.notes += notes(address, version, moved.verified.rows, moved.copied.seconds)
    report.machine["load_average_end"] = load_average()
    report.seconds = time.perf_counter() - started
    return report


def summary_lines(report: Report) -> list[str]:
    """runner.py's lines, with the machine's saying PostgreSQL where it says SQLCipher."""
    from .runner import summary_lines as sqlite_lines

    lines = sqlite_lines(report)
    m = report.machine
    lines[1] = fill(
        QCoreApplication.translate(
            "bench", "Machine: %1 CPU(s) %2, %3 GiB RAM, Python %4, PostgreSQL %5."
        ),
        str(m["cpu_count"]),
        str(m["cpu_model"]),
        str(m["ram_gib"]),
        m["python"],
        m["postgresql"],
    )
    return lines


def notes(address: ServerAddress, version: str, rows: int, seconds: float) -> list[str]:
    return [
        fill(
            QCoreApplication.translate(
                "bench",
                "Server: %1 (PostgreSQL %2); the file moved there in %3 s (%4 rows, "
                "verified). Baselines: raw SQL on one plain connection to the same server.",
            ),
            address.shown,
            version,
            f"{seconds:.1f}",
            str(rows),
        ),
        QCoreApplication.translate(
            "bench",
            'On the server "new connection" (cold) means every run connects anew, app and '
            "baseline alike; the server's own cache stays warm. Not measured on the server: "
            "encryption cost (no SQLCipher there), the GUI, the PDF and the case lines. The "
            "summaries' raw GROUP BY is raw_summary.py's SQL in PostgreSQL's dialect.",
        ),
    ]


def _connect(db: Database) -> Any:
    """A plain psycopg connection to the same server, with the same settings."""
    import psycopg

    url = db.engine.url
    return psycopg.connect(
        url.render_as_string(hide_password=False).replace("postgresql+psycopg", "postgresql"),
        autocommit=True,
    )


def _card_cold(db: Database, work: ServerWorkload, timer: Timer) -> tuple[Stats, Stats]:
    """The card as the first thing after connecting: the app's pool emptied before each
    run (so it connects anew), the baseline on a new connection of its own."""
    app, _warm = work.card()

    def baseline(i: int) -> None:
        conn = _connect(db)
        try:
            cid = work._pick(work.card_clients, i)
            with conn.transaction():
                _raw_card(Qmark(conn), cid, work.today)
        finally:
            conn.close()

    return timer.pair(app, baseline, before=db.engine.dispose)


def _sign_in(address: ServerAddress, db: Database, timer: Timer) -> tuple[Stats, Stats]:
    """What the sign-in window does (connecting included), against Argon2id alone."""

    def app(_i: int) -> None:
        signed, user = Database.sign_in(address, "caseworker", BENCH_PASSWORD)
        try:
            get_settings(signed, user)
        finally:
            signed.close()

    params = db.keyfile.kdf_params(db.keyfile.locator("caseworker"))

    def baseline(_i: int) -> None:
        derive_kek(BENCH_PASSWORD, b"\x00" * 16, params)

    return timer.pair(app, baseline)


def _pair(timer: Timer, make: Callable[[], Pair]) -> tuple[Stats, Stats]:
    return timer.pair(*make())
