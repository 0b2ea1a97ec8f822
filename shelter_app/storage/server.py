"""Where a centre's PostgreSQL server is, and how Oberih connects to it (issue 20).

A workstation names the server by a libpq URL, `postgresql://role@host[:port]/database`.
Only the local Unix socket may go without TLS; over the network Oberih insists on
`sslmode=verify-full` (the server's certificate checked against the centre's CA and its
host name), and refuses an address that asks for less. The installation role's password
is never part of what Oberih stores or prints: libpq reads it from the user's
`~/.pgpass` (0600) or a client certificate, as the README's server page sets up."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from ..errors import ServerAddressInvalid, ServerNotSecure

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


def make_server_engine(address: ServerAddress) -> Engine:
    """An engine on the server. The URL carries no password (see the module), so
    nothing secret can reach a repr or an error text."""
    url = make_url(address.sqlalchemy_url)
    return create_engine(url, pool_pre_ping=True)
