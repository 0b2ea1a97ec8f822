"""The service, report and concurrency tests run on both stores (issue 20): the local
encrypted SQLite file and a PostgreSQL server database.

`tests/conftest.py` parametrises the `store` fixture, which `opened` (and so `staff`,
`make_client` ...) asks for, with `sqlite` and `postgresql` for the modules named in
BOTH_ENGINES; a test's id says which (`test_x[sqlite]`, `test_x[postgresql]`), and the
server runs carry the `server` marker (`-m "not server"` leaves them out). On the server
a template database is made once per run, as for SQLite, and every test gets a copy
(`CREATE DATABASE ... TEMPLATE`, the key slots being inside the database there), dropped
when the test ends."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from shelter_app.compartments import CompartmentKeys
from shelter_app.database import Database, SignedInUser
from shelter_app.permissions import Role
from shelter_app.storage.server import ServerAddress, make_server_engine, parse_server_url
from shelter_app.storage.server_store import WORKSTATION_DIR_ENV, ServerKeys, workstation_paths
from tests import pg_cluster

__all__ = ["WORKSTATION_DIR_ENV"]  # conftest points it at each test's own folder

SQLITE, POSTGRESQL = "sqlite", "postgresql"

# Test modules of services and reports that build their databases with the shared
# fixtures. Not here: the windows (tests/ui), and what is about the local file itself
# (backups, faults, the key file, storage, migrations of a file, the CLI's --db), nor
# test_release_sequences: arithmetic over releases, the same on both engines, whose
# random sequences would add a minute on the server (test_releases covers the register).
BOTH_ENGINES = frozenset(
    {
        "test_admission_children",
        "test_anonymous_contacts",
        "test_appeals_journal",
        "test_assessment_children",
        "test_bed_offers",
        "test_cases",
        "test_cases_figures",
        "test_cases_invariants",
        "test_children",
        "test_clients",
        "test_consultations",
        "test_course_trainers",
        "test_courses",
        "test_department_figures",
        "test_events",
        "test_free_text",
        "test_incident_children",
        "test_names_where_needed",
        "test_partners",
        "test_people_groups",
        "test_permissions",
        "test_referrals",
        "test_releases",
        "test_reports",
        "test_retention",
        "test_sites",
        "test_site_reports",
        "test_client_directory",
        "test_role_overview",
        "test_safety",
        "test_settings",
        "test_shelter",
        "test_violence",
        "test_violence_figures",
    }
)


@dataclass(frozen=True)
class ServerTemplate:
    """A server database made once per run; nobody stays connected to it (PostgreSQL
    copies only an idle template). `workstation` holds the audit head the workstation
    that made it remembers (storage/server_store.py), copied for each test."""

    name: str
    workstation: Path
    data_key: bytes
    recovery_code: str
    admin: SignedInUser
    staff: dict[Role, SignedInUser]
    keys: dict[Role, CompartmentKeys]
    bootstrap: CompartmentKeys


def address_of(url: str) -> ServerAddress:
    return parse_server_url(url)


def open_server_copy(
    template: ServerTemplate, workstation: Path
) -> tuple[Database, dict[Role, SignedInUser], str]:
    """A copy of the template on the server, opened as `Database.initialise` leaves a new
    one (no sign-in audited; the sessions issued in memory); `workstation` is the test's
    own folder for what this workstation remembers. Returns the copy's URL too."""
    url = pg_cluster.copy_of(template.name)
    address = address_of(url)
    shutil.copytree(template.workstation, workstation, dirs_exist_ok=True)
    engine = make_server_engine(address)
    keyfile = ServerKeys(engine).load()
    paths = workstation_paths(keyfile.database_id)
    db = Database(paths, keyfile, template.data_key, engine, server=address)
    db._bootstrap_keys = template.bootstrap
    users = {Role.ADMIN: template.admin, **template.staff}
    return (
        db,
        {
            role: db._issue(u.account_id, u.username, u.display_name, u.role, template.keys[role])
            for role, u in users.items()
        },
        url,
    )
