"""Checking a workstation's server address before anyone signs in (issue 20).

The connection settings window asks "does this address work?" and shows the answer in
the user's language. The answer comes from a real connection with a short timeout, the
same libpq settings the sign-in uses (verify-full TLS off the local socket, the password
from `~/.pgpass`, never from Oberih). A failure is told by its kind — address, network,
certificate, host name, password, refused by the server's rules — and never by libpq's
own text, which names hosts and roles and could carry whatever was typed."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

import psycopg
from PySide6.QtCore import QCoreApplication

from .errors import InvalidInput, OberihError, ServerNotSecure, ServerUnreachable
from .storage.server import ServerAddress, parse_server_url

__all__ = [  # the address types too, for the window (ui/ does not import storage)
    "ServerAddress",
    "ServerCheck",
    "ServerCheckFailed",
    "ServerFields",
    "check_server",
    "compose_server_address",
    "connect_failure",
    "failure_kind",
    "parse_server_url",
]

DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5  # libpq's own minimum is 2
MIN_SERVER_VERSION = 150000  # PostgreSQL 15


@dataclass(frozen=True)
class ServerCheck:
    """What a successful test connection found."""

    shown: str  # the address as a window may print it
    server_version: str  # "15.18 (Debian 15.18-0+deb12u1)"
    supported: bool  # PostgreSQL 15 or newer
    tls: bool  # the connection is encrypted
    verified: bool  # ... and the certificate and host name were checked (verify-full)
    local_socket: bool  # the server's own Unix socket: no network, no TLS needed
    schema: str | None  # the Oberih schema revision, None in an empty database


@dataclass(frozen=True)
class ServerFields:
    """A server address as the settings window shows it, field by field."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = "oberih"
    role: str = ""
    ca_file: str = ""

    def address(self) -> ServerAddress:
        return compose_server_address(self.host, self.port, self.database, self.role, self.ca_file)

    @classmethod
    def of(cls, address: ServerAddress) -> ServerFields:
        """The fields of a checked address (one pasted whole, e.g. from the IT officer)."""
        parts = urlsplit(address.url)
        query = dict(parse_qsl(parts.query))
        host = query.get("host") or parts.hostname or ""
        port = int(query.get("port") or parts.port or DEFAULT_PORT)
        return cls(
            host=host,
            port=port,
            database=unquote(parts.path.strip("/")),
            role=unquote(parts.username or ""),
            ca_file=query.get("sslrootcert", ""),
        )


def compose_server_address(
    host: str, port: int, database: str, role: str, ca_file: str = ""
) -> ServerAddress:
    """The address the settings window's fields describe, checked by the same rules as
    `--server`; a missing or malformed field is named (`InvalidInput.field`). A host
    starting with "/" is the folder of the server's Unix socket."""
    host, database, role, ca_file = host.strip(), database.strip(), role.strip(), ca_file.strip()
    if not host:
        raise InvalidInput(
            QCoreApplication.translate("server_check", "Type the server's host name."), "host"
        )
    if not 0 < port < 65536:
        raise InvalidInput(
            QCoreApplication.translate("server_check", "The port is a number from 1 to 65535."),
            "port",
        )
    if not database:
        raise InvalidInput(
            QCoreApplication.translate("server_check", "Type the database's name."), "database"
        )
    if not role:
        raise InvalidInput(
            QCoreApplication.translate("server_check", "Type the installation's role."), "role"
        )
    query: dict[str, str] = {}
    if host.startswith("/"):
        netloc = f"{quote(role, safe='')}@"
        query["host"] = host
        query["port"] = str(port)
    else:
        if any(c in host for c in "/@?#[] =&") or (":" in host and not _is_ipv6(host)):
            raise InvalidInput(
                QCoreApplication.translate(
                    "server_check", "A host name is a name like db.centre.local or an IP address."
                ),
                "host",
            )
        shown_host = f"[{host}]" if _is_ipv6(host) else host
        netloc = f"{quote(role, safe='')}@{shown_host}:{port}"
    if ca_file:
        query["sslrootcert"] = ca_file
    tail = f"?{urlencode(query)}" if query else ""
    return parse_server_url(f"postgresql://{netloc}/{quote(database, safe='')}{tail}")


def _is_ipv6(host: str) -> bool:
    try:
        return isinstance(ipaddress.ip_address(host), ipaddress.IPv6Address)
    except ValueError:
        return False


