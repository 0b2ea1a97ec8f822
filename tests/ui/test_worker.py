"""The one background worker: every job on one thread that keeps its database connection,
in the order submitted, results back on the GUI thread."""

from __future__ import annotations

import threading

from sqlalchemy import text

from shelter_app.errors import InvalidInput
from ui.worker import Worker


def test_jobs_run_in_order_on_one_thread_that_keeps_its_connection(qtbot, opened):
    """SQLAlchemy keeps a thread's SQLCipher connection in `threading.local`: a worker
    whose thread forgot it between jobs opened a connection per job, and past five the
    pool closed connections other threads were using (a crash in the test thread)."""
    worker = Worker()
    local = threading.local()
    seen: list[tuple[int, bool, int]] = []

    def job(n: int) -> int:
        first = not hasattr(local, "mark")
        local.mark = True
        with opened.db.engine.connect() as conn:
            conn.execute(text("SELECT 1")).scalar_one()
            connection_id = id(conn.connection.dbapi_connection)
        seen.append((threading.get_ident(), first, connection_id))
        return n

    results: list[int] = []
    for n in range(12):
        worker.submit(job, n, on_done=results.append)
    assert worker.wait(15_000)
    qtbot.waitUntil(lambda: len(results) == 12, timeout=5_000)
    assert results == list(range(12))  # in order, each answered on the GUI thread
    assert len({ident for ident, _first, _c in seen}) == 1
    assert [first for _i, first, _c in seen] == [True] + [False] * 11
    assert len({c for _i, _f, c in seen}) == 1  # one connection for every job
    assert threading.get_ident() not in {ident for ident, _f, _c in seen}


def test_an_error_comes_back_by_signal_and_the_next_job_still_runs(qtbot):
    worker = Worker()
    errors: list[object] = []
    done: list[int] = []

    def refuse() -> None:
        raise InvalidInput("no", "field")

    worker.submit(refuse, on_error=errors.append)
    worker.submit(lambda: 7, on_done=done.append)
    assert worker.wait(15_000)
    qtbot.waitUntil(lambda: bool(errors and done), timeout=5_000)
    assert isinstance(errors[0], InvalidInput) and done == [7]
    assert not worker.busy
