"""Live updates between workstations (issue 20, shelter_app/storage/live.py): what a
commit announces on the server, to whom, when, and what the notice may contain."""

from __future__ import annotations

import json
import queue
import statistics
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, event, text

from shelter_app.changes import Changes, Kind, recording
from shelter_app.storage import live
from shelter_app.storage.live import EVERYTHING, LinkState, Listener
from tests import pg_cluster

WAIT = 2.0  # the promise: another desk's change within 2 seconds


@pytest.fixture(scope="module")
def server_url() -> str:
    return pg_cluster.database_or_skip("live")


@pytest.fixture
def engines(server_url: str) -> Iterator[tuple[Engine, Engine]]:
    """Two workstations: two engines on the same server database."""
    a, b = create_engine(server_url), create_engine(server_url)
    yield a, b
    a.dispose()
    b.dispose()


class Heard:
    """What a listener delivered and which states it went through, with arrival times."""

    def __init__(self) -> None:
        self.changes: queue.Queue[tuple[float, Changes]] = queue.Queue()
        self.states: list[LinkState] = []
        self.live = threading.Event()

    def on_changes(self, changes: Changes) -> None:
        self.changes.put((time.perf_counter(), changes))

    def on_state(self, state: LinkState) -> None:
        self.states.append(state)
        if state is LinkState.LIVE:
            self.live.set()
        else:
            self.live.clear()

    def next(self, timeout: float = WAIT) -> Changes:
        return self.changes.get(timeout=timeout)[1]

    def nothing_within(self, seconds: float) -> bool:
        try:
            self.changes.get(timeout=seconds)
        except queue.Empty:
            return True
        return False


@pytest.fixture
def listening(engines) -> Iterator[tuple[Listener, Heard]]:
    """A listener on workstation A's database that skips A's own notices."""
    a, _b = engines
    heard = Heard()
    listener = Listener(
        live.connector(a),
        heard.on_changes,
        ignore_sender=live.sender_token(a),
        on_state=heard.on_state,
        backoff=(0.1, 0.5),
    )
    listener.start()
    assert heard.live.wait(10), "the listener never connected"
    yield listener, heard
    listener.stop()


def commit_notice(engine: Engine, changes: Changes) -> None:
    with engine.begin() as conn:
        live.publish(conn, changes)


def test_a_commit_reaches_another_workstation_with_its_kinds(engines, listening):
    _a, b = engines
    _listener, heard = listening
    commit_notice(b, Changes.of(Kind.STAYS, Kind.WAITING_LIST, client_ids=[7]))
    got = heard.next()
    assert got.kinds == {Kind.STAYS, Kind.WAITING_LIST}
    assert got.client_ids is None  # the notice names no client: any may be concerned


def test_a_rolled_back_write_announces_nothing(engines, listening):
    _a, b = engines
    _listener, heard = listening
    with b.connect() as conn:
        conn.execute(text("SELECT 1"))
        live.publish(conn, Changes.of(Kind.CLIENTS))
        conn.rollback()
    commit_notice(b, Changes.of(Kind.EVENTS))  # a marker that does commit
    assert heard.next().kinds == {Kind.EVENTS}  # the rolled-back notice never came first
    assert heard.nothing_within(0.3)


def test_a_notice_is_sent_only_when_the_transaction_commits(engines, listening):
    _a, b = engines
    _listener, heard = listening
    with b.connect() as conn:
        live.publish(conn, Changes.of(Kind.STAYS))
        assert heard.nothing_within(0.5)  # written, not committed: nobody knows yet
        conn.commit()
    assert heard.next().kinds == {Kind.STAYS}


def test_own_echoes_are_ignored(engines, listening):
    a, b = engines
    _listener, heard = listening
    commit_notice(a, Changes.of(Kind.CLIENTS))  # this workstation's own write
    commit_notice(b, Changes.of(Kind.COURSES))
    assert heard.next().kinds == {Kind.COURSES}
    assert heard.nothing_within(0.3)


def test_nothing_changed_sends_nothing(engines, listening):
    _a, b = engines
    _listener, heard = listening
    commit_notice(b, Changes())
    assert heard.nothing_within(0.5)


def test_the_notice_names_nobody(make_client, engines):
    """A real write of a client with a name, announced on the server: the bytes on the
    channel hold the format version, a random sender and the kinds; no name, no record."""
    import psycopg

    _a, b = engines
    with recording() as recorder:
        client_id = make_client("Тимошенко", "Ганна")
    assert recorder.changes.client_ids == {client_id}  # the local notice names her record
    spy = psycopg.connect(**_connect_params(b), autocommit=True)
    try:
        spy.execute("LISTEN oberih_changes")
        commit_notice(b, recorder.changes)
        notices = list(spy.notifies(timeout=WAIT, stop_after=1))
    finally:
        spy.close()
    assert len(notices) == 1
    raw = notices[0].payload.encode()
    for word in ("Ганна", "Тимошенко", "ганна", "тимошенко", "Hanna", "Tymoshenko"):
        assert word.encode() not in raw
    data = json.loads(raw)
    assert data == {"v": 1, "s": live.sender_token(b), "k": ["clients"]}
    assert len(data["s"]) == 16  # random, not derived from anything in the records


