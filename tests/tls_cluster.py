"""A throw-away PostgreSQL reached over TCP with TLS, set up the way docs/server.md tells
the IT officer to (issue 20): the centre's own CA made with openssl, a server certificate
for `localhost` only, `ssl = on`, TLS 1.2 at least, scram-sha-256, and pg_hba.conf
letting the installation's role in only by `hostssl` from 127.0.0.1. It listens on a
free port of the loopback interface for the test run and is stopped at its end.

`start()` returns None and the reason when it cannot (no PostgreSQL, no openssl)."""

from __future__ import annotations

import atexit
import os
import pwd
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.pg_cluster import _binaries, _free_port, _owner, _run_as, cluster_home

ROLE = "oberih_srv"
DATABASE = "oberih_srv"
PASSWORD = "Srv-test-pass-9931"  # a throw-away cluster's role


@dataclass(frozen=True)
class TlsServer:
    port: int
    ca_file: Path  # the centre's CA certificate
    other_ca_file: Path  # a CA that did not sign the server's certificate
    pgpass: Path  # a 0600 password file with the role's line


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=120)


def make_certificates(folder: Path, host: str) -> None:
    """The commands of docs/server.md: a CA, then a server key and certificate for
    `host`, signed by it (and a second, unrelated CA for the tests' wrong-CA case)."""
    for name in ("centre-ca", "other-ca"):
        _openssl(
            "req", "-new", "-x509", "-days", "3650", "-nodes", "-newkey", "rsa:2048",
            "-keyout", f"{name}.key", "-out", f"{name}.crt", "-subj", f"/CN={name}", cwd=folder,
        )  # fmt: skip
    _openssl(
        "req", "-new", "-nodes", "-newkey", "rsa:2048", "-keyout", "server.key",
        "-out", "server.csr", "-subj", f"/CN={host}", cwd=folder,
    )  # fmt: skip
    (folder / "server.ext").write_text(
        f"subjectAltName=DNS:{host}\nextendedKeyUsage=serverAuth\n", encoding="ascii"
    )
    _openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "centre-ca.crt", "-CAkey", "centre-ca.key",
        "-CAcreateserial", "-days", "825", "-sha256", "-extfile", "server.ext",
        "-out", "server.crt", cwd=folder,
    )  # fmt: skip


def start() -> tuple[TlsServer | None, str]:
    bins = _binaries()
    if bins is None:
        return None, "no PostgreSQL binaries (initdb, pg_ctl) on this machine"
    if shutil.which("openssl") is None:
        return None, "no openssl to make the test CA"
    owner = _owner()
    if owner is not None and shutil.which("runuser") is None:
        return None, "running as root and no `runuser` to start PostgreSQL as a user"
    home = cluster_home("oberih-tls-", owner)
    certs, data, client = home / "certs", home / "data", home / "client"
    certs.mkdir()
    client.mkdir()
    make_certificates(certs, "localhost")
    data.mkdir(mode=0o700)
    if owner is not None:
        entry = pwd.getpwnam(owner)
        for path in (home, data):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    home.chmod(0o755)
    init = _run_as(
        owner,
        [str(bins / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8"],
    )
    if init.returncode != 0:
        return None, f"initdb failed: {init.stderr.strip().splitlines()[-1:]}"
    for name in ("server.crt", "server.key"):
        shutil.copy(certs / name, data / name)
        (data / name).chmod(0o600)
        if owner is not None:
            os.chown(data / name, entry.pw_uid, entry.pw_gid)
    port = _free_port()
    with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write(
            f"listen_addresses = '127.0.0.1'\nport = {port}\n"
            f"unix_socket_directories = '{home}'\n"
            "password_encryption = scram-sha-256\nssl = on\n"
            "ssl_min_protocol_version = 'TLSv1.2'\nfsync = off\n"
        )
    (data / "pg_hba.conf").write_text(
        "local   all     postgres                trust\n"
        f"hostssl {DATABASE} {ROLE} 127.0.0.1/32 scram-sha-256\n",
        encoding="ascii",
    )
    pg_ctl = [str(bins / "pg_ctl"), "-D", str(data)]
    started = _run_as(owner, [*pg_ctl, "-l", str(home / "log"), "-w", "start"])
    if started.returncode != 0:
        return None, f"pg_ctl start failed: {started.stderr.strip()[-200:]}"

    def stop() -> None:
        _run_as(owner, [*pg_ctl, "-m", "immediate", "stop"])
        shutil.rmtree(home, ignore_errors=True)

    atexit.register(stop)
    import psycopg

    with psycopg.connect(
        host=str(home), port=port, user="postgres", dbname="postgres", autocommit=True
    ) as conn:  # the commands docs/server.md gives the IT officer
        conn.execute(
            f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE"
        )
        conn.execute(f"CREATE DATABASE {DATABASE} OWNER {ROLE}")
        conn.execute(f"REVOKE ALL ON DATABASE {DATABASE} FROM PUBLIC")
    pgpass = client / "pgpass"
    pgpass.write_text(f"localhost:{port}:{DATABASE}:{ROLE}:{PASSWORD}\n", encoding="ascii")
    pgpass.chmod(0o600)
    return TlsServer(port, certs / "centre-ca.crt", certs / "other-ca.crt", pgpass), ""
