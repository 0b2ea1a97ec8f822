"""Search as you type over sealed names: an index in memory, built from the sealed
folded names after an IDENTITY holder's first search, kept fresh by the changes each
commit announces.

Why in memory and not a keyed blind index (HMACs of word prefixes in a table): the list
must also sort by name, which no keyed token can do without leaking the order; and a
token table leaks which clients share a name prefix to anyone with the file key. The
index costs one decryption of two short values per client once per opened database
(measured in `bench`: "directory build"), then a scan of folded strings per keystroke.
It lives in this process only, never on disk.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .compartments import Compartment, CompartmentKeys
from .errors import CompartmentLocked
from .storage.casework_schema import Client
from .storage.sealing import opened


@dataclass(frozen=True)
class _Entry:
    words: str  # " k20260147 0147 гонта даря " (shelter_app.search_key)
    order: tuple[str, int]  # (sort key, id)
    listed: bool  # not archived
    anonymised: bool


class ClientDirectory:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[int, _Entry] = {}
        self._order: list[tuple[str, int]] = []
        self._built = False
        self._stale: set[int] = set()

    def forget(self) -> None:
        """Drop everything (the database closes, or a full rebuild is due)."""
        with self._lock:
            self._entries, self._order, self._built, self._stale = {}, [], False, set()

    def mark_stale(self, client_ids: Collection[int] | None) -> None:
        """Clients written since: reread on the next search (None: any client)."""
        with self._lock:
            if client_ids is None:
                self._built = False
            else:
                self._stale.update(client_ids)

    @property
    def size(self) -> int:
        return len(self._entries)

    def refresh(self, session: Session, keys: CompartmentKeys) -> None:
        if not keys.holds(Compartment.IDENTITY):
            raise CompartmentLocked(Compartment.IDENTITY.value)
        with self._lock:
            if not self._built:
                self._entries = self._read(session, keys, None)
                self._order = sorted(e.order for e in self._entries.values())
                self._built, self._stale = True, set()
            elif self._stale:
                ids, self._stale = self._stale, set()
                fresh = self._read(session, keys, ids)
                for cid in ids:
                    old = self._entries.pop(cid, None)
                    if old is not None:
                        at = bisect.bisect_left(self._order, old.order)
                        if at < len(self._order) and self._order[at] == old.order:
                            del self._order[at]
                    new = fresh.get(cid)
                    if new is not None:
                        self._entries[cid] = new
                        bisect.insort(self._order, new.order)

    @staticmethod
    def _read(
        session: Session, keys: CompartmentKeys, ids: Collection[int] | None
    ) -> dict[int, _Entry]:
        query = select(
            Client.id, Client.search_key, Client.sort_key, Client.archived_at, Client.anonymised_at
        )
        if ids is not None:
            query = query.where(Client.id.in_(list(ids)))
        out = {}
        for cid, words, sort, archived, anonymised in session.execute(query):
            words = opened(keys, "clients", "search_key", cid, words) or ""
            sort = opened(keys, "clients", "sort_key", cid, sort) or ""
            out[cid] = _Entry(words, (sort, cid), archived is None, anonymised is not None)
        return out

    def matching(
        self,
        words: list[str],
        include_archived: bool,
        among: Collection[int] | None = None,
        after: int | None = None,
    ) -> list[int] | None:
        """Ids in name order whose folded words each begin with one of `words`, past
        `after` (None when `after` is not a listed client)."""
        needles = [" " + w for w in words]
        start = 0
        if after is not None:
            entry = self._entries.get(after)
            if entry is None:
                return None
            start = bisect.bisect_right(self._order, entry.order)
        out = []
        entries = self._entries
        for _sort, cid in self._order[start:]:
            e = entries[cid]
            if e.anonymised or (not include_archived and not e.listed):
                continue
            if among is not None and cid not in among:
                continue
            if all(n in e.words for n in needles):
                out.append(cid)
        return out

    def page(
        self,
        words: list[str],
        include_archived: bool,
        among: Collection[int] | None,
        after: int | None,
        limit: int,
        offset: int,
    ) -> list[int] | None:
        """Like `matching`, but stops once the page is full (search as you type)."""
        needles = [" " + w for w in words]
        start = 0
        if after is not None:
            entry = self._entries.get(after)
            if entry is None:
                return None
            start = bisect.bisect_right(self._order, entry.order)
        out: list[int] = []
        skip = offset
        entries = self._entries
        for _sort, cid in self._order[start:]:
            e = entries[cid]
            if e.anonymised or (not include_archived and not e.listed):
                continue
            if among is not None and cid not in among:
                continue
            if all(n in e.words for n in needles):
                if skip:
                    skip -= 1
                    continue
                out.append(cid)
                if len(out) >= limit:
                    break
        return out
