"""Other workstations' changes, heard from the centre's server (issue 20).

The GUI's one door to storage/live.py: it asks for a listener on the signed-in database
and never handles an engine or a connection itself."""

from __future__ import annotations

from collections.abc import Callable

from .changes import Changes
from .database import Database
from .storage.live import EVERYTHING, LinkState, Listener

__all__ = ["EVERYTHING", "LinkState", "Listener", "listener_for", "on_server"]


def on_server(db: Database) -> bool:
    """Whether `db` is on a server, where other workstations write too."""
    return db.engine.dialect.name == "postgresql"


def listener_for(
    db: Database,
    on_changes: Callable[[Changes], None],
    on_state: Callable[[LinkState], None],
) -> Listener:
    """A listener (not started) on `db`'s server database that skips this
    workstation's own notices (they reached the GUI already)."""
    from .storage import live

    return Listener(
        live.connector(db.engine),
        on_changes,
        ignore_sender=live.sender_token(db.engine),
        on_state=on_state,
    )
