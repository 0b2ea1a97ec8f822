"""Search as you type over sealed names: an index in memory, built from the sealed
folded names after an IDENTITY holder's first search, kept fresh by the changes each
commit announces.

Why in memory and not a keyed blind index (HMACs of word prefixes in a table): the list
must also sort by name, which no keyed token can do without leaking the order; and a
token table leaks which clients share a name prefix to anyone with the file key. The
index costs one decryption of two short values per client once per opened database
(measured in `bench`: "directory build"), then set lookups per keystroke: every word's
first one to three letters map to the clients who have such a word, and only those are checked.
It lives in this process only, never on disk.
"""

from __future__ import annotations

import bisect
import heapq
import threading
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .compartments import Compartment, CompartmentKeys
from .errors import CompartmentLocked
from .sealed import is_sealed, opener
from .storage.casework_schema import Client

PREFIX_LEN = 3


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
        self._prefix: dict[str, set[int]] = {}
        self._built = False
        self._stale: set[int] = set()
        self._counts: dict[bool, int] = {}  # whole-list counts by include_archived

    def forget(self) -> None:
        """Drop everything (the database closes, or nobody is signed in)."""
        with self._lock:
            self._entries, self._order, self._prefix = {}, [], {}
            self._built, self._stale = False, set()

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
        key = keys.key(Compartment.IDENTITY)
        if key is None:
            raise CompartmentLocked(Compartment.IDENTITY.value)
        with self._lock:
            if not self._built or self._stale:
                self._counts = {}
            if not self._built:
                self._entries = self._read(session, key, None)
                self._order = sorted(e.order for e in self._entries.values())
                self._prefix = {}
                for cid, e in self._entries.items():
                    self._index(cid, e)
                self._built, self._stale = True, set()
            elif self._stale:
                ids, self._stale = self._stale, set()
                fresh = self._read(session, key, ids)
                for cid in ids:
                    old = self._entries.pop(cid, None)
                    if old is not None:
                        self._unindex(cid, old)
                        at = bisect.bisect_left(self._order, old.order)
                        if at < len(self._order) and self._order[at] == old.order:
                            del self._order[at]
                    new = fresh.get(cid)
                    if new is not None:
                        self._entries[cid] = new
                        self._index(cid, new)
                        bisect.insort(self._order, new.order)

    @staticmethod
    def _prefixes(entry: _Entry) -> set[str]:
        """Every word's first one, two and three letters."""
        return {w[:n] for w in entry.words.split() for n in range(1, PREFIX_LEN + 1)}

    def _index(self, cid: int, entry: _Entry) -> None:
        for p in self._prefixes(entry):
            self._prefix.setdefault(p, set()).add(cid)

    def _unindex(self, cid: int, entry: _Entry) -> None:
        for p in self._prefixes(entry):
            self._prefix.get(p, set()).discard(cid)

    @staticmethod
    def _read(session: Session, key: bytes, ids: Collection[int] | None) -> dict[int, _Entry]:
        query = select(
            Client.id, Client.search_key, Client.sort_key, Client.archived_at, Client.anonymised_at
        )
        if ids is not None:
            query = query.where(Client.id.in_(list(ids)))
        open_words = opener(key, "clients", "search_key")
        open_sort = opener(key, "clients", "sort_key")
        out = {}
        for cid, words, sort, archived, anonymised in session.execute(query):
            # an anonymised client's keys are plain codes (retention.purge)
            words = open_words(cid, words) if is_sealed(words) else (words or "")
            sort = open_sort(cid, sort) if is_sealed(sort) else (sort or "")
            out[cid] = _Entry(words, (sort, cid), archived is None, anonymised is not None)
        return out

    # --- queries ---------------------------------------------------------------------

    def _found(
        self,
        words: list[str],
        include_archived: bool,
        among: Collection[int] | None,
        after: int | None,
    ) -> Iterable[int] | None:
        """The matching ids, unordered (None: `after` is not a client here)."""
        start: tuple[str, int] | None = None
        if after is not None:
            entry = self._entries.get(after)
            if entry is None:
                return None
            start = entry.order
        entries = self._entries
        base = min((self._prefix.get(w[:PREFIX_LEN], set()) for w in words), key=len)
        needles = [" " + w for w in words]
        exact = len(words) == 1 and len(words[0]) <= PREFIX_LEN
        out = []
        for cid in base:
            e = entries[cid]
            if e.anonymised or (not include_archived and not e.listed):
                continue
            if among is not None and cid not in among:
                continue
            if start is not None and e.order <= start:
                continue
            if exact or all(n in e.words for n in needles):
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
        """The ids of one page in name order, past `after` (None: `after` is unknown)."""
        if words:
            found = self._found(words, include_archived, among, after)
            if found is None:
                return None
            order = self._entries
            first = heapq.nsmallest(offset + limit, found, key=lambda c: order[c].order)
            return first[offset:]
        return self._walk(include_archived, among, after, limit, offset)

    def matching(
        self, words: list[str], include_archived: bool, among: Collection[int] | None
    ) -> list[int]:
        """Every match in name order (a list sorted by another column reorders these)."""
        if words:
            found = self._found(words, include_archived, among, None) or ()
            order = self._entries
            return sorted(found, key=lambda c: order[c].order)
        return self._walk(include_archived, among, None, len(self._order) + 1, 0) or []

    def count(self, words: list[str], include_archived: bool, among: Collection[int] | None) -> int:
        if words:
            return len(list(self._found(words, include_archived, among, None) or ()))
        if among is not None:
            return self._count_all(include_archived, among)
        cached = self._counts.get(include_archived)  # the whole list: once per change
        if cached is None:
            cached = self._counts[include_archived] = self._count_all(include_archived, None)
        return cached

    def _count_all(self, include_archived: bool, among: Collection[int] | None) -> int:
        return sum(
            1
            for cid, e in self._entries.items()
            if not e.anonymised
            and (include_archived or e.listed)
            and (among is None or cid in among)
        )

    def _walk(
        self,
        include_archived: bool,
        among: Collection[int] | None,
        after: int | None,
        limit: int,
        offset: int,
    ) -> list[int] | None:
        """Everyone in name order (the list before she types): stops at a full page."""
        start = 0
        if after is not None:
            entry = self._entries.get(after)
            if entry is None:
                return None
            start = bisect.bisect_right(self._order, entry.order)
        out: list[int] = []
        skip = offset
        entries = self._entries
        for i in range(start, len(self._order)):
            cid = self._order[i][1]
            e = entries[cid]
            if e.anonymised or (not include_archived and not e.listed):
                continue
            if among is not None and cid not in among:
                continue
            if skip:
                skip -= 1
                continue
            out.append(cid)
            if len(out) >= limit:
                break
        return out
