"""What staff do all day, timed through the services, each beside its baseline: the same
data read or written by raw SQL on the same connection (raw SQL lives here only because
it is what the services are measured against).

Every run of an operation varies its input the same way for the app and the baseline:
another typed word, another client."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from .. import clients, consultations, courses, referrals, safety, shelter
from ..database import Database, SignedInUser, utcnow
from ..permissions import Permission
from ..search_key import client_search_key, client_sort_key, query_words
from ..storage.casework_schema import Client
from ..storage.engine import raw_cursor
from ..vocabulary import ConsultationFormat, ConsultationKind, ConsultationOutcome, PsyTopic
from .raw_summary import raw_summary
from .timing import Timer

PAGE = 100  # rows the client list asks for at a time (ui/clients/model.py BATCH)
# what staff type, lower case as they do, with the keyboard's ASCII apostrophe
SURNAMES = ("мельник", "шевченко", "коваленко", "бондаренко", "ткаченко", "олійник", "руденко")
APOSTROPHE = ("дем'ян", "прокоп'ю", "пилип'ю", "мар'ян", "солов'й")
FULL_NAMES = ("мельник олена", "шевченко марія", "коваленко ірина", "бондаренко наталія")
SEARCHES: dict[str, Callable[[int], str]] = {
    "search_1": lambda i: SURNAMES[i % len(SURNAMES)][:1],
    "search_2": lambda i: SURNAMES[i % len(SURNAMES)][:2],
    "search_3": lambda i: SURNAMES[i % len(SURNAMES)][:3],
    "search_5": lambda i: SURNAMES[i % len(SURNAMES)][:5],
    "search_apostrophe": lambda i: APOSTROPHE[i % len(APOSTROPHE)],
    "search_full": lambda i: FULL_NAMES[i % len(FULL_NAMES)],
}
Run = Callable[[int], None]
Pair = tuple[Run, Run]  # (the app's operation, its baseline); both take the run number
PSY = ConsultationKind.PSYCHOLOGICAL.value
LEGAL = ConsultationKind.LEGAL.value


def previous_year(today: date) -> tuple[date, date]:
    return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)


def previous_month(today: date) -> tuple[date, date]:
    first = today.replace(day=1)
    last = first - timedelta(days=1)
    return last.replace(day=1), last


class Workload:
    """The operations of issue 8 on one opened database (encrypted or its plain copy)."""

    def __init__(
        self,
        db: Database,
        users: dict[str, SignedInUser],
        today: date,
        timer: Timer,
        seed: int,
    ):
        self.db, self.users, self.today, self.timer = db, users, today, timer
        rng = random.Random(seed)  # noqa: S311 (choosing test inputs)
        with db.unit_of_work(users["caseworker"], Permission.READ_CLIENTS) as uow:
            rows = uow.session.execute(select(Client.id, Client.archived_at)).all()
        ids = [cid for cid, _ in rows]
        active = [cid for cid, archived in rows if archived is None]
        n = timer.repeat + timer.warmup + 1
        self.card_clients = rng.sample(ids, min(n, len(ids)))
        self.save_clients = rng.sample(active, min(n, len(active)))
        self._plain_names: sqlite3.Connection | None = None

    def plain_names(self) -> sqlite3.Connection:
        """The search baseline's table: since compartments the names and their folded
        keys are sealed, so raw SQL can search only a plain copy of them. This one lives
        in memory (never on disk), made once from what the case worker's keys open, with
        the index the release before compartments had: the baseline is the search as it
        was, the app's line is the search as it is now."""
        if self._plain_names is None:
            mirror = sqlite3.connect(":memory:", check_same_thread=False)
            mirror.execute(
                "CREATE TABLE clients (id INTEGER PRIMARY KEY, code, last_name, first_name, "
                "patronymic, birth_date, birth_year, district, last_activity_on, "
                "archived_at, anonymised_at, sort_key, search_key)"
            )
            with self.db.unit_of_work(self.users["caseworker"], Permission.READ_CLIENTS) as uow:
                rows = [
                    (
                        c.id,
                        c.code,
                        c.last_name,
                        c.first_name,
                        c.patronymic,
                        str(c.birth_date) if c.birth_date else None,
                        c.birth_year,
                        c.district,
                        str(c.last_activity_on) if c.last_activity_on else None,
                        str(c.archived_at) if c.archived_at else None,
                        str(c.anonymised_at) if c.anonymised_at else None,
                        client_sort_key(c.last_name, c.first_name, c.patronymic),
                        client_search_key(c.code, c.last_name, c.first_name, c.patronymic),
                    )
                    for c in uow.session.scalars(select(Client))
                ]
            mirror.executemany("INSERT INTO clients VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            mirror.execute(
                "CREATE INDEX ix_clients_search_active ON clients (sort_key, id, search_key) "
                "WHERE anonymised_at IS NULL AND archived_at IS NULL"
            )
            self._plain_names = mirror
        return self._plain_names

    def baseline_search_ids(self, text: str) -> list[int]:
        """The ids of the first page the baseline returns (tests compare it to the app)."""
        return [row[0] for row in self._search_sql(self.plain_names(), text)]

    @staticmethod
    def _search_sql(conn: sqlite3.Connection, text: str) -> list[Any]:
        words = query_words(text)
        sql = _SEARCH.replace("/*words*/", " AND search_key LIKE ? ESCAPE '\\'" * len(words))
        args = [f"% {_escape(w)}%" for w in words]
        return conn.execute(sql, (*args, *args, PAGE)).fetchall()

    def _pick(self, items: list[int], i: int) -> int:
        return items[i % len(items)]

    # --- search as you type ---------------------------------------------------------

    def search(self, key: str) -> Pair:
        """One keystroke of the client list: the first page and the count (two service
        calls, as ClientListModel makes them), against one raw statement that returns
        the same page with the count beside it, on a plain in-memory copy of the names
        (`plain_names`: what search cost before the names were sealed)."""
        user, typed = self.users["caseworker"], SEARCHES[key]

        def app(i: int) -> None:
            text = typed(i)
            clients.search_clients(self.db, user, text, limit=PAGE, today=self.today)
            clients.count_clients(self.db, user, text)

        plain = self.plain_names()

        def baseline(i: int) -> None:
            self._search_sql(plain, typed(i))

        return app, baseline

    def prepare_search(self) -> Pair:
        """Search made ready after sign-in (clients.prepare_search: every client's sealed
        folded name and sort key opened, the names sorted), against reading the same
        rows unopened with the same driver cursor: what opening and sorting add."""
        user = self.users["caseworker"]
        directory = self.db.client_directory

        def app(_i: int) -> None:
            directory.forget()
            clients.prepare_search(self.db, user)

        def baseline(_i: int) -> None:
            with raw_cursor(self.db.engine) as cur:
                cur.execute(
                    "SELECT id, search_key, sort_key, archived_at IS NULL, "
                    "anonymised_at IS NULL FROM clients ORDER BY id"
                ).fetchall()

        return app, baseline

    # --- the client card ------------------------------------------------------------

    def card(self) -> Pair:
        """Everything the card's tabs load for a case worker."""
        user = self.users["caseworker"]

        def app(i: int) -> None:
            cid = self._pick(self.card_clients, i)
            clients.get_client(self.db, user, cid, today=self.today)
            consultations.client_consultations(self.db, user, cid, PSY)
            consultations.client_consultations(self.db, user, cid, LEGAL)
            safety.client_safety(self.db, user, cid, today=self.today)
            shelter.client_stays(self.db, user, cid)
            courses.client_enrolments(self.db, user, cid)
            referrals.client_referrals(self.db, user, cid)
            clients.client_history(self.db, user, cid)

        def baseline(i: int) -> None:
            cid = self._pick(self.card_clients, i)
            with raw_cursor(self.db.engine) as cur:
                cur.execute("BEGIN")
                try:
                    _raw_card(cur, cid, self.today)
                finally:
                    cur.execute("COMMIT")

        return app, baseline

    # --- saving a consultation ------------------------------------------------------

    def save(self) -> Pair:
        """A psychologist logs a consultation she has just held (a durable commit with
        its audit entry), against a raw INSERT of the row and its topics + COMMIT."""
        user = self.users["psychologist"]
        topics = [PsyTopic.TRAUMA.value, PsyTopic.CRISIS.value]

        def app(i: int) -> None:
            now = datetime.now().replace(microsecond=0)
            consultations.log_consultation(
                self.db,
                user,
                self._pick(self.save_clients, i),
                PSY,
                now - timedelta(minutes=50),
                50,
                ConsultationFormat.IN_PERSON.value,
                topics,
                ConsultationOutcome.FOLLOW_UP.value,
                note="Синтетична нотатка бенчмарку.",
                follow_up_on=now.date() + timedelta(days=14),
                now=now,
            )

        def baseline(i: int) -> None:
            now = datetime.now().replace(microsecond=0)
            starts = now - timedelta(minutes=50)
            with raw_cursor(self.db.engine) as cur:
                cur.execute("BEGIN IMMEDIATE")
                try:
                    cur.execute(
                        "INSERT INTO consultations (client_id, kind, specialist_id, status, "
                        "starts_at, duration_min, format, is_first, outcome, follow_up_on, "
                        "note, created_at) VALUES (?, ?, ?, 'held', ?, 50, ?, 0, ?, ?, ?, ?)",
                        (
                            self._pick(self.save_clients, i),
                            PSY,
                            user.account_id,
                            _sql_time(starts),
                            ConsultationFormat.IN_PERSON.value,
                            ConsultationOutcome.FOLLOW_UP.value,
                            str(now.date() + timedelta(days=14)),
                            "Синтетична нотатка бенчмарку.",
                            _sql_time(utcnow()),
                        ),
                    )
                    new_id = cur.lastrowid
                    cur.executemany(
                        "INSERT INTO consultation_topics (consultation_id, topic) VALUES (?, ?)",
                        [(new_id, t) for t in topics],
                    )
                except BaseException:
                    cur.execute("ROLLBACK")
                    raise
                cur.execute("COMMIT")

        return app, baseline

    # --- summaries ------------------------------------------------------------------

    def summary(self, period: tuple[date, date], pdf: bool = False) -> Pair:
        """The anonymised summary for the department (aggregation, disclosure control,
        and with `pdf` the rendering), against the raw GROUP BY queries it stands on."""
        from ..reports.summary import build_summary  # landed with the reports issue

        user = self.users["coordinator"]
        start, end = period

        def app(_i: int) -> None:
            summary = build_summary(self.db, user, start, end, today=self.today)
            if pdf:
                from ..reports.pdf import render_pdf

                render_pdf(summary)

        def baseline(_i: int) -> None:
            with raw_cursor(self.db.engine) as cur:
                cur.execute("BEGIN")
                try:
                    raw_summary(cur, start, end, min(end, self.today))
                finally:
                    cur.execute("COMMIT")

        return app, baseline

    def release_year(self, year: int, count: int = 20) -> int:
        """Export `count` earlier releases that share people with `year` (its months,
        quarters and half-years, then the months before it) as CSV into a temporary
        folder, so that the register holds them when the year's summary is measured
        (reports/releases.py protects the year jointly with each). Returns how many were
        made (one the register refuses is left out)."""
        import tempfile
        from pathlib import Path

        from ..reports import periods
        from ..reports.export import export_summary
        from ..reports.releases import ReleaseBlocked

        chosen = [periods.month(year, m) for m in range(1, 13)]
        chosen += [periods.quarter(year, q) for q in range(1, 5)]
        chosen += [periods.half_year(year, h) for h in (1, 2)]
        chosen += [periods.month(year - 1, 12), periods.quarter(year - 1, 4)]
        user = self.users["coordinator"]
        made = 0
        with tempfile.TemporaryDirectory(prefix="oberih-bench-") as folder:
            for n, period in enumerate(chosen[:count]):
                try:
                    export_summary(
                        self.db,
                        user,
                        period.start,
                        period.end,
                        Path(folder) / f"r{n}.csv",
                        language="en",
                        today=self.today,
                    )
                except ReleaseBlocked:  # cannot be protected with the ones before it
                    continue
                made += 1
        return made


