"""Where a centre's PostgreSQL server is, and how Oberih connects to it (issue 20).

A workstation names the server by a libpq URL, `postgresql://role@host[:port]/database`.
Only the local Unix socket may go without TLS; over the network Oberih insists on
`sslmode=verify-full` (the server's certificate checked against the centre's CA and its
host name), and refuses an address that asks for less. The installation role's password
is never part of what Oberih stores or prints: libpq reads it from the user's
`~/.pgpass` (0600) or a client certificate, as the README's server page sets up."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from ..errors import DatabaseBusy, ServerAddressInvalid, ServerNotSecure, ServerUnreachable
from .engine import WRITER

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
# what libpq may be asked for on a network connection; anything weaker is refused
SECURE_SSLMODE = "verify-full"


@dataclass(frozen=True)
class ServerAddress:
    """A checked server address. `url` is the libpq form with the TLS mode filled in;
    `shown` is what a window or a message may print (no password, no query)."""

    url: str

    @property
    def shown(self) -> str:
        parts = urlsplit(self.url)
        host = parts.hostname or "localhost (socket)"
        port = f":{parts.port}" if parts.port else ""
        return f"{host}{port}/{parts.path.lstrip('/')}"

    @property
    def is_local_socket(self) -> bool:
        return _socket_only(self.url)

    @property
    def sqlalchemy_url(self) -> str:
        _scheme, rest = self.url.split("://", 1)
        return f"postgresql+psycopg://{rest}"


def _socket_only(url: str) -> bool:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    host = query.get("host", parts.hostname or "")
    return host == "" or host.startswith("/")


def parse_server_url(text: str) -> ServerAddress:
    """Check a --server address. A password written into the address is refused (it
    would end up in shell history and process lists); a network address gets
    sslmode=verify-full, and one that asks for a weaker mode is refused."""
    text = text.strip()
    try:
        parts = urlsplit(text)
        port = parts.port  # raises on a bad port
    except ValueError:
        raise ServerAddressInvalid() from None
    if parts.scheme not in SCHEMES or not parts.path.strip("/") or "/" in parts.path.strip("/"):
        raise ServerAddressInvalid()
    if parts.password is not None:
        raise ServerAddressInvalid()
    del port
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    if not _socket_only(text):
        mode = query.get("sslmode", SECURE_SSLMODE)
        if mode != SECURE_SSLMODE:
            raise ServerNotSecure()
        query["sslmode"] = SECURE_SSLMODE
    url = urlunsplit(("postgresql", parts.netloc, parts.path, urlencode(query), ""))
    return ServerAddress(url)


# Every write transaction takes this one transaction-scoped lock first, as SQLite's
# BEGIN IMMEDIATE takes the file's write lock: writers run one at a time across every
# workstation, so the audit chain stays one chain, a check-then-insert (the last bed) is
# atomic and a version check sees the row as it is. Readers never take it (MVCC).
WRITER_LOCK_KEY = 0x0BE21C_20  # "Oberih", issue 20: any constant shared by all clients
# PostgreSQL errors that mean "another transaction was in the way": busy, try again
_BUSY_CODES = ("40001", "40P01", "55P03")  # serialisation failure, deadlock, lock timeout


def make_server_engine(address: ServerAddress) -> Engine:
    """An engine on the server. The URL carries no password (see the module), so
    nothing secret can reach a repr or an error text.

    Sessions run in UTC, and timestamps are `timestamp without time zone` (the ORM's
    DateTime): naive UTC values in and out, as SQLite stores them."""
    url = make_url(address.sqlalchemy_url)
    engine = create_engine(url, pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")
        dbapi_conn.commit()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(WRITER):
            take_writer_lock(conn)

    return engine


def take_writer_lock(conn: Connection) -> None:
    """Wait for the writers' lock; it is released when this transaction ends."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})


def is_server(engine_or_conn: Engine | Connection) -> bool:
    return engine_or_conn.dialect.name == "postgresql"


def reachable(engine: Engine) -> None:
    """Connect once: an address that does not answer, a refused role or a failed
    certificate check is ServerUnreachable (the driver's text may name the host)."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            conn.rollback()
    except DBAPIError:
        raise ServerUnreachable() from None


@contextmanager
def server_errors() -> Iterator[None]:
    """A unit of work's driver errors in the user's words: a lost connection is
    ServerUnreachable, a deadlock or serialisation failure is DatabaseBusy. Other errors
    (constraint violations: bugs, since services validate first) pass through."""
    try:
        yield
    except DBAPIError as exc:
        code = getattr(exc.orig, "sqlstate", None)
        if code in _BUSY_CODES:
            raise DatabaseBusy() from None
        if isinstance(exc, OperationalError) or exc.connection_invalidated:
            raise ServerUnreachable() from None
        raise
