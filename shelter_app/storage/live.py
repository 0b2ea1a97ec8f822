"""Live updates between workstations on one PostgreSQL server (issue 20).

A write's `changes.Changes` is announced to every other workstation with PostgreSQL's
LISTEN/NOTIFY, so the board and My day refresh within a second or two of another
desk's admission, discharge or booking:

- `publish` runs `pg_notify` inside the writing transaction, just before its commit.
  PostgreSQL delivers a notice only when that transaction commits, so a rolled-back
  write announces nothing, and listeners never see a change before it is readable.
- The notice names kinds of record only (`{"v":1,"s":<sender>,"k":["stays"]}`): no
  client, no id, no count. Anybody who can connect to the database can LISTEN, and the
  server's log may keep payloads; kinds are what the server sees anyway (table names).
  The sender is a random token per engine, so a workstation skips its own echoes (its
  own writes already reached its views through `changes.note`).
- `Listener` holds one dedicated autocommit psycopg connection doing `LISTEN` on a
  background thread, hands each notice to a callback as `Changes`, reconnects with
  back-off after the connection drops (reporting `LinkState.LOST`, then `LIVE`, and
  then "everything may have changed", since notices sent meanwhile are gone), and
  stops within a second.

On SQLite `publish` does nothing: there is one workstation per file."""

from __future__ import annotations

import json
import logging
import secrets
import threading
import weakref
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Dialect, Engine, func, select
from sqlalchemy.orm import Session

from ..changes import Changes, Kind

if TYPE_CHECKING:  # psycopg takes ~0.2 s to import: only a server workstation pays it
    import psycopg

CHANNEL = "oberih_changes"
PAYLOAD_VERSION = 1
# how often the listening thread looks up from the socket to see whether it must stop:
# stop() takes at most this long; each look costs the idle thread about 0.5 ms of CPU
POLL_SECONDS = 0.5
# reconnecting: first wait, doubled after each failure up to the last
BACKOFF_SECONDS = (0.5, 10.0)
EVERYTHING = Changes.of(*Kind)

log = logging.getLogger(__name__)

# kept by the engine's dialect: an engine's `execution_options()` copies (how the unit
# of work writes) are other objects but share its dialect, and no other engine does
_tokens: weakref.WeakKeyDictionary[Dialect, str] = weakref.WeakKeyDictionary()
_tokens_lock = threading.Lock()


def sender_token(engine: Engine) -> str:
    """This engine's random name on the channel (one per open database, so two
    `Database`s in one process still hear each other)."""
    with _tokens_lock:
        token = _tokens.get(engine.dialect)
        if token is None:
            token = _tokens[engine.dialect] = secrets.token_hex(8)
        return token


def payload(changes: Changes, sender: str) -> str:
    """The notice's text: the format version, the sender and the kinds, nothing else."""
    kinds = sorted(kind.value for kind in changes.kinds)
    return json.dumps({"v": PAYLOAD_VERSION, "s": sender, "k": kinds}, separators=(",", ":"))


def read_payload(text: str) -> tuple[str, Changes]:
    """(sender, changes) of a notice. A notice this version cannot read (a newer
    workstation's) means "anything may have changed": better a reload too many."""
    try:
        data = json.loads(text)
        sender = str(data["s"])
        names = data["k"]
        if not isinstance(names, list):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        return "", EVERYTHING
    known = {kind.value: kind for kind in Kind}
    kinds = [known[name] for name in names if name in known]
    if len(kinds) < len(names):  # a kind this version does not know
        return sender, EVERYTHING
    return sender, Changes.of(*kinds)


def publish(target: Session | Connection, changes: Changes) -> None:
    """Announce `changes` to the other workstations when the current transaction of
    `target` commits (nothing if it rolls back). Call it before the commit. A no-op on
    SQLite and for a write that changed nothing shown."""
    if not changes:
        return
    bind = target.get_bind() if isinstance(target, Session) else target
    engine = bind.engine if isinstance(bind, Connection) else bind
    if engine.dialect.name != "postgresql":
        return
    target.execute(select(func.pg_notify(CHANNEL, payload(changes, sender_token(engine)))))


# --- listening ----------------------------------------------------------------------------


class LinkState(StrEnum):
    CONNECTING = "connecting"  # started, not listening yet
    LIVE = "live"  # listening
    LOST = "lost"  # the connection dropped or cannot be made: reconnecting
    STOPPED = "stopped"


Connect = Callable[[], "psycopg.Connection[Any]"]


