"""The test connection a workstation makes before signing in to the centre's server
(shelter_app/server_check.py): the address its fields make, what a real server answers,
and failures told by kind without libpq's text — against the throw-away cluster on its
Unix socket, and a TLS one set up as docs/server.md says."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from shelter_app.errors import (
    InvalidInput,
    ServerAddressInvalid,
    ServerNotSecure,
    ServerUnreachable,
)
from shelter_app.server_check import (
    ServerCheckFailed,
    ServerFields,
    check_server,
    compose_server_address,
    connect_failure,
    failure_kind,
)
from shelter_app.storage.server import parse_server_url
from tests import pg_cluster, tls_cluster

# --- the address the fields make ------------------------------------------------------


def test_fields_make_a_verify_full_address_and_come_back_from_it():
    fields = ServerFields("db.centre.local", 5433, "oberih", "oberih_kyiv", r"C:\IT\centre-ca.crt")
    address = fields.address()
    assert address.url.startswith("postgresql://oberih_kyiv@db.centre.local:5433/oberih?")
    assert "sslmode=verify-full" in address.url
    assert ServerFields.of(address) == fields
    assert ServerFields.of(parse_server_url(address.url)) == fields  # pasted back whole


def test_a_socket_folder_as_host_needs_no_tls():
    address = compose_server_address("/run/postgresql", 5432, "oberih", "oberih")
    assert address.is_local_socket
    assert "sslmode" not in address.url
    assert ServerFields.of(address) == ServerFields("/run/postgresql", 5432, "oberih", "oberih")


def test_ipv6_host_is_bracketed():
    address = compose_server_address("fd00::5", 5432, "oberih", "r")
    assert "@[fd00::5]:5432/" in address.url
    assert ServerFields.of(address).host == "fd00::5"


@pytest.mark.parametrize(
    ("host", "port", "database", "role", "field"),
    [
        ("", 5432, "oberih", "r", "host"),
        ("db.centre.local", 5432, "", "r", "database"),
        ("db.centre.local", 5432, "oberih", "", "role"),
        ("db.centre.local", 0, "oberih", "r", "port"),
        ("db.centre.local?sslmode=disable", 5432, "oberih", "r", "host"),
        ("db centre", 5432, "oberih", "r", "host"),
        ("user@db", 5432, "oberih", "r", "host"),
    ],
)
def test_a_missing_or_malformed_field_is_named(host, port, database, role, field):
    with pytest.raises(InvalidInput) as caught:
        compose_server_address(host, port, database, role)
    assert caught.value.field == field


def test_weaker_tls_in_a_pasted_address_is_refused():
    with pytest.raises(ServerNotSecure):
        parse_server_url("postgresql://r@db.centre.local/oberih?sslmode=require")
    with pytest.raises(ServerAddressInvalid):
        parse_server_url("postgresql://r:secret@db.centre.local/oberih")


# --- failures by kind ------------------------------------------------------------------

# what libpq 15 / psycopg 3.3 said on this machine for each case (docs/server.md checks)
SAID = {
    "host_name": 'connection failed: connection to server at "127.0.0.1", port 42331 failed: '
    'server certificate for "localhost" (and 1 other name) does not match host name '
    '"127.0.0.1"',
    "ca_missing": 'connection failed: connection to server at "127.0.0.1", port 42331 failed: '
    'root certificate file "/nonexist.crt" does not exist',
    "certificate": 'connection to server at "127.0.0.1", port 42331 failed: SSL error: '
    "certificate verify failed",
    "no_tls": "connection failed: server does not support SSL, but SSL was required",
    "password": 'connection failed: connection to server at "127.0.0.1", port 42331 failed: '
    'FATAL:  password authentication failed for user "oberih"',
    "refused": 'connection to server at "127.0.0.1", port 42331 failed: FATAL:  no '
    'pg_hba.conf entry for host "127.0.0.1", user "nobody", database "oberih", SSL encryption',
    "no_database": 'FATAL:  database "nodb" does not exist',
    "unreachable": 'connection to server at "127.0.0.1", port 1 failed: Connection refused',
}


@pytest.mark.parametrize("kind", sorted(SAID))
def test_libpq_text_becomes_a_kind_and_is_not_repeated(kind):
    said = Exception(SAID[kind])
    assert failure_kind(said) == kind
    error = connect_failure(said)
    insecure = kind in ("host_name", "ca_missing", "certificate", "no_tls")
    assert isinstance(error.cause, ServerNotSecure if insecure else ServerUnreachable)
    message = error.user_message()
    assert error.hint() and error.hint() in message
    for leaked in ("127.0.0.1", "42331", "oberih", "nobody", "nodb", "/nonexist.crt"):
        assert leaked not in message


def test_an_unknown_failure_is_unreachable_without_a_hint():
    error = connect_failure(Exception("something new from libpq, with Srv-pass inside"))
    assert error.kind == "other" and error.hint() == ""
    assert error.user_message() == ServerUnreachable().user_message()


# --- against a real server on its Unix socket -------------------------------------------


def _socket_fields(database: str) -> ServerFields:
    cluster = pg_cluster.cluster()
    if cluster.base_url is None:
        pytest.skip(cluster.reason)
    query = dict(p.split("=", 1) for p in cluster.base_url.partition("?")[2].split("&"))
    return ServerFields(query["host"], int(query["port"]), database, "oberih_test")


def test_check_over_the_socket_reports_version_and_an_empty_database():
    fields = _socket_fields("postgres")
    url = pg_cluster.new_database("chk")
    fields = ServerFields(fields.host, fields.port, pg_cluster.database_name(url), fields.role)
    found = check_server(fields.address())
    assert found.local_socket and not found.tls and not found.verified
    assert found.supported and found.server_version.split(".")[0].isdigit()
    assert int(found.server_version.split(".")[0]) >= 15
    assert found.schema is None


def test_check_reads_the_schema_revision():
    url = pg_cluster.new_database("rev")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('0013')"))
    engine.dispose()
    fields = _socket_fields(pg_cluster.database_name(url))
    assert check_server(fields.address()).schema == "0013"


def test_a_missing_database_and_a_wrong_socket_folder_are_told_apart(quiet_folder):
    fields = _socket_fields("no_such_database")
    with pytest.raises(ServerCheckFailed) as caught:
        check_server(fields.address())
    assert caught.value.kind == "no_database"
    nowhere = ServerFields(str(quiet_folder), fields.port, "postgres", fields.role)
    with pytest.raises(ServerCheckFailed) as caught:
        check_server(nowhere.address(), timeout_s=2)
    assert caught.value.kind == "unreachable"
    assert str(quiet_folder) not in caught.value.user_message()


# --- over TCP with TLS, as docs/server.md sets it up ------------------------------------


@pytest.fixture(scope="module")
def tls_server():
    server, reason = tls_cluster.start()
    if server is None:
        pytest.skip(reason)
    return server


@pytest.fixture
def pgpass(tls_server, monkeypatch):
    """The role's password where libpq looks for it, never in the address."""
    monkeypatch.setenv("PGPASSFILE", str(tls_server.pgpass))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return tls_server.pgpass


