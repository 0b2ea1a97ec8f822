"""Alembic environment: always runs on a connection handed in by the application,
inside its transaction, so a migration is whole or absent."""

from alembic import context

from shelter_app.storage import (
    case_schema,  # noqa: F401  (registers the case tables)
    casework_schema,  # noqa: F401  (registers the tables)
)
from shelter_app.storage.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