def _connect_params(engine: Engine) -> dict[str, object]:
    _args, params = engine.dialect.create_connect_args(engine.url)
    return params


def test_the_listener_reconnects_after_its_connection_is_killed(engines, listening):
    a, b = engines
    listener, heard = listening
    pid = listener.backend_pid
    assert pid is not None
    with a.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        conn.commit()
    deadline = time.monotonic() + 10
    while LinkState.LOST not in heard.states and time.monotonic() < deadline:
        time.sleep(0.02)
    assert LinkState.LOST in heard.states
    assert heard.live.wait(10), "the listener did not come back"
    assert heard.states[-2:] == [LinkState.LOST, LinkState.LIVE]
    assert listener.backend_pid not in (None, pid)
    # what was sent while away is lost: on return every view is told to reload
    assert heard.next() == EVERYTHING
    commit_notice(b, Changes.of(Kind.STAYS))
    assert heard.next().kinds == {Kind.STAYS}


def test_stop_ends_the_thread_within_a_second(engines):
    a, _b = engines
    heard = Heard()
    listener = Listener(live.connector(a), heard.on_changes, on_state=heard.on_state)
    listener.start()
    assert heard.live.wait(10)
    started = time.perf_counter()
    assert listener.stop(timeout=1.0)  # True: the thread has ended
    took = time.perf_counter() - started
    print(f"\nstop() while listening returned in {took * 1000:.0f} ms")
    assert listener.state is LinkState.STOPPED
    assert not any(t.name == "oberih-live" and t.is_alive() for t in threading.enumerate())


def test_stop_while_waiting_to_reconnect_is_prompt():
    """A server that cannot be reached: the listener backs off, and stop() still ends it
    at once, and no callback comes after it."""
    heard = Heard()

    def refuse():  # type: ignore[no-untyped-def]
        import psycopg

        raise psycopg.OperationalError("connection refused")

    listener = Listener(refuse, heard.on_changes, on_state=heard.on_state, backoff=(5, 10))
    listener.start()
    deadline = time.monotonic() + 5
    while LinkState.LOST not in heard.states and time.monotonic() < deadline:
        time.sleep(0.01)
    assert heard.states == [LinkState.CONNECTING, LinkState.LOST]
    assert listener.stop(timeout=1.0)
    assert heard.changes.empty()


def test_publish_does_nothing_on_sqlite(tmp_path: Path):
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with engine.begin() as conn:
        live.publish(conn, Changes.of(Kind.STAYS))
    assert statements == []
    engine.dispose()


def test_a_notice_this_version_cannot_read_reloads_everything():
    assert live.read_payload("not json") == ("", EVERYTHING)
    assert live.read_payload('{"v":2,"s":"x","k":["stays","beds_v2"]}') == ("x", EVERYTHING)
    sender, changes = live.read_payload(live.payload(Changes.of(Kind.STAYS), "abc"))
    assert (sender, changes) == ("abc", Changes.of(Kind.STAYS))


# --- measurements (printed, never asserted on time) ----------------------------------------


def _thread_cpu_seconds(native_id: int) -> float | None:
    """A thread's time on a CPU so far (Linux's schedstat, in nanoseconds)."""
    stat = Path(f"/proc/self/task/{native_id}/schedstat")
    if not stat.exists():
        return None
    return int(stat.read_text().split()[0]) / 1e9


def test_notice_latency_and_idle_cost(engines, listening):
    """Commit → callback over 100 commits, against the commit's own round trip on the
    same server; and the listening thread's CPU while nothing happens."""
    _a, b = engines
    _listener, heard = listening
    latencies, commits = [], []
    with b.connect() as conn:
        for _ in range(100):
            live.publish(conn, Changes.of(Kind.STAYS))
            started = time.perf_counter()
            conn.commit()
            committed = time.perf_counter()
            arrived, _changes = heard.changes.get(timeout=WAIT)
            latencies.append(arrived - started)
            commits.append(committed - started)
    q = statistics.quantiles(latencies, n=20)
    base = statistics.median(commits)
    p50, p95 = statistics.median(latencies), q[18]
    print(
        f"\nnotice latency over 100 commits: p50 {p50 * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"
        f" (a bare commit's round trip: {base * 1000:.2f} ms; p50 ratio {p50 / base:.1f}x)"
    )
    assert len(latencies) == 100
    thread = next(t for t in threading.enumerate() if t.name == "oberih-live")
    assert thread.native_id is not None
    before = _thread_cpu_seconds(thread.native_id)
    if before is None:
        return
    idle = 5.0
    time.sleep(idle)
    after = _thread_cpu_seconds(thread.native_id)
    assert after is not None
    print(
        f"listener thread CPU while idle: {(after - before) / idle * 1000:.2f} ms per second"
        f" ({(after - before) / idle * 100:.3f} % of a core)"
    )


# --- through the services, two workstations on one server database ----------------------


@pytest.fixture
def desks(server_url):  # type: ignore[no-untyped-def]
    from tests.two_workstations import two_workstations

    with two_workstations() as pair:
        yield pair