def _tls_fields(server, host="localhost", ca=None) -> ServerFields:
    ca_file = str(server.ca_file if ca is None else ca)
    return ServerFields(host, server.port, tls_cluster.DATABASE, tls_cluster.ROLE, ca_file)


def test_tls_with_the_centres_ca_is_verified(tls_server, pgpass):
    found = check_server(_tls_fields(tls_server).address())
    assert found.tls and found.verified and not found.local_socket
    assert found.supported and found.schema is None


@pytest.mark.parametrize(
    ("case", "kind"),
    [
        ("wrong host name", "host_name"),
        ("other CA", "certificate"),
        ("no CA file", "ca_missing"),
    ],
)
def test_an_unverifiable_server_is_refused_as_not_secure(tls_server, pgpass, tmp_path, case, kind):
    fields = {
        "wrong host name": _tls_fields(tls_server, host="127.0.0.1"),
        "other CA": _tls_fields(tls_server, ca=tls_server.other_ca_file),
        "no CA file": _tls_fields(tls_server, ca=tmp_path / "none.crt"),
    }[case]
    with pytest.raises(ServerCheckFailed) as caught:
        check_server(fields.address())
    assert caught.value.kind == kind
    assert isinstance(caught.value.cause, ServerNotSecure)


def test_a_wrong_or_missing_password_is_said_without_it(tls_server, tmp_path, monkeypatch):
    wrong = tmp_path / "pgpass"
    wrong.write_text(
        f"localhost:{tls_server.port}:*:{tls_cluster.ROLE}:Not-the-pass-77\n", encoding="ascii"
    )
    wrong.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(wrong))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    with pytest.raises(ServerCheckFailed) as caught:
        check_server(_tls_fields(tls_server).address())
    assert caught.value.kind == "password"
    assert "Not-the-pass-77" not in caught.value.user_message()
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "absent"))
    with pytest.raises(ServerCheckFailed) as caught:
        check_server(_tls_fields(tls_server).address())
    assert caught.value.kind == "password"
