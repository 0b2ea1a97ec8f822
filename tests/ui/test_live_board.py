"""Another workstation's admission appears on the board and in My day without a manual
reload (issue 20, ui/live_updates.py).

Two kinds of set-up: two `Database`s signed in on one server database (the real thing,
at the end), and a board on the local test database whose listener hears notices from
a database of the test server (the first tests): there the admission is written by the
service directly, not through this window's context, so nothing local announces it and
only the server's notice can make the board show it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import Engine, create_engine, text

from shelter_app import shelter
from shelter_app.changes import Changes, Kind
from shelter_app.permissions import Role
from shelter_app.settings import CentreSettings, update_settings
from shelter_app.storage import live
from shelter_app.storage.live import EVERYTHING, LinkState, Listener
from tests import pg_cluster
from tests.ui.test_shelter_board import make_layout, open_page
from ui.live_updates import LiveStatus, LiveUpdates, attach

WITHIN_MS = 2_000  # the promise


@pytest.fixture(scope="module")
def server_url() -> str:
    return pg_cluster.database_or_skip("liveui")


@pytest.fixture
def server(server_url: str) -> Iterator[tuple[Engine, Engine]]:
    """This workstation's engine and another workstation's, on one server database."""
    here, other = create_engine(server_url), create_engine(server_url)
    yield here, other
    here.dispose()
    other.dispose()


def listener_on(engine: Engine):  # type: ignore[no-untyped-def]
    def make(on_changes, on_state) -> Listener:  # type: ignore[no-untyped-def]
        return Listener(
            live.connector(engine),
            on_changes,
            ignore_sender=live.sender_token(engine),
            on_state=on_state,
            backoff=(0.1, 0.5),
        )

    return make


def announce(engine: Engine, *kinds: Kind) -> None:
    with engine.begin() as conn:
        live.publish(conn, Changes.of(*kinds))


@pytest.fixture
def running(qtbot, gui_ctx, server) -> Iterator[tuple[LiveUpdates, list[Changes]]]:
    here, _other = server
    ctx = gui_ctx(Role.CASE_WORKER)
    updates = LiveUpdates(ctx, listener_on(here))
    heard: list[Changes] = []
    ctx.changed.connect(heard.append)
    updates.start()
    qtbot.waitUntil(lambda: updates.state is LinkState.LIVE, timeout=10_000)
    yield updates, heard
    updates.stop()


def test_another_desks_admission_appears_on_the_board(
    qtbot, opened, make_client, idle, running, server
):
    _here, other = server
    updates, _heard = running
    [[bed_id]] = make_layout(opened, rooms=1, beds=1)
    page = open_page(qtbot, updates.ctx, idle)
    qtbot.waitUntil(lambda: bed_id in page.board_view.tiles, timeout=5_000)
    tile = page.board_view.tiles[bed_id]
    assert tile.bed.occupant is None
    client_id = make_client()
    # written behind this window's back: without a notice the board does not know
    shelter.admit(opened.db, opened.admin, client_id, bed_id, date.today(), "police")
    qtbot.wait(400)
    assert page.board_view.tiles[bed_id].bed.occupant is None
    announce(other, Kind.STAYS)
    qtbot.waitUntil(
        lambda: page.board_view.tiles[bed_id].bed.occupant is not None, timeout=WITHIN_MS
    )


def test_a_burst_of_notices_is_one_refresh(qtbot, running, server):
    _here, other = server
    _updates, heard = running
    for kind in (Kind.STAYS, Kind.CHILDREN, Kind.WAITING_LIST, Kind.STAYS) * 2:
        announce(other, kind)
    qtbot.waitUntil(lambda: bool(heard), timeout=WITHIN_MS)
    qtbot.wait(500)
    assert heard == [Changes.of(Kind.STAYS, Kind.CHILDREN, Kind.WAITING_LIST)]


def test_its_own_notices_are_not_heard_twice(qtbot, running, server):
    here, other = server
    _updates, heard = running
    announce(here, Kind.STAYS)  # this workstation's own save: already broadcast locally
    announce(other, Kind.EVENTS)
    qtbot.waitUntil(lambda: bool(heard), timeout=WITHIN_MS)
    qtbot.wait(300)
    assert heard == [Changes.of(Kind.EVENTS)]


def test_nothing_is_heard_while_locked_and_all_reloads_after(qtbot, running, server):
    _here, other = server
    updates, heard = running
    updates.locked_changed(True)
    assert not updates.running and updates.state is LinkState.STOPPED
    announce(other, Kind.STAYS)
    qtbot.wait(500)
    assert heard == []  # a locked screen shows nothing and refreshes nothing
    updates.locked_changed(False)
    # what was written while locked was not heard: every view reloads once back
    qtbot.waitUntil(lambda: heard == [EVERYTHING], timeout=5_000)


def test_settings_changed_at_another_desk_are_taken_on_here(qtbot, opened, idle, running, server):
    _here, other = server
    updates, _heard = running
    ctx = updates.ctx
    assert ctx.settings.idle_lock_minutes == 5
    taken: list[CentreSettings] = []
    ctx.settings_changed.connect(taken.append)
    # the administrator's desk saves them (behind this window's back) and announces it
    update_settings(opened.db, opened.admin, idle_lock_minutes=15, max_stay_days=60)
    qtbot.wait(400)
    assert ctx.settings.idle_lock_minutes == 5  # nothing told this desk yet
    announce(other, Kind.SETTINGS)
    qtbot.waitUntil(lambda: bool(taken), timeout=WITHIN_MS)
    assert ctx.settings.idle_lock_minutes == 15 and ctx.settings.max_stay_days == 60
    assert taken == [ctx.settings]
    idle(ctx.worker)
    # another kind of change reads nothing again
    announce(other, Kind.EVENTS)
    qtbot.wait(600)
    idle(ctx.worker)
    assert len(taken) == 1


@pytest.mark.parametrize("language", ["uk", "en"], indirect=True)
def test_the_status_bar_says_when_updates_are_lost(qtbot, running, server, language):
    here, _other = server
    updates, heard = running
    window = QMainWindow()
    qtbot.addWidget(window)
    status = LiveStatus(window)
    window.statusBar().addPermanentWidget(status)
    updates.state_changed.connect(status.show_state)
    window.show()
    assert not status.isVisible()
    listener = updates._listener
    assert listener is not None and listener.backend_pid is not None
    with here.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": listener.backend_pid})
        conn.commit()
    qtbot.waitUntil(status.isVisible, timeout=5_000)
    expected = {
        "uk": "Оновлення з сервера перервано — перепідключення…",
        "en": "Updates from the server interrupted — reconnecting…",
    }[language]
    assert status.text() == expected
    qtbot.waitUntil(lambda: not status.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: EVERYTHING in heard, timeout=5_000)  # reloaded on return


def test_a_local_database_has_no_live_updates(qtbot, gui_ctx):
    window = QMainWindow()
    qtbot.addWidget(window)
    assert attach(gui_ctx(Role.CASE_WORKER), window) is None
    assert window.findChild(LiveStatus) is None


# --- two workstations signed in on one server database -----------------------------------


@pytest.fixture
def desks(server_url):  # type: ignore[no-untyped-def]
    from tests.two_workstations import two_workstations

    with two_workstations() as pair:
        yield pair


def test_an_admission_at_another_desk_appears_on_the_board_and_in_my_day(
    qtbot, worker, idle, desks
):
    """The board and My day of one workstation, another workstation admitting through
    its own `Database`: both show her within 2 seconds, nobody presses F5."""
    from shelter_app import clients, shelter_layout
    from shelter_app.clients import ClientForm
    from shelter_app.settings import get_settings
    from ui.context import AppContext
    from ui.dashboard import DashboardPage
    from ui.live_updates import server_listener

    here, there = desks
    room = shelter_layout.add_room(there.db, there.user, "Кімната 1", 4)
    bed = shelter_layout.add_bed(there.db, there.user, room.id, "A").id
    card = clients.create_client(there.db, there.user, ClientForm("Тимошенко", "Ганна"))
    ctx = AppContext(here.db, here.user, worker, get_settings(here.db, here.user))
    updates = LiveUpdates(ctx, server_listener(ctx))
    updates.start()
    try:
        qtbot.waitUntil(lambda: updates.state is LinkState.LIVE, timeout=10_000)
        board = open_page(qtbot, ctx, idle)
        qtbot.waitUntil(lambda: bed in board.board_view.tiles, timeout=5_000)
        day = DashboardPage(ctx)
        qtbot.addWidget(day)
        day.resize(1000, 760)
        day.show()
        qtbot.waitExposed(day)
        day.activate()
        idle(ctx)
        shown = day.card("shelter")
        assert shown is not None
        qtbot.waitUntil(lambda: shown.taken.value.text() == "0", timeout=5_000)
        assert board.board_view.tiles[bed].bed.occupant is None

        shelter.admit(there.db, there.user, card.id, bed, date.today(), "police")
        started = time.perf_counter()
        qtbot.waitUntil(
            lambda: board.board_view.tiles[bed].bed.occupant is not None, timeout=WITHIN_MS
        )
        qtbot.waitUntil(lambda: shown.taken.value.text() == "1", timeout=WITHIN_MS)
        print(
            f"\nboard and My day showed the admission after {time.perf_counter() - started:.2f} s"
        )
    finally:
        updates.stop()


def test_the_window_listens_while_signed_in_and_unlocked(qtbot, tmp_path, desks):
    """The app's own wiring: live updates start at sign-in on a server database, stop
    at the lock, start again at unlocking, and end with the session."""
    import threading

    from shelter_app.settings import get_settings
    from ui.app import OberihApp
    from ui.sign_in import Opened

    here, _there = desks
    controller = OberihApp(tmp_path / "unused.db")
    controller._signed_in(Opened(here.db, here.user, get_settings(here.db, here.user)))
    try:
        updates = controller.live
        assert updates is not None and updates.running
        assert controller.main is not None
        status = controller.main.findChild(LiveStatus)
        assert status is not None and not status.isVisible()
        qtbot.waitUntil(lambda: updates.state is LinkState.LIVE, timeout=10_000)
        assert controller.locker is not None
        controller.locker.lock()
        assert not updates.running
        controller.locker.unlock()
        assert updates.running
        qtbot.waitUntil(lambda: updates.state is LinkState.LIVE, timeout=10_000)
    finally:
        controller._end_session(lambda: None)
        controller.worker.wait()
    assert controller.live is None and not updates.running
    updates.locked_changed(False)  # a late "unlocked" after the session ended
    assert not updates.running

    def listening_threads() -> list[threading.Thread]:
        return [t for t in threading.enumerate() if t.name == "oberih-live" and t.is_alive()]

    qtbot.waitUntil(lambda: not listening_threads(), timeout=1_000)
