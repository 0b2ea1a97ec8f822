"""A throw-away PostgreSQL server for the tests (issue 20).

The tests set up their own server: `OBERIH_TEST_SERVER` may name one (a URL whose role
may create databases), otherwise the first test that needs one starts a private cluster
from the distribution's binaries in a temporary folder, listening only on a Unix socket
there, and stops it when the run ends. PostgreSQL refuses to run as root, so under root
the cluster belongs to an unprivileged user (`postgres` when the package made one, else
`nobody`). When nothing can be started, `cluster()` says why, and the server tests are
skipped with that reason (visible in pytest's summary)."""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

ENV_URL = "OBERIH_TEST_SERVER"


@dataclass(frozen=True)
class Cluster:
    """Where to reach the test server: `url(name)` for a database on it."""

    base_url: str | None  # postgresql+psycopg://user@/?host=...&port=... (no database)
    reason: str = ""  # why there is none

    def url(self, database: str) -> str:
        assert self.base_url is not None
        head, _, query = self.base_url.partition("?")
        return f"{head.rstrip('/')}/{database}" + (f"?{query}" if query else "")


_lock = threading.Lock()
_cluster: Cluster | None = None
_names = itertools.count(1)


def _binaries() -> Path | None:
    for name in ("initdb", "pg_ctl"):
        found = shutil.which(name)
        if found is None:
            break
    else:
        return Path(shutil.which("pg_ctl") or "").parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(versions[0]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _owner() -> str | None:
    """None when not root (the cluster is ours), else the unprivileged user to run it."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    return "nobody"


def cluster_home(prefix: str, owner: str | None) -> Path:
    """A new folder for a cluster. Under root the cluster's user must reach it: not under
    a private temporary folder (/root/tmp, or a test worker's own, mode 0700)."""
    shared = "/tmp" if owner is not None and os.path.isdir("/tmp") else None
    return Path(tempfile.mkdtemp(prefix=prefix, dir=shared))


def _runuser() -> str | None:
    """`runuser` lives in /usr/sbin, which a clean environment's PATH may not name."""
    return shutil.which("runuser") or shutil.which("runuser", path="/usr/sbin:/sbin")


def _run_as(owner: str | None, argv: list[str]) -> subprocess.CompletedProcess[str]:
    if owner is not None:
        argv = [_runuser() or "runuser", "-u", owner, "--", *argv]
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)


def _start() -> Cluster:
    bins = _binaries()
    if bins is None:
        return Cluster(None, "no PostgreSQL binaries (initdb, pg_ctl) on this machine")
    owner = _owner()
    if owner is not None and _runuser() is None:
        return Cluster(None, "running as root and no `runuser` to start PostgreSQL as a user")
    home = cluster_home("oberih-pg-", owner)
    data = home / "data"
    if owner is not None:
        entry = pwd.getpwnam(owner)
        os.chown(home, entry.pw_uid, entry.pw_gid)
    home.chmod(0o755)  # the socket lives here; the data folder initdb makes is 0700
    init = _run_as(
        owner,
        [str(bins / "initdb"), "-D", str(data), "-A", "trust", "-U", "oberih_test", "-E", "UTF8"],
    )
    if init.returncode != 0:
        return Cluster(None, f"initdb failed: {init.stderr.strip().splitlines()[-1:]}")
    port = _free_port()
    options = (
        f"-p {port} -k {home} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c max_connections=200"
    )
    pg_ctl = [str(bins / "pg_ctl"), "-D", str(data)]
    start = _run_as(owner, [*pg_ctl, "-l", str(home / "log"), "-o", options, "-w", "start"])
    if start.returncode != 0:
        return Cluster(None, f"pg_ctl start failed: {start.stderr.strip()[-200:]}")

    def stop() -> None:
        _run_as(owner, [*pg_ctl, "-m", "immediate", "stop"])
        shutil.rmtree(home, ignore_errors=True)

    atexit.register(stop)
    return Cluster(f"postgresql+psycopg://oberih_test@/?host={home}&port={port}")


def cluster() -> Cluster:
    """The run's server, started on first use (or the one OBERIH_TEST_SERVER names)."""
    global _cluster
    with _lock:
        if _cluster is None:
            given = os.environ.get(ENV_URL)
            _cluster = Cluster(given) if given else _start()
        return _cluster


def _admin(statement: str) -> None:
    """Run one statement on the server's `postgres` database, outside a transaction."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    c = cluster()
    if c.base_url is None:
        raise RuntimeError(c.reason)
    admin = create_engine(c.url("postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as conn:
            conn.execute(text(statement))
    finally:
        admin.dispose()


def database_or_skip(prefix: str) -> str:
    """A new empty database for a test that needs a server (its URL); the test is skipped,
    with the reason in pytest's summary, when no PostgreSQL can be started."""
    import pytest

    reason = cluster().reason
    if reason:
        pytest.skip(f"no PostgreSQL server: {reason}")
    return new_database(prefix)


def new_database(prefix: str = "t", template: str | None = None) -> str:
    """A new empty database (or a copy of `template`, which nobody may be connected to)
    on the run's server: its URL."""
    name = f"{prefix}_{os.getpid()}_{next(_names)}"
    copy = f' TEMPLATE "{template}"' if template else ""
    _admin(f'CREATE DATABASE "{name}"{copy}')
    return cluster().url(name)


def drop_database(url: str) -> None:
    """Drop a database `new_database` made, closing what is still connected to it (a
    run makes hundreds: kept, they would fill the disk)."""
    _admin(f'DROP DATABASE IF EXISTS "{database_name(url)}" WITH (FORCE)')


class _Copier:
    """Copies of templates made ahead on a thread of their own, and drops done behind,
    so that the server's copying (most of a server test's cost) runs on the other core
    while the tests run. Only this thread copies templates: PostgreSQL copies a template
    nobody else is using."""

    SPARES = 2

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._spares: dict[str, list[str]] = {}
        self._wanted: list[str] = []  # templates in use, in the order first asked for
        self._drops: list[str] = []
        self._failure: BaseException | None = None
        self._thread: threading.Thread | None = None
        atexit.register(self._finish)

    def take(self, template: str) -> str:
        """A fresh copy of `template` (its URL)."""
        with self._lock:
            if template not in self._wanted:
                self._wanted.append(template)
                self._spares[template] = []
            self._start()
            self._lock.notify_all()
            while not self._spares[template]:
                if self._failure is not None:
                    raise RuntimeError("a template copy failed") from self._failure
                self._lock.wait(timeout=1)
            url = self._spares[template].pop(0)
            self._lock.notify_all()
            return url

    def drop(self, url: str) -> None:
        with self._lock:
            self._drops.append(url)
            self._start()
            self._lock.notify_all()

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="pg-copier", daemon=True)
            self._thread.start()

    def _next(self) -> tuple[str, str] | None:
        for template in self._wanted:
            if len(self._spares[template]) < self.SPARES:
                return "copy", template
        if self._drops:
            return "drop", self._drops.pop(0)
        return None

    def _run(self) -> None:
        while True:
            with self._lock:
                job = self._next()
                while job is None:
                    self._lock.wait()
                    job = self._next()
            kind, what = job
            try:
                if kind == "copy":
                    url = new_database("t", template=what)
                    with self._lock:
                        self._spares[what].append(url)
                        self._lock.notify_all()
                else:
                    drop_database(what)
            except BaseException as exc:  # the tests waiting for a copy say so
                with self._lock:
                    self._failure = exc
                    self._lock.notify_all()
                return

    def _finish(self) -> None:
        """At exit: the spares nobody took (a named OBERIH_TEST_SERVER keeps no litter)."""
        with self._lock:
            left = [url for urls in self._spares.values() for url in urls] + self._drops
            self._spares, self._wanted, self._drops = {}, [], []
        if not left or _cluster is None or _cluster.base_url is None:
            return
        for url in left:
            try:
                drop_database(url)
            except Exception:  # the server may be stopping first
                continue


_copier = _Copier()


def copy_of(template: str) -> str:
    """A fresh copy of `template`, made ahead of time on the copier's thread."""
    return _copier.take(template)


def drop_later(url: str) -> None:
    """Drop a copy on the copier's thread, after the spares it owes are made."""
    _copier.drop(url)


def database_name(url: str) -> str:
    return url.partition("?")[0].rsplit("/", 1)[1]
