"""The unit of work a service runs in (one user action: a session, the acting user, audit
entries committed with the change) and the tracking of what a write session wrote, which
its commit announces as a `changes.Changes`. The SQLAlchemy session events that do the
tracking are registered when this module is imported (database.py imports it).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from . import audit_chain, changes
from .compartments import NO_KEYS, CompartmentKeys
from .signed_in import SignedInUser, utcnow
from .storage import live
from .storage.schema import Base
from .storage.sealing import SESSION_KEYS

if TYPE_CHECKING:
    from .database import Database


_TRACKER = "oberih.changes"


class _ChangeTracker:
    """The rows a write session flushed and the tables its statements wrote, as the
    `changes.Changes` that `UnitOfWork.commit` announces."""

    def __init__(self) -> None:
        self.kinds: set[changes.Kind] = set()
        self.client_ids: set[int] = set()
        self.any_client = False

    def table(self, name: str, client_id: object = None) -> None:
        kind = changes.kind_of_table(name)
        if kind is None:
            return
        self.kinds.add(kind)
        if isinstance(client_id, int):
            self.client_ids.add(client_id)
        else:
            self.any_client = True

    def row(self, session: Session, obj: object) -> None:
        table = getattr(obj, "__table__", None)
        name = getattr(table, "name", None)
        if name is not None:
            self.table(name, _client_of(session, obj))

    def take(self) -> changes.Changes:
        result = changes.Changes(
            frozenset(self.kinds), None if self.any_client else frozenset(self.client_ids)
        )
        self.kinds, self.client_ids, self.any_client = set(), set(), False
        return result


def _client_of(session: Session, obj: object, depth: int = 0) -> object:
    """The client a row belongs to: her own row, its `client_id`, or (a bed assignment,
    an attendance mark) its parent's if the parent is in the session already. None:
    not known without a query."""
    table = getattr(obj, "__table__", None)
    if table is None:
        return None
    if table.name == "clients":
        return getattr(obj, "id", None)
    if hasattr(obj, "client_id"):
        return getattr(obj, "client_id", None)
    for fk in table.foreign_keys if depth < 2 else ():
        parent_class = _mapped_classes().get(fk.column.table.name)
        value = getattr(obj, fk.parent.key, None)
        if parent_class is None or value is None:
            continue
        parent = session.identity_map.get(identity_key(parent_class, value))
        if parent is not None:
            found = _client_of(session, parent, depth + 1)
            if found is not None:
                return found
    return None


@functools.cache
def _mapped_classes() -> dict[str, type]:
    return {m.persist_selectable.description: m.class_ for m in Base.registry.mappers}


@event.listens_for(Session, "after_flush")
def _rows_flushed(session: Session, _context: object) -> None:
    tracker = session.info.get(_TRACKER)
    if tracker is None:
        return
    for obj in (*session.new, *session.deleted):
        tracker.row(session, obj)
    for obj in session.dirty:
        if session.is_modified(obj):
            tracker.row(session, obj)


@event.listens_for(Session, "do_orm_execute")
def _statement_run(state) -> None:  # type: ignore[no-untyped-def]
    tracker = state.session.info.get(_TRACKER)
    if tracker is None or not (state.is_insert or state.is_update or state.is_delete):
        return
    name = getattr(getattr(state.statement, "table", None), "name", None)
    if name is not None:
        tracker.table(name)  # which rows is not known: possibly any client's


def _announce_to_other_workstations(session: Session, tracker: _ChangeTracker) -> None:
    """Live updates on a server (issue 20, storage/live.py): the kinds written so far,
    sent with this transaction's commit. Flushed first, so the last rows are counted."""
    session.flush()
    live.publish(session, changes.Changes.of(*tracker.kinds))


class UnitOfWork:
    """One user action: a session, the acting user (role as stored now), audit entries
    that commit together with the change. Commit is explicit; leaving without it rolls
    back. What a write commits is announced as a `changes.Changes` (see changes.py)."""

    def __init__(
        self,
        db: Database,
        session: Session,
        actor: SignedInUser,
        write: bool,
        keys: CompartmentKeys = NO_KEYS,
    ):
        self.db = db
        self.session = session
        self.actor = actor
        self.write = write
        # the compartment keys her slot opened, limited to what her role (as stored
        # now) uses; shelter_app.sealed reads them from the session
        self.keys = keys
        session.info[SESSION_KEYS] = keys
        self._last_entry: tuple[int, str] | None = None
        self._tracker = _ChangeTracker()
        if write:
            session.info[_TRACKER] = self._tracker

    def audit(
        self,
        action: str,
        target_type: str | None = None,
        target_id: str | int | None = None,
        outcome: str = "ok",
        detail: dict[str, Any] | None = None,
    ) -> None:
        if not self.write:
            raise RuntimeError("audit entries need a write unit of work")
        entry = audit_chain.append(
            self.session,
            at=utcnow(),
            account_id=self.actor.account_id,
            role=self.actor.role.value,
            action=action,
            target_type=target_type,
            target_id=target_id,
            outcome=outcome,
            detail=detail,
        )
        self._last_entry = (entry.seq, entry.mac)

    def audit_now(self, action: str, detail: dict[str, Any] | None = None) -> tuple[int, str]:
        """`audit`, returning the entry's number and MAC (for the head file)."""
        self.audit(action, detail=detail)
        assert self._last_entry is not None
        return self._last_entry

    def commit(self) -> None:
        if self.write and self.db.engine.dialect.name == "postgresql":
            _announce_to_other_workstations(self.session, self._tracker)
        self.session.commit()
        if self._last_entry is not None:
            self.db._advance_head(*self._last_entry)
            self._last_entry = None
        written = self._tracker.take()
        if written.touches(changes.Kind.CLIENTS):
            self.db.client_directory.mark_stale(written.client_ids)
        changes.note(written)