def check_server(address: ServerAddress, timeout_s: int = CONNECT_TIMEOUT_S) -> ServerCheck:
    """Connect once, read the server's version, whether TLS is on and Oberih's schema
    revision, and close. Raises `ServerCheckFailed` (its kind, never libpq's text)."""
    try:
        with psycopg.connect(address.url, connect_timeout=max(2, timeout_s)) as conn:
            row = conn.execute("SHOW server_version").fetchone()
            version = str(row[0]) if row else ""
            tls = bool(conn.pgconn.ssl_in_use)
            schema = _schema_revision(conn)
            number = conn.info.server_version
    except psycopg.Error as exc:
        raise connect_failure(exc) from None
    return ServerCheck(
        shown=address.shown,
        server_version=version,
        supported=number >= MIN_SERVER_VERSION,
        tls=tls,
        verified=tls and "sslmode=verify-full" in address.url,
        local_socket=address.is_local_socket,
        schema=schema,
    )


def _schema_revision(conn: psycopg.Connection) -> str | None:
    row = conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()
    if not row or not row[0]:
        return None
    found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(found[0]) if found else None


# --- failures ------------------------------------------------------------------------

# (what libpq says, in lower case) -> the kind; first match wins
_KINDS: tuple[tuple[str, str], ...] = (
    ("does not match host name", "host_name"),
    ("root certificate file", "ca_missing"),
    ("certificate verify failed", "certificate"),
    ("certificate", "certificate"),
    ("does not support ssl", "no_tls"),
    ("ssl negotiation", "no_tls"),
    ("password authentication failed", "password"),
    ("no password supplied", "password"),
    ("pg_hba.conf", "refused"),
    ("permission denied", "refused"),
    ("does not exist", "no_database"),
    ("timeout", "unreachable"),
    ("timed out", "unreachable"),
    ("connection refused", "unreachable"),
    ("resolve host", "unreachable"),
    ("translate host name", "unreachable"),
    ("name or service not known", "unreachable"),
    ("no route to host", "unreachable"),
    ("network is unreachable", "unreachable"),
    ("no such file or directory", "unreachable"),  # no socket in that folder
)
INSECURE_KINDS = ("host_name", "ca_missing", "certificate", "no_tls")


def failure_kind(exc: BaseException) -> str:
    text = str(exc).casefold()
    for needle, kind in _KINDS:
        if needle in text:
            return kind
    return "other"


def connect_failure(exc: BaseException) -> ServerCheckFailed:
    """The user's error for a failed connection: its kind, nothing of libpq's text."""
    kind = failure_kind(exc)
    cause: OberihError = ServerNotSecure() if kind in INSECURE_KINDS else ServerUnreachable()
    return ServerCheckFailed(cause, kind)


class ServerCheckFailed(OberihError):
    """A failed test connection: the server error it amounts to, and what to look at."""

    def __init__(self, cause: OberihError, kind: str):
        super().__init__(kind)
        self.cause = cause
        self.kind = kind
        self.exit_code = cause.exit_code

    def hint(self) -> str:
        return {
            "host_name": QCoreApplication.translate(
                "server_check",
                "The server's certificate was made for another host name: type the name "
                "written in the certificate.",
            ),
            "ca_missing": QCoreApplication.translate(
                "server_check",
                "The centre's CA certificate file was not found: choose it under CA certificate.",
            ),
            "certificate": QCoreApplication.translate(
                "server_check",
                "The server's certificate is not signed by the centre's CA certificate "
                "chosen here.",
            ),
            "no_tls": QCoreApplication.translate(
                "server_check", "The server does not offer TLS (ssl = on)."
            ),
            "password": QCoreApplication.translate(
                "server_check",
                "The server did not accept the role's password: check the line for this "
                "server in this user's .pgpass file (pgpass.conf on Windows).",
            ),
            "refused": QCoreApplication.translate(
                "server_check",
                "The server's rules (pg_hba.conf) do not let this role reach this database "
                "from this computer.",
            ),
            "no_database": QCoreApplication.translate(
                "server_check", "There is no such database or role on the server."
            ),
            "unreachable": QCoreApplication.translate(
                "server_check",
                "Nothing answered at this host and port: check the name, the network and "
                "that the server is running.",
            ),
        }.get(self.kind, "")

    def user_message(self) -> str:
        return f"{self.cause.user_message()} {self.hint()}".strip()
