"""Shared fixtures. Every test gets its own folder and database; nothing touches the
user's real data folder or settings."""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.screen import screen_platform

# the 1920×1080 test screen, whatever the caller exported (see tests/screen.py)
os.environ["QT_QPA_PLATFORM"] = screen_platform()
os.environ["OBERIH_LANG"] = "en"
# key files made by the tests record a cheap Argon2id cost (fast_kdf below). This process
# lowers keyfile.KDF_FLOOR itself; the processes the tests start find tests/child_hooks on
# their path, whose sitecustomize does the same. Production code reads no switch for it.
os.environ["PYTHONPATH"] = os.pathsep.join(
    filter(
        None, [str(Path(__file__).resolve().parent / "child_hooks"), os.environ.get("PYTHONPATH")]
    )
)

import pytest
from hypothesis import settings

from shelter_app import accounts
from shelter_app.compartments import CompartmentKeys
from shelter_app.database import Database, SignedInUser
from shelter_app.permissions import Role
from shelter_app.storage import keyfile as _keyfile
from tests import pg_cluster
from tests.engines import (
    BOTH_ENGINES,
    POSTGRESQL,
    SQLITE,
    WORKSTATION_DIR_ENV,
    ServerTemplate,
    address_of,
    open_server_copy,
)

# A temporary folder of each pytest-xdist worker's own (the processes its tests start
# inherit it): tests that check nothing was left behind in
# the temporary folder must not see what another worker's tests are writing there.
_worker = os.environ.get("PYTEST_XDIST_WORKER")
if _worker is not None:
    _own_temp = tempfile.mkdtemp(prefix=f"oberih-tests-{_worker}-")
    os.environ["TMPDIR"] = tempfile.tempdir = _own_temp
    atexit.register(shutil.rmtree, _own_temp, ignore_errors=True)

_keyfile.KDF_FLOOR = _keyfile.KdfParams(1024, 1, 1)
SERVER_EXAMPLES_AT_LEAST = 10

# A child killed from outside with Popen.kill(): SIGKILL on POSIX, TerminateProcess
# (exit code 1) on Windows. Tests whose child kills *itself* at an exact point need
# SIGKILL, which Windows lacks: they carry `needs_sigkill`.
KILLED_EXIT = -signal.SIGKILL if hasattr(signal, "SIGKILL") else 1
needs_sigkill = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"),
    reason="the child kills itself with SIGKILL at an exact step; Windows has no SIGKILL "
    "and a kill from outside cannot hit the step (not run on Windows)",
)

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-pass-1"
STAFF_PASSWORD = "Staff-pass-12"
STAFF_USERNAMES = {
    Role.HEAD: "head",
    Role.CASE_WORKER: "caseworker",
    Role.PSYCHOLOGIST: "psychologist",
    Role.LAWYER: "lawyer",
    Role.TRAINER: "trainer",
    Role.OPERATOR: "operator",
    Role.COORDINATOR: "coordinator",
}


