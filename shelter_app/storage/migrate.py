"""Schema level of a database and upgrades to the level this program ships."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

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
    assert head is not None  # the package ships its migrations
    return head


@dataclass(frozen=True)
class SchemaLevel:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


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


def upgrade(engine: Engine, target: str = "head") -> None:
    """All pending revisions in one write transaction: whole or not at all."""
    with engine.execution_options(**IMMEDIATE).begin() as conn:
        upgrade_in(conn, target)