@pytest.fixture
def desk_listener(desks) -> Iterator[Heard]:
    """A listener at the first desk, as its window runs one."""
    here, _there = desks
    heard = Heard()
    listener = Listener(
        live.connector(here.db.engine),
        heard.on_changes,
        ignore_sender=live.sender_token(here.db.engine),
        on_state=heard.on_state,
    )
    listener.start()
    assert heard.live.wait(10)
    yield heard
    listener.stop()


def test_another_desks_admission_is_heard_with_its_kinds(desks, desk_listener):
    from datetime import date

    from shelter_app import clients, shelter, shelter_layout
    from shelter_app.clients import ClientForm

    here, there = desks
    room = shelter_layout.add_room(there.db, there.user, "Кімната 1", 4)
    bed = shelter_layout.add_bed(there.db, there.user, room.id, "A")
    assert desk_listener.next().kinds == {Kind.SHELTER_LAYOUT}
    assert desk_listener.next().kinds == {Kind.SHELTER_LAYOUT}
    card = clients.create_client(there.db, there.user, ClientForm("Тимошенко", "Ганна"))
    assert desk_listener.next().kinds == {Kind.CLIENTS}
    shelter.admit(there.db, there.user, card.id, bed.id, date.today(), "police")
    assert Kind.STAYS in desk_listener.next().kinds
    # this desk's own save reaches its views locally, not a second time from the server
    shelter_layout.add_room(here.db, here.user, "Кімната 2", 2)
    assert desk_listener.nothing_within(0.5)


def test_a_refused_save_announces_nothing(desks, desk_listener):
    from datetime import date

    from shelter_app import clients, shelter, shelter_layout
    from shelter_app.clients import ClientForm
    from shelter_app.errors import OberihError

    _here, there = desks
    room = shelter_layout.add_room(there.db, there.user, "Кімната 1", 1)
    bed = shelter_layout.add_bed(there.db, there.user, room.id, "A")
    first = clients.create_client(there.db, there.user, ClientForm("Бойко", "Олена"))
    second = clients.create_client(there.db, there.user, ClientForm("Бойко", "Ірина"))
    shelter.admit(there.db, there.user, first.id, bed.id, date.today(), "police")
    while not desk_listener.nothing_within(0.5):  # the set-up's own notices
        pass
    with pytest.raises(OberihError):  # the bed is taken: refused, rolled back
        shelter.admit(there.db, there.user, second.id, bed.id, date.today(), "police")
    assert desk_listener.nothing_within(0.7)


def test_a_service_write_on_the_server_sends_no_name(desks):
    import psycopg

    from shelter_app import clients
    from shelter_app.clients import ClientForm

    _here, there = desks
    spy = psycopg.connect(**_connect_params(there.db.engine), autocommit=True)
    try:
        spy.execute("LISTEN oberih_changes")
        card = clients.create_client(
            there.db, there.user, ClientForm("Тимошенко", "Ганна", phone="+380501234567")
        )
        notices = list(spy.notifies(timeout=WAIT, stop_after=1))
    finally:
        spy.close()
    assert len(notices) == 1
    raw = notices[0].payload.encode()
    for word in ("Ганна", "Тимошенко", "380501234567", card.code):
        assert word.encode() not in raw
    assert json.loads(raw) == {"v": 1, "s": live.sender_token(there.db.engine), "k": ["clients"]}


def test_a_read_announces_nothing(desks, desk_listener):
    """Reading writes an audit entry; that is no change anyone's screen shows."""
    from shelter_app import clients
    from shelter_app.clients import ClientForm

    _here, there = desks
    card = clients.create_client(there.db, there.user, ClientForm("Бойко", "Олена"))
    assert desk_listener.next().kinds == {Kind.CLIENTS}
    clients.get_client(there.db, there.user, card.id)
    assert desk_listener.nothing_within(0.7)


def test_a_stopped_listener_does_not_start_again(engines):
    a, _b = engines
    listener = Listener(live.connector(a), lambda _c: None)
    listener.start()
    assert listener.stop()
    with pytest.raises(RuntimeError):
        listener.start()


def test_service_notice_latency(desks, desk_listener):
    """A real save at another desk (a room added, 100 times): from the service call's
    start to this desk's callback, against the service call's own duration."""
    from shelter_app import shelter_layout

    _here, there = desks
    latencies, calls = [], []
    for i in range(100):
        started = time.perf_counter()
        shelter_layout.add_room(there.db, there.user, f"Кімната {i}", 2)
        returned = time.perf_counter()
        arrived, _changes = desk_listener.changes.get(timeout=WAIT)
        latencies.append(arrived - started)
        calls.append(returned - started)
    p50, p95 = statistics.median(latencies), statistics.quantiles(latencies, n=20)[18]
    base = statistics.median(calls)
    print(
        f"\nservice save → other desk's callback over 100 saves: p50 {p50 * 1000:.1f} ms,"
        f" p95 {p95 * 1000:.1f} ms (the save itself: p50 {base * 1000:.1f} ms;"
        f" ratio {p50 / base:.2f}x)"
    )
    assert len(latencies) == 100