# the page and, beside it, the count (an uncorrelated subquery: evaluated once)
_SEARCH = """SELECT id, code, last_name, first_name, patronymic, birth_date, birth_year,
    district, last_activity_on, archived_at,
    (SELECT count(*) FROM clients WHERE anonymised_at IS NULL AND archived_at IS NULL /*words*/)
    FROM clients WHERE anonymised_at IS NULL AND archived_at IS NULL /*words*/
    ORDER BY sort_key, id LIMIT ?"""


def _sql_time(moment: datetime) -> str:
    """How SQLAlchemy stores a DateTime in SQLite."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _raw_card(cur: Any, cid: int, today: date) -> None:
    """The card's data in raw SQL: identity, categories, consents, both kinds of
    consultations with their topics, safety, stays, enrolments, referrals, history."""
    q: Callable[..., list[Any]] = lambda sql, *a: cur.execute(sql, a).fetchall()  # noqa: E731
    q("SELECT * FROM clients WHERE id = ?", cid)
    q("SELECT category FROM client_categories WHERE client_id = ?", cid)
    q("SELECT * FROM consents WHERE client_id = ? ORDER BY given_on, id", cid)
    for kind in (PSY, LEGAL):
        rows = q(
            "SELECT c.*, a.display_name FROM consultations c "
            "JOIN accounts a ON a.id = c.specialist_id "
            "WHERE c.client_id = ? AND c.kind = ? ORDER BY c.starts_at DESC, c.id DESC",
            cid,
            kind,
        )
        ids = [r[0] for r in rows]
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            marks = ",".join("?" * len(part))
            q(
                "SELECT consultation_id, topic FROM consultation_topics "  # noqa: S608
                f"WHERE consultation_id IN ({marks}) ORDER BY topic",
                *part,
            )
    q(
        "SELECT * FROM incidents WHERE client_id = ? ORDER BY disclosed_on DESC, id DESC",
        cid,
    )
    q("SELECT * FROM risk_assessments WHERE client_id = ? ORDER BY assessed_on DESC, id DESC", cid)
    q("SELECT * FROM safety_plans WHERE client_id = ? ORDER BY made_on DESC, id DESC LIMIT 1", cid)
    q(
        "SELECT 1 FROM consents WHERE client_id = ? AND kind = 'special_category' "
        "AND given_on <= ? AND (withdrawn_on IS NULL OR withdrawn_on > ?)",
        cid,
        str(today),
        str(today),
    )
    for (stay_id,) in q(
        "SELECT id FROM stays WHERE client_id = ? ORDER BY admitted_on DESC, id DESC", cid
    ):
        q("SELECT * FROM stays WHERE id = ?", stay_id)
        q("SELECT age_years, sex FROM stay_children WHERE stay_id = ? ORDER BY id", stay_id)
        q("SELECT * FROM stay_extensions WHERE stay_id = ? ORDER BY id", stay_id)
        q(
            "SELECT b.id, b.label, r.id, r.name, ba.from_date, ba.to_date "
            "FROM bed_assignments ba JOIN beds b ON b.id = ba.bed_id "
            "JOIN rooms r ON r.id = b.room_id WHERE ba.stay_id = ? "
            "ORDER BY ba.from_date, ba.id",
            stay_id,
        )
    q(
        "SELECT e.*, c.title FROM enrolments e JOIN courses c ON c.id = e.course_id "
        "WHERE e.client_id = ? ORDER BY e.requested_at DESC, e.id DESC",
        cid,
    )
    q(
        "SELECT r.*, p.name FROM referrals r LEFT JOIN partners p ON p.id = r.partner_id "
        "WHERE r.client_id = ? ORDER BY r.on_date DESC, r.id DESC",
        cid,
    )
    q(
        "SELECT h.*, a.display_name FROM client_changes h "
        "JOIN accounts a ON a.id = h.account_id WHERE h.client_id = ? "
        "ORDER BY h.at DESC, h.id DESC",
        cid,
    )
