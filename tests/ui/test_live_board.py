"""Another workstation's admission appears on the board without a manual reload (issue
20, ui/live_updates.py).

Until a `Database` can sign in on the server (the core branch is building it), the
board here runs on the local test database while its listener listens on a database of
the test PostgreSQL server: the admission is written by the service directly (not
through this window's context, so nothing local announces it), and the server's notice
is what makes the board show it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import Engine, create_engine, text

from shelter_app import shelter
from shelter_app.changes import Changes, Kind
from shelter_app.permissions import Role
from shelter_app.storage import live
from shelter_app.storage.live import EVERYTHING, LinkState, Listener
from tests import pg_cluster
from tests.ui.test_shelter_board import make_layout, open_page
from ui.live_updates import LiveStatus, LiveUpdates, attach

WITHIN_MS = 2_000  # the promise


@pytest.fixture(scope="module")
def server_url() -> str:
    reason = pg_cluster.cluster().reason
    if reason:
        pytest.skip(f"no PostgreSQL server: {reason}")
    return pg_cluster.new_database("liveui")


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
