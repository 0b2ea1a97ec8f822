"""Search as you type over sealed names: an index in memory, built from the sealed
folded names once per opened database (right after sign-in, on the worker), kept fresh
by the changes each commit announces.

Why in memory and not a keyed blind index (HMACs of word prefixes in a table): the list
must also sort by name, which no keyed token can do without leaking the order; and a
token table leaks which clients share a name prefix to anyone with the file key. It
lives in this process only, never on disk.

What it costs, and why it is shaped so (measured in `bench`: "directory build" and the
search lines, at 100,000 clients):
- the build opens two short sealed values per client and sorts by name, nothing more:
  rows are read by the driver's own cursor (SQLAlchemy's result rows cost more than the
  decryption), and no word index is built up front;
- a typed word's matches (clients with a word that begins with it) are a set computed
  when first asked for, from the matches of the word one letter shorter when she typed
  it letter by letter (so each keystroke narrows the last one's set), and kept in a
  small cache; several words are the intersection of their sets;
- a page in name order walks the sorted list from the page's start and stops at a full
  page when the matches are many (a 1-letter word), or sorts only the matches when they
  are few; the count is a set size.
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from collections.abc import Collection, Iterable
from itertools import islice

from sqlalchemy import select
from sqlalchemy.orm import Session

from .compartments import Compartment, CompartmentKeys
from .errors import CompartmentLocked
from .sealed import PREFIX, opener
from .storage.casework_schema import Client

# the cache of typed words' matches: at most this many ids over all its sets (a set of
# every client costs about 4 MB at 100,000)
CACHE_IDS = 1_000_000
# a walk of the name order gives up after this many places per match: sorting the
# matches' places would have cost about as much (measured)
SORT_STEP = 1

Key = tuple[str, int]  # (sort key, id): the name order, ties by id


class ClientDirectory:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._words: dict[int, str] = {}  # " k20260147 0147 гонта даря " (search_key)
        self._key: dict[int, Key] = {}
        self._order: list[int] = []  # ids in name order
        self._rank: dict[int, int] | None = None  # id -> place in _order (None: to make)
        self._anonymised: set[int] = set()  # never listed
        self._unlisted: set[int] = set()  # anonymised or archived
        self._matches: OrderedDict[str, set[int]] = OrderedDict()  # typed word -> ids
        self._cached_ids = 0
        self._built = False
        self._stale: set[int] = set()
        self._counts: dict[bool, int] = {}  # whole-list counts by include_archived

    def forget(self) -> None:
        """Drop everything (the database closes, or nobody is signed in)."""
        with self._lock:
            self._words, self._key, self._order, self._rank = {}, {}, [], None
            self._anonymised, self._unlisted = set(), set()
            self._drop_matches()
            self._built, self._stale, self._counts = False, set(), {}

    def mark_stale(self, client_ids: Collection[int] | None) -> None:
        """Clients written since: reread on the next search (None: any client)."""
        with self._lock:
            if client_ids is None:
                self._built = False
            else:
                self._stale.update(client_ids)

    @property
    def size(self) -> int:
        return len(self._words)

    @property
    def built(self) -> bool:
        return self._built and not self._stale

    def refresh(self, session: Session, keys: CompartmentKeys) -> None:
        key = keys.key(Compartment.IDENTITY)
        if key is None:
            raise CompartmentLocked(Compartment.IDENTITY.value)
        with self._lock:
            if not self._built or self._stale:
                self._counts = {}
            if not self._built:
                self._build(session, key)
            elif self._stale:
                ids, self._stale = self._stale, set()
                self._update(session, key, ids)

    # --- reading the sealed names ----------------------------------------------------

    _COLUMNS = (
        Client.id,
        Client.search_key,
        Client.sort_key,
        Client.archived_at.is_(None),
        Client.anonymised_at.is_(None),
    )

    def _build(self, session: Session, key: bytes) -> None:
        conn = session.connection()
        sql = str(select(*self._COLUMNS).order_by(Client.id).compile(dialect=conn.dialect))
        cursor = conn.connection.cursor()  # the driver's own: rows without wrappers
        try:
            cursor.execute(sql)
            rows = cursor.fetchall()
        finally:
            cursor.close()
        words: dict[int, str] = {}
        sort: list[str] = []
        ids: list[int] = []
        anonymised: set[int] = set()
        unlisted: set[int] = set()
        for cid, w, s, listed, anon in self._opened(key, rows):
            words[cid] = w
            ids.append(cid)
            sort.append(s)
            if not listed:
                unlisted.add(cid)
            if anon:
                anonymised.add(cid)
                unlisted.add(cid)
        # rows came in id order and the sort is stable: ties stay in id order
        at = sorted(range(len(ids)), key=sort.__getitem__)
        self._words = words
        self._key = dict(zip(ids, zip(sort, ids, strict=True), strict=True))
        self._order = [ids[i] for i in at]
        self._rank = None
        self._anonymised, self._unlisted = anonymised, unlisted
        self._drop_matches()
        self._built, self._stale = True, set()

    @staticmethod
    def _opened(
        key: bytes, rows: Iterable[tuple[int, str | None, str | None, object, object]]
    ) -> Iterable[tuple[int, str, str, bool, bool]]:
        """(id, folded words, sort key, listed, anonymised) of each row, opened."""
        open_words = opener(key, "clients", "search_key")
        open_sort = opener(key, "clients", "sort_key")
        for cid, w, s, not_archived, not_anonymised in rows:
            # an anonymised client's keys are plain codes (retention.purge)
            w = open_words(cid, w) if w and w.startswith(PREFIX) else (w or "")
            s = open_sort(cid, s) if s and s.startswith(PREFIX) else (s or "")
            yield cid, w, s, bool(not_archived), not bool(not_anonymised)

    def _update(self, session: Session, key: bytes, ids: set[int]) -> None:
        query = select(*self._COLUMNS).where(Client.id.in_(list(ids)))
        fresh = {row[0]: row for row in self._opened(key, session.execute(query))}
        self._rank = None
        for cid in ids:
            old = self._key.get(cid)
            if old is not None:
                at = bisect.bisect_left(self._order, old, key=self._key.__getitem__)
                if at < len(self._order) and self._order[at] == cid:
                    del self._order[at]
                del self._words[cid], self._key[cid]
            self._anonymised.discard(cid)
            self._unlisted.discard(cid)
            row = fresh.get(cid)
            if row is None:
                for found in self._matches.values():
                    found.discard(cid)
                continue
            _cid, words, sort, listed, anonymised = row
            self._words[cid] = words
            self._key[cid] = (sort, cid)
            bisect.insort(self._order, cid, key=self._key.__getitem__)
            if not listed or anonymised:
                self._unlisted.add(cid)
            if anonymised:
                self._anonymised.add(cid)
            for typed, found in self._matches.items():
                if " " + typed in words:
                    found.add(cid)
                else:
                    found.discard(cid)
        self._cached_ids = sum(len(found) for found in self._matches.values())

    # --- matches of typed words --------------------------------------------------------

    def _drop_matches(self) -> None:
        self._matches, self._cached_ids = OrderedDict(), 0

    def _matching_word(self, typed: str) -> set[int]:
        """The ids of clients with a word that begins with `typed` (do not change it)."""
        found = self._matches.get(typed)
        if found is not None:
            self._matches.move_to_end(typed)
            return found
        needle = " " + typed
        words = self._words
        shorter = next(
            (self._matches[p] for p in _shorter(typed) if p in self._matches),
            None,
        )
        if shorter is None:
            found = {cid for cid, w in words.items() if needle in w}
        else:
            found = {cid for cid in shorter if needle in words[cid]}
        self._matches[typed] = found
        self._cached_ids += len(found)
        while self._cached_ids > CACHE_IDS and len(self._matches) > 1:
            _typed, dropped = self._matches.popitem(last=False)
            self._cached_ids -= len(dropped)
        return found

    def _matching(self, words: list[str], among: Collection[int] | None) -> set[int]:
        """Clients with a word that begins with each typed word (listed or not)."""
        sets = sorted((self._matching_word(w) for w in words), key=len)
        found = sets[0].intersection(*sets[1:])  # a new set: the cached ones stay as they are
        if among is not None:
            found.intersection_update(among)
        return found

    def _hidden(self, include_archived: bool) -> set[int]:
        return self._anonymised if include_archived else self._unlisted

    def _start(self, after: int | None) -> int | None:
        """Where a page after `after` begins in the name order (None: not a client here)."""
        if after is None:
            return 0
        key = self._key.get(after)
        if key is None:
            return None
        return bisect.bisect_right(self._order, key, key=self._key.__getitem__)

    def _ranks(self) -> dict[int, int]:
        """Each id's place in the name order (made again after an update moved some)."""
        if self._rank is None:
            self._rank = dict(zip(self._order, range(len(self._order)), strict=True))
        return self._rank

    def _sorted(self, found: set[int], start: int) -> list[int]:
        """`found` in name order from place `start` on: its places, sorted as numbers."""
        rank, order = self._ranks(), self._order
        places: Iterable[int] = map(rank.__getitem__, found)
        if start:
            places = (r for r in places if r >= start)
        return [order[r] for r in sorted(places)]

    # --- queries ---------------------------------------------------------------------

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
        start = self._start(after)
        if start is None:
            return None
        hidden = self._hidden(include_archived)
        if not words:
            wanted = None if among is None else set(among)
            return self._walk(start, wanted, hidden, limit, offset, None)
        found = self._matching(words, among)
        # many matches: a page comes soon in the walk; few, or bunched late in the
        # alphabet (a surname): the walk gives up once sorting them costs less
        page = self._walk(start, found, hidden, limit, offset, SORT_STEP * len(found))
        if page is None:
            found -= hidden
            page = self._sorted(found, start)[offset : offset + limit]
        return page

    def matching(
        self, words: list[str], include_archived: bool, among: Collection[int] | None
    ) -> list[int]:
        """Every match in name order (a list sorted by another column reorders these)."""
        hidden = self._hidden(include_archived)
        if not words:
            wanted = None if among is None else set(among)
            return self._walk(0, wanted, hidden, len(self._order) + 1, 0, None) or []
        found = self._matching(words, among)
        found -= hidden
        return self._sorted(found, 0)

    def count(self, words: list[str], include_archived: bool, among: Collection[int] | None) -> int:
        hidden = self._hidden(include_archived)
        if words:
            found = self._matching(words, among)
            return len(found) - len(hidden & found)
        if among is not None:
            known = self._words
            return sum(1 for cid in among if cid in known and cid not in hidden)
        cached = self._counts.get(include_archived)  # the whole list: once per change
        if cached is None:
            cached = self._counts[include_archived] = len(self._words) - len(hidden)
        return cached

    def _walk(
        self,
        start: int,
        wanted: set[int] | None,
        hidden: set[int],
        limit: int,
        offset: int,
        steps: int | None,
    ) -> list[int] | None:
        """The name order from place `start`, `wanted` ids only (None: everyone),
        stopping at a full page; None when `steps` places were not enough."""
        out: list[int] = []
        skip = offset
        end = len(self._order) if steps is None else min(start + steps, len(self._order))
        for cid in islice(self._order, start, end):
            if cid in hidden or (wanted is not None and cid not in wanted):
                continue
            if skip:
                skip -= 1
                continue
            out.append(cid)
            if len(out) >= limit:
                return out
        return out if end == len(self._order) else None


def _shorter(typed: str) -> Iterable[str]:
    """`typed` less its last letter, its last two, ... down to its first letter."""
    return (typed[:n] for n in range(len(typed) - 1, 0, -1))