# The files that take longest, longest first (`pytest --durations=0`, summed per file).
# pytest-xdist hands whole files to the workers in this order (pyproject: loadfile, no
# reordering), so these start at once instead of one of them being left for the end
# while the other workers wait. A file not named here runs after them, in its usual order.
LONGEST_FIRST = (
    "tests/test_bench.py",  # builds and measures a synthetic database
    "tests/test_bundle.py",  # builds the PyInstaller bundle
    "tests/test_durability.py",
    "tests/test_cli_report.py",
    "tests/ui/test_every_window.py",
    "tests/test_release_sequences.py",
    "tests/test_cli.py",
    "tests/ui/test_session.py",
    "tests/test_server_concurrency.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.partition("::")[0], len(rank)))


@pytest.fixture(scope="session", autouse=True)
def qt_application(qapp):
    """A full QApplication from the first test on: core code run in-process (the CLI,
    the benchmark) would otherwise make a bare QCoreApplication, and the first widget
    of a later GUI test would then abort the whole run."""
    return qapp


@pytest.fixture(autouse=True)
def fast_kdf(request, monkeypatch):
    """Most tests sign in dozens of times; at the real Argon2id cost (64 MiB, 3 passes,
    ~0.15 s) the suite would take many minutes. They run the same code with a cheap cost
    recorded in the slots; tests marked `real_kdf` (key file, sign-in timing, CLI in
    child processes) keep the production default."""
    if request.node.get_closest_marker("real_kdf") is None:
        from shelter_app.storage import keyfile

        monkeypatch.setattr(keyfile, "DEFAULT_KDF", keyfile.KdfParams(1024, 1, 1))


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@dataclass
class Opened:
    db: Database
    admin: SignedInUser
    recovery_code: str
    path: Path  # the file on SQLite; on a server, a path where no file is
    # the staff's sessions when the database was copied from the template that has them
    staff: dict[Role, SignedInUser] | None = None
    # what `Database.sign_in` takes for it: `path`, or the server database's address
    target: object = None

    def __post_init__(self) -> None:
        if self.target is None:
            self.target = self.path


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The modules of BOTH_ENGINES run every test that opens a database twice: on the
    local file and on the server (tests/engines.py)."""
    module = metafunc.module.__name__.rpartition(".")[2]
    if "store" in metafunc.fixturenames and module in BOTH_ENGINES:
        metafunc.parametrize(
            "store",
            [SQLITE, pytest.param(POSTGRESQL, marks=pytest.mark.server)],
            indirect=True,
        )


@pytest.fixture
def store(request, monkeypatch) -> str:
    """Which store `opened` makes: `sqlite` unless the test is parametrised with the
    server, which is skipped with the reason when no PostgreSQL can be started.

    On the server a random-input test runs a third of its examples: each costs several
    round trips there, and what the server run checks is the SQL, which the first
    examples already reach; the SQLite run still covers the whole input space."""
    kind = getattr(request, "param", SQLITE)
    if kind == POSTGRESQL:
        found = pg_cluster.cluster()
        if found.base_url is None:
            pytest.skip(f"no PostgreSQL for the server tests: {found.reason}")
        given = request.function
        chosen = getattr(given, "_hypothesis_internal_use_settings", None)
        if chosen is not None:
            fewer = max(SERVER_EXAMPLES_AT_LEAST, chosen.max_examples // 3)
            monkeypatch.setattr(
                given, "_hypothesis_internal_use_settings", settings(chosen, max_examples=fewer)
            )
    return kind


@pytest.fixture
def quiet_folder():
    """An empty folder with a short path, where no server listens: a Unix socket's path
    may not be longer than about 100 bytes, which `tmp_path` under a worker can pass."""
    with tempfile.TemporaryDirectory(prefix="q") as folder:
        yield Path(folder)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "oberih.db"


ADMIN_NAME = "Адміністраторка"


def add_staff(db: Database, admin: SignedInUser) -> dict[Role, SignedInUser]:
    """An account per role, each signed in once (what the `staff` fixture promises)."""
    users = {Role.ADMIN: admin}
    for role, username in STAFF_USERNAMES.items():
        accounts.create_account(
            db, admin, username, f"Staff {role.value}", role.value, STAFF_PASSWORD
        )
        users[role] = db.sign_in_again(username, STAFF_PASSWORD)
    return users


@dataclass(frozen=True)
class _Template:
    """A database made once per run and closed; each test gets a copy of its files."""

    folder: Path
    data_key: bytes
    recovery_code: str
    admin: SignedInUser
    staff: dict[Role, SignedInUser]
    # the compartment keys each session held, and those the process that made it keeps
    keys: dict[Role, CompartmentKeys]
    bootstrap: CompartmentKeys


@pytest.fixture(scope="session")
def _templates(tmp_path_factory) -> dict[str, _Template]:
    """Making a database runs every migration (~0.1 s) and the staff accounts another
    0.1 s; hundreds of tests start from the same two states, so each is built once, with
    the same code and the cheap KDF as before, and copied file by file into every test's
    folder (`opened`). Tests marked `real_kdf` still build their own."""
    from shelter_app.storage import keyfile

    made = {}
    root = tmp_path_factory.mktemp("templates")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyfile, "DEFAULT_KDF", keyfile.KdfParams(1024, 1, 1))
        for name in ("bare", "staff"):
            path = root / name / "oberih.db"
            db, admin, code = Database.initialise(path, ADMIN, ADMIN_PASSWORD, ADMIN_NAME)
            users = add_staff(db, admin) if name == "staff" else {}
            data_key = db._data_key
            keys = {role: db.keys_of(user) for role, user in {Role.ADMIN: admin, **users}.items()}
            bootstrap = db._bootstrap_keys
            db.close()
            made[name] = _Template(path.parent, data_key, code, admin, users, keys, bootstrap)
    return made


@pytest.fixture(scope="session")
def _server_templates(tmp_path_factory) -> dict[str, ServerTemplate]:
    """The two templates of `_templates`, made on the run's server on first use."""
    from shelter_app.storage import keyfile

    made = {}
    root = tmp_path_factory.mktemp("server-templates")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyfile, "DEFAULT_KDF", keyfile.KdfParams(1024, 1, 1))
        for name in ("bare", "staff"):
            workstation = root / name
            mp.setenv(WORKSTATION_DIR_ENV, str(workstation))
            url = pg_cluster.new_database("template")
            db, admin, code = Database.initialise(
                address_of(url), ADMIN, ADMIN_PASSWORD, ADMIN_NAME
            )
            users = add_staff(db, admin) if name == "staff" else {}
            data_key = db._data_key
            keys = {role: db.keys_of(user) for role, user in {Role.ADMIN: admin, **users}.items()}
            bootstrap = db._bootstrap_keys
            db.close()
            made[name] = ServerTemplate(
                pg_cluster.database_name(url),
                workstation,
                data_key,
                code,
                admin,
                users,
                keys,
                bootstrap,
            )
    return made