def connector(engine: Engine) -> Connect:
    """A way to open a dedicated connection to the engine's database, with the same
    parameters (TLS mode included) as the engine's own, in autocommit. Keepalives let a
    silently dropped network connection be noticed in about half a minute."""
    _args, params = engine.dialect.create_connect_args(engine.url)
    params = {
        **params,
        "autocommit": True,
        "application_name": "oberih-live",
        "connect_timeout": 5,
        "keepalives": 1,
        "keepalives_idle": 15,
        "keepalives_interval": 5,
        "keepalives_count": 3,
    }

    def connect() -> psycopg.Connection[Any]:
        import psycopg

        return psycopg.connect(**params)

    return connect


class Listener:
    """Hands other workstations' changes to `on_changes`, on its own thread.

    `on_changes` and `on_state` run on the listening thread: a GUI passes them on to
    its own thread (ui/live_updates.py). Notices from `ignore_sender` (this
    workstation's token) are skipped."""

    def __init__(
        self,
        connect: Connect,
        on_changes: Callable[[Changes], None],
        *,
        ignore_sender: str | None = None,
        on_state: Callable[[LinkState], None] | None = None,
        poll_seconds: float = POLL_SECONDS,
        backoff: tuple[float, float] = BACKOFF_SECONDS,
    ):
        self._connect = connect
        self._on_changes = on_changes
        self._on_state = on_state
        self._ignore = ignore_sender
        self._poll = poll_seconds
        self._backoff = backoff
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._state = LinkState.STOPPED
        self._backend_pid: int | None = None

    @property
    def state(self) -> LinkState:
        return self._state

    @property
    def backend_pid(self) -> int | None:
        """The server process of the listening connection (for tests and diagnostics)."""
        return self._backend_pid

    def start(self) -> None:
        """Start listening. A listener runs once: after `stop`, make a new one (a
        thread still finishing a connection attempt must not come back to life)."""
        if self._thread is not None:
            return
        if self._stop.is_set():
            raise RuntimeError("a stopped Listener does not start again")
        self._set_state(LinkState.CONNECTING)
        self._thread = threading.Thread(target=self._run, name="oberih-live", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 1.0) -> bool:
        """Stop listening; True when the thread has ended within `timeout` seconds. No
        callback runs after this returns, even if a connection attempt is still under
        way (the thread then ends on its own)."""
        self._stop.set()
        thread, self._thread = self._thread, None
        ended = True
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            ended = not thread.is_alive()
        self._state = LinkState.STOPPED
        return ended

    # --- on the listening thread -------------------------------------------------------

    def _set_state(self, state: LinkState) -> None:
        if state is self._state or (self._stop.is_set() and state is not LinkState.STOPPED):
            return
        self._state = state
        if self._on_state is not None:
            self._call(self._on_state, state)

    def _deliver(self, changes: Changes) -> None:
        if changes and not self._stop.is_set():
            self._call(self._on_changes, changes)

    def _call(self, callback: Callable[[Any], None], value: object) -> None:
        try:
            callback(value)
        except Exception as exc:  # a receiver's bug must not end live updates
            log.error("live update callback failed: %s", type(exc).__name__)

    def _run(self) -> None:
        import psycopg
        from psycopg import sql

        delay = self._backoff[0]
        was_lost = False
        while not self._stop.is_set():
            try:
                with self._connect() as conn:
                    conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))
                    self._backend_pid = conn.info.backend_pid
                    self._set_state(LinkState.LIVE)
                    if was_lost:  # what was sent while away is gone: reload what is shown
                        self._deliver(EVERYTHING)
                    was_lost, delay = False, self._backoff[0]
                    self._listen(conn)
            except Exception as exc:  # psycopg.Error, or anything else: never end silently
                if self._stop.is_set():
                    break
                level = logging.WARNING if isinstance(exc, psycopg.Error) else logging.ERROR
                log.log(level, "live updates: connection lost (%s)", type(exc).__name__)
            self._backend_pid = None
            if self._stop.is_set():
                break
            was_lost = True
            self._set_state(LinkState.LOST)
            self._stop.wait(delay)
            delay = min(delay * 2, self._backoff[1])

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        """Each notice as it comes (the receiver debounces bursts); every `poll`
        seconds the loop looks up to see whether it must stop."""
        while not self._stop.is_set():
            for notice in conn.notifies(timeout=self._poll):
                sender, changes = read_payload(notice.payload)
                if self._ignore is None or sender != self._ignore:
                    self._deliver(changes)
