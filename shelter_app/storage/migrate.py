"""Schema level of a database and upgrades to the level this program ships."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from ..errors import SchemaTooNew
from .engine import IMMEDIATE


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option(
        "script_location", str(resources.files("shelter_app.storage") / "migrations")
    )
    return cfg


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    if head is None:
        raise RuntimeError("no migrations shipped")
    return head


@dataclass(frozen=True)
class SchemaLevel:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def is_known_revision(revision: str | None) -> bool:
    """Whether this program knows `revision` (None: an empty schema); a backup from a
    newer program names one it does not."""
    return revision is None or revision in {s.revision for s in _scripts().walk_revisions()}


def schema_level(conn: Connection) -> SchemaLevel:
    """Where the database stands; refuses a database made by a newer program."""
    current = MigrationContext.configure(conn).get_current_revision()
    scripts = _scripts()
    if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
        raise SchemaTooNew()
    return SchemaLevel(current, head_revision())


def upgrade_in(conn: Connection, target: str = "head") -> None:
    cfg = _config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)


class ForeignKeysBroken(RuntimeError):
    """A schema change left a row pointing at no row: rolled back, nothing changed."""


@contextmanager
def schema_change(engine: Engine) -> Iterator[Connection]:
    """A write transaction for migrations (upgrades, and the tests' downgrades).

    On SQLite, foreign keys are switched off for it and checked in full before its
    commit (SQLite's own procedure for altering tables). With them on, a batch
    migration's copy-and-drop of a table others point at runs an implicit DELETE on the
    original: ON DELETE CASCADE then empties the children (migration 0007 lost every
    course session and enrolment of a 0005 database that way) and a plain reference
    fails the change. The switch only works outside a transaction, so it is set on the
    driver's connection before BEGIN, and set back whatever happens."""
    with engine.execution_options(**IMMEDIATE).connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        raw: Any = conn.connection.driver_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                yield conn
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise ForeignKeysBroken()
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")


def upgrade(engine: Engine, target: str = "head") -> None:
    """All pending revisions in one write transaction: whole or not at all."""
    with schema_change(engine) as conn:
        upgrade_in(conn, target)