def _open_copy(template: _Template, db_path: Path) -> tuple[Database, dict[Role, SignedInUser]]:
    """The template's files in `db_path`'s folder, opened as `Database.initialise` leaves
    a new database: no writer gate taken, no sign-in audited, the administrator's session
    issued in memory (and the staff's, where the template has them: each signed in once
    when it was made, as `add_staff` does)."""
    import shutil

    from shelter_app.storage.engine import make_engine
    from shelter_app.storage.files import DatabasePaths
    from shelter_app.storage.keyfile import KeyFile

    shutil.copytree(template.folder, db_path.parent)
    paths = DatabasePaths.for_database(db_path)
    engine = make_engine(paths.database, template.data_key)
    db = Database(paths, KeyFile.load(paths.key_file), template.data_key, engine)
    db._bootstrap_keys = template.bootstrap
    users = {Role.ADMIN: template.admin, **template.staff}
    return db, {
        role: db._issue(u.account_id, u.username, u.display_name, u.role, template.keys[role])
        for role, u in users.items()
    }


@pytest.fixture
def opened(request, store: str, db_path: Path, tmp_path: Path, monkeypatch):
    if store == POSTGRESQL:
        yield from _opened_on_server(request, tmp_path, monkeypatch)
        return
    if request.node.get_closest_marker("real_kdf") is not None:
        db, admin, code = Database.initialise(db_path, ADMIN, ADMIN_PASSWORD, ADMIN_NAME)
        result = Opened(db, admin, code, db_path)
    else:
        # a test that also asks for `staff` gets the copy that already has them
        templates = request.getfixturevalue("_templates")
        template = templates["staff" if "staff" in request.fixturenames else "bare"]
        db, users = _open_copy(template, db_path)
        staff = users if template.staff else None
        result = Opened(db, users[Role.ADMIN], template.recovery_code, db_path, staff)
    yield result
    result.db.close()


def _opened_on_server(request, tmp_path: Path, monkeypatch):
    """`opened` on a database of its own on the run's server, dropped afterwards; this
    test's own folder stands for the workstation's data folder."""
    workstation = tmp_path / "workstation"
    monkeypatch.setenv(WORKSTATION_DIR_ENV, str(workstation))
    no_file = tmp_path / "data" / "oberih.db"
    if request.node.get_closest_marker("real_kdf") is not None:
        url = pg_cluster.new_database("t")
        address = address_of(url)
        db, admin, code = Database.initialise(address, ADMIN, ADMIN_PASSWORD, ADMIN_NAME)
        result = Opened(db, admin, code, no_file, target=address)
    else:
        templates = request.getfixturevalue("_server_templates")
        template = templates["staff" if "staff" in request.fixturenames else "bare"]
        db, users, url = open_server_copy(template, workstation)
        staff = users if template.staff else None
        result = Opened(
            db, users[Role.ADMIN], template.recovery_code, no_file, staff, address_of(url)
        )
    try:
        yield result
    finally:
        result.db.close()
        pg_cluster.drop_later(url)


@pytest.fixture
def staff(opened: Opened) -> dict[Role, SignedInUser]:
    """One signed-in user per role on the same open database."""
    if opened.staff is not None:
        return dict(opened.staff)
    return add_staff(opened.db, opened.admin)


@pytest.fixture
def make_client(opened: Opened):
    """Insert a client row directly (test set-up only; the clients service is tested in
    tests/test_clients.py). Returns the new client's id."""
    from datetime import date

    from shelter_app.database import utcnow
    from shelter_app.permissions import Permission
    from shelter_app.search_key import client_search_key, client_sort_key
    from shelter_app.storage.casework_schema import Client

    counter = [0]

    def make(
        last_name: str = "Шевченко",
        first_name: str = "Оксана",
        *,
        birth_date: date | None = date(1990, 5, 17),
        district: str = "obolonskyi",
        first_contact_on: date = date(2026, 1, 10),
        archived: bool = False,
    ) -> int:
        counter[0] += 1
        code = f"K-2026-{9000 + counter[0]:04d}"
        with opened.db.unit_of_work(opened.admin, Permission.WRITE_CLIENTS, write=True) as uow:
            now = utcnow()
            client = Client(
                code=code,
                last_name=last_name,
                first_name=first_name,
                patronymic=None,
                search_key=client_search_key(code, last_name, first_name, None),
                sort_key=client_sort_key(last_name, first_name, None),
                birth_date=birth_date,
                birth_year=birth_date.year if birth_date else None,
                sex="female",
                citizenship="ukraine",
                phone=None,
                safe_to_call=False,
                safe_to_text=False,
                district=district,
                came_via="self",
                first_contact_on=first_contact_on,
                last_activity_on=first_contact_on,
                archived_at=now if archived else None,
                created_at=now,
                updated_at=now,
            )
            uow.session.add(client)
            uow.session.flush()
            client_id = client.id
            uow.commit()
        return client_id

    return make
